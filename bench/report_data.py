"""A large inspection for the report benchmark (and the responsiveness test): N evidence items of every
common method over the Ofsted 2007 framework, graded on its checklists, with findings, recommendations and
judgements, entered through the real services. Deterministic: the same N gives the same records' content.
"""

from __future__ import annotations

import random

from fieldkit.domain.inspection import Child, Site, TeamMember

WORDS = ("plentyn", "ŵyn", "teulu", "supervision", "analysis", "voice", "wishes", "feelings", "plan", "report",
         "direct", "work", "tools", "recording", "court", "hearing", "safeguarding", "Welsh", "Cymraeg", "oversight",
         "assessment", "contact", "parents", "evidence", "managers", "quality")
LEVELS = ("excellent", "good", "adequate", "inadequate")
S7_ITEMS = ("child_focused", "no_unnecessary_material", "description_and_evaluation", "consequences_of_options",
            "no_order_principle", "wishes_and_feelings", "harm")
CASE_ITEMS = ("contact_activities", "calls_logged", "conversation_substance", "actions_arising", "f1_overall",
              "analysed")
NODES = ("1.1", "1.1.1", "1.1.2", "1.2", "1.3", "1.4", "1.5", "2.1", "2.2", "2.2.1", "2.3", "2.4", "2.5", "2.6",
         "2.7", "2.8", "3.1", "3.2", "3.3")


def _level(rng: random.Random) -> str:
    return rng.choices(LEVELS, weights=(1, 6, 10, 8))[0]


def add_bulk_evidence(services, inspection_uuid: str, items: int, *, seed: int = 7) -> None:
    """`items` evidence items, plus findings, recommendations and judgements, into an existing inspection."""
    rng = random.Random(seed)
    ins, ev = services.inspections, services.evidence
    fw = ins.framework(inspection_uuid)
    sites = [ins.add_site(inspection_uuid, Site(name=f"{name} office", area=name))
             for name in ("Derby", "Leicester", "Lincoln", "Northampton", "Nottingham")]
    for name, role in (("Bench Lead", "lead"), ("Bench Inspector", "inspector"), ("Bench Assistant", "assistant")):
        ins.add_team_member(inspection_uuid, TeamMember(name, role))
    children = [ins.add_child(inspection_uuid, Child(f"Child {c}", 3 + i)) for i, c in enumerate("ABCDEFGH")]
    ev.framework(inspection_uuid)  # cached before the write transaction (no second session inside it)
    made: list[str] = []

    def text(n: int) -> str:
        return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize() + "."

    with ev.transaction() as s:
        for i in range(items):
            kind = i % 8
            common = {"evidence_date": f"2007-06-{11 + i % 18:02d}", "site": sites[i % len(sites)],
                      "title": f"Item {i + 1:04d}", "summary": text(28 + i % 30),
                      "selection_method": "nominated" if i % 97 == 0 else "random"}
            if i % 41 == 0:
                common.update(good_practice=True, good_practice_summary=text(12))
            if i % 13 == 0:
                common["quotes"] = [{"text": text(10), "attribution_class": "a child aged 9", "language": "en",
                                     "may_publish": i % 2 == 0}]
            if kind in (0, 1, 2):
                grades = {code: _level(rng) for code in S7_ITEMS}
                data = {**common, "report_kind": "s7", "children": [children[i % len(children)]],
                        "checklist": {"court_report_s7": {"_overall": _level(rng), **grades}}}
                made.append(ev.create(inspection_uuid, "court_report_reading", data, session=s).uuid)
            elif kind == 3:
                data = {**common, "report_kind": "s31", "overall_grade": _level(rng), "criteria": ["1.3"]}
                made.append(ev.create(inspection_uuid, "court_report_reading", data, session=s).uuid)
            elif kind in (4, 5):
                grades = {code: _level(rng) for code in CASE_ITEMS}
                grades.update(f1_supervision_notes=rng.choice(("yes", "no")), f1_signed_off=rng.choice(("yes", "no")))
                data = {**common, "law_type": rng.choice(("private", "public")), "checklist": {"case_file": grades}}
                made.append(ev.create(inspection_uuid, "case_file_reading", data, session=s).uuid)
            elif kind == 6:
                data = {**common, "setting": "office_interview_room", "grade": _level(rng),
                        "criteria": [rng.choice(("1.2", "1.4", "1.5"))]}
                made.append(ev.create(inspection_uuid, "practice_observation", data, session=s).uuid)
            else:
                data = {**common, "interview_kind": "structured", "interviewee_role": "fca",
                        "criteria": [rng.choice(NODES[7:])]}
                made.append(ev.create(inspection_uuid, "interview", data, session=s).uuid)
    graded = [n for n in fw.iter_nodes() if n.graded]
    findings = []
    for i, node in enumerate(graded):
        category = ("strength", "area_for_improvement", "good_practice")[i % 3]
        findings.append(services.findings.add(inspection_uuid, category=category, nodes=[node.code], text=text(30),
                                              evidence=[made[(i * 37) % len(made)]]).uuid)
    for i in range(0, len(findings), 2):
        services.recommendations.add(inspection_uuid, text=text(25), findings=[findings[i]])
    for i, node in enumerate(graded):
        services.judgements.save(inspection_uuid, node.code, grade=LEVELS[1 + i % 3], rationale=text(45))
