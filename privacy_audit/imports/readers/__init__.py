"""One reader per platform: records in, findings out (no record is kept)."""

from __future__ import annotations

from collections.abc import Callable

from privacy_audit.imports.context import ReadContext
from privacy_audit.imports.findings import Finding
from privacy_audit.imports.readers import facebook, google, instagram, tiktok, x

__all__ = ["READERS"]

READERS: dict[str, Callable[[ReadContext], list[Finding]]] = {
    "facebook": facebook.read,
    "instagram": instagram.read,
    "google": google.read,
    "x": x.read,
    "tiktok": tiktok.read,
}
