"""The X (Twitter) archive: ``window.YTD.<name>.part0 = [...]`` data files.

Structures: exports-structure.md §3. The text is real UTF-8 and is never "repaired".
"""

from __future__ import annotations

from privacy_audit.imports.context import ReadContext
from privacy_audit.imports.findings import Finding, Span
from privacy_audit.imports.readers.common import (
    Capped,
    Distinct,
    as_dict,
    contact_findings,
    dig,
    distinct,
    read_ok,
)


def _span(ctx: ReadContext, sid: str, wrapper: str, *when: str) -> Span:
    span = Span()
    for rec in ctx.records(sid):
        inner = as_dict(as_dict(rec).get(wrapper))
        span.add(next((inner[k] for k in when if inner.get(k) is not None), None))
    return span


def read(ctx: ReadContext) -> list[Finding]:
    out: list[Finding] = []
    emails = Capped()
    phones = Capped()
    created = Span()
    for rec in ctx.records("account"):
        acc = as_dict(as_dict(rec).get("account"))
        emails.append(acc.get("email"))
        phones.append(acc.get("phoneNumber"))
        created.see(acc.get("createdAt"))
    for rec in ctx.records("phone"):
        phones.append(dig(rec, "device", "phoneNumber"))
    for rec in ctx.records("email_changes"):
        change = as_dict(dig(rec, "emailAddressChange", "emailChange"))
        emails += [change.get("changedTo"), change.get("changedFrom")]
    out += contact_findings(
        emails,
        phones,
        email_question="x_find_q",
        phone_question="x_phone_q",
        phone_yes="yes",
        phone_no="no",
        phones_known=read_ok(ctx, "phone"),
    )
    if created.first:
        out.append(Finding("account_created", None, first=created.first))

    if ctx.has("tweets"):
        tweets = Span()
        geo = Span()
        for rec in ctx.records("tweets"):
            tw = as_dict(as_dict(rec).get("tweet"))
            tweets.add(tw.get("created_at"))
            if tw.get("geo") or tw.get("coordinates") or tw.get("place"):
                geo.add(tw.get("created_at"))
        out += ctx.keep("tweets", Finding.counted("posts", "x_posts_q", tweets))
        if geo.count:
            out += ctx.keep("tweets", Finding.counted("geo_posts", "x_loc_q", geo, "yes"))
    if ctx.has("likes"):
        out += ctx.keep("likes", Finding.counted("likes", None, _span(ctx, "likes", "like")))
    if ctx.has("followers"):
        out += ctx.keep(
            "followers",
            Finding.counted("followers", "x_posts_q", _span(ctx, "followers", "follower")),
        )
    if ctx.has("following"):
        out += ctx.keep(
            "following",
            Finding.counted("following", "x_posts_q", _span(ctx, "following", "following")),
        )
    if ctx.has("direct_messages"):
        n = sum(1 for rec in ctx.records("direct_messages") if rec)
        out += ctx.keep(
            "direct_messages",
            Finding("message_threads", "x_dm_q", count=n, propose="regular" if n else None),
        )
    if ctx.has("contacts"):
        n = sum(1 for rec in ctx.records("contacts") if rec)
        out += ctx.keep("contacts", Finding("contacts", None, count=n))
    if ctx.has("ip_audit"):
        logins = Span()
        ips = Distinct()
        for rec in ctx.records("ip_audit"):
            audit = as_dict(as_dict(rec).get("ipAudit"))
            logins.add(audit.get("createdAt"))
            ips.append(audit.get("loginIp"))
        out += ctx.keep("ip_audit", Finding.counted("logins", None, logins))
        out += ctx.keep("ip_audit", Finding("login_ips", None, count=distinct(ips)))
    return out
