"""No test may reach beyond this computer: an audit hook refuses, and records, any connection
or name lookup for an address that is not loopback. ``tests/conftest.py`` installs it for the
whole run and fails the run if anything was recorded (even where the code swallowed the error).
"""

from __future__ import annotations

import ipaddress
import socket
import sys
from typing import Any

#: What was refused, one line each; the session fails when this is not empty.
BLOCKED: list[str] = []
_installed = False


def _local(host: Any) -> bool:
    if host is None:
        return True  # getaddrinfo(None, port): the wildcard/loopback of a local server
    if isinstance(host, bytes):
        host = host.decode("ascii", "replace")
    if not isinstance(host, str):
        return False
    host = host.strip("[]").split("%")[0]
    if host in ("localhost", ""):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _hook(event: str, args: tuple[Any, ...]) -> None:
    if event == "socket.connect":
        sock, address = args
        if sock.family in (socket.AF_INET, socket.AF_INET6) and not _local(address[0]):
            BLOCKED.append(f"connect to {address!r}")
            raise ConnectionRefusedError(f"test network guard: {address!r} is not loopback")
    elif event == "socket.getaddrinfo":
        if not _local(args[0]):
            BLOCKED.append(f"name lookup of {args[0]!r}")
            raise socket.gaierror(f"test network guard: no lookup of {args[0]!r}")


def install() -> None:
    global _installed
    if not _installed:
        sys.addaudithook(_hook)
        _installed = True
