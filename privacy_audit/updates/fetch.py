"""The only network code in Huella: a pack fetched from a web server with ``requests``.

Hygiene, each enforced here:

* one :class:`requests.Session` per update; no cookies kept (a policy that refuses them all);
* an honest User-Agent with no identifier (``Huella/<version> (content update)``);
* connect and read timeouts, and a total deadline for the whole update (a watchdog closes the
  connection when it passes, so a server trickling one byte at a time cannot hold on);
* every body streamed with a cap (the manifest's size for each file), never read whole;
  ``Accept-Encoding: identity``, and the cap counts decoded bytes anyway;
* bounded retries with backoff on transient errors (no connection, timeouts, 429/502/503/504);
* redirects followed by hand, at most :data:`MAX_REDIRECTS`, each to https only (plain http
  only between loopback addresses, which is what the tests use);
* proxies from the environment honoured (``HTTPS_PROXY``, ``ALL_PROXY``; for Tor or a SOCKS
  VPN, install ``requests[socks]`` and set ``ALL_PROXY=socks5h://127.0.0.1:9050``);
* :meth:`Fetcher.cancel` from another thread stops within a moment: it sets a flag checked
  between chunks and shuts the socket down, so a read that waits on the server returns now.

Every failure is an :class:`UpdateError`: one calm sentence, nothing changed.
"""

from __future__ import annotations

import http.cookiejar
import ipaddress
import socket
import threading
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, urljoin, urlsplit

from privacy_audit.updates.errors import UpdateError

if TYPE_CHECKING:
    import requests

#: Where the project publishes its packs (the folder holding manifest.json).
DEFAULT_URL = "https://huella-project.github.io/content/current/"
MAX_REDIRECTS = 3
CHUNK = 16 * 1024
RETRY_STATUS = frozenset({429, 502, 503, 504})


@dataclass(frozen=True)
class Limits:
    connect_timeout: float = 10.0
    read_timeout: float = 20.0
    deadline: float = 180.0  # the whole update, every file and retry included
    retries: int = 2
    backoff: float = 1.0  # seconds before the first retry; doubles each time


def user_agent() -> str:
    from privacy_audit import __version__

    return f"Huella/{__version__} (content update)"


class _NoCookies(http.cookiejar.DefaultCookiePolicy):
    def set_ok(self, cookie: http.cookiejar.Cookie, request: Any) -> bool:
        return False

    def return_ok(self, cookie: http.cookiejar.Cookie, request: Any) -> bool:
        return False


def is_loopback(host: str | None) -> bool:
    if not host:
        return False
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_url(url: str, *, loopback_http: bool = True) -> str:
    """*url* if Huella may fetch from it: https, or http to a loopback address (only when
    *loopback_http*: a redirect from an https server may never lead to this computer)."""
    parts = urlsplit(url)
    if parts.scheme == "https" and parts.hostname:
        return url
    if loopback_http and parts.scheme == "http" and is_loopback(parts.hostname):
        return url
    raise UpdateError("insecure_url", url=url[:200])


def host_of(url: str) -> str:
    return urlsplit(url).hostname or url


class Fetcher:
    """Reads the files of one pack from *base_url* (a folder: ``.../manifest.json``)."""

    def __init__(self, base_url: str, limits: Limits | None = None) -> None:
        import requests
        from requests.adapters import HTTPAdapter

        base = base_url if base_url.endswith("/") else base_url + "/"
        self.base_url = check_url(base)
        self.host = host_of(self.base_url)
        self._local = urlsplit(self.base_url).scheme == "http"  # only ever loopback (tests)
        self.limits = limits or Limits()
        self.session = requests.Session()
        # Not trust_env: that would also send passwords from ~/.netrc. Proxies come from the
        # environment all the same (see _get), and certificates are checked against certifi.
        self.session.trust_env = False
        self.session.cookies = requests.cookies.RequestsCookieJar(policy=_NoCookies())
        self.session.headers.clear()
        self.session.headers.update(
            {"User-Agent": user_agent(), "Accept": "*/*", "Accept-Encoding": "identity"}
        )
        adapter = HTTPAdapter(max_retries=0, pool_connections=1, pool_maxsize=1)
        self.session.mount("https://", adapter)
        self.session.mount("http://", adapter)
        self._lock = threading.Lock()
        self._active: requests.Response | None = None
        self._stop: str | None = None  # "cancelled" or "too_slow"
        self._started = time.monotonic()
        self._watchdog = threading.Timer(self.limits.deadline, self._abort, ("too_slow",))
        self._watchdog.daemon = True
        self._watchdog.start()
        self._wake = threading.Event()

    # -- stopping ------------------------------------------------------------------------------
    def cancel(self) -> None:
        """Stop now (from any thread); the fetching thread raises ``cancelled``."""
        self._abort("cancelled")

    @property
    def cancelled(self) -> bool:
        return self._stop == "cancelled"

    def _abort(self, reason: str) -> None:
        with self._lock:
            if self._stop is None:
                self._stop = reason
            resp = self._active
        self._wake.set()
        if resp is not None:
            _shutdown(resp)

    def _check_stop(self) -> None:
        if self._stop is not None:
            raise UpdateError(self._stop, host=self.host)

    def close(self) -> None:
        self._watchdog.cancel()
        self.session.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- fetching ------------------------------------------------------------------------------
    def url_for(self, name: str) -> str:
        return urljoin(self.base_url, "/".join(quote(p) for p in name.split("/")))

    def read(self, name: str, cap: int) -> bytes:
        """The body of *name* (at most *cap* bytes), with retries on transient errors."""
        import requests

        attempt = 0
        while True:
            self._check_stop()
            try:
                return self._get(self.url_for(name), name, cap)
            except _Transient as exc:
                if attempt >= self.limits.retries:
                    raise exc.error from None
            except requests.exceptions.RequestException as exc:
                self._check_stop()
                error = _describe(exc, self.host)
                if attempt >= self.limits.retries:
                    raise error from None
            attempt += 1
            self._wake.wait(self.limits.backoff * 2 ** (attempt - 1))  # cancel wakes it

    def _get(self, url: str, name: str, cap: int) -> bytes:
        from requests.utils import get_environ_proxies

        for _ in range(MAX_REDIRECTS + 1):
            resp = self.session.get(
                url,
                proxies=get_environ_proxies(url),
                stream=True,
                allow_redirects=False,
                timeout=(self.limits.connect_timeout, self.limits.read_timeout),
            )
            with self._lock:
                self._active = resp
            try:
                self._check_stop()
                if resp.is_redirect:
                    location = resp.headers.get("Location", "")
                    url = check_url(urljoin(url, location), loopback_http=self._local)
                    continue
                return self._body(resp, name, cap)
            finally:
                with self._lock:
                    self._active = None
                resp.close()
        raise UpdateError("redirects", host=self.host)

    def _body(self, resp: requests.Response, name: str, cap: int) -> bytes:
        import requests

        if resp.status_code != 200:
            error = UpdateError(
                "http_status", host=self.host, status=f"{resp.status_code} {resp.reason}", name=name
            )
            if resp.status_code in RETRY_STATUS:
                raise _Transient(error)
            raise error
        if resp.headers.get("Content-Type", "").split(";")[0].strip().lower() == "text/html":
            raise UpdateError("wrong_type", host=self.host)
        length = resp.headers.get("Content-Length", "")
        if length.isdigit() and int(length) > cap:
            raise UpdateError("too_big", host=self.host, name=name)
        body = bytearray()
        try:
            for chunk in resp.iter_content(CHUNK):
                self._check_stop()
                body += chunk
                if len(body) > cap:
                    raise UpdateError("too_big", host=self.host, name=name)
        except requests.exceptions.RequestException:
            self._check_stop()  # a connection shut by cancel() or the deadline
            raise
        self._check_stop()
        return bytes(body)


class _Transient(Exception):
    def __init__(self, error: UpdateError) -> None:
        super().__init__(str(error))
        self.error = error


def _describe(exc: Exception, host: str) -> UpdateError:
    import requests

    if isinstance(exc, requests.exceptions.ConnectTimeout):
        return UpdateError("no_connection", host=host)
    if isinstance(exc, (requests.exceptions.Timeout, requests.exceptions.ChunkedEncodingError)):
        return UpdateError("too_slow", host=host)
    return UpdateError("no_connection", host=host)


def _shutdown(resp: requests.Response) -> None:
    """Shut the response's socket down so a read waiting in another thread returns at once."""
    raw = resp.raw
    candidates = [
        getattr(getattr(raw, "connection", None), "sock", None),
        getattr(
            getattr(getattr(getattr(raw, "_fp", None), "fp", None), "raw", None), "_sock", None
        ),
    ]
    for sock in candidates:
        if isinstance(sock, socket.socket):
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            return
