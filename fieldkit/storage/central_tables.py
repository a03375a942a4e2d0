"""The central record's tables (ecosystem-security §1.6). Same metadata and Alembic history as the laptop.

The central record is the union of every trusted laptop's versions: an append-only version log with
its provenance, a ledger of the bundles that brought them, the head each record currently shows, the
conflicts a person must resolve, the signing keys it trusts and the receipts it has issued. Laptop
stores carry these tables empty; they are created by the same migrations so that one history serves both.
"""

from __future__ import annotations

from sqlalchemy import Column, Index, LargeBinary, Text
from sqlmodel import Field, SQLModel

from fieldkit.storage.tables import metadata  # noqa: F401  (naming convention set before these tables)


class TrustedKey(SQLModel, table=True):
    """An inspector's Ed25519 public key, enrolled by an administrator. Revoked keys are kept for archives."""

    __tablename__ = "trusted_key"

    fingerprint: str = Field(primary_key=True)
    public_key_b64: str
    inspector_id: str | None = None
    comment: str = ""
    added_at: str
    revoked: bool = False
    revoked_at: str | None = None


class IngestedBundle(SQLModel, table=True):
    """The ledger: one row per bundle merged. A repeat is a no-op; the same id with other content an alarm."""

    __tablename__ = "ingested_bundle"
    __table_args__ = (Index("ix_ingested_bundle_device", "device_id", "device_seq"),)

    bundle_id: str = Field(primary_key=True)
    manifest_sha256: str
    signer_fp: str
    inspector_id: str
    device_id: str
    device_seq: int
    prev_manifest_sha256: str | None = None
    inspection_id: str
    data_schema_version: str
    created_at: str
    ingested_at: str
    record_count: int = 0
    warnings: str = Field(default="[]", sa_column=Column(Text, nullable=False))
    file_sha256: str | None = Field(default=None, index=True,
                                    description="the file as merged: the same file again skips re-verification")


class CentralVersion(SQLModel, table=True):
    """Every record version central holds, with the bundle that first brought it. Never updated or deleted:
    triggers from migration 0006 refuse both, on SQLite and PostgreSQL."""

    __tablename__ = "central_version"

    uuid: str = Field(primary_key=True)
    origin_device: str = Field(primary_key=True)
    rev: int = Field(primary_key=True)
    base_rev: int | None = None
    entity: str
    inspection_uuid: str | None = Field(default=None, index=True)
    hlc: str
    author: str
    deleted: bool = False
    data_schema: int = 1
    data: str | None = Field(default=None, sa_column=Column(Text))
    data_sha256: str | None = None
    version_hash: str
    bundle_id: str
    parents: str = Field(default="[]", sa_column=Column(Text, nullable=False, server_default="[]"))


class CentralHead(SQLModel, table=True):
    """What each record shows now: `current`, `provisional` (a conflict with a deterministic stand-in) or
    `unresolved` (a conflict on a judgement or safeguarding record: no version is shown as the winner)."""

    __tablename__ = "central_head"
    __table_args__ = (Index("ix_central_head_inspection_entity", "inspection_uuid", "entity"),)

    uuid: str = Field(primary_key=True)
    entity: str
    inspection_uuid: str | None = None
    state: str
    rev: int | None = None
    origin_device: str | None = None
    hlc: str | None = None
    author: str | None = None
    deleted: bool = False
    data: str | None = Field(default=None, sa_column=Column(Text))
    conflict_id: str | None = None


class Conflict(SQLModel, table=True):
    """Divergent histories of one record, for the lead inspector. The id is derived from the versions."""

    __tablename__ = "conflict"

    conflict_id: str = Field(primary_key=True)
    uuid: str = Field(index=True)
    entity: str
    inspection_uuid: str | None = None
    kind: str  # edit-vs-edit | edit-vs-delete
    heads: str = Field(sa_column=Column(Text, nullable=False))  # canonical JSON list of the divergent versions
    provisional: str | None = None  # "<origin_device>/<rev>" shown meanwhile, or None (no automatic winner)
    status: str = "open"  # open | resolved | superseded
    detected_at: str
    detected_in_bundle: str
    closed_at: str | None = None


class CentralAuditEvent(SQLModel, table=True):
    """Each device's audit chain as received, joined up across bundles."""

    __tablename__ = "central_audit_event"

    device_id: str = Field(primary_key=True)
    seq: int = Field(primary_key=True)
    at: str
    actor: str
    action: str
    entity: str
    uuid: str
    rev: int | None = None
    version_hash: str | None = None
    prev_hash: str
    hash: str
    bundle_id: str


class CentralAttachment(SQLModel, table=True):
    """Attachment bytes by SHA-256: re-sending one is naturally a no-op."""

    __tablename__ = "central_attachment"

    sha256: str = Field(primary_key=True)
    size: int
    data: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    bundle_id: str


class Receipt(SQLModel, table=True):
    """The receipt issued for each merged bundle (its signed form is made from `body` on demand)."""

    __tablename__ = "receipt"

    receipt_id: str = Field(primary_key=True)
    bundle_id: str = Field(index=True, unique=True)
    device_id: str
    issued_at: str
    body: str = Field(sa_column=Column(Text, nullable=False))
