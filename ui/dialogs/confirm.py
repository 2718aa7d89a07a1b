"""The one confirmation dialog: before anything that clears or deletes what is on screen."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget


def confirm(
    parent: QWidget,
    title: str,
    text: str,
    *,
    details: str = "",
    destructive: str = "",
    button_name: str = "",
) -> bool:
    """Ask *text*; True if the person agreed. Cancel is the default (Enter, Escape).

    With *destructive* (the button's label, e.g. "Delete everything") the question is a
    warning and the button says what it does (object name *button_name*); otherwise the
    buttons are Yes and Cancel.
    """
    box = QMessageBox(parent)
    box.setWindowTitle(title)
    box.setText(text)
    if details:
        box.setInformativeText(details)
    yes: QAbstractButton | None
    if destructive:
        box.setIcon(QMessageBox.Icon.Warning)
        yes = box.addButton(destructive, QMessageBox.ButtonRole.DestructiveRole)
        if button_name:
            yes.setObjectName(button_name)
        box.addButton(QMessageBox.StandardButton.Cancel)
    else:
        box.setIcon(QMessageBox.Icon.Question)
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        yes = box.button(QMessageBox.StandardButton.Yes)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    agreed = yes is not None and box.clickedButton() is yes
    box.deleteLater()
    return agreed
