"""`fieldkit question-sets list|add`: the versioned question sets structured interviews are asked from.

Registered into the main parser by `fieldkit.cli.build_parser`. A set file is JSON:
`{"name": ..., "version": ..., "audience": ..., "questions": [{"id": ..., "text_en": ..., "text_cy": ...}]}`.
"""

from __future__ import annotations

import json
from pathlib import Path


def cmd_list(args) -> int:
    from fieldkit.cli import _emit, opened

    with opened(args) as services:
        inspection = services.inspections.resolve_id(args.inspection)
        sets = services.evidence.question_sets.list(inspection)
    data = [{"id": uuid, **qs.to_data()} for uuid, qs in sets]
    _emit(args, data, lambda: "\n".join(f"{uuid}  {qs.label}  ({len(qs.questions)} questions)"
                                        for uuid, qs in sets) or "no question sets")
    return 0


def cmd_add(args) -> int:
    from fieldkit.cli import CliError, opened
    from fieldkit.domain.question_sets import QuestionSet

    path = Path(args.file)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise CliError(f"{path}: not JSON: line {exc.lineno} column {exc.colno}: {exc.msg}") from None
    if not isinstance(data, dict):
        raise CliError(f"{path}: expected one JSON object with name, version and questions")
    qs = QuestionSet.from_data(data)
    with opened(args) as services:
        inspection = services.inspections.resolve_id(args.inspection)
        uuid = services.evidence.question_sets.add(inspection, qs)
    print(uuid)
    return 0


def register(sub, add) -> None:
    from fieldkit.cli import EPILOG

    group = sub.add_parser("question-sets", help="versioned question sets for structured interviews", epilog=EPILOG)
    g_sub = group.add_subparsers(dest="question_sets_command", metavar="ACTION", required=True)
    p = add(g_sub, "list", cmd_list, "list an inspection's question sets and versions")
    p.add_argument("--inspection", required=True, help="inspection id (or an unambiguous prefix of 6+ characters)")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p = add(g_sub, "add", cmd_add, "add a question set, or a new version of one, from a JSON file")
    p.add_argument("file")
    p.add_argument("--inspection", required=True, help="inspection id (or an unambiguous prefix of 6+ characters)")
