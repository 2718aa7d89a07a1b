"""Where Huella keeps its own files: the platform's per-user folders, private to the user.

On Linux and the BSDs every path follows the XDG variables (``XDG_DATA_HOME``,
``XDG_CONFIG_HOME``, ``XDG_CACHE_HOME``), read at each call, so tests and people can point
them elsewhere. They are computed here, as the XDG Base Directory specification says (the app
asks for the settings file before its window first paints, and importing ``platformdirs``
costs ~8 ms of that); ``tests/storage/test_paths.py`` holds them equal to ``platformdirs``,
which gives the folders on every other system. Nothing here creates a folder unless asked
(private sessions write nothing).
"""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

#: Folder name under the platform's data/config/cache roots.
APP_DIR_NAME = "huella"
#: Mode of every folder Huella creates: only the user may list or enter it.
DIR_MODE = 0o700
#: Mode of every file Huella writes: only the user may read or write it.
FILE_MODE = 0o600


#: Systems whose per-user folders are the XDG ones.
_XDG = sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd"))


def _xdg(variable: str, default: str) -> Path:
    """``$variable/huella``; ``default/huella`` when the variable is unset, empty or not an
    absolute path (the specification says to ignore a relative one)."""
    value = os.environ.get(variable, "")
    base = value if os.path.isabs(value) else os.path.expanduser(default)
    return Path(base) / APP_DIR_NAME


def data_dir() -> Path:
    """Saved audits and the passphrase check file (e.g. ``~/.local/share/huella``)."""
    if _XDG:
        return _xdg("XDG_DATA_HOME", "~/.local/share")
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False))


def config_dir() -> Path:
    """Settings (e.g. ``~/.config/huella``)."""
    if _XDG:
        return _xdg("XDG_CONFIG_HOME", "~/.config")
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_DIR_NAME, appauthor=False))


def cache_dir() -> Path:
    """Anything that can be rebuilt (e.g. ``~/.cache/huella``)."""
    if _XDG:
        return _xdg("XDG_CACHE_HOME", "~/.cache")
    import platformdirs

    return Path(platformdirs.user_cache_dir(APP_DIR_NAME, appauthor=False))


def audits_dir(base: Path | None = None) -> Path:
    """The folder of ``<id>.huella`` files under *base* (default: :func:`data_dir`)."""
    return (base if base is not None else data_dir()) / "audits"


def settings_path(*, create_dir: bool = False) -> Path:
    """The desktop app's settings file (QSettings, INI format) inside :func:`config_dir`.

    With *create_dir*, the config folder is created first with mode 0700. "Delete everything"
    removes the whole folder.
    """
    path = config_dir() / "settings.ini"
    if create_dir:
        ensure_private_dir(path.parent)
    return path


def ensure_private_dir(path: Path) -> Path:
    """Create *path* (and parents) if needed and make it mode 0700; return it.

    Parents that did not exist are created 0700 too; existing parents are left alone.
    """
    missing: list[Path] = []
    p = path
    while not p.exists():
        missing.append(p)
        if p.parent == p:
            break
        p = p.parent
    for d in reversed(missing):
        try:
            d.mkdir(mode=DIR_MODE)
        except FileExistsError:
            pass
    if stat.S_IMODE(path.stat().st_mode) != DIR_MODE:
        os.chmod(path, DIR_MODE)
    return path
