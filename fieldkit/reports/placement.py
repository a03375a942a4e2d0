"""Where findings, recommendations and evidence go in the evidence report's framework structure.

- A finding goes under the most specific framework node it is linked to (the deepest; the first in
  framework order on a tie), or into a closing section when it names no node in use.
- A recommendation follows the last of the findings it arises from, in reading order (001 places each
  recommendation straight after its findings); one linked only to nodes follows the deepest such node's
  judgement; one linked to neither goes into a closing section. Within a place, in number order.
- Evidence is listed under a node when tagged with that node, or graded on a checklist that informs it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from fieldkit.domain.decision_support import codes_ancestors
from fieldkit.domain.findings import Finding
from fieldkit.domain.framework import Framework, Node
from fieldkit.domain.recommendations import Recommendation


@dataclass
class Placement:
    nodes: list[tuple[Node, int]]  # enabled nodes in reading order, with their depth
    findings_at: dict[str, list[str]] = field(default_factory=dict)  # node code → finding uuids
    unplaced_findings: list[str] = field(default_factory=list)
    after_finding: dict[str, list[str]] = field(default_factory=dict)  # finding uuid → recommendation uuids
    after_node: dict[str, list[str]] = field(default_factory=dict)  # node code → recommendation uuids
    unplaced_recommendations: list[str] = field(default_factory=list)
    evidence_at: dict[str, list[str]] = field(default_factory=dict)  # node code → evidence uuids
    unlinked_evidence: list[str] = field(default_factory=list)


def enabled_nodes(framework: Framework, disabled: Iterable[str]) -> list[tuple[Node, int]]:
    off = set(disabled)
    out: list[tuple[Node, int]] = []

    def walk(nodes: Sequence[Node], depth: int) -> None:
        for node in nodes:
            if node.code in off:
                continue
            out.append((node, depth))
            walk(node.children, depth + 1)

    walk(framework.nodes, 0)
    return out


def place(framework: Framework, disabled: Iterable[str], findings: Sequence[tuple[str, Finding]],
          recommendations: Sequence[tuple[str, Recommendation]],
          evidence: Sequence[tuple[str, Mapping[str, Any]]] = ()) -> Placement:
    off = frozenset(disabled)
    nodes = enabled_nodes(framework, off)
    order = {node.code: i for i, (node, _d) in enumerate(nodes)}
    depth = {node.code: d for node, d in nodes}
    p = Placement(nodes)

    for uuid, f in findings:
        linked = [c for c in f.nodes if c in order]
        if not linked:
            p.unplaced_findings.append(uuid)
            continue
        best = max(linked, key=lambda c: (depth[c], -order[c]))
        p.findings_at.setdefault(best, []).append(uuid)

    # Reading position of each placed finding: its node's place, then its place among the node's findings.
    position: dict[str, tuple[int, int]] = {}
    for code, uuids in p.findings_at.items():
        for i, uuid in enumerate(uuids):
            position[uuid] = (order[code], i)
    position.update({u: (len(order), i) for i, u in enumerate(p.unplaced_findings)})

    for uuid, r in sorted(recommendations, key=lambda x: (x[1].number, x[0])):
        placed = [f for f in r.findings if f in position]
        if placed:
            last = max(placed, key=lambda f: position[f])
            p.after_finding.setdefault(last, []).append(uuid)
            continue
        linked = [c for c in r.nodes if c in order]
        if linked:
            best = max(linked, key=lambda c: (depth[c], -order[c]))
            p.after_node.setdefault(best, []).append(uuid)
        else:
            p.unplaced_recommendations.append(uuid)

    informing: dict[str, set[str]] = {}
    for checklist in framework.checklists:
        for code in checklist.informs:
            informing.setdefault(checklist.code, set()).add(code)
    for uuid, data in evidence:
        codes = [c for c in data.get("criteria") or () if isinstance(c, str)]
        graded = data.get("checklist") if isinstance(data.get("checklist"), Mapping) else {}
        for checklist_code, grades in graded.items():
            if grades:
                codes.extend(sorted(informing.get(checklist_code, ())))
        homes = [c for c in dict.fromkeys(codes) if c in order]
        if not homes and not any(_switched_off(framework, c, off) for c in codes):
            p.unlinked_evidence.append(uuid)
        for code in sorted(homes, key=lambda c: order[c]):
            p.evidence_at.setdefault(code, []).append(uuid)
    return p


def _switched_off(framework: Framework, code: str, off: frozenset[str]) -> bool:
    """Evidence of a part switched off for this inspection is out of scope, not unlinked."""
    try:
        return bool(codes_ancestors(framework, code) & off)
    except KeyError:
        return False
