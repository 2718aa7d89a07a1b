"""Accessibility helpers: names, descriptions and screen-reader announcements."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget


def name(widget: QWidget, accessible_name: str, description: str) -> None:
    """Give *widget* the name and description a screen reader reads out."""
    widget.setAccessibleName(accessible_name)
    widget.setAccessibleDescription(description)
    widget.setToolTip(description)


def announce(widget: QWidget, message: str) -> None:
    """Ask screen readers to speak *message* (politely, without moving focus)."""
    from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

    widget.setAccessibleDescription(message)
    QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(widget, message))
