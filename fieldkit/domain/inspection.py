"""Inspections, their sites, team and child pseudonym register, as validated plain data.

Each is stored as the `data` of a versioned record; these functions are the one place that decides
what a valid record looks like.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

# Defined in domain.errors so that services.errors stays light; most modules import it from here.
from fieldkit.domain.errors import ValidationError

ROLES = ("lead", "inspector", "assistant")
STATUSES = ("active", "archived")


def _parse_date(value: str | None, name: str, problems: list[str]) -> date | None:
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        problems.append(f"{name}: not a date (YYYY-MM-DD): {value!r}")
        return None


@dataclass(frozen=True)
class Inspection:
    title: str
    inspected_body: str
    framework_id: str
    framework_version: str
    framework_sha256: str
    fieldwork_start: str | None = None
    fieldwork_end: str | None = None
    notice_date: str | None = None
    scope: str = ""
    limitations: str = ""
    disabled_nodes: tuple[str, ...] = ()
    status: str = "active"

    def to_data(self) -> dict[str, Any]:
        d = asdict(self)
        d["disabled_nodes"] = list(self.disabled_nodes)
        return d

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> Inspection:
        d = dict(data)
        d["disabled_nodes"] = tuple(d.get("disabled_nodes", ()))
        return cls(**{k: v for k, v in d.items() if k in cls.__dataclass_fields__})

    def validate(self) -> Inspection:
        problems: list[str] = []
        if not self.title.strip():
            problems.append("title: required")
        if not self.inspected_body.strip():
            problems.append("inspected body: required")
        if not (self.framework_id and self.framework_version):
            problems.append("framework: required")
        start = _parse_date(self.fieldwork_start, "fieldwork start", problems)
        end = _parse_date(self.fieldwork_end, "fieldwork end", problems)
        notice = _parse_date(self.notice_date, "notice date", problems)
        if start and end and end < start:
            problems.append("fieldwork end: before fieldwork start")
        if notice and start and notice > start:
            problems.append("notice date: after fieldwork start")
        if self.status not in STATUSES:
            problems.append(f"status: one of {', '.join(STATUSES)}")
        if problems:
            raise ValidationError(problems)
        return self


@dataclass(frozen=True)
class Site:
    """A local area or office visited; validity dates because offices open, merge and close."""

    name: str
    area: str = ""
    valid_from: str | None = None
    valid_to: str | None = None

    def to_data(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> Site:
        return cls(**{k: v for k, v in data.items() if k in cls.__dataclass_fields__})

    def validate(self) -> Site:
        problems: list[str] = []
        if not self.name.strip():
            problems.append("site name: required")
        a = _parse_date(self.valid_from, "valid from", problems)
        b = _parse_date(self.valid_to, "valid to", problems)
        if a and b and b < a:
            problems.append("valid to: before valid from")
        if problems:
            raise ValidationError(problems)
        return self


@dataclass(frozen=True)
class TeamMember:
    name: str
    role: str
    organisation: str = ""

    def to_data(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> TeamMember:
        return cls(**{k: v for k, v in data.items() if k in cls.__dataclass_fields__})

    def validate(self) -> TeamMember:
        problems = []
        if not self.name.strip():
            problems.append("team member name: required")
        if self.role not in ROLES:
            problems.append(f"team member role: one of {', '.join(ROLES)}")
        if problems:
            raise ValidationError(problems)
        return self


_PSEUDONYM = re.compile(r"^[A-Za-zÀ-ÿŴŵŶŷ0-9][\w\- ]{0,30}$")


@dataclass(frozen=True)
class Child:
    """A child only ever as a pseudonym with an age; the register never leaves this laptop."""

    pseudonym: str
    age: int
    notes: str = ""

    def to_data(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> Child:
        return cls(**{k: v for k, v in data.items() if k in cls.__dataclass_fields__})

    def validate(self) -> Child:
        problems = []
        if not _PSEUDONYM.match(self.pseudonym or ""):
            problems.append("pseudonym: 1–31 letters, digits, spaces or hyphens")
        # bool is an int subclass: True would pass as an age of 1 (a JSON `true` from an import, say).
        if isinstance(self.age, bool) or not isinstance(self.age, int) or not 0 <= self.age <= 25:
            problems.append("age: whole years from 0 to 25")
        if problems:
            raise ValidationError(problems)
        return self


@dataclass(frozen=True)
class InspectionOverview:
    uuid: str
    inspection: Inspection
    framework_title: str
    sites: list[tuple[str, Site]] = field(default_factory=list)
    team: list[tuple[str, TeamMember]] = field(default_factory=list)
    children: list[tuple[str, Child]] = field(default_factory=list)
    updated_at: str = ""
