"""The list of saved audits: open, rename, delete (shown only when saving is on)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from privacy_audit.storage import AuditInfo, StorageError
from ui.a11y import name
from ui.dialogs.errors import show_error
from ui.saving import Saver


class SavedAuditsDialog(QDialog):
    """Signals:
    open_requested(str): the id of the audit to open.
    """

    open_requested = Signal(str)

    def __init__(self, parent: QWidget | None, saver: Saver, lang: str) -> None:
        super().__init__(parent)
        self.saver = saver
        self.lang = lang
        self.setObjectName("savedAuditsDialog")
        self.setWindowTitle(self.tr("Saved audits"))
        lay = QVBoxLayout(self)
        self.intro = QLabel(
            self.tr("Audits saved on this computer, newest first. They are encrypted.")
        )
        self.intro.setWordWrap(True)
        lay.addWidget(self.intro)
        self.list = QListWidget()
        self.list.setObjectName("savedAuditsListWidget")
        name(self.list, self.tr("Saved audits"), self.tr("Choose an audit, then Open"))
        self.list.itemActivated.connect(lambda _item: self._open())
        lay.addWidget(self.list, 1)
        row = QHBoxLayout()
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.setObjectName("openAuditButton")
        name(self.open_button, self.tr("Open"), self.tr("Continue the chosen audit"))
        self.rename_button = QPushButton(self.tr("&Rename…"))
        self.rename_button.setObjectName("renameAuditButton")
        name(self.rename_button, self.tr("Rename"), self.tr("Give the chosen audit a new name"))
        self.delete_button = QPushButton(self.tr("&Delete…"))
        self.delete_button.setObjectName("deleteAuditButton")
        name(self.delete_button, self.tr("Delete"), self.tr("Delete the chosen audit"))
        self.close_button = QPushButton(self.tr("&Close"))
        self.close_button.setObjectName("closeSavedAuditsButton")
        name(self.close_button, self.tr("Close"), self.tr("Close this list"))
        for b in (self.open_button, self.rename_button, self.delete_button):
            row.addWidget(b)
        row.addStretch(1)
        row.addWidget(self.close_button)
        lay.addLayout(row)
        self.open_button.clicked.connect(self._open)
        self.rename_button.clicked.connect(self._rename)
        self.delete_button.clicked.connect(self._delete)
        self.close_button.clicked.connect(self.reject)
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.resize(self.fontMetrics().horizontalAdvance("M") * 40, self.sizeHint().height())
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        failed: StorageError | None = None
        try:
            audits = self.saver.list()
        except StorageError as exc:
            show_error(self, exc, lang=self.lang)
            audits, failed = [], exc
        for info in audits:
            item = QListWidgetItem(self._label(info))
            item.setData(Qt.ItemDataRole.UserRole, info.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, info.damaged)
            item.setData(Qt.ItemDataRole.UserRole + 2, info.name)
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, self._label(info))
            self.list.addItem(item)
        if not audits:
            # An unreadable folder is not an empty one: the list says what went wrong.
            text = failed.message(self.lang) if failed else self.tr("No saved audits yet.")
            empty = QListWidgetItem(text)
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(empty)
        else:
            self.list.setCurrentRow(0)
        self._update_buttons()

    def _label(self, info: AuditInfo) -> str:
        if info.damaged:
            return self.tr("Damaged: %1").replace("%1", info.message_in(self.lang))
        when = info.modified.astimezone().strftime("%Y-%m-%d %H:%M") if info.modified else ""
        return self.tr("%1 — last changed %2").replace("%1", info.name).replace("%2", when)

    def _current(self) -> tuple[str, bool] | None:
        item = self.list.currentItem()
        if item is None or not item.data(Qt.ItemDataRole.UserRole):
            return None
        return str(item.data(Qt.ItemDataRole.UserRole)), bool(
            item.data(Qt.ItemDataRole.UserRole + 1)
        )

    def _update_buttons(self) -> None:
        cur = self._current()
        self.open_button.setEnabled(cur is not None and not cur[1])
        self.rename_button.setEnabled(cur is not None and not cur[1])
        self.delete_button.setEnabled(cur is not None)

    def _open(self) -> None:
        cur = self._current()
        if cur is None or cur[1]:
            return
        self.open_requested.emit(cur[0])
        self.accept()

    def _rename(self) -> None:
        cur = self._current()
        if cur is None:
            return
        item = self.list.currentItem()
        old = str(item.data(Qt.ItemDataRole.UserRole + 2) or "")
        new, ok = QInputDialog.getText(
            self, self.tr("Rename audit"), self.tr("New name:"), text=old
        )
        if not ok or not new.strip():
            return
        try:
            self.saver.rename(cur[0], new)
        except StorageError as exc:
            show_error(self, exc, lang=self.lang)
        self.reload()

    def _delete(self) -> None:
        cur = self._current()
        if cur is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete audit"),
            self.tr("Delete this saved audit? This cannot be undone."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.saver.delete(cur[0])
        except StorageError as exc:
            show_error(self, exc, lang=self.lang)
        self.reload()
