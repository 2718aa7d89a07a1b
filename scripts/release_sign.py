"""Sign and check a release's ``SHA256SUMS`` with an Ed25519 release key.

    privacy-audit pack keygen DIR --name NAME               # DIR/NAME.pub and DIR/NAME.key
    python scripts/release_sign.py sign SHA256SUMS --key K  # writes SHA256SUMS.sig
    python scripts/release_sign.py verify SHA256SUMS [--pub P]  # exit 0 only if good

Keys are the content packs' keys (``privacy_audit/updates/keys.py``, made by ``privacy-audit
pack keygen``): the same files, key ids and signature line, read and written by that module.
Only what is signed differs, so that a signature on one can never pass for the other: a
release signs the line ``huella-release-sha256sums-v1`` and a newline, then the bytes of
``SHA256SUMS`` (a pack signs its own line, then its manifest). docs/packaging.md shows how to
check one with a few lines of Python.

The project's release public key is ``bundle/huella-release.pub``; its secret key is kept off
the repository (scripts/build-bundle.sh reads its path from ``HUELLA_RELEASE_KEY``).
"""

from __future__ import annotations

import argparse
import base64
import sys
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from privacy_audit.updates import keys
from privacy_audit.updates.errors import UpdateError

DOMAIN = b"huella-release-sha256sums-v1\n"
ROOT = Path(__file__).resolve().parent.parent
RELEASE_PUB = ROOT / "bundle" / "huella-release.pub"


def sign(sums: Path, secret: Path) -> Path:
    """Write ``<sums>.sig``, the signature of *sums* by the secret key file *secret*."""
    key = keys.read_secret(secret)
    signature = Ed25519PrivateKey.from_private_bytes(key.seed).sign(DOMAIN + sums.read_bytes())
    out = sums.with_name(sums.name + ".sig")
    line = f"{keys.SIG_TAG} {key.public.key_id} {base64.b64encode(signature).decode()}\n"
    out.write_text(line, encoding="ascii")
    return out


def verify(sums: Path, public: Path, sig: Path | None = None) -> bool:
    """True when ``<sums>.sig`` (or *sig*) holds a good signature of *sums* by *public*."""
    key = keys.read_public(public)
    message = DOMAIN + sums.read_bytes()
    for key_id, signature in keys.parse_signatures(
        (sig or sums.with_name(sums.name + ".sig")).read_bytes()
    ):
        if key_id != key.key_id:
            continue
        try:
            Ed25519PublicKey.from_public_bytes(key.raw).verify(signature, message)
        except InvalidSignature:
            continue
        return True
    return False


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="release_sign.py", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("sign", help="sign SHA256SUMS")
    s.add_argument("sums", type=Path)
    s.add_argument("--key", type=Path, required=True, help="the secret key file")
    v = sub.add_parser("verify", help="check SHA256SUMS.sig")
    v.add_argument("sums", type=Path)
    v.add_argument("--pub", type=Path, default=RELEASE_PUB, help="the public key file")
    args = parser.parse_args(argv)
    try:
        if args.cmd == "sign":
            print(f"wrote {sign(args.sums, args.key)}")
        else:
            if not verify(args.sums, args.pub):
                print(f"BAD signature on {args.sums}", file=sys.stderr)
                return 1
            print(f"good signature on {args.sums} by {args.pub.name}")
    except (OSError, UpdateError) as exc:
        print(f"release_sign.py: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
