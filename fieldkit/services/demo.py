"""A realistic demo inspection in the shape of CIW's 2018 inspection of Cafcass Cymru (seed 004).

Team names are fictitious; areas, dates and scope follow the seed's Methodology section. The evidence
(one or more items of every type) paraphrases the seed's findings; children appear only as register
pseudonyms and staff only by designation, as in real evidence.
"""

from __future__ import annotations

from typing import Any

from fieldkit.domain.inspection import Child, Site, TeamMember
from fieldkit.domain.question_sets import Question, QuestionSet
from fieldkit.services.evidence import EvidenceService, SampleTarget
from fieldkit.services.inspections import InspectionService

DEMO_TITLE = "Inspection of Cafcass Cymru (demo)"
AREAS = ("South Wales", "South West Wales", "Mid and West Wales", "North Wales", "Gwent")
TEAM = (
    ("Rhian Evans", "lead"),
    ("Owen Pritchard", "inspector"),
    ("Catrin Howells", "inspector"),
    ("David Morgan", "inspector"),
    ("Elin Jones", "inspector"),
    ("Gareth Lloyd", "inspector"),
    ("Nia Thomas", "assistant"),
)
CHILDREN = (("Child A", 7), ("Child B", 12), ("Child C", 4), ("Child D", 15), ("Child E", 9))


def create_demo(inspections: InspectionService, framework_id: str = "ciw-2018", *,
                evidence: EvidenceService | None = None, lead: str | None = None) -> str:
    """The demo inspection; with `evidence` (the app's and CLI's EvidenceService) it also gets evidence of
    every type and the seed's sample plan. `lead` replaces the lead inspector's name (the one who unlocked
    the store, so that they may moderate the demo's judgements)."""
    uuid = inspections.create(
        title=DEMO_TITLE,
        inspected_body="Cafcass Cymru",
        framework_id=framework_id,
        notice_date="2018-10-15",
        fieldwork_start="2018-11-05",
        fieldwork_end="2018-12-14",
        scope=(
            "Cafcass Cymru inspected as an all Wales organisation, taking into consideration its Welsh "
            "context, with aspects of service delivery reviewed at a local level in its five local areas: "
            "quality and effectiveness of private law practice, of public law practice, and of leadership "
            "and governance at an operational and strategic level."
        ),
        limitations=(
            "Twenty days of fieldwork: four days in each of the five local areas. Cases were sampled from "
            "the organisation's case management system; some observations depended on hearings listed "
            "during the fieldwork."
        ),
    )
    for area in AREAS:
        inspections.add_site(uuid, Site(name=f"{area} office", area=area, valid_from="2018-04-01"))
    for name, role in ((lead or TEAM[0][0], "lead"), *TEAM[1:]):
        inspections.add_team_member(uuid, TeamMember(name=name, role=role, organisation="Care Inspectorate Wales"))
    for pseudonym, age in CHILDREN:
        inspections.add_child(uuid, Child(pseudonym=pseudonym, age=age))
    if evidence is not None:
        add_demo_evidence(evidence, uuid)
    return uuid


def add_demo_evidence(evidence: EvidenceService, inspection_uuid: str) -> list[str]:
    """Evidence of every type, paraphrasing seed 004 (CIW 2018), plus the seed's sample plan."""
    ins = evidence.inspections
    site = {s.area: u for u, s in ins.sites(inspection_uuid)}
    child = {c.pseudonym: u for u, c in ins.children(inspection_uuid)}
    made: list[str] = []

    def add(type_code: str, **data: Any) -> str:
        uuid = evidence.create(inspection_uuid, type_code, data).uuid
        made.append(uuid)
        return uuid

    file_a = add(
        "case_file_reading", evidence_date="2018-11-06", site=site["North Wales"], title="Closed private law file",
        selection_method="closed_case_sample", law_type="private", case_status="closed",
        practitioner_role="fca", practitioner_employment="employed",
        children=[{"child": child["Child A"], "seen": "yes", "seen_alone": "yes", "wishes_recorded": "yes"}],
        case_plan_present="yes", case_plan_shared="no", direct_work_recorded="no", analysis_recorded="no",
        criteria=["A1"], corroboration="corroborated",
        summary="Case plan on file but not updated or reviewed, and no evidence it was shared with the child or "
                "family. The child was seen alone; the report describes direct work that the record does not.",
    )
    report_a = add(
        "court_report_reading", evidence_date="2018-11-06", site=site["North Wales"], title="s7 report, Child A",
        selection_method="closed_case_sample", report_kind="s7", children=[child["Child A"]],
        author_role="fca", quality_assured="yes", good_features=["voice_of_child", "own_words", "lived_experience"],
        inadequate_features=["description"], overall_grade="not_graded",
        linked_file=[file_a], criteria=["A1"], good_practice=True,
        good_practice_summary="The child's wishes and feelings are quoted in her own words, in Welsh.",
        summary="The report focuses on the voice of the child and the impact on her; it does not say how the FCA "
                "engaged with the child.",
        quotes=[{"text": "Dw i eisiau aros gyda Mam ond gweld Dad bob penwythnos.", "attribution_class":
                 "a child aged 7, quoted in the report", "language": "cy",
                 "translation": "I want to stay with Mum but see Dad every weekend.", "may_publish": False}],
    )
    add("court_report_reading", evidence_date="2018-11-07", site=site["South Wales"],
        title="Good practice example provided by Cafcass Cymru", selection_method="nominated",
        selection_note="One of the 5 good practice examples provided by the organisation", report_kind="s31",
        children=[child["Child D"]], good_features=["research_referenced", "voice_of_child"], criteria=["A2"],
        summary="Excellent analysis of the impact on the young person; research used to inform the recommendation.")
    tracking = QuestionSet(
        name="CIW tracking interview", version="2018.1", audience="family court advisers of tracked cases",
        questions=(Question("T1", "How did you find out the child's wishes and feelings?",
                            "Sut y daethoch i wybod beth oedd dymuniadau a theimladau'r plentyn?"),
                   Question("T2", "Was the case plan shared with the family?",
                            "A rannwyd y cynllun achos gyda'r teulu?"),
                   Question("T3", "How was the direct work with the child recorded?",
                            "Sut y cofnodwyd y gwaith uniongyrchol gyda'r plentyn?")))
    evidence.question_sets.add(inspection_uuid, tracking)
    interview_a = add(
        "interview", evidence_date="2018-11-08", site=site["North Wales"], title="Tracking interview, Child A",
        interview_kind="tracking", mode="in_person", interviewee_role="fca", employment_status="employed",
        question_set=tracking.name, question_set_version=tracking.version, criteria=["A1"],
        answers=[{"question_id": "T1", "question": tracking.questions[0].text_en,
                  "answer": "Two visits, one at school; used the direct work tool kit but did not record it."},
                 {"question_id": "T2", "question": tracking.questions[1].text_en, "answer": "Not in writing."}],
        corroboration="uncorroborated",
        quotes=[{"text": "The tool kit is good but writing it up is the first thing to go when we're busy.",
                 "attribution_class": "a family court adviser", "language": "en", "may_publish": True}],
    )
    observation = add(
        "practice_observation", evidence_date="2018-11-13", site=site["Gwent"], title="First hearing, private law",
        setting="first_hearing", law_type="private", practitioner_role="fca", language="bilingual",
        welsh_offered="yes", consent_given="yes",
        participants=[{"role": "child", "child": child["Child C"], "age": 4}, {"role": "parent_carer"},
                      {"role": "parent_carer"}, {"role": "practitioner"}],
        tools_used=["direct_work_tools"], grade="not_graded", criteria=["A1"],
        planning_evidence="Safeguarding enquiries complete before the hearing; the FCA had read the file.",
        behaviours="Professional, respectful, clear language; impartial and focused on the child's needs. "
                   "Agreement reached at first hearing.",
        summary="Effective resolution work at first hearing within tight time constraints.",
    )
    add("case_track", evidence_date="2018-11-08", site=site["North Wales"], title="Track: Child A",
        child=child["Child A"], law_type="private", stage="closed", case_file_readings=[file_a],
        report_readings=[report_a], tracking_interviews=[interview_a], criteria=["A1"],
        discrepancies=[{"sources": ["case_file", "report", "interview"],
                        "description": "Direct work described in the report and the interview is not in the record.",
                        "explanation": "Recording slipped under workload."}])
    add("practice_observation", evidence_date="2018-11-20", site=site["South West Wales"],
        title="Safeguarding enquiry telephone interviews", setting="telephone",
        practitioner_role="safeguarding_enquiry_officer", language="cy", welsh_offered="yes",
        participants=[{"role": "parent_carer"}], follow_up=[observation], criteria=["A1"],
        behaviours="Respectful and professional; information from the local authority and police reviewed.",
        summary="Cynhaliwyd y cyfweliad ffôn drwy gyfrwng y Gymraeg; roedd y swyddog yn sensitif ac yn glir.")
    add("group_discussion", evidence_date="2018-11-21", site=site["Mid and West Wales"],
        title="Family Justice Young People's Board", group_type="young_people", attendance=8, language="bilingual",
        criteria=["A3"],
        themes=[{"theme": "Family rooms", "detail": "The board reviewed the rooms where staff speak to families."},
                {"theme": "Meeting the judge", "detail": "Young people valued being supported to meet the judge."}],
        quotes=[{"text": "Roedden nhw'n gwrando arnon ni go iawn.", "attribution_class": "a member of the board",
                 "language": "cy", "translation": "They really listened to us.", "may_publish": True}])
    add("stakeholder_meeting", evidence_date="2018-11-22", site=site["South Wales"],
        title="Independent reviewing officers",
        organisation_type="iro", relationship="statutory_partner", criteria=["A2"],
        attendees=[{"role": "Independent reviewing officer", "count": 3}],
        themes=[{"theme": "Information sharing", "detail": "Opportunities to obtain information from IROs not always "
                                                          "taken; a protocol exists but is not used consistently."}],
        corroboration="corroborated")
    add("survey", evidence_date="2018-11-30", title="Staff survey", population="staff", mode="online",
        anonymous=True, distributed=110, responses_received=63, criteria=["A3"],
        questions=[{"code": "q1", "text": "I feel valued and supported", "kind": "scale", "scale": "agreement"},
                   {"code": "q2", "text": "I can work through the medium of Welsh when a family asks",
                    "kind": "yes_no"}],
        tallies=[{"question": "q1", "option": "strongly_agree", "count": 24},
                 {"question": "q1", "option": "agree", "count": 31},
                 {"question": "q1", "option": "disagree", "count": 8},
                 {"question": "q2", "option": "yes", "count": 19}, {"question": "q2", "option": "no", "count": 44}],
        responses=[{"respondent_class": "a practitioner", "free_text": "Senior managers are visible and approachable.",
                    "quotable": True}])
    add("survey", evidence_date="2018-11-30", title="Local Authority Children's Services survey",
        population="local_authority", mode="online", responses_received=15, criteria=["A2"],
        summary="Local authorities viewed the working relationship positively; no distribution count was given.")
    add("record_scrutiny", evidence_date="2018-12-03", site=site["Gwent"], title="Complaint and response",
        record_kind="complaint", record_date="2018-06-14", subject_role="fca", has_written_comments="yes",
        timely="yes", criteria=["A3"],
        summary="Investigated thoroughly and in a timely manner; the response explained the outcome clearly.")
    add("premises_check", evidence_date="2018-11-14", site=site["South West Wales"], title="Office family rooms",
        areas_checked=["family_rooms", "waiting_area", "file_storage"], good_practice=True,
        good_practice_summary="Rooms for children and families reviewed by the Family Justice Young People's Board.",
        issues=[{"area": "file_storage", "issue": "A cabinet of closed files was unlocked during the visit.",
                 "immediate_action": True, "response": "Locked the same day; the office manager now checks daily.",
                 "response_date": "2018-11-14"}])
    add("document_register", evidence_date="2018-10-29", title="Supporting documentation",
        document_title="Self-assessment and supporting documentation", document_version="October 2018",
        author_body="Cafcass Cymru", date_received="2018-10-29", how_obtained="pre_inspection_pack",
        retention_status="held", self_assessment=True)
    add("case_file_reading", evidence_date="2018-11-27", site=site["South Wales"], title="Secure accommodation file",
        selection_method="random", law_type="secure_accommodation", case_status="closed",
        children=[{"child": child["Child D"], "seen": "yes", "seen_alone": "yes"}], safeguarding=True,
        criteria=["A2"],
        summary="Transition planning for the young person not scrutinised; concern about the placement raised "
                "with the service manager on site, who took immediate action.")

    # The seed's sample (004 Methodology): 50 files, 30 tracked; 82 reports (26 public, 51 private and
    # 5 provided by the organisation); practice observed on 39 occasions.
    evidence.add_sample_target(inspection_uuid, SampleTarget("case_file_reading", 50, sub_target=30, sub_rule="tracked",
                                                             note="closed cases"))
    evidence.add_sample_target(inspection_uuid, SampleTarget("court_report_reading", 26, where_field="report_kind",
                                                             where_value="s31", note="public law"))
    evidence.add_sample_target(inspection_uuid, SampleTarget("court_report_reading", 51, where_field="report_kind",
                                                             where_value="s7", note="private law"))
    evidence.add_sample_target(inspection_uuid, SampleTarget("practice_observation", 39))
    for area in AREAS:
        evidence.add_sample_target(inspection_uuid, SampleTarget("case_file_reading", 10, site_uuid=site[area]))
    return made
