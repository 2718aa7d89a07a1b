"""Storage's file care beyond :func:`privacy_audit.files.write_atomic`: backups by hard link,
clearing the temp files of crashed saves, scrubbing before deletion."""

from __future__ import annotations

import contextlib
import os
import stat
import time
from pathlib import Path

from privacy_audit.files import TEMP_SUFFIX, temp_name, write_atomic

_SCRUB_LIMIT = 16 * 1024 * 1024


def keep_as_backup(path: Path, backup: Path, current: bytes) -> None:
    """Make *backup* the file now at *path* (whose bytes are *current*), atomically.

    A hard link costs no data write; where links are not supported the bytes are copied.
    The caller fsyncs the folder after its next rename.
    """
    tmp = temp_name(backup)
    try:
        os.link(path, tmp)
    except OSError:
        write_atomic(backup, current, sync_dir=False)
        return
    try:
        os.replace(tmp, backup)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def remove_stale_temps(folder: Path, *, older_than: float = 60.0) -> int:
    """Delete leftover temp files of crashed saves older than *older_than* seconds."""
    removed = 0
    now = time.time()
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return 0
    for entry in entries:
        if entry.name.startswith(".") and entry.name.endswith(TEMP_SUFFIX):
            try:
                if now - entry.stat(follow_symlinks=False).st_mtime >= older_than:
                    os.unlink(entry.path)
                    removed += 1
            except OSError:
                continue
    return removed


def scrub(path: Path) -> None:
    """Best effort before deleting: overwrite a regular file with random bytes and fsync.

    Journaling, copy-on-write filesystems and SSDs may still keep the old blocks; audit files
    are encrypted anyway. Never follows symlinks; errors are ignored.
    """
    try:
        st = path.stat(follow_symlinks=False)
        if not stat.S_ISREG(st.st_mode) or st.st_size == 0 or st.st_size > _SCRUB_LIMIT:
            return
        fd = os.open(path, os.O_WRONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return
    try:
        os.write(fd, os.urandom(st.st_size))
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
