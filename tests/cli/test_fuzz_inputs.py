"""Fuzzing the files a person hands to the command line: answers files and content files.

Every run must end as documented: exit 0, or exit 2 with a clear message (one line for an
answers file; the list of problems for content). Never "unexpected problem" (exit 1), never a
traceback. ``main()`` runs in-process (it is what the ``privacy-audit`` command runs), so
hundreds of inputs take seconds.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from privacy_audit.cli import main

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = (ROOT / "examples" / "rosa.json").read_bytes()
FUZZ = settings(
    deadline=None,
    max_examples=150,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

json_leaf = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**50), max_value=10**50),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=30),
    st.sampled_from(["huella-answers", "facebook", "fb_phone", "yes", "unsure", ""]),
)
json_value = st.recursive(
    json_leaf,
    lambda kids: st.one_of(
        st.lists(kids, max_size=5), st.dictionaries(st.text(max_size=12), kids, max_size=5)
    ),
    max_leaves=25,
)


@st.composite
def answers_documents(draw: st.DrawFn) -> bytes:
    kind = draw(st.sampled_from(["shaped", "any-json", "mutated", "bytes", "huge"]))
    if kind == "shaped":
        doc = {
            "format": draw(st.sampled_from(["huella-answers", "other", 1])),
            "version": draw(st.one_of(st.just(1), st.integers(), json_leaf)),
            "answers": draw(
                st.one_of(st.dictionaries(st.text(max_size=20), json_value), json_value)
            ),
        }
        if draw(st.booleans()):
            doc["platforms"] = draw(st.one_of(st.lists(st.text(max_size=12)), json_value))
        return json.dumps(doc, allow_nan=True).encode("utf-8")
    if kind == "any-json":
        return json.dumps(draw(json_value), allow_nan=True).encode("utf-8")
    if kind == "mutated":  # the real example with a few bytes changed, cut or added
        data = bytearray(EXAMPLE)
        for _ in range(draw(st.integers(1, 6))):
            op = draw(st.sampled_from(["flip", "cut", "insert"]))
            at = draw(st.integers(0, len(data) - 1)) if data else 0
            if op == "flip" and data:
                data[at] ^= draw(st.integers(1, 255))
            elif op == "cut":
                del data[at : at + draw(st.integers(1, 40))]
            else:
                data[at:at] = draw(st.binary(min_size=1, max_size=20))
        return bytes(data)
    if kind == "huge":
        digits = draw(st.integers(4000, 6000))
        return (
            b'{"format": "huella-answers", "version": 1, "answers": {"x": ' + b"7" * digits + b"}}"
        )
    return draw(st.binary(max_size=300))


@pytest.fixture(scope="module")
def scratch() -> Iterator[Path]:
    with tempfile.TemporaryDirectory() as d:
        yield Path(d)


def _documented(code: int, err: str, *, one_line: bool) -> None:
    assert code in (0, 2), err
    assert "unexpected problem" not in err and "Traceback" not in err, err
    if code == 2:
        assert err.startswith("privacy-audit: "), err
        if one_line:
            assert len(err.rstrip("\n").splitlines()) == 1, err


@FUZZ
@given(doc=answers_documents())
def test_fuzzed_answers_files_end_as_documented(
    doc: bytes, scratch: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = scratch / "answers.json"
    path.write_bytes(doc)
    code = main(["score", str(path)])
    err = capsys.readouterr().err
    _documented(code, err, one_line=True)


@pytest.fixture(scope="module")
def content_copy(scratch: Path) -> Path:
    copy = scratch / "checks"
    shutil.copytree(ROOT / "checks", copy)
    (copy / "_compiled.jsonl").unlink()
    return copy


TOML_BITS = st.one_of(
    st.text(max_size=80),
    st.sampled_from(
        [
            "x = " + "9" * 5000,
            "x = " + "[" * 2000 + "]" * 2000,
            "[" + ".".join(["k"] * 3000) + "]",
            'id = "\ud800"'.encode("utf-8", "surrogatepass").decode("utf-8", "replace"),
            "tier = 99999999999999999999999999",
            "[[actions]]\nid = 1",
            "as_of = 2026-13-45",
            'as_of = "unknown"',
            "'''",
            '"""',
            "\x00",
        ]
    ),
)


@settings(
    deadline=None,
    max_examples=40,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    file_index=st.integers(0, 1000),
    line_index=st.integers(0, 10_000),
    bit=TOML_BITS,
    replace=st.booleans(),
)
def test_fuzzed_content_files_end_as_documented(
    file_index: int,
    line_index: int,
    bit: str,
    replace: bool,
    content_copy: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    files = sorted(content_copy.glob("*.toml"))
    target = files[file_index % len(files)]
    original = target.read_bytes()
    lines = original.decode("utf-8").splitlines(keepends=True)
    at = line_index % (len(lines) + 1)
    lines[at : at + int(replace)] = [bit + "\n"]
    try:
        target.write_text("".join(lines), encoding="utf-8", errors="surrogatepass")
        code = main(["check-content", str(content_copy)])
        err = capsys.readouterr().err
        _documented(code, err, one_line=False)
    finally:
        target.write_bytes(original)


def test_the_fuzzer_would_see_an_unexpected_exit(
    scratch: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The check above is not vacuous: a bug in the scorer shows up as a failure of it."""
    import privacy_audit.cli.content as cli_content

    def broken(*_args: object, **_kwargs: object) -> object:
        raise KeyError("a bug")

    monkeypatch.setattr(cli_content, "load_answers_file", broken)
    path = scratch / "answers.json"
    path.write_bytes(EXAMPLE)
    code = main(["score", str(path)])
    err = capsys.readouterr().err
    with pytest.raises(AssertionError):
        _documented(code, err, one_line=True)
