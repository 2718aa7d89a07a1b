"""Streaming large files: the bounded window decodes exactly what json.loads would."""

from __future__ import annotations

import io
import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from privacy_audit.imports.archive import CountingReader, Entry, Limits, Meter, RecordTooLarge
from privacy_audit.imports.stream import UnreadableFile, iter_records

TRICKY = [
    {"text": 'a ] b } c , d " e \\ f', "n": 12345678901234567890, "f": -1.5e-3},
    {"empty": [], "nested": {"a": [[], {}, [1, [2, [3]]]]}, "emoji": "😀 ñ"},
    12345,
    "a string record",
    None,
    True,
    [1, 2, 3],
    {"label_values": [{"label": "Reacci\u00c3\u00b3n", "value": "x"}]},
]


def opener(data: bytes, limits: Limits) -> Any:
    entry = Entry("x.json", ("x.json",), len(data))

    def open_entry() -> CountingReader:
        return CountingReader(io.BytesIO(data), Meter(), entry, limits)

    return open_entry


def records(data: bytes, keys: tuple[str, ...], chunk: int, **kw: int) -> list[Any]:
    limits = Limits(small_file_bytes=0, stream_chunk_bytes=chunk, **kw)
    return [r for _k, r in iter_records(opener(data, limits), len(data), keys, "json", limits)]


@pytest.mark.parametrize("chunk", [1, 2, 7, 64, 1 << 20])
@pytest.mark.parametrize("indent", [None, 2])
def test_bare_and_wrapped_lists_at_every_chunk_size(chunk: int, indent: int | None) -> None:
    bare = json.dumps(TRICKY, indent=indent).encode()
    assert records(bare, ("",), chunk) == TRICKY
    wrapped = json.dumps({"reactions_v2": TRICKY, "other": [1]}, indent=indent).encode()
    assert records(wrapped, ("reactions_v2",), chunk) == TRICKY
    # Meta writes empty lists over three lines, with a UTF-8 byte order mark at times
    meta = b'\xef\xbb\xbf{\n  "friends_v2": [\n    \n  ]\n}'
    assert records(meta, ("friends_v2",), chunk) == []


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.recursive(
            st.none() | st.booleans() | st.integers() | st.text(max_size=12),
            lambda c: st.lists(c, max_size=3) | st.dictionaries(st.text(max_size=5), c, max_size=3),
            max_leaves=10,
        ),
        max_size=8,
    ),
    st.integers(min_value=1, max_value=40),
)
def test_any_list_decodes_like_json_loads(items: list[Any], chunk: int) -> None:
    data = json.dumps(items, ensure_ascii=False).encode()
    assert records(data, ("",), chunk) == items


@pytest.mark.parametrize(
    "data",
    [b"[1, 2", b'[{"a": 1} {"b": 2}]', b'[{"a": ', b"[1, 2, }", b'{"k": [1, 2'],
)
def test_broken_lists_are_unreadable(data: bytes) -> None:
    with pytest.raises(UnreadableFile):
        records(data, ("", "k"), 3)


def test_a_record_larger_than_the_window_is_refused() -> None:
    data = json.dumps([{"x": "y" * 5000}, {"x": 1}]).encode()
    with pytest.raises(RecordTooLarge):
        records(data, ("",), 512, max_record_bytes=1024)
    assert records(data, ("",), 512, max_record_bytes=8192)[1] == {"x": 1}
