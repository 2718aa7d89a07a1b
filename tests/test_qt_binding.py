"""The Qt binding we run on must not leak references to None.

PySide6-Essentials 6.12.0 loses one reference to None on every call of a Qt method that
returns nothing; a long session or a long report render then aborts Python with
"none_dealloc". pyproject.toml excludes that release; this test fails if one like it returns.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, QRectF
from PySide6.QtGui import QFont


def test_void_qt_calls_keep_none_alive() -> None:
    r, f, o = QRectF(), QFont(), QObject()
    before = sys.getrefcount(None)
    for _ in range(500):
        r.setWidth(3.0)
        f.setBold(True)
        o.setObjectName("x")
    lost = before - sys.getrefcount(None)
    assert lost < 50, f"the Qt binding lost {lost} references to None in 1500 calls"
