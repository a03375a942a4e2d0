"""Grading consistency: when two inspectors grade the same case file or report, how often they agree.

Two readings are of the same item when they are of the same type and carry the same document reference
(the inspectee's file reference, the report reference, else the source document), and were made by
different inspectors. Double reading happens on separate laptops, so the reference, not a link typed on
one of them, is what pairs the readings once the lead has merged the team's bundles. Per checklist:
percentage agreement and Cohen's kappa over every item both readers graded, and the disagreements.

Pure Python: imports only `fieldkit.domain`.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import combinations
from typing import TYPE_CHECKING

from fieldkit.domain.decision_support import OVERALL, EvidenceFact, reading_key, reading_reference

if TYPE_CHECKING:
    from fieldkit.domain.framework import Framework

def double_readings(items: Iterable[EvidenceFact]) -> list[tuple[EvidenceFact, EvidenceFact]]:
    """Pairs of readings of the same document by different inspectors, in a stable order."""
    groups: dict[str, list[EvidenceFact]] = defaultdict(list)
    for item in items:
        key = reading_key(item)
        if key is not None and item.checklists:
            groups[key].append(item)
    pairs = []
    for key in sorted(groups):
        readings = sorted(groups[key], key=lambda i: (i.author, i.uuid))
        pairs.extend((a, b) for a, b in combinations(readings, 2) if a.author != b.author)
    return pairs


def cohens_kappa(ratings: Sequence[tuple[str, str]]) -> float | None:
    """Cohen's kappa of paired ratings; None when chance agreement is total (both always gave one level)."""
    n = len(ratings)
    if n == 0:
        return None
    observed = sum(1 for a, b in ratings if a == b) / n
    first = Counter(a for a, _ in ratings)
    second = Counter(b for _, b in ratings)
    expected = sum(first[c] * second[c] for c in first.keys() | second.keys()) / (n * n)
    if expected >= 1:
        return None
    return (observed - expected) / (1 - expected)


@dataclass(frozen=True)
class Disagreement:
    reference: str
    item: str
    item_title_en: str
    first_uuid: str
    first_author: str
    first_level: str
    second_uuid: str
    second_author: str
    second_level: str


@dataclass(frozen=True)
class ChecklistAgreement:
    checklist: str
    title_en: str
    title_cy: str
    pairs: int
    ratings: int
    agreed: int
    kappa: float | None
    disagreements: tuple[Disagreement, ...]

    @property
    def percent(self) -> float | None:
        return 100.0 * self.agreed / self.ratings if self.ratings else None


def agreement(framework: Framework, items: Iterable[EvidenceFact]) -> list[ChecklistAgreement]:
    pairs = double_readings(items)
    out = []
    for checklist in framework.checklists:
        titles = {ci.code: ci.title_en for ci in checklist.items}
        if checklist.overall is not None:
            titles[OVERALL] = checklist.overall.title_en
        ratings: list[tuple[str, str]] = []
        disagreements: list[Disagreement] = []
        n_pairs = 0
        for a, b in pairs:
            ga, gb = a.checklists.get(checklist.code), b.checklists.get(checklist.code)
            if not ga or not gb:
                continue
            n_pairs += 1
            for code in titles:
                if code in ga and code in gb:
                    ratings.append((ga[code], gb[code]))
                    if ga[code] != gb[code]:
                        disagreements.append(Disagreement(
                            reading_reference(a) or "", code, titles[code], a.uuid, a.author,
                            ga[code], b.uuid, b.author, gb[code]))
        if n_pairs:
            out.append(ChecklistAgreement(checklist.code, checklist.title_en, checklist.title_cy, n_pairs,
                                          len(ratings), sum(1 for x, y in ratings if x == y),
                                          cohens_kappa(ratings), tuple(disagreements)))
    return out
