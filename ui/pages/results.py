"""Results: the score and what it means, the charts, and the ranked action plan."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from privacy_audit.scoring.engine import PlanStep
from privacy_audit.session import RESULTS, AuditSession
from privacy_audit.text import effort_label, t
from ui.a11y import announce, name
from ui.pages.base import Page, heading, para
from ui.widgets.chart import Bar, BarChart


class ActionCard(QGroupBox):
    """One plan step: what to do, why, how (step by step), and a "done" box."""

    done_toggled = Signal(str, bool)

    def __init__(self, session: AuditSession, number: int, step: PlanStep) -> None:
        super().__init__()
        self.session = session
        self.step = step
        self.number = number
        self.setObjectName(f"action_{step.action}GroupBox")
        lay = QVBoxLayout(self)
        self.done = QCheckBox()
        self.done.setObjectName(f"done_{step.action}CheckBox")
        self.done.setChecked(step.action in session.done)
        self.meta = para("actionMeta")
        self.why = para("actionWhy")
        self.steps = para("actionSteps")
        self.steps.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for w in (self.done, self.meta, self.why, self.steps):
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
            self.tr("%1 · time: %2 · score if you do only this: %3")
            .replace("%1", platform)
            .replace("%2", effort_label(self.step.effort, lang))
            .replace("%3", str(round(self.step.score_after)))
        )
        self.why.setText(action.why.get(lang))
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
        self.no_judge = para("noJudge")
        self.notes = para("resultNotes")
        buttons = QHBoxLayout()
        self.export_button = QPushButton()
        self.export_button.setObjectName("exportPdfButton")
        self.print_button = QPushButton()
        self.print_button.setObjectName("printButton")
        self.start_over_button = QPushButton()
        self.start_over_button.setObjectName("startOverButton")
        for b in (self.export_button, self.print_button, self.start_over_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.tier_heading = heading(2)
        self.tier_chart = BarChart()
        self.tier_chart.setObjectName("tierChart")
        self.platform_heading = heading(2)
        self.platform_chart = BarChart()
        self.platform_chart.setObjectName("platformChart")
        self.start_box = QGroupBox()
        self.start_box.setObjectName("startHereGroupBox")
        sl = QVBoxLayout(self.start_box)
        self.start_text = para("startHereText")
        self.only_three = QCheckBox()
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
        for label in (self.h, self.score_label, self.meaning, self.no_judge, self.notes):
            self.body.addWidget(label)
        self.body.addLayout(buttons)
        for w in (
            self.tier_heading,
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
        band, _ = s.band_text(r.band)
        n = len(s.done & {c.step.action for c in self.cards})
        text = (
            self.tr(
                "If you do the %n step(s) you ticked, your score would be %1 of 100 (%2).", "", n
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
        for i, step in enumerate(s.plan(), 1):
            card = ActionCard(s, i, step)
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
        band, meaning = s.band_text(r.band)
        self.h.setText(self.tr("Your results"))
        self.score_label.setText(
            self.tr("Your exposure score: %1 of 100 — level: %2")
            .replace("%1", str(r.score))
            .replace("%2", band)
        )
        self.meaning.setText(meaning)
        pct = round(100 * r.no_judge_points / r.points) if r.points else 0
        self.no_judge.setText(t("no_judge", lang, pct=pct))
        notes = []
        if r.unanswered:
            notes.append(t("unanswered", lang, n=len(r.unanswered)))
        if r.unsure:
            notes.append(t("unsure_count", lang, n=len(r.unsure)))
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
            max(r.overall, 1.0),
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
            max(r.overall, 1.0),
            t("by_platform", lang),
        )
        self.start_box.setTitle(t("start_here", lang))
        first = [c.step for c in self.cards[:3]]
        self.start_text.setText(
            self.tr(
                "Feeling overwhelmed? These steps lower your score the most for the least effort:"
            )
            + "\n"
            + "\n".join(
                f"{i}. {s.content.actions[st.action].title.get(lang)}"
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
                f"• {h.name.get(lang)} — {h.description.get(lang)} {h.url}"
                for h in s.content.ladder.legal_help
            )
        )
        self.disclaimer.setText(s.content.ladder.disclaimer.get(lang))
