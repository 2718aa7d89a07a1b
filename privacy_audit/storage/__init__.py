"""Encrypted local storage of saved audits, and "Delete everything".

See ``docs/security.md`` for the threat model, the file format and key handling. The
desktop app uses :class:`AuditStore`, :func:`wipe_everything` and the folder helpers in
:mod:`privacy_audit.storage.paths`; nothing here imports Qt.
"""

from privacy_audit.storage.errors import (
    AuditNotFoundError,
    DamagedAuditError,
    DuplicateNameError,
    InvalidLanguageError,
    InvalidNameError,
    KeyringFailedError,
    LockedError,
    NeedsKeyringError,
    NewerFormatError,
    NoBackupError,
    NoPassphraseError,
    NoSecureKeyringError,
    OtherKeyError,
    PassphraseAlreadySetError,
    PassphraseTooShortError,
    StorageError,
    StorageIOError,
    WrongPassphraseError,
)
from privacy_audit.storage.paths import (
    cache_dir,
    config_dir,
    data_dir,
    ensure_private_dir,
    settings_path,
)
from privacy_audit.storage.store import AuditInfo, AuditStore, KeyStatus, SavedAudit
from privacy_audit.storage.wipe import WipeReport, app_dirs, wipe_everything

__all__ = [
    "AuditInfo",
    "AuditNotFoundError",
    "AuditStore",
    "DamagedAuditError",
    "DuplicateNameError",
    "InvalidLanguageError",
    "InvalidNameError",
    "KeyStatus",
    "KeyringFailedError",
    "LockedError",
    "NeedsKeyringError",
    "NewerFormatError",
    "NoBackupError",
    "NoPassphraseError",
    "NoSecureKeyringError",
    "OtherKeyError",
    "PassphraseAlreadySetError",
    "PassphraseTooShortError",
    "SavedAudit",
    "StorageError",
    "StorageIOError",
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
