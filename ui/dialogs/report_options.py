"""What to print: the report's language, paper size and the "safe to carry" version.

Shown before Export PDF and Print. The choices are kept for the rest of the session (in
memory only) and start from the session's language.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ui.a11y import name


@dataclass(frozen=True)
class ReportChoices:
    #: "en", "es" or "both" (side by side).
    lang: str = "en"
    #: "letter" or "a4".
    paper: str = "letter"
    #: Only the action checklist: no score, no findings, no answers.
    safe_to_carry: bool = False


class ReportOptionsDialog(QDialog):
    """Three choices and OK / Cancel; :meth:`choices` reads them."""

    def __init__(self, parent: QWidget | None, start: ReportChoices) -> None:
        super().__init__(parent)
        self.setObjectName("reportOptionsDialog")
        self.setWindowTitle(self.tr("Report options"))
        layout = QVBoxLayout(self)

        self.lang_box = QGroupBox(self.tr("Language of the report"))
        lang_layout = QVBoxLayout(self.lang_box)
        self.lang_group = QButtonGroup(self)
        self.lang_radios: dict[str, QRadioButton] = {}
        for key, text, description in (
            ("en", "English", self.tr("The report in English")),
            ("es", "Español", self.tr("The report in Spanish")),
            (
                "both",
                self.tr("Both, side by side"),
                self.tr("English and Spanish next to each other, for a family or a group"),
            ),
        ):
            radio = QRadioButton(text)
            radio.setObjectName(f"reportLang_{key}")
            name(radio, text, description)
            self.lang_group.addButton(radio)
            lang_layout.addWidget(radio)
            self.lang_radios[key] = radio
        layout.addWidget(self.lang_box)

        self.paper_box = QGroupBox(self.tr("Paper"))
        paper_layout = QVBoxLayout(self.paper_box)
        self.paper_group = QButtonGroup(self)
        self.paper_radios: dict[str, QRadioButton] = {}
        for key, text, description in (
            ("letter", self.tr("US Letter"), self.tr("The usual paper in the United States")),
            ("a4", self.tr("A4"), self.tr("The usual paper in most other countries")),
        ):
            radio = QRadioButton(text)
            radio.setObjectName(f"reportPaper_{key}")
            name(radio, text, description)
            self.paper_group.addButton(radio)
            paper_layout.addWidget(radio)
            self.paper_radios[key] = radio
        layout.addWidget(self.paper_box)

        self.safe = QCheckBox(self.tr("Safe to carry: only the steps to take"))
        self.safe.setObjectName("reportSafeToCarry")
        name(
            self.safe,
            self.safe.text(),
            self.tr("No score, no answers and no findings are printed."),
        )
        layout.addWidget(self.safe)
        self.safe_note = QLabel(
            self.tr(
                "No score, no answers and no findings are printed. The steps still name the "
                "apps they are for."
            )
        )
        self.safe_note.setObjectName("reportSafeNote")
        self.safe_note.setWordWrap(True)
        layout.addWidget(self.safe_note)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Continue"))
        ok.setObjectName("reportOptionsOk")
        name(ok, self.tr("Continue"), self.tr("Go on with these choices"))
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("reportOptionsCancel")
        name(cancel, cancel.text().replace("&", ""), self.tr("Go back without a report"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        self.lang_radios.get(start.lang, self.lang_radios["en"]).setChecked(True)
        self.paper_radios.get(start.paper, self.paper_radios["letter"]).setChecked(True)
        self.safe.setChecked(start.safe_to_carry)
        ok.setDefault(True)
        self._first = self.lang_radios.get(start.lang, self.lang_radios["en"])

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._first.setFocus()  # the keyboard starts on the first choice; Enter continues

    def choices(self) -> ReportChoices:
        lang = next(k for k, r in self.lang_radios.items() if r.isChecked())
        paper = next(k for k, r in self.paper_radios.items() if r.isChecked())
        return ReportChoices(lang=lang, paper=paper, safe_to_carry=self.safe.isChecked())


def ask_report_choices(parent: QWidget, start: ReportChoices) -> ReportChoices | None:
    """The person's choices, or None if they cancelled."""
    dialog = ReportOptionsDialog(parent, start)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    chosen = dialog.choices()
    dialog.deleteLater()
    return chosen if accepted else None
