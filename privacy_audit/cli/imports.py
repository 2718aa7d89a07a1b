"""``privacy-audit import PATH [--json]``: read a data download offline, print the findings.

Exit 0 when the download was read; 2, with one clear line, when it was refused (not a data
download, damaged, hostile, HTML only). Nothing is written anywhere: the answers are not
changed from the command line (the app asks the person to review and confirm first).
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from privacy_audit.cli import add_lang


def import_(p: argparse.ArgumentParser) -> None:
    """``import``: read a data download offline and print what it shows."""
    p.description = (
        "Read a data download from Facebook, Instagram, Google (Takeout or the Timeline "
        "file from your phone), X or TikTok, offline. Nothing is extracted, copied or "
        "saved: only counts, dates and your own emails and phone numbers are shown."
    )
    p.add_argument("path", metavar="PATH", help="the .zip file, the unzipped folder, or one .json")
    p.add_argument(
        "--json",
        action="store_true",
        help="print the platform id, format version and findings as JSON",
    )
    add_lang(p)
    p.set_defaults(func=cmd_import)


def cmd_import(args: argparse.Namespace) -> int:
    from privacy_audit.imports import read_download
    from privacy_audit.updates.state import content_in_use

    content = content_in_use()  # the guides in use: an applied pack may carry newer tables
    result = read_download(args.path, content_root=content.root)
    if args.json:
        json.dump(result.to_json(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    sys.stdout.write(render_text(result, args.lang, dict(content.questions)))
    return 0


def render_text(result: Any, lang: str, questions: dict[str, Any]) -> str:
    """The findings grouped by question, in the content's words."""
    from privacy_audit.imports import strings

    lines = [
        strings.t(
            "read_summary",
            lang,
            platform=result.platform_name,
            format=result.format_label(lang),
            read=len(result.read),
            missing=len(result.missing),
        ),
        strings.t("nothing_kept", lang),
    ]
    if result.unreadable:
        lines.append(strings.t("unreadable", lang, sections=", ".join(result.unreadable)))
    groups: dict[str | None, list[Any]] = {}
    for f in result.findings:
        groups.setdefault(f.question, []).append(f)
    proposals = result.proposals()
    for qid, found in sorted(groups.items(), key=lambda kv: kv[0] is None):
        lines.append("")
        q = questions.get(qid) if qid else None
        if qid is None:
            lines.append(strings.t("about_account", lang))
        else:
            lines.append(q.text.get(lang) if q is not None else qid)
        lines += [f"  - {f.text(lang)}" for f in found]
        oid = proposals.get(qid) if qid else None
        if oid:
            label = oid
            if q is not None:
                label = next((o.text.get(lang) for o in q.options if o.id == oid), oid)
            lines.append("  " + strings.t("proposed", lang, option=label))
    return "\n".join(lines) + "\n"
