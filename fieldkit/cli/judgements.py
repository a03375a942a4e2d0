"""Commands over judgements, safeguarding concerns, findings and recommendations (`fieldkit concerns list` ...).

Registered into the main parser by `fieldkit.cli.build_parser`; the same rules apply: services are imported
inside the commands, output is plain text or `--json`.
"""

from __future__ import annotations

from dataclasses import asdict

from fieldkit.cli.common import _emit, opened


def cmd_concerns_list(args) -> int:
    with opened(args) as services:
        inspection = services.inspections.resolve_id(args.inspection)
        rows = services.concerns.list(inspection, open_only=args.open)
    data = [r.to_json() for r in rows]
    _emit(args, data, lambda: "\n".join(
        f"{r.uuid}  {r.concern.status:<20} {r.concern.severity:<10} {r.concern.raised_at}  {r.concern.concern}"
        for r in rows) or "no safeguarding concerns")
    return 0


def _support_json(support) -> dict:
    return {
        "evidence": len(support.evidence), "methods": list(support.sufficiency.methods),
        "warnings": list(support.sufficiency.warnings), "nominated_excluded": support.sufficiency.nominated_excluded,
        "distribution": ({lv.code: lv.count for lv in support.headline.levels} if support.headline else None),
        "proportion": (asdict(support.proportion) if support.proportion else None),
        "median_grade": support.suggested,
        "concerns": [c.uuid for c in support.concerns],
    }


def cmd_judgements_list(args) -> int:
    with opened(args) as services:
        inspection = services.inspections.resolve_id(args.inspection)
        rows = services.judgements.list(inspection)
        facts = services.judgements.facts(inspection) if args.support else None
        data = []
        for r in rows:
            item = {"id": r.uuid, "rev": r.rev, **r.judgement.to_data(), "node_title": r.node_title_en,
                    "grade_text": r.grade_en, "author": r.author, "updated_at": r.updated_at}
            if facts is not None:
                item["decision_support"] = _support_json(
                    services.judgements.decision_support(inspection, r.judgement.node, facts=facts))
            data.append(item)
    _emit(args, data, lambda: "\n".join(
        f"{d['node']:<8} {d['status']:<10} {d['grade_text'] or '(narrative)':<24} {d['node_title']}" for d in data)
        or "no judgements")
    return 0


def cmd_agreement(args) -> int:
    with opened(args) as services:
        inspection = services.inspections.resolve_id(args.inspection)
        result = services.judgements.agreement(inspection)
    data = [{"checklist": a.checklist, "title": a.title_en, "pairs": a.pairs, "ratings": a.ratings,
             "agreed": a.agreed, "percent": a.percent, "kappa": a.kappa,
             "disagreements": [asdict(d) for d in a.disagreements]} for a in result]

    def text() -> str:
        lines = []
        for a in result:
            kappa = "n/a" if a.kappa is None else f"{a.kappa:.2f}"
            lines.append(f"{a.title_en}: {a.pairs} double readings, {a.agreed}/{a.ratings} grades agree "
                         f"({a.percent:.0f}%), kappa {kappa}")
            lines += [f"  {d.reference}: {d.item_title_en}: {d.first_author} {d.first_level} / "
                      f"{d.second_author} {d.second_level}" for d in a.disagreements]
        return "\n".join(lines) or "no double readings (same document reference, different inspectors)"

    _emit(args, data, text)
    return 0


def cmd_recommendations_list(args) -> int:
    with opened(args) as services:
        inspection = services.inspections.resolve_id(args.inspection)
        recs = services.recommendations.list(inspection)
        table = {row.uuid: row for row in services.recommendations.progress_table(inspection)}
    data = []
    for r in recs:
        row = table[r.uuid]
        data.append({"id": r.uuid, **r.recommendation.to_data(), "action_plan": list(row.action_plan),
                     "status_text": row.status_text})
    _emit(args, data, lambda: "\n".join(
        f"{d['number']:>3}. {d['status_text']:<40} {d['topic'] or d['text'][:60]}" for d in data)
        or "no recommendations")
    return 0


def cmd_findings_list(args) -> int:
    with opened(args) as services:
        inspection = services.inspections.resolve_id(args.inspection)
        rows = services.findings.list(inspection, args.category)
    data = [{"id": r.uuid, **r.finding.to_data(), "author": r.author} for r in rows]
    _emit(args, data, lambda: "\n".join(f"{d['category']:<22} {d['text']}" for d in data) or "no findings")
    return 0


def register(sub, add) -> None:
    from fieldkit.cli import EPILOG

    def inspection_args(p, json_too: bool = True) -> None:
        p.add_argument("--inspection", required=True, help="inspection id (or an unambiguous prefix of 6+ characters)")
        if json_too:
            p.add_argument("--json", action="store_true", help="machine-readable output")

    concerns = sub.add_parser("concerns", help="safeguarding concerns raised during fieldwork", epilog=EPILOG)
    c_sub = concerns.add_subparsers(dest="concerns_command", metavar="ACTION", required=True)
    p = add(c_sub, "list", cmd_concerns_list, "list an inspection's safeguarding concerns, open ones first")
    inspection_args(p)
    p.add_argument("--open", action="store_true", help="only concerns not yet closed")

    judgements = sub.add_parser("judgements", help="judgements per framework node and grading consistency",
                                epilog=EPILOG)
    j_sub = judgements.add_subparsers(dest="judgements_command", metavar="ACTION", required=True)
    p = add(j_sub, "list", cmd_judgements_list, "list an inspection's judgements in framework order")
    inspection_args(p)
    p.add_argument("--support", action="store_true",
                   help="add each node's decision support (distribution, proportion word, sufficiency)")
    p = add(j_sub, "agreement", cmd_agreement,
            "percentage agreement and Cohen's kappa of double readings, per checklist, with the disagreements")
    inspection_args(p)

    recs = sub.add_parser("recommendations", help="recommendations, responses and progress", epilog=EPILOG)
    r_sub = recs.add_subparsers(dest="recommendations_command", metavar="ACTION", required=True)
    p = add(r_sub, "list", cmd_recommendations_list,
            "the progress table: recommendation, action plan, progress, status")
    inspection_args(p)

    findings = sub.add_parser("findings", help="strengths, areas for improvement and good practice", epilog=EPILOG)
    f_sub = findings.add_subparsers(dest="findings_command", metavar="ACTION", required=True)
    p = add(f_sub, "list", cmd_findings_list, "list an inspection's findings")
    inspection_args(p)
    p.add_argument("--category", choices=("strength", "area_for_improvement", "good_practice"))

