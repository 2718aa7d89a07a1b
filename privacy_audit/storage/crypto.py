"""The sealed-file format: a versioned 50-byte header, then AES-256-GCM ciphertext and tag.

Layout (big-endian, see docs/security.md)::

    offset size field
    0      8    magic  b"\\x89HUELLA\\n"
    8      1    format version (1)
    9      1    key kind: 1 = key from the system keyring, 2 = key derived from a passphrase
    10     1    KDF: 0 = none (keyring), 1 = scrypt
    11     1    scrypt log2(N)   (0 for keyring)
    12     1    scrypt r         (0 for keyring)
    13     1    scrypt p         (0 for keyring)
    14     16   KDF salt         (zeros for keyring)
    30     8    key id: HMAC-SHA256(key, "huella key id v1")[:8], to tell "other key" from damage
    38     12   nonce, fresh from os.urandom for every write
    50     ...  AES-256-GCM ciphertext followed by its 16-byte tag

The whole header is the GCM associated data, so changing any byte of the file makes
decryption fail; nothing is ever returned from a file that does not authenticate.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import struct
import unicodedata
from dataclasses import dataclass
from enum import IntEnum

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

MAGIC = b"\x89HUELLA\n"
FORMAT_VERSION = 1
KEY_BYTES = 32
NONCE_BYTES = 12
SALT_BYTES = 16
TAG_BYTES = 16
_HEADER = struct.Struct(">8sBBBBBB16s8s12s")
HEADER_BYTES = _HEADER.size  # 50

KDF_NONE = 0
KDF_SCRYPT = 1
#: scrypt parameters for new passphrases: N = 2**17, r = 8, p = 1 (128 MiB, ~0.5 s).
SCRYPT_LOG2_N = 17
SCRYPT_R = 8
SCRYPT_P = 1
#: Parameters accepted when reading, so a damaged header cannot make us allocate gigabytes.
_ALLOWED_LOG2_N = range(15, 18)


class KeyKind(IntEnum):
    KEYRING = 1
    PASSPHRASE = 2


class SealError(Exception):
    """A file that cannot be opened; ``reason`` is one of the constants below."""

    NOT_HUELLA = "not_huella"
    NEWER = "newer"
    DAMAGED = "damaged"
    OTHER_KEY = "other_key"

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class KdfParams:
    """scrypt parameters and salt of a passphrase key."""

    salt: bytes
    log2_n: int = SCRYPT_LOG2_N
    r: int = SCRYPT_R
    p: int = SCRYPT_P

    @staticmethod
    def new() -> KdfParams:
        return KdfParams(os.urandom(SALT_BYTES))


@dataclass(frozen=True)
class Header:
    version: int
    kind: KeyKind
    kdf: KdfParams | None
    key_id: bytes
    nonce: bytes
    raw: bytes


def new_key() -> bytes:
    """A fresh random 256-bit key."""
    return os.urandom(KEY_BYTES)


def derive_key(passphrase: str, kdf: KdfParams) -> bytes:
    """scrypt(passphrase NFC-normalised as UTF-8, salt) -> 256-bit key."""
    pw = unicodedata.normalize("NFC", passphrase).encode("utf-8")
    return Scrypt(salt=kdf.salt, length=KEY_BYTES, n=2**kdf.log2_n, r=kdf.r, p=kdf.p).derive(pw)


def key_id(key: bytes) -> bytes:
    """An 8-byte public fingerprint of *key* (reveals nothing useful about the key)."""
    return hmac.new(key, b"huella key id v1", hashlib.sha256).digest()[:8]


def seal(plaintext: bytes, key: bytes, kind: KeyKind, kdf: KdfParams | None = None) -> bytes:
    """Encrypt *plaintext* into a complete file (header + ciphertext + tag)."""
    if (kind is KeyKind.PASSPHRASE) != (kdf is not None):
        raise ValueError("a passphrase key needs its KDF parameters, a keyring key none")
    nonce = os.urandom(NONCE_BYTES)
    if kdf is None:
        fields = (KDF_NONE, 0, 0, 0, bytes(SALT_BYTES))
    else:
        fields = (KDF_SCRYPT, kdf.log2_n, kdf.r, kdf.p, kdf.salt)
    header = _HEADER.pack(MAGIC, FORMAT_VERSION, int(kind), *fields, key_id(key), nonce)
    return header + AESGCM(key).encrypt(nonce, plaintext, header)


def read_header(blob: bytes) -> Header:
    """Parse and sanity-check the header; raise :class:`SealError` on anything unexpected."""
    if len(blob) < len(MAGIC) or blob[: len(MAGIC)] != MAGIC:
        raise SealError(SealError.NOT_HUELLA)
    if len(blob) < HEADER_BYTES + TAG_BYTES:
        raise SealError(SealError.DAMAGED)
    _magic, version, kind, kdf_id, log2_n, r, p, salt, kid, nonce = _HEADER.unpack_from(blob)
    if version != FORMAT_VERSION:
        raise SealError(SealError.NEWER)
    kdf: KdfParams | None
    if kind == KeyKind.KEYRING and kdf_id == KDF_NONE:
        if (log2_n, r, p) != (0, 0, 0) or salt != bytes(SALT_BYTES):
            raise SealError(SealError.DAMAGED)
        kdf = None
    elif kind == KeyKind.PASSPHRASE and kdf_id == KDF_SCRYPT:
        if log2_n not in _ALLOWED_LOG2_N or (r, p) != (SCRYPT_R, SCRYPT_P):
            raise SealError(SealError.DAMAGED)
        kdf = KdfParams(salt, log2_n, r, p)
    else:
        raise SealError(SealError.DAMAGED)
    return Header(version, KeyKind(kind), kdf, kid, nonce, blob[:HEADER_BYTES])


def unseal(blob: bytes, header: Header, key: bytes) -> bytes:
    """Decrypt a file whose header was read with :func:`read_header`, using *key*."""
    if not hmac.compare_digest(header.key_id, key_id(key)):
        raise SealError(SealError.OTHER_KEY)
    try:
        return AESGCM(key).decrypt(header.nonce, blob[HEADER_BYTES:], header.raw)
    except InvalidTag:
        raise SealError(SealError.DAMAGED) from None
