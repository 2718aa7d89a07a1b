"""The answers file: ``{"format": "huella-answers", "version": 1, "answers": {...}}``.

See ``docs/answers-format.md`` and ``docs/answers.schema.json``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from privacy_audit.content import Content
from privacy_audit.errors import UserError

FORMAT = "huella-answers"
#: The kinds of phone a person can say they use (the plan shows that phone's steps first).
PHONES = ("iphone", "android", "both")
VERSION = 1
MAX_BYTES = 5 * 1024 * 1024


@dataclass(frozen=True)
class Answers:
    """A person's answers: question id -> option id, plus the platforms they said they use."""

    answers: Mapping[str, str] = field(default_factory=dict)
    #: None means "the platforms with at least one answer".
    platforms: tuple[str, ...] | None = None
    #: The kind of phone the person uses ("iphone", "android", "both"); None: not said.
    phone: str | None = None

    def with_answers(self, changes: Mapping[str, str]) -> Answers:
        merged = dict(self.answers)
        merged.update(changes)
        return Answers(merged, self.platforms, self.phone)

    def used_platforms(self, content: Content) -> tuple[str, ...]:
        if self.platforms is not None:
            return self.platforms
        used = {
            content.question_platform[q] for q in self.answers if q in content.question_platform
        }
        return tuple(p.platform.id for p in content.platforms if p.platform.id in used)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"format": FORMAT, "version": VERSION, "answers": dict(self.answers)}
        if self.platforms is not None:
            out["platforms"] = list(self.platforms)
        if self.phone is not None:
            out["phone"] = self.phone
        return out


def parse_answers(data: Any, content: Content, *, where: str = "answers") -> Answers:
    """Validate decoded JSON against the format and the loaded content."""
    if not isinstance(data, dict):
        raise UserError(f"{where}: not a Huella answers file (expected a JSON object)")
    if data.get("format") != FORMAT:
        raise UserError(f'{where}: not a Huella answers file ("format" must be "{FORMAT}")')
    version = data.get("version")
    if version != VERSION:
        raise UserError(
            f"{where}: answers format version {version!r} is not supported "
            f"(this Huella reads version {VERSION}); update Huella or re-export the file"
        )
    unknown_keys = set(data) - {"format", "version", "answers", "platforms", "phone"}
    if unknown_keys:
        raise UserError(f"{where}: unknown field {sorted(unknown_keys)[0]!r}")
    raw = data.get("answers")
    if not isinstance(raw, dict):
        raise UserError(f'{where}: "answers" must be an object of question id -> option id')
    answers: dict[str, str] = {}
    for qid, oid in raw.items():
        if qid not in content.questions:
            raise UserError(f"{where}: unknown question {qid!r}")
        if not isinstance(oid, str) or (qid, oid) not in content.options:
            raise UserError(f"{where}: unknown option {oid!r} for question {qid!r}")
        answers[qid] = oid
    platforms: tuple[str, ...] | None = None
    if "platforms" in data:
        plats = data["platforms"]
        if not isinstance(plats, list) or not all(isinstance(p, str) for p in plats):
            raise UserError(f'{where}: "platforms" must be a list of platform ids')
        for p in plats:
            if p not in content.platform_by_id:
                raise UserError(f"{where}: unknown platform {p!r}")
        platforms = tuple(dict.fromkeys(plats))
    phone = data.get("phone")
    if phone is not None and phone not in PHONES:
        raise UserError(f'{where}: "phone" must be one of {", ".join(PHONES)}')
    return Answers(answers, platforms, phone)


def load_answers_file(path: Path, content: Content) -> Answers:
    """Read and validate an answers file; every failure is one clear :class:`UserError`."""
    from privacy_audit.files import read_input

    name = str(path)
    raw = read_input(path, MAX_BYTES, "an answers file")
    try:
        data = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise UserError(f"{name}: not UTF-8 text, so not an answers file") from None
    except json.JSONDecodeError as exc:
        raise UserError(
            f"{name}: not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
        ) from None
    except RecursionError:
        raise UserError(f"{name}: nested too deeply to be an answers file") from None
    except ValueError:  # e.g. an integer of thousands of digits
        raise UserError(f"{name}: holds a number too long to be an answers file") from None
    return parse_answers(data, content, where=name)
