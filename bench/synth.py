"""Synthetic content for benchmarks: the real content cloned N times under new ids."""

from __future__ import annotations

import dataclasses
from typing import Any

from privacy_audit.content import Content, load_content
from privacy_audit.content.loader import _index_and_check
from privacy_audit.content.model import PlatformFile
from privacy_audit.content.validate import validate


def _rename(pf: PlatformFile, i: int, items: set[str], questions: set[str]) -> PlatformFile:
    def item(x: str) -> str:
        return f"{x}_x{i}" if x in items else x

    def question(x: str) -> str:
        return f"{x}_x{i}" if x in questions else x

    data: dict[str, Any] = dataclasses.asdict(pf)
    data["platform"]["id"] = f"{pf.platform.id}_x{i}"
    for it in data["items"]:
        it["id"] = item(it["id"])
    for q in data["questions"]:
        q["id"] = question(q["id"])
        for o in q["options"]:
            for e in o["exposes"]:
                e["item"] = item(e["item"])
    for a in data["actions"]:
        a["id"] = f"{a['id']}_x{i}"
        a["sets"] = {question(k): v for k, v in a["sets"].items()}
    return validate(PlatformFile, data)


def synthetic_content(factor: int) -> Content:
    """The real content repeated *factor* times (factor 1 = the real content)."""
    real = load_content()
    if factor == 1:
        return real
    items = set(real.items)
    questions = set(real.questions)
    platforms = list(real.platforms)
    for i in range(1, factor):
        platforms += [_rename(pf, i, items, questions) for pf in real.platforms]
    c = Content(root=real.root, ladder=real.ladder, platforms=tuple(platforms), personas=())
    problems: list[str] = []
    _index_and_check(c, problems)
    if problems:
        raise RuntimeError("\n".join(problems[:5]))
    return c
