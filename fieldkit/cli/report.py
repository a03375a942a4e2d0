"""`fieldkit report`: render one of the PDF outputs of an inspection to a file (saved and audited).

Registered into the main parser by `fieldkit.cli.build_parser`; services are imported inside the command.
"""

from __future__ import annotations

KINDS = ("record", "evidence-report", "methodology", "questionnaire", "safeguarding-log", "recommendations")
PROFILES = ("internal", "factual-accuracy", "published")


def cmd_report(args) -> int:
    import sys

    from fieldkit.cli import CliError, opened
    from fieldkit.services.reports import ReportRefused

    if args.items and args.kind != "record":
        raise CliError("--items selects evidence items for --kind record only")
    with opened(args) as services:
        inspection = services.inspections.resolve_id(args.inspection)
        try:
            report = services.reports.render(inspection, args.kind, profile=args.profile, language=args.lang,
                                             marking=args.marking, items=args.items or None)
        except ReportRefused as exc:
            raise CliError(f"refused: {exc}") from None
        path = services.reports.save(report, args.out, inspection_uuid=inspection, replace=args.force)
    print(f"wrote {path} ({report.pages} page{'s' if report.pages != 1 else ''}, {len(report.pdf):,} bytes; "
          f"{report.kind}, {report.profile}, {report.language})", file=sys.stdout)
    return 0


def register(sub, add) -> None:
    p = add(sub, "report", cmd_report,
            "render a PDF output of an inspection: evidence records, the evidence report, the methodology or "
            "questionnaire annex, the safeguarding log (internal only) or the recommendations progress table")
    p.add_argument("--inspection", required=True, help="inspection id (or an unambiguous prefix of 6+ characters)")
    p.add_argument("--kind", required=True, choices=KINDS)
    p.add_argument("--profile", default="internal", choices=PROFILES,
                   help="internal: everything; factual-accuracy: the draft for the inspected body (no child "
                        "details beyond pseudonyms, no safeguarding log); published: children by pseudonym, "
                        "staff by role, only quotations cleared for publication (default: internal)")
    p.add_argument("--lang", default="en", choices=("en", "cy"), help="language of the report (default: en)")
    p.add_argument("--out", required=True, help="the PDF file to write")
    p.add_argument("--items", nargs="+", metavar="ID",
                   help="with --kind record: only these evidence items (ids or unambiguous prefixes)")
    p.add_argument("--marking", help="protective marking printed at the top and bottom of every page "
                                     "(default: OFFICIAL-SENSITIVE, none for published; '' for none)")
    p.add_argument("--force", action="store_true", help="replace --out if it exists")
