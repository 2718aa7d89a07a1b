"""TikTok: one JSON file, ``user_data.json`` (2022) or ``user_data_tiktok.json`` (2024-25).

Structures: exports-structure.md §5. Plain UTF-8 (never "repaired"); empty sections are
``{}`` or null, and missing profile fields hold the text ``"None"``.
"""

from __future__ import annotations

from privacy_audit.imports.context import ReadContext
from privacy_audit.imports.findings import Finding, Span
from privacy_audit.imports.readers.common import (
    Capped,
    Distinct,
    as_dict,
    contact_findings,
    distinct,
    read_ok,
)

_NEW_TOPS = (
    "Your Activity",
    "Profile And Settings",
    "Likes and Favorites",
    "Post.",
    "Direct Message.",
)


def _span(ctx: ReadContext, sid: str) -> Span:
    span = Span()
    for _e, key, rec in ctx.keyed(sid):
        _note_version(ctx, key)
        rec = as_dict(rec)
        span.add(rec.get("Date", rec.get("date")))
    return span


def _note_version(ctx: ReadContext, key: str) -> None:
    if not ctx.version_hint:
        ctx.version_hint = "2024-25" if key.startswith(_NEW_TOPS) else "2022"


def read(ctx: ReadContext) -> list[Finding]:
    out: list[Finding] = []
    emails = Capped()
    phones = Capped()
    profile_seen = False
    for _e, key, rec in ctx.keyed("profile"):
        _note_version(ctx, key)
        rec = as_dict(rec)
        profile_seen = profile_seen or bool(rec)
        emails.append(rec.get("emailAddress"))
        phones.append(rec.get("telephoneNumber"))
    out += contact_findings(
        emails,
        phones,
        email_question=None,
        phone_question="tt_suggest",
        phones_known=profile_seen and read_ok(ctx, "profile"),
    )
    for _e, key, rec in ctx.keyed("settings"):
        _note_version(ctx, key)
        flag = as_dict(rec).get("Private Account")
        if flag in ctx.labels("private_on"):
            out.append(Finding("private_account", "tt_account_private", propose="private"))
        elif flag in ctx.labels("private_off"):
            out.append(Finding("public_account", "tt_account_private", propose="public"))

    logins = Span()
    ips = Distinct()
    for _e, key, rec in ctx.keyed("logins"):
        _note_version(ctx, key)
        rec = as_dict(rec)
        logins.add(rec.get("Date", rec.get("date")))
        ips.append(rec.get("IP", rec.get("ip")))
    if logins.count:
        out.append(Finding.counted("logins", None, logins))
        out.append(Finding("login_ips", None, count=distinct(ips)))

    videos = Span()
    placed = Span()
    for _e, key, rec in ctx.keyed("videos"):
        _note_version(ctx, key)
        rec = as_dict(rec)
        when = rec.get("Date", rec.get("date"))
        videos.add(when)
        loc = rec.get("Location")
        if isinstance(loc, str) and loc.strip() and loc.strip() != "None":
            placed.add(when)
    if videos.count:
        out.append(Finding.counted("videos", "tt_account_private", videos))
    if placed.count:
        out.append(Finding.counted("geo_posts", "tt_location_tags", placed))

    for sid, fid, question in (
        ("watch", "videos_watched", None),
        ("likes", "likes", None),
        ("comments", "comments", "tt_comment_public"),
        ("followers", "followers", "tt_account_private"),
        ("following", "following", None),
    ):
        span = _span(ctx, sid)
        if span.count:
            out.append(Finding.counted(fid, question, span))

    threads = sum(1 for _ in ctx.records("messages"))
    if threads:
        out.append(Finding("message_threads", "tt_dms", count=threads, propose="yes"))
    return out
