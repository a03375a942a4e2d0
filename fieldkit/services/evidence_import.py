"""Bulk import of evidence for inspection assistants: JSON Lines (any type) and CSV (survey tallies).

All or nothing: every row is validated as complete evidence (not as a draft), every problem is
reported with its line number ("line 7: quotes[0].text: required"), and nothing is stored unless the
whole file is valid; the items are written in one transaction. The format is in docs/evidence-import.md.
"""

from __future__ import annotations

import csv
import io
import json
import uuid as uuidlib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fieldkit.domain import evidence as ev
from fieldkit.domain.inspection import ValidationError
from fieldkit.services.evidence import EvidenceService


class ImportRejected(ValidationError):
    """The file was not imported; `problems` lists every problem, each starting "line N: "."""


@dataclass(frozen=True)
class ImportResult:
    created: tuple[str, ...]
    lines: int

    @property
    def count(self) -> int:
        return len(self.created)


CSV_REQUIRED = ("survey", "evidence_date", "population", "question", "option", "count")
CSV_OPTIONAL = ("question_text", "scale", "mode", "distributed", "responses_received", "site", "anonymous",
                "summary")
_SURVEY_LEVEL = ("evidence_date", "population", "mode", "distributed", "responses_received", "site", "anonymous",
                 "summary")


class EvidenceImporter:
    def __init__(self, evidence: EvidenceService):
        self._evidence = evidence

    # -- entry points ---------------------------------------------------------------------------------

    def import_file(self, inspection_uuid: str, path: str | Path, *, fmt: str | None = None) -> ImportResult:
        """`fmt` is "jsonl" or "csv"; by default it follows the file's extension."""
        path = Path(path)
        fmt = fmt or ("csv" if path.suffix.lower() == ".csv" else "jsonl")
        text = path.read_text(encoding="utf-8-sig")
        if fmt == "csv":
            return self.import_csv(inspection_uuid, text)
        if fmt == "jsonl":
            return self.import_jsonl(inspection_uuid, text)
        raise ValueError(f"unknown import format {fmt!r}: jsonl or csv")

    def import_jsonl(self, inspection_uuid: str, text: str) -> ImportResult:
        rows: list[tuple[int, str, dict[str, Any], str | None]] = []
        problems: list[str] = []
        lines = text.splitlines()
        for n, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                problems.append(f"line {n}: not JSON: {exc.msg} (column {exc.colno})")
                continue
            row = self._jsonl_row(obj, n, problems)
            if row is not None:
                rows.append(row)
        if not rows and not problems:
            problems.append("line 1: the file holds no evidence")
        return self._store(inspection_uuid, rows, problems, len(lines))

    def import_csv(self, inspection_uuid: str, text: str) -> ImportResult:
        reader = csv.DictReader(io.StringIO(text))
        header = [h.strip() for h in reader.fieldnames or []]
        problems: list[str] = []
        missing = [c for c in CSV_REQUIRED if c not in header]
        unknown = [c for c in header if c not in CSV_REQUIRED + CSV_OPTIONAL]
        if missing:
            problems.append(f"line 1: missing column(s) {', '.join(missing)}")
        if unknown:
            problems.append(f"line 1: unknown column(s) {', '.join(unknown)}")
        if problems:
            raise ImportRejected(problems)
        surveys: dict[str, dict[str, Any]] = {}
        first_line: dict[str, int] = {}
        n = 1
        for n, raw in enumerate(reader, start=2):
            row = {(k or "").strip(): (v or "").strip() for k, v in raw.items() if k is not None}
            if not any(row.values()):
                continue
            title = row["survey"]
            if not title:
                problems.append(f"line {n}: survey: required")
                continue
            survey = surveys.get(title)
            if survey is None:
                survey = surveys[title] = {"title": title, "questions": [], "tallies": []}
                first_line[title] = n
                for key in _SURVEY_LEVEL:
                    if row.get(key):
                        survey[key] = row[key]
            else:
                for key in _SURVEY_LEVEL:
                    if row.get(key) and survey.get(key) not in (None, row[key]):
                        problems.append(f"line {n}: {key}: {row[key]!r} differs from line {first_line[title]} "
                                        f"({survey[key]!r}) for the same survey")
            self._csv_tally(survey, row, n, problems)
        items: list[tuple[int, str, dict[str, Any], str | None]] = []
        for title, survey in surveys.items():
            line = first_line[title]
            for key in ("distributed", "responses_received"):
                if key in survey:
                    try:
                        survey[key] = int(survey[key])
                    except ValueError:
                        problems.append(f"line {line}: {key}: not a whole number: {survey[key]!r}")
            if "anonymous" in survey:
                survey["anonymous"] = survey["anonymous"].lower() in ("yes", "true", "1", "y")
            items.append((line, "survey", survey, None))
        if not items and not problems:
            problems.append("line 2: the file holds no tallies")
        return self._store(inspection_uuid, items, problems, n)

    # -- parsing --------------------------------------------------------------------------------------

    def _jsonl_row(self, obj: Any, n: int, problems: list[str]) -> tuple[int, str, dict[str, Any], str | None] | None:
        if not isinstance(obj, dict):
            problems.append(f"line {n}: must be an object with \"type\" and \"data\"")
            return None
        extra = sorted(set(obj) - {"type", "data", "uuid"})
        if extra:
            problems.append(f"line {n}: unknown key(s) {', '.join(extra)}: only type, data and uuid")
        type_code, data, uuid = obj.get("type"), obj.get("data"), obj.get("uuid")
        ok = True
        if not isinstance(type_code, str) or type_code not in ev.TYPE_CODES:
            problems.append(f"line {n}: type: one of {', '.join(ev.TYPE_CODES)}")
            ok = False
        if not isinstance(data, dict):
            problems.append(f"line {n}: data: must be an object")
            ok = False
        if uuid is not None:
            try:
                uuid = str(uuidlib.UUID(str(uuid)))
            except ValueError:
                problems.append(f"line {n}: uuid: not a UUID: {uuid!r}")
                ok = False
        return (n, type_code, data, uuid) if ok and not extra else None  # type: ignore[return-value]

    @staticmethod
    def _csv_tally(survey: dict[str, Any], row: Mapping[str, str], n: int, problems: list[str]) -> None:
        question, option, count = row["question"], row["option"], row["count"]
        if not question:
            problems.append(f"line {n}: question: required")
            return
        if not option:
            problems.append(f"line {n}: option: required")
        try:
            number = int(count)
        except ValueError:
            problems.append(f"line {n}: count: not a whole number: {count!r}")
            return
        known = {q["code"]: q for q in survey["questions"]}
        if question not in known:
            q: dict[str, Any] = {"code": question, "text": row.get("question_text") or question, "kind": "scale"}
            if row.get("scale"):
                q["scale"] = row["scale"]
            survey["questions"].append(q)
        elif row.get("question_text") and known[question]["text"] not in (question, row["question_text"]):
            problems.append(f"line {n}: question_text: differs from an earlier line for question {question}")
        if any(t["question"] == question and t["option"] == option for t in survey["tallies"]):
            problems.append(f"line {n}: {question}/{option}: counted twice")
            return
        survey["tallies"].append({"question": question, "option": option, "count": number})

    # -- storing --------------------------------------------------------------------------------------

    def _store(self, inspection_uuid: str, rows: list[tuple[int, str, dict[str, Any], str | None]],
               problems: list[str], lines: int) -> ImportResult:
        service = self._evidence
        names = _Names(service, inspection_uuid)
        created: list[str] = []
        seen_uuids: dict[str, int] = {}
        with service.transaction() as s:  # one transaction for the whole file
            for n, type_code, data, uuid in rows:
                data = names.resolve(type_code, data)
                row_problems = [f"line {n}: {p}" for p in service.validate(inspection_uuid, type_code, data,
                                                                           session=s)]
                if uuid is not None:
                    if uuid in seen_uuids:
                        row_problems.append(f"line {n}: uuid: also on line {seen_uuids[uuid]}")
                    elif service.exists(uuid, session=s):
                        row_problems.append(f"line {n}: uuid: {uuid} is already in the store")
                    seen_uuids.setdefault(uuid, n)
                if row_problems:
                    problems.extend(row_problems)
                    continue
                # Stored even when the file will be refused (all is rolled back), so later lines can refer to it.
                created.append(service.create(inspection_uuid, type_code, data, session=s, uuid=uuid).uuid)
            if problems:
                raise ImportRejected(sorted(problems, key=_line_number))  # rolls the whole file back
        return ImportResult(tuple(created), lines)


def _line_number(problem: str) -> int:
    head = problem.split(":", 1)[0]
    return int(head[5:]) if head.startswith("line ") and head[5:].isdigit() else 0


class _Names:
    """Lets a file name a site by its name and a child by its register pseudonym instead of an id."""

    def __init__(self, service: EvidenceService, inspection_uuid: str):
        inspections = service.inspections
        self.sites = {site.name.casefold(): uuid for uuid, site in inspections.sites(inspection_uuid)}
        self.children = {c.pseudonym.casefold(): uuid for uuid, c in inspections.children(inspection_uuid)}

    def resolve(self, type_code: str, data: dict[str, Any]) -> dict[str, Any]:
        return self._walk(ev.evidence_type(type_code).all_fields, data)

    def _walk(self, specs: tuple[ev.FieldSpec, ...], obj: dict[str, Any]) -> dict[str, Any]:
        out = dict(obj)
        for spec in specs:
            value = out.get(spec.key)
            if spec.kind == "site" and isinstance(value, str):
                out[spec.key] = self.sites.get(value.casefold(), value)
            elif spec.kind == "child" and isinstance(value, str):
                out[spec.key] = self.children.get(value.casefold(), value)
            elif spec.kind == "children" and isinstance(value, list):
                out[spec.key] = [self.children.get(v.casefold(), v) if isinstance(v, str) else v for v in value]
            elif spec.kind == "records" and isinstance(value, list):
                out[spec.key] = [self._walk(spec.fields, v) if isinstance(v, dict) else v for v in value]
        return out
