"""The store's random data key, wrapped by a key derived from the inspector's passphrase.

Changing the passphrase re-wraps the key; the database itself is never rewritten.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from fieldkit.storage.atomic import write_atomic
from fieldkit.storage.errors import KeyFileError, WrongPassphrase

FORMAT = "fieldkit-key"
_AAD = b"db-key-v1"


@dataclass(frozen=True)
class KdfParams:
    """RFC 9106 low-memory profile: about 0.2 s on a 2-core laptop, acceptable at every unlock."""

    time_cost: int = 3
    memory_kib: int = 64 * 1024
    parallelism: int = 4


def _derive(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    return hash_secret_raw(
        passphrase.encode("utf-8"), salt, time_cost=params.time_cost, memory_cost=params.memory_kib,
        parallelism=params.parallelism, hash_len=32, type=Type.ID,
    )


def _wrap(dek: bytes, passphrase: str, params: KdfParams) -> dict:
    salt = secrets.token_bytes(16)
    nonce = secrets.token_bytes(12)
    wrapped = AESGCM(_derive(passphrase, salt, params)).encrypt(nonce, dek, _AAD)
    return {
        "format": FORMAT,
        "version": 1,
        "kdf": {"alg": "argon2id", "salt": base64.b64encode(salt).decode(), "time_cost": params.time_cost,
                "memory_kib": params.memory_kib, "parallelism": params.parallelism},
        "wrap": {"alg": "AES-256-GCM", "aad": _AAD.decode(), "nonce": base64.b64encode(nonce).decode(),
                 "ciphertext": base64.b64encode(wrapped).decode()},
    }


def create_key_file(path: Path, passphrase: str, params: KdfParams = KdfParams()) -> bytes:
    """Mint a 256-bit data key, write it wrapped, and return it."""
    if path.exists():
        raise KeyFileError(path, "a key file already exists; refusing to replace it")
    dek = secrets.token_bytes(32)
    write_atomic(path, json.dumps(_wrap(dek, passphrase, params), indent=2).encode())
    return dek


def _read(path: Path) -> dict:
    try:
        doc = json.loads(path.read_text("utf-8"))
    except FileNotFoundError:
        raise KeyFileError(path, "key file missing") from None
    except (OSError, ValueError) as exc:
        raise KeyFileError(path, f"key file unreadable ({exc.__class__.__name__})") from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT or doc.get("version") != 1:
        raise KeyFileError(path, "not a FieldKit key file (format/version)")
    return doc


def unwrap_key(path: Path, passphrase: str) -> bytes:
    doc = _read(path)
    try:
        kdf, wrap = doc["kdf"], doc["wrap"]
        params = KdfParams(int(kdf["time_cost"]), int(kdf["memory_kib"]), int(kdf["parallelism"]))
        salt = base64.b64decode(kdf["salt"])
        nonce = base64.b64decode(wrap["nonce"])
        ciphertext = base64.b64decode(wrap["ciphertext"])
    except (KeyError, TypeError, ValueError) as exc:
        raise KeyFileError(path, f"key file damaged (field {exc})") from None
    try:
        return AESGCM(_derive(passphrase, salt, params)).decrypt(nonce, ciphertext, _AAD)
    except InvalidTag:
        raise WrongPassphrase() from None


def change_passphrase(path: Path, old: str, new: str, params: KdfParams = KdfParams()) -> None:
    dek = unwrap_key(path, old)
    write_atomic(path, json.dumps(_wrap(dek, new, params), indent=2).encode(), replace=True)


def key_file_exists(path: Path) -> bool:
    return os.path.exists(path)
