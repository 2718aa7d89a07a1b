"""Where each platform keeps what in its data download: path and key tables, kept as data.

The tables live in ``checks/exports/<platform>.toml`` (format ``huella-exports``, version 1;
see ``docs/data-downloads.md``), so a signed content pack can follow a platform's format
drift without a new release. The main content loader reads only ``checks/*.toml``; these
files sit in a subfolder and are checked here.

A *path pattern* names the last folders and the file of an entry, never a full path:
``posts/your_posts_*.json`` matches ``facebook-x-2022/posts/your_posts_1.json`` and
``your_facebook_activity/posts/your_posts_1.json`` alike. Each ``/``-separated part is a
shell pattern (``*``, ``?``, ``[0-9]``), compared without case, and ``'`` and ``’`` count as
``_`` (some unzip tools rewrite ``you've`` as ``you_ve``).
"""

from __future__ import annotations

import fnmatch
import os
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from privacy_audit.errors import ContentError
from privacy_audit.paths import content_dir

__all__ = [
    "FORMAT",
    "PLATFORMS",
    "VERSION",
    "ExportTables",
    "FormatVersion",
    "LangText",
    "Section",
    "load_tables",
    "match_pattern",
    "norm_name",
]

FORMAT = "huella-exports"
VERSION = 1
#: The platform ids the readers know, in the order detection tries them.
PLATFORMS = ("facebook", "instagram", "google", "x", "tiktok")

_ID = re.compile(r"^[a-z][a-z0-9_]*$")
_VERSION_ID = re.compile(r"^[0-9a-z][0-9a-z_.-]*$")


@dataclass(frozen=True, slots=True)
class LangText:
    en: str
    es: str

    def get(self, lang: str) -> str:
        return self.es if lang == "es" else self.en


@dataclass(frozen=True, slots=True)
class FormatVersion:
    """One era of a platform's export: recognised by any of its *markers* (path patterns)."""

    id: str
    name: LangText
    markers: tuple[str, ...]
    source: str
    #: A key that, when found in a record, marks this version (Meta's ``label_values``).
    record_key: str = ""


@dataclass(frozen=True, slots=True)
class Section:
    """One kind of data: the files that may hold it and the JSON keys it sits under.

    *keys* are dotted paths from the top of the file; ``""`` is the top itself (a bare
    list of records, or one object). A list under a key yields its elements one by one.
    """

    id: str
    paths: tuple[str, ...]
    keys: tuple[str, ...] = ("",)
    #: ``json``; ``js`` (X's ``window.YTD.<name>.part0 = [...]``); ``csv`` (rows counted);
    #: ``listed``: the files are counted by name and never opened (private messages).
    kind: Literal["json", "js", "csv", "listed"] = "json"
    source: str = ""


@dataclass(frozen=True, slots=True)
class ExportTables:
    platform: str
    name: str
    repair_mojibake: bool
    #: Path patterns that mark an archive (or folder) as this platform's download.
    markers: tuple[str, ...]
    #: Top-level JSON keys that mark a single file as this platform's export.
    file_keys: tuple[str, ...]
    #: Patterns of the HTML files found when the person chose HTML instead of JSON.
    html_markers: tuple[str, ...]
    #: How to ask the platform for a JSON download (shown when only HTML was found).
    html_hint: LangText
    formats: tuple[FormatVersion, ...]
    sections: Mapping[str, Section]
    #: Localised labels and words the readers compare with (e.g. "Private Account").
    labels: Mapping[str, tuple[str, ...]] = field(default_factory=dict)


# -- matching -----------------------------------------------------------------------------


def norm_name(name: str) -> str:
    """An entry name as the patterns see it: ``/``-separated, no case, apostrophes as ``_``."""
    return name.replace("\\", "/").replace("’", "_").replace("'", "_").casefold()


@lru_cache(maxsize=4096)
def _pattern_parts(pattern: str) -> tuple[str, ...]:
    return tuple(norm_name(pattern).strip("/").split("/"))


def match_pattern(pattern: str, parts: tuple[str, ...]) -> bool:
    """Does the normalised entry (its ``/`` parts) end with *pattern*?

    A pattern ending in ``/`` names a folder: it matches any entry inside such a folder.
    """
    folder = pattern.endswith("/")
    want = _pattern_parts(pattern)
    if folder:
        # The folder may sit at any depth, but must not be the file itself.
        n = len(want)
        return any(
            all(fnmatch.fnmatchcase(p, w) for p, w in zip(parts[i : i + n], want, strict=True))
            for i in range(len(parts) - n)
        )
    if len(want) > len(parts):
        return False
    tail = parts[len(parts) - len(want) :]
    return all(fnmatch.fnmatchcase(p, w) for p, w in zip(tail, want, strict=True))


# -- loading and checking -----------------------------------------------------------------


class _Problems:
    def __init__(self, where: str) -> None:
        self.where = where
        self.items: list[str] = []

    def add(self, field_: str, message: str) -> None:
        self.items.append(f"{self.where}: {field_}: {message}")


def _text(data: Mapping[str, Any], key: str, probs: _Problems, *, required: bool = True) -> str:
    v = data.get(key, "")
    if not isinstance(v, str) or (required and not v.strip()):
        probs.add(key, "must be a non-empty text")
        return ""
    return v


def _lang_text(data: Mapping[str, Any], key: str, probs: _Problems) -> LangText:
    raw = data.get(key, {})
    if not isinstance(raw, dict) or set(raw) != {"en", "es"}:
        probs.add(key, "must be { en = ..., es = ... }")
        return LangText("", "")
    en, es = raw["en"], raw["es"]
    if not (isinstance(en, str) and isinstance(es, str) and en.strip() and es.strip()):
        probs.add(key, "en and es must be non-empty texts")
    elif en == es:
        probs.add(key, "Spanish must not be a copy of English")
    else:
        return LangText(en, es)
    return LangText("", "")


def _patterns(
    data: Mapping[str, Any], key: str, probs: _Problems, *, required: bool
) -> tuple[str, ...]:
    v = data.get(key, [])
    if not isinstance(v, list) or not all(isinstance(x, str) and x.strip() for x in v):
        probs.add(key, "must be a list of path patterns (texts)")
        return ()
    if required and not v:
        probs.add(key, "needs at least one path pattern")
    for x in v:
        if x.startswith("/") or ".." in x.split("/"):
            probs.add(key, f"{x!r}: a pattern names the end of a path (no leading / or ..)")
    return tuple(v)


_TOP = {
    "format",
    "version",
    "platform",
    "name",
    "repair_mojibake",
    "markers",
    "file_keys",
    "html_markers",
    "html_hint",
    "formats",
    "sections",
    "labels",
}


def parse_tables(data: Mapping[str, Any], where: str) -> ExportTables:
    """Check one parsed tables file; every problem is named (file, entry, field)."""
    probs = _Problems(where)
    for key in data:
        if key not in _TOP:
            probs.add(key, "not a field of an exports table (check the spelling)")
    if data.get("format") != FORMAT:
        probs.add("format", f'must be "{FORMAT}"')
    if data.get("version") != VERSION:
        probs.add("version", f"must be {VERSION}")
    platform = _text(data, "platform", probs)
    if platform and platform not in PLATFORMS:
        probs.add("platform", f"must be one of {', '.join(PLATFORMS)}")
    if platform and Path(where).stem != platform:
        probs.add("platform", "must equal the file name")
    name = _text(data, "name", probs)
    mojibake = data.get("repair_mojibake", False)
    if not isinstance(mojibake, bool):
        probs.add("repair_mojibake", "must be true or false")
        mojibake = False
    markers = _patterns(data, "markers", probs, required=True)
    file_keys = _patterns(data, "file_keys", probs, required=False)
    html_markers = _patterns(data, "html_markers", probs, required=False)
    hint = _lang_text(data, "html_hint", probs)

    formats: list[FormatVersion] = []
    raw_formats = data.get("formats", [])
    if not isinstance(raw_formats, list) or not raw_formats:
        probs.add("formats", "needs at least one [[formats]] entry")
        raw_formats = []
    seen: set[str] = set()
    for i, f in enumerate(raw_formats):
        fp = _Problems(f"{where}: formats[{i}]")
        if not isinstance(f, dict):
            fp.add("formats", "must be a table")
            probs.items += fp.items
            continue
        for key in f:
            if key not in {"id", "name", "markers", "source", "record_key"}:
                fp.add(key, "not a field of a format (check the spelling)")
        fid = _text(f, "id", fp)
        if fid and not _VERSION_ID.match(fid):
            fp.add("id", "lowercase letters, digits, '.', '-' or '_'")
        if fid in seen:
            fp.add("id", f"{fid!r} is used twice")
        seen.add(fid)
        record_key = f.get("record_key", "")
        if not isinstance(record_key, str):
            fp.add("record_key", "must be a text")
            record_key = ""
        # A format without markers is named by its reader (from the records it sees).
        fmarkers = _patterns(f, "markers", fp, required=False)
        formats.append(
            FormatVersion(
                fid, _lang_text(f, "name", fp), fmarkers, _text(f, "source", fp), record_key
            )
        )
        probs.items += fp.items

    sections: dict[str, Section] = {}
    raw_sections = data.get("sections", [])
    if not isinstance(raw_sections, list) or not raw_sections:
        probs.add("sections", "needs at least one [[sections]] entry")
        raw_sections = []
    for i, s in enumerate(raw_sections):
        sp = _Problems(f"{where}: sections[{i}]")
        if not isinstance(s, dict):
            sp.add("sections", "must be a table")
            probs.items += sp.items
            continue
        for key in s:
            if key not in {"id", "paths", "keys", "kind", "source"}:
                sp.add(key, "not a field of a section (check the spelling)")
        sid = _text(s, "id", sp)
        if sid and not _ID.match(sid):
            sp.add("id", "must be lowercase snake_case")
        if sid in sections:
            sp.add("id", f"{sid!r} is used twice")
        paths = _patterns(s, "paths", sp, required=True)
        keys_raw = s.get("keys", [""])
        if (
            not isinstance(keys_raw, list)
            or not keys_raw
            or not all(isinstance(k, str) for k in keys_raw)
        ):
            sp.add("keys", 'must be a list of dotted key paths ("" is the top of the file)')
            keys_raw = [""]
        kind = s.get("kind", "json")
        if kind not in ("json", "js", "csv", "listed"):
            sp.add("kind", 'must be "json", "js", "csv" or "listed"')
            kind = "json"
        source = _text(s, "source", sp)
        sections[sid] = Section(sid, paths, tuple(keys_raw), kind, source)
        probs.items += sp.items

    labels: dict[str, tuple[str, ...]] = {}
    raw_labels = data.get("labels", {})
    if not isinstance(raw_labels, dict):
        probs.add("labels", "must be a table of lists of texts")
        raw_labels = {}
    for key, vals in raw_labels.items():
        if not isinstance(vals, list) or not vals or not all(isinstance(v, str) for v in vals):
            probs.add(f"labels.{key}", "must be a non-empty list of texts")
            continue
        labels[key] = tuple(vals)

    if probs.items:
        raise ContentError(probs.items)
    return ExportTables(
        platform=platform,
        name=name,
        repair_mojibake=mojibake,
        markers=markers,
        file_keys=file_keys,
        html_markers=html_markers,
        html_hint=hint,
        formats=tuple(formats),
        sections=sections,
        labels=labels,
    )


def tables_dir(root: Path | None = None) -> Path:
    return (root or content_dir()) / "exports"


def _load(folder: Path) -> dict[str, ExportTables]:
    problems: list[str] = []
    out: dict[str, ExportTables] = {}
    files = sorted(folder.glob("*.toml")) if folder.is_dir() else []
    for path in files:
        try:
            with path.open("rb") as fh:
                data = tomllib.load(fh)
        except (OSError, tomllib.TOMLDecodeError) as exc:
            problems.append(f"{path.name}: cannot be read as TOML ({exc})")
            continue
        try:
            tables = parse_tables(data, path.name)
        except ContentError as exc:
            problems.extend(exc.problems)
            continue
        out[tables.platform] = tables
    for pid in PLATFORMS:
        if pid not in out and not any(p.startswith(f"{pid}.toml") for p in problems):
            problems.append(f"{folder}: {pid}.toml is missing")
    if problems:
        raise ContentError(problems)
    return {pid: out[pid] for pid in PLATFORMS}


@lru_cache(maxsize=4)
def _load_cached(folder: str, stamp: tuple[tuple[str, int, int], ...]) -> dict[str, ExportTables]:
    return _load(Path(folder))


def load_tables(root: Path | None = None) -> dict[str, ExportTables]:
    """Every platform's tables from ``<root>/exports`` (default: the packaged ``checks/``).

    Raises :class:`ContentError` naming every problem. Cached while the files are unchanged.
    """
    folder = tables_dir(root)
    stamp: list[tuple[str, int, int]] = []
    if folder.is_dir():
        for p in sorted(folder.glob("*.toml")):
            st = os.stat(p)
            stamp.append((p.name, st.st_size, st.st_mtime_ns))
    return _load_cached(str(folder), tuple(stamp))
