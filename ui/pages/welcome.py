"""Welcome: what Huella does and does not do, the language, private or saved session."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QPushButton

from privacy_audit.pages import WELCOME
from ui.a11y import name
from ui.pages.base import Page, heading, para
from ui.widgets.wrap import WrapGroupBox, WrapRadioButton


class WelcomePage(Page):
    """The first page; it needs no content, so the window can show it before loading any.

    The main window tells it the session's language and saving choice (:meth:`sync`) and the
    content's disclaimer (:meth:`set_disclaimer`).

    Signals:
    language_requested(str): "en" or "es" chosen.
    saving_requested(bool): the person chose to save (True) or a private session (False).
    saved_audits_requested(): open the list of saved audits.
    """

    key = WELCOME
    language_requested = Signal(str)
    saving_requested = Signal(bool)
    saved_audits_requested = Signal()

    def __init__(self, lang: str = "en", saving: bool = False) -> None:
        super().__init__(None)
        self.lang = lang
        self.saving = saving
        self.h = heading()
        self.intro = para("welcomeIntro")
        self.does = para("welcomeDoes")
        self.disclaimer = para("welcomeDisclaimer")
        self.lang_box = WrapGroupBox()
        self.lang_box.setObjectName("languageGroupBox")
        lb = self.lang_box.inner
        self.english = WrapRadioButton("English")
        self.english.setObjectName("englishRadioButton")
        self.spanish = WrapRadioButton("Español")
        self.spanish.setObjectName("spanishRadioButton")
        self.lang_group = QButtonGroup(self)
        for b in (self.english, self.spanish):
            self.lang_group.addButton(b)
            lb.addWidget(b)
        self.save_box = WrapGroupBox()
        self.save_box.setObjectName("sessionGroupBox")
        sb = self.save_box.inner
        self.private_radio = WrapRadioButton()
        self.private_radio.setObjectName("privateRadioButton")
        self.save_radio = WrapRadioButton()
        self.save_radio.setObjectName("saveRadioButton")
        self.save_group = QButtonGroup(self)
        for b in (self.private_radio, self.save_radio):
            self.save_group.addButton(b)
            sb.addWidget(b)
        self.save_note = para("saveNote")
        self._saving_reason = ""
        sb.addWidget(self.save_note)
        self.saved_button = QPushButton()
        self.saved_button.setObjectName("savedAuditsButton")
        sb.addWidget(self.saved_button)
        self.start_hint = para("startHint")
        for w in (self.h, self.intro, self.does, self.lang_box, self.save_box, self.start_hint):
            self.body.addWidget(w)
        self.body.addWidget(self.disclaimer)
        self.body.addStretch(1)
        self.sync()
        self.english.toggled.connect(self._lang_toggled)
        self.save_radio.toggled.connect(self._save_toggled)
        self.saved_button.clicked.connect(self.saved_audits_requested)
        self.retranslate()

    def sync(self, lang: str | None = None, saving: bool | None = None) -> None:
        """Show the session's language and saving choice without emitting requests."""
        self.lang = self.lang if lang is None else lang
        self.saving = self.saving if saving is None else saving
        for b in (self.english, self.spanish, self.private_radio, self.save_radio):
            b.blockSignals(True)
        (self.spanish if self.lang == "es" else self.english).setChecked(True)
        (self.save_radio if self.saving else self.private_radio).setChecked(True)
        self.saved_button.setVisible(self.saving)
        for b in (self.english, self.spanish, self.private_radio, self.save_radio):
            b.blockSignals(False)

    def set_saving_available(self, available: bool, reason: str = "") -> None:
        """Workshop mode turns saving off: the choice is shown greyed out, with *reason*."""
        self._saving_reason = "" if available else reason
        self.save_radio.setEnabled(available)
        self.saved_button.setEnabled(available)
        self._show_save_note()

    def _show_save_note(self) -> None:
        self.save_note.setText(
            self._saving_reason
            or self.tr("You can delete everything at any time from the Data menu.")
        )

    def _lang_toggled(self, english: bool) -> None:
        self.language_requested.emit("en" if english else "es")

    def _save_toggled(self, save: bool) -> None:
        self.saving_requested.emit(save)

    def title(self) -> str:
        return self.tr("Welcome")

    def first_focus(self) -> WrapRadioButton:
        return self.spanish if self.lang == "es" else self.english

    def set_disclaimer(self, text: str) -> None:
        """The content's "not legal advice" note, in the session language."""
        self.disclaimer.setText(text)

    def retranslate(self) -> None:
        self.h.setText(self.tr("Welcome to Huella"))
        self.intro.setText(
            self.tr(
                "Huella helps you see what an agency such as ICE could learn about you from "
                "your online accounts, what kind of legal paper it would need for each piece, "
                "and what you can do to lower it."
            )
        )
        self.does.setText(
            self.tr(
                "• Nothing leaves this computer. Huella uses the internet only if you ask it to "
                "check for updated guides.\n"
                "• It is not legal advice. For advice about your own case, talk to a lawyer "
                "or an accredited representative; free legal help is listed at the end.\n"
                "• You can skip any question, go back, and change your answers."
            )
        )
        self.lang_box.setTitle(self.tr("Language / Idioma"))
        name(self.english, "English", self.tr("Show Huella in English"))
        name(self.spanish, "Español", self.tr("Show Huella in Spanish"))
        self.save_box.setTitle(self.tr("Your session"))
        self.private_radio.setText(self.tr("Private session — nothing is saved"))
        name(
            self.private_radio,
            self.private_radio.text(),
            self.tr("Your answers are forgotten when you close Huella."),
        )
        self.save_radio.setText(self.tr("Save my audit on this computer (encrypted)"))
        name(
            self.save_radio,
            self.save_radio.text(),
            self.tr("Your answers are kept on this computer, encrypted, until you delete them."),
        )
        self._show_save_note()
        self.saved_button.setText(self.tr("Saved audits…"))
        name(
            self.saved_button,
            self.tr("Saved audits"),
            self.tr("Open, rename or delete audits saved on this computer"),
        )
        self.start_hint.setText(self.tr("When you are ready, press Next."))
