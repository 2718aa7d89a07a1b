"""The content in use: bundled, or an applied pack; the high-water mark; the atomic swap.

On disk (all under the per-user data folder, see :mod:`._disk`)::

    updates/state.json           {"mark": N, "pack": "<folder>" or null, ...}
    updates/packs/<folder>/      manifest.json, manifest.json.sig, checks/...
    updates/trusted/<id>.pub     keys the person chose to trust

A pack is written to a staging folder, renamed into place, and only then does a new
``state.json`` (written atomically) point at it: a crash at any moment leaves either the old
content or the new one in use. The mark is the highest version ever applied and never below
the bundled content's version, so an older pack (a replay) is refused.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from privacy_audit.updates.errors import UpdateError

# Loaded at every start of the app: no datetime, hashlib (via secrets) or shutil until needed.
if TYPE_CHECKING:
    from datetime import datetime

    from privacy_audit.content import Content
    from privacy_audit.updates.manifest import Manifest
    from privacy_audit.updates.verify import VerifiedPack

STATE_FORMAT = "huella-update-state"
RELEASE_FILE = "_release.json"
#: A clock this many days behind a signed date "looks wrong" (time zones: a day's slack).
CLOCK_SLACK_DAYS = 1


class AlreadyCurrent(Exception):
    """The pack offered is the one in use (or the bundled content already has it)."""

    def __init__(self, version: int) -> None:
        super().__init__(version)
        self.version = version


@dataclass(frozen=True)
class Release:
    """The bundled content's version and date (``checks/_release.json``)."""

    version: int
    date: str


def bundled_release() -> Release:
    from privacy_audit.paths import content_dir

    try:
        doc = json.loads((content_dir() / RELEASE_FILE).read_text(encoding="utf-8"))
        return Release(int(doc["version"]), str(doc["date"]))
    except (OSError, ValueError, KeyError, TypeError):
        return Release(0, "")


@dataclass(frozen=True)
class State:
    mark: int = 0
    pack: str | None = None
    version: int | None = None
    created: str | None = None
    expires: str | None = None
    signer: str | None = None  # key id

    def to_json(self) -> bytes:
        doc = {"format": STATE_FORMAT, **self.__dict__}
        return (json.dumps(doc, indent=1) + "\n").encode("utf-8")


def read_state() -> State:
    """The stored state; a missing or damaged file is the empty state (bundled content)."""
    from privacy_audit.updates._disk import state_path

    try:
        doc: Any = json.loads(state_path().read_text(encoding="utf-8"))
        if not isinstance(doc, dict) or doc.pop("format", None) != STATE_FORMAT:
            return State()
        state = State(**doc)
        if not isinstance(state.mark, int):
            return State()
        return state
    except (OSError, ValueError, TypeError):
        return State()


def high_water_mark() -> int:
    return max(read_state().mark, bundled_release().version)


def clock_looks_wrong(now: datetime, manifest: Manifest | None = None) -> bool:
    """True when this computer's clock is behind a date we know has passed."""
    from datetime import UTC, datetime, timedelta

    slack = timedelta(days=CLOCK_SLACK_DAYS)
    release = bundled_release().date
    if release:
        try:
            if now < datetime.fromisoformat(release).replace(tzinfo=UTC) - slack:
                return True
        except ValueError:
            pass
    return manifest is not None and now < manifest.created - slack


def policy(manifest: Manifest, *, now: datetime | None = None) -> list[str]:
    """Refuse an older pack or an expired one; returns warnings (``clock``).

    Called after the signature and before any content file is fetched.
    """
    from datetime import UTC, datetime

    now = now or datetime.now(UTC)
    mark = high_water_mark()
    if manifest.version < mark:
        raise UpdateError("older", version=manifest.version, current=mark)
    if manifest.version == mark:
        raise AlreadyCurrent(manifest.version)
    if clock_looks_wrong(now, manifest):
        return ["clock"]  # the expiry cannot be judged; the pack is newer and signed: use it
    if now > manifest.expires:
        raise UpdateError("expired", date=manifest.expires.date().isoformat())
    return []


def apply(pack: VerifiedPack) -> Path:
    """Write *pack* to disk and make it the content in use, atomically; returns its folder."""
    import secrets
    import shutil

    from privacy_audit.updates._disk import atomic_write, ensure_private_dir, packs_dir, state_path
    from privacy_audit.updates.manifest import CONTENT, MANIFEST, SIGNATURES, stamp

    m = pack.manifest
    mark = high_water_mark()
    if m.version < mark:  # e.g. kept from a private session after a newer one was applied
        raise UpdateError("older", version=m.version, current=mark)
    base = packs_dir()
    token = secrets.token_hex(4)
    stage = base / f".staging-{token}"
    final = base / f"v{m.version}-{token}"
    try:
        ensure_private_dir(base)
        stage.mkdir(mode=0o700)
        for rel, data in pack.files.items():
            target = stage / CONTENT / rel
            ensure_private_dir(target.parent)
            atomic_write(target, data, sync_dir=False)
        atomic_write(stage / MANIFEST, pack.signed.raw, sync_dir=False)
        atomic_write(stage / SIGNATURES, pack.signed.signatures)
        stage.rename(final)
        new = State(
            mark=max(mark, m.version),
            pack=final.name,
            version=m.version,
            created=stamp(m.created),
            expires=stamp(m.expires),
            signer=pack.signed.signer.key_id,
        )
        atomic_write(state_path(), new.to_json())
    except OSError as exc:
        shutil.rmtree(stage, ignore_errors=True)
        if read_state().pack != final.name:
            shutil.rmtree(final, ignore_errors=True)
        raise UpdateError("disk", detail=exc.strerror or str(exc)) from None
    for old in base.iterdir():  # earlier packs, and staging left by a crash
        if old.name != final.name:
            shutil.rmtree(old, ignore_errors=True)
    return final


# -- the content in use -------------------------------------------------------------------------


@dataclass(frozen=True)
class ContentInfo:
    """What the person is reading: shown in About, on the report and by ``update --status``."""

    source: str  # "bundled", "pack" (applied on this computer), "session" (this session only)
    version: int
    date: str  # YYYY-MM-DD: the bundled release date or the pack's creation date
    expires: str | None = None
    signer: str | None = None
    #: why an applied pack is not in use (it failed its checks), or None
    problem: str | None = None

    def due(self, now: datetime | None = None) -> bool:
        """True when the guides in use are past the date they were meant to be refreshed by."""
        if self.expires is None:
            return False
        from datetime import UTC, datetime

        when = datetime.strptime(self.expires, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
        return (now or datetime.now(UTC)) > when


def bundled_info(problem: str | None = None) -> ContentInfo:
    r = bundled_release()
    return ContentInfo("bundled", r.version, r.date, problem=problem)


def pack_info(pack: VerifiedPack, source: str = "pack") -> ContentInfo:
    from privacy_audit.updates.manifest import stamp

    m = pack.manifest
    key = pack.signed.signer
    return ContentInfo(
        source, m.version, m.created.date().isoformat(), stamp(m.expires), key.name or key.key_id
    )


def applied_pack() -> Path | None:
    """The folder of the applied pack, if the state names one that exists."""
    from privacy_audit.updates._disk import packs_dir

    name = read_state().pack
    if not name or "/" in name or name.startswith("."):
        return None
    folder = packs_dir() / name
    return folder if folder.is_dir() else None


def content_in_use() -> Content:
    """The content the command line uses: :func:`load_in_use` without the description."""
    return load_in_use()[0]


def load_in_use() -> tuple[Content, ContentInfo]:
    """The content to use: the applied pack when it is present and passes every check again
    (signature by a key still trusted, every file, the content), else the bundled content.

    With no pack applied this costs one ``stat`` more than :func:`load_content`.
    """
    from privacy_audit.content import load_content

    folder = applied_pack()
    if folder is None or (read_state().version or 0) <= bundled_release().version:
        return load_content(), bundled_info()  # none, or Huella was updated past it
    from privacy_audit.updates.keys import trusted_keys
    from privacy_audit.updates.manifest import CONTENT
    from privacy_audit.updates.verify import FolderSource, verify

    try:
        pack = verify(FolderSource(folder), trusted_keys(), root=folder / CONTENT)
    except UpdateError as exc:
        return load_content(), bundled_info(problem=str(exc))
    return pack.content, pack_info(pack)
