"""Validation problems in the interface language, for the evidence editor's "Still to complete" and
"Not saved" lines.

The domain reports a problem as "<field>: <what>" in English (the CLI and the import report show that);
here the field becomes its label from the evidence type and the common kinds of "what" are translated.
Anything not recognised is shown as the domain wrote it rather than hidden.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from fieldkit.domain.evidence import evidence_type
from fieldkit.ui.language import pick

_CTX = "EvidenceProblems"
_FIXED = {
    "required": QT_TRANSLATE_NOOP("EvidenceProblems", "required"),
    "one line only": QT_TRANSLATE_NOOP("EvidenceProblems", "one line only"),
    "must be a whole number": QT_TRANSLATE_NOOP("EvidenceProblems", "must be a whole number"),
    "required when good practice is flagged": QT_TRANSLATE_NOOP("EvidenceProblems",
                                                                "required when good practice is flagged"),
    "more than were distributed": QT_TRANSLATE_NOOP("EvidenceProblems", "more than were distributed"),
    "question codes must be unique": QT_TRANSLATE_NOOP("EvidenceProblems", "question codes must be unique"),
    "unknown field": QT_TRANSLATE_NOOP("EvidenceProblems", "unknown field"),
}
# (pattern of the domain's text, its translation with %1 for the part kept as written)
_PATTERNS = (
    (re.compile(r"at least (.+)"), QT_TRANSLATE_NOOP("EvidenceProblems", "at least %1")),
    (re.compile(r"at most (.+)"), QT_TRANSLATE_NOOP("EvidenceProblems", "at most %1")),
    (re.compile(r"not a date \(YYYY-MM-DD\): (.+)"),
     QT_TRANSLATE_NOOP("EvidenceProblems", "not a date (YYYY-MM-DD): %1")),
    (re.compile(r"not a real date: (.+)"), QT_TRANSLATE_NOOP("EvidenceProblems", "not a real date: %1")),
    (re.compile(r"listed twice: (.+)"), QT_TRANSLATE_NOOP("EvidenceProblems", "listed twice: %1")),
    (re.compile(r"no question (.+)"), QT_TRANSLATE_NOOP("EvidenceProblems", "no question %1")),
)
_PATH = re.compile(r"^(?P<key>[a-z_ ]+?)(?:\[(?P<index>\d+)\](?:\.(?P<sub>[a-z_]+))?)?$")


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def field_name(type_code: str, name: str) -> str:
    """ "evidence date" or "quotes[2].text" as the editor labels them ("Evidence date", "Quotes 2: Text")."""
    m = _PATH.match(name)
    if m is None:
        return name
    try:
        spec = evidence_type(type_code).field(m["key"].replace(" ", "_"))
    except KeyError:
        return name
    label = pick(spec.label_en, spec.label_cy)
    if m["index"] is None:
        return label
    label = f"{label} {m['index']}"
    if m["sub"]:
        sub = next((f for f in spec.fields if f.key == m["sub"]), None)
        return f"{label}: {pick(sub.label_en, sub.label_cy) if sub else m['sub']}"
    return label


def problem_text(type_code: str, problem: str) -> str:
    name, sep, what = problem.partition(": ")
    if not sep:
        return problem
    if what in _FIXED:
        what = _tr(_FIXED[what])
    else:
        for pattern, text in _PATTERNS:
            found = pattern.fullmatch(what)
            if found:
                what = _tr(text).replace("%1", found[1])
                break
    return f"{field_name(type_code, name)}: {what}"
