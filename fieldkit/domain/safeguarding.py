"""Safeguarding escalations: a child possibly at risk, referred on the spot and tracked until closed.

001 ¶40: seven issues were "referred for immediate review" during fieldwork, and the inspectors kept
them under "continued oversight". A concern is never deleted, only closed with a reason; it travels in
every bundle and the merge never picks a winner for it (decisions.md principle 5).

Pure Python: imports only `fieldkit.domain`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from typing import Any

from fieldkit.domain.inspection import ValidationError

# Safeguarding concerns are closed with a reason, never tombstoned: the store itself refuses.
UNDELETABLE_ENTITIES = frozenset({"concern"})

STATUSES: tuple[tuple[str, str, str], ...] = (
    ("open", "Open", "Agored"),
    ("response_received", "Response received", "Ymateb wedi dod i law"),
    ("continued_oversight", "Under continued oversight", "Dan oruchwyliaeth barhaus"),
    ("closed", "Closed", "Wedi cau"),
)
STATUS_CODES = tuple(s[0] for s in STATUSES)
OPEN_STATUSES = frozenset({"open", "response_received", "continued_oversight"})

SEVERITIES: tuple[tuple[str, str, str], ...] = (
    ("immediate", "Immediate risk of harm", "Risg uniongyrchol o niwed"),
    ("serious", "Serious", "Difrifol"),
    ("moderate", "Moderate", "Cymedrol"),
    ("low", "Low", "Isel"),
)
SEVERITY_CODES = tuple(s[0] for s in SEVERITIES)

ROUTES: tuple[tuple[str, str, str], ...] = (
    ("in_person", "In person", "Wyneb yn wyneb"),
    ("telephone", "Telephone", "Ffôn"),
    ("email", "E-mail", "E-bost"),
    ("letter", "Letter", "Llythyr"),
    ("other", "Other", "Arall"),
)
ROUTE_CODES = tuple(r[0] for r in ROUTES)

_WHEN = re.compile(r"^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2})?)?$")


def label(choices: tuple[tuple[str, str, str], ...], code: str, language: str = "en") -> str:
    for c, en, cy in choices:
        if c == code:
            return cy if language == "cy" else en
    return code


def _when(value: str | None, name: str, problems: list[str]) -> None:
    if not value:
        return
    if not _WHEN.match(value):
        problems.append(f"{name}: a date (YYYY-MM-DD) or date and time (YYYY-MM-DDTHH:MM): {value!r}")
        return
    try:
        (datetime.fromisoformat(value) if len(value) > 10 else date.fromisoformat(value))
    except ValueError:
        problems.append(f"{name}: not a real date: {value!r}")


@dataclass(frozen=True)
class Concern:
    concern: str
    severity: str
    raised_by: str
    raised_at: str
    children: tuple[str, ...] = ()
    evidence: str | None = None
    nodes: tuple[str, ...] = ()
    site: str | None = None
    referred_to: str = ""  # a role, never a name: "regional director", "safeguarding lead"
    referred_at: str | None = None
    referred_by: str = ""
    route: str | None = None
    response_at: str | None = None
    response: str = ""
    status: str = "open"
    closed_reason: str = ""
    notes: tuple[Mapping[str, str], ...] = field(default_factory=tuple)  # {at, by, text}: the oversight log

    def to_data(self) -> dict[str, Any]:
        d = asdict(self)
        d["children"] = list(self.children)
        d["nodes"] = list(self.nodes)
        d["notes"] = [dict(n) for n in self.notes]
        return d

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> Concern:
        d = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        d["children"] = tuple(d.get("children") or ())
        d["nodes"] = tuple(d.get("nodes") or ())
        d["notes"] = tuple(dict(n) for n in d.get("notes") or ())
        return cls(**d)

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES


def validate_concern(c: Concern) -> Concern:
    problems: list[str] = []
    if not c.concern.strip():
        problems.append("concern: required")
    if c.severity not in SEVERITY_CODES:
        problems.append(f"severity: one of {', '.join(SEVERITY_CODES)}")
    if not c.raised_by.strip():
        problems.append("raised by: required")
    _when(c.raised_at, "raised at", problems)
    if not c.raised_at:
        problems.append("raised at: required")
    _when(c.referred_at, "referred at", problems)
    _when(c.response_at, "response at", problems)
    if c.route is not None and c.route not in ROUTE_CODES:
        problems.append(f"how referred: one of {', '.join(ROUTE_CODES)}")
    if c.referred_at and not c.referred_to.strip():
        problems.append("referred to: required when a referral time is given")
    if c.status not in STATUS_CODES:
        problems.append(f"status: one of {', '.join(STATUS_CODES)}")
    if c.status == "response_received" and not (c.response.strip() and c.response_at):
        problems.append("response: what the response was and when it came are required for 'response received'")
    if c.status == "closed" and not c.closed_reason.strip():
        problems.append("closed reason: required to close a concern")
    if c.status != "closed" and c.closed_reason.strip():
        problems.append("closed reason: only a closed concern has one")
    for i, note in enumerate(c.notes):
        if not str(note.get("text", "")).strip():
            problems.append(f"notes[{i}].text: required")
    if problems:
        raise ValidationError(problems)
    return c
