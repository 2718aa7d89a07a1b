"""Your accounts: tick the platforms you use (icons, plain names, search)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import QButtonGroup, QLineEdit, QWidget

from privacy_audit.session import ACCOUNTS, AuditSession
from ui.a11y import name
from ui.icons import platform_icon
from ui.pages.base import Page, heading, para
from ui.widgets.flow import FlowLayout
from ui.widgets.wrap import WrapCheckBox, WrapGroupBox, WrapRadioButton, plain

COLUMNS = 2


class AccountsPage(Page):
    """Signals:
    platforms_changed(): the set of ticked platforms changed.
    """

    key = ACCOUNTS
    platforms_changed = Signal()

    def __init__(self, session: AuditSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.h = heading()
        self.intro = para("accountsIntro")
        self.search = QLineEdit()
        self.search.setObjectName("platformSearchLineEdit")
        self.search.setClearButtonEnabled(True)
        self.grid_host = QWidget()
        # Two columns while they fit, one when the page is narrow.
        self.grid = FlowLayout(self.grid_host, columns=COLUMNS)
        self.boxes: dict[str, WrapCheckBox] = {}
        size = self.fontMetrics().height() * 2
        for pid in session.choosable_platforms():
            box = WrapCheckBox()
            box.setObjectName(f"platform_{pid}CheckBox")
            name_ = session.content.platform_by_id[pid].platform.name.en
            box.setIcon(platform_icon(pid, name_))
            box.setIconSize(QSize(size, size))
            box.toggled.connect(lambda on, pid=pid: self._toggled(pid, on))
            self.boxes[pid] = box
        self.none_found = para("noPlatformFound")
        self.count_label = para("selectedCount")
        # The kind of phone, asked once: the plan then shows that phone's steps first.
        self.phone_box = WrapGroupBox()
        self.phone_box.setObjectName("phoneGroupBox")
        phone_lay = self.phone_box.inner
        self.phone_group = QButtonGroup(self)
        self.phone_buttons: dict[str, WrapRadioButton] = {}
        for key in ("iphone", "android", "both", "unsure"):
            rb = WrapRadioButton()
            rb.setObjectName(f"phone_{key}RadioButton")
            self.phone_group.addButton(rb)
            phone_lay.addWidget(rb)
            self.phone_buttons[key] = rb
            rb.toggled.connect(lambda on, key=key: self._phone_chosen(key, on))
        for w in (self.h, self.intro, self.search):
            self.body.addWidget(w)
        self.body.addWidget(self.grid_host)
        self.body.addWidget(self.none_found)
        self.body.addWidget(self.count_label)
        self.body.addWidget(self.phone_box)
        self.body.addStretch(1)
        self.search.textChanged.connect(self._filter)
        self._filter("")
        self.refresh()
        self.retranslate()

    def _toggled(self, pid: str, on: bool) -> None:
        self.session.set_platform(pid, on)
        self._update_count()
        self.platforms_changed.emit()

    def _phone_chosen(self, key: str, on: bool) -> None:
        if not on:
            return
        self.session.phone = None if key == "unsure" else key
        self.platforms_changed.emit()  # the plan's order follows the phone

    def _filter(self, text: str) -> None:
        """Show only the platforms the core's search finds, in reading order."""
        shown = self.session.search_platforms(text)
        for box in self.boxes.values():
            self.grid.removeWidget(box)
            box.hide()
        for pid in shown:
            box = self.boxes[pid]
            self.grid.addWidget(box)
            box.show()
        # Tab order follows reading order (left to right, then down).
        prev: QWidget = self.search
        for pid in shown:
            QWidget.setTabOrder(prev, self.boxes[pid])
            prev = self.boxes[pid]
        self.none_found.setVisible(not shown)

    def refresh(self) -> None:
        selected = set(self.session.selected)
        for pid, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(pid in selected)
            box.blockSignals(False)
        key = self.session.phone or "unsure"
        for k, rb in self.phone_buttons.items():
            rb.blockSignals(True)
            rb.setChecked(k == key)
            rb.blockSignals(False)
        self._update_count()

    def _update_count(self) -> None:
        n = len(self.session.selected)
        self.count_label.setText(self.tr("%n account(s) chosen.", "", n))

    def title(self) -> str:
        return self.tr("Your accounts")

    def first_focus(self) -> QWidget:
        return self.search

    def retranslate(self) -> None:
        lang = self.session.lang
        self.h.setText(self.tr("Your accounts"))
        self.intro.setText(
            self.tr(
                "Tick the accounts you use. Each one gets its own short page of questions. "
                "You can come back and change this."
            )
        )
        self.search.setPlaceholderText(self.tr("Search platforms"))
        name(
            self.search,
            self.tr("Search platforms"),
            self.tr("Type part of a name to show only matching platforms"),
        )
        for pid, box in self.boxes.items():
            info = self.session.content.platform_by_id[pid].platform
            box.setText(plain(info.name.get(lang)))
            name(box, info.name.get(lang), info.summary.get(lang))
        self.none_found.setText(self.tr("No platform matches your search."))
        self.phone_box.setTitle(self.tr("What kind of phone do you use?"))
        texts = {
            "iphone": self.tr("iPhone"),
            "android": self.tr("Android"),
            "both": self.tr("Both"),
            "unsure": self.tr("Not sure, or I'd rather not say"),
        }
        why = self.tr("The plan shows the steps for your phone first")
        for k, rb in self.phone_buttons.items():
            rb.setText(texts[k])
            name(rb, texts[k], why)
        name(
            self.phone_box,
            self.tr("What kind of phone do you use?"),
            self.tr("The plan shows the steps for your phone first"),
        )
        self._update_count()
