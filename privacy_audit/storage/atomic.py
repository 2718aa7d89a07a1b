"""Storage's file care beyond :func:`privacy_audit.files.write_atomic`: backups by hard link,
clearing the temp files of crashed saves, scrubbing before deletion."""

from __future__ import annotations

import contextlib
import os
import stat
import time
from pathlib import Path

from privacy_audit.files import TEMP_SUFFIX, fsync_dir, temp_name, write_atomic
from privacy_audit.userdirs import FILE_MODE

_SCRUB_LIMIT = 16 * 1024 * 1024


def write_temp(path: Path, data: bytes) -> Path:
    """Write *data* to a new temp file beside *path* (mode 0600) and fsync it; its path.

    Nothing at *path* changes; :func:`commit_temp` puts it in place. On failure the temp file
    is removed and the error raised. (A save writes its new version first, so a full disk
    changes nothing, not even the backup.)
    """
    tmp = temp_name(path)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), FILE_MODE)
    try:
        try:
            if hasattr(os, "fchmod"):
                os.fchmod(fd, FILE_MODE)
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return tmp


def commit_temp(tmp: Path, path: Path, *, sync_dir: bool = True) -> None:
    """Rename a temp file from :func:`write_temp` over *path* (atomic), then sync the folder."""
    os.replace(tmp, path)
    if sync_dir:
        fsync_dir(path.parent)


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
    are encrypted anyway. Never follows symlinks, and never touches a file with more than one
    hard link: its other name may be outside Huella's folders (someone's own file), so it is
    only unlinked by the caller. Errors are ignored.
    """
    flags = os.O_WRONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        first = os.lstat(path)
        if not stat.S_ISREG(first.st_mode) or first.st_nlink != 1:
            return  # not opened at all: no FIFO or device is ever opened for writing
        fd = os.open(path, flags)
    except OSError:
        return
    try:
        st = os.fstat(fd)  # the file actually opened, not whatever the name pointed to before
        if (
            not stat.S_ISREG(st.st_mode)
            or st.st_nlink != 1
            or st.st_size == 0
            or st.st_size > _SCRUB_LIMIT
        ):
            return
        os.write(fd, os.urandom(st.st_size))
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
