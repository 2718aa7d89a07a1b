"""Help > Check for updated guides, in the real window (offscreen) against a real HTTP server
on 127.0.0.1: consent first, progress with Cancel, what changed, private sessions."""

from __future__ import annotations

import http.server
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QPushButton
from pytestqt.qtbot import QtBot

from privacy_audit.content import Content
from privacy_audit.updates.keys import PublicKey
from privacy_audit.updates.state import load_in_use, read_state
from ui import content_updates
from ui.content_updates import UpdateCheck
from ui.i18n import Translators
from ui.main_window import MainWindow

from .conftest import BUNDLED, FAST, PackKeys, Server

pytestmark = pytest.mark.gui


@pytest.fixture
def window(
    qtbot: QtBot, content: Content, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[MainWindow]:
    for var in ("XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        (tmp_path / var.lower()).mkdir()
        monkeypatch.setenv(var, str(tmp_path / var.lower()))
    tr = Translators()
    w = MainWindow(content, lang="en", translators=tr)
    qtbot.addWidget(w)
    w.resize(1000, 720)
    w.show()
    qtbot.waitExposed(w)
    yield w
    tr.apply("en")
    content_updates.set_in_use(load_in_use()[1])


def dialog(qtbot: QtBot, name: str) -> QMessageBox:
    found: list[QMessageBox] = []

    def visible() -> None:
        found[:] = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.objectName() == name and w.isVisible()
        ]
        assert found

    qtbot.waitUntil(visible, timeout=15000)
    return found[0]


def click(box: QMessageBox, name: str) -> None:
    button = box.findChild(QPushButton, name)
    assert button is not None, name
    button.click()


def start(window: MainWindow, server: Server, base: Path) -> tuple[UpdateCheck, list[str]]:
    check = UpdateCheck(window, server.serve(base), FAST)
    how: list[str] = []
    check.finished.connect(how.append)
    check.start()
    return check, how


def test_menu_entry_in_both_languages(window: MainWindow) -> None:
    assert window.menus.check_updates in window.menus.help.actions()
    assert window.menus.check_updates.text() == "Check for &updated guides…"
    window.set_language("es")
    assert window.menus.check_updates.text() == "Buscar &guías actualizadas…"


def test_nothing_is_sent_without_consent(
    window: MainWindow, qtbot: QtBot, server: Server, base_pack: Path
) -> None:
    _check, how = start(window, server, base_pack)
    box = dialog(qtbot, "updateConsentDialog")
    assert "127.0.0.1" in box.text()
    assert "IP address" in box.informativeText() and "answers" in box.informativeText()
    click(box, "updateConsentCancelButton")
    qtbot.waitUntil(lambda: how == ["declined"])
    assert server.requests == []


def test_saving_session_applies_and_shows_what_changed(
    window: MainWindow,
    qtbot: QtBot,
    server: Server,
    base_pack: Path,
    trust_test_key: PublicKey,
    tmp_path: Path,
) -> None:
    # A session with saving on keeps what it downloads. (Only the flag: no audit is saved
    # here, and it is switched off before the window closes, which would save.)
    window.session.saving = True
    window.session.set_platform("facebook", True)
    qid = next(iter(window.content.platform_by_id["facebook"].questions)).id
    oid = window.content.questions[qid].options[0].id
    window.session.set_answer(qid, oid)

    try:
        _check, how = start(window, server, base_pack)
        click(dialog(qtbot, "updateConsentDialog"), "updateConsentCheckButton")
        result = dialog(qtbot, "updateResultMessageBox")
        assert f"version {BUNDLED + 1}" in result.text()
        assert "What changed" in result.informativeText()
        assert how == ["applied"]
        assert read_state().version == BUNDLED + 1
        assert window.content is not None and window.content.root.name == "checks"
        assert window.session.answer(qid) == oid  # the person's answers are kept
        assert f"version {BUNDLED + 1}" in content_updates.describe_in_use()
        assert "downloaded update" in content_updates.describe_in_use()
    finally:
        window.session.saving = False  # closing the window would save


@pytest.mark.parametrize("keep", [False, True])
def test_private_session_uses_the_pack_for_the_session_unless_kept(
    keep: bool,
    window: MainWindow,
    qtbot: QtBot,
    server: Server,
    base_pack: Path,
    trust_test_key: PublicKey,
    private_data: Path,
) -> None:
    assert not window.session.saving
    before = sorted(p for p in private_data.rglob("*"))
    _check, how = start(window, server, base_pack)
    consent = dialog(qtbot, "updateConsentDialog")
    assert "private session" in consent.informativeText()
    click(consent, "updateConsentCheckButton")
    box = dialog(qtbot, "updateKeepMessageBox")
    assert f"version {BUNDLED + 1}" in box.text()
    assert sorted(p for p in private_data.rglob("*")) == before  # nothing written yet
    click(box, "updateKeepButton" if keep else "updateSessionOnlyButton")
    qtbot.waitUntil(lambda: len(how) == 1)
    assert content_updates.in_use().version == BUNDLED + 1
    if keep:
        assert how == ["applied"] and read_state().version == BUNDLED + 1
    else:
        assert how == ["session"] and content_updates.in_use().source == "session"
        assert sorted(p for p in private_data.rglob("*")) == before
        assert read_state().pack is None


def test_cancel_closes_within_a_second_and_changes_nothing(
    window: MainWindow, qtbot: QtBot, server: Server, base_pack: Path, trust_test_key: PublicKey
) -> None:
    def stall(h: http.server.BaseHTTPRequestHandler) -> None:
        h.send_response(200)
        h.send_header("Content-Length", "100000")
        h.end_headers()
        h.wfile.write(b"{")
        h.wfile.flush()
        server.stop.wait(20)

    server.routes["/pack/manifest.json"] = stall
    old = window.content
    check, how = start(window, server, base_pack)
    click(dialog(qtbot, "updateConsentDialog"), "updateConsentCheckButton")
    qtbot.waitUntil(lambda: any(p == "/pack/manifest.json" for p, _ in server.requests))
    progress = window.findChild(QProgressDialog, "updateProgressDialog")
    assert progress is not None and progress.isVisible()
    cancel = progress.findChild(QPushButton)
    assert cancel is not None and cancel.text() == "Cancel"
    t0 = time.monotonic()
    cancel.click()
    qtbot.waitUntil(lambda: how == ["cancelled"], timeout=1000)
    assert time.monotonic() - t0 < 1.0
    assert check.progress is None and window.content is old
    assert read_state().pack is None


def test_a_refusal_is_one_calm_sentence_in_spanish(
    window: MainWindow, qtbot: QtBot, server: Server, base_pack: Path
) -> None:
    window.set_language("es")
    _check, how = start(window, server, base_pack)  # the test key is not trusted here
    click(dialog(qtbot, "updateConsentDialog"), "updateConsentCheckButton")
    box = dialog(qtbot, "updateRefusedMessageBox")
    assert box.text().startswith("La actualización no está firmada")
    assert box.text().endswith("Huella sigue usando las guías que tiene.")
    assert how == ["refused"] and read_state().pack is None


def test_another_source_trusts_its_key_after_consent_and_lists_it(
    window: MainWindow,
    qtbot: QtBot,
    server: Server,
    base_pack: Path,
    pack_keys: PackKeys,
    private_data: Path,
) -> None:
    from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget

    from privacy_audit.updates.keys import read_public, user_keys
    from ui.content_updates import SourceDialog

    server.serve(base_pack)
    check = UpdateCheck(window, "https://huella.example/unused/", FAST)
    how: list[str] = []
    check.finished.connect(how.append)
    check.start()
    click(dialog(qtbot, "updateConsentDialog"), "updateOtherSourceButton")
    qtbot.waitUntil(lambda: isinstance(getattr(check, "source_dialog", None), SourceDialog))
    src = check.source_dialog
    url_edit = src.findChild(QLineEdit, "updateUrlEdit")
    key_edit = src.findChild(QLineEdit, "updateKeyEdit")
    assert url_edit is not None and key_edit is not None
    # A key that is not one: one sentence, the dialog stays.
    url_edit.setText(server.url)
    key_edit.setText("not a key")
    trust = src.findChild(QPushButton, "updateTrustButton")
    assert trust is not None
    trust.click()
    error = src.findChild(QLabel, "updateSourceError")
    assert error is not None and "not a Huella public key" in error.text()
    assert src.isVisible() and user_keys() == []
    key_edit.setText(pack_keys.good_pub.read_text())
    trust.click()
    # The consent is asked again, naming the new host; a private session stores no key.
    consent = dialog(qtbot, "updateConsentDialog")
    assert "127.0.0.1" in consent.text()
    assert user_keys() == [] and server.requests == []
    click(consent, "updateConsentCheckButton")
    click(dialog(qtbot, "updateKeepMessageBox"), "updateKeepButton")
    qtbot.waitUntil(lambda: how == ["applied"])
    key = read_public(pack_keys.good_pub)
    assert [k.key_id for k in user_keys()] == [key.key_id]  # kept with the guides
    assert load_in_use()[1].source == "pack"
    # Listed, and removable, in the same dialog.
    again = SourceDialog(window, False, "en")
    listed = again.findChild(QListWidget, "updateTrustedList")
    assert listed is not None and listed.count() == 1 and key.key_id in listed.item(0).text()
    listed.setCurrentRow(0)
    remove = again.findChild(QPushButton, "updateRemoveKeyButton")
    assert remove is not None
    remove.click()
    assert listed.count() == 0 and user_keys() == []
    assert load_in_use()[1].source == "bundled"  # its guides are no longer used
    again.deleteLater()


def test_delete_everything_goes_back_to_the_bundled_guides(
    window: MainWindow, base_pack: Path, trust_test_key: PublicKey, private_data: Path
) -> None:
    from privacy_audit.storage import wipe_everything
    from privacy_audit.updates.keys import trusted_keys
    from privacy_audit.updates.state import apply, pack_info, policy
    from privacy_audit.updates.verify import FolderSource, verify
    from ui.content_updates import back_to_bundled, use_content

    pack = verify(FolderSource(base_pack), trusted_keys(), policy=policy)
    apply(pack)
    use_content(window, pack.content, pack_info(pack))
    assert "downloaded update" in content_updates.describe_in_use()
    assert wipe_everything(keyring_entry=False).ok
    back_to_bundled(window)  # what Data > Delete everything does after the wipe
    assert content_updates.in_use().source == "bundled"
    assert "built into Huella" in content_updates.describe_in_use()
    assert window.content is not pack.content and window.content.platforms
    assert load_in_use()[1].source == "bundled"
