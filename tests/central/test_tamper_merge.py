"""The tamper corpus at merge level: every damaged or forged bundle is refused by `fieldkit merge` with its
own message, and the central record is unchanged: every table on both backends, and on SQLite the very
bytes of the database file (after a checkpoint)."""

from __future__ import annotations

import io
import re
import sqlite3
import zipfile
from pathlib import Path

import pytest

from fieldkit.exchange import canonical
from fieldkit.exchange.bundle import build_bundle
from fieldkit.exchange.minisign import SigningKey
from fieldkit.services.central import CentralService
from fieldkit.storage import central as central_store
from tests.exchange.test_bundle import SIGNING_KEY, bundle_args, members_of, resigned, zip_of

REVOKED_KEY = SigningKey.from_private_bytes(bytes([5]) * 32)
STRANGER = SigningKey.from_private_bytes(bytes([6]) * 32)


def _byte(blob: bytes) -> bytes:
    with zipfile.ZipFile(io.BytesIO(blob)) as zf:
        info = zf.getinfo("payload/audit.jsonl")
    out = bytearray(blob)
    out[info.header_offset + 30 + len(info.filename) + 3] ^= 0x01
    return bytes(out)


def _manifest(blob: bytes) -> bytes:
    m = members_of(blob)
    m["manifest.json"] = m["manifest.json"].replace(b'"device_seq":17', b'"device_seq":18')
    return zip_of(sorted(m.items()))


def _extra(blob: bytes) -> bytes:
    return zip_of(sorted(members_of(blob).items()) + [("payload/notes.txt", b"hello")])


def _missing(blob: bytes) -> bytes:
    m = members_of(blob)
    del m["payload/audit.jsonl"]
    return zip_of(sorted(m.items()))


def _dotdot(blob: bytes) -> bytes:
    return zip_of(sorted(members_of(blob).items()) + [("payload/../../evil.sh", b"rm -rf /")])


def _duplicate(blob: bytes) -> bytes:
    items = sorted(members_of(blob).items())
    return zip_of(items + [items[-1]])


def _bomb(blob: bytes) -> bytes:
    zeros = b"\0" * (6 * 1024 * 1024)
    path = f"payload/attachments/{canonical.sha256_hex(zeros)}"
    return resigned(dict(members_of(blob), **{path: zeros}))


def _unknown(blob: bytes) -> bytes:
    return resigned(members_of(blob), key=STRANGER)


def _revoked(blob: bytes) -> bytes:
    return resigned(members_of(blob), key=REVOKED_KEY)


def _truncated(blob: bytes) -> bytes:
    return blob[: len(blob) * 2 // 3]


def _newer(blob: bytes) -> bytes:
    return resigned(members_of(blob), edit=lambda m: m.update(schema_version=2))


def _newer_database(blob: bytes) -> bytes:
    return resigned(members_of(blob), edit=lambda m: m.update(data_schema_version="9999"))


CASES = {  # name: (tamper, what the refusal must say)
    "changed byte": (_byte, r"payload/audit.jsonl: (corrupt ZIP entry|sha256 mismatch)"),
    "changed manifest": (_manifest, r"manifest.json.minisig: .*signature"),
    "extra file": (_extra, r"payload/notes.txt: in the bundle but not listed in the manifest"),
    "missing file": (_missing, r"payload/audit.jsonl: listed in the manifest but missing from the bundle"),
    "../ path": (_dotdot, r"'payload/../../evil.sh': unsafe path \('..' in path\)"),
    "duplicate entry": (_duplicate, r"payload/records.jsonl: duplicate entry in the ZIP"),
    "zip bomb": (_bomb, r"over the limit of 4194304 \(zip bomb\?\)"),
    "unknown key": (_unknown, rf"unknown signer key {STRANGER.fingerprint}"),
    "revoked key": (_revoked, rf"signer key {REVOKED_KEY.fingerprint} is revoked"),
    "truncated file": (_truncated, r"bundle: not a readable ZIP archive, truncated or corrupt"),
    "newer format": (_newer, r"manifest.json: unsupported schema_version 2 \(this FieldKit reads 1\)"),
    "newer database schema": (_newer_database, r"manifest.json: data_schema_version '9999' is not a database "
                                               r"schema this FieldKit knows"),
}


def _enrol(central: CentralService, folder: Path, key: SigningKey, name: str) -> None:
    pub = folder / f"{name}.pub"
    pub.write_text(key.public_key_file_text())
    central.trust_key(pub, inspector_id=name)


def _sqlite_bytes(central: CentralService) -> bytes | None:
    url = central_store.central_url(central.url)
    if url.get_backend_name() != "sqlite":
        return None
    conn = sqlite3.connect(url.database, isolation_level=None)  # outside the engine: no BEGIN around it
    try:
        busy, _, _ = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        assert busy == 0
    finally:
        conn.close()
    wal = Path(url.database + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    return Path(url.database).read_bytes()


def test_every_tamper_case_is_refused_and_central_is_unchanged(central_url, tmp_path):
    central = CentralService(central_url, max_bundle_size=4 * 1024 * 1024)
    central.init()
    for key, name in ((SIGNING_KEY, "INS-042"), (REVOKED_KEY, "INS-lost")):
        _enrol(central, tmp_path, key, name)
    central.revoke_key(REVOKED_KEY.fingerprint)
    good = build_bundle(**bundle_args())[0]
    first = tmp_path / "first.fkb"
    first.write_bytes(build_bundle(**bundle_args(device_seq=16, bundle_id="0f2c1c52-8f7e-4c36-9a51-0b6f0d9f8a11"))[0])
    assert central.merge_file(first).ok  # central holds something already
    before = central_store.dump(central.engine)
    before_bytes = _sqlite_bytes(central)
    messages = {}
    try:
        for name, (tamper, expected) in CASES.items():
            path = tmp_path / f"{name.replace(' ', '-').replace('/', '_')}.fkb"
            path.write_bytes(tamper(good))
            result = central.merge_file(path)
            assert not result.ok, name
            assert re.search(expected, result.error), (name, result.error)
            messages[name] = result.error
            assert central_store.dump(central.engine) == before, name
            if before_bytes is not None:
                assert _sqlite_bytes(central) == before_bytes, name
        assert len(set(messages.values())) == len(CASES)  # each refused for its own reason
        good_path = tmp_path / "good.fkb"
        good_path.write_bytes(good)
        assert central.merge_file(good_path).ok  # and the untampered bundle still merges
    finally:
        central.close()


@pytest.mark.parametrize("name", ["changed byte", "truncated file"])
def test_a_tampered_copy_of_a_merged_bundle_is_still_refused(central_url, tmp_path, name):
    """The ledger's fast path answers only for the very same file: a damaged copy is verified, and refused."""
    central = CentralService(central_url)
    central.init()
    _enrol(central, tmp_path, SIGNING_KEY, "INS-042")
    good = build_bundle(**bundle_args())[0]
    path = tmp_path / "good.fkb"
    path.write_bytes(good)
    assert central.merge_file(path).ok
    before = central_store.dump(central.engine)
    damaged = tmp_path / "damaged.fkb"
    damaged.write_bytes(CASES[name][0](good))
    result = central.merge_file(damaged)
    assert not result.ok and re.search(CASES[name][1], result.error)
    assert central_store.dump(central.engine) == before
    central.close()
