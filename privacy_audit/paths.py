"""Where the packaged content and assets are, in a checkout and in an installed wheel."""

from __future__ import annotations

from pathlib import Path

_PKG = Path(__file__).resolve().parent


def _find(name: str) -> Path:
    # An installed wheel carries the data inside the package (see pyproject's force-include);
    # an editable install or a checkout has it beside the package.
    for candidate in (_PKG / "_data" / name, _PKG.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"Huella's {name}/ folder is missing from this installation")


def content_dir() -> Path:
    """The folder of checklist content (``checks/``)."""
    return _find("checks")


def assets_dir() -> Path:
    """The folder of icons, translations, stylesheets and fonts (``assets/``)."""
    return _find("assets")
