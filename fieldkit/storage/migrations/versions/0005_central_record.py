"""central record: bundle ledger, version log, heads, conflicts, trusted keys, audit, attachments, receipts

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel  # noqa: F401  (autogenerate references sqlmodel.sql.sqltypes)
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The same history builds laptop stores (where these tables stay empty) and the central record on
# SQLite or PostgreSQL. Plain types only, so both dialects agree.
S = sqlmodel.sql.sqltypes.AutoString


def upgrade() -> None:
    op.create_table(
        "trusted_key",
        sa.Column("fingerprint", S(), nullable=False),
        sa.Column("public_key_b64", S(), nullable=False),
        sa.Column("inspector_id", S(), nullable=True),
        sa.Column("comment", S(), nullable=False),
        sa.Column("added_at", S(), nullable=False),
        sa.Column("revoked", sa.Boolean(), nullable=False),
        sa.Column("revoked_at", S(), nullable=True),
        sa.PrimaryKeyConstraint("fingerprint", name=op.f("pk_trusted_key")),
    )
    op.create_table(
        "ingested_bundle",
        sa.Column("bundle_id", S(), nullable=False),
        sa.Column("manifest_sha256", S(), nullable=False),
        sa.Column("signer_fp", S(), nullable=False),
        sa.Column("inspector_id", S(), nullable=False),
        sa.Column("device_id", S(), nullable=False),
        sa.Column("device_seq", sa.Integer(), nullable=False),
        sa.Column("prev_manifest_sha256", S(), nullable=True),
        sa.Column("inspection_id", S(), nullable=False),
        sa.Column("data_schema_version", S(), nullable=False),
        sa.Column("created_at", S(), nullable=False),
        sa.Column("ingested_at", S(), nullable=False),
        sa.Column("record_count", sa.Integer(), nullable=False),
        sa.Column("warnings", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("bundle_id", name=op.f("pk_ingested_bundle")),
    )
    with op.batch_alter_table("ingested_bundle", schema=None) as batch_op:
        batch_op.create_index("ix_ingested_bundle_device", ["device_id", "device_seq"], unique=False)
    op.create_table(
        "central_version",
        sa.Column("uuid", S(), nullable=False),
        sa.Column("origin_device", S(), nullable=False),
        sa.Column("rev", sa.Integer(), nullable=False),
        sa.Column("base_rev", sa.Integer(), nullable=True),
        sa.Column("entity", S(), nullable=False),
        sa.Column("inspection_uuid", S(), nullable=True),
        sa.Column("hlc", S(), nullable=False),
        sa.Column("author", S(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("data_schema", sa.Integer(), nullable=False),
        sa.Column("data", sa.Text(), nullable=True),
        sa.Column("data_sha256", S(), nullable=True),
        sa.Column("version_hash", S(), nullable=False),
        sa.Column("bundle_id", S(), nullable=False),
        sa.PrimaryKeyConstraint("uuid", "origin_device", "rev", name=op.f("pk_central_version")),
    )
    with op.batch_alter_table("central_version", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_central_version_inspection_uuid"), ["inspection_uuid"], unique=False)
    op.create_table(
        "central_head",
        sa.Column("uuid", S(), nullable=False),
        sa.Column("entity", S(), nullable=False),
        sa.Column("inspection_uuid", S(), nullable=True),
        sa.Column("state", S(), nullable=False),
        sa.Column("rev", sa.Integer(), nullable=True),
        sa.Column("origin_device", S(), nullable=True),
        sa.Column("hlc", S(), nullable=True),
        sa.Column("author", S(), nullable=True),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("data", sa.Text(), nullable=True),
        sa.Column("conflict_id", S(), nullable=True),
        sa.PrimaryKeyConstraint("uuid", name=op.f("pk_central_head")),
    )
    with op.batch_alter_table("central_head", schema=None) as batch_op:
        batch_op.create_index("ix_central_head_inspection_entity", ["inspection_uuid", "entity"], unique=False)
    op.create_table(
        "conflict",
        sa.Column("conflict_id", S(), nullable=False),
        sa.Column("uuid", S(), nullable=False),
        sa.Column("entity", S(), nullable=False),
        sa.Column("inspection_uuid", S(), nullable=True),
        sa.Column("kind", S(), nullable=False),
        sa.Column("heads", sa.Text(), nullable=False),
        sa.Column("provisional", S(), nullable=True),
        sa.Column("status", S(), nullable=False),
        sa.Column("detected_at", S(), nullable=False),
        sa.Column("detected_in_bundle", S(), nullable=False),
        sa.Column("closed_at", S(), nullable=True),
        sa.PrimaryKeyConstraint("conflict_id", name=op.f("pk_conflict")),
    )
    with op.batch_alter_table("conflict", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_conflict_uuid"), ["uuid"], unique=False)
    op.create_table(
        "central_audit_event",
        sa.Column("device_id", S(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("at", S(), nullable=False),
        sa.Column("actor", S(), nullable=False),
        sa.Column("action", S(), nullable=False),
        sa.Column("entity", S(), nullable=False),
        sa.Column("uuid", S(), nullable=False),
        sa.Column("rev", sa.Integer(), nullable=True),
        sa.Column("version_hash", S(), nullable=True),
        sa.Column("prev_hash", S(), nullable=False),
        sa.Column("hash", S(), nullable=False),
        sa.Column("bundle_id", S(), nullable=False),
        sa.PrimaryKeyConstraint("device_id", "seq", name=op.f("pk_central_audit_event")),
    )
    op.create_table(
        "central_attachment",
        sa.Column("sha256", S(), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("bundle_id", S(), nullable=False),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_central_attachment")),
    )
    op.create_table(
        "receipt",
        sa.Column("receipt_id", S(), nullable=False),
        sa.Column("bundle_id", S(), nullable=False),
        sa.Column("device_id", S(), nullable=False),
        sa.Column("issued_at", S(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("receipt_id", name=op.f("pk_receipt")),
    )
    with op.batch_alter_table("receipt", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_receipt_bundle_id"), ["bundle_id"], unique=True)


def downgrade() -> None:
    with op.batch_alter_table("receipt", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_receipt_bundle_id"))
    op.drop_table("receipt")
    op.drop_table("central_attachment")
    op.drop_table("central_audit_event")
    with op.batch_alter_table("conflict", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_conflict_uuid"))
    op.drop_table("conflict")
    with op.batch_alter_table("central_head", schema=None) as batch_op:
        batch_op.drop_index("ix_central_head_inspection_entity")
    op.drop_table("central_head")
    with op.batch_alter_table("central_version", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_central_version_inspection_uuid"))
    op.drop_table("central_version")
    with op.batch_alter_table("ingested_bundle", schema=None) as batch_op:
        batch_op.drop_index("ix_ingested_bundle_device")
    op.drop_table("ingested_bundle")
    op.drop_table("trusted_key")
