"""Encrypted local storage of saved audits, and "Delete everything".

See ``docs/security.md`` for the threat model, the file format and key handling. The
desktop app uses :class:`AuditStore`, :func:`wipe_everything` and the folder helpers in
:mod:`privacy_audit.userdirs`; nothing here imports Qt.
"""

from typing import TYPE_CHECKING, Any

from privacy_audit.storage.errors import (
    AuditNotFoundAmongDamagedError,
    AuditNotFoundError,
    DamagedAuditError,
    DuplicateNameError,
    InvalidLanguageError,
    InvalidNameError,
    KeyringFailedError,
    KeyringUnreachableError,
    LockedError,
    NeedsKeyringError,
    NewerFormatError,
    NoBackupError,
    NoPassphraseError,
    NoSecureKeyringError,
    OtherKeyError,
    PassphraseAlreadySetError,
    PassphraseFileDamagedError,
    PassphraseTooShortError,
    StorageError,
    StorageIOError,
    UnreadableFolderError,
    WrongPassphraseError,
)
from privacy_audit.userdirs import (
    cache_dir,
    config_dir,
    data_dir,
    ensure_private_dir,
    settings_path,
)

if TYPE_CHECKING:
    from privacy_audit.storage.store import AuditInfo, AuditStore, KeyStatus, SavedAudit
    from privacy_audit.storage.wipe import WipeReport, app_dirs, wipe_everything

# The store and wipe pull in keyring and cryptography (~0.4 s): imported on first use only,
# so the app's start-up (which only asks whether a settings file exists) does not pay for them.
_LAZY = {
    "AuditInfo": "store",
    "AuditStore": "store",
    "KeyStatus": "store",
    "SavedAudit": "store",
    "WipeReport": "wipe",
    "app_dirs": "wipe",
    "wipe_everything": "wipe",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


__all__ = [
    "AuditInfo",
    "AuditNotFoundAmongDamagedError",
    "AuditNotFoundError",
    "AuditStore",
    "DamagedAuditError",
    "DuplicateNameError",
    "InvalidLanguageError",
    "InvalidNameError",
    "KeyStatus",
    "KeyringFailedError",
    "KeyringUnreachableError",
    "LockedError",
    "NeedsKeyringError",
    "NewerFormatError",
    "NoBackupError",
    "NoPassphraseError",
    "NoSecureKeyringError",
    "OtherKeyError",
    "PassphraseAlreadySetError",
    "PassphraseFileDamagedError",
    "PassphraseTooShortError",
    "SavedAudit",
    "StorageError",
    "StorageIOError",
    "UnreadableFolderError",
    "WipeReport",
    "WrongPassphraseError",
    "app_dirs",
    "cache_dir",
    "config_dir",
    "data_dir",
    "ensure_private_dir",
    "settings_path",
    "wipe_everything",
]
