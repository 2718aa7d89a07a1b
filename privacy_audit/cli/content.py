"""Subcommands over content and scoring: questions, score, catalog, check-content."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from privacy_audit.cli import add_lang
from privacy_audit.content import Content, load_content
from privacy_audit.content.compiled import COMPILED_FILE
from privacy_audit.content.compiled import is_current as compiled_is_current
from privacy_audit.content.loader import write_compiled
from privacy_audit.scoring.answers import load_answers_file
from privacy_audit.scoring.engine import Scorer
from privacy_audit.scoring.present import catalog_json, questions_json, score_json
from privacy_audit.text import effort_label, t, tn
from privacy_audit.updates.state import content_in_use


def questions(p: argparse.ArgumentParser) -> None:
    """``questions``: list every question and its options."""
    add_lang(p)
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_questions)


def score(p: argparse.ArgumentParser) -> None:
    """``score``: score an answers file and print the action plan."""
    p.add_argument("answers", type=Path, metavar="ANSWERS.json")
    add_lang(p)
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_score)


def catalog(p: argparse.ArgumentParser) -> None:
    """``catalog``: every platform, data item and action, with sources."""
    add_lang(p)
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_catalog)


def check_content(p: argparse.ArgumentParser) -> None:
    """``check-content``: validate a content folder (default: the built-in)."""
    p.add_argument("dir", nargs="?", type=Path, metavar="DIR")
    p.add_argument(
        "--compile",
        action="store_true",
        help=f"then write the pre-validated copy the app starts from ({COMPILED_FILE})",
    )
    p.add_argument(
        "--stale",
        action="store_true",
        help="also list every source read from a version older than 12 months, with the "
        "items and steps that rest on it",
    )
    p.add_argument("--today", help=argparse.SUPPRESS)  # tests: a fixed day (YYYY-MM-DD)
    p.set_defaults(func=cmd_check_content)


def _print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def cmd_questions(args: argparse.Namespace) -> int:
    content = content_in_use()
    data = questions_json(content, args.lang)
    if args.json:
        _print_json(data)
        return 0
    current = None
    for q in data["questions"]:
        if q["platform"] != current:
            current = q["platform"]
            name = content.platform_by_id[current].platform.name.get(args.lang)
            print(f"\n== {name} ==")
        print(f"\n[{q['id']}] {q['text']}")
        print(f"    {q['help']}")
        for o in q["options"]:
            print(f"    - {o['id']}: {o['text']}")
    return 0


def format_score_text(content: Content, data: dict[str, Any], lang: str) -> str:
    out: list[str] = []
    out.append(f"{t('overall', lang)}: {t('out_of', lang, score=data['overall'])}")
    if data["band"] is None:
        out.append(f"{t('band', lang)}: —. {data['band_missing']['text']}")
    else:
        out.append(f"{t('band', lang)}: {data['band']['label']}. {data['band']['meaning']}")
    out.append(data["scale"])
    if data["points"]:
        out.append(t("no_judge", lang, pct=data["no_judge_share"]))
    if data["unanswered"]:
        out.append(tn("unanswered", len(data["unanswered"]), lang))
    if data["unsure"]:
        out.append(tn("unsure_count", len(data["unsure"]), lang))
    out.append("")
    out.append(f"== {t('by_tier', lang)} ==")
    for tier in data["tiers"]:
        out.append(f"\n{tier['label']} — {tier['points']:g} {t('points', lang)}")
        if not tier["items"]:
            out.append(f"  {t('nothing_here', lang)}")
        for f in tier["items"]:
            name = content.platform_by_id[f["platform"]].platform.name.get(lang)
            flag = f" ({t('unsure_flag', lang)})" if f["unsure"] else ""
            out.append(f"  - {name}: {f['label']}{flag}")
    out.append("")
    out.append(f"== {t('by_platform', lang)} ==")
    for p in data["platforms"]:
        out.append(f"  {p['name']}: {p['points']:g} {t('points', lang)}")
    out.append("")
    out.append(f"== {t('plan', lang)} ==")
    if not data["plan"]:
        out.append(f"  {t('plan_empty', lang)}")
    before = data["overall"]
    for n, step in enumerate(data["plan"], 1):
        effort = effort_label(step["effort"], lang)
        name = content.platform_by_id[step["platform"]].platform.name.get(lang)
        out.append(f"\n{n}. {name}: {step['title']} ({t('effort', lang)}: {effort})")
        after = step["shown_after"]
        out.append(
            "   "
            + t("step_score", lang, before=before, after=after)
            + (" " + t("under_one_point", lang) if after == before else "")
            + " "
            + t("step_alone", lang, alone=step["shown_if_done_alone"])
        )
        before = after
        if step["what_it_changes"]:
            out.append(f"   {step['what_it_changes']}.")
        if step["caution"]:
            out.append(f"   {step['caution']}")
        if step["staleness"]:
            out.append(f"   {step['staleness']}")
        detail = step["detail"]
        for key, label in (
            ("phone", "phone_steps"),
            ("web", "web_steps"),
            ("other", "other_steps"),
        ):
            if detail["steps"][key]:
                out.append(f"   {t(label, lang)}:")
                out.extend(f"     • {s['text']}" for s in detail["steps"][key])
    out.append("")
    out.append(f"== {t('legal_help', lang)} ==")
    for h in data["legal_help"]:
        out.append(f"  {h['name']}: {h['url']}")
    out.append("")
    out.append(data["disclaimer"])
    return "\n".join(out)


def cmd_score(args: argparse.Namespace) -> int:
    content = content_in_use()
    answers = load_answers_file(args.answers, content)
    data = score_json(Scorer(content), answers, args.lang)
    if args.json:
        _print_json(data)
    else:
        print(format_score_text(content, data, args.lang))
    return 0


def cmd_catalog(args: argparse.Namespace) -> int:
    content = content_in_use()
    data = catalog_json(content, args.lang)
    if args.json:
        _print_json(data)
        return 0
    lang = args.lang
    print(f"== {t('tiers', lang)} ==")
    for tier in data["tiers"]:
        print(f"\n{tier['label']}")
        print(f"  {t('who_signs', lang)}: {tier['who_signs']}")
        print(f"  {t('judge', lang)} {tier['judge']}")
        print(f"  {t('must_comply', lang)} {tier['must_comply']}")
        print(f"  {t('told', lang)} {tier['told']}")
    labels = {tier["id"]: tier["short"] for tier in data["tiers"]}
    for p in data["platforms"]:
        print(f"\n\n==== {p['name']} ====")
        print(p["summary"])
        print(f"{t('notice', lang)} {p['notice']}")
        print(f"{t('encryption', lang)}: {p['encryption']}")
        print(f"\n  {t('items', lang)}:")
        for it in p["items"]:
            flag = f" [{t('unverified', lang)}]" if it["confidence"] != "primary" else ""
            dates = ", ".join(sorted({s["last_verified"] or "?" for s in it["sources"]}))
            verified = t("verified", lang, date=dates)
            print(f"   - {it['label']} -> {labels[it['tier']]}{flag} ({verified})")
        if p["actions"]:
            print(f"\n  {t('actions', lang)}:")
            for a in p["actions"]:
                print(f"   - {a['title']} ({effort_label(a['effort'], lang)})")
    print(f"\n\n== {t('legal_help', lang)} ==")
    for h in data["legal_help"]:
        print(f"  {h['name']}: {h['url']}")
    print(f"\n{data['disclaimer']}")
    return 0


def cmd_check_content(args: argparse.Namespace) -> int:
    content = load_content(args.dir, compiled=False)  # always the TOML, every check
    n_items = len(content.items)
    print(
        f"OK: {len(content.platforms)} platform/section files, {n_items} data items, "
        f"{len(content.questions)} questions, {len(content.actions)} actions, "
        f"{len(content.personas)} personas."
    )
    target = content.root / COMPILED_FILE
    if args.compile:
        write_compiled(content.root)
        print(f"Wrote {target}")
    elif args.dir is None and not compiled_is_current(content.root):
        print(
            f"Note: {target} is out of date, so the app validates the TOML at every start "
            "(slower). Run: privacy-audit check-content --compile"
        )
    if args.stale:
        _print_stale(content, args.today)
    return 0


def _print_stale(content: Content, today: str | None) -> None:
    import datetime as dt

    from privacy_audit.content.stale import STALE_MONTHS, stale_sources

    day = today or dt.date.today().isoformat()
    found = stale_sources(content, day)
    unknown = sum(
        1
        for sources in [content.ladder.sources, *(pf.sources for pf in content.platforms)]
        for s in sources.values()
        if s.as_of in (None, "unknown")
    )
    print(f"\n{len(found)} sources are older than {STALE_MONTHS} months (today: {day}):")
    for s in found:
        where = s.platform or "_ladder"
        print(f"\n  {s.source.as_of}  {where}/{s.source_id}: {s.source.title}")
        print(f"      {s.source.url}")
        if s.items:
            print(f"      items: {', '.join(s.items)}")
        if s.actions:
            print(f"      steps: {', '.join(s.actions)}")
    print(f"\n{unknown} sources have no known date (as_of = unknown): their notes say why.")
