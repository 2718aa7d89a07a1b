"""What a data download shows, per question: the only thing kept after reading it.

A :class:`Finding` holds counts, the first and last dates, and (only for the person's own
emails and phone numbers) values. Other people's details (friends, followers, contacts,
the people in conversations) are counted, never copied. A finding may propose an answer
(question id -> option id); answers are filled only after the person confirms them.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from privacy_audit.imports import strings

__all__ = ["FROM_DOWNLOAD", "Finding", "ImportResult", "Span", "to_epoch"]

#: The provenance mark of an answer filled from a data download (session, app, report).
FROM_DOWNLOAD = "data_download"

_MIN_EPOCH = dt.datetime(1995, 1, 1, tzinfo=dt.UTC).timestamp()
_MAX_EPOCH = dt.datetime(2100, 1, 1, tzinfo=dt.UTC).timestamp()
_DIGITS = re.compile(r"^\d{9,16}$")


def to_epoch(value: Any) -> float | None:
    """Seconds since 1970 from any timestamp style the platforms use, or None.

    Meta: Unix seconds; Google: ISO ``...Z`` or epoch-milliseconds text (``timestampMs``);
    X: ``Sat Aug 12 16:10:37 +0000 2023`` or ISO; TikTok: ``2023-01-02 10:11:12`` (``UTC``).
    """
    ts: float | None = None
    if type(value) is int:  # the common case (Meta): Unix seconds
        if _MIN_EPOCH <= value <= _MAX_EPOCH:
            return float(value)
        ts = float(value)
    elif isinstance(value, bool) or value is None:
        return None
    elif isinstance(value, int | float):
        ts = float(value)
    elif isinstance(value, str):
        v = value.strip()
        if _DIGITS.match(v):
            ts = float(v)
        else:
            ts = _parse_text_time(v)
    if ts is None:
        return None
    if ts > 1e11:  # milliseconds
        ts /= 1000.0
    return ts if _MIN_EPOCH <= ts <= _MAX_EPOCH else None


def _parse_text_time(v: str) -> float | None:
    if not v or len(v) > 40:
        return None
    if v.endswith(" UTC"):
        v = v[:-4]
    try:
        d = dt.datetime.fromisoformat(v.replace("Z", "+00:00"))
    except ValueError:
        try:
            d = dt.datetime.strptime(v, "%a %b %d %H:%M:%S %z %Y")
        except ValueError:
            return None
    if d.tzinfo is None:
        d = d.replace(tzinfo=dt.UTC)
    return d.timestamp()


def day(ts: float) -> str:
    return dt.datetime.fromtimestamp(ts, dt.UTC).date().isoformat()


class Span:
    """A count with the first and last dates seen."""

    __slots__ = ("count", "hi", "lo")

    def __init__(self) -> None:
        self.count = 0
        self.lo: float | None = None
        self.hi: float | None = None

    def add(self, when: Any = None, n: int = 1) -> None:
        self.count += n
        self.see(when)

    def see(self, when: Any) -> None:
        ts = to_epoch(when)
        if ts is None:
            return
        if self.lo is None or ts < self.lo:
            self.lo = ts
        if self.hi is None or ts > self.hi:
            self.hi = ts

    @property
    def first(self) -> str | None:
        return day(self.lo) if self.lo is not None else None

    @property
    def last(self) -> str | None:
        return day(self.hi) if self.hi is not None else None


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing the download shows.

    *id* names the message (see :mod:`.strings`); *question* is the content's question id
    it bears on (None: about the account as a whole); *values* holds only the person's own
    emails or phone numbers; *propose* is an option id of *question*, or None.
    """

    id: str
    question: str | None
    count: int | None = None
    first: str | None = None
    last: str | None = None
    values: tuple[str, ...] = ()
    propose: str | None = None
    params: Mapping[str, str] = field(default_factory=dict)

    @classmethod
    def counted(
        cls, fid: str, question: str | None, span: Span, propose: str | None = None
    ) -> Finding:
        return cls(fid, question, span.count, span.first, span.last, propose=propose)

    def text(self, lang: str) -> str:
        return strings.render(self, lang)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id, "question": self.question}
        if self.count is not None:
            out["count"] = self.count
        if self.first:
            out["first"] = self.first
        if self.last:
            out["last"] = self.last
        if self.values:
            out["values"] = list(self.values)
        if self.propose:
            out["proposed_answer"] = self.propose
        out["text"] = {"en": self.text("en"), "es": self.text("es")}
        return out


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What one download showed; holds no record of it, only derived findings."""

    platform: str
    platform_name: str
    format_version: str
    format_name: str
    findings: tuple[Finding, ...]
    format_name_es: str = ""
    #: Sections found and read, found but unreadable, and not in the download.
    read: tuple[str, ...] = ()
    unreadable: tuple[str, ...] = ()
    missing: tuple[str, ...] = ()
    #: Sections the download holds only as HTML (with the hint to ask for JSON).
    html_only: tuple[str, ...] = ()
    entries_read: int = 0
    bytes_read: int = 0

    def format_label(self, lang: str) -> str:
        return self.format_name_es if lang == "es" and self.format_name_es else self.format_name

    def proposals(self) -> dict[str, str]:
        """Question id -> option id, as the findings propose (the first proposal wins)."""
        out: dict[str, str] = {}
        for f in self.findings:
            if f.question and f.propose and f.question not in out:
                out[f.question] = f.propose
        return out

    def to_json(self) -> dict[str, Any]:
        return {
            "format": "huella-import",
            "version": 1,
            "platform": self.platform,
            "format_version": self.format_version,
            "format_name": {"en": self.format_name, "es": self.format_name_es},
            "findings": [f.to_json() for f in self.findings],
            "proposed_answers": self.proposals(),
            "sections": {
                "read": list(self.read),
                "unreadable": list(self.unreadable),
                "missing": list(self.missing),
                "html_only": list(self.html_only),
            },
            "entries_read": self.entries_read,
            "bytes_read": self.bytes_read,
        }


def own_values(values: Iterable[Any], *, phone: bool = False) -> tuple[str, ...]:
    """The person's own emails or phones, cleaned, de-duplicated, order kept."""
    out: dict[str, None] = {}
    for v in values:
        if not isinstance(v, str):
            continue
        s = v.strip()
        if not s or s.casefold() in ("none", "null", "n/a"):
            continue
        if phone:
            if sum(ch.isdigit() for ch in s) < 5:
                continue
        elif "@" not in s:
            continue
        key = s.casefold() if not phone else re.sub(r"[^\d+]", "", s)
        if key not in {(o.casefold() if not phone else re.sub(r"[^\d+]", "", o)) for o in out}:
            out[s] = None
    return tuple(out)
