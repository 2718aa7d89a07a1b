"""``privacy-audit update`` against real HTTP servers on 127.0.0.1: a good pack is applied;
every bad or hostile answer is refused with one line and the content in use is unchanged."""

from __future__ import annotations

import http.server
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from privacy_audit.cli import main
from privacy_audit.updates.errors import UpdateError
from privacy_audit.updates.fetch import Fetcher, Limits, user_agent
from privacy_audit.updates.keys import PublicKey
from privacy_audit.updates.state import load_in_use, read_state
from privacy_audit.updates.update import fetch_verified

from .conftest import BUNDLED, FAST, PackKeys, Server, make_pack

Handler = http.server.BaseHTTPRequestHandler


def update(url: str, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["update", "--url", url, "--timeout", "0.6", *args])
    out, err = capsys.readouterr()
    return code, out, err


def snapshot(top: Path) -> dict[str, bytes]:
    return {str(p.relative_to(top)): p.read_bytes() for p in sorted(top.rglob("*")) if p.is_file()}


@pytest.fixture
def applied(
    server: Server,
    base_pack: Path,
    trust_test_key: PublicKey,
    private_data: Path,
    capsys: pytest.CaptureFixture[str],
) -> dict[str, bytes]:
    """Version bundled+1 applied from the server; returns the data folder's bytes."""
    code, out, _ = update(server.serve(base_pack), capsys)
    assert code == 0, out
    assert read_state().version == BUNDLED + 1
    return snapshot(private_data)


def refused_with(err: str, code: int, words: str) -> None:
    assert code == 2
    lines = [ln for ln in err.splitlines() if ln.startswith("privacy-audit:")]
    assert len(lines) == 1, err
    assert words in lines[0], lines[0]
    assert "Traceback" not in err


def unchanged(private_data: Path, before: dict[str, bytes]) -> None:
    assert snapshot(private_data) == before
    content, info = load_in_use()
    assert (info.source, info.version) == ("pack", BUNDLED + 1)
    assert content.platforms


def test_good_pack_is_applied_and_used(
    applied: dict[str, bytes], server: Server, capsys: pytest.CaptureFixture[str]
) -> None:
    content, info = load_in_use()
    assert info.source == "pack" and info.version == BUNDLED + 1 and info.signer == "test-org"
    assert "facebook" in content.platform_by_id
    assert content.root.parts[-3:-1][0] == "packs"  # loaded from the applied pack's folder
    # Asking again: already current, exit 0, nothing downloaded but the manifest.
    server.requests.clear()
    code, out, _ = update(server.url, capsys)
    assert code == 0 and "up to date" in out
    assert [p for p, _ in server.requests] == ["/pack/manifest.json.sig", "/pack/manifest.json"]


def test_honest_request_headers_and_no_cookies(
    server: Server, base_pack: Path, trust_test_key: PublicKey
) -> None:
    def with_cookie(h: Handler) -> None:
        data = (base_pack / "manifest.json.sig").read_bytes()
        h.send_response(200)
        h.send_header("Set-Cookie", "track=me; Path=/")
        h.send_header("Content-Length", str(len(data)))
        h.end_headers()
        h.wfile.write(data)

    server.routes["/pack/manifest.json.sig"] = with_cookie
    with Fetcher(server.serve(base_pack), FAST) as f:
        assert fetch_verified(f).status == "ready"
        assert len(f.session.cookies) == 0
    assert len(server.requests) > 3
    for _path, headers in server.requests:
        assert headers["User-Agent"] == user_agent()
        assert "Cookie" not in headers
    assert user_agent().startswith("Huella/") and user_agent().endswith("(content update)")


@pytest.mark.parametrize(
    ("case", "words"),
    [
        ("tampered_file", "is not the one that was signed"),
        ("tampered_manifest", "not signed by a key Huella trusts"),
        ("wrong_key", "not signed by a key Huella trusts"),
        ("older", "older than the guides in use"),
        ("same_version_below_bundled", "older than the guides in use"),
        ("expired", "due to be replaced"),
        ("bad_content", "did not pass Huella's checks"),
    ],
)
def test_bad_packs_are_refused(
    case: str,
    words: str,
    applied: dict[str, bytes],
    server: Server,
    base_pack: Path,
    pack_keys: PackKeys,
    tmp_path: Path,
    private_data: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    v = BUNDLED + 2
    dest = tmp_path / case
    if case == "tampered_file":
        make_pack(base_pack, dest, pack_keys.good, version=v)
        f = dest / "checks" / "facebook.toml"
        f.write_bytes(f.read_bytes().replace(b"Facebook", b"Fakebook", 1))
    elif case == "tampered_manifest":
        make_pack(base_pack, dest, pack_keys.good, version=v)
        m = dest / "manifest.json"
        m.write_bytes(m.read_bytes().replace(str(v).encode(), str(v + 1).encode()))
    elif case == "wrong_key":
        make_pack(base_pack, dest, pack_keys.other, version=v)
    elif case == "older":
        make_pack(base_pack, dest, pack_keys.good, version=BUNDLED)
    elif case == "same_version_below_bundled":
        make_pack(base_pack, dest, pack_keys.good, version=BUNDLED - 5)
    elif case == "expired":
        old = datetime.now(UTC) - timedelta(days=10)
        make_pack(base_pack, dest, pack_keys.good, version=v, created=old, days=3)
    elif case == "bad_content":

        def drop_ladder_tier(checks: Path) -> None:
            f = checks / "facebook.toml"
            f.write_text(f.read_text(encoding="utf-8").replace('tier = "', 'tier = "x', 1))

        make_pack(base_pack, dest, pack_keys.good, version=v, edit=drop_ladder_tier)
    code, _out, err = update(server.serve(dest), capsys)
    refused_with(err, code, words)
    unchanged(private_data, applied)


def _endless(h: Handler) -> None:
    h.send_response(200)
    h.end_headers()
    try:
        while True:
            h.wfile.write(b"x" * 65536)
    except OSError:
        pass


def _huge(h: Handler) -> None:
    h.send_response(200)
    h.send_header("Content-Length", str(10**10))
    h.end_headers()
    try:
        h.wfile.write(b"{" * 65536)
    except OSError:
        pass


def _slow(h: Handler) -> None:
    time.sleep(2.5)  # longer than the read timeout; then nothing
    try:
        h.send_response(200)
        h.end_headers()
    except OSError:
        pass


def _redirect_loop(h: Handler) -> None:
    h.send_response(302)
    h.send_header("Location", "/pack/b" if h.path.endswith("/a") else "/pack/a")
    h.send_header("Content-Length", "0")
    h.end_headers()


def _status(code: int) -> Callable[[Handler], None]:
    def route(h: Handler) -> None:
        h.send_error(code)

    return route


def _html(h: Handler) -> None:
    data = b"<html><body>Sign in to the Wi-Fi</body></html>"
    h.send_response(200)
    h.send_header("Content-Type", "text/html; charset=utf-8")
    h.send_header("Content-Length", str(len(data)))
    h.end_headers()
    h.wfile.write(data)


def _to_plain_http_elsewhere(h: Handler) -> None:
    h.send_response(301)
    h.send_header("Location", "http://203.0.113.7/pack/manifest.json")
    h.end_headers()


@pytest.mark.parametrize(
    ("case", "target", "route", "words"),
    [
        ("endless body", "manifest.json", _endless, "more data than expected"),
        ("huge body", "manifest.json", _huge, "more data than expected"),
        ("endless file", "checks/facebook.toml", _endless, "more data than expected"),
        ("slow server", "manifest.json", _slow, "took too long"),
        ("redirect loop", "a", _redirect_loop, "too many other addresses"),
        ("404", "manifest.json", _status(404), "'404 Not Found'"),
        ("500", "manifest.json", _status(500), "'500 Internal Server Error'"),
        ("503 every time", "manifest.json", _status(503), "'503 Service Unavailable'"),
        ("captive portal", "manifest.json", _html, "sent a web page"),
        ("redirect to http", "manifest.json", _to_plain_http_elsewhere, "secure (https)"),
    ],
)
def test_hostile_servers_are_refused(
    case: str,
    target: str,
    route: object,
    words: str,
    applied: dict[str, bytes],
    server: Server,
    base_pack: Path,
    pack_keys: PackKeys,
    tmp_path: Path,
    private_data: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    pack = make_pack(base_pack, tmp_path / "p", pack_keys.good, version=BUNDLED + 2)
    server.routes["/pack/" + target] = route  # type: ignore[assignment]
    if case == "redirect loop":
        server.routes["/pack/manifest.json.sig"] = _redirect_loop
        server.routes["/pack/b"] = _redirect_loop
    started = time.monotonic()
    code, _out, err = update(server.serve(pack), capsys)
    refused_with(err, code, words)
    unchanged(private_data, applied)
    assert time.monotonic() - started < 10


def test_transient_errors_are_retried(
    server: Server, base_pack: Path, trust_test_key: PublicKey
) -> None:
    calls: list[int] = []

    def flaky(h: Handler) -> None:
        calls.append(1)
        if len(calls) == 1:
            h.send_error(503)
            return
        data = (base_pack / "manifest.json").read_bytes()
        h.send_response(200)
        h.send_header("Content-Length", str(len(data)))
        h.end_headers()
        h.wfile.write(data)

    server.routes["/pack/manifest.json"] = flaky
    with Fetcher(server.serve(base_pack), FAST) as f:
        assert fetch_verified(f).status == "ready"
    assert len(calls) == 2


def _stall(started: threading.Event) -> object:
    def route(h: Handler) -> None:
        h.send_response(200)
        h.send_header("Content-Length", "100000")
        h.end_headers()
        h.wfile.write(b"{" * 1000)
        h.wfile.flush()
        started.set()
        h.server_state.stop.wait(20)  # type: ignore[attr-defined]

    return route


def test_cancel_stops_within_a_second(
    server: Server, base_pack: Path, trust_test_key: PublicKey
) -> None:
    started = threading.Event()
    server.routes["/pack/manifest.json"] = _stall(started)  # type: ignore[assignment]
    patient = Limits(connect_timeout=5, read_timeout=30, deadline=60, retries=2, backoff=5)
    fetcher = Fetcher(server.serve(base_pack), patient)
    result: list[BaseException] = []

    def work() -> None:
        try:
            fetch_verified(fetcher)
        except BaseException as exc:
            result.append(exc)

    t = threading.Thread(target=work)
    t.start()
    assert started.wait(5)
    time.sleep(0.2)  # the worker is now waiting inside a read
    t0 = time.monotonic()
    fetcher.cancel()
    t.join(5)
    elapsed = time.monotonic() - t0
    fetcher.close()
    assert not t.is_alive()
    assert elapsed < 1.0, elapsed
    assert isinstance(result[0], UpdateError) and result[0].key == "cancelled"
    assert read_state().pack is None


def test_total_deadline_stops_a_trickling_server(
    server: Server, base_pack: Path, trust_test_key: PublicKey
) -> None:
    def trickle(h: Handler) -> None:
        h.send_response(200)
        h.send_header("Content-Length", "5000")
        h.end_headers()
        try:
            for _ in range(5000):
                h.wfile.write(b" ")
                h.wfile.flush()
                if h.server_state.stop.wait(0.05):  # type: ignore[attr-defined]
                    return
        except OSError:
            pass

    server.routes["/pack/manifest.json"] = trickle
    limits = Limits(connect_timeout=2, read_timeout=2, deadline=1.0, retries=0)
    t0 = time.monotonic()
    with Fetcher(server.serve(base_pack), limits) as f, pytest.raises(UpdateError) as exc:
        fetch_verified(f)
    assert exc.value.key == "too_slow"
    assert time.monotonic() - t0 < 2.5


def test_proxy_from_the_environment_is_used(
    server: Server,
    base_pack: Path,
    trust_test_key: PublicKey,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The test server acts as the proxy: it receives absolute URLs for another port."""
    server.serve(base_pack)
    monkeypatch.setenv("HTTP_PROXY", f"http://127.0.0.1:{server.port}")
    monkeypatch.setenv("NO_PROXY", "")
    with Fetcher("http://127.0.0.1:9/pack/", FAST) as f:  # port 9: nothing listens there
        assert fetch_verified(f).status == "ready"
    assert server.requests[0][0] == "http://127.0.0.1:9/pack/manifest.json.sig"


def test_private_session_pack_writes_nothing_until_kept(
    server: Server, base_pack: Path, trust_test_key: PublicKey, private_data: Path
) -> None:
    from privacy_audit.updates.update import keep

    before = snapshot(private_data)
    with Fetcher(server.serve(base_pack), FAST) as f:
        outcome = fetch_verified(f)
    assert outcome.status == "ready" and outcome.pack is not None
    assert "facebook" in outcome.pack.content.platform_by_id
    assert snapshot(private_data) == before  # used for the session only: nothing written
    assert load_in_use()[1].source == "bundled"
    keep(outcome)  # the person chose to keep it on this computer
    assert load_in_use()[1].version == BUNDLED + 1


def test_only_https_or_loopback_urls() -> None:
    for url in ("http://example.org/pack/", "ftp://127.0.0.1/", "file:///etc/"):
        with pytest.raises(UpdateError) as exc:
            Fetcher(url, FAST)
        assert exc.value.key == "insecure_url"
