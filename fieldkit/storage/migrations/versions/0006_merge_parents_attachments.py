"""explicit merge parents, data schema per version, laptop attachments, append-only central version log

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-24
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel  # noqa: F401  (autogenerate references sqlmodel.sql.sqltypes)
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

S = sqlmodel.sql.sqltypes.AutoString

# Existing versions keep "[]": before this revision no version named its parents, and every laptop
# version was built on its own device's version at base_rev. Existing data was all data schema 1.

_SQLITE_TRIGGERS = (
    "CREATE TRIGGER central_version_no_update BEFORE UPDATE ON central_version "
    "BEGIN SELECT RAISE(ABORT, 'central_version is append-only: a version is never changed'); END",
    "CREATE TRIGGER central_version_no_delete BEFORE DELETE ON central_version "
    "BEGIN SELECT RAISE(ABORT, 'central_version is append-only: a version is never deleted'); END",
)
_PG_FUNCTION = (
    "CREATE OR REPLACE FUNCTION fieldkit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ "
    "BEGIN RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP; END $$"
)
_PG_TRIGGERS = (
    "CREATE TRIGGER central_version_append_only BEFORE UPDATE OR DELETE ON central_version "
    "FOR EACH ROW EXECUTE FUNCTION fieldkit_append_only()",
    "CREATE TRIGGER central_version_no_truncate BEFORE TRUNCATE ON central_version "
    "FOR EACH STATEMENT EXECUTE FUNCTION fieldkit_append_only()",
)


def upgrade() -> None:
    with op.batch_alter_table("record_version", schema=None) as batch_op:
        batch_op.add_column(sa.Column("parents", sa.Text(), nullable=False, server_default="[]"))
        batch_op.add_column(sa.Column("data_schema", sa.Integer(), nullable=False, server_default="1"))
    with op.batch_alter_table("central_version", schema=None) as batch_op:
        batch_op.add_column(sa.Column("parents", sa.Text(), nullable=False, server_default="[]"))
    with op.batch_alter_table("ingested_bundle", schema=None) as batch_op:
        batch_op.add_column(sa.Column("file_sha256", S(), nullable=True))
        batch_op.create_index(batch_op.f("ix_ingested_bundle_file_sha256"), ["file_sha256"], unique=False)
    op.create_table(
        "attachment_blob",
        sa.Column("sha256", S(), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("added_at", S(), nullable=False),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_attachment_blob")),
    )
    # After the column changes: a batch rebuild of central_version would drop its triggers.
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for ddl in _SQLITE_TRIGGERS:
            op.execute(ddl)
    elif dialect == "postgresql":
        op.execute(_PG_FUNCTION)
        for ddl in _PG_TRIGGERS:
            op.execute(ddl)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS central_version_no_update")
        op.execute("DROP TRIGGER IF EXISTS central_version_no_delete")
    elif dialect == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS central_version_append_only ON central_version")
        op.execute("DROP TRIGGER IF EXISTS central_version_no_truncate ON central_version")
        op.execute("DROP FUNCTION IF EXISTS fieldkit_append_only()")
    op.drop_table("attachment_blob")
    with op.batch_alter_table("ingested_bundle", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ingested_bundle_file_sha256"))
        batch_op.drop_column("file_sha256")
    with op.batch_alter_table("central_version", schema=None) as batch_op:
        batch_op.drop_column("parents")
    with op.batch_alter_table("record_version", schema=None) as batch_op:
        batch_op.drop_column("data_schema")
        batch_op.drop_column("parents")
