"""fieldkit bundle v1: written, verified, and refused for every way a bundle can be damaged or forged."""

from __future__ import annotations

import hashlib
import io
import shutil
import struct
import subprocess
import warnings
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fieldkit.domain.audit_chain import GENESIS, event_hash
from fieldkit.exchange import canonical
from fieldkit.exchange.bundle import (
    ZIP_EPOCH,
    build_bundle,
    bundle_file_name,
    decrypt_bundle,
    encrypt_bundle,
    generate_central_keypair,
    write_bundle,
)
from fieldkit.exchange.minisign import SigningKey
from fieldkit.exchange.schema import BundleError, trusted_comment
from fieldkit.exchange.verify import load_revoked_dir, load_trusted_keys_dir, verify_bundle

CREATED = "2026-11-22T13:40:00+00:00"
BUNDLE_ID = "3f2c1c52-8f7e-4c36-9a51-0b6f0d9f8a11"
DEVICE = "6d1f0e2a-1b7c-4c55-8d9e-2f3a4b5c6d7e"
PHOTO = b"\xff\xd8\xff\xe0 not really a jpeg \x00\x01" * 50
PHOTO_SHA = canonical.sha256_hex(PHOTO)
SIGNING_KEY = SigningKey.from_private_bytes(bytes(range(32)))
TRUSTED = {SIGNING_KEY.fingerprint: SIGNING_KEY.public_key}


def record(uuid: str, rev: int, data: dict | None, *, hlc_ms: int = 1_763_818_800_000) -> dict:
    return {
        "uuid": uuid, "entity": "evidence", "rev": rev, "base_rev": rev - 1 if rev > 1 else None,
        "hlc": f"{hlc_ms + rev:013d}-00000-{DEVICE}", "origin_device": DEVICE, "author": "INS-042",
        "deleted": data is None, "data_schema": 1, "data": data,
        "data_sha256": canonical.content_hash(data) if data is not None else None,
    }


def audit_chain(n: int, *, first_seq: int = 1, prev: str = GENESIS) -> list[dict]:
    events = []
    for seq in range(first_seq, first_seq + n):
        event = {"seq": seq, "at": f"2026-11-22T13:{seq % 60:02d}:00.000+00:00", "actor": "INS-042",
                 "action": "update", "entity": "evidence", "uuid": "r1", "rev": seq, "version_hash": None,
                 "prev_hash": prev}
        event["hash"] = prev = event_hash(event)
        events.append(event)
    return events


RECORDS = [record("r1", 1, {"text": "Ysgol Gymraeg: ŵ ŷ", "grade": "Good", "n": 3}),
           record("r1", 2, {"text": "Ysgol Gymraeg: ŵ ŷ, amended", "grade": "Adequate", "n": 3}),
           record("r2", 1, {"child": "Child A (pseudonym), 7"}), record("r2", 2, None)]
AUDIT = audit_chain(4)


def bundle_args(**overrides) -> dict:
    args = dict(records=RECORDS, audit_events=AUDIT, attachments={PHOTO_SHA: PHOTO},
                signing_key=SIGNING_KEY, signer={"inspector_id": "INS-042", "display_name": "A. Jones"},
                device_id=DEVICE, device_seq=17, prev_manifest_sha256="ab" * 32, inspection_id="insp-1",
                data_schema_version="0002", producer_version="0.1.0", created_at=CREATED, bundle_id=BUNDLE_ID)
    args.update(overrides)
    return args


def build(**overrides) -> bytes:
    return build_bundle(**bundle_args(**overrides))[0]


def members_of(blob: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(blob)) as zf:
        return {i.filename: zf.read(i) for i in zf.infolist()}


def zip_of(entries: list[tuple[str, bytes]]) -> bytes:
    """A ZIP exactly as listed: any names, any order, duplicates allowed."""
    buf = io.BytesIO()
    with warnings.catch_warnings(), zipfile.ZipFile(buf, "w") as zf:
        warnings.simplefilter("ignore")  # zipfile warns on duplicate names; that is the point here
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=ZIP_EPOCH)
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, data)
    return buf.getvalue()


def resigned(members: dict[str, bytes], *, edit=None, key: SigningKey = SIGNING_KEY, comment=None) -> bytes:
    """Re-list and re-sign tampered members, as a forger holding a registered key could."""
    manifest = canonical.loads_canonical(members["manifest.json"][:-1])
    payload = {k: v for k, v in members.items() if k.startswith("payload/")}
    manifest["files"] = [{"path": p, "sha256": canonical.sha256_hex(d), "size": len(d)}
                         for p, d in sorted(payload.items())]
    manifest["signer"]["key_fingerprint_sha256"] = key.fingerprint
    manifest["signer"]["public_key_b64"] = key.public_key.b64
    if edit:
        edit(manifest)
    manifest_bytes = canonical.document(manifest)
    sha = canonical.sha256_hex(manifest_bytes)
    sig = key.sign(manifest_bytes, comment or trusted_comment(manifest["bundle_id"], sha))
    out = dict(payload, **{"manifest.json": manifest_bytes, "manifest.json.minisig": sig.encode()})
    return zip_of(sorted(out.items()))


def rejected(blob: bytes | Path, match: str, **kwargs) -> None:
    kwargs.setdefault("trusted_keys", TRUSTED)
    with pytest.raises(BundleError, match=match):
        verify_bundle(blob, **kwargs)


def minisign_binary() -> str:
    path = shutil.which("minisign")
    assert path, "the stock `minisign` CLI is required (Debian: apt-get install minisign)"
    return path


# -- writing and reading back ---------------------------------------------------------------------


def test_round_trip_through_a_file(tmp_path):
    info = write_bundle(tmp_path / "b.fkb", **bundle_args())
    got = verify_bundle(info.path, trusted_keys=TRUSTED)
    assert got.records == RECORDS
    assert got.audit_events == AUDIT
    assert got.attachments == {PHOTO_SHA: PHOTO}
    assert got.manifest == info.manifest
    assert got.manifest_sha256 == info.manifest_sha256 == canonical.sha256_hex(members_of(
        info.path.read_bytes())["manifest.json"])
    assert got.bundle_id == BUNDLE_ID
    assert got.signer_fingerprint == SIGNING_KEY.fingerprint
    assert info.size == info.path.stat().st_size and not info.encrypted


def test_manifest_has_every_field_of_the_format():
    manifest = build_bundle(**bundle_args())[1]
    assert manifest == {
        "format": "fieldkit-bundle", "schema_version": 1, "data_schema_version": "0002",
        "bundle_id": BUNDLE_ID,
        "created_at": CREATED, "producer": {"app": "fieldkit", "version": "0.1.0"}, "device_id": DEVICE,
        "device_seq": 17, "prev_manifest_sha256": "ab" * 32, "inspection_id": "insp-1",
        "hlc_min": RECORDS[0]["hlc"], "hlc_max": RECORDS[1]["hlc"],
        "signer": {"inspector_id": "INS-042", "display_name": "A. Jones", "alg": "Ed25519",
                   "key_fingerprint_sha256": SIGNING_KEY.fingerprint,
                   "public_key_b64": SIGNING_KEY.public_key.b64},
        "files": manifest["files"],
    }
    assert [f["path"] for f in manifest["files"]] == [
        f"payload/attachments/{PHOTO_SHA}", "payload/audit.jsonl", "payload/records.jsonl"]


def test_zip_layout_is_sorted_with_fixed_timestamps_and_canonical_members():
    blob = build()
    with zipfile.ZipFile(io.BytesIO(blob)) as zf:
        infos = zf.infolist()
    names = [i.filename for i in infos]
    assert names == sorted(names) == ["manifest.json", "manifest.json.minisig",
                                      f"payload/attachments/{PHOTO_SHA}", "payload/audit.jsonl",
                                      "payload/records.jsonl"]
    assert {i.date_time for i in infos} == {ZIP_EPOCH}
    members = members_of(blob)
    assert members["payload/records.jsonl"] == b"".join(canonical.dumps(r) + b"\n" for r in RECORDS)
    assert "ŵ".encode() in members["payload/records.jsonl"]  # UTF-8, not \u escapes
    manifest = members["manifest.json"]
    assert manifest.endswith(b"}\n") and b", " not in manifest and b": " not in manifest
    sig = members["manifest.json.minisig"].decode()
    sha = canonical.sha256_hex(manifest)
    assert f"trusted comment: bundle_id={BUNDLE_ID} format=fieldkit-bundle/1 manifest_sha256={sha}\n" in sig


def test_same_inputs_give_the_same_bytes():
    assert build() == build()
    assert build() != build(device_seq=18)


def test_empty_bundle_round_trips():
    got = verify_bundle(build(records=[], audit_events=[], attachments={}), trusted_keys=TRUSTED)
    assert (got.records, got.audit_events, got.attachments) == ([], [], {})
    assert got.manifest["hlc_min"] is None and got.manifest["hlc_max"] is None


def test_a_slice_of_the_audit_log_is_accepted():
    events = audit_chain(6)[3:]
    assert verify_bundle(build(audit_events=events), trusted_keys=TRUSTED).audit_events == events


json_scalars = st.none() | st.booleans() | st.integers(-(2**53), 2**53) | st.text(max_size=30) \
    | st.floats(allow_nan=False, allow_infinity=False)
json_values = st.recursive(
    json_scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12)
json_data = st.dictionaries(st.text(max_size=10), json_values, max_size=6)


@settings(max_examples=60, deadline=None)
@given(st.lists(json_data, max_size=5), st.lists(st.binary(max_size=200), max_size=3, unique=True))
def test_any_json_data_and_blobs_round_trip(datas, blobs):
    records = [record(f"r{i}", 1, d) for i, d in enumerate(datas)]
    attachments = {canonical.sha256_hex(b): b for b in blobs}
    got = verify_bundle(build(records=records, attachments=attachments), trusted_keys=TRUSTED)
    assert got.records == records and got.attachments == attachments


def test_write_is_atomic_and_leaves_no_temp_files(tmp_path):
    seen = []
    write_bundle(tmp_path / "b.fkb", **bundle_args(), progress=lambda done, total: seen.append((done, total)))
    assert [p.name for p in tmp_path.iterdir()] == ["b.fkb"]
    assert seen[-1][0] == seen[-1][1] and {t for _, t in seen} == {seen[-1][1]}
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    with pytest.raises(FileExistsError):
        write_bundle(tmp_path / "b.fkb", **bundle_args())
    write_bundle(tmp_path / "b.fkb", **bundle_args(device_seq=18), overwrite=True)
    assert [p.name for p in tmp_path.iterdir()] == ["b.fkb"]


def test_progress_is_reported_while_records_are_serialised_not_only_per_member(tmp_path):
    records = [record(f"r{i}", 1, {"text": f"note {i}"}) for i in range(2400)]
    seen: list[tuple[int, int, bool]] = []
    target = tmp_path / "b.fkb"
    write_bundle(target, **bundle_args(records=records),
                 progress=lambda done, total: seen.append((done, total, any(tmp_path.iterdir()))))
    total = seen[-1][1]
    before_any_file = [d for d, _, started in seen if not started]
    assert len(before_any_file) >= 4 and 0 < before_any_file[0] < total // 4  # serialising, in steps
    assert seen[-1][:2] == (total, total)
    assert [d for d, _, _ in seen] == sorted(d for d, _, _ in seen)


def test_a_file_that_appears_while_writing_is_never_replaced(tmp_path):
    target = tmp_path / "b.fkb"

    def someone_else_writes(done, total):
        if done == total and not target.exists():
            target.write_bytes(b"theirs")

    with pytest.raises(FileExistsError):
        write_bundle(target, **bundle_args(), progress=someone_else_writes)
    assert target.read_bytes() == b"theirs"
    assert [p.name for p in tmp_path.iterdir()] == ["b.fkb"]  # no temp file left behind


def test_without_hard_links_the_name_is_claimed_exclusively(tmp_path, monkeypatch):
    import errno
    import os

    def no_links(src, dst):
        raise OSError(errno.EPERM, "no hard links on this file system")

    monkeypatch.setattr(os, "link", no_links)
    info = write_bundle(tmp_path / "b.fkb", **bundle_args())
    assert verify_bundle(info.path, trusted_keys=TRUSTED).bundle_id == BUNDLE_ID
    with pytest.raises(FileExistsError):
        write_bundle(tmp_path / "b.fkb", **bundle_args(device_seq=18))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.fkb"]


def test_attachments_are_read_lazily_and_checked_on_the_way(tmp_path):
    from fieldkit.exchange.bundle import LazyBlob

    reads = []
    blob = LazyBlob(len(PHOTO), lambda: reads.append(1) or PHOTO)
    info = write_bundle(tmp_path / "b.fkb", **bundle_args(attachments={PHOTO_SHA: blob}))
    assert reads == [1]
    with verify_bundle(info.path, trusted_keys=TRUSTED) as got:
        assert got.attachments == {PHOTO_SHA: PHOTO}
    liar = LazyBlob(len(PHOTO), lambda: PHOTO[:-1] + b"!")
    with pytest.raises(ValueError, match="do not hash to its name"):
        write_bundle(tmp_path / "c.fkb", **bundle_args(attachments={PHOTO_SHA: liar}))
    assert not (tmp_path / "c.fkb").exists() and [p.name for p in tmp_path.iterdir()] == ["b.fkb"]


def test_an_attachment_changed_after_verification_is_caught(tmp_path):
    scan = bytes(range(256)) * 2000  # past any read buffer
    sha = canonical.sha256_hex(scan)
    info = write_bundle(tmp_path / "b.fkb", **bundle_args(attachments={sha: scan}))
    got = verify_bundle(info.path, trusted_keys=TRUSTED)
    blob = bytearray(info.path.read_bytes())
    at = blob.index(scan) + len(scan) // 2
    with open(info.path, "r+b") as f:  # in place, as another process could
        f.seek(at)
        f.write(b"X")
    with pytest.raises(BundleError, match="changed since the bundle was verified"):
        got.attachments[sha]
    got.close()


def attachment_record(sha: str, rev: int = 1) -> dict:
    data = {"evidence": "e1", "sha256": sha, "file_name": "scan.jpg", "media_type": "image/jpeg",
            "size": len(PHOTO)}
    return dict(record("a1", rev, data), entity="attachment")


def test_a_record_refers_to_an_attachment_the_bundle_must_carry():
    ok = verify_bundle(build(records=[attachment_record(PHOTO_SHA)]), trusted_keys=TRUSTED)
    assert ok.attachments == {PHOTO_SHA: PHOTO}
    members = members_of(build(records=[attachment_record(PHOTO_SHA)]))
    del members[f"payload/attachments/{PHOTO_SHA}"]
    rejected(resigned(members), f"payload/records.jsonl line 1: refers to attachment {PHOTO_SHA}, which is "
                                "not in the bundle")
    with pytest.raises(ValueError, match="data.sha256"):
        build(records=[dict(attachment_record(PHOTO_SHA), data={"sha256": "nope"}, data_sha256=canonical
                            .content_hash({"sha256": "nope"}))])


def resolution(parents: list) -> dict:
    r = dict(record("r1", 3, {"text": "agreed"}), base_rev=2)
    r["parents"] = parents
    return r


def test_named_parents_round_trip_and_old_bundles_without_them_still_read():
    both = resolution([{"origin_device": DEVICE, "rev": 2}, {"origin_device": "aaaa", "rev": 2}])
    got = verify_bundle(build(records=RECORDS + [both]), trusted_keys=TRUSTED)
    assert got.records[-1]["parents"] == both["parents"]
    assert all("parents" not in r for r in verify_bundle(build(), trusted_keys=TRUSTED).records)


@pytest.mark.parametrize(("parents", "match"), [
    ([], "non-empty list"),
    ([{"origin_device": "aaaa", "rev": 3}], "not before rev 3"),
    ([{"origin_device": "b", "rev": 2}, {"origin_device": "a", "rev": 2}], "sorted"),
    ([{"origin_device": "a", "rev": 2}, {"origin_device": "a", "rev": 2}], "sorted"),
    ([{"origin_device": "a", "rev": 1}], "base_rev 2 is not the rev of one of its parents"),
    ([{"origin_device": "a", "rev": 2, "x": 1}], "unexpected field"),
    ([{"origin_device": "", "rev": 2}], "non-empty string"),
])
def test_malformed_parents_are_refused(parents, match):
    with pytest.raises(ValueError, match=match):
        build(records=[resolution(parents)])
    members = members_of(build())
    members["payload/records.jsonl"] = canonical.document(resolution(parents))
    rejected(resigned(members, edit=lambda m: m.update(hlc_min=resolution([])["hlc"],
                                                        hlc_max=resolution([])["hlc"])),
             "payload/records.jsonl line 1: .*" + match.split(" ")[0])


@pytest.mark.parametrize(("overrides", "match"), [
    ({"attachments": {"00" * 32: b"x"}}, "keyed by the sha256"),
    ({"records": [dict(RECORDS[0], data_sha256="00" * 32)]}, r"records\[0\]: data_sha256 mismatch"),
    ({"records": [RECORDS[0], RECORDS[0]]}, "appears twice"),
    ({"records": [dict(RECORDS[0], extra=1)]}, "unexpected field"),
    ({"audit_events": AUDIT[:1] + AUDIT[2:]}, "chain is broken"),
    ({"prev_manifest_sha256": "not hex"}, "prev_manifest_sha256"),
    ({"bundle_id": "not-a-uuid"}, "bundle_id"),
    ({"created_at": "2026-11-22T13:40:00"}, "UTC offset"),
])
def test_writer_refuses_inputs_the_verifier_would_reject(tmp_path, overrides, match):
    with pytest.raises(ValueError, match=match):
        write_bundle(tmp_path / "b.fkb", **bundle_args(**overrides))
    assert list(tmp_path.iterdir()) == []


def test_file_name_follows_the_convention():
    assert bundle_file_name("INS/042", CREATED, BUNDLE_ID) == f"fieldkit-INS_042-20261122-{BUNDLE_ID}.fkb"
    assert bundle_file_name("INS-042", CREATED, BUNDLE_ID, encrypted=True).endswith(".fkb.enc")


def test_records_and_audit_log_from_the_real_store_make_a_valid_bundle(store):
    rs = store.records
    head = rs.create("evidence", {"text": "Darllen ffeil achos ŵ"}, author="INS-042",
                     inspection_uuid="insp-1")
    rs.update(head.uuid, {"text": "Darllen ffeil achos ŵ, diwygiwyd"}, author="INS-042")
    rs.delete(head.uuid, author="INS-042")
    envelopes = [v.envelope() for v in rs.versions(inspection_uuid="insp-1")]
    blob = build(records=envelopes, audit_events=rs.audit_events(), device_id=store.device_id)
    got = verify_bundle(blob, trusted_keys=TRUSTED)
    assert got.records == envelopes and len(got.records) == 3
    assert got.audit_events == rs.audit_events()


# -- canonical JSON ----------------------------------------------------------------------------------


def test_canonical_json_matches_the_documented_examples():
    value = {"b": [1, -2, 0.5, 1e16, 1e-05, True, None], "a": 'ŵ "q" \\ \n\x01/', "é": {}, "Z": 1,
             "\U0001F600": 1, "\uFF01": 2}
    assert canonical.dumps(value) == ('{"Z":1,"a":"ŵ \\"q\\" \\\\ \\n\\u0001/",'
                                      '"b":[1,-2,0.5,1e+16,1e-05,true,null],"é":{},"\uFF01":2,"\U0001F600":1}'
                                      ).encode()
    assert canonical.document({"a": 1}) == b'{"a":1}\n'


@given(json_data)
def test_canonical_json_is_the_stores_form_and_reads_back(value):
    from fieldkit.domain.canonical import canonical_json

    assert canonical.dumps(value) == canonical_json(value).encode()
    assert canonical.loads_canonical(canonical.dumps(value)) == value


@pytest.mark.parametrize(("text", "match"), [
    (b'{"a":NaN}', "NaN is not valid JSON"), (b'{"a":1,"a":1}', "duplicate key"), (b'{"a": 1}', "canonical"),
    (b'{"b":1,"a":2}', "canonical"), (b'"\\u0077"', "canonical"), (b"1.0e3", "canonical"),
    (b'"\\ud800"', "not valid Unicode"), (b"\xff", "not UTF-8"), (b"", "not JSON"),
    (b'{"a":1}\n', "canonical"),
])
def test_strict_reader_refuses_anything_but_canonical_json(text, match):
    with pytest.raises(ValueError, match=match):
        canonical.loads_canonical(text)
    with pytest.raises(ValueError):
        canonical.dumps(float("nan"))


# -- the stock minisign tool ------------------------------------------------------------------------


def test_stock_minisign_verifies_a_written_bundle(tmp_path):
    info = write_bundle(tmp_path / "b.fkb", **bundle_args())
    out = tmp_path / "x"
    with zipfile.ZipFile(info.path) as zf:
        zf.extractall(out)
    (tmp_path / "inspector.pub").write_text(SIGNING_KEY.public_key_file_text())
    cmd = [minisign_binary(), "-V", "-p", tmp_path / "inspector.pub", "-m", out / "manifest.json",
           "-x", out / "manifest.json.minisig"]
    done = subprocess.run(cmd, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert f"Trusted comment: bundle_id={BUNDLE_ID} format=fieldkit-bundle/1 " \
           f"manifest_sha256={info.manifest_sha256}" in done.stdout
    manifest = out / "manifest.json"
    manifest.write_bytes(manifest.read_bytes().replace(b"A. Jones", b"B. Jones"))
    assert subprocess.run(cmd, capture_output=True).returncode != 0


# -- tampering, forgery and damage ---------------------------------------------------------------------


def test_payload_byte_changed_is_rejected():
    members = members_of(build())
    members["payload/records.jsonl"] = members["payload/records.jsonl"].replace(b"Good", b"Gooe")
    records_sha = canonical.loads_canonical(members["manifest.json"][:-1])["files"][2]["sha256"]
    rejected(zip_of(sorted(members.items())),
             rf"payload/records.jsonl: sha256 mismatch "
             rf"\(manifest says {records_sha}, file has [0-9a-f]{{64}}\)")


def test_attachment_byte_changed_is_rejected():
    members = members_of(build())
    path = f"payload/attachments/{PHOTO_SHA}"
    members[path] = b"X" + members[path][1:]
    rejected(zip_of(sorted(members.items())), f"{path}: sha256 mismatch")


def test_edited_manifest_fails_the_signature():
    members = members_of(build())
    members["manifest.json"] = members["manifest.json"].replace(b"A. Jones", b"B. Jones")
    rejected(zip_of(sorted(members.items())), "manifest.json.minisig: signature does not match")


def test_extra_file_is_rejected():
    entries = sorted(members_of(build()).items()) + [("payload/evil.txt", b"hi")]
    rejected(zip_of(entries), "payload/evil.txt: in the bundle but not listed in the manifest")


@pytest.mark.parametrize(("name", "reason"), [
    ("../evil", "'..' in path"), ("payload/../../evil", "'..' in path"), ("/etc/passwd", "absolute path"),
    ("C:/evil", "absolute path"), ("payload\\evil", "backslash"), ("payload//evil", "empty or '.'"),
    ("payload/", "empty or '.'"),
])
def test_unsafe_paths_are_rejected(name, reason):
    entries = sorted(members_of(build()).items()) + [(name, b"x")]
    rejected(zip_of(entries), f"unsafe path \\({reason}")


def test_duplicate_entry_is_rejected():
    members = members_of(build())
    entries = sorted(members.items()) + [("payload/records.jsonl", b"{}\n")]
    rejected(zip_of(entries), "payload/records.jsonl: duplicate entry")


def test_missing_file_is_rejected():
    members = members_of(build())
    del members["payload/audit.jsonl"]
    rejected(zip_of(sorted(members.items())), "payload/audit.jsonl: listed in the manifest but missing")


def test_missing_signature_is_rejected():
    members = members_of(build())
    del members["manifest.json.minisig"]
    rejected(zip_of(sorted(members.items())), "manifest.json.minisig: missing")


def test_unknown_key_is_rejected():
    stranger = SigningKey.generate()
    rejected(build(signing_key=stranger), f"unknown signer key {stranger.fingerprint}")


def test_revoked_key_is_rejected_even_though_registered():
    rejected(build(), f"signer key {SIGNING_KEY.fingerprint} is revoked", revoked={SIGNING_KEY.fingerprint})


def test_embedded_key_is_for_lookup_only():
    """A forger who swaps in their own key and fingerprint still meets central's registry."""
    forger = SigningKey.generate()
    rejected(resigned(members_of(build()), key=forger), "unknown signer key")


def test_embedded_public_key_must_match_its_fingerprint():
    other = SigningKey.generate()
    swap = lambda m: m["signer"].update(public_key_b64=other.public_key.b64)  # noqa: E731
    blob = resigned(members_of(build()), edit=swap)
    rejected(blob, "signer.public_key_b64 is not the key")


def test_registry_entry_under_the_wrong_fingerprint_is_caught():
    wrong = {SIGNING_KEY.fingerprint: SigningKey.generate().public_key}
    rejected(build(), "holds a different key", trusted_keys=wrong)


def test_trusted_comment_must_name_this_bundle():
    other = trusted_comment("00000000-0000-4000-8000-000000000000", "00" * 32)
    rejected(resigned(members_of(build()), comment=other), "trusted comment .* does not name this bundle")


def test_signature_moved_from_another_bundle_is_rejected():
    donor = members_of(build(device_seq=99))
    members = members_of(build())
    members["manifest.json.minisig"] = donor["manifest.json.minisig"]
    rejected(zip_of(sorted(members.items())), "signature does not match")


def test_oversized_bundle_is_rejected():
    rejected(build(), r"over the limit of 1000 \(zip bomb\?\)", max_total_size=1000)


def test_zip_bomb_is_rejected_from_its_declared_size():
    bomb = b"\0" * (20 * 1024 * 1024)
    path = f"payload/attachments/{canonical.sha256_hex(bomb)}"
    entries = sorted(members_of(build()).items()) + [(path, bomb)]
    blob = zip_of(entries)
    assert len(blob) < 100_000
    rejected(blob, "over the limit of 4194304", max_total_size=4 * 1024 * 1024)


def test_zip_entry_lying_about_its_size_is_never_inflated_past_its_claim():
    """Manifest and ZIP both claim 10 bytes for 1 MB of deflated zeros: reading stops at 10; the CRC fails."""
    ten = b"\0" * 10
    path = f"payload/attachments/{canonical.sha256_hex(ten)}"

    def claim_ten_bytes(manifest):
        entry = next(f for f in manifest["files"] if f["path"] == path)
        entry.update(sha256=canonical.sha256_hex(ten), size=10)

    members = dict(members_of(build(attachments={})), **{path: b"\0" * 1_000_000})
    blob = bytearray(resigned(members, edit=claim_ten_bytes))
    cd = blob.index(path.encode(), blob.index(b"PK\x01\x02")) - 46  # its central directory record
    struct.pack_into("<L", blob, cd + 24, 10)
    rejected(bytes(blob), f"{path}: corrupt ZIP entry \\(Bad CRC-32", max_total_size=100_000)


@pytest.mark.parametrize(("blob", "match"), [
    (lambda b: b"garbage" + b, "hidden data"),
    (lambda b: b + b"trailing", "bytes after the end of the ZIP"),
])
def test_bytes_outside_the_zip_entries_are_rejected(blob, match):
    rejected(blob(build()), match)


def test_wrong_format_version_is_rejected_even_when_validly_signed():
    rejected(resigned(members_of(build()), edit=lambda m: m.update(schema_version=2)),
             r"manifest.json: unsupported schema_version 2 \(this FieldKit reads 1\)")
    rejected(resigned(members_of(build()), edit=lambda m: m.update(format="other")),
             "manifest.json: format is 'other'")


def test_unknown_manifest_field_is_rejected():
    rejected(resigned(members_of(build()), edit=lambda m: m.update(surprise=1)),
             "manifest.json: manifest has unexpected field")


def test_non_canonical_manifest_is_rejected():
    members = members_of(build())
    members["manifest.json"] = members["manifest.json"].replace(b'"format":', b'"format": ', 1)
    rejected(zip_of(sorted(members.items())), "manifest.json: not in canonical form")


@pytest.mark.parametrize("cut", [0, 1, 100, -1, -22, -200, 0.5])
def test_truncated_file_is_rejected(cut):
    blob = build()
    n = int(len(blob) * cut) if isinstance(cut, float) else cut
    rejected(blob[:n], "not a readable ZIP archive|corrupt|unexpected bytes|missing")


def test_corrupt_bytes_are_rejected():
    rejected(b"PK\x03\x04" + b"\x00" * 200, "not a readable ZIP archive")
    rejected(b"hello, not a bundle", "not a readable ZIP archive")


def test_unreadable_path_is_a_bundle_error(tmp_path):
    rejected(tmp_path / "absent.fkb", "absent.fkb: cannot be read")


def test_data_sha256_mismatch_is_named_by_line():
    members = members_of(build())
    lines = members["payload/records.jsonl"].splitlines(keepends=True)
    bad = dict(canonical.loads_canonical(lines[1][:-1]), data={"text": "swapped"})
    members["payload/records.jsonl"] = b"".join([lines[0], canonical.document(bad), *lines[2:]])
    rejected(resigned(members), "payload/records.jsonl line 2: data_sha256 mismatch")


def test_malformed_records_line_is_named():
    members = members_of(build())
    members["payload/records.jsonl"] += b'{"uuid": "spaced"}\n'
    rejected(resigned(members), "payload/records.jsonl line 5: not in canonical form")
    members["payload/records.jsonl"] = b'{"a":1,"a":2}\n'
    rejected(resigned(members), "payload/records.jsonl line 1: duplicate key 'a'")
    members["payload/records.jsonl"] = b"{}"
    rejected(resigned(members), "payload/records.jsonl: the last line has no line feed")


def test_hlc_range_in_manifest_must_match_records():
    rejected(resigned(members_of(build()), edit=lambda m: m.update(hlc_max=m["hlc_min"])),
             "hlc_min/hlc_max .* do not match the records")


def test_broken_audit_chain_is_rejected_even_when_validly_signed():
    members = members_of(build())
    events = [dict(e) for e in AUDIT]
    events[2]["action"] = "delete"  # rewritten history, hashes left alone
    members["payload/audit.jsonl"] = canonical.jsonl(events)
    rejected(resigned(members), r"payload/audit.jsonl: audit chain broken: event 3: content altered")
    members["payload/audit.jsonl"] = canonical.jsonl(AUDIT[:1] + AUDIT[2:])
    rejected(resigned(members), "payload/audit.jsonl: audit chain broken: event 3: sequence gap")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_any_flipped_bit_is_rejected_or_changes_nothing(data):
    """ZIP has slack ('version made by', attributes), so a flip may be harmless; new content never passes."""
    blob = bytearray(build())
    pos = data.draw(st.integers(0, len(blob) - 1))
    blob[pos] ^= 1 << data.draw(st.integers(0, 7))
    try:
        got = verify_bundle(bytes(blob), trusted_keys=TRUSTED)
    except BundleError:
        return
    assert (got.records, got.audit_events, got.attachments) == (RECORDS, AUDIT, {PHOTO_SHA: PHOTO})


# -- trusted keys directory ----------------------------------------------------------------------------


def test_trusted_keys_load_from_a_folder_of_pub_files(tmp_path):
    (tmp_path / "ins-042.pub").write_text(SIGNING_KEY.public_key_file_text())
    (tmp_path / "notes.txt").write_text("ignored")
    keys = load_trusted_keys_dir(tmp_path)
    assert keys == {SIGNING_KEY.fingerprint: SIGNING_KEY.public_key}
    assert verify_bundle(build(), trusted_keys=keys).bundle_id == BUNDLE_ID


def test_a_trusted_keys_folder_carries_revocations(tmp_path):
    other = SigningKey.from_private_bytes(bytes([7]) * 32)
    (tmp_path / "ins-042.pub").write_text(SIGNING_KEY.public_key_file_text())
    (tmp_path / "ins-007.pub").write_text(other.public_key_file_text())
    assert set(load_trusted_keys_dir(tmp_path)) == {SIGNING_KEY.fingerprint, other.fingerprint}
    (tmp_path / "revoked").mkdir()
    (tmp_path / "revoked" / "ins-042.pub").write_text(SIGNING_KEY.public_key_file_text())
    assert load_revoked_dir(tmp_path) == {SIGNING_KEY.fingerprint}
    assert set(load_trusted_keys_dir(tmp_path)) == {other.fingerprint}
    grouped = " ".join(other.fingerprint[i:i + 4] for i in range(0, 64, 4))
    (tmp_path / "revoked.txt").write_text(f"# lost laptop, 2026-11-20\n{grouped}\n\n")
    assert load_revoked_dir(tmp_path) == {SIGNING_KEY.fingerprint, other.fingerprint}
    assert load_trusted_keys_dir(tmp_path) == {}
    (tmp_path / "revoked.txt").write_text("not a fingerprint\n")
    with pytest.raises(ValueError, match="revoked.txt line 1"):
        load_revoked_dir(tmp_path)


def test_a_bad_pub_file_is_named(tmp_path):
    (tmp_path / "broken.pub").write_text("untrusted comment: x\nnope\n")
    with pytest.raises(ValueError, match="broken.pub"):
        load_trusted_keys_dir(tmp_path)


# -- encryption to central -----------------------------------------------------------------------------


def test_encrypted_round_trip(tmp_path):
    central = generate_central_keypair()
    info = write_bundle(tmp_path / "b.fkb.enc", **bundle_args(), central_public_key=central.public_bytes)
    raw = info.path.read_bytes()
    assert info.encrypted and not raw.startswith(b"PK")
    assert b"INS-042" not in raw and b"Ysgol" not in raw  # nothing readable, not even the signer
    header = raw[:raw.index(b"\n")]
    assert canonical.loads_canonical(header) == {
        "format": "fieldkit-bundle/1", "recipient_key_fp": central.fingerprint,
        "scheme": "HPKE-base-X25519-SHA256-AES256GCM"}
    assert len(raw) == len(header) + 1 + len(build()) + 48
    got = verify_bundle(info.path, trusted_keys=TRUSTED, central_private_key=central.private_bytes)
    assert got.records == RECORDS and got.manifest_sha256 == info.manifest_sha256


@settings(max_examples=40, deadline=None)
@given(st.data())
def test_one_flipped_bit_in_the_ciphertext_is_rejected(data):
    central = generate_central_keypair()
    sealed = bytearray(encrypt_bundle(build(), central.public_bytes))
    start = sealed.index(b"\n") + 1
    pos = data.draw(st.integers(start, len(sealed) - 1))
    sealed[pos] ^= 1 << data.draw(st.integers(0, 7))
    with pytest.raises(BundleError, match="decryption failed"):
        decrypt_bundle(bytes(sealed), central.private_bytes)


def test_encrypted_bundle_checks_recipient_and_header():
    central, other = generate_central_keypair(), generate_central_keypair()
    sealed = encrypt_bundle(build(), central.public_bytes)
    rejected(sealed, "central's private key is needed")
    rejected(sealed, f"sealed for central key '{central.fingerprint}', not for this key {other.fingerprint}",
             central_private_key=other.private_bytes)
    relabelled = sealed.replace(b'"format":"fieldkit-bundle/1"', b'"format":"fieldkit-bundle/2"')
    rejected(relabelled, "unknown format", central_private_key=central.private_bytes)
    rejected(sealed[:200], "truncated|decryption failed", central_private_key=central.private_bytes)
    assert decrypt_bundle(sealed, central.private_bytes) == build()


# -- the fast checks never accept what the field-by-field checks refuse ------------------------------------

field_values = st.one_of(st.none(), st.booleans(), st.integers(-3, 5), st.text(max_size=6),
                         st.sampled_from(["1763818800001-00000-dev", "1763818800001-0000-dev", "x", "ab" * 32,
                                          "AB" * 32, "attachment", "evidence"]),
                         st.dictionaries(st.text(max_size=3), st.integers(), max_size=2))


@settings(max_examples=400, deadline=None)
@given(st.dictionaries(st.sampled_from(sorted(["uuid", "entity", "rev", "base_rev", "hlc", "origin_device", "author",
                                               "deleted", "data_schema", "data", "data_sha256", "inspection_uuid",
                                               "extra"])), field_values), st.booleans())
def test_fast_record_and_event_checks_agree_with_the_slow_ones(fields, start_valid):
    from fieldkit.exchange import schema

    rec = dict(RECORDS[0], **fields) if start_valid else fields
    ev = dict(AUDIT[0], **{k: v for k, v in fields.items() if k in ("rev", "uuid", "entity")})
    for fast, check, value in ((schema._record_plainly_valid, schema.check_record, rec),
                               (schema._event_plainly_valid, schema.check_audit_event, ev)):
        if fast(value):
            original = fast.__name__
            setattr(schema, original, lambda _v: False)
            try:
                try:
                    check(value)
                except ValueError as exc:
                    assert "data_sha256 mismatch" in str(exc)  # the hash is checked on both paths
            finally:
                setattr(schema, original, fast)
    # The exporter's one-pass versions accept only what the fast checks accept, and write the same line.
    if isinstance(rec, dict) and isinstance(rec.get("data"), dict):
        text = canonical.dumps(rec["data"])
        line = schema.stored_record_line(rec, text.decode())
        if line is not None:
            assert schema._record_plainly_valid(rec) and schema.check_record(rec, data_text=text) is True
            assert line == schema.record_line(rec, text, plain=True) + b"\n" == canonical.dumps(rec) + b"\n"
    stored = schema.stored_audit_line(ev)
    if stored is not None:
        assert schema._event_plainly_valid(ev)
        body = schema.audit_body_of(ev)
        digest = hashlib.sha256(body).hexdigest()
        assert stored == (schema.audit_line(body, digest) + b"\n", digest)
    else:
        assert not schema._event_plainly_valid(ev)
    hlc = fields.get("hlc")
    if isinstance(hlc, str):
        from fieldkit.domain.hlc import Hlc

        try:
            round_trips = Hlc.decode(hlc).encode() == hlc
        except ValueError:
            round_trips = False
        assert (schema._HLC_TEXT.fullmatch(hlc) is not None) == round_trips


nasty_text = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=12) | st.sampled_from(
    ['"quoted"', "back\\slash", "tab\tnew\nline", "\x00\x1f\x7f", "ŵ ŷ 😀 \u2028", "</script>"])


@settings(max_examples=300, deadline=None)
@given(author=nasty_text, entity=nasty_text.filter(bool), uuid=nasty_text.filter(bool), rev=st.integers(1, 10**6),
       base=st.none() | st.integers(0, 0), insp=st.none() | nasty_text.filter(bool) | st.just("<absent>"),
       schema=st.integers(1, 3), data=json_data, actor=nasty_text, at=nasty_text.filter(bool))
def test_lines_put_together_directly_are_exactly_canonical_json(author, entity, uuid, rev, base, insp, schema, data,
                                                                actor, at):
    from fieldkit.exchange.schema import (
        _event_plainly_valid,
        audit_body_of,
        check_record,
        record_line,
        stored_audit_line,
        stored_record_line,
    )

    rec = {"uuid": uuid, "entity": entity if entity != "attachment" else "evidence", "rev": rev, "base_rev": base,
           "hlc": f"1763818800001-00000-{uuid}", "origin_device": uuid, "author": author, "deleted": False,
           "data_schema": schema, "data": data, "data_sha256": canonical.content_hash(data)}
    if insp != "<absent>":
        rec["inspection_uuid"] = insp
    text = canonical.dumps(data)
    assert check_record(rec, data_text=text) is True
    assert record_line(rec, text, plain=True) == canonical.dumps(rec)
    event = {"seq": rev, "at": at, "actor": actor, "action": entity, "entity": entity, "uuid": uuid,
             "rev": base and None, "version_hash": None if rev % 2 else "ab" * 32, "prev_hash": "cd" * 32}
    assert audit_body_of(event) == canonical.dumps(event)
    # Text that merely looks like it could hold NaN or Infinity is left to the long way, which parses it.
    careful = b"NaN" in text or b"Infinity" in text
    assert stored_record_line(rec, text.decode()) == (None if careful else canonical.dumps(rec) + b"\n")
    digest = hashlib.sha256(canonical.dumps(event)).hexdigest()
    hashed = {**event, "hash": "ef" * 32}
    # The line carries the hash of the body (the chain check then holds it to the event's own).
    assert stored_audit_line(hashed) == ((canonical.dumps({**event, "hash": digest}) + b"\n", digest)
                                         if _event_plainly_valid(hashed) else None)


@settings(max_examples=200, deadline=None)
@given(author=nasty_text, uuid=nasty_text.filter(bool), rev=st.integers(1, 10**9), base=st.none() | st.integers(0, 5),
       deleted=st.booleans(), parents=st.sampled_from([None, [], [{"origin_device": "a", "rev": 1}]]))
def test_the_fast_version_hash_is_the_stores_version_hash(author, uuid, rev, base, deleted, parents):
    from fieldkit.storage.merge_rules import fast_version_hash
    from fieldkit.storage.records import version_hash

    e = {"uuid": uuid, "entity": "evidence", "rev": rev, "base_rev": base, "hlc": f"1763818800001-00000-{uuid}",
         "origin_device": uuid, "author": author, "deleted": deleted, "data_sha256": None if deleted else "ab" * 32}
    if parents is not None:
        e["parents"] = parents
    assert fast_version_hash(e) == version_hash(e)


def test_deflating_on_another_thread_writes_exactly_what_zipfile_would(monkeypatch):
    from fieldkit.exchange import bundle as writer

    records = [record(f"r{i:05d}", 1, {"text": f"note {i} " + "lorem ipsum ŵ " * 40}) for i in range(4000)]
    assert len(canonical.jsonl(records)) > 2 * 1024 * 1024  # several slices
    parallel = build(records=records)

    def plain(zf, name, chunks, deflated, on_chunk=None):
        deflated.cancel()
        data = b"".join(chunks)  # zipfile's own deflate, fed in its own slices
        writer._write_member(zf, name, writer._slices(data), len(data), on_chunk)

    monkeypatch.setattr(writer, "_write_deflated", plain)
    assert build(records=records) == parallel
    assert verify_bundle(parallel, trusted_keys=TRUSTED).records == records
