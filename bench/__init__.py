"""Benchmarks: Huella side by side with a bare Qt floor, reported as ratios.

Run ``python -m bench`` (or ``python -m bench --quick``); see ``docs/performance.md``.
"""
