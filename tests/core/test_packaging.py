"""The built wheel carries checks/ and assets/: an installed Huella finds its content."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_wheel_installs_and_finds_content(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    r = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(dist),
            str(ROOT),
        ],
        capture_output=True,
        text=True,
    )
    assert r.returncode == 0, r.stderr
    (wheel,) = dist.glob("privacy_audit-*.whl")

    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    py = env_dir / "bin" / "python"
    # Dependencies come from the test's own environment, added as a plain path (no .pth
    # processing), so the checkout's editable install is not visible to the new venv.
    site = Path(
        subprocess.check_output(
            [str(py), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], text=True
        ).strip()
    )
    (site / "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    r = subprocess.run(
        [str(py), "-m", "pip", "install", "-q", "--no-deps", "--no-index", str(wheel)],
        capture_output=True,
        text=True,
    )
    assert r.returncode == 0, r.stderr

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    out = subprocess.run(
        [str(env_dir / "bin" / "privacy-audit"), "catalog", "--json"],
        capture_output=True,
        text=True,
        cwd=elsewhere,
        env=env,
    )
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["platforms"]
    where = subprocess.check_output(
        [str(py), "-c", "import privacy_audit.paths as p; print(p.content_dir(), p.assets_dir())"],
        text=True,
        cwd=elsewhere,
        env=env,
    )
    assert str(site) in where and str(ROOT) not in where
    # The installed app starts from the pre-validated copy: no pydantic, no TOML parser.
    used = subprocess.check_output(
        [
            str(py),
            "-c",
            "import sys; from privacy_audit.content import load_content; c = load_content(); "
            "print(len(c.questions), 'pydantic' in sys.modules, 'tomli' in sys.modules)",
        ],
        text=True,
        cwd=elsewhere,
        env=env,
    ).split()
    assert used[1:] == ["False", "False"] and int(used[0]) > 50
