"""Files attached to evidence items: a scanned page, a photo of a document in the document register.

The bytes live only inside the encrypted store (`attachment_blob`, by SHA-256); the link to the evidence
item is an `attachment` record `{"evidence", "sha256", "file_name", "media_type", "size"}`, so attaching
and removing are versioned, audited, exported in bundles (with the bytes, docs/bundle-format.md §8) and
merged like any other record. Nothing is ever written to disk unencrypted unless the inspector saves a
copy somewhere themselves.
"""

from __future__ import annotations

import hashlib
import mimetypes
from dataclasses import dataclass
from pathlib import Path

from fieldkit.services.store import OpenStore
from fieldkit.storage import attachment_blobs
from fieldkit.storage.atomic import write_atomic
from fieldkit.storage.records import utc_now_iso

ATTACHMENT = "attachment"
MAX_ATTACHMENT = 100 * 1024 * 1024  # one file; a bundle holds at most 512 MiB in all
IMAGE_TYPES = ("image/jpeg", "image/png", "image/gif", "image/bmp", "image/webp", "image/tiff")

__all__ = ["ATTACHMENT", "AttachmentInfo", "AttachmentService", "MAX_ATTACHMENT"]


@dataclass(frozen=True)
class AttachmentInfo:
    uuid: str  # the link record
    evidence_uuid: str
    sha256: str
    file_name: str
    media_type: str
    size: int
    added_by: str
    updated_at: str

    @property
    def is_image(self) -> bool:
        return self.media_type in IMAGE_TYPES


class AttachmentService:
    def __init__(self, store: OpenStore):
        self._store = store
        self._records = store.records

    def attach(self, evidence_uuid: str, file: str | Path, *, file_name: str | None = None) -> AttachmentInfo:
        """Copy `file` into the encrypted store and link it to the evidence item (one transaction)."""
        path = Path(file)
        evidence = self._records.get(evidence_uuid)
        if evidence is None or evidence.entity != "evidence":
            raise KeyError(f"no evidence item {evidence_uuid}")
        if evidence.deleted:
            raise ValueError(f"evidence item {evidence_uuid} is deleted: restore it before attaching files")
        try:
            size = path.stat().st_size
            if size > MAX_ATTACHMENT:
                raise ValueError(f"{path.name}: {size // (1024 * 1024)} MiB is more than the "
                                 f"{MAX_ATTACHMENT // (1024 * 1024)} MiB a single attachment may be")
            data = path.read_bytes()
        except OSError as exc:
            raise ValueError(f"{path}: cannot be read ({exc.strerror or exc})") from None
        sha = hashlib.sha256(data).hexdigest()
        name = file_name or path.name
        media_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
        author = self._store.user
        with self._records.transaction() as s:
            attachment_blobs.put(s, sha, data, added_at=utc_now_iso())
            head = self._records.create(ATTACHMENT, {"evidence": evidence_uuid, "sha256": sha, "file_name": name,
                                                     "media_type": media_type, "size": len(data)},
                                        author=author, inspection_uuid=evidence.inspection_uuid, session=s)
        return AttachmentInfo(head.uuid, evidence_uuid, sha, name, media_type, len(data), head.author,
                              head.updated_at)

    def list(self, evidence_uuid: str) -> list[AttachmentInfo]:
        evidence = self._records.get(evidence_uuid)
        if evidence is None:
            raise KeyError(f"no evidence item {evidence_uuid}")
        heads = self._records.list(ATTACHMENT, inspection_uuid=evidence.inspection_uuid)
        return [AttachmentInfo(h.uuid, evidence_uuid, d["sha256"], d.get("file_name", ""),
                               d.get("media_type", "application/octet-stream"), int(d.get("size", 0)), h.author,
                               h.updated_at)
                for h in heads if (d := h.data or {}).get("evidence") == evidence_uuid]

    def read(self, sha256: str) -> bytes:
        data = attachment_blobs.read(self._store.engine, sha256)
        if data is None:
            raise KeyError(f"attachment {sha256} is not in this store (purged after central received it?)")
        return data

    def save_copy(self, sha256: str, out: str | Path, *, overwrite: bool = False) -> Path:
        """Write a copy where the inspector chose: it leaves the encrypted store there, at their request."""
        path = Path(out)
        write_atomic(path, self.read(sha256), replace=overwrite)
        return path

    def remove(self, attachment_uuid: str) -> None:
        """Unlink a file from its evidence item (a tombstone: the history keeps it)."""
        head = self._records.get(attachment_uuid)
        if head is None or head.entity != ATTACHMENT:
            raise KeyError(f"no attachment {attachment_uuid}")
        self._records.delete(attachment_uuid, author=self._store.user)
