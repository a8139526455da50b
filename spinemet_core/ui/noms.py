"""Dashboard 02: the four NOMS pillars feeding one recommendation and its decision path."""

from __future__ import annotations

import html

import ipywidgets as widgets

from ..escc import ESCC_DEFINITIONS, EsccGrade, escc_group
from ..noms import decision_changes, recommend
from ..references import get_reference
from ..scores import sins
from ..scores.sins import BANDS as SINS_BANDS
from ..scores.sins import TABLE as SINS_TABLE
from ..scores.tokuhashi import BANDS_REVISED
from ..vocabulary import PRIMARY_TABLE, PRIMARY_TABLE_SOURCES, SPINAL_LEVELS, Primary, sins_location
from ..vocabulary import radiosensitivity as primary_radiosensitivity
from .base import DashboardApp
from .html import bullets, card, item_breakdown, muted_html, yes_no
from .noms_figure import apply_theme, noms_figure, path_text, update_noms_figure
from .plotview import PlotView
from .presentation import presentation

__all__ = ["NomsApp"]

_STYLE = {"description_width": "170px"}
_WIDE = widgets.Layout(width="440px")
_PILLAR_NAMES = {"N": "Neurologic", "O": "Oncologic", "M": "Mechanical", "S": "Systemic"}
_ARGUMENT_LABELS = {
    "escc_grade": "ESCC grade",
    "radiosensitivity": "radiosensitivity",
    "sins_total": "SINS total",
    "fit_for_surgery": "fit for surgery",
}
_VCF_NOTE = (
    "<b>Fracture after SBRT.</b> In a multi-institutional series of 410 segments treated with "
    "spine SBRT, 14% fractured (new or progressing), at a median of about 2.5 months; the risk "
    "was highest at 24 Gy or more per fraction and rose with baseline fracture, lytic tumour and "
    "deformity, three SINS items (Sahgal 2013). A high SINS before SBRT is a reason to discuss "
    "cement augmentation or stabilisation."
)


def _dropdown(description: str, options, value) -> widgets.Dropdown:
    return widgets.Dropdown(
        options=options, value=value, description=description, style=_STYLE, layout=_WIDE
    )


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


class NomsApp(DashboardApp):
    """Neurologic, oncologic, mechanical and systemic assessment, then the NOMS plan."""

    TOPIC = "noms_framework"

    def __init__(self) -> None:
        # Controls (N, O, M: a full SINS calculator from the score's table, S)
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
            [("as listed for the primary", "listed")]
            + [(s, s) for s in ("high", "moderate", "resistant")],
            "listed",
        )
        self._level = _dropdown(
            "Level", [(f"{lvl} ({sins_location(lvl)})", lvl) for lvl in SPINAL_LEVELS], "T7"
        )
        self._sins_items = {
            item.name: _dropdown(
                item.heading.split(" (")[0],
                [(f"{o.label} ({o.points})", o.members[0]) for o in item.options],
                item.options[-1].members[0],
            )
            for item in SINS_TABLE[1:]
        }
        systemic = (
            _dropdown(
                "Performance (ECOG)",
                [
                    ("0-1: active", "0-1"),
                    ("2: up more than half the day", "2"),
                    ("3-4: mostly in bed", "3-4"),
                ],
                "0-1",
            ),
            _dropdown(
                "Comorbidity",
                ["none or minor", "significant, controlled", "severe or uncontrolled"],
                "none or minor",
            ),
            _dropdown(
                "Systemic disease",
                ["limited", "extensive, controlled", "extensive, progressing"],
                "limited",
            ),
        )
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
        self.figure_caption = widgets.HTML().add_class("sm-figure-caption")
        sins_result, rec, inputs = self._compute()
        self.figure = PlotView(noms_figure(self._grade.value, rec))  # full spec before display
        presentation().register_figure(self.figure)
        presentation().register(self)

        # Layout
        m_panel = [self._level, *self._sins_items.values(), self.sins_result]
        m_panel += [widgets.HTML(_sins_definitions()), widgets.HTML(muted_html(_VCF_NOTE))]
        s_panel = [*systemic, widgets.HTML(_systemic_context()), self._fit]
        self._mount(
            [
                _row(
                    _panel("N", [self._grade, self.grade_note, self._deficit]),
                    _panel("O", [self._primary, self._override, self.oncology_note]),
                ),
                _row(_panel("M", m_panel), _panel("S", s_panel)),
                widgets.HTML("<h2>Recommendation</h2>"),
                self.card,
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
        self._render(sins_result, rec, inputs)

    # Callbacks
    def _on_change(self, _change=None) -> None:
        sins_result, rec, inputs = self._compute()
        self._render(sins_result, rec, inputs)
        update_noms_figure(self.figure, self._grade.value, rec)

    def apply_presentation(self, _mode: str, theme: str) -> None:
        """Keep the decision boxes readable in the dark theme."""
        apply_theme(self.figure, theme)

    # Reading and rendering
    def _compute(self):
        sins_result = sins(
            level=self._level.value, **{name: w.value for name, w in self._sins_items.items()}
        )
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
        return sins_result, recommend(**inputs), inputs

    @property
    def recommendation(self):
        """The current recommendation (recomputed from the widgets)."""
        return self._compute()[1]

    def _render(self, sins_result, rec, inputs) -> None:
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
            + item_breakdown(sins_result.items)
        )
        self.card.value = _recommendation_html(rec)
        self.changes.value = _changes_html(inputs)
        self.figure_caption.value = muted_html(
            f"Text alternative. Left: axial schematic of ESCC grade {grade.value} (anterior at "
            f"the top; not to scale). Right: the NOMS tree; the path taken (thick solid line, "
            f"bold boxed steps): {html.escape(path_text(rec))}."
        )


def _recommendation_html(rec) -> str:
    trail = "".join(
        f"<tr><td><b>{s.pillar}</b></td><td>{html.escape(s.finding)}</td>"
        f"<td>{html.escape(s.implication)}</td>"
        f"<td>{html.escape(get_reference(s.citekey).short)}</td></tr>"
        for s in rec.trail
    )
    return (
        f"<div class='sm-card' data-branch='{rec.branch}'>"
        f"<div class='sm-summary' style='font-size:1.25em;font-weight:700'>"
        f"{html.escape(rec.summary)}</div>"
        f"<div>Radiation: <b>{rec.radiation}</b> · separation surgery: "
        f"<b>{yes_no(rec.separation_surgery)}</b> · stabilization: "
        f"<b>{yes_no(rec.stabilization)}</b> · surgical consultation: "
        f"<b>{yes_no(rec.surgical_consultation)}</b></div>"
        f"<table class='sm-table'><tr><th>Pillar</th><th>Finding</th><th>Implication</th>"
        f"<th>Source</th></tr>{trail}</table></div>"
    )


def _changes_html(inputs: dict) -> str:
    grouped: dict[tuple[str, str, str], list[str]] = {}
    for c in decision_changes(**inputs):
        value = yes_no(c.new_value) if isinstance(c.new_value, bool) else str(c.new_value)
        grouped.setdefault((c.pillar, c.argument, c.summary), []).append(value)
    items = [
        f"<b>{pillar}</b>: {_ARGUMENT_LABELS[argument]} → "
        f"{html.escape(', '.join(values))} gives <b>{html.escape(summary)}</b>"
        for (pillar, argument, summary), values in grouped.items()
    ]
    return card(
        "<div class='sm-muted'>One pillar changed at a time, the others kept.</div>"
        + bullets(items or ["No single change alters the plan."])
    )


def _systemic_context() -> str:
    bands = "; ".join(f"{b.range_text}: {b.label.split(':')[0].lower()}" for b in BANDS_REVISED)
    return muted_html(
        "Context: revised Tokuhashi bands (dashboard 01) — "
        f"{html.escape(bands)}. The surgical arm of the Patchell trial enrolled patients "
        "expected to live at least 3 months. Weigh performance, comorbidity and disease "
        "burden, then make the call below."
    )


def _sins_definitions() -> str:
    """Every SINS item with its options and points, from the score's own table."""
    rows = "".join(
        f"<tr><td>{html.escape(item.heading)}</td><td>"
        + "<br>".join(f"{html.escape(o.label)}: <b>{o.points}</b>" for o in item.options)
        + "</td></tr>"
        for item in SINS_TABLE
    )
    return (
        "<details class='sm-sins-definitions'><summary>SINS item definitions (Fisher 2010)"
        f"</summary><table class='sm-table'>{rows}</table></details>"
    )
