"""Sign and check a release's ``SHA256SUMS`` with an Ed25519 release key.

    python scripts/release_sign.py keygen DIR NAME        # DIR/NAME.pub and DIR/NAME.key (0600)
    python scripts/release_sign.py sign SHA256SUMS --key K  # writes SHA256SUMS.sig
    python scripts/release_sign.py verify SHA256SUMS [--pub P]  # exit 0 only if good

The key files and the signature line have the format of the content packs' keys
(``privacy_audit/updates/keys.py`` on the content-updates branch): a public key file is one
line ``huella-ed25519-public <base64 of 32 bytes> <name>``, a secret key file
``huella-ed25519-secret <base64 of the 32-byte seed> <name>``, and the signature file one line
``huella-ed25519-sig <key id> <base64 of 64 bytes>``, the key id being the first 16 hex digits
of the SHA-256 of the public key. So a key made with ``privacy-audit pack keygen`` signs
releases too. What is signed differs from a pack's, so that a signature on one can never pass
for the other: the line ``huella-release-sha256sums-v1`` and a newline, then the bytes of
``SHA256SUMS``. docs/packaging.md shows how to check one with a few lines of Python.

The project's release public key is ``bundle/huella-release.pub``; its secret key is kept off
the repository (scripts/build-bundle.sh reads its path from ``HUELLA_RELEASE_KEY``).
"""

from __future__ import annotations

import argparse
import base64
import binascii
import hashlib
import os
import sys
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
)

PUBLIC_TAG = "huella-ed25519-public"
SECRET_TAG = "huella-ed25519-secret"
SIG_TAG = "huella-ed25519-sig"
DOMAIN = b"huella-release-sha256sums-v1\n"
ROOT = Path(__file__).resolve().parent.parent
RELEASE_PUB = ROOT / "bundle" / "huella-release.pub"


class BadFile(ValueError):
    pass


def key_id(raw_public: bytes) -> str:
    return hashlib.sha256(raw_public).hexdigest()[:16]


def _field(path: Path, tag: str, size: int, index: int = 1) -> tuple[bytes, list[str]]:
    parts = path.read_text(encoding="utf-8").split()
    if len(parts) <= index or parts[0] != tag:
        raise BadFile(f"{path} is not a {tag} file")
    try:
        raw = base64.b64decode(parts[index], validate=True)
    except (binascii.Error, ValueError):
        raw = b""
    if len(raw) != size:
        raise BadFile(f"{path} is not a {tag} file")
    return raw, parts


def keygen(directory: Path, name: str) -> tuple[Path, Path]:
    """Write ``NAME.pub`` and ``NAME.key`` (mode 0600) into *directory*; never overwrite."""
    directory.mkdir(parents=True, exist_ok=True)
    pub, key = directory / f"{name}.pub", directory / f"{name}.key"
    for p in (pub, key):
        if p.exists():
            raise FileExistsError(p)
    private = Ed25519PrivateKey.generate()
    seed = private.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    raw = private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    fd = os.open(key, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(f"{SECRET_TAG} {base64.b64encode(seed).decode()} {name}\n")
    pub.write_text(f"{PUBLIC_TAG} {base64.b64encode(raw).decode()} {name}\n", encoding="utf-8")
    return pub, key


def sign(sums: Path, secret: Path) -> Path:
    """Write ``<sums>.sig``, the signature of *sums* by the secret key file *secret*."""
    seed, _ = _field(secret, SECRET_TAG, 32)
    private = Ed25519PrivateKey.from_private_bytes(seed)
    raw = private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    signature = private.sign(DOMAIN + sums.read_bytes())
    out = sums.with_name(sums.name + ".sig")
    out.write_text(
        f"{SIG_TAG} {key_id(raw)} {base64.b64encode(signature).decode()}\n", encoding="ascii"
    )
    return out


def verify(sums: Path, public: Path, sig: Path | None = None) -> bool:
    """True when ``<sums>.sig`` (or *sig*) is a good signature of *sums* by *public*."""
    raw, _ = _field(public, PUBLIC_TAG, 32)
    signature, parts = _field(sig or sums.with_name(sums.name + ".sig"), SIG_TAG, 64, index=2)
    if parts[1] != key_id(raw):
        return False
    try:
        Ed25519PublicKey.from_public_bytes(raw).verify(signature, DOMAIN + sums.read_bytes())
    except InvalidSignature:
        return False
    return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="release_sign.py", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="cmd", required=True)
    k = sub.add_parser("keygen", help="make a release key pair")
    k.add_argument("dir", type=Path)
    k.add_argument("name")
    s = sub.add_parser("sign", help="sign SHA256SUMS")
    s.add_argument("sums", type=Path)
    s.add_argument("--key", type=Path, required=True, help="the secret key file")
    v = sub.add_parser("verify", help="check SHA256SUMS.sig")
    v.add_argument("sums", type=Path)
    v.add_argument("--pub", type=Path, default=RELEASE_PUB, help="the public key file")
    args = parser.parse_args(argv)
    try:
        if args.cmd == "keygen":
            pub, key = keygen(args.dir, args.name)
            print(f"wrote {pub} and {key} (keep {key.name} off the repository)")
        elif args.cmd == "sign":
            print(f"wrote {sign(args.sums, args.key)}")
        else:
            if not verify(args.sums, args.pub):
                print(f"BAD signature on {args.sums}", file=sys.stderr)
                return 1
            print(f"good signature on {args.sums} by {args.pub.name}")
    except (OSError, BadFile) as exc:
        print(f"release_sign.py: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
