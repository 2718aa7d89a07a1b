"""Review what a data download shows, then choose which answers it fills.

Keyboard first: Tab moves through the suggested answers (check boxes, Space toggles), Enter
fills the checked answers, Escape closes without changing anything. Every finding is text a
screen reader reads: each question is a named group, and each check box carries the
findings it is based on as its description.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGroupBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui.a11y import name

if TYPE_CHECKING:
    from privacy_audit.imports import Finding, ImportResult
    from privacy_audit.session import AuditSession


def _label(text: str, object_name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)  # the download's text is never markup
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
    if object_name:
        label.setObjectName(object_name)
    return label


class ImportReviewDialog(QDialog):
    """The findings of one download, grouped by question, with the suggested answers.

    Nothing is filled until the person presses "Fill the checked answers";
    :meth:`confirmed` then gives question id -> option id for the checked boxes.
    """

    def __init__(
        self, session: AuditSession, result: ImportResult, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importReviewDialog")
        self.session = session
        self.import_result = result
        lang = session.lang
        content = session.content
        self.setWindowTitle(self.tr("What your data download shows"))
        self.setModal(True)
        outer = QVBoxLayout(self)
        fmt = result.format_label(lang)
        intro = _label(
            self.tr(
                "Your %1 download: %2. Huella read it on this computer and kept nothing "
                "from it but what is listed here."
            )
            .replace("%1", result.platform_name)
            .replace("%2", fmt),
            "importIntro",
        )
        how = _label(
            self.tr(
                "Check the answers you agree with, then fill them. You can change any answer "
                "later; answers filled here are marked \u201cfrom your data download\u201d."
            ),
            "importHow",
        )
        outer.addWidget(intro)
        outer.addWidget(how)

        scroll = QScrollArea()
        scroll.setObjectName("importFindingsScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        # Text wraps; it never scrolls sideways.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inner = QWidget()
        body = QVBoxLayout(inner)
        scroll.setWidget(inner)
        outer.addWidget(scroll, 1)

        groups: dict[str | None, list[Finding]] = {}
        for f in result.findings:
            groups.setdefault(f.question, []).append(f)
        order = {qid: i for i, qid in enumerate(content.questions)}
        proposals = result.proposals()
        self.boxes: dict[str, QCheckBox] = {}
        first: QWidget | None = None
        for qid in sorted(groups, key=lambda q: (q is None, order.get(q or "", 0))):
            found = groups[qid]
            q = content.questions.get(qid) if qid else None
            title = q.text.get(lang) if q is not None else self.tr("About the account")
            # A group box's own title never wraps: the question is a wrapped bold label.
            box = QGroupBox()
            box.setObjectName(f"importGroup_{qid or 'account'}")
            lay = QVBoxLayout(box)
            heading = _label(title, "importQuestion")
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            lay.addWidget(heading)
            texts = [f.text(lang) for f in found]
            for text in texts:
                lay.addWidget(_label("\u2022 " + text, "importFinding"))
            oid = proposals.get(qid) if qid else None
            if qid is not None and q is not None and oid is not None:
                option = next(o for o in q.options if o.id == oid)
                current = session.answer(qid)
                cb = QCheckBox(self.tr("Use this answer: %1").replace("%1", option.text.get(lang)))
                cb.setObjectName(f"importUse_{qid}CheckBox")
                if current is not None and current != oid:
                    now = next(o for o in q.options if o.id == current)
                    lay.addWidget(
                        _label(
                            self.tr("Your answer now: %1").replace("%1", now.text.get(lang)),
                            "importCurrent",
                        )
                    )
                # Suggested by default unless the person already chose something definite.
                unsure_now = current is not None and content.options[(qid, current)].unsure
                cb.setChecked(current is None or unsure_now or current == oid)
                name(cb, f"{q.text.get(lang)} {cb.text()}", " ".join(texts))
                self.boxes[qid] = cb
                lay.addWidget(cb)
                first = first or cb
            box.setAccessibleName(title)
            box.setAccessibleDescription(" ".join(texts))
            body.addWidget(box)
        if result.unreadable:
            body.addWidget(
                _label(
                    self.tr("Some parts could not be read and were skipped: %1.").replace(
                        "%1", ", ".join(result.unreadable)
                    ),
                    "importUnreadable",
                )
            )
        if not self.boxes:
            body.addWidget(
                _label(
                    self.tr(
                        "The download suggests no answers: it shows what the platform holds, "
                        "but you choose the answers yourself."
                    ),
                    "importNoSuggestion",
                )
            )
        body.addStretch(1)

        self.buttons = QDialogButtonBox()
        self.fill_button = self.buttons.addButton(
            self.tr("&Fill the checked answers"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.fill_button.setObjectName("importFillButton")
        self.fill_button.setEnabled(bool(self.boxes))
        self.close_button = self.buttons.addButton(
            self.tr("Close &without filling"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.close_button.setObjectName("importCloseButton")
        self.fill_button.setDefault(bool(self.boxes))
        self.close_button.setDefault(not self.boxes)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        name(
            self,
            self.windowTitle(),
            f"{intro.text()} {how.text()}",
        )
        self.resize(640, 560)
        (first or (self.fill_button if self.boxes else self.close_button)).setFocus()

    def confirmed(self) -> dict[str, str]:
        """Question id -> option id for every checked suggestion."""
        proposals = self.import_result.proposals()
        return {qid: proposals[qid] for qid, cb in self.boxes.items() if cb.isChecked()}
