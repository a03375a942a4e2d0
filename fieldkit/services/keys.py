"""The inspector's signing key, central's public key, and the bundle sequence of this device.

The Ed25519 signing key is made on first use and kept only as a setting inside the encrypted store
(base64 of the 32-byte seed): it is never written to any other file, and only its public half can be
exported. The device sequence and the previous manifest's hash live beside it, so a store restored
from a backup shows up at central as a fork (ecosystem-security §1.5).
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass
from pathlib import Path

from fieldkit.exchange.central_keys import CentralPublicKey, load_central_public_key
from fieldkit.exchange.minisign import KeyFileError, SigningKey
from fieldkit.services.store import OpenStore
from fieldkit.storage.atomic import write_atomic

SIGNING_KEY_SETTING = "keys.signing_ed25519"
CENTRAL_KEY_SETTING = "keys.central_public"
INSPECTOR_ID_SETTING = "user.inspector_id"
DEVICE_SEQ_SETTING = "bundle.device_seq"
PREV_MANIFEST_SETTING = "bundle.prev_manifest_sha256"


def fingerprint_groups(fingerprint: str, size: int = 4) -> str:
    """`56475aa754634…` as `5647 5aa7 5463 …`: easy to read aloud when enrolling a key."""
    return " ".join(fingerprint[i:i + size] for i in range(0, len(fingerprint), size))


@dataclass(frozen=True)
class KeyInfo:
    fingerprint: str
    key_id: str  # as minisign prints it
    inspector_id: str
    display_name: str

    @property
    def grouped(self) -> str:
        return fingerprint_groups(self.fingerprint)


class KeyService:
    def __init__(self, store: OpenStore):
        self._store = store

    # -- the inspector's signing key ---------------------------------------------------------------

    def signing_key(self) -> SigningKey:
        """This store's key; generated (and the generation audited) the first time it is needed."""
        stored = self._store.setting(SIGNING_KEY_SETTING)
        if stored is not None:
            try:
                return SigningKey.from_private_bytes(base64.b64decode(stored, validate=True))
            except (binascii.Error, ValueError) as exc:
                raise KeyFileError(f"setting {SIGNING_KEY_SETTING} in the store is damaged: {exc}") from None
        key = SigningKey.generate()
        self._store.set_setting(SIGNING_KEY_SETTING, base64.b64encode(key.private_bytes()).decode("ascii"))
        self._store.records.audit(actor=self._store.user, action="signing-key-created", entity="key",
                                  uuid=key.fingerprint)
        return key

    def inspector_id(self) -> str:
        return self._store.setting(INSPECTOR_ID_SETTING) or self._store.user

    def set_inspector_id(self, inspector_id: str) -> None:
        if not inspector_id.strip():
            raise ValueError("the inspector id may not be empty")
        self._store.set_setting(INSPECTOR_ID_SETTING, inspector_id.strip())

    def info(self) -> KeyInfo:
        key = self.signing_key()
        return KeyInfo(key.fingerprint, key.public_key.key_id_hex, self.inspector_id(), self._store.user)

    def public_key_text(self) -> str:
        return self.signing_key().public_key_file_text()

    def export_public(self, out: str | Path, *, overwrite: bool = False) -> Path:
        path = Path(out)
        write_atomic(path, self.public_key_text().encode("utf-8"), replace=overwrite)
        return path

    # -- central's public key ----------------------------------------------------------------------

    def set_central_key(self, file: str | Path) -> CentralPublicKey:
        path = Path(file)
        try:
            key = load_central_public_key(path.read_bytes())
        except KeyFileError as exc:
            raise KeyFileError(f"{path}: {exc}") from None
        self._store.set_setting(CENTRAL_KEY_SETTING, key.file_text())
        self._store.records.audit(actor=self._store.user, action="central-key-set", entity="key",
                                  uuid=key.fingerprint)
        return key

    def central_key(self) -> CentralPublicKey | None:
        text = self._store.setting(CENTRAL_KEY_SETTING)
        return load_central_public_key(text) if text else None

    # -- bundle sequence ---------------------------------------------------------------------------

    def next_sequence(self) -> tuple[int, str | None]:
        """The device_seq and prev_manifest_sha256 for the next bundle (the first bundle is 1)."""
        last = int(self._store.setting(DEVICE_SEQ_SETTING) or 0)
        return last + 1, self._store.setting(PREV_MANIFEST_SETTING)

    def bundle_written(self, device_seq: int, manifest_sha256: str) -> None:
        self._store.set_setting(DEVICE_SEQ_SETTING, device_seq)
        self._store.set_setting(PREV_MANIFEST_SETTING, manifest_sha256)
