"""Installing and switching Qt translators (our ``huella_<lang>.qm`` plus Qt's own)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from privacy_audit.paths import assets_dir

LANGS = ("en", "es")
APP_CATALOG = "huella"


def qm_path(lang: str) -> str:
    return str(assets_dir() / "i18n" / f"{APP_CATALOG}_{lang}.qm")


def system_lang() -> str:
    """Spanish when the desktop is in Spanish, otherwise English."""
    return "es" if QLocale.system().language() == QLocale.Language.Spanish else "en"


class Translators:
    """Keeps the installed translators so a switch removes the old ones first."""

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []
        self.lang = "en"

    @property
    def applied(self) -> str | None:
        """The language installed by :meth:`apply`, None before it ran."""
        return self.lang if self._installed else None

    def apply(self, lang: str) -> bool:
        """Install *lang*; Qt then sends every widget a LanguageChange event.

        Returns False when the translation file is missing (the app stays usable in English).
        """
        app = QCoreApplication.instance()
        if app is None:
            return False
        for tr in self._installed:
            QCoreApplication.removeTranslator(tr)
        self._installed.clear()
        self.lang = lang if lang in LANGS else "en"
        ok = True
        own = QTranslator(app)
        if own.load(qm_path(self.lang)):
            self._installed.append(own)
        else:
            ok = False
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        # English needs our file only for plurals ("1 account" / "2 accounts").
        for catalog in ("qtbase", "qt") if self.lang != "en" else ():
            t = QTranslator(app)
            if t.load(QLocale(self.lang), catalog, "_", qt_dir):
                self._installed.append(t)
        for t in self._installed:
            QCoreApplication.installTranslator(t)
        return ok
