"""The editor's problem lines in the interface language: field names as the editor labels them, common
problems translated, anything else shown as the domain wrote it."""

from __future__ import annotations

import pytest

from fieldkit.ui import language
from fieldkit.ui.evidence.problems import field_name, problem_text


@pytest.fixture
def welsh(qapp):
    language.set_language("cy")
    yield
    language.set_language("en")


def test_english_keeps_the_domain_words_with_the_editor_labels(qapp):
    language.set_language("en")
    assert problem_text("interview", "evidence date: required") == "Evidence date: required"
    assert field_name("interview", "quotes[2].text") == "Quotations 2: Quotation"
    assert problem_text("survey", "responses received: more than were distributed").endswith(
        ": more than were distributed")


def test_welsh_translates_labels_and_common_problems(welsh):
    assert problem_text("interview", "evidence date: required") == "Dyddiad y dystiolaeth: gofynnol"
    assert problem_text("practice_observation", "title: one line only").endswith(": un llinell yn unig")
    assert problem_text("case_file_reading", "evidence date: not a date (YYYY-MM-DD): '12/06'") == (
        "Dyddiad y dystiolaeth: nid yw'n ddyddiad (BBBB-MM-DD): '12/06'")
    # not recognised: shown as written, never hidden
    assert problem_text("interview", "answers: 'pdp' is not a question of Practitioner interview v2") == (
        field_name("interview", "answers") + ": 'pdp' is not a question of Practitioner interview v2")
    assert problem_text("interview", "a problem without a field") == "a problem without a field"
