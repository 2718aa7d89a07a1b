"""Help > Check for updated guides: consent, download with progress and Cancel, what changed.

Nothing here touches the network until the person agrees in the consent dialog, which names
the host and what it will see. The download and every check run in a worker thread
(:mod:`privacy_audit.updates`); Cancel shuts the connection, so it stops within a moment.
In a private session the new guides are used for that session only, unless the person
chooses to keep them on this computer (only then is anything written).

The dialogs are opened with ``open()`` (not ``exec()``), so the window stays alive and tests
can find them by object name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from privacy_audit.content import Content
    from privacy_audit.updates.fetch import Fetcher, Limits
    from privacy_audit.updates.keys import PublicKey
    from privacy_audit.updates.state import ContentInfo
    from privacy_audit.updates.update import Outcome
    from ui.main_window import MainWindow

#: The content in use in this app (set when the content is loaded or replaced).
_in_use: ContentInfo | None = None


def set_in_use(info: ContentInfo) -> None:
    global _in_use
    _in_use = info


def in_use() -> ContentInfo:
    from privacy_audit.updates.state import bundled_info

    return _in_use if _in_use is not None else bundled_info()


def load_content_in_use() -> Content:
    """The app's content: an applied pack when present and valid, else the bundled one."""
    from privacy_audit.updates.state import load_in_use

    content, info = load_in_use()
    set_in_use(info)
    return content


def describe_in_use(info: ContentInfo | None = None) -> str:
    """One line for About: which guides, which version, of which date."""
    info = info or in_use()
    where = {
        "bundled": QCoreApplication.translate("ContentUpdates", "built into Huella"),
        "pack": QCoreApplication.translate("ContentUpdates", "downloaded update"),
        "session": QCoreApplication.translate(
            "ContentUpdates", "downloaded update, this session only"
        ),
    }.get(info.source, info.source)
    text = (
        QCoreApplication.translate("ContentUpdates", "Guides in use: version %1 of %2 (%3).")
        .replace("%1", str(info.version))
        .replace("%2", info.date or "?")
        .replace("%3", where)
    )
    if info.due():
        text += " " + QCoreApplication.translate(
            "ContentUpdates", "They are due for a refresh: use Help > Check for updated guides."
        )
    return text


class _Relay(QObject):
    progress = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(
        self, fetcher: Fetcher, relay: _Relay, keep: bool, extra_keys: list[PublicKey]
    ) -> None:
        super().__init__()
        self.fetcher, self.relay, self.keep = fetcher, relay, keep
        self.extra_keys = extra_keys

    def run(self) -> None:
        from privacy_audit.updates.update import fetch_verified, keep

        try:
            with self.fetcher:
                outcome = fetch_verified(
                    self.fetcher, extra_keys=self.extra_keys, progress=self._progress
                )
            if self.keep and outcome.status == "ready":
                keep(outcome)  # a session with saving on keeps the guides it downloads
        except Exception as exc:  # every failure becomes one sentence in the GUI
            self._emit(self.relay.failed, exc)
        else:
            self._emit(self.relay.succeeded, outcome)

    def _progress(self, done: int, total: int) -> None:
        try:
            self.relay.progress.emit(done, total)
        except RuntimeError:
            self.fetcher.cancel()  # nobody is watching any more

    @staticmethod
    def _emit(signal: Any, value: object) -> None:
        try:
            signal.emit(value)
        except RuntimeError:  # cancelled: the dialog and its relay are already gone
            pass


class UpdateCheck(QObject):
    """One check for updated guides, driven by dialogs; emits :attr:`finished` with one of
    ``declined``, ``cancelled``, ``current``, ``applied``, ``session``, ``not_used``,
    ``refused``."""

    finished = Signal(str)

    def __init__(
        self, window: MainWindow, url: str | None = None, limits: Limits | None = None
    ) -> None:
        super().__init__(window)
        from privacy_audit.updates.fetch import DEFAULT_URL

        self.window = window
        self.url = url or DEFAULT_URL
        self.limits = limits
        self.fetcher: Fetcher | None = None
        self.progress: QProgressDialog | None = None
        self.outcome: Outcome | None = None
        #: A key the person chose to trust for this check ("Another source…"); in a private
        #: session it is stored only if the person keeps the guides.
        self.extra_keys: list[PublicKey] = []
        self._done = False

    @property
    def lang(self) -> str:
        return self.window.session.lang

    # -- 1. consent --------------------------------------------------------------------------
    def start(self) -> None:
        from privacy_audit.updates.errors import UpdateError
        from privacy_audit.updates.fetch import check_url, host_of

        try:
            check_url(self.url)
        except UpdateError as exc:
            self._refused(exc)
            return
        box = QMessageBox(self.window)
        box.setObjectName("updateConsentDialog")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(QCoreApplication.translate("ContentUpdates", "Check for updated guides"))
        box.setText(
            QCoreApplication.translate(
                "ContentUpdates", "Huella will ask %1 for updated guides."
            ).replace("%1", host_of(self.url))
        )
        details = QCoreApplication.translate(
            "ContentUpdates",
            "That server will see this computer's IP address and the address Huella asks "
            "for. It will not see your answers or anything you typed. Nothing is sent "
            "until you choose Check now.",
        )
        if not self.window.session.saving:
            details += "\n\n" + QCoreApplication.translate(
                "ContentUpdates",
                "This is a private session: new guides are used only until you close Huella, "
                "unless you choose to keep them on this computer.",
            )
        box.setInformativeText(details)
        go = box.addButton(
            QCoreApplication.translate("ContentUpdates", "Check &now"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        go.setObjectName("updateConsentCheckButton")
        other = box.addButton(
            QCoreApplication.translate("ContentUpdates", "&Another source…"),
            QMessageBox.ButtonRole.ActionRole,
        )
        other.setObjectName("updateOtherSourceButton")
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        cancel.setObjectName("updateConsentCancelButton")
        box.setDefaultButton(go)
        box.setEscapeButton(cancel)

        def answered() -> None:
            clicked = box.clickedButton()
            box.deleteLater()
            if clicked is go:
                self.begin()
            elif clicked is other:
                self.choose_source()
            else:
                self._finish("declined")

        box.finished.connect(answered)
        self.consent = box
        box.open()

    def choose_source(self) -> None:
        """Another organisation's guides: its address and its public key, trusted only after
        the person reads what that means; then the consent again, naming the new host."""
        dialog = SourceDialog(self.window, self.window.session.saving, self.lang)

        def done(result: int) -> None:
            dialog.deleteLater()
            if result != SourceDialog.DialogCode.Accepted or dialog.key is None:
                self._finish("declined")
                return
            self.url = dialog.url
            self.extra_keys = [dialog.key]
            if self.window.session.saving:
                from privacy_audit.updates.keys import add_user_key

                add_user_key(dialog.key)  # listed, and removable, in this same dialog
            self.start()

        dialog.finished.connect(done)
        self.source_dialog = dialog
        dialog.open()

    # -- 2. download, with progress and Cancel -----------------------------------------------
    def begin(self) -> None:
        from privacy_audit.updates.errors import UpdateError
        from privacy_audit.updates.fetch import Fetcher, host_of

        try:
            self.fetcher = Fetcher(self.url, self.limits)
        except UpdateError as exc:
            self._refused(exc)
            return
        label = QCoreApplication.translate(
            "ContentUpdates", "Downloading updated guides from %1…"
        ).replace("%1", host_of(self.url))
        progress = QProgressDialog(
            label, QCoreApplication.translate("ContentUpdates", "Cancel"), 0, 0, self.window
        )
        progress.setObjectName("updateProgressDialog")
        progress.setWindowTitle(
            QCoreApplication.translate("ContentUpdates", "Check for updated guides")
        )
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.setAccessibleName(label)
        progress.canceled.connect(self.cancel)
        self.progress = progress
        progress.open()
        relay = _Relay(self)
        relay.progress.connect(self._progress)
        relay.succeeded.connect(self._succeeded)
        relay.failed.connect(self._failed)
        self._relay = relay
        job = _Job(self.fetcher, relay, self.window.session.saving, self.extra_keys)
        QThreadPool.globalInstance().start(job)

    def cancel(self) -> None:
        """Stop the download now; the content in use is not touched."""
        if self.fetcher is not None:
            self.fetcher.cancel()
        self._close_progress()
        self._finish("cancelled")

    def _progress(self, done: int, total: int) -> None:
        if self.progress is not None and total > 0:
            self.progress.setRange(0, 1000)
            self.progress.setValue(min(1000, done * 1000 // total))

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.canceled.disconnect(self.cancel)
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    # -- 3. what happened --------------------------------------------------------------------
    def _failed(self, exc: object) -> None:
        if self._done:
            return  # cancelled: the worker's late error is not news
        self._close_progress()
        from privacy_audit.updates.errors import UpdateError

        if isinstance(exc, UpdateError):
            self._refused(exc)
            return
        from ui.dialogs.errors import show_error

        show_error(self.window, exc if isinstance(exc, BaseException) else RuntimeError())
        self._finish("refused")

    def _refused(self, exc: Any) -> None:
        box = self._box("updateRefusedMessageBox", QMessageBox.Icon.Information)
        box.setText(exc.message(self.lang))
        box.open()
        self._finish("refused")

    def _box(self, name: str, icon: QMessageBox.Icon) -> QMessageBox:
        box = QMessageBox(self.window)
        box.setObjectName(name)
        box.setIcon(icon)
        box.setWindowTitle(QCoreApplication.translate("ContentUpdates", "Check for updated guides"))
        box.finished.connect(box.deleteLater)
        return box

    def _succeeded(self, outcome: Outcome) -> None:
        if self._done:
            return
        self._close_progress()
        self.outcome = outcome
        from privacy_audit.updates.state import pack_info
        from privacy_audit.updates.update import describe_changes

        if outcome.status == "current" or outcome.pack is None:
            box = self._box("updateResultMessageBox", QMessageBox.Icon.Information)
            info = in_use()
            box.setText(
                QCoreApplication.translate(
                    "ContentUpdates", "Your guides are up to date (version %1 of %2)."
                )
                .replace("%1", str(info.version))
                .replace("%2", info.date)
            )
            box.open()
            self._finish("current")
            return
        describe_changes(outcome, self.window.content)
        pack = outcome.pack
        changes = outcome.changes.lines(self.lang) if outcome.changes else []
        what = (
            QCoreApplication.translate("ContentUpdates", "What changed:")
            + "\n"
            + "\n".join(f"• {line}" for line in changes)
        )
        if "clock" in outcome.warnings:
            what += "\n\n" + QCoreApplication.translate(
                "ContentUpdates",
                "This computer's clock seems to be wrong, so some dates may look odd.",
            )
        if outcome.status == "applied":
            use_content(self.window, pack.content, pack_info(pack))
            box = self._box("updateResultMessageBox", QMessageBox.Icon.Information)
            box.setText(
                QCoreApplication.translate(
                    "ContentUpdates", "Huella now uses the updated guides (version %1 of %2)."
                )
                .replace("%1", str(pack.manifest.version))
                .replace("%2", pack.manifest.created.date().isoformat())
            )
            box.setInformativeText(what)
            box.open()
            self._finish("applied")
            return
        # A private session: for this session only, unless the person keeps them.
        box = self._box("updateKeepMessageBox", QMessageBox.Icon.Question)
        box.setText(
            QCoreApplication.translate(
                "ContentUpdates", "Updated guides are ready (version %1 of %2)."
            )
            .replace("%1", str(pack.manifest.version))
            .replace("%2", pack.manifest.created.date().isoformat())
        )
        box.setInformativeText(
            what
            + "\n\n"
            + QCoreApplication.translate(
                "ContentUpdates",
                "This is a private session. Use them until you close Huella, or keep them "
                "on this computer (only the guides are kept, never your answers).",
            )
        )
        session_only = box.addButton(
            QCoreApplication.translate("ContentUpdates", "Use for this &session"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        session_only.setObjectName("updateSessionOnlyButton")
        keep_it = box.addButton(
            QCoreApplication.translate("ContentUpdates", "&Keep on this computer"),
            QMessageBox.ButtonRole.ApplyRole,
        )
        keep_it.setObjectName("updateKeepButton")
        skip = box.addButton(
            QCoreApplication.translate("ContentUpdates", "&Don't use them"),
            QMessageBox.ButtonRole.RejectRole,
        )
        skip.setObjectName("updateSkipButton")
        box.setDefaultButton(session_only)
        box.setEscapeButton(skip)

        def chosen() -> None:
            from privacy_audit.updates.errors import UpdateError
            from privacy_audit.updates.update import keep

            clicked = box.clickedButton()
            if clicked is skip or clicked is None:
                self._finish("not_used")
                return
            source = "session"
            if clicked is keep_it:
                try:
                    if self.extra_keys:
                        from privacy_audit.updates.keys import add_user_key

                        add_user_key(self.extra_keys[0])  # else not used at the next start
                    keep(outcome)
                except UpdateError as exc:
                    self._refused(exc)
                    return
                source = "pack"
            use_content(self.window, pack.content, pack_info(pack, source))
            self._finish("session" if source == "session" else "applied")

        box.finished.connect(chosen)
        box.open()

    def _finish(self, how: str) -> None:
        if not self._done:
            self._done = True
            self.finished.emit(how)


class SourceDialog(QDialog):
    """The address of another organisation's guides and its public key; the keys the person
    trusts are listed here and can be removed."""

    def __init__(self, parent: QWidget, saving: bool, lang: str) -> None:
        super().__init__(parent)
        self.lang = lang
        from privacy_audit.updates.keys import user_keys

        self.setObjectName("updateSourceDialog")
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)
        self.setWindowTitle(QCoreApplication.translate("ContentUpdates", "Another source"))
        self.url = ""
        self.key: PublicKey | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(
            QCoreApplication.translate(
                "ContentUpdates",
                "A group you know, such as a local organisation, may publish its own guides. "
                "Only add a source you trust: Huella will show its guides as if they were its "
                "own.",
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.url_edit = QLineEdit()
        self.url_edit.setObjectName("updateUrlEdit")
        self.url_edit.setPlaceholderText("https://")
        self.key_edit = QLineEdit()
        self.key_edit.setObjectName("updateKeyEdit")
        self.key_edit.setPlaceholderText("huella-ed25519-public …")
        url_label = QLabel(QCoreApplication.translate("ContentUpdates", "&Address:"))
        url_label.setBuddy(self.url_edit)
        key_label = QLabel(QCoreApplication.translate("ContentUpdates", "Their public &key:"))
        key_label.setBuddy(self.key_edit)
        form.addRow(url_label, self.url_edit)
        form.addRow(key_label, self.key_edit)
        layout.addLayout(form)
        if not saving:
            note = QLabel(
                QCoreApplication.translate(
                    "ContentUpdates",
                    "This is a private session: the key is trusted for this session only, "
                    "unless you keep the guides.",
                )
            )
            note.setWordWrap(True)
            layout.addWidget(note)
        listed = QLabel(QCoreApplication.translate("ContentUpdates", "Keys you &trust:"))
        self.keys_list = QListWidget()
        self.keys_list.setObjectName("updateTrustedList")
        self.keys_list.setMaximumHeight(self.fontMetrics().height() * 6)
        listed.setBuddy(self.keys_list)
        for k in user_keys():
            item = QListWidgetItem(f"{k.key_id}  {k.name}")
            item.setData(Qt.ItemDataRole.UserRole, k.key_id)
            self.keys_list.addItem(item)
        remove = QPushButton(QCoreApplication.translate("ContentUpdates", "&Remove key"))
        remove.setObjectName("updateRemoveKeyButton")
        remove.clicked.connect(self._remove)
        layout.addWidget(listed)
        layout.addWidget(self.keys_list)
        layout.addWidget(remove)
        self.error = QLabel()
        self.error.setObjectName("updateSourceError")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        trust = buttons.addButton(
            QCoreApplication.translate("ContentUpdates", "Trust this key and &continue"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        trust.setObjectName("updateTrustButton")
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _remove(self) -> None:
        from privacy_audit.updates.keys import remove_user_key

        item = self.keys_list.currentItem()
        if item is not None:
            remove_user_key(str(item.data(Qt.ItemDataRole.UserRole)))
            self.keys_list.takeItem(self.keys_list.row(item))

    def _accept(self) -> None:
        from privacy_audit.updates.errors import UpdateError
        from privacy_audit.updates.fetch import check_url
        from privacy_audit.updates.keys import parse_public

        lang = self.lang
        try:
            self.url = check_url(self.url_edit.text().strip())
        except UpdateError as exc:
            self.error.setText(exc.message(lang))
            self.url_edit.setFocus()
            return
        self.key = parse_public(self.key_edit.text())
        if self.key is None:
            self.error.setText(UpdateError("bad_key_text").message(lang))
            self.key_edit.setFocus()
            return
        self.accept()


def use_content(window: MainWindow, content: Content, info: ContentInfo) -> None:
    """Show *content* from now on; answers, chosen platforms and ticked steps that still
    exist in it are kept."""
    from privacy_audit.scoring.engine import Scorer
    from privacy_audit.session import AuditSession

    old = window.session
    scorer = Scorer(content)
    new = AuditSession(content, scorer, lang=old.lang, saving=old.saving)
    for pid in old.selected:
        if pid in content.platform_by_id:
            new.set_platform(pid, True)
    for qid, oid in old.all_answers().items():
        if (qid, oid) in content.options:
            new.set_answer(qid, oid)
    for aid in old.done:
        if aid in content.actions:
            new.set_done(aid, True)
    new.audit_id, new.audit_name = old.audit_id, old.audit_name
    window.content = content
    window.scorer = scorer
    window.files._saver_obj = None  # the store reads the new content
    page = old.page
    window.use_session(new)
    set_in_use(info)
    window.show_page(page if page in new.pages() else new.pages()[0])


def back_to_bundled(window: object) -> None:
    """After "Delete everything": downloaded guides are gone; show the bundled ones."""
    if in_use().source == "bundled" or not hasattr(window, "use_session"):
        return
    from privacy_audit.content import load_content
    from privacy_audit.updates.state import bundled_info

    use_content(window, load_content(), bundled_info())  # type: ignore[arg-type]


def check_for_updates(window: MainWindow) -> UpdateCheck:
    """Help > Check for updated guides…"""
    check = UpdateCheck(window)
    check.finished.connect(check.deleteLater)
    check.start()
    return check
