"""Export the report from the real app window, in a private session or with saving on.

``python export_probe.py private|saving PDF_PATH``: starts the app the real way, opens
File > Export PDF, keeps the report choices, and answers the save dialog with PDF_PATH when it
is Qt's own (in-process). The desktop's own (GTK) dialog cannot be answered from here: the
test types into it with xdotool. Prints one JSON line: which dialog showed, and whether the
PDF was written. Used by ``test_recent_files.py`` under Xvfb with the GTK platform theme.
"""

from __future__ import annotations

import json
import os
import sys
import time


def main(mode: str, pdf: str) -> int:
    import ui_drive as drive
    from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QWidget

    from ui.app import build_window

    window = build_window(lang="en")
    assert not isinstance(window, int), "the app did not start"
    app = QApplication.instance()
    assert app is not None
    window.show()
    assert window.finish_start(), "the content did not load"
    if mode == "saving":
        window.session.saving = True  # as after "Save my audit" (no audit needed here)
    seen: dict[str, object] = {"dialog": "native"}

    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog), type(dialog).__name__
        seen["own_option"] = dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
        if dialog.findChild(QLineEdit, "fileNameEdit") is None:
            # The desktop's dialog is showing: Qt built none of its widgets.
            if mode == "private":  # wrong: say so now rather than wait for a person
                print(json.dumps(seen), flush=True)
                os._exit(0)
            return
        seen["dialog"] = "qt"
        drive.save_as(pdf)(dialog)  # type: ignore[operator]

    drive.through_report_options(answer, tries=3000)
    print("EXPORTING", flush=True)
    getattr(window, "files", window).export_pdf()  # File > Export PDF
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        if os.path.exists(pdf) and "PDF" in window.statusBar().currentMessage():
            break
        app.processEvents()
        time.sleep(0.01)
    seen["pdf"] = os.path.exists(pdf)
    window.close()
    app.processEvents()
    print(json.dumps(seen), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
