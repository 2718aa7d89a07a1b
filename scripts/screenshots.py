"""Screenshots of every page of the desktop app, in English and Spanish, for the docs.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py [--out docs/screenshots]

Uses the fictional example person "Rosa" from checks/_personas.toml, never real answers.
Writes ``<lang>-<nn>-<page>.png`` plus ``<lang>-<nn>-results-plan.png`` (the plan, scrolled).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SIZE = (1100, 760)
PERSONA = "rosa"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--persona", default=PERSONA)
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    app = QApplication([sys.argv[0]])
    from privacy_audit.content import load_content
    from privacy_audit.scoring.answers import Answers
    from privacy_audit.session import RESULTS
    from ui import style
    from ui.app import make_window
    from ui.i18n import Translators

    style.apply()
    content = load_content()
    person = content.persona(args.persona)
    args.out.mkdir(parents=True, exist_ok=True)
    written = []
    for lang in ("en", "es"):
        tr = Translators()
        window = make_window(content, lang=lang, translators=tr)
        window.resize(*SIZE)
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
