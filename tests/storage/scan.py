"""Look for a secret in every file under some folders, in the encodings a leak would use."""

from __future__ import annotations

import base64
from pathlib import Path


def encodings(marker: str) -> dict[str, bytes]:
    """*marker* as UTF-8, UTF-16 (both byte orders), hex, and base64 at all three alignments."""
    raw = marker.encode("utf-8")
    out = {
        "utf-8": raw,
        "utf-16-le": marker.encode("utf-16-le"),
        "utf-16-be": marker.encode("utf-16-be"),
        "hex": raw.hex().encode(),
        "HEX": raw.hex().upper().encode(),
    }
    for shift in range(3):
        # The marker at offset *shift* (mod 3) of a longer stream: keep only the base64
        # groups made entirely of marker bytes.
        enc = base64.b64encode(b"\0" * shift + raw)
        first, end = -(-shift // 3), (shift + len(raw)) // 3
        core = enc[4 * first : 4 * end]
        out[f"base64+{shift}"] = core
        out[f"base64url+{shift}"] = core.replace(b"+", b"-").replace(b"/", b"_")
    return out


def find_leaks(roots: list[Path], marker: str) -> list[str]:
    """Every (file, encoding) under *roots* whose bytes or path contain *marker*."""
    needles = encodings(marker)
    leaks: list[str] = []
    for root in roots:
        for path in root.rglob("*"):
            if marker.casefold() in str(path).casefold():
                leaks.append(f"{path}: in the file name")
            if not path.is_file():
                continue
            data = path.read_bytes()
            leaks.extend(f"{path}: {name}" for name, needle in needles.items() if needle in data)
    return leaks
