"""Checks that what a record points at exists in the same inspection, with messages naming the field.

Only references a change adds are checked. A record merged from a teammate's bundle may point at their
child pseudonym register, which never leaves their laptop; the lead must still be able to update it.
"""

from __future__ import annotations

from collections.abc import Iterable

from fieldkit.domain.framework import Framework
from fieldkit.domain.inspection import ValidationError
from fieldkit.storage.records import RecordStore

# entity -> how a missing one is described: "{field}: no {what} {uuid} in {where}"
_WHAT = {"child": ("child", "this inspection's register"), "evidence": ("evidence item", "this inspection"),
         "finding": ("finding", "this inspection"), "recommendation": ("recommendation", "this inspection")}


def missing(records: RecordStore, inspection_uuid: str, field: str, entity: str, uuids: Iterable[str],
            already: Iterable[str] = ()) -> list[str]:
    what, where = _WHAT.get(entity, (entity, "this inspection"))
    known = set(already)
    problems = []
    for uuid in dict.fromkeys(uuids):
        if uuid in known:
            continue
        head = records.get(uuid)
        if head is None or head.entity != entity or head.inspection_uuid != inspection_uuid:
            problems.append(f"{field}: no {what} {uuid} in {where}")
    return problems


def unknown_nodes(framework: Framework, codes: Iterable[str], field: str = "nodes") -> list[str]:
    known = {n.code for n in framework.iter_nodes()}
    return [f"{field}: the framework has no node {code}" for code in codes if code not in known]


def require(problems: list[str]) -> None:
    if problems:
        raise ValidationError(problems)
