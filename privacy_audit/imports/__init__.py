"""Read a person's own data download, offline, and keep only what it shows.

``read_download(path)`` opens a .zip, a folder or one export file, refuses hostile input
with one sentence (:class:`DownloadRefused`), detects the platform and format version, and
returns an :class:`ImportResult` of findings. Entries are streamed straight from the
archive: nothing is extracted, copied or written anywhere. See docs/data-downloads.md.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from privacy_audit.imports.archive import LIMITS, Cancelled, Limits, Meter, open_source
from privacy_audit.imports.findings import FROM_DOWNLOAD, Finding, ImportResult
from privacy_audit.imports.refusals import DownloadRefused
from privacy_audit.imports.tables import PLATFORMS, ExportTables, load_tables

__all__ = [
    "FROM_DOWNLOAD",
    "LIMITS",
    "PLATFORMS",
    "Cancelled",
    "DownloadRefused",
    "Finding",
    "ImportResult",
    "Limits",
    "read_download",
]


def _tables_for(content_root: Path | None) -> dict[str, ExportTables]:
    from privacy_audit.errors import ContentError

    if content_root is not None and (content_root / "exports").is_dir():
        try:
            return load_tables(content_root)
        except ContentError:
            pass  # a pack's tables that fail their checks are not used
    return load_tables()


def read_download(
    path: str | Path,
    *,
    limits: Limits = LIMITS,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    tables: dict[str, ExportTables] | None = None,
    content_root: Path | None = None,
) -> ImportResult:
    """Read the download at *path*; see the module docstring.

    *progress* is called with (bytes read, bytes to read) about every MiB; when
    *cancelled* returns True the read stops with :class:`Cancelled`. Both may be called
    from a worker thread. *content_root* is the folder of the guides in use (an applied
    content pack): its ``exports/`` tables are used when it has them and they pass their
    checks, else the bundled ones.
    """
    from privacy_audit.imports.context import ReadContext, detect
    from privacy_audit.imports.readers import READERS

    if tables is None:
        tables = _tables_for(content_root)
    source = open_source(Path(path), limits)
    try:
        platform, fmt = detect(source, tables)
        meter = Meter(0, progress, cancelled)
        ctx = ReadContext(source, platform, fmt, limits, meter)
        try:
            findings = READERS[platform.platform](ctx)
        except (MemoryError, RecursionError):
            raise DownloadRefused("too_deep") from None
        meter.add(0)
        by_id = {f.id: f for f in platform.formats}
        for f in platform.formats:
            if f.record_key and f.record_key in ctx.record_keys_seen:
                fmt = f
                break
        else:
            if ctx.version_hint in by_id:
                fmt = by_id[ctx.version_hint]
        html = ctx.html_only()
        if html:
            findings.append(
                Finding(
                    "html_only",
                    None,
                    params={
                        "sections": ", ".join(html),
                        "hint_en": platform.html_hint.en,
                        "hint_es": platform.html_hint.es,
                    },
                )
            )
        return ImportResult(
            platform=platform.platform,
            platform_name=platform.name,
            format_version=fmt.id,
            format_name=fmt.name.en,
            format_name_es=fmt.name.es,
            findings=tuple(findings),
            read=tuple(ctx.read),
            unreadable=tuple(ctx.unreadable),
            missing=ctx.missing(),
            html_only=html,
            entries_read=ctx.entries_read,
            bytes_read=meter.done,
        )
    except OSError as exc:
        raise DownloadRefused("unreadable", reason=exc.strerror or type(exc).__name__) from None
    finally:
        source.close()
