"""Content packs for tests: keys made here, a pack of today's content, a real HTTP server on
127.0.0.1, and a private per-test data folder (so the applied pack and the mark are the test's).
"""

from __future__ import annotations

import http.server
import shutil
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import pytest

from privacy_audit.paths import content_dir
from privacy_audit.updates import keys
from privacy_audit.updates.build import build_pack
from privacy_audit.updates.fetch import Limits
from privacy_audit.updates.manifest import CONTENT, MANIFEST, SIGNATURES, packable_files, render
from privacy_audit.updates.state import bundled_release

#: Short enough to keep the suite quick, long enough for a loaded 2-core machine.
FAST = Limits(connect_timeout=2.0, read_timeout=0.6, deadline=8.0, retries=1, backoff=0.05)
BUNDLED = bundled_release().version


@dataclass
class PackKeys:
    good: keys.SigningKey
    other: keys.SigningKey  # never trusted
    good_pub: Path
    other_pub: Path


@pytest.fixture(scope="session")
def pack_keys(tmp_path_factory: pytest.TempPathFactory) -> PackKeys:
    d = tmp_path_factory.mktemp("keys")
    gp, gk = keys.generate(d, "test-org")
    op, ok = keys.generate(d, "stranger")
    return PackKeys(keys.read_secret(gk), keys.read_secret(ok), gp, op)


@pytest.fixture(scope="session")
def base_pack(tmp_path_factory: pytest.TempPathFactory, pack_keys: PackKeys) -> Path:
    """Today's content as a pack, version bundled + 1, signed by the test key."""
    out = tmp_path_factory.mktemp("packs") / "base"
    return build_pack(content_dir(), BUNDLED + 1, [pack_keys.good], out)


def make_pack(
    base: Path,
    dest: Path,
    key: keys.SigningKey,
    *,
    version: int,
    created: datetime | None = None,
    days: int = 180,
    edit: Callable[[Path], None] | None = None,
) -> Path:
    """A copy of *base* with a new manifest (version, dates) signed by *key*; *edit* may change
    the content first (it is then re-hashed: a validly signed pack of other content)."""
    shutil.copytree(base, dest)
    if edit is not None:
        edit(dest / CONTENT)
    files = [(rel, p.read_bytes()) for rel, p in packable_files(dest / CONTENT)]
    manifest = render(version, files, created or datetime.now(UTC), days)
    (dest / MANIFEST).write_bytes(manifest)
    (dest / SIGNATURES).write_text(key.sign(manifest), encoding="ascii")
    return dest


@pytest.fixture(autouse=True)
def private_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test's own XDG data folder: packs, trusted keys and the mark live there."""
    data = tmp_path / "xdg-data"
    data.mkdir()
    monkeypatch.setenv("XDG_DATA_HOME", str(data))
    for var in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(var, raising=False)
    return data


@pytest.fixture
def trust_test_key(pack_keys: PackKeys) -> keys.PublicKey:
    """The organisation's key, trusted as a person would (stored in the data folder)."""
    key = keys.read_public(pack_keys.good_pub)
    keys.add_user_key(key)
    return key


# -- a real HTTP server on 127.0.0.1 ----------------------------------------------------------

Route = Callable[[http.server.BaseHTTPRequestHandler], None]


@dataclass
class Server:
    root: Path | None = None
    routes: dict[str, Route] = field(default_factory=dict)
    requests: list[tuple[str, dict[str, str]]] = field(default_factory=list)
    stop: threading.Event = field(default_factory=threading.Event)
    port: int = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/pack/"

    def serve(self, folder: Path) -> str:
        self.root = folder
        return self.url


class _Handler(http.server.BaseHTTPRequestHandler):
    server_state: Server

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        st = self.server_state
        st.requests.append((self.path, dict(self.headers.items())))
        path = self.path.split("?")[0]
        if path.startswith("http://"):  # a proxy request: absolute URL
            path = "/" + path.split("/", 3)[3]
        route = st.routes.get(path)
        if route is not None:
            route(self)
            return
        if st.root is not None and path.startswith("/pack/"):
            target = st.root / path[len("/pack/") :]
            if target.is_file():
                data = target.read_bytes()
                self.send_response(200)
                self.send_header("Content-Type", "application/octet-stream")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)
                return
        self.send_error(404)


@pytest.fixture
def server() -> Iterator[Server]:
    state = Server()
    handler = type("Handler", (_Handler,), {"server_state": state})
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    httpd.daemon_threads = True
    state.port = httpd.server_address[1]
    thread = threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield state
    state.stop.set()
    httpd.shutdown()
    httpd.server_close()
