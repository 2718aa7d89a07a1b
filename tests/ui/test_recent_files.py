# ruff: noqa: E501
"""A private session leaves no "recently used" entry, and "Delete everything" removes Huella's.

Under Xvfb (xcb) with ``XDG_CURRENT_DESKTOP=X-Cinnamon`` and Qt's GTK platform theme (what
Linux Mint, XFCE, MATE and Unity get), Qt would show GTK's file chooser, and GTK records
every saved file in ``$XDG_DATA_HOME/recently-used.xbel``. The control run (saving on) shows
the GTK dialog, driven with xdotool, and proves the setup really records; the private run
must show Qt's own dialog and leave no entry.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from xvfb import running_xvfb

from privacy_audit.storage import wipe_everything
from privacy_audit.storage.recent import recent_files_path, scrub_recent

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]

OTHERS = """<?xml version="1.0" encoding="UTF-8"?>
<xbel version="1.0"
      xmlns:bookmark="http://www.freedesktop.org/standards/desktop-bookmarks"
      xmlns:mime="http://www.freedesktop.org/standards/shared-mime-info"
>
  <bookmark href="file:///home/ana/Documentos/carta%20&amp;%20foto.odt" added="2026-11-01T10:00:00Z" modified="2026-11-01T10:00:00Z" visited="2026-11-01T10:00:00Z">
    <info>
      <metadata owner="http://freedesktop.org">
        <mime:mime-type type="application/vnd.oasis.opendocument.text"/>
        <bookmark:applications>
          <bookmark:application name="libreoffice" exec="&apos;libreoffice %u&apos;" modified="2026-11-01T10:00:00Z" count="1"/>
        </bookmark:applications>
      </metadata>
    </info>
  </bookmark>
  <bookmark href="file:///home/ana/Descargas/huella-informe.pdf" added="2026-11-02T10:00:00Z" modified="2026-11-02T10:00:00Z" visited="2026-11-02T10:00:00Z">
    <info>
      <metadata owner="http://freedesktop.org">
        <mime:mime-type type="application/pdf"/>
        <bookmark:applications>
          <bookmark:application name="python3" exec="&apos;python3 %u&apos;" modified="2026-11-02T10:00:00Z" count="1"/>
        </bookmark:applications>
      </metadata>
    </info>
  </bookmark>
  <bookmark href="file:///home/ana/mi%20plan.pdf" added="2026-11-03T10:00:00Z" modified="2026-11-03T10:00:00Z" visited="2026-11-03T10:00:00Z">
    <info>
      <metadata owner="http://freedesktop.org">
        <mime:mime-type type="application/pdf"/>
        <bookmark:applications>
          <bookmark:application name="huella" exec="&apos;huella %u&apos;" modified="2026-11-03T10:00:00Z" count="1"/>
        </bookmark:applications>
      </metadata>
    </info>
  </bookmark>
  <bookmark href="file:///home/ana/huella.txt" added="2026-11-04T10:00:00Z" modified="2026-11-04T10:00:00Z" visited="2026-11-04T10:00:00Z"/>
</xbel>
"""


def test_scrub_removes_only_huellas_entries_atomically(tmp_path: Path) -> None:
    folder = tmp_path / "lists"
    folder.mkdir()
    xbel = folder / "recently-used.xbel"
    xbel.write_text(OTHERS, encoding="utf-8")
    xbel.chmod(0o640)
    result = scrub_recent(xbel)
    assert result.problem == "" and result.removed == 2
    text = xbel.read_text(encoding="utf-8")
    assert "huella-informe.pdf" not in text and "mi%20plan.pdf" not in text
    # Everyone else's entries are byte for byte as they were.
    assert OTHERS.split("  <bookmark")[1] in text and "file:///home/ana/huella.txt" in text
    assert oct(xbel.stat().st_mode & 0o777) == oct(0o640)
    assert sorted(p.name for p in folder.iterdir()) == ["recently-used.xbel"]
    again = scrub_recent(xbel)
    assert again.removed == 0 and xbel.read_text(encoding="utf-8") == text


def test_a_list_it_does_not_understand_is_left_alone_and_reported(tmp_path: Path) -> None:
    xbel = tmp_path / "recently-used.xbel"
    broken = OTHERS.replace("</xbel>", "")
    xbel.write_text(broken, encoding="utf-8")
    result = scrub_recent(xbel)
    assert result.problem and result.removed == 0
    assert xbel.read_text(encoding="utf-8") == broken


def test_delete_everything_scrubs_the_recent_files_list(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(var, str(tmp_path / "w" / var.lower()))
    xbel = recent_files_path()
    assert xbel == tmp_path / "w" / "xdg_data_home" / "recently-used.xbel"
    xbel.parent.mkdir(parents=True)
    xbel.write_text(OTHERS, encoding="utf-8")
    report = wipe_everything(keyring_entry=False)
    assert report.ok and report.recent_entries_removed == 2
    assert "huella-informe" not in xbel.read_text(encoding="utf-8")
    assert "carta%20&amp;%20foto.odt" in xbel.read_text(encoding="utf-8")


# -- the real GTK file chooser -------------------------------------------------------------


def _gtk_theme_plugin() -> Path | None:
    import PySide6

    plugin = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platformthemes" / "libqgtk3.so"
    return plugin if plugin.exists() else None


needs_x = pytest.mark.skipif(
    not (shutil.which("Xvfb") and shutil.which("xdotool") and _gtk_theme_plugin()),
    reason="needs Xvfb, xdotool and PySide6's GTK theme plugin (scripts/system-deps.sh)",
)


@pytest.fixture
def xvfb() -> Iterator[str]:
    with running_xvfb("1366x768") as display:
        yield display


def _cinnamon_env(tmp_path: Path, display: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    for d in ("home", "data", "config", "cache", "tmp"):
        (tmp_path / d).mkdir(parents=True, exist_ok=True)
    env.update(
        DISPLAY=display,
        QT_QPA_PLATFORM="xcb",
        QT_QPA_PLATFORMTHEME="gtk3",
        XDG_CURRENT_DESKTOP="X-Cinnamon",
        QT_DEBUG_PLUGINS="1",
        HOME=str(tmp_path / "home"),
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_CACHE_HOME=str(tmp_path / "cache"),
        TMPDIR=str(tmp_path / "tmp"),
        PYTHONPATH=os.pathsep.join([str(ROOT), str(HERE)]),
        NO_AT_BRIDGE="1",
    )
    return env


def _xdotool(env: dict[str, str], *args: str) -> str:
    return subprocess.run(
        ["xdotool", *args], env=env, capture_output=True, text=True, timeout=30
    ).stdout


def _export(tmp_path: Path, display: str, mode: str, pdf: Path) -> tuple[dict[str, object], str]:
    env = _cinnamon_env(tmp_path, display)
    proc = subprocess.Popen(
        [sys.executable, str(HERE / "export_probe.py"), mode, str(pdf)],
        env=env,
        cwd=str(tmp_path),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        if mode == "saving":
            # The desktop's (GTK) dialog: find its window and type the file name, as a person.
            window = ""
            deadline = time.monotonic() + 60
            while not window and time.monotonic() < deadline:
                found = _xdotool(env, "search", "--name", "Export PDF").split()
                window = found[-1] if found else ""
                time.sleep(0.3)
            assert window, "GTK's file chooser did not appear"
            time.sleep(1.0)
            _xdotool(env, "windowfocus", "--sync", window)
            _xdotool(env, "key", "ctrl+a")
            _xdotool(env, "type", "--delay", "20", str(pdf))
            time.sleep(0.5)
            _xdotool(env, "key", "Return")
        out, err = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 0, err[-3000:]
    result: dict[str, object] = json.loads(out.strip().splitlines()[-1])
    return result, err


@needs_x
@pytest.mark.slow
def test_a_private_export_on_cinnamon_leaves_no_recent_entry(tmp_path: Path, xvfb: str) -> None:
    xbel = tmp_path / "data" / "recently-used.xbel"
    out = tmp_path / "out"
    out.mkdir()

    # Control: with saving on, Qt shows GTK's chooser, and GTK records the file.
    control, err = _export(tmp_path / "c", xvfb, "saving", out / "huella-report.pdf")
    assert 'libqgtk3.so" loaded library' in err, "the GTK platform theme did not load"
    assert control["dialog"] == "native" and control["pdf"] is True, control
    control_xbel = tmp_path / "c" / "data" / "recently-used.xbel"
    assert "huella-report.pdf" in control_xbel.read_text(encoding="utf-8")

    # A private session: Qt's own dialog, the PDF is written, and no entry anywhere.
    private, err = _export(tmp_path, xvfb, "private", out / "mi-informe.pdf")
    assert 'libqgtk3.so" loaded library' in err, "the GTK platform theme did not load"
    assert private == {"dialog": "qt", "own_option": True, "pdf": True}, private
    assert not xbel.exists() or "mi-informe" not in xbel.read_text(encoding="utf-8")
    assert not xbel.exists()

    # "Delete everything" removes the entry the earlier (saving) session left.
    env = _cinnamon_env(tmp_path / "c", xvfb)
    wiped = subprocess.run(
        [sys.executable, "-m", "privacy_audit", "wipe", "--yes"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert "Removed 1 entry" in wiped.stdout, (wiped.stdout, wiped.stderr)
    assert "huella-report.pdf" not in control_xbel.read_text(encoding="utf-8")
