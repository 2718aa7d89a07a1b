"""Widgets whose text wraps, so a page never needs to scroll sideways.

Qt's radio buttons, check boxes and group box titles keep their text on one line: a long
answer or question makes the whole page as wide as that line (at 200% or on a 1024x600
screen it is then cut off). These versions wrap their text to the width they are given and
ask for the height that needs (height-for-width), like a word-wrapped ``QLabel``.

:class:`WrapRadioButton` also makes the arrow keys *choose* within its button group, as a
screen-reader user expects (Qt's own radio buttons only move the focus while none of the
group is checked).
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QIcon, QKeyEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QGroupBox,
    QLabel,
    QRadioButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QVBoxLayout,
    QWidget,
)

# Plain numbers, not ``Qt.Key...``: these widgets are on the first page, and the first use of
# PySide6's ``Qt`` namespace costs ~15-20 ms before the first paint (``ui/start.py``).
#: Qt.Key_Left, Key_Up, Key_Right, Key_Down -> a step back or forward in the group.
_ARROWS = {0x01000012: -1, 0x01000013: -1, 0x01000014: 1, 0x01000015: 1}
#: Qt.TextWordWrap | Qt.TextShowMnemonic | Qt.AlignLeft
_FLAGS = 0x1000 | 0x0800 | 0x0001


def plain(text: str) -> str:
    """*text* for a button that must not turn an "&" into a keyboard shortcut."""
    return text.replace("&", "&&")


class _Wrapping:
    """The shared part: where the text starts, how tall it is at a width, how to paint it."""

    _CONTENTS = QStyle.SubElement.SE_RadioButtonContents
    _INDICATOR_W = QStyle.PixelMetric.PM_ExclusiveIndicatorWidth
    _INDICATOR_H = QStyle.PixelMetric.PM_ExclusiveIndicatorHeight

    def _init_wrapping(self: QAbstractButton) -> None:  # type: ignore[misc]
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def _option(self) -> QStyleOptionButton:
        opt = QStyleOptionButton()
        self.initStyleOption(opt)  # type: ignore[attr-defined]
        return opt

    def _box(self) -> tuple[int, int, int, int]:
        """Where the text may go inside the button (the style's contents rectangle: after the
        indicator, inside the stylesheet's border and padding): left, top, right, bottom."""
        w: QAbstractButton = self  # type: ignore[assignment]
        opt = self._option()
        side = 10_000
        opt.rect = QRect(0, 0, side, side)
        r = w.style().subElementRect(self._CONTENTS, opt, w)
        left = max(r.left(), w.style().pixelMetric(self._INDICATOR_W, opt, w) + 4)
        return left, max(r.top(), 0), max(side - 1 - r.right(), 0), max(side - 1 - r.bottom(), 0)

    def _text_left(self) -> int:
        w: QAbstractButton = self  # type: ignore[assignment]
        left = self._box()[0]
        if not w.icon().isNull():
            left += w.iconSize().width() + w.fontMetrics().horizontalAdvance(" ")
        return left

    def _pad(self) -> int:
        """Room right of the text (the stylesheet's border and padding)."""
        return self._box()[2]

    def _vpad(self) -> int:
        """Room above and below the text."""
        _, top, _, bottom = self._box()
        return top + bottom

    def _text_height(self, text_width: int) -> int:
        w: QAbstractButton = self  # type: ignore[assignment]
        fm = w.fontMetrics()
        r = fm.boundingRect(QRect(0, 0, max(text_width, 1), 100_000), _FLAGS, w.text())
        return r.height()

    def _indicator_height(self) -> int:
        w: QAbstractButton = self  # type: ignore[assignment]
        return w.style().pixelMetric(self._INDICATOR_H, self._option(), w)

    def _height_at(self, width: int) -> int:
        left = self._text_left()
        text_h = self._text_height(width - left - self._pad())
        return max(text_h, self._indicator_height()) + self._vpad()

    def _size_hint(self) -> QSize:
        w: QAbstractButton = self  # type: ignore[assignment]
        fm = w.fontMetrics()
        one_line = fm.horizontalAdvance(w.text().replace("&&", "\0").replace("&", "")) + 2
        width = self._text_left() + min(one_line, fm.horizontalAdvance("M") * 40) + self._pad()
        return QSize(width, self._height_at(width))

    def _minimum_size_hint(self) -> QSize:
        w: QAbstractButton = self  # type: ignore[assignment]
        fm = w.fontMetrics()
        words = w.text().replace("&", "").split() or [""]
        widest = max(fm.horizontalAdvance(x) for x in words)
        width = self._text_left() + min(widest, fm.horizontalAdvance("M") * 8) + self._pad()
        # As tall as the text needs at the width the button has (at least the narrowest).
        return QSize(width, self._height_at(max(width, w.width())))

    def _paint(self) -> None:
        w: QAbstractButton = self  # type: ignore[assignment]
        p = QPainter(w)
        opt = self._option()
        text = opt.text
        opt.text = ""  # the style draws the box, indicator and focus; icon and text are ours
        opt.icon = QIcon()
        w.style().drawControl(self._control(), opt, p, w)
        left = self._text_left()
        _, top, pad, bottom = self._box()
        if not w.icon().isNull():
            size = w.iconSize()
            x = left - size.width() - w.fontMetrics().horizontalAdvance(" ")
            mode = QIcon.Mode.Normal if w.isEnabled() else QIcon.Mode.Disabled
            w.icon().paint(
                p, QRect(x, (w.height() - size.height()) // 2, *size.toTuple()), mode=mode
            )
        area = QRect(left, top, max(w.width() - left - pad, 1), max(w.height() - top - bottom, 1))
        text_h = self._text_height(area.width())
        if text_h < area.height():  # centre one short line on the indicator
            area.setTop(area.top() + (area.height() - text_h) // 2)
        w.style().drawItemText(
            p, area, _FLAGS, w.palette(), w.isEnabled(), text, QPalette.ColorRole.WindowText
        )
        p.end()

    def _control(self) -> QStyle.ControlElement:
        return QStyle.ControlElement.CE_RadioButton


class WrapRadioButton(_Wrapping, QRadioButton):
    """A radio button whose text wraps; the arrow keys choose the next or previous answer."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._init_wrapping()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._height_at(width)

    def sizeHint(self) -> QSize:
        return self._size_hint()

    def minimumSizeHint(self) -> QSize:
        return self._minimum_size_hint()

    def hitButton(self, pos: QPoint) -> bool:
        return self.rect().contains(pos)

    def paintEvent(self, event: QPaintEvent) -> None:
        self._paint()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        step = _ARROWS.get(int(event.key()))
        group = self.group()
        if step is None or not isinstance(group, QButtonGroup) or not group.exclusive():
            super().keyPressEvent(event)
            return
        buttons = [b for b in group.buttons() if b.isVisible() and b.isEnabled()]
        if self not in buttons or len(buttons) < 2:
            super().keyPressEvent(event)
            return
        target = buttons[(buttons.index(self) + step) % len(buttons)]
        target.setFocus(Qt.FocusReason.TabFocusReason)
        target.click()
        event.accept()


class WrapCheckBox(_Wrapping, QCheckBox):
    """A check box whose text wraps."""

    _CONTENTS = QStyle.SubElement.SE_CheckBoxContents
    _INDICATOR_W = QStyle.PixelMetric.PM_IndicatorWidth
    _INDICATOR_H = QStyle.PixelMetric.PM_IndicatorHeight

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._init_wrapping()

    def hasHeightForWidth(self) -> bool:
        return True

    def _icon_height(self) -> int:
        return 0 if self.icon().isNull() else self.iconSize().height() + self._vpad()

    def heightForWidth(self, width: int) -> int:
        return max(self._height_at(width), self._icon_height())

    def sizeHint(self) -> QSize:
        s = self._size_hint()
        return QSize(s.width(), max(s.height(), self._icon_height()))

    def minimumSizeHint(self) -> QSize:
        s = self._minimum_size_hint()
        return QSize(s.width(), max(s.height(), self._icon_height()))

    def hitButton(self, pos: QPoint) -> bool:
        return self.rect().contains(pos)

    def paintEvent(self, event: QPaintEvent) -> None:
        self._paint()

    def _control(self) -> QStyle.ControlElement:
        return QStyle.ControlElement.CE_CheckBox


class WrapGroupBox(QGroupBox):
    """A group box whose title is a word-wrapped label at its top (bold: ``huella.qss``).

    ``setTitle`` / ``title`` work as on a ``QGroupBox`` (the title is also its accessible
    name); Qt's own one-line title stays empty. Add the content to :attr:`inner`.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("wrapTitle", True)
        lay = QVBoxLayout(self)
        self.title_label = QLabel()
        self.title_label.setObjectName("groupTitle")
        self.title_label.setWordWrap(True)
        self.title_label.setProperty("textFormat", 0)  # Qt.PlainText, without ``Qt``
        lay.addWidget(self.title_label)
        self.inner = lay
        self._title = ""

    def setTitle(self, title: str) -> None:
        self._title = title
        self.title_label.setText(title)
        self.title_label.setVisible(bool(title))
        self.setAccessibleName(title)

    def title(self) -> str:
        return self._title


_LONG_WORD = 24
_BREAK_AFTER = "/.-_?&=#"


def breakable(text: str) -> str:
    """*text* with invisible break chances (zero-width spaces) inside very long words such as
    web addresses, so a word-wrapped label can wrap them instead of growing sideways."""
    out = []
    for word in text.split(" "):
        if len(word) > _LONG_WORD:
            word = "".join(c + "\u200b" if c in _BREAK_AFTER else c for c in word)
        out.append(word)
    return " ".join(out)
