"""An Ofsted 2007-shaped inspection with graded evidence, entered through the real services (seed 001).

Seed 001's figures: 33 section 7 reports read on the checklist (1 Good, 7 Adequate, 25 Inadequate), 29
section 31 reports (6 Good, 14 Adequate, 9 Inadequate), 33 case files, 15 observations, surveys of staff
(100 responses), adult service users (89) and children (46), 27 supervision and 20 appraisal records,
14 stakeholder meetings. Names below are invented for the tests: the team's, a never-to-write name and a
quotation not cleared for publication, so that the tests can look for them in every PDF.
"""

from __future__ import annotations

from fieldkit.domain.inspection import Child, Site, TeamMember
from fieldkit.services.container import Services

TITLE = "Ofsted inspection of Cafcass East Midlands"
BODY = "Cafcass East Midlands"
LEAD = "Ann Inspector"  # the store's user in tests/conftest.py
TEAM = ((LEAD, "lead"), ("Rhodri Llewellyn", "inspector"), ("Catrin Howells", "inspector"),
        ("Dafydd Bowen", "assistant"))
NEVER_WRITE = "Marjorie Quintrell"
SECRET_QUOTE = "My dad shouts at the social worker every single visit"
PUBLIC_QUOTE = "She listened to what I wanted and wrote it down"
AREAS = (("Derby office", "Derbyshire"), ("Leicester office", "Leicestershire"), ("Lincoln office", "Lincolnshire"),
         ("Northampton office", "Northamptonshire"), ("Nottingham office", "Nottinghamshire"))

S7 = ["good"] * 1 + ["adequate"] * 7 + ["inadequate"] * 25
S31 = ["good"] * 6 + ["adequate"] * 14 + ["inadequate"] * 9
S7_ITEMS = ("child_focused", "no_unnecessary_material", "description_and_evaluation", "consequences_of_options",
            "no_order_principle", "wishes_and_feelings", "harm")
LEVELS = ("excellent", "good", "adequate", "inadequate")


def build(services: Services) -> dict[str, str]:
    """Returns the ids the tests need: inspection, some evidence and findings."""
    ins, ev = services.inspections, services.evidence
    insp = ins.create(title=TITLE, inspected_body=BODY, framework_id="ofsted-hmica-2007",
                      fieldwork_start="2007-06-11", fieldwork_end="2007-07-13", notice_date="2007-04-02",
                      scope="The quality of front line services and practice and the management of the region.",
                      limitations="Fieldwork in June and July 2007, during a national restructuring.")
    sites = [ins.add_site(insp, Site(name=name, area=area)) for name, area in AREAS]
    for name, role in TEAM:
        ins.add_team_member(insp, TeamMember(name, role, "Ofsted"))
    child_h = ins.add_child(insp, Child("Child H", 9))
    child_d = ins.add_child(insp, Child("Child D", 11))
    ev.set_never_write(insp, [NEVER_WRITE])
    ids: dict[str, str] = {"inspection": insp}

    def day(n: int) -> str:
        return f"2007-06-{11 + n % 18:02d}"

    with ev.transaction() as s:
        for n, grade in enumerate(S7):
            items = {code: LEVELS[min(3, LEVELS.index(grade) + (k + n) % 2)] for k, code in enumerate(S7_ITEMS)}
            items["no_order_principle"] = "inadequate" if n % 10 else "adequate"
            uuid = ev.create(insp, "court_report_reading", {
                "evidence_date": day(n), "site": sites[n % 5], "title": f"Section 7 report EM-{n + 1:02d}",
                "report_kind": "s7", "selection_method": "random", "children": [child_h] if n == 0 else [],
                "report_reference": f"EM/S7/{n + 1:03d}",
                "summary": "Report describes rather than evaluates; insufficient attention to the no order principle."
                if grade == "inadequate" else "Child seen; checks completed; balanced and fair to parties.",
                "checklist": {"court_report_s7": {"_overall": grade, **items}}}, session=s).uuid
            ids.setdefault("s7_first", uuid)
        for n, grade in enumerate(S31):
            ev.create(insp, "court_report_reading", {
                "evidence_date": day(n + 3), "site": sites[(n + 2) % 5], "title": f"Section 31 report EM-{n + 1:02d}",
                "report_kind": "s31", "selection_method": "random", "overall_grade": grade, "criteria": ["1.3"],
                "summary": "Assesses the child's needs and issues of harm."}, session=s)
        for n in range(2):  # nominated: shown apart, never in the statistics
            ev.create(insp, "court_report_reading", {
                "evidence_date": day(n), "site": sites[0], "title": f"Good practice example {n + 1}",
                "report_kind": "s7", "selection_method": "nominated",
                "selection_note": "Provided by the region as good practice",
                "checklist": {"court_report_s7": {"_overall": "excellent"}}}, session=s)
        for n in range(33):
            made = ev.create(insp, "case_file_reading", {
                "evidence_date": day(n + 1), "site": sites[n % 5], "title": f"Case file CF-{n + 1:02d}",
                "selection_method": "random", "law_type": "private" if n % 3 else "public",
                "children": [{"child": child_d, "seen": "yes"}] if n == 0 else [],
                "checklist": {"case_file": {"contact_activities": LEVELS[2 + n % 2], "calls_logged": LEVELS[3],
                                            "f1_overall": LEVELS[2 + (n % 3 == 0)],
                                            "f1_supervision_notes": "no" if n % 4 else "yes",
                                            "f1_signed_off": "yes" if n % 3 else "no"}},
                "summary": "Process recorded but no analysis of information." if n != 5 else
                f"{NEVER_WRITE} is named on a court list kept on the file; raised with the service manager.",
                "file_reference": f"EM/CF/{n + 1:03d}"}, session=s)
            if n == 5:
                ids["case_with_name"] = made.uuid
        ids["observation"] = ev.create(insp, "practice_observation", {
            "evidence_date": "2007-06-14", "site": sites[1], "title": "Initial interview, private law",
            "setting": "office_interview_room", "practitioner_role": "fca", "grade": "good", "criteria": ["1.2"],
            "good_practice": True, "good_practice_summary": "Laminated ECM outcomes card used to refocus a parent.",
            "summary": "Rhodri Llewellyn observed; well planned; the FCA brought the discussion back to the child.",
            "quotes": [{"text": SECRET_QUOTE, "attribution_class": "a child aged 10", "language": "en",
                        "may_publish": False},
                       {"text": PUBLIC_QUOTE, "attribution_class": "a young person", "language": "en",
                        "may_publish": True}]}, session=s).uuid
        for n in range(14):
            ev.create(insp, "practice_observation", {
                "evidence_date": day(n + 2), "site": sites[n % 5], "title": f"Observation {n + 2}",
                "setting": "office_interview_room" if n % 3 else "dispute_resolution", "grade": "adequate",
                "criteria": ["1.2"], "summary": "Interview planned; assessment not linked to a framework."}, session=s)
        for n in range(27):
            ev.create(insp, "record_scrutiny", {"evidence_date": day(n + 4), "site": sites[n % 5],
                                                "record_kind": "supervision", "criteria": ["2.2.1"]}, session=s)
        for n in range(20):
            ev.create(insp, "record_scrutiny", {"evidence_date": day(n + 5), "site": sites[n % 5],
                                                "record_kind": "appraisal", "criteria": ["2.8"]}, session=s)
        for n in range(14):
            ev.create(insp, "stakeholder_meeting", {
                "evidence_date": day(n + 6), "site": sites[n % 5],
                "organisation_type": ("judiciary", "local_authority", "womens_aid", "race_equality_council")[n % 4],
                "criteria": ["2.6"]}, session=s)
        ev.create(insp, "survey", {
            "evidence_date": "2007-06-30", "title": "Staff survey", "population": "staff", "responses_received": 100,
            "questions": [{"code": "q1", "text": "I receive regular supervision", "kind": "scale",
                           "scale": "agreement"},
                          {"code": "q2", "text": "The region meets the needs of its diverse population",
                           "kind": "yes_no"}],
            "tallies": [{"question": "q1", "option": "strongly_agree", "count": 21},
                        {"question": "q1", "option": "agree", "count": 44},
                        {"question": "q1", "option": "disagree", "count": 23},
                        {"question": "q1", "option": "strongly_disagree", "count": 9},
                        {"question": "q2", "option": "yes", "count": 71},
                        {"question": "q2", "option": "no", "count": 29}],
            "criteria": ["2.4"]}, session=s)
        ids["children_survey"] = ev.create(insp, "survey", {
            "evidence_date": "2007-07-02", "title": "Children and young people's questionnaire",
            "population": "children", "distributed": 120, "responses_received": 46,
            "questions": [{"code": "c1", "text": "Did the Cafcass worker listen to you?", "kind": "scale",
                           "scale": "yes_dont_know_no"},
                          {"code": "c2", "text": "Can you tell us how things have changed since the Cafcass worker "
                                                 "came to see your family?", "kind": "scale",
                           "scale": "better_same_worse"},
                          {"code": "c3", "text": "Anything else you want to tell us?", "kind": "free_text"}],
            "tallies": [{"question": "c1", "option": "yes", "count": 30},
                        {"question": "c1", "option": "dont_know", "count": 9},
                        {"question": "c1", "option": "no", "count": 6},
                        {"question": "c2", "option": "better", "count": 19},
                        {"question": "c2", "option": "same", "count": 17},
                        {"question": "c2", "option": "worse", "count": 8}],
            "responses": [{"respondent_class": "a child aged 12", "free_text": "It helped me say what I wanted.",
                           "quotable": True, "answers": [{"question": "c3", "answer": "It helped"}]},
                          {"respondent_class": "a child aged 9", "free_text": "Dad made me fill this in.",
                           "quotable": False}],
            "criteria": ["1.5"]}, session=s).uuid
        ev.create(insp, "survey", {
            "evidence_date": "2007-07-03", "title": "Adult service users' survey", "population": "adult_service_users",
            "responses_received": 89,
            "questions": [{"code": "a1", "text": "The Cafcass worker explained what would happen",
                           "kind": "scale", "scale": "agreement"}],
            "tallies": [{"question": "a1", "option": "strongly_agree", "count": 20},
                        {"question": "a1", "option": "agree", "count": 33},
                        {"question": "a1", "option": "disagree", "count": 15},
                        {"question": "a1", "option": "strongly_disagree", "count": 14},
                        {"question": "a1", "option": "no_response", "count": 7}]}, session=s)
        ev.create(insp, "premises_check", {"evidence_date": "2007-06-20", "site": sites[2],
                                           "areas_checked": ["waiting_area", "file_storage"],
                                           "issues": [{"area": "file_storage", "issue": "Case files in unlocked "
                                                       "cabinets in the public waiting area.",
                                                       "immediate_action": True}], "criteria": ["1.4"]}, session=s)
        ev.create(insp, "document_register", {"evidence_date": "2007-05-21", "document_title": "Self-assessment",
                                              "how_obtained": "pre_inspection_pack", "self_assessment": True},
                  session=s)

    ids["s7_finding"] = services.findings.add(
        insp, category="area_for_improvement", nodes=["1.3"],
        text="Almost all private law reports gave insufficient attention to the 'no order principle'.",
        evidence=[ids["s7_first"]]).uuid
    ids["case_finding"] = services.findings.add(
        insp, category="area_for_improvement", nodes=["1.1", "S1"],
        text="Case file recording at best recorded process and did not show analysis of information.").uuid
    ids["gp_finding"] = services.findings.promote(ids["observation"]).uuid
    services.findings.add(insp, category="strength", nodes=["2.6"],
                          text="Work with the local safeguarding children boards is excellent.")
    services.findings.add(insp, category="strength", text="Staff were committed to improving outcomes for children.")
    services.recommendations.add(insp, text="Cafcass should take steps to ensure a good quality of case planning "
                                 "and case recording.", findings=[ids["case_finding"]], topic="Case planning")
    services.recommendations.add(insp, text="Cafcass should develop practice guidance on the assessment of drug "
                                 "using parents in relation to contact.", nodes=["1.2"])
    ids["rec3"] = services.recommendations.add(
        insp, text="Cafcass should update its guidance for practitioners about the application of the 'no order "
                   "principle'.", findings=[ids["s7_finding"]], nodes=["1.3"]).uuid
    services.recommendations.add(insp, text="Cafcass should review its national quality assurance framework.")

    j = services.judgements
    row = j.save(insp, "1.3", grade="inadequate", rationale="Most private law reports were inadequate and none "
                 "was excellent; public law reports were mostly adequate.",
                 supporting=[{"evidence": ids["s7_first"], "passage": "no analysis"}])
    for target in ("proposed", "moderated", "agreed", "locked"):
        j.move(row.uuid, target)
    j.save(insp, "1.1", grade="inadequate", rationale="Managerial oversight of case planning was not evidenced.")
    j.save(insp, "S1", grade="inadequate", rationale="Where work is adequate or good, overall delivery is "
           "undermined by levels of unsatisfactory practice.",
           narratives={"general_assessment": "Overall, the quality of practitioners' work with children and "
                                             "families in the East Midlands region is inadequate."})
    j.save(insp, "2.6", grade="good", rationale="Partnership working is good; work with LSCBs is excellent.")

    c = services.concerns.raise_concern(insp, concern="Fractured skull noted on file without a record of action.",
                                        severity="immediate", children=[child_d], nodes=["1.4"],
                                        raised_at="2007-06-14T10:05")
    services.concerns.record_referral(c.uuid, referred_to="regional director", route="in_person",
                                      referred_at="2007-06-14T10:30")
    services.concerns.raise_concern(insp, concern="Unsafe contact arrangement recommended in a report.",
                                    severity="serious", children=[child_h], raised_at="2007-06-20T15:00")
    return ids
