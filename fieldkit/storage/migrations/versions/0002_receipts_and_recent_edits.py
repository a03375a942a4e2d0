"""receipts from the central record; index for recently edited records

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel  # noqa: F401  (autogenerate references sqlmodel.sql.sqltypes)
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Versions stay on the laptop until a receipt names them; the column records which receipt did.
    with op.batch_alter_table("record_version", schema=None) as batch_op:
        batch_op.add_column(sa.Column("acknowledged_by", sqlmodel.sql.sqltypes.AutoString(), nullable=True))
    # The recovery review after an unclean shutdown lists heads by clock.
    with op.batch_alter_table("record_head", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_record_head_hlc"), ["hlc"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("record_head", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_record_head_hlc"))
    with op.batch_alter_table("record_version", schema=None) as batch_op:
        batch_op.drop_column("acknowledged_by")
