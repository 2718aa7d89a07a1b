"""The typed schema of Huella's checklist content (``checks/*.toml``).

Every user-visible text is a :class:`Text` with English and Spanish. Every data item,
tier and action names its sources, and every source carries a last-verified date.
See ``docs/content.md`` for the authoring guide.

The classes are plain frozen dataclasses, so the app can start without the validation
library: :mod:`privacy_audit.content.validate` validates TOML data into them with pydantic
(reading the :class:`Rule` markers in the annotations), and
:mod:`privacy_audit.content.compiled` rebuilds them from the pre-validated copy shipped with
the app.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Annotated, Literal

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


@dataclass(frozen=True, slots=True, kw_only=True)
class Rule:
    """A constraint on one field, checked when content is validated.

    This module imports nothing from validation: :mod:`.validate` gives ``Rule`` pydantic's
    schema hook when it is imported (only content loaded from TOML needs it).
    """

    min_length: int | None = None
    max_length: int | None = None
    pattern: str | None = None
    strip: bool = False
    ge: float | None = None
    gt: float | None = None
    le: float | None = None
    #: One http(s) address with no spaces.
    url: bool = False
    #: A calendar date, kept as its ISO 8601 text ("2026-11-01").
    iso_date: bool = False


Ident = Annotated[str, Rule(pattern=r"^[a-z][a-z0-9_]*$", max_length=64)]
NonEmpty = Annotated[str, Rule(min_length=1, strip=True)]
#: A last-verified date: written as a TOML date, checked to be a real calendar date and kept
#: as ISO 8601 text, which sorts and compares like the date (and spares the app the
#: ``datetime`` module at start-up).
IsoDate = Annotated[str, Rule(iso_date=True)]
#: At least one entry.
Some = Rule(min_length=1)


@dataclass(frozen=True, slots=True, kw_only=True)
class Text:
    """A user-visible text in every language Huella ships."""

    en: NonEmpty
    es: NonEmpty

    def get(self, lang: str) -> str:
        return self.es if lang == "es" else self.en


@dataclass(frozen=True, slots=True, kw_only=True)
class Step(Text):
    """One step of a remediation; may carry its own last-verified date."""

    last_verified: IsoDate | None = None


SourceKind = Literal[
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


#: The date of the version of a source that was read: "2019-03-14", "2019-03" or "2019" when
#: only the month or year is known, or "unknown" (then the note says why).
AsOf = Annotated[str, Rule(pattern=r"^(\d{4}(-\d{2}(-\d{2})?)?|unknown)$")]


@dataclass(frozen=True, slots=True, kw_only=True)
class Source:
    """Where a fact comes from.

    ``as_of`` dates the version that was read (a revision or publication date, or the date of
    the archived copy); ``last_verified`` is the day someone actually read that version (None
    when the page itself could not be read: the note then says where the fact was taken from).
    """

    title: NonEmpty
    url: Annotated[str, Rule(min_length=1, strip=True, url=True)]
    kind: SourceKind
    as_of: AsOf | None = None
    last_verified: IsoDate | None = None
    note: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class Tier:
    id: TierId
    label: Text
    short: Text
    who_signs: Text
    judge: Text
    must_comply: Text
    told: Text
    weight: Annotated[float, Rule(ge=0.0, le=1.0)]
    sources: Annotated[list[Ident], Some]


@dataclass(frozen=True, slots=True, kw_only=True)
class LegalHelp:
    name: Text
    description: Text
    url: NonEmpty
    sources: Annotated[list[Ident], Some]


@dataclass(frozen=True, slots=True, kw_only=True)
class Band:
    id: Ident
    min_score: Annotated[int, Rule(ge=0, le=100)]
    label: Text
    meaning: Text


@dataclass(frozen=True, slots=True, kw_only=True)
class Ladder:
    """``checks/_ladder.toml``: the tiers, score bands, shared sources and free legal help."""

    format: Literal["huella-ladder"]
    version: Literal[1]
    #: Points that read 100 on the linear part of the score (docs/scoring.md).
    scale_points: Annotated[float, Rule(gt=0)]
    #: Points per unit of rung weight for an item of sensitivity 1, 2 and 3 (docs/scoring.md).
    sensitivity_weights: Annotated[
        list[Annotated[float, Rule(gt=0)]], Rule(min_length=3, max_length=3)
    ]
    disclaimer: Text
    tiers: Annotated[list[Tier], Rule(min_length=6, max_length=6)]
    bands: Annotated[list[Band], Some]
    legal_help: Annotated[list[LegalHelp], Some]
    sources: dict[Ident, Source] = field(default_factory=dict)


@dataclass(frozen=True, slots=True, kw_only=True)
class DataItem:
    id: Ident
    label: Text
    tier: TierId
    sensitivity: Annotated[int, Rule(ge=1, le=3)]
    #: What the person wrote, said, posted or stored (messages, posts, photos, videos, files).
    #: For US users the law needs a search warrant for it (18 U.S.C. 2703(a)/(b)), so it never
    #: sits on the court-order rung (a content test checks this).
    content: bool = False
    sources: Annotated[list[Ident], Some]
    confidence: Literal["primary", "secondary", "unverified"] = "primary"
    note: Text | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Exposure:
    item: Ident
    #: Defaults to the item's own tier; lower when the person made it visible (e.g. public).
    tier: TierId | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Option:
    id: Ident
    text: Text
    exposes: list[Exposure] = field(default_factory=list)
    unsure: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class Question:
    id: Ident
    text: Text
    help: Text
    options: Annotated[list[Option], Rule(min_length=2)]
    #: When no setting can lower this exposure: why, in plain words (shown instead of a step).
    no_action: Text | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Steps:
    phone: list[Step] = field(default_factory=list)
    web: list[Step] = field(default_factory=list)
    other: list[Step] = field(default_factory=list)


@dataclass(frozen=True, slots=True, kw_only=True)
class Action:
    id: Ident
    title: Text
    why: Text
    effort: Annotated[int, Rule(ge=1, le=3)]
    steps: Steps
    #: The answers this action leads to: {question id: option id}.
    sets: Annotated[dict[Ident, Ident], Some]
    sources: Annotated[list[Ident], Some]
    last_verified: IsoDate
    #: The step deletes something (posts, photos, contacts, history): it carries the caution to
    #: ask free legal help first when the person has a case or received a notice.
    deletes: bool = False
    #: The step is for one kind of phone only (the plan shows the person's own phone first).
    device: Literal["iphone", "android"] | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class PlatformInfo:
    id: Ident
    name: Text
    kind: Literal["platform", "section"] = "platform"
    order: int = 100
    summary: Text
    notice: Text
    encryption: Text
    sources: Annotated[list[Ident], Some]
    #: Other names and spellings people type when they look for this platform ("wasap",
    #: "feis"); matched by the account search, in any language.
    aliases: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True, kw_only=True)
class PlatformFile:
    """One ``checks/<platform>.toml`` file."""

    format: Literal["huella-content"]
    version: Literal[1]
    platform: PlatformInfo
    sources: dict[Ident, Source] = field(default_factory=dict)
    items: list[DataItem] = field(default_factory=list)
    questions: list[Question] = field(default_factory=list)
    actions: list[Action] = field(default_factory=list)


@dataclass(frozen=True, slots=True, kw_only=True)
class Persona:
    id: Ident
    name: Text
    summary: Text
    platforms: list[Ident]
    answers: dict[Ident, Ident]


@dataclass(frozen=True, slots=True, kw_only=True)
class PersonaFile:
    format: Literal["huella-personas"]
    version: Literal[1]
    personas: list[Persona]


#: Every class of the schema, for the validator and the compiled copy.
MODEL_CLASSES: tuple[type, ...] = (
    Text,
    Step,
    Source,
    Tier,
    LegalHelp,
    Band,
    Ladder,
    DataItem,
    Exposure,
    Option,
    Question,
    Steps,
    Action,
    PlatformInfo,
    PlatformFile,
    Persona,
    PersonaFile,
)
