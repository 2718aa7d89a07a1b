"""Google Takeout (profile, Location History, Semantic Location History, My Activity,
YouTube) and the Timeline.json a phone exports.

Structures: exports-structure.md §4. Timestamps are ISO (``...Z``) or, in older files,
epoch milliseconds in ``timestampMs`` / ``startTimestampMs``; both are read.
"""

from __future__ import annotations

from typing import Any

from privacy_audit.imports.context import ReadContext
from privacy_audit.imports.findings import Finding, Span, own_values
from privacy_audit.imports.readers.common import Capped, as_dict, as_list, dig, read_ok


def _first_time(rec: dict[str, Any], *keys: str) -> Any:
    for k in keys:
        if rec.get(k) is not None:
            return rec[k]
    return None


def read(ctx: ReadContext) -> list[Finding]:
    out: list[Finding] = []
    emails = Capped()
    for rec in ctx.records("profile"):
        for e in as_list(as_dict(rec).get("emails")):
            emails.append(as_dict(e).get("value"))
    own = own_values(emails)
    if own:
        out.append(Finding("emails", None, count=len(own), values=own))
        if any(e.casefold().endswith(("@gmail.com", "@googlemail.com")) for e in own):
            out.append(Finding("gmail", "g_gmail", propose="yes"))

    # -- location: Takeout (on Google's servers) ---------------------------------------------
    points = Span()
    styles: set[str] = set()
    for rec in ctx.records("records"):
        rec = as_dict(rec)
        points.add(_first_time(rec, "timestamp", "timestampMs"))
        styles.add("takeout-ms" if "timestampMs" in rec else "takeout-iso")
    visits = Span()
    for rec in ctx.records("semantic"):
        rec = as_dict(rec)
        seg = as_dict(rec.get("placeVisit") or rec.get("activitySegment"))
        dur = as_dict(seg.get("duration"))
        visits.add(_first_time(dur, "startTimestamp", "startTimestampMs"))
        visits.see(_first_time(dur, "endTimestamp", "endTimestampMs"))
        styles.add("takeout-ms" if "startTimestampMs" in dur else "takeout-iso")
    if styles:
        # Both styles in one download: the older one names it (it was never converted).
        ctx.version_hint = "takeout-ms" if "takeout-ms" in styles else "takeout-iso"
    if points.count or visits.count:
        # Timeline now lives on the phone (the content's options); old server-side history in
        # a Takeout is shown as evidence, and the person answers for today.
        out.append(Finding("timeline_web", "g_timeline_q"))
    if points.count:
        out.append(Finding.counted("location_points", "g_timeline_q", points))
    if visits.count:
        out.append(Finding.counted("timeline_visits", "g_timeline_q", visits))

    # -- location: the Timeline file exported from the phone ---------------------------------
    dev_visits = Span()
    dev_points = Span()
    for _entry, key, rec in ctx.keyed("device_timeline"):
        rec = as_dict(rec)
        if key == "semanticSegments":
            dev_visits.add(rec.get("startTime"))
            dev_visits.see(rec.get("endTime"))
            for p in as_list(rec.get("timelinePath")):
                dev_points.add(as_dict(p).get("time"))
        else:
            dev_points.add(
                dig(rec, "position", "timestamp") or dig(rec, "activityRecord", "timestamp")
            )
    if dev_visits.count or dev_points.count:
        ctx.version_hint = "device-timeline"
        out.append(Finding("timeline_device", "g_timeline_q", propose="device"))
        if dev_visits.count:
            out.append(Finding.counted("timeline_visits", "g_timeline_q", dev_visits))
        if dev_points.count:
            out.append(Finding.counted("location_points", "g_timeline_q", dev_points))

    # -- My Activity and YouTube ---------------------------------------------------------------
    activity = Span()
    located = Span()
    yt = Span()
    youtube = {p.casefold() for p in ctx.labels("youtube_products")}
    for entry, _key, rec in ctx.keyed("my_activity"):
        rec = as_dict(rec)
        product = entry.parts[-2] if len(entry.parts) > 1 else ""
        if product in youtube:
            yt.add(rec.get("time"))
            continue
        activity.add(rec.get("time"))
        if as_list(rec.get("locationInfos")):
            located.add(rec.get("time"))
    for rec in ctx.records("yt_history"):
        yt.add(as_dict(rec).get("time"))
    if activity.count:
        out.append(Finding.counted("activity", "g_activity_q", activity, "on"))
        if located.count:
            out.append(Finding.counted("activity_located", "g_activity_q", located))
    if yt.count:
        out.append(Finding.counted("yt_history", None, yt))

    if ctx.has("yt_comments"):
        comments = Span()
        for row in ctx.records("yt_comments"):
            row = as_dict(row)
            stamp = next((v for k, v in row.items() if "timestamp" in str(k).casefold()), None)
            comments.add(stamp)
        if read_ok(ctx, "yt_comments"):
            out += ctx.keep(
                "yt_comments",
                Finding.counted(
                    "yt_comments", "g_yt_comment", comments, "yes" if comments.count else "no"
                ),
            )
    if ctx.has("yt_subscriptions"):
        subs = Span()
        for _row in ctx.records("yt_subscriptions"):
            subs.add()
        out += ctx.keep(
            "yt_subscriptions", Finding.counted("yt_subscriptions", "g_yt_subs_q", subs)
        )
    return out
