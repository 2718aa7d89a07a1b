"""The pre-validated copy of the built-in content: ``checks/_compiled.jsonl``.

Validating the TOML content needs pydantic, which alone costs a person on an old laptop
~0.2 s and ~15 MiB at every start. So the built-in ``checks/`` ships with this copy of the
content that has already passed every check of the loader, written by
``privacy-audit check-content --compile``. The app rebuilds the dataclasses from it directly.

The copy is used only when it still describes the content: it records the name, size and
CRC-32 of every ``checks/*.toml`` and the schema's fields with their types. When a content
author edits a TOML file, that no longer matches and the loader validates the TOML as before
(slower, never wrong); a test keeps the committed copy up to date. It is never used for a
content folder other than the built-in one.

The check guards against a stale copy, not against tampering: whoever can change the files of
``checks/`` can change the code beside them. (A CRC rather than SHA-256 because ``hashlib``
loads OpenSSL, ~3.5 MiB of memory at start-up; ``zlib`` is already loaded by Qt.)
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from privacy_audit.content import model

COMPILED_FILE = "_compiled.jsonl"
LADDER = "_ladder.toml"
FORMAT = "huella-compiled-content"
VERSION = 1

Convert = Callable[[Any], Any]


def digest(root: Path) -> dict[str, Any]:
    """What the copy was made from: the schema's fields and each ``*.toml``'s size and CRC."""
    schema = ";".join(
        f"{cls.__name__}({','.join(f'{f.name}:{f.type}' for f in dataclasses.fields(cls))})"
        for cls in model.MODEL_CLASSES
    )
    files = {}
    for path in sorted(root.glob("*.toml")):
        data = path.read_bytes()
        files[path.name] = f"{len(data)}:{zlib.crc32(data):08x}"
    return {"schema": f"{zlib.crc32(schema.encode()):08x}", "files": files}


# -- writing ----------------------------------------------------------------------------


def to_data(obj: Any) -> Any:
    """A dataclass tree as JSON-ready data; fields left at their default are omitted."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        out: dict[str, Any] = {}
        for f in dataclasses.fields(obj):
            value = getattr(obj, f.name)
            if f.default is not dataclasses.MISSING and value == f.default:
                continue
            if f.default_factory is not dataclasses.MISSING and value == f.default_factory():
                continue
            out[f.name] = to_data(value)
        return out
    if isinstance(obj, (list, tuple)):
        return [to_data(x) for x in obj]
    if isinstance(obj, dict):
        return {k: to_data(v) for k, v in obj.items()}
    return obj


def render(root: Path, ladder: model.Ladder, files: list[tuple[str, Any]]) -> str:
    """The text of ``_compiled.json`` for validated content read from *root*.

    *files* are (file name, validated file) in the order the loader read them. The text is
    JSON Lines: a header, the ladder, then one line per file, so reading it never holds more
    than one file's parsed data at a time.
    """
    header = {"format": FORMAT, "version": VERSION, "digest": digest(root)}
    lines = [header, {"name": LADDER, "kind": "ladder", "data": to_data(ladder)}]
    for name, obj in files:
        kind = "personas" if isinstance(obj, model.PersonaFile) else "platform"
        lines.append({"name": name, "kind": kind, "data": to_data(obj)})
    return "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines)


# -- reading ----------------------------------------------------------------------------


def is_current(root: Path) -> bool:
    """True when *root* has a compiled copy made from exactly its TOML files."""
    try:
        with (root / COMPILED_FILE).open(encoding="utf-8") as fh:
            header = json.loads(fh.readline())
    except (OSError, ValueError):
        return False
    return _matches(header, root)


def _matches(header: Any, root: Path) -> bool:
    """True when *header* is a copy's header made from exactly *root*'s TOML files."""
    return (
        isinstance(header, dict)
        and header.get("format") == FORMAT
        and header.get("version") == VERSION
        and header.get("digest") == digest(root)
    )


_BUILDERS: dict[type, Convert] = {}


def _converter(tp: Any) -> Convert | None:
    """How to turn JSON data into a value of type *tp* (None: it is already one)."""
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin is typing.Annotated:
        return _converter(args[0])
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        return builder(tp)
    if origin is list:
        item = _converter(args[0])
        if item is None:
            return list
        return lambda v: [item(x) for x in v]
    if origin is dict:
        value = _converter(args[1])
        if value is None:
            return dict
        return lambda v: {k: value(x) for k, x in v.items()}
    if origin in (typing.Union, types.UnionType):
        rest = [a for a in args if a is not type(None)]
        inner = _converter(rest[0]) if len(rest) == 1 else None
        if inner is None:
            return None
        present: Convert = inner
        return lambda v: None if v is None else present(v)
    return None


def builder(cls: type) -> Convert:
    """A function that builds a *cls* from its JSON data (unknown keys are an error)."""
    found = _BUILDERS.get(cls)
    if found is not None:
        return found
    hints = typing.get_type_hints(cls, vars(model), include_extras=True)
    fields = [(f.name, _converter(hints[f.name])) for f in dataclasses.fields(cls)]
    convert = {name: conv for name, conv in fields if conv is not None}

    def build(data: dict[str, Any]) -> Any:
        kwargs = {k: (convert[k](v) if k in convert else v) for k, v in data.items()}
        return cls(**kwargs)

    _BUILDERS[cls] = build
    return build


def read(root: Path) -> tuple[model.Ladder, list[tuple[str, Any]]] | None:
    """The compiled content of *root*, or None when there is none or it is out of date."""
    try:
        fh = (root / COMPILED_FILE).open(encoding="utf-8")
    except OSError:
        return None
    kinds: dict[str, type] = {
        "ladder": model.Ladder,
        "personas": model.PersonaFile,
        "platform": model.PlatformFile,
    }
    with fh:
        if not _matches(json.loads(fh.readline()), root):
            return None
        files = []
        for line in fh:
            entry = json.loads(line)
            files.append((entry["name"], builder(kinds[entry["kind"]])(entry["data"])))
    ladder = files.pop(0)[1]
    if not isinstance(ladder, model.Ladder):
        raise ValueError("the ladder must come first")
    return ladder, files
