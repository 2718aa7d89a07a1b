"""Keyboards and eyes: arrow keys choose an answer and the page follows the focus; every
Alt+letter is unique in its window (every page, menus, English and Spanish, workshop mode
too); high contrast keeps the progress count readable and makes a disabled button look
disabled."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, QRect, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QMenu, QWidget
from pytestqt.qtbot import QtBot

from privacy_audit.content import Content
from privacy_audit.session import PLATFORM_PREFIX, RESULTS
from ui import style
from ui.app import make_window
from ui.i18n import Translators
from ui.main_window import MainWindow
from ui.pages.platform import PlatformPage
from ui.workshop import mode_of

_MNEMONIC = re.compile(r"(?<!&)&([^&\s])")


def mnemonic(text: str) -> str | None:
    """The letter after a single "&" (what Alt+letter presses), lower case."""
    found = _MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def window_mnemonics(window: MainWindow) -> list[tuple[str, str]]:
    """(letter, where) for every Alt+letter the window answers to right now: its menu bar's
    titles and every visible button outside menus (nav bar, page, workshop bar)."""
    out = []
    for action in window.menuBar().actions():
        if action.isVisible() and (m := mnemonic(action.text())):
            out.append((m, f"menu {action.text()!r}"))
    for b in window.findChildren(QAbstractButton):
        if b.isVisible() and b.window() is window and (m := mnemonic(b.text())):
            out.append((m, f"button {b.objectName()} {b.text()!r}"))
    return out


def menu_clashes(menu: QMenu, where: str) -> list[str]:
    """Items of one menu sharing a letter (each submenu is checked on its own)."""
    letters: dict[str, list[str]] = {}
    problems = []
    for a in menu.actions():
        if a.isSeparator() or not a.isVisible():
            continue
        if (m := mnemonic(a.text())) is not None:
            letters.setdefault(m, []).append(a.text())
        if a.menu() is not None:
            sub = a.menu()
            assert isinstance(sub, QMenu)
            problems += menu_clashes(sub, f"{where} > {a.text()}")
    problems += [f"{where}: Alt+{k} on {v}" for k, v in letters.items() if len(v) > 1]
    return problems


def clashes(window: MainWindow, lang: str) -> list[str]:
    problems = []
    window.set_language(lang)
    for key in window.session.pages():
        window.show_page(key)
        QApplication.processEvents()
        found = window_mnemonics(window)
        counts = Counter(m for m, _ in found)
        problems += [
            f"[{lang} {key}] Alt+{m}: " + ", ".join(w for mm, w in found if mm == m)
            for m, n in counts.items()
            if n > 1
        ]
    for action in window.menuBar().actions():
        menu = action.menu()
        if isinstance(menu, QMenu):
            problems += menu_clashes(menu, f"[{lang}] {action.text()}")
    return problems


# -- high contrast -----------------------------------------------------------------------


def _luminance(c: QColor) -> float:
    def ch(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * ch(c.redF()) + 0.7152 * ch(c.greenF()) + 0.0722 * ch(c.blueF())


def _contrast(a: QColor, b: QColor) -> float:
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def _colours(widget: QWidget) -> Counter[int]:
    img = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    return Counter(img.pixel(x, y) for x in range(img.width()) for y in range(img.height()))


def _text_contrast(widget: QWidget) -> float:
    """Contrast between the most common colour (the background) and the darkest drawn."""
    counts = _colours(widget)
    background = QColor(counts.most_common(1)[0][0])
    darkest = min((QColor(p) for p in counts), key=_luminance)
    return _contrast(background, darkest)


@pytest.fixture
def high_contrast(window: MainWindow, app_styles: None) -> Iterator[MainWindow]:
    style.apply()
    window.menus.contrast.trigger()
    QApplication.processEvents()
    yield window
    style.apply(high_contrast=False)


def test_high_contrast_progress_text_is_readable(
    high_contrast: MainWindow, content: Content
) -> None:
    window = high_contrast
    _everything(window, content)
    for pid in window.session.choosable_platforms():  # more questions than answers
        window.session.set_platform(pid, True)
    window.show_page(window.session.pages()[2])
    QApplication.processEvents()
    answered, total = window.session.progress()
    assert 0 < answered < total  # the bar is partly filled
    # The count is never drawn on the bar (black text on a black fill cannot be read) ...
    assert not window.progress.isTextVisible()
    # ... but beside it, black on white.
    text = window.progress_text
    assert text.isVisible() and f"{answered} of {total}" in text.text()
    assert _text_contrast(text) >= 7.0


def test_high_contrast_disabled_next_looks_disabled(high_contrast: MainWindow) -> None:
    window = high_contrast
    window.show_page(RESULTS)  # the last page: Next is disabled
    QApplication.processEvents()
    nxt, back = window.next_button, window.back_button
    assert not nxt.isEnabled() and back.isEnabled()
    # Same size for a fair comparison of what is drawn.
    nxt.setText(back.text())
    nxt.setFixedSize(back.size())
    QApplication.processEvents()
    enabled, disabled = _colours(back), _colours(nxt)
    # Enabled: black text and frame on white. Disabled: no black at all, a grey instead,
    # with enough contrast to be read (at least 4.5:1 on its background).
    black = QColor("black").rgb()
    assert enabled[black] > 0
    assert disabled[black] == 0
    dark = min((QColor(p) for p in disabled), key=_luminance)
    background = QColor(disabled.most_common(1)[0][0])
    assert dark.lightness() > 60 and _contrast(dark, background) >= 4.5


# -- mnemonics and arrows ---------------------------------------------------------------


def _everything(window: MainWindow, content: Content) -> None:
    """An example person's platforms and answers: every kind of page, with a plan."""
    persona = content.personas[0]
    for pid in persona.platforms:
        if content.platform_by_id[pid].platform.kind == "platform":
            window.session.set_platform(pid, True)
    for qid, oid in persona.answers.items():
        window.session.set_answer(qid, oid)


def test_mnemonics_are_unique_per_window_in_both_languages(
    big_window: MainWindow, content: Content
) -> None:
    window = big_window
    _everything(window, content)
    problems = clashes(window, "en") + clashes(window, "es")
    assert not problems, "\n".join(problems)
    # The documented Back keys: Alt+B in English, Alt+T in Spanish (Alt+A is Archivo).
    assert mnemonic(window.back_button.text()) == "t"
    window.set_language("en")
    assert mnemonic(window.back_button.text()) == "b"


def _open(qtbot: QtBot, content: Content, workshop: bool) -> Iterator[MainWindow]:
    """A window that is deleted afterwards: every page of every platform is many widgets,
    and each later change of the app's stylesheet would polish all of them again."""
    tr = Translators()
    w = make_window(content, lang="en", workshop=workshop, translators=tr)
    w.resize(1000, 720)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.close()
    tr.apply("en")
    w.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def big_window(qtbot: QtBot, content: Content) -> Iterator[MainWindow]:
    yield from _open(qtbot, content, workshop=False)


@pytest.fixture
def workshop_window(qtbot: QtBot, content: Content) -> Iterator[MainWindow]:
    yield from _open(qtbot, content, workshop=True)


def test_mnemonics_are_unique_in_workshop_mode_and_the_presenter_view(
    workshop_window: MainWindow, content: Content
) -> None:
    window = workshop_window
    _everything(window, content)
    problems = clashes(window, "en") + clashes(window, "es")
    assert not problems, "\n".join(problems)
    mode = mode_of(window)
    assert mode is not None
    view = mode.open_presenter()
    QApplication.processEvents()
    letters = [mnemonic(b.text()) for b in view.findChildren(QAbstractButton) if b.isVisible()]
    letters = [m for m in letters if m]
    assert len(letters) == len(set(letters)), letters
    view.close()


def _question_page(window: MainWindow, content: Content) -> PlatformPage:
    pid = next(
        p.platform.id
        for p in content.platforms
        if p.platform.kind == "platform" and len(p.questions) >= 3
    )
    window.session.set_platform(pid, True)
    window.show_page(PLATFORM_PREFIX + pid)
    page = window.current_page()
    assert isinstance(page, PlatformPage)
    return page


def test_arrow_keys_choose_an_answer_and_the_page_follows(
    window: MainWindow, content: Content, qtbot: QtBot
) -> None:
    window.resize(700, 420)  # a short window: the questions do not all fit
    page = _question_page(window, content)
    window.activateWindow()
    QTest.qWaitForWindowActive(window)
    QApplication.processEvents()
    first = page.questions[0]
    buttons = list(first.buttons.values())
    assert QApplication.focusWidget() is buttons[0]
    assert first.group.checkedButton() is None  # nothing chosen yet
    QTest.keyClick(buttons[0], Qt.Key.Key_Down)
    # Down moves to the next answer AND chooses it, as a screen-reader user expects.
    assert QApplication.focusWidget() is buttons[1]
    assert buttons[1].isChecked()
    oid = list(first.buttons)[1]
    assert window.session.answer(first.qid) == oid
    QTest.keyClick(buttons[1], Qt.Key.Key_Up)
    assert buttons[0].isChecked() and window.session.answer(first.qid) == next(iter(first.buttons))
    QTest.keyClick(buttons[0], Qt.Key.Key_Up)  # wraps round, like a native radio group
    assert buttons[-1].isChecked()
    # The page scrolls to whatever the keyboard reaches: Tab to the last question, then
    # arrows inside it; the focused answer is always inside the visible part of the page.
    last = page.questions[-1]
    for _ in range(40):
        if QApplication.focusWidget() in last.buttons.values():
            break
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert page.verticalScrollBar().value() > 0
    for _ in range(len(last.buttons)):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
        focus = QApplication.focusWidget()
        assert focus is not None and focus.isVisible()
        assert focus in last.buttons.values() and focus.isChecked()  # type: ignore[attr-defined]
        where = QRect(focus.mapTo(page.viewport(), focus.rect().topLeft()), focus.size())
        assert page.viewport().rect().contains(where), (where, page.viewport().rect())
    # Back to the top by arrow keys in the first question: the page scrolls back up.
    page.questions[0].buttons[next(iter(first.buttons))].setFocus()
    QApplication.processEvents()
    top = page.questions[0].buttons[next(iter(first.buttons))]
    where = QRect(top.mapTo(page.viewport(), top.rect().topLeft()), top.size())
    assert page.viewport().rect().contains(where)
