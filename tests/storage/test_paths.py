"""Huella's folders are the XDG folders platformdirs gives, whatever the variables say.

``privacy_audit/userdirs.py`` computes them itself on Linux (importing platformdirs
costs start-up time); settings written where the app does not look would be lost, so every
case here must agree with platformdirs.
"""

from __future__ import annotations

from pathlib import Path

import platformdirs
import pytest

from privacy_audit import userdirs as paths

CASES = [
    {},  # every variable unset: the ~/.local/share, ~/.config, ~/.cache defaults
    {"XDG_DATA_HOME": "/x/data", "XDG_CONFIG_HOME": "/x/config", "XDG_CACHE_HOME": "/x/cache"},
    {"XDG_DATA_HOME": "", "XDG_CONFIG_HOME": "", "XDG_CACHE_HOME": ""},
    {"XDG_DATA_HOME": "   ", "XDG_CONFIG_HOME": " /y/config ", "XDG_CACHE_HOME": "/z/c/"},
    {"XDG_CONFIG_HOME": "relative/config"},
]


@pytest.mark.parametrize("env", CASES)
def test_folders_match_platformdirs(
    env: dict[str, str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        monkeypatch.delenv(var, raising=False)
    for var, value in env.items():
        monkeypatch.setenv(var, value)
    name = paths.APP_DIR_NAME
    assert paths.data_dir() == Path(platformdirs.user_data_dir(name, appauthor=False))
    assert paths.config_dir() == Path(platformdirs.user_config_dir(name, appauthor=False))
    assert paths.cache_dir() == Path(platformdirs.user_cache_dir(name, appauthor=False))
    assert paths.settings_path().parent == paths.config_dir()
