"""The central record's use cases: set up, enrol and revoke inspectors' keys, merge bundles, issue receipts.

Every bundle is verified in full (docs/bundle-format.md §10) against central's own key registry before
anything in it is used; then it is merged in one transaction (fieldkit/storage/central.py).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from fieldkit.exchange.central_keys import CentralPrivateKey, load_central_private_key
from fieldkit.exchange.minisign import KeyFileError, PublicKey, load_public_key_file
from fieldkit.exchange.receipt import ReceiptError, build_receipt, sign_receipt
from fieldkit.exchange.schema import BundleError
from fieldkit.exchange.verify import DEFAULT_MAX_TOTAL_SIZE, verify_bundle
from fieldkit.storage import central as store
from fieldkit.storage.atomic import write_atomic
from fieldkit.storage.central import CentralAlarm, KeyRow, MergeOutcome, MergeRefused
from fieldkit.storage.migrate import known_revisions

__all__ = ["BundleError", "CentralAlarm", "CentralService", "FileResult", "MergeRefused", "ReceiptError",
           "file_sha256", "load_central_key_file", "trusted_keys_from_dir", "verify_file", "write_central_keys"]


@dataclass
class FileResult:
    """One file given to `merge`: merged, already merged, or refused (with the reason)."""

    path: Path
    outcome: MergeOutcome | None = None
    error: str | None = None
    receipt_path: Path | None = None

    @property
    def ok(self) -> bool:
        return self.error is None

    def as_dict(self) -> dict:
        d = {"file": str(self.path), "ok": self.ok, "error": self.error,
             "receipt": str(self.receipt_path) if self.receipt_path else None}
        if self.outcome:
            d.update(self.outcome.as_dict())
        return d


def load_central_key_file(path: str | Path) -> CentralPrivateKey:
    p = Path(path)
    try:
        return load_central_private_key(p.read_bytes())
    except KeyFileError as exc:
        raise KeyFileError(f"{p}: {exc}") from None


class CentralService:
    def __init__(self, url: str | Path, *, max_bundle_size: int = DEFAULT_MAX_TOTAL_SIZE):
        self.url = str(url)
        self._engine = None
        self._max = max_bundle_size

    @property
    def label(self) -> str:
        return store.label(store.central_url(self.url))

    @property
    def engine(self):
        if self._engine is None:
            self._engine = store.make_central_engine(self.url)
        return self._engine

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None

    def init(self) -> tuple[str, bool]:
        return store.init_central(self.url)

    # -- keys --------------------------------------------------------------------------------------

    def trust_key(self, file: str | Path, *, inspector_id: str | None = None) -> tuple[PublicKey, bool]:
        store.require_schema(self.engine)
        path = Path(file)
        try:
            key = load_public_key_file(path.read_text("utf-8"))
        except (KeyFileError, UnicodeDecodeError) as exc:
            raise KeyFileError(f"{path}: {exc}") from None
        if key.key_id != PublicKey.from_raw(key.raw).key_id:
            raise KeyFileError(f"{path}: key id {key.key_id_hex} is not derived from the key's fingerprint; "
                               "not a FieldKit signing key")
        added = store.add_trusted_key(self.engine, fingerprint=key.fingerprint, public_key_b64=key.b64,
                                      inspector_id=inspector_id, comment=path.name)
        return key, added

    def revoke_key(self, fingerprint: str) -> KeyRow:
        store.require_schema(self.engine)
        return store.revoke_key(self.engine, fingerprint.replace(" ", "").lower())

    def keys(self) -> list[KeyRow]:
        store.require_schema(self.engine)
        return store.keys(self.engine)

    # -- merging -----------------------------------------------------------------------------------

    def merge_file(self, path: str | Path, *, central_key: CentralPrivateKey | None = None,
                   receipts_dir: str | Path | None = None) -> FileResult:
        """Verify and merge one bundle; a refused bundle is reported, never raised, and changes nothing.

        The very same file merged before (same bytes, signer still trusted) is answered from the ledger
        without verifying it again: nothing in it would be used."""
        result = FileResult(Path(path))
        store.require_schema(self.engine)
        rows = store.keys(self.engine)
        trusted = {k.fingerprint: PublicKey.from_b64(k.public_key_b64) for k in rows if not k.revoked}
        revoked = {k.fingerprint for k in rows if k.revoked}
        try:
            file_sha = file_sha256(result.path)
        except OSError as exc:
            result.error = f"{result.path.name}: cannot be read ({exc.strerror or exc})"
            return result
        seen = store.merged_file(self.engine, file_sha)
        if seen is not None and seen["signer_fp"] in trusted:
            result.outcome = MergeOutcome(seen["bundle_id"], "already-ingested", already_present=seen["record_count"],
                                          receipt=seen["receipt"])
        else:
            try:
                bundle = verify_bundle(result.path, trusted_keys=trusted, revoked=revoked, max_total_size=self._max,
                                       central_private_key=central_key.encryption_private if central_key else None,
                                       known_data_schemas=known_revisions())
            except BundleError as exc:
                result.error = str(exc)
                return result
            try:
                with bundle:
                    result.outcome = store.merge_bundle(
                        self.engine, manifest=bundle.manifest, manifest_sha256=bundle.manifest_sha256,
                        records=bundle.records, audit_events=bundle.audit_events, attachments=bundle.attachments,
                        make_receipt=build_receipt, file_sha256=file_sha, data_texts=bundle.data_texts)
            except CentralAlarm as exc:
                result.error = f"ALARM: {exc}"
                return result
            except (MergeRefused, BundleError) as exc:
                result.error = str(exc)
                return result
        if receipts_dir is not None and central_key is not None and result.outcome.receipt is not None:
            result.receipt_path = self.write_receipt(result.outcome.receipt, central_key, receipts_dir)
        return result

    def merge(self, paths: list[str | Path], *, central_key: CentralPrivateKey | None = None,
              receipts_dir: str | Path | None = None) -> list[FileResult]:
        return [self.merge_file(p, central_key=central_key, receipts_dir=receipts_dir) for p in paths]

    @staticmethod
    def write_receipt(body: dict, central_key: CentralPrivateKey, folder: str | Path) -> Path:
        target = Path(folder)
        target.mkdir(parents=True, exist_ok=True)
        path = target / f"receipt-{body['bundle_id']}.json"
        write_atomic(path, sign_receipt(body, central_key.receipt_signing), replace=True)
        return path

    def receipt_for(self, bundle_id: str, central_key: CentralPrivateKey, out: str | Path) -> Path:
        """Sign (again) the receipt central issued for a merged bundle, e.g. when the first copy was lost."""
        body = store.receipt_body(self.engine, bundle_id)
        if body is None:
            raise KeyError(f"bundle {bundle_id} has not been merged into {self.label}")
        path = Path(out)
        write_atomic(path, sign_receipt(body, central_key.receipt_signing), replace=True)
        return path

    def conflicts(self, status: str | None = "open") -> list[dict]:
        store.require_schema(self.engine)
        return store.conflicts(self.engine, status=status)


def file_sha256(path: str | Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(1024 * 1024):
            digest.update(chunk)
    return digest.hexdigest()


def trusted_keys_from_dir(folder: str | Path, revoked: list[str] | tuple[str, ...] = ()) -> tuple[dict, set[str]]:
    """(trusted keys, revoked fingerprints) from a folder of `.pub` files with its `revoked/` subfolder
    and `revoked.txt` (docs/bundle-format.md §10), plus fingerprints revoked on the command line."""
    from fieldkit.exchange.verify import load_revoked_dir, load_trusted_keys_dir

    where = Path(folder)
    if not where.is_dir():
        raise BundleError(f"{where}: not a folder of trusted .pub keys")
    try:
        gone = load_revoked_dir(where) | {r.replace(" ", "").lower() for r in revoked}
        trusted = {fp: k for fp, k in load_trusted_keys_dir(where).items() if fp not in gone}
    except KeyFileError as exc:
        raise BundleError(f"{where}: {exc}") from None
    if not trusted:
        raise BundleError(f"{where}: holds no trusted .pub keys (revoked ones do not count), so no bundle "
                          "can be trusted")
    return trusted, gone


def verify_file(path: str | Path, *, trusted_keys_dir: str | Path, revoked: list[str] | tuple[str, ...] = (),
                central_key_file: str | Path | None = None) -> dict:
    """Verify one bundle against a folder of `.pub` files; returns a summary, raises BundleError."""
    trusted, gone = trusted_keys_from_dir(trusted_keys_dir, revoked)
    key = load_central_key_file(central_key_file) if central_key_file else None
    bundle = verify_bundle(Path(path), trusted_keys=trusted, revoked=gone,
                           central_private_key=key.encryption_private if key else None,
                           known_data_schemas=known_revisions())
    bundle.close()
    m = bundle.manifest
    return {"file": str(path), "bundle_id": m["bundle_id"], "manifest_sha256": bundle.manifest_sha256,
            "inspector_id": m["signer"]["inspector_id"], "signer_fingerprint": bundle.signer_fingerprint,
            "device_id": m["device_id"], "device_seq": m["device_seq"], "inspection_id": m["inspection_id"],
            "created_at": m["created_at"], "records": len(bundle.records), "audit_events": len(bundle.audit_events),
            "attachments": len(bundle.attachments)}


def write_central_keys(private_out: str | Path, public_out: str | Path) -> str:
    """Generate central's key pair (X25519 for sealing, Ed25519 for receipts); returns the fingerprint."""
    from fieldkit.exchange.central_keys import generate_central_keys

    keys = generate_central_keys()
    write_atomic(Path(private_out), keys.file_text().encode("utf-8"))
    write_atomic(Path(public_out), keys.public.file_text().encode("utf-8"))
    return keys.fingerprint
