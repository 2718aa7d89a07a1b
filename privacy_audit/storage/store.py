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

import contextlib
import hashlib
import hmac
import os
import re
import stat
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
from privacy_audit.storage.atomic import (
    commit_temp,
    keep_as_backup,
    remove_stale_temps,
    scrub,
    write_temp,
)
from privacy_audit.storage.crypto import (
    Header,
    KdfParams,
    KeyKind,
    SealError,
    derive_key,
    key_id,
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
    InvalidPassphraseError,
    LockedError,
    NeedsKeyringError,
    NewerFormatError,
    NoBackupError,
    NoPassphraseError,
    NoSecureKeyringError,
    OtherKeyError,
    PassphraseAlreadySetError,
    PassphraseFileDamagedError,
    PassphraseTooShortError,
    StorageError,
    StorageIOError,
    UnreadableFolderError,
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
#: The passphrase check file ends with this mark and the SHA-256 of everything before it,
#: so damage to the file (its salt, scrypt parameters, key id) is told from a wrong
#: passphrase. (The audit files need no such sum: their key id and GCM tag do that job.)
CHECK_MARK = b"HUELLACK"
_CHECK_TRAILER = len(CHECK_MARK) + hashlib.sha256().digest_size
#: At most this many passphrase-locked audits with other scrypt salts are tried when the
#: check file cannot say (each try costs one scrypt run, ~0.5 s).
_MAX_VOUCHERS = 3
#: Characters never allowed in a name: text-direction controls (they can make a name read
#: as another, e.g. "report\u202efdp.exe"), line and paragraph separators, the BOM.
_BIDI = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
#: Format characters that names may keep: joiners inside emoji and some scripts.
_JOINERS = frozenset("\u200c\u200d")


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


def _bad_char(c: str) -> bool:
    if c in _BIDI:
        return True
    cat = unicodedata.category(c)
    # Cc: control characters; Cs: lone surrogates (bytes that were not UTF-8); Zl/Zp: line
    # and paragraph separators; Cf: invisible format characters, except the joiners.
    return cat in ("Cc", "Cs", "Zl", "Zp") or (cat == "Cf" and c not in _JOINERS)


def normalize_name(name: str) -> str:
    """The name as stored: NFC, trimmed. Raises :class:`InvalidNameError` if unusable:
    empty, too long, or holding control, text-direction or other invisible characters, or
    bytes that were not valid UTF-8."""
    cleaned = unicodedata.normalize("NFC", name).strip()
    if not cleaned or len(cleaned) > MAX_NAME or any(_bad_char(c) for c in cleaned):
        raise InvalidNameError(n=MAX_NAME)
    return cleaned


def name_key(name: str) -> str:
    """What makes two names "the same": compatibility form (NFKC), case folded, so look-alikes
    such as "Ｒｏｓａ" (full width) or "ﬁ" (a ligature) are duplicates of "Rosa" and "fi"."""
    folded = unicodedata.normalize("NFKC", normalize_name(name)).casefold()
    return unicodedata.normalize("NFKC", folded)


def same_name(a: str, b: str) -> bool:
    """Names are unique ignoring case, Unicode form and compatibility look-alikes."""
    return name_key(a) == name_key(b)


def _check_passphrase(passphrase: str) -> None:
    if any(unicodedata.category(c) == "Cs" for c in passphrase):
        raise InvalidPassphraseError()


def seal_check(key: bytes, kdf: KdfParams) -> bytes:
    """The passphrase check file: a sealed constant, then :data:`CHECK_MARK` and its SHA-256."""
    sealed = seal(encode(check_doc()), key, KeyKind.PASSPHRASE, kdf)
    return sealed + CHECK_MARK + hashlib.sha256(sealed).digest()


def open_check(blob: bytes) -> tuple[bytes, bool | None]:
    """Split a check file into its sealed part and whether its checksum holds: True (intact),
    False (damaged), None (no checksum: a file from before checksums, or a damaged mark)."""
    if len(blob) > _CHECK_TRAILER and blob[-_CHECK_TRAILER:][: len(CHECK_MARK)] == CHECK_MARK:
        sealed, digest = blob[:-_CHECK_TRAILER], blob[-hashlib.sha256().digest_size :]
        return sealed, hmac.compare_digest(hashlib.sha256(sealed).digest(), digest)
    return blob, None


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
        if self._passphrase_mode():
            return KeyStatus.PASSPHRASE_NEEDED
        if keys.secure_keyring_available():
            return KeyStatus.KEYRING
        return KeyStatus.PASSPHRASE_NEW

    def _passphrase_mode(self) -> bool:
        """Passphrase mode: the check file is there (even damaged), or it was lost and the
        folder holds only passphrase-locked audits with no secure keyring here. A passphrase-
        locked file dropped into a keyring-mode folder does not switch the folder over: it is
        listed as locked with another key, and every other audit still opens."""
        if os.path.lexists(self.check_path):
            return True
        kinds = {kind for _path, kind in self._audit_kinds()}
        if KeyKind.PASSPHRASE not in kinds or KeyKind.KEYRING in kinds:
            return False
        return not keys.secure_keyring_available()

    def _audit_kinds(self) -> list[tuple[Path, KeyKind]]:
        out: list[tuple[Path, KeyKind]] = []
        for path in self._audit_files():
            try:
                out.append((path, read_header(_read_regular(path)).kind))
            except (OSError, SealError):
                continue
        return out

    def set_passphrase(self, passphrase: str) -> None:
        """Choose the passphrase that locks audits from now on (no secure keyring, or by choice).

        Raises :class:`PassphraseAlreadySetError` if one exists (use
        :meth:`unlock_with_passphrase`) and :class:`PassphraseTooShortError` under 8 characters.
        Audits already locked with the keyring stay readable while the keyring is there.
        """
        if self._passphrase_mode():
            raise PassphraseAlreadySetError()
        _check_passphrase(passphrase)
        if len(passphrase) < MIN_PASSPHRASE:
            raise PassphraseTooShortError(n=MIN_PASSPHRASE)
        kdf = KdfParams.new()
        key = derive_key(passphrase, kdf)
        self._write(self.check_path, seal_check(key, kdf))
        self._pass = (kdf, key)

    def unlock_with_passphrase(self, passphrase: str) -> None:
        """Enter the passphrase chosen earlier.

        Raises :class:`WrongPassphraseError` when it is not the one, and
        :class:`PassphraseFileDamagedError` when the check file is damaged and no audit can
        tell (a damaged check file is never reported as a wrong passphrase). When an audit
        confirms the passphrase, a lost or damaged check file is written again.
        """
        _check_passphrase(passphrase)
        if not self._passphrase_mode():
            raise NoPassphraseError()
        check: tuple[bytes, Header] | None = None
        intact: bool | None = None
        try:
            sealed, intact = open_check(_read_regular(self.check_path))
            # Even with a broken checksum the header may be whole: a key id that matches the
            # passphrase's key (64 bits of HMAC) is still proof, and the file gets repaired.
            check = (sealed, read_header(sealed))
        except FileNotFoundError:
            intact = None
        except (OSError, SealError):
            intact = False
        if check is not None and check[1].kind is not KeyKind.PASSPHRASE:
            check, intact = None, False
        tried: set[KdfParams] = set()
        if check is not None:
            sealed, header = check
            assert header.kdf is not None
            tried.add(header.kdf)
            key = derive_key(passphrase, header.kdf)
            if hmac.compare_digest(key_id(key), header.key_id):
                self._pass = (header.kdf, key)
                try:
                    good = is_check_doc(unseal(sealed, header, key))
                except SealError:
                    good = False
                if not good or intact is not True:
                    self._write(self.check_path, seal_check(key, header.kdf))  # repair/upgrade
                return
            if intact is True:
                raise WrongPassphraseError()  # the file is whole, so the passphrase is wrong
        # No check file, a damaged one, or one without a checksum that did not match: audits
        # locked with the passphrase can vouch (their key id is covered by their GCM tag).
        confirmed_wrong = False
        for path, kind in self._audit_kinds():
            if kind is not KeyKind.PASSPHRASE:
                continue
            try:
                header = read_header(_read_regular(path))
            except (OSError, SealError):
                continue
            if header.kdf is None or header.kdf in tried:
                continue
            if len(tried) > _MAX_VOUCHERS:
                break
            tried.add(header.kdf)
            key = derive_key(passphrase, header.kdf)
            if hmac.compare_digest(key_id(key), header.key_id):
                self._pass = (header.kdf, key)
                self._write(self.check_path, seal_check(key, header.kdf))
                return
            confirmed_wrong = True
        if intact is False and not confirmed_wrong:
            raise PassphraseFileDamagedError(path=self.check_path)
        raise WrongPassphraseError()

    def _write_key(self) -> tuple[bytes, KeyKind, KdfParams | None]:
        status = self.key_status()
        if status is KeyStatus.UNLOCKED:
            assert self._pass is not None
            return self._pass[1], KeyKind.PASSPHRASE, self._pass[0]
        if status is KeyStatus.PASSPHRASE_NEEDED:
            raise LockedError()
        if status is KeyStatus.PASSPHRASE_NEW:
            raise NoSecureKeyringError(backend=keys.backend_problem() or "none")
        # Asked again before every write, never taken from the cache: a wipe elsewhere (the
        # command line, another window) may have deleted the key, and a save with the old
        # one could never be opened. A missing key is made under the creation lock.
        key = keys.get_key(create=True)
        assert key is not None
        self._keyring_key = key
        return key, KeyKind.KEYRING, None

    def _read_key(self, path: Path, header: Header) -> bytes:
        if header.kind is KeyKind.PASSPHRASE:
            if self._pass is None:
                if self._passphrase_mode():
                    raise LockedError()
                raise OtherKeyError(path=path)  # a passphrase file from elsewhere
            if header.kdf != self._pass[0]:
                raise OtherKeyError(path=path)
            return self._pass[1]
        cached = self._keyring_key
        if cached is None or not hmac.compare_digest(key_id(cached), header.key_id):
            # Not asked yet, or the file names another key: ask the keyring (again).
            if not keys.secure_keyring_available():
                raise NeedsKeyringError(path=path)
            fresh = keys.get_key(create=False)
            if fresh is None:
                raise OtherKeyError(path=path)
            self._keyring_key = cached = fresh
        return cached

    # -- files ------------------------------------------------------------------------------

    def _audit_files(self, *, strict: bool = False) -> list[Path]:
        """The audit files; with *strict*, a folder that exists but cannot be read raises
        :class:`UnreadableFolderError` (instead of looking empty)."""
        try:
            names = os.listdir(self.audits_dir)
        except FileNotFoundError:
            return []
        except OSError as exc:
            if strict:
                raise UnreadableFolderError(
                    path=self.audits_dir, detail=exc.strerror or type(exc).__name__
                ) from None
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

    def _private_dirs(self, *more: Path) -> None:
        """Create (or tighten to 0700) the base folder and *more*, which are inside it."""
        ensure_private_dir(self.base_dir)
        for folder in more:
            ensure_private_dir(folder)

    def _write(self, path: Path, blob: bytes) -> None:
        try:
            self._private_dirs(path.parent)
            write_atomic(path, blob)
        except OSError as exc:
            raise StorageIOError(path=path, detail=exc.strerror or type(exc).__name__) from None

    def _open(self, path: Path, audit_id: str) -> tuple[dict[str, Any], bytes]:
        """Decrypt and check one file; every failure is a :class:`StorageError` naming it."""
        try:
            blob = _read_regular(path)
        except FileNotFoundError:
            raise AuditNotFoundError(name=audit_id) from None
        except OSError:
            raise DamagedAuditError(path=path) from None
        try:
            header = read_header(blob)
            raw = unseal(blob, header, self._read_key(path, header))
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
        try:
            os.stat(self.audits_dir)
        except FileNotFoundError:
            return []
        except OSError as exc:
            detail = exc.strerror or type(exc).__name__
            raise UnreadableFolderError(path=self.audits_dir, detail=detail) from None
        paths = self._audit_files(strict=True)
        if self.key_status() is KeyStatus.PASSPHRASE_NEEDED:
            raise LockedError()
        remove_stale_temps(self.audits_dir)
        good: list[AuditInfo] = []
        bad: list[AuditInfo] = []
        for path in paths:
            audit_id = path.name[: -len(SUFFIX)]
            try:
                doc, _ = self._open(path, audit_id)
            except (DamagedAuditError, NeedsKeyringError, AuditNotFoundError) as exc:
                if isinstance(exc, AuditNotFoundError) and not path.exists():
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
            self._private_dirs(self.audits_dir)
            # The new version is written and synced first; only then does the current file
            # become the backup. A save that fails (full disk) changes nothing, not even the
            # backup.
            tmp = write_temp(path, blob)
            try:
                if old_blob is not None:
                    keep_as_backup(path, self._path(audit_id, BACKUP_SUFFIX), old_blob)
                commit_temp(tmp, path)
            except BaseException:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)
                raise
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


#: Largest file taken for a saved audit (a real one is a few kilobytes).
MAX_AUDIT_BYTES = 8 * 1024 * 1024


def _read_regular(path: Path) -> bytes:
    """The bytes of a regular file of at most :data:`MAX_AUDIT_BYTES`; OSError otherwise
    (a FIFO or device named like an audit is never opened for reading in a blocking way)."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(fd, "rb") as f:
        st = os.fstat(f.fileno())
        if not stat.S_ISREG(st.st_mode) or st.st_size > MAX_AUDIT_BYTES:
            raise OSError(f"{path}: not a saved audit")
        return f.read(MAX_AUDIT_BYTES + 1)
