"""One page per platform: its questions, with why each matters and who could get the data."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QLabel, QPushButton, QWidget

from privacy_audit.session import PLATFORM_PREFIX, AuditSession
from privacy_audit.text import t
from ui.a11y import name
from ui.pages.base import Page, heading, para
from ui.widgets.wrap import WrapGroupBox, WrapRadioButton, plain


class QuestionBox(WrapGroupBox):
    """One question: its text as the (wrapped) title, the help, the options as radio buttons;
    the arrow keys choose among the answers."""

    def __init__(self, session: AuditSession, qid: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.qid = qid
        self.setObjectName(f"question_{qid}GroupBox")
        lay = self.inner
        self.help = QLabel()
        self.help.setWordWrap(True)
        self.help.setObjectName("questionHelp")
        lay.addWidget(self.help)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, WrapRadioButton] = {}
        for opt in session.content.questions[qid].options:
            b = WrapRadioButton()
            b.setObjectName(f"option_{qid}_{opt.id}RadioButton")
            self.group.addButton(b)
            self.buttons[opt.id] = b
            lay.addWidget(b)
        self.who = QLabel()
        self.who.setWordWrap(True)
        self.who.setObjectName("questionWho")
        lay.addWidget(self.who)
        # Shown when the answer came from the person's data download (ui/import_flow.py).
        self.source = QLabel()
        self.source.setWordWrap(True)
        self.source.setObjectName("questionSource")
        self.source.setVisible(False)
        lay.addWidget(self.source)

    def retranslate(self) -> None:
        lang = self.session.lang
        q = self.session.content.questions[self.qid]
        self.setTitle(q.text.get(lang))
        self.help.setText(self.tr("Why this matters: %1").replace("%1", q.help.get(lang)))
        for opt in q.options:
            b = self.buttons[opt.id]
            b.setText(plain(opt.text.get(lang)))
            name(b, opt.text.get(lang), q.text.get(lang))
        self.update_who()

    def sync(self) -> None:
        current = self.session.answer(self.qid)
        self.group.setExclusive(False)
        for oid, b in self.buttons.items():
            b.blockSignals(True)
            b.setChecked(oid == current)
            b.blockSignals(False)
        self.group.setExclusive(True)
        self.update_who()

    def update_who(self) -> None:
        cons = self.session.consequences(self.qid)
        if self.session.answer(self.qid) is None:
            text = self.tr("Who could get this, and how: choose an answer to see.")
        elif not cons:
            text = self.tr("Who could get this, and how: with this answer, nothing is added.")
        else:
            lines = [self.tr("Who could get this, and how:")]
            by_tier: dict[str, list[str]] = {}
            for c in cons:
                by_tier.setdefault(c.tier, []).append(c.label)
            for tier in by_tier:  # in the order the core gave them
                first = next(c for c in cons if c.tier == tier)
                lines.append(f"• {first.tier_label}: {'; '.join(by_tier[tier])}.")
                lines.append(f"  {first.who_signs}")
            if any(c.unsure for c in cons):
                lines.append(
                    self.tr('"Not sure" is counted as if it were visible, so you can check it.')
                )
            text = "\n".join(lines)
        self.who.setText(text)
        from_download = self.qid in self.session.from_download
        self.source.setVisible(from_download)
        if from_download:
            self.source.setText(
                self.tr("This answer is from your data download. Change it if it is not right.")
            )


class PlatformPage(Page):
    """Signals:
    answer_changed(str, str): question id, option id.
    import_requested(str): "Read my data download…" for this platform.
    """

    answer_changed = Signal(str, str)
    import_requested = Signal(str)

    def __init__(self, session: AuditSession, pid: str, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.pid = pid
        self.key = PLATFORM_PREFIX + pid
        self.setObjectName(f"platform_{pid}Page")
        self.h = heading()
        self.summary = para("platformSummary")
        self.notice = para("platformNotice")
        self.encryption = para("platformEncryption")
        for w in (self.h, self.summary):
            self.body.addWidget(w)
        self.import_button: QPushButton | None = None
        if pid in ("facebook", "instagram", "google", "x", "tiktok"):  # ui/import_flow.py
            self.import_button = QPushButton()
            self.import_button.setObjectName("readDownloadButton")
            self.import_button.clicked.connect(lambda: self.import_requested.emit(self.pid))
            self.body.addWidget(self.import_button)
        self.questions: list[QuestionBox] = []
        for q in session.content.platform_by_id[pid].questions:
            box = QuestionBox(session, q.id)
            for oid, b in box.buttons.items():
                b.toggled.connect(
                    lambda on, qid=q.id, oid=oid: self._picked(qid, oid) if on else None
                )
            self.questions.append(box)
            self.body.addWidget(box)
        self.body.addWidget(self.notice)
        self.body.addWidget(self.encryption)
        self.body.addStretch(1)
        self.refresh()
        self.retranslate()

    def _picked(self, qid: str, oid: str) -> None:
        if self.session.answer(qid) == oid:
            return
        self.session.set_answer(qid, oid)
        for box in self.questions:
            if box.qid == qid:
                box.update_who()
        self.answer_changed.emit(qid, oid)

    def refresh(self) -> None:
        for box in self.questions:
            box.sync()

    def title(self) -> str:
        return self.session.content.platform_by_id[self.pid].platform.name.get(self.session.lang)

    def first_focus(self) -> QWidget | None:
        if not self.questions:
            return None
        box = self.questions[0]
        checked = box.group.checkedButton()
        return checked or next(iter(box.buttons.values()))

    def retranslate(self) -> None:
        lang = self.session.lang
        info = self.session.content.platform_by_id[self.pid].platform
        self.h.setText(info.name.get(lang))
        self.summary.setText(info.summary.get(lang))
        self.notice.setText(f"{t('notice', lang)} {info.notice.get(lang)}")
        self.encryption.setText(f"{t('encryption', lang)}: {info.encryption.get(lang)}")
        if self.import_button is not None:
            self.import_button.setText(self.tr("Read my data download…"))
            name(
                self.import_button,
                self.tr("Read my data download"),
                self.tr("Fill answers from the data you downloaded from this platform"),
            )
        for box in self.questions:
            box.retranslate()
