"""SHA256SUMS signed with an Ed25519 release key: good, tampered, wrong key; and the
verification recipe of docs/packaging.md, run as written. Keys are throwaway ones."""

from __future__ import annotations

import hashlib
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "release_sign.py"
sys.path.insert(0, str(ROOT / "scripts"))
import release_sign  # noqa: E402

from privacy_audit.updates import keys as pack_keys  # noqa: E402


def _release(folder: Path) -> Path:
    """A fake release: an archive and its SHA256SUMS, as build-bundle.sh writes them."""
    folder.mkdir(parents=True, exist_ok=True)
    archive = folder / "huella-0.1.0-linux-x86_64.tar.gz"
    archive.write_bytes(b"not really a tarball\n" * 100)
    digest = hashlib.sha256(archive.read_bytes()).hexdigest()
    (folder / "SHA256SUMS").write_text(f"{digest}  {archive.name}\n")
    return folder / "SHA256SUMS"


@pytest.fixture
def keys(tmp_path: Path) -> tuple[Path, Path]:
    # The content packs' keys (privacy-audit pack keygen) sign releases too.
    return pack_keys.generate(tmp_path / "keys", "throwaway")


def test_a_key_made_by_pack_keygen_signs_a_release(tmp_path: Path) -> None:
    from privacy_audit.cli import main

    assert main(["pack", "keygen", str(tmp_path / "k"), "--name", "rel"]) == 0
    sums = _release(tmp_path / "rel")
    release_sign.sign(sums, tmp_path / "k" / "rel.key")
    assert release_sign.verify(sums, tmp_path / "k" / "rel.pub")


def test_good_signature_verifies_and_any_change_does_not(
    keys: tuple[Path, Path], tmp_path: Path
) -> None:
    pub, key = keys
    sums = _release(tmp_path / "rel")
    sig = release_sign.sign(sums, key)
    assert sig.read_text().split()[0] == "huella-ed25519-sig"
    assert release_sign.verify(sums, pub)
    original = sums.read_bytes()
    sums.write_bytes(original.replace(b"huella-0.1.0", b"huella-0.1.1"))
    assert not release_sign.verify(sums, pub)
    sums.write_bytes(original)
    other_pub, _ = pack_keys.generate(tmp_path / "other", "other")
    assert not release_sign.verify(sums, other_pub)


def test_a_content_pack_signature_cannot_pass_for_a_release(
    keys: tuple[Path, Path], tmp_path: Path
) -> None:
    # Same key, same bytes, the content packs' domain line: must not verify as a release.
    import base64

    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    pub, key = keys
    sums = _release(tmp_path / "rel")
    seed = base64.b64decode(key.read_text().split()[1])
    forged = Ed25519PrivateKey.from_private_bytes(seed).sign(
        b"huella-content-pack-signature-v1\n" + sums.read_bytes()
    )
    kid = pack_keys.read_public(pub).key_id
    (tmp_path / "rel" / "SHA256SUMS.sig").write_text(
        f"huella-ed25519-sig {kid} {base64.b64encode(forged).decode()}\n"
    )
    assert not release_sign.verify(sums, pub)


def test_command_line_exit_codes(keys: tuple[Path, Path], tmp_path: Path) -> None:
    pub, key = keys
    sums = _release(tmp_path / "rel")
    run = [sys.executable, str(SCRIPT)]
    assert subprocess.run([*run, "sign", str(sums), "--key", str(key)]).returncode == 0
    good = subprocess.run([*run, "verify", str(sums), "--pub", str(pub)], capture_output=True)
    assert good.returncode == 0
    sums.write_text(sums.read_text() + "0" * 64 + "  evil.tar.gz\n")
    bad = subprocess.run([*run, "verify", str(sums), "--pub", str(pub)], capture_output=True)
    assert bad.returncode == 1 and b"BAD" in bad.stderr
    # A secret key where the public one belongs: one clear line, not a traceback.
    wrong = subprocess.run(
        [*run, "verify", str(sums), "--pub", str(key)], capture_output=True, text=True
    )
    assert wrong.returncode == 2 and "Traceback" not in wrong.stderr


def _recipe() -> str:
    text = (ROOT / "docs" / "packaging.md").read_text(encoding="utf-8")
    m = re.search(r"<!-- verify-recipe[^>]*-->\n```bash\n(.*?)```", text, re.S)
    assert m, "docs/packaging.md lost its verification recipe"
    return m.group(1)


def test_the_documented_recipe_accepts_a_good_release_and_rejects_a_tampered_one(
    keys: tuple[Path, Path], tmp_path: Path
) -> None:
    pub, key = keys
    sums = _release(tmp_path / "rel")
    release_sign.sign(sums, key)
    (tmp_path / "rel" / "huella-release.pub").write_bytes(pub.read_bytes())
    # The recipe's python3 must be one with cryptography: this one.
    env = {"PATH": f"{Path(sys.executable).parent}:/usr/bin:/bin", "LANG": "C.UTF-8"}
    script = _recipe().replace("python3 -c", f"{sys.executable} -c")
    ok = subprocess.run(
        ["bash", "-e", "-c", script], cwd=sums.parent, env=env, capture_output=True, text=True
    )
    assert ok.returncode == 0, ok.stderr
    assert "huella-0.1.0-linux-x86_64.tar.gz: OK" in ok.stdout
    assert "good signature" in ok.stdout
    # The archive changed after signing: sha256sum fails.
    archive = sums.parent / "huella-0.1.0-linux-x86_64.tar.gz"
    archive.write_bytes(archive.read_bytes() + b"x")
    bad = subprocess.run(
        ["bash", "-e", "-c", script], cwd=sums.parent, env=env, capture_output=True, text=True
    )
    assert bad.returncode != 0 and "good signature" not in bad.stdout
    # Archive and sums both replaced (sums match), signature kept: the signature fails.
    digest = hashlib.sha256(archive.read_bytes()).hexdigest()
    sums.write_text(f"{digest}  {archive.name}\n")
    forged = subprocess.run(
        ["bash", "-e", "-c", script], cwd=sums.parent, env=env, capture_output=True, text=True
    )
    assert forged.returncode != 0 and "good signature" not in forged.stdout
    assert "InvalidSignature" in forged.stderr


def test_the_documented_key_id_is_the_committed_release_key() -> None:
    pub = ROOT / "bundle" / "huella-release.pub"
    import base64

    raw = base64.b64decode(pub.read_text().split()[1])
    assert len(raw) == 32
    doc = (ROOT / "docs" / "packaging.md").read_text(encoding="utf-8")
    assert f"key id **`{pack_keys.PublicKey(raw).key_id}`**" in doc
    # Not a content-pack key: a release key must never be trusted for guides.
    pinned = {k.key_id for k in pack_keys.pinned_keys()}
    assert pack_keys.PublicKey(raw).key_id not in pinned
