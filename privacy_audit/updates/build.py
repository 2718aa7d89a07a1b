"""Build and sign a pack from a ``checks/`` folder (maintainers: ``privacy-audit pack build``)."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

from privacy_audit.updates.errors import UpdateError
from privacy_audit.updates.keys import SigningKey
from privacy_audit.updates.manifest import (
    CONTENT,
    MANIFEST,
    SIGNATURES,
    packable_files,
    render,
)
from privacy_audit.updates.verify import check_content

DEFAULT_DAYS = 180


def build_pack(
    checks: Path,
    version: int,
    keys: list[SigningKey],
    out: Path,
    *,
    days: int = DEFAULT_DAYS,
    created: datetime | None = None,
) -> Path:
    """Validate *checks* as the app will, then write the pack into *out* (new or empty)."""
    if not checks.is_dir():
        raise UpdateError("no_pack", path=checks)
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise UpdateError("disk", detail=f"{out} exists and is not an empty folder")
    files = [(rel, path.read_bytes()) for rel, path in packable_files(checks)]
    check_content(dict(files), checks)  # a pack that the app would refuse is never built
    manifest = render(version, files, created or datetime.now(UTC), days)
    out.mkdir(parents=True, exist_ok=True)
    for rel, data in files:
        target = out / CONTENT / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    (out / MANIFEST).write_bytes(manifest)
    (out / SIGNATURES).write_text("".join(k.sign(manifest) for k in keys), encoding="ascii")
    return out


def add_signature(pack: Path, key: SigningKey) -> None:
    """Add *key*'s signature to a built pack (e.g. the offline key, during a rotation)."""
    manifest = (pack / MANIFEST).read_bytes()
    sig_path = pack / SIGNATURES
    old = sig_path.read_text(encoding="ascii") if sig_path.exists() else ""
    lines = [ln for ln in old.splitlines(keepends=True) if key.public.key_id not in ln]
    tmp = sig_path.with_name(sig_path.name + ".tmp")
    tmp.write_text("".join(lines) + key.sign(manifest), encoding="ascii")
    os.replace(tmp, sig_path)
