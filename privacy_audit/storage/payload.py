"""What is inside a sealed audit: a JSON document, padded so its size says little.

``{"format": "huella-audit", "version": 1, "id", "name", "created", "modified", "lang",
"answers": <huella-answers object>, "done_actions": [action ids]}``, UTF-8, padded with
spaces to a multiple of 512 bytes. The ``id`` repeats the file name, so swapping two files
is noticed.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from privacy_audit.content import Content
from privacy_audit.errors import UserError
from privacy_audit.scoring.answers import Answers, parse_answers

FORMAT = "huella-audit"
VERSION = 1
CHECK_FORMAT = "huella-passphrase-check"
PAD_TO = 512
LANGS = ("en", "es")


class PayloadError(Exception):
    """The decrypted document is not a valid audit (only a key holder could cause this)."""


def encode(doc: Mapping[str, Any]) -> bytes:
    raw = json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return raw + b" " * (-len(raw) % PAD_TO)


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def parse_time(value: Any) -> datetime:
    if not isinstance(value, str):
        raise PayloadError("time")
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise PayloadError("time") from None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def audit_doc(
    audit_id: str,
    name: str,
    created: str,
    answers: Mapping[str, Any],
    lang: str,
    done_actions: list[str],
) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "version": VERSION,
        "id": audit_id,
        "name": name,
        "created": created,
        "modified": now_iso(),
        "lang": lang,
        "answers": dict(answers),
        "done_actions": done_actions,
    }


def decode(raw: bytes, audit_id: str) -> dict[str, Any]:
    """Parse and shape-check a decrypted audit; raise :class:`PayloadError` if it is not one."""
    try:
        doc = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise PayloadError("json") from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT or doc.get("version") != VERSION:
        raise PayloadError("format")
    if doc.get("id") != audit_id:
        raise PayloadError("id")
    if not isinstance(doc.get("name"), str) or doc.get("lang") not in LANGS:
        raise PayloadError("fields")
    if not isinstance(doc.get("answers"), dict):
        raise PayloadError("answers")
    done = doc.get("done_actions")
    if not isinstance(done, list) or not all(isinstance(a, str) for a in done):
        raise PayloadError("done_actions")
    parse_time(doc.get("created"))
    parse_time(doc.get("modified"))
    return doc


def check_doc() -> dict[str, Any]:
    return {"format": CHECK_FORMAT, "version": VERSION}


def is_check_doc(raw: bytes) -> bool:
    try:
        doc = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        return False
    return isinstance(doc, dict) and doc.get("format") == CHECK_FORMAT


def answers_from_doc(
    doc: Mapping[str, Any], content: Content
) -> tuple[Answers, tuple[str, ...], tuple[str, ...]]:
    """The answers and ticked actions, validated against *content*.

    Answers to questions (or options, platforms, actions) that are no longer in the content
    are left out, and their ids returned as the third item, so an audit saved with an
    older checklist still opens. Raises :class:`PayloadError` if the answers are malformed.
    """
    data = dict(doc["answers"])
    dropped: list[str] = []
    raw = data.get("answers")
    if isinstance(raw, dict):
        kept: dict[str, Any] = {}
        for qid, oid in raw.items():
            if qid in content.questions and (qid, oid) in content.options:
                kept[qid] = oid
            else:
                dropped.append(str(qid))
        data["answers"] = kept
    plats = data.get("platforms")
    if isinstance(plats, list):
        data["platforms"] = [p for p in plats if p in content.platform_by_id]
        dropped.extend(str(p) for p in plats if p not in content.platform_by_id)
    try:
        answers = parse_answers(data, content, where="saved audit")
    except UserError:
        raise PayloadError("answers") from None
    done: list[str] = []
    for action_id in doc["done_actions"]:
        if action_id in content.actions:
            done.append(action_id)
        else:
            dropped.append(action_id)
    return answers, tuple(dict.fromkeys(done)), tuple(dropped)
