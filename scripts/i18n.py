"""Refresh the Qt translation catalogues after UI strings change.

    python scripts/i18n.py [--from OTHER.ts ...] [--fill NEW.json]

1. runs pyside6-lupdate over ``ui/`` (Spanish: every string; English: plural forms only);
2. fills translations that are missing, from other ``.ts`` files (e.g. both sides of a merge:
   ``git show main:assets/i18n/huella_es.ts > /tmp/main_es.ts``) and from a JSON file
   ``{"es": {"Context": {"source": "traducción" | ["una", "otras"]}}, "en": {...}}``;
3. builds the ``.qm`` files with pyside6-lrelease;
4. prints every string still untranslated (the translation tests fail on those).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "assets" / "i18n"
BIN = Path(sys.executable).parent
Key = tuple[str, str]


def _lupdate(lang: str) -> None:
    sources = sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))
    extra = ["-pluralonly"] if lang == "en" else []
    subprocess.run(
        [
            str(BIN / "pyside6-lupdate"),
            *sources,
            *extra,
            "-no-obsolete",
            "-locations",
            "none",
            "-source-language",
            "en",
            "-target-language",
            lang,
            "-ts",
            str(I18N / f"huella_{lang}.ts"),
        ],
        check=True,
        capture_output=True,
    )


def _known(ts: Path) -> dict[Key, ET.Element]:
    """(context, source) -> a finished <translation> element."""
    out: dict[Key, ET.Element] = {}
    root = ET.parse(ts).getroot()
    for c in root.findall("context"):
        for m in c.findall("message"):
            tr = m.find("translation")
            if tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete"):
                continue
            if (tr.text or "").strip() or any((f.text or "").strip() for f in tr):
                out[(c.findtext("name") or "", m.findtext("source") or "")] = tr
    return out


def _fill(ts: Path, donors: list[Path], table: dict[str, dict[str, object]]) -> list[str]:
    tree = ET.parse(ts)
    known: dict[Key, ET.Element] = {}
    for d in donors:
        for k, v in _known(d).items():
            known.setdefault(k, v)
    missing = []
    for c in tree.getroot().findall("context"):
        ctx = c.findtext("name") or ""
        for m in c.findall("message"):
            src = m.findtext("source") or ""
            tr = m.find("translation")
            if tr is None:
                tr = ET.SubElement(m, "translation")
            if tr.get("type") not in ("unfinished", None) or (
                tr.get("type") is None and ((tr.text or "").strip() or len(tr))
            ):
                continue
            given = table.get(ctx, {}).get(src)
            if given is not None:
                tr.attrib.pop("type", None)
                if isinstance(given, list):
                    tr.text = None
                    for f in list(tr):
                        tr.remove(f)
                    for form in given:
                        ET.SubElement(tr, "numerusform").text = str(form)
                else:
                    tr.text = str(given)
                continue
            donor = known.get((ctx, src))
            if donor is not None:
                tr.attrib.pop("type", None)
                tr.text = donor.text
                for f in list(tr):
                    tr.remove(f)
                for f in donor:
                    ET.SubElement(tr, f.tag).text = f.text
                continue
            missing.append(f"{ts.name}: {ctx}: {src!r}")
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )
    return missing


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--from", dest="donors", action="append", default=[], type=Path)
    ap.add_argument("--fill", type=Path)
    args = ap.parse_args()
    table = json.loads(args.fill.read_text(encoding="utf-8")) if args.fill else {}
    missing: list[str] = []
    for lang in ("es", "en"):
        ts = I18N / f"huella_{lang}.ts"
        before = ts.with_suffix(".ts.before")
        before.write_bytes(ts.read_bytes())
        try:
            _lupdate(lang)
            donors = [
                before,
                *(d.with_name(d.name.replace("_es", f"_{lang}")) for d in args.donors),
            ]
            missing += _fill(ts, [d for d in donors if d.exists()], table.get(lang, {}))
        finally:
            before.unlink()
        subprocess.run(
            [str(BIN / "pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
            check=True,
            capture_output=True,
        )
    for line in missing:
        print("untranslated:", line)
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
