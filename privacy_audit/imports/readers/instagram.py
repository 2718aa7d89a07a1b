"""Instagram (2021-22 flat, 2023-25 Accounts Center layout, label_values records).

Structures: exports-structure.md §2. Labels inside records are localised: the tables list
the labels compared with. Meta's mojibake is repaired before this sees a record.
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
    dig,
    distinct,
    listed_threads,
    read_ok,
)


def _smd(rec: Any, labels: tuple[str, ...], ctx: ReadContext | None = None) -> Any:
    """The value (or timestamp) of the first of *labels* in a record's string_map_data
    (labels and value repaired of Meta's mojibake when *ctx* is given)."""
    smd = as_dict(as_dict(rec).get("string_map_data"))
    if ctx is not None:
        smd = as_dict(ctx.fix(smd))
    for label in labels:
        if label in smd:
            item = as_dict(smd[label])
            return item.get("value", item.get("timestamp"))
    return None


def _gps(media: Any) -> bool:
    meta = as_dict(as_dict(media).get("media_metadata"))
    for kind in ("photo_metadata", "video_metadata"):
        for exif in as_list(as_dict(meta.get(kind)).get("exif_data")):
            exif = as_dict(exif)
            if exif.get("latitude") is not None and exif.get("longitude") is not None:
                return True
    return False


def _relation_count(ctx: ReadContext, sid: str) -> Span:
    span = Span()
    for rec in ctx.records(sid):
        for item in as_list(as_dict(rec).get("string_list_data")) or [{}]:
            span.add(as_dict(item).get("timestamp"))
    return span


def read(ctx: ReadContext) -> list[Finding]:
    out: list[Finding] = []
    email_l, phone_l = ctx.labels("email"), ctx.labels("phone")
    emails = Capped()
    phones = Capped()
    private: bool | None = None
    for rec in ctx.records("personal"):
        emails.append(_smd(rec, email_l, ctx))
        phones.append(_smd(rec, phone_l, ctx))
        flag = _smd(rec, ctx.labels("private"), ctx)
        if isinstance(flag, str):
            if flag in ctx.labels("true_values"):
                private = True
            elif flag in ctx.labels("false_values"):
                private = False
    for rec in ctx.records("signup"):
        emails.append(_smd(rec, email_l, ctx))
        phones.append(_smd(rec, phone_l, ctx))
    out += contact_findings(
        emails,
        phones,
        email_question=None,
        phone_question="ig_phone",
        phone_yes="yes",
        phone_no="no",
        phones_known=read_ok(ctx, "personal"),
    )
    if private is not None:
        out.append(
            Finding(
                "private_account" if private else "public_account",
                "ig_account_private",
                propose="private" if private else "public",
            )
        )

    if ctx.has("followers"):
        out += ctx.keep(
            "followers",
            Finding.counted("followers", "ig_account_private", _relation_count(ctx, "followers")),
        )
    if ctx.has("following"):
        out += ctx.keep(
            "following",
            Finding.counted("following", "ig_account_private", _relation_count(ctx, "following")),
        )
    if ctx.has("contacts"):
        contacts = count(ctx, "contacts")
        if read_ok(ctx, "contacts"):
            out += ctx.keep(
                "contacts",
                Finding.counted(
                    "contacts", "ig_contacts_sync", contacts, "yes" if contacts.count else "no"
                ),
            )

    if ctx.has("posts"):
        posts = Span()
        gps = Span()
        for rec in ctx.records("posts"):
            rec = as_dict(rec)
            media = as_list(rec.get("media"))
            when = rec.get("creation_timestamp") or dig(
                media[0] if media else {}, "creation_timestamp"
            )
            posts.add(when)
            if any(_gps(m) for m in media):
                gps.add(when)
        out += ctx.keep("posts", Finding.counted("posts", "ig_account_private", posts))
        if gps.count:
            out += ctx.keep("posts", Finding.counted("photo_locations", "ig_location_tags", gps))

    if ctx.has("comments"):
        comments = Span()
        for rec in ctx.records("comments"):
            rec = as_dict(rec)
            when = _smd(rec, ctx.labels("time"), ctx)
            if when is None:
                when = dig(as_list(rec.get("string_list_data"))[:1] or [{}], "timestamp")
            comments.add(when)
        out += ctx.keep("comments", Finding.counted("comments", "ig_public_activity", comments))
    if ctx.has("likes"):
        out += ctx.keep(
            "likes", Finding.counted("likes", "ig_public_activity", _relation_count(ctx, "likes"))
        )

    if ctx.has("logins"):
        logins = Span()
        ips = Distinct()
        for rec in ctx.records("logins"):
            smd = as_dict(as_dict(rec).get("string_map_data"))
            t = _smd(rec, ctx.labels("time"), ctx)
            logins.add(t if t is not None else as_dict(rec).get("title"))
            ips.append(_smd({"string_map_data": smd}, ctx.labels("ip"), ctx))
        out += ctx.keep("logins", Finding.counted("logins", None, logins))
        out += ctx.keep("logins", Finding("login_ips", None, count=distinct(ips)))

    if ctx.has("messages"):
        n = listed_threads(ctx, "messages")
        out.append(Finding("message_threads", "ig_dms", count=n, propose="yes" if n else None))
    if any(True for rec in ctx.records("last_location") if rec):
        out.append(Finding("last_known_location", None))
    if any(True for rec in ctx.records("based_in") if rec):
        out.append(Finding("inferred_location", None))
    return out
