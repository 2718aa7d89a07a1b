"""Load and validate a content folder into one immutable, indexed :class:`Content`.

Every problem is reported as ``file: entry: field: what is wrong`` and collected, so an
author sees all of them at once; nothing here ever lets a traceback through.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from privacy_audit.content.model import (
    TIER_ORDER,
    Action,
    DataItem,
    Ladder,
    Option,
    Persona,
    PersonaFile,
    PlatformFile,
    Question,
    Source,
    Tier,
)
from privacy_audit.errors import ContentError

M = TypeVar("M")

LADDER_FILE = "_ladder.toml"
PERSONAS_FILE = "_personas.toml"


@dataclass(frozen=True)
class Content:
    """All checklist content, validated and cross-referenced."""

    root: Path
    ladder: Ladder
    platforms: tuple[PlatformFile, ...]
    personas: tuple[Persona, ...]
    tiers: dict[str, Tier] = field(default_factory=dict)
    items: dict[str, DataItem] = field(default_factory=dict)
    item_platform: dict[str, str] = field(default_factory=dict)
    questions: dict[str, Question] = field(default_factory=dict)
    question_platform: dict[str, str] = field(default_factory=dict)
    options: dict[tuple[str, str], Option] = field(default_factory=dict)
    actions: dict[str, Action] = field(default_factory=dict)
    action_platform: dict[str, str] = field(default_factory=dict)
    platform_by_id: dict[str, PlatformFile] = field(default_factory=dict)

    def source(self, platform_id: str | None, source_id: str) -> Source:
        """Resolve a source id: the platform file's own sources first, then the shared ones."""
        if platform_id is not None:
            own = self.platform_by_id[platform_id].sources.get(source_id)
            if own is not None:
                return own
        return self.ladder.sources[source_id]

    def persona(self, persona_id: str) -> Persona:
        for p in self.personas:
            if p.id == persona_id:
                return p
        raise KeyError(persona_id)


#: The largest content file read (the biggest real one is under 50 KB).
MAX_TOML_BYTES = 2 * 1024 * 1024


def _read_toml(path: Path, problems: list[str], data: bytes | None = None) -> dict[str, Any] | None:
    """*path* parsed as TOML (or *data*, its bytes already in memory, named by *path*)."""
    # Imported here: the app starts from the compiled copy and never needs a TOML parser.
    if TYPE_CHECKING:
        import tomllib
    else:
        try:  # compiled: parses the content ~3x faster than the standard library
            import tomli as tomllib
        except ImportError:  # same API and messages (tomllib is tomli, vendored)
            import tomllib
    from privacy_audit.errors import UserError
    from privacy_audit.files import read_input

    try:
        if data is None:
            # Regular files only, size-capped: a FIFO or /dev/zero named *.toml cannot hang
            # or fill memory.
            data = read_input(path, MAX_TOML_BYTES, "a content file")
        return tomllib.loads(data.decode("utf-8"))
    except UserError as exc:
        problems.append(f"{path.name}: {str(exc).split(': ', 1)[-1]}")
    except tomllib.TOMLDecodeError as exc:
        problems.append(f"{path.name}: not valid TOML: {exc}")
    except UnicodeDecodeError:
        problems.append(f"{path.name}: not UTF-8 text")
    except RecursionError:
        problems.append(f"{path.name}: nested too deeply")
    except ValueError:  # an integer of thousands of digits, past Python's limit
        problems.append(f"{path.name}: holds a number too long for a content file")
    return None


def _describe_loc(data: Any, loc: tuple[int | str, ...]) -> tuple[str, str]:
    """Split a pydantic location into the entry (with its id) and the field path."""
    entry: list[str] = []
    fld: list[str] = []
    node = data
    for i, part in enumerate(loc):
        if isinstance(part, int):
            label = f"{entry.pop() if entry else ''}[{part}]"
            if isinstance(node, list) and 0 <= part < len(node):
                node = node[part]
                if isinstance(node, dict) and isinstance(node.get("id"), str):
                    label += f" (id '{node['id']}')"
            entry.append(label)
            fld = []
        else:
            rest = loc[i + 1 :]
            if isinstance(node, dict) and isinstance(node.get(part), list) and rest:
                entry.append(str(part))
                node = node.get(part)
            else:
                fld.append(str(part))
                node = node.get(part) if isinstance(node, dict) else None
    return (" > ".join(entry) or "top level", ".".join(fld) or "(the entry itself)")


def _validate(model: type[M], path: Path, data: dict[str, Any], problems: list[str]) -> M | None:
    from privacy_audit.content.validate import ValidationError, friendly_message, validate

    try:
        return validate(model, data)
    except ValidationError as exc:
        for err in exc.errors():
            entry, fld = _describe_loc(data, tuple(err["loc"]))
            problems.append(f"{path.name}: {entry}: field '{fld}': {friendly_message(err)}")
    return None


def load_content(root: Path | None = None, *, compiled: bool = True) -> Content:
    """Load every ``*.toml`` in *root* (default: the packaged ``checks/``).

    The built-in content is rebuilt from its pre-validated copy when that copy is up to date
    (see :mod:`.compiled`; ``compiled=False`` always validates the TOML). Raises
    :class:`ContentError` listing every problem found.
    """
    from privacy_audit.paths import content_dir

    builtin = content_dir()
    root = builtin if root is None else Path(root)
    if compiled and root.resolve() == builtin.resolve():
        content = _from_compiled(root)
        if content is not None:
            return content
    ladder, files = _read_and_validate(root)
    problems: list[str] = []
    content = _assemble(root, ladder, files, problems)
    if problems:
        raise ContentError(problems)
    return content


def load_content_files(root: Path, files: Mapping[str, bytes]) -> Content:
    """Validate content held in memory: *files* maps a file's path inside the content folder
    (``facebook.toml``, ``exports/x.toml``) to its bytes; *root* only names it in messages.

    Every check of :func:`load_content` with ``compiled=False``, and nothing is written (a
    content pack tried in a private session). Raises :class:`ContentError`.
    """
    ladder, parsed = _read_and_validate(root, files)
    problems: list[str] = []
    content = _assemble(root, ladder, parsed, problems)
    if problems:
        raise ContentError(problems)
    return content


def compile_content(root: Path | None = None) -> str:
    """The text of ``_compiled.jsonl`` for *root*, after every check of :func:`load_content`."""
    from privacy_audit.content import compiled
    from privacy_audit.paths import content_dir

    root = content_dir() if root is None else Path(root)
    ladder, files = _read_and_validate(root)
    problems: list[str] = []
    _assemble(root, ladder, files, problems)
    if problems:
        raise ContentError(problems)
    return compiled.render(root, ladder, files)


def write_compiled(root: Path | None = None) -> Path:
    """Validate *root* and write its ``_compiled.jsonl`` (atomically); returns the path."""
    from privacy_audit.content.compiled import COMPILED_FILE
    from privacy_audit.files import write_atomic
    from privacy_audit.paths import content_dir

    root = content_dir() if root is None else Path(root)
    text = compile_content(root)
    target = root / COMPILED_FILE
    write_atomic(target, text, mode=0o644)  # a file of the checkout, readable like its TOML
    return target


def _from_compiled(root: Path) -> Content | None:
    """The built-in content from its compiled copy; None when out of date or unreadable."""
    from privacy_audit.content import compiled

    try:
        found = compiled.read(root)
        if found is None:
            return None
        problems: list[str] = []
        content = _assemble(root, *found, problems)
    except Exception:  # a damaged copy: the TOML is the truth, validate that instead
        return None
    return None if problems else content


def _read_and_validate(
    root: Path, in_memory: Mapping[str, bytes] | None = None
) -> tuple[Ladder, list[tuple[str, PlatformFile | PersonaFile]]]:
    """Every content file of *root* (or of *in_memory*), validated; raises ContentError."""
    problems: list[str] = []
    if in_memory is None:
        if not root.is_dir():
            raise ContentError([f"{root}: content folder not found"])
        names = [p.name for p in sorted(root.glob("*.toml"))]
    else:
        names = sorted(n for n in in_memory if "/" not in n and n.endswith(".toml"))

    ladder: Ladder | None = None
    files: list[tuple[str, PlatformFile | PersonaFile]] = []
    if LADDER_FILE not in names:
        problems.append(f"{LADDER_FILE}: missing (it defines the tiers and shared sources)")
    for name in names:
        path = root / name
        data = _read_toml(path, problems, None if in_memory is None else in_memory[name])
        if data is None:
            continue
        if path.name == LADDER_FILE:
            ladder = _validate(Ladder, path, data, problems)
        elif path.name == PERSONAS_FILE:
            pf = _validate(PersonaFile, path, data, problems)
            if pf is not None:
                files.append((path.name, pf))
        elif path.name.startswith("_"):
            problems.append(
                f"{path.name}: unknown special file (only {LADDER_FILE}, {PERSONAS_FILE})"
            )
        else:
            plat = _validate(PlatformFile, path, data, problems)
            if plat is not None:
                if plat.platform.id != path.stem:
                    problems.append(
                        f"{path.name}: platform: field 'id': '{plat.platform.id}' must match "
                        f"the file name '{path.stem}'"
                    )
                files.append((path.name, plat))
    if problems or ladder is None:
        raise ContentError(problems or [f"{LADDER_FILE}: could not be loaded"])
    return ladder, files


def _assemble(
    root: Path,
    ladder: Ladder,
    files: list[tuple[str, PlatformFile | PersonaFile]],
    problems: list[str],
) -> Content:
    """One indexed :class:`Content`; cross-file problems are added to *problems*."""
    platforms = [f for _, f in files if isinstance(f, PlatformFile)]
    personas = [p for _, f in files if isinstance(f, PersonaFile) for p in f.personas]
    platforms.sort(key=lambda p: (p.platform.order, p.platform.id))
    content = Content(
        root=root, ladder=ladder, platforms=tuple(platforms), personas=tuple(personas)
    )
    _index_and_check(content, problems)
    return content


def _check_source_dates(fname: str, sources: dict[str, Source], problems: list[str]) -> None:
    """A source read by no one, or of an unknown date, says why in its note."""
    for sid, src in sources.items():
        if src.note.strip():
            continue
        if src.last_verified is None:
            problems.append(
                f"{fname}: sources (id '{sid}'): field 'last_verified': missing; if the page "
                "itself could not be read, say so and where the fact was taken from in 'note'"
            )
        if src.as_of == "unknown":
            problems.append(
                f"{fname}: sources (id '{sid}'): field 'as_of': 'unknown' needs a 'note' that "
                "says why the version's date is not known"
            )


def _index_and_check(c: Content, problems: list[str]) -> None:
    ladder = c.ladder
    tier_ids = [t.id for t in ladder.tiers]
    if tier_ids != list(TIER_ORDER):
        problems.append(f"{LADDER_FILE}: tiers: must be exactly {list(TIER_ORDER)} in that order")
    weights = [t.weight for t in ladder.tiers]
    if any(a < b for a, b in itertools.pairwise(weights)):
        problems.append(f"{LADDER_FILE}: tiers: weights must not grow up the ladder")
    if ladder.tiers[-1].weight != 0:
        problems.append(f"{LADDER_FILE}: tiers > unavailable: field 'weight': must be 0")
    c.tiers.update({t.id: t for t in ladder.tiers})
    for t in ladder.tiers:
        for s in t.sources:
            if s not in ladder.sources:
                problems.append(f"{LADDER_FILE}: tiers (id '{t.id}'): unknown source '{s}'")
    for h in ladder.legal_help:
        for s in h.sources:
            if s not in ladder.sources:
                problems.append(f"{LADDER_FILE}: legal_help ({h.url}): unknown source '{s}'")
    _check_source_dates(LADDER_FILE, ladder.sources, problems)
    for pf in c.platforms:
        _check_source_dates(f"{pf.platform.id}.toml", pf.sources, problems)
    mins = [b.min_score for b in ladder.bands]
    if not mins or mins[0] != 0 or mins != sorted(set(mins)):
        problems.append(f"{LADDER_FILE}: bands: min_score must start at 0 and strictly grow")

    seen_platform: set[str] = set()
    for pf in c.platforms:
        pid = pf.platform.id
        fname = f"{pid}.toml"
        if pid in seen_platform:
            problems.append(f"{fname}: platform: id '{pid}' is used twice")
        seen_platform.add(pid)
        c.platform_by_id[pid] = pf
        for sid in pf.sources:
            if sid in ladder.sources:
                problems.append(f"{fname}: sources: '{sid}' already defined in {LADDER_FILE}")

        def known_source(sid: str, pf: PlatformFile = pf) -> bool:
            return sid in pf.sources or sid in ladder.sources

        for s in pf.platform.sources:
            if not known_source(s):
                problems.append(f"{fname}: platform: unknown source '{s}'")
        for it in pf.items:
            if it.id in c.items:
                problems.append(f"{fname}: items (id '{it.id}'): id already used")
            c.items[it.id] = it
            c.item_platform[it.id] = pid
            for s in it.sources:
                if not known_source(s):
                    problems.append(f"{fname}: items (id '{it.id}'): unknown source '{s}'")
        for q in pf.questions:
            if q.id in c.questions:
                problems.append(f"{fname}: questions (id '{q.id}'): id already used")
            c.questions[q.id] = q
            c.question_platform[q.id] = pid
            opt_ids = [o.id for o in q.options]
            if len(set(opt_ids)) != len(opt_ids):
                problems.append(f"{fname}: questions (id '{q.id}'): option ids repeat")
            if not any(o.unsure for o in q.options):
                problems.append(f"{fname}: questions (id '{q.id}'): needs a 'not sure' option")
            for o in q.options:
                c.options[(q.id, o.id)] = o
        for a in pf.actions:
            if a.id in c.actions:
                problems.append(f"{fname}: actions (id '{a.id}'): id already used")
            c.actions[a.id] = a
            c.action_platform[a.id] = pid
            if not (a.steps.phone or a.steps.web or a.steps.other):
                problems.append(f"{fname}: actions (id '{a.id}'): field 'steps': has no step")
            for s in a.sources:
                if not known_source(s):
                    problems.append(f"{fname}: actions (id '{a.id}'): unknown source '{s}'")

    # Second pass: references that may cross files.
    for pf in c.platforms:
        fname = f"{pf.platform.id}.toml"
        for q in pf.questions:
            for o in q.options:
                for e in o.exposes:
                    if e.item not in c.items:
                        problems.append(
                            f"{fname}: questions (id '{q.id}') > options (id '{o.id}'): "
                            f"exposes unknown item '{e.item}'"
                        )
        for a in pf.actions:
            for qid, oid in a.sets.items():
                if (qid, oid) not in c.options:
                    problems.append(
                        f"{fname}: actions (id '{a.id}'): field 'sets': "
                        f"unknown question/option '{qid}' = '{oid}'"
                    )
            if not problems and not _action_can_reduce(c, a):
                problems.append(f"{fname}: actions (id '{a.id}'): removes nothing")

    for p in c.personas:
        for qid, oid in p.answers.items():
            if (qid, oid) not in c.options:
                problems.append(
                    f"{PERSONAS_FILE}: personas (id '{p.id}'): unknown answer '{qid}' = '{oid}'"
                )
        for plat in p.platforms:
            if plat not in c.platform_by_id:
                problems.append(
                    f"{PERSONAS_FILE}: personas (id '{p.id}'): unknown platform '{plat}'"
                )


def _option_points(c: Content, qid: str, oid: str) -> float:
    opt = c.options[(qid, oid)]
    total = 0.0
    for e in opt.exposes:
        item = c.items[e.item]
        total += item.sensitivity * c.tiers[e.tier or item.tier].weight
    return total


def _action_can_reduce(c: Content, a: Action) -> bool:
    """True when some answer it replaces exposes more than the answer it sets."""
    for qid, oid in a.sets.items():
        after = _option_points(c, qid, oid)
        if any(_option_points(c, qid, o.id) > after for o in c.questions[qid].options):
            return True
    return False
