"""Evidence types: every fieldwork method of domain.md §2 as a typed record, and its validation.

An evidence item's `data` is a flat JSON object: the common fields (`COMMON_FIELDS`) plus the fields of
its type (`EvidenceType.fields`). A `FieldSpec` says what one key holds; `validate_evidence` checks a
whole item and names every problem by field ("evidence date: required", "quotes[2].text: required").
Choice lists quote the seed documents where they give one (refs such as "001 ¶32" point at them).

Pure Python: imports only `fieldkit.domain`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from fieldkit.domain.framework import Framework

KINDS = ("text", "longtext", "date", "int", "bool", "choice", "multichoice", "child", "children", "site",
         "records", "evidence_refs", "criteria", "checklist")
LIST_KINDS = frozenset({"multichoice", "children", "records", "evidence_refs", "criteria"})
TEXT_KINDS = frozenset({"text", "longtext"})

Choice = tuple[str, str, str]  # (code, label_en, label_cy)


@dataclass(frozen=True)
class FieldSpec:
    """What one key of an evidence item's data holds.

    `searchable` text goes into the full-text index. `records` fields hold a list of sub-objects, each
    described by `fields`. `ref_types` narrows `evidence_refs` to evidence of those types (empty: any).
    `minimum`/`maximum` bound `int` fields.
    """

    key: str
    kind: str
    label_en: str
    label_cy: str
    required: bool = False
    choices: tuple[Choice, ...] = ()
    fields: tuple[FieldSpec, ...] = ()
    help_en: str = ""
    help_cy: str = ""
    searchable: bool = False
    ref_types: tuple[str, ...] = ()
    minimum: int | None = None
    maximum: int | None = None

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"field {self.key}: unknown kind {self.kind!r}")
        if self.kind in ("choice", "multichoice") and not self.choices:
            raise ValueError(f"field {self.key}: a {self.kind} field needs choices")
        if self.kind == "records" and not self.fields:
            raise ValueError(f"field {self.key}: a records field needs fields")

    @property
    def choice_codes(self) -> tuple[str, ...]:
        return tuple(c[0] for c in self.choices)

    def choice_label(self, code: str, language: str = "en") -> str:
        for c, en, cy in self.choices:
            if c == code:
                return cy if language == "cy" else en
        raise KeyError(f"field {self.key} has no choice {code!r}")

    def empty(self) -> Any:
        """The value an untouched field holds."""
        if self.kind in LIST_KINDS:
            return []
        if self.kind == "checklist":
            return {}
        if self.kind == "bool":
            return False
        if self.kind in TEXT_KINDS:
            return ""
        return None


@dataclass(frozen=True)
class EvidenceType:
    """One fieldwork method. `checklist_kinds` are the framework checklists' `applies_to` values it uses."""

    code: str
    label_en: str
    label_cy: str
    fields: tuple[FieldSpec, ...]
    checklist_kinds: tuple[str, ...] = ()
    help_en: str = ""
    help_cy: str = ""

    @property
    def all_fields(self) -> tuple[FieldSpec, ...]:
        """Common fields first, then the type's own."""
        return COMMON_FIELDS + self.fields

    def field(self, key: str) -> FieldSpec:
        for f in self.all_fields:
            if f.key == key:
                return f
        raise KeyError(f"evidence type {self.code} has no field {key!r}")

    def label(self, language: str = "en") -> str:
        return self.label_cy if language == "cy" else self.label_en


def _f(key: str, kind: str, en: str, cy: str, **kw: Any) -> FieldSpec:
    return FieldSpec(key, kind, en, cy, **kw)


# ------------------------------------------------------------------------------------- shared choices

YES_NO_UNKNOWN: tuple[Choice, ...] = (("yes", "Yes", "Ie"), ("no", "No", "Na"), ("unknown", "Not known", "Anhysbys"))

SELECTION_METHODS: tuple[Choice, ...] = (
    ("random", "Random sample", "Sampl ar hap"),
    ("closed_case_sample", "Sample of closed cases", "Sampl o achosion caeedig"),  # 004 L161
    ("last_completed_case", "Practitioner's last completed case", "Achos diwethaf yr ymarferydd"),  # 000 L458
    ("nominated", "Nominated by the inspected body", "Wedi'i enwebu gan y corff a arolygir"),  # 004 L161
    ("other", "Other", "Arall"),
)

CORROBORATION: tuple[Choice, ...] = (  # 000 ¶1.14: "Inspectors have no evidence that this happens"
    ("uncorroborated", "Uncorroborated claim", "Honiad heb ei gadarnhau"),
    ("corroborated", "Corroborated", "Wedi'i gadarnhau"),
    ("contradicted", "Contradicted by other evidence", "Yn groes i dystiolaeth arall"),
)

QUOTE_LANGUAGES: tuple[Choice, ...] = (("en", "English", "Saesneg"), ("cy", "Welsh", "Cymraeg"),
                                       ("other", "Other language", "Iaith arall"))

LAW_TYPES: tuple[Choice, ...] = (
    ("private", "Private law", "Cyfraith breifat"),
    ("public", "Public law", "Cyfraith gyhoeddus"),
    ("adoption", "Adoption", "Mabwysiadu"),
    ("secure_accommodation", "Secure accommodation", "Llety diogel"),
    ("other", "Other", "Arall"),
)

PRACTITIONER_ROLES: tuple[Choice, ...] = (
    ("fca", "Family court adviser", "Cynghorydd llys teulu"),
    ("childrens_guardian", "Children's guardian", "Gwarcheidwad plant"),
    ("safeguarding_enquiry_officer", "Safeguarding enquiry officer", "Swyddog ymholiadau diogelu"),
    ("service_manager", "Service manager", "Rheolwr gwasanaeth"),
    ("senior_manager", "Senior manager", "Uwch reolwr"),
    ("administrator", "Administrator", "Gweinyddwr"),
    ("specialist", "Specialist", "Arbenigwr"),
    ("other", "Other", "Arall"),
)

EMPLOYMENT_STATUSES: tuple[Choice, ...] = (  # domain.md §2.5; 000 ¶1.15 "a self-employed guardian"
    ("employed", "Employed", "Cyflogedig"),
    ("self_employed", "Self-employed", "Hunangyflogedig"),
    ("bank", "Bank", "Banc"),
    ("agency", "Agency", "Asiantaeth"),
    ("unknown", "Not known", "Anhysbys"),
)

MODES: tuple[Choice, ...] = (("in_person", "In person", "Wyneb yn wyneb"), ("telephone", "Telephone", "Ffôn"),
                             ("video", "Video call", "Galwad fideo"))

GRADE_WORDS: tuple[Choice, ...] = (  # 001 L155-162, the only formal scale in the seeds; CIW is ungraded
    ("excellent", "Excellent", "Rhagorol"),
    ("good", "Good", "Da"),
    ("adequate", "Adequate", "Digonol"),
    ("inadequate", "Inadequate", "Annigonol"),
    ("not_graded", "Not graded", "Heb ei raddio"),
)

# ------------------------------------------------------------------------------------------ common

QUOTE_FIELDS = (
    _f("text", "longtext", "Quotation", "Dyfyniad", required=True, searchable=True,
       help_en="Verbatim, in the language it was said or written in.",
       help_cy="Air am air, yn yr iaith y'i dywedwyd neu y'i hysgrifennwyd ynddi."),
    _f("attribution_class", "text", "Attributed to", "Priodolir i", searchable=True,
       help_en="A class, never a name: e.g. 'a self-employed guardian', 'a child aged 12'.",
       help_cy="Dosbarth, byth enw: e.e. 'gwarcheidwad hunangyflogedig', 'plentyn 12 oed'."),
    _f("language", "choice", "Language", "Iaith", choices=QUOTE_LANGUAGES),
    _f("translation", "longtext", "Translation", "Cyfieithiad", searchable=True),
    _f("may_publish", "bool", "May be published", "Gellir ei gyhoeddi"),
)

COMMON_FIELDS: tuple[FieldSpec, ...] = (
    _f("title", "text", "Title", "Teitl", searchable=True),
    _f("evidence_date", "date", "Evidence date", "Dyddiad y dystiolaeth", required=True,
       help_en="When the evidence was gathered (not when it was typed).",
       help_cy="Pryd y casglwyd y dystiolaeth (nid pryd y'i teipiwyd)."),
    _f("site", "site", "Site", "Safle"),
    _f("selection_method", "choice", "How selected", "Sut y'i dewiswyd", choices=SELECTION_METHODS,
       help_en="Items nominated by the inspected body are kept out of sample statistics unless asked.",
       help_cy="Ni chaiff eitemau a enwebwyd gan y corff a arolygir eu cyfrif yn yr ystadegau sampl oni "
               "ofynnir."),
    _f("selection_note", "text", "Selection note", "Nodyn dewis", searchable=True),
    _f("source_document", "text", "Source document", "Dogfen ffynhonnell", searchable=True),
    _f("source_page", "text", "Page", "Tudalen"),
    _f("source_paragraph", "text", "Paragraph", "Paragraff"),
    _f("criteria", "criteria", "Framework criteria", "Meini prawf y fframwaith"),
    _f("good_practice", "bool", "Good practice", "Arfer da"),
    _f("good_practice_summary", "longtext", "Good practice summary", "Crynodeb o'r arfer da", searchable=True),
    _f("quotes", "records", "Quotations", "Dyfyniadau", fields=QUOTE_FIELDS),
    _f("corroboration", "choice", "Corroboration", "Cadarnhad", choices=CORROBORATION),
    _f("safeguarding", "bool", "Safeguarding concern", "Pryder diogelu",
       help_en="Safeguarding evidence cannot be deleted and travels in every bundle.",
       help_cy="Ni ellir dileu tystiolaeth ddiogelu ac mae'n teithio ym mhob bwndel."),
    _f("summary", "longtext", "Notes", "Nodiadau", searchable=True),
)

# --------------------------------------------------------------------------------- type-specific

CASE_STATUSES: tuple[Choice, ...] = (("open", "Open", "Agored"), ("closed", "Closed", "Caeedig"))

CHILD_ON_FILE = (
    _f("child", "child", "Child", "Plentyn", required=True),
    _f("seen", "choice", "Seen", "Wedi'i weld", choices=YES_NO_UNKNOWN),  # 004 ¶1.9
    _f("seen_alone", "choice", "Seen alone", "Wedi'i weld ar ei ben ei hun", choices=YES_NO_UNKNOWN),
    _f("wishes_recorded", "choice", "Wishes and feelings recorded", "Dymuniadau a theimladau wedi'u cofnodi",
       choices=YES_NO_UNKNOWN),
)

CASE_FILE_READING = EvidenceType(
    "case_file_reading", "Case file reading", "Darllen ffeil achos",
    (
        _f("file_reference", "text", "Inspectee's file reference", "Cyfeirnod ffeil y corff",
           help_en="Kept encrypted on this laptop; never a court case number in notes.",
           help_cy="Wedi'i amgryptio ar y gliniadur hwn."),
        _f("law_type", "choice", "Law type", "Math o gyfraith", choices=LAW_TYPES),
        _f("order_type", "text", "Order or section", "Gorchymyn neu adran"),
        _f("case_status", "choice", "Case status", "Statws yr achos", choices=CASE_STATUSES),
        _f("practitioner_role", "choice", "Allocated practitioner", "Ymarferydd dyranedig",
           choices=PRACTITIONER_ROLES),
        _f("practitioner_employment", "choice", "Practitioner's employment", "Cyflogaeth yr ymarferydd",
           choices=EMPLOYMENT_STATUSES),
        _f("children", "records", "Children on the file", "Plant ar y ffeil", fields=CHILD_ON_FILE),
        _f("case_plan_present", "choice", "Case plan on file", "Cynllun achos ar y ffeil",
           choices=YES_NO_UNKNOWN),  # 004 ¶1.11
        _f("case_plan_shared", "choice", "Case plan shared with child and family",
           "Cynllun achos wedi'i rannu â'r plentyn a'r teulu", choices=YES_NO_UNKNOWN),
        _f("direct_work_recorded", "choice", "Direct-work tools recorded", "Offer gwaith uniongyrchol wedi'u cofnodi",
           choices=YES_NO_UNKNOWN),  # 004 ¶1.10
        _f("analysis_recorded", "choice", "Decision-making and analysis recorded",
           "Penderfyniadau a dadansoddiad wedi'u cofnodi", choices=YES_NO_UNKNOWN),  # 004 ¶2.6
        _f("managerial_oversight", "choice", "Managerial oversight evident", "Goruchwyliaeth reolaethol yn amlwg",
           choices=YES_NO_UNKNOWN),  # 001 ¶17
        _f("data_protection_concern", "bool", "Data protection concern", "Pryder diogelu data"),  # 001 ¶11
        _f("checklist", "checklist", "Checklist", "Rhestr wirio"),
    ),
    checklist_kinds=("case_file",),
)

REPORT_KINDS: tuple[Choice, ...] = (
    ("s7", "Section 7 report (private law)", "Adroddiad adran 7 (cyfraith breifat)"),
    ("s31", "Section 31 report (public law)", "Adroddiad adran 31 (cyfraith gyhoeddus)"),
    ("safeguarding_letter", "Safeguarding letter", "Llythyr diogelu"),
    ("adoption", "Adoption report", "Adroddiad mabwysiadu"),
    ("other", "Other", "Arall"),
)

# 001 ¶31: what good or adequate private law reports did.
GOOD_REPORT_FEATURES: tuple[Choice, ...] = (
    ("children_seen", "Children had been seen", "Roedd y plant wedi'u gweld"),
    ("checks_completed", "Local authority and police checks completed",
     "Gwiriadau'r awdurdod lleol a'r heddlu wedi'u cwblhau"),
    ("background", "Background information to the proceedings provided", "Gwybodaeth gefndir am yr achos"),
    ("sensitivity", "Sensitivity to children and families demonstrated", "Sensitifrwydd i blant a theuluoedd"),
    ("fair_to_parties", "Fair to parties; did not exacerbate relations", "Teg i'r partïon"),
    ("voice_of_child", "Represented the voice of the child", "Yn cynrychioli llais y plentyn"),
    ("evidence_not_opinion", "Based on evidence rather than opinion", "Yn seiliedig ar dystiolaeth nid barn"),
    ("welfare_checklist", "Welfare checklist used in full", "Rhestr wirio lles wedi'i defnyddio'n llawn"),
    ("practical_recommendation", "Practical rather than speculative recommendation", "Argymhelliad ymarferol"),
    ("relevant_only", "Only information relevant to best outcomes for children", "Gwybodaeth berthnasol yn unig"),
    # 004 ¶1.8-1.12, ¶2.2: what CIW looks for.
    ("own_words", "Children's views quoted in their own words", "Barn y plant yn eu geiriau eu hunain"),
    ("lived_experience", "Impact on the child and lived experience", "Effaith ar y plentyn a'i brofiad bywyd"),
    ("research_referenced", "Research referenced", "Cyfeirio at ymchwil"),
    ("engagement_described", "Method of engagement described", "Disgrifio'r dull ymgysylltu"),
    ("siblings_distinguished", "Individual children distinguished in a sibling group",
     "Plant unigol wedi'u gwahaniaethu mewn grŵp o frodyr a chwiorydd"),
    ("signposting", "Signposting to family information services", "Cyfeirio at wasanaethau gwybodaeth i deuluoedd"),
)

# 001 ¶32 (private law) and ¶34 (public law): features assessed as inadequate, in the report's words.
INADEQUATE_REPORT_FEATURES: tuple[Choice, ...] = (
    ("assessment", "Assessment: unclear or unfair criteria", "Asesiad: meini prawf aneglur neu annheg"),
    ("information_excluded", "Information excluded", "Gwybodaeth wedi'i hepgor"),
    ("information_included", "Information included (unnecessary or inappropriate)", "Gwybodaeth ddiangen"),
    ("wishes_and_feelings", "Children's wishes and feelings", "Dymuniadau a theimladau'r plant"),
    ("evidence", "Evidence", "Tystiolaeth"),
    ("relevance", "Relevance", "Perthnasedd"),
    ("recommendations", "Recommendations (reliant on optimism, not discussed with parties)",
     "Argymhellion (yn dibynnu ar optimistiaeth, heb eu trafod)"),
    ("no_order_principle", "'No order principle'", "'Egwyddor dim gorchymyn'"),
    ("welfare_issues", "Welfare issues (report where none was identified)", "Materion lles"),
    ("expertise", "Expertise (views outside professional competence)", "Arbenigedd"),
    ("template_not_used", "Cafcass report template not used", "Templed adroddiad Cafcass heb ei ddefnyddio"),
    ("description", "Description (no fact/opinion distinction)", "Disgrifio (dim gwahaniaeth rhwng ffaith a barn)"),
    ("poorly_written", "Poorly written", "Wedi'i ysgrifennu'n wael"),
    ("evaluation", "Evaluation of the local authority care plan", "Gwerthuso cynllun gofal yr awdurdod lleol"),
    ("repeating_information", "Repeating information", "Ailadrodd gwybodaeth"),
    ("proportionality", "Proportionality", "Cymesuredd"),
)

COURT_REPORT_READING = EvidenceType(
    "court_report_reading", "Court report reading", "Darllen adroddiad llys",
    (
        _f("report_kind", "choice", "Kind of report", "Math o adroddiad", required=True, choices=REPORT_KINDS),
        _f("report_reference", "text", "Report reference", "Cyfeirnod yr adroddiad"),
        _f("court_tier", "text", "Court", "Llys"),
        _f("date_filed", "date", "Date filed", "Dyddiad ffeilio"),
        _f("author_role", "choice", "Author", "Awdur", choices=PRACTITIONER_ROLES),
        _f("author_employment", "choice", "Author's employment", "Cyflogaeth yr awdur", choices=EMPLOYMENT_STATUSES),
        _f("quality_assured", "choice", "Quality-assured before filing", "Sicrhawyd ansawdd cyn ffeilio",
           choices=YES_NO_UNKNOWN),  # 001 ¶66
        _f("children", "children", "Children", "Plant"),
        _f("good_features", "multichoice", "Good features", "Nodweddion da", choices=GOOD_REPORT_FEATURES),
        _f("inadequate_features", "multichoice", "Inadequate features", "Nodweddion annigonol",
           choices=INADEQUATE_REPORT_FEATURES),
        _f("overall_grade", "choice", "Overall grade", "Gradd gyffredinol", choices=GRADE_WORDS),
        _f("linked_file", "evidence_refs", "Linked case file reading", "Darlleniad ffeil achos cysylltiedig",
           ref_types=("case_file_reading",)),
        _f("checklist", "checklist", "Checklist", "Rhestr wirio"),
    ),
    checklist_kinds=("court_report_s7", "court_report_s31", "court_report"),
)

DISCREPANCY_SOURCES: tuple[Choice, ...] = (
    ("case_file", "Case file", "Ffeil achos"),
    ("report", "Court report", "Adroddiad llys"),
    ("interview", "Tracking interview", "Cyfweliad tracio"),
    ("observation", "Observation", "Arsylwad"),
    ("supervision", "Supervision record", "Cofnod goruchwylio"),
)

CASE_TRACK = EvidenceType(
    "case_track", "Case track", "Tracio achos",
    (
        _f("child", "child", "Child tracked", "Plentyn a draciwyd", required=True),
        _f("siblings", "children", "Siblings in the same proceedings", "Brodyr a chwiorydd yn yr un achos"),
        _f("law_type", "choice", "Law type", "Math o gyfraith", choices=LAW_TYPES),
        _f("stage", "text", "Stage", "Cam"),
        _f("case_file_readings", "evidence_refs", "Case file reading", "Darllen ffeil achos",
           ref_types=("case_file_reading",)),
        _f("report_readings", "evidence_refs", "Court report readings", "Darlleniadau adroddiadau llys",
           ref_types=("court_report_reading",)),
        _f("tracking_interviews", "evidence_refs", "Tracking interview", "Cyfweliad tracio",
           ref_types=("interview",)),
        _f("observations", "evidence_refs", "Observations", "Arsylwadau", ref_types=("practice_observation",)),
        _f("discrepancies", "records", "Discrepancies between sources", "Anghysondebau rhwng ffynonellau", fields=(
            _f("sources", "multichoice", "Sources", "Ffynonellau", choices=DISCREPANCY_SOURCES),
            _f("description", "longtext", "Discrepancy", "Anghysondeb", required=True, searchable=True),
            _f("explanation", "longtext", "Practitioner's explanation", "Esboniad yr ymarferydd", searchable=True),
        )),
    ),
)

SETTINGS: tuple[Choice, ...] = (  # domain.md §2.4; 004 ¶1.3, ¶2.7
    ("office_interview_room", "Office interview room", "Ystafell gyfweld swyddfa"),
    ("home_visit", "Home visit", "Ymweliad cartref"),
    ("court_building", "Court building", "Adeilad llys"),
    ("first_hearing", "First hearing (FHDRA)", "Gwrandawiad cyntaf"),
    ("dispute_resolution", "Dispute-resolution scheme", "Cynllun datrys anghydfod"),
    ("telephone", "Telephone", "Ffôn"),
    ("meeting", "Meeting", "Cyfarfod"),
    ("child_meets_judge", "Child meeting the judge", "Plentyn yn cwrdd â'r barnwr"),
    ("school", "School", "Ysgol"),
    ("other", "Other", "Arall"),
)

PARTICIPANT_ROLES: tuple[Choice, ...] = (
    ("child", "Child", "Plentyn"),
    ("parent_carer", "Parent or carer", "Rhiant neu ofalwr"),
    ("other_party", "Other party", "Parti arall"),
    ("practitioner", "Practitioner", "Ymarferydd"),
    ("judge", "Judge or magistrate", "Barnwr neu ynad"),
    ("advocate", "Advocate", "Eiriolwr"),
    ("interpreter", "Interpreter", "Cyfieithydd"),
    ("local_authority", "Local authority worker", "Gweithiwr awdurdod lleol"),
    ("other", "Other", "Arall"),
)

SESSION_LANGUAGES: tuple[Choice, ...] = (
    ("en", "English", "Saesneg"),
    ("cy", "Welsh", "Cymraeg"),
    ("bilingual", "English and Welsh", "Saesneg a Chymraeg"),
    ("other", "Another language", "Iaith arall"),
)

TOOLS: tuple[Choice, ...] = (
    ("ecm_card", "Every Child Matters outcomes card", "Cerdyn canlyniadau Mae Pob Plentyn yn Bwysig"),  # 001 ¶22
    ("direct_work_tools", "Direct-work tools", "Offer gwaith uniongyrchol"),  # 004 ¶1.2
    ("child_impact_analysis", "Child impact analysis", "Dadansoddiad o'r effaith ar y plentyn"),
    ("interview_outline", "Interview outline", "Amlinelliad cyfweliad"),  # 001 ¶27
    ("other", "Other", "Arall"),
)

PRACTICE_OBSERVATION = EvidenceType(
    "practice_observation", "Practice observation", "Arsylwi ymarfer",
    (
        _f("setting", "choice", "Setting", "Lleoliad", required=True, choices=SETTINGS),
        _f("start_time", "text", "Start", "Dechrau", help_en="HH:MM", help_cy="AA:MM"),
        _f("end_time", "text", "End", "Diwedd", help_en="HH:MM", help_cy="AA:MM"),
        _f("law_type", "choice", "Law type", "Math o gyfraith", choices=LAW_TYPES),
        _f("stage", "text", "Stage", "Cam"),
        _f("practitioner_role", "choice", "Practitioner observed", "Ymarferydd a arsylwyd",
           choices=PRACTITIONER_ROLES),
        _f("participants", "records", "Participants (by role, never by name)", "Cyfranogwyr (yn ôl rôl, byth enw)",
           fields=(
               _f("role", "choice", "Role", "Rôl", required=True, choices=PARTICIPANT_ROLES),
               _f("child", "child", "Child (from the register)", "Plentyn (o'r gofrestr)"),
               _f("age", "int", "Age", "Oed", minimum=0, maximum=120),
               _f("note", "text", "Note", "Nodyn", searchable=True),
           )),
        _f("language", "choice", "Language of the session", "Iaith y sesiwn", choices=SESSION_LANGUAGES),
        _f("welsh_offered", "choice", "Welsh-language active offer made", "Cynnig rhagweithiol Cymraeg wedi'i wneud",
           choices=YES_NO_UNKNOWN),  # 004 L46, ¶2.7
        _f("interpreter_used", "bool", "Interpreter used", "Defnyddiwyd cyfieithydd"),
        _f("interpreter_language", "text", "Interpreter's language", "Iaith y cyfieithydd"),
        _f("consent_given", "choice", "Participants told of the observer and agreed",
           "Dywedwyd wrth y cyfranogwyr a chytunasant", choices=YES_NO_UNKNOWN),
        _f("observer_participated", "bool", "Inspector took part", "Cymerodd yr arolygydd ran"),
        _f("planning_evidence", "longtext", "Planning evidence", "Tystiolaeth o gynllunio", searchable=True,
           help_en="Interview outline prepared? File read in advance?",
           help_cy="A baratowyd amlinelliad? A ddarllenwyd y ffeil ymlaen llaw?"),
        _f("tools_used", "multichoice", "Tools used", "Offer a ddefnyddiwyd", choices=TOOLS),
        _f("behaviours", "longtext", "Practice seen against the criteria", "Ymarfer a welwyd yn erbyn y meini prawf",
           searchable=True),
        _f("safe_working", "longtext", "Safeguarding and safe working", "Diogelu a gweithio'n ddiogel",
           searchable=True),
        _f("grade", "choice", "Grade", "Gradd", choices=GRADE_WORDS),
        _f("follow_up", "evidence_refs", "Follow-up evidence", "Tystiolaeth ddilynol"),
    ),
    checklist_kinds=("practice_observation",),
)

INTERVIEW_KINDS: tuple[Choice, ...] = (  # 000 L455-458
    ("structured", "Structured interview", "Cyfweliad strwythuredig"),
    ("one_to_one", "One-to-one discussion", "Trafodaeth un i un"),
    ("tracking", "Tracking interview", "Cyfweliad tracio"),
)

INTERVIEW = EvidenceType(
    "interview", "Interview", "Cyfweliad",
    (
        _f("interview_kind", "choice", "Kind of interview", "Math o gyfweliad", required=True,
           choices=INTERVIEW_KINDS),
        _f("mode", "choice", "Mode", "Dull", choices=MODES),
        _f("place", "text", "Place", "Lle"),
        _f("interviewee_role", "choice", "Interviewee's role", "Rôl y cyfwelai", required=True,
           choices=PRACTITIONER_ROLES + (("chief_executive", "Chief executive", "Prif weithredwr"),
                                         ("hr_staff", "HR, training or complaints staff",
                                          "Staff AD, hyfforddiant neu gwynion"))),
        _f("interviewee_grade", "text", "Interviewee's grade or designation", "Gradd neu swydd y cyfwelai",
           help_en="A designation, never a name.", help_cy="Swydd, byth enw."),
        _f("employment_status", "choice", "Employment status", "Statws cyflogaeth", choices=EMPLOYMENT_STATUSES),
        _f("team", "text", "Team", "Tîm"),
        _f("co_interviewers", "text", "Other interviewers (designations)", "Cyfwelwyr eraill (swyddi)"),
        _f("question_set", "text", "Question set", "Set o gwestiynau"),
        _f("question_set_version", "text", "Question set version", "Fersiwn y set o gwestiynau"),
        _f("answers", "records", "Questions and answers", "Cwestiynau ac atebion", fields=(
            _f("question_id", "text", "No.", "Rhif",
               help_en="The question's id in the question set version used (filled in from the set).",
               help_cy="Rhif y cwestiwn yn fersiwn y set a ddefnyddiwyd (o'r set)."),
            _f("question", "text", "Question", "Cwestiwn", required=True, searchable=True),
            _f("answer", "longtext", "Answer", "Ateb", searchable=True),
        )),
        _f("case_track", "evidence_refs", "Case track", "Tracio achos", ref_types=("case_track",)),
        _f("documents_discussed", "evidence_refs", "Documents discussed", "Dogfennau a drafodwyd",
           ref_types=("document_register", "record_scrutiny")),
    ),
)

GROUP_TYPES: tuple[Choice, ...] = (  # 001 Annex B
    ("administrators", "Administrators", "Gweinyddwyr"),
    ("practitioners", "Practitioners (FCAs)", "Ymarferwyr (CLlT)"),
    ("service_managers", "Service managers", "Rheolwyr gwasanaeth"),
    ("support_group", "Staff support group", "Grŵp cymorth staff"),
    ("young_people", "Young people (e.g. the Family Justice Young People's Board)",
     "Pobl ifanc (e.e. Bwrdd Pobl Ifanc Cyfiawnder Teuluol)"),  # 004 L167-169
    ("service_users", "Service users", "Defnyddwyr gwasanaeth"),
    ("other", "Other", "Arall"),
)

GROUP_DISCUSSION = EvidenceType(
    "group_discussion", "Group discussion", "Trafodaeth grŵp",
    (
        _f("group_type", "choice", "Group", "Grŵp", required=True, choices=GROUP_TYPES),
        _f("attendance", "int", "Number attending", "Nifer yn bresennol", minimum=0),
        _f("facilitators", "text", "Facilitators (designations)", "Hwyluswyr (swyddi)"),
        _f("language", "choice", "Language", "Iaith", choices=SESSION_LANGUAGES),
        _f("themes", "records", "Themes raised", "Themâu a godwyd", fields=(
            _f("theme", "text", "Theme", "Thema", required=True, searchable=True),
            _f("detail", "longtext", "Detail", "Manylion", searchable=True),
        )),
    ),
)

ORGANISATION_TYPES: tuple[Choice, ...] = (  # 001 Annex B, ¶104-108; 004 ¶2.1, ¶3.1
    ("judiciary", "Judiciary", "Barnwriaeth"),
    ("local_authority", "Local authority", "Awdurdod lleol"),
    ("iro", "Independent reviewing officers", "Swyddogion adolygu annibynnol"),
    ("womens_aid", "Women's Aid", "Cymorth i Fenywod"),
    ("race_equality_council", "Race equality council", "Cyngor cydraddoldeb hiliol"),
    ("mediation", "Mediation service", "Gwasanaeth cyfryngu"),
    ("contact_centre", "Contact centre", "Canolfan gyswllt"),
    ("young_peoples_board", "Family Justice Young People's Board", "Bwrdd Pobl Ifanc Cyfiawnder Teuluol"),
    ("legal", "Legal representatives", "Cynrychiolwyr cyfreithiol"),
    ("health", "Health", "Iechyd"),
    ("police", "Police", "Heddlu"),
    ("other", "Other", "Arall"),
)

RELATIONSHIPS: tuple[Choice, ...] = (
    ("contracted", "Contracted", "Dan gontract"),
    ("grant_aided", "Grant-aided", "Cymorth grant"),
    ("statutory_partner", "Statutory partner", "Partner statudol"),
    ("judiciary", "Judiciary", "Barnwriaeth"),
    ("other", "Other", "Arall"),
)

STAKEHOLDER_MEETING = EvidenceType(
    "stakeholder_meeting", "Stakeholder meeting or visit", "Cyfarfod neu ymweliad â rhanddeiliaid",
    (
        _f("organisation_type", "choice", "Organisation type", "Math o sefydliad", required=True,
           choices=ORGANISATION_TYPES),
        _f("organisation_name", "text", "Organisation", "Sefydliad", searchable=True,
           help_en="Organisations may be named; individuals may not.",
           help_cy="Gellir enwi sefydliadau; ni ellir enwi unigolion."),
        _f("relationship", "choice", "Relationship", "Perthynas", choices=RELATIONSHIPS),
        _f("is_visit", "bool", "A visit (service observed)", "Ymweliad (gwasanaeth wedi'i arsylwi)"),
        _f("attendees", "records", "Attendees (by role)", "Yn bresennol (yn ôl rôl)", fields=(
            _f("role", "text", "Role", "Rôl", required=True),
            _f("count", "int", "Number", "Nifer", minimum=1),
        )),
        _f("themes", "records", "Themes", "Themâu", fields=(
            _f("theme", "text", "Theme", "Thema", required=True, searchable=True),
            _f("detail", "longtext", "Detail", "Manylion", searchable=True),
        )),
    ),
)

POPULATIONS: tuple[Choice, ...] = (  # 000 L343; 001 Annex B; 004 L171-173
    ("staff", "Staff", "Staff"),
    ("practitioners", "Practitioners", "Ymarferwyr"),
    ("children", "Children and young people", "Plant a phobl ifanc"),
    ("adult_service_users", "Adult service users", "Defnyddwyr gwasanaeth sy'n oedolion"),
    ("local_authority", "Local authority children's services", "Gwasanaethau plant awdurdodau lleol"),
    ("partners", "Partner organisations", "Sefydliadau partner"),
    ("other", "Other", "Arall"),
)

SURVEY_MODES: tuple[Choice, ...] = (("postal", "Postal", "Drwy'r post"), ("online", "Online", "Ar-lein"),
                                    ("paper", "Paper, on site", "Papur, ar y safle"),
                                    ("telephone", "Telephone", "Ffôn"))

QUESTION_KINDS: tuple[Choice, ...] = (
    ("scale", "Rated on a scale", "Graddfa"),
    ("yes_no", "Yes / No", "Ie / Na"),
    ("free_text", "Free text", "Testun rhydd"),
)

SURVEY = EvidenceType(
    "survey", "Survey", "Arolwg",
    (
        _f("population", "choice", "Population", "Poblogaeth", required=True, choices=POPULATIONS),
        _f("mode", "choice", "Mode", "Dull", choices=SURVEY_MODES),
        _f("anonymous", "bool", "Anonymous", "Dienw"),
        _f("distributed", "int", "Number distributed", "Nifer a ddosbarthwyd", minimum=0,
           help_en="The denominator: without it no response rate can be given.",
           help_cy="Yr enwadur: hebddo ni ellir rhoi cyfradd ymateb."),
        _f("responses_received", "int", "Responses received", "Ymatebion a gafwyd", minimum=0,
           help_en="If blank, the number of response records is used.",
           help_cy="Os yw'n wag, defnyddir nifer y cofnodion ymateb."),
        _f("excluded_note", "text", "Partial responses excluded", "Ymatebion rhannol a hepgorwyd"),
        _f("questions", "records", "Questions", "Cwestiynau", fields=(
            _f("code", "text", "Code", "Cod", required=True),
            _f("text", "text", "Question", "Cwestiwn", required=True, searchable=True),
            _f("kind", "choice", "Kind", "Math", choices=QUESTION_KINDS),
            _f("scale", "text", "Scale", "Graddfa",
               help_en="A survey scale of the framework, e.g. 'agreement'.",
               help_cy="Graddfa arolwg y fframwaith, e.e. 'agreement'."),
        )),
        _f("tallies", "records", "Tallies", "Cyfrifon", fields=(
            _f("question", "text", "Question code", "Cod y cwestiwn", required=True),
            _f("option", "text", "Answer", "Ateb", required=True),
            _f("count", "int", "Count", "Nifer", required=True, minimum=0),
        )),
        _f("responses", "records", "Responses", "Ymatebion", fields=(
            _f("respondent_class", "text", "Respondent", "Ymatebydd",
               help_en="A class, never a name.", help_cy="Dosbarth, byth enw."),
            _f("answers", "records", "Answers", "Atebion", fields=(
                _f("question", "text", "Question code", "Cod y cwestiwn", required=True),
                _f("answer", "text", "Answer", "Ateb", searchable=True),
            )),
            _f("free_text", "longtext", "Comments", "Sylwadau", searchable=True),
            _f("quotable", "bool", "Quotable", "Gellir dyfynnu"),
        )),
    ),
)

RECORD_KINDS: tuple[Choice, ...] = (  # 001 ¶60-84, ¶122; 004 L177
    ("supervision", "Supervision record", "Cofnod goruchwylio"),
    ("appraisal", "Appraisal record", "Cofnod arfarnu"),
    ("complaint", "Complaint and response", "Cwyn ac ymateb"),
    ("qa_report_reading", "QA report-reading form (QA6)", "Ffurflen darllen adroddiad SA (QA6)"),
    ("practice_observation_record", "Manager's practice observation", "Arsylwad ymarfer rheolwr"),
    ("training", "Training record", "Cofnod hyfforddi"),
    ("recruitment", "Recruitment tracking form", "Ffurflen olrhain recriwtio"),
    ("other", "Other", "Arall"),
)

RECORD_SCRUTINY = EvidenceType(
    "record_scrutiny", "Record scrutiny", "Craffu ar gofnodion",
    (
        _f("record_kind", "choice", "Kind of record", "Math o gofnod", required=True, choices=RECORD_KINDS),
        _f("record_date", "date", "Date of the record", "Dyddiad y cofnod"),
        _f("record_reference", "text", "Record reference", "Cyfeirnod y cofnod"),
        _f("author_role", "choice", "Written by", "Ysgrifennwyd gan", choices=PRACTITIONER_ROLES),
        _f("subject_role", "choice", "About", "Ynghylch", choices=PRACTITIONER_ROLES),
        _f("has_written_comments", "choice", "Has written comments", "Mae sylwadau ysgrifenedig",
           choices=YES_NO_UNKNOWN),  # 001 ¶60: "Sixty of the 88 had no written comments"
        _f("comment_count", "int", "Number of comments", "Nifer y sylwadau", minimum=0),
        _f("critical_comment", "choice", "Critical comment made", "Sylw beirniadol",
           choices=YES_NO_UNKNOWN),  # 001 ¶64
        _f("completed_before_filing", "choice", "Completed before filing", "Wedi'i gwblhau cyn ffeilio",
           choices=YES_NO_UNKNOWN),  # 001 ¶66
        _f("supervisee_led", "choice", "Supervisee-led", "Dan arweiniad y sawl a oruchwylir",
           choices=YES_NO_UNKNOWN),  # 001 ¶76
        _f("timely", "choice", "Handled in a timely way", "Wedi'i drin yn amserol", choices=YES_NO_UNKNOWN),
        _f("linked", "evidence_refs", "Linked report or case", "Adroddiad neu achos cysylltiedig",
           ref_types=("court_report_reading", "case_file_reading", "case_track")),
    ),
    checklist_kinds=("supervision_record", "record_scrutiny"),
)

AREAS_CHECKED: tuple[Choice, ...] = (  # domain.md §2.11; 001 ¶42; 000 ¶3.21; 004 ¶3.6
    ("waiting_area", "Waiting area", "Man aros"),
    ("interview_rooms", "Interview rooms", "Ystafelloedd cyfweld"),
    ("family_rooms", "Rooms for children and families", "Ystafelloedd i blant a theuluoedd"),
    ("file_storage", "File storage", "Storio ffeiliau"),
    ("lone_working", "Lone-working arrangements", "Trefniadau gweithio ar eich pen eich hun"),
    ("accessibility", "Accessibility", "Hygyrchedd"),
    ("it_security", "IT and screen security", "Diogelwch TG a sgriniau"),
)

PREMISES_CHECK = EvidenceType(
    "premises_check", "Premises check", "Gwiriad safle",
    (
        _f("areas_checked", "multichoice", "Areas checked", "Mannau a wiriwyd", choices=AREAS_CHECKED),
        _f("issues", "records", "Issues", "Problemau", fields=(
            _f("area", "choice", "Area", "Man", choices=AREAS_CHECKED),
            _f("issue", "longtext", "Issue", "Problem", required=True, searchable=True),
            _f("immediate_action", "bool", "Immediate action requested", "Gofynnwyd am weithredu ar unwaith"),
            _f("response", "longtext", "Response received", "Ymateb a gafwyd", searchable=True),
            _f("response_date", "date", "Response date", "Dyddiad yr ymateb"),
        )),
    ),
)

HOW_OBTAINED: tuple[Choice, ...] = (  # 001 L43-49 (EIA 2006 ss144-145)
    ("pre_inspection_pack", "Pre-inspection pack", "Pecyn cyn arolygu"),
    ("requested_on_site", "Requested on site", "Gofynnwyd amdano ar y safle"),
    ("copied", "Copied under ss144-145", "Copïwyd dan adrannau 144-145"),
    ("taken_away", "Taken away under ss144-145", "Mynd ag ef ymaith dan adrannau 144-145"),
    ("viewed_only", "Viewed only", "Gweld yn unig"),
    ("public", "Publicly available", "Ar gael i'r cyhoedd"),
)

RETENTION: tuple[Choice, ...] = (
    ("held", "Held by the inspectorate", "Yn nwylo'r arolygiaeth"),
    ("returned", "Returned", "Dychwelwyd"),
    ("destroyed", "Destroyed", "Dinistriwyd"),
    ("not_applicable", "Not applicable", "Amherthnasol"),
)

DOCUMENT_REGISTER = EvidenceType(
    "document_register", "Document register", "Cofrestr dogfennau",
    (
        _f("document_title", "text", "Document title", "Teitl y ddogfen", required=True, searchable=True),
        _f("document_version", "text", "Version or date", "Fersiwn neu ddyddiad"),
        _f("author_body", "text", "Author body", "Corff awdur", searchable=True),
        _f("date_received", "date", "Date received", "Dyddiad derbyn"),
        _f("how_obtained", "choice", "How obtained", "Sut y'i cafwyd", required=True, choices=HOW_OBTAINED),
        _f("storage_location", "text", "Where it is kept", "Ble y'i cedwir"),
        _f("retention_status", "choice", "Return or destruction", "Dychwelyd neu ddinistrio", choices=RETENTION),
        _f("return_due", "date", "Return or destruction due", "Dyddiad dychwelyd neu ddinistrio"),
        _f("returned_on", "date", "Returned or destroyed on", "Dychwelwyd neu ddinistriwyd ar"),
        _f("self_assessment", "bool", "Part of the self-assessment", "Rhan o'r hunanasesiad"),
    ),
)

EVIDENCE_TYPES: tuple[EvidenceType, ...] = (
    CASE_FILE_READING, COURT_REPORT_READING, CASE_TRACK, PRACTICE_OBSERVATION, INTERVIEW, GROUP_DISCUSSION,
    STAKEHOLDER_MEETING, SURVEY, RECORD_SCRUTINY, PREMISES_CHECK, DOCUMENT_REGISTER,
)
_BY_CODE = {t.code: t for t in EVIDENCE_TYPES}

TYPE_CODES: tuple[str, ...] = tuple(_BY_CODE)

# Which framework checklist a court report reading uses depends on the kind of report.
_REPORT_CHECKLIST_KIND = {"s7": "court_report_s7", "s31": "court_report_s31"}


def evidence_type(code: str) -> EvidenceType:
    try:
        return _BY_CODE[code]
    except KeyError:
        raise KeyError(f"unknown evidence type {code!r}") from None


def checklist_kinds_for(type_code: str, data: Mapping[str, Any]) -> tuple[str, ...]:
    """The checklist kinds that apply to this item (a court report's depend on its kind)."""
    et = evidence_type(type_code)
    if et.code == "court_report_reading":
        kind = _REPORT_CHECKLIST_KIND.get(str(data.get("report_kind") or ""))
        return (kind, "court_report") if kind else ("court_report",)
    return et.checklist_kinds


def default_data(type_code: str, *, evidence_date: str | None = None) -> dict[str, Any]:
    """A new, valid-once-dated item: every field empty, the evidence date filled if given."""
    et = evidence_type(type_code)
    data = {f.key: f.empty() for f in et.all_fields}
    data["evidence_date"] = evidence_date
    return data


# ------------------------------------------------------------------------------------------ validation

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _name(path: str) -> str:
    # Top-level fields are named as words ("evidence date"); nested ones by path ("quotes[2].text").
    return path.replace("_", " ") if "[" not in path and "." not in path else path


def _is_empty(value: Any, kind: str | None = None) -> bool:
    """Unset: None anywhere; blank text; an empty list or checklist; "" for a choice, date, id or number."""
    if value is None:
        return True
    if kind is None:
        return value == "" or value == [] or value == {} or (isinstance(value, str) and not value.strip())
    if kind in LIST_KINDS:
        return value == []
    if kind == "checklist":
        return value == {}
    if kind == "bool":
        return False
    return isinstance(value, str) and not value.strip()


def _check_value(spec: FieldSpec, value: Any, path: str, problems: list[str], framework: Framework | None) -> None:
    name = _name(path)
    kind = spec.kind
    if kind in ("text", "longtext"):
        if not isinstance(value, str):
            problems.append(f"{name}: must be text")
        elif kind == "text" and ("\n" in value or "\r" in value):
            problems.append(f"{name}: one line only")
    elif kind == "date":
        if not isinstance(value, str) or not _DATE.match(value):
            problems.append(f"{name}: not a date (YYYY-MM-DD): {value!r}")
        else:
            try:
                date.fromisoformat(value)
            except ValueError:
                problems.append(f"{name}: not a date (YYYY-MM-DD): {value!r}")
    elif kind == "int":
        if isinstance(value, bool) or not isinstance(value, int):
            problems.append(f"{name}: must be a whole number")
        elif spec.minimum is not None and value < spec.minimum:
            problems.append(f"{name}: at least {spec.minimum}")
        elif spec.maximum is not None and value > spec.maximum:
            problems.append(f"{name}: at most {spec.maximum}")
    elif kind == "bool":
        if not isinstance(value, bool):
            problems.append(f"{name}: must be true or false")
    elif kind == "choice":
        if value not in spec.choice_codes:
            problems.append(f"{name}: {value!r} is not one of {', '.join(spec.choice_codes)}")
    elif kind == "multichoice":
        _check_code_list(value, name, problems, allowed=spec.choice_codes)
    elif kind in ("child", "site"):
        if not isinstance(value, str) or not value.strip():
            problems.append(f"{name}: must be an id")
    elif kind in ("children", "evidence_refs"):
        _check_code_list(value, name, problems)
    elif kind == "criteria":
        known = {n.code for n in framework.iter_nodes()} if framework is not None else None
        _check_code_list(value, name, problems, allowed=known, what="framework criterion")
    elif kind == "records":
        if not isinstance(value, list):
            problems.append(f"{name}: must be a list")
            return
        for i, item in enumerate(value):
            _check_object(spec.fields, item, f"{path}[{i}]", problems, framework)
    elif kind == "checklist":
        _check_checklist(value, name, problems, framework, None)


def _check_code_list(value: Any, name: str, problems: list[str], allowed: Iterable[str] | None = None,
                     what: str = "choice") -> None:
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        problems.append(f"{name}: must be a list of codes")
        return
    if len(set(value)) != len(value):
        problems.append(f"{name}: listed twice: {', '.join(sorted({v for v in value if value.count(v) > 1}))}")
    if allowed is not None:
        allowed_set = set(allowed)
        unknown = [v for v in value if v not in allowed_set]
        if unknown:
            problems.append(f"{name}: unknown {what} {', '.join(unknown)}")


def _check_object(specs: tuple[FieldSpec, ...], obj: Any, path: str, problems: list[str],
                  framework: Framework | None) -> None:
    if not isinstance(obj, dict):
        problems.append(f"{_name(path)}: must be an object")
        return
    by_key = {s.key: s for s in specs}
    for key in obj:
        if key not in by_key:
            problems.append(f"{_name(f'{path}.{key}' if path else key)}: unknown field")
    for spec in specs:
        sub = f"{path}.{spec.key}" if path else spec.key
        value = obj.get(spec.key)
        if _is_empty(value, spec.kind):
            if spec.required:
                problems.append(f"{_name(sub)}: required")
            continue
        _check_value(spec, value, sub, problems, framework)


def _check_checklist(value: Any, name: str, problems: list[str], framework: Framework | None,
                     kinds: tuple[str, ...] | None) -> None:
    if not isinstance(value, dict):
        problems.append(f"{name}: must be an object of checklists")
        return
    for code, grades in value.items():
        where = f"{name}.{code}"
        if not isinstance(grades, dict) or not all(isinstance(k, str) and isinstance(v, str)
                                                   for k, v in grades.items()):
            problems.append(f"{where}: must map item codes to level codes")
            continue
        if framework is None:
            continue
        try:
            checklist = framework.checklist(code)
        except KeyError:
            problems.append(f"{where}: the framework has no checklist {code!r}")
            continue
        if kinds is not None and not set(checklist.applies_to) & set(kinds):
            problems.append(f"{where}: checklist does not apply to this evidence")
        for item_code, level in grades.items():
            if item_code == "_overall":
                if checklist.overall is None:
                    problems.append(f"{where}._overall: this checklist has no overall rating")
                    continue
                scale_code = checklist.overall.scale
            else:
                try:
                    scale_code = checklist.item(item_code).scale
                except KeyError:
                    problems.append(f"{where}.{item_code}: not an item of the checklist")
                    continue
            scale = framework.scale(scale_code)
            if level not in scale.level_codes:
                problems.append(f"{where}.{item_code}: {level!r} is not on the scale {scale.code} "
                                f"({', '.join(scale.level_codes)})")


def is_completeness_problem(problem: str) -> bool:
    """A required field still empty: fine in a draft, which is saved as typed and completed later."""
    return problem.endswith(": required") or ": required when " in problem


def validate_evidence(type_code: str, data: Mapping[str, Any], *, framework: Framework | None = None,
                      draft: bool = False) -> list[str]:
    """Every problem with `data` as an item of `type_code`, each naming its field; [] when valid.

    With a framework, criteria must be its node codes and checklist grades must be levels of the items'
    scales (and the checklist must apply to this kind of evidence). With `draft=True` only problems of
    shape and meaning count, not fields still to be filled in: evidence is saved while it is typed.
    """
    problems = _validate_evidence(type_code, data, framework)
    return [p for p in problems if not is_completeness_problem(p)] if draft else problems


def _validate_evidence(type_code: str, data: Mapping[str, Any], framework: Framework | None) -> list[str]:
    try:
        et = evidence_type(type_code)
    except KeyError as exc:
        return [f"type: {exc.args[0]}"]
    if not isinstance(data, Mapping):
        return ["data: must be an object"]
    problems: list[str] = []
    _check_object(et.all_fields, dict(data), "", problems, framework)
    checklist = data.get("checklist")
    if framework is not None and isinstance(checklist, dict) and checklist and "checklist" in {
            f.key for f in et.fields}:
        # Re-check with the applicable kinds now that the report kind is known.
        kind_problems: list[str] = []
        _check_checklist(checklist, "checklist", kind_problems, framework, checklist_kinds_for(type_code, data))
        problems.extend(p for p in kind_problems if p not in problems)
    if data.get("good_practice") is True and _is_empty(data.get("good_practice_summary")):
        problems.append("good practice summary: required when good practice is flagged")
    if type_code == "survey":
        distributed, received = data.get("distributed"), survey_response_count(data)
        if isinstance(distributed, int) and not isinstance(distributed, bool) and received is not None \
                and distributed > 0 and received > distributed:
            problems.append("responses received: more than were distributed")
        codes = [q.get("code") for q in data.get("questions") or [] if isinstance(q, dict)]
        known = set(codes)
        if len(known) != len(codes):
            problems.append("questions: question codes must be unique")
        for i, t in enumerate(data.get("tallies") or []):
            if isinstance(t, dict) and known and t.get("question") and t["question"] not in known:
                problems.append(f"tallies[{i}].question: no question {t['question']!r}")
    return problems


# ------------------------------------------------------------------------------------------ derived values


def _walk_text(specs: tuple[FieldSpec, ...], obj: Mapping[str, Any]) -> Iterator[str]:
    for spec in specs:
        value = obj.get(spec.key)
        if spec.kind == "records" and isinstance(value, list):
            for item in value:
                if isinstance(item, Mapping):
                    yield from _walk_text(spec.fields, item)
        elif spec.searchable and isinstance(value, str) and value.strip():
            yield value.strip()


def searchable_text(type_code: str, data: Mapping[str, Any]) -> str:
    """All free text of an item (notes, quotes, answers, themes...), one piece per line, for FTS."""
    et = evidence_type(type_code)
    return "\n".join(_walk_text(et.all_fields, data))


def free_text_fields(type_code: str) -> tuple[tuple[str, FieldSpec], ...]:
    """(path pattern, spec) of every free-text field, for the privacy checker: "quotes[].text"."""
    out: list[tuple[str, FieldSpec]] = []

    def walk(specs: tuple[FieldSpec, ...], prefix: str) -> None:
        for s in specs:
            if s.kind == "records":
                walk(s.fields, f"{prefix}{s.key}[].")
            elif s.kind in TEXT_KINDS:
                out.append((prefix + s.key, s))

    walk(evidence_type(type_code).all_fields, "")
    return tuple(out)


def response_rate(distributed: int | None, responses: int | None) -> float | None:
    """Responses as a fraction of those distributed; None when there is no denominator (the seeds' case)."""
    if not distributed or responses is None or distributed <= 0:
        return None
    return responses / distributed


def survey_response_count(data: Mapping[str, Any]) -> int | None:
    """The stated number of responses, else the number of per-response records, else None."""
    received = data.get("responses_received")
    if isinstance(received, int) and not isinstance(received, bool):
        return received
    responses = data.get("responses")
    if isinstance(responses, list) and responses:
        return len(responses)
    return None


def survey_rate(data: Mapping[str, Any]) -> float | None:
    distributed = data.get("distributed")
    if isinstance(distributed, bool) or not isinstance(distributed, int):
        return None
    return response_rate(distributed, survey_response_count(data))


def tally_totals(data: Mapping[str, Any]) -> dict[str, dict[str, int]]:
    """{question code: {answer: count}} from the tallies and the per-response records together."""
    totals: dict[str, dict[str, int]] = {}
    for t in data.get("tallies") or []:
        if isinstance(t, Mapping) and isinstance(t.get("count"), int):
            q = totals.setdefault(str(t.get("question")), {})
            q[str(t.get("option"))] = q.get(str(t.get("option")), 0) + t["count"]
    for r in data.get("responses") or []:
        for a in (r.get("answers") or []) if isinstance(r, Mapping) else []:
            if isinstance(a, Mapping) and a.get("answer"):
                q = totals.setdefault(str(a.get("question")), {})
                q[str(a["answer"])] = q.get(str(a["answer"]), 0) + 1
    return totals


def is_nominated(data: Mapping[str, Any]) -> bool:
    return data.get("selection_method") == "nominated"


def children_in(type_code: str, data: Mapping[str, Any]) -> tuple[str, ...]:
    """Every child pseudonym uuid an item refers to (for the register's 'used by' and export redaction)."""
    found: list[str] = []

    def walk(specs: tuple[FieldSpec, ...], obj: Mapping[str, Any]) -> None:
        for s in specs:
            v = obj.get(s.key)
            if s.kind == "child" and isinstance(v, str) and v:
                found.append(v)
            elif s.kind == "children" and isinstance(v, list):
                found.extend(x for x in v if isinstance(x, str))
            elif s.kind == "records" and isinstance(v, list):
                for item in v:
                    if isinstance(item, Mapping):
                        walk(s.fields, item)

    walk(evidence_type(type_code).all_fields, data)
    return tuple(dict.fromkeys(found))


def evidence_refs_in(type_code: str, data: Mapping[str, Any]) -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """(field key, referenced uuid, allowed types) of every top-level evidence reference."""
    out = []
    for s in evidence_type(type_code).all_fields:
        if s.kind == "evidence_refs" and isinstance(data.get(s.key), list):
            out.extend((s.key, ref, s.ref_types) for ref in data[s.key] if isinstance(ref, str))
    return tuple(out)
