"""Workshop mode in the window: private only, a visible reminder, the View menu entry, the
presenter scale (keyboard, 200% without clipping), the presenter view, names and Spanish."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import ui_drive as drive
from PySide6.QtCore import QCoreApplication, QEvent, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QFileDialog,
    QLabel,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot
from report.conftest import pdfinfo
from test_accessibility import missing

from privacy_audit.content import TIER_ORDER, Content
from privacy_audit.session import ACCOUNTS, RESULTS, WELCOME
from privacy_audit.workshop.room import reach_catalog
from privacy_audit.workshop.strings import wt
from ui import style
from ui.app import make_window
from ui.i18n import Translators
from ui.main_window import MainWindow
from ui.pages.base import heading
from ui.workshop import mode_of
from ui.workshop.mode import START_SCALE, WorkshopMode
from ui.workshop.presenter import PresenterView


def test_workshop_window_is_private_with_a_visible_reminder(
    window: MainWindow, mode: WorkshopMode
) -> None:
    assert mode.bar.isVisible() and mode.bar.reminder.isVisible()
    assert "nothing is saved" in mode.bar.reminder.text()
    welcome = window.pages[WELCOME]
    assert not welcome.save_radio.isEnabled()  # type: ignore[attr-defined]
    assert welcome.private_radio.isChecked()  # type: ignore[attr-defined]
    assert not welcome.saved_button.isVisible()  # type: ignore[attr-defined]
    assert "nothing is saved" in welcome.save_note.text()  # type: ignore[attr-defined]
    for action in (window.menus.saved, window.menus.export, window.menus.delete_all):
        assert not action.isEnabled(), action.objectName()
    mode.load_persona("rosa")
    window.show_page(RESULTS)
    results = window.current_page()
    assert not results.export_button.isVisible()  # type: ignore[attr-defined]
    assert results.print_button.isVisible()  # type: ignore[attr-defined]
    assert not window.session.saving


def test_view_menu_turns_a_window_into_workshop_mode(
    qtbot: QtBot, content: Content, translators: Translators
) -> None:
    w = make_window(content, translators=translators)
    qtbot.addWidget(w)
    w.show()
    assert mode_of(w) is None
    entry = w.findChild(type(w.menus.about), "workshopModeAction")
    assert entry is not None and entry in w.menus.view.actions()
    pid = w.session.choosable_platforms()[0]
    w.session.set_platform(pid, True)

    def yes(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        box.button(QMessageBox.StandardButton.Yes).click()

    drive.when_modal(yes)
    entry.trigger()
    m = mode_of(w)
    assert m is not None and not entry.isVisible()
    assert w.session.selected == () and w.workshop
    assert not w.pages[WELCOME].save_radio.isEnabled()  # type: ignore[attr-defined]
    w.close()
    assert QApplication.font().pointSizeF() == pytest.approx(m.scale._base_font.pointSizeF())


def test_presenter_scale_from_the_keyboard(window: MainWindow, mode: WorkshopMode) -> None:
    window.activateWindow()
    base = mode.scale._base_font.pointSizeF()
    assert mode.scale.factor == START_SCALE
    h = window.pages[WELCOME].h  # type: ignore[attr-defined]
    ratio = h.font().pointSizeF() / QApplication.font().pointSizeF()
    ctrl = Qt.KeyboardModifier.ControlModifier
    drive.key(Qt.Key.Key_Equal, ctrl)
    assert mode.scale.factor == 1.5
    assert QApplication.font().pointSizeF() == pytest.approx(base * 1.5)
    assert h.font().pointSizeF() / QApplication.font().pointSizeF() == pytest.approx(ratio)
    assert "150%" in mode.bar.status.text()
    drive.key(Qt.Key.Key_Minus, ctrl)
    drive.key(Qt.Key.Key_Minus, ctrl)
    assert mode.scale.factor == 1.0
    drive.key(Qt.Key.Key_Equal, ctrl)
    drive.key(Qt.Key.Key_0, ctrl)
    assert mode.scale.factor == 1.0
    assert QApplication.font().pointSizeF() == pytest.approx(base)
    # A page built after scaling keeps the same proportions.
    mode.scale.set_factor(2.0)
    fresh = heading()
    assert fresh.font().pointSizeF() == pytest.approx(QApplication.font().pointSizeF() * ratio)
    fresh.deleteLater()


def settle() -> None:
    """Let pending deletions and layout requests run, as the event loop would (a font change
    re-lays out in several passes; rebuilt plan cards replace the old ones on deletion)."""
    for _ in range(5):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QApplication.processEvents()


def _clipped(window: QWidget) -> list[str]:
    """Visible texts cut short: smaller than they need, or outside the window."""
    settle()
    problems = []
    win = window.rect()
    for w in window.findChildren(QWidget):
        if not w.isVisible() or not isinstance(w, QLabel | QAbstractButton) or not w.text():
            continue
        where = f"{type(w).__name__} {w.objectName()!r} {w.text()[:40]!r}"
        if isinstance(w, QLabel) and w.wordWrap():
            if w.height() < w.heightForWidth(w.width()):
                problems.append(f"{where}: {w.height()} < {w.heightForWidth(w.width())} high")
        else:
            need = w.minimumSizeHint()
            if w.width() < need.width() or w.height() < need.height():
                problems.append(f"{where}: {w.size().toTuple()} < {need.toTuple()}")
        scrolled = False
        p = w.parentWidget()
        while p is not None and p is not window:
            scrolled = scrolled or isinstance(p, QAbstractScrollArea)
            p = p.parentWidget()
        rect = QRect(w.mapTo(window, w.rect().topLeft()), w.size())
        if not scrolled and not win.contains(rect):
            problems.append(f"{where}: outside the window {rect} / {win}")
    return problems


def test_layout_at_200_percent_does_not_clip(
    window: MainWindow, mode: WorkshopMode, content: Content
) -> None:
    mode.scale.set_factor(2.0)
    mode.load_persona(content.personas[0].id)
    problems: list[str] = []
    for key in (WELCOME, ACCOUNTS, window.session.pages()[2], RESULTS):
        window.show_page(key)
        QApplication.processEvents()
        problems += [f"[{key}] {p}" for p in _clipped(window)]
    view = mode.open_presenter()
    QApplication.processEvents()
    problems += [f"[presenter] {p}" for p in _clipped(view)]
    assert not problems, "\n".join(problems[:30])
    # It still fits a common projector (1280 x 800) at this size.
    assert window.minimumSizeHint().width() <= 1280


def test_scaling_the_first_page_with_the_apps_stylesheet(
    qtbot: QtBot, content: Content, translators: Translators
) -> None:
    """As the app starts (stylesheet first, then the window), Ctrl+= on the welcome page
    scales every text there, including those the stylesheet styles (radio buttons in a
    group box), and nothing is cut short."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    style.apply()
    w = make_window(content, lang="en", workshop=True, translators=translators)
    try:
        qtbot.addWidget(w)
        w.resize(1000, 720)
        w.show()
        qtbot.waitExposed(w)
        mode = mode_of(w)
        assert mode is not None
        mode.scale.set_factor(2.0)
        QApplication.processEvents()
        radio = w.welcome.english
        assert radio.font().pointSizeF() == pytest.approx(app.font().pointSizeF())
        assert not _clipped(w), _clipped(w)[:10]
    finally:
        w.close()
        app.setStyleSheet("")


@pytest.mark.parametrize("lang", ["en", "es"])
def test_every_workshop_widget_is_named_and_described(
    window: MainWindow, mode: WorkshopMode, content: Content, lang: str
) -> None:
    window.set_language(lang)
    QApplication.processEvents()
    mode.load_persona(content.personas[0].id)
    problems: list[str] = []
    for key in window.session.pages():
        window.show_page(key)
        QApplication.processEvents()
        problems += [f"[{key}] {p}" for p in missing(window)]
    view = mode.open_presenter()
    QApplication.processEvents()
    problems += [f"[presenter] {p}" for p in missing(view)]
    view.tabs.setCurrentIndex(1)
    QApplication.processEvents()
    problems += [f"[presenter catalog] {p}" for p in missing(view)]
    assert not problems, "\n".join(problems[:40])


def test_presenter_view_shows_what_each_process_reaches(
    qtbot: QtBot, window: MainWindow, mode: WorkshopMode, content: Content
) -> None:
    window.activateWindow()
    drive.key(Qt.Key.Key_F5)
    view = mode.presenter
    assert isinstance(view, PresenterView)
    qtbot.waitUntil(view.isVisible)
    ladder_text = " ".join(lab.text() for lab in view.findChildren(QLabel))
    for tid in TIER_ORDER:
        assert content.tiers[tid].label.en in ladder_text
        assert content.tiers[tid].who_signs.en in ladder_text
    catalog = reach_catalog(content, "en")
    for i, platform in enumerate(catalog):
        assert view.shown_platform() == platform.id
        text = view.reach_text()
        for rung in platform.rungs:
            assert rung.label in text
            for item in rung.items:
                assert f"• {item}" in text
        if i + 1 < len(catalog):
            view.next_button.click()
    view.next_button.click()
    assert view.shown_platform() == catalog[0].id  # wraps around
    view.close_button.click()
    assert not view.isVisible()


def test_workshop_texts_in_spanish(
    window: MainWindow, mode: WorkshopMode, content: Content
) -> None:
    window.set_language("es")
    QApplication.processEvents()
    assert mode.bar.reminder.text().startswith("Modo taller — no se guarda nada")
    assert mode.bar.next_button.text() == "Siguiente &participante"
    assert mode.menu.menu.title() == "Ta&ller"
    assert "Tamaño del texto" in mode.bar.status.text()
    assert "no se guarda nada" in window.pages[WELCOME].save_note.text()  # type: ignore[attr-defined]
    persona = content.personas[0]
    assert mode.menu.persona_actions[persona.id].toolTip() == persona.summary.es
    view = mode.open_presenter()
    assert view.tabs.tabText(0) == "La escalera"
    assert content.tiers["admin_subpoena"].label.es in view.reach_text()


@pytest.mark.parametrize("kind", ["handout", "agenda90"])
def test_handouts_save_as_pdf_from_the_menu(
    window: MainWindow, mode: WorkshopMode, tmp_path: Path, kind: str
) -> None:
    target = tmp_path / "out" / f"{kind}.pdf"
    target.parent.mkdir()

    def save_here(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog)
        dialog.selectFile(str(target))
        dialog.accept()

    window.set_language("es")
    drive.when_modal(save_here)
    mode.menu.pdf_actions[kind].trigger()
    info = pdfinfo(target)
    expected = (
        wt("handout_title", "es") if kind == "handout" else wt("agenda_title", "es", minutes=90)
    )
    assert info.title == expected
    assert info.pages == 1 or kind != "handout"
    assert os.listdir(target.parent) == [target.name]


def test_tally_is_cleared_when_huella_closes(
    window: MainWindow, mode: WorkshopMode, content: Content
) -> None:
    mode.set_tally(True)
    pid = window.session.choosable_platforms()[0]
    window.session.set_platform(pid, True)
    q = content.platform_by_id[pid].questions[0]
    window.session.set_answer(q.id, q.options[0].id)
    mode.next_participant(confirm=False)
    tally = mode.tally
    assert tally is not None and tally.participants == 1
    window.session.set_answer(q.id, q.options[0].id)
    window.close()
    assert mode.tally is None and tally.counts == {}
    assert window.session.all_answers() == {}
