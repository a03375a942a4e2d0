"""Findings and recommendations pages over a real encrypted store, driven as an inspector would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from fieldkit.domain.inspection import TeamMember
from fieldkit.services.container import Services
from fieldkit.ui.tasks import ImmediateTaskRunner
from tests.services.test_judgements import add_private_law_reports
from tests.ui.conftest import type_text


@pytest.fixture
def services(store):
    return Services.over(store)


@pytest.fixture
def tasks():
    return ImmediateTaskRunner()


@pytest.fixture
def ofsted(services):
    uuid = services.inspections.create(title="Ofsted inspection of Cafcass East Midlands",
                                       inspected_body="Cafcass East Midlands", framework_id="ofsted-hmica-2007")
    services.inspections.add_team_member(uuid, TeamMember("Ann Inspector", "lead"))
    return uuid


@pytest.fixture
def findings_page(qtbot, tasks, prompts, services, ofsted):
    from fieldkit.ui.judgements.findings_page import FindingsPage

    page = FindingsPage(tasks, prompts)
    qtbot.addWidget(page)
    page.load(services, ofsted)
    page.show()
    return page


def _headings(page) -> list[str]:
    return [page.tree.topLevelItem(i).text(0) for i in range(page.tree.topLevelItemCount())]


def _children(page, i: int) -> list[str]:
    heading = page.tree.topLevelItem(i)
    return [heading.child(j).text(0) for j in range(heading.childCount())]


# -- findings ------------------------------------------------------------------------------------------


def test_add_edit_and_remove_a_finding(qtbot, findings_page, services, ofsted, prompts):
    page = findings_page
    report = services.evidence.create(ofsted, "court_report_reading", {
        "evidence_date": "2007-06-20", "title": "s7 report EM-001", "report_kind": "s7"}).uuid
    page.reload()
    assert _headings(page) == ["Strengths (0)", "Areas for improvement (0)", "Good practice (0)"]
    assert not page.edit_button.isEnabled()

    page.add_button.click()
    dialog = page.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.category.setCurrentIndex(dialog.category.findData("area_for_improvement"))
    type_text(dialog.text, "Reports do not analyse the child’s wishes and feelings.")
    dialog.nodes.set_checked("1.3")
    dialog.evidence.add_link(report, "no analysis of wishes")
    assert dialog.evidence.list.count() == 1 and "s7 report EM-001" in dialog.evidence.list.item(0).text()
    dialog.save_button.click()
    assert page.dialog is None
    [row] = services.findings.list(ofsted)
    f = row.finding
    assert (f.category, f.text, f.nodes) == ("area_for_improvement",
                                             "Reports do not analyse the child’s wishes and feelings.", ("1.3",))
    assert [(link.evidence, link.passage) for link in f.evidence] == [(report, "no analysis of wishes")]
    assert _headings(page)[1] == "Areas for improvement (1)"
    assert _children(page, 1) == ["Reports do not analyse the child’s wishes and feelings."]
    assert page.tree.currentItem().data(0, Qt.ItemDataRole.UserRole + 1) == row.uuid  # the new one is selected
    assert "1.3 Court reports" in page.detail_nodes.text()

    page.edit_button.click()
    dialog = page.dialog
    assert dialog.text.toPlainText() == f.text and dialog.nodes.checked() == ["1.3"]
    dialog.text.setPlainText("Most reports do not analyse wishes and feelings.")
    dialog.category.setCurrentIndex(dialog.category.findData("strength"))
    dialog.save_button.click()
    [row] = services.findings.list(ofsted)
    assert (row.finding.category, row.finding.text) == ("strength", "Most reports do not analyse wishes and "
                                                                   "feelings.")
    assert row.rev == 2 and row.finding.evidence == f.evidence
    assert _headings(page)[:2] == ["Strengths (1)", "Areas for improvement (0)"]

    prompts.confirm_answer = False
    page.tree.setFocus()
    qtbot.keyClick(page.tree, Qt.Key.Key_Delete)
    assert prompts.calls[-1][0] == "confirm" and len(services.findings.list(ofsted)) == 1  # said no
    prompts.confirm_answer = True
    qtbot.keyClick(page.tree, Qt.Key.Key_Delete)
    assert services.findings.list(ofsted) == []
    assert _headings(page)[0] == "Strengths (0)" and not page.remove_button.isEnabled()


def test_a_refused_finding_is_shown_and_the_dialog_keeps_what_was_typed(findings_page, services, ofsted, prompts):
    page = findings_page
    page.add_button.click()
    dialog = page.dialog
    dialog.nodes.set_checked("1.3")
    dialog.save_button.click()  # no text
    assert prompts.calls[-1][0] == "error" and "text: required" in prompts.calls[-1][2]
    assert page.dialog is dialog and dialog.isVisible() and dialog.nodes.checked() == ["1.3"]
    assert services.findings.list(ofsted) == []


def test_promote_a_good_practice_evidence_item(findings_page, services, ofsted, prompts):
    page = findings_page
    page.promote_button.click()
    assert prompts.calls[-1][0] == "info" and page.dialog is None  # nothing flagged yet
    services.evidence.create(ofsted, "court_report_reading", {"evidence_date": "2007-06-21",
                                                              "title": "Ordinary report"})  # not flagged
    flagged = services.evidence.create(ofsted, "court_report_reading", {
        "evidence_date": "2007-06-21", "title": "s31 report EM-017", "criteria": ["1.3"], "good_practice": True,
        "good_practice_summary": "The child’s own words open the report."}).uuid
    page.reload()
    assert page.candidates_label.text() == "1 evidence item flagged as good practice is not yet a finding."
    page.promote_button.click()
    dialog = page.dialog
    assert dialog.items.count() == 1 and "s31 report EM-017" in dialog.items.item(0).text()
    assert dialog.text.toPlainText() == "The child’s own words open the report."
    dialog.save_button.click()
    assert page.dialog is None, prompts.calls
    [row] = services.findings.list(ofsted)
    assert (row.finding.category, row.finding.promoted_from, row.finding.nodes) == ("good_practice", flagged,
                                                                                   ("1.3",))
    assert [link.evidence for link in row.finding.evidence] == [flagged]
    assert _children(page, 2) == ["The child’s own words open the report."]
    assert "Promoted from the good practice item “s31 report EM-017”" in page.detail_nodes.text()
    assert page.candidates_label.text() == ""
    opened = []
    page.open_evidence.connect(opened.append)
    page.detail_evidence.list.setCurrentRow(0)
    page.detail_evidence.open_button.click()
    assert opened == [flagged]


def test_quantifier_warning_under_the_text_as_it_is_typed(qtbot, findings_page, services, ofsted):
    add_private_law_reports(services, ofsted)  # 33 s7 readings: 1 good, 7 adequate, 25 inadequate
    page = findings_page
    page.reload()
    page.add_button.click()
    dialog = page.dialog
    assert dialog.flag_messages() == [] and "Link a framework node" in dialog.checked_against.text()
    dialog.nodes.set_checked("1.3")
    assert "33: 1 Good, 7 Adequate, 25 Inadequate" in dialog.checked_against.text()
    type_text(dialog.text, "Almost all private law reports were inadequate.")
    qtbot.waitUntil(lambda: bool(dialog.flag_messages()), timeout=2000)
    [message] = dialog.flag_messages()
    assert message.startswith("⚠") and "most" in message.lower()
    dialog.text.setPlainText("Most private law reports were inadequate.")
    qtbot.waitUntil(lambda: not dialog.flag_messages(), timeout=2000)
    dialog.text.setPlainText("Almost all private law reports were inadequate.")
    qtbot.waitUntil(lambda: bool(dialog.flag_messages()), timeout=2000)
    dialog.save_button.click()  # a warning never blocks
    [row] = services.findings.list(ofsted)
    assert row.finding.text == "Almost all private law reports were inadequate." and row.finding.nodes == ("1.3",)
