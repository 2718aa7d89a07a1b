"""The report-options dialog (before Export PDF and Print): named for screen readers, in the
session's language, keyboard-first, and its choices read back exactly."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QCheckBox, QDialogButtonBox, QPushButton, QRadioButton
from pytestqt.qtbot import QtBot
from test_accessibility import missing

from ui.dialogs.report_options import ReportChoices, ReportOptionsDialog
from ui.i18n import Translators


@pytest.mark.parametrize("lang", ["en", "es"])
def test_dialog_is_named_described_and_translated(qtbot: QtBot, lang: str) -> None:
    translators = Translators()
    translators.apply(lang)
    try:
        dialog = ReportOptionsDialog(None, ReportChoices(lang=lang))
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert missing(dialog) == []
        title = {"en": "Report options", "es": "Opciones del informe"}[lang]
        assert dialog.windowTitle() == title
        assert dialog.lang_radios[lang].isChecked()
        assert dialog.focusWidget() is dialog.lang_radios[lang]  # the keyboard starts there
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        assert isinstance(ok, QPushButton) and ok.isDefault()
        if lang == "es":  # no English left on a Spanish dialog (names of languages aside)
            english = {"Report options", "Paper", "US Letter", "Continue", "Both, side by side"}
            shown = {w.text() for w in dialog.findChildren(QRadioButton)}
            shown |= {w.text() for w in dialog.findChildren(QCheckBox)}
            shown |= {ok.text(), dialog.paper_box.title(), dialog.lang_box.title()}
            assert not shown & english, shown & english
    finally:
        translators.apply("en")


def test_choices_by_keyboard_and_cancel(qtbot: QtBot) -> None:
    dialog = ReportOptionsDialog(None, ReportChoices(lang="es", paper="a4", safe_to_carry=True))
    qtbot.addWidget(dialog)
    assert dialog.choices() == ReportChoices(lang="es", paper="a4", safe_to_carry=True)
    QTest.keyClick(dialog.safe, Qt.Key.Key_Space)
    dialog.lang_radios["both"].click()
    dialog.paper_radios["letter"].click()
    assert dialog.choices() == ReportChoices(lang="both", paper="letter", safe_to_carry=False)
    with qtbot.waitSignal(dialog.rejected, timeout=2000):
        dialog.show()
        QTest.keyClick(dialog, Qt.Key.Key_Escape)


def test_details_are_off_by_default_and_never_with_safe_to_carry(qtbot: QtBot) -> None:
    dialog = ReportOptionsDialog(None, ReportChoices())
    qtbot.addWidget(dialog)
    assert not dialog.details.isChecked() and dialog.details.isEnabled()
    assert dialog.choices().details is False
    QTest.keyClick(dialog.details, Qt.Key.Key_Space)
    assert dialog.choices() == ReportChoices(details=True)
    # Safe to carry holds no findings: choosing it clears and disables the details.
    QTest.keyClick(dialog.safe, Qt.Key.Key_Space)
    assert not dialog.details.isChecked() and not dialog.details.isEnabled()
    assert dialog.choices() == ReportChoices(safe_to_carry=True, details=False)
    # The note under "safe to carry" says truthfully that the steps name their apps.
    assert "names the" in dialog.safe_note.text() and "app" in dialog.safe_note.text()
    assert "four pages" in dialog.details_note.text()
