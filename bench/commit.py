"""One autosaved edit committed on the encrypted WAL store, against a plain sqlite3 WAL commit."""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
import time
from pathlib import Path

from bench.stats import Result, Summary
from fieldkit.paths import AppPaths
from fieldkit.services.store import LocalStore
from fieldkit.storage.keystore import KdfParams

TARGET_P95_S = 0.010
PASSPHRASE = "benchmark passphrase, long enough to pass"
# The KDF is not under test here; a light profile keeps the set-up short.
_SETUP_KDF = KdfParams(time_cost=1, memory_kib=8 * 1024, parallelism=1)


def _text(i: int, size: int) -> str:
    return f"edit {i:06d} ".ljust(size, "z")


def _plain(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("CREATE TABLE note (id INTEGER PRIMARY KEY, body TEXT NOT NULL)")
    conn.commit()
    return conn


def measure(commits: int, tmp_root: Path, *, text_bytes: int = 500, warmup: int = 20) -> Result:
    result = Result("commit one edit (RecordStore.update), p95", "ms", target_on="p95", target=TARGET_P95_S,
                    baseline_label="stdlib sqlite3 WAL, synchronous=FULL, 1-row insert + commit")
    root = Path(tempfile.mkdtemp(prefix="fk-commit-", dir=tmp_root))
    store = None
    plain = None
    try:
        store = LocalStore(AppPaths.under(root / "data")).create(
            PASSPHRASE, display_name="Bench Inspector", params=_SETUP_KDF)
        head = store.records.create("bench-note", {"text": _text(0, text_bytes)}, author="Bench Inspector")
        plain = _plain(root / "plain.db")

        def edit(i: int) -> float:
            start = time.perf_counter()
            store.records.update(head.uuid, {"text": _text(i, text_bytes)}, author="Bench Inspector")
            return time.perf_counter() - start

        def plain_commit(i: int) -> float:
            start = time.perf_counter()
            plain.execute("INSERT INTO note (body) VALUES (?)", (_text(i, text_bytes),))
            plain.commit()
            return time.perf_counter() - start

        for i in range(1, warmup + 1):
            edit(i), plain_commit(i)
        edits: list[float] = []
        plains: list[float] = []
        for i in range(warmup + 1, warmup + 1 + commits):  # interleaved, one each in turn
            edits.append(edit(i))
            plains.append(plain_commit(i))
        pragmas = store.engine.connect()
        try:
            mode = pragmas.exec_driver_sql("PRAGMA journal_mode").scalar_one()
            sync = pragmas.exec_driver_sql("PRAGMA synchronous").scalar_one()
        finally:
            pragmas.close()
    except Exception as exc:  # the bench reports, it does not gate
        result.error = f"{exc.__class__.__name__}: {exc}"
        return result
    finally:
        if store is not None:
            store.close()
        if plain is not None:
            plain.close()
        shutil.rmtree(root, ignore_errors=True)
    result.measured = Summary.of(edits)
    result.baseline = Summary.of(plains)
    result.ratio = result.measured.p95 / result.baseline.p95
    result.ratio_note = "p95 / p95"
    result.notes.append(f"{commits} edits after {warmup} warm-up, {text_bytes} B text each, every edit a "
                        f"new version + head + audit event; store journal_mode={mode}, synchronous={sync} "
                        f"(2=FULL); files under {tmp_root}")
    return result
