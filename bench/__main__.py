"""`python -m bench`: measure, print a table and the JSON, write bench/results/latest.json. Always exits 0.

Machines are shared and noisy, so every figure is set against a baseline measured in the same run.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sqlite3
import sys
import tempfile
from datetime import UTC, datetime
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from bench.stats import Result

RESULTS = Path(__file__).resolve().parent / "results"
METRICS = ("start", "unlock", "commit", "privacy", "reports", "register")
OPTIONAL = ("frozen-start", "bundles")  # only with --only: frozen-start needs `make dist`; bundles takes minutes


def _versions() -> dict[str, str]:
    found = {"python": platform.python_version(), "sqlite (stdlib)": sqlite3.sqlite_version}
    for dist in ("pyside6-essentials", "sqlcipher3", "argon2-cffi", "sqlalchemy", "alembic", "reportlab", "rl_accel"):
        try:
            found[dist] = version(dist)
        except PackageNotFoundError:
            found[dist] = "not installed"
    try:
        import sqlcipher3

        conn = sqlcipher3.connect(":memory:")
        found["sqlcipher"] = conn.execute("PRAGMA cipher_version").fetchone()[0]
        conn.close()
    except Exception as exc:  # a machine-description detail, never fatal
        found["sqlcipher"] = f"unknown ({exc.__class__.__name__})"
    return found


def _machine() -> dict:
    load = os.getloadavg() if hasattr(os, "getloadavg") else None
    return {"platform": platform.platform(), "machine": platform.machine(), "cpus": os.cpu_count(),
            "load_average_at_start": load, "versions": _versions()}


def _fmt(seconds: float | None, unit: str) -> str:
    if seconds is None:
        return "-"
    return f"{seconds * 1000:.2f}" if unit == "ms" else f"{seconds:.3f}"


def _target(r: Result) -> str:
    if r.target is None:
        return "-"
    if r.target_on == "ratio":
        return f"ratio <= {r.target:g}"
    return f"{r.target_on} <= {_fmt(r.target, r.unit)} {r.unit}"


def table(results: list[Result]) -> str:
    head = ("metric", "unit", "min", "median", "p95", "baseline median", "baseline p95", "ratio", "target",
            "status")
    rows = [head]
    for r in results:
        m, b = r.measured, r.baseline
        rows.append((
            r.metric, r.unit,
            _fmt(m and m.min, r.unit), _fmt(m and m.median, r.unit), _fmt(m and m.p95, r.unit),
            _fmt(b and b.median, r.unit), _fmt(b and b.p95, r.unit),
            f"{r.ratio:.2f}" if r.ratio is not None else "-", _target(r),
            r.status if r.status != "MISSED" else "MISSED <<<",
        ))
    widths = [max(len(str(row[i])) for row in rows) for i in range(len(head))]
    lines = ["  ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    for r in results:
        lines.append(f"* {r.metric}: baseline = {r.baseline_label}"
                     + (f"; ratio = {r.ratio_note}" if r.ratio_note else ""))
        for note in r.notes:
            lines.append(f"    {note}")
        if r.error:
            lines.append(f"    ERROR: {r.error}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--only", action="append", choices=METRICS + OPTIONAL,
                        help="run just this metric (repeatable); frozen-start times dist/fieldkit/fieldkit")
    parser.add_argument("--start-runs", type=int, default=9, help="counted app/bare pairs (default 9)")
    parser.add_argument("--unlock-runs", type=int, default=7,
                        help="counted unlock/Argon2id pairs (default 7)")
    parser.add_argument("--commits", type=int, default=300, help="counted edit/plain commits (default 300)")
    parser.add_argument("--report-runs", type=int, default=3,
                        help="counted report/bare-reportlab pairs over a 2,000-item inspection (default 3)")
    parser.add_argument("--register-items", type=int, default=100_000,
                        help="evidence items in the register benchmark's store (default 100,000; built once, "
                             "then reused from the temp folder)")
    parser.add_argument("--tmp", type=Path, default=None,
                        help="folder for the throwaway stores (default: the system temp dir); fsync cost "
                             "depends on its file system")
    parser.add_argument("--json", type=Path, default=RESULTS / "latest.json", help="where to write the JSON")
    args = parser.parse_args(argv)
    chosen = args.only or list(METRICS)
    tmp_root = (args.tmp or Path(tempfile.gettempdir())).resolve()
    tmp_root.mkdir(parents=True, exist_ok=True)

    started = datetime.now(UTC)
    machine = _machine()
    results: list[Result] = []
    for name in METRICS + OPTIONAL:
        if name not in chosen:
            continue
        print(f"measuring {name} ...", file=sys.stderr, flush=True)
        try:
            if name == "start":
                from bench import startup

                results.append(startup.measure(args.start_runs, tmp_root))
            elif name == "frozen-start":
                from bench import startup

                results.append(startup.measure(args.start_runs, tmp_root, frozen=True))
            elif name == "unlock":
                from bench import unlock

                results.append(unlock.measure(args.unlock_runs, tmp_root))
            elif name == "reports":
                from bench import reports

                results.append(reports.measure(args.report_runs, tmp_root))
            elif name == "register":
                from bench import evidence_register

                results.extend(evidence_register.measure(args.register_items, tmp_root))
            elif name == "bundles":
                from bench import bundles

                results.extend(bundles.measure(tmp_root))
            elif name == "privacy":
                from bench import privacy_scan

                results.append(privacy_scan.measure())
            else:
                from bench import commit

                results.append(commit.measure(args.commits, tmp_root))
        except Exception as exc:  # e.g. an import error in the app: report it and go on
            results.append(Result(name, "s", error=f"{exc.__class__.__name__}: {exc}"))

    doc = {"date": started.isoformat(timespec="seconds"),
           "duration_s": round((datetime.now(UTC) - started).total_seconds(), 1),
           "machine": machine, "results": [r.to_json() for r in results]}
    print(table(results))
    print()
    text = json.dumps(doc, indent=2)
    print(text)
    try:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(text + "\n")
        print(f"\nwritten to {args.json}", file=sys.stderr)
    except OSError as exc:
        print(f"\ncould not write {args.json}: {exc}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
