"""Facebook (2021-22 flat, 2023-25 Accounts Center, 2025-26 label_values records).

Structures: exports-structure.md §1. Meta's mojibake is repaired before this sees a record.
"""

from __future__ import annotations

from typing import Any

from privacy_audit.imports.context import ReadContext
from privacy_audit.imports.findings import Finding, Span
from privacy_audit.imports.readers.common import (
    Capped,
    Distinct,
    as_dict,
    as_list,
    contact_findings,
    count,
    distinct,
    listed_threads,
    read_ok,
)


def _has_place(post: dict[str, Any]) -> bool:
    for att in as_list(post.get("attachments")):
        for d in as_list(as_dict(att).get("data")):
            if isinstance(d, dict) and isinstance(d.get("place"), dict):
                return True
    return False


def _label_vec_len(ctx: ReadContext, rec: dict[str, Any], labels: tuple[str, ...]) -> int:
    n = 0
    for lv in as_list(rec.get("label_values")):
        lv = as_dict(lv)
        if ctx.fix(lv.get("label")) in labels:
            n += len(as_list(lv.get("vec")) or as_list(lv.get("dict")))
    return n


def read(ctx: ReadContext) -> list[Finding]:
    out: list[Finding] = []

    # -- the person's own emails and phone numbers -----------------------------------------
    emails = Capped()
    phones = Capped()
    created = Span()
    for rec in ctx.records("profile"):
        rec = as_dict(rec)
        em = as_dict(rec.get("emails"))
        for k in ("emails", "previous_emails", "pending_emails", "ad_account_emails"):
            emails += as_list(em.get(k))
        phones += [as_dict(p).get("phone_number") for p in as_list(rec.get("phone_numbers"))]
        created.see(rec.get("registration_timestamp"))
    for rec in ctx.records("autofill"):
        rec = as_dict(rec)
        emails += as_list(rec.get("EMAIL")) + as_list(rec.get("WORK_EMAIL"))
        phones += as_list(rec.get("PHONE"))
    for rec in ctx.records("accounts_center"):
        rec = as_dict(rec)
        emails.append(rec.get("email"))
        phones.append(rec.get("phone_number"))
    out += contact_findings(
        ctx.fix(emails),
        ctx.fix(phones),
        email_question="fb_lookup",
        phone_question="fb_phone_visible",
        phone_no="none",
        phones_known=read_ok(ctx, "profile"),
    )
    if created.first:
        out.append(Finding("account_created", None, first=created.first))

    # -- other people: counted, never listed ------------------------------------------------
    if ctx.has("contacts"):
        contacts = count(ctx, "contacts", "created_timestamp")
        if read_ok(ctx, "contacts"):
            out += ctx.keep(
                "contacts",
                Finding.counted(
                    "contacts", "fb_contacts_upload", contacts, "yes" if contacts.count else "no"
                ),
            )
    if ctx.has("friends"):
        friends = count(ctx, "friends", "timestamp")
        out += ctx.keep("friends", Finding.counted("friends", "fb_friends_list", friends))

    # -- posts, places ----------------------------------------------------------------------
    posts = Span()
    places = Span()
    for rec in ctx.records("posts"):
        if not isinstance(rec, dict):
            continue
        posts.add(rec.get("timestamp"))
        if _has_place(rec):
            places.add(rec.get("timestamp"))
    for rec in ctx.records("places"):
        places.add(as_dict(rec).get("creation_timestamp"))
    for rec in ctx.records("events"):
        if isinstance(as_dict(rec).get("place"), dict):
            places.add(as_dict(rec).get("start_timestamp"))
    if ctx.has("posts"):
        out += ctx.keep("posts", Finding.counted("posts", "fb_posts_audience", posts))
    if places.count:
        out.append(Finding.counted("checkins", "fb_checkins", places))

    # -- comments, reactions, groups --------------------------------------------------------
    comments = count(ctx, "comments", "timestamp")
    reactions = count(ctx, "reactions", "timestamp")
    quiet = (
        read_ok(ctx, "comments")
        and read_ok(ctx, "reactions")
        and not comments.count
        and not reactions.count
    )
    if ctx.has("comments"):
        out += ctx.keep(
            "comments",
            Finding.counted("comments", "fb_public_activity", comments, "no" if quiet else None),
        )
    if ctx.has("reactions"):
        out += ctx.keep(
            "reactions",
            Finding.counted("reactions", "fb_public_activity", reactions, "no" if quiet else None),
        )
    if ctx.has("groups"):
        groups = count(ctx, "groups", "timestamp")
        none = read_ok(ctx, "groups") and not groups.count
        out += ctx.keep(
            "groups", Finding.counted("groups", "fb_groups", groups, "none" if none else None)
        )

    # -- messages: conversations counted by folder, never opened ---------------------------
    if ctx.has("messages"):
        n = listed_threads(ctx, "messages")
        out.append(Finding("message_threads", "fb_messages", count=n))

    # -- logins and IP addresses ------------------------------------------------------------
    if ctx.has("logins"):
        logins = Span()
        ips = Distinct()
        for rec in ctx.records("logins"):
            rec = as_dict(rec)
            logins.add(rec.get("timestamp") or rec.get("created_timestamp"))
            ips.append(rec.get("ip_address") or rec.get("ip"))
        out += ctx.keep("logins", Finding.counted("logins", None, logins))
        out += ctx.keep("logins", Finding("login_ips", None, count=distinct(ips)))

    # -- activity off Facebook ----------------------------------------------------------------
    if ctx.has("off_platform"):
        businesses = Span()
        events = Span()
        labels = ctx.labels("events")
        for rec in ctx.records("off_platform"):
            rec = as_dict(rec)
            if not rec:
                continue
            businesses.add()
            if "label_values" in rec:
                events.add(rec.get("timestamp"), n=_label_vec_len(ctx, rec, labels))
                continue
            for ev in as_list(rec.get("events")):
                events.add(as_dict(ev).get("timestamp"))
        out += ctx.keep("off_platform", Finding.counted("offsite_businesses", None, businesses))
        out += ctx.keep("off_platform", Finding.counted("offsite_events", None, events))

    if ctx.has("connected_apps"):
        out += ctx.keep(
            "connected_apps",
            Finding.counted(
                "connected_apps", None, count(ctx, "connected_apps", "added_timestamp")
            ),
        )
    if any(True for rec in ctx.records("primary_location") if rec):
        out.append(Finding("inferred_location", None))
    if ctx.has("searches"):
        out += ctx.keep(
            "searches", Finding.counted("searches", None, count(ctx, "searches", "timestamp"))
        )

    return out
