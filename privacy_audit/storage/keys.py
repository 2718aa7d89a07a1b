"""The audit key in the OS keyring, and whether that keyring is a secure one.

The key is 32 random bytes, stored base64-encoded under service ``org.huella.Huella``,
account ``audit-key``. A keyring counts as secure unless it is keyring's ``fail`` or
``null`` backend, anything from ``keyrings.alt`` (plaintext or weakly protected files), or a
backend with priority below 1; a chainer counts as secure only if every backend in it is.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

if sys.platform != "darwin":
    # keyring discovers every backend it ships, and importing its macOS backend's ``api``
    # calls ctypes.util.find_library three times, which on Linux runs ldconfig and gcc (a
    # temp file in $TMPDIR for each, and a dozen more from the compiler). The macOS backend
    # is never usable elsewhere (its priority raises "macOS required"), so its api module is
    # marked as missing before keyring looks; nothing then runs a compiler or writes to the
    # temp folder.
    sys.modules.setdefault("keyring.backends.macOS.api", None)  # type: ignore[arg-type]

import keyring
import keyring.errors

from privacy_audit import APP_ID
from privacy_audit.storage.crypto import KEY_BYTES, new_key
from privacy_audit.storage.errors import (
    KeyringFailedError,
    KeyringUnreachableError,
    NoSecureKeyringError,
)
from privacy_audit.userdirs import FILE_MODE, data_dir, ensure_private_dir

try:
    import fcntl
except ImportError:  # Windows: no flock; the keyring there serialises nothing either
    fcntl = None  # type: ignore[assignment]

#: The lock file that serialises key creation between Huella processes (data folder).
LOCK_NAME = ".key.lock"

SERVICE = APP_ID
ACCOUNT = "audit-key"
_PREFIX = "huella-key-v1:"
_INSECURE_MODULES = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")


def _backend_name(backend: Any) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


_checked: tuple[Any, str | None] | None = None


def backend_problem(backend: Any | None = None) -> str | None:
    """Why *backend* (default: keyring's current one) is not secure, or None if it is.

    The answer for keyring's current backend is remembered until another backend is set
    (asking the Secret Service backend its priority opens a D-Bus connection each time).
    """
    global _checked
    if backend is None:
        try:
            current = keyring.get_keyring()
        except Exception as exc:  # a broken keyring configuration is "no keyring"
            return f"keyring could not start: {type(exc).__name__}"
        if _checked is not None and _checked[0] is current:
            return _checked[1]
        problem = backend_problem(current)
        _checked = (current, problem)
        return problem
    inner = getattr(backend, "backends", None)
    if isinstance(inner, list | tuple):  # keyring.backends.chainer.ChainerBackend
        if not inner:
            return "no keyring backend"
        for b in inner:
            problem = backend_problem(b)
            if problem is not None:
                return problem
        return None
    name = _backend_name(backend)
    if any(name == m or name.startswith(m + ".") for m in _INSECURE_MODULES):
        return name
    try:
        priority = float(backend.priority)
    except Exception:
        return f"{name} (unknown priority)"
    if priority < 1:
        return f"{name} (priority {priority:g})"
    return None


def secure_keyring_available() -> bool:
    return backend_problem() is None


def _require_secure() -> None:
    problem = backend_problem()
    if problem is not None:
        raise NoSecureKeyringError(backend=problem)


def _short(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[0]}" if text else type(exc).__name__


def _stored_key() -> bytes | None:
    try:
        stored = keyring.get_password(SERVICE, ACCOUNT)
    except Exception as exc:
        raise KeyringFailedError(detail=_short(exc)) from None
    if stored is None:
        return None
    if not stored.startswith(_PREFIX):
        raise KeyringFailedError(detail="the keyring entry is not a Huella key")
    try:
        key = base64.b64decode(stored[len(_PREFIX) :], validate=True)
    except (binascii.Error, ValueError):
        key = b""
    if len(key) != KEY_BYTES:
        raise KeyringFailedError(detail="the keyring entry is not a Huella key")
    return key


@contextlib.contextmanager
def creation_lock(folder: Path | None = None) -> Iterator[None]:
    """An exclusive lock (``flock``) on ``<folder>/.key.lock`` (default: the data folder).

    Two Huella processes (two windows, the app and the command line) that both find no key
    must not each create one: the second would replace the first in the keyring, and every
    audit saved with the first could never be opened. Creating the key under this lock, with
    the keyring read again inside it, makes the second one use the first one's key.
    """
    if fcntl is None:
        yield
        return
    folder = folder if folder is not None else data_dir()
    try:
        ensure_private_dir(folder)
        fd = os.open(folder / LOCK_NAME, os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0),
                     FILE_MODE)  # fmt: skip
    except OSError as exc:
        raise KeyringFailedError(detail=f"{folder}: {exc.strerror or exc}") from None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # closing releases the lock


def get_key(*, create: bool, lock_dir: Path | None = None) -> bytes | None:
    """The audit key from the secure keyring; with *create*, make and store one if missing.

    A new key is made only under :func:`creation_lock` (in *lock_dir*, default the data
    folder), after reading the keyring again inside the lock. Raises
    :class:`NoSecureKeyringError` without a secure keyring, and :class:`KeyringFailedError`
    if the keyring refuses (locked, dismissed, D-Bus error) or holds something that is not a
    Huella key (it is never overwritten).
    """
    _require_secure()
    key = _stored_key()
    if key is not None or not create:
        return key
    with creation_lock(lock_dir):
        key = _stored_key()  # another process may have made it while we waited
        if key is not None:
            return key
        key = new_key()
        try:
            keyring.set_password(SERVICE, ACCOUNT, _PREFIX + base64.b64encode(key).decode("ascii"))
        except Exception as exc:
            raise KeyringFailedError(detail=_short(exc)) from None
    return key


def delete_key() -> bool:
    """Remove the audit key from the keyring. True if one was removed, False if the keyring
    was reached and none was there.

    Raises :class:`KeyringUnreachableError` when no secure keyring can be reached (no session
    bus: a TTY, ssh, cron; or only an insecure backend): the key may still be there, and the
    caller must say so rather than report success.
    """
    problem = backend_problem()
    if problem is not None:
        raise KeyringUnreachableError(detail=problem)
    try:
        if keyring.get_password(SERVICE, ACCOUNT) is None:
            return False
        keyring.delete_password(SERVICE, ACCOUNT)
    except Exception as exc:
        raise KeyringUnreachableError(detail=_short(exc)) from None
    try:
        still = keyring.get_password(SERVICE, ACCOUNT)
    except Exception as exc:
        raise KeyringUnreachableError(detail=_short(exc)) from None
    if still is not None:
        raise KeyringUnreachableError(detail="the entry is still there after deleting it")
    return True
