"""What a new pack changes, in words a person can check: platforms, steps, dates."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from privacy_audit.content import Content
    from privacy_audit.content.model import PlatformFile


@dataclass(frozen=True)
class PlatformChange:
    id: str
    name_en: str
    name_es: str
    kind: str  # "added", "removed", "changed"
    steps_changed: int = 0  # actions added, removed or rewritten
    last_verified: str = ""  # the newest date on its actions and sources, in the new content


@dataclass(frozen=True)
class Changes:
    platforms: list[PlatformChange] = field(default_factory=list)

    @property
    def steps_changed(self) -> int:
        return sum(p.steps_changed for p in self.platforms)

    def lines(self, lang: str = "en") -> list[str]:
        """One plain line per platform, in *lang*."""
        es = lang == "es"
        out = []
        for p in self.platforms:
            name = p.name_es if es else p.name_en
            if p.kind == "added":
                text = f"{name}: guía nueva" if es else f"{name}: new guide"
            elif p.kind == "removed":
                text = f"{name}: ya no está" if es else f"{name}: removed"
            elif es:
                n = p.steps_changed
                text = f"{name}: {n} " + (
                    "paso nuevo o cambiado" if n == 1 else "pasos nuevos o cambiados"
                )
            else:
                n = p.steps_changed
                text = f"{name}: {n} " + (
                    "step new or changed" if n == 1 else "steps new or changed"
                )
            if p.last_verified and p.kind != "removed":
                text += (
                    f" (revisado el {p.last_verified})" if es else f" (checked {p.last_verified})"
                )
            out.append(text)
        if not out:
            out.append(
                "Sin cambios en las plataformas ni en los pasos."
                if es
                else "No change to platforms or steps."
            )
        return out


def _newest(pf: PlatformFile) -> str:
    dates = [a.last_verified for a in pf.actions]
    dates += [s.last_verified for s in pf.sources.values() if s.last_verified]
    return max(dates, default="")


def compare(old: Content, new: Content) -> Changes:
    out: list[PlatformChange] = []
    for pid, pf in new.platform_by_id.items():
        before = old.platform_by_id.get(pid)
        name = pf.platform.name
        if before is None:
            out.append(PlatformChange(pid, name.en, name.es, "added", len(pf.actions), _newest(pf)))
            continue
        if before == pf:
            continue
        old_actions = {a.id: a for a in before.actions}
        new_ids = {a.id for a in pf.actions}
        steps = sum(1 for a in pf.actions if old_actions.get(a.id) != a)
        steps += sum(1 for aid in old_actions if aid not in new_ids)
        out.append(PlatformChange(pid, name.en, name.es, "changed", steps, _newest(pf)))
    for pid, pf in old.platform_by_id.items():
        if pid not in new.platform_by_id:
            name = pf.platform.name
            out.append(PlatformChange(pid, name.en, name.es, "removed"))
    return Changes(out)
