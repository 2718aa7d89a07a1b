"""Each format version reads into the expected findings (synthetic archives, real layouts)."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import dl_synth as synth
import pytest

from privacy_audit.content import Content
from privacy_audit.imports import ImportResult, read_download
from privacy_audit.imports.findings import to_epoch
from privacy_audit.imports.stream import fix_mojibake


def by_id(r: ImportResult, fid: str, question: str | None = "*") -> list[dict[str, object]]:
    return [
        f.to_json()
        for f in r.findings
        if f.id == fid and (question == "*" or f.question == question)
    ]


def one(r: ImportResult, fid: str) -> dict[str, object]:
    found = by_id(r, fid)
    assert len(found) == 1, (fid, [f.id for f in r.findings])
    return found[0]


def check_proposals(r: ImportResult, content: Content) -> None:
    for qid, oid in r.proposals().items():
        assert (qid, oid) in content.options, (qid, oid)
        assert content.question_platform[qid] == r.platform
    for f in r.findings:
        if f.question is not None:
            assert f.question in content.questions, f.question


@pytest.mark.parametrize(
    ("build", "version"),
    [
        (synth.facebook_2022, "2021-22"),
        (synth.facebook_2024, "2023-25"),
        (synth.facebook_label_values, "2025-26"),
    ],
)
def test_facebook_versions(tmp_path: Path, build: object, version: str, content: Content) -> None:
    r = read_download(build(tmp_path))  # type: ignore[operator]
    assert (r.platform, r.format_version) == ("facebook", version)
    assert one(r, "emails")["values"] == [synth.OWN_EMAIL, "ana.old@example.org"]
    assert one(r, "phones")["values"] == [synth.OWN_PHONE]
    assert one(r, "phones")["question"] == "fb_phone_visible"
    assert one(r, "posts")["count"] == 3
    assert (one(r, "posts")["first"], one(r, "posts")["last"]) == ("2020-09-13", "2023-11-14")
    assert one(r, "checkins")["count"] == 1
    assert one(r, "friends")["count"] == 3
    assert one(r, "contacts")["count"] == 2
    assert one(r, "reactions")["count"] == 2
    assert one(r, "message_threads")["count"] == 1
    assert one(r, "login_ips")["count"] == 2
    assert one(r, "account_created")["first"] == "2020-09-13"
    assert r.proposals()["fb_contacts_upload"] == "yes"
    # label_values (2025-26): three events in the "Eventos" vector; older: two event records
    assert one(r, "offsite_events")["count"] == (3 if version == "2025-26" else 2)
    check_proposals(r, content)


def test_instagram_2022(tmp_path: Path, content: Content) -> None:
    r = read_download(synth.instagram_2022(tmp_path))
    assert (r.platform, r.format_version) == ("instagram", "2021-22")
    assert r.proposals() == {
        "ig_phone": "yes",
        "ig_account_private": "private",
        "ig_contacts_sync": "yes",
        "ig_dms": "yes",
    }
    assert one(r, "followers")["count"] == 1
    assert one(r, "following")["count"] == 1
    assert one(r, "photo_locations")["count"] == 1
    assert one(r, "posts")["count"] == 2
    check_proposals(r, content)


def test_instagram_2025_spanish_labels_bare_lists(tmp_path: Path, content: Content) -> None:
    r = read_download(synth.instagram_2025(tmp_path))
    assert (r.platform, r.format_version) == ("instagram", "2024-25")
    # "Cuenta privada": "False" (Spanish label), contacts file present and empty -> "no"
    assert r.proposals()["ig_account_private"] == "public"
    assert r.proposals()["ig_contacts_sync"] == "no"
    assert one(r, "followers")["count"] == 2  # a bare list in 2025
    assert one(r, "emails")["values"] == [synth.OWN_EMAIL]
    assert one(r, "phones")["values"] == [synth.OWN_PHONE]  # from signup_details.json
    check_proposals(r, content)


@pytest.mark.parametrize(
    ("old", "lang", "version", "points"),
    [
        (False, "en", "takeout-iso", 3),
        (True, "en", "takeout-ms", 2),
        (False, "es", "takeout-iso", 3),
    ],
)
def test_google_takeout(
    tmp_path: Path, old: bool, lang: str, version: str, points: int, content: Content
) -> None:
    r = read_download(synth.google_takeout(tmp_path, old=old, lang=lang))
    assert (r.platform, r.format_version) == ("google", version)
    assert one(r, "location_points")["count"] == points
    assert one(r, "timeline_visits")["count"] == (1 if old else 2)
    if old:  # epoch milliseconds as text, 2017
        assert one(r, "location_points")["first"] == "2017-01-09"
    assert one(r, "activity")["count"] == 2  # YouTube's own activity is not "Web & App"
    assert one(r, "activity_located")["count"] == 1
    assert one(r, "yt_history")["count"] == 2
    assert one(r, "yt_comments")["count"] == 1
    assert one(r, "yt_subscriptions")["count"] == 2
    assert r.proposals() == {"g_gmail": "yes", "g_activity_q": "on", "g_yt_comment": "yes"}
    assert one(r, "timeline_web")["question"] == "g_timeline_q"
    check_proposals(r, content)


def test_device_timeline_single_file(tmp_path: Path, content: Content) -> None:
    path = synth.device_timeline(tmp_path)
    r = read_download(path)
    assert (r.platform, r.format_version) == ("google", "device-timeline")
    assert one(r, "timeline_visits")["count"] == 2
    assert one(r, "location_points")["count"] == 2  # a timelinePath point, a raw position
    assert r.proposals() == {"g_timeline_q": "device"}
    # A renamed file is still known by its keys.
    renamed = tmp_path / "mi-cronologia.json"
    renamed.write_bytes(path.read_bytes())
    assert read_download(renamed).platform == "google"
    check_proposals(r, content)


def test_x_archive(tmp_path: Path, content: Content) -> None:
    r = read_download(synth.x_archive(tmp_path))
    assert (r.platform, r.format_version) == ("x", "2022-25")
    assert one(r, "posts")["count"] == 2
    assert (one(r, "posts")["first"], one(r, "posts")["last"]) == ("2017-01-02", "2023-08-12")
    assert r.proposals() == {"x_phone_q": "yes", "x_loc_q": "yes", "x_dm_q": "regular"}
    assert one(r, "contacts")["count"] == 1
    assert one(r, "logins")["count"] == 2
    check_proposals(r, content)


def test_x_archive_old_layout_at_root(tmp_path: Path) -> None:
    files = {
        "account.js": synth.ytd("account", [{"account": {"email": synth.OWN_EMAIL}}]),
        "tweet.js": synth.ytd(
            "tweet", [{"tweet": {"created_at": "Mon Jan 02 10:00:00 +0000 2017"}}]
        ),
    }
    r = read_download(synth.write_zip(tmp_path / "twitter.zip", files))
    assert (r.platform, r.format_version) == ("x", "2019-21")
    assert one(r, "posts")["count"] == 1


@pytest.mark.parametrize(
    ("doc", "name", "version", "private"),
    [
        (synth.tiktok_2022(), "user_data.json", "2022", "public"),
        (synth.tiktok_2024(), "user_data_tiktok.json", "2024-25", "private"),
    ],
)
def test_tiktok(
    tmp_path: Path, doc: dict[str, object], name: str, version: str, private: str, content: Content
) -> None:
    r = read_download(synth.tiktok_zip(tmp_path, doc, name))
    assert (r.platform, r.format_version) == ("tiktok", version)
    assert r.proposals()["tt_account_private"] == private
    assert one(r, "emails")["values"] == [synth.OWN_EMAIL]
    assert one(r, "followers")["count"] == 1
    if version == "2022":
        assert one(r, "message_threads")["count"] == 1
        assert one(r, "no_phone")["count"] == 0  # "None" is TikTok's empty value
    else:
        assert one(r, "geo_posts")["count"] == 1  # "Location": "None" is not a place
        assert not by_id(r, "message_threads")
    check_proposals(r, content)


def test_tiktok_single_file(tmp_path: Path) -> None:
    path = tmp_path / "user_data_tiktok.json"
    path.write_text(json.dumps(synth.tiktok_2024()), encoding="utf-8")
    r = read_download(path)
    assert (r.platform, r.format_version) == ("tiktok", "2024-25")


# -- quirks -----------------------------------------------------------------------------------


def test_meta_mojibake_is_repaired(tmp_path: Path) -> None:
    assert fix_mojibake(synth.meta("Muñoz 😀")) == "Muñoz 😀"
    assert fix_mojibake({synth.meta("Reacción"): [synth.meta("ñ")]}) == {"Reacción": ["ñ"]}
    assert fix_mojibake("Ã real text ñ") == "Ã real text ñ"  # not a slip: kept
    # A mojibake label in a label_values record is compared after repair: the Spanish
    # "Eventos" label counts the three off-Meta events.
    r = read_download(synth.facebook_label_values(tmp_path))
    assert one(r, "offsite_events")["count"] == 3
    files = synth._fb_common("", "2022")
    files["profile_information/profile_information.json"] = synth.meta_json(
        {"profile_v2": {"emails": {"emails": ["josé@example.org"]}}}
    )
    r = read_download(synth.write_zip(tmp_path / "fb.zip", files))
    assert one(r, "emails")["values"] == ["josé@example.org"]


def test_x_and_tiktok_text_is_never_repaired(tmp_path: Path) -> None:
    odd = "josÃ©@example.org"  # real UTF-8 text that happens to look like mojibake
    r = read_download(synth.x_archive(tmp_path, email=odd))
    assert one(r, "emails")["values"] == [odd]
    doc = synth.tiktok_2022()
    doc["Profile"]["Profile Information"]["ProfileMap"]["emailAddress"] = odd  # type: ignore[index]
    r = read_download(synth.tiktok_zip(tmp_path, doc))
    assert one(r, "emails")["values"] == [odd]


def test_missing_and_empty_files_never_stop_the_rest(tmp_path: Path, content: Content) -> None:
    files = synth._fb_common("", "2022")
    del files["friends_and_followers/friends.json"]
    files["posts/your_posts_1.json"] = b""  # empty file: present, holding nothing
    files["comments_and_reactions/comments.json"] = b"{not json"  # broken: skipped
    files["groups/your_group_membership_activity.json"] = b'{"groups_joined_v2": []}'
    files["no_data.txt"] = b"You have no data in this section"
    r = read_download(synth.write_zip(tmp_path / "fb.zip", files))
    assert "friends" in r.missing
    assert "comments" in r.unreadable
    assert one(r, "posts")["count"] == 0
    assert not by_id(r, "friends")
    assert not by_id(r, "comments")
    assert one(r, "contacts")["count"] == 2  # the rest is read
    assert r.proposals()["fb_groups"] == "none"  # read, and empty
    assert "fb_public_activity" not in r.proposals()  # comments unreadable: no guess
    check_proposals(r, content)


def test_renamed_apostrophes_and_top_folder(tmp_path: Path) -> None:
    files = synth._fb_common("facebook-x-2024/", "2024")
    files["facebook-x-2024/your_places/places_you_ve_created.json"] = synth.meta_json(
        {"your_places_v2": [{"name": "Casa", "creation_timestamp": synth.T1}]}
    )
    r = read_download(synth.write_zip(tmp_path / "fb.zip", files))
    assert one(r, "checkins")["count"] == 2  # one post with a place, one place created


def test_folder_input_reads_the_same(tmp_path: Path) -> None:
    archive = synth.facebook_2024(tmp_path)
    folder = tmp_path / "unzipped"
    with zipfile.ZipFile(archive) as zf:
        zf.extractall(folder)  # the test unzips; Huella never does
    a = read_download(archive)
    b = read_download(folder)
    assert [f.to_json() for f in a.findings] == [f.to_json() for f in b.findings]
    assert b.format_version == "2023-25"


def test_google_html_part_says_how_to_request_json(tmp_path: Path) -> None:
    files = {
        "Takeout/Profile/Profile.json": json.dumps({"emails": [{"value": "a@example.org"}]}),
        "Takeout/My Activity/Search/MyActivity.html": "<html></html>",
    }
    r = read_download(synth.write_zip(tmp_path / "takeout.zip", files))
    assert r.html_only == ("my_activity",)
    html = one(r, "html_only")
    assert "Multiple formats" in str(html["text"]["en"])  # type: ignore[index]
    assert "Varios formatos" in str(html["text"]["es"])  # type: ignore[index]


def test_timestamps_of_every_style() -> None:
    same = [
        1_700_000_000,
        "1700000000000",
        1_700_000_000_000,
        "2023-11-14T22:13:20Z",
        "2023-11-14T22:13:20.000+00:00",
        "Tue Nov 14 22:13:20 +0000 2023",
        "2023-11-14 22:13:20 UTC",
        "2023-11-14 22:13:20",
    ]
    assert {to_epoch(v) for v in same} == {1_700_000_000.0}
    assert to_epoch("None") is None
    assert to_epoch(True) is None
    assert to_epoch(5) is None  # 1970: not a plausible activity date
