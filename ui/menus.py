"""The menu bar: every command with a keyboard shortcut, retranslated on a language switch."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from ui.start import set_shortcut


class Menus:
    """Builds the actions once; :meth:`retranslate` sets their texts."""

    def __init__(self, window: QMainWindow, handlers: dict[str, Callable[[], object]]) -> None:
        self.w = window
        bar = window.menuBar()
        self.file = QMenu(window)
        self.go = QMenu(window)
        self.view = QMenu(window)
        self.data = QMenu(window)
        self.help = QMenu(window)
        for m in (self.file, self.go, self.view, self.data, self.help):
            bar.addMenu(m)

        def act(key: str, menu: QMenu, shortcut: QKeySequence | str | None = None) -> QAction:
            a = QAction(window)
            a.setObjectName(f"{key}Action")
            if shortcut is not None:
                # No QKeySequence(QKeySequence) copy: see ui.start.set_shortcut.
                seq = shortcut if isinstance(shortcut, QKeySequence) else QKeySequence(shortcut)
                set_shortcut(a, seq)
            if key in handlers:
                a.triggered.connect(handlers[key])
            menu.addAction(a)
            return a

        std = QKeySequence.StandardKey
        self.saved = act("savedAudits", self.file, "Ctrl+O")
        self.read_download = act("readDownload", self.file, "Ctrl+I")
        self.export = act("exportPdf", self.file, "Ctrl+E")
        self.print_ = act("print", self.file, QKeySequence(std.Print))
        self.file.addSeparator()
        self.start_over = act("startOver", self.file, "Ctrl+N")
        self.file.addSeparator()
        self.quit = act("quit", self.file, QKeySequence(std.Quit))
        self.back = act("back", self.go, "Alt+Left")
        self.next = act("next", self.go, "Alt+Right")
        self.results = act("results", self.go, "Ctrl+R")
        self.english = act("english", self.view)
        self.spanish = act("spanish", self.view)
        self.lang_group = QActionGroup(window)
        for a in (self.english, self.spanish):
            a.setCheckable(True)
            self.lang_group.addAction(a)
        self.switch_lang = act("switchLanguage", self.view, "Ctrl+L")
        self.view.addSeparator()
        self.contrast = act("highContrast", self.view, "Ctrl+Shift+H")
        self.contrast.setCheckable(True)
        self.delete_all = act("deleteEverything", self.data)
        self.about = act("about", self.help, QKeySequence(std.HelpContents))
        self.legal = act("legalHelp", self.help)
        self.check_updates = act("checkUpdates", self.help)

    def set_lang(self, lang: str) -> None:
        (self.spanish if lang == "es" else self.english).setChecked(True)

    def retranslate(self) -> None:
        self.file.setTitle(QCoreApplication.translate("Menus", "&File"))
        self.go.setTitle(QCoreApplication.translate("Menus", "&Go"))
        self.view.setTitle(QCoreApplication.translate("Menus", "&View"))
        self.data.setTitle(QCoreApplication.translate("Menus", "&Data"))
        self.help.setTitle(QCoreApplication.translate("Menus", "&Help"))
        self.saved.setText(QCoreApplication.translate("Menus", "&Saved audits…"))
        self.read_download.setText(QCoreApplication.translate("Menus", "&Read my data download…"))
        self.export.setText(QCoreApplication.translate("Menus", "&Export PDF…"))
        self.print_.setText(QCoreApplication.translate("Menus", "&Print…"))
        self.start_over.setText(QCoreApplication.translate("Menus", "Start &over"))
        self.quit.setText(QCoreApplication.translate("Menus", "&Quit"))
        self.back.setText(QCoreApplication.translate("Menus", "&Back"))
        self.next.setText(QCoreApplication.translate("Menus", "&Next"))
        self.results.setText(QCoreApplication.translate("Menus", "&Results"))
        self.english.setText("English")
        self.spanish.setText("Español")
        self.switch_lang.setText(
            QCoreApplication.translate("Menus", "Switch &language (English / Español)")
        )
        self.contrast.setText(QCoreApplication.translate("Menus", "&High contrast"))
        self.delete_all.setText(QCoreApplication.translate("Menus", "&Delete everything…"))
        self.about.setText(QCoreApplication.translate("Menus", "&About Huella"))
        self.legal.setText(QCoreApplication.translate("Menus", "Free &legal help"))
        self.check_updates.setText(
            QCoreApplication.translate("Menus", "Check for &updated guides…")
        )
