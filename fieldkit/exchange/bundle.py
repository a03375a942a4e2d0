"""Writing a "fieldkit bundle v1": a signed, deterministic ZIP of record versions, audit events and blobs.

The same inputs give the same bytes (sorted entries, fixed timestamps and attributes, deterministic
Ed25519), so a re-export can be compared byte for byte and tests can pin output. Format:
docs/bundle-format.md.

Memory and disk. The record lines are serialised once (they must be hashed before the manifest, which
comes first in the ZIP, can be signed); attachments are streamed one at a time from their source and
hashed on the way, so a bundle with hundreds of MB of scans never sits in memory whole. A plain bundle
is written straight into a temporary file beside the target and linked into place only when complete
and fsynced, without ever replacing a file someone else created meanwhile. An encrypted bundle is
assembled in memory (HPKE here is one-shot), so no plaintext ever touches the disk.
"""

from __future__ import annotations

import errno
import hashlib
import io
import json
import os
import queue
import re
import tempfile
import threading
import uuid as uuidlib
import zipfile
import zlib
from collections import deque
from collections.abc import Callable, Iterable, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any, Protocol

from fieldkit.bulk import gc_paused
from fieldkit.exchange import canonical
from fieldkit.exchange.minisign import SigningKey
from fieldkit.exchange.schema import (
    ATTACHMENT_ENTITY,
    ATTACHMENTS_DIR,
    AUDIT,
    FORMAT,
    MANIFEST,
    RECORDS,
    SCHEMA_VERSION,
    SIGNATURE,
    SIGNATURE_ALG,
    attachment_path,
    audit_body_of,
    audit_chain_problems,
    audit_line,
    check_audit_event,
    check_manifest,
    check_record,
    hlc_range,
    is_hex64,
    record_line,
    stored_audit_line,
    stored_record_line,
    trusted_comment,
)
from fieldkit.exchange.sealing import (  # noqa: F401  (re-exported: the bundle API in one place)
    CentralKeyPair,
    central_key_fingerprint,
    decrypt_bundle,
    encrypt_bundle,
    generate_central_keypair,
)

ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)
_UNIX = 3
_REGULAR_FILE_0644 = 0o100644 << 16
PRODUCER_APP = "fieldkit"
_CHUNK = 1024 * 1024
_PROGRESS_EVERY = 500  # record lines between progress reports
# Lines per batch handed to the deflating thread and to zipfile (a few MB): every hand-over costs a
# GIL switch, which on a busy machine can mean waiting for a core, so there are tens, not hundreds.
_BATCH_LINES = 5000

Progress = Callable[[int, int], None]


class AttachmentBlob(Protocol):
    """An attachment the writer reads only when it writes it (e.g. a blob in the encrypted store)."""

    size: int

    def read(self) -> bytes: ...


@dataclass(frozen=True)
class LazyBlob:
    size: int
    loader: Callable[[], bytes]

    def read(self) -> bytes:
        return self.loader()


@dataclass(frozen=True)
class BundleInfo:
    path: Path
    bundle_id: str
    manifest_sha256: str
    manifest: dict[str, Any]
    size: int
    encrypted: bool


def bundle_file_name(inspector_id: str, created_at: str, bundle_id: str, *, encrypted: bool = False) -> str:
    """`fieldkit-<inspector>-<yyyymmdd>-<bundle_id>.fkb[.enc]`, safe on every file system."""
    who = re.sub(r"[^A-Za-z0-9_-]+", "_", inspector_id).strip("_") or "unknown"
    day = datetime.fromisoformat(created_at).strftime("%Y%m%d")
    return f"fieldkit-{who}-{day}-{bundle_id}.fkb" + (".enc" if encrypted else "")


class _Ticker:
    """Progress in work units: one per record line serialised, then the same again spread over writing
    the record lines, one per audit event, one per MiB of attachment, one each for the two signed files."""

    def __init__(self, progress: Progress | None, records: int, audit: int, attachment_sizes: Iterable[int]):
        self._progress = progress
        self.total = 2 * records + audit + sum(size // _CHUNK + 1 for size in attachment_sizes) + 2
        self.done = 0

    def add(self, n: int = 1) -> None:
        self.done = min(self.total, self.done + n)
        if self._progress and n:
            self._progress(self.done, self.total)

    def finish(self) -> None:
        self.done = self.total
        if self._progress:
            self._progress(self.total, self.total)


def _size_of(blob: bytes | AttachmentBlob) -> int:
    return len(blob) if isinstance(blob, bytes | bytearray | memoryview) else blob.size


def _bytes_of(blob: bytes | AttachmentBlob) -> bytes:
    return bytes(blob) if isinstance(blob, bytes | bytearray | memoryview) else blob.read()


def _serialise_records(records: list[dict], ticker: _Ticker, stream: _DeflateStream | None = None) -> list[bytes]:
    """The records.jsonl bytes (in batches of lines), each line checked as the verifier will check it.

    A record's `data` may be `canonical.RawJSON` (the store's canonical text): it is spliced into the
    line after its hash is checked, instead of being parsed and serialised again. `stream` is given the
    lines as they are made (a batch at a time), to deflate them meanwhile. The batches are kept as they
    are, not joined: 80 MB less to copy (and to fault in), and zipfile takes them one write at a time."""
    seen: set[tuple[str, str, int]] = set()
    lines: list[bytes] = []
    batches: list[bytes] = []
    raw_json, fast_line, add_line, add_key = canonical.RawJSON, stored_record_line, lines.append, seen.add
    for i, record in enumerate(records):  # 100,000 times: the loop itself is kept lean
        data = record.get("data") if type(record) is dict else None
        line = fast_line(record, data.text) if type(data) is raw_json else None
        if line is None:  # not the store's plain case: field by field, with messages
            record, data_text = _with_data_text(record)
            try:
                plain = check_record(record, data_text=data_text)
            except ValueError as exc:
                raise ValueError(f"records[{i}]: {exc}") from None
            line = record_line(record, data_text, plain=plain) + b"\n"
        key = (record["uuid"], record["origin_device"], record["rev"])  # version_key
        add_key(key)
        if len(seen) <= i:  # the set did not grow: seen before
            raise ValueError(f"records[{i}]: version {key} appears twice")
        add_line(line)
        if len(lines) % _PROGRESS_EVERY == 0:
            ticker.add(_PROGRESS_EVERY)
            if len(lines) == _BATCH_LINES:
                batches.append(_flush_lines(lines, stream))
    ticker.add(len(lines) % _PROGRESS_EVERY)
    batches.append(_flush_lines(lines, stream))
    return batches


def _flush_lines(lines: list[bytes], stream: _DeflateStream | None) -> bytes:
    batch = b"".join(lines)
    lines.clear()
    if stream is not None:
        stream.feed(batch)
    return batch


def _with_data_text(record: dict) -> tuple[dict, bytes | None]:
    """(the record to check, the canonical text of its data, or None when it has none)."""
    data = record.get("data")
    if isinstance(data, canonical.RawJSON):
        text = data.text
        # Attachment links are checked field by field, and text that is not a plain object of finite
        # numbers (which the verifier would refuse) is parsed, so the usual message names the fault.
        if record.get("entity") == ATTACHMENT_ENTITY or not text.startswith("{") or "NaN" in text \
                or "Infinity" in text:
            return {**record, "data": json.loads(text)}, None
        return {**record, "data": {}}, text.encode("utf-8")
    if isinstance(data, dict):
        try:
            return record, canonical.dumps(data)
        except ValueError:
            return record, None  # NaN and the like: check_record says what is wrong
    return record, None


def _serialise_audit(audit_events: list[dict], ticker: _Ticker, stream: _DeflateStream | None = None) -> list[bytes]:
    lines, hashes, batches = [], [], []
    for i, event in enumerate(audit_events):
        fast = stored_audit_line(event)
        if fast is not None:
            line, actual = fast
        else:  # not plain: field by field, with messages
            try:
                plain = check_audit_event(event)
            except ValueError as exc:
                raise ValueError(f"audit_events[{i}]: {exc}") from None
            body = audit_body_of(event, plain=plain)
            actual = hashlib.sha256(body).hexdigest()
            line = audit_line(body, actual) + b"\n"
        lines.append(line)
        hashes.append(actual)
        if len(lines) == _BATCH_LINES:
            batches.append(_flush_lines(lines, stream))
    batches.append(_flush_lines(lines, stream))
    # Checked before anything is written (what was deflated meanwhile is only in memory).
    problems = audit_chain_problems(audit_events, hashes)
    if problems:
        raise ValueError(f"audit_events: the chain is broken: {'; '.join(problems)}")
    ticker.add(len(audit_events))
    return batches


def _check_attachment_names(attachments: Mapping[str, Any]) -> None:
    for name in attachments:
        if not is_hex64(name):
            raise ValueError(f"attachment {name!r}: must be keyed by the sha256 of its bytes")


def _created_at(value: datetime | str | None) -> str:
    if value is None:
        return datetime.now(UTC).isoformat(timespec="seconds")
    if isinstance(value, datetime):
        if value.tzinfo is None:
            raise ValueError("created_at must be timezone-aware")
        return value.isoformat()
    return value


def _zip_info(name: str, size: int) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=ZIP_EPOCH)
    # Attachments are photos and scans, already compressed; storing them also means their
    # bytes can be checked without inflating anything.
    stored = name.startswith(ATTACHMENTS_DIR)
    info.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
    info._compresslevel = 6  # type: ignore[attr-defined]  # what writestr(compresslevel=6) sets (3.13: an alias)
    info.create_system = _UNIX  # zipfile would use 0 on Windows; the bytes must not depend on the OS
    info.external_attr = _REGULAR_FILE_0644
    info.file_size = size
    return info


def _write_member(zf: zipfile.ZipFile, name: str, chunks: Iterable[bytes], size: int,
                  on_chunk: Callable[[int], None] | None = None) -> None:
    with zf.open(_zip_info(name, size), "w") as dest:
        for chunk in chunks:
            dest.write(chunk)
            if on_chunk:
                on_chunk(len(chunk))


def _slices(data: bytes) -> Iterable[bytes]:
    view = memoryview(data)
    for start in range(0, len(data), _CHUNK):
        yield view[start:start + _CHUNK]


_DEFLATE_POOL: ThreadPoolExecutor | None = None
_READ_AHEAD = 2  # attachments read ahead of the one being written (each may be up to 100 MB)
_DEFLATE_LOCK = threading.Lock()


def _deflater() -> ThreadPoolExecutor:
    global _DEFLATE_POOL
    with _DEFLATE_LOCK:
        if _DEFLATE_POOL is None:
            _DEFLATE_POOL = ThreadPoolExecutor(max_workers=3, thread_name_prefix="fieldkit-bundle")
        return _DEFLATE_POOL


class _DeflateStream:
    """Deflates a member on its own thread while its lines are still being built (zlib lets go of the
    GIL), so deflating, the biggest single cost, overlaps building instead of following it. zlib's output
    does not depend on how its input is split (no flushes), so this is byte for byte what zipfile's own
    deflate writes; `result` is a Future, as `_write_deflated` wants."""

    def __init__(self, name: str):
        self._queue: queue.SimpleQueue[bytes | None] = queue.SimpleQueue()
        self.result: Future = Future()
        self.result.set_running_or_notify_cancel()  # cancel() is then a no-op: the thread always finishes
        threading.Thread(target=self._run, name=f"fieldkit-deflate-{name}", daemon=True).start()

    def feed(self, data: bytes) -> None:
        self._queue.put(data)

    def close(self) -> None:
        self._queue.put(None)

    def _run(self) -> None:
        try:
            compressor = zlib.compressobj(6, zlib.DEFLATED, -15)
            out = []
            while (chunk := self._queue.get()) is not None:
                out.append(compressor.compress(chunk))
            out.append(compressor.flush())
            self.result.set_result(b"".join(out))
        except BaseException as exc:  # noqa: BLE001  (handed to whoever waits for the result)
            self.result.set_exception(exc)


class _Deflated:
    """Stands in for zipfile's compressor: nothing per write, the whole deflated stream at flush."""

    def __init__(self, deflated: Future):
        self._deflated = deflated

    def compress(self, _data: bytes) -> bytes:
        return b""

    def flush(self) -> bytes:
        return self._deflated.result()


def _write_deflated(zf: zipfile.ZipFile, name: str, chunks: list[bytes], deflated: Future,
                    on_chunk: Callable[[int], None] | None = None) -> None:
    """Write a member whose deflated bytes were made elsewhere. zipfile still sees every uncompressed
    byte (so it computes the CRC and size itself); only its compressor is replaced. Where zipfile has no
    such hook (another Python), it compresses as usual: the same bytes either way."""
    with zf.open(_zip_info(name, _total(chunks)), "w") as dest:
        if getattr(dest, "_compressor", None) is not None:
            dest._compressor = _Deflated(deflated)  # type: ignore[attr-defined]
        else:
            deflated.cancel()
        for chunk in chunks:
            dest.write(chunk)
            if on_chunk:
                on_chunk(len(chunk))


def _total(chunks: list[bytes]) -> int:
    return sum(len(c) for c in chunks)


def _sha256_of(chunks: list[bytes]) -> str:
    digest = hashlib.sha256()
    for chunk in chunks:
        digest.update(chunk)
    return digest.hexdigest()


class _PreparedBundle:
    """Everything but the attachment bytes: serialised lines, the signed manifest and its signature."""

    def __init__(self, *, records: list[dict], audit_events: list[dict],
                 attachments: Mapping[str, bytes | AttachmentBlob], signing_key: SigningKey,
                 signer: Mapping[str, str], device_id: str, device_seq: int, prev_manifest_sha256: str | None,
                 inspection_id: str, data_schema_version: str, producer_version: str,
                 created_at: datetime | str | None, bundle_id: str | None, progress: Progress | None):
        _check_attachment_names(attachments)
        self.attachments = attachments
        self._names = sorted(attachments)
        self._queue: deque[str] = deque(self._names)
        self._loading: deque[Future] = deque()
        self._prefetch()
        self.ticker = _Ticker(progress, len(records), len(audit_events),
                              [_size_of(b) for b in attachments.values()])
        # Deflating the lines is the biggest single cost and zlib lets go of the GIL: each member is
        # deflated on another core as its lines are built, while the attachments are read.
        streams = {RECORDS: _DeflateStream("records"), AUDIT: _DeflateStream("audit")}
        try:
            self.records = _serialise_records(records, self.ticker, streams[RECORDS])
            streams[RECORDS].close()
            self.audit = _serialise_audit(audit_events, self.ticker, streams[AUDIT])
        finally:
            for stream in streams.values():
                stream.close()  # a second close after the first is harmless: the thread has gone
        self._deflated = {name: stream.result for name, stream in streams.items()}
        files = [{"path": RECORDS, "sha256": _sha256_of(self.records), "size": _total(self.records)},
                 {"path": AUDIT, "sha256": _sha256_of(self.audit), "size": _total(self.audit)}]
        files += [{"path": attachment_path(sha), "sha256": sha, "size": _size_of(blob)}
                  for sha, blob in attachments.items()]
        hlc_min, hlc_max = hlc_range(records)
        self.manifest = {
            "format": FORMAT,
            "schema_version": SCHEMA_VERSION,
            "data_schema_version": data_schema_version,
            "bundle_id": bundle_id or str(uuidlib.uuid4()),
            "created_at": _created_at(created_at),
            "producer": {"app": PRODUCER_APP, "version": producer_version},
            "device_id": device_id,
            "device_seq": device_seq,
            "prev_manifest_sha256": prev_manifest_sha256,
            "inspection_id": inspection_id,
            "hlc_min": hlc_min,
            "hlc_max": hlc_max,
            "signer": {
                "inspector_id": signer["inspector_id"],
                "display_name": signer["display_name"],
                "alg": SIGNATURE_ALG,
                "key_fingerprint_sha256": signing_key.fingerprint,
                "public_key_b64": signing_key.public_key.b64,
            },
            "files": sorted(files, key=lambda f: f["path"]),
        }
        check_manifest(self.manifest)
        self.manifest_bytes = canonical.document(self.manifest)
        self.manifest_sha = canonical.sha256_hex(self.manifest_bytes)
        self.signature = signing_key.sign(
            self.manifest_bytes, trusted_comment(self.manifest["bundle_id"], self.manifest_sha)).encode("utf-8")

    def write_zip(self, out: IO[bytes]) -> None:
        """The ZIP, entries in name order (manifest, signature, attachments, audit, records)."""
        with zipfile.ZipFile(out, "w") as zf:
            _write_member(zf, MANIFEST, [self.manifest_bytes], len(self.manifest_bytes))
            _write_member(zf, SIGNATURE, [self.signature], len(self.signature))
            self.ticker.add(2)
            for sha in self._names:
                data = self._next_attachment()
                _write_member(zf, attachment_path(sha), _slices(data), len(data))
                self.ticker.add(len(data) // _CHUNK + 1)
            _write_deflated(zf, AUDIT, self.audit, self._deflated[AUDIT])
            n = self.ticker.total - self.ticker.done  # what remains is writing the record lines
            size = max(_total(self.records), 1)
            written = [0]

            def on_chunk(k: int) -> None:
                before = written[0] * n // size
                written[0] += k
                self.ticker.add(written[0] * n // size - before)

            _write_deflated(zf, RECORDS, self.records, self._deflated[RECORDS], on_chunk)
        self.ticker.finish()

    def _prefetch(self) -> None:
        """Attachments are read (from the encrypted store: decrypting is the slow part) and hashed on other
        threads, a couple ahead of the one being written, starting while the lines are still being built."""
        while self._queue and len(self._loading) < _READ_AHEAD:
            self._loading.append(_deflater().submit(self._load_attachment, self._queue.popleft()))

    def _next_attachment(self) -> bytes:
        future = self._loading.popleft()
        self._prefetch()
        return future.result()

    def _load_attachment(self, sha: str) -> bytes:
        data = _bytes_of(self.attachments[sha])
        if len(data) != _size_of(self.attachments[sha]) or hashlib.sha256(data).hexdigest() != sha:
            raise ValueError(f"attachment {sha}: its bytes do not hash to its name (must be keyed by the "
                             "sha256 of its bytes)")
        return data


def build_bundle(*, records: list[dict], audit_events: list[dict], attachments: Mapping[str, bytes | AttachmentBlob],
                 signing_key: SigningKey, signer: Mapping[str, str], device_id: str, device_seq: int,
                 prev_manifest_sha256: str | None, inspection_id: str, data_schema_version: str,
                 producer_version: str, created_at: datetime | str | None = None,
                 bundle_id: str | None = None, progress: Progress | None = None,
                 ) -> tuple[bytes, dict[str, Any], str]:
    """The signed ZIP in memory, with its manifest and the manifest's sha256."""
    prepared = _PreparedBundle(
        records=records, audit_events=audit_events, attachments=attachments, signing_key=signing_key,
        signer=signer, device_id=device_id, device_seq=device_seq, prev_manifest_sha256=prev_manifest_sha256,
        inspection_id=inspection_id, data_schema_version=data_schema_version, producer_version=producer_version,
        created_at=created_at, bundle_id=bundle_id, progress=progress)
    buf = io.BytesIO()
    prepared.write_zip(buf)
    return buf.getvalue(), prepared.manifest, prepared.manifest_sha


def write_bundle(out_path: str | os.PathLike[str], *, records: list[dict], audit_events: list[dict],
                 attachments: Mapping[str, bytes | AttachmentBlob], signing_key: SigningKey,
                 signer: Mapping[str, str], device_id: str, device_seq: int, prev_manifest_sha256: str | None,
                 inspection_id: str, data_schema_version: str, producer_version: str,
                 created_at: datetime | str | None = None, bundle_id: str | None = None,
                 central_public_key: Any = None, overwrite: bool = False,
                 progress: Progress | None = None) -> BundleInfo:
    """Write a bundle to `out_path` atomically; sealed to central when `central_public_key` is given.

    `progress(done, total)` is called as record lines are serialised and as members are written. Bad
    inputs raise ValueError before anything is written; an existing file raises FileExistsError unless
    `overwrite`, including one that appears while the bundle is being written.
    """
    path = Path(out_path)
    if path.exists() and not overwrite:  # early, friendly; the final link is what guarantees it
        raise FileExistsError(path)
    with gc_paused():
        prepared = _PreparedBundle(
            records=records, audit_events=audit_events, attachments=attachments, signing_key=signing_key,
            signer=signer, device_id=device_id, device_seq=device_seq, prev_manifest_sha256=prev_manifest_sha256,
            inspection_id=inspection_id, data_schema_version=data_schema_version,
            producer_version=producer_version, created_at=created_at, bundle_id=bundle_id, progress=progress)
    if central_public_key is not None:
        buf = io.BytesIO()
        prepared.write_zip(buf)
        sealed = encrypt_bundle(buf.getbuffer(), central_public_key)
        del buf
        size = _write_file(path, lambda f: f.write(sealed), overwrite=overwrite)
    else:
        size = _write_file(path, prepared.write_zip, overwrite=overwrite)
    return BundleInfo(path, prepared.manifest["bundle_id"], prepared.manifest_sha, prepared.manifest, size,
                      central_public_key is not None)


def write_atomic(path: Path, data: bytes, *, overwrite: bool = True) -> None:
    """Temp file beside the target, fsync, rename, fsync the folder: a crash leaves old or new, never half."""
    _write_file(Path(path), lambda f: f.write(data), overwrite=overwrite)


def _write_file(path: Path, fill: Callable[[IO[bytes]], Any], *, overwrite: bool) -> int:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    try:
        with os.fdopen(fd, "wb") as f:
            fill(f)
            f.flush()
            os.fsync(f.fileno())
            size = f.tell()
        if overwrite:
            os.replace(tmp, path)
        else:
            _move_no_replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
    if os.name != "nt":  # Windows cannot open a folder for fsync; NTFS journals the rename
        dir_fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
    return size


_NO_LINKS = {errno.EPERM, errno.EOPNOTSUPP, errno.ENOTSUP, errno.EXDEV, errno.ENOSYS, errno.EMLINK}


def _move_no_replace(tmp: str, path: Path) -> None:
    """Move the finished temp file to `path` unless a file is there, with no window in which one that
    appears meanwhile could be overwritten: link() and Windows' rename() both refuse an existing target."""
    if os.name == "nt":
        os.rename(tmp, path)  # FileExistsError if it exists
        return
    try:
        os.link(tmp, path)  # FileExistsError if it exists
    except OSError as exc:
        if isinstance(exc, FileExistsError) or exc.errno not in _NO_LINKS:
            raise
        # No hard links here (FAT and exFAT USB sticks): claim the name with O_EXCL, then rename over
        # our own claim. A crash in between leaves an empty file, which no verifier accepts.
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644))
        os.replace(tmp, path)
        return
    os.unlink(tmp)
