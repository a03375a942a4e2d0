"""Versioned question sets: a structured interview's answers are tied to the ids of the version it used."""

from __future__ import annotations

import pytest

from fieldkit.domain.inspection import ValidationError
from fieldkit.domain.question_sets import Question, QuestionSet
from fieldkit.services.container import Services

SUPERVISION_V1 = QuestionSet("Practitioner interview", "1", (
    Question("sup", "How often are you supervised?", "Pa mor aml y cewch eich goruchwylio?"),
    Question("cases", "Who chooses the cases you take to supervision?"),
), audience="practitioners")


@pytest.fixture
def services(store):
    return Services.over(store)


@pytest.fixture
def insp(services):
    return services.inspections.create(title="MCSI", inspected_body="Cafcass", framework_id="ciw-2018")


def _interview(qs_name, version, answers):
    return {"evidence_date": "2004-10-05", "interview_kind": "structured", "interviewee_role": "fca",
            "question_set": qs_name, "question_set_version": version, "answers": answers}


def test_a_set_is_validated_and_a_version_on_record_is_never_replaced(services, insp):
    sets = services.evidence.question_sets
    with pytest.raises(ValidationError) as err:
        sets.add(insp, QuestionSet("", "1", (Question("a b", ""), Question("a b", "x"))))
    assert {"name: required", "questions[1].text_en: required"} <= set(err.value.problems)
    assert any("questions[1].id" in p for p in err.value.problems)
    sets.add(insp, SUPERVISION_V1)
    with pytest.raises(ValidationError, match="already on record"):
        sets.add(insp, SUPERVISION_V1)
    v2 = QuestionSet("Practitioner interview", "2", SUPERVISION_V1.questions + (Question("pdp", "Do you have a PDP?"),))
    sets.add(insp, v2)
    assert [qs.label for _, qs in sets.list(insp)] == ["Practitioner interview v1", "Practitioner interview v2"]
    assert sets.find(insp, "Practitioner interview", "2").question("pdp").text_en == "Do you have a PDP?"


def test_answers_must_name_questions_of_the_version_used(services, insp):
    ev = services.evidence
    ev.question_sets.add(insp, SUPERVISION_V1)
    ok = ev.create(insp, "interview", _interview("Practitioner interview", "1", [
        {"question_id": "sup", "question": "How often are you supervised?", "answer": "Monthly"}]))
    with pytest.raises(ValidationError, match="'pdp' is not a question of Practitioner interview v1"):
        ev.update(ok.uuid, _interview("Practitioner interview", "1", [
            {"question_id": "pdp", "question": "Do you have a PDP?", "answer": "No"}]))
    # A set named by hand and not on record is taken as typed (nothing to check it against).
    ev.create(insp, "interview", _interview("Ad hoc", "0.1", [{"question_id": "x", "question": "Anything else?"}]))
    assert ev.get(ok.uuid).data["answers"][0]["answer"] == "Monthly"
