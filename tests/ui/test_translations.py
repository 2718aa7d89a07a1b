"""UI strings go through Qt's translation system, and the Spanish catalogue is complete."""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel

from privacy_audit.content import Content
from ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "assets" / "i18n"
BIN = Path(__import__("sys").executable).parent
SOURCES = sorted((ROOT / "ui").rglob("*.py"))


def messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(ts).getroot()
    return [
        (c.findtext("name") or "", m.findtext("source") or "", m)
        for c in root.findall("context")
        for m in c.findall("message")
    ]


@pytest.mark.parametrize("lang", ["es", "en"])
def test_no_unfinished_or_empty_translation(lang: str) -> None:
    msgs = messages(I18N / f"huella_{lang}.ts")
    assert msgs
    bad = []
    for ctx, src, m in msgs:
        tr = m.find("translation")
        assert tr is not None
        if tr.get("type") in ("unfinished", "vanished", "obsolete"):
            bad.append(f"{ctx}: {src!r} is {tr.get('type')}")
            continue
        if m.get("numerus") == "yes":
            forms = [f.text or "" for f in tr.findall("numerusform")]
            if len(forms) != 2 or not all(f.strip() for f in forms):
                bad.append(f"{ctx}: {src!r} needs two plural forms")
        elif not (tr.text or "").strip():
            bad.append(f"{ctx}: {src!r} has an empty translation")
    assert not bad, "\n".join(bad)


def _lupdate(tmp_path: Path, *extra: str) -> Path:
    out = tmp_path / "fresh.ts"
    subprocess.run(
        [
            str(BIN / "pyside6-lupdate"),
            *map(str, SOURCES),
            *extra,
            "-no-obsolete",
            "-locations",
            "none",
            "-ts",
            str(out),
        ],
        check=True,
        capture_output=True,
    )
    return out


def test_every_tr_string_in_ui_is_in_the_catalogue(tmp_path: Path) -> None:
    fresh = {(c, s) for c, s, _ in messages(_lupdate(tmp_path))}
    committed = {(c, s) for c, s, _ in messages(I18N / "huella_es.ts")}
    assert fresh, "lupdate found no strings: is the source list right?"
    assert not fresh - committed, f"not in huella_es.ts: {sorted(fresh - committed)[:10]}"
    assert not committed - fresh, f"stale in huella_es.ts: {sorted(committed - fresh)[:10]}"
    plural = {(c, s) for c, s, m in messages(I18N / "huella_es.ts") if m.get("numerus")}
    en = {(c, s) for c, s, _ in messages(I18N / "huella_en.ts")}
    assert plural == en, "huella_en.ts must hold exactly the plural strings"


@pytest.mark.parametrize("lang", ["es", "en"])
def test_committed_qm_is_built_from_the_ts(tmp_path: Path, lang: str) -> None:
    out = tmp_path / "x.qm"
    subprocess.run(
        [str(BIN / "pyside6-lrelease"), str(I18N / f"huella_{lang}.ts"), "-qm", str(out)],
        check=True,
        capture_output=True,
    )
    assert out.read_bytes() == (I18N / f"huella_{lang}.qm").read_bytes(), (
        "run pyside6-lrelease (see docs/desktop.md)"
    )


def test_no_english_ui_string_left_on_any_page_in_spanish(
    window: MainWindow, content: Content
) -> None:
    english = {
        src.replace("&", "")
        for _c, src, m in messages(I18N / "huella_es.ts")
        if m.get("numerus") != "yes" and (m.findtext("translation") or "") != src and "%" not in src
    }
    for pid in window.session.choosable_platforms()[:2]:
        window.session.set_platform(pid, True)
    window.set_language("es")
    seen = 0
    left: list[str] = []
    for key in window.session.pages():
        window.show_page(key)
        QApplication.processEvents()
        for w in window.findChildren(QLabel) + window.findChildren(QAbstractButton):
            if not w.isVisible():
                continue
            text = w.text().replace("&", "")
            seen += 1
            if text in english:
                left.append(f"{key}: {type(w).__name__} {w.objectName()}: {text!r}")
        for g in window.findChildren(QGroupBox):
            if g.isVisible() and g.title() in english:
                left.append(f"{key}: group {g.objectName()}: {g.title()!r}")
    for menu in (window.menus.file, window.menus.go, window.menus.view, window.menus.data):
        for a in [menu.menuAction(), *menu.actions()]:
            if a.text().replace("&", "") in english:
                left.append(f"menu: {a.text()!r}")
    assert seen > 20
    assert not left, "\n".join(left)
