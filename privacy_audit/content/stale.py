"""Staleness: which sources are old, and which items and steps rest on them.

A source's ``as_of`` dates the version that was read ("2019-03-14", "2019-03", "2019" or
"unknown"). A source is *stale* when that version is more than :data:`STALE_MONTHS` months
older than today; an item or a step is as old as the oldest dated source it rests on. Sources
of unknown date are listed separately: they cannot be called old or new. Statutes are not
flagged: their ``as_of`` is the date of the text in force, which stays current until amended.

Dates stay ISO text (they compare as text), so the app's start-up never needs ``datetime``.
"""

from __future__ import annotations

from dataclasses import dataclass

from privacy_audit.content.loader import Content
from privacy_audit.content.model import Source

#: A source read from a version older than this is flagged (``check-content --stale``, the
#: app's plan and the report).
STALE_MONTHS = 12


def as_of_day(as_of: str | None) -> str | None:
    """The first day of the period *as_of* names ("2019-03" -> "2019-03-01"); None if unknown."""
    if not as_of or as_of == "unknown":
        return None
    parts = as_of.split("-")
    while len(parts) < 3:
        parts.append("01")
    return "-".join(parts)


def cutoff(today: str) -> str:
    """The ISO day :data:`STALE_MONTHS` months before *today* (an ISO day)."""
    year, month, day = (int(x) for x in today.split("-"))
    total = year * 12 + (month - 1) - STALE_MONTHS
    return f"{total // 12:04d}-{total % 12 + 1:02d}-{min(day, 28):02d}"


def is_stale(as_of: str | None, today: str) -> bool:
    day = as_of_day(as_of)
    return day is not None and day < cutoff(today)


@dataclass(frozen=True)
class StaleSource:
    platform: str | None
    source_id: str
    source: Source
    #: Items and actions of the content that cite this source.
    items: tuple[str, ...]
    actions: tuple[str, ...]


def _users(content: Content, platform: str | None, sid: str) -> tuple[list[str], list[str]]:
    """Items and actions citing a source (a ladder source may be cited by any platform)."""
    items: list[str] = []
    actions: list[str] = []
    files = content.platforms if platform is None else (content.platform_by_id[platform],)
    for pf in files:
        items += [it.id for it in pf.items if sid in it.sources]
        actions += [a.id for a in pf.actions if sid in a.sources]
    return items, actions


def stale_sources(content: Content, today: str) -> list[StaleSource]:
    """Every source whose version is older than :data:`STALE_MONTHS` months, oldest first."""
    found: list[StaleSource] = []
    everywhere: list[tuple[str | None, dict[str, Source]]] = [(None, content.ladder.sources)]
    everywhere += [(pf.platform.id, pf.sources) for pf in content.platforms]
    for platform, sources in everywhere:
        for sid, src in sources.items():
            if src.kind != "statute" and is_stale(src.as_of, today):
                items, actions = _users(content, platform, sid)
                found.append(StaleSource(platform, sid, src, tuple(items), tuple(actions)))
    found.sort(key=lambda s: (as_of_day(s.source.as_of) or "", s.platform or "", s.source_id))
    return found


def action_as_of(content: Content, action_id: str) -> str | None:
    """The oldest dated version among an action's sources (None when none is dated)."""
    platform = content.action_platform[action_id]
    sources = [content.source(platform, sid) for sid in content.actions[action_id].sources]
    dates = [s.as_of for s in sources if s.kind != "statute"]
    days = sorted(d for d in (as_of_day(x) for x in dates) if d)
    if not days:
        return None
    oldest = days[0]
    return next(x for x in dates if as_of_day(x) == oldest)


def stale_action_year(content: Content, action_id: str, today: str) -> str | None:
    """The year of the old guide a step was last checked against, if it is stale."""
    as_of = action_as_of(content, action_id)
    return as_of[:4] if as_of and is_stale(as_of, today) else None
