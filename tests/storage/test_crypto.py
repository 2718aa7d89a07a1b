"""The sealed-file format: header, fresh nonces, and that any change is refused."""

from __future__ import annotations

import pytest

from privacy_audit.storage import crypto
from privacy_audit.storage.crypto import KdfParams, KeyKind, SealError


def test_round_trip_and_header_fields() -> None:
    key = crypto.new_key()
    blob = crypto.seal(b"hello", key, KeyKind.KEYRING)
    header = crypto.read_header(blob)
    assert blob.startswith(crypto.MAGIC)
    assert header.version == crypto.FORMAT_VERSION == blob[8]
    assert header.kind is KeyKind.KEYRING and header.kdf is None
    assert header.key_id == crypto.key_id(key)
    assert crypto.unseal(blob, header, key) == b"hello"
    assert len(blob) == crypto.HEADER_BYTES + len(b"hello") + crypto.TAG_BYTES


def test_every_write_uses_a_fresh_nonce() -> None:
    key = crypto.new_key()
    blobs = [crypto.seal(b"same text", key, KeyKind.KEYRING) for _ in range(50)]
    nonces = {crypto.read_header(b).nonce for b in blobs}
    assert len(nonces) == 50
    assert len({b[crypto.HEADER_BYTES :] for b in blobs}) == 50


def test_passphrase_header_carries_scrypt_parameters() -> None:
    kdf = KdfParams(b"s" * 16, log2_n=15)
    key = crypto.derive_key("correct horse", kdf)
    blob = crypto.seal(b"x", key, KeyKind.PASSPHRASE, kdf)
    header = crypto.read_header(blob)
    assert header.kind is KeyKind.PASSPHRASE
    assert header.kdf == kdf
    # NFC and NFD spellings of the same passphrase give the same key.
    assert crypto.derive_key("contraseña", kdf) == crypto.derive_key("contrasen\u0303a", kdf)
    assert crypto.derive_key("contraseña", kdf) != crypto.derive_key("contrasena", kdf)


@pytest.mark.parametrize("kind", [KeyKind.KEYRING, KeyKind.PASSPHRASE])
def test_flipping_any_byte_is_refused(kind: KeyKind) -> None:
    kdf = KdfParams(b"\x07" * 16, log2_n=15) if kind is KeyKind.PASSPHRASE else None
    key = crypto.new_key()
    blob = crypto.seal(b'{"name": "secret"}' + b" " * 40, key, kind, kdf)
    for pos in range(len(blob)):
        for mask in (0x01, 0x80, 0xFF):
            bad = bytearray(blob)
            bad[pos] ^= mask
            with pytest.raises(SealError):
                header = crypto.read_header(bytes(bad))
                # Same key: only the header check or the GCM tag can stop it.
                crypto.unseal(bytes(bad), header, key)


def test_truncated_or_extended_files_are_refused() -> None:
    key = crypto.new_key()
    blob = crypto.seal(b"payload bytes", key, KeyKind.KEYRING)
    for cut in range(len(blob)):
        with pytest.raises(SealError):
            crypto.unseal(blob[:cut], crypto.read_header(blob[:cut]), key)
    with pytest.raises(SealError):
        crypto.unseal(blob + b"\0", crypto.read_header(blob + b"\0"), key)


def test_reasons_tell_other_key_newer_and_foreign_files_apart() -> None:
    key = crypto.new_key()
    blob = crypto.seal(b"x", key, KeyKind.KEYRING)
    with pytest.raises(SealError) as err:
        crypto.unseal(blob, crypto.read_header(blob), crypto.new_key())
    assert err.value.reason == SealError.OTHER_KEY
    newer = bytearray(blob)
    newer[8] = 2
    with pytest.raises(SealError) as err:
        crypto.read_header(bytes(newer))
    assert err.value.reason == SealError.NEWER
    with pytest.raises(SealError) as err:
        crypto.read_header(b'{"format": "huella-answers"}')
    assert err.value.reason == SealError.NOT_HUELLA


def test_a_damaged_header_cannot_ask_for_huge_scrypt_costs() -> None:
    kdf = KdfParams(b"\x01" * 16)
    blob = bytearray(crypto.seal(b"x", crypto.new_key(), KeyKind.PASSPHRASE, kdf))
    for log2_n in (14, 18, 30, 255):
        blob[11] = log2_n
        with pytest.raises(SealError):
            crypto.read_header(bytes(blob))
