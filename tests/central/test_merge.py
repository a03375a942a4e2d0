"""Merging signed bundles into the central record, on SQLite and on a real PostgreSQL server.

Bundles are written by the real writer and signed with real keys; the central record is built by the
shared Alembic history. Every test runs on both backends (the `central_url` fixture).
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, select, update
from sqlalchemy.exc import DBAPIError

from fieldkit.domain.audit_chain import GENESIS, event_hash
from fieldkit.exchange import canonical
from fieldkit.exchange.bundle import write_bundle
from fieldkit.exchange.minisign import SigningKey
from fieldkit.services.central import CentralService
from fieldkit.storage import central as central_store

DEV_A = "aaaaaaaa-0000-4000-8000-00000000000a"
DEV_B = "bbbbbbbb-0000-4000-8000-00000000000b"
DEV_L = "11111111-0000-4000-8000-00000000000c"  # the lead's laptop, resolving conflicts
KEYS = {DEV_A: SigningKey.from_private_bytes(bytes([1]) * 32),
        DEV_B: SigningKey.from_private_bytes(bytes([2]) * 32),
        DEV_L: SigningKey.from_private_bytes(bytes([3]) * 32)}
INSPECTION = "insp-0001"
T0 = 1_763_818_800_000


def env(uuid: str, dev: str, rev: int, base: int | None, ms: int, data: dict | None, *,
        entity: str = "evidence", parents: list[tuple[str, int]] | None = None, data_schema: int = 1) -> dict:
    e = {"uuid": uuid, "entity": entity, "rev": rev, "base_rev": base, "hlc": f"{T0 + ms:013d}-00000-{dev}",
         "origin_device": dev, "author": dev[:4], "deleted": data is None, "data_schema": data_schema, "data": data,
         "data_sha256": canonical.content_hash(data) if data is not None else None,
         "inspection_uuid": INSPECTION}
    if parents:
        e["parents"] = [{"origin_device": d, "rev": r} for d, r in sorted(parents)]
    return e


def audit(n: int, dev: str, first: int = 1, prev: str = GENESIS) -> list[dict]:
    events = []
    for seq in range(first, first + n):
        e = {"seq": seq, "at": f"2026-11-22T13:00:{seq % 60:02d}+00:00", "actor": dev[:4], "action": "update",
             "entity": "evidence", "uuid": "r", "rev": None, "version_hash": None, "prev_hash": prev}
        e["hash"] = prev = event_hash(e)
        events.append(e)
    return events


class Bundles:
    """Writes bundles for the test devices, keeping each device's sequence and previous manifest hash."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.seq = {d: 0 for d in KEYS}
        self.prev: dict[str, str | None] = {d: None for d in KEYS}

    def make(self, dev: str, records: list[dict], *, seq: int | None = None, prev: str | None = "auto",
             bundle_id: str | None = None, audit_events: list[dict] | None = None, name: str | None = None,
             central_public_key=None, data_schema_version: str = "0005") -> Path:
        n = seq if seq is not None else self.seq[dev] + 1
        p = self.prev[dev] if prev == "auto" else prev
        path = self.folder / (name or f"{dev[:4]}-{n}-{len(list(self.folder.iterdir()))}.fkb")
        info = write_bundle(path, records=records, audit_events=audit_events or [], attachments={},
                            signing_key=KEYS[dev], signer={"inspector_id": f"INS-{dev[:4]}", "display_name": dev[:4]},
                            device_id=dev, device_seq=n, prev_manifest_sha256=p, inspection_id=INSPECTION,
                            data_schema_version=data_schema_version, producer_version="test", bundle_id=bundle_id,
                            created_at="2026-11-22T14:00:00+00:00", central_public_key=central_public_key)
        self.seq[dev], self.prev[dev] = n, info.manifest_sha256
        return path


@pytest.fixture
def central(central_url, tmp_path):
    service = CentralService(central_url)
    service.init()
    for dev, key in KEYS.items():
        pub = tmp_path / f"{dev[:4]}.pub"
        pub.write_text(key.public_key_file_text())
        service.trust_key(pub, inspector_id=f"INS-{dev[:4]}")
    yield service
    service.close()


@pytest.fixture
def bundles(tmp_path) -> Bundles:
    folder = tmp_path / "bundles"
    folder.mkdir()
    return Bundles(folder)


def merged(central: CentralService, path: Path):
    result = central.merge_file(path)
    assert result.ok, result.error
    return result.outcome


def state(central: CentralService) -> dict:
    return central_store.state(central.engine)


def dump(central: CentralService) -> dict:
    return central_store.dump(central.engine)


def head(central: CentralService, uuid: str) -> dict:
    return next(h for h in state(central)["heads"] if h["uuid"] == uuid)


# -- the ledger and idempotence ------------------------------------------------------------------------


def test_new_records_then_replay_is_a_no_op(central, bundles):
    b1 = bundles.make(DEV_A, [env("r1", DEV_A, 1, None, 1, {"t": "one"}), env("r2", DEV_A, 1, None, 2, {"t": "two"})],
                      audit_events=audit(3, DEV_A))
    out = merged(central, b1)
    assert (out.status, out.new, out.updated, out.already_present, out.conflicts) == ("merged", 2, 0, 0, 0)
    assert out.warnings == []
    before = dump(central)
    again = merged(central, b1)
    assert (again.status, again.already_present) == ("already-ingested", 2)
    assert again.receipt == out.receipt
    assert dump(central) == before


def test_reexport_under_a_new_bundle_id_changes_nothing_but_the_ledger(central, bundles):
    records = [env("r1", DEV_A, 1, None, 1, {"t": "one"}), env("r1", DEV_A, 2, 1, 2, {"t": "one+"})]
    merged(central, bundles.make(DEV_A, records))
    first = state(central)
    out = merged(central, bundles.make(DEV_A, records))
    assert (out.status, out.already_present, out.new, out.updated, out.late) == ("merged", 2, 0, 0, 0)
    assert state(central) == first
    assert len(dump(central)["ingested_bundle"]) == 2


def test_fast_forward_and_late_ancestor(central, bundles):
    merged(central, bundles.make(DEV_A, [env("r1", DEV_A, 1, None, 1, {"v": 1})]))
    out = merged(central, bundles.make(DEV_A, [env("r1", DEV_A, 2, 1, 2, {"v": 2}),
                                               env("r1", DEV_A, 3, 2, 3, {"v": 3})]))
    assert (out.updated, out.new, out.conflicts) == (1, 0, 0)
    h = head(central, "r1")
    assert (h["state"], h["rev"], json.loads(h["data"])) == ("current", 3, {"v": 3})


def test_late_ancestor_is_logged_only(central, bundles):
    late = bundles.make(DEV_A, [env("r1", DEV_A, 1, None, 1, {"v": 1})])
    newer = bundles.make(DEV_A, [env("r1", DEV_A, 2, 1, 2, {"v": 2})])
    merged(central, newer)
    out = merged(central, late)
    assert (out.late, out.updated, out.conflicts) == (1, 0, 0)
    h = head(central, "r1")
    assert (h["rev"], h["state"]) == (2, "current")
    assert len(state(central)["versions"]) == 2


# -- conflicts ------------------------------------------------------------------------------------------


def diverge(bundles: Bundles, entity: str, *, b_deletes: bool = False) -> list[Path]:
    base = env("r1", DEV_A, 1, None, 1, {"t": "base"}, entity=entity)
    return [bundles.make(DEV_A, [base, env("r1", DEV_A, 2, 1, 5, {"t": "A's edit"}, entity=entity)]),
            bundles.make(DEV_B, [base, env("r1", DEV_B, 2, 1, 7, None if b_deletes else {"t": "B's edit"},
                                           entity=entity)])]


def test_edit_against_edit_opens_a_conflict_with_a_provisional_head(central, bundles):
    a, b = diverge(bundles, "evidence")
    merged(central, a)
    out = merged(central, b)
    assert out.conflicts == 1
    [c] = state(central)["conflicts"]
    assert (c["kind"], c["uuid"], c["provisional"]) == ("edit-vs-edit", "r1", f"{DEV_B}/2")
    assert {(h["origin_device"], h["rev"]) for h in json.loads(c["heads"])} == {(DEV_A, 2), (DEV_B, 2)}
    h = head(central, "r1")
    assert (h["state"], h["origin_device"], json.loads(h["data"]), h["conflict_id"]) == (
        "provisional", DEV_B, {"t": "B's edit"}, c["conflict_id"])


def test_edit_against_delete(central, bundles):
    for path in diverge(bundles, "site", b_deletes=True):
        merged(central, path)
    [c] = state(central)["conflicts"]
    assert c["kind"] == "edit-vs-delete"
    h = head(central, "r1")
    assert (h["state"], h["deleted"]) == ("provisional", True)  # B's delete has the later clock


@pytest.mark.parametrize("entity", ["judgement", "concern"])
def test_judgements_and_concerns_get_no_automatic_winner(central, bundles, entity):
    for path in diverge(bundles, entity):
        merged(central, path)
    [c] = state(central)["conflicts"]
    assert (c["kind"], c["provisional"]) == ("edit-vs-edit", None)
    h = head(central, "r1")
    assert (h["state"], h["rev"], h["origin_device"], h["data"]) == ("unresolved", None, None, None)


def test_a_resolution_naming_both_heads_closes_the_conflict(central, bundles):
    for path in diverge(bundles, "judgement"):
        merged(central, path)
    [c] = state(central)["conflicts"]
    resolved = env("r1", DEV_L, 3, 2, 9, {"t": "agreed at moderation"}, entity="judgement",
                   parents=[(DEV_A, 2), (DEV_B, 2)])
    out = merged(central, bundles.make(DEV_L, [resolved]))
    assert (out.updated, out.conflicts) == (1, 0)
    assert state(central)["conflicts"] == []
    assert central.conflicts(status="resolved")[0]["conflict_id"] == c["conflict_id"]
    h = head(central, "r1")
    assert (h["state"], h["origin_device"], json.loads(h["data"])) == ("current", DEV_L, {"t": "agreed at moderation"})


@pytest.mark.parametrize("entity", ["evidence", "judgement"])
def test_an_edit_on_top_of_one_head_does_not_supersede_the_other(central, bundles, entity):
    """The lost edit the audit found: A and B both edit rev 2; the lead edits A's version only (rev 3,
    base 2). That used to close the conflict and drop B's edit; it must stay a conflict until a version
    names both heads."""
    base = [env("r1", DEV_A, 1, None, 1, {"t": "base"}, entity=entity),
            env("r1", DEV_A, 2, 1, 2, {"t": "agreed"}, entity=entity)]
    merged(central, bundles.make(DEV_A, base + [env("r1", DEV_A, 3, 2, 5, {"t": "A's edit"}, entity=entity)]))
    merged(central, bundles.make(DEV_B, base + [env("r1", DEV_B, 3, 2, 6, {"t": "B's edit"}, entity=entity)]))
    [first] = state(central)["conflicts"]
    on_a = env("r1", DEV_L, 4, 3, 9, {"t": "lead, on A's version"}, entity=entity, parents=[(DEV_A, 3)])
    out = merged(central, bundles.make(DEV_L, [on_a]))
    [still] = state(central)["conflicts"]
    assert out.conflicts == 1 and still["conflict_id"] != first["conflict_id"]
    assert {(h["origin_device"], h["rev"]) for h in json.loads(still["heads"])} == {(DEV_B, 3), (DEV_L, 4)}
    assert central.conflicts(status="superseded")[0]["conflict_id"] == first["conflict_id"]
    assert central.conflicts(status="resolved") == []
    # The old guess took "a base_rev its own device does not hold" to mean "saw everything older": no
    # more. Such a version (as old bundles could carry) is a head of its own.
    legacy = env("r1", DEV_L, 5, 3, 10, {"t": "no parents named"}, entity=entity)
    merged(central, bundles.make(DEV_L, [legacy]))
    [c] = state(central)["conflicts"]
    assert {(h["origin_device"], h["rev"]) for h in json.loads(c["heads"])} == {(DEV_B, 3), (DEV_L, 4), (DEV_L, 5)}
    partial = env("r1", DEV_L, 6, 5, 11, {"t": "two of three"}, entity=entity, parents=[(DEV_L, 4), (DEV_L, 5)])
    merged(central, bundles.make(DEV_L, [partial]))
    [c] = state(central)["conflicts"]
    assert {(h["origin_device"], h["rev"]) for h in json.loads(c["heads"])} == {(DEV_B, 3), (DEV_L, 6)}
    both = env("r1", DEV_L, 7, 6, 12, {"t": "both edits combined"}, entity=entity, parents=[(DEV_B, 3), (DEV_L, 6)])
    out = merged(central, bundles.make(DEV_L, [both]))
    assert state(central)["conflicts"] == [] and out.conflicts == 0
    h = head(central, "r1")
    assert (h["state"], h["rev"], json.loads(h["data"])) == ("current", 7, {"t": "both edits combined"})
    assert central.conflicts(status="resolved") != []


def test_the_data_schema_of_each_version_is_stored_and_a_newer_layout_refused(central, bundles):
    merged(central, bundles.make(DEV_A, [env("r1", DEV_A, 1, None, 1, {"v": 1}, data_schema=1)]))
    V = central_store.CentralVersion.__table__
    with central.engine.connect() as conn:
        assert conn.execute(select(V.c.data_schema)).scalar_one() == 1
    before = central_store.dump(central.engine)
    newer = central.merge_file(bundles.make(DEV_B, [env("r2", DEV_B, 1, None, 2, {"v": 2}, data_schema=2)]))
    assert not newer.ok and "data_schema 2 is a record layout newer than this FieldKit reads" in newer.error
    assert central_store.dump(central.engine) == before


def test_a_bundle_from_a_newer_database_schema_is_refused(central, bundles):
    from fieldkit.storage.migrate import head_revision

    merged(central, bundles.make(DEV_A, [env("r1", DEV_A, 1, None, 1, {"v": 1})]))  # "0005": older, known
    before = central_store.dump(central.engine)
    path = bundles.make(DEV_B, [env("r2", DEV_B, 1, None, 2, {"v": 2})], data_schema_version="9999")
    result = central.merge_file(path)
    assert not result.ok
    assert f"data_schema_version '9999' is not a database schema this FieldKit knows (0001 to {head_revision()})" \
        in result.error and "update this one" in result.error
    assert central_store.dump(central.engine) == before


def test_the_version_log_refuses_updates_and_deletes(central, bundles):
    merged(central, bundles.make(DEV_A, [env("r1", DEV_A, 1, None, 1, {"v": 1})]))
    before = dump(central)
    V = central_store.CentralVersion.__table__
    for statement in (update(V).values(data='{"v":2}'), delete(V)):
        with pytest.raises(DBAPIError, match="append-only"), central.engine.begin() as conn:
            conn.execute(statement)
    assert dump(central) == before


def test_identical_concurrent_edits_are_not_a_conflict(central, bundles):
    base = env("r1", DEV_A, 1, None, 1, {"t": "base"})
    merged(central, bundles.make(DEV_A, [base, env("r1", DEV_A, 2, 1, 3, {"t": "same"})]))
    merged(central, bundles.make(DEV_B, [base, env("r1", DEV_B, 2, 1, 4, {"t": "same"})]))
    assert state(central)["conflicts"] == []


# -- order does not matter ------------------------------------------------------------------------------


def scenario(bundles: Bundles) -> list[Path]:
    """Forks, deletes, a judgement conflict and its resolution, late ancestors, a re-export."""
    r = env
    paths = [
        bundles.make(DEV_A, [r("e1", DEV_A, 1, None, 1, {"t": "a"}), r("j1", DEV_A, 1, None, 2, {"g": "good"},
                                                                       entity="judgement")]),
        bundles.make(DEV_A, [r("e1", DEV_A, 2, 1, 10, {"t": "a2"}), r("s1", DEV_A, 1, None, 11, {"n": "office"}),
                             r("j1", DEV_A, 2, 1, 12, {"g": "adequate"}, entity="judgement")]),
        bundles.make(DEV_B, [r("e1", DEV_A, 1, None, 1, {"t": "a"}), r("e1", DEV_B, 2, 1, 13, {"t": "b2"}),
                             r("j1", DEV_A, 1, None, 2, {"g": "good"}, entity="judgement"),
                             r("j1", DEV_B, 2, 1, 14, {"g": "excellent"}, entity="judgement")]),
        bundles.make(DEV_B, [r("s1", DEV_A, 1, None, 11, {"n": "office"}), r("s1", DEV_B, 2, 1, 20, None)]),
        bundles.make(DEV_A, [r("e1", DEV_A, 3, 2, 21, {"t": "a3"}), r("s1", DEV_A, 2, 1, 22, {"n": "Office"})]),
        bundles.make(DEV_L, [r("j1", DEV_L, 3, 2, 30, {"g": "good"}, entity="judgement",
                               parents=[(DEV_A, 2), (DEV_B, 2)])]),
    ]
    paths.append(bundles.make(DEV_A, [r("e1", DEV_A, 2, 1, 10, {"t": "a2"})]))  # re-export of a version
    return paths


MERGE_TABLES = ("ingested_bundle", "central_version", "central_head", "conflict", "central_audit_event",
                "central_attachment", "receipt")


def wipe(central: CentralService) -> None:
    """Empty the merge tables. The version log refuses deletes, so its triggers are lifted for the wipe
    (and put back exactly as the database had them)."""
    with central.engine.begin() as conn:
        if conn.dialect.name == "sqlite":
            triggers = conn.exec_driver_sql(
                "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'central_version'").all()
            assert len(triggers) == 2
            for name, _ in triggers:
                conn.exec_driver_sql(f"DROP TRIGGER {name}")
        else:
            conn.exec_driver_sql("ALTER TABLE central_version DISABLE TRIGGER USER")
        for name in MERGE_TABLES:
            conn.execute(delete(central_store.CentralVersion.metadata.tables[name]))
        if conn.dialect.name == "sqlite":
            for _, sql in triggers:
                conn.exec_driver_sql(sql)
        else:
            conn.exec_driver_sql("ALTER TABLE central_version ENABLE TRIGGER USER")


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_any_order_with_repeats_gives_the_same_heads_and_conflicts(central, bundles, data):
    if not hasattr(bundles, "paths"):
        bundles.paths = scenario(bundles)
        for p in bundles.paths:
            merged(central, p)
        bundles.expected = state(central)
        assert len(bundles.expected["conflicts"]) == 2  # e1 (edit vs edit) and s1 (edit vs delete)
    paths = bundles.paths
    order = data.draw(st.permutations(range(len(paths))))
    repeats = data.draw(st.lists(st.sampled_from(range(len(paths))), max_size=3))
    positions = data.draw(st.lists(st.integers(0, len(order)), min_size=len(repeats), max_size=len(repeats)))
    sequence = list(order)
    for item, pos in zip(repeats, positions, strict=True):
        sequence.insert(pos, item)
    wipe(central)
    for i in sequence:
        merged(central, paths[i])
    assert state(central) == bundles.expected


def test_reverse_order_gives_the_same_heads_and_conflicts(central, bundles):
    paths = scenario(bundles)
    for p in paths:
        merged(central, p)
    forward = state(central)
    wipe(central)
    for p in reversed(paths):
        merged(central, p)
    assert state(central) == forward
    kinds = sorted((c["uuid"], c["kind"], c["provisional"]) for c in forward["conflicts"])
    assert kinds == [("e1", "edit-vs-edit", f"{DEV_A}/3"), ("s1", "edit-vs-delete", f"{DEV_A}/2")]
    j1 = next(h for h in forward["heads"] if h["uuid"] == "j1")
    assert (j1["state"], j1["origin_device"]) == ("current", DEV_L)


# -- refusals leave central exactly as it was -------------------------------------------------------------


def test_a_failure_mid_bundle_rolls_everything_back(central, bundles, monkeypatch):
    merged(central, bundles.make(DEV_A, [env("r1", DEV_A, 1, None, 1, {"v": 1})]))
    before = dump(central)
    path = bundles.make(DEV_A, [env("r1", DEV_A, 2, 1, 2, {"v": 2}), env("r2", DEV_A, 1, None, 3, {"v": 1})],
                        audit_events=audit(2, DEV_A))
    calls = []

    def boom(*args, **kwargs):
        calls.append(args)
        raise RuntimeError("disk full")

    monkeypatch.setattr(central_store, "_merge_attachments", boom)  # runs after versions, heads and audit
    with pytest.raises(RuntimeError, match="disk full"):
        central.merge_file(path)
    assert calls and dump(central) == before
    monkeypatch.undo()
    assert merged(central, path).updated == 1


def test_untrusted_and_revoked_keys_are_refused(central, bundles, tmp_path):
    stranger = SigningKey.from_private_bytes(bytes([9]) * 32)
    KEYS["99999999-0000-4000-8000-000000000009"] = stranger
    try:
        bundles.seq["99999999-0000-4000-8000-000000000009"] = 0
        bundles.prev["99999999-0000-4000-8000-000000000009"] = None
        path = bundles.make("99999999-0000-4000-8000-000000000009", [env("r1", DEV_A, 1, None, 1, {"v": 1})])
    finally:
        del KEYS["99999999-0000-4000-8000-000000000009"]
    before = dump(central)
    result = central.merge_file(path)
    assert not result.ok and "unknown signer key" in result.error
    central.revoke_key(KEYS[DEV_B].fingerprint[:16])
    result = central.merge_file(bundles.make(DEV_B, [env("r1", DEV_B, 1, None, 1, {"v": 1})]))
    assert not result.ok and "revoked" in result.error
    after = dump(central)
    assert {k: v for k, v in after.items() if k != "trusted_key"} == {
        k: v for k, v in before.items() if k != "trusted_key"}
    [row] = [k for k in central.keys() if k.fingerprint == KEYS[DEV_B].fingerprint]
    assert row.revoked and row.revoked_at


def test_same_bundle_id_with_different_content_is_an_alarm(central, bundles):
    bid = "3f2c1c52-8f7e-4c36-9a51-0b6f0d9f8a11"
    merged(central, bundles.make(DEV_A, [env("r1", DEV_A, 1, None, 1, {"v": 1})], bundle_id=bid))
    before = dump(central)
    other = bundles.make(DEV_A, [env("r9", DEV_A, 1, None, 1, {"v": 9})], bundle_id=bid)
    result = central.merge_file(other)
    assert not result.ok and result.error.startswith("ALARM:") and bid in result.error
    assert dump(central) == before


def test_same_version_key_with_different_content_is_an_alarm(central, bundles):
    merged(central, bundles.make(DEV_A, [env("r1", DEV_A, 1, None, 1, {"v": 1})]))
    before = dump(central)
    forged = bundles.make(DEV_A, [env("r2", DEV_A, 1, None, 2, {"v": 2}), env("r1", DEV_A, 1, None, 1, {"v": 666})])
    result = central.merge_file(forged)
    assert not result.ok and "integrity alarm" in result.error and "r1" in result.error
    assert dump(central) == before


@pytest.mark.parametrize("damage", ["byte", "extra-file", "truncated"])
def test_tampered_bundles_change_nothing(central, bundles, damage):
    path = bundles.make(DEV_A, [env("r1", DEV_A, 1, None, 1, {"v": 1})])
    blob = bytearray(path.read_bytes())
    if damage == "byte":
        with zipfile.ZipFile(path) as zf:
            info = zf.getinfo("payload/records.jsonl")
        blob[info.header_offset + 30 + len(info.filename) + 2] ^= 0x01
        path.write_bytes(bytes(blob))
    elif damage == "extra-file":
        with zipfile.ZipFile(path, "a") as zf:
            zf.writestr("payload/evil.txt", b"x")
    else:
        path.write_bytes(bytes(blob[: len(blob) // 2]))
    before = dump(central)
    result = central.merge_file(path)
    assert not result.ok and result.error
    assert dump(central) == before


# -- device sequence and audit warnings -------------------------------------------------------------------


def test_device_sequence_gap_and_fork_are_reported(central, bundles):
    merged(central, bundles.make(DEV_A, [env("r1", DEV_A, 1, None, 1, {"v": 1})]))
    bundles.make(DEV_A, [env("r1", DEV_A, 2, 1, 2, {"v": 2})])  # bundle 2 is lost on the way
    out = merged(central, bundles.make(DEV_A, [env("r1", DEV_A, 3, 2, 3, {"v": 3})]))
    assert any(w.startswith("gap:") and "number(s) 2 " in w for w in out.warnings), out.warnings
    fork = merged(central, bundles.make(DEV_A, [env("r5", DEV_A, 1, None, 9, {"v": 1})], seq=3, prev=None))
    assert any(w.startswith("fork:") for w in fork.warnings), fork.warnings
    with central.engine.connect() as conn:
        warnings = conn.execute(select(central_store.IngestedBundle.__table__.c.warnings)).scalars().all()
    assert any("gap:" in w for w in warnings)


def test_audit_chain_is_joined_across_bundles(central, bundles):
    first = audit(3, DEV_A)
    out = merged(central, bundles.make(DEV_A, [env("r1", DEV_A, 1, None, 1, {"v": 1})], audit_events=first))
    assert out.receipt["audit_through_seq"] == 3
    nxt = audit(2, DEV_A, first=4, prev=first[-1]["hash"])
    out = merged(central, bundles.make(DEV_A, [env("r1", DEV_A, 2, 1, 2, {"v": 2})], audit_events=nxt))
    assert out.warnings == [] and out.receipt["audit_through_seq"] == 5
    bad = audit(1, DEV_A, first=6, prev="0" * 63 + "1")
    out = merged(central, bundles.make(DEV_A, [env("r1", DEV_A, 3, 2, 3, {"v": 3})], audit_events=bad))
    assert any("does not follow" in w for w in out.warnings), out.warnings


def test_evidence_flagged_as_safeguarding_gets_no_automatic_winner(central, bundles):
    base = env("r1", DEV_A, 1, None, 1, {"t": "base", "safeguarding": True})
    merged(central, bundles.make(DEV_A, [base, env("r1", DEV_A, 2, 1, 3, {"t": "A", "safeguarding": True})]))
    merged(central, bundles.make(DEV_B, [base, env("r1", DEV_B, 2, 1, 4, {"t": "B", "safeguarding": True})]))
    [c] = state(central)["conflicts"]
    assert c["provisional"] is None and head(central, "r1")["state"] == "unresolved"


# -- the same file again, attachments ---------------------------------------------------------------------


def test_the_same_file_again_is_answered_from_the_ledger_without_reverifying(central, bundles, monkeypatch):
    path = bundles.make(DEV_A, [env("r1", DEV_A, 1, None, 1, {"v": 1})])
    first = merged(central, path)
    before = dump(central)
    import fieldkit.services.central as service

    def must_not_verify(*args, **kwargs):
        raise AssertionError("verified again")

    monkeypatch.setattr(service, "verify_bundle", must_not_verify)
    again = merged(central, path)
    assert (again.status, again.bundle_id, again.already_present, again.receipt) == (
        "already-ingested", first.bundle_id, 1, first.receipt)
    assert dump(central) == before
    monkeypatch.undo()
    central.revoke_key(KEYS[DEV_A].fingerprint)  # a revoked signer: the same file is now refused
    result = central.merge_file(path)
    assert not result.ok and "revoked" in result.error


def attachment_env(uuid: str, dev: str, ms: int, sha: str) -> dict:
    return env(uuid, dev, 1, None, ms, {"evidence": "e1", "sha256": sha, "file_name": "scan.png",
                                        "media_type": "image/png", "size": 4}, entity="attachment")


def test_attachments_are_stored_once_and_a_missing_one_refuses_the_bundle(central, bundles):
    blob = b"\x89PNG"
    sha = canonical.sha256_hex(blob)
    path = bundles.folder / "with-attachment.fkb"
    write_bundle(path, records=[attachment_env("a1", DEV_A, 1, sha)], audit_events=[], attachments={sha: blob},
                 signing_key=KEYS[DEV_A], signer={"inspector_id": "INS-A", "display_name": "A"}, device_id=DEV_A,
                 device_seq=1, prev_manifest_sha256=None, inspection_id=INSPECTION, data_schema_version="0006",
                 producer_version="test")
    merged(central, path)
    assert [(r[0], r[1], r[2]) for r in dump(central)["central_attachment"]] == [(sha, 4, blob)]
    before = dump(central)
    missing = canonical.sha256_hex(b"absent")
    with pytest.raises(central_store.MergeRefused, match="neither in the bundle nor held centrally"):
        central_store.merge_bundle(
            central.engine, manifest={"bundle_id": "0f2c1c52-8f7e-4c36-9a51-0b6f0d9f8a11"}, manifest_sha256="0" * 64,
            records=[attachment_env("a2", DEV_B, 2, missing)], audit_events=[], attachments={},
            make_receipt=lambda **kw: {})
    assert dump(central) == before
    # An attachment central already holds need not travel again.
    reuse = env("a3", DEV_B, 1, None, 3, {"evidence": "e2", "sha256": sha, "file_name": "again.png",
                                          "media_type": "image/png", "size": 4}, entity="attachment")
    out = central_store.merge_bundle(
        central.engine, manifest={"bundle_id": "1f2c1c52-8f7e-4c36-9a51-0b6f0d9f8a11", "device_id": DEV_B,
                                  "device_seq": 1, "prev_manifest_sha256": None, "inspection_id": INSPECTION,
                                  "data_schema_version": "0006", "created_at": "2026-11-22T14:00:00+00:00",
                                  "signer": {"key_fingerprint_sha256": KEYS[DEV_B].fingerprint,
                                             "inspector_id": "INS-B"}},
        manifest_sha256="1" * 64, records=[reuse], audit_events=[], attachments={},
        make_receipt=lambda **kw: {"receipt_id": "r-1"})
    assert out.new == 1
