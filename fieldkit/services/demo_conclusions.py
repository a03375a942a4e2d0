"""The demo inspections' conclusions: judgements at every status, a safeguarding concern, findings and
recommendations with a response and their progress to closure, so a newcomer sees the whole path from evidence
to report and on to the follow-up.

CIW 2018 is ungraded: its judgements are narrative assessments; its strengths and areas for improvement are
quoted from seed 004 (L48–65). CIW asks for a response to the areas for improvement within 20 days (L69),
so the demo carries them as recommendations with a fictitious response. Their later progress is fictitious
too, in the shape of 003's progress table (L60–218): one closed as actioned, one proposed for closure for the
monitoring body to agree, and the two still open carried forward into a fictitious follow-up inspection.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from fieldkit.domain.inspection import TeamMember

if TYPE_CHECKING:
    from fieldkit.services.container import Services

STRENGTHS = (  # 004 L48-58, with the framework areas they rest on
    ("Staff are committed to achieving best outcomes for children, and feel valued and supported.", ["A3"]),
    ("The workforce is characterised by skilled and experienced social work practitioners who enjoy working for "
     "Cafcass Cymru.", ["A3"]),
    ("Senior managers were visible and highly regarded by the workforce and partners.", ["A3"]),
    ("Managers promote a culture of continuous learning and improvement.", ["A3"]),
    ("The overall standard of practice was good with clear foundations in place to strengthen quality of work.",
     ["A1", "A2"]),
    ("The Family Justice Young Peoples Board has made a significant contribution to the strategic development and "
     "operational delivery of the service.", ["A3"]),
    ("The voice of children and young people is at the heart of practice.", ["A1", "A2"]),
    ("Senior managers effectively engage and work with local authorities, Cafcass England, Ministry of Justice and "
     "other partners to improve outcomes for children and young people in the Family Justice System.", ["A3"]),
    ("Effective communication across the organisation.", ["A3"]),
)
AREAS_FOR_IMPROVEMENT = (  # 004 L60-65, with a short topic for the recommendation each becomes
    ("Strengthen signposting to family information services to better inform children and families on support "
     "available in their local area.", ["A1"], "Signposting"),
    ("Continue work to improve quality of case planning and recording and in particular evidencing direct work "
     "undertaken with children.", ["A1", "A2"], "Case planning and recording"),
    ("Further promote the range and application of direct work tools available to practitioners.", ["A1"],
     "Direct work tools"),
    ("Strengthen working relationship with Independent Reviewing Officers (IROs).", ["A2"], "Working with IROs"),
)


SHAPES = ("ciw-2018", "ofsted-2007")


def create_demo_inspection(services: Services, shape: str = "ciw-2018") -> str:
    """A whole demo inspection, evidence to recommendations, with whoever unlocked the store as its lead."""
    if shape == "ofsted-2007":
        from fieldkit.services.demo_east_midlands import create_east_midlands_demo

        return create_east_midlands_demo(services)
    if shape != "ciw-2018":
        raise ValueError(f"no demo {shape!r}: one of {', '.join(SHAPES)}")
    from fieldkit.services.demo import create_demo

    uuid = create_demo(services.inspections, evidence=services.evidence, lead=services.store.user)
    add_ciw_conclusions(services, uuid)
    return uuid


def _by_title(services: Services, inspection_uuid: str) -> dict[str, str]:
    return {i.data.get("title", ""): i.uuid for i in services.evidence.items(inspection_uuid)}


def add_ciw_conclusions(services: Services, inspection_uuid: str) -> None:
    ev = _by_title(services, inspection_uuid)
    child = {c.pseudonym: u for u, c in services.inspections.children(inspection_uuid)}
    j = services.judgements
    a1 = j.save(inspection_uuid, "A1", narratives={"assessment": (
        "Overall the quality of private law practice observed was good, with some excellent engagement with "
        "children and families. The voice of the child was at the centre of practice, but direct work, although "
        "undertaken, was not always evidenced within records, and case plans were of variable quality.")},
        rationale="Observations at first hearing and of safeguarding enquiries were consistently good; the file, "
                  "the s7 report and the tracking interview for Child A agree on the direct work, which the record "
                  "does not show.",
        limiting_factors="Observations depended on hearings listed during the fieldwork.",
        supporting=[{"evidence": ev["First hearing, private law"], "passage": "Agreement reached at first hearing."},
                    {"evidence": ev["s7 report, Child A"], "passage": ""}],
        contrary=[{"evidence": ev["Closed private law file"],
                   "passage": "Case plan on file but not updated or reviewed"}])
    for target in ("proposed", "moderated", "agreed"):
        j.move(a1.uuid, target)
    a2 = j.save(inspection_uuid, "A2", narratives={"assessment": (
        "Public law reports were of a good standard, with good information sharing with local authorities. The "
        "working relationship with independent reviewing officers needs strengthening.")},
        rationale="Reports read and the IRO meeting agree; the protocol with IROs is not used consistently.",
        supporting=[{"evidence": ev["Independent reviewing officers"], "passage": ""}])
    j.move(a2.uuid, "proposed")
    j.save(inspection_uuid, "A3", narratives={"assessment": (
        "Senior managers were innovative, responsive and worked well with key partners and stakeholders.")})

    services.concerns.raise_from_evidence(
        ev["Secure accommodation file"], concern="Transition planning for the young person in secure accommodation "
        "was not scrutinised; the placement may not meet Child D's needs.", severity="serious",
        raised_at="2018-11-27T11:30", referred_to="Service manager", route="in_person",
        referred_at="2018-11-27T12:00", referred_by=services.store.user,
        response="The service manager reviewed the file the same day and arranged a placement review.",
        response_at="2018-11-27T16:00", status="response_received", children=[child["Child D"]])

    for text, nodes in STRENGTHS:
        services.findings.add(inspection_uuid, category="strength", text=text, nodes=nodes)
    findings = []
    for text, nodes, _topic in AREAS_FOR_IMPROVEMENT:
        findings.append(services.findings.add(inspection_uuid, category="area_for_improvement", text=text,
                                              nodes=nodes))
    services.findings.promote(ev["s7 report, Child A"])
    recs = []
    for (text, nodes, topic), finding in zip(AREAS_FOR_IMPROVEMENT, findings, strict=True):
        recs.append(services.recommendations.add(
            inspection_uuid, text=text, topic=topic, addressee="Cafcass Cymru", findings=[finding.uuid], nodes=nodes,
            next_review="2019-03"))
    _ciw_recommendation_progress(services, inspection_uuid, [r.uuid for r in recs])


def _ciw_recommendation_progress(services: Services, inspection_uuid: str, recs: list[str]) -> None:
    """The response and a year of monitoring (fictitious): 1 closed, 3 proposed for closure, 2 and 4 carried
    forward into a follow-up inspection."""
    r = services.recommendations
    signposting, planning, tools, iros = recs
    r.add_response(
        inspection_uuid, recommendations=[planning, tools], responder="Cafcass Cymru (demo)",
        actions=[{"text": "Practice development sessions on recording direct work", "by": "2019-06",
                  "owner": "Head of operations"},
                 {"text": "Case plan template revised with children's views section", "by": "2019-04",
                  "owner": "Quality assurance lead"}],
        improvement_target="Direct work with children is evidenced in every record sampled.", by="2019-09",
        monitoring_body="Senior management team", received="2019-01-28")
    r.add_response(
        inspection_uuid, recommendations=[signposting, iros], responder="Cafcass Cymru (demo)",
        actions=[{"text": "Information on the family information service of each local area in the letters sent "
                          "to families and on the website, in Welsh and English", "by": "2019-03",
                  "owner": "Head of operations"},
                 {"text": "Re-launch the protocol with Independent Reviewing Officers with each local authority",
                  "by": "2019-06", "owner": "Heads of service"}],
        improvement_target="Children and families know what support is available locally, and information from "
                           "IROs informs every public law report.", by="2019-09",
        monitoring_body="Senior management team", received="2019-01-28")

    r.add_progress(signposting, "Letters to families and the website now name the family information service "
                                "of each local area, in Welsh and English.", at="2019-03")
    r.add_progress(signposting, "Quality assurance lead's check of 20 private law files opened since April: "
                                "signposting recorded in all of them.", at="2019-06")
    r.set_status(signposting, "proposed_closure", reason="actioned", next_review="")
    r.set_status(signposting, "closed", reason="actioned",
                 note="agreed by the senior management team, July 2019, on the file check of June 2019")

    r.add_progress(planning, "Template revised and in use in two areas.", at="2019-05")
    r.add_progress(planning, "Practice development sessions held in three of the five local areas; an audit of "
                             "20 closed files found direct work evidenced in 13.", at="2019-09")
    r.add_progress(tools, "Direct work tool kit re-launched at team meetings in all five local areas and on the "
                          "intranet, in Welsh and English.", at="2019-06")
    r.add_progress(tools, "Practitioners report using the tools in most tracked cases (audit of September 2019).",
                   at="2019-09")
    r.set_status(tools, "proposed_closure", reason="actioned",
                 note="for the senior management team to agree in October 2019", next_review="2019-10")
    r.add_progress(iros, "Protocol with IROs re-circulated to all teams and discussed with the IRO managers of "
                         "each local authority.", at="2019-06")
    for uuid in (planning, iros):
        r.set_status(uuid, "open", note="to be reviewed at the follow-up inspection in January 2020",
                     next_review="2020-01")

    follow_up = services.inspections.create(
        title="Follow-up of the inspection of Cafcass Cymru (demo)", inspected_body="Cafcass Cymru",
        framework_id="ciw-2018", notice_date="2019-12-02", fieldwork_start="2020-01-13",
        fieldwork_end="2020-01-17",
        scope="Progress on the two areas for improvement of the 2018 inspection still open at the last review: "
              "case planning and recording, and the working relationship with IROs. (A fictitious follow-up, "
              "for the demo.)")
    for name, role in ((services.store.user, "lead"), ("Owen Pritchard", "inspector")):
        services.inspections.add_team_member(follow_up, TeamMember(name=name, role=role,
                                                                   organisation="Care Inspectorate Wales"))
    r.carry_forward([planning, iros], follow_up)
