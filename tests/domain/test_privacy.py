"""The privacy checker against its corpus (recall and precision), its options, and its speed."""

from __future__ import annotations

import pytest

from fieldkit.domain.privacy import Finding, given_names, scan
from tests.domain.privacy_corpus import FALSE_POSITIVES, NEVER_WRITE, REGISTER, TRUE_POSITIVES


def _scan(text: str) -> list[Finding]:
    return scan(text, known_pseudonyms=REGISTER, never_write=NEVER_WRITE)


@pytest.mark.parametrize(("text", "expected"), TRUE_POSITIVES, ids=[t[:40] for t, _ in TRUE_POSITIVES])
def test_every_true_positive_is_found(text, expected):
    got = {(f.kind, f.text) for f in _scan(text)}
    for kind, snippet in expected:
        assert (kind, snippet) in got, f"{kind} {snippet!r} not found in {text!r}: {got}"


@pytest.mark.parametrize("text", FALSE_POSITIVES, ids=[t[:40] for t in FALSE_POSITIVES])
def test_no_false_positive_is_flagged(text):
    assert _scan(text) == []


def test_corpus_recall_and_precision_overall():
    expected = sum(len(e) for _, e in TRUE_POSITIVES)
    hits = sum(1 for text, e in TRUE_POSITIVES for k in e if k in {(f.kind, f.text) for f in _scan(text)})
    false = sum(len(_scan(text)) for text in FALSE_POSITIVES)
    assert hits == expected  # recall 1.0 on the corpus
    assert false == 0  # precision on the listed false positives
    assert len(TRUE_POSITIVES) >= 30 and len(FALSE_POSITIVES) >= 30


def test_findings_carry_positions_and_messages():
    text = "Seen by Mrs Evans; ring 01792 123456."
    findings = scan(text)
    assert [f.kind for f in findings] == ["title_name", "phone"]
    for f in findings:
        assert text[f.start:f.end] == f.text
        assert f.message_en and f.message_cy


def test_register_pseudonyms_are_not_names_but_unregistered_names_are():
    text = "Megan Lloyd and Seren Lloyd were seen."
    assert [f.text for f in scan(text, known_pseudonyms=["Seren"])] == ["Megan Lloyd"]
    assert [f.text for f in scan(text)] == ["Megan Lloyd", "Seren Lloyd"]


def test_allowed_words_silence_a_name_but_not_a_postcode():
    text = "Judge Rhys Edwards sat at CF10 1ET."
    assert {f.kind for f in scan(text)} == {"name", "postcode"}
    assert {f.kind for f in scan(text, allowed_words=["Edwards"])} == {"postcode"}


def test_never_write_is_case_and_space_insensitive_and_wins_over_other_kinds():
    findings = scan("KOWALCZYK rang; later gwenllian   prosser called.", never_write=NEVER_WRITE)
    assert [(f.kind, f.text) for f in findings] == [("never_write", "KOWALCZYK"),
                                                    ("never_write", "gwenllian   prosser")]
    # A never-to-write name that is also a register pseudonym is still flagged.
    assert scan("Seren", known_pseudonyms=["Seren"], never_write=["Seren"])[0].kind == "never_write"


def test_a_date_away_from_birth_words_is_not_a_date_of_birth():
    assert scan("Seen on 03/04/2018 at the office.") == []
    assert scan("born 03/04/2012")[0].kind == "date_of_birth"


def test_given_names_list_is_bundled_and_welsh():
    names = given_names()
    assert {"rhys", "sian", "siân", "gwenllian", "ffion", "sarah", "mohammed"} <= names
    assert "may" not in names and "will" not in names  # ordinary words left out on purpose


def test_empty_text():
    assert scan("") == []
