"""Start the desktop app: ``privacy-audit`` with no arguments calls :func:`run`."""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from privacy_audit.content import Content
    from ui.i18n import Translators
    from ui.main_window import MainWindow

from privacy_audit import APP_ID

__all__ = ["APP_ID", "build_window", "has_display", "make_window", "run"]
_DISPLAY_VARS = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")

NO_DISPLAY = (
    "Huella could not open its window: no graphical display was found "
    "(DISPLAY and WAYLAND_DISPLAY are not set). Start it from your desktop, or use the "
    "command line instead: privacy-audit --help\n"
    "Huella no pudo abrir su ventana: no se encontró una pantalla gráfica (DISPLAY y "
    "WAYLAND_DISPLAY no están definidas). Ábrala desde su escritorio, o use la línea de "
    "comandos: privacy-audit --help"
)


def has_display() -> bool:
    """On Linux and BSD, Qt aborts without a display; elsewhere there always is one."""
    if not sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return True
    return any(os.environ.get(v) for v in _DISPLAY_VARS)


def run(workshop: bool = False, lang: str | None = None) -> int:
    """Open the main window and run until it closes; returns the exit code."""
    window = build_window(workshop=workshop, lang=lang)
    if isinstance(window, int):
        return window
    from PySide6.QtWidgets import QApplication

    window.show()
    return QApplication.exec()


def build_window(
    workshop: bool = False, lang: str | None = None, *, defer: bool | None = None
) -> MainWindow | int:
    """The application and its main window, built as :func:`run` does but not shown.

    The window starts with its welcome page only and loads the content right after it first
    paints (``defer``, the default outside workshop mode), so a person sees Huella as soon as
    possible; :meth:`MainWindow.finish_start` does that step at once. Workshop mode loads
    everything first, so a projector never shows a choice that is then taken away.

    Returns an exit code instead when there is no display or (not deferred) the content
    cannot be loaded. (The start-up benchmark in ``bench/`` uses this to time the real path.)
    """
    if not has_display():
        print(NO_DISPLAY, file=sys.stderr)
        return 1
    # Before Qt: PySide6's import hook reads the source of every module imported after it.
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    import privacy_audit.userdirs  # noqa: F401  (where the settings file would be)
    from ui import style
    from ui.dialogs.errors import install_excepthook
    from ui.i18n import Translators, system_lang

    QCoreApplication.setOrganizationName("Huella")
    QCoreApplication.setApplicationName("Huella")
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    QGuiApplication.setDesktopFileName(APP_ID)
    keep_qt_settings_away()
    QGuiApplication.setApplicationDisplayName("Huella")
    install_excepthook()
    style.apply()
    translators = Translators()
    chosen = lang or _saved_lang() or system_lang()
    translators.apply(chosen)
    from ui.start import forget_module_sources

    forget_module_sources()
    if defer is None:
        defer = not workshop
    content = None
    if not defer:
        from privacy_audit.errors import UserError
        from ui.dialogs.errors import show_error

        try:
            content = _load_content()
        except UserError as exc:
            show_error(None, exc)
            return 2
    window = make_window(
        content, lang=chosen, workshop=workshop, translators=translators, restore=not workshop
    )
    if content is None:
        window.load_after_first_paint(_load_content)
    window._huella_app = app  # type: ignore[attr-defined]  # keep the app alive with it
    return window


def make_window(
    content: Content | None = None,
    *,
    lang: str = "en",
    workshop: bool = False,
    translators: Translators | None = None,
    restore: bool = False,
) -> MainWindow:
    """The main window, composed: once its content is attached, workshop mode (*workshop*)
    or the View menu entry that starts it is installed (:func:`ui.workshop.install`).

    With *content* the window is ready at once; without, the caller starts it in two steps
    (:meth:`MainWindow.load_after_first_paint`).
    """
    from ui.main_window import MainWindow

    window = MainWindow(content, lang=lang, translators=translators, restore=restore)

    def install_workshop() -> None:
        from ui.workshop import install

        install(window, workshop)

    if window.is_ready:
        install_workshop()
    else:
        window.ready.connect(install_workshop)
    return window


def _load_content() -> Content:
    # An applied content pack when one is present and passes its checks, else the bundled
    # content (from its compiled copy, as fast as before).
    from ui.content_updates import load_content_in_use

    return load_content_in_use()


#: Qt's own widgets (the file dialog's last folder and history) write QSettings under the
#: user scope ("QtProject.conf"). Pointing that scope below /dev/null, where no folder can ever
#: be created, makes those writes fail silently, so exporting a PDF leaves only the PDF.
#: Huella's own settings use an explicit file path and are not affected.
NO_QT_SETTINGS = "/dev/null/huella-no-qt-settings"


def keep_qt_settings_away() -> None:
    from PySide6.QtCore import QSettings

    if os.name != "posix":
        return
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, NO_QT_SETTINGS)


def _saved_lang() -> str | None:
    """The language of the last session with saving on (read only; private sessions have none)."""
    from privacy_audit.storage import settings_path

    if not settings_path().is_file():
        return None
    from ui.saving import existing_settings

    settings = existing_settings()
    value = settings.value("lang") if settings is not None else None
    return str(value) if value in ("en", "es") else None
