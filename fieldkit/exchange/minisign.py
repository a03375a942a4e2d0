"""Ed25519 signatures in minisign's file formats, written with `cryptography` alone.

The format is minisign's so that central staff can check a bundle with the stock `minisign -V`; the
code is ours so that no second crypto stack (libsodium) is needed. We only ever write the prehashed
"ED" variant, and only accept it: the legacy "Ed" variant signs the whole message, which minisign
itself has deprecated.

Our key id is the first 8 bytes of the SHA-256 fingerprint of the raw public key (minisign's own keys
use 8 random bytes), so a key id shown by minisign can be traced back to a registered fingerprint.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

SIG_ALG = b"ED"  # Ed25519 over BLAKE2b-512(message)
PK_ALG = b"Ed"
UNTRUSTED_PREFIX = "untrusted comment: "
TRUSTED_PREFIX = "trusted comment: "
MAX_SIGNATURE_FILE = 16 * 1024  # minisign caps comments at 1 KiB / 8 KiB; anything bigger is hostile


class SignatureError(Exception):
    """A signature file that is malformed, made by another key, or does not match the message."""


class KeyFileError(ValueError):
    """A public or private key that cannot be read."""


def fingerprint(raw_public_key: bytes) -> str:
    return hashlib.sha256(raw_public_key).hexdigest()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.strip(), validate=True)


def _one_line(text: str, what: str) -> str:
    if "\n" in text or "\r" in text:
        raise ValueError(f"{what} must be a single line")
    return text


@dataclass(frozen=True)
class PublicKey:
    raw: bytes
    key_id: bytes

    def __post_init__(self) -> None:
        if len(self.raw) != 32 or len(self.key_id) != 8:
            raise KeyFileError("an Ed25519 public key is 32 bytes and a key id 8 bytes")

    @classmethod
    def from_raw(cls, raw: bytes) -> PublicKey:
        """Our own keys: the key id is derived from the fingerprint."""
        return cls(bytes(raw), bytes.fromhex(fingerprint(raw))[:8])

    @classmethod
    def from_b64(cls, text: str) -> PublicKey:
        try:
            return cls.from_raw(_unb64(text))
        except (binascii.Error, ValueError):
            raise KeyFileError("not a base64 Ed25519 public key") from None

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.raw)

    @property
    def b64(self) -> str:
        return _b64(self.raw)

    @property
    def key_id_hex(self) -> str:
        """How minisign prints a key id: the 8 bytes as a little-endian number, upper-case hex."""
        return self.key_id[::-1].hex().upper()

    def file_text(self) -> str:
        return (f"{UNTRUSTED_PREFIX}minisign public key {self.key_id_hex}\n"
                f"{_b64(PK_ALG + self.key_id + self.raw)}\n")


class SigningKey:
    def __init__(self, private_key: Ed25519PrivateKey):
        self._key = private_key
        self.public_key = PublicKey.from_raw(private_key.public_key().public_bytes_raw())

    @classmethod
    def generate(cls) -> SigningKey:
        return cls(Ed25519PrivateKey.generate())

    @classmethod
    def from_private_bytes(cls, raw: bytes) -> SigningKey:
        """The 32-byte seed, as stored (encrypted) by whoever keeps the key."""
        if len(raw) != 32:
            raise KeyFileError(f"an Ed25519 private key is 32 bytes, not {len(raw)}")
        return cls(Ed25519PrivateKey.from_private_bytes(bytes(raw)))

    def private_bytes(self) -> bytes:
        return self._key.private_bytes_raw()

    @property
    def fingerprint(self) -> str:
        return self.public_key.fingerprint

    @property
    def key_id(self) -> bytes:
        return self.public_key.key_id

    def public_key_file_text(self) -> str:
        return self.public_key.file_text()

    def sign(self, message: bytes, trusted_comment: str, *, untrusted_comment: str | None = None) -> str:
        """A complete `.minisig` file: the signature, then the signed trusted comment."""
        _one_line(trusted_comment, "trusted comment")
        untrusted = untrusted_comment or f"signature from fieldkit key {self.public_key.key_id_hex}"
        _one_line(untrusted, "untrusted comment")
        sig = self._key.sign(hashlib.blake2b(message, digest_size=64).digest())
        global_sig = self._key.sign(sig + trusted_comment.encode("utf-8"))
        return (f"{UNTRUSTED_PREFIX}{untrusted}\n"
                f"{_b64(SIG_ALG + self.key_id + sig)}\n"
                f"{TRUSTED_PREFIX}{trusted_comment}\n"
                f"{_b64(global_sig)}\n")


def load_public_key_file(text: str) -> PublicKey:
    """A minisign `.pub` file (or just its base64 line); the key id is kept as the file states it."""
    lines = [ln.rstrip("\r") for ln in text.splitlines() if ln.strip()]
    if lines and lines[0].startswith(UNTRUSTED_PREFIX):
        lines = lines[1:]
    if len(lines) != 1:
        raise KeyFileError("expected an untrusted comment line and one base64 key line")
    try:
        blob = _unb64(lines[0])
    except (binascii.Error, ValueError):
        raise KeyFileError("the key line is not base64") from None
    if len(blob) != 42 or blob[:2] != PK_ALG:
        raise KeyFileError("not a minisign Ed25519 public key")
    return PublicKey(raw=blob[10:], key_id=blob[2:10])


@dataclass(frozen=True)
class ParsedSignature:
    key_id: bytes
    signature: bytes
    trusted_comment: str
    global_signature: bytes


def parse_signature(sig_text: str) -> ParsedSignature:
    if len(sig_text) > MAX_SIGNATURE_FILE:
        raise SignatureError("signature file is implausibly large")
    lines = [ln.rstrip("\r") for ln in sig_text.split("\n")]
    while lines and lines[-1] == "":
        lines.pop()
    if len(lines) != 4:
        raise SignatureError(f"expected 4 lines in a minisign signature, found {len(lines)}")
    if not lines[0].startswith(UNTRUSTED_PREFIX):
        raise SignatureError("line 1 is not an untrusted comment")
    if not lines[2].startswith(TRUSTED_PREFIX):
        raise SignatureError("line 3 is not a trusted comment")
    try:
        blob, global_sig = _unb64(lines[1]), _unb64(lines[3])
    except (binascii.Error, ValueError):
        raise SignatureError("signature lines are not base64") from None
    if len(blob) != 74 or len(global_sig) != 64:
        raise SignatureError("signature lines have the wrong length")
    if blob[:2] != SIG_ALG:
        raise SignatureError(f"unsupported signature algorithm {blob[:2]!r} (only prehashed 'ED')")
    return ParsedSignature(blob[2:10], blob[10:], lines[2][len(TRUSTED_PREFIX):], global_sig)


def verify(public_key: PublicKey | bytes, message: bytes, sig_text: str) -> str:
    """Check a `.minisig` over `message` and return its trusted comment, or raise SignatureError."""
    pub = public_key if isinstance(public_key, PublicKey) else PublicKey.from_raw(public_key)
    parsed = parse_signature(sig_text)
    if parsed.key_id != pub.key_id:
        raise SignatureError(f"signed by key id {parsed.key_id[::-1].hex().upper()}, "
                             f"not by {pub.key_id_hex}")
    key = Ed25519PublicKey.from_public_bytes(pub.raw)
    try:
        key.verify(parsed.signature, hashlib.blake2b(message, digest_size=64).digest())
    except InvalidSignature:
        raise SignatureError("signature does not match the signed file") from None
    try:
        key.verify(parsed.global_signature, parsed.signature + parsed.trusted_comment.encode("utf-8"))
    except InvalidSignature:
        raise SignatureError("trusted comment signature does not match (comment altered)") from None
    return parsed.trusted_comment
