"""Ask for the passphrase that protects saved audits when there is no secure keyring."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ui.a11y import name

MIN_LENGTH = 8


class PassphraseDialog(QDialog):
    """*new*: choose one (typed twice); otherwise: enter the one chosen earlier."""

    def __init__(self, parent: QWidget | None, *, new: bool) -> None:
        super().__init__(parent)
        self.new = new
        self.setObjectName("passphraseDialog")
        self.setWindowTitle(self.tr("Protect your saved audits"))
        lay = QVBoxLayout(self)
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        if new:
            self.explain.setText(
                self.tr(
                    "This computer has no secure keyring, so Huella protects your saved audits "
                    "with a passphrase. Choose one with at least 8 characters. If you forget "
                    "it, your saved audits cannot be opened; no one can recover it."
                )
            )
        else:
            self.explain.setText(self.tr("Enter the passphrase you chose for your saved audits."))
        lay.addWidget(self.explain)
        form = QFormLayout()
        self.first = QLineEdit()
        self.first.setObjectName("passphraseLineEdit")
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        name(self.first, self.tr("Passphrase"), self.tr("At least 8 characters"))
        form.addRow(self.tr("&Passphrase:"), self.first)
        self.second = QLineEdit()
        self.second.setObjectName("passphraseAgainLineEdit")
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        name(self.second, self.tr("Passphrase again"), self.tr("Type the same passphrase again"))
        if new:
            form.addRow(self.tr("&Again:"), self.second)
        else:
            self.second.hide()
        lay.addLayout(form)
        self.problem = QLabel()
        self.problem.setObjectName("passphraseProblem")
        self.problem.setWordWrap(True)
        lay.addWidget(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        for b in buttons.buttons():
            name(b, b.text().replace("&", ""), self.tr("Confirm or cancel the passphrase"))
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)

    def passphrase(self) -> str:
        return self.first.text()

    def _check(self) -> None:
        if self.new:
            if len(self.first.text()) < MIN_LENGTH:
                self.problem.setText(self.tr("A passphrase needs at least 8 characters."))
                return
            if self.first.text() != self.second.text():
                self.problem.setText(self.tr("The two passphrases are different."))
                return
        elif not self.first.text():
            self.problem.setText(self.tr("Please enter the passphrase."))
            return
        self.accept()
