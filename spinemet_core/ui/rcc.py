"""Dashboard 05: targeted therapy for renal cell carcinoma — risk models, approvals, trials."""

from __future__ import annotations

import ipywidgets as widgets
import traitlets

from ..rcc import RISK_MODELS
from ..rcc.labs import RccRisk, risk_from_labs
from ..units import ULN_MULTIPLE
from .base import DashboardApp
from .fields import NumberField
from .html import heading, muted
from .inputs import FieldSet, mark_withheld, withheld_html
from .plotview import PlotView
from .presentation import presentation
from .rcc_figure import rcc_figure, update_rcc_figure
from .rcc_text import calcium_html, caption_html, results_html, static_html

__all__ = ["PRESETS", "RccApp"]

_STYLE = {"description_width": "230px"}
_WIDE = widgets.Layout(width="460px", max_width="100%")
_LIMIT_STYLE = {"description_width": "120px"}
_TOUCH = {"min_height": "44px"}
_ROW = widgets.Layout(flex_flow="row wrap", align_items="flex-start")

PRESETS = {
    "calcium trap": {
        "kps": 90,
        "months": 24.0,
        "hemoglobin": 11.0,
        "hb_lln": 12.0,
        "calcium": 9.8,
        "albumin": 2.5,
        "ca_uln": 10.2,
        "neutrophils": 5.0,
        "neut_uln": 7.0,
        "platelets": 450,
        "plt_uln": 400,
        "ldh": 200,
        "ldh_uln": 250,
        "nephrectomy": True,
    },
    "IMDC and MSKCC disagree": {
        "kps": 90,
        "months": 24.0,
        "hemoglobin": 13.0,
        "hb_lln": 12.0,
        "calcium": 9.0,
        "albumin": 4.0,
        "ca_uln": 10.2,
        "neutrophils": 9.0,
        "neut_uln": 7.0,
        "platelets": 480,
        "plt_uln": 400,
        "ldh": 200,
        "ldh_uln": 250,
        "nephrectomy": True,
    },
}
"""Teaching patients: the corrected-calcium trap, and a patient the two models place apart."""

_ARGUMENTS = {
    "months": "months_diagnosis_to_treatment",
    "hemoglobin": "hemoglobin_g_dl",
    "hb_lln": "hemoglobin_lln_g_dl",
    "calcium": "calcium_mg_dl",
    "albumin": "albumin_g_dl",
    "ca_uln": "calcium_uln_mg_dl",
    "neutrophils": "neutrophils_1e9_l",
    "neut_uln": "neutrophils_uln_1e9_l",
    "platelets": "platelets_1e9_l",
    "plt_uln": "platelets_uln_1e9_l",
    "ldh": "ldh_x_uln",
    "ldh_uln": "ldh_uln_u_l",
}
"""Preset key -> argument of :func:`~spinemet_core.rcc.labs.risk_from_labs` its field feeds.

The LDH field's value is a multiple of the limit (typed as such, or in U/L over the
limit field, whose value then feeds the LDH field, not the core)."""

_PRESET_UNITS = {"ldh": "U/L"}
"""Units of the preset values that are not their analyte's canonical unit."""

_COUNT = "×10⁹/L"


def _field(label: str, key: str, value, *, analyte=None, unit: str = "", limit=False):
    return NumberField(
        label,
        analyte=analyte,
        unit=unit,
        text=f"{value:g}",
        field=_ARGUMENTS[key],
        style=_LIMIT_STYLE if limit else _STYLE,
        layout=widgets.Layout(width="220px" if limit else "330px", max_width="100%", **_TOUCH),
    )


class RccApp(DashboardApp):
    """IMDC and MSKCC from raw values, with the evidence and the drugs behind modern survival."""

    TOPIC = "targeted_therapy_rcc"

    def __init__(self) -> None:
        p = PRESETS["calcium trap"]
        # Controls: raw values and the user's reference limits, each in a unit of the user's
        self._kps = widgets.Dropdown(
            options=[(f"{k}%", k) for k in RISK_MODELS["imdc"].arguments["kps"].values],
            value=p["kps"],
            description="Karnofsky (KPS)",
            style=_STYLE,
            layout=_WIDE,
        )
        self._months = _field(
            "Months, diagnosis to treatment", "months", p["months"], unit="months"
        )
        self._hb = _field("Haemoglobin", "hemoglobin", p["hemoglobin"], analyte="haemoglobin")
        self._hb_lln = _field(
            "lower limit", "hb_lln", p["hb_lln"], analyte="haemoglobin", limit=True
        )
        self._ca = _field("Calcium, measured", "calcium", p["calcium"], analyte="calcium")
        self._alb = _field("Albumin", "albumin", p["albumin"], analyte="albumin")
        self._ca_uln = _field("upper limit", "ca_uln", p["ca_uln"], analyte="calcium", limit=True)
        self._neut = _field("Neutrophils", "neutrophils", p["neutrophils"], unit=_COUNT)
        self._neut_uln = _field("upper limit", "neut_uln", p["neut_uln"], unit=_COUNT, limit=True)
        self._plt = _field("Platelets", "platelets", p["platelets"], unit=_COUNT)
        self._plt_uln = _field("upper limit", "plt_uln", p["plt_uln"], unit=_COUNT, limit=True)
        self._ldh = _field("LDH", "ldh", p["ldh"], analyte="ldh", unit=_PRESET_UNITS["ldh"])
        self._ldh_uln = _field(
            "upper limit", "ldh_uln", p["ldh_uln"], analyte="ldh_uln", limit=True
        )
        traitlets.dlink((self._ldh_uln, "value"), (self._ldh, "uln"))
        self._nephrectomy = widgets.Checkbox(
            value=p["nephrectomy"], indent=False, description="Prior nephrectomy (MSKCC 1999)"
        )
        self._preset = widgets.Dropdown(
            options=[("(choose a teaching patient)", "")] + [(k, k) for k in PRESETS],
            value="",
            description="Load example",
            style=_STYLE,
            layout=_WIDE,
        )
        self._fields = FieldSet(
            {
                f.field: f
                for f in (
                    self._months,
                    self._hb,
                    self._hb_lln,
                    self._ca,
                    self._alb,
                    self._ca_uln,
                    self._neut,
                    self._neut_uln,
                    self._plt,
                    self._plt_uln,
                    self._ldh,
                    self._ldh_uln,
                )
            }
        )
        self._loading = False
        # Outputs
        self.calcium = widgets.HTML().add_class("sm-calcium")
        self.results = widgets.HTML().add_class("sm-rcc-results")
        self.caption = widgets.HTML().add_class("sm-figure-caption")
        risk = self._risk()
        self.figure = PlotView(rcc_figure(risk.results["imdc"].band.label))
        presentation().register_figure(self.figure)

        # Layout

        def row(fields):
            return widgets.HBox(fields, layout=_ROW)

        form = widgets.VBox(
            [
                self._preset,
                self._kps,
                self._months,
                row([self._hb, self._hb_lln]),
                row([self._ca, self._ca_uln]),
                self._alb,
                row([self._neut, self._neut_uln]),
                row([self._plt, self._plt_uln]),
                row([self._ldh, self._ldh_uln]),
                self._nephrectomy,
                widgets.HTML(
                    muted(
                        "Reference limits differ between laboratories (and for haemoglobin, "
                        "between men and women): enter your own. Choose each value's unit "
                        "beside it; LDH may be given as a multiple of its upper limit (× ULN)."
                    )
                ),
            ]
        ).add_class("sm-rcc-form")
        self._mount(
            [
                widgets.HTML(heading("IMDC and MSKCC from raw values")),
                self._lecture_row(form, [self.calcium, self.results]),
                self.figure,
                self.caption,
                widgets.HTML(static_html()),
            ],
            "sm-rcc",
        )

        # Wiring
        self._preset.observe(self._on_preset, names="value")
        self._ldh.observe(self._on_ldh_unit, names="unit")
        self._observe(
            (self._kps, self._nephrectomy, *self._fields.fields.values()), self._on_change
        )
        self._on_ldh_unit()
        self._show(risk)

    def scores(self):
        """Corrected calcium [mg/dL] and IMDC, MSKCC 1999 and MSKCC 2002 (core results);
        ``(None, {})`` while a field is not valid (the result is then withheld)."""
        risk = self._risk()
        if risk is None:
            return None, {}
        return risk.labs.corrected_calcium_mg_dl, dict(risk.results)

    def _risk(self) -> RccRisk | None:
        # The LDH limit feeds the LDH field (U/L -> multiple), not the core.
        active = [a for a in self._fields.fields if a != "ldh_uln_u_l"]
        return self._fields.call(
            risk_from_labs,
            active=active,
            kps=self._kps.value,
            prior_nephrectomy=self._nephrectomy.value,
        )

    # Callbacks
    def _on_preset(self, change) -> None:
        if not change["new"]:
            return
        self._loading = True
        try:
            for key, value in PRESETS[change["new"]].items():
                if key in _ARGUMENTS:
                    field = self._fields.fields[_ARGUMENTS[key]]
                    unit = _PRESET_UNITS.get(key, field.analyte and field.analyte.canonical_unit)
                    field.set_value(value, unit or None)
                else:
                    {"kps": self._kps, "nephrectomy": self._nephrectomy}[key].value = value
        finally:
            self._loading = False
        self._on_change()

    def _on_ldh_unit(self, _change=None) -> None:
        """The LDH limit field is shown only when LDH is typed in U/L."""
        self._ldh_uln.layout.display = "none" if self._ldh.unit == ULN_MULTIPLE else None

    def _on_change(self, change=None) -> None:
        if self._loading:
            return
        if change is not None:  # an edit: the patient is no longer the example loaded, and
            self._preset.value = ""  # choosing that example again reloads it
        risk = self._risk()
        self._show(risk)
        update_rcc_figure(self.figure, "" if risk is None else risk.results["imdc"].band.label)

    def _show(self, risk: RccRisk | None) -> None:
        if risk is None:  # the calcium card last: once it says "withheld", all is withheld
            self.results.value = ""
            self.caption.value = caption_html(None)
            self.calcium.value = withheld_html()
            mark_withheld(self.figure, True)
            return
        mark_withheld(self.figure, False)
        self.calcium.value = calcium_html(risk, typed=self._typed())
        self.results.value = results_html(risk)
        self.caption.value = caption_html(risk)

    def _typed(self) -> dict[str, str]:
        """Calcium and albumin as typed, where their unit is not the one the core takes."""
        return {
            name: f"{field.text.strip()} {field.unit}"
            for name, field in (("calcium", self._ca), ("albumin", self._alb))
            if field.unit != field.analyte.canonical_unit
        }
