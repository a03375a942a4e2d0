"""What a valid inspection, site, team member and child register entry look like (fieldkit/domain/inspection.py)."""

from __future__ import annotations

import pytest

from fieldkit.domain.inspection import ROLES, Child, Inspection, Site, TeamMember, ValidationError


def _problems(record) -> list[str]:
    with pytest.raises(ValidationError) as info:
        record.validate()
    return info.value.problems


# -- sites: validity dates ------------------------------------------------------------------------

def test_a_site_may_have_open_or_closed_validity_dates():
    assert Site("Swyddfa Caerdydd").validate()
    assert Site("Swyddfa Caerdydd", "South East Wales", valid_from="2015-04-01").validate()
    assert Site("Swyddfa Caerdydd", valid_to="2019-03-31").validate()
    assert Site("Swyddfa Caerdydd", valid_from="2018-11-05", valid_to="2018-11-05").validate(), "one day is fine"


def test_a_site_closing_before_it_opens_is_refused():
    assert _problems(Site("Llandudno", valid_from="2018-06-01", valid_to="2018-05-31")) == [
        "valid to: before valid from"]


@pytest.mark.parametrize("bad", ["01/06/2018", "2018-13-01", "2018-02-30", "yesterday"])
def test_site_dates_must_be_real_iso_dates(bad):
    assert _problems(Site("Wrecsam", valid_from=bad)) == [f"valid from: not a date (YYYY-MM-DD): {bad!r}"]
    assert _problems(Site("Wrecsam", valid_to=bad)) == [f"valid to: not a date (YYYY-MM-DD): {bad!r}"]


def test_every_site_problem_is_named_at_once():
    assert _problems(Site("  ", valid_from="soon", valid_to="later")) == [
        "site name: required", "valid from: not a date (YYYY-MM-DD): 'soon'",
        "valid to: not a date (YYYY-MM-DD): 'later'"]


def test_a_site_round_trips_through_its_record_data():
    site = Site("Swyddfa Abertawe", "West Wales", "2010-01-01", None)
    assert Site.from_data({**site.to_data(), "unknown_later_field": 1}) == site


# -- team: roles ----------------------------------------------------------------------------------

@pytest.mark.parametrize("role", ROLES)
def test_the_three_team_roles(role):
    assert TeamMember("Rhian Evans", role).validate().role == role


@pytest.mark.parametrize("role", ["Lead", "lead inspector", "observer", ""])
def test_any_other_role_is_refused_with_the_choices(role):
    assert _problems(TeamMember("Rhian Evans", role)) == ["team member role: one of lead, inspector, assistant"]


def test_a_team_member_needs_a_name():
    assert _problems(TeamMember(" ", "inspector")) == ["team member name: required"]


# -- the child pseudonym register -------------------------------------------------------------------

@pytest.mark.parametrize("pseudonym", ["Child A", "Plentyn-7", "Ŵyn", "Ŷr 2", "A", "Siôn Ŵ"])
def test_pseudonyms_of_letters_digits_spaces_and_hyphens(pseudonym):
    assert Child(pseudonym, 9).validate()


@pytest.mark.parametrize("pseudonym", ["", " leading space", "-dash first", "A" * 32, "Child/A", "C@1", "A.B"])
def test_other_pseudonyms_are_refused(pseudonym):
    assert _problems(Child(pseudonym, 9)) == ["pseudonym: 1–31 letters, digits, spaces or hyphens"]


@pytest.mark.parametrize("age", [0, 1, 17, 25])
def test_ages_in_whole_years_from_0_to_25(age):
    assert Child("Child B", age).validate().age == age


@pytest.mark.parametrize("age", [-1, 26, 9.5, "9", None, True])
def test_other_ages_are_refused(age):
    assert _problems(Child("Child B", age)) == ["age: whole years from 0 to 25"]


def test_both_child_problems_at_once():
    assert _problems(Child("", -3)) == ["pseudonym: 1–31 letters, digits, spaces or hyphens",
                                         "age: whole years from 0 to 25"]


# -- the inspection itself ----------------------------------------------------------------------------

def _inspection(**changes) -> Inspection:
    base = dict(title="Arolygiad", inspected_body="Cafcass Cymru", framework_id="ciw-2018",
                framework_version="2018.1", framework_sha256="0" * 64)
    return Inspection(**{**base, **changes})


def test_fieldwork_and_notice_dates_are_checked_against_each_other():
    assert _inspection(notice_date="2018-10-01", fieldwork_start="2018-11-05", fieldwork_end="2018-11-16").validate()
    assert _problems(_inspection(fieldwork_start="2018-11-16", fieldwork_end="2018-11-05")) == [
        "fieldwork end: before fieldwork start"]
    assert _problems(_inspection(notice_date="2018-11-06", fieldwork_start="2018-11-05")) == [
        "notice date: after fieldwork start"]


def test_inspection_requires_title_body_framework_and_a_known_status():
    assert _problems(_inspection(title=" ", inspected_body="", framework_version="", status="closed")) == [
        "title: required", "inspected body: required", "framework: required", "status: one of active, archived"]
