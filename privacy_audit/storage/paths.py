"""Where Huella keeps its own files: platformdirs' per-user folders, private to the user.

Every path follows the XDG variables on Linux (``XDG_DATA_HOME``, ``XDG_CONFIG_HOME``,
``XDG_CACHE_HOME``), read at each call, so tests and people can point them elsewhere.
Nothing here creates a folder unless asked (private sessions write nothing).
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

import platformdirs

#: Folder name under the platform's data/config/cache roots.
APP_DIR_NAME = "huella"
#: Mode of every folder Huella creates: only the user may list or enter it.
DIR_MODE = 0o700
#: Mode of every file Huella writes: only the user may read or write it.
FILE_MODE = 0o600


def data_dir() -> Path:
    """Saved audits and the passphrase check file (e.g. ``~/.local/share/huella``)."""
    return Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False))


def config_dir() -> Path:
    """Settings (e.g. ``~/.config/huella``)."""
    return Path(platformdirs.user_config_dir(APP_DIR_NAME, appauthor=False))


def cache_dir() -> Path:
    """Anything that can be rebuilt (e.g. ``~/.cache/huella``)."""
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
