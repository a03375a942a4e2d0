"""evidence register index (denormalised lines for filtering, sorting and paging 100,000 items)

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel  # noqa: F401  (autogenerate references sqlmodel.sql.sqltypes)
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Derived data only: the evidence service rebuilds an inspection's lines from record heads whenever
# they are missing or older than the heads, so no backfill is needed here.


def upgrade() -> None:
    op.create_table(
        "evidence_index",
        sa.Column("uuid", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("inspection_uuid", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("type_code", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("title", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("evidence_date", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("author", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("site_uuid", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("criteria", sa.Text(), nullable=False),
        sa.Column("good_practice", sa.Boolean(), nullable=False),
        sa.Column("safeguarding", sa.Boolean(), nullable=False),
        sa.Column("nominated", sa.Boolean(), nullable=False),
        sa.Column("corroboration", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("hlc", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("uuid", name=op.f("pk_evidence_index")),
    )
    with op.batch_alter_table("evidence_index", schema=None) as batch_op:
        batch_op.create_index("ix_evidence_index_date", ["inspection_uuid", "deleted", "evidence_date"])
        batch_op.create_index("ix_evidence_index_type", ["inspection_uuid", "deleted", "type_code", "evidence_date"])
        batch_op.create_index("ix_evidence_index_updated", ["inspection_uuid", "deleted", "updated_at"])
        batch_op.create_index("ix_evidence_index_author", ["inspection_uuid", "deleted", "author"])
        batch_op.create_index("ix_evidence_index_site", ["inspection_uuid", "deleted", "site_uuid"])
    op.create_table(
        "evidence_criterion",
        sa.Column("evidence_uuid", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("code", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("inspection_uuid", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.PrimaryKeyConstraint("evidence_uuid", "code", name=op.f("pk_evidence_criterion")),
    )
    with op.batch_alter_table("evidence_criterion", schema=None) as batch_op:
        batch_op.create_index("ix_evidence_criterion_code", ["inspection_uuid", "code"])


def downgrade() -> None:
    with op.batch_alter_table("evidence_criterion", schema=None) as batch_op:
        batch_op.drop_index("ix_evidence_criterion_code")
    op.drop_table("evidence_criterion")
    with op.batch_alter_table("evidence_index", schema=None) as batch_op:
        for name in ("ix_evidence_index_site", "ix_evidence_index_author", "ix_evidence_index_updated",
                     "ix_evidence_index_type", "ix_evidence_index_date"):
            batch_op.drop_index(name)
    op.drop_table("evidence_index")
