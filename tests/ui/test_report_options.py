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
