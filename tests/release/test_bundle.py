"""The release bundle, built once per test session by scripts/build-bundle.sh and installed by
its own install.sh, used from a clean environment: ``env -i``, a fresh HOME, XDG folders in a
temporary folder, and no Python on PATH.

It must: stay within its size budget, with a good signature; carry all the content and leave
out what Huella does not use; find every library it links to; score and write a report as the
source install does; save an audit with the real keyring; open a real window under Xvfb (xcb)
that takes the keyboard; write nothing in a private session (the file snapshot of
tests/ui/test_private_session.py); and uninstall cleanly. Skips only if PyInstaller cannot be
installed. See docs/packaging.md.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from xvfb import running_xvfb

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import release_sign  # noqa: E402

from bundle.trim import QT_CATALOGS, QT_LANGS, SYSTEM_LIBS, keep  # noqa: E402
from privacy_audit.updates import keys as pack_keys  # noqa: E402

# The first test also builds the bundle (about 1-2 minutes on a loaded 2-core machine).
pytestmark = [pytest.mark.slow, pytest.mark.timeout(900)]

BUDGET_BYTES = 80_000_000
ROSA = ROOT / "examples" / "rosa.json"
#: The only commands the clean environment has: what install.sh and uninstall.sh call.
TOOLS = ("sh", "cp", "rm", "mkdir", "mv", "ln", "sed", "chmod", "dirname", "readlink", "cat")


def _load(path: Path, name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


#: The private-session proof's scratch folders and snapshot (tests/ui/test_private_session.py).
proof = _load(ROOT / "tests" / "ui" / "test_private_session.py", "_private_session_proof")


@dataclass
class Release:
    out: Path  # the build's release files: .tar.gz, SHA256SUMS, .sig, the public key
    archive: Path
    pub: Path
    version: str


@dataclass
class Installed:
    base: Path  # scratch folders: home, data, config, cache, state, runtime, tmp, bin
    env: dict[str, str]
    lib: Path  # ~/.local/lib/huella
    bin: Path  # ~/.local/bin


def _pyinstaller_or_skip() -> None:
    if importlib.util.find_spec("PyInstaller") is not None:
        return
    import tomllib

    extra = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"][
        "optional-dependencies"
    ]["bundle"]
    got = subprocess.run(
        [sys.executable, "-m", "pip", "install", "-q", "--disable-pip-version-check", *extra],
        capture_output=True,
        text=True,
        timeout=300,
    )
    if got.returncode != 0:
        pytest.skip(f"PyInstaller cannot be installed here: {got.stderr.strip()[-300:]}")


@pytest.fixture(scope="session")
def release(tmp_path_factory: pytest.TempPathFactory) -> Release:
    """scripts/build-bundle.sh, once per session, signed with a throwaway key."""
    _pyinstaller_or_skip()
    base = tmp_path_factory.mktemp("bundle-build")
    pub, key = pack_keys.generate(base / "keys", "throwaway")
    out = base / "out"
    env = {
        **os.environ,
        "PYTHON": sys.executable,
        "BUNDLE_OUT": str(out),
        "HUELLA_RELEASE_KEY": str(key),
        "HUELLA_RELEASE_PUB": str(pub),
    }
    build = subprocess.run(
        ["bash", str(ROOT / "scripts" / "build-bundle.sh")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-3000:]
    (archive,) = out.glob("huella-*-linux-*.tar.gz")
    version = re.sub(r"^huella-(.*)-linux-.*$", r"\1", archive.name)
    return Release(out, archive, pub, version)


def _clean_env(base: Path) -> dict[str, str]:
    """Fresh HOME, XDG folders and TMPDIR under *base* (the private-session proof's), and
    PATH holding only the few shell tools the install scripts use: no Python."""
    _dirs, scratch = proof.scratch_env(base)
    env: dict[str, str] = dict(scratch)
    tools = base / "bin"
    tools.mkdir()
    for tool in TOOLS:
        found = shutil.which(tool)
        assert found, tool
        (tools / tool).symlink_to(found)
    for var in ("PYTHONPATH", "PYTHONDONTWRITEBYTECODE", "QT_QPA_PLATFORM"):
        env.pop(var, None)
    env["PATH"] = str(tools)
    assert shutil.which("python3", path=env["PATH"]) is None
    assert shutil.which("python", path=env["PATH"]) is None
    return env


def run_clean(cmd: list[str], env: dict[str, str], **kw: Any) -> subprocess.CompletedProcess[str]:
    """*cmd* under ``env -i`` with exactly *env*."""
    return subprocess.run(
        ["/usr/bin/env", "-i", *(f"{k}={v}" for k, v in env.items()), *cmd],
        capture_output=True,
        text=True,
        timeout=kw.pop("timeout", 120),
        **kw,
    )


def _unpack_and_install(release: Release, base: Path) -> Installed:
    base.mkdir(parents=True)
    env = _clean_env(base)
    with tarfile.open(release.archive) as tar:
        tar.extractall(base / "download", filter="tar")
    (folder,) = (base / "download").iterdir()
    done = run_clean(["sh", str(folder / "install.sh")], env, cwd=base / "download")
    assert done.returncode == 0, done.stdout + done.stderr
    home = Path(env["HOME"])
    return Installed(base, env, home / ".local" / "lib" / "huella", home / ".local" / "bin")


@pytest.fixture(scope="session")
def installed(release: Release, tmp_path_factory: pytest.TempPathFactory) -> Installed:
    return _unpack_and_install(release, tmp_path_factory.mktemp("bundle-home") / "x")


# -- the release files ----------------------------------------------------------------------


def test_release_is_signed_checksummed_and_within_budget(release: Release) -> None:
    size = release.archive.stat().st_size
    assert size <= BUDGET_BYTES, (
        f"{size / 1e6:.1f} MB is over the {BUDGET_BYTES / 1e6:.0f} MB budget"
    )
    sums = release.out / "SHA256SUMS"
    digest = hashlib.sha256(release.archive.read_bytes()).hexdigest()
    assert sums.read_text() == f"{digest}  {release.archive.name}\n"
    assert release_sign.verify(sums, release.pub)
    assert (release.out / "huella-release.pub").read_bytes() == release.pub.read_bytes()
    top = release.archive.name.removesuffix(".tar.gz")
    assert top == f"huella-{release.version}-linux-x86_64"
    with tarfile.open(release.archive) as tar:
        members = {m.name: m for m in tar.getmembers()}
    assert all(name == top or name.startswith(top + "/") for name in members)
    for exe in ("install.sh", "uninstall.sh", "huella/huella", "huella/privacy-audit"):
        assert members[f"{top}/{exe}"].mode & 0o111, exe
    assert f"{top}/README.txt" in members
    assert {m.uid for m in members.values()} == {0}  # a reproducible archive


def _rel_files(top: Path) -> set[str]:
    return {
        str(p.relative_to(top))
        for p in top.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }


def test_bundle_carries_all_content_and_leaves_out_what_huella_does_not_use(
    installed: Installed,
) -> None:
    internal = installed.lib / "_internal"
    data = internal / "privacy_audit" / "_data"
    assert _rel_files(data / "checks") == _rel_files(ROOT / "checks")  # subfolders too
    assets = {f for f in _rel_files(ROOT / "assets") if not f.endswith(".ts")}
    assert _rel_files(data / "assets") == assets
    qt = internal / "PySide6" / "Qt"
    translations = {p.name for p in (qt / "translations").iterdir()}
    assert translations == {f"{c}_{lang}.qm" for c in QT_CATALOGS for lang in QT_LANGS}
    plugins = {str(p.relative_to(internal)) for p in (qt / "plugins").rglob("*") if p.is_file()}
    assert plugins and all(keep(p) for p in plugins), plugins
    for needed in (
        "platforms/libqxcb.so",
        "platforms/libqoffscreen.so",
        "iconengines/libqsvgicon.so",
    ):
        assert (qt / "plugins" / needed).is_file(), needed
    names = {p.name for p in internal.rglob("*")}
    for unused in ("libQt6Network.so.6", "libQt6Qml.so.6", "libQt6Quick.so.6", "libgtk-3.so.0"):
        assert unused not in names, unused
    for module in ("pytest", "_pytest", "hypothesis", "mypy", "tkinter", "PyInstaller"):
        assert module not in names, module
    # One folder, two executables: nothing unpacks at start-up.
    assert {p.name for p in installed.lib.iterdir()} == {
        "huella",
        "privacy-audit",
        "_internal",
        "uninstall.sh",
    }


def test_every_library_in_the_bundle_finds_what_it_links_to(installed: Installed) -> None:
    internal = installed.lib / "_internal"
    search = f"{internal}:{internal / 'PySide6' / 'Qt' / 'lib'}"
    system_only = re.compile("|".join(SYSTEM_LIBS))
    missing = []
    for lib in internal.rglob("*.so*"):
        if not lib.is_file():
            continue
        out = subprocess.run(
            ["ldd", str(lib)],
            env={"LD_LIBRARY_PATH": search, "PATH": "/usr/bin:/bin"},
            capture_output=True,
            text=True,
        ).stdout
        for line in out.splitlines():
            if "not found" in line and not system_only.match(line.strip()):
                missing.append(f"{lib.relative_to(internal)}: {line.strip()}")
    assert missing == []


# -- the command line -----------------------------------------------------------------------


def test_command_line_from_a_clean_environment(installed: Installed, tmp_path: Path) -> None:
    env, cli = installed.env, str(installed.bin / "privacy-audit")
    before = proof.snapshot(installed.base)
    version = run_clean([cli, "--version"], env)
    assert version.returncode == 0 and version.stdout.split()[-1].startswith("0.")
    for lang in ("en", "es"):
        got = run_clean([cli, "score", str(ROSA), "--lang", lang], env)
        assert got.returncode == 0, got.stderr
        assert "Traceback" not in got.stderr
        # The same numbers and plan as the source install gives.
        source = subprocess.run(
            [sys.executable, "-m", "privacy_audit", "score", str(ROSA), "--lang", lang],
            capture_output=True,
            text=True,
            env={**os.environ, "LANG": "C.UTF-8"},
        )
        assert source.returncode == 0
        assert got.stdout == source.stdout
    pdf = tmp_path / "rosa.pdf"
    report = run_clean([cli, "report", str(ROSA), "-o", str(pdf), "--lang", "both"], env)
    assert report.returncode == 0, report.stderr
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "Huella" in text and "Su puntuación" in text
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True).stdout
    assert "DejaVuSans" in fonts
    # The TOML checker (pydantic, tomli) works frozen too.
    check = run_clean([cli, "check-content"], env)
    assert check.returncode == 0, check.stdout + check.stderr
    bad = run_clean([cli, "score", str(tmp_path / "missing.json")], env)
    assert bad.returncode == 2 and "Traceback" not in bad.stderr
    assert len(bad.stderr.strip().splitlines()) == 1
    assert proof.snapshot(installed.base) == before  # the PDF went to tmp_path, nowhere else


def test_saves_an_audit_with_the_real_keyring(release: Release, tmp_path: Path) -> None:
    bus = os.environ.get("DBUS_SESSION_BUS_ADDRESS")
    if not bus:
        if os.environ.get("HUELLA_REQUIRE_KEYRING") == "1":
            pytest.fail("HUELLA_REQUIRE_KEYRING=1 but there is no D-Bus session")
        pytest.skip("no D-Bus session: run through scripts/test.sh for the real keyring")
    inst = _unpack_and_install(release, tmp_path / "keyring")
    env = {**inst.env, "DBUS_SESSION_BUS_ADDRESS": bus}
    cli = str(inst.bin / "privacy-audit")
    run_clean([cli, "wipe", "--yes"], env)  # no key left by another test
    # No terminal and no passphrase: it can only succeed through the keyring.
    saved = run_clean([cli, "save", str(ROSA), "--name", "Rosa"], env, stdin=subprocess.DEVNULL)
    assert saved.returncode == 0, saved.stderr
    audits = run_clean([cli, "audits", "--json"], env)
    assert audits.returncode == 0, audits.stderr
    assert [a["name"] for a in json.loads(audits.stdout)["audits"]] == ["Rosa"]
    files = list((Path(env["XDG_DATA_HOME"]) / "huella" / "audits").glob("*.huella"))
    assert len(files) == 1 and b"Rosa" not in files[0].read_bytes()
    wiped = run_clean([cli, "wipe", "--yes"], env)
    assert wiped.returncode == 0, wiped.stderr
    assert not (Path(env["XDG_DATA_HOME"]) / "huella").exists()


# -- the desktop app ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def display() -> Iterator[str]:
    if not (shutil.which("Xvfb") and shutil.which("xdotool")):
        pytest.skip("needs Xvfb and xdotool (scripts/system-deps.sh installs them)")
    with running_xvfb("1366x768") as display:
        yield display


def _xdo(display: str, *args: str) -> str:
    return subprocess.run(
        ["xdotool", *args],
        env={"DISPLAY": display, "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=False,
    ).stdout.strip()


def drive_app(exe: Path, env: dict[str, str], display: str, pdf: Path) -> dict[str, Any]:
    """Start *exe*, wait for its window, export the report to *pdf* through the report
    options and the file dialog, walk a page by keyboard, switch the language twice, quit
    with Ctrl+Q; the titles seen, the exit code and stderr."""
    env = {**env, "DISPLAY": display}
    app = subprocess.Popen(
        ["/usr/bin/env", "-i", *(f"{k}={v}" for k, v in env.items()), str(exe)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=env["HOME"],
    )
    titles: list[str] = []
    try:
        window = ""
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not window:
            assert app.poll() is None, app.stderr.read().decode() if app.stderr else ""
            # env -i execs the app: the same process id.
            found = _xdo(display, "search", "--onlyvisible", "--pid", str(app.pid))
            window = found.split()[0] if found else ""
            time.sleep(0.2)
        assert window, "no visible Huella window appeared on the X server"
        titles.append(_xdo(display, "getwindowname", window))
        # The content loads after the first paint; then Alt+Right moves to the next page.
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and titles[-1] == titles[0]:
            _xdo(display, "windowfocus", "--sync", window, "key", "--clearmodifiers", "alt+Right")
            time.sleep(0.3)
            titles.append(_xdo(display, "getwindowname", window))
        # Export PDF: the report options (Enter accepts), then Qt's file dialog in the bundle,
        # its name field focused: type the path, Enter. From the welcome page: on the accounts
        # page the search field has the focus, and a line edit takes Ctrl+E for itself.
        _xdo(display, "windowfocus", "--sync", window, "key", "--clearmodifiers", "alt+Left")
        time.sleep(0.4)
        _xdo(display, "windowfocus", "--sync", window, "key", "--clearmodifiers", "ctrl+e")
        time.sleep(1.0)
        _xdo(display, "key", "--clearmodifiers", "Return")
        time.sleep(1.0)
        _xdo(display, "key", "--clearmodifiers", "ctrl+a")
        _xdo(display, "type", "--delay", "5", str(pdf))
        _xdo(display, "key", "--clearmodifiers", "Return")
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and not (pdf.exists() and pdf.stat().st_size > 1000):
            time.sleep(0.2)
        time.sleep(0.5)
        for keys in ("alt+Right", "ctrl+l", "ctrl+l"):
            _xdo(display, "windowfocus", "--sync", window, "key", "--clearmodifiers", keys)
            time.sleep(0.4)
            titles.append(_xdo(display, "getwindowname", window))
        _xdo(display, "windowfocus", "--sync", window, "key", "--clearmodifiers", "ctrl+q")
        code = app.wait(timeout=30)
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
    stderr = app.stderr.read().decode(errors="replace") if app.stderr else ""
    return {"code": code, "stderr": stderr, "titles": titles}


def test_app_opens_a_real_window_and_a_private_session_writes_nothing(
    installed: Installed, display: str
) -> None:
    exe = installed.bin / "huella"
    tmp = Path(installed.env["TMPDIR"])
    # Qt and fontconfig may build caches once (here they did not).
    warm = drive_app(exe, installed.env, display, tmp / "warm-report.pdf")
    assert warm["code"] == 0, warm["stderr"]
    before = proof.snapshot(installed.base)
    seen = drive_app(exe, installed.env, display, tmp / "check-report.pdf")
    after = proof.snapshot(installed.base)
    assert seen["code"] == 0, seen["stderr"]
    assert "Traceback" not in seen["stderr"]
    titles = seen["titles"]
    assert "Welcome" in titles[0] and titles[0].count("Huella") == 1, titles
    assert any("accounts" in t.lower() for t in titles), f"the content never loaded: {titles}"
    # Ctrl+L switched to Spanish (Qt's and Huella's translations in the bundle) and back.
    page, spanish, back = titles[-3:]
    assert spanish != page and back == page, titles
    assert re.search(r"\b(Su|Sus)\b", spanish), titles
    # The file dialog of the bundle wrote the PDF the person asked for: the one file allowed.
    assert after.pop("tmp/check-report.pdf", None) is not None, "the export did not happen"
    text = subprocess.run(
        ["pdftotext", str(tmp / "check-report.pdf"), "-"], capture_output=True, text=True
    ).stdout
    assert "Huella" in text
    before, after = dict(before), dict(after)
    assert before.pop("tmp")[:2] == after.pop("tmp")[:2]
    # A private session: no other file added, removed or changed under HOME, the XDG
    # folders, TMPDIR, or the installed app (HOME holds ~/.local/lib/huella).
    added = sorted(set(after) - set(before))
    removed = sorted(set(before) - set(after))
    changed = sorted(k for k in set(before) & set(after) if before[k] != after[k])
    assert not (added or removed or changed), f"added {added} removed {removed} changed {changed}"


def test_bench_row_bundle_against_source(
    installed: Installed, display: str, tmp_path: Path
) -> None:
    if not (Path(sys.executable).parent / "huella").exists():
        pytest.skip("the source install's huella launcher is not beside this Python")
    out = tmp_path / "bench.json"
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "bench.bundle_start",
            "--runs",
            "1",
            "--bundle",
            str(installed.lib),
            "--json",
            str(out),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    rows = json.loads(out.read_text())["rows"]
    assert [r["key"] for r in rows] == ["bundle_window_s", "bundle_window_rss_mib"]
    assert all(r["value"] > 0 and r["floor"] > 0 and r["ratio"] > 0 for r in rows)


def test_uninstall_removes_the_bundle(release: Release, tmp_path: Path) -> None:
    inst = _unpack_and_install(release, tmp_path / "u")
    assert (inst.bin / "huella").exists()
    done = run_clean(["sh", str(inst.lib / "uninstall.sh")], inst.env)
    assert done.returncode == 0, done.stderr
    home = Path(inst.env["HOME"])
    left = {str(p.relative_to(home)) for p in home.rglob("*") if not p.is_dir()}
    assert left == set(), left


def test_app_opens_a_window_on_wayland(installed: Installed, tmp_path: Path) -> None:
    """The Wayland half of the trimmed plugins (the platform, xdg-shell, the decorations), on
    weston's headless compositor. Skipped without weston (not in scripts/system-deps.sh)."""
    if not shutil.which("weston"):
        pytest.skip("weston is not installed (apt-get install weston)")
    run = tmp_path / "run"
    run.mkdir(mode=0o700)
    weston = subprocess.Popen(
        ["weston", "--backend=headless-backend.so", "--socket=huella-test", "--idle-time=0"],
        env={"XDG_RUNTIME_DIR": str(run), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and not (run / "huella-test").exists():
            time.sleep(0.1)
        assert (run / "huella-test").exists(), "weston did not start"
        env = {
            **installed.env,
            "XDG_RUNTIME_DIR": str(run),
            "WAYLAND_DISPLAY": "huella-test",
            "QT_LOGGING_RULES": "qt.qpa.plugin=true;qt.qpa.wayland=true",
        }
        app = subprocess.Popen(
            [
                "/usr/bin/env",
                "-i",
                *(f"{k}={v}" for k, v in env.items()),
                str(installed.bin / "huella"),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        time.sleep(6)
        alive = app.poll() is None
        app.terminate()
        _, log = app.communicate(timeout=30)
    finally:
        weston.terminate()
        weston.wait(timeout=10)
    assert alive, log[-3000:]
    assert 'Successfully loaded Qt platform plugin "wayland"' in log, log[-3000:]
    assert "'xdg-shell' shell integration" in log, log[-3000:]
    assert "xdg_toplevel.configure" in log, log[-3000:]  # the compositor configured its window
    assert "Traceback" not in log


def test_content_update_tools_work_frozen(installed: Installed, tmp_path: Path) -> None:
    """The one network feature, frozen: the bundle's own ``pack keygen`` and ``pack build``
    make a signed pack of today's content, a real HTTP server on 127.0.0.1 serves it, and
    the bundle's ``update`` (trusting that key) fetches, checks and applies it. HTTPS would
    need the CA certificates requests reads: they must be in the bundle."""
    import http.server
    import threading

    assert (installed.lib / "_internal" / "certifi" / "cacert.pem").is_file()
    env, cli = installed.env, str(installed.bin / "privacy-audit")
    state = json.loads((ROOT / "checks" / "_release.json").read_text())
    made = run_clean([cli, "pack", "keygen", str(tmp_path / "keys"), "--name", "t"], env)
    assert made.returncode == 0, made.stderr
    pack = tmp_path / "served" / "pack"
    built = run_clean(
        [
            cli,
            "pack",
            "build",
            str(ROOT / "checks"),
            "--version",
            str(state["version"] + 1),
            "--key",
            str(tmp_path / "keys" / "t.key"),
            "-o",
            str(pack),
        ],
        env,
    )
    assert built.returncode == 0, built.stdout + built.stderr

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args: Any) -> None:
            pass

    def handler(*args: Any) -> Quiet:
        return Quiet(*args, directory=str(tmp_path / "served"))

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/pack/"
        got = run_clean(
            [cli, "update", "--url", url, "--trust", str(tmp_path / "keys" / "t.pub"), "--yes"],
            env,
            stdin=subprocess.DEVNULL,
        )
    finally:
        server.shutdown()
        server.server_close()
    assert got.returncode == 0, got.stdout + got.stderr
    status = run_clean([cli, "update", "--status"], env)
    assert status.returncode == 0 and str(state["version"] + 1) in status.stdout, status.stdout
    # The guides in use are the pack's now, and the command line reads them.
    score = run_clean([cli, "score", str(ROSA)], env)
    assert score.returncode == 0, score.stderr
