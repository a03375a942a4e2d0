"""full-text search over evidence (FTS5, diacritic-insensitive for Welsh)

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22
"""
from collections.abc import Sequence

from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Not a SQLModel table: FTS5 virtual tables have no ORM shape. `remove_diacritics 2` lets "wyn" find
# "ŵyn" and "sian" find "Siân". PostgreSQL (the central record) does not search, so it gets nothing.


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute(
        "CREATE VIRTUAL TABLE search_index USING fts5("
        "uuid UNINDEXED, inspection_uuid UNINDEXED, entity UNINDEXED, body, "
        "tokenize = 'unicode61 remove_diacritics 2')"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute("DROP TABLE search_index")
