"""The floor of the real-window measure: a bare PySide6 ``QMainWindow``, shown (run as a
script, so it imports nothing but PySide6 and the standard library)."""

import sys

from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.show()
sys.exit(app.exec())
