"""Every interactive widget has an accessible name and description, on every page."""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QApplication, QWidget

from privacy_audit.content import Content
from privacy_audit.session import PLATFORM_PREFIX, RESULTS
from ui.main_window import MainWindow

R = QAccessible.Role
INTERACTIVE = {
    R.PushButton,
    R.CheckBox,
    R.RadioButton,
    R.EditableText,
    R.ComboBox,
    R.SpinBox,
    R.Slider,
    R.ButtonMenu,
    R.ButtonDropDown,
    R.Link,
}


def walk(
    iface: QAccessibleInterface, path: str = "", roles: frozenset[QAccessible.Role] = frozenset()
) -> list[tuple[str, str, str, str]]:
    """(path, role, name, description) of every visible interactive node under *iface*."""
    roles = roles or frozenset(INTERACTIVE)
    out = []
    for i in range(iface.childCount()):
        child = iface.child(i)
        if child is None or not child.isValid():
            continue
        state = child.state()
        if state.invisible:
            continue
        obj = child.object()
        label = obj.objectName() if obj is not None else "?"
        here = f"{path}/{label or type(obj).__name__}"
        if child.role() in roles:
            out.append(
                (
                    here,
                    str(child.role()),
                    child.text(QAccessible.Text.Name),
                    child.text(QAccessible.Text.Description),
                )
            )
        out.extend(walk(child, here, roles))
    return out


def missing(window: QWidget, extra: set[QAccessible.Role] | None = None) -> list[str]:
    iface = QAccessible.queryAccessibleInterface(window)
    assert iface is not None
    problems = []
    nodes = walk(iface, roles=frozenset(INTERACTIVE | (extra or set())))
    assert nodes, "the walk found no interactive widget at all"
    for path, role, name, desc in nodes:
        if not name.strip():
            problems.append(f"{path} ({role}): no accessible name")
        if not desc.strip():
            problems.append(f"{path} ({role}): no accessible description")
    return problems


def test_every_page_in_both_languages_is_named_and_described(
    window: MainWindow, content: Content
) -> None:
    for pid in window.session.choosable_platforms():
        window.session.set_platform(pid, True)
    window.session.set_answer(*next(iter(content.options)))
    problems: list[str] = []
    for lang in ("en", "es"):
        window.set_language(lang)
        for key in window.session.pages():
            window.show_page(key)
            QApplication.processEvents()  # let layouts show what the page holds
            problems += [f"[{lang} {key}] {p}" for p in missing(window)]
    assert not problems, "\n".join(problems[:40])


def test_platform_page_answers_are_described_by_their_question(
    window: MainWindow, content: Content
) -> None:
    pid = window.session.choosable_platforms()[0]
    window.session.set_platform(pid, True)
    window.show_page(PLATFORM_PREFIX + pid)
    q = content.platform_by_id[pid].questions[0]
    btn = window.findChild(QWidget, f"option_{q.id}_{q.options[0].id}RadioButton")
    iface = QAccessible.queryAccessibleInterface(btn)
    assert iface.text(QAccessible.Text.Name) == q.options[0].text.en
    assert iface.text(QAccessible.Text.Description) == q.text.en


def test_results_chart_is_readable_as_text(window: MainWindow, content: Content) -> None:
    window.session.set_answer(*next(iter(content.options)))
    window.show_page(RESULTS)
    page = window.current_page()
    chart = page.tier_chart  # type: ignore[attr-defined]
    iface = QAccessible.queryAccessibleInterface(chart)
    desc = iface.text(QAccessible.Text.Description)
    for tier in content.tiers.values():
        assert tier.label.en in desc


def test_dialogs_are_named_and_described(window: MainWindow, content: Content) -> None:
    import keyring
    import keyring.backends.fail

    from ui.dialogs.passphrase import PassphraseDialog

    problems: list[str] = []
    for new in (True, False):
        dialog = PassphraseDialog(window, new=new)
        dialog.show()
        QApplication.processEvents()
        problems += [f"passphrase(new={new}) {p}" for p in missing(dialog)]
        dialog.close()
    before = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    try:
        saver = window.files._saver()
        saver.store.set_passphrase("a long enough passphrase")
        window.session.saving = True
        window.session.set_answer(*next(iter(content.options)))
        window.files.autosave(now=True)
        dialog = window.files.saved_audits_dialog()
        dialog.show()
        QApplication.processEvents()
        problems += [f"saved audits {p}" for p in missing(dialog, extra={R.List, R.ListItem})]
        dialog.close()
    finally:
        keyring.set_keyring(before)
    assert not problems, "\n".join(problems)
