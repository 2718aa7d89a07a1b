""" "Read my data download…" in the app: menu and page, worker with Cancel, review, fill."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import dl_synth as synth
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFileDialog,
    QGroupBox,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QWidget,
)
from pytestqt.qtbot import QtBot

from privacy_audit.imports import read_download
from privacy_audit.pages import PLATFORM_PREFIX
from ui.dialogs.import_review import ImportReviewDialog
from ui.import_flow import ChooseDownloadDialog, DownloadImport
from ui.main_window import MainWindow
from ui.pages.platform import PlatformPage

pytestmark = pytest.mark.gui


def when_modal(
    handle: Callable[[QWidget], None], tries: int = 500, kind: type[QWidget] = QWidget
) -> None:
    """Call *handle(dialog)* once a modal dialog of *kind* is up (dialogs opened with exec)."""

    def poll(left: int) -> None:
        w = QApplication.activeModalWidget()
        if (
            w is not None
            and w.isVisible()
            and isinstance(w, kind)
            and not isinstance(w, QProgressDialog)
        ):
            handle(w)
        elif left > 0:
            QTimer.singleShot(10, lambda: poll(left - 1))

    QTimer.singleShot(0, lambda: poll(tries))


def open_file(path: Path) -> Callable[[QWidget], None]:
    def handle(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog), type(dialog).__name__
        # Qt's own chooser in a private session: the desktop's (GTK) would list the opened
        # download under "Recent" for the next person at the laptop.
        assert dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setDirectory(str(path.parent))
        edit = dialog.findChild(QLineEdit, "fileNameEdit")
        assert edit is not None
        edit.setText(path.name)
        dialog.accept()

    return handle


def snapshot(*tops: Path) -> dict[str, tuple[int, int]]:
    out = {}
    for top in tops:
        for dirpath, dirnames, filenames in os.walk(top):
            for n in dirnames + filenames:
                st = (Path(dirpath) / n).lstat()
                out[str(Path(dirpath) / n)] = (st.st_size, st.st_mtime_ns)
    return out


def test_menu_and_platform_page_offer_it(window: MainWindow) -> None:
    assert window.menus.read_download.text() == "&Read my data download…"
    assert window.menus.read_download.shortcuts()[0].toString() == "Ctrl+I"
    assert window.menus.read_download in window.menus.file.actions()
    s = window.session
    s.set_platform("instagram", True)
    s.set_platform("whatsapp", True)
    page = window.page(PLATFORM_PREFIX + "instagram")
    assert isinstance(page, PlatformPage) and page.import_button is not None
    assert page.import_button.accessibleName() == "Read my data download"
    other = window.page(PLATFORM_PREFIX + "whatsapp")
    assert isinstance(other, PlatformPage) and other.import_button is None


def test_whole_flow_by_keyboard_in_a_private_session(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, isolated_dirs: dict[str, Path]
) -> None:
    archive = synth.instagram_2022(tmp_path)
    s = window.session
    assert not s.saving  # a private session: memory only
    s.set_platform("instagram", True)
    window.show_page(PLATFORM_PREFIX + "instagram")
    s.set_answer("ig_phone", "no")  # a definite answer the download contradicts
    before = snapshot(*isolated_dirs.values(), Path(tempfile.gettempdir()) / "nonexistent")
    seen: dict[str, Any] = {}

    def review(dialog: QWidget) -> None:
        assert isinstance(dialog, ImportReviewDialog), type(dialog).__name__
        seen["title"] = dialog.windowTitle()
        seen["boxes"] = {q: cb.isChecked() for q, cb in dialog.boxes.items()}
        seen["focus"] = dialog.focusWidget()
        groups = [g.accessibleName() for g in dialog.findChildren(QGroupBox)]
        seen["groups"] = groups
        seen["names"] = [cb.accessibleName() for cb in dialog.findChildren(QCheckBox)]
        seen["descriptions"] = [cb.accessibleDescription() for cb in dialog.findChildren(QCheckBox)]
        QTest.keyClick(dialog, Qt.Key.Key_Return)  # "Fill the checked answers" is the default

    def choose(dialog: QWidget) -> None:
        assert isinstance(dialog, ChooseDownloadDialog), type(dialog).__name__
        assert dialog.focusWidget() is dialog.file_button  # keyboard focus when it opens
        when_modal(open_file(archive), kind=QFileDialog)
        QTest.keyClick(dialog.file_button, Qt.Key.Key_Space)

    page = window.current_page()
    assert isinstance(page, PlatformPage) and page.import_button is not None
    when_modal(choose, kind=ChooseDownloadDialog)
    # the review dialog comes after the worker thread has read the download
    when_modal(review, tries=3000, kind=ImportReviewDialog)
    page.import_button.setFocus()
    QTest.keyClick(page.import_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: bool(s.from_download), timeout=15000)
    assert seen["title"] == "What your data download shows"
    assert seen["boxes"] == {
        "ig_account_private": True,
        "ig_contacts_sync": True,
        "ig_phone": False,  # the person had answered "No": not overridden by default
        "ig_dms": True,
    }
    assert isinstance(seen["focus"], QCheckBox)
    assert "Is your Instagram account public or private?" in seen["groups"]
    assert "About the account" in seen["groups"]
    assert all(n.startswith(("Is ", "Did ", "Do ")) for n in seen["names"])
    assert any("private" in d for d in seen["descriptions"])
    assert s.from_download == {"ig_account_private", "ig_contacts_sync", "ig_dms"}
    assert s.answer("ig_account_private") == "private" and s.answer("ig_phone") == "no"
    page = window.current_page()
    assert isinstance(page, PlatformPage)
    box = next(b for b in page.questions if b.qid == "ig_account_private")
    assert box.buttons["private"].isChecked()  # the page shows the filled answer
    assert box.source.isVisible() and "from your data download" in box.source.text()
    own = next(b for b in page.questions if b.qid == "ig_phone")
    assert not own.source.isVisible()  # the person's own answer carries no mark
    QTest.keyClick(box.buttons["public"], Qt.Key.Key_Space)  # changed by hand: mark gone
    assert "ig_account_private" not in s.from_download and not box.source.isVisible()
    assert "3 answers filled" in window.statusBar().currentMessage()
    # nothing written: no saved audit, no settings, nothing in the data folders
    assert snapshot(*isolated_dirs.values()) == {
        k: v for k, v in before.items() if "nonexistent" not in k
    }


def test_refused_download_shows_one_clear_sentence(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    bad = synth.write_zip(tmp_path / "evil.zip", {"../../x.json": "{}"})
    seen: list[str] = []

    def error(dialog: QWidget) -> None:
        assert isinstance(dialog, QMessageBox), type(dialog).__name__
        seen.append(dialog.text())
        dialog.accept()

    when_modal(error, tries=2000, kind=QMessageBox)
    flow = DownloadImport(window)
    flow.read(bad)
    qtbot.waitUntil(lambda: bool(seen), timeout=15000)
    assert "outside the archive" in seen[0]
    assert not window.session.all_answers()


def test_cancel_keeps_nothing(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    archive = synth.facebook_2024(tmp_path)
    done: list[object] = []
    flow = DownloadImport(window)
    flow.done.connect(done.append)
    flow.cancel()  # as if Cancel were pressed before the first megabyte
    flow.read(archive)
    qtbot.waitUntil(lambda: bool(done), timeout=15000)
    assert done == [{}]
    assert "Reading stopped" in window.statusBar().currentMessage()
    assert not window.session.all_answers()


def test_review_dialog_in_spanish(window: MainWindow, tmp_path: Path) -> None:
    result = read_download(synth.tiktok_zip(tmp_path, synth.tiktok_2024(), "user_data_tiktok.json"))
    window.set_language("es")
    dialog = ImportReviewDialog(window.session, result, window)
    try:
        assert dialog.windowTitle() == "Lo que muestra su descarga de datos"
        assert dialog.fill_button.text() == "&Completar las respuestas marcadas"
        titles = {g.accessibleName() for g in dialog.findChildren(QGroupBox)}
        assert "Sobre la cuenta" in titles
        q = window.session.content.questions["tt_account_private"]
        assert q.text.es in titles
        texts = " ".join(w.text() for w in dialog.findChildren(QCheckBox))
        private = next(o for o in q.options if o.id == "private")
        assert f"Usar esta respuesta: {private.text.es}" in texts
        assert dialog.confirmed() == result.proposals()  # nothing answered yet: all checked
    finally:
        dialog.deleteLater()
