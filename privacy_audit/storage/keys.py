"""The audit key in the OS keyring, and whether that keyring is a secure one.

The key is 32 random bytes, stored base64-encoded under service ``org.huella.Huella``,
account ``audit-key``. A keyring counts as secure unless it is keyring's ``fail`` or
``null`` backend, anything from ``keyrings.alt`` (plaintext or weakly protected files), or a
backend with priority below 1; a chainer counts as secure only if every backend in it is.
"""

from __future__ import annotations

import base64
import binascii
from typing import Any

import keyring
import keyring.errors

from privacy_audit import APP_ID
from privacy_audit.storage.crypto import KEY_BYTES, new_key
from privacy_audit.storage.errors import KeyringFailedError, NoSecureKeyringError

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


def get_key(*, create: bool) -> bytes | None:
    """The audit key from the secure keyring; with *create*, make and store one if missing.

    Raises :class:`NoSecureKeyringError` without a secure keyring, and
    :class:`KeyringFailedError` if the keyring refuses (locked, dismissed, D-Bus error) or
    holds something that is not a Huella key (it is never overwritten).
    """
    _require_secure()
    try:
        stored = keyring.get_password(SERVICE, ACCOUNT)
    except Exception as exc:
        raise KeyringFailedError(detail=_short(exc)) from None
    if stored is not None:
        if not stored.startswith(_PREFIX):
            raise KeyringFailedError(detail="the keyring entry is not a Huella key")
        try:
            key = base64.b64decode(stored[len(_PREFIX) :], validate=True)
        except (binascii.Error, ValueError):
            key = b""
        if len(key) != KEY_BYTES:
            raise KeyringFailedError(detail="the keyring entry is not a Huella key")
        return key
    if not create:
        return None
    key = new_key()
    try:
        keyring.set_password(SERVICE, ACCOUNT, _PREFIX + base64.b64encode(key).decode("ascii"))
    except Exception as exc:
        raise KeyringFailedError(detail=_short(exc)) from None
    return key


def delete_key() -> bool:
    """Remove the audit key from the keyring. True if one was removed, False if none was there.

    Raises :class:`KeyringFailedError` if the keyring refuses.
    """
    if backend_problem() is not None:
        return False
    try:
        if keyring.get_password(SERVICE, ACCOUNT) is None:
            return False
        keyring.delete_password(SERVICE, ACCOUNT)
    except keyring.errors.PasswordDeleteError:
        return False
    except Exception as exc:
        raise KeyringFailedError(detail=_short(exc)) from None
    return True
