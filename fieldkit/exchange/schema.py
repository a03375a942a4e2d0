"""What a "fieldkit bundle v1" may contain: member names, manifest fields, record envelopes, audit events.

Shared by the writer and the verifier, so that the app can never write a bundle central would refuse.
The checks raise ValueError with a message that names the field; callers add where it was found.
See docs/bundle-format.md for the prose version.
"""

from __future__ import annotations

import hashlib
import json.encoder as json_encoder
import re
import uuid
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from fieldkit.domain.audit_chain import FIELDS as AUDIT_HASHED_FIELDS
from fieldkit.domain.audit_chain import GENESIS, verify_chain
from fieldkit.domain.hlc import Hlc
from fieldkit.exchange.canonical import content_hash, dumps

_str = json_encoder.encode_basestring  # what json.dumps(ensure_ascii=False) writes for a string (C code)

FORMAT = "fieldkit-bundle"
SCHEMA_VERSION = 1
FORMAT_TAG = f"{FORMAT}/{SCHEMA_VERSION}"
SIGNATURE_ALG = "Ed25519"

MANIFEST = "manifest.json"
SIGNATURE = "manifest.json.minisig"
RECORDS = "payload/records.jsonl"
AUDIT = "payload/audit.jsonl"
ATTACHMENTS_DIR = "payload/attachments/"
ATTACHMENT_ENTITY = "attachment"  # links a file (by sha256) to the record it belongs to (§8)

_HEX64 = re.compile(r"[0-9a-f]{64}")
_ATTACHMENT = re.compile(r"payload/attachments/[0-9a-f]{64}")
_DRIVE = re.compile(r"[A-Za-z]:")

MANIFEST_FIELDS = frozenset({
    "format", "schema_version", "data_schema_version", "bundle_id", "created_at", "producer", "device_id",
    "device_seq", "prev_manifest_sha256", "inspection_id", "hlc_min", "hlc_max", "signer", "files",
})
PRODUCER_FIELDS = frozenset({"app", "version"})
SIGNER_FIELDS = frozenset({"inspector_id", "display_name", "alg", "key_fingerprint_sha256", "public_key_b64"})
FILE_FIELDS = frozenset({"path", "sha256", "size"})
# The layout of a record's `data` this FieldKit writes and reads (a version's `data_schema`; the store's
# default in fieldkit.storage.records, held equal by a test). A verifier refuses a newer one.
DATA_SCHEMA = 1
RECORD_FIELDS = frozenset({
    "uuid", "entity", "rev", "base_rev", "hlc", "origin_device", "author", "deleted", "data_schema", "data",
    "data_sha256",
})
# inspection_uuid: the store adds it, central files versions by it. parents: named merge parents (§6.1),
# written only when there are some, so a bundle of ordinary edits reads the same as before they existed.
RECORD_OPTIONAL_FIELDS = frozenset({"inspection_uuid", "parents"})
PARENT_FIELDS = frozenset({"origin_device", "rev"})
AUDIT_FIELDS = frozenset(AUDIT_HASHED_FIELDS) | {"hash"}


class BundleError(Exception):
    """A bundle that must not be trusted; the message names what failed and where."""


def trusted_comment(bundle_id: str, manifest_sha256: str) -> str:
    return f"bundle_id={bundle_id} format={FORMAT_TAG} manifest_sha256={manifest_sha256}"


def attachment_path(sha256: str) -> str:
    return ATTACHMENTS_DIR + sha256


def is_hex64(value: Any) -> bool:
    return isinstance(value, str) and _HEX64.fullmatch(value) is not None


def unsafe_path_reason(name: str) -> str | None:
    """Why a member name could escape or confuse an extracting tool; None when it is safe."""
    if not name:
        return "empty name"
    if "\\" in name:
        return "backslash in path"
    if name.startswith("/") or _DRIVE.match(name):
        return "absolute path"
    if any(ord(c) < 0x20 or c == "\x7f" for c in name):
        return "control character in path"
    parts = name.split("/")
    if ".." in parts:
        return "'..' in path"
    if "" in parts or "." in parts:
        return "empty or '.' path component"
    return None


def is_payload_member(name: str) -> bool:
    return name in (RECORDS, AUDIT) or _ATTACHMENT.fullmatch(name) is not None


# -- small type checks -----------------------------------------------------------------------------


def _fields(obj: Any, required: frozenset[str], what: str, optional: frozenset[str] = frozenset()) -> None:
    if not isinstance(obj, dict):
        raise ValueError(f"{what} is not a JSON object")
    missing = sorted(required - obj.keys())
    if missing:
        raise ValueError(f"{what} lacks {', '.join(missing)}")
    extra = sorted(obj.keys() - required - optional)
    if extra:
        raise ValueError(f"{what} has unexpected field(s) {', '.join(extra)}")


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _text(obj: Mapping, key: str, what: str, *, empty: bool = False, null: bool = False) -> None:
    value = obj[key]
    if value is None and null:
        return
    if not isinstance(value, str) or (not empty and not value):
        raise ValueError(f"{what}.{key} must be {'a' if empty else 'a non-empty'} string, not {value!r}")


def _int(obj: Mapping, key: str, what: str, *, minimum: int, null: bool = False) -> None:
    value = obj[key]
    if value is None and null:
        return
    if not _is_int(value) or value < minimum:
        raise ValueError(f"{what}.{key} must be an integer >= {minimum}, not {value!r}")


def _hex(obj: Mapping, key: str, what: str, *, null: bool = False) -> None:
    value = obj[key]
    if not (is_hex64(value) or (null and value is None)):
        raise ValueError(f"{what}.{key} must be 64 lower-case hex digits{' or null' if null else ''}, "
                         f"not {value!r}")


def _hlc(obj: Mapping, key: str, what: str, *, null: bool = False) -> None:
    value = obj[key]
    if value is None and null:
        return
    try:
        if not isinstance(value, str) or Hlc.decode(value).encode() != value:
            raise ValueError
    except ValueError:
        raise ValueError(f"{what}.{key} is not a hybrid logical clock value: {value!r}") from None


# -- the manifest ----------------------------------------------------------------------------------


def check_format(manifest: Any) -> None:
    """Checked before anything else, so a newer bundle is refused for that reason and not another."""
    if not isinstance(manifest, dict):
        raise ValueError("is not a JSON object")
    if manifest.get("format") != FORMAT:
        raise ValueError(f"format is {manifest.get('format')!r}, not {FORMAT!r}")
    version = manifest.get("schema_version")
    if version != SCHEMA_VERSION or not _is_int(version):
        raise ValueError(f"unsupported schema_version {version!r} (this FieldKit reads {SCHEMA_VERSION})")


def check_manifest(manifest: Any) -> None:
    check_format(manifest)
    _fields(manifest, MANIFEST_FIELDS, "manifest")
    m = manifest
    for key in ("data_schema_version", "device_id", "inspection_id"):
        _text(m, key, "manifest")
    try:
        if str(uuid.UUID(m["bundle_id"])) != m["bundle_id"]:
            raise ValueError
    except (ValueError, TypeError, AttributeError):
        raise ValueError(f"manifest.bundle_id must be a lower-case UUID, not {m['bundle_id']!r}") from None
    try:
        created = datetime.fromisoformat(m["created_at"])
    except (ValueError, TypeError):
        raise ValueError(f"manifest.created_at is not an ISO 8601 time: {m['created_at']!r}") from None
    if created.tzinfo is None:
        raise ValueError("manifest.created_at must carry a UTC offset")
    _int(m, "device_seq", "manifest", minimum=0)
    _hex(m, "prev_manifest_sha256", "manifest", null=True)
    _hlc(m, "hlc_min", "manifest", null=True)
    _hlc(m, "hlc_max", "manifest", null=True)
    if (m["hlc_min"] is None) != (m["hlc_max"] is None):
        raise ValueError("manifest.hlc_min and hlc_max must both be null or both be set")

    _fields(m["producer"], PRODUCER_FIELDS, "manifest.producer")
    _text(m["producer"], "app", "manifest.producer")
    _text(m["producer"], "version", "manifest.producer")

    signer = m["signer"]
    _fields(signer, SIGNER_FIELDS, "manifest.signer")
    _text(signer, "inspector_id", "manifest.signer")
    _text(signer, "display_name", "manifest.signer", empty=True)
    if signer["alg"] != SIGNATURE_ALG:
        raise ValueError(f"manifest.signer.alg is {signer['alg']!r}, not {SIGNATURE_ALG!r}")
    _hex(signer, "key_fingerprint_sha256", "manifest.signer")
    _text(signer, "public_key_b64", "manifest.signer")

    files = m["files"]
    if not isinstance(files, list):
        raise ValueError("manifest.files is not a list")
    paths = []
    for i, entry in enumerate(files):
        what = f"manifest.files[{i}]"
        _fields(entry, FILE_FIELDS, what)
        path = entry["path"]
        if not isinstance(path, str) or not is_payload_member(path):
            raise ValueError(f"{what}.path {path!r} is not a member this format defines")
        _hex(entry, "sha256", what)
        _int(entry, "size", what, minimum=0)
        if path.startswith(ATTACHMENTS_DIR) and path != attachment_path(entry["sha256"]):
            raise ValueError(f"{path}: an attachment must be named by its sha256 ({entry['sha256']})")
        paths.append(path)
    if len(set(paths)) != len(paths):
        raise ValueError("manifest.files lists a path twice")
    if paths != sorted(paths):
        raise ValueError("manifest.files is not sorted by path")
    for required in (RECORDS, AUDIT):
        if required not in paths:
            raise ValueError(f"manifest.files does not list {required}")


# -- payload lines ---------------------------------------------------------------------------------


def check_record(record: Any, *, data_text: bytes | None = None) -> bool:
    """One record-version envelope (ecosystem-security §1.6).

    `data_text`: the canonical JSON of `data` when the caller already has it (a slice of a canonical line,
    or the store's own text), so that `data_sha256` is checked without serialising `data` again.
    Returns True when the record is plain (no parents, exact types), which `record_line` can build fast."""
    if _record_plainly_valid(record):  # the common case, checked in one go; any doubt takes the long way
        _data_hash(record, data_text)
        return True
    _fields(record, RECORD_FIELDS, "record", RECORD_OPTIONAL_FIELDS)
    r = record
    for key in ("uuid", "entity", "origin_device"):
        _text(r, key, "record")
    _text(r, "author", "record", empty=True)
    _int(r, "rev", "record", minimum=1)
    _int(r, "base_rev", "record", minimum=0, null=True)
    if r["base_rev"] is not None and r["base_rev"] >= r["rev"]:
        raise ValueError(f"record.base_rev {r['base_rev']} is not before rev {r['rev']}")
    _hlc(r, "hlc", "record")
    _int(r, "data_schema", "record", minimum=1)
    if "parents" in r:
        _parents(r)
    if "inspection_uuid" in r:
        _text(r, "inspection_uuid", "record", null=True)
    if not isinstance(r["deleted"], bool):
        raise ValueError(f"record.deleted must be true or false, not {r['deleted']!r}")
    if r["deleted"]:
        if r["data"] is not None or r["data_sha256"] is not None:
            raise ValueError("a deleted record (tombstone) carries no data and no data_sha256")
        return False
    if not isinstance(r["data"], dict):
        raise ValueError("record.data must be a JSON object unless the record is deleted")
    if r["entity"] == ATTACHMENT_ENTITY and not is_hex64(r["data"].get("sha256")):
        raise ValueError("an attachment record's data.sha256 must be the 64 hex digits of its file")
    _hex(r, "data_sha256", "record")
    _data_hash(r, data_text)
    return False


def _data_hash(r: Mapping, data_text: bytes | None) -> None:
    if r["deleted"]:
        return
    actual = hashlib.sha256(data_text).hexdigest() if data_text is not None else content_hash(r["data"])
    if actual != r["data_sha256"]:
        raise ValueError(f"data_sha256 mismatch (line says {r['data_sha256']}, data hashes to {actual})")


_RECORD_KEYS = RECORD_FIELDS | RECORD_OPTIONAL_FIELDS
_HLC_TEXT = re.compile(r"[0-9]{13}-[0-9]{5}-.+", re.DOTALL)  # exactly what Hlc.decode(v).encode() == v accepts


def _record_plainly_valid(r: Any) -> bool:
    """Every rule of `check_record` but the data hash, as one fast test with no messages. False sends the
    record through the field-by-field checks, which say what is wrong (or accept it after all)."""
    if type(r) is not dict or "parents" in r:
        return False
    keys = r.keys()
    if not (RECORD_FIELDS <= keys <= _RECORD_KEYS):
        return False
    for key in ("uuid", "entity", "origin_device"):
        if type(r[key]) is not str or not r[key]:
            return False
    rev, base, schema = r["rev"], r["base_rev"], r["data_schema"]
    if type(r["author"]) is not str or type(rev) is not int or rev < 1 or type(schema) is not int or schema < 1:
        return False
    if base is not None and (type(base) is not int or base < 0 or base >= rev):
        return False
    if type(r["hlc"]) is not str or _HLC_TEXT.fullmatch(r["hlc"]) is None:
        return False
    if "inspection_uuid" in r and r["inspection_uuid"] is not None and (
            type(r["inspection_uuid"]) is not str or not r["inspection_uuid"]):
        return False
    deleted = r["deleted"]
    if type(deleted) is not bool:
        return False
    if deleted:
        return r["data"] is None and r["data_sha256"] is None
    sha = r["data_sha256"]
    return (type(r["data"]) is dict and r["entity"] != ATTACHMENT_ENTITY and type(sha) is str
            and _HEX64.fullmatch(sha) is not None)


def _parents(r: Mapping) -> None:
    parents = r["parents"]
    if not isinstance(parents, list) or not parents:
        raise ValueError("record.parents must be a non-empty list (leave the field out when there are none)")
    refs = []
    for i, p in enumerate(parents):
        what = f"record.parents[{i}]"
        _fields(p, PARENT_FIELDS, what)
        _text(p, "origin_device", what)
        _int(p, "rev", what, minimum=1)
        if p["rev"] >= r["rev"]:
            raise ValueError(f"{what}.rev {p['rev']} is not before rev {r['rev']}")
        refs.append((p["origin_device"], p["rev"]))
    if refs != sorted(set(refs)):
        raise ValueError("record.parents must be sorted by origin_device then rev, without repeats")
    if r["base_rev"] is None or r["base_rev"] not in {rev for _, rev in refs}:
        raise ValueError(f"record.base_rev {r['base_rev']!r} is not the rev of one of its parents")


def attachment_reference(record: Mapping[str, Any]) -> str | None:
    """The SHA-256 of the attachment a record version refers to (§8), if it is an attachment link."""
    if record.get("entity") != ATTACHMENT_ENTITY or record.get("deleted"):
        return None
    data = record.get("data")
    return data.get("sha256") if isinstance(data, dict) else None


def check_audit_event(event: Any) -> bool:
    """Shape only; the chain across events is `fieldkit.domain.audit_chain.verify_chain`.
    Returns True when the event is plain (exact types), which `audit_body_of` can build fast."""
    # Exactly these fields, so that "the event without `hash`" is exactly what event_hash covers.
    if _event_plainly_valid(event):
        return True
    _fields(event, AUDIT_FIELDS, "audit event")
    e = event
    _int(e, "seq", "audit event", minimum=1)
    for key in ("at", "actor", "action", "entity", "uuid"):
        _text(e, key, "audit event", empty=key == "actor")
    _int(e, "rev", "audit event", minimum=1, null=True)
    _hex(e, "version_hash", "audit event", null=True)
    _hex(e, "prev_hash", "audit event")
    _hex(e, "hash", "audit event")
    return False


def _event_plainly_valid(e: Any) -> bool:
    """`check_audit_event` as one fast test with no messages (False: take the field-by-field checks)."""
    if type(e) is not dict or e.keys() != AUDIT_FIELDS:
        return False
    seq, rev, vh = e["seq"], e["rev"], e["version_hash"]
    if type(seq) is not int or seq < 1 or type(e["actor"]) is not str:
        return False
    for key in ("at", "action", "entity", "uuid"):
        if type(e[key]) is not str or not e[key]:
            return False
    if rev is not None and (type(rev) is not int or rev < 1):
        return False
    if vh is not None and (type(vh) is not str or _HEX64.fullmatch(vh) is None):
        return False
    return all(type(e[k]) is str and _HEX64.fullmatch(e[k]) is not None for k in ("prev_hash", "hash"))


def audit_chain_problems(events: list[Mapping], hashes: list[str] | None = None) -> list[str]:
    """A bundle may carry a slice of the laptop's log: it must link up internally, and a slice that
    starts at seq 1 must start from the genesis hash. Continuity across bundles is central's check.

    `hashes`: each event's content hash, already computed from its canonical text (see `audit_body`);
    when they all check out the events are not serialised again. Any break is described by `verify_chain`."""
    if not events:
        return []
    first = events[0]
    start = GENESIS if first["seq"] == 1 else first["prev_hash"]
    if hashes is not None and _links(events, hashes, start):
        return []
    return verify_chain(events, start_prev=start)


def _links(events: list[Mapping], hashes: list[str], prev: str) -> bool:
    seq = events[0]["seq"]
    for event, actual in zip(events, hashes, strict=True):
        if event["seq"] != seq or event["prev_hash"] != prev or event["hash"] != actual:
            return False
        prev, seq = event["hash"], seq + 1
    return True


# -- canonical lines without serialising twice ------------------------------------------------------
# In a canonical line the keys are sorted and string values cannot hold an unescaped quote, so the
# top-level keys can be found by their text. Callers still check every field; these only save work.

_DATA_START = b',"data":'
_DATA_END = b',"data_schema":'  # the last one: nothing after data (schema, hashes, ids) can contain it
_HASH_KEY = b',"hash":"'
_PREV_KEY = b',"prev_hash":'


def record_data_text(line: bytes) -> bytes | None:
    """The canonical text of a canonical record line's `data` (keys before it: author, base_rev)."""
    start, end = line.find(_DATA_START), line.rfind(_DATA_END)
    if start < 0 or end <= start:
        return None
    return line[start + len(_DATA_START):end]


def record_line(record: Mapping[str, Any], data_text: bytes | None, *, plain: bool = False) -> bytes:
    """The canonical line of `record`, its `data` given as canonical text (None: serialise it).

    `plain` (what `check_record` returned): the record has exactly the plain fields and types, so the
    line is put together directly, in the order canonical JSON sorts the keys, five times faster."""
    if data_text is None:
        return dumps(record)
    if plain and not record["deleted"]:
        r = record
        head = '{"author":' + _str(r["author"]) + ',"base_rev":' + _null_or(r["base_rev"], str) + ',"data":'
        tail = "".join((
            ',"data_schema":', str(r["data_schema"]), ',"data_sha256":', _str(r["data_sha256"]),
            ',"deleted":false,"entity":', _str(r["entity"]), ',"hlc":', _str(r["hlc"]),
            ',"inspection_uuid":' + _null_or(r["inspection_uuid"], _str) if "inspection_uuid" in r else "",
            ',"origin_device":', _str(r["origin_device"]), ',"rev":', str(r["rev"]), ',"uuid":', _str(r["uuid"]), "}"))
        return head.encode("utf-8") + data_text + tail.encode("utf-8")
    shell = dumps({**record, "data": None})
    return shell.replace(b'"data":null', b'"data":' + data_text, 1)


def stored_record_line(r: Any, text: str) -> bytes | None:
    """The canonical line (with its LF) of a record whose `data` is the store's canonical text, when the
    record is plain: every rule of `_record_plainly_valid` and the data hash checked, and the line put
    together, in one pass over the fields (the exporter's common case, 100,000 times per bundle).

    None: not plain, or the hash does not match; the caller then takes `check_record` and `record_line`,
    which say what is wrong (or accept it after all). Attachment links always go that way."""
    if type(r) is not dict or "parents" in r or not (RECORD_FIELDS <= r.keys() <= _RECORD_KEYS):
        return None
    uuid, entity, device, author, rev, base, schema = (
        r["uuid"], r["entity"], r["origin_device"], r["author"], r["rev"], r["base_rev"], r["data_schema"])
    hlc, sha = r["hlc"], r["data_sha256"]
    if (type(uuid) is not str or not uuid or type(entity) is not str or not entity or entity == ATTACHMENT_ENTITY
            or type(device) is not str or not device or type(author) is not str or type(rev) is not int or rev < 1
            or type(schema) is not int or schema < 1 or r["deleted"] is not False
            or type(hlc) is not str or _HLC_TEXT.fullmatch(hlc) is None
            or type(sha) is not str or _HEX64.fullmatch(sha) is None):
        return None
    if base is None:
        base_text = "null"
    elif type(base) is int and 0 <= base < rev:
        base_text = str(base)
    else:
        return None
    if "inspection_uuid" not in r:
        insp = ""
    elif r["inspection_uuid"] is None:
        insp = ',"inspection_uuid":null'
    elif type(r["inspection_uuid"]) is str and r["inspection_uuid"]:
        insp = ',"inspection_uuid":' + _str(r["inspection_uuid"])
    else:
        return None
    # Text that is not a plain object of finite numbers (which the verifier would refuse) goes the long
    # way, which parses it and names the fault.
    if not text.startswith("{") or "NaN" in text or "Infinity" in text:
        return None
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:
        return None
    if hashlib.sha256(data).hexdigest() != sha:
        return None
    head = f'{{"author":{_str(author)},"base_rev":{base_text},"data":'
    tail = (f',"data_schema":{schema},"data_sha256":"{sha}","deleted":false,"entity":{_str(entity)},'
            f'"hlc":{_str(hlc)}{insp},"origin_device":{_str(device)},"rev":{rev},"uuid":{_str(uuid)}}}\n')
    return head.encode("utf-8") + data + tail.encode("utf-8")


def stored_audit_line(e: Any) -> tuple[bytes, str] | None:
    """(the canonical line with its LF, the event's content hash) of a plain audit event: every rule of
    `_event_plainly_valid` checked, the body built and hashed and the line put together in one pass.
    None: not plain; the caller takes `check_audit_event` and `audit_body_of`. The hash is returned, not
    compared: the chain check (`audit_chain_problems`) compares it with the event's `hash`."""
    if type(e) is not dict or e.keys() != AUDIT_FIELDS:
        return None
    seq, rev, vh, actor, at, action, entity, uuid, prev, h = (
        e["seq"], e["rev"], e["version_hash"], e["actor"], e["at"], e["action"], e["entity"], e["uuid"],
        e["prev_hash"], e["hash"])
    if (type(seq) is not int or seq < 1 or type(actor) is not str or type(at) is not str or not at
            or type(action) is not str or not action or type(entity) is not str or not entity
            or type(uuid) is not str or not uuid or type(prev) is not str or _HEX64.fullmatch(prev) is None
            or type(h) is not str or _HEX64.fullmatch(h) is None):
        return None
    if rev is None:
        rev_text = "null"
    elif type(rev) is int and rev >= 1:
        rev_text = str(rev)
    else:
        return None
    if vh is None:
        vh_text = "null"
    elif type(vh) is str and _HEX64.fullmatch(vh) is not None:
        vh_text = f'"{vh}"'
    else:
        return None
    head = f'{{"action":{_str(action)},"actor":{_str(actor)},"at":{_str(at)},"entity":{_str(entity)}'.encode()
    tail = f',"prev_hash":"{prev}","rev":{rev_text},"seq":{seq},"uuid":{_str(uuid)},"version_hash":{vh_text}}}'.encode()
    actual = hashlib.sha256(head + tail).hexdigest()
    return b"".join((head, b',"hash":"', actual.encode(), b'"', tail, b"\n")), actual


def _null_or(value: Any, render) -> str:
    return "null" if value is None else render(value)


def audit_body_of(event: Mapping[str, Any], *, plain: bool | None = None) -> bytes:
    """The canonical text of an event without its `hash` (what the hash is taken over): put together
    directly when the event is plain (`plain`: what `check_audit_event` returned), else serialised."""
    e = event
    if not (plain if plain is not None else _event_plainly_valid(e)):
        return dumps({k: e[k] for k in AUDIT_HASHED_FIELDS})
    return "".join((
        '{"action":', _str(e["action"]), ',"actor":', _str(e["actor"]), ',"at":', _str(e["at"]), ',"entity":',
        _str(e["entity"]), ',"prev_hash":', _str(e["prev_hash"]), ',"rev":', _null_or(e["rev"], str), ',"seq":',
        str(e["seq"]), ',"uuid":', _str(e["uuid"]), ',"version_hash":', _null_or(e["version_hash"], _str),
        "}")).encode("utf-8")


def audit_body(line: bytes) -> bytes | None:
    """A canonical audit line without its `hash` field: what the hash is taken over."""
    at = line.find(_HASH_KEY)
    if at < 0 or line[at + len(_HASH_KEY) + 64:at + len(_HASH_KEY) + 66] != b'",':
        return None
    return line[:at + 1] + line[at + len(_HASH_KEY) + 66:]


def audit_line(body: bytes, event_hash_hex: str) -> bytes:
    """The canonical line of an audit event from its body (canonical, without `hash`) and its hash."""
    return body.replace(_PREV_KEY, b',"hash":"' + event_hash_hex.encode() + b'"' + _PREV_KEY, 1)


def version_key(record: Mapping) -> tuple[str, str, int]:
    return record["uuid"], record["origin_device"], record["rev"]


def hlc_range(records: list[Mapping]) -> tuple[str | None, str | None]:
    hlcs = [r["hlc"] for r in records]
    return (min(hlcs), max(hlcs)) if hlcs else (None, None)
