"""What differs by system, checked here where the logic can run on Linux: the per-user
folders (with the platform faked as Windows and macOS), which keyring backends count as
secure (by the real backends' names), and the fonts the report falls back on where the
system has no DejaVu Sans. The Windows and macOS bundles themselves are built and
smoke-tested only by .github/workflows/bundle.yml (docs/packaging.md: written, not yet run)."""

from __future__ import annotations

import importlib
from pathlib import Path

import keyring.backend
import platformdirs
import platformdirs.macos
import platformdirs.windows
import pytest
from pytestqt.qtbot import QtBot

from privacy_audit import userdirs
from privacy_audit.storage import keys, wipe


@pytest.fixture
def windows(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """userdirs as on Windows: platformdirs' Windows rules, folders from the environment."""
    local, roaming = tmp_path / "AppData" / "Local", tmp_path / "AppData" / "Roaming"
    monkeypatch.setenv("LOCALAPPDATA", str(local))
    monkeypatch.setenv("APPDATA", str(roaming))
    monkeypatch.setattr(userdirs, "_XDG", False)
    monkeypatch.setattr(platformdirs, "PlatformDirs", platformdirs.windows.Windows)
    # On Windows, platformdirs asks the shell for the Known Folders; these variables hold
    # the same folders there, and can be read here.
    monkeypatch.setattr(
        platformdirs.windows,
        "_RESOLVE_WIN_FOLDER",
        platformdirs.windows.get_win_folder_from_env_vars,
        raising=False,
    )
    return local


@pytest.fixture
def macos(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    home = tmp_path / "Users" / "rosa"
    monkeypatch.setenv("HOME", str(home))
    # A Mac has no XDG variables (platformdirs would follow them there too).
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setattr(userdirs, "_XDG", False)
    monkeypatch.setattr(platformdirs, "PlatformDirs", platformdirs.macos.MacOS)
    return home


def test_windows_folders_are_local_not_roaming(windows: Path) -> None:
    # Local AppData: saved audits do not travel to other machines with a roaming profile.
    assert userdirs.data_dir() == windows / "huella"
    assert userdirs.config_dir() == windows / "huella"
    assert userdirs.cache_dir() == windows / "huella" / "Cache"
    assert userdirs.audits_dir() == windows / "huella" / "audits"
    assert userdirs.settings_path() == windows / "huella" / "settings.ini"


def test_macos_folders(macos: Path) -> None:
    support = macos / "Library" / "Application Support" / "huella"
    assert userdirs.data_dir() == support
    assert userdirs.config_dir() == support
    assert userdirs.cache_dir() == macos / "Library" / "Caches" / "huella"


@pytest.mark.parametrize("system", ["windows", "macos"])
def test_delete_everything_empties_the_folders_of_each_system(
    system: str, request: pytest.FixtureRequest
) -> None:
    request.getfixturevalue(system)
    made = []
    for d in (userdirs.audits_dir(), userdirs.config_dir(), userdirs.cache_dir()):
        userdirs.ensure_private_dir(d)
        (d / "something").write_bytes(b"x")
        made.append(d / "something")
    report = wipe.wipe_everything(keyring_entry=False)
    assert report.errors == []
    assert not any(p.exists() for p in made)
    assert not any(d.exists() for d in wipe.app_dirs())


def _named(module: str, name: str, priority: float) -> keyring.backend.KeyringBackend:
    """A backend whose class has the real backend's module and name, and a fixed priority
    (the real ones only report a priority on their own system)."""
    cls = type(name, (), {"__module__": module, "__qualname__": name, "priority": priority})
    backend: keyring.backend.KeyringBackend = cls()
    return backend


#: (module, class, secure?): each system's keyring, and the ones that are not a keyring.
BACKENDS = [
    ("keyring.backends.Windows", "WinVaultKeyring", True),
    ("keyring.backends.macOS", "Keyring", True),
    ("keyring.backends.SecretService", "Keyring", True),
    ("keyring.backends.libsecret", "Keyring", True),
    ("keyring.backends.kwallet", "DBusKeyring", True),
    ("keyring.backends.fail", "Keyring", False),
    ("keyring.backends.null", "Keyring", False),
    ("keyrings.alt.file", "PlaintextKeyring", False),
    ("keyrings.alt.file", "EncryptedKeyring", False),
    ("keyrings.alt.Windows", "RegistryKeyring", False),
]


@pytest.mark.parametrize(("module", "name", "secure"), BACKENDS)
def test_keyring_backends_of_every_system(module: str, name: str, secure: bool) -> None:
    if module.startswith("keyring."):
        # The name is the real one: the class exists in the installed keyring.
        real = getattr(importlib.import_module(module), name)
        assert f"{real.__module__}.{real.__qualname__}" == f"{module}.{name}"
    problem = keys.backend_problem(_named(module, name, 5))
    assert (problem is None) is secure, problem
    # Whatever its name, a backend that ranks itself below 1 is not used for the key.
    assert keys.backend_problem(_named(module, name, 0.5)) is not None


def test_shipped_fonts_are_the_family_the_report_asks_for(qtbot: QtBot) -> None:
    # Windows and macOS have no DejaVu Sans: the report registers the shipped files, which
    # must give exactly the family it then asks for, with every letter of Spanish.
    from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics

    from ui import report_render

    folder = report_render._fonts_dir()
    assert folder is not None
    ttfs = sorted(folder.glob("*.ttf"))
    assert [p.name for p in ttfs] == ["DejaVuSans-Bold.ttf", "DejaVuSans.ttf"]
    for ttf in ttfs:
        font_id = QFontDatabase.addApplicationFont(str(ttf))
        assert font_id >= 0, ttf
        assert QFontDatabase.applicationFontFamilies(font_id) == [report_render.FONT_FAMILY]
    metrics = QFontMetrics(QFont(report_render.FONT_FAMILY))
    assert all(metrics.inFontUcs4(ord(c)) for c in "áéíóúñÑ¿¡ü—☐✓")
