"""Packs on this computer: building, signing, checking in order, trust, the mark, the clock,
the content in use at start-up, and "Delete everything"."""

from __future__ import annotations

import json
import shutil
import socket
from datetime import UTC, datetime, timedelta
from pathlib import Path

import _netguard
import pytest

from privacy_audit.cli import main
from privacy_audit.paths import content_dir
from privacy_audit.storage import wipe_everything
from privacy_audit.updates import keys
from privacy_audit.updates.errors import UpdateError
from privacy_audit.updates.manifest import parse, safe_path
from privacy_audit.updates.state import (
    apply,
    bundled_release,
    clock_looks_wrong,
    high_water_mark,
    load_in_use,
    policy,
    read_state,
)
from privacy_audit.updates.verify import FolderSource, check_manifest, verify

from .conftest import BUNDLED, PackKeys, make_pack


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_bundled_release_is_versioned_and_dated() -> None:
    r = bundled_release()
    assert r.version >= 2026120600
    datetime.fromisoformat(r.date)
    assert high_water_mark() == r.version  # nothing applied: never below the bundled version


def test_keygen_build_verify_sign_from_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = cli(capsys, "pack", "keygen", str(tmp_path / "k"), "--name", "org")
    assert code == 0 and (tmp_path / "k" / "org.pub").is_file()
    assert (tmp_path / "k" / "org.key").stat().st_mode & 0o077 == 0
    pack = tmp_path / "pack"
    code, out, err = cli(
        capsys, "pack", "build", str(content_dir()), "--version", str(BUNDLED + 1),
        "--key", str(tmp_path / "k" / "org.key"), "-o", str(pack),
    )  # fmt: skip
    assert code == 0, err
    # Every file of checks/ travels (subfolders too), except the compiled copy and release.
    packed = pack / "checks"
    names = {p.relative_to(packed).as_posix() for p in packed.rglob("*") if p.is_file()}
    expected = {
        p.relative_to(content_dir()).as_posix()
        for p in content_dir().rglob("*")
        if p.is_file() and p.name not in ("_compiled.jsonl", "_release.json")
    }
    assert names == expected and "_ladder.toml" in names
    # Not trusted yet: refused; with --trust (a one-off check, nothing stored): OK.
    code, _, err = cli(capsys, "pack", "verify", str(pack))
    assert code == 2 and "not signed by a key Huella trusts" in err
    code, out, _ = cli(capsys, "pack", "verify", str(pack), "--trust", str(tmp_path / "k/org.pub"))
    assert code == 0 and f"version {BUNDLED + 1}" in out
    assert keys.user_keys() == []
    # A second signature (e.g. the offline key) is added; either one suffices.
    cli(capsys, "pack", "keygen", str(tmp_path / "k"), "--name", "offline")
    code, _, _ = cli(capsys, "pack", "sign", str(pack), "--key", str(tmp_path / "k/offline.key"))
    assert code == 0
    assert len((pack / "manifest.json.sig").read_text().splitlines()) == 2
    code, _, _ = cli(
        capsys, "pack", "verify", str(pack), "--trust", str(tmp_path / "k/offline.pub")
    )
    assert code == 0


def test_subfolders_travel_in_a_pack(base_pack: Path, pack_keys: PackKeys, tmp_path: Path) -> None:
    def add_export_table(checks: Path) -> None:
        (checks / "exports").mkdir(exist_ok=True)  # the bundled tables (issue 19) are there
        (checks / "exports" / "facebook.toml").write_text('format = "x"\n', encoding="utf-8")

    pack = make_pack(base_pack, tmp_path / "p", pack_keys.good, version=9, edit=add_export_table)
    signed = check_manifest(FolderSource(pack), [pack_keys.good.public])
    assert "exports/facebook.toml" in {f.path for f in signed.manifest.files}
    checked = verify(FolderSource(pack), [pack_keys.good.public])
    assert checked.files["exports/facebook.toml"] == b'format = "x"\n'


def test_signature_is_checked_before_the_manifest_is_parsed(
    base_pack: Path, pack_keys: PackKeys, tmp_path: Path
) -> None:
    pack = tmp_path / "p"
    shutil.copytree(base_pack, pack)
    garbage = b"\xff not json at all"
    (pack / "manifest.json").write_bytes(garbage)
    (pack / "manifest.json.sig").write_text(pack_keys.other.sign(garbage))
    with pytest.raises(UpdateError) as exc:  # untrusted signer: never parsed
        check_manifest(FolderSource(pack), [pack_keys.good.public])
    assert exc.value.key == "bad_signature"
    (pack / "manifest.json.sig").write_text(pack_keys.good.sign(garbage))
    with pytest.raises(UpdateError) as exc:  # trusted signer: now parsed, and refused
        check_manifest(FolderSource(pack), [pack_keys.good.public])
    assert exc.value.key == "bad_manifest"


@pytest.mark.parametrize(
    "path", ["../x.toml", "/etc/passwd", "a/../../b", ".hidden", "a\\b", "", "a//b", "x" * 400]
)
def test_unsafe_paths_are_refused(path: str) -> None:
    assert not safe_path(path)
    doc = {
        "format": "huella-content-pack",
        "format_version": 1,
        "version": 5,
        "created": "2026-12-01T00:00:00Z",
        "expires": "2027-01-01T00:00:00Z",
        "files": [
            {"path": "_ladder.toml", "size": 1, "sha256": "0" * 64},
            {"path": path, "size": 1, "sha256": "0" * 64},
        ],
    }
    with pytest.raises(UpdateError) as exc:
        parse(json.dumps(doc).encode())
    assert exc.value.key == "bad_manifest"


def test_consent_before_trusting_a_key_then_listed_and_removable(
    pack_keys: PackKeys, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import io

    pub = str(pack_keys.good_pub)
    key_id = keys.read_public(pub).key_id
    monkeypatch.setattr("sys.stdin", io.StringIO("no\n"))
    code, _, err = cli(capsys, "update", "--trust", pub, "--url", "http://127.0.0.1:9/")
    assert code == 2 and "not trusted" in err
    assert keys.user_keys() == []
    monkeypatch.setattr("sys.stdin", io.StringIO("yes\n"))
    main(["update", "--trust", pub, "--url", "http://127.0.0.1:9/", "--timeout", "0.3"])
    assert [k.key_id for k in keys.user_keys()] == [key_id]  # kept even though offline
    code, out, _ = cli(capsys, "update", "--status")
    assert code == 0 and f"{key_id}  test-org  (added by you)" in out
    assert out.count("(Huella)") == 2  # the two pinned project keys
    code, out, _ = cli(capsys, "update", "--untrust", key_id)
    assert code == 0 and keys.user_keys() == []
    pinned = keys.pinned_keys()[0].key_id
    code, _, err = cli(capsys, "update", "--untrust", pinned)
    assert code == 2 and "cannot be removed" in err


def test_two_pinned_project_keys_ship_in_assets() -> None:
    pinned = keys.pinned_keys()
    assert len(pinned) == 2 and len({k.key_id for k in pinned}) == 2
    # Their private halves are never in the repository.
    root = Path(__file__).resolve().parents[2]
    for path in [*root.glob("assets/**/*"), *root.glob("checks/**/*")]:
        if path.is_file():
            assert keys.SECRET_TAG.encode() not in path.read_bytes(), path


def test_policy_older_expired_and_a_wrong_clock(
    base_pack: Path, pack_keys: PackKeys, tmp_path: Path
) -> None:
    old = datetime.now(UTC) - timedelta(days=30)
    p = make_pack(
        base_pack, tmp_path / "p", pack_keys.good, version=BUNDLED + 3, created=old, days=7
    )
    m = check_manifest(FolderSource(p), [pack_keys.good.public]).manifest
    with pytest.raises(UpdateError) as exc:
        policy(m)
    assert exc.value.key == "expired" and "try again later" in str(exc.value)
    # A clock far behind (before the bundled release): a note, not a lockout.
    past = datetime(2020, 1, 1, tzinfo=UTC)
    assert clock_looks_wrong(past)
    assert policy(m, now=past) == ["clock"]
    assert not clock_looks_wrong(datetime.now(UTC), m)


def test_applied_pack_checked_again_at_start_and_wipe_resets_everything(
    base_pack: Path, pack_keys: PackKeys, trust_test_key: keys.PublicKey, private_data: Path
) -> None:
    pack = verify(FolderSource(base_pack), keys.trusted_keys(), policy=policy)
    folder = apply(pack)
    assert load_in_use()[1].source == "pack"
    assert high_water_mark() == BUNDLED + 1
    # Changed on disk after it was applied: not used; the bundled content is, with a reason.
    f = folder / "checks" / "facebook.toml"
    f.write_bytes(f.read_bytes() + b"\n# changed\n")
    content, info = load_in_use()
    assert info.source == "bundled" and info.problem and "facebook.toml" in info.problem
    assert content.platforms
    # "Delete everything": packs, trusted keys and the mark go; bundled content again.
    report = wipe_everything(keyring_entry=False)
    assert report.ok
    assert not (private_data / "huella").exists()
    assert keys.user_keys() == []
    assert read_state().pack is None and high_water_mark() == BUNDLED
    assert load_in_use()[1].source == "bundled"


def test_an_applied_pack_older_than_the_bundled_content_is_not_used(
    base_pack: Path,
    pack_keys: PackKeys,
    trust_test_key: keys.PublicKey,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    apply(verify(FolderSource(base_pack), keys.trusted_keys(), policy=policy))
    newer = bundled_release().__class__(BUNDLED + 10, "2027-01-01")
    monkeypatch.setattr("privacy_audit.updates.state.bundled_release", lambda: newer)
    assert load_in_use()[1].source == "bundled"  # Huella itself was updated past the pack


def test_network_guard_refuses_addresses_beyond_loopback() -> None:
    before = len(_netguard.BLOCKED)
    with pytest.raises(OSError, match="test network guard"):
        socket.create_connection(("192.0.2.1", 443), timeout=1)
    with pytest.raises(OSError, match="test network guard"):
        socket.getaddrinfo("example.org", 443)
    assert len(_netguard.BLOCKED) == before + 2
    del _netguard.BLOCKED[before:]  # seen, and expected here only


def test_the_report_names_the_guides_it_was_made_from(content: object) -> None:
    from privacy_audit.content import Content
    from privacy_audit.report import ReportOptions, build_report, render_report_html
    from privacy_audit.scoring.answers import Answers

    assert isinstance(content, Content)
    info = load_in_use()[1]
    guides = f"{info.version} ({info.date})"
    html = render_report_html(
        build_report(content, Answers({}), "both", ReportOptions(guides=guides))
    )
    assert f"Guides version: {guides}" in html
    assert f"Versión de las guías: {guides}" in html
    assert "Guides version" not in render_report_html(build_report(content, Answers({}), "en"))


def test_a_redirect_from_https_never_leads_to_this_computer() -> None:
    from privacy_audit.updates.fetch import check_url

    assert check_url("http://127.0.0.1:8000/p/") == "http://127.0.0.1:8000/p/"
    for url in ("http://127.0.0.1:8000/p/", "http://localhost/", "http://[::1]/"):
        with pytest.raises(UpdateError) as exc:
            check_url(url, loopback_http=False)
        assert exc.value.key == "insecure_url"
    assert check_url("https://example.org/p/", loopback_http=False)


def test_the_command_line_uses_the_guides_in_use(
    base_pack: Path,
    pack_keys: PackKeys,
    trust_test_key: keys.PublicKey,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    def rename(checks: Path) -> None:
        f = checks / "signal.toml"
        f.write_text(f.read_text(encoding="utf-8").replace('"Signal"', '"Signal (2027)"', 1))

    pack = make_pack(base_pack, tmp_path / "p", pack_keys.good, version=BUNDLED + 4, edit=rename)
    code, out, _ = cli(capsys, "catalog")
    assert code == 0 and "Signal (2027)" not in out
    apply(verify(FolderSource(pack), keys.trusted_keys(), policy=policy))
    code, out, _ = cli(capsys, "catalog")
    assert code == 0 and "Signal (2027)" in out
    code, out, _ = cli(capsys, "update", "--status")
    assert f"version {BUNDLED + 4}" in out and "downloaded update" in out
