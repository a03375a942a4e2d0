"""Placement rules of the evidence report, on the framework alone (no store)."""

from __future__ import annotations

from fieldkit.domain.findings import Finding
from fieldkit.domain.framework import load_builtin_frameworks
from fieldkit.domain.recommendations import Recommendation
from fieldkit.reports.placement import place

OFSTED = next(f for f in load_builtin_frameworks() if f.id == "ofsted-hmica-2007")


def test_findings_go_to_their_deepest_node_and_recommendations_after_the_last_finding():
    findings = [("f1", Finding("strength", "a", ("S1", "1.1.2"))), ("f2", Finding("strength", "b", ("1.3",))),
                ("f3", Finding("strength", "c", ())), ("f4", Finding("strength", "d", ("1.1",)))]
    recs = [("r2", Recommendation(2, "x", findings=("f2", "f1"))), ("r1", Recommendation(1, "y", nodes=("S2", "2.3"))),
            ("r3", Recommendation(3, "z")), ("r4", Recommendation(4, "w", findings=("gone",), nodes=("1.2",)))]
    p = place(OFSTED, (), findings, recs)
    assert p.findings_at == {"1.1.2": ["f1"], "1.3": ["f2"], "1.1": ["f4"]}
    assert p.unplaced_findings == ["f3"]
    assert p.after_finding == {"f2": ["r2"]}  # 1.3 comes after 1.1.2 in reading order
    assert p.after_node == {"2.3": ["r1"], "1.2": ["r4"]}  # a missing finding falls back to the nodes
    assert p.unplaced_recommendations == ["r3"]


def test_switched_off_nodes_take_their_children_and_evidence_with_them():
    evidence = [("e1", {"criteria": ["1.1.3"]}), ("e2", {"criteria": []}), ("e3", {"criteria": ["2.1"]}),
                ("e4", {"checklist": {"court_report_s7": {"_overall": "good"}}})]
    p = place(OFSTED, ("1.1",), [("f", Finding("strength", "a", ("1.1.3",)))], [], evidence)
    codes = [n.code for n, _d in p.nodes]
    assert "1.1" not in codes and "1.1.3" not in codes and "1.2" in codes
    assert p.unplaced_findings == ["f"]
    assert p.evidence_at == {"2.1": ["e3"], "1.3": ["e4"]}  # e4 through the checklist that informs 1.3
    assert p.unlinked_evidence == ["e2"]  # e1 is out of scope with its node, not unlinked
