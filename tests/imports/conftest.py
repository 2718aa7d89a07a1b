"""Fixtures for the data-download tests: the synthetic archives' module, a window offscreen."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))  # dl_synth


@pytest.fixture
def isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    dirs = {}
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        d = tmp_path / var.lower()
        d.mkdir()
        monkeypatch.setenv(var, str(d))
        dirs[var] = d
    return dirs


@pytest.fixture
def window(qtbot: object, content: object, isolated_dirs: dict[str, Path]) -> Iterator[object]:
    from ui.i18n import Translators
    from ui.main_window import MainWindow

    tr = Translators()
    w = MainWindow(content, lang="en", translators=tr)  # type: ignore[arg-type]
    qtbot.addWidget(w)  # type: ignore[attr-defined]
    w.resize(1000, 720)
    w.show()
    qtbot.waitExposed(w)  # type: ignore[attr-defined]
    yield w
    tr.apply("en")
