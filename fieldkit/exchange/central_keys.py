"""Central's own keys, as files: an X25519 key bundles are sealed to, and an Ed25519 key receipts are signed with.

Central keeps the private file (`fieldkit central keygen`); every laptop is given the public file
(`fieldkit central-key set FILE`). Both are one canonical JSON line, so they can be read by eye and
compared byte for byte. The X25519 fingerprint (docs/bundle-format.md §3.3) is what laptops display.
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from fieldkit.exchange import canonical
from fieldkit.exchange.minisign import KeyFileError, PublicKey, SigningKey
from fieldkit.exchange.sealing import central_key_fingerprint

PUBLIC_FORMAT = "fieldkit-central-public-key/1"
PRIVATE_FORMAT = "fieldkit-central-private-key/1"


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def _raw32(obj: dict, key: str, what: str) -> bytes:
    value = obj.get(key)
    if not isinstance(value, str):
        raise KeyFileError(f"{what}: {key} is missing")
    try:
        raw = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise KeyFileError(f"{what}: {key} is not base64") from None
    if len(raw) != 32:
        raise KeyFileError(f"{what}: {key} must hold 32 bytes, not {len(raw)}")
    return raw


def _parse(text: str | bytes, fmt: str, fields: set[str], what: str) -> dict:
    data = text.encode("utf-8") if isinstance(text, str) else bytes(text)
    try:
        obj = canonical.loads_canonical(data.rstrip(b"\r\n"))
    except ValueError as exc:
        raise KeyFileError(f"{what}: {exc}") from None
    if not isinstance(obj, dict) or obj.get("format") != fmt:
        found = obj.get("format") if isinstance(obj, dict) else None
        raise KeyFileError(f"{what}: not a {fmt} file (format {found!r})")
    if set(obj) != fields | {"format"}:
        raise KeyFileError(f"{what}: expected fields {sorted(fields | {'format'})}, found {sorted(obj)}")
    return obj


@dataclass(frozen=True)
class CentralPublicKey:
    encryption_key: bytes  # raw X25519 public key: bundles are sealed to it
    receipt_key: PublicKey  # Ed25519: receipts from central are checked against it

    @property
    def fingerprint(self) -> str:
        return central_key_fingerprint(self.encryption_key)

    def file_text(self) -> str:
        return canonical.document({"format": PUBLIC_FORMAT, "x25519_public_b64": _b64(self.encryption_key),
                                   "ed25519_public_b64": self.receipt_key.b64}).decode("utf-8")


@dataclass(frozen=True)
class CentralPrivateKey:
    encryption_private: bytes
    receipt_signing: SigningKey

    @property
    def public(self) -> CentralPublicKey:
        pub = X25519PrivateKey.from_private_bytes(self.encryption_private).public_key().public_bytes_raw()
        return CentralPublicKey(pub, self.receipt_signing.public_key)

    @property
    def fingerprint(self) -> str:
        return self.public.fingerprint

    def file_text(self) -> str:
        return canonical.document({"format": PRIVATE_FORMAT, "x25519_private_b64": _b64(self.encryption_private),
                                   "ed25519_private_b64": _b64(self.receipt_signing.private_bytes())}
                                  ).decode("utf-8")


def generate_central_keys() -> CentralPrivateKey:
    return CentralPrivateKey(X25519PrivateKey.generate().private_bytes_raw(), SigningKey.generate())


def load_central_public_key(text: str | bytes) -> CentralPublicKey:
    obj = _parse(text, PUBLIC_FORMAT, {"x25519_public_b64", "ed25519_public_b64"}, "central public key")
    return CentralPublicKey(_raw32(obj, "x25519_public_b64", "central public key"),
                            PublicKey.from_raw(_raw32(obj, "ed25519_public_b64", "central public key")))


def load_central_private_key(text: str | bytes) -> CentralPrivateKey:
    obj = _parse(text, PRIVATE_FORMAT, {"x25519_private_b64", "ed25519_private_b64"}, "central private key")
    return CentralPrivateKey(_raw32(obj, "x25519_private_b64", "central private key"),
                             SigningKey.from_private_bytes(_raw32(obj, "ed25519_private_b64",
                                                                  "central private key")))
