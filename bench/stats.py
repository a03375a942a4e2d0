"""Summaries of repeated timings: min, median, p95, and the target check."""

from __future__ import annotations

import statistics
from dataclasses import asdict, dataclass, field


def percentile(values: list[float], q: float) -> float:
    """Linear interpolation between closest ranks (numpy's default); q in [0, 100]."""
    if not values:
        raise ValueError("no values")
    ordered = sorted(values)
    pos = (len(ordered) - 1) * q / 100
    lo = int(pos)
    hi = min(lo + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (pos - lo)


@dataclass
class Summary:
    n: int
    min: float
    median: float
    p95: float
    max: float

    @classmethod
    def of(cls, values: list[float]) -> Summary:
        return cls(len(values), min(values), statistics.median(values), percentile(values, 95), max(values))


@dataclass
class Result:
    """One metric: the measured samples, the same-run baseline, and the target it is held to.

    `target_on` names what the target applies to: "ratio" (measured / baseline) or a statistic of the
    measured samples in seconds ("median", "p95").
    """

    metric: str
    unit: str  # display unit for the table: "s" or "ms"
    measured: Summary | None = None
    baseline: Summary | None = None
    baseline_label: str = ""
    ratio: float | None = None
    ratio_note: str = ""
    target_on: str = "ratio"
    target: float | None = None
    notes: list[str] = field(default_factory=list)
    error: str | None = None

    @property
    def value_for_target(self) -> float | None:
        if self.measured is None:
            return None
        if self.target_on == "ratio":
            return self.ratio
        return getattr(self.measured, self.target_on)

    @property
    def status(self) -> str:
        if self.error:
            return "ERROR"
        value = self.value_for_target
        if value is None or self.target is None:
            return "-"
        return "ok" if value <= self.target else "MISSED"

    def to_json(self) -> dict:
        doc = asdict(self)
        doc["status"] = self.status
        return doc
