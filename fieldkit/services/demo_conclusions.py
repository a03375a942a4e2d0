"""The demo inspections' conclusions: judgements at every status, a safeguarding concern, findings and
recommendations with a response, so a newcomer sees the whole path from evidence to report.

CIW 2018 is ungraded: its judgements are narrative assessments; its strengths and areas for improvement are
quoted from seed 004 (L48–65). CIW asks for a response to the areas for improvement within 20 days (L69),
so the demo carries them as recommendations with a fictitious response.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

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
        response_at="2018-11-27T16:00", status="response_received")

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
    services.recommendations.add_response(
        inspection_uuid, recommendations=[recs[1].uuid, recs[2].uuid], responder="Cafcass Cymru (demo)",
        actions=[{"text": "Practice development sessions on recording direct work", "by": "2019-06",
                  "owner": "Head of operations"},
                 {"text": "Case plan template revised with children's views section", "by": "2019-04",
                  "owner": "Quality assurance lead"}],
        improvement_target="Direct work with children is evidenced in every record sampled.", by="2019-09",
        monitoring_body="Senior management team", received="2019-01-28")
    services.recommendations.add_progress(recs[1].uuid, "Template revised and in use in two areas.", at="2019-05")
