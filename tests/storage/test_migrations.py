"""Alembic history against the models, an older store brought forward, and a newer store refused."""

from __future__ import annotations

import hashlib
import secrets
import shutil
from pathlib import Path

import pytest
import sqlcipher3
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from fieldkit.domain.audit_chain import verify_chain
from fieldkit.paths import AppPaths
from fieldkit.services.store import LocalStore
from fieldkit.storage import backups, keystore, migrate
from fieldkit.storage.db import make_engine
from fieldkit.storage.errors import StoreTooNew
from fieldkit.storage.search_index import is_index_table
from fieldkit.storage.tables import metadata
from tests.conftest import FAST_KDF, PASSPHRASE

FIXTURE_V1 = Path(__file__).resolve().parents[1] / "data" / "store-v1"
FIXTURE_PASSPHRASE = "fixture passphrase 0001"
TABLES_V1 = {  # the 0001 schema's columns, in the order the fixture was written
    "setting": ("key", "value"),
    "record_version": ("uuid", "origin_device", "rev", "base_rev", "entity", "inspection_uuid", "hlc",
                       "author", "deleted", "data", "data_sha256", "version_hash"),
    "record_head": ("uuid", "entity", "inspection_uuid", "rev", "origin_device", "hlc", "author", "deleted",
                    "data", "updated_at"),
    "audit_event": ("seq", "at", "actor", "action", "entity", "uuid", "rev", "version_hash", "prev_hash",
                    "hash"),
}


def snapshot(root: Path) -> dict[str, str]:
    return {str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file()}


def keyed(path: Path, dek: bytes) -> sqlcipher3.Connection:
    conn = sqlcipher3.connect(str(path))
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = \"x'{dek.hex()}'\"")
    return conn


def rows_v1(path: Path, dek: bytes) -> dict[str, list[tuple]]:
    conn = keyed(path, dek)
    try:
        return {t: conn.execute(f"SELECT {', '.join(cols)} FROM {t} ORDER BY {cols[0]}, {cols[1]}").fetchall()
                for t, cols in TABLES_V1.items()}
    finally:
        conn.close()


def pragma(path: Path, dek: bytes, sql: str):
    conn = keyed(path, dek)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def history_length() -> int:
    return sum(1 for _ in ScriptDirectory.from_config(migrate._config()).walk_revisions())


# -- the history against the models -------------------------------------------------------------------

def test_upgrade_from_empty_equals_the_models(tmp_path):
    db = tmp_path / "fresh.db"
    dek = secrets.token_bytes(32)
    engine = make_engine(db, dek)
    try:
        assert migrate.current_revision(engine) is None
        assert migrate.upgrade(engine, db_label=db) is True
        assert migrate.upgrade(engine, db_label=db) is False  # idempotent

        with engine.connect() as conn:
            ctx = MigrationContext.configure(conn, opts={
                "compare_type": True, "render_as_batch": True,
                # FTS5 virtual tables (and their shadow tables) have no SQLModel shape
                "include_name": lambda name, type_, _parents: not (type_ == "table" and is_index_table(name)),
            })
            assert compare_metadata(ctx, metadata) == []
            head = migrate.head_revision()
            assert ctx.get_current_revision() == head
            user_version = conn.exec_driver_sql("PRAGMA user_version").scalar_one()
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar_one() == 1  # switched back on
        assert user_version == migrate.revision_number(head) == history_length() == int(head)
        assert user_version >= 2
    finally:
        engine.dispose()


def test_user_version_follows_each_step(tmp_path):
    db = tmp_path / "steps.db"
    engine = make_engine(db, secrets.token_bytes(32))
    try:
        migrate.upgrade(engine, db_label=db, target="0001")
        with engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA user_version").scalar_one() == 1
            cols = [r[1] for r in conn.exec_driver_sql("PRAGMA table_info(record_version)")]
        assert "acknowledged_by" not in cols
        migrate.upgrade(engine, db_label=db)
        with engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA user_version").scalar_one() == int(migrate.head_revision())
    finally:
        engine.dispose()


# -- an older store -----------------------------------------------------------------------------------

def test_fixture_is_a_checkpointed_revision_0001_store():
    assert sorted(p.name for p in FIXTURE_V1.iterdir()) == ["fieldkit.db", "fieldkit.key.json"]
    dek = keystore.unwrap_key(FIXTURE_V1 / "fieldkit.key.json", FIXTURE_PASSPHRASE)
    assert pragma(FIXTURE_V1 / "fieldkit.db", dek, "SELECT version_num FROM alembic_version") == [("0001",)]


def test_store_at_0001_migrates_without_losing_a_row(tmp_path):
    paths = AppPaths.under(tmp_path / "data")
    shutil.copytree(FIXTURE_V1, paths.data_dir)
    dek = keystore.unwrap_key(paths.key_file, FIXTURE_PASSPHRASE)
    before = rows_v1(paths.db_file, dek)
    assert {t: len(r) for t, r in before.items()} == {
        "setting": 3, "record_version": 6, "record_head": 4, "audit_event": 7}
    assert not paths.backups_dir.exists()

    store = LocalStore(paths).unlock(FIXTURE_PASSPHRASE)
    try:
        assert store.status.migrated is True
        assert store.status.integrity == "ok"
        assert migrate.current_revision(store.engine) == migrate.head_revision()
        with store.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA user_version").scalar_one() == int(migrate.head_revision())
            cols = {r[1]: r for r in conn.exec_driver_sql("PRAGMA table_info(record_version)")}
            assert "acknowledged_by" in cols
            assert conn.exec_driver_sql(
                "SELECT count(*) FROM record_version WHERE acknowledged_by IS NOT NULL").scalar_one() == 0
            indexes = [r[1] for r in conn.exec_driver_sql("PRAGMA index_list(record_head)")]
            assert "ix_record_head_hlc" in indexes
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
        # Through the app's own reading code, too.
        assert store.device_id == "5f0c2a4e-7b1d-4c39-9a51-000100000001"
        assert store.user == "Gwenllïan Inspector"
        note = store.records.get("00000000-0000-4000-8000-00000000000b")
        assert note.rev == 2 and note.data == {"text": "Reading of case file 12: plan on file, dŵr"}
        assert store.records.get("00000000-0000-4000-8000-00000000000c").deleted is True
        assert verify_chain(store.records.audit_events()) == []
        assert len(store.records.versions(unacknowledged_only=True)) == 6
    finally:
        store.close()

    after = rows_v1(paths.db_file, dek)
    assert after == before  # every row, every value

    # A backup was taken before migrating, and it is still at 0001.
    found = {p: pragma(p, dek, "SELECT version_num FROM alembic_version")[0][0]
             for p in backups.list_backups(paths.backups_dir)}
    old = [p for p, rev in found.items() if rev == "0001"]
    assert len(old) == 1, found
    assert backups.verify_backup(old[0], dek)
    assert rows_v1(old[0], dek) == before
    assert pragma(old[0], dek, "PRAGMA user_version") == [(1,)]

    again = LocalStore(paths).unlock(FIXTURE_PASSPHRASE)
    try:
        assert again.status.migrated is False
        again.records.update("00000000-0000-4000-8000-00000000000b", {"text": "after migration"},
                             author="Gwenllïan Inspector")
        assert verify_chain(again.records.audit_events()) == []
    finally:
        again.close()


# -- a newer store ------------------------------------------------------------------------------------

def test_newer_store_is_refused_and_left_untouched(paths):
    store = LocalStore(paths).create(PASSPHRASE, display_name="Ann Inspector", params=FAST_KDF)
    store.records.create("note", {"text": "from the future"}, author="Ann")
    dek = store.dek
    store.close()
    conn = keyed(paths.db_file, dek)
    conn.execute("UPDATE alembic_version SET version_num = 'zzzz'")
    conn.commit()
    conn.close()
    before = snapshot(paths.data_dir)
    assert "fieldkit.db-wal" not in before

    with pytest.raises(StoreTooNew) as caught:
        LocalStore(paths).unlock(PASSPHRASE)
    message = str(caught.value)
    assert str(paths.db_file) in message
    assert "newer version of FieldKit" in message and "zzzz" in message
    assert "nothing has been changed" in message
    assert snapshot(paths.data_dir) == before
    assert not paths.session_marker.exists()

    with pytest.raises(StoreTooNew):
        engine = make_engine(paths.db_file, dek)
        try:
            migrate.upgrade(engine, db_label=paths.db_file)
        finally:
            engine.dispose()
    assert snapshot(paths.data_dir) == before


def test_search_text_of_a_0006_store_moves_to_the_contentless_index(tmp_path):
    db = tmp_path / "search.db"
    engine = make_engine(db, secrets.token_bytes(32))
    insp = "47f43ed9-7e5a-441c-8df5-652ca9d978c5"
    line = ("'{u}', '" + insp + "', 'interview', 'T', '2018-10-01', 'a', NULL, '[]', 0, 0, 0, NULL, 'x', 'h', {d}")
    try:
        migrate.upgrade(engine, db_label=db, target="0006")
        with engine.begin() as conn:
            for rowid, uuid, body, deleted in ((7, "old-a", "ŵyn yn y cae", 0), ((1 << 62) + 9, "old-b", "plentyn", 0),
                                               (8, "old-c", "hen cae", 1)):  # a tombstone's leftover text
                conn.exec_driver_sql("INSERT INTO search_index (rowid, uuid, inspection_uuid, entity, body) "
                                     f"VALUES ({rowid}, '{uuid}', '{insp}', 'evidence', '{body}')")
                conn.exec_driver_sql(f"INSERT INTO evidence_index VALUES ({line.format(u=uuid, d=deleted)})")
            conn.exec_driver_sql("INSERT INTO search_index (rowid, uuid, inspection_uuid, entity, body) "
                                 f"VALUES (9, 'ghost', '{insp}', 'evidence', 'cae')")  # no record at all
        migrate.upgrade(engine, db_label=db)
        with engine.connect() as conn:
            ids = dict(conn.exec_driver_sql("SELECT uuid, search_rowid FROM evidence_index").all())
            docs = dict(conn.exec_driver_sql("SELECT uuid, id FROM search_doc").all())
            assert ids == {"old-a": docs["old-a"], "old-b": docs["old-b"], "old-c": None}
            assert set(docs) == {"old-a", "old-b"}  # leftover text is not carried over to be counted
            assert conn.exec_driver_sql("SELECT count(*) FROM search_index WHERE search_index MATCH ?",
                                        ('body : ("cae"*)',)).scalar_one() == 1
            found = [r[0] for r in conn.exec_driver_sql(
                "SELECT rowid FROM search_index WHERE search_index MATCH ?",
                (f'scope : "s{insp.replace("-", "")}evidence" AND body : ("wyn"*)',))]
            assert found == [docs["old-a"]]
            plans = " ".join(r[-1] for r in conn.exec_driver_sql(
                "EXPLAIN QUERY PLAN SELECT count(*) FROM evidence_index WHERE inspection_uuid = 'i' "
                "AND deleted = 0 AND good_practice = 1"))
            assert "ix_evidence_index_good_practice" in plans  # the flag's partial index serves its count
    finally:
        engine.dispose()
