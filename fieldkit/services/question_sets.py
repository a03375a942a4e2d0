"""Question sets of an inspection (records of entity "question_set"): add, list, find by name and version.

An interview names the set and version it used; when that version is on record here, every answer's
question id must be one of its questions (checked with the evidence's other references).
"""

from __future__ import annotations

from sqlmodel import Session

from fieldkit.domain.inspection import ValidationError
from fieldkit.domain.question_sets import QuestionSet
from fieldkit.storage import evidence_index as idx

QUESTION_SET = "question_set"


class QuestionSets:
    def __init__(self, store, inspections):
        self._store = store
        self._records = store.records
        self._inspections = inspections

    def add(self, inspection_uuid: str, qs: QuestionSet) -> str:
        """A new set or a new version of one; a version already on record is refused (never edited)."""
        self._inspections.get(inspection_uuid)
        qs.validate()
        if self.find(inspection_uuid, qs.name, qs.version) is not None:
            raise ValidationError([f"version: {qs.label} is already on record; add the change as a new version"])
        return self._records.create(QUESTION_SET, qs.to_data(), author=self._store.user,
                                    inspection_uuid=inspection_uuid).uuid

    def list(self, inspection_uuid: str) -> list[tuple[str, QuestionSet]]:
        """Every set and version, by name then version."""
        found = [(h.uuid, QuestionSet.from_data(h.data or {}))
                 for h in self._records.list(QUESTION_SET, inspection_uuid=inspection_uuid)]
        return sorted(found, key=lambda x: (x[1].name.casefold(), x[1].version))

    def find(self, inspection_uuid: str, name: str, version: str, *,
             session: Session | None = None) -> QuestionSet | None:
        """The set `name` at `version`, read inside the caller's transaction when `session` is given."""
        if session is not None:
            sets = [QuestionSet.from_data(h.data or {}) for h in idx.heads(session, inspection_uuid, QUESTION_SET)
                    if not h.deleted]
        else:
            sets = [qs for _, qs in self.list(inspection_uuid)]
        for qs in sets:
            if qs.name == name and qs.version == version:
                return qs
        return None
