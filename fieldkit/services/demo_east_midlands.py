"""A graded demo in the shape of Ofsted's 2007 inspection of Cafcass East Midlands (seed 001).

The numbers are the seed's: 33 private law reports graded 1 good, 7 adequate and 25 inadequate (¶30),
29 public law reports 6 good, 14 adequate and 9 inadequate (¶34), 15 observations judged adequate (¶43),
seven safeguarding referrals (¶40) and the ten recommendations with Cafcass's responses (Annex A). People,
offices and case references are fictitious; children are single-letter pseudonyms as in the seed (fn13).
Some readings are entered as the team's other inspectors, standing for what the lead would have merged
from their bundles, so that double readings and the moderation view have something to compare.

The recommendations' progress after Annex A is fictitious, in the shape of 003's progress table (L60–218):
the 'no order principle' closed as actioned, management priorities proposed for closure, and case planning
and safeguarding, the two resting on inadequate judgements, carried forward into a fictitious follow-up of
the local teams that carried on once the region ceased to exist as a distinct entity (¶4).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from fieldkit.domain.inspection import Child, Site, TeamMember

if TYPE_CHECKING:
    from fieldkit.services.container import Services

TITLE = "Inspection of Cafcass East Midlands (demo)"
OFFICES = ("Derby", "Leicester", "Lincoln", "Northampton", "Nottingham")
INSPECTORS = ("Helen Marsh", "Tom Okafor", "Priya Shah", "Martin Lowe")
CHILDREN = (("H", 11), ("D", 12), ("J", 4), ("K", 8), ("P", 1), ("S", 14), ("L", 6))
S7 = ["good"] * 1 + ["adequate"] * 7 + ["inadequate"] * 25
S31 = ["good"] * 6 + ["adequate"] * 14 + ["inadequate"] * 9
_FAULTS = (["wishes_and_feelings", "no_order_principle"], ["assessment", "evidence"], ["relevance", "description"],
           ["recommendations", "information_included"], ["poorly_written", "template_not_used"])

RECOMMENDATIONS = (  # 001 L248-301 (topic, text) and Annex A (actions, overall improvement target, by)
    ("Case planning and recording", "Cafcass should take steps to ensure a good quality of case planning and case "
     "recording and that accountability is demonstrable through effective management oversight.", ["1.1"],
     ["all staff adhere to the case recording policy", "service managers read and quality assure case plans"],
     "Clear, concise case recording in accordance with Cafcass policy and practice standards.", "2008-06"),
    ("Assessing drug using parents", "Cafcass should develop practice guidance on the assessment of drug using "
     "parents in relation to contact.", ["1.2"],
     ["explore and develop practice guidance on the assessment of drug using parents in relation to contact"],
     "Ensure clarity for staff in dealing with these issues.", "2008-09"),
    ("The 'no order principle'", "Cafcass should update its guidance for practitioners about the application of the "
     "'no order principle' and ensure that this is underpinned by necessary training.", ["1.3"],
     ["place on quality assurance form QA6 the question 'Has the no order principle been addressed?'",
      "follow up with service managers"], "'No order principle' is addressed in all reports.", "2008-02"),
    ("Safeguarding practice", "A thorough audit should be undertaken of the work across all teams to ensure that this "
     "work is subject to rigorous quality assurance and compliant with guidance.", ["1.4"],
     ["complete its second safeguarding audit and produce a further action plan on outstanding issues"],
     "Service managers are satisfied on an evidence basis that the work of their team complies with the "
     "safeguarding policy.", "2008-09"),
    ("Quality assurance", "Cafcass should review its use of peer participation and introduce more robust arrangements "
     "including an increased role for senior managers.", ["2.1"],
     ["review who is best placed to undertake this task", "consider an 'accreditation' of staff undertaking this role"],
     "Able to clearly evidence that the quality assurance process is challenging and produces work to a high "
     "standard.", "2008-06"),
    ("Supervision", "Cafcass should review and strengthen its guidance, particularly around the role and "
     "responsibilities of managers, in support of the supervision policy.", ["2.2"],
     ["review and strengthen the supervision policy in consultation with operational service managers"],
     "Managers report more clarity and support around the supervision process.", "2008-09"),
    ("Complaints information", "Cafcass needs to ensure that information about complaints procedures reaches the "
     "significant minority of service users who report that they do not know how to make a complaint.", ["2.3"],
     ["ensure that the new Cafcass feedback process is implemented", "complaints manager to issue guidance"],
     "Future surveys report more knowledge of how to complain.", "2008-09"),
    ("Management priorities", "In the context of organisational change, Cafcass should ensure that service managers "
     "understand and implement stated priorities on the improvement agenda.", ["2.5"],
     ["ensure that service priorities are reflected in the targets set in the appraisal process"],
     "Ensure that all service managers work to the stated priorities.", "2008-04"),
    ("Partner agencies", "Cafcass should explore further opportunities for collaborative work with those partners it "
     "has a contract with or grant aids.", ["2.6"], ["explore further opportunities for collaborative work"],
     "More creative work across boundaries with partners.", "2008-11"),
    ("Impact of training", "Cafcass should develop systems to measure the impact and outcome of staff training, to "
     "capture these and to ensure that learning is embedded in practice.", ["2.8"],
     ["build on existing systems such as end of training course practitioner action plans",
      "undertake evaluations of training impact"], "Systems in place to measure the impact and outcomes of staff "
     "training.", "2008-09"),
)


def create_east_midlands_demo(services: Services) -> str:
    ins = services.inspections
    uuid = ins.create(
        title=TITLE, inspected_body="Cafcass East Midlands", framework_id="ofsted-hmica-2007",
        notice_date="2007-04-02", fieldwork_start="2007-06-11", fieldwork_end="2007-07-06",
        scope="The quality of service, front line practice and management of the East Midlands region: scrutiny "
              "of case files, court reports and other documentary evidence; meetings with staff, managers and key "
              "stakeholders; surveys of children and adult service users; observation of practice.",
        limitations="Names are changed to protect identities (fn13). The region was to cease to exist as a distinct "
                    "entity after the inspection (¶4).")
    sites = {name: ins.add_site(uuid, Site(name=f"{name} office", area="East Midlands", valid_from="2001-04-01",
                                           valid_to="2008-03-31")) for name in OFFICES}
    ins.add_team_member(uuid, TeamMember(services.store.user, "lead", "Ofsted"))
    for name in INSPECTORS:
        ins.add_team_member(uuid, TeamMember(name, "inspector", "Ofsted"))
    ins.add_team_member(uuid, TeamMember("Carol Dean", "assistant", "Ofsted"))
    children = {p: ins.add_child(uuid, Child(f"Child {p}", age)) for p, age in CHILDREN}
    evidence = _add_evidence(services, uuid, list(sites.values()), children)
    _add_conclusions(services, uuid, evidence, children)
    return uuid


def _as(services: Services, author: str):
    """An evidence service writing as a teammate (see the module note)."""
    from fieldkit.services.evidence import EvidenceService

    other = EvidenceService(services.store, services.inspections, services.frameworks)
    other._user = author
    return other


def _add_evidence(services: Services, uuid: str, sites: list[str], children: dict[str, str]) -> dict[str, Any]:
    writers = [services.evidence, *(_as(services, name) for name in INSPECTORS)]
    made: dict[str, Any] = {"s7": [], "files": [], "observations": []}

    def add(n: int, type_code: str, **data: Any) -> str:
        data.setdefault("site", sites[n % len(sites)])
        data.setdefault("selection_method", "random")
        return writers[n % len(writers)].create(uuid, type_code, data).uuid

    for n, grade in enumerate(S7):
        focused = "adequate" if grade == "inadequate" and n % 4 == 0 else grade
        item = add(n, "court_report_reading", evidence_date=f"2007-06-{11 + n % 15:02d}", report_kind="s7",
                   report_reference=f"EM/S7/{n + 1:03d}", title=f"Private law report {n + 1}", criteria=["1.3"],
                   author_role="fca", overall_grade=grade,
                   inadequate_features=_FAULTS[n % len(_FAULTS)] if grade == "inadequate" else [],
                   checklist={"court_report_s7": {"_overall": grade, "child_focused": focused,
                                                  "wishes_and_feelings": grade, "no_order_principle": grade}},
                   summary="Description outweighs analysis; options for the court not evaluated."
                   if grade == "inadequate" else "Child focused, balanced and reasoned.")
        made["s7"].append(item)
    for n, grade in enumerate(S31):
        add(n, "court_report_reading", evidence_date=f"2007-06-{12 + n % 15:02d}", report_kind="s31",
            report_reference=f"EM/S31/{n + 1:03d}", title=f"Public law report {n + 1}", criteria=["1.3"],
            author_role="childrens_guardian", overall_grade=grade)
    # Double readings: a second inspector read three of the private law reports against the same checklist.
    for k, (n, grade) in enumerate(((3, "inadequate"), (10, "inadequate"), (20, "adequate"))):
        _as(services, INSPECTORS[(k + 1) % len(INSPECTORS)]).create(uuid, "court_report_reading", {
            "evidence_date": "2007-06-28", "report_kind": "s7", "report_reference": f"EM/S7/{n + 1:03d}",
            "title": f"Private law report {n + 1} (second reading)", "selection_method": "random",
            "criteria": ["1.3"], "checklist": {"court_report_s7": {"_overall": grade, "child_focused": "adequate",
                                                                  "wishes_and_feelings": S7[n],
                                                                  "no_order_principle": "inadequate"}}})
    pseudonyms = list(children.values())
    for n in range(20):
        plan = "inadequate" if n % 3 else "adequate"
        made["files"].append(add(
            n, "case_file_reading", evidence_date=f"2007-06-{11 + n % 18:02d}", law_type="private" if n % 2 else
            "public", case_status="open", file_reference=f"EM/F/{n + 1:03d}", title=f"Case file {n + 1}",
            criteria=["1.1"], practitioner_role="fca",
            children=[{"child": pseudonyms[n % len(pseudonyms)], "seen": "yes",
                       "seen_alone": "no" if n % 2 else "yes"}],
            checklist={"case_file": {"f1_overall": plan, "analysed": plan, "calls_logged": "inadequate",
                                     "f1_signed_off": "no" if n % 4 else "yes",
                                     "f1_supervision_notes": "no" if n % 5 else "yes"}}))
    for n in range(15):
        made["observations"].append(add(
            n, "practice_observation", evidence_date=f"2007-06-{13 + n % 14:02d}", setting="office_interview_room"
            if n % 3 == 0 else "first_hearing", law_type="private", practitioner_role="fca", grade="adequate",
            title=f"Observation {n + 1}", criteria=["1.4"], language="en",
            behaviours="Respectful, but risk factors were not explored with the parent.", consent_given="yes"))
    made["complaints"] = add(0, "record_scrutiny", evidence_date="2007-06-20", record_kind="complaint",
                             title="Complaint files", criteria=["2.3"], timely="yes", has_written_comments="yes",
                             good_practice=True, good_practice_summary="Complaints are answered promptly and "
                             "thoroughly, and the learning is shared with teams.",
                             summary="Twelve complaint files: timely, thorough responses.")
    made["survey"] = add(1, "survey", evidence_date="2007-07-02", title="Children's survey", population="children",
                         mode="paper", anonymous=True, responses_received=46, criteria=["1.5"],
                         summary="46 children responded (Annex B; ¶47 says 45).")
    return made


def _add_conclusions(services: Services, uuid: str, made: dict[str, Any], children: dict[str, str]) -> None:
    j = services.judgements
    s7 = made["s7"]
    locked = j.save(uuid, "1.3", grade="inadequate",
                    rationale="Most private law reports were inadequate; public law reports were of a better "
                              "standard but too few were good to lift the judgement.",
                    supporting=[{"evidence": s7[-1], "passage": "options for the court not evaluated"}],
                    contrary=[{"evidence": s7[0], "passage": "Child focused, balanced and reasoned."}])
    for target in ("proposed", "moderated", "agreed", "locked"):
        j.move(locked.uuid, target)
    case = j.save(uuid, "1.1", grade="inadequate", rationale="Most case plans were inadequate and few files showed "
                  "managerial oversight; timely allocation was excellent but is a process measure.",
                  limiting_factors="Files were read in the region's offices only.")
    for target in ("proposed", "moderated"):
        j.move(case.uuid, target)
    safe = j.save(uuid, "1.4", grade="inadequate", rationale="Seven cases were referred for immediate action.",
                  departure_reason="The observations were adequate, but seven serious referrals and an undated note "
                                   "of a fractured skull outweigh them (¶40–46).",
                  supporting=[{"evidence": made["files"][0], "passage": ""}])
    j.move(safe.uuid, "proposed")
    lead = j.save(uuid, "2.5", grade="adequate", also_grade="good", also_extent="one_or_two",
                  rationale="Business plans and risk assessments are in place; progress on the improvement plan has "
                            "yet to reach front line practice.")
    for target in ("proposed", "moderated", "agreed"):
        j.move(lead.uuid, target)
    complaints = j.save(uuid, "2.3", grade="good", rationale="Complaints are answered promptly and thoroughly.",
                        supporting=[{"evidence": made["complaints"], "passage": ""}])
    j.move(complaints.uuid, "proposed")
    j.save(uuid, "2.6", grade="good", rationale="Good relationships with partner agencies in the statutory and "
                                                 "voluntary sectors.")

    concerns = services.concerns
    for n in range(7):
        text = ("Undated note on file of a fractured skull, with no record of action taken." if n == 0 else
                f"Risk to the child not assessed before the recommendation to the court (referral {n + 1}).")
        c = concerns.raise_concern(
            uuid, concern=text,
            severity="immediate" if n == 0 else "serious", evidence=made["files"][n], nodes=["1.4"],
            children=[list(children.values())[n % len(children)]], raised_at=f"2007-06-{14 + n:02d}T10:00",
            referred_to="Regional director", route="in_person", referred_at=f"2007-06-{14 + n:02d}T12:00")
        if n < 4:
            concerns.record_response(c.uuid, response="Case reviewed by the service manager; the child is safe.",
                                     response_at=f"2007-06-{15 + n:02d}")
            concerns.set_status(c.uuid, "closed", reason="Cafcass satisfied itself that the child was safe.")
        elif n < 6:
            concerns.record_response(c.uuid, response="Strategy meeting arranged with the local authority.",
                                     response_at=f"2007-06-{15 + n:02d}")
            concerns.set_status(c.uuid, "continued_oversight")

    f = services.findings
    f.add(uuid, category="strength", text="The region allocates work in a timely manner.", nodes=["1.1"])
    f.add(uuid, category="strength", text="Good relationships with partner agencies in both the statutory and "
                                          "voluntary sectors.", nodes=["2.6"])
    f.add(uuid, category="strength", text="Sound management of financial resources.", nodes=["2.7"])
    areas = [f.add(uuid, category="area_for_improvement", text=text, nodes=nodes) for text, nodes in (
        ("An unacceptable number of case files and case plans were of an inadequate standard.", ["1.1"]),
        ("Most private law reports were inadequate.", ["1.3"]),
        ("Inspectors could not be assured that some children's safety was being safeguarded.", ["1.4"]))]
    f.promote(made["complaints"])
    by_node = {a.finding.nodes[0]: a.uuid for a in areas}
    recs = services.recommendations
    numbered: dict[str, str] = {}
    for topic, text, nodes, actions, target, by in RECOMMENDATIONS:
        rec = recs.add(uuid, text=text, topic=topic, addressee="Cafcass", nodes=nodes,
                       findings=[by_node[n] for n in nodes if n in by_node], next_review="2008-06")
        recs.add_response(uuid, recommendations=[rec.uuid], responder="Cafcass", received="2007-12-10",
                          actions=[{"text": a, "by": by, "owner": "Regional director"} for a in actions],
                          improvement_target=target, by=by)
        numbered[topic] = rec.uuid
    _add_progress(services, uuid, numbered)


def _add_progress(services: Services, uuid: str, numbered: dict[str, str]) -> None:
    """Monitoring up to the follow-up (fictitious, see the module note); the other six stay open, not yet due."""
    recs = services.recommendations
    no_order, priorities = numbered["The 'no order principle'"], numbered["Management priorities"]
    planning, safeguarding = numbered["Case planning and recording"], numbered["Safeguarding practice"]
    recs.add_progress(no_order, "Quality assurance form QA6 now asks 'Has the no order principle been "
                                "addressed?'; service managers followed it up with their teams.", at="2008-02")
    recs.add_progress(no_order, "Service managers' check of 20 s7 reports quality assured since March: the 'no "
                                "order principle' addressed in all of them.", at="2008-06")
    recs.set_status(no_order, "proposed_closure", reason="actioned", next_review="")
    recs.set_status(no_order, "closed", reason="actioned",
                    note="'no order principle' addressed in all reports sampled, June 2008")
    recs.add_progress(priorities, "Appraisal targets for 2008/09 set for every service manager against the "
                                  "stated priorities on the improvement agenda.", at="2008-05")
    recs.set_status(priorities, "proposed_closure", reason="actioned",
                    note="to be agreed at the review in September 2008", next_review="2008-09")
    recs.add_progress(planning, "Case recording policy re-issued to all staff; service managers read and quality "
                                "assure case plans at allocation.", at="2008-03")
    recs.add_progress(planning, "Audit of 30 open files: case plans on 24, of an adequate standard on 15.",
                      at="2008-06")
    recs.add_progress(safeguarding, "Second safeguarding audit completed; a further action plan on outstanding "
                                    "issues agreed with service managers.", at="2008-04")
    for rec in (planning, safeguarding):
        recs.set_status(rec, "open", note="to be reviewed at the follow-up inspection in October 2008",
                        next_review="2008-10")

    ins = services.inspections
    follow_up = ins.create(
        title="Follow-up of the inspection of Cafcass East Midlands (demo)", inspected_body="Cafcass",
        framework_id="ofsted-hmica-2007", notice_date="2008-09-15", fieldwork_start="2008-10-06",
        fieldwork_end="2008-10-10",
        scope="Progress on the recommendations on case planning and recording and on safeguarding practice, in "
              "the local teams that continue to deliver front line services in the East Midlands (¶4). "
              "A fictitious follow-up, for the demo.")
    ins.add_team_member(follow_up, TeamMember(services.store.user, "lead", "Ofsted"))
    ins.add_team_member(follow_up, TeamMember(INSPECTORS[0], "inspector", "Ofsted"))
    recs.carry_forward([planning, safeguarding], follow_up)
