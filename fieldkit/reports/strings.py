"""The reports' own fixed words, in English and Welsh.

Headings and labels that belong to a framework (node titles, scale levels, checklist items) or to an
evidence type (field labels, choices) come from that data; these are only the words a report adds around
it. Reports have no Qt, so this small table stands in for tr(); the Welsh follows the terminology table in
resources/i18n/README.md and, like the catalogue, needs a native speaker's review before release.
"""

from __future__ import annotations

import re

LANGUAGES = ("en", "cy")

_MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
    "cy": ("Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst", "Medi", "Hydref",
           "Tachwedd", "Rhagfyr"),
}

TEXT: dict[str, tuple[str, str]] = {
    # page furniture
    "page": ("Page {x} of {y}", "Tudalen {x} o {y}"),
    "contents": ("Contents", "Cynnwys"),
    "also_welsh": ("Mae'r ddogfen yma hefyd ar gael yn Gymraeg. / This document is also available in Welsh.",
                   "This document is also available in English. / Mae'r ddogfen hon hefyd ar gael yn Saesneg."),
    # kinds of report
    "kind.record": ("Evidence record", "Cofnod tystiolaeth"),
    "kind.records": ("Evidence records", "Cofnodion tystiolaeth"),
    "kind.evidence-report": ("Inspection evidence report", "Adroddiad tystiolaeth yr arolygiad"),
    "kind.methodology": ("Methodology", "Methodoleg"),
    "kind.questionnaire": ("Questionnaire analysis", "Dadansoddiad o'r holiaduron"),
    "kind.safeguarding-log": ("Safeguarding referral log", "Cofnod atgyfeirio diogelu"),
    "kind.recommendations": ("Recommendations: progress report", "Argymhellion: adroddiad cynnydd"),
    # profiles
    "profile.internal": ("Internal", "Mewnol"),
    "profile.factual-accuracy": ("Draft for factual accuracy", "Drafft i wirio cywirdeb ffeithiol"),
    "profile.published": ("For publication", "I'w gyhoeddi"),
    "profile_note.internal": (
        "Internal version: the full evidence base, for the inspection team only.",
        "Fersiwn fewnol: y sylfaen dystiolaeth lawn, i dîm yr arolygiad yn unig."),
    "profile_note.factual-accuracy": (
        "Draft for {body} to check for factual accuracy. Children appear only by pseudonym; quotations not "
        "cleared for publication are left out.",
        "Drafft i {body} wirio ei gywirdeb ffeithiol. Dim ond ffugenwau a ddefnyddir ar gyfer plant; gadawyd "
        "allan ddyfyniadau nad ydynt wedi'u clirio i'w cyhoeddi."),
    "profile_note.published": (
        "Names have been changed to protect identities: children appear by pseudonym and members of staff by "
        "their role. Only quotations cleared for publication are included.",
        "Newidiwyd enwau i ddiogelu hunaniaeth: defnyddir ffugenwau ar gyfer plant a rolau ar gyfer aelodau o "
        "staff. Dim ond dyfyniadau sydd wedi'u clirio i'w cyhoeddi a gynhwysir."),
    # cover
    "inspected_body": ("Inspected body", "Corff a arolygwyd"),
    "framework": ("Framework", "Fframwaith"),
    "fieldwork": ("Fieldwork", "Gwaith maes"),
    "version": ("Version", "Fersiwn"),
    "evidence_items": ("Evidence items", "Eitemau tystiolaeth"),
    "evidence_item": ("Evidence item", "Eitem dystiolaeth"),
    "date_range": ("{start} to {end}", "{start} i {end}"),
    "withheld_name": ("[name withheld]", "[enw wedi'i atal]"),
    # roles
    "role.lead": ("Lead inspector", "Arolygydd arweiniol"),
    "role.inspector": ("Inspector", "Arolygydd"),
    "role.assistant": ("Inspection assistant", "Cynorthwyydd arolygu"),
    "role.unknown": ("Member of the inspection team", "Aelod o dîm yr arolygiad"),
    "roles.lead": ("Lead inspector", "Arolygydd arweiniol"),
    "roles.inspector": ("Supporting inspectors", "Arolygwyr cefnogol"),
    "roles.assistant": ("Inspection assistant", "Cynorthwyydd arolygu"),
    # common values
    "yes": ("Yes", "Ie"),
    "no": ("No", "Na"),
    "none": ("None", "Dim"),
    "not_known": ("not known", "anhysbys"),
    "total": ("Total", "Cyfanswm"),
    "na": ("N/A", "Amh."),
    "ref": ("Ref.", "Cyf."),
    "method": ("Method", "Dull"),
    "date": ("Date", "Dyddiad"),
    "site": ("Site", "Safle"),
    "summary": ("Summary", "Crynodeb"),
    "number": ("Number", "Nifer"),
    "percent": ("%", "%"),
    "no_site": ("No site", "Dim safle"),
    "nominated": ("nominated", "enwebwyd"),
    # evidence record
    "field": ("Field", "Maes"),
    "value": ("Recorded", "Cofnodwyd"),
    "child_age": ("{name}, aged {age}", "{name}, {age} oed"),
    "recorded_by": ("Recorded by", "Cofnodwyd gan"),
    "reference": ("Reference", "Cyfeirnod"),
    "not_recorded_fields": ("Not recorded: {fields}.", "Heb eu cofnodi: {fields}."),
    "checklist_grades": ("Checklist grades", "Graddau'r rhestr wirio"),
    "item": ("Item", "Eitem"),
    "grade": ("Grade", "Gradd"),
    "quotations": ("Quotations", "Dyfyniadau"),
    "translation": ("Translation", "Cyfieithiad"),
    "quotes_withheld": ("{n} [quotation|quotations] not cleared for publication [is|are] left out.",
                        "Gadawyd allan {n} dyfyniad nad ydynt wedi'u clirio i'w cyhoeddi."),
    "field_withheld": ("withheld in this version", "wedi'i atal yn y fersiwn hon"),
    "deleted_item": ("This item has been withdrawn (deleted); it is shown as last recorded.",
                     "Tynnwyd yr eitem hon yn ôl (dilëwyd); fe'i dangosir fel y'i cofnodwyd ddiwethaf."),
    "no_items": ("No evidence items were selected.", "Ni ddewiswyd unrhyw eitemau tystiolaeth."),
    # evidence report
    "judgement": ("Judgement", "Dyfarniad"),
    "status": ("Status", "Statws"),
    "status.draft": ("draft", "drafft"),
    "status.proposed": ("proposed", "wedi'i gynnig"),
    "status.moderated": ("moderated", "wedi'i gymedroli"),
    "status.agreed": ("agreed", "wedi'i gytuno"),
    "status.locked": ("locked", "wedi'i gloi"),
    "judgement_line": ("Judgement: {grade}", "Dyfarniad: {grade}"),
    "judgement_status": ("Judgement status: {status}.", "Statws y dyfarniad: {status}."),
    "proposed_by": ("proposed by {who}", "cynigiwyd gan {who}"),
    "moderated_by": ("moderated by {who}", "cymedrolwyd gan {who}"),
    "agreed_by": ("agreed by {who}", "cytunwyd gan {who}"),
    "locked_by": ("locked by {who}", "clowyd gan {who}"),
    "unlinked_evidence": ("Evidence not linked to a part of the framework",
                          "Tystiolaeth heb ei chysylltu â rhan o'r fframwaith"),
    "no_judgement": ("No judgement has been recorded for this part of the framework.",
                     "Ni chofnodwyd dyfarniad ar gyfer y rhan hon o'r fframwaith."),
    "limiting_factors": ("Limiting factors: {text}", "Ffactorau cyfyngu: {text}"),
    "departure": ("Why the judgement departs from the evidence distribution: {text}",
                  "Pam mae'r dyfarniad yn wahanol i ddosbarthiad y dystiolaeth: {text}"),
    "headline": ("Grades of the evidence for this part ({title}, {n} in all): {parts}.",
                 "Graddau'r dystiolaeth ar gyfer y rhan hon ({title}, {n} i gyd): {parts}."),
    "grades_recorded": ("Grades recorded on the evidence items", "Graddau a gofnodwyd ar yr eitemau tystiolaeth"),
    "grade_recorded": ("{method}: grade recorded", "{method}: y radd a gofnodwyd"),
    "leading": ("The most frequent grade is {label}: {count} of {total} ({pct}%), '{word}' under the framework's "
                "definitions.",
                "Y radd amlaf yw {label}: {count} o {total} ({pct}%), '{word}' yn ôl diffiniadau'r fframwaith."),
    "leading_no_word": ("The most frequent grade is {label}: {count} of {total} ({pct}%).",
                        "Y radd amlaf yw {label}: {count} o {total} ({pct}%)."),
    "nominated_left_out": ("{n} [example|examples] nominated by the inspected body [is|are] not counted.",
                           "Ni chyfrifir {n} enghraifft a enwebwyd gan y corff a arolygwyd."),
    "distribution_of": ("Grades: {title}", "Graddau: {title}"),
    "checklist_item": ("Checklist item", "Eitem y rhestr wirio"),
    "chart_of": ("Share of readings at each grade; the counts are in the bars.",
                 "Cyfran y darlleniadau ar bob gradd; mae'r niferoedd yn y barrau."),
    "evidence_for": ("Evidence for this part of the framework", "Tystiolaeth ar gyfer y rhan hon o'r fframwaith"),
    "evidence_cited": ("Evidence cited in the judgement: {refs}.", "Tystiolaeth a ddyfynnir yn y dyfarniad: {refs}."),
    "contrary_cited": ("Evidence weighed against it: {refs}.", "Tystiolaeth a bwyswyd yn ei erbyn: {refs}."),
    "grade_short": ("Grade: {grade}.", "Gradd: {grade}."),
    "concerns_linked": ("{n} safeguarding [concern is|concerns are] linked to this part (see the safeguarding "
                        "referral log).",
                        "Mae {n} pryder diogelu yn gysylltiedig â'r rhan hon (gweler y cofnod atgyfeirio diogelu)."),
    "recommendation_n": ("Recommendation {n}", "Argymhelliad {n}"),
    "unplaced_findings": ("Findings not linked to a part of the framework",
                          "Canfyddiadau heb eu cysylltu â rhan o'r fframwaith"),
    "unplaced_recommendations": ("Other recommendations", "Argymhellion eraill"),
    "about": ("About this report", "Ynglŷn â'r adroddiad hwn"),
    "about_text": (
        "This report sets out the evidence base of the inspection of {body} in the structure of the framework "
        "{framework}. Under each part it gives the judgement, the distribution of graded evidence, the evidence "
        "linked to that part, and the findings, each recommendation following the findings it arises from. "
        "It draws on {n} evidence items; paragraphs are numbered through the whole report.",
        "Mae'r adroddiad hwn yn nodi sylfaen dystiolaeth arolygiad {body} yn strwythur y fframwaith {framework}. "
        "O dan bob rhan mae'n rhoi'r dyfarniad, dosbarthiad y dystiolaeth a raddiwyd, y dystiolaeth sy'n "
        "gysylltiedig â'r rhan honno, a'r canfyddiadau, gyda phob argymhelliad yn dilyn y canfyddiadau y mae'n "
        "deillio ohonynt. Mae'n defnyddio {n} eitem o dystiolaeth; rhifir y paragraffau drwy'r adroddiad cyfan."),
    "scope": ("Scope: {text}", "Cwmpas: {text}"),
    "limitations": ("Limitations: {text}", "Cyfyngiadau: {text}"),
    # methodology
    "method_intro": ("The inspection of {body} included:", "Roedd arolygiad {body} yn cynnwys:"),
    "fieldwork_days": (
        "Evidence was gathered on site on {days} days between {start} and {end}, in {n} [area|areas]: {areas}.",
        "Casglwyd tystiolaeth ar y safle ar {days} diwrnod rhwng {start} a {end}, mewn {n} ardal: {areas}."),
    "fieldwork_days_note": (
        "A fieldwork day is a date on which at least one evidence item was gathered at a site; surveys and "
        "documents received are not counted.",
        "Diwrnod gwaith maes yw dyddiad pan gasglwyd o leiaf un eitem o dystiolaeth ar safle; ni chyfrifir "
        "arolygon na dogfennau a dderbyniwyd."),
    "no_fieldwork": ("No evidence has been recorded at a site yet.", "Ni chofnodwyd tystiolaeth ar safle eto."),
    "by_site": ("Fieldwork by site", "Gwaith maes fesul safle"),
    "area": ("Area", "Ardal"),
    "days": ("Days", "Diwrnodau"),
    "items": ("Items", "Eitemau"),
    "by_method_site": ("Evidence by method and site", "Tystiolaeth yn ôl dull a safle"),
    "samples": ("Samples and how they were selected", "Samplau a sut y'u dewiswyd"),
    "how_selected": ("How selected", "Sut y'u dewiswyd"),
    "not_recorded": ("Not recorded", "Heb ei gofnodi"),
    "sample_counted": ("Counted in sample statistics", "Wedi'u cyfrif yn ystadegau'r sampl"),
    "nominated_heading": ("Examples nominated by the inspected body",
                          "Enghreifftiau a enwebwyd gan y corff a arolygwyd"),
    "nominated_text": (
        "{n} [item was|items were] nominated by {body}, for example as good practice. Nominated items are listed "
        "apart and are not counted in the sample figures above or in any grade distribution.",
        "Enwebwyd {n} eitem gan {body}, er enghraifft fel arfer da. Fe'u rhestrir ar wahân ac ni chânt eu cyfrif "
        "yn ffigurau'r sampl uchod nac mewn unrhyw ddosbarthiad graddau."),
    "no_nominated": ("No items were nominated by the inspected body.",
                     "Ni enwebwyd unrhyw eitemau gan y corff a arolygwyd."),
    "tracked": ("Of the {n} case files read, {k} were followed up by tracking the child's case.",
                "O'r {n} ffeil achos a ddarllenwyd, dilynwyd {k} drwy dracio achos y plentyn."),
    "sample_plan": ("Sample plan and what was achieved", "Cynllun samplu a'r hyn a gyflawnwyd"),
    "target": ("Target", "Targed"),
    "achieved": ("Achieved", "Wedi'i gyflawni"),
    "sub_target": ("of which {rule}", "ac o'r rhain {rule}"),
    "rule.tracked": ("tracked", "wedi'u tracio"),
    "rule.good_practice": ("good practice", "arfer da"),
    "rule.safeguarding": ("safeguarding", "diogelu"),
    "all_sites": ("all sites", "pob safle"),
    "surveys": ("Surveys", "Arolygon"),
    "survey": ("Survey", "Arolwg"),
    "population": ("Population", "Poblogaeth"),
    "distributed": ("Distributed", "Dosbarthwyd"),
    "responses": ("Responses", "Ymatebion"),
    "response_rate": ("Response rate", "Cyfradd ymateb"),
    "no_surveys": ("No surveys were recorded.", "Ni chofnodwyd unrhyw arolygon."),
    "team": ("Inspection team", "Tîm yr arolygiad"),
    "no_team": ("No team members are recorded.", "Ni chofnodwyd aelodau'r tîm."),
    "team_count": ("{n}", "{n}"),
    "draft_seen": ("{body} has seen this report in draft form to check it for factual accuracy.",
                   "Mae {body} wedi gweld yr adroddiad hwn ar ffurf drafft i wirio ei gywirdeb ffeithiol."),
    # questionnaire
    "survey_intro": ("{n} responses were received", "Cafwyd {n} ymateb"),
    "survey_of": (" from {population}", " gan {population}"),
    "survey_distributed": (", from {d} distributed: a response rate of {rate}%.",
                           ", o {d} a ddosbarthwyd: cyfradd ymateb o {rate}%."),
    "survey_no_rate": (". The number distributed is not recorded, so no response rate can be given.",
                       ". Ni chofnodwyd faint a ddosbarthwyd, felly ni ellir rhoi cyfradd ymateb."),
    "not_total": ("As not all questions were answered, figures do not necessarily total {n}.",
                  "Gan na atebwyd pob cwestiwn, nid yw'r ffigurau o reidrwydd yn gwneud cyfanswm o {n}."),
    "answer": ("Answer", "Ateb"),
    "answered": ("Answered", "Wedi ateb"),
    "free_text_q": ("Free-text question: {n} [answer|answers].", "Cwestiwn testun rhydd: {n} ateb."),
    "no_answers": ("No answers are recorded for this question.", "Ni chofnodwyd atebion i'r cwestiwn hwn."),
    "comments": ("Comments", "Sylwadau"),
    "comments_withheld": ("{n} [comment|comments] not marked as quotable [is|are] left out.",
                          "Gadawyd allan {n} sylw nad ydynt wedi'u marcio i'w dyfynnu."),
    "no_survey_items": ("No survey evidence has been recorded.", "Ni chofnodwyd unrhyw dystiolaeth arolwg."),
    "excluded_note": ("Partial responses excluded: {text}", "Ymatebion rhannol a hepgorwyd: {text}"),
    # safeguarding log
    "restricted": ("RESTRICTED: internal use by the inspection team only.",
                   "CYFYNGEDIG: i'w ddefnyddio gan dîm yr arolygiad yn unig."),
    "raised": ("Raised", "Codwyd"),
    "concern": ("Concern", "Pryder"),
    "severity": ("Severity", "Difrifoldeb"),
    "children": ("Children", "Plant"),
    "referred_to": ("Referred to", "Atgyfeiriwyd at"),
    "response": ("Response", "Ymateb"),
    "by": ("by {who}", "gan {who}"),
    "oversight_notes": ("Oversight notes", "Nodiadau goruchwylio"),
    "closed_reason": ("Closed: {text}", "Wedi cau: {text}"),
    "no_concerns": ("No safeguarding concerns have been recorded.", "Ni chofnodwyd unrhyw bryderon diogelu."),
    "concern_counts": ("{n} [concern|concerns] recorded; {open} still open.",
                       "{n} pryder wedi'u cofnodi; {open} yn dal ar agor."),
    # recommendations progress
    "recommendation": ("Recommendation", "Argymhelliad"),
    "action_plan": ("Action plan proposal", "Cynnig y cynllun gweithredu"),
    "progress": ("Progress", "Cynnydd"),
    "next_review": ("Next review: {date}", "Adolygiad nesaf: {date}"),
    "carried_from": ("Carried forward from {title}, recommendation {n}.",
                     "Wedi'i gario ymlaen o {title}, argymhelliad {n}."),
    "no_recommendations": ("No recommendations have been recorded.", "Ni chofnodwyd unrhyw argymhellion."),
    "status_counts": ("{n} [recommendation|recommendations]: {counts}.", "{n} argymhelliad: {counts}."),
}

# Survey answers when the framework has no scale for them (CIW 2018 has none): the seeds' scales (domain.md §3.6).
SURVEY_OPTIONS: tuple[tuple[str, str, str], ...] = (
    ("strongly_agree", "Strongly agree", "Cytuno'n gryf"),
    ("agree", "Agree", "Cytuno"),
    ("disagree", "Disagree", "Anghytuno"),
    ("strongly_disagree", "Strongly disagree", "Anghytuno'n gryf"),
    ("yes", "Yes", "Ie"),
    ("dont_know", "Don't know", "Ddim yn gwybod"),
    ("no", "No", "Na"),
    ("better", "Things are better", "Mae pethau'n well"),
    ("same", "Things are just the same", "Mae pethau'n union yr un fath"),
    ("worse", "Things are worse", "Mae pethau'n waeth"),
    ("not_at_all", "Not at all", "Ddim o gwbl"),
    ("a_little", "A little", "Ychydig"),
    ("satisfactorily", "Satisfactorily", "Yn foddhaol"),
    ("well", "Well", "Yn dda"),
    ("exceptionally", "Exceptionally", "Yn eithriadol"),
    ("no_response", "No response", "Dim ymateb"),
)


_PLURAL = re.compile(r"\[([^\]|]*)\|([^\]|]*)\]")


def t(key: str, language: str, **values: object) -> str:
    """The fixed string `key`; "[one|many]" picks the form for the value `n` ("1 item was", "2 items were")."""
    en, cy = TEXT[key]
    text = cy if language == "cy" else en
    if "n" in values and "|" in text:
        one = str(values["n"]).strip() == "1"
        text = _PLURAL.sub(lambda m: m.group(1) if one else m.group(2), text)
    return text.format(**values) if values else text


def month_name(month: int, language: str) -> str:
    return _MONTHS["cy" if language == "cy" else "en"][month - 1]


_ISO = re.compile(r"^(\d{4})-(\d{2})(?:-(\d{2}))?")


def format_date(value: str | None, language: str) -> str:
    """"6 November 2018" / "6 Tachwedd 2018"; a month alone ("2009-05") as "May 2009"; "" for nothing."""
    if not value:
        return ""
    m = _ISO.match(value)
    if not m:
        return value
    year, month, day = m.group(1), int(m.group(2)), m.group(3)
    if not 1 <= month <= 12:
        return value
    name = month_name(month, language)
    when = f"{int(day)} {name} {year}" if day else f"{name} {year}"
    rest = value[m.end():].lstrip("T ")
    return f"{when}, {rest[:5]}" if rest else when


def lower_first(label: str) -> str:
    """A label inside a sentence: "section 7 report", but "FHDRA" and "CIW" keep their capitals."""
    if len(label) > 1 and label[1].isupper():
        return label
    return label[:1].lower() + label[1:]


def percent(count: int, total: int) -> str:
    """Whole percentages, as the seeds print them; "0" for an empty total."""
    if not total:
        return "0"
    return str(int(100 * count / total + 0.5))
