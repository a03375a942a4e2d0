"""`fieldkit evidence import|list`: bulk import by inspection assistants and the register from scripts."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from fieldkit.cli.common import EPILOG, CliError, _emit, opened


def cmd_evidence_import(args) -> int:
    from fieldkit.services.evidence_import import EvidenceImporter, ImportRejected

    with opened(args) as services:
        inspection = services.inspections.resolve_id(args.inspection)
        try:
            result = EvidenceImporter(services.evidence).import_file(inspection, Path(args.file), fmt=args.format)
        except ImportRejected as exc:
            for problem in exc.problems:
                print(f"{args.file}: {problem}", file=sys.stderr)
            print(f"fieldkit: nothing was imported ({len(exc.problems)} problem(s))", file=sys.stderr)
            return 1
        print(f"imported {result.count} evidence item(s) into inspection {inspection}")
        return 0


def cmd_evidence_list(args) -> int:
    from fieldkit.domain.evidence import TYPE_CODES
    from fieldkit.services.evidence import EvidenceFilter

    if args.type is not None and args.type not in TYPE_CODES:
        raise CliError(f"unknown evidence type {args.type!r}: one of {', '.join(TYPE_CODES)}")
    with opened(args) as services:
        inspection = services.inspections.resolve_id(args.inspection)
        flt = EvidenceFilter(type_code=args.type, search=args.search, flag=args.flag, date_from=args.date_from,
                             date_to=args.date_to)
        limit = args.limit if args.limit is not None else services.evidence.count(inspection, flt)
        rows = services.evidence.query(inspection, flt, sort=args.sort, descending=not args.ascending, limit=limit)
        rates = services.evidence.survey_rates(r.uuid for r in rows if r.type_code == "survey")
    data = [{"id": r.uuid, "type": r.type_code, "type_label": r.type_label_en, "title": r.title,
             "evidence_date": r.evidence_date, "author": r.author, "site": r.site_name or None,
             "site_id": r.site_uuid, "criteria": list(r.criteria), "good_practice": r.good_practice,
             "safeguarding": r.safeguarding, "nominated": r.nominated, "corroboration": r.corroboration,
             "updated_at": r.updated_at} for r in rows]
    for r in data:
        if r["id"] in rates:
            r["responses"], r["distributed"], r["response_rate"] = rates[r["id"]]

    def rate(r) -> str:
        if "response_rate" not in r:
            return ""
        if r["response_rate"] is None:
            return "  (response rate not known)"
        return f"  (response rate {r['response_rate']:.0%}: {r['responses']} of {r['distributed']})"

    _emit(args, data, lambda: "\n".join(
        f"{r['id']}  {r['evidence_date'] or '----------'}  {r['type']:<22} {r['title']}{rate(r)}" for r in data)
        or "no evidence")
    return 0


def register(sub, add) -> argparse._SubParsersAction:
    evid = sub.add_parser("evidence", help="evidence items of an inspection: bulk import and listing", epilog=EPILOG)
    evid_sub = evid.add_subparsers(dest="evidence_command", metavar="ACTION", required=True)
    p = add(evid_sub, "import", cmd_evidence_import,
            "import evidence from JSON Lines (any type) or CSV (survey tallies); all or nothing, "
            "problems reported by line (format: docs/evidence-import.md)")
    p.add_argument("file")
    p.add_argument("--inspection", required=True, help="inspection id (or an unambiguous prefix of 6+ characters)")
    p.add_argument("--format", choices=("jsonl", "csv"), help="default: from the file extension (.csv, else jsonl)")
    p = add(evid_sub, "list", cmd_evidence_list, "list an inspection's evidence register")
    p.add_argument("--inspection", required=True, help="inspection id (or an unambiguous prefix of 6+ characters)")
    p.add_argument("--type", help="only this evidence type, e.g. case_file_reading")
    p.add_argument("--search", help="full-text search (every word, accents ignored)")
    p.add_argument("--flag", choices=("good_practice", "safeguarding", "nominated"))
    p.add_argument("--from", dest="date_from", help="evidence date from, YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", help="evidence date to, YYYY-MM-DD")
    p.add_argument("--sort", default="evidence_date",
                   choices=("evidence_date", "updated_at", "type", "title", "author", "site", "corroboration",
                            "flags"))
    p.add_argument("--ascending", action="store_true", help="oldest (or A) first")
    p.add_argument("--limit", type=int, help="at most this many lines")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    return evid_sub
