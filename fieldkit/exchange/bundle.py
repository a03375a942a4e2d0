"""Writing a "fieldkit bundle v1": a signed, deterministic ZIP of record versions, audit events and blobs.

The same inputs give the same bytes (sorted entries, fixed timestamps and attributes, deterministic
Ed25519), so a re-export can be compared byte for byte and tests can pin output. The whole bundle is
built in memory and only the final (optionally encrypted) bytes touch the disk, so no plaintext is
staged on removable media. Format: docs/bundle-format.md.
"""

from __future__ import annotations

import io
import os
import re
import tempfile
import uuid as uuidlib
import zipfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from fieldkit.exchange import canonical
from fieldkit.exchange.minisign import SigningKey
from fieldkit.exchange.schema import (
    ATTACHMENTS_DIR,
    AUDIT,
    FORMAT,
    MANIFEST,
    RECORDS,
    SCHEMA_VERSION,
    SIGNATURE,
    SIGNATURE_ALG,
    attachment_path,
    audit_chain_problems,
    check_audit_event,
    check_manifest,
    check_record,
    hlc_range,
    is_hex64,
    trusted_comment,
    version_key,
)
from fieldkit.exchange.sealing import (  # noqa: F401  (re-exported: the bundle API in one place)
    CentralKeyPair,
    central_key_fingerprint,
    decrypt_bundle,
    encrypt_bundle,
    generate_central_keypair,
)

ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)
_UNIX = 3
_REGULAR_FILE_0644 = 0o100644 << 16
PRODUCER_APP = "fieldkit"

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class BundleInfo:
    path: Path
    bundle_id: str
    manifest_sha256: str
    manifest: dict[str, Any]
    size: int
    encrypted: bool


def bundle_file_name(inspector_id: str, created_at: str, bundle_id: str, *, encrypted: bool = False) -> str:
    """`fieldkit-<inspector>-<yyyymmdd>-<bundle_id>.fkb[.enc]`, safe on every file system."""
    who = re.sub(r"[^A-Za-z0-9_-]+", "_", inspector_id).strip("_") or "unknown"
    day = datetime.fromisoformat(created_at).strftime("%Y%m%d")
    return f"fieldkit-{who}-{day}-{bundle_id}.fkb" + (".enc" if encrypted else "")


def _check_inputs(records: list[dict], audit_events: list[dict], attachments: Mapping[str, bytes]) -> None:
    seen: set[tuple[str, str, int]] = set()
    for i, record in enumerate(records):
        try:
            check_record(record)
        except ValueError as exc:
            raise ValueError(f"records[{i}]: {exc}") from None
        if version_key(record) in seen:
            raise ValueError(f"records[{i}]: version {version_key(record)} appears twice")
        seen.add(version_key(record))
    for i, event in enumerate(audit_events):
        try:
            check_audit_event(event)
        except ValueError as exc:
            raise ValueError(f"audit_events[{i}]: {exc}") from None
    problems = audit_chain_problems(audit_events)
    if problems:
        raise ValueError(f"audit_events: the chain is broken: {'; '.join(problems)}")
    for name, blob in attachments.items():
        if not is_hex64(name) or canonical.sha256_hex(blob) != name:
            raise ValueError(f"attachment {name!r}: must be keyed by the sha256 of its bytes")


def _created_at(value: datetime | str | None) -> str:
    if value is None:
        return datetime.now(UTC).isoformat(timespec="seconds")
    if isinstance(value, datetime):
        if value.tzinfo is None:
            raise ValueError("created_at must be timezone-aware")
        return value.isoformat()
    return value


def build_bundle(*, records: list[dict], audit_events: list[dict], attachments: Mapping[str, bytes],
                 signing_key: SigningKey, signer: Mapping[str, str], device_id: str, device_seq: int,
                 prev_manifest_sha256: str | None, inspection_id: str, data_schema_version: str,
                 producer_version: str, created_at: datetime | str | None = None,
                 bundle_id: str | None = None, progress: Progress | None = None,
                 ) -> tuple[bytes, dict[str, Any], str]:
    """The signed ZIP in memory, with its manifest and the manifest's sha256."""
    _check_inputs(records, audit_events, attachments)
    members: dict[str, bytes] = {RECORDS: canonical.jsonl(records), AUDIT: canonical.jsonl(audit_events)}
    for sha, blob in attachments.items():
        members[attachment_path(sha)] = bytes(blob)
    hlc_min, hlc_max = hlc_range(records)
    manifest = {
        "format": FORMAT,
        "schema_version": SCHEMA_VERSION,
        "data_schema_version": data_schema_version,
        "bundle_id": bundle_id or str(uuidlib.uuid4()),
        "created_at": _created_at(created_at),
        "producer": {"app": PRODUCER_APP, "version": producer_version},
        "device_id": device_id,
        "device_seq": device_seq,
        "prev_manifest_sha256": prev_manifest_sha256,
        "inspection_id": inspection_id,
        "hlc_min": hlc_min,
        "hlc_max": hlc_max,
        "signer": {
            "inspector_id": signer["inspector_id"],
            "display_name": signer["display_name"],
            "alg": SIGNATURE_ALG,
            "key_fingerprint_sha256": signing_key.fingerprint,
            "public_key_b64": signing_key.public_key.b64,
        },
        "files": [{"path": path, "sha256": canonical.sha256_hex(data), "size": len(data)}
                  for path, data in sorted(members.items())],
    }
    check_manifest(manifest)
    manifest_bytes = canonical.document(manifest)
    manifest_sha = canonical.sha256_hex(manifest_bytes)
    members[MANIFEST] = manifest_bytes
    members[SIGNATURE] = signing_key.sign(
        manifest_bytes, trusted_comment(manifest["bundle_id"], manifest_sha)).encode("utf-8")
    return _zip(members, progress), manifest, manifest_sha


def _zip(members: dict[str, bytes], progress: Progress | None) -> bytes:
    buf = io.BytesIO()
    total = len(members)
    with zipfile.ZipFile(buf, "w") as zf:
        for done, (name, data) in enumerate(sorted(members.items()), start=1):
            info = zipfile.ZipInfo(name, date_time=ZIP_EPOCH)
            # Attachments are photos and scans, already compressed; storing them also means their
            # bytes can be checked without inflating anything.
            stored = name.startswith(ATTACHMENTS_DIR)
            info.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
            info.create_system = _UNIX  # zipfile would use 0 on Windows; the bytes must not depend on the OS
            info.external_attr = _REGULAR_FILE_0644
            zf.writestr(info, data, compresslevel=6)
            if progress:
                progress(done, total)
    return buf.getvalue()


def write_bundle(out_path: str | os.PathLike[str], *, records: list[dict], audit_events: list[dict],
                 attachments: Mapping[str, bytes], signing_key: SigningKey, signer: Mapping[str, str],
                 device_id: str, device_seq: int, prev_manifest_sha256: str | None, inspection_id: str,
                 data_schema_version: str, producer_version: str, created_at: datetime | str | None = None,
                 bundle_id: str | None = None, central_public_key: Any = None, overwrite: bool = False,
                 progress: Progress | None = None) -> BundleInfo:
    """Write a bundle to `out_path` atomically; sealed to central when `central_public_key` is given.

    `progress(done, total)` is called once per ZIP member. Bad inputs raise ValueError before anything
    is written; an existing file raises FileExistsError unless `overwrite`.
    """
    path = Path(out_path)
    if path.exists() and not overwrite:
        raise FileExistsError(path)
    data, manifest, manifest_sha = build_bundle(
        records=records, audit_events=audit_events, attachments=attachments, signing_key=signing_key,
        signer=signer, device_id=device_id, device_seq=device_seq,
        prev_manifest_sha256=prev_manifest_sha256, inspection_id=inspection_id,
        data_schema_version=data_schema_version, producer_version=producer_version, created_at=created_at,
        bundle_id=bundle_id, progress=progress)
    if central_public_key is not None:
        data = encrypt_bundle(data, central_public_key)
    write_atomic(path, data)
    return BundleInfo(path, manifest["bundle_id"], manifest_sha, manifest, len(data),
                      central_public_key is not None)


def write_atomic(path: Path, data: bytes) -> None:
    """Temp file beside the target, fsync, rename, fsync the folder: a crash leaves old or new, never half."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
    if os.name != "nt":  # Windows cannot open a folder for fsync; NTFS journals the rename
        dir_fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
