"""Crash-safe file replacement: the one way Huella writes a file; and :func:`read_input`, the
one way it reads a file a person names (regular files only, size-capped).

Temp file in the same folder, fsync, rename, fsync the folder. At every instant the target
path holds either the complete old bytes or the complete new bytes (``os.replace`` is atomic
on one filesystem). A crash may leave a stray ``.<name>.<random>.tmp`` file, which
:func:`privacy_audit.storage.atomic.remove_stale_temps` clears later in the audits folder.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
from pathlib import Path

from privacy_audit.errors import UserError
from privacy_audit.userdirs import FILE_MODE

TEMP_SUFFIX = ".tmp"


def fsync_dir(path: Path) -> None:
    """Make a rename or unlink inside *path* durable (a no-op where folders cannot be opened)."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def temp_name(path: Path) -> Path:
    """A fresh hidden name beside *path* for its next version."""
    return path.parent / f".{path.name}.{secrets.token_hex(8)}{TEMP_SUFFIX}"


def write_atomic(
    path: Path, data: bytes | str, *, mode: int = FILE_MODE, sync_dir: bool = True
) -> None:
    """Replace *path* with *data* (text is written as UTF-8) so that a crash leaves the old
    or the new file, never a mix; the file gets *mode* (default 0600: only the user)."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    path = Path(path)
    if not str(path.parent):
        path = Path(".") / path
    tmp = temp_name(path)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), mode)
    try:
        try:
            # The umask may have taken bits away (e.g. 0644 under umask 077): set them again.
            if hasattr(os, "fchmod") and stat.S_IMODE(os.fstat(fd).st_mode) != mode:
                os.fchmod(fd, mode)
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    if sync_dir:
        fsync_dir(path.parent)


def read_input(path: Path, limit: int, what: str) -> bytes:
    """The bytes of the regular file *path*, at most *limit* of them.

    Every problem is one :class:`UserError` naming the file (*what* is e.g. "an answers
    file"): not found, a folder, not a regular file (device, FIFO, socket), too large,
    unreadable.
    """
    name = str(path)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        raise UserError(f"{name}: file not found") from None
    except IsADirectoryError:
        raise UserError(f"{name}: is a folder, not {what}") from None
    except OSError as exc:
        raise UserError(f"{name}: cannot be read ({exc.strerror or exc})") from None
    try:
        st = os.fstat(fd)
        if stat.S_ISDIR(st.st_mode):
            raise UserError(f"{name}: is a folder, not {what}")
        if not stat.S_ISREG(st.st_mode):
            raise UserError(f"{name}: not a regular file (a device or a pipe), so not {what}")
        if st.st_size > limit:
            raise UserError(f"{name}: too large to be {what}")
        chunks: list[bytes] = []
        left = limit + 1
        while left > 0:
            chunk = os.read(fd, min(left, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
        data = b"".join(chunks)
    except OSError as exc:
        raise UserError(f"{name}: cannot be read ({exc.strerror or exc})") from None
    finally:
        os.close(fd)
    if len(data) > limit:  # it grew while we read
        raise UserError(f"{name}: too large to be {what}")
    return data
