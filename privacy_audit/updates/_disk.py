"""Where updates live on this computer, and the atomic writer (one place to change).

Everything is under the per-user data folder (``~/.local/share/huella/updates``), so
"Delete everything" removes the downloaded packs, the trusted keys and the high-water mark
with the rest, and Huella is back on its bundled content.
"""

from __future__ import annotations

from pathlib import Path

from privacy_audit.userdirs import data_dir, ensure_private_dir

__all__ = ["atomic_write", "ensure_private_dir", "packs_dir", "state_path", "trusted_dir"]


def atomic_write(path: Path, data: bytes, *, sync_dir: bool = True) -> None:
    # Imported when writing only: the app reads this module at every start (no hashlib).
    from privacy_audit.files import write_atomic

    write_atomic(path, data, sync_dir=sync_dir)


def updates_dir() -> Path:
    return data_dir() / "updates"


def state_path() -> Path:
    """The applied pack and the high-water mark (one file, replaced atomically)."""
    return updates_dir() / "state.json"


def packs_dir() -> Path:
    return updates_dir() / "packs"


def trusted_dir() -> Path:
    """Public keys the person chose to trust, one ``<key id>.pub`` each."""
    return updates_dir() / "trusted"
