"""Verifying a "fieldkit bundle v1" before anything in it is believed (ecosystem-security §1.3).

Everything a bundle says is hostile until its signature checks out against a key from central's own
registry; the key embedded in the manifest is for lookup only. Each failure raises one BundleError
naming the member (and line) and what was wrong. The order of checks is in docs/bundle-format.md.
"""

from __future__ import annotations

import hashlib
import io
import os
import struct
import zipfile
import zlib
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from fieldkit.bulk import gc_paused
from fieldkit.exchange import canonical
from fieldkit.exchange.minisign import (
    MAX_SIGNATURE_FILE,
    KeyFileError,
    PublicKey,
    SignatureError,
    load_public_key_file,
)
from fieldkit.exchange.minisign import verify as verify_signature
from fieldkit.exchange.schema import (
    ATTACHMENTS_DIR,
    AUDIT,
    DATA_SCHEMA,
    MANIFEST,
    RECORDS,
    SIGNATURE,
    BundleError,
    attachment_reference,
    audit_body,
    audit_chain_problems,
    check_audit_event,
    check_format,
    check_manifest,
    check_record,
    hlc_range,
    is_hex64,
    record_data_text,
    trusted_comment,
    unsafe_path_reason,
    version_key,
)
from fieldkit.exchange.sealing import decrypt_bundle

Progress = Callable[[int, int], None]

DEFAULT_MAX_TOTAL_SIZE = 512 * 1024 * 1024
MAX_MANIFEST_SIZE = 8 * 1024 * 1024
MAX_ENTRIES = 10_000
_CHUNK = 1024 * 1024
_LOCAL_HEADER = b"PK\x03\x04"
_END_OF_CENTRAL_DIR = b"PK\x05\x06"
_ZIP_ERRORS = (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, OSError, ValueError,
               NotImplementedError, RuntimeError, struct.error)


class BundleAttachments(Mapping[str, bytes]):
    """The verified attachments by SHA-256, read from the bundle only when asked for (one at a time).

    Each read is hashed again against its name, so a file changed after verification is caught."""

    def __init__(self, zf: zipfile.ZipFile | None, sizes: Mapping[str, int]):
        self._zf = zf
        self._sizes = dict(sizes)

    def size(self, sha256: str) -> int:
        return self._sizes[sha256]

    def __getitem__(self, sha256: str) -> bytes:
        size = self._sizes[sha256]
        assert self._zf is not None
        path = ATTACHMENTS_DIR + sha256
        try:
            with self._zf.open(path) as f:
                data = f.read(size + 1)
        except _ZIP_ERRORS as exc:
            raise BundleError(f"{path}: changed since the bundle was verified, or unreadable ({exc})") from None
        if len(data) != size or hashlib.sha256(data).hexdigest() != sha256:
            raise BundleError(f"{path}: changed since the bundle was verified")
        return data

    def __iter__(self) -> Iterator[str]:
        return iter(sorted(self._sizes))

    def __len__(self) -> int:
        return len(self._sizes)


@dataclass(frozen=True)
class VerifiedBundle:
    manifest: dict[str, Any]
    manifest_sha256: str
    records: list[dict[str, Any]]
    audit_events: list[dict[str, Any]]
    attachments: Mapping[str, bytes]
    _source: Any = None  # the open file or buffer the attachments are read from
    data_texts: list[str | None] | None = None  # per record: the canonical text of its data, as it came

    @property
    def bundle_id(self) -> str:
        return self.manifest["bundle_id"]

    @property
    def signer_fingerprint(self) -> str:
        return self.manifest["signer"]["key_fingerprint_sha256"]

    def close(self) -> None:
        if self._source is not None:
            self._source.close()

    def __enter__(self) -> VerifiedBundle:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


REVOKED_FOLDER = "revoked"
REVOKED_LIST = "revoked.txt"


def load_trusted_keys_dir(folder: str | os.PathLike[str]) -> dict[str, PublicKey]:
    """Every minisign `.pub` file in `folder`, by fingerprint, less the revoked ones (`load_revoked_dir`).
    A bad file is an error, not skipped."""
    revoked = load_revoked_dir(folder)
    return {fp: key for fp, key in _pub_files(Path(folder)).items() if fp not in revoked}


def load_revoked_dir(folder: str | os.PathLike[str]) -> set[str]:
    """Fingerprints revoked in a trusted-keys folder: every `.pub` file in its `revoked/` subfolder, and
    every line of `revoked.txt` (a fingerprint, spaces allowed; `#` starts a comment)."""
    root = Path(folder)
    revoked = set(_pub_files(root / REVOKED_FOLDER)) if (root / REVOKED_FOLDER).is_dir() else set()
    listed = root / REVOKED_LIST
    if listed.exists():
        for n, line in enumerate(listed.read_text("utf-8").splitlines(), start=1):
            text = line.split("#", 1)[0].replace(" ", "").strip().lower()
            if not text:
                continue
            if not is_hex64(text):
                raise KeyFileError(f"{REVOKED_LIST} line {n}: not a key fingerprint (64 hex digits): {line!r}")
            revoked.add(text)
    return revoked


def _pub_files(folder: Path) -> dict[str, PublicKey]:
    keys: dict[str, PublicKey] = {}
    for path in sorted(folder.glob("*.pub")):
        try:
            key = load_public_key_file(path.read_text("utf-8"))
        except (KeyFileError, UnicodeDecodeError) as exc:
            raise KeyFileError(f"{path.name}: {exc}") from None
        if key.key_id != PublicKey.from_raw(key.raw).key_id:
            raise KeyFileError(f"{path.name}: key id {key.key_id_hex} is not derived from the key's "
                               "fingerprint; not a FieldKit signing key")
        keys[key.fingerprint] = key
    return keys


def verify_bundle(source: str | os.PathLike[str] | bytes, *, trusted_keys: Mapping[str, PublicKey | bytes],
                  revoked: Iterable[str] = (), max_total_size: int = DEFAULT_MAX_TOTAL_SIZE,
                  central_private_key: Any = None, progress: Progress | None = None,
                  known_data_schemas: Collection[str] | None = None) -> VerifiedBundle:
    """Check every rule of docs/bundle-format.md §10; BundleError names the first that fails.

    `known_data_schemas`: the database schema revisions this reader knows (its Alembic history); a
    bundle naming another was written by a newer FieldKit and is refused. None skips that rule (a
    reader with no store of its own).

    A plain bundle file is read straight from disk, never loaded whole; an encrypted one is decrypted in
    memory (HPKE here is one-shot). Attachments are hashed while streaming and handed back lazily: the
    returned bundle keeps its source open until `close()` (or use it as a context manager)."""
    handle = _open_source(source, _file_limit(max_total_size), central_private_key)
    try:
        return _verify(handle, trusted_keys=trusted_keys, revoked=set(revoked), max_total_size=max_total_size,
                       progress=progress, known_data_schemas=known_data_schemas)
    except BaseException:
        handle.close()
        raise


def _verify(handle: IO[bytes], *, trusted_keys: Mapping[str, PublicKey | bytes], revoked: set[str],
            max_total_size: int, progress: Progress | None,
            known_data_schemas: Collection[str] | None) -> VerifiedBundle:
    # 1. container: readable, safe names, no duplicates, bounded size
    zf = _open_zip(handle, max_total_size)
    entries = {info.filename: info for info in zf.infolist()}
    budget = _Budget(max_total_size)
    for required in (MANIFEST, SIGNATURE):
        if required not in entries:
            raise BundleError(f"{required}: missing from the bundle")
    manifest_bytes = _read(zf, entries[MANIFEST], MAX_MANIFEST_SIZE, budget)
    sig_bytes = _read(zf, entries[SIGNATURE], MAX_SIGNATURE_FILE, budget)

    manifest = _parse_manifest(manifest_bytes)
    manifest_sha = canonical.sha256_hex(manifest_bytes)

    # 2. signer: central's registry decides, never the key inside the bundle
    key = _signer_key(manifest, trusted_keys, revoked)

    # 3. signature over the exact bytes, then the trusted comment
    try:
        comment = verify_signature(key, manifest_bytes, sig_bytes.decode("utf-8"))
    except (SignatureError, UnicodeDecodeError) as exc:
        raise BundleError(f"{SIGNATURE}: {exc}") from None
    try:
        check_manifest(manifest)
    except ValueError as exc:
        raise BundleError(f"{MANIFEST}: {exc}") from None
    expected = trusted_comment(manifest["bundle_id"], manifest_sha)
    if comment != expected:
        raise BundleError(f"{SIGNATURE}: trusted comment {comment!r} does not name this bundle "
                          f"(expected {expected!r})")
    try:
        embedded = PublicKey.from_b64(manifest["signer"]["public_key_b64"]).raw
    except KeyFileError:
        embedded = None
    if embedded != key.raw:
        raise BundleError(f"{MANIFEST}: signer.public_key_b64 is not the key with fingerprint "
                          f"{key.fingerprint}")
    if known_data_schemas is not None and manifest["data_schema_version"] not in known_data_schemas:
        known = sorted(known_data_schemas)
        span = f" ({known[0]} to {known[-1]})" if known else ""
        raise BundleError(f"{MANIFEST}: data_schema_version {manifest['data_schema_version']!r} is not a database "
                          f"schema this FieldKit knows{span}: the bundle was written by a newer FieldKit; update "
                          "this one and merge it again")

    # 4. members: exactly the listed files, each with its size and hash
    listed = {f["path"]: f for f in manifest["files"]}
    for path in listed:
        if path not in entries:
            raise BundleError(f"{path}: listed in the manifest but missing from the bundle")
    for name in entries:
        if name not in listed and name not in (MANIFEST, SIGNATURE):
            raise BundleError(f"{name}: in the bundle but not listed in the manifest")
    total = sum(f["size"] for f in listed.values()) or 1
    done = [0]

    def tick(n: int) -> None:
        done[0] += n
        if progress:
            progress(min(done[0], total), total)

    contents: dict[str, bytes] = {}
    sizes: dict[str, int] = {}
    for path, entry in listed.items():
        info = entries[path]
        if info.file_size != entry["size"]:
            raise BundleError(f"{path}: size mismatch (manifest says {entry['size']} bytes, "
                              f"ZIP entry declares {info.file_size})")
        keep = not path.startswith(ATTACHMENTS_DIR)  # attachments are hashed, not kept
        data, actual, length = _hash(zf, info, entry["size"], budget, keep=keep, tick=tick)
        if length != entry["size"]:
            raise BundleError(f"{path}: size mismatch (manifest says {entry['size']} bytes, "
                              f"file has {length})")
        if actual != entry["sha256"]:
            raise BundleError(f"{path}: sha256 mismatch (manifest says {entry['sha256']}, file has {actual})")
        if keep:
            contents[path] = data
        else:
            sizes[path.rsplit("/", 1)[1]] = length

    # 5. payload content
    with gc_paused():
        records, data_texts = _records(contents.pop(RECORDS))
    if hlc_range(records) != (manifest["hlc_min"], manifest["hlc_max"]):
        raise BundleError(f"{MANIFEST}: hlc_min/hlc_max {manifest['hlc_min']!r}..{manifest['hlc_max']!r} "
                          f"do not match the records ({'..'.join(map(repr, hlc_range(records)))})")
    with gc_paused():
        audit_events = _audit(contents.pop(AUDIT))
    _check_attachment_references(records, sizes)
    return VerifiedBundle(manifest, manifest_sha, records, audit_events, BundleAttachments(zf, sizes), handle,
                          [t.decode("utf-8") if t is not None else None for t in data_texts])


def _check_attachment_references(records: list[dict[str, Any]], held: Mapping[str, int]) -> None:
    """A record that refers to an attachment (§8) must arrive with its bytes."""
    for n, record in enumerate(records, start=1):
        sha = attachment_reference(record)
        if sha is not None and sha not in held:
            raise BundleError(f"{RECORDS} line {n}: refers to attachment {sha}, which is not in the bundle")


# -- reading ---------------------------------------------------------------------------------------


def _file_limit(max_total_size: int) -> int:
    # The file may exceed its uncompressed content by ZIP headers, deflate's stored-block overhead
    # and the encryption header; anything further over is not a bundle we would have written.
    return max_total_size + max_total_size // 256 + 4 * 1024 * 1024


def _open_source(source: str | os.PathLike[str] | bytes, limit: int, central_private_key: Any) -> IO[bytes]:
    """A seekable handle on the plain ZIP: the file itself, or the decrypted bytes in memory."""
    if isinstance(source, bytes | bytearray | memoryview):
        if len(source) > limit:
            raise BundleError(f"bundle: {len(source)} bytes is over the size limit ({limit} bytes)")
        return _plain(io.BytesIO(source), "bundle", central_private_key)
    path = Path(source)
    try:
        f = open(path, "rb")  # noqa: SIM115 (kept open for the lazy attachments; closed by the caller)
    except OSError as exc:
        raise BundleError(f"{path.name}: cannot be read ({exc.strerror or exc})") from None
    try:
        size = os.fstat(f.fileno()).st_size
        if size > limit:
            raise BundleError(f"{path.name}: {size} bytes is over the size limit ({limit} bytes)")
        return _plain(f, path.name, central_private_key, limit)
    except BaseException:
        f.close()
        raise


def _plain(f: IO[bytes], where: str, central_private_key: Any, limit: int | None = None) -> IO[bytes]:
    try:
        first = f.read(1)
        f.seek(0)
    except OSError as exc:
        raise BundleError(f"{where}: cannot be read ({exc.strerror or exc})") from None
    if first != b"{":
        return f
    if central_private_key is None:
        raise BundleError("bundle is encrypted: central's private key is needed to open it")
    try:
        blob = f.read(limit + 1) if limit is not None else f.read()
    except OSError as exc:
        raise BundleError(f"{where}: cannot be read ({exc.strerror or exc})") from None
    f.close()
    if limit is not None and len(blob) > limit:
        raise BundleError(f"{where}: {len(blob)} bytes is over the size limit ({limit} bytes)")
    return io.BytesIO(decrypt_bundle(blob, central_private_key))


class _Budget:
    """Counts bytes actually inflated, whatever the headers claim (overlapping-entry zip bombs)."""

    def __init__(self, limit: int):
        self.left = limit

    def take(self, n: int, name: str) -> None:
        self.left -= n
        if self.left < 0:
            raise BundleError(f"{name}: uncompressed content exceeds the size limit (zip bomb?)")


def _open_zip(handle: IO[bytes], max_total_size: int) -> zipfile.ZipFile:
    try:
        zf = zipfile.ZipFile(handle)
        infos = zf.infolist()
    except _ZIP_ERRORS as exc:
        raise BundleError(f"bundle: not a readable ZIP archive, truncated or corrupt ({exc})") from None
    if len(infos) > MAX_ENTRIES:
        raise BundleError(f"bundle: {len(infos)} entries is more than the limit of {MAX_ENTRIES}")
    handle.seek(-22, os.SEEK_END)
    if handle.read(4) != _END_OF_CENTRAL_DIR:
        raise BundleError("bundle: bytes after the end of the ZIP archive, or a ZIP comment")
    seen: set[str] = set()
    total = 0
    for info in infos:
        raw = info.orig_filename
        reason = unsafe_path_reason(raw) or (None if raw == info.filename else "name altered on reading")
        if reason:
            raise BundleError(f"{raw!r}: unsafe path ({reason})")
        if raw in seen:
            raise BundleError(f"{raw}: duplicate entry in the ZIP")
        seen.add(raw)
        if info.flag_bits & 0x1:
            raise BundleError(f"{raw}: encrypted ZIP entries are not allowed")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise BundleError(f"{raw}: unsupported compression method {info.compress_type}")
        total += info.file_size
        if total > max_total_size:
            raise BundleError(f"{raw}: declared uncompressed sizes total {total} bytes, over the limit "
                              f"of {max_total_size} (zip bomb?)")
    _check_layout(handle, zf, infos)
    return zf


def _check_layout(handle: IO[bytes], zf: zipfile.ZipFile, infos: list[zipfile.ZipInfo]) -> None:
    """Entries must follow one another with nothing hidden between them and nothing shared.

    Readers that walk local headers and readers that trust the central directory then see the
    same files, and no two entries can point at the same compressed bytes.
    """
    pos = 0
    for info in sorted(infos, key=lambda i: i.header_offset):
        if info.header_offset != pos:
            raise BundleError(f"{info.filename}: ZIP entry at offset {info.header_offset}, expected {pos} "
                              "(overlapping or hidden data)")
        handle.seek(pos)
        header = handle.read(30)
        if len(header) != 30 or header[:4] != _LOCAL_HEADER:
            raise BundleError(f"{info.filename}: ZIP local header missing or corrupt")
        name_len, extra_len = struct.unpack_from("<HH", header, 26)
        if info.flag_bits & 0x8:
            raise BundleError(f"{info.filename}: ZIP data descriptors are not allowed")
        pos += 30 + name_len + extra_len + info.compress_size
    if pos != zf.start_dir:
        raise BundleError("bundle: unexpected bytes between the ZIP entries and the central directory")


def _read(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int, budget: _Budget) -> bytes:
    if info.file_size > limit:
        raise BundleError(f"{info.filename}: {info.file_size} bytes is over the limit of {limit}")
    return _hash(zf, info, limit, budget, keep=True)[0]


def _hash(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int, budget: _Budget, *, keep: bool,
          tick: Callable[[int], None] | None = None) -> tuple[bytes, str, int]:
    """Inflate an entry with a cap: (its bytes if `keep`, its sha256, its length)."""
    name = info.filename
    out = bytearray()
    digest = hashlib.sha256()
    length = 0
    try:
        with zf.open(info) as f:
            while chunk := f.read(min(_CHUNK, limit + 1 - length)):
                length += len(chunk)
                budget.take(len(chunk), name)
                if length > limit:
                    raise BundleError(f"{name}: inflates past {limit} bytes (zip bomb?)")
                digest.update(chunk)
                if keep:
                    out += chunk
                if tick:
                    tick(len(chunk))
    except _ZIP_ERRORS as exc:
        raise BundleError(f"{name}: corrupt ZIP entry ({exc})") from None
    return bytes(out), digest.hexdigest(), length


# -- parsing ---------------------------------------------------------------------------------------


def _parse_manifest(data: bytes) -> dict[str, Any]:
    if not data.endswith(b"\n") or data.count(b"\n") != 1:
        raise BundleError(f"{MANIFEST}: must be one line of JSON ending in a line feed")
    try:
        manifest = canonical.loads_canonical(data[:-1])
        check_format(manifest)
    except ValueError as exc:
        raise BundleError(f"{MANIFEST}: {exc}") from None
    return manifest


def _signer_key(manifest: dict[str, Any], trusted_keys: Mapping[str, PublicKey | bytes],
                revoked: set[str]) -> PublicKey:
    signer = manifest.get("signer")
    fp = signer.get("key_fingerprint_sha256") if isinstance(signer, dict) else None
    if not is_hex64(fp):
        raise BundleError(f"{MANIFEST}: signer.key_fingerprint_sha256 missing or malformed")
    if fp in revoked:
        raise BundleError(f"{MANIFEST}: signer key {fp} is revoked")
    if fp not in trusted_keys:
        raise BundleError(f"{MANIFEST}: unknown signer key {fp} (not among the trusted keys)")
    entry = trusted_keys[fp]
    # Our key ids derive from the fingerprint whatever a .pub file says, so derive afresh.
    key = PublicKey.from_raw(entry.raw if isinstance(entry, PublicKey) else bytes(entry))
    if key.fingerprint != fp:
        raise BundleError(f"trusted keys: the entry for {fp} holds a different key ({key.fingerprint})")
    return key


def _lines(data: bytes, path: str) -> tuple[list[Any], list[bytes]]:
    """The values of a .jsonl member, each line canonical, and the lines themselves (without LF)."""
    if not data:
        return [], []
    if not data.endswith(b"\n"):
        raise BundleError(f"{path}: the last line has no line feed (truncated?)")
    values = []
    raw = data[:-1].split(b"\n")
    for n, line in enumerate(raw, start=1):
        try:
            values.append(canonical.loads_canonical(line))
        except ValueError as exc:
            raise BundleError(f"{path} line {n}: {exc}") from None
    return values, raw


def _records(data: bytes) -> tuple[list[dict[str, Any]], list[bytes | None]]:
    """The record lines, checked, and the canonical text of each one's data (None for tombstones)."""
    records, raw = _lines(data, RECORDS)
    seen: dict[tuple[str, str, int], int] = {}
    texts: list[bytes | None] = []
    for n, (record, line) in enumerate(zip(records, raw, strict=True), start=1):
        # The line is canonical, so its data is a slice of it: no need to serialise data to hash it.
        text = record_data_text(line) if isinstance(record, dict) and isinstance(record.get("data"), dict) else None
        try:
            check_record(record, data_text=text)
        except ValueError as exc:
            raise BundleError(f"{RECORDS} line {n}: {exc}") from None
        if record["data_schema"] > DATA_SCHEMA:
            raise BundleError(f"{RECORDS} line {n}: data_schema {record['data_schema']} is a record layout newer "
                              f"than this FieldKit reads (up to {DATA_SCHEMA}): update FieldKit")
        key = version_key(record)
        if key in seen:
            raise BundleError(f"{RECORDS} line {n}: version {key} already appears on line {seen[key]}")
        seen[key] = n
        texts.append(text)
    return records, texts


def _audit(data: bytes) -> list[dict[str, Any]]:
    events, raw = _lines(data, AUDIT)
    hashes = []
    for n, (event, line) in enumerate(zip(events, raw, strict=True), start=1):
        try:
            check_audit_event(event)
        except ValueError as exc:
            raise BundleError(f"{AUDIT} line {n}: {exc}") from None
        body = audit_body(line)
        hashes.append(hashlib.sha256(body).hexdigest() if body is not None else "")
    problems = audit_chain_problems(events, hashes)
    if problems:
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        raise BundleError(f"{AUDIT}: audit chain broken: {problems[0]}{more}")
    return events
