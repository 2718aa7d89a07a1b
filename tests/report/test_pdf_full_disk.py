"""A PDF that cannot be written is never reported as written, and never replaces a good one.

A real full disk: a small tmpfs mounted for the test (root), filled up. Qt's PDF writer does
not report a failed write, so Huella checks the file before putting it in place.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "rosa.json"


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root")
    mnt = tmp_path / "disk"
    mnt.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mnt)], check=True)
    try:
        yield mnt
    finally:
        subprocess.run(["umount", "-l", str(mnt)], check=False)


def _fill(folder: Path, leave: int) -> None:
    """Fill the filesystem of *folder* until only about *leave* bytes are free."""
    st = os.statvfs(folder)
    free = st.f_bavail * st.f_frsize
    fd = os.open(folder / "filler", os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        todo = max(0, free - leave)
        block = b"\0" * 65536
        while todo > 0:
            todo -= os.write(fd, block[: min(len(block), todo)])
    except OSError:
        pass
    finally:
        os.close(fd)


def _report(out: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "privacy_audit", "report", str(EXAMPLE), "-o", str(out)],
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "HUELLA_DEBUG": ""},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_report_to_a_full_disk_fails_and_keeps_the_earlier_pdf(small_disk: Path) -> None:
    out = small_disk / "report.pdf"
    first = _report(out)
    assert first.returncode == 0, first.stderr
    earlier = out.read_bytes()
    _fill(small_disk, leave=24 * 1024)  # room for a part of the PDF, not all of it
    second = _report(out)
    assert second.returncode == 2, (second.stdout, second.stderr)
    assert "Wrote" not in second.stdout
    assert "could not be written (No space left on device)" in second.stderr
    assert "earlier file with this name was left as it was" in second.stderr
    assert "unexpected" not in second.stderr and "Traceback" not in second.stderr
    assert out.read_bytes() == earlier
    assert sorted(p.name for p in small_disk.iterdir()) == ["filler", "report.pdf"]


def test_the_apps_pdf_writer_fails_on_a_full_disk_and_keeps_the_earlier_pdf(
    qapp: object, small_disk: Path
) -> None:
    """The app's Export and the workshop handouts both write through render_pdf."""
    from privacy_audit.content import load_content
    from privacy_audit.workshop.worksheet import build_worksheet, render_worksheet_html
    from ui.report_render import RenderError, render_pdf

    html = render_worksheet_html(build_worksheet(load_content(), "es"))
    out = small_disk / "huella-worksheet.pdf"
    pages = render_pdf(html, out)
    assert pages >= 1
    earlier = out.read_bytes()
    _fill(small_disk, leave=8 * 1024)
    with pytest.raises(RenderError, match="No space left on device"):
        render_pdf(html, out)
    assert out.read_bytes() == earlier
    assert sorted(p.name for p in small_disk.iterdir()) == ["filler", "huella-worksheet.pdf"]
