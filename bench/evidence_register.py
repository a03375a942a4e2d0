"""The evidence register at scale: one filter or search keystroke (count + first page) over N items.

    .venv/bin/python -m bench.evidence_register [--items 100000] [--repeat 15]

Builds an encrypted store with N evidence items through `EvidenceService.create` (in batches of one
transaction), then times, for each register scenario, what the register does on a keystroke:
`count()` plus `query(limit=200)`. Baselines measured in the same run, interleaved:
- "plain": a raw SELECT of the same 200 rows by primary key on the same connection (no filter, no ORM);
- "fts": for searches, the bare FTS5 MATCH query on `search_index` (the issue's 2x yardstick).
Prints a table and JSON; writes bench/results/evidence_register.json.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from sqlalchemy import text

from fieldkit.domain.inspection import Site
from fieldkit.paths import AppPaths
from fieldkit.services.container import Services
from fieldkit.services.evidence import EvidenceFilter
from fieldkit.services.store import LocalStore
from fieldkit.storage.keystore import KdfParams

RESULTS = Path(__file__).resolve().parent / "results"
PASSPHRASE = "benchmark passphrase, long enough to pass"
_KDF = KdfParams(time_cost=1, memory_kib=8 * 1024, parallelism=1)
TYPES = ("case_file_reading", "court_report_reading", "practice_observation", "interview", "premises_check",
         "group_discussion", "document_register")
WORDS = ("plentyn", "ŵyn", "teulu", "supervision", "analysis", "voice", "wishes", "feelings", "plan", "report",
         "direct", "work", "tools", "recording", "court", "hearing", "safeguarding", "Welsh", "Cymraeg", "cae")


def _data(i: int, rng: random.Random, sites: list[str], type_code: str) -> dict:
    day = 1 + i % 28
    data = {"evidence_date": f"2018-{10 + i % 3:02d}-{day:02d}", "title": f"Item {i:06d}",
            "site": sites[i % len(sites)], "criteria": [f"A{1 + i % 3}"],
            "summary": " ".join(rng.choice(WORDS) for _ in range(40)) + (" zygote" if i % 1000 == 0 else ""),
            "good_practice": i % 17 == 0, "safeguarding": i % 97 == 0,
            "selection_method": "nominated" if i % 23 == 0 else "random"}
    if data["good_practice"]:
        data["good_practice_summary"] = "Voice of the child"
    extra = {"court_report_reading": {"report_kind": "s7"}, "practice_observation": {"setting": "first_hearing"},
             "interview": {"interview_kind": "structured", "interviewee_role": "fca"},
             "group_discussion": {"group_type": "practitioners"},
             "document_register": {"document_title": f"Document {i}", "how_obtained": "copied"}}
    data.update(extra.get(type_code, {}))
    return data


def build(services: Services, items: int, batch: int = 2000) -> str:
    insp = services.inspections.create(title="Bench", inspected_body="Cafcass Cymru", framework_id="ciw-2018")
    sites = [services.inspections.add_site(insp, Site(name=n)) for n in ("North", "South", "East", "West", "Gwent")]
    ev = services.evidence
    ev.framework(insp)  # cached before the write transactions
    rng = random.Random(7)
    done = 0
    while done < items:
        with ev.transaction() as s:
            for i in range(done, min(items, done + batch)):
                t = TYPES[i % len(TYPES)]
                ev.create(insp, t, _data(i, rng, sites, t), session=s)
        done = min(items, done + batch)
    return insp


def _time(fn, repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        out.append(time.perf_counter() - start)
    return out


def p95(xs: list[float]) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, round(0.95 * (len(xs) - 1)))]


def run(items: int, repeat: int) -> dict:
    root = Path(tempfile.mkdtemp(prefix="fk-register-"))
    try:
        paths = AppPaths.under(root / "data")
        store = LocalStore(paths).create(PASSPHRASE, display_name="Bench", params=_KDF)
        services = Services.over(store)
        t0 = time.perf_counter()
        insp = build(services, items)
        build_s = time.perf_counter() - t0
        store.close()
        # Re-open: the figures are for a store as the app finds it after unlock.
        t0 = time.perf_counter()
        store = LocalStore(paths).unlock(PASSPHRASE)
        services = Services.over(store)
        ev = services.evidence
        first = ev.query(insp, EvidenceFilter(), limit=200)
        first_count = ev.count(insp, EvidenceFilter())
        open_s = time.perf_counter() - t0
        assert first_count == items and len(first) == min(200, items)
        sites = [u for u, _ in services.inspections.sites(insp)]
        scenarios = {
            "no filter, by date": (EvidenceFilter(), "evidence_date"),
            "type": (EvidenceFilter(type_code="interview"), "evidence_date"),
            "site": (EvidenceFilter(site_uuid=sites[2]), "evidence_date"),
            "criterion": (EvidenceFilter(criterion="A2"), "evidence_date"),
            "flag good_practice": (EvidenceFilter(flag="good_practice"), "evidence_date"),
            "date range": (EvidenceFilter(date_from="2018-11-01", date_to="2018-11-10"), "evidence_date"),
            "sort by title": (EvidenceFilter(), "title"),
            "sort by site": (EvidenceFilter(), "site"),
            "search rare word": (EvidenceFilter(search="zygote"), "evidence_date"),
            "search common Welsh word 'wyn'": (EvidenceFilter(search="wyn"), "evidence_date"),
            "search two words + type": (EvidenceFilter(search="plentyn cae", type_code="interview"), "evidence_date"),
        }
        rows = []
        with store.engine.connect() as conn:
            for name, (flt, sort) in scenarios.items():
                page = [r.uuid for r in ev.query(insp, flt, sort=sort, limit=200)]
                marks = ",".join(f"'{u}'" for u in page) or "''"
                plain_sql = text(f"SELECT * FROM evidence_index WHERE uuid IN ({marks})")
                fts_sql = None
                if flt.search:
                    from fieldkit.storage.search_index import fts_query

                    fts_sql = text("SELECT uuid FROM search_index WHERE search_index MATCH :q AND inspection_uuid = :i")
                    fts_params = {"q": fts_query(flt.search), "i": insp}
                app, plain, fts = [], [], []
                for _ in range(repeat):  # interleaved: app, plain, (fts)
                    app += _time(lambda flt=flt, sort=sort: (ev.count(insp, flt), ev.query(insp, flt, sort=sort,
                                                                                            limit=200)), 1)
                    plain += _time(lambda sql=plain_sql: conn.execute(sql).fetchall(), 1)
                    if fts_sql is not None:
                        fts += _time(lambda sql=fts_sql, p=fts_params: conn.execute(sql, p).fetchall(), 1)
                row = {"scenario": name, "matches": ev.count(insp, flt), "app_median_ms": statistics.median(app) * 1e3,
                       "app_p95_ms": p95(app) * 1e3, "plain_median_ms": statistics.median(plain) * 1e3}
                row["ratio_plain"] = row["app_median_ms"] / max(row["plain_median_ms"], 1e-6)
                if fts:
                    row["fts_median_ms"] = statistics.median(fts) * 1e3
                    row["ratio_fts"] = row["app_median_ms"] / max(row["fts_median_ms"], 1e-6)
                rows.append(row)
        store.close()
        return {"items": items, "repeat": repeat, "build_s": build_s, "open_and_first_page_s": open_s,
                "db_mb": (paths.db_file.stat().st_size / 1e6), "scenarios": rows}
    finally:
        shutil.rmtree(root, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args(argv)
    result = run(args.items, args.repeat)
    print(f"{result['items']} items; built in {result['build_s']:.1f} s; unlock + count + first page "
          f"{result['open_and_first_page_s']:.2f} s; database {result['db_mb']:.0f} MB")
    print(f"{'scenario':<34} {'matches':>8} {'median':>9} {'p95':>9} {'plain':>8} {'x plain':>8} "
          f"{'fts':>8} {'x fts':>6}")
    for r in result["scenarios"]:
        fts = f"{r['fts_median_ms']:8.2f} {r['ratio_fts']:6.2f}" if "fts_median_ms" in r else ""
        print(f"{r['scenario']:<34} {r['matches']:>8} {r['app_median_ms']:8.2f}ms {r['app_p95_ms']:8.2f}ms "
              f"{r['plain_median_ms']:8.2f} {r['ratio_plain']:8.1f} {fts}")
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "evidence_register.json").write_text(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
