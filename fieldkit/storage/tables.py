"""The persisted shapes. Every mutable record lives as an append-only list of versions plus a head.

Typed content (inspection, site, evidence item, ...) is validated by `fieldkit.domain` and kept as
canonical JSON in `data`; that keeps history, undo, tombstones, bundles and merge one mechanism.
"""

from __future__ import annotations

from sqlalchemy import Column, Index, Integer, LargeBinary, MetaData, Text, text
from sqlmodel import Field, SQLModel

# Batch migrations can only drop constraints that have names.
SQLModel.metadata.naming_convention = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
metadata: MetaData = SQLModel.metadata


class Setting(SQLModel, table=True):
    """Per-store facts: device id, signing key, preferences that travel with the data."""

    key: str = Field(primary_key=True)
    value: str = Field(sa_column=Column(Text, nullable=False))


class RecordVersion(SQLModel, table=True):
    """One version of one record. Never updated or deleted: history is the source of truth."""

    __tablename__ = "record_version"

    uuid: str = Field(primary_key=True)
    origin_device: str = Field(primary_key=True)
    rev: int = Field(primary_key=True)
    base_rev: int | None = None
    entity: str
    inspection_uuid: str | None = Field(default=None, index=True)
    hlc: str
    author: str
    deleted: bool = False
    data: str | None = Field(default=None, sa_column=Column(Text))
    data_sha256: str | None = None
    version_hash: str
    acknowledged_by: str | None = Field(default=None, description="receipt id from the central record")
    # Explicit merge parents, canonical JSON `[{"origin_device", "rev"}, ...]`; "[]" means "my own device's
    # version at base_rev" (docs/bundle-format.md §6). A conflict resolution lists every head it resolves.
    parents: str = Field(default="[]", sa_column=Column(Text, nullable=False, server_default="[]"))
    data_schema: int = Field(default=1, sa_column=Column(Integer, nullable=False, server_default="1"))


class RecordHead(SQLModel, table=True):
    """The current version of each record, for reading and listing."""

    __tablename__ = "record_head"
    __table_args__ = (Index("ix_record_head_inspection_entity", "inspection_uuid", "entity"),)

    uuid: str = Field(primary_key=True)
    entity: str
    inspection_uuid: str | None = None
    rev: int
    origin_device: str
    hlc: str = Field(index=True)
    author: str
    deleted: bool = False
    data: str | None = Field(default=None, sa_column=Column(Text))
    updated_at: str


class AuditEvent(SQLModel, table=True):
    """Hash-chained log of every mutation: editing or removing an event breaks the chain."""

    __tablename__ = "audit_event"

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


class FrameworkVersion(SQLModel, table=True):
    """A framework exactly as an inspection pinned it; rows are written once and never changed."""

    __tablename__ = "framework_version"

    framework_id: str = Field(primary_key=True)
    version: str = Field(primary_key=True)
    content_sha256: str
    content: str = Field(sa_column=Column(Text, nullable=False))
    source: str
    added_at: str


class EvidenceIndex(SQLModel, table=True):
    """One evidence register line per evidence record, derived from its head (never the source of truth).

    Kept in step by the evidence service in the same transaction as the record edit, so the register
    can filter, sort and page 100,000 items without parsing JSON. `rebuild` recreates it from heads.
    """

    __tablename__ = "evidence_index"
    __table_args__ = (
        Index("ix_evidence_index_date", "inspection_uuid", "deleted", "evidence_date"),
        Index("ix_evidence_index_type", "inspection_uuid", "deleted", "type_code", "evidence_date"),
        Index("ix_evidence_index_updated", "inspection_uuid", "deleted", "updated_at"),
        Index("ix_evidence_index_author", "inspection_uuid", "deleted", "author"),
        Index("ix_evidence_index_site", "inspection_uuid", "deleted", "site_uuid"),
        *(Index(f"ix_evidence_index_{flag}", "inspection_uuid", "deleted", "evidence_date",
                sqlite_where=text(f"{flag} = 1"), postgresql_where=text(flag))
          for flag in ("good_practice", "safeguarding", "nominated")),
    )

    uuid: str = Field(primary_key=True)
    inspection_uuid: str
    type_code: str
    title: str = ""
    evidence_date: str | None = None
    author: str
    site_uuid: str | None = None
    criteria: str = Field(default="[]", sa_column=Column(Text, nullable=False))
    good_practice: bool = False
    safeguarding: bool = False
    nominated: bool = False
    corroboration: str | None = None
    updated_at: str
    hlc: str = Field(description="the head's clock when indexed: a newer head means the line is stale")
    deleted: bool = False
    search_rowid: int | None = Field(default=None, description="its text's id in the search index (migration 0007)")


class EvidenceCriterion(SQLModel, table=True):
    """Evidence item to framework criterion tag (many to many), for the register's criterion filter."""

    __tablename__ = "evidence_criterion"
    # In the register's default order, so a criterion's first page is read from here, not found by
    # checking every line in date order (slow when the tagged items are the oldest).
    __table_args__ = (Index("ix_evidence_criterion_date", "inspection_uuid", "code", "evidence_date",
                            "evidence_uuid"),)

    evidence_uuid: str = Field(primary_key=True)
    code: str = Field(primary_key=True)
    inspection_uuid: str
    evidence_date: str | None = Field(default=None, description="the line's evidence date, kept in step")


class AttachmentBlob(SQLModel, table=True):
    """Attachment bytes (a scanned page, a photo of a document) by SHA-256, inside the encrypted store.

    Content-addressed: the same file attached twice is stored once. Which evidence item it belongs to is
    an `attachment` record (services/attachments.py), so the link is versioned and travels in bundles."""

    __tablename__ = "attachment_blob"

    sha256: str = Field(primary_key=True)
    size: int
    data: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    added_at: str


# The central record's tables share this metadata and the Alembic history (issue 5).
from fieldkit.storage import central_tables  # noqa: E402,F401
