"""Ed25519 keys: files, ids, detached signatures, and which keys are trusted.

A public key file is one line, ``huella-ed25519-public <base64 of 32 bytes> <name>``; a
private key file is ``huella-ed25519-secret <base64 of the 32-byte seed> <name>`` (mode 0600,
kept offline). A key's id is the first 16 hex digits of the SHA-256 of its 32 bytes.

Trusted keys are the two pinned in ``assets/keys/`` (the project's; one is kept offline so a
key can be rotated) plus the ones a person chose to trust (``update --trust``, or the app),
stored in the per-user data folder, listed by ``update --status`` and removable.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from privacy_audit.updates.errors import UpdateError

PUBLIC_TAG = "huella-ed25519-public"
SECRET_TAG = "huella-ed25519-secret"
SIG_TAG = "huella-ed25519-sig"
#: What is signed: this line, then the manifest's bytes exactly as served.
DOMAIN = b"huella-content-pack-signature-v1\n"
MAX_KEY_FILE = 4096


@dataclass(frozen=True)
class PublicKey:
    raw: bytes
    name: str = ""
    pinned: bool = False

    @property
    def key_id(self) -> str:
        return hashlib.sha256(self.raw).hexdigest()[:16]

    def line(self) -> str:
        name = self.name or self.key_id
        return f"{PUBLIC_TAG} {base64.b64encode(self.raw).decode()} {name}\n"

    def verify(self, signature: bytes, manifest: bytes) -> bool:
        from cryptography.exceptions import InvalidSignature
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

        try:
            Ed25519PublicKey.from_public_bytes(self.raw).verify(signature, DOMAIN + manifest)
        except (InvalidSignature, ValueError):
            return False
        return True


def _b64(text: str, size: int) -> bytes | None:
    try:
        raw = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        return None
    return raw if len(raw) == size else None


def parse_public(text: str, *, pinned: bool = False) -> PublicKey | None:
    parts = text.strip().split(maxsplit=2)
    if len(parts) < 2 or parts[0] != PUBLIC_TAG:
        return None
    raw = _b64(parts[1], 32)
    if raw is None:
        return None
    return PublicKey(raw, parts[2].strip() if len(parts) > 2 else "", pinned)


def read_public(spec: str | Path) -> PublicKey:
    """A public key from a file, or from the key line itself; raises :class:`UpdateError`."""
    text = str(spec)
    path = Path(spec)
    try:
        if path.is_file():
            with path.open("rb") as fh:
                text = fh.read(MAX_KEY_FILE).decode("utf-8")
    except (OSError, UnicodeDecodeError):
        raise UpdateError("bad_key", which=spec) from None
    key = parse_public(text)
    if key is None:
        raise UpdateError("bad_key", which=spec)
    return key


def generate(directory: Path, name: str) -> tuple[Path, Path]:
    """Write ``<name>.pub`` and ``<name>.key`` (0600) into *directory*; refuse to overwrite."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.serialization import (
        Encoding,
        NoEncryption,
        PrivateFormat,
        PublicFormat,
    )

    directory.mkdir(parents=True, exist_ok=True)
    pub_path, key_path = directory / f"{name}.pub", directory / f"{name}.key"
    for p in (pub_path, key_path):
        if p.exists():
            raise FileExistsError(p)
    private = Ed25519PrivateKey.generate()
    seed = private.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    raw = private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    fd = os.open(key_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(f"{SECRET_TAG} {base64.b64encode(seed).decode()} {name}\n")
    pub_path.write_text(PublicKey(raw, name).line(), encoding="utf-8")
    return pub_path, key_path


@dataclass(frozen=True)
class SigningKey:
    seed: bytes
    name: str

    @property
    def public(self) -> PublicKey:
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
        from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

        pk = Ed25519PrivateKey.from_private_bytes(self.seed).public_key()
        return PublicKey(pk.public_bytes(Encoding.Raw, PublicFormat.Raw), self.name)

    def sign(self, manifest: bytes) -> str:
        """One signature line for *manifest*'s bytes."""
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

        sig = Ed25519PrivateKey.from_private_bytes(self.seed).sign(DOMAIN + manifest)
        return f"{SIG_TAG} {self.public.key_id} {base64.b64encode(sig).decode()}\n"


def read_secret(path: Path) -> SigningKey:
    try:
        with path.open("rb") as fh:
            parts = fh.read(MAX_KEY_FILE).decode("utf-8").strip().split(maxsplit=2)
    except (OSError, UnicodeDecodeError):
        parts = []
    seed = _b64(parts[1], 32) if len(parts) >= 2 and parts[0] == SECRET_TAG else None
    if seed is None:
        raise UpdateError("bad_key", which=path)
    return SigningKey(seed, parts[2] if len(parts) > 2 else path.stem)


def parse_signatures(data: bytes) -> list[tuple[str, bytes]]:
    """(key id, signature) pairs of a ``manifest.json.sig``; lines that are not one are skipped."""
    out: list[tuple[str, bytes]] = []
    try:
        text = data.decode("ascii")
    except UnicodeDecodeError:
        return out
    for line in text.splitlines()[:16]:
        parts = line.split()
        if len(parts) == 3 and parts[0] == SIG_TAG:
            sig = _b64(parts[2], 64)
            if sig is not None:
                out.append((parts[1], sig))
    return out


def verify_signatures(sig_file: bytes, manifest: bytes, trusted: list[PublicKey]) -> PublicKey:
    """The trusted key that signed *manifest* (any one suffices); raises :class:`UpdateError`.

    This runs on the raw bytes, before anything of the manifest is parsed.
    """
    sigs = parse_signatures(sig_file)
    if not sigs:
        raise UpdateError("no_signature")
    by_id: dict[str, list[PublicKey]] = {}
    for k in trusted:
        by_id.setdefault(k.key_id, []).append(k)
    for key_id, sig in sigs:
        for key in by_id.get(key_id, []):
            if key.verify(sig, manifest):
                return key
    raise UpdateError("bad_signature")


# -- which keys are trusted -------------------------------------------------------------------


def pinned_keys() -> list[PublicKey]:
    """The project's keys, shipped in ``assets/keys/``."""
    from privacy_audit.paths import assets_dir

    out = []
    for path in sorted((assets_dir() / "keys").glob("*.pub")):
        key = parse_public(path.read_text(encoding="utf-8"), pinned=True)
        if key is not None:
            out.append(key)
    return out


def user_keys() -> list[PublicKey]:
    """Keys the person chose to trust (read only; a private session may list them)."""
    from privacy_audit.updates._disk import trusted_dir

    folder = trusted_dir()
    out = []
    if folder.is_dir():
        for path in sorted(folder.glob("*.pub")):
            try:
                key = parse_public(path.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError):
                continue
            if key is not None:
                out.append(key)
    return out


def trusted_keys(extra: list[PublicKey] | None = None) -> list[PublicKey]:
    return [*pinned_keys(), *user_keys(), *(extra or [])]


def add_user_key(key: PublicKey) -> Path:
    """Trust *key* from now on (the caller has asked the person first)."""
    from privacy_audit.updates._disk import atomic_write, ensure_private_dir, trusted_dir

    folder = ensure_private_dir(trusted_dir())
    path = folder / f"{key.key_id}.pub"
    atomic_write(path, key.line().encode("utf-8"))
    return path


def remove_user_key(key_id: str) -> PublicKey:
    """Stop trusting a key added by the person; a pinned key cannot be removed."""
    from privacy_audit.updates._disk import trusted_dir

    wanted = key_id.strip().lower()
    if any(k.key_id == wanted for k in pinned_keys()):
        raise UpdateError("pinned_key", which=key_id)
    for key in user_keys():
        if key.key_id == wanted:
            (trusted_dir() / f"{key.key_id}.pub").unlink(missing_ok=True)
            return key
    raise UpdateError("no_such_key", which=key_id)
