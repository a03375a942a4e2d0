"""Frameworks as data: the built-in files, the validator's messages, proportion words, canonical JSON."""

from __future__ import annotations

import hashlib
import json
import sys
from dataclasses import replace
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fieldkit.domain.framework import (
    COMPARATORS,
    Framework,
    FrameworkError,
    ProportionWord,
    builtin_framework_paths,
    framework_from_json,
    load_builtin_frameworks,
    load_framework,
    parse_framework,
    proportion_word,
)

# Quoted from seed 001 (Ofsted, Cafcass East Midlands, 2008), "Gradings", L159-162.
SEED_GRADINGS = [
    (
        "Excellent",
        "where practice is evidenced as well above the minimum requirement, consistently innovative "
        "and making a full contribution to improved outcomes for children",
    ),
    (
        "Good",
        "where practice is demonstrated to be above the minimum requirement with some innovation and some "
        "contribution to improved outcomes for children",
    ),
    (
        "Adequate",
        "where minimum practice requirements are met but there is no significant innovation or "
        "significant contribution to improved outcomes for children",
    ),
    (
        "Inadequate",
        "where minimum requirements are not met and little or no contribution is made to improved "
        "outcomes for children",
    ),
]

# Quoted from seed 001, Annex D, L1044-1131.
SEED_CASE_FILE_ITEMS = [
    "The contact record includes interviews, court attendance, meetings, etc.",
    "Telephone calls are logged by caller name, date and time",
    "The contact record includes the substance of conversations held",
    "The contact record includes actions arising from any of the above",
    "Case plan F1: overall score",
    "Supervision notes included on the F1",
    "F1 signed off by manager",
    "Case related information and intervention are analysed",
]
SEED_S7_ITEMS = [
    "The report is child focused",
    "The report does not contain unnecessary material",
    "The report balances descriptive information with evaluation",
    "The report gives a reasoned assessment of the likely consequences of options",
    "The report gives sufficient attention to the 'no order principle'",
    "The report addresses the child's wishes and feelings",
    "The report describes any harm the child has suffered or is at risk of suffering",
]


@pytest.fixture(scope="module")
def builtins() -> dict[str, Framework]:
    return {fw.id: fw for fw in load_builtin_frameworks()}


@pytest.fixture(scope="module")
def ofsted(builtins) -> Framework:
    return builtins["ofsted-hmica-2007"]


# ------------------------------------------------------------------------------------------ built-ins


def test_the_three_builtins_are_found_and_load():
    paths = builtin_framework_paths()
    assert [p.name for p in paths] == ["ciw-2018.toml", "mcsi-2004.toml", "ofsted-hmica-2007.toml"]
    for path in paths:
        framework = load_framework(path)
        assert framework.id == path.stem
        assert framework.version == "1.0"


def test_builtin_paths_come_from_the_frozen_bundle_when_frozen(tmp_path, monkeypatch):
    (tmp_path / "resources" / "frameworks").mkdir(parents=True)
    (tmp_path / "resources" / "frameworks" / "custom.toml").write_text("")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert builtin_framework_paths() == [tmp_path / "resources" / "frameworks" / "custom.toml"]


def _bilingual_things(framework: Framework):
    """(where, en, cy) for every user-visible text pair in a framework."""
    yield "title", framework.title_en, framework.title_cy
    yield "publisher", framework.publisher_en, framework.publisher_cy
    for scale in framework.scales:
        yield scale.code, scale.title_en, scale.title_cy
        for level in scale.levels:
            yield f"{scale.code}.{level.code}", level.label_en, level.label_cy
    for node in framework.iter_nodes():
        yield node.code, node.title_en, node.title_cy
        for narrative in node.narratives:
            yield f"{node.code}.{narrative.code}", narrative.title_en, narrative.title_cy
    for checklist in framework.checklists:
        yield checklist.code, checklist.title_en, checklist.title_cy
        for group in checklist.groups:
            yield group.code, group.title_en, group.title_cy
        for item in checklist.items:
            yield item.code, item.title_en, item.title_cy
        if checklist.overall:
            yield f"{checklist.code}.overall", checklist.overall.title_en, checklist.overall.title_cy
    for word in framework.proportion_words:
        yield word.code, word.word_en, word.word_cy
    for category in framework.output_categories:
        yield category.code, category.title_en, category.title_cy


def test_every_title_and_label_has_english_and_welsh(builtins):
    for framework in builtins.values():
        for where, en, cy in _bilingual_things(framework):
            assert en.strip() and cy.strip(), f"{framework.id} {where}"


def test_descriptors_are_bilingual_or_absent(builtins):
    for framework in builtins.values():
        for node in framework.iter_nodes():
            assert bool(node.descriptor_en) == bool(node.descriptor_cy), f"{framework.id} {node.code}"
        for scale in framework.scales:
            for level in scale.levels:
                assert bool(level.definition_en) == bool(level.definition_cy)


def test_ofsted_four_point_scale_is_the_seeds_wording_in_order(ofsted):
    scale = ofsted.scale("four_point")
    assert scale.kind == "graded"
    assert [(level.label_en, level.definition_en) for level in scale.levels] == SEED_GRADINGS
    assert [level.label_cy for level in scale.levels] == ["Rhagorol", "Da", "Digonol", "Annigonol"]
    assert all(level.definition_cy for level in scale.levels)


def test_ofsted_yes_no_scale_has_not_applicable(ofsted):
    scale = ofsted.scale("yes_no")
    assert scale.kind == "binary"
    assert [level.code for level in scale.rated_levels] == ["yes", "no"]
    assert [level.code for level in scale.levels if level.not_applicable] == ["na"]


def test_ofsted_checklists_are_annex_d(ofsted):
    case_file = ofsted.checklist("case_file")
    assert [item.title_en for item in case_file.items] == SEED_CASE_FILE_ITEMS
    assert {item.code: item.scale for item in case_file.items if item.scale == "yes_no"} == {
        "f1_supervision_notes": "yes_no",
        "f1_signed_off": "yes_no",
    }
    assert not case_file.has_overall
    s7 = ofsted.checklist("court_report_s7")
    assert [item.title_en for item in s7.items] == SEED_S7_ITEMS
    assert s7.overall is not None and s7.overall.title_en == "Overall rating of the report"
    assert s7.overall.scale == "four_point"
    assert ofsted.checklists_for("court_report_s7") == (s7,)
    assert ofsted.checklists_for("interview") == ()


def test_ofsted_tree_grades_sections_and_sub_areas_but_not_prospects(ofsted):
    assert [node.code for node in ofsted.nodes] == ["S1", "S2", "S3"]
    assert [child.code for child in ofsted.node("S2").children] == [f"2.{i}" for i in range(1, 9)]
    assert ofsted.node("S1").graded and ofsted.node("2.8").scale == "four_point"
    assert not ofsted.node("S3").graded
    assert not any(child.graded for child in ofsted.node("S3").children)
    assert not ofsted.node("1.5").graded  # children's and service users' views: "very mixed", no grade
    assert ofsted.parent("1.1.1") == ofsted.node("1.1")
    assert ofsted.parent("S1") is None


def test_mcsi_key_functions_are_optional_ungraded_with_overall_assessment(builtins):
    mcsi = builtins["mcsi-2004"]
    assert [node.title_en for node in mcsi.nodes] == [
        "Welfare of Children",
        "Strategy and Performance Management",
        "Management of Human Resources",
    ]
    assert [node.code for node in mcsi.optional_nodes()] == ["KF1", "KF2", "KF3"]
    assert mcsi.graded_nodes() == ()
    for key_function in mcsi.nodes:
        assert key_function.kind == "key_function"
        assert key_function.narratives[0].title_en == "Overall assessment"
    assert len(mcsi.node("KF1").children) == 7
    assert len(mcsi.node("KF3").children) == 6


def test_ciw_areas_are_ungraded_with_strengths_and_areas_for_improvement(builtins):
    ciw = builtins["ciw-2018"]
    assert ciw.publisher_cy == "Arolygiaeth Gofal Cymru (AGC)"
    assert set(ciw.languages) == {"en", "cy"}
    areas = [node for node in ciw.nodes if node.kind == "area"]
    assert [area.title_en for area in areas] == [
        "The quality and effectiveness of private law practice with families",
        "The quality and effectiveness of public law practice with families",
        "The quality and effectiveness of leadership and governance at an operational and strategic level",
    ]
    assert all(area.descriptor_en and area.descriptor_cy for area in areas)
    assert ciw.graded_nodes() == ()
    assert [(c.code, c.title_en, c.title_cy) for c in ciw.output_categories] == [
        ("strengths", "Strengths", "Cryfderau"),
        ("areas_for_improvement", "Areas for improvement", "Meysydd i'w gwella"),
    ]


def test_iter_nodes_is_depth_first_in_file_order(builtins):
    mcsi = builtins["mcsi-2004"]
    codes = [node.code for node in mcsi.iter_nodes()]
    assert codes[:3] == ["KF1", "1a", "1b"]
    assert codes.index("KF2") == 8 and codes.index("2a") == 9
    assert mcsi.node("3f").title_en.startswith("Staff are effectively supported")
    with pytest.raises(KeyError, match="no node 'nope'"):
        mcsi.node("nope")


# ---------------------------------------------------------------------------------- proportion words


@pytest.mark.parametrize(
    ("count", "total", "expected"),
    [
        (25, 33, "most"),
        (30, 33, "almost all"),
        (1, 33, "few"),
        (18, 33, "majority"),
        (10, 33, None),  # 30%: no word is defined for it
        (80, 100, "most"),  # "over 80%": exactly 80 is not almost all
        (81, 100, "almost all"),
        (4, 5, "most"),
        (65, 100, "majority"),
        (66, 100, "most"),
        (51, 100, None),
        (52, 100, "majority"),
        (20, 100, None),  # "less than 20%": exactly 20 is not few
        (19, 100, "few"),
        (0, 33, "none"),
        (33, 33, "all"),
        (0, 0, None),
    ],
)
def test_ofsted_proportion_words(ofsted, count, total, expected):
    word = ofsted.proportion_word(count, total)
    assert (word.word_en if word else None) == expected


def test_proportion_words_have_welsh(ofsted):
    assert ofsted.proportion_word(30, 33).word_cy == "bron pob un"
    assert ofsted.proportion_word(25, 33).word_cy == "y rhan fwyaf"


def _seed_rule(count: int, total: int) -> str | None:
    """001 L164 written out by hand, plus FieldKit's exact 'all' and 'none'."""
    if count == 0:
        return "none"
    if count == total:
        return "all"
    if count * 100 > 80 * total:
        return "almost all"
    if count * 100 > 65 * total:
        return "most"
    if count * 100 > 51 * total:
        return "majority"
    if count * 100 < 20 * total:
        return "few"
    return None


def test_proportion_word_agrees_with_the_seed_for_every_sample_up_to_200(ofsted):
    for total in range(1, 201):
        for count in range(total + 1):
            word = ofsted.proportion_word(count, total)
            assert (word.word_en if word else None) == _seed_rule(count, total), (count, total)


def test_proportion_word_rejects_impossible_counts(ofsted):
    for count, total in [(-1, 10), (11, 10), (1, -1)]:
        with pytest.raises(ValueError):
            proportion_word(count, total, ofsted.proportion_words)


words_strategy = st.lists(
    st.builds(
        ProportionWord,
        code=st.just("w"),
        word_en=st.text(min_size=1, max_size=5),
        word_cy=st.text(min_size=1, max_size=5),
        comparator=st.sampled_from(COMPARATORS),
        threshold=st.integers(0, 100) | st.floats(0, 100, allow_nan=False),
    ),
    max_size=6,
)


@given(words=words_strategy, total=st.integers(1, 500), data=st.data())
def test_proportion_word_picks_the_narrowest_word_that_holds(words, total, data):
    count = data.draw(st.integers(0, total))
    chosen = proportion_word(count, total, words)
    holding = [w for w in words if w.holds_for(count, total)]
    if not holding:
        assert chosen is None
        return
    assert chosen is not None and chosen.holds_for(count, total)
    assert chosen.span == min(w.span for w in holding)
    assert chosen is next(w for w in holding if w.span == chosen.span)  # ties: first listed wins
    percent = Fraction(100 * count, total)
    if chosen.comparator == "gt":
        assert percent > Fraction(str(chosen.threshold))


# ------------------------------------------------------------------------------------ error messages

MINIMAL = """\
format = "fieldkit-framework"
format_version = 1
id = "demo"
version = "1.0"
title_en = "Demo"
title_cy = "Enghraifft"
publisher_en = "Inspectorate"
publisher_cy = "Arolygiaeth"
year = 2024
languages = ["en"]

[[scales]]
code = "four_point"
kind = "graded"
title_en = "Four-point"
title_cy = "Pedwar pwynt"
levels = [
  { code = "good", label_en = "Good", label_cy = "Da" },
  { code = "poor", label_en = "Poor", label_cy = "Gwael" },
]

[[scales]]
code = "yes_no"
kind = "binary"
title_en = "Yes / No"
title_cy = "Ie / Na"
levels = [
  { code = "yes", label_en = "Yes", label_cy = "Ie" },
  { code = "no", label_en = "No", label_cy = "Na" },
]

[[nodes]]
code = "S1"
kind = "section"
title_en = "Section"
title_cy = "Adran"

[[nodes.children]]
code = "S1.1"
kind = "criterion"
title_en = "Criterion"
title_cy = "Maen prawf"
graded = true
scale = "four_point"

[[proportion_words]]
code = "most"
word_en = "most"
word_cy = "y rhan fwyaf"
comparator = "gt"
threshold = 65
"""


def _problems(text: str) -> str:
    with pytest.raises(FrameworkError) as caught:
        parse_framework(text, "demo.toml")
    return str(caught.value)


def test_minimal_example_is_valid():
    framework = parse_framework(MINIMAL, "demo.toml")
    assert framework.node("S1.1").scale == "four_point"


def test_unknown_scale_names_file_key_path_and_known_scales():
    message = _problems(MINIMAL.replace('scale = "four_point"', 'scale = "fourpoint"'))
    assert message == "demo.toml: nodes[0].children[0].scale: unknown scale 'fourpoint' (known: four_point, yes_no)"


def test_missing_welsh_title_is_named():
    message = _problems(MINIMAL.replace('title_cy = "Maen prawf"\n', ""))
    assert message.startswith("demo.toml: nodes[0].children[0].title_cy: required key missing")
    assert "Welsh (cy)" in message


def test_missing_welsh_label_is_named():
    message = _problems(MINIMAL.replace(', label_cy = "Gwael"', ""))
    assert message.startswith("demo.toml: scales[0].levels[1].label_cy: required key missing")


def test_empty_welsh_title_is_rejected():
    message = _problems(MINIMAL.replace('title_cy = "Adran"', 'title_cy = "  "'))
    assert message == "demo.toml: nodes[0].title_cy: must not be empty"


def test_duplicate_node_code_names_both_places():
    message = _problems(MINIMAL.replace('code = "S1.1"', 'code = "S1"'))
    assert message == "demo.toml: nodes[0].children[0].code: duplicate node code 'S1' (first at nodes[0].code)"


def test_unknown_key_is_rejected_with_a_suggestion():
    message = _problems(MINIMAL.replace('title_cy = "Adran"', 'titel_cy = "Adran"'))
    assert "demo.toml: nodes[0].titel_cy: unknown key; did you mean 'title_cy'?" in message
    assert "demo.toml: nodes[0].title_cy: required key missing" in message


def test_malformed_toml_names_file_and_line():
    broken = MINIMAL.replace('title_en = "Section"', 'title_en = "Section')
    line = MINIMAL.splitlines().index('title_en = "Section"') + 1
    message = _problems(broken)
    assert message.startswith(f"demo.toml: line {line}, column ")
    assert "malformed TOML" in message


def test_file_errors_name_the_path(tmp_path):
    path = tmp_path / "custom.toml"
    path.write_text(MINIMAL.replace("threshold = 65", "threshold = 165"), encoding="utf-8")
    with pytest.raises(FrameworkError) as caught:
        load_framework(path)
    assert str(caught.value) == f"{path}: proportion_words[0].threshold: 165 is not a percentage from 0 to 100"


def test_missing_file_and_non_utf8_are_framework_errors(tmp_path):
    with pytest.raises(FrameworkError, match="cannot read"):
        load_framework(tmp_path / "absent.toml")
    latin1 = tmp_path / "latin1.toml"
    latin1.write_bytes(MINIMAL.replace("Enghraifft", "Ŵyl").encode("utf-8").replace("Ŵ".encode(), b"\xd4"))
    with pytest.raises(FrameworkError, match="not UTF-8"):
        load_framework(latin1)


def test_a_byte_order_mark_is_accepted(tmp_path):
    path = tmp_path / "bom.toml"
    path.write_bytes(b"\xef\xbb\xbf" + MINIMAL.encode("utf-8"))
    assert load_framework(path).id == "demo"


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            ('graded = true\nscale = "four_point"\n', "graded = true\n"),
            "nodes[0].children[0].scale: required key missing: a graded node needs a scale",
        ),
        (
            ('graded = true\nscale = "four_point"\n', 'scale = "four_point"\n'),
            "nodes[0].children[0].scale: a scale is given but graded is false",
        ),
        (("graded = true", 'graded = "yes"'), "nodes[0].children[0].graded: expected true or false, got a string"),
        (('kind = "criterion"', 'kind = "critrion"'), "did you mean 'criterion'?"),
        (('comparator = "gt"', 'comparator = ">"'), "proportion_words[0].comparator: '>' is not one of"),
        (("threshold = 65", "threshold = -1"), "proportion_words[0].threshold: -1 is not a percentage"),
        (
            ('{ code = "no", label_en = "No", label_cy = "Na" },\n', ""),
            "scales[1].levels: a binary scale has exactly 2 levels besides N/A, not 1",
        ),
        (('version = "1.0"', 'version = "one"'), "version: 'one' is not a valid version"),
        (("format_version = 1", "format_version = 2"), "format_version: this FieldKit reads format_version 1, got 2"),
        (('format = "fieldkit-framework"', 'format = "something-else"'), "not a FieldKit framework file"),
        (("year = 2024", 'year = "2024"'), "year: expected a whole number, got a string"),
    ],
)
def test_validation_messages(change, expected):
    old, new = change
    assert old in MINIMAL
    assert expected in _problems(MINIMAL.replace(old, new, 1))


def test_optional_text_needs_both_languages():
    text = MINIMAL.replace('title_cy = "Adran"', 'title_cy = "Adran"\ndescriptor_en = "Only English"')
    assert _problems(text) == "demo.toml: nodes[0].descriptor_cy: Welsh (cy) text missing: descriptor_en is given"


def test_a_survey_scale_cannot_grade_a_node():
    text = MINIMAL.replace('kind = "graded"', 'kind = "survey"')
    assert "is a survey scale" in _problems(text)


def test_every_problem_is_reported_at_once():
    text = MINIMAL.replace('scale = "four_point"', 'scale = "fourpoint"').replace('title_cy = "Adran"', "")
    problems = _problems(text).splitlines()
    assert len(problems) == 2
    assert all(line.startswith("demo.toml: nodes[0]") for line in problems)


def test_checklist_references_are_checked():
    checklist = """
[[checklists]]
code = "case_file"
title_en = "Case file"
title_cy = "Ffeil achos"
applies_to = ["case_file"]
informs = ["S9"]
items = [{ code = "a", title_en = "A", title_cy = "A", scale = "yes_no", group = "nope" }]
"""
    message = _problems(MINIMAL + checklist)
    assert "checklists[0].informs[0]: unknown node 'S9'" in message
    assert "checklists[0].items[0].group: unknown group 'nope' (known: none defined)" in message


# ---------------------------------------------------------------------------------- canonical JSON


def test_canonical_json_round_trips_every_builtin(builtins):
    for framework in builtins.values():
        text = framework.to_canonical_json()
        again = framework_from_json(text, expected_sha256=framework.content_sha256)
        assert again == framework
        assert again.content_sha256 == framework.content_sha256
        assert again.to_canonical_json() == text


def test_content_sha256_is_the_hash_of_the_canonical_json(ofsted):
    assert ofsted.content_sha256 == hashlib.sha256(ofsted.to_canonical_json().encode("utf-8")).hexdigest()
    assert json.loads(ofsted.to_canonical_json())["format"] == "fieldkit-framework"


def test_sha_is_stable_across_loads_and_file_layout():
    framework = parse_framework(MINIMAL, "a.toml")
    relaid = "# a comment\n" + MINIMAL.replace("threshold = 65", "threshold = 65.0").replace("\n\n", "\n\n\n")
    assert parse_framework(relaid, "b.toml").content_sha256 == framework.content_sha256
    assert parse_framework(MINIMAL, "c.toml").content_sha256 == framework.content_sha256


def test_sha_changes_with_content():
    framework = parse_framework(MINIMAL, "a.toml")
    changed = parse_framework(MINIMAL.replace("Maen prawf", "Maen prawf newydd"), "a.toml")
    assert changed.content_sha256 != framework.content_sha256
    assert replace(framework, version="1.1").content_sha256 != framework.content_sha256


def test_stored_json_that_was_altered_is_refused(ofsted):
    tampered = ofsted.to_canonical_json().replace("Rhagorol", "Ardderchog")
    with pytest.raises(FrameworkError, match="content_sha256"):
        framework_from_json(tampered, "inspection 7", expected_sha256=ofsted.content_sha256)


def test_stored_json_is_validated_like_a_file():
    with pytest.raises(FrameworkError, match="inspection 7: line 1"):
        framework_from_json("{not json", "inspection 7")
    data = json.loads(parse_framework(MINIMAL, "a.toml").to_canonical_json())
    data["nodes"][0]["colour"] = "red"
    with pytest.raises(FrameworkError, match=r"inspection 7: nodes\[0\]\.colour: unknown key"):
        framework_from_json(json.dumps(data), "inspection 7")


def test_builtin_files_are_utf8_text():
    for path in builtin_framework_paths():
        text = Path(path).read_bytes().decode("utf-8")
        assert "\r" not in text and "\t" not in text


def test_the_example_in_the_docs_is_valid():
    docs = Path(__file__).resolve().parents[2] / "docs" / "frameworks.md"
    example = docs.read_text(encoding="utf-8").split("```toml\n", 1)[1].split("```", 1)[0]
    framework = parse_framework(example, "docs/frameworks.md")
    assert framework.id == "example-2025"
    assert framework.checklists_for("case_file")[0].items[1].scale == "yes_no"
