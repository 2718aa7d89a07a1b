"""Check a pack, in this order, and stop at the first problem.

1. The signature, on the raw bytes of ``manifest.json`` (nothing of it is parsed before).
2. The manifest's fields and paths; then the caller's policy (version, dates) decides whether
   the files are worth fetching at all.
3. Each file: at most the size the manifest gives (read with that cap), then its SHA-256.
4. The content: every check of the loader (schema and cross-references), in memory.

Where the bytes come from is a :class:`PackSource`: a folder (``pack verify``, the applied
pack at start-up) or a web server (:mod:`privacy_audit.updates.fetch`).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from privacy_audit.updates.errors import UpdateError
from privacy_audit.updates.keys import PublicKey, verify_signatures
from privacy_audit.updates.manifest import (
    CONTENT,
    MANIFEST,
    MAX_MANIFEST,
    MAX_SIGNATURES,
    SIGNATURES,
    Manifest,
    parse,
)

if TYPE_CHECKING:
    from privacy_audit.content import Content


class PackSource(Protocol):
    def read(self, name: str, cap: int) -> bytes:
        """The bytes of *name* inside the pack; raises :class:`UpdateError` past *cap* bytes."""
        ...


@dataclass
class FolderSource:
    """A pack in a folder on this computer."""

    root: Path

    def read(self, name: str, cap: int) -> bytes:
        path = self.root / name
        try:
            with path.open("rb") as fh:
                data = fh.read(cap + 1)
        except FileNotFoundError:
            if name == MANIFEST:
                raise UpdateError("no_pack", path=self.root) from None
            if name == SIGNATURES:
                raise UpdateError("no_signature") from None
            raise UpdateError("bad_file", path=name) from None
        except OSError as exc:
            raise UpdateError("disk", detail=f"{name}: {exc.strerror or exc}") from None
        if len(data) > cap:
            if name.startswith(CONTENT + "/"):
                raise UpdateError("bad_file", path=name)
            raise UpdateError("bad_manifest", detail=f"{name} is too large")
        return data


@dataclass
class SignedManifest:
    manifest: Manifest
    raw: bytes
    signatures: bytes
    signer: PublicKey


@dataclass
class VerifiedPack:
    signed: SignedManifest
    #: path inside the content folder -> bytes, each checked against the manifest
    files: dict[str, bytes]
    content: Content
    warnings: list[str] = field(default_factory=list)

    @property
    def manifest(self) -> Manifest:
        return self.signed.manifest


def check_manifest(source: PackSource, trusted: list[PublicKey]) -> SignedManifest:
    """Steps 1 and 2: the signature on the raw bytes, then the manifest's fields."""
    signatures = source.read(SIGNATURES, MAX_SIGNATURES)
    raw = source.read(MANIFEST, MAX_MANIFEST)
    signer = verify_signatures(signatures, raw, trusted)
    return SignedManifest(parse(raw), raw, signatures, signer)


def read_files(
    source: PackSource, manifest: Manifest, progress: Callable[[int, int], None] | None = None
) -> dict[str, bytes]:
    """Step 3: every file, capped at its size in the manifest, then its hash."""
    files: dict[str, bytes] = {}
    done, total = 0, manifest.total_size
    for entry in manifest.files:
        data = source.read(f"{CONTENT}/{entry.path}", entry.size)
        if len(data) != entry.size or hashlib.sha256(data).hexdigest() != entry.sha256:
            raise UpdateError("bad_file", path=f"{CONTENT}/{entry.path}")
        files[entry.path] = data
        done += entry.size
        if progress is not None:
            progress(done, total)
    return files


def check_content(files: dict[str, bytes], root: Path) -> Content:
    """Step 4: the loader's every check, on the bytes in memory (nothing is written)."""
    from privacy_audit.content.loader import load_content_files
    from privacy_audit.errors import ContentError

    try:
        return load_content_files(root, files)
    except ContentError as exc:
        more = f" (and {len(exc.problems) - 1} more)" if len(exc.problems) > 1 else ""
        first = exc.problems[0] if exc.problems else "unknown problem"
        raise UpdateError("bad_content", detail=first[:200] + more) from None


def verify(
    source: PackSource,
    trusted: list[PublicKey],
    *,
    policy: Callable[[Manifest], list[str]] | None = None,
    progress: Callable[[int, int], None] | None = None,
    root: Path | None = None,
) -> VerifiedPack:
    """Every step; *policy* may refuse the pack (or return warnings) before files are read.

    *root* names the content folder in the loader's messages (and becomes ``Content.root``).
    """
    signed = check_manifest(source, trusted)
    warnings = policy(signed.manifest) if policy is not None else []
    files = read_files(source, signed.manifest, progress)
    content = check_content(files, root or Path(f"<content pack {signed.manifest.version}>"))
    return VerifiedPack(signed, files, content, warnings)
