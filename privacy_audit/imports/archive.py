"""Open a data download (a .zip, a folder or one file) for reading, refusing hostile input.

Nothing is ever extracted or copied: entries are read as streams straight from the zip (or
the folder), and only what the readers derive from them is kept. Everything that could
hurt is refused up front with one clear sentence (:class:`DownloadRefused`): zip bombs (total
size, size of one entry, compression ratio), path-traversal names, symbolic links,
encrypted or damaged archives, devices and pipes.
"""

from __future__ import annotations

import os
import stat
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import IO, Protocol

from privacy_audit.imports.refusals import DownloadRefused
from privacy_audit.imports.tables import norm_name

__all__ = [
    "LIMITS",
    "Cancelled",
    "DownloadRefused",
    "Entry",
    "Limits",
    "Meter",
    "Source",
    "open_source",
]

MiB = 1024 * 1024
GiB = 1024 * MiB


class Cancelled(Exception):
    """The person pressed Cancel; nothing was kept."""


@dataclass(frozen=True, slots=True)
class Limits:
    """What an archive may declare before it is refused (see docs/data-downloads.md)."""

    #: Entries in one archive or folder.
    max_entries: int = 500_000
    #: Sum of every entry's uncompressed size (photos and videos included).
    max_total_bytes: int = 200 * GiB
    #: One entry's uncompressed size.
    max_entry_bytes: int = 16 * GiB
    #: One entry that Huella reads (JSON, JS, CSV).
    max_read_entry_bytes: int = 4 * GiB
    #: Uncompressed / compressed, for entries over ``ratio_floor`` bytes.
    max_ratio: int = 250
    ratio_floor: int = 4 * MiB
    #: Files up to this size are parsed whole; larger ones are streamed record by record.
    small_file_bytes: int = 2 * MiB
    #: The input one streamed record may span: bounds memory whatever the file's size.
    max_record_bytes: int = 2 * MiB
    #: How much of a large file is read at a time when it is streamed.
    stream_chunk_bytes: int = 1024 * 1024
    #: How deep JSON may nest (estimated from the brackets read): ijson's memory grows with
    #: the square of the depth, and real exports nest fewer than 30 levels.
    max_depth: int = 2000


LIMITS = Limits()


@dataclass(frozen=True, slots=True)
class Entry:
    name: str
    #: The name as path patterns see it (see :func:`~privacy_audit.imports.tables.norm_name`).
    parts: tuple[str, ...]
    size: int


class Meter:
    """Counts the bytes read across entries; reports progress and honours Cancel."""

    def __init__(
        self,
        total: int = 0,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> None:
        self.total = total
        self.done = 0
        self._progress = progress
        self._cancelled = cancelled
        self._last = 0

    def add(self, n: int) -> None:
        self.done += n
        if self._cancelled is not None and self._cancelled():
            raise Cancelled()
        if self._progress is not None and (self.done - self._last >= MiB or n == 0):
            self._last = self.done
            self._progress(self.done, max(self.total, self.done))

    def check(self) -> None:
        if self._cancelled is not None and self._cancelled():
            raise Cancelled()


class Source(Protocol):
    label: str
    entries: tuple[Entry, ...]
    #: True for one file opened alone (not a zip or folder).
    single: bool

    def open(self, entry: Entry) -> IO[bytes]: ...

    def close(self) -> None: ...


def _refuse_special(st: os.stat_result, shown: str) -> None:
    if stat.S_ISLNK(st.st_mode):
        raise DownloadRefused("symlink", name=shown)
    if not (stat.S_ISREG(st.st_mode) or stat.S_ISDIR(st.st_mode)):
        raise DownloadRefused("special", name=shown)


def _open_regular(path: str, shown: str) -> IO[bytes]:
    """Open a file for reading without following a link and without blocking on a pipe."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        if os.path.islink(path):
            raise DownloadRefused("symlink", name=shown) from None
        raise DownloadRefused("cannot_open", name=shown, reason=str(exc.strerror)) from None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            _refuse_special(st, shown)
            raise DownloadRefused("special", name=shown)
        os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def _check_name(name: str) -> None:
    bad = (
        not name
        or "\x00" in name
        or name.startswith(("/", "\\"))
        or (len(name) > 1 and name[1] == ":")
        or ".." in PurePosixPath(name.replace("\\", "/")).parts
    )
    if bad:
        raise DownloadRefused("traversal", entry=repr(name[:60]))


def _parts(name: str) -> tuple[str, ...]:
    return tuple(p for p in norm_name(name).split("/") if p)


class ZipSource:
    single = False

    def __init__(self, path: Path, limits: Limits) -> None:
        self.label = path.name
        self._fh = _open_regular(str(path), path.name)
        try:
            try:
                self._zip = zipfile.ZipFile(self._fh)
            except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError):
                raise DownloadRefused("not_zip", name=path.name) from None
            self.entries = self._check(limits)
        except BaseException:
            self._fh.close()
            raise
        self.limits = limits

    def _check(self, limits: Limits) -> tuple[Entry, ...]:
        infos = self._zip.infolist()
        if len(infos) > limits.max_entries:
            raise DownloadRefused("too_many", count=len(infos))
        total = 0
        out: list[Entry] = []
        for info in infos:
            _check_name(info.filename)
            mode = info.external_attr >> 16
            if stat.S_ISLNK(mode):
                raise DownloadRefused("zip_symlink")
            if info.flag_bits & 0x1:
                raise DownloadRefused("encrypted")
            if info.is_dir():
                continue
            total += info.file_size
            if info.file_size > limits.max_entry_bytes or total > limits.max_total_bytes:
                raise DownloadRefused("bomb_size")
            if info.file_size > limits.ratio_floor and info.file_size > limits.max_ratio * max(
                info.compress_size, 1
            ):
                raise DownloadRefused("bomb_ratio")
            if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                # bzip2/lzma work too, but no platform uses them; be strict about oddities.
                if info.compress_type not in (zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA):
                    raise DownloadRefused("method")
            out.append(Entry(info.filename, _parts(info.filename), info.file_size))
        return tuple(out)

    def open(self, entry: Entry) -> IO[bytes]:
        try:
            return self._zip.open(entry.name)
        except (zipfile.BadZipFile, zlib.error, OSError, EOFError, NotImplementedError):
            raise DownloadRefused("damaged", entry=entry.name[-60:]) from None

    def close(self) -> None:
        self._zip.close()
        self._fh.close()


class FolderSource:
    single = False

    def __init__(self, path: Path, limits: Limits) -> None:
        self.label = path.name
        self.root = path
        out: list[Entry] = []
        total = 0
        stack = [path]
        while stack:
            folder = stack.pop()
            try:
                it = os.scandir(folder)
            except OSError as exc:
                raise DownloadRefused(
                    "cannot_open", name=folder.name, reason=str(exc.strerror)
                ) from None
            with it:
                for d in it:
                    st = d.stat(follow_symlinks=False)
                    rel = os.path.relpath(d.path, path).replace(os.sep, "/")
                    if stat.S_ISLNK(st.st_mode):
                        raise DownloadRefused("folder_symlink", entry=rel[-60:])
                    if stat.S_ISDIR(st.st_mode):
                        stack.append(Path(d.path))
                        continue
                    if not stat.S_ISREG(st.st_mode):
                        raise DownloadRefused("folder_special", entry=rel[-60:])
                    total += st.st_size
                    out.append(Entry(rel, _parts(rel), st.st_size))
                    if len(out) > limits.max_entries or total > limits.max_total_bytes:
                        raise DownloadRefused("folder_too_big")
        out.sort(key=lambda e: e.name)
        self.entries = tuple(out)

    def open(self, entry: Entry) -> IO[bytes]:
        return _open_regular(str(self.root / entry.name), entry.name[-60:])

    def close(self) -> None:
        pass


class FileSource:
    """One export file on its own (the Timeline.json a phone exports, TikTok's JSON)."""

    single = True

    def __init__(self, path: Path) -> None:
        self.label = path.name
        self.path = path
        size = os.stat(path).st_size
        self.entries: tuple[Entry, ...] = (Entry(path.name, _parts(path.name), size),)

    def open(self, entry: Entry) -> IO[bytes]:
        return _open_regular(str(self.path), self.label)

    def close(self) -> None:
        pass


def open_source(path: Path, limits: Limits = LIMITS) -> Source:
    """The download at *path*, checked; raise :class:`DownloadRefused` with one sentence."""
    shown = path.name or str(path)
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        raise DownloadRefused("missing", name=shown) from None
    except OSError as exc:
        raise DownloadRefused("cannot_open", name=shown, reason=str(exc.strerror)) from None
    if stat.S_ISLNK(st.st_mode):
        # A link the person chose is fine to follow, once, to a regular file or folder.
        try:
            st = os.stat(path)
        except OSError:
            raise DownloadRefused("broken_link", name=shown) from None
    _refuse_special(st, shown)
    if stat.S_ISDIR(st.st_mode):
        return FolderSource(path, limits)
    with _open_regular(str(path), shown) as fh:
        head = fh.read(4)
    if head[:2] == b"PK":
        return ZipSource(path, limits)
    suffix = path.suffix.lower()
    if suffix in (".json", ".js"):
        if st.st_size > limits.max_read_entry_bytes:
            raise DownloadRefused("too_large", name=shown)
        return FileSource(path)
    raise DownloadRefused("not_download_file", name=shown)


class CountingReader:
    """A read-only stream over one entry that counts bytes, reports progress, obeys Cancel,
    and refuses a single record larger than ``max_record_bytes`` (memory stays bounded)."""

    def __init__(self, raw: IO[bytes], meter: Meter, entry: Entry, limits: Limits) -> None:
        self.raw = raw
        self.meter = meter
        self.entry = entry
        self.limits = limits
        self.read_total = 0
        #: Opening minus closing brackets so far (never below 0): a cheap upper estimate
        #: of the nesting depth (brackets inside strings count too, and are rare).
        self.depth = 0
        #: Bytes read since the last record was handed out; None when not watching.
        self.since_record: int | None = None

    def read(self, n: int = -1) -> bytes:
        if n is None or n < 0:
            n = 1 << 16
        try:
            data = self.raw.read(n)
        except (zipfile.BadZipFile, zlib.error, EOFError):
            raise DownloadRefused("damaged", entry=self.entry.name[-60:]) from None
        k = len(data)
        if self.read_total == 0 and data.startswith(b"\xef\xbb\xbf"):
            data = data[3:]  # a UTF-8 byte order mark: ijson would stop at it
        self.read_total += k
        if self.read_total > self.limits.max_read_entry_bytes:
            raise DownloadRefused("too_large", name=self.entry.name[-60:])
        if self.since_record is not None:
            self.since_record += k
            if self.since_record > self.limits.max_record_bytes + (1 << 16):
                raise RecordTooLarge(self.entry.name)
        if k:
            opens = data.count(b"[") + data.count(b"{")
            closes = data.count(b"]") + data.count(b"}")
            self.depth = max(0, self.depth + opens - closes)
            if self.depth > self.limits.max_depth:
                raise RecordTooLarge(self.entry.name)
        self.meter.add(k)
        return data

    def close(self) -> None:
        self.raw.close()

    def record_done(self) -> None:
        if self.since_record is not None:
            self.since_record = 0


class RecordTooLarge(Exception):
    """One record spans more input than a real one would; the rest of the file is skipped."""
