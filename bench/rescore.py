"""Re-score after one answer change: ``python -m bench.rescore [--quick]`` prints JSON.

The person answers every question of every platform (a heavy case: far more than anyone
really uses), with today's content and with 10x synthetic content (``bench.synth``). Then
one answer at a time changes to another option, and each change is timed:

* ``ui``: what the app really runs on an answer change — a radio button is checked on a
  real platform page of a real :class:`ui.main_window.MainWindow` (offscreen), which sets
  the answer, updates "who could get this", refreshes the live panel and the navigation.
  Synchronous work only: the repaint that follows is not included.
* ``live``: ``AuditSession.set_answer`` + ``AuditSession.live()``: the live panel's numbers,
  kept up to date one answer at a time (:class:`privacy_audit.scoring.live.LiveTally`).
* ``score``: :meth:`Scorer.score` (the full report: findings, rungs, platforms).
* ``plan``: :meth:`Scorer.plan` (the ranked action plan; fewer changes at 10x).
"""

from __future__ import annotations

import gc
import random
import sys
import time
from collections.abc import Callable
from typing import Any

from bench.procs import child_main
from privacy_audit.content import Content
from privacy_audit.scoring.answers import Answers
from privacy_audit.scoring.engine import Scorer

SEED = 8


def full_answers(content: Content, rng: random.Random) -> dict[str, str]:
    """Every question answered with a random option."""
    return {qid: rng.choice(q.options).id for qid, q in content.questions.items()}


def changes(
    content: Content, answers: dict[str, str], n: int, rng: random.Random, qids: list[str]
) -> list[tuple[str, str]]:
    """*n* answer changes, each to an option other than the one current at that moment."""
    current = dict(answers)
    out = []
    for _ in range(n):
        qid = rng.choice(qids)
        others = [o.id for o in content.questions[qid].options if o.id != current[qid]]
        oid = rng.choice(others)
        current[qid] = oid
        out.append((qid, oid))
    return out


def _timed(steps: list[tuple[str, str]], fn: Callable[[str, str], object]) -> list[float]:
    """Milliseconds per call of fn(qid, oid)."""
    times = []
    clock = time.perf_counter_ns
    for qid, oid in steps:
        t0 = clock()
        fn(qid, oid)
        times.append((clock() - t0) / 1e6)
    return times


def core_series(content: Content, n: int, n_plan: int) -> dict[str, list[float]]:
    rng = random.Random(SEED)
    scorer = Scorer(content)
    answers = full_answers(content, rng)
    platforms = tuple(p.platform.id for p in content.platforms)
    steps = changes(content, answers, n, rng, list(content.questions))
    out: dict[str, list[float]] = {}
    for name, run in (
        ("score", scorer.score),
        ("plan", scorer.plan),
    ):
        cur = dict(answers)
        held = Answers(cur, platforms)  # sees every change made to cur
        run(held)  # warm-up

        def one(
            qid: str, oid: str, cur: dict[str, str] = cur, run: Any = run, held: Answers = held
        ) -> object:
            cur[qid] = oid
            return run(held)

        out[name] = _timed(steps[:n_plan] if name == "plan" else steps, one)
    # The session path the live panel uses: set the answer, then the incremental live score.
    from privacy_audit.session import AuditSession

    session = AuditSession(content, scorer)
    for pid in session.choosable_platforms():
        session.set_platform(pid, True)
    for qid, oid in answers.items():
        session.set_answer(qid, oid)
    session.live()  # builds the tally once

    def live(qid: str, oid: str) -> object:
        session.set_answer(qid, oid)
        return session.live()

    out["live"] = _timed(steps, live)
    return out


def ui_series(content: Content, n: int, pages: int) -> list[float]:
    """Answer changes through real radio buttons on a real main window (offscreen)."""
    from PySide6.QtWidgets import QApplication

    from privacy_audit.session import PLATFORM_PREFIX
    from ui.app import make_window
    from ui.pages.platform import PlatformPage

    app = QApplication.instance() or QApplication(sys.argv[:1])
    rng = random.Random(SEED)
    window = make_window(content, lang="en")
    session = window.session
    for pid in session.choosable_platforms():
        session.set_platform(pid, True)
    for qid, oid in full_answers(content, rng).items():
        session.set_answer(qid, oid)
    window.show()
    # Build the pages of a few platforms; the score still covers every platform.
    asked = list(session.asked_platforms())
    boxes = {}
    for pid in rng.sample(asked, min(pages, len(asked))):
        window.show_page(PLATFORM_PREFIX + pid)
        page = window.current_page()
        assert isinstance(page, PlatformPage)
        for box in page.questions:
            boxes[box.qid] = box
    app.processEvents()
    steps = changes(content, session.all_answers(), n, rng, sorted(boxes))

    def one(qid: str, oid: str) -> None:
        boxes[qid].buttons[oid].setChecked(True)

    one(*steps[0])  # warm-up
    times = _timed(steps[1:], one)
    if any(session.answer(q) != o for q, o in steps[-1:]):
        raise RuntimeError("the radio button did not change the answer")
    window.close()
    window.deleteLater()
    app.processEvents()
    return times


def measure(quick: bool) -> dict[str, Any]:
    from bench.synth import synthetic_content

    n = 50 if quick else 1000
    results: dict[str, Any] = {"changes": n}
    for factor in (1, 10):
        content = synthetic_content(factor)
        # The plan tries every action: ~1.5 s per call at 10x, so fewer changes there.
        n_plan = (20 if factor == 1 else 3) if quick else (n if factor == 1 else 30)
        gc.collect()
        series = core_series(content, n, n_plan)
        series["ui"] = ui_series(content, n, pages=3 if quick else 8)
        results[f"{factor}x"] = {
            "questions": len(content.questions),
            "items": len(content.items),
            "actions": len(content.actions),
            "platforms": len(content.platforms),
            "series_ms": series,
        }
    return results


if __name__ == "__main__":
    sys.exit(child_main(measure, __doc__))
