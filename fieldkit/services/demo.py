"""A realistic demo inspection in the shape of CIW's 2018 inspection of Cafcass Cymru (seed 004).

Team names are fictitious; areas, dates and scope follow the seed's Methodology section.
"""

from __future__ import annotations

from fieldkit.domain.inspection import Child, Site, TeamMember
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


def create_demo(inspections: InspectionService, framework_id: str = "ciw-2018") -> str:
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
    for name, role in TEAM:
        inspections.add_team_member(uuid, TeamMember(name=name, role=role, organisation="Care Inspectorate Wales"))
    for pseudonym, age in CHILDREN:
        inspections.add_child(uuid, Child(pseudonym=pseudonym, age=age))
    return uuid
