"""The head of the audit chain, kept outside the database so that cutting off its newest events shows.

`audit-anchor.json` in the data folder holds the newest event's seq and hash, rewritten after every
commit that added events, with an HMAC under a key derived from the store's data key. Copying an older
database file over the current one (no key needed) or deleting the newest rows (key needed) leaves a log
that ends before the anchor. Without the key the anchor cannot be forged; whoever holds the key can
rewrite both, which only a copy held elsewhere (backups, the central record's receipts) can reveal.

A stale anchor (a crash between the commit and the anchor write, a full disk) is never ahead of the log,
so it causes no false alarm: the database commit is durable before the anchor is written. That is also
why the write skips the folder fsync: a lost rename leaves the previous, older anchor, never a torn one.
The write itself runs on a thread of its own (`AnchorKeeper`), so a commit does not wait for its fsync.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import threading
from pathlib import Path

from sqlalchemy import Engine, select
from sqlmodel import Session

from fieldkit.domain.audit_chain import Anchor
from fieldkit.storage.atomic import write_atomic
from fieldkit.storage.tables import AuditEvent

FILE_NAME = "audit-anchor.json"
_KEY_LABEL = b"fieldkit audit anchor v1"


class AnchorUnreadable(Exception):
    """The anchor file exists but is not one this store wrote (damaged, or altered without the key)."""


def anchor_path(data_dir: Path) -> Path:
    return Path(data_dir) / FILE_NAME


def _mac(dek: bytes, seq: int, head_hash: str) -> str:
    key = hmac.new(dek, _KEY_LABEL, hashlib.sha256).digest()
    return hmac.new(key, f"{seq}:{head_hash}".encode(), hashlib.sha256).hexdigest()


def chain_head(engine: Engine) -> Anchor | None:
    """The newest event in the database, or None for an empty log."""
    with Session(engine) as s:
        row = s.execute(select(AuditEvent.seq, AuditEvent.hash).order_by(AuditEvent.seq.desc())  # type: ignore[call-overload,attr-defined]
                        .limit(1)).first()
    return Anchor(row[0], row[1]) if row else None


def write_anchor(path: Path, anchor: Anchor, dek: bytes) -> None:
    body = {"seq": anchor.seq, "hash": anchor.hash, "mac": _mac(dek, anchor.seq, anchor.hash)}
    write_atomic(path, json.dumps(body).encode(), replace=True, sync_dir=False)


def read_anchor(path: Path, dek: bytes) -> Anchor | None:
    """None when there is no anchor file (a store from before anchors, or the file was removed)."""
    try:
        body = json.loads(Path(path).read_text())
        seq, head_hash, mac = int(body["seq"]), str(body["hash"]), str(body["mac"])
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise AnchorUnreadable(f"{path}: not a readable audit anchor ({exc})") from None
    if not hmac.compare_digest(mac, _mac(dek, seq, head_hash)):
        raise AnchorUnreadable(f"{path}: the audit anchor's seal does not match this store's key (it was altered)")
    return Anchor(seq, head_hash)


class AnchorKeeper:
    """Keeps the anchor at the head of the log without making commits wait for it.

    `update()` runs after each commit on the committing thread: it reads the new head (one indexed SELECT)
    and hands it to a writer thread, which writes the file (one fsync) while the next edit proceeds.
    Heads that arrive while a write is under way are coalesced: only the newest is written. `sync()`
    waits until the file holds the newest head (backups and close call it), `close()` also stops the
    thread. A write that fails (a full disk) leaves the older anchor: stale, never ahead, no alarm.
    """

    def __init__(self, engine: Engine, path: Path, dek: bytes):
        self._engine, self._path, self._dek = engine, Path(path), dek
        self._cond = threading.Condition()
        self._pending: Anchor | None = None
        self._written: Anchor | None = None
        self._busy = False
        self._closed = False
        self._thread: threading.Thread | None = None

    def update(self) -> Anchor | None:
        head = chain_head(self._engine)
        if head is None:
            return None
        with self._cond:
            if self._closed or head in (self._written, self._pending):
                return head
            self._pending = head
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="fieldkit-anchor", daemon=True)
                self._thread.start()
            self._cond.notify_all()
        return head

    def _run(self) -> None:
        while True:
            with self._cond:
                while self._pending is None and not self._closed:
                    self._cond.wait()
                if self._pending is None:
                    return
                head, self._pending, self._busy = self._pending, None, True
            try:
                write_anchor(self._path, head, self._dek)
                done = head
            except OSError:
                done = None
            with self._cond:
                self._busy = False
                if done is not None:
                    self._written = done
                self._cond.notify_all()

    def sync(self, timeout: float = 10.0) -> None:
        """Until the newest head handed over is on disk (or its write failed)."""
        with self._cond:
            self._cond.wait_for(lambda: self._pending is None and not self._busy, timeout=timeout)

    def close(self) -> None:
        self.sync()
        with self._cond:
            self._closed = True
            self._cond.notify_all()
        if self._thread is not None:
            self._thread.join(timeout=10.0)
