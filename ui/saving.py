"""Saving is on: the encrypted store, the passphrase when there is no keyring, QSettings.

In a private session nothing here is called, so nothing is written: no store, no QSettings.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QWidget

from privacy_audit.content import Content
from privacy_audit.session import AuditSession
from privacy_audit.storage import (
    AuditInfo,
    AuditStore,
    DuplicateNameError,
    KeyStatus,
    SavedAudit,
    StorageError,
    WipeReport,
    settings_path,
    wipe_everything,
)
from ui.dialogs.errors import show_error
from ui.dialogs.passphrase import PassphraseDialog


def existing_settings() -> QSettings | None:
    """Settings saved by an earlier session with saving on; None if there are none.

    Reading never creates the file, so a private session leaves no trace.
    """
    path = settings_path()
    if not path.is_file():
        return None
    return QSettings(str(path), QSettings.Format.IniFormat)


def writable_settings() -> QSettings:
    """Only for sessions with saving on: the settings file inside Huella's config folder."""
    return QSettings(str(settings_path(create_dir=True)), QSettings.Format.IniFormat)


class Saver:
    """The desktop app's side of :class:`AuditStore`."""

    def __init__(self, content: Content) -> None:
        self.content = content
        self._store: AuditStore | None = None

    @property
    def store(self) -> AuditStore:
        if self._store is None:
            self._store = AuditStore(content=self.content)
        return self._store

    def ready(self, parent: QWidget, lang: str) -> bool:
        """Make sure saves can be encrypted: keyring, or a passphrase (asked here)."""
        try:
            status = self.store.key_status()
        except StorageError as exc:
            show_error(parent, exc, lang=lang)
            return False
        if status in (KeyStatus.KEYRING, KeyStatus.UNLOCKED):
            return True
        new = status is KeyStatus.PASSPHRASE_NEW
        while True:
            dialog = PassphraseDialog(parent, new=new)
            if dialog.exec() != PassphraseDialog.DialogCode.Accepted:
                return False
            try:
                QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)  # scrypt: ~0.1 s
                try:
                    if new:
                        self.store.set_passphrase(dialog.passphrase())
                    else:
                        self.store.unlock_with_passphrase(dialog.passphrase())
                finally:
                    QApplication.restoreOverrideCursor()
            except StorageError as exc:
                show_error(parent, exc, lang=lang)  # e.g. wrong passphrase: ask again
                continue
            return True

    def default_name(self, template: str) -> str:
        stamp = dt.datetime.now().strftime("%Y-%m-%d %H:%M")
        return template.replace("%1", stamp)

    def save(self, session: AuditSession, name_template: str) -> AuditInfo:
        """Save (or update) the session's audit; raises StorageError."""
        name = session.audit_name or self.default_name(name_template)
        base = name
        n = 2
        while True:
            try:
                info = self.store.save(
                    name,
                    session.answers(),
                    audit_id=session.audit_id,
                    done_actions=sorted(session.done),
                    lang=session.lang,
                )
                break
            except StorageError as exc:
                if not isinstance(exc, DuplicateNameError) or session.audit_id is not None:
                    raise
                name = f"{base} ({n})"
                n += 1
        session.audit_id = info.id
        session.audit_name = info.name
        return info

    def list(self) -> list[AuditInfo]:
        return self.store.list_audits()

    def load(self, audit_id: str) -> SavedAudit:
        return self.store.load(audit_id)

    def rename(self, audit_id: str, name: str) -> AuditInfo:
        return self.store.rename(audit_id, name)

    def delete(self, audit_id: str) -> None:
        self.store.delete(audit_id)

    def wipe(self) -> WipeReport:
        """Delete everything: saved audits, settings, cache, the keyring entry."""
        extra: tuple[Path, ...] = ()
        if self._store is not None:
            extra = (self._store.base_dir,)
        report = wipe_everything(extra_dirs=extra)
        self._store = None
        return report
