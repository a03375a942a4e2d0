"""Question sets for structured interviews: a named, versioned template of questions with stable ids.

MCSI ran "a series of structured interviews" (000 L455-458): the same questions, asked of every
interviewee of a kind. An interview records which set and version it used (`question_set`,
`question_set_version`) and ties each answer to a question id of that version, so answers to the same
question can be read together, and a reworded version never silently changes what an answer meant.
A version, once used, is not edited: a change is a new version.

Pure Python: imports only `fieldkit.domain`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from fieldkit.domain.inspection import ValidationError

_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}$")


def valid_question_id(question_id: str) -> bool:
    """1-32 letters, digits, '.', '_' or '-', starting with a letter or digit (for example "Q3" or "2.1")."""
    return bool(_ID.match(question_id))


@dataclass(frozen=True)
class Question:
    id: str
    text_en: str
    text_cy: str = ""


@dataclass(frozen=True)
class QuestionSet:
    name: str
    version: str
    questions: tuple[Question, ...]
    audience: str = ""  # e.g. "practitioners", "service managers"

    def to_data(self) -> dict[str, Any]:
        return {"name": self.name, "version": self.version, "audience": self.audience,
                "questions": [{"id": q.id, "text_en": q.text_en, "text_cy": q.text_cy} for q in self.questions]}

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> QuestionSet:
        questions = data.get("questions")
        return cls(name=str(data.get("name") or ""), version=str(data.get("version") or ""),
                   audience=str(data.get("audience") or ""),
                   questions=tuple(Question(str(q.get("id") or ""), str(q.get("text_en") or ""),
                                            str(q.get("text_cy") or ""))
                                   for q in (questions if isinstance(questions, list) else [])
                                   if isinstance(q, Mapping)))

    @property
    def label(self) -> str:
        return f"{self.name} v{self.version}"

    def question(self, question_id: str) -> Question:
        for q in self.questions:
            if q.id == question_id:
                return q
        raise KeyError(f"question set {self.label} has no question {question_id!r}")

    def validate(self) -> QuestionSet:
        problems = []
        if not self.name.strip():
            problems.append("name: required")
        if not self.version.strip():
            problems.append("version: required")
        if not self.questions:
            problems.append("questions: at least one")
        seen: set[str] = set()
        for i, q in enumerate(self.questions, 1):
            if not valid_question_id(q.id):
                problems.append(f"questions[{i}].id: 1-32 letters, digits, '.', '_' or '-': {q.id!r}")
            elif q.id in seen:
                problems.append(f"questions[{i}].id: {q.id!r} used twice")
            seen.add(q.id)
            if not q.text_en.strip():
                problems.append(f"questions[{i}].text_en: required")
        if problems:
            raise ValidationError(problems)
        return self


def answer_problems(qs: QuestionSet, answers: Any) -> list[str]:
    """Each answer that names a question id not in this version of the set."""
    problems = []
    known = {q.id for q in qs.questions}
    for i, a in enumerate(answers if isinstance(answers, list) else []):
        qid = a.get("question_id") if isinstance(a, Mapping) else None
        if qid and qid not in known:
            problems.append(f"answers[{i}].question_id: {qid!r} is not a question of {qs.label}")
    return problems
