"""Small helpers the platform readers share."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from privacy_audit.imports.context import ReadContext
from privacy_audit.imports.findings import Finding, Span, own_values

__all__ = [
    "as_dict",
    "as_list",
    "contact_findings",
    "count",
    "dig",
    "listed_threads",
    "read_ok",
]


def as_list(v: Any) -> list[Any]:
    return v if isinstance(v, list) else []


def as_dict(v: Any) -> dict[str, Any]:
    return v if isinstance(v, dict) else {}


def dig(v: Any, *path: str) -> Any:
    for p in path:
        if not isinstance(v, dict):
            return None
        v = v.get(p)
    return v


def read_ok(ctx: ReadContext, sid: str) -> bool:
    """The section was there and every file of it was read."""
    return sid in ctx.read and sid not in ctx.unreadable


def count(ctx: ReadContext, sid: str, *when: str) -> Span:
    """Count a section's records, with dates from the first of *when* a record has."""
    span = Span()
    for rec in ctx.records(sid):
        ts = None
        if isinstance(rec, dict):
            for k in when:
                if rec.get(k) is not None:
                    ts = rec[k]
                    break
        span.add(ts)
    return span


def listed_threads(ctx: ReadContext, sid: str) -> int:
    """Conversations, counted by their folders (the files are never opened)."""
    return len({e.parts[:-1] for e in ctx.entries(sid)})


def distinct(values: Iterable[Any]) -> int:
    return len({v for v in values if isinstance(v, str) and v.strip()})


def contact_findings(
    emails: Iterable[Any],
    phones: Iterable[Any],
    *,
    email_question: str | None,
    phone_question: str | None,
    phone_yes: str | None = None,
    phone_no: str | None = None,
    phones_known: bool = False,
) -> list[Finding]:
    """The person's own emails and phones; "no phone" only when the download can say so."""
    out: list[Finding] = []
    em = own_values(emails)
    ph = own_values(phones, phone=True)
    if em:
        out.append(Finding("emails", email_question, count=len(em), values=em))
    if ph:
        out.append(Finding("phones", phone_question, count=len(ph), values=ph, propose=phone_yes))
    elif phones_known:
        out.append(Finding("no_phone", phone_question, count=0, propose=phone_no))
    return out
