"""Dashboard 02: the four NOMS pillars feeding one recommendation and its decision path."""

from __future__ import annotations

import html
from typing import NamedTuple

import ipywidgets as widgets

from ..escc import ESCC_DEFINITIONS, EsccGrade, escc_group
from ..noms import RADIOSENSITIVITIES, DecisionChange, Recommendation, decision_changes, recommend
from ..noms_systemic import SYSTEMIC_FINDINGS, SystemicFlag, systemic_flag
from ..results import ScoreResult
from ..scores import sins
from ..scores.sins import BANDS as SINS_BANDS
from ..scores.sins import TABLE as SINS_TABLE
from ..vocabulary import PRIMARY_TABLE, PRIMARY_TABLE_SOURCES, SPINAL_LEVELS, Primary, sins_location
from ..vocabulary import radiosensitivity as primary_radiosensitivity
from .base import DashboardApp
from .fields import FIELD_CSS
from .html import card, item_breakdown, muted_html
from .noms_figure import apply_theme, noms_figure, path_text, update_noms_figure
from .noms_panels import (
    VCF_NOTE,
    changes_html,
    plan_note_html,
    recommendation_html,
    sins_definitions,
    systemic_context,
    systemic_flag_html,
)
from .plotview import PlotView
from .presentation import presentation

__all__ = ["NomsApp"]

_STYLE = {"description_width": "170px"}
_WIDE = widgets.Layout(width="440px")
_PILLAR_NAMES = {"N": "Neurologic", "O": "Oncologic", "M": "Mechanical", "S": "Systemic"}


def _dropdown(description: str, options, value) -> widgets.Dropdown:
    return widgets.Dropdown(
        options=options, value=value, description=description, style=_STYLE, layout=_WIDE
    )


def _sins_dropdown(item) -> widgets.Dropdown:
    """One SINS item, its options and points from the score's table."""
    options = [(f"{o.label} ({o.points})", o.members[0]) for o in item.options]
    return _dropdown(item.heading.split(" (")[0], options, item.options[-1].members[0])


def _panel(key: str, children: list) -> widgets.VBox:
    title = widgets.HTML(f"<h3>{key}: {_PILLAR_NAMES[key]}</h3>")
    return widgets.VBox(
        [title, *children],
        layout=widgets.Layout(
            border="1px solid #ccc", padding="4px 10px", margin="4px", width="560px"
        ),
    ).add_class(f"sm-pillar-{key}")


def _row(*children) -> widgets.HBox:
    return widgets.HBox(list(children), layout=widgets.Layout(flex_flow="row wrap"))


class _State(NamedTuple):
    """What the core returned for the widgets' current values."""

    sins: ScoreResult
    rec: Recommendation
    changes: tuple[DecisionChange, ...]


class NomsApp(DashboardApp):
    """Neurologic, oncologic, mechanical and systemic assessment, then the NOMS plan."""

    TOPIC = "noms_framework"

    def __init__(self) -> None:
        # Controls: N, O, M (a full SINS calculator), S
        self._grade = _dropdown(
            "Bilsky ESCC grade",
            [(f"{g.value}: {ESCC_DEFINITIONS[g]}", g.value) for g in EsccGrade],
            "0",
        )
        self._deficit = _dropdown(
            "Neurological deficit",
            [(d, d) for d in ("none", "radiculopathy", "myelopathy")],
            "none",
        )
        self._primary = _dropdown("Primary tumour", [(p.value, p.value) for p in Primary], "breast")
        self._override = _dropdown(
            "Radiosensitivity",
            [("as listed for the primary", "listed")] + [(s, s) for s in RADIOSENSITIVITIES],
            "listed",
        )
        self._level = _dropdown(
            "Level", [(f"{lvl} ({sins_location(lvl)})", lvl) for lvl in SPINAL_LEVELS], "T7"
        )
        self._sins_items = {item.name: _sins_dropdown(item) for item in SINS_TABLE[1:]}
        self._systemic = {
            f.name: _dropdown(f.label, [(label, value) for value, label in f.options], f.default)
            for f in SYSTEMIC_FINDINGS
        }
        self._fit = widgets.ToggleButtons(
            options=[("Fit for surgery", True), ("Not fit for surgery", False)],
            value=True,
            description="Your decision",
            style={"description_width": "100px"},
        )
        # Outputs
        self.grade_note = widgets.HTML().add_class("sm-escc-note")
        self.oncology_note = widgets.HTML().add_class("sm-oncology-note")
        self.sins_result = widgets.HTML().add_class("sm-sins-result")
        self.card = widgets.HTML().add_class("sm-recommendation")
        self.changes = widgets.HTML().add_class("sm-changes")
        self.systemic_flag = widgets.HTML().add_class("sm-systemic")
        self.plan_note = widgets.HTML().add_class("sm-plan-note")
        self.figure_caption = widgets.HTML().add_class("sm-figure-caption")
        self._state = self._compute()
        spec = noms_figure(self._grade.value, self._state.rec)
        self.figure = PlotView(spec)  # the full spec before display
        presentation().register_figure(self.figure)
        presentation().register(self)

        # Layout
        m_panel = [self._level, *self._sins_items.values(), self.sins_result]
        m_panel += [widgets.HTML(sins_definitions()), widgets.HTML(muted_html(VCF_NOTE))]
        s_panel = [
            *self._systemic.values(),
            widgets.HTML(systemic_context()),
            self._fit,
            self.systemic_flag,
        ]
        self._mount(
            [
                widgets.HTML(f"<style>{FIELD_CSS}</style>", layout={"display": "none"}),
                self._lecture_row(
                    [
                        _row(
                            _panel("N", [self._grade, self.grade_note, self._deficit]),
                            _panel("O", [self._primary, self._override, self.oncology_note]),
                        ),
                        _row(_panel("M", m_panel), _panel("S", s_panel)),
                    ],
                    [widgets.HTML("<h2>Recommendation</h2>"), self.plan_note, self.card],
                ),
                self.figure,
                self.figure_caption,
                widgets.HTML("<h2>What changes the decision?</h2>"),
                self.changes,
            ],
            "sm-noms",
        )

        # Wiring
        self._observe(
            [
                self._grade,
                self._deficit,
                self._primary,
                self._override,
                self._level,
                *self._sins_items.values(),
                self._fit,
            ],
            self._on_change,
        )
        self._observe(self._systemic.values(), self._on_systemic_change)
        self._render(self._state)

    # Callbacks
    def _on_change(self, _change=None) -> None:
        self._state = self._compute()
        self._render(self._state)
        update_noms_figure(self.figure, self._grade.value, self._state.rec)

    def _on_systemic_change(self, _change=None) -> None:
        self._render_systemic()

    def apply_presentation(self, _mode: str, theme: str) -> None:
        """Keep the decision boxes readable in the dark theme."""
        apply_theme(self.figure, theme)

    # Reading and rendering
    def _compute(self) -> _State:
        """Read the widgets and call the core: SINS, the recommendation, what changes it."""
        values = {name: w.value for name, w in self._sins_items.items()}
        sins_result = sins(level=self._level.value, **values)
        inputs = {
            "escc_grade": self._grade.value,
            "myelopathy": self._deficit.value == "myelopathy",
            "sins_total": sins_result.total,
            "fit_for_surgery": self._fit.value,
        }
        if self._override.value == "listed":
            inputs["primary"] = self._primary.value
        else:
            inputs["radiosensitivity"] = self._override.value
        return _State(sins_result, recommend(**inputs), tuple(decision_changes(**inputs)))

    @property
    def systemic(self) -> SystemicFlag:
        """The systemic findings that argue against surgery, against the current call."""
        values = {name: w.value for name, w in self._systemic.items()}
        return systemic_flag(**values, fit_for_surgery=self._fit.value)

    def _render_systemic(self) -> None:
        flag = self.systemic
        self.systemic_flag.value = systemic_flag_html(flag)
        self.plan_note.value = plan_note_html(flag)

    @property
    def recommendation(self) -> Recommendation:
        """The current recommendation (of the widgets' values)."""
        return self._state.rec

    def _render(self, state: _State) -> None:
        sins_result, rec = state.sins, state.rec
        grade = EsccGrade(self._grade.value)
        group = escc_group(grade)
        self.grade_note.value = muted_html(
            f"{html.escape(ESCC_DEFINITIONS[grade])}. Group: <b>{group}</b> grade"
            + (" (the contested grey zone)." if group == "borderline" else ".")
            + (
                " Radiculopathy alone does not change the branch."
                if self._deficit.value == "radiculopathy"
                else ""
            )
        )
        primary = Primary(self._primary.value)
        listed = PRIMARY_TABLE[primary].radiosensitivity_listed
        how = PRIMARY_TABLE_SOURCES["radiosensitivity"][1]
        self.oncology_note.value = muted_html(
            f"NOMS group for {primary.value}: <b>{primary_radiosensitivity(primary)}</b> "
            f"({'listed by NOMS' if listed else 'not listed; the suite assumes this'}). "
            + ("<b>Override in use.</b> " if self._override.value != "listed" else "")
            + html.escape(how)
        )
        self.sins_result.value = card(
            f"<b>SINS <span data-sins='{sins_result.total}'>{sins_result.total}</span> / "
            f"{SINS_BANDS[-1].high}</b>: {html.escape(sins_result.band.label)}"
            + item_breakdown(sins_result)
        )
        self.card.value = recommendation_html(rec)
        self._render_systemic()
        self.changes.value = changes_html(state.changes)
        self.figure_caption.value = muted_html(
            f"Text alternative. Left: axial schematic of ESCC grade {grade.value} (anterior at "
            f"the top; not to scale). Right: the NOMS tree; the path taken (thick solid line, "
            f"bold boxed steps): {html.escape(path_text(rec))}."
        )
