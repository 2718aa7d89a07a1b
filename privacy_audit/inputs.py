"""Reading a file the person names (answers, content): regular files only, size-capped.

``/dev/zero``, ``/dev/urandom``, a FIFO or a folder given as an input file must not hang
Huella or fill its memory: the file is opened without blocking, checked with ``fstat`` (the
file actually opened, not whatever the name pointed to a moment before), refused unless it
is a regular file under the cap, and read no further than the cap.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from privacy_audit.errors import UserError


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
