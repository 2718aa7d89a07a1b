""" "Delete everything": every audit, backup, setting, cache file, the keyring entry, and
Huella's entries in the desktop's list of recently used files.

Downloaded content packs, the keys the person chose to trust and the update high-water mark
live in the data folder too (``privacy_audit.updates``), so they go with it and Huella is
back on its bundled content.

Files are overwritten with random bytes and synced before they are unlinked (a best effort:
SSDs and copy-on-write filesystems may keep old blocks; a file with another hard link is
only unlinked, never overwritten). What makes the remains useless is that the keyring key is
deleted too: audit files are only ever written encrypted. The report says what was removed
and what could not be reached; it never calls a wipe complete when the keyring was not
reached.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from privacy_audit.storage import keys
from privacy_audit.storage.atomic import scrub
from privacy_audit.storage.errors import KeyringUnreachableError
from privacy_audit.storage.recent import scrub_recent
from privacy_audit.userdirs import cache_dir, config_dir, data_dir

_TEXT = {
    "recent": {
        "en": "{path}: Huella's entries in the list of recently used files could not be "
        "removed ({detail}).",
        "es": "{path}: no se pudieron quitar las entradas de Huella de la lista de archivos "
        "usados recientemente ({detail}).",
    },
}


@dataclass
class WipeReport:
    """What :func:`wipe_everything` removed, and what it could not."""

    #: Top-level folders that existed and are now gone.
    removed_dirs: list[Path] = field(default_factory=list)
    #: Number of files removed inside them.
    removed_files: int = 0
    #: True if a key was deleted from the system keyring.
    keyring_entry_removed: bool = False
    #: Set when the keyring could not be reached: its key may still be there.
    keyring_unreachable: KeyringUnreachableError | None = None
    #: Entries removed from the desktop's list of recently used files.
    recent_entries_removed: int = 0
    #: One line per thing that could not be removed (empty when everything went).
    errors: list[str] = field(default_factory=list)
    _recent_problem: tuple[str, str] | None = None

    @property
    def ok(self) -> bool:
        return not self.errors and self.keyring_unreachable is None and not self._recent_problem

    def problems(self, lang: str = "en", *, technical: bool = False) -> list[str]:
        """Every thing that could not be removed or reached, one sentence each, in *lang*;
        with *technical*, the keyring's own reason follows in brackets (the command line)."""
        out = list(self.errors)
        if self._recent_problem is not None:
            entry = _TEXT["recent"]
            path, detail = self._recent_problem
            out.append((entry.get(lang) or entry["en"]).format(path=path, detail=detail))
        if self.keyring_unreachable is not None:
            sentence = self.keyring_unreachable.message(lang)
            reason = self.keyring_unreachable.params.get("detail")
            out.append(f"{sentence} [{reason}]" if technical and reason else sentence)
        return out


def _remove_tree(top: Path, report: WipeReport) -> None:
    if top.is_symlink():
        try:
            top.unlink()
            report.removed_dirs.append(top)
        except OSError as exc:
            report.errors.append(f"{top}: {exc.strerror or exc}")
        return
    if not top.exists():
        return
    if not top.is_dir():
        scrub(top)
        try:
            top.unlink()
            report.removed_files += 1
            report.removed_dirs.append(top)
        except OSError as exc:
            report.errors.append(f"{top}: {exc.strerror or exc}")
        return
    for root, dirs, files in os.walk(top):
        for d in dirs:
            sub = Path(root) / d
            if not sub.is_symlink():
                try:  # make sure we may enter and empty every folder
                    os.chmod(sub, 0o700)
                except OSError:
                    pass
        for f in files:
            scrub(Path(root) / f)
            report.removed_files += 1

    def _onerror(func: object, path: str, exc_info: tuple[object, BaseException, object]) -> None:
        exc = exc_info[1]
        report.errors.append(f"{path}: {getattr(exc, 'strerror', None) or exc}")

    shutil.rmtree(top, onerror=_onerror)  # onexc only from Python 3.12
    if not top.exists():
        report.removed_dirs.append(top)
        parent = top.parent
        try:
            fd = os.open(parent, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
        except OSError:
            pass


def app_dirs() -> list[Path]:
    """Every folder "Delete everything" removes by default: data, config and cache."""
    return [data_dir(), config_dir(), cache_dir()]


def wipe_everything(*, extra_dirs: tuple[Path, ...] = (), keyring_entry: bool = True) -> WipeReport:
    """Remove Huella's data, config and cache folders (plus *extra_dirs*, e.g. a store's
    custom base dir) and the keyring entry. Goes on past failures and reports them; the
    caller has already asked the person to confirm. Drop any :class:`AuditStore` afterwards.
    """
    report = WipeReport()
    seen: set[Path] = set()
    for top in [*app_dirs(), *extra_dirs]:
        absolute = Path(os.path.abspath(top))
        if absolute in seen:
            continue
        seen.add(absolute)
        _remove_tree(absolute, report)
    recent = scrub_recent()
    report.recent_entries_removed = recent.removed
    if recent.problem:
        report._recent_problem = (str(recent.path), recent.problem)
    if keyring_entry:
        try:
            report.keyring_entry_removed = keys.delete_key()
        except KeyringUnreachableError as exc:
            report.keyring_unreachable = exc
    return report
