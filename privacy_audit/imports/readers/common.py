"""Small helpers the platform readers share."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from privacy_audit.imports.context import ReadContext
from privacy_audit.imports.findings import Finding, Span, own_values

__all__ = [
    "Capped",
    "Distinct",
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
    n = 0
    see = span.see
    for rec in ctx.records(sid):
        n += 1
        if type(rec) is dict:
            for k in when:
                v = rec.get(k)
                if v is not None:
                    see(v)
                    break
    span.count = n
    return span


def listed_threads(ctx: ReadContext, sid: str) -> int:
    """Conversations, counted by their folders (the files are never opened)."""
    return len({e.parts[:-1] for e in ctx.entries(sid)})


#: Distinct values remembered at most (memory stays bounded on a hostile login file).
DISTINCT_CAP = 100_000


class Capped(list[Any]):
    """A list that stops growing at *cap* items (the person's own emails and phones)."""

    def __init__(self, cap: int = 1000) -> None:
        super().__init__()
        self.cap = cap

    def append(self, v: Any) -> None:
        if len(self) < self.cap:
            super().append(v)

    def extend(self, vs: Iterable[Any]) -> None:
        for v in vs:
            self.append(v)

    def __iadd__(self, vs: Iterable[Any]) -> Capped:  # type: ignore[misc]
        self.extend(vs)
        return self


class Distinct:
    """Counts distinct texts (IP addresses) up to :data:`DISTINCT_CAP`; keeps nothing else."""

    def __init__(self) -> None:
        self.seen: set[str] = set()

    def append(self, v: Any) -> None:
        if isinstance(v, str) and v.strip() and len(self.seen) < DISTINCT_CAP:
            self.seen.add(v.strip())


def distinct(values: Iterable[Any] | Distinct) -> int:
    if isinstance(values, Distinct):
        return len(values.seen)
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
