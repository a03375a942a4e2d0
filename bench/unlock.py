"""Unlock with the production Argon2id profile, against a bare Argon2id hash with the same parameters."""

from __future__ import annotations

import secrets
import shutil
import tempfile
import time
from pathlib import Path

from argon2.low_level import Type, hash_secret_raw

from bench.stats import Result, Summary
from fieldkit.paths import AppPaths
from fieldkit.services.store import LocalStore
from fieldkit.storage.keystore import KdfParams

TARGET_MEDIAN_S = 0.5
PASSPHRASE = "benchmark passphrase, long enough to pass"


def _bare_argon2(params: KdfParams) -> float:
    salt = secrets.token_bytes(16)
    start = time.perf_counter()
    hash_secret_raw(PASSPHRASE.encode(), salt, time_cost=params.time_cost, memory_cost=params.memory_kib,
                    parallelism=params.parallelism, hash_len=32, type=Type.ID)
    return time.perf_counter() - start


def _populate(local: LocalStore, records: int, versions: int, text_bytes: int) -> None:
    store = local.create(PASSPHRASE, display_name="Bench Inspector")  # production KdfParams
    try:
        for r in range(records):
            head = store.records.create("bench-note", {"text": f"{r:06d}".ljust(text_bytes, "x")},
                                        author="Bench Inspector")
            for v in range(1, versions):
                store.records.update(head.uuid, {"text": f"{r:06d}-{v}".ljust(text_bytes, "y")},
                                     author="Bench Inspector")
    finally:
        store.close()


def _unlock_once(local: LocalStore) -> float:
    start = time.perf_counter()
    store = local.unlock(PASSPHRASE)
    elapsed = time.perf_counter() - start
    # One edit before closing: an unchanged store re-unlocked within 30 minutes takes no backup, and the
    # figure is meant to include the backup (the unlock after a session of work).
    head = store.records.list("bench-note")[0]
    store.records.update(head.uuid, {"text": secrets.token_hex(16)}, author="Bench Inspector")
    store.close()  # a clean close, so the next unlock finds no unclean-shutdown marker
    return elapsed


def measure(runs: int, tmp_root: Path, *, records: int = 200, versions: int = 5,
            text_bytes: int = 500) -> Result:
    params = KdfParams()
    result = Result("unlock (LocalStore.unlock)", "s", target_on="median", target=TARGET_MEDIAN_S,
                    baseline_label=f"bare Argon2id t={params.time_cost} m={params.memory_kib // 1024}MiB "
                                   f"p={params.parallelism}")
    root = Path(tempfile.mkdtemp(prefix="fk-unlock-", dir=tmp_root))
    try:
        local = LocalStore(AppPaths.under(root / "data"))
        _populate(local, records, versions, text_bytes)
        size_kib = local.paths.db_file.stat().st_size // 1024
        _unlock_once(local)  # warm-up
        _bare_argon2(params)
        unlocks: list[float] = []
        hashes: list[float] = []
        for i in range(runs):
            if i % 2 == 0:
                unlocks.append(_unlock_once(local))
                hashes.append(_bare_argon2(params))
            else:
                hashes.append(_bare_argon2(params))
                unlocks.append(_unlock_once(local))
    except Exception as exc:  # the bench reports, it does not gate
        result.error = f"{exc.__class__.__name__}: {exc}"
        return result
    finally:
        shutil.rmtree(root, ignore_errors=True)
    result.measured = Summary.of(unlocks)
    result.baseline = Summary.of(hashes)
    result.ratio = Summary.of([u / h for u, h in zip(unlocks, hashes, strict=True)]).median
    result.ratio_note = "median of per-pair ratios"
    result.notes.append(f"store: {records} records x {versions} versions of {text_bytes} B text, "
                        f"{size_kib} KiB; unlock = KDF + probe + quick_check + migration check + "
                        "audit anchor check + verified backup (one edit between unlocks) + session marker")
    return result
