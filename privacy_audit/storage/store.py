"""Saved audits, encrypted at rest: the API the desktop app and the CLI use.

>>> store = AuditStore()                       # data under platformdirs' user data dir
>>> store.key_status()                          # KEYRING / PASSPHRASE_NEW / _NEEDED / UNLOCKED
>>> info = store.save("Rosa", answers, lang="es")
>>> store.load(info.id).answers

Files are ``<base>/audits/<random id>.huella`` (the name lives only inside the encrypted
payload), each with a ``.bak`` holding the previous good version. A damaged file never stops
the others: :meth:`AuditStore.list_audits` reports it with ``damaged=True`` and a message, and
the person may keep it or :meth:`AuditStore.delete` it.
"""

from __future__ import annotations

import os
import re
import unicodedata
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from pathlib import Path
from typing import Any

from privacy_audit.content import Content, load_content
from privacy_audit.files import fsync_dir, write_atomic
from privacy_audit.scoring.answers import Answers
from privacy_audit.storage import keys
from privacy_audit.storage.atomic import keep_as_backup, remove_stale_temps, scrub
from privacy_audit.storage.crypto import (
    HEADER_BYTES,
    TAG_BYTES,
    KdfParams,
    KeyKind,
    SealError,
    derive_key,
    read_header,
    seal,
    unseal,
)
from privacy_audit.storage.errors import (
    AuditNotFoundAmongDamagedError,
    AuditNotFoundError,
    DamagedAuditError,
    DuplicateNameError,
    InvalidLanguageError,
    InvalidNameError,
    LockedError,
    NeedsKeyringError,
    NewerFormatError,
    NoBackupError,
    NoPassphraseError,
    NoSecureKeyringError,
    OtherKeyError,
    PassphraseAlreadySetError,
    PassphraseTooShortError,
    StorageError,
    StorageIOError,
    WrongPassphraseError,
)
from privacy_audit.storage.payload import (
    LANGS,
    PayloadError,
    answers_from_doc,
    audit_doc,
    check_doc,
    decode,
    encode,
    is_check_doc,
    now_iso,
    parse_time,
)
from privacy_audit.userdirs import audits_dir, data_dir, ensure_private_dir

SUFFIX = ".huella"
BACKUP_SUFFIX = ".huella.bak"
CHECK_FILE = "passphrase.huella"
MAX_NAME = 200
MIN_PASSPHRASE = 8
_ID_RE = re.compile(r"^[0-9a-f]{32}$")


class KeyStatus(Enum):
    """How saved audits are (or would be) locked right now."""

    #: A secure system keyring holds the key (created on the first save).
    KEYRING = "keyring"
    #: No secure keyring and no passphrase yet: offer to choose one, or private sessions only.
    PASSPHRASE_NEW = "passphrase_new"
    #: A passphrase was chosen earlier: ask for it (:meth:`AuditStore.unlock_with_passphrase`).
    PASSPHRASE_NEEDED = "passphrase_needed"
    #: The passphrase was entered in this store; saving and loading work.
    UNLOCKED = "unlocked"


@dataclass(frozen=True)
class AuditInfo:
    """One saved audit as listed. A damaged one has ``problem`` set and no name or dates."""

    id: str
    path: Path
    name: str = ""
    created: datetime | None = None
    modified: datetime | None = None
    problem: StorageError | None = None
    has_backup: bool = False

    @property
    def damaged(self) -> bool:
        return self.problem is not None

    @property
    def message(self) -> str:
        """The problem in English ("" when the audit is fine)."""
        return self.problem.message("en") if self.problem else ""

    def message_in(self, lang: str) -> str:
        """The problem in *lang* ("en" or "es"; "" when the audit is fine)."""
        return self.problem.message(lang) if self.problem else ""


@dataclass(frozen=True)
class SavedAudit:
    """A loaded audit. ``dropped`` lists ids (questions, platforms, actions) no longer in the
    checklist, which were left out so the audit still opens."""

    info: AuditInfo
    answers: Answers
    lang: str
    done_actions: tuple[str, ...]
    dropped: tuple[str, ...] = ()


def normalize_name(name: str) -> str:
    """The name as stored: NFC, trimmed. Raises :class:`InvalidNameError` if unusable."""
    cleaned = unicodedata.normalize("NFC", name).strip()
    if (
        not cleaned
        or len(cleaned) > MAX_NAME
        or any(unicodedata.category(c) == "Cc" for c in cleaned)
    ):
        raise InvalidNameError(n=MAX_NAME)
    return cleaned


def same_name(a: str, b: str) -> bool:
    """Names are unique ignoring case and Unicode form."""
    return normalize_name(a).casefold() == normalize_name(b).casefold()


class AuditStore:
    """Encrypted saved audits under *base_dir* (default: :func:`paths.data_dir`).

    The key is cached in memory for the life of the instance (one keyring lookup, one scrypt
    run per passphrase unlock). After :func:`wipe_everything`, make a new instance.
    Not safe for concurrent writers to the same audit (the last save wins, each one whole).
    """

    def __init__(self, base_dir: Path | None = None, *, content: Content | None = None) -> None:
        self.base_dir = base_dir if base_dir is not None else data_dir()
        self.audits_dir = audits_dir(self.base_dir)
        self.check_path = self.base_dir / CHECK_FILE
        self._content = content
        self._keyring_key: bytes | None = None
        self._pass: tuple[KdfParams, bytes] | None = None

    # -- keys -------------------------------------------------------------------------------

    def key_status(self) -> KeyStatus:
        """Which key saves use now; see :class:`KeyStatus`. Does not touch the keyring secret."""
        if self._pass is not None:
            return KeyStatus.UNLOCKED
        if self._passphrase_anchor() is not None:
            return KeyStatus.PASSPHRASE_NEEDED
        if keys.secure_keyring_available():
            return KeyStatus.KEYRING
        return KeyStatus.PASSPHRASE_NEW

    def set_passphrase(self, passphrase: str) -> None:
        """Choose the passphrase that locks audits from now on (no secure keyring, or by choice).

        Raises :class:`PassphraseAlreadySetError` if one exists (use
        :meth:`unlock_with_passphrase`) and :class:`PassphraseTooShortError` under 8 characters.
        Audits already locked with the keyring stay readable while the keyring is there.
        """
        if self._passphrase_anchor() is not None:
            raise PassphraseAlreadySetError()
        if len(passphrase) < MIN_PASSPHRASE:
            raise PassphraseTooShortError(n=MIN_PASSPHRASE)
        kdf = KdfParams.new()
        key = derive_key(passphrase, kdf)
        ensure_private_dir(self.base_dir)
        self._write(self.check_path, seal(encode(check_doc()), key, KeyKind.PASSPHRASE, kdf))
        self._pass = (kdf, key)

    def unlock_with_passphrase(self, passphrase: str) -> None:
        """Enter the passphrase chosen earlier. Raises :class:`WrongPassphraseError`."""
        anchor = self._passphrase_anchor()
        if anchor is None:
            raise NoPassphraseError()
        path, blob = anchor
        header = read_header(blob)
        assert header.kdf is not None
        key = derive_key(passphrase, header.kdf)
        try:
            raw = unseal(blob, header, key)
        except SealError:
            raise WrongPassphraseError() from None
        self._pass = (header.kdf, key)
        if path != self.check_path or not is_check_doc(raw):
            # The check file was lost; an audit vouched for the passphrase. Write it again.
            self._write(
                self.check_path, seal(encode(check_doc()), key, KeyKind.PASSPHRASE, header.kdf)
            )

    def _passphrase_anchor(self) -> tuple[Path, bytes] | None:
        """The check file, or failing that any passphrase-locked audit (to verify against)."""
        candidates = [self.check_path, *self._audit_files()]
        for path in candidates:
            try:
                with open(path, "rb") as f:
                    start = f.read(HEADER_BYTES + TAG_BYTES)
                if read_header(start).kind is KeyKind.PASSPHRASE:
                    return path, path.read_bytes()
            except (OSError, SealError):
                continue
        return None

    def _write_key(self) -> tuple[bytes, KeyKind, KdfParams | None]:
        status = self.key_status()
        if status is KeyStatus.UNLOCKED:
            assert self._pass is not None
            return self._pass[1], KeyKind.PASSPHRASE, self._pass[0]
        if status is KeyStatus.PASSPHRASE_NEEDED:
            raise LockedError()
        if status is KeyStatus.PASSPHRASE_NEW:
            raise NoSecureKeyringError(backend=keys.backend_problem() or "none")
        if self._keyring_key is None:
            self._keyring_key = keys.get_key(create=True)
        assert self._keyring_key is not None
        return self._keyring_key, KeyKind.KEYRING, None

    def _read_key(self, path: Path, kind: KeyKind, kdf: KdfParams | None) -> bytes:
        if kind is KeyKind.PASSPHRASE:
            if self._pass is None:
                raise LockedError()
            if kdf != self._pass[0]:
                raise OtherKeyError(path=path)
            return self._pass[1]
        if self._keyring_key is None:
            if not keys.secure_keyring_available():
                raise NeedsKeyringError(path=path)
            self._keyring_key = keys.get_key(create=False)
            if self._keyring_key is None:
                raise OtherKeyError(path=path)
        return self._keyring_key

    # -- files ------------------------------------------------------------------------------

    def _audit_files(self) -> list[Path]:
        try:
            names = os.listdir(self.audits_dir)
        except OSError:
            return []
        return [
            self.audits_dir / n
            for n in sorted(names)
            if n.endswith(SUFFIX) and _ID_RE.match(n[: -len(SUFFIX)])
        ]

    def _path(self, audit_id: str, suffix: str = SUFFIX) -> Path:
        if not _ID_RE.match(audit_id):
            raise AuditNotFoundError(name=audit_id)
        return self.audits_dir / f"{audit_id}{suffix}"

    def _write(self, path: Path, blob: bytes) -> None:
        try:
            ensure_private_dir(path.parent)
            write_atomic(path, blob)
        except OSError as exc:
            raise StorageIOError(path=path, detail=exc.strerror or type(exc).__name__) from None

    def _open(self, path: Path, audit_id: str) -> tuple[dict[str, Any], bytes]:
        """Decrypt and check one file; every failure is a :class:`StorageError` naming it."""
        try:
            blob = path.read_bytes()
        except FileNotFoundError:
            raise AuditNotFoundError(name=audit_id) from None
        except OSError:
            raise DamagedAuditError(path=path) from None
        try:
            header = read_header(blob)
            raw = unseal(blob, header, self._read_key(path, header.kind, header.kdf))
            return decode(raw, audit_id), blob
        except SealError as exc:
            if exc.reason == SealError.NEWER:
                raise NewerFormatError(path=path) from None
            if exc.reason == SealError.OTHER_KEY:
                raise OtherKeyError(path=path) from None
            raise DamagedAuditError(path=path) from None
        except PayloadError:
            raise DamagedAuditError(path=path) from None

    def _info(self, audit_id: str, path: Path, doc: dict[str, Any]) -> AuditInfo:
        return AuditInfo(
            id=audit_id,
            path=path,
            name=doc["name"],
            created=parse_time(doc["created"]),
            modified=parse_time(doc["modified"]),
            has_backup=self._path(audit_id, BACKUP_SUFFIX).exists(),
        )

    # -- public operations ------------------------------------------------------------------

    def list_audits(self) -> list[AuditInfo]:
        """Every saved audit, newest first; damaged ones last, with their problem.

        Raises :class:`LockedError` until the passphrase is entered (passphrase mode) and
        :class:`KeyringFailedError` if the keyring refuses; per-file problems never raise.
        """
        if not self.audits_dir.exists():
            return []
        if self.key_status() is KeyStatus.PASSPHRASE_NEEDED:
            raise LockedError()
        remove_stale_temps(self.audits_dir)
        good: list[AuditInfo] = []
        bad: list[AuditInfo] = []
        for path in self._audit_files():
            audit_id = path.name[: -len(SUFFIX)]
            try:
                doc, _ = self._open(path, audit_id)
            except (DamagedAuditError, NeedsKeyringError, AuditNotFoundError) as exc:
                if isinstance(exc, AuditNotFoundError):
                    continue  # deleted meanwhile
                has_backup = self._path(audit_id, BACKUP_SUFFIX).exists()
                bad.append(AuditInfo(audit_id, path, problem=exc, has_backup=has_backup))
                continue
            good.append(self._info(audit_id, path, doc))
        good.sort(key=lambda i: (i.modified is not None, i.modified), reverse=True)
        return good + bad

    def find(self, name: str) -> AuditInfo:
        """The audit called *name* (case-insensitive), or :class:`AuditNotFoundError`."""
        damaged = 0
        for info in self.list_audits():
            if not info.damaged and same_name(info.name, name):
                return info
            damaged += info.damaged
        if damaged:
            raise AuditNotFoundAmongDamagedError(name=name, n=damaged)
        raise AuditNotFoundError(name=name)

    def load(self, audit_id: str) -> SavedAudit:
        """Decrypt and validate one audit. Raises :class:`DamagedAuditError` (or a subclass)
        naming the file if it does not authenticate; never returns altered data."""
        path = self._path(audit_id)
        doc, _ = self._open(path, audit_id)
        if self._content is None:
            self._content = load_content()
        try:
            answers, done, dropped = answers_from_doc(doc, self._content)
        except PayloadError:
            raise DamagedAuditError(path=path) from None
        return SavedAudit(self._info(audit_id, path, doc), answers, doc["lang"], done, dropped)

    def save(
        self,
        name: str,
        answers: Answers,
        *,
        audit_id: str | None = None,
        done_actions: Iterable[str] = (),
        lang: str = "en",
        replace: bool = False,
    ) -> AuditInfo:
        """Encrypt and save atomically; return the saved audit's info.

        Without *audit_id* a new audit is made, unless another already has *name*: then
        :class:`DuplicateNameError`, or with *replace* that audit is overwritten. With
        *audit_id* that audit is updated (its previous good version becomes the backup).
        """
        name = normalize_name(name)
        if lang not in LANGS:
            raise InvalidLanguageError(lang=lang)
        key, kind, kdf = self._write_key()
        for info in self.list_audits():
            if info.damaged or info.id == audit_id or not same_name(info.name, name):
                continue
            if replace and audit_id is None:
                audit_id = info.id
                break
            raise DuplicateNameError(name=name)
        audit_id = audit_id if audit_id is not None else uuid.uuid4().hex
        path = self._path(audit_id)
        created = now_iso()
        old_blob: bytes | None = None
        try:
            old_doc, old_blob = self._open(path, audit_id)
            created = old_doc["created"]
        except (DamagedAuditError, NeedsKeyringError, AuditNotFoundError):
            pass  # nothing good to keep as a backup
        doc = audit_doc(audit_id, name, created, answers.to_json(), lang, list(done_actions))
        return self._store(audit_id, doc, seal(encode(doc), key, kind, kdf), old_blob)

    def _store(
        self, audit_id: str, doc: dict[str, Any], blob: bytes, old_blob: bytes | None
    ) -> AuditInfo:
        path = self._path(audit_id)
        try:
            ensure_private_dir(self.audits_dir)
            if old_blob is not None:
                keep_as_backup(path, self._path(audit_id, BACKUP_SUFFIX), old_blob)
            write_atomic(path, blob)
        except OSError as exc:
            raise StorageIOError(path=path, detail=exc.strerror or type(exc).__name__) from None
        return self._info(audit_id, path, doc)

    def rename(self, audit_id: str, new_name: str) -> AuditInfo:
        """Give an audit a new (unique) name; answers and dates other than modified stay."""
        new_name = normalize_name(new_name)
        path = self._path(audit_id)
        key, kind, kdf = self._write_key()
        doc, old_blob = self._open(path, audit_id)
        for info in self.list_audits():
            if not info.damaged and info.id != audit_id and same_name(info.name, new_name):
                raise DuplicateNameError(name=new_name)
        doc = dict(doc, name=new_name, modified=now_iso())
        return self._store(audit_id, doc, seal(encode(doc), key, kind, kdf), old_blob)

    def delete(self, audit_id: str) -> None:
        """Remove an audit and its backup (damaged or not), overwriting them first as a best
        effort. :class:`AuditNotFoundError` if neither exists."""
        removed = False
        for suffix in (SUFFIX, BACKUP_SUFFIX):
            try:
                scrub(self._path(audit_id, suffix))
                os.unlink(self._path(audit_id, suffix))
                removed = True
            except FileNotFoundError:
                continue
            except OSError as exc:
                raise StorageIOError(
                    path=self._path(audit_id, suffix), detail=exc.strerror or "error"
                ) from None
        if not removed:
            raise AuditNotFoundError(name=audit_id)
        fsync_dir(self.audits_dir)

    def restore_backup(self, audit_id: str) -> AuditInfo:
        """Put the backup (the previous good version) back in place of a damaged audit."""
        backup = self._path(audit_id, BACKUP_SUFFIX)
        try:
            doc, blob = self._open(backup, audit_id)
        except (DamagedAuditError, NeedsKeyringError, AuditNotFoundError):
            raise NoBackupError(path=self._path(audit_id)) from None
        path = self._path(audit_id)
        self._write(path, blob)
        return self._info(audit_id, path, doc)
