"""Results: the score and what it means, the charts, and the ranked action plan."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QPushButton, QVBoxLayout, QWidget

from privacy_audit.content.stale import stale_action_year
from privacy_audit.scoring.engine import ExposureReport, PlanStep, shown
from privacy_audit.scoring.present import changes_summary, gaps_json
from privacy_audit.session import RESULTS, AuditSession
from privacy_audit.text import effort_label, t, tn
from ui.a11y import announce, name
from ui.pages.base import Page, heading, para
from ui.widgets.chart import Bar, BarChart
from ui.widgets.flow import FlowLayout
from ui.widgets.ladder_view import LadderView
from ui.widgets.staircase import Staircase
from ui.widgets.wrap import WrapCheckBox, WrapGroupBox, breakable


def _today() -> str:
    import datetime as dt

    return dt.date.today().isoformat()


class ActionCard(WrapGroupBox):
    """One plan step: what to do, why, how (step by step), and a "done" box."""

    done_toggled = Signal(str, bool)

    def __init__(self, session: AuditSession, number: int, step: PlanStep, before: float) -> None:
        super().__init__()
        self.session = session
        self.step = step
        self.number = number
        # The score before this step, following the plan from the top.
        self.before = before
        self.setObjectName(f"action_{step.action}GroupBox")
        lay = self.inner
        self.done = QCheckBox()
        self.done.setObjectName(f"done_{step.action}CheckBox")
        self.done.setChecked(step.action in session.done)
        self.meta = para("actionMeta")
        self.changes = para("actionChanges")
        self.why = para("actionWhy")
        self.caution = para("actionCaution")
        self.stale = para("actionStale")
        self.steps = para("actionSteps")
        self.steps.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for w in (
            self.done,
            self.meta,
            self.changes,
            self.why,
            self.caution,
            self.stale,
            self.steps,
        ):
            lay.addWidget(w)
        self.done.toggled.connect(lambda on: self.done_toggled.emit(step.action, on))
        self.retranslate()

    def retranslate(self) -> None:
        lang = self.session.lang
        action = self.session.content.actions[self.step.action]
        platform = self.session.content.platform_by_id[self.step.platform].platform.name.get(lang)
        title = action.title.get(lang)
        self.setTitle(self.tr("Step %1: %2").replace("%1", str(self.number)).replace("%2", title))
        self.done.setText(self.tr("Done"))
        name(
            self.done,
            self.tr("Done: %1").replace("%1", title),
            self.tr("Tick when you have done this step; the score below shows the result."),
        )
        self.meta.setText(
            self.tr("%1 · time: %2 · your score: %3 → %4")
            .replace("%1", platform)
            .replace("%2", effort_label(self.step.effort, lang))
            .replace("%3", str(shown(self.before)))
            .replace("%4", str(shown(self.step.cumulative_score)))
            + (
                " " + t("under_one_point", lang)
                if shown(self.before) == shown(self.step.cumulative_score)
                else ""
            )
        )
        summary = changes_summary(self.session.content, self.step.changes, lang)
        self.changes.setText(summary + "." if summary else "")
        self.changes.setVisible(bool(summary))
        self.why.setText(action.why.get(lang))
        self.caution.setText(t("caution", lang) if self.step.deletes else "")
        self.caution.setVisible(self.step.deletes)
        year = stale_action_year(self.session.content, self.step.action, _today())
        self.stale.setText(t("checked_against", lang, year=year) if year else "")
        self.stale.setVisible(year is not None)
        parts = []
        for key, steps in (
            ("phone_steps", action.steps.phone),
            ("web_steps", action.steps.web),
            ("other_steps", action.steps.other),
        ):
            if steps:
                parts.append(t(key, lang) + ":")
                parts.extend(f"  {i}. {s.get(lang)}" for i, s in enumerate(steps, 1))
        self.steps.setText("\n".join(parts))


class ResultsPage(Page):
    """Signals:
    export_requested(), print_requested(), start_over_requested(), done_changed().
    """

    key = RESULTS
    export_requested = Signal()
    print_requested = Signal()
    start_over_requested = Signal()
    done_changed = Signal()

    def __init__(self, session: AuditSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setObjectName("resultsPage")
        self.h = heading()
        self.score_label = heading(2)
        self.score_label.setObjectName("resultScoreLabel")
        self.meaning = para("resultMeaning")
        self.scale = para("scaleMeaning")
        self.no_judge = para("noJudge")
        self.notes = para("resultNotes")
        button_row = QWidget()
        buttons = FlowLayout(button_row)  # the buttons wrap onto a second row when narrow
        self.export_button = QPushButton()
        self.export_button.setObjectName("exportPdfButton")
        self.print_button = QPushButton()
        self.print_button.setObjectName("printButton")
        self.start_over_button = QPushButton()
        self.start_over_button.setObjectName("startOverButton")
        for b in (self.export_button, self.print_button, self.start_over_button):
            buttons.addWidget(b)
        self.stairs_heading = heading(2)
        self.staircase = Staircase()
        self.staircase.setObjectName("planStaircase")
        self.stairs_caption = para("staircaseCaption")
        self.tier_heading = heading(2)
        self.ladder = LadderView()
        self.tier_chart = BarChart()
        self.tier_chart.setObjectName("tierChart")
        self.platform_heading = heading(2)
        self.platform_chart = BarChart()
        self.platform_chart.setObjectName("platformChart")
        self.start_box = WrapGroupBox()
        self.start_box.setObjectName("startHereGroupBox")
        sl = self.start_box.inner
        self.start_text = para("startHereText")
        self.only_three = WrapCheckBox()
        self.only_three.setObjectName("onlyThreeCheckBox")
        sl.addWidget(self.start_text)
        sl.addWidget(self.only_three)
        self.plan_heading = heading(2)
        self.what_if = para("whatIfLabel")
        self.plan_host = QWidget()
        self.plan_layout = QVBoxLayout(self.plan_host)
        self.plan_layout.setContentsMargins(0, 0, 0, 0)
        self.cards: list[ActionCard] = []
        self.help_heading = heading(2)
        self.legal = para("legalHelp")
        self.legal.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.disclaimer = para("resultsDisclaimer")
        for label in (
            self.h,
            self.score_label,
            self.meaning,
            self.scale,
            self.no_judge,
            self.notes,
        ):
            self.body.addWidget(label)
        self.body.addWidget(button_row)
        for w in (
            self.stairs_heading,
            self.staircase,
            self.stairs_caption,
            self.tier_heading,
            self.ladder,
            self.tier_chart,
            self.platform_heading,
            self.platform_chart,
            self.start_box,
            self.plan_heading,
            self.what_if,
            self.plan_host,
            self.help_heading,
            self.legal,
            self.disclaimer,
        ):
            self.body.addWidget(w)
        self.body.addStretch(1)
        self.export_button.clicked.connect(self.export_requested)
        self.print_button.clicked.connect(self.print_requested)
        self.start_over_button.clicked.connect(self.start_over_requested)
        self.only_three.toggled.connect(self._show_only_three)
        self.refresh()

    def title(self) -> str:
        return self.tr("Results")

    def first_focus(self) -> QWidget:
        return self.export_button

    def _show_only_three(self, on: bool) -> None:
        for i, card in enumerate(self.cards):
            card.setVisible(not on or i < 3)

    def _done(self, action_id: str, on: bool) -> None:
        self.session.set_done(action_id, on)
        self._update_what_if(announce_it=True)
        self.done_changed.emit()

    def _update_what_if(self, announce_it: bool = False) -> None:
        s = self.session
        if not self.cards:
            self.what_if.setText(t("plan_empty", s.lang))
            return
        r = s.what_if()
        n = len(s.done & {c.step.action for c in self.cards})
        if r.band is None:
            text = self.tr(
                "If you do the %n step(s) you ticked, your score would be %1 of 100.", "", n
            ).replace("%1", str(r.score))
        else:
            band, _ = s.band_text(r.band)
            text = (
                self.tr(
                    "If you do the %n step(s) you ticked, your score would be %1 of 100 (%2).",
                    "",
                    n,
                )
                .replace("%1", str(r.score))
                .replace("%2", band)
            )
        self.what_if.setText(text)
        if announce_it:
            announce(self.what_if, text)

    def refresh(self) -> None:
        """Rebuild from the session: score, charts, plan (kept ticks), what-if."""
        s = self.session
        for card in self.cards:
            self.plan_layout.removeWidget(card)
            card.hide()  # at once: deleteLater waits for the event loop
            card.deleteLater()
        self.cards = []
        before = s.report().overall
        for i, step in enumerate(s.plan(), 1):
            card = ActionCard(s, i, step, before)
            before = step.cumulative_score
            card.done_toggled.connect(self._done)
            self.plan_layout.addWidget(card)
            self.cards.append(card)
        # Tab order: the "only three" box, then each card's done box in plan order.
        prev: QWidget = self.only_three
        for card in self.cards:
            QWidget.setTabOrder(prev, card.done)
            prev = card.done
        self._show_only_three(self.only_three.isChecked())
        self.retranslate()

    def retranslate(self) -> None:
        s = self.session
        lang = s.lang
        r = s.report()
        self.h.setText(self.tr("Your results"))
        if r.band is None:
            self.score_label.setText(
                self.tr("Your exposure score so far: %1 of 100 — no level yet").replace(
                    "%1", str(r.score)
                )
            )
            missing = gaps_json(s.content, r.gaps, lang)
            self.meaning.setText(missing["text"] if missing else "")
        else:
            band, meaning = s.band_text(r.band)
            self.score_label.setText(
                self.tr("Your exposure score: %1 of 100 — level: %2")
                .replace("%1", str(r.score))
                .replace("%2", band)
            )
            self.meaning.setText(meaning)
        self.scale.setText(t("scale_meaning", lang))
        self._show_staircase(r)
        self._show_ladder(r)
        pct = round(100 * r.no_judge_points / r.points) if r.points else 0
        self.no_judge.setText(t("no_judge", lang, pct=pct))
        notes = []
        if r.unanswered:
            notes.append(tn("unanswered", len(r.unanswered), lang))
        if r.unsure:
            notes.append(tn("unsure_count", len(r.unsure), lang))
        self.notes.setText(" ".join(notes))
        self.notes.setVisible(bool(notes))
        self.export_button.setText(self.tr("&Export PDF…"))
        name(self.export_button, self.tr("Export PDF"), self.tr("Save this report as a PDF file"))
        self.print_button.setText(self.tr("&Print…"))
        name(self.print_button, self.tr("Print"), self.tr("Print this report"))
        self.start_over_button.setText(self.tr("&Start over"))
        name(
            self.start_over_button,
            self.tr("Start over"),
            self.tr("Forget these answers and begin a new audit"),
        )
        self.tier_heading.setText(t("by_tier", lang))
        pts = self.tr("%1 points")
        self.tier_chart.set_bars(
            [
                Bar(
                    s.content.tiers[tr_.id].label.get(lang),
                    tr_.share,
                    pts.replace("%1", str(round(tr_.share))),
                )
                for tr_ in r.tiers
            ],
            100.0,  # a fixed scale: a bar's length is its part of the 0-100 score
            t("by_tier", lang),
        )
        self.platform_heading.setText(t("by_platform", lang))
        self.platform_chart.set_bars(
            [
                Bar(
                    s.content.platform_by_id[p.id].platform.name.get(lang),
                    p.share,
                    pts.replace("%1", str(round(p.share))),
                )
                for p in r.platforms
            ],
            100.0,
            t("by_platform", lang),
        )
        self.start_box.setTitle(t("start_here", lang))
        first = [c.step for c in self.cards[:3]]
        self.start_text.setText(
            self.tr(
                "Feeling overwhelmed? These steps matter most: they take your most sensitive "
                "information off the rungs that need no judge."
            )
            + "\n"
            + "\n".join(
                f"{i}. {s.content.platform_by_id[st.platform].platform.name.get(lang)}: "
                f"{s.content.actions[st.action].title.get(lang)}"
                for i, st in enumerate(first, 1)
            )
            if first
            else t("plan_empty", lang)
        )
        self.only_three.setText(self.tr("Show only these steps for now"))
        name(
            self.only_three,
            self.tr("Show only these steps for now"),
            self.tr("Hide the rest of the plan until you are ready"),
        )
        self.only_three.setVisible(len(self.cards) > 3)
        self.plan_heading.setText(t("plan", lang))
        for card in self.cards:
            card.retranslate()
        self._update_what_if()
        self.help_heading.setText(t("legal_help", lang))
        self.legal.setText(
            "\n".join(
                f"• {h.name.get(lang)} — {h.description.get(lang)} {breakable(h.url)}"
                for h in s.content.ladder.legal_help
            )
        )
        self.disclaimer.setText(s.content.ladder.disclaimer.get(lang))

    def _show_staircase(self, r: ExposureReport) -> None:
        lang = self.session.lang
        steps = [c.step for c in self.cards]
        self.stairs_heading.setText(t("staircase", lang))
        show = bool(steps)
        for w in (self.stairs_heading, self.staircase, self.stairs_caption):
            w.setVisible(show)
        if not show:
            return
        scores = [r.score, *(shown(st.cumulative_score) for st in steps)]
        now = self.tr("Now")
        labels = [
            now,
            *(self.tr("Step %1").replace("%1", str(i)) for i in range(1, len(steps) + 1)),
        ]
        summary = " ".join(
            [self.tr("Now %1.").replace("%1", str(scores[0]))]
            + [
                self.tr("After step %1: %2.").replace("%1", str(i)).replace("%2", str(sc))
                for i, sc in enumerate(scores[1:], 1)
            ]
        )
        self.staircase.set_steps(scores, labels, summary, t("staircase", lang))
        three = scores[min(3, len(steps))]
        self.stairs_caption.setText(
            self.tr(
                "The first three steps take your score from %1 to %2. All %n step(s) take it "
                "to %3.",
                "",
                len(steps),
            )
            .replace("%1", str(scores[0]))
            .replace("%2", str(three))
            .replace("%3", str(scores[-1]))
        )

    def _show_ladder(self, r: ExposureReport) -> None:
        s = self.session
        counts = {tr_.id: len(tr_.findings) for tr_ in r.tiers}
        self.ladder.set_content(
            s.content,
            s.lang,
            counts,
            lambda n: self.tr("%n of your things", "", n),
            self.tr("The first three rungs need no judge at all."),
        )
