import pytest

from fieldkit.domain.audit_chain import verify_chain
from fieldkit.storage.errors import StaleEdit


def test_edit_appends_version_and_moves_head(store):
    rs = store.records
    h1 = rs.create("note", {"text": "one"}, author="Ann", inspection_uuid="i1")
    h2 = rs.update(h1.uuid, {"text": "two"}, author="Ann")
    assert (h1.rev, h2.rev) == (1, 2)
    history = rs.history(h1.uuid)
    assert [v.data for v in history] == [{"text": "one"}, {"text": "two"}]
    assert [v.base_rev for v in history] == [None, 1]
    assert history[0].hlc < history[1].hlc
    assert {v.origin_device for v in history} == {store.device_id}
    assert rs.get(h1.uuid).data == {"text": "two"}


def test_unchanged_update_writes_no_version(store):
    rs = store.records
    h = rs.create("note", {"text": "same"}, author="Ann")
    rs.update(h.uuid, {"text": "same"}, author="Ann")
    assert len(rs.history(h.uuid)) == 1


def test_delete_is_a_tombstone_and_restore_brings_data_back(store):
    rs = store.records
    h = rs.create("note", {"text": "keep me"}, author="Ann", inspection_uuid="i1")
    rs.delete(h.uuid, author="Ann")
    assert rs.list("note", inspection_uuid="i1") == []
    assert [d.uuid for d in rs.list("note", inspection_uuid="i1", deleted_only=True)] == [h.uuid]
    restored = rs.restore(h.uuid, author="Ann")
    assert restored.data == {"text": "keep me"} and not restored.deleted
    assert [v.deleted for v in rs.history(h.uuid)] == [False, True, False]


def test_stale_edit_is_refused(store):
    rs = store.records
    h = rs.create("note", {"text": "a"}, author="Ann")
    rs.update(h.uuid, {"text": "b"}, author="Ann")
    with pytest.raises(StaleEdit):
        rs.update(h.uuid, {"text": "c"}, author="Ann", expected_rev=1)


def test_every_mutation_is_audited_in_an_intact_chain(store):
    rs = store.records
    h = rs.create("note", {"text": "a"}, author="Ann")
    rs.update(h.uuid, {"text": "b"}, author="Bob")
    rs.delete(h.uuid, author="Bob")
    events = rs.audit_events()
    mine = [e for e in events if e["uuid"] == h.uuid]
    assert [(e["action"], e["actor"], e["rev"]) for e in mine] == [
        ("create", "Ann", 1), ("update", "Bob", 2), ("delete", "Bob", 3)]
    versions = {v.rev: v.version_hash for v in rs.history(h.uuid)}
    assert [e["version_hash"] for e in mine] == [versions[1], versions[2], versions[3]]
    assert verify_chain(events) == []


def _tamper(store, sql):
    with store.engine.begin() as conn:
        conn.exec_driver_sql(sql)


def test_editing_an_audit_event_is_detected(store):
    rs = store.records
    h = rs.create("note", {"text": "a"}, author="Ann")
    rs.update(h.uuid, {"text": "b"}, author="Ann")
    _tamper(store, "UPDATE audit_event SET actor = 'Mallory' WHERE seq = 2")
    problems = verify_chain(rs.audit_events())
    assert any("event 2" in p and "altered" in p for p in problems)


def test_deleting_an_audit_event_is_detected(store):
    rs = store.records
    h = rs.create("note", {"text": "a"}, author="Ann")
    rs.update(h.uuid, {"text": "b"}, author="Ann")
    rs.update(h.uuid, {"text": "c"}, author="Ann")
    _tamper(store, "DELETE FROM audit_event WHERE seq = 2")
    problems = verify_chain(rs.audit_events())
    assert any("removed" in p or "prev_hash" in p for p in problems)
