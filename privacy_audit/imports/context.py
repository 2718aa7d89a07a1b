"""Detect the platform and format version, and hand each reader its sections' records."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from typing import Any

import ijson

from privacy_audit.imports.archive import (
    CountingReader,
    Entry,
    Limits,
    Meter,
    RecordTooLarge,
    Source,
)
from privacy_audit.imports.findings import Finding
from privacy_audit.imports.refusals import DownloadRefused
from privacy_audit.imports.stream import UnreadableFile, fix_mojibake, iter_records
from privacy_audit.imports.tables import (
    ExportTables,
    FormatVersion,
    LangText,
    Section,
    match_pattern,
)

__all__ = ["ReadContext", "detect"]

_READABLE = (".json", ".js", ".csv")


def _matches(entry: Entry, patterns: tuple[str, ...]) -> bool:
    return any(match_pattern(p, entry.parts) for p in patterns)


def section_entries(source: Source, section: Section) -> tuple[Entry, ...]:
    """The entries of *section*. A file opened on its own (perhaps renamed) stands for every
    section that can be a whole file (a pattern with no folder, like ``timeline.json``)."""
    if source.single:
        alone = any("/" not in p for p in section.paths) and section.kind != "listed"
        return source.entries if alone else ()
    return tuple(e for e in source.entries if _matches(e, section.paths))


def _top_keys(source: Source, entry: Entry) -> list[str]:
    """The top-level keys in the first 64 KiB of one JSON file (for a file on its own)."""
    fh = source.open(entry)
    try:
        head = fh.read(1 << 16)
    finally:
        fh.close()
    keys: list[str] = []
    try:
        for prefix, event, value in ijson.parse(io.BytesIO(head)):
            if prefix == "" and event == "map_key":
                keys.append(str(value))
    except ijson.common.JSONError:
        pass
    return keys


def _html_refusal(t: ExportTables) -> DownloadRefused:
    return DownloadRefused("html", platform=t.name, hint_en=t.html_hint.en, hint_es=t.html_hint.es)


def detect(source: Source, tables: dict[str, ExportTables]) -> tuple[ExportTables, FormatVersion]:
    """The platform and format version of *source*, or :class:`DownloadRefused`."""
    entries = source.entries
    best: ExportTables | None = None
    best_score = 0
    if source.single:
        keys = set(_top_keys(source, entries[0]))
        for t in tables.values():
            score = 2 * sum(1 for k in t.file_keys if k in keys)
            score += sum(1 for m in t.markers if _matches(entries[0], (m,)))
            if score > best_score:
                best, best_score = t, score
    else:
        for t in tables.values():
            score = sum(1 for m in t.markers if any(_matches(e, (m,)) for e in entries))
            if score > best_score:
                best, best_score = t, score
    if best is None:
        for t in tables.values():
            if t.html_markers and any(_matches(e, t.html_markers) for e in entries):
                raise _html_refusal(t)
        raise DownloadRefused("not_download")
    readable = [e for e in entries if e.parts and e.parts[-1].endswith(_READABLE)]
    if (
        not any(
            e.parts[-1].endswith(_READABLE)
            for s in best.sections.values()
            for e in section_entries(source, s)
        )
        or not readable
    ):
        if any(e.parts and e.parts[-1].endswith(".html") for e in entries):
            raise _html_refusal(best)
        raise DownloadRefused("incomplete", platform=best.name)
    fmt = _format(best, entries)
    return best, fmt


def _format(t: ExportTables, entries: tuple[Entry, ...]) -> FormatVersion:
    scored = [
        (sum(1 for m in f.markers if any(_matches(e, (m,)) for e in entries)), -i, f)
        for i, f in enumerate(t.formats)
        if f.markers
    ]
    scored.sort(key=lambda x: (x[0], x[1]), reverse=True)
    if scored and scored[0][0] > 0:
        return scored[0][2]
    return FormatVersion(
        "unknown",
        LangText(
            "an unrecognised version (read as well as possible)",
            "una versión desconocida (leída lo mejor posible)",
        ),
        (),
        "",
    )


class ReadContext:
    """What a platform reader sees: its sections' records, never the archive itself."""

    def __init__(
        self,
        source: Source,
        tables: ExportTables,
        fmt: FormatVersion,
        limits: Limits,
        meter: Meter,
    ) -> None:
        self.source = source
        self.tables = tables
        self.format = fmt
        self.limits = limits
        self.meter = meter
        self._entries: dict[str, tuple[Entry, ...]] = {}
        for sid, s in tables.sections.items():
            self._entries[sid] = section_entries(source, s)
        #: A reader may name the format version when the records tell it (TikTok's keys).
        self.version_hint = ""
        self.read: dict[str, None] = {}
        self.unreadable: dict[str, None] = {}
        self.entries_read = 0
        #: Record keys seen (e.g. Meta's ``label_values``), for the format version.
        self.record_keys_seen: set[str] = set()
        # A file read for several sections (TikTok's one JSON) counts once per section.
        meter.total = sum(
            e.size
            for sid, es in self._entries.items()
            if tables.sections[sid].kind != "listed"
            for e in es
        )

    def fix(self, value: Any) -> Any:
        """*value* with Meta's mojibake repaired (for platforms whose table asks for it).

        Readers repair only what they keep or compare (emails, phones, localised labels):
        repairing every record of a multi-gigabyte download would cost more than reading it.
        """
        return fix_mojibake(value) if self.tables.repair_mojibake else value

    def labels(self, key: str) -> tuple[str, ...]:
        return self.tables.labels.get(key, ())

    def keep(self, sid: str, finding: Finding) -> list[Finding]:
        """*finding*, if at least one file of *sid* was read (a broken file shows no "0")."""
        return [finding] if sid in self.read else []

    def entries(self, sid: str) -> tuple[Entry, ...]:
        return self._entries[sid]

    def has(self, sid: str) -> bool:
        return bool(self._entries[sid])

    def missing(self) -> tuple[str, ...]:
        return tuple(sid for sid, es in self._entries.items() if not es)

    def html_only(self) -> tuple[str, ...]:
        """Sections missing as JSON/CSV but present as HTML."""
        out = []
        for sid in self.missing():
            s = self.tables.sections[sid]
            html = tuple(p.rsplit(".", 1)[0] + ".html" for p in s.paths if p.endswith(_READABLE))
            if html and any(_matches(e, html) for e in self.source.entries):
                out.append(sid)
        return tuple(out)

    def records(self, sid: str) -> Iterator[Any]:
        for _entry, _key, rec in self.keyed(sid):
            yield rec

    def keyed(self, sid: str) -> Iterator[tuple[Entry, str, Any]]:
        """(entry, key, record) from every file of section *sid*.

        A file that cannot be read marks the section unreadable and is skipped: one bad file
        never stops the rest.
        """
        section: Section = self.tables.sections[sid]
        watch = {f.record_key for f in self.tables.formats if f.record_key}
        for entry in self._entries[sid]:
            self.meter.check()
            opener = self._opener(entry)
            try:
                for key, rec in iter_records(
                    opener, entry.size, section.keys, section.kind, self.limits
                ):
                    if watch and isinstance(rec, dict):
                        for k in watch:
                            if k in rec:
                                self.record_keys_seen.add(k)
                    yield entry, key, rec
            except (UnreadableFile, RecordTooLarge):
                self.unreadable[sid] = None
                continue
            self.entries_read += 1
            self.read[sid] = None

    def _opener(self, entry: Entry) -> Callable[[], CountingReader]:
        def open_entry() -> CountingReader:
            return CountingReader(self.source.open(entry), self.meter, entry, self.limits)

        return open_entry
