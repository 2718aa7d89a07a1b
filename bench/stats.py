"""Small statistics and the result table (no dependencies)."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import asdict, dataclass


def median(xs: Sequence[float]) -> float:
    s = sorted(xs)
    n = len(s)
    if n == 0:
        return math.nan
    mid = n // 2
    return s[mid] if n % 2 else (s[mid - 1] + s[mid]) / 2


def percentile(xs: Sequence[float], p: float) -> float:
    """Nearest-rank percentile (p in 0..100): a value that was really measured."""
    s = sorted(xs)
    if not s:
        return math.nan
    k = max(1, math.ceil(p / 100 * len(s)))
    return s[min(k, len(s)) - 1]


def spread(xs: Sequence[float]) -> float:
    """Interquartile range relative to the median: how noisy a series was."""
    m = median(xs)
    if not xs or m == 0:
        return math.nan
    return (percentile(xs, 75) - percentile(xs, 25)) / m


@dataclass
class Row:
    """One line of the table. ``value``/``floor`` are numbers in ``unit``; ratio = value/floor."""

    key: str
    metric: str
    value: float
    unit: str
    floor: float | None = None
    target: str = ""
    #: For ratio targets: the largest passing ratio; for absolute targets: the limit in unit.
    limit: float | None = None
    limit_kind: str = ""  # "ratio", "max" or ""
    note: str = ""
    p99: float | None = None

    @property
    def ratio(self) -> float | None:
        if self.floor is None or self.floor == 0:
            return None
        return self.value / self.floor

    @property
    def result(self) -> str:
        if self.limit is None:
            return ""
        if self.limit_kind == "ratio":
            r = self.ratio
            return "" if r is None else ("pass" if r <= self.limit else "MISS")
        worst = self.p99 if self.p99 is not None else self.value
        return "pass" if worst < self.limit else "MISS"

    def as_dict(self) -> dict[str, object]:
        d = asdict(self)
        d["ratio"] = self.ratio
        d["result"] = self.result
        return d


def fmt(x: float | None, unit: str) -> str:
    if x is None:
        return "—"
    if unit == "ms":
        return f"{x:.3f} ms" if x < 10 else f"{x:.1f} ms"
    if unit == "s":
        return f"{x:.3f} s"
    if unit == "MiB":
        return f"{x:.1f} MiB"
    return f"{x:g} {unit}"


def table(rows: Sequence[Row]) -> str:
    head = ("metric", "Huella", "floor", "ratio", "target", "result")
    lines = []
    for r in rows:
        value = fmt(r.value, r.unit)
        if r.p99 is not None:
            value = f"{fmt(r.value, r.unit)} / {fmt(r.p99, r.unit)}"
        ratio = f"{r.ratio:.2f}x" if r.ratio is not None else "—"
        lines.append((r.metric, value, fmt(r.floor, r.unit), ratio, r.target or "—", r.result))
    widths = [max(len(h), *(len(line[i]) for line in lines)) for i, h in enumerate(head)]
    out = [" | ".join(h.ljust(w) for h, w in zip(head, widths, strict=True))]
    out.append("-+-".join("-" * w for w in widths))
    out += [" | ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)) for line in lines]
    return "\n".join(out)
