"""Hostile or broken input: one clear sentence, no crash, nothing written."""

from __future__ import annotations

import json
import os
import stat
import tempfile
import zipfile
from pathlib import Path

import dl_synth as synth
import pytest

from privacy_audit.imports import DownloadRefused, Limits, read_download
from privacy_audit.imports.archive import MiB

FB_PROFILE = "profile_information/profile_information.json"


def fb_files() -> dict[str, bytes]:
    return synth._fb_common("", "2022")


def refused(path: Path, *words: str, limits: Limits | None = None) -> str:
    with pytest.raises(DownloadRefused) as info:
        if limits is None:
            read_download(path)
        else:
            read_download(path, limits=limits)
    msg = str(info.value)
    assert "\n" not in msg and msg.endswith("."), msg  # one sentence, one line
    es = info.value.message("es")  # the app shows it in the person's language
    assert es != msg and "\n" not in es and es.endswith("."), es
    for w in words:
        assert w in msg, msg
    return msg


def test_refusal_messages_are_complete_in_both_languages() -> None:
    from privacy_audit.imports.refusals import refusal

    assert refusal.problems() == []


def test_zip_bomb_by_ratio(tmp_path: Path) -> None:
    path = tmp_path / "bomb.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in fb_files().items():
            zf.writestr(name, data)
        with zf.open("posts/your_posts_2.json", "w") as fh:  # 64 MiB of spaces, ~64 KiB packed
            chunk = b" " * MiB
            for _ in range(64):
                fh.write(chunk)
    assert path.stat().st_size < 2 * MiB
    refused(path, "zip bomb")


def test_zip_bomb_by_declared_sizes(tmp_path: Path) -> None:
    path = synth.write_zip(tmp_path / "fb.zip", {**fb_files(), "big.bin": os.urandom(300_000)})
    refused(path, "zip bomb", limits=Limits(max_entry_bytes=200_000))
    refused(path, "zip bomb", limits=Limits(max_total_bytes=250_000))
    refused(path, "more files than a data download", limits=Limits(max_entries=5))


@pytest.mark.parametrize(
    "name", ["../../evil.json", "/etc/passwd", "a/../../b.json", "..\\..\\win.json", "C:/x.json"]
)
def test_path_traversal_names(tmp_path: Path, name: str) -> None:
    path = tmp_path / "evil.zip"
    with zipfile.ZipFile(path, "w") as zf:
        for n, data in fb_files().items():
            zf.writestr(n, data)
        zf.writestr(zipfile.ZipInfo(name), b"{}")
    with zipfile.ZipFile(path) as zf:
        assert name.replace("\\", "/").lstrip("/") in {
            i.filename.replace("\\", "/").lstrip("/") for i in zf.infolist()
        }
    refused(path, "outside the archive")


def test_symlink_entry(tmp_path: Path) -> None:
    path = tmp_path / "link.zip"
    with zipfile.ZipFile(path, "w") as zf:
        for n, data in fb_files().items():
            zf.writestr(n, data)
        info = zipfile.ZipInfo("posts/your_posts_9.json")
        info.create_system = 3
        info.external_attr = (stat.S_IFLNK | 0o777) << 16
        zf.writestr(info, "/etc/passwd")
    refused(path, "symbolic link")


def test_encrypted_entry(tmp_path: Path) -> None:
    raw = bytearray(synth.write_zip(tmp_path / "plain.zip", fb_files()).read_bytes())
    # Set the "encrypted" bit (general purpose flag bit 0) in every local and central header,
    # as a password-protected zip has it (zipfile cannot write encrypted archives).
    for sig, off in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        i = raw.find(sig)
        while i >= 0:
            raw[i + off] |= 0x1
            i = raw.find(sig, i + 4)
    path = tmp_path / "enc.zip"
    path.write_bytes(bytes(raw))
    with zipfile.ZipFile(path) as zf:
        assert all(i.flag_bits & 0x1 for i in zf.infolist())
    refused(path, "encrypted")


def test_corrupt_and_truncated_zips(tmp_path: Path) -> None:
    good = synth.write_zip(tmp_path / "good.zip", fb_files()).read_bytes()
    trunc = tmp_path / "trunc.zip"
    trunc.write_bytes(good[: len(good) // 2])
    refused(trunc, "not a readable zip")
    junk = tmp_path / "junk.zip"
    junk.write_bytes(b"PK\x03\x04" + os.urandom(5000))
    refused(junk, "not a readable zip")
    # A flipped byte inside a compressed entry: the CRC (or inflate) catches it on reading.
    bad = bytearray(good)
    with zipfile.ZipFile(tmp_path / "good.zip") as zf:
        info = zf.getinfo(FB_PROFILE)
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    bad[start + info.compress_size // 2] ^= 0xFF
    flipped = tmp_path / "flipped.zip"
    flipped.write_bytes(bytes(bad))
    refused(flipped, "damaged")


def test_not_a_download(tmp_path: Path) -> None:
    path = synth.write_zip(
        tmp_path / "holiday.zip", {"photos/a.jpg": os.urandom(100), "notes.txt": "hi"}
    )
    refused(path, "does not look like a data download")
    text = tmp_path / "notes.txt"
    text.write_text("hello")
    refused(text, "not a data download")
    other_json = tmp_path / "package.json"
    other_json.write_text(json.dumps({"name": "x"}))
    refused(other_json, "does not look like a data download")
    refused(tmp_path / "missing.zip", "does not exist")


def test_html_only_download_says_how_to_get_json(tmp_path: Path) -> None:
    files = {k.replace(".json", ".html"): b"<html></html>" for k in fb_files()}
    msg = refused(synth.write_zip(tmp_path / "fb.zip", files), "HTML", "JSON")
    assert "Download your information" in msg
    with pytest.raises(DownloadRefused) as info:
        read_download(tmp_path / "fb.zip")
    assert "Descargar tu información" in info.value.message("es")


def test_fifo_device_and_links(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.zip"
    os.mkfifo(fifo)
    refused(fifo, "device or a pipe")  # returns at once: never opened for reading
    refused(Path("/dev/null"), "device or a pipe")
    folder = tmp_path / "dl"
    folder.mkdir()
    (folder / "profile_information").mkdir()
    (folder / FB_PROFILE).write_bytes(fb_files()[FB_PROFILE])
    os.mkfifo(folder / "posts.json")
    refused(folder, "device or a pipe")
    os.unlink(folder / "posts.json")
    (folder / "secret.json").symlink_to("/etc/passwd")
    refused(folder, "symbolic link")


def test_huge_record_skips_its_section_only(tmp_path: Path) -> None:
    files = fb_files()
    # One post record far larger than any real one (a 3 MiB string), in a streamed file.
    posts = [{"timestamp": synth.T0, "data": [{"post": "x" * (3 * MiB)}]}]
    posts += [{"timestamp": synth.T1}] * 10
    files["posts/your_posts_1.json"] = json.dumps(posts).encode()
    r = read_download(synth.write_zip(tmp_path / "fb.zip", files))
    assert "posts" in r.unreadable
    assert "friends" in r.read  # the rest is read
    assert any(f.id == "friends" for f in r.findings)


def test_large_files_stream_with_the_same_results(tmp_path: Path) -> None:
    """Force the streaming paths (tiny small-file threshold): same findings as whole parsing."""
    small = Limits(small_file_bytes=16, max_record_bytes=64 * 1024)
    for build in (
        synth.facebook_2022,
        synth.instagram_2025,
        synth.google_takeout,
        synth.x_archive,
        synth.device_timeline,
    ):
        sub = tmp_path / build.__name__
        sub.mkdir()
        path = build(sub)  # type: ignore[operator]
        whole = [f.to_json() for f in read_download(path).findings]
        streamed = [f.to_json() for f in read_download(path, limits=small).findings]
        assert streamed == whole, build.__name__
    doc = synth.tiktok_2022()
    sub = tmp_path / "tt"
    sub.mkdir()
    path = synth.tiktok_zip(sub, doc)
    whole = [f.to_json() for f in read_download(path).findings]
    assert [f.to_json() for f in read_download(path, limits=small).findings] == whole


def test_deeply_nested_json_is_refused_or_skipped(tmp_path: Path) -> None:
    files = fb_files()
    files["posts/your_posts_1.json"] = b"[" * 200_000 + b"]" * 200_000
    r = read_download(synth.write_zip(tmp_path / "fb.zip", files))
    assert "posts" in r.unreadable
    r = read_download(
        synth.write_zip(tmp_path / "fb2.zip", files),
        limits=Limits(small_file_bytes=16, max_record_bytes=64 * 1024),
    )
    assert "posts" in r.unreadable


def test_nothing_is_written_anywhere(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    src = tmp_path / "src"
    src.mkdir()
    archive = synth.facebook_2024(src)
    home = tmp_path / "home"
    tmp = tmp_path / "tmp"
    for d in (home, tmp):
        d.mkdir()
    for var in ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(var, str(home))
    monkeypatch.setenv("TMPDIR", str(tmp))
    monkeypatch.setattr(tempfile, "tempdir", str(tmp))
    before = sorted(p.name for p in src.iterdir())
    read_download(archive)
    with pytest.raises(DownloadRefused):
        read_download(synth.write_zip(src / "bad.zip", {"../x.json": "{}"}))
    assert list(home.iterdir()) == [] and list(tmp.iterdir()) == []
    assert sorted(p.name for p in src.iterdir()) == sorted([*before, "bad.zip"])


def test_cancel_stops_reading_and_keeps_nothing(tmp_path: Path) -> None:
    from privacy_audit.imports import Cancelled

    path = synth.facebook_2024(tmp_path)
    asked: list[int] = []
    progress: list[tuple[int, int]] = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 3  # Cancel pressed while reading

    with pytest.raises(Cancelled):
        read_download(
            path,
            cancelled=cancelled,
            progress=lambda done, total: progress.append((done, total)),
            limits=Limits(small_file_bytes=16, stream_chunk_bytes=64),
        )
    assert len(asked) == 4  # it stopped at the first check after Cancel
    r = read_download(path, progress=lambda done, total: progress.append((done, total)))
    done, total = progress[-1]
    assert done >= total > 0  # progress ends at 100 %
    assert r.bytes_read == done
