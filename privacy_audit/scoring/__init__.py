"""Scoring: answers, the engine (Scorer, the plan), the live tally, the JSON views."""
