"""The manifest of a content pack: what it is, when it is due, and every file's size and hash.

``manifest.json`` is read only after its signature has been checked on its raw bytes
(:func:`privacy_audit.updates.keys.verify_signatures`); then :func:`parse` checks every field
and every path before any other file of the pack is looked at.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from privacy_audit.updates.errors import UpdateError

FORMAT = "huella-content-pack"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
SIGNATURES = "manifest.json.sig"
#: The content's files sit in this folder of the pack.
CONTENT = "checks"
#: Files of a ``checks/`` folder that are built from the others and never travel in a pack:
#: the compiled copy (used only for the bundled content) and the bundled release number.
NOT_PACKED = frozenset({"_compiled.jsonl", "_release.json"})

MAX_MANIFEST = 1024 * 1024
MAX_SIGNATURES = 16 * 1024
MAX_FILE = 8 * 1024 * 1024
MAX_TOTAL = 32 * 1024 * 1024
MAX_FILES = 1000
_PART = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.-]{0,99}")
_HEX = re.compile(r"[0-9a-f]{64}")
_STAMP = "%Y-%m-%dT%H:%M:%SZ"


@dataclass(frozen=True)
class FileEntry:
    path: str  # inside the content folder, '/'-separated
    size: int
    sha256: str


@dataclass(frozen=True)
class Manifest:
    version: int
    created: datetime
    expires: datetime
    files: tuple[FileEntry, ...]

    @property
    def total_size(self) -> int:
        return sum(f.size for f in self.files)


def stamp(when: datetime) -> str:
    return when.astimezone(UTC).strftime(_STAMP)


def _when(data: dict[str, Any], name: str) -> datetime:
    value = data.get(name)
    try:
        if not isinstance(value, str):
            raise ValueError
        return datetime.strptime(value, _STAMP).replace(tzinfo=UTC)
    except ValueError:
        raise UpdateError(
            "bad_manifest", detail=f"'{name}' is not a date like 2026-12-01T00:00:00Z"
        ) from None


def safe_path(path: object) -> bool:
    """A relative path of plain names: no '..', no hidden or absolute part, no backslash."""
    if not isinstance(path, str) or len(path) > 300:
        return False
    parts = path.split("/")
    return 0 < len(parts) <= 4 and all(_PART.fullmatch(p) for p in parts)


def parse(data: bytes) -> Manifest:
    """The manifest's fields, each checked; raises :class:`UpdateError` (``bad_manifest``)."""

    def bad(detail: str) -> UpdateError:
        return UpdateError("bad_manifest", detail=detail)

    try:
        doc = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise bad("not JSON") from None
    if not isinstance(doc, dict):
        raise bad("not a JSON object")
    if doc.get("format") != FORMAT:
        raise bad(f"'format' is not '{FORMAT}'")
    if doc.get("format_version") != FORMAT_VERSION:
        raise bad("made for a newer Huella")
    version = doc.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or not 0 < version < 2**53:
        raise bad("'version' is not a positive whole number")
    created, expires = _when(doc, "created"), _when(doc, "expires")
    if expires <= created:
        raise bad("'expires' is not after 'created'")
    raw_files = doc.get("files")
    if not isinstance(raw_files, list) or not raw_files or len(raw_files) > MAX_FILES:
        raise bad("'files' is not a list of files")
    files: list[FileEntry] = []
    seen: set[str] = set()
    for f in raw_files:
        if not isinstance(f, dict) or set(f) != {"path", "size", "sha256"}:
            raise bad("a file entry needs exactly 'path', 'size' and 'sha256'")
        path, size, digest = f["path"], f["size"], f["sha256"]
        if not safe_path(path) or path.lower() in seen:
            raise bad(f"file path {str(path)[:80]!r} is not allowed")
        if not isinstance(size, int) or isinstance(size, bool) or not 0 <= size <= MAX_FILE:
            raise bad(f"{path}: 'size' is not allowed")
        if not isinstance(digest, str) or not _HEX.fullmatch(digest):
            raise bad(f"{path}: 'sha256' is not 64 lowercase hex digits")
        seen.add(path.lower())
        files.append(FileEntry(path, size, digest))
    if sum(f.size for f in files) > MAX_TOTAL:
        raise bad("the files are too large in total")
    if "_ladder.toml" not in seen:
        raise bad("it has no _ladder.toml")
    return Manifest(version, created, expires, tuple(files))


def packable_files(checks: Path) -> list[tuple[str, Path]]:
    """Every file of a ``checks/`` folder that travels in a pack (subfolders too), sorted."""
    out = []
    for path in sorted(checks.rglob("*")):
        rel = path.relative_to(checks).as_posix()
        if path.is_symlink() or not path.is_file() or rel in NOT_PACKED:
            continue
        if any(part.startswith(".") or part == "__pycache__" for part in rel.split("/")):
            continue
        if not safe_path(rel):
            raise UpdateError("bad_manifest", detail=f"file name {rel!r} is not allowed in a pack")
        out.append((rel, path))
    return out


def render(version: int, files: list[tuple[str, bytes]], created: datetime, days: int) -> bytes:
    """The bytes of a ``manifest.json`` (these exact bytes are what is signed)."""
    doc = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "version": version,
        "created": stamp(created),
        "expires": stamp(created + timedelta(days=days)),
        "files": [
            {"path": rel, "size": len(data), "sha256": hashlib.sha256(data).hexdigest()}
            for rel, data in files
        ],
    }
    return (json.dumps(doc, indent=1, ensure_ascii=True) + "\n").encode("ascii")
