"""The typed schema of Huella's checklist content (``checks/*.toml``).

Every user-visible text is a :class:`Text` with English and Spanish. Every data item,
tier and action names its sources, and every source carries a last-verified date.
See ``docs/content.md`` for the authoring guide.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator

# Huella uses no pydantic plugins: skipping their discovery (a scan of every installed
# package's entry points) saves ~25 ms of start-up, and no third-party plugin code sees content.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")

LANGS: tuple[str, ...] = ("en", "es")

TierId = Literal["public", "broker", "admin_subpoena", "court_order", "warrant", "unavailable"]
#: The ladder, lowest (easiest to get) first.
TIER_ORDER: tuple[TierId, ...] = (
    "public",
    "broker",
    "admin_subpoena",
    "court_order",
    "warrant",
    "unavailable",
)
TIER_RANK: dict[str, int] = {t: i for i, t in enumerate(TIER_ORDER)}
#: Rungs that need no judge at all.
NO_JUDGE: frozenset[str] = frozenset({"public", "broker", "admin_subpoena"})

Ident = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]*$", max_length=64)]
NonEmpty = Annotated[str, StringConstraints(min_length=1, strip_whitespace=True)]

_URL = re.compile(r"^https?://[^\s]+$")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, strict=False, defer_build=True)


class Text(_Strict):
    """A user-visible text in every language Huella ships."""

    en: NonEmpty
    es: NonEmpty

    def get(self, lang: str) -> str:
        return self.es if lang == "es" else self.en


class Step(Text):
    """One step of a remediation; may carry its own last-verified date."""

    last_verified: dt.date | None = None


class Source(_Strict):
    """Where a fact comes from."""

    title: NonEmpty
    url: NonEmpty
    last_verified: dt.date
    kind: Literal[
        "law_enforcement_guide",
        "transparency_report",
        "help_page",
        "privacy_policy",
        "statute",
        "government",
        "press",
        "research",
        "legal_aid",
    ]
    note: str = ""

    @field_validator("url")
    @classmethod
    def _url(cls, v: str) -> str:
        if not _URL.match(v):
            raise ValueError("must be one http(s) address with no spaces")
        return v


class Tier(_Strict):
    id: TierId
    label: Text
    short: Text
    who_signs: Text
    judge: Text
    must_comply: Text
    told: Text
    weight: Annotated[float, Field(ge=0.0, le=1.0)]
    sources: Annotated[list[Ident], Field(min_length=1)]


class LegalHelp(_Strict):
    name: Text
    description: Text
    url: NonEmpty
    sources: Annotated[list[Ident], Field(min_length=1)]


class Band(_Strict):
    id: Ident
    min_score: Annotated[int, Field(ge=0, le=100)]
    label: Text
    meaning: Text


class Ladder(_Strict):
    """``checks/_ladder.toml``: the tiers, score bands, shared sources and free legal help."""

    format: Literal["huella-ladder"]
    version: Literal[1]
    scale_k: Annotated[float, Field(gt=0)]
    disclaimer: Text
    tiers: Annotated[list[Tier], Field(min_length=6, max_length=6)]
    bands: Annotated[list[Band], Field(min_length=1)]
    legal_help: Annotated[list[LegalHelp], Field(min_length=1)]
    sources: dict[Ident, Source] = {}


class DataItem(_Strict):
    id: Ident
    label: Text
    tier: TierId
    sensitivity: Annotated[int, Field(ge=1, le=3)]
    sources: Annotated[list[Ident], Field(min_length=1)]
    confidence: Literal["primary", "secondary", "unverified"] = "primary"
    note: Text | None = None


class Exposure(_Strict):
    item: Ident
    #: Defaults to the item's own tier; lower when the person made it visible (e.g. public).
    tier: TierId | None = None


class Option(_Strict):
    id: Ident
    text: Text
    exposes: list[Exposure] = []
    unsure: bool = False


class Question(_Strict):
    id: Ident
    text: Text
    help: Text
    options: Annotated[list[Option], Field(min_length=2)]
    #: When no setting can lower this exposure: why, in plain words (shown instead of a step).
    no_action: Text | None = None


class Steps(_Strict):
    phone: list[Step] = []
    web: list[Step] = []
    other: list[Step] = []


class Action(_Strict):
    id: Ident
    title: Text
    why: Text
    effort: Annotated[int, Field(ge=1, le=3)]
    steps: Steps
    #: The answers this action leads to: {question id: option id}.
    sets: Annotated[dict[Ident, Ident], Field(min_length=1)]
    sources: Annotated[list[Ident], Field(min_length=1)]
    last_verified: dt.date


class PlatformInfo(_Strict):
    id: Ident
    name: Text
    kind: Literal["platform", "section"] = "platform"
    order: int = 100
    summary: Text
    notice: Text
    encryption: Text
    sources: Annotated[list[Ident], Field(min_length=1)]


class PlatformFile(_Strict):
    """One ``checks/<platform>.toml`` file."""

    format: Literal["huella-content"]
    version: Literal[1]
    platform: PlatformInfo
    sources: dict[Ident, Source] = {}
    items: list[DataItem] = []
    questions: list[Question] = []
    actions: list[Action] = []


class Persona(_Strict):
    id: Ident
    name: Text
    summary: Text
    platforms: list[Ident]
    answers: dict[Ident, Ident]


class PersonaFile(_Strict):
    format: Literal["huella-personas"]
    version: Literal[1]
    personas: list[Persona]
