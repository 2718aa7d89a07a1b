"""Every core string and every content text exists in English and Spanish."""

from __future__ import annotations

import dataclasses

import pytest

from privacy_audit.cli.storage import _t as storage_commands
from privacy_audit.content import Content, Text
from privacy_audit.report.strings import rt
from privacy_audit.storage.errors import STORAGE_TEXT
from privacy_audit.text import LANGS, MESSAGES, Catalog, t
from privacy_audit.updates.errors import UPDATE_TEXT
from privacy_audit.workshop.strings import wt


def test_every_core_message_has_every_language() -> None:
    missing = [k for k, v in MESSAGES.items() for lang in LANGS if not v.get(lang, "").strip()]
    assert not missing, f"missing translations: {missing}"


@pytest.mark.parametrize("catalog", [t, rt, wt, STORAGE_TEXT, storage_commands, UPDATE_TEXT])
def test_every_catalog_is_complete(catalog: Catalog) -> None:
    assert catalog.messages
    assert catalog.problems() == []


def test_catalog_finds_a_missing_language_and_a_placeholder_mismatch() -> None:
    bad = Catalog(
        {"a": {"en": "x"}, "b": {"en": "{n} x", "es": "{m} x"}, "c": {"en": "{n}", "es": "{n}"}}
    )
    assert bad.problems() == [
        "a: missing a language",
        "b: placeholders differ between languages",
    ]
    assert bad("c", "es", n=2) == "2" and bad("a", "both") == "x"
    # A placeholder may be called "lang" (storage errors name the language they refuse).
    assert Catalog({"x": {"en": "no {lang}", "es": "sin {lang}"}})("x", "es", lang="de") == "sin de"


def test_placeholders_match_between_languages() -> None:
    import string

    for key, v in MESSAGES.items():
        fields = [{f for _, f, _, _ in string.Formatter().parse(v[lang]) if f} for lang in LANGS]
        assert fields[0] == fields[1], key
    assert t("out_of", "es", score=3) == "3 de 100"


def _texts(node: object, path: str = "") -> list[tuple[str, Text]]:
    found: list[tuple[str, Text]] = []
    if isinstance(node, Text):
        found.append((path, node))
    elif dataclasses.is_dataclass(node):
        for f in dataclasses.fields(node):
            found += _texts(getattr(node, f.name), f"{path}.{f.name}")
    elif isinstance(node, (list, tuple)):
        for i, x in enumerate(node):
            found += _texts(x, f"{path}[{i}]")
    elif isinstance(node, dict):
        for k, x in node.items():
            found += _texts(x, f"{path}.{k}")
    return found


def test_every_content_text_is_bilingual_and_distinct(content: Content) -> None:
    texts = _texts(content.ladder, "ladder")
    for pf in content.platforms:
        texts += _texts(pf, pf.platform.id)
    for p in content.personas:
        texts += _texts(p, f"personas.{p.id}")
    assert len(texts) > 50
    empty = [p for p, tx in texts if not tx.en.strip() or not tx.es.strip()]
    assert not empty
    # A Spanish text identical to a long English one is an untranslated copy.
    copies = [
        p
        for p, tx in texts
        if tx.en == tx.es and len(tx.en.split()) > 3 and not p.endswith("platform.name")
    ]
    assert not copies, f"untranslated texts: {copies[:10]}"
