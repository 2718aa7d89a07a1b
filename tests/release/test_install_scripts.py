"""install.sh and uninstall.sh on a stand-in bundle (no build): everything under ~/.local,
the menu entry starting the installed program by its full path, the icon in hicolor, a second
install replacing the first, and an uninstall that removes only Huella's own files."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
APP_ID = "org.huella.Huella"


def fake_release(base: Path, marker: str = "one") -> Path:
    """A folder shaped like the release: huella/ (two executables, the assets) + the scripts."""
    rel = base / f"release-{marker}"
    app = rel / "huella"
    assets = app / "_internal" / "privacy_audit" / "_data" / "assets"
    (assets / "icons").mkdir(parents=True)
    shutil.copy(ROOT / "assets" / f"{APP_ID}.desktop", assets)
    for icon in (ROOT / "assets" / "icons").iterdir():
        if icon.is_file():
            shutil.copy(icon, assets / "icons")
    for exe in ("huella", "privacy-audit"):
        (app / exe).write_text(f"#!/bin/sh\necho {exe} {marker}\n")
        (app / exe).chmod(0o755)
    for script in ("install.sh", "uninstall.sh"):
        shutil.copy(ROOT / "bundle" / script, rel / script)
    return rel


def run(script: Path, home: Path, **extra: str) -> subprocess.CompletedProcess[str]:
    env = {"HOME": str(home), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", **extra}
    return subprocess.run(
        ["env", "-i", *(f"{k}={v}" for k, v in env.items()), "sh", str(script)],
        capture_output=True,
        text=True,
        timeout=60,
    )


def files(top: Path) -> set[str]:
    return {str(p.relative_to(top)) for p in top.rglob("*") if not p.is_dir()}


@pytest.fixture
def home(tmp_path: Path) -> Path:
    h = tmp_path / "home"
    h.mkdir()
    return h


def test_install_puts_everything_under_local(tmp_path: Path, home: Path) -> None:
    proc = run(fake_release(tmp_path) / "install.sh", home)
    assert proc.returncode == 0, proc.stderr
    local = home / ".local"
    lib = local / "lib" / "huella"
    for cmd in ("huella", "privacy-audit"):
        link = local / "bin" / cmd
        assert link.is_symlink() and Path(os.readlink(link)) == lib / cmd
        out = subprocess.run([str(link)], capture_output=True, text=True).stdout
        assert out.strip() == f"{cmd} one"
    assert (lib / "uninstall.sh").is_file()
    entry_path = local / "share" / "applications" / f"{APP_ID}.desktop"
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(entry_path, encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Exec"] == f'"{lib / "huella"}"'
    assert entry["TryExec"] == str(lib / "huella")
    assert entry["Icon"] == APP_ID and entry["Name"] == "Huella"
    assert entry["Comment[es]"]  # the rest of the entry came along unchanged
    hicolor = local / "share" / "icons" / "hicolor"
    assert (hicolor / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    for size in (16, 24, 32, 48, 64, 128, 256):
        assert (hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png").is_file()
    # Nothing outside ~/.local.
    assert {p.name for p in home.iterdir()} == {".local"}


def test_xdg_data_home_is_followed(tmp_path: Path, home: Path) -> None:
    data = tmp_path / "xdg-data"
    proc = run(fake_release(tmp_path) / "install.sh", home, XDG_DATA_HOME=str(data))
    assert proc.returncode == 0, proc.stderr
    assert (data / "applications" / f"{APP_ID}.desktop").is_file()
    assert (data / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    assert not (home / ".local" / "share").exists()


def test_second_install_replaces_the_first(tmp_path: Path, home: Path) -> None:
    assert run(fake_release(tmp_path, "one") / "install.sh", home).returncode == 0
    stale = home / ".local" / "lib" / "huella" / "stale-file"
    stale.write_text("from the old version")
    proc = run(fake_release(tmp_path, "two") / "install.sh", home)
    assert proc.returncode == 0, proc.stderr
    out = subprocess.run([str(home / ".local" / "bin" / "huella")], capture_output=True, text=True)
    assert out.stdout.strip() == "huella two"
    assert not stale.exists()
    assert sorted(p.name for p in (home / ".local" / "lib").iterdir()) == ["huella"]


def test_install_leaves_a_foreign_command_alone(tmp_path: Path, home: Path) -> None:
    bindir = home / ".local" / "bin"
    bindir.mkdir(parents=True)
    (bindir / "privacy-audit").write_text("#!/bin/sh\necho someone else's\n")
    proc = run(fake_release(tmp_path) / "install.sh", home)
    assert proc.returncode == 0
    assert "not Huella's link" in proc.stderr
    assert not (bindir / "privacy-audit").is_symlink()
    assert (bindir / "huella").is_symlink()
    # ... and so does uninstall.
    assert run(home / ".local" / "lib" / "huella" / "uninstall.sh", home).returncode == 0
    assert (bindir / "privacy-audit").read_text().startswith("#!/bin/sh")
    assert not (bindir / "huella").exists()


def test_install_without_the_app_folder_says_so(tmp_path: Path, home: Path) -> None:
    rel = fake_release(tmp_path)
    shutil.rmtree(rel / "huella")
    proc = run(rel / "install.sh", home)
    assert proc.returncode == 1
    assert "unpack the whole download" in proc.stderr
    assert not (home / ".local").exists()


def test_uninstall_removes_all_it_installed_but_not_saved_audits(
    tmp_path: Path, home: Path
) -> None:
    before = files(home)
    assert run(fake_release(tmp_path) / "install.sh", home).returncode == 0
    audits = home / ".local" / "share" / "huella" / "audits"
    audits.mkdir(parents=True)
    (audits / "a.huella").write_bytes(b"encrypted")
    proc = run(home / ".local" / "lib" / "huella" / "uninstall.sh", home)
    assert proc.returncode == 0, proc.stderr
    assert files(home) - before == {".local/share/huella/audits/a.huella"}
    assert "saved audits are still in" in proc.stdout
    assert not (home / ".local" / "lib" / "huella").exists()


def test_readme_puts_the_download_first_and_keeps_the_two_setup_commands() -> None:
    from privacy_audit import __version__

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    download, setup = readme.index("## Download and run"), readme.index("## Set up")
    assert download < setup
    section = readme[download:setup]
    assert f"huella-{__version__}-linux-x86_64.tar.gz" in section
    assert "sh install.sh" in section and "uninstall.sh" in section
    for command in (
        "python3 -m venv .venv && .venv/bin/pip install . && .venv/bin/privacy-audit",
        "bash scripts/test.sh",
    ):
        assert f"```bash\n{command}\n```" in readme[setup:]
