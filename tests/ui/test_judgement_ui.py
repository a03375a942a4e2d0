"""pytest-qt: the judgement panel with its decision support, the safeguarding page and the lead's moderation
view, each over a real encrypted store with the synchronous task runner."""

from __future__ import annotations

import pytest

from fieldkit.domain.inspection import Child, TeamMember
from fieldkit.services.container import Services
from tests.ui.conftest import type_text

S7_GRADES = ["good"] * 1 + ["adequate"] * 7 + ["inadequate"] * 25  # 001 ¶30, Annex D


@pytest.fixture
def services(store):
    return Services.over(store)


@pytest.fixture
def inspection(services):
    uuid = services.inspections.create(title="Ofsted inspection of Cafcass East Midlands",
                                       inspected_body="Cafcass East Midlands", framework_id="ofsted-hmica-2007")
    services.inspections.add_team_member(uuid, TeamMember("Ann Inspector", "lead"))
    services.inspections.add_team_member(uuid, TeamMember("Bob Inspector", "inspector"))
    for n, grade in enumerate(S7_GRADES):
        services.evidence.create(uuid, "court_report_reading", {
            "evidence_date": "2007-06-20", "report_kind": "s7", "report_reference": f"EM-{n:03d}",
            "title": f"s7 report {n + 1}", "checklist": {"court_report_s7": {"_overall": grade}}})
    return uuid


@pytest.fixture
def tasks():
    from fieldkit.ui.tasks import ImmediateTaskRunner

    return ImmediateTaskRunner()


@pytest.fixture
def panel(qtbot, services, inspection, tasks, prompts):
    from fieldkit.ui.autosave import Autosaver
    from fieldkit.ui.judgements.judgement_panel import JudgementPanel

    autosaver = Autosaver(tasks)
    panel = JudgementPanel(autosaver, tasks, prompts)
    qtbot.addWidget(panel)
    fw = services.inspections.framework(inspection)
    panel.load(services, inspection, fw, fw.node("1.3"))
    panel.show()
    panel.autosaver = autosaver
    return panel


def test_decision_support_shows_seed_001s_distribution_and_most(panel):
    assert "Overall ratings (33)</b>: 1 Good, 7 Adequate, 25 Inadequate" in panel.support.headline.text()
    assert "“most”" in panel.support.proportion.text() and "25 of 33" in panel.support.proportion.text()
    assert "Median grade of the evidence: Inadequate" in panel.support.median.text()
    assert "one method" in panel.support.sufficiency.text()
    assert panel.support.chart.accessibleDescription().endswith("Inadequate: 25")
    assert panel.grade.currentData() is None  # the app never sets the grade


def test_grading_autosaves_a_draft_and_flags_a_wrong_quantifier(panel, services, inspection):
    panel.grade.setCurrentIndex(panel.grade.findData("inadequate"))
    panel.rationale.setFocus()
    type_text(panel.rationale, "Almost all private law reports were inadequate.")
    assert "'Almost all' does not match" in panel.quantifier_flags.text()
    panel.autosaver.flush_now()
    row = services.judgements.for_node(inspection, "1.3")
    assert (row.judgement.grade, row.judgement.status) == ("inadequate", "draft")
    assert row.judgement.rationale == "Almost all private law reports were inadequate."
    panel.rationale.selectAll()
    type_text(panel.rationale, "Most private law reports were inadequate.")
    assert panel.quantifier_flags.isHidden()
    panel.autosaver.flush_now()
    assert len(services.judgements.history(row.uuid)) == 2


def test_the_lead_moves_it_through_and_a_non_lead_is_refused(panel, services, store, inspection, prompts):
    panel.grade.setCurrentIndex(panel.grade.findData("inadequate"))
    type_text(panel.rationale, "Most were inadequate.")
    store.set_setting("user.display_name", "Bob Inspector")
    panel.propose_button.click()
    assert services.judgements.for_node(inspection, "1.3").judgement.status == "proposed"
    assert panel.moderate_button.isVisible() and not panel.moderate_button.isEnabled()
    panel.move("moderated")  # what the button would do: the service refuses, the panel says why
    assert prompts.calls[-1][0] == "error" and "only the lead inspector" in prompts.calls[-1][2]
    assert services.judgements.for_node(inspection, "1.3").judgement.status == "proposed"
    store.set_setting("user.display_name", "Ann Inspector")
    panel._reload()
    assert panel.moderate_button.isEnabled()
    for button in (panel.moderate_button, panel.agree_button, panel.lock_button):
        button.click()
    assert services.judgements.for_node(inspection, "1.3").judgement.status == "locked"
    assert panel.rationale.isReadOnly() and not panel.grade.isEnabled()
    assert "Locked" in panel.status_label.text()


def test_a_departing_grade_needs_a_reason_before_it_can_be_proposed(panel, services, inspection, prompts):
    panel.grade.setCurrentIndex(panel.grade.findData("good"))
    assert "bold" in panel.departure_label.styleSheet()
    type_text(panel.rationale, "Reports have improved since the sample was drawn.")
    panel.propose_button.click()
    assert prompts.calls[-1][0] == "error" and "departure reason" in prompts.calls[-1][2]
    type_text(panel.departure, "The sample predates the new report template.")
    panel.propose_button.click()
    assert services.judgements.for_node(inspection, "1.3").judgement.status == "proposed"


def test_cited_evidence_with_a_passage_is_saved(panel, services, inspection):
    first = services.evidence.items(inspection)[0].uuid
    panel.supporting.add_link(first, "the report did not address the child's wishes")
    panel.autosaver.flush_now()
    panel._after_save()
    j = services.judgements.for_node(inspection, "1.3").judgement
    assert j.supporting[0].evidence == first and j.supporting[0].passage.startswith("the report")
    assert "s7 report 1" in panel.supporting.list.item(0).text()


def test_an_ungraded_node_takes_a_narrative(qtbot, services, tasks, prompts):
    from fieldkit.ui.autosave import Autosaver
    from fieldkit.ui.judgements.judgement_panel import JudgementPanel

    uuid = services.inspections.create(title="CIW", inspected_body="Cafcass Cymru", framework_id="ciw-2018")
    fw = services.inspections.framework(uuid)
    node = fw.nodes[0]
    autosaver = Autosaver(tasks)
    panel = JudgementPanel(autosaver, tasks, prompts)
    qtbot.addWidget(panel)
    panel.load(services, uuid, fw, node)
    assert panel.grade.isHidden()
    [edit] = panel._narrative_edits.values()
    type_text(edit, "Arfer da ar y cyfan; mae'r ŵyl yn dda.")
    autosaver.flush_now()
    assert services.judgements.for_node(uuid, node.code).judgement.narratives["assessment"].endswith("dda.")


def test_safeguarding_page_raises_updates_and_never_deletes(qtbot, services, inspection, tasks, prompts):
    from fieldkit.ui.judgements.concerns_page import ConcernsPage

    child = services.inspections.add_child(inspection, Child("Child K", 11))
    page = ConcernsPage(tasks, prompts)
    qtbot.addWidget(page)
    counts = []
    page.changed.connect(counts.append)
    page.load(services, inspection)
    dialog = page._dialog()
    type_text(dialog.concern, "Undated note of an injury on file")
    dialog.severity.setCurrentIndex(dialog.severity.findData("immediate"))
    dialog.children.item(0).setCheckState(dialog.children.item(0).checkState().__class__.Checked)
    page.save_raise(dialog.values())
    assert counts[-1] == 1 and page.table.rowCount() == 1
    [row] = services.concerns.list(inspection)
    assert row.concern.children == (child,) and row.children == ("Child K",)
    assert "Not yet referred" in page.details.toPlainText()
    dialog = page._dialog(row.concern)
    dialog.status.setCurrentIndex(dialog.status.findData("closed"))
    page.save_update(row.uuid, dialog.values())  # no reason given: refused, nothing changed
    assert prompts.calls[-1][0] == "error" and "closed reason" in prompts.calls[-1][2]
    assert services.concerns.get(row.uuid).concern.status == "open"
    dialog.referred.setChecked(True)
    dialog.referred_to.setText("Regional director")
    dialog.closed_reason.setText("Strategy meeting held; plan in place")
    page.save_update(row.uuid, dialog.values())
    assert counts[-1] == 0
    assert "Regional director" in page.details.toPlainText()
    assert not hasattr(page, "delete_button")


def test_moderation_view_lists_judgements_agreement_and_thin_criteria(qtbot, services, store, inspection, tasks,
                                                                       prompts):
    from fieldkit.ui.judgements.moderation_page import ModerationPage

    services.judgements.save(inspection, "1.3", grade="inadequate", rationale="Most were inadequate.")
    for author, grade in (("Ann Inspector", "adequate"), ("Bob Inspector", "inadequate")):
        store.set_setting("user.display_name", author)
        Services.over(store).evidence.create(inspection, "court_report_reading", {
            "evidence_date": "2007-06-21", "report_kind": "s7", "report_reference": "EM-900",
            "checklist": {"court_report_s7": {"_overall": grade}}})
    store.set_setting("user.display_name", "Ann Inspector")
    page = ModerationPage(tasks, prompts)
    qtbot.addWidget(page)
    page.load(services, inspection)
    assert page.judgements.rowCount() == 1 and page.judgements.item(0, 3).text() == "Draft"
    assert page.agreement.item(0, 1).text() == "1" and page.agreement.item(0, 3).text() == "0%"
    assert page.disagreements.item(0, 3).text() == "Adequate"
    thin = {page.thin.item(r, 0).text(): page.thin.item(r, 3).text() for r in range(page.thin.rowCount())}
    assert thin["1.3"] == "one method only" and thin["1.2"] == "no evidence"
    assert "You are the lead inspector" in page.lead_note.text()


def test_the_workspace_always_shows_the_open_concern_count(existing_store, make_window, prompts):
    from fieldkit.services.store import LocalStore
    from tests.conftest import PASSPHRASE

    store = LocalStore(existing_store).unlock(PASSPHRASE)
    from fieldkit.services.demo_conclusions import create_demo_inspection

    uuid = create_demo_inspection(Services.over(store), "ofsted-2007")
    store.close()
    window = make_window(existing_store)
    window.unlock_page.ui.passphrase_edit.setText(PASSPHRASE)
    window.unlock_page.ui.unlock_button.click()
    window.open_inspection(uuid)
    tabs = window.workspace.conclusions
    assert tabs.badge.isVisible() and tabs.badge.text() == "⚠ Open safeguarding concerns: 3"
    tabs.badge.click()
    assert window.workspace.tabs.currentWidget() is tabs.concerns
    for row in list(tabs.concerns._rows):
        if row.concern.is_open:
            window.session.services.concerns.set_status(row.uuid, "closed", reason="Resolved on site")
    tabs.concerns.refresh()
    assert tabs.badge.isVisible() and tabs.badge.text() == "No open safeguarding concerns"
    window.workspace.select_node("1.3")
    assert window.workspace.tabs.currentIndex() == 0
    assert "Locked" in tabs.judgement.status_label.text()
    assert "Overall ratings (62)" in tabs.judgement.support.headline.text()


def test_a_concern_raised_from_an_evidence_item_carries_it(existing_store, make_window, prompts, monkeypatch):
    from fieldkit.services.store import LocalStore
    from fieldkit.ui.judgements.concern_dialog import ConcernDialog
    from tests.conftest import PASSPHRASE

    store = LocalStore(existing_store).unlock(PASSPHRASE)
    services = Services.over(store)
    uuid = services.inspections.create(title="CIW", inspected_body="Cafcass Cymru", framework_id="ciw-2018")
    item = services.evidence.create(uuid, "premises_check", {"evidence_date": "2018-11-14", "criteria": ["A3.e"],
                                                             "title": "Family rooms"}).uuid
    store.close()
    window = make_window(existing_store)
    window.unlock_page.ui.passphrase_edit.setText(PASSPHRASE)
    window.unlock_page.ui.unlock_button.click()
    window.open_inspection(uuid)
    ws = window.workspace
    ws.register.open_item(item)
    seen = {}

    def accept(dialog):  # stands in for the inspector typing into the dialog and pressing Raise concern
        seen.update(evidence=dialog.evidence.currentData(), node=dialog.node.currentData())
        dialog.concern.setPlainText("Confidential files left in the family room")
        return ConcernDialog.DialogCode.Accepted

    monkeypatch.setattr(ConcernDialog, "exec", accept)
    ws.register.editor.concern_button.click()
    assert seen == {"evidence": item, "node": "A3.e"}
    assert ws.tabs.currentWidget() is ws.conclusions.concerns
    [row] = window.session.services.concerns.list(uuid)
    assert row.concern.evidence == item and row.concern.nodes == ("A3.e",)
    assert ws.conclusions.badge.text() == "⚠ Open safeguarding concerns: 1"
