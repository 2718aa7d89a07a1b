"""Saving on: encrypted saves, saved-audit list (open, rename, delete), Delete everything,
window state in QSettings. Saving off: no QSettings, no store."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest
import ui_drive as drive
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from privacy_audit.content import Content
from privacy_audit.storage import AuditStore, data_dir, settings_path
from ui.app import make_window
from ui.dialogs.passphrase import PassphraseDialog
from ui.dialogs.saved_audits import SavedAuditsDialog
from ui.i18n import Translators
from ui.main_window import MainWindow

PASS = "correct horse battery"


@pytest.fixture
def no_keyring() -> Iterator[None]:
    """The machine has no secure keyring: saves are protected by a passphrase."""
    before = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    yield
    keyring.set_keyring(before)


def fill_passphrase(dialog: QWidget) -> None:
    assert isinstance(dialog, PassphraseDialog)
    dialog.first.setText(PASS)
    dialog.second.setText(PASS)
    dialog._check()


def turn_saving_on(window: MainWindow) -> None:
    drive.when_modal(fill_passphrase)
    welcome = window.pages["welcome"]
    welcome.save_radio.setFocus()  # type: ignore[attr-defined]
    drive.key(Qt.Key.Key_Space)
    assert window.session.saving


def answer_something(window: MainWindow, content: Content) -> dict[str, str]:
    pid = window.session.choosable_platforms()[0]
    window.page("accounts").boxes[pid].setChecked(True)  # type: ignore[attr-defined]
    q = content.platform_by_id[pid].questions[0]
    window.session.set_answer(q.id, q.options[0].id)
    window.files.autosave(now=True)
    return window.session.all_answers()


def unlocked_store(content: Content) -> AuditStore:
    store = AuditStore(content=content)
    store.unlock_with_passphrase(PASS)
    return store


def test_private_session_writes_no_settings_and_no_store(
    window: MainWindow, content: Content
) -> None:
    answer_something(window, content)
    window.close()
    assert not settings_path().exists()
    assert not data_dir().exists()


@pytest.mark.usefixtures("no_keyring")
def test_save_open_rename_delete(qtbot: QtBot, window: MainWindow, content: Content) -> None:
    window.activateWindow()
    turn_saving_on(window)
    answers = answer_something(window, content)
    store = unlocked_store(content)
    (info,) = store.list_audits()
    assert store.load(info.id).answers.answers == answers

    dialog = window.files.saved_audits_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.list.count() == 1

    def rename(box: QWidget) -> None:
        assert isinstance(box, QInputDialog)
        box.setTextValue("Rosa, first try")
        box.accept()

    drive.when_modal(rename)
    dialog.rename_button.click()
    assert unlocked_store(content).list_audits()[0].name == "Rosa, first try"
    assert "Rosa, first try" in dialog.list.item(0).text()

    # Open it into a fresh window (decrypted in a worker thread).
    window.new_session(saving=True)
    assert window.session.all_answers() == {}
    with qtbot.waitSignal(dialog.open_requested):
        dialog.open_button.click()
    qtbot.waitUntil(lambda: window.session.audit_id == info.id, timeout=5000)
    assert window.session.all_answers() == answers
    assert window.session.page == "results"

    dialog2 = window.files.saved_audits_dialog()
    assert isinstance(dialog2, SavedAuditsDialog)
    qtbot.addWidget(dialog2)

    def yes(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        box.button(QMessageBox.StandardButton.Yes).click()

    drive.when_modal(yes)
    dialog2.delete_button.click()
    assert unlocked_store(content).list_audits() == []


@pytest.mark.usefixtures("no_keyring")
def test_damaged_audit_gives_a_clear_dialog(
    qtbot: QtBot, window: MainWindow, content: Content
) -> None:
    turn_saving_on(window)
    answer_something(window, content)
    (info,) = unlocked_store(content).list_audits()
    blob = bytearray(info.path.read_bytes())
    blob[-5] ^= 0xFF
    info.path.write_bytes(bytes(blob))
    seen: list[str] = []

    def read_and_close(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen.append(box.text() + " " + box.informativeText())
        box.accept()

    drive.when_modal(read_and_close)
    window.files.open_audit(info.id)
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert "damaged" in seen[0]
    assert "Traceback" not in seen[0]


@pytest.mark.usefixtures("no_keyring")
def test_delete_everything_from_the_menu(
    qtbot: QtBot, window: MainWindow, content: Content
) -> None:
    turn_saving_on(window)
    answer_something(window, content)
    window.files.save_settings()
    assert settings_path().is_file()
    assert any(data_dir().rglob("*.huella"))

    notices: list[str] = []

    def notice(done: QWidget) -> None:
        assert isinstance(done, QMessageBox)
        notices.append(done.text())
        done.accept()

    def confirm(box: QWidget) -> None:
        button = box.findChild(QPushButton, "confirmDeleteEverythingButton")
        assert button is not None
        drive.when_modal(notice)  # the "deleted" notice
        button.click()

    drive.when_modal(confirm)
    window.menus.delete_all.trigger()
    assert not settings_path().exists()
    assert not data_dir().exists()
    assert not window.session.saving
    assert window.session.all_answers() == {}
    # No keyring could be reached here (keyring's "fail" backend): the app says so, in the
    # same words as `privacy-audit wipe`, instead of "everything was deleted".
    assert len(notices) == 1
    assert (
        "Huella could not reach the system keyring, so its key may still be there" in (notices[0])
    )
    assert "Everything Huella kept" not in notices[0]


@pytest.mark.usefixtures("no_keyring")
def test_window_state_restored_only_when_saving(
    qtbot: QtBot, window: MainWindow, content: Content
) -> None:
    turn_saving_on(window)
    window.resize(700, 500)
    window.close()
    assert settings_path().is_file()

    def unlock(box: QWidget) -> None:  # saving was on: it asks for the passphrase again
        assert isinstance(box, PassphraseDialog)
        assert not box.new
        box.findChild(QLineEdit, "passphraseLineEdit").setText(PASS)
        box._check()

    drive.when_modal(unlock)
    again = make_window(content, translators=Translators(), restore=True)
    qtbot.addWidget(again)
    qtbot.waitUntil(lambda: again.session.saving, timeout=3000)
    assert (again.width(), again.height()) == (700, 500)


@pytest.mark.usefixtures("no_keyring")
def test_a_remembered_size_larger_than_the_screen_is_brought_back_on_screen(
    qtbot: QtBot, window: MainWindow, content: Content
) -> None:
    """Saved on a big monitor, opened on a small laptop: the window fits the screen."""
    turn_saving_on(window)
    screen = window.screen().availableGeometry()
    window.resize(screen.width() + 600, screen.height() + 400)
    window.close()

    def unlock(box: QWidget) -> None:
        assert isinstance(box, PassphraseDialog)
        box.findChild(QLineEdit, "passphraseLineEdit").setText(PASS)
        box._check()

    drive.when_modal(unlock)
    again = make_window(content, translators=Translators(), restore=True)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitUntil(lambda: again.session.saving, timeout=3000)
    qtbot.waitUntil(lambda: screen.contains(again.frameGeometry()), timeout=3000)
    assert again.width() <= screen.width() and again.height() <= screen.height()


def test_settings_file_is_not_read_into_a_private_window(content: Content, qtbot: QtBot) -> None:
    # No settings file: nothing restored, nothing created.
    tr = Translators()
    w = make_window(content, translators=tr, restore=True)
    qtbot.addWidget(w)
    assert not w.session.saving
    assert not Path(settings_path()).exists()


@pytest.mark.usefixtures("no_keyring")
def test_wrong_passphrase_says_so_and_asks_again(window: MainWindow, content: Content) -> None:
    AuditStore(content=content).set_passphrase(PASS)  # chosen in an earlier session
    said: list[str] = []

    def correct(box: QWidget) -> None:
        assert isinstance(box, PassphraseDialog) and not box.new
        box.first.setText(PASS)
        box._check()

    def error(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        said.append(box.text())
        drive.when_modal(correct)
        box.accept()

    def wrong(box: QWidget) -> None:
        assert isinstance(box, PassphraseDialog) and not box.new
        box.first.setText("not the passphrase")
        drive.when_modal(error)
        box._check()

    drive.when_modal(wrong)
    window.files.set_saving(True)
    assert said and "not the passphrase your audits were saved with" in said[0]
    assert window.session.saving
