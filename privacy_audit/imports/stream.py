"""Records out of one export file, with memory bounded whatever the file's size.

Files up to ``Limits.small_file_bytes`` are parsed whole (fast, and small). Larger files are
streamed one record at a time: the common shapes (a bare list, or ``{"key": [...]}``) through
a bounded text window that the standard library's C decoder reads record by record, anything
else through ijson's event parser. No record may
span more than ``Limits.max_record_bytes`` of input, so the memory a file can cost is bounded
by that, not by the file (see docs/data-downloads.md).
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import re
from collections.abc import Callable, Iterator, Sequence
from typing import Any

import ijson

from privacy_audit.imports.archive import CountingReader, Limits, RecordTooLarge

__all__ = ["UnreadableFile", "fix_mojibake", "iter_records"]

#: Events one streamed record may have (each builds at most one small object).
MAX_RECORD_EVENTS = 200_000


class UnreadableFile(Exception):
    """The file is not the JSON/CSV it should be; its section is skipped, the rest is read."""


def fix_mojibake(value: Any) -> Any:
    """Undo Meta's encoding slip (UTF-8 bytes written as Latin-1 escapes), keys included.

    ``"Mu\\u00c3\\u00b1oz"`` becomes ``"Muñoz"``. A string that is not such a slip is kept.
    Meta only: X and TikTok write real UTF-8, and repairing it would damage it.
    """
    if isinstance(value, str):
        if value.isascii():
            return value
        try:
            return value.encode("latin-1").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            return value
    if isinstance(value, list):
        return [fix_mojibake(v) for v in value]
    if isinstance(value, dict):
        return {fix_mojibake(k): fix_mojibake(v) for k, v in value.items()}
    return value


class _JsPrefix:
    """X's data files are ``window.YTD.<name>.part0 = [ ... ]``: skip up to the ``=``."""

    def __init__(self, raw: CountingReader) -> None:
        self.raw = raw
        head = b""
        while b"=" not in head and len(head) < 4096:
            chunk = raw.read(1024)
            if not chunk:
                break
            head += chunk
        lead, eq, rest = head.partition(b"=")
        if not eq or not lead.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"window."):
            raise UnreadableFile("not an X data file (no window.YTD... = at the start)")
        self.buf = rest

    def close(self) -> None:
        self.raw.close()

    def read(self, n: int = -1) -> bytes:
        if n == 0:  # ijson asks read(0) to learn whether the stream gives bytes or text
            return b""
        if self.buf:
            out, self.buf = self.buf, b""
            return out
        return self.raw.read(n)


def _navigate(doc: Any, key: str) -> tuple[bool, Any]:
    cur = doc
    if key not in ("", "."):
        for part in key.split("."):
            if not isinstance(cur, dict) or part not in cur:
                return False, None
            cur = cur[part]
    return True, cur


def _small(reader: Any, keys: Sequence[str]) -> Iterator[tuple[str, Any]]:
    data = reader.read()
    while True:
        more = reader.read(1 << 16)
        if not more:
            break
        data += more
    if not data.strip():
        return  # an empty file: present, holding nothing
    try:
        doc = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise UnreadableFile(type(exc).__name__) from None
    del data
    for key in keys:
        names = key.endswith(".*")
        found, value = _navigate(doc, key[:-2] if names else key)
        if not found:
            continue
        if names:
            if isinstance(value, dict):
                for name in value:
                    yield key, name
        elif key == "":
            if isinstance(value, list):
                for v in value:
                    yield key, v
        elif isinstance(value, list):
            for v in value:
                yield key, v
        else:
            yield key, value


class _Peek:
    def __init__(self) -> None:
        self.root = ""  # "list", "map" or ""
        self.first_key: str | None = None
        self.first_value = ""  # event type of the first key's value


def _peek(open_again: Callable[[], Any]) -> _Peek:
    out = _Peek()
    fh = open_again()
    try:
        head = fh.read(1 << 16)
    finally:
        close = getattr(fh, "close", None)
        if close is not None:
            close()
    try:
        events = ijson.parse(io.BytesIO(head))
        for prefix, event, value in events:
            if not out.root:
                out.root = {"start_array": "list", "start_map": "map"}.get(event, "scalar")
                if out.root != "map":
                    break
                continue
            if prefix == "" and event == "map_key" and out.first_key is None:
                out.first_key = str(value)
                continue
            if out.first_key is not None:
                out.first_value = event
                break
    except ijson.common.IncompleteJSONError:
        pass
    except ijson.common.JSONError:
        pass
    return out


_WS = re.compile(r"[ \t\n\r]*")
_SEP = re.compile(r"[ \t\n\r]*(,?)[ \t\n\r]*")


def _list_records(
    reader: CountingReader | _JsPrefix, key: str, limits: Limits
) -> Iterator[tuple[str, Any]]:
    """The elements of a top-level list (*key* ``""``) or of ``{"key": [...]}``, one at a
    time, decoded by the standard library's C decoder from a bounded text window.

    About 3-5 times faster than building them with ijson; the window never holds more than
    one record (at most ``max_record_bytes`` of input) plus one read.
    """
    text = codecs.getincrementaldecoder("utf-8-sig")()
    chunk = limits.stream_chunk_bytes
    buf = ""
    pos = 0
    eof = False

    def more() -> None:
        nonlocal buf, pos, eof
        data = reader.read(chunk)
        eof = not data
        buf = buf[pos:] + text.decode(data, final=eof)
        pos = 0

    def skip_ws() -> None:
        nonlocal pos
        while True:
            m = _WS.match(buf, pos)
            pos = m.end() if m else pos
            if pos < len(buf) or eof:
                return
            more()

    opening = re.compile(r"\{\s*" + re.escape(json.dumps(key)) + r"\s*:\s*\[" if key else r"\[")
    while True:  # the list's opening bracket (a key may be spread over reads)
        skip_ws()
        m = opening.match(buf, pos)
        if m:
            pos = m.end()
            break
        if eof or len(buf) - pos > 4096:
            raise UnreadableFile("not the expected list")
        more()
    # The C scanner, without raw_decode's Python frame (an attribute typeshed does not list).
    scan: Any = json.JSONDecoder().scan_once  # type: ignore[attr-defined]
    first = True
    while True:
        m = _SEP.match(buf, pos)
        assert m is not None  # the pattern matches the empty string
        comma = bool(m.group(1))
        pos = m.end()
        while pos >= len(buf) and not eof:  # the separator ran to the window's edge
            more()
            m = _SEP.match(buf, pos)
            assert m is not None
            comma = comma or bool(m.group(1))
            pos = m.end()
        if pos >= len(buf):
            raise UnreadableFile("the list is not closed")
        if buf[pos] == "]" and not comma:
            return  # what follows (a wrapper's closing brace) holds nothing we read
        if comma == first:  # a comma before the first record, or none between two
            raise UnreadableFile("records not separated by commas")
        while True:
            try:
                rec, end = scan(buf, pos)
            except (StopIteration, json.JSONDecodeError):
                rec, end = None, -1
            except RecursionError:
                raise UnreadableFile("nested too deeply") from None
            # A record is complete when it decoded and did not end at the window's edge
            # (a number could go on in the next read); objects and lists always close.
            if end >= 0 and (end < len(buf) or eof or isinstance(rec, dict | list)):
                break
            if eof:
                raise UnreadableFile("a record is cut off")
            if len(buf) - pos > limits.max_record_bytes:
                raise RecordTooLarge("record")
            more()
        pos = end
        first = False
        yield key, rec


def _events(reader: CountingReader | _JsPrefix, keys: Sequence[str]) -> Iterator[tuple[str, Any]]:
    counting = reader.raw if isinstance(reader, _JsPrefix) else reader
    # "" = elements of a top-level list; "." = the top value whole; "P.*" = entry names at P
    names = {k[:-2]: k for k in keys if k.endswith(".*")}
    whole = {("" if k == "." else k): k for k in keys if k and not k.endswith(".*")}
    items = {(f"{k}.item" if k else "item"): k for k in keys if k != "." and not k.endswith(".*")}
    builder: Any = None
    depth = 0
    events = 0
    key = ""
    counting.since_record = 0
    try:
        for prefix, event, value in ijson.parse(reader, use_float=True):
            if builder is None:
                counting.record_done()
                if event == "map_key" and prefix in names:
                    yield names[prefix], value
                    continue
                k = items.get(prefix)
                if k is None:
                    k = whole.get(prefix)
                    if k is None or event == "start_array" or event == "map_key":
                        continue
                if event in ("start_map", "start_array"):
                    builder = ijson.ObjectBuilder()
                    builder.event(event, value)
                    depth, events, key = 1, 1, k
                elif event not in ("end_map", "end_array", "map_key"):
                    yield k, value
                continue
            builder.event(event, value)
            events += 1
            if events > MAX_RECORD_EVENTS:
                raise RecordTooLarge("events")
            if event in ("start_map", "start_array"):
                depth += 1
            elif event in ("end_map", "end_array"):
                depth -= 1
                if depth == 0:
                    record = builder.value
                    builder = None
                    counting.record_done()
                    yield key, record
    finally:
        counting.since_record = None


def _csv_rows(reader: CountingReader, limits: Limits) -> Iterator[tuple[str, Any]]:
    decoder = codecs.getincrementaldecoder("utf-8-sig")(errors="replace")

    def lines() -> Iterator[str]:
        pending = ""
        while True:
            chunk = reader.read(1 << 16)
            text = decoder.decode(chunk, final=not chunk)
            pending += text
            if len(pending) > limits.max_record_bytes and "\n" not in pending:
                raise RecordTooLarge("line")
            *done, pending = pending.split("\n")
            for line in done:
                yield line + "\n"
            if not chunk:
                if pending:
                    yield pending
                return

    try:
        rows = csv.reader(lines())
        header = next(rows, None)
        if header is None:
            return
        for row in rows:
            if row:
                yield "", dict(zip(header, row, strict=False))
    except csv.Error as exc:
        raise UnreadableFile(str(exc)) from None


def iter_records(
    open_entry: Callable[[], CountingReader],
    size: int,
    keys: Sequence[str],
    kind: str,
    limits: Limits,
) -> Iterator[tuple[str, Any]]:
    """(key, record) for every record under *keys* in one file; see the module docstring.

    Raises :class:`UnreadableFile` when the file is not what it should be, and
    :class:`~privacy_audit.imports.archive.RecordTooLarge` when one record is too large.
    """
    reader = open_entry()
    try:
        if kind == "csv":
            yield from _csv_rows(reader, limits)
            return
        src: CountingReader | _JsPrefix = _JsPrefix(reader) if kind == "js" else reader
        try:
            if size <= limits.small_file_bytes:
                yield from _small(src, keys)
                return
            peek = _peek(open_entry if kind != "js" else lambda: _JsPrefix(open_entry()))
            if peek.root == "list" and "" in keys:
                yield from _list_records(src, "", limits)
            elif (
                peek.root == "map"
                and peek.first_key
                and [k for k in keys if k] == [peek.first_key]  # nothing else to look for
                and peek.first_value == "start_array"
                and "." not in peek.first_key
            ):
                yield from _list_records(src, peek.first_key, limits)
            else:
                yield from _events(src, keys)
        except (ijson.common.JSONError, UnicodeDecodeError, ValueError) as exc:
            raise UnreadableFile(type(exc).__name__) from None
    finally:
        reader.raw.close()
