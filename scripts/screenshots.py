"""Screenshots of every page of the desktop app, in English and Spanish, for the docs.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py [--out docs/screenshots]
        [--screen 1366x768]

Uses the fictional example person "Rosa" from checks/_personas.toml, never real answers.
Writes ``<lang>-<nn>-<page>.png`` plus ``<lang>-<nn>-results-plan.png`` (the plan, scrolled).
The window has the size the app opens at on that screen (``ui.screen_fit.first_size``), so
the pictures show what a person really gets.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SCREEN = "1366x768"  # the most common laptop screen
PERSONA = "rosa"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--persona", default=PERSONA)
    parser.add_argument("--screen", default=SCREEN, help="the screen's size, WIDTHxHEIGHT")
    args = parser.parse_args()
    width, _, height = args.screen.partition("x")
    if os.environ.setdefault("QT_QPA_PLATFORM", "offscreen") == "offscreen":
        # An offscreen "screen" of that size, without window frames (Qt's offscreen config).
        screen = {"name": "screen", "x": 0, "y": 0, "width": int(width), "height": int(height)}
        config = Path(tempfile.mkdtemp()) / "offscreen.json"
        config.write_text(json.dumps({"windowFrameMargins": False, "screens": [screen]}))
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"

    from PySide6.QtCore import QSize
    from PySide6.QtWidgets import QApplication

    app = QApplication([sys.argv[0]])
    from privacy_audit.content import load_content
    from privacy_audit.scoring.answers import Answers
    from privacy_audit.session import RESULTS
    from ui import style
    from ui.app import make_window
    from ui.i18n import Translators
    from ui.screen_fit import first_size

    style.apply()
    size = first_size(QSize(int(width), int(height)))
    content = load_content()
    person = content.persona(args.persona)
    args.out.mkdir(parents=True, exist_ok=True)
    written = []
    for lang in ("en", "es"):
        tr = Translators()
        window = make_window(content, lang=lang, translators=tr)
        window.resize(size)
        window.show()
        for pid in person.platforms:
            if content.platform_by_id[pid].platform.kind == "platform":
                window.session.set_platform(pid, True)
        for qid, oid in Answers(person.answers).answers.items():
            window.session.set_answer(qid, oid)
        window.panel.refresh(announce_change=False)
        for n, key in enumerate(window.session.pages(), 1):
            window.show_page(key)
            app.processEvents()
            name = key.replace("platform:", "")
            path = args.out / f"{lang}-{n:02d}-{name}.png"
            window.grab().save(str(path))
            written.append(path)
            if key == RESULTS:
                page = window.current_page()
                cards = getattr(page, "cards", [])
                if cards:
                    cards[0].done.setChecked(True)
                    page.ensureWidgetVisible(cards[0], 0, 0)
                    page.verticalScrollBar().setValue(cards[0].parentWidget().y() - 120)
                    app.processEvents()
                    path = args.out / f"{lang}-{n:02d}-results-plan.png"
                    window.grab().save(str(path))
                    written.append(path)
        window.close()
        tr.apply("en")
    for p in written:
        print(p.relative_to(ROOT) if p.is_relative_to(ROOT) else p)
    return 0


if __name__ == "__main__":
    sys.exit(main())
