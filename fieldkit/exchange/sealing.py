"""Encrypting a signed bundle to central's X25519 key with HPKE (RFC 9180), ecosystem-security §1.4.

Sign first, then encrypt: whoever finds the USB stick learns neither the content nor who signed it.
The outer file is one canonical-JSON header line followed by the HPKE output (enc ‖ ciphertext ‖ tag).
HPKE's `info` binds the format and the recipient's fingerprint, so a blob cannot be relabelled for
another format or key; the verifier also insists the header is exactly the one it would have written.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.hpke import AEAD, KDF, KEM, Suite

from fieldkit.exchange import canonical
from fieldkit.exchange.schema import FORMAT_TAG, BundleError

SCHEME = "HPKE-base-X25519-SHA256-AES256GCM"
_SUITE = Suite(KEM.X25519, KDF.HKDF_SHA256, AEAD.AES_256_GCM)
_MAX_HEADER = 1024
_OVERHEAD = 32 + 16  # X25519 encapsulated key + GCM tag


@dataclass(frozen=True)
class CentralKeyPair:
    private_bytes: bytes
    public_bytes: bytes

    @property
    def fingerprint(self) -> str:
        return central_key_fingerprint(self.public_bytes)


def generate_central_keypair() -> CentralKeyPair:
    key = X25519PrivateKey.generate()
    return CentralKeyPair(key.private_bytes_raw(), key.public_key().public_bytes_raw())


def _public(key: X25519PublicKey | bytes) -> X25519PublicKey:
    return key if isinstance(key, X25519PublicKey) else X25519PublicKey.from_public_bytes(bytes(key))


def _private(key: X25519PrivateKey | bytes) -> X25519PrivateKey:
    return key if isinstance(key, X25519PrivateKey) else X25519PrivateKey.from_private_bytes(bytes(key))


def central_key_fingerprint(public_key: X25519PublicKey | bytes) -> str:
    return hashlib.sha256(_public(public_key).public_bytes_raw()).hexdigest()


def _header(recipient_fp: str) -> bytes:
    return canonical.document({"format": FORMAT_TAG, "recipient_key_fp": recipient_fp, "scheme": SCHEME})


def _info(recipient_fp: str) -> bytes:
    return f"{FORMAT_TAG}|{recipient_fp}".encode("ascii")


def is_encrypted(blob: bytes) -> bool:
    """A sealed bundle starts with its JSON header; a plain one with a ZIP signature ("PK")."""
    return bytes(blob[:1]) == b"{"


def encrypt_bundle(bundle: bytes | memoryview, central_public_key: X25519PublicKey | bytes) -> bytes:
    fp = central_key_fingerprint(central_public_key)
    return _header(fp) + _SUITE.encrypt(bundle, _public(central_public_key), info=_info(fp))


def decrypt_bundle(blob: bytes | memoryview, central_private_key: X25519PrivateKey | bytes) -> bytes:
    """The inner signed ZIP; BundleError if the blob is not for this key or was altered."""
    key = _private(central_private_key)
    fp = central_key_fingerprint(key.public_key())
    end = bytes(blob[:_MAX_HEADER]).find(b"\n")
    if not is_encrypted(blob) or end < 0:
        raise BundleError("encryption header: missing or longer than 1 KiB")
    try:
        header = canonical.loads_canonical(bytes(blob[:end]))
    except ValueError as exc:
        raise BundleError(f"encryption header: {exc}") from None
    if not isinstance(header, dict):
        raise BundleError("encryption header: not a JSON object")
    if header.get("scheme") != SCHEME:
        raise BundleError(f"encryption header: unknown scheme {header.get('scheme')!r} "
                          f"(expected {SCHEME})")
    if header.get("format") != FORMAT_TAG:
        raise BundleError(f"encryption header: unknown format {header.get('format')!r} "
                          f"(expected {FORMAT_TAG})")
    if header.get("recipient_key_fp") != fp:
        raise BundleError(f"encryption header: sealed for central key {header.get('recipient_key_fp')!r}, "
                          f"not for this key {fp}")
    if bytes(blob[:end + 1]) != _header(fp):
        raise BundleError("encryption header: unexpected fields")
    body = memoryview(blob)[end + 1:]  # not a copy: bundles can be hundreds of MB
    if len(body) < _OVERHEAD:
        raise BundleError("encrypted bundle: truncated")
    try:
        return _SUITE.decrypt(body, key, info=_info(fp))
    except InvalidTag:
        raise BundleError("encrypted bundle: decryption failed "
                          "(altered, truncated or not for this key)") from None
