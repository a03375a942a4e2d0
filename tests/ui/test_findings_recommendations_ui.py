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


def test_finding_dialog_by_keyboard(qtbot, findings_page, services, ofsted):
    page = findings_page
    page.add_button.click()
    dialog = page.dialog
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert page.dialog is None and services.findings.list(ofsted) == []
    page.add_button.click()
    dialog = page.dialog
    type_text(dialog.text, "Inspectors saw children’s views recorded in their own words.")
    dialog.nodes.setFocus()
    dialog.nodes.setCurrentItem(dialog.nodes._items["1.5"])
    qtbot.keyClick(dialog.nodes, Qt.Key.Key_Space)
    assert dialog.nodes.checked() == ["1.5"]
    dialog.category.setFocus()
    qtbot.keyClick(dialog.category, Qt.Key.Key_Return)  # the default button
    assert page.dialog is None
    [row] = services.findings.list(ofsted)
    assert row.finding.nodes == ("1.5",)


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


# -- recommendations -----------------------------------------------------------------------------------


@pytest.fixture
def recs_page(qtbot, tasks, prompts, services, ofsted):
    return _recs_page(qtbot, tasks, prompts, services, ofsted)


def _recs_page(qtbot, tasks, prompts, services, inspection):
    from fieldkit.ui.judgements.recommendations_page import RecommendationsPage

    page = RecommendationsPage(tasks, prompts)
    qtbot.addWidget(page)
    page.load(services, inspection)
    page.show()
    return page


def test_add_recommendations_set_status_with_reason_and_add_progress(qtbot, recs_page, services, ofsted,
                                                                     prompts):
    page = recs_page
    finding = services.findings.add(ofsted, category="area_for_improvement", text="Case records are incomplete.",
                                    nodes=["1.1.3"]).uuid
    page.reload()
    assert page.table_rows() == [] and page.summary.text() == "No recommendations yet."
    page.add_button.click()
    dialog = page.dialog
    assert dialog.addressee.text() == "Cafcass East Midlands"  # the inspected body to start with
    type_text(dialog.topic, "Case recording")
    type_text(dialog.text, "Cafcass should take steps to ensure a good quality of case recording.")
    type_text(dialog.purpose, "in order that accountability is demonstrable")
    from fieldkit.ui.judgements.recommendation_dialogs import tick

    tick(dialog.findings, finding)
    dialog.nodes.set_checked("1.1.3")
    dialog.save_button.click()
    assert page.dialog is None
    page.add_button.click()
    page.dialog.text.setPlainText("Cafcass should develop practice guidance on drug using parents.")
    page.dialog.topic.setText("Drug using parents")
    page.dialog.save_button.click()
    first, second = services.recommendations.list(ofsted)
    r = first.recommendation
    assert (r.number, r.topic, r.purpose, r.addressee, r.findings, r.nodes) == (
        1, "Case recording", "in order that accountability is demonstrable", "Cafcass East Midlands", (finding,),
        ("1.1.3",))
    assert [row[:2] for row in page.table_rows()] == [("1", "Case recording"), ("2", "Drug using parents")]
    assert page.table_rows()[1][3] == "Open"
    page.select(first.uuid)
    html = page.details.toPlainText()
    assert "Case records are incomplete." in html and "1.1.3 Case file recording" in html

    # Closing without a reason is refused: the error is shown, the dialog stays, nothing changes.
    page.status_button.click()
    dialog = page.dialog
    dialog.set_status("closed")
    assert dialog.reason.isEnabled()
    dialog.note_edit.setText("QA6 amended")
    dialog.save_button.click()
    kind, title, text = prompts.calls[-1]
    assert kind == "error" and "closure reason: required" in text and "Nothing was saved" in text
    assert page.dialog is dialog and dialog.note_edit.text() == "QA6 amended"
    assert services.recommendations.get(first.uuid).rev == first.rev
    dialog.set_status("closed", "actioned")
    dialog.save_button.click()
    assert page.dialog is None
    assert services.recommendations.get(first.uuid).recommendation.status_text() == "Closed. Actioned – QA6 amended"
    assert page.table_rows()[0][3] == "Closed. Actioned – QA6 amended"

    page.select(second.uuid)
    page.status_button.click()
    dialog = page.dialog
    assert not dialog.reason.isEnabled()  # an open recommendation has no closure reason
    dialog.note_edit.setText("to be reviewed in May 2009")
    dialog.next_review.setText("2009-13")
    dialog.save_button.click()
    assert "next review: not a real date" in prompts.calls[-1][2] and page.dialog is dialog
    dialog.next_review.setText("2009-05")
    dialog.save_button.click()
    assert page.table_rows()[1][3:] == ("Open – to be reviewed in May 2009", "2009-05")

    page.progress_button.click()
    dialog = page.dialog
    dialog.at.setText("2009-01")
    type_text(dialog.text, "Guidance drafted; consultation with service managers under way.")
    dialog.save_button.click()
    [p] = services.recommendations.get(second.uuid).recommendation.progress
    assert (p.at, p.text, p.author) == ("2009-01", "Guidance drafted; consultation with service managers under way.",
                                        "Ann Inspector")
    assert "2009-01 — Guidance drafted" in page.details.toPlainText()
    assert page.summary.text() == "2 recommendations: 1 open, 0 proposed for closure, 1 closed."

    prompts.confirm_answer = True
    page.select(first.uuid)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert "Withdraw recommendation 1?" in prompts.calls[-1][2]
    assert [r.recommendation.number for r in services.recommendations.list(ofsted)] == [2]
    assert [row[0] for row in page.table_rows()] == ["2"]  # the others keep their numbers
    page.add_button.click()
    page.dialog.text.setPlainText("A third")
    page.dialog.save_button.click()
    assert [row[0] for row in page.table_rows()] == ["2", "3"]


def test_a_response_covers_two_recommendations(qtbot, recs_page, services, ofsted, prompts):
    page = recs_page
    r12 = services.recommendations.add(ofsted, text="Twelve", topic="Judiciary")
    r13 = services.recommendations.add(ofsted, text="Thirteen", topic="Audit of supervision")
    other = services.recommendations.add(ofsted, text="Fourteen")
    page.reload()
    page.select(r12.uuid)
    page.response_button.click()
    dialog = page.dialog
    from fieldkit.ui.judgements.recommendation_dialogs import checked_ids, tick

    assert checked_ids(dialog.covers) == [r12.uuid]  # the selected one, to start with
    tick(dialog.covers, r13.uuid)
    type_text(dialog.responder, "Cafcass")
    dialog.add_action("QA framework", "April 2005", "Head of Quality")
    dialog.save_button.click()
    assert "actions[0].by: a day (YYYY-MM-DD) or a month (YYYY-MM)" in prompts.calls[-1][2]
    assert services.recommendations.responses(ofsted) == [] and page.dialog is dialog
    dialog.actions.item(0, 1).setText("2005-04")
    dialog.add_action_button.click()
    assert dialog.actions.rowCount() == 2 and dialog.actions.currentRow() == 1
    dialog.actions.item(1, 0).setText("Supervision policy")
    dialog.actions.item(1, 1).setText("2004-10-01")
    dialog.add_action()  # left blank: not an action
    type_text(dialog.target, "Clear, concise case recording")
    dialog.by.setText("2008-06")
    dialog.by_note.setText("notification will be immediate")
    dialog.owner.setText("Service managers")
    dialog.monitoring.setText("CMT")
    dialog.received.setText("2008-02-14")
    dialog.save_button.click()
    assert page.dialog is None
    [resp] = services.recommendations.responses(ofsted)
    r = resp.response
    assert r.recommendations == (r12.uuid, r13.uuid)
    assert [(a.text, a.by, a.owner) for a in r.actions] == [("QA framework", "2005-04", "Head of Quality"),
                                                            ("Supervision policy", "2004-10-01", "")]
    assert (r.responder, r.improvement_target, r.by, r.by_note, r.owner, r.monitoring_body, r.received) == (
        "Cafcass", "Clear, concise case recording", "2008-06", "notification will be immediate", "Service managers",
        "CMT", "2008-02-14")
    for uuid in (r12.uuid, r13.uuid):
        page.select(uuid)
        assert [page.responses.item(i).text() for i in range(page.responses.count())] == [
            "Cafcass, covering recommendations 1, 2"]
        shown = page.detail_pane.response_view.toPlainText()
        for line in ("QA framework", "2005-04", "Head of Quality", "Supervision policy", "2004-10-01",
                     "Overall improvement target: Clear, concise case recording",
                     "By: 2008-06 (notification will be immediate)", "Owner: Service managers",
                     "Monitoring body: CMT", "Received: 2008-02-14"):
            assert line in shown
        assert not page.detail_pane.none_label.isVisibleTo(page)
    page.select(other.uuid)
    assert page.responses.count() == 0 and page.detail_pane.none_label.isVisibleTo(page)
    table = services.recommendations.progress_table(ofsted)
    assert table[0].action_plan == table[1].action_plan == ("QA framework", "Supervision policy")

    page.select(r13.uuid)
    page.responses.setCurrentRow(0)
    page.edit_response_button.click()
    page.dialog.owner.setText("Head of Quality")
    page.dialog.save_button.click()
    assert services.recommendations.responses(ofsted)[0].response.owner == "Head of Quality"

    prompts.confirm_answer = True
    page.responses.setFocus()
    qtbot.keyClick(page.responses, Qt.Key.Key_Delete)
    assert "covers recommendations 1, 2" in prompts.calls[-1][2]
    assert services.recommendations.responses(ofsted) == [] and page.responses.count() == 0


def test_renumber_through_the_dialog_is_explicit_and_audited(recs_page, services, store, ofsted, prompts):
    page = recs_page
    a = services.recommendations.add(ofsted, text="A").uuid
    b = services.recommendations.add(ofsted, text="B").uuid
    c = services.recommendations.add(ofsted, text="C").uuid
    page.reload()
    page.renumber_button.click()
    dialog = page.dialog
    assert "recorded in the audit trail" in dialog.explanation.text()
    assert dialog.numbers() == {a: 1, b: 2, c: 3}
    dialog.set_number(a, 2)
    assert dialog.clash.isVisibleTo(dialog) and dialog.clash.text() == "Used more than once: 2"
    before = len(store.records.audit_events())
    dialog.save_button.click()
    assert prompts.calls[-1][0] == "error" and "number: 2 would be used twice" in prompts.calls[-1][2]
    assert len(store.records.audit_events()) == before and page.dialog is dialog
    dialog.set_number(a, 3)
    dialog.set_number(c, 1)
    dialog.save_button.click()
    assert page.dialog is None
    assert [(row[0], row[2]) for row in page.table_rows()] == [("1", "C"), ("2", "B"), ("3", "A")]
    assert [e["action"] for e in store.records.audit_events()[before:]] == ["update", "update", "renumber"]

    page.renumber_button.click()
    page.dialog.save_button.click()  # nothing moved: closes without writing or auditing
    assert page.dialog is None and len(store.records.audit_events()) == before + 3


def test_shared_numbers_after_a_merge_are_warned_about_and_fixed_by_renumbering(recs_page, services, store,
                                                                               ofsted):
    page = recs_page
    services.recommendations.add(ofsted, text="Drafted on one laptop")
    second = services.recommendations.add(ofsted, text="Drafted on another")
    head = store.records.get(second.uuid)  # what a merge of two laptops' "Recommendation 1" leaves
    store.records.update(second.uuid, {**head.data, "number": 1}, author="Bob Inspector", expected_rev=head.rev)
    page.reload()
    assert page.duplicates.isVisibleTo(page) and "number 1" in page.duplicates.text()
    assert [row[0] for row in page.table_rows()] == ["1", "1"]
    page.renumber_button.click()
    page.dialog.number_in_order()
    page.dialog.save_button.click()
    assert [row[0] for row in page.table_rows()] == ["1", "2"]
    assert not page.duplicates.isVisibleTo(page)


def test_carry_forward_into_a_follow_up(qtbot, tasks, prompts, services):
    from tests.services.test_recommendations import enter_seed_003

    earlier = services.inspections.create(title="Accountability Review", inspected_body="Cafcass",
                                          framework_id="ofsted-hmica-2007")
    enter_seed_003(services, earlier)
    services.inspections.archive(earlier)
    follow_up = services.inspections.create(title="Follow-up", inspected_body="Cafcass",
                                            framework_id="ofsted-hmica-2007")
    page = _recs_page(qtbot, tasks, prompts, services, follow_up)
    page.carry_button.click()
    dialog = page.dialog
    assert [dialog.source.itemText(i) for i in range(dialog.source.count())] == ["Accountability Review (archived)"]
    assert dialog.recs.count() == 15 and len(dialog.chosen()) == 15  # none closed, so all ticked to start with
    assert dialog.recs.item(6).text() == "7. The Board should examine the organisation's structure on an annual " \
                                         "basis — Open"
    open_ones = {r.uuid for r in services.recommendations.list(earlier) if r.recommendation.status == "open"}
    dialog.set_ticked(open_ones)
    assert dialog.status.text() == "5 of 15 ticked."
    dialog.save_button.click()
    assert page.dialog is None
    rows = page.table_rows()
    assert [row[0] for row in rows] == ["1", "2", "3", "4", "5"]
    assert rows[0][3:] == ("Open – to be reviewed in May 2009", "2009-05")
    page.select(services.recommendations.list(follow_up)[0].uuid)
    assert "Carried forward from: recommendation 7 of “Accountability Review”" in page.details.toPlainText()

    page.carry_button.click()  # carrying the same ones again adds nothing
    page.dialog.set_ticked(open_ones)
    page.dialog.save_button.click()
    assert len(services.recommendations.list(follow_up)) == 5


def test_carry_forward_says_when_there_is_nothing_to_carry_from(recs_page, prompts):
    recs_page.carry_button.click()
    assert recs_page.dialog is None and prompts.calls[-1][0] == "info"


def test_seed_003_table_reads_the_same_as_the_progress_table(qtbot, tasks, prompts, services):
    from tests.services.test_recommendations import enter_seed_003

    inspection = services.inspections.create(title="Accountability Review", inspected_body="Cafcass",
                                             framework_id="ofsted-hmica-2007")
    enter_seed_003(services, inspection)
    page = _recs_page(qtbot, tasks, prompts, services, inspection)
    table = services.recommendations.progress_table(inspection)
    assert len(table) == 15
    assert [(row[0], row[2], row[3], row[4]) for row in page.table_rows()] == [
        (str(r.number), r.recommendation, r.status_text, r.next_review or "") for r in table]
    assert page.table_rows()[3][3] == ("Proposed for closure. Closed here, kept open by an external party – "
                                       "although DCSF have agreed to keep this issue open and under consideration")
    assert page.summary.text() == "15 recommendations: 5 open, 10 proposed for closure, 0 closed."
    assert not page.duplicates.isVisibleTo(page)
    page.select(table[6].uuid)
    assert "An initial report to be submitted to the Board in May/June 2009." in page.details.toPlainText()
    assert "Annual report to be submitted to the Board for review." in page.detail_pane.response_view.toPlainText()


def test_with_the_real_task_runner_writes_run_off_the_gui_thread(qtbot, prompts, services, ofsted):
    from fieldkit.ui.judgements.recommendations_page import RecommendationsPage
    from fieldkit.ui.tasks import TaskRunner

    tasks = TaskRunner()
    try:
        page = RecommendationsPage(tasks, prompts)
        qtbot.addWidget(page)
        page.load(services, ofsted)
        page.show()
        qtbot.waitUntil(lambda: page.summary.text() == "No recommendations yet.", timeout=5000)
        page.add_button.click()
        dialog = page.dialog
        dialog.text.setPlainText("Cafcass should develop systems to measure the impact of staff training.")
        dialog.save_button.click()
        assert not dialog.save_button.isEnabled()  # pressed once, written once
        qtbot.waitUntil(lambda: bool(page.table_rows()) and page.dialog is None, timeout=5000)
        assert page.table_rows()[0][:3] == ("1", "", "Cafcass should develop systems to measure the impact of "
                                                     "staff training.")
        page.status_button.click()
        page.dialog.set_status("closed")
        page.dialog.save_button.click()
        qtbot.waitUntil(lambda: any(c[0] == "error" for c in prompts.calls), timeout=5000)
        assert page.dialog is not None and page.dialog.save_button.isEnabled()  # refused: try again
        page.dialog.reject()
        assert services.recommendations.list(ofsted)[0].recommendation.status == "open"
    finally:
        tasks.shutdown()
