"""search index keyed by integer document ids: contentless FTS5 with prefix indexes, the register's
lines carrying their document id, partial indexes for the register's flags, criterion tags in date order

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# A register search used to read the FTS5 content table for every hit (to learn its uuid and
# inspection): at 100,000 items a one-letter prefix cost 300-800 ms. Now the index holds no content:
# the inspection and entity are a token in a `scope` column, so counting is FTS5 alone; hits are integer
# ids the register lines carry (`evidence_index.search_rowid`); `search_doc` maps an id to its record
# for replacing and removing text. Prefix indexes of 1-3 characters make the first letters typed
# single lookups. Must match `fieldkit.storage.search_index` (DDL and scope text).
_FTS = ("CREATE VIRTUAL TABLE {name} USING fts5(scope, body, {content}"
        "prefix='1 2 3', tokenize = 'unicode61 remove_diacritics 2')")
# Contentless tables accept deletes from SQLite 3.43. The store's SQLCipher is newer; a central record
# file opened through an older system SQLite (which never searches) keeps its text, with the same
# columns and queries.
_CONTENTLESS = "content='', contentless_delete=1, "


def _content_option() -> str:
    version = op.get_bind().exec_driver_sql("SELECT sqlite_version()").scalar_one()
    return _CONTENTLESS if tuple(int(p) for p in version.split(".")[:2]) >= (3, 43) else ""
_SCOPE = "'s' || replace(lower(coalesce({t}.inspection_uuid, '')), '-', '') || lower({t}.entity)"
_FLAGS = ("good_practice", "safeguarding", "nominated")


def upgrade() -> None:
    with op.batch_alter_table("evidence_index", schema=None) as batch_op:
        batch_op.add_column(sa.Column("search_rowid", sa.Integer(), nullable=True))
    for flag in _FLAGS:  # only the flagged lines: a flag filter's page and count read a few thousand
        op.create_index(f"ix_evidence_index_{flag}", "evidence_index", ["inspection_uuid", "deleted", "evidence_date"],
                        sqlite_where=sa.text(f"{flag} = 1"), postgresql_where=sa.text(flag))
    with op.batch_alter_table("evidence_criterion", schema=None) as batch_op:
        batch_op.add_column(sa.Column("evidence_date", sa.String(), nullable=True))
    op.execute("UPDATE evidence_criterion SET evidence_date = "
               "(SELECT evidence_date FROM evidence_index WHERE evidence_index.uuid = evidence_criterion.evidence_uuid)")
    op.drop_index("ix_evidence_criterion_code", "evidence_criterion")
    op.create_index("ix_evidence_criterion_date", "evidence_criterion",
                    ["inspection_uuid", "code", "evidence_date", "evidence_uuid"])
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute("CREATE TABLE search_doc (id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE, "
               "inspection_uuid TEXT, entity TEXT NOT NULL)")
    # Only text of live register lines: a tombstone's or a vanished record's text left by an older bug
    # would be counted by searches but never shown.
    op.execute("INSERT OR IGNORE INTO search_doc (uuid, inspection_uuid, entity) "
               "SELECT uuid, inspection_uuid, entity FROM search_index WHERE entity != 'evidence' "
               "OR uuid IN (SELECT uuid FROM evidence_index WHERE deleted = 0) ORDER BY rowid")
    op.execute(_FTS.format(name="search_index_v7", content=_content_option()))
    # One row per record (the newest, should an old bug have left two); FTS5 cannot index `uuid`, so
    # the newest rowids are collected in one pass rather than looked up per row.
    op.execute("CREATE TEMP TABLE search_newest AS SELECT uuid, max(rowid) AS old FROM search_index GROUP BY uuid")
    op.execute("INSERT INTO search_index_v7 (rowid, scope, body) "
               f"SELECT d.id, {_SCOPE.format(t='d')}, o.body FROM temp.search_newest AS n "
               "JOIN search_doc AS d ON d.uuid = n.uuid JOIN search_index AS o ON o.rowid = n.old")
    op.execute("DROP TABLE temp.search_newest")
    op.execute("DROP TABLE search_index")
    op.execute("ALTER TABLE search_index_v7 RENAME TO search_index")
    op.execute("UPDATE evidence_index SET search_rowid = "
               "(SELECT id FROM search_doc WHERE search_doc.uuid = evidence_index.uuid)")


def downgrade() -> None:
    op.drop_index("ix_evidence_criterion_date", "evidence_criterion")
    op.create_index("ix_evidence_criterion_code", "evidence_criterion", ["inspection_uuid", "code"])
    with op.batch_alter_table("evidence_criterion", schema=None) as batch_op:
        batch_op.drop_column("evidence_date")
    for flag in _FLAGS:
        op.drop_index(f"ix_evidence_index_{flag}", "evidence_index")
    with op.batch_alter_table("evidence_index", schema=None) as batch_op:
        batch_op.drop_column("search_rowid")
    if op.get_bind().dialect.name != "sqlite":
        return
    # The contentless index cannot give its text back: empty the derived register so the evidence
    # service rebuilds lines and text from the record heads at the next open.
    op.execute("DROP TABLE search_index")
    op.execute("DROP TABLE search_doc")
    op.execute("CREATE VIRTUAL TABLE search_index USING fts5(uuid UNINDEXED, inspection_uuid UNINDEXED, "
               "entity UNINDEXED, body, tokenize = 'unicode61 remove_diacritics 2')")
    op.execute("DELETE FROM evidence_criterion")
    op.execute("DELETE FROM evidence_index")
