"""Errors shown as a clear dialog that says what to do next; never a traceback."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget

from privacy_audit.errors import ContentError, UserError

log = logging.getLogger(__name__)


def message_for(exc: BaseException, lang: str = "en") -> tuple[str, str]:
    """(what happened, what to do next) for an error from the core."""
    kind = type(exc).__name__
    message = getattr(exc, "message", None)
    if isinstance(exc, UserError) and callable(message):
        # Storage errors carry their own sentence in both languages, with what to do.
        return (
            str(message(lang)),
            QCoreApplication.translate("Errors", "Nothing else was changed."),
        )
    if isinstance(exc, ContentError):
        return (
            QCoreApplication.translate(
                "Errors", "Huella's checklist files have a problem, so it cannot continue."
            ),
            QCoreApplication.translate(
                "Errors",
                "Please reinstall Huella or report the problem. Your saved audits are not changed.",
            ),
        )
    if "Keyring" in kind or "keyring" in str(exc).lower():
        return (
            QCoreApplication.translate(
                "Errors", "This computer has no secure keyring to protect a saved audit."
            ),
            QCoreApplication.translate(
                "Errors",
                "Use a private session, or choose a passphrase to protect your saved audits.",
            ),
        )
    if isinstance(exc, UserError):
        return (
            str(exc),
            QCoreApplication.translate(
                "Errors", "Nothing else was changed. You can try again, or choose another file."
            ),
        )
    if isinstance(exc, OSError):
        return (
            QCoreApplication.translate(
                "Errors", "Huella could not read or write a file (%1)."
            ).replace("%1", exc.strerror or type(exc).__name__),
            QCoreApplication.translate(
                "Errors",
                "Check that there is free space and the folder can be written, then try again.",
            ),
        )
    return (
        QCoreApplication.translate("Errors", "Something unexpected went wrong (%1).").replace(
            "%1", kind
        ),
        QCoreApplication.translate(
            "Errors", "Nothing was changed. Please try again; if it happens again, report it."
        ),
    )


def show_error(
    parent: QWidget | None, exc: BaseException, title: str = "", lang: str = "en"
) -> None:
    from PySide6.QtWidgets import QMessageBox  # not needed to show the window

    what, todo = message_for(exc, lang)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title or QCoreApplication.translate("Errors", "Huella — a problem"))
    box.setText(what)
    box.setInformativeText(todo)
    box.setAccessibleName(box.windowTitle())
    box.setAccessibleDescription(f"{what} {todo}")
    box.exec()


def install_excepthook() -> None:
    """Unexpected exceptions in slots become a dialog (details only with HUELLA_DEBUG)."""

    def hook(etype: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        import os

        if os.environ.get("HUELLA_DEBUG"):
            traceback.print_exception(etype, value, tb)
        log.error("unexpected %s", etype.__name__)
        if QApplication.instance() is not None:
            show_error(QApplication.activeWindow(), value)
        else:
            sys.__excepthook__(etype, value, tb)

    sys.excepthook = hook
