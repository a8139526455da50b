"""Dashboard 05: targeted therapy for renal cell carcinoma — risk models, approvals, trials."""

from __future__ import annotations

import ipywidgets as widgets

from ..rcc import RISK_MODELS
from ..rcc.labs import RccRisk, risk_from_labs
from .base import DashboardApp
from .html import heading, muted
from .plotview import PlotView
from .presentation import presentation
from .rcc_figure import rcc_figure, update_rcc_figure
from .rcc_text import calcium_html, caption_html, results_html, static_html

__all__ = ["PRESETS", "RccApp"]

_STYLE = {"description_width": "230px"}
_WIDE = widgets.Layout(width="460px")
_NARROW = widgets.Layout(width="300px")
_LIMIT_STYLE = {"description_width": "120px"}

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
    "kps": "kps",
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
    "ldh": "ldh_u_l",
    "ldh_uln": "ldh_uln_u_l",
    "nephrectomy": "prior_nephrectomy",
}
"""Preset key -> argument of :func:`~spinemet_core.rcc.labs.risk_from_labs`."""


def _float(description, value, lo, hi, step, layout=_WIDE, style=None):
    return widgets.BoundedFloatText(
        value=value,
        min=lo,
        max=hi,
        step=step,
        description=description,
        style=style or _STYLE,
        layout=layout,
    )


def _limit(value, lo, hi, step):
    return _float("upper limit", value, lo, hi, step, _NARROW, _LIMIT_STYLE)


class RccApp(DashboardApp):
    """IMDC and MSKCC from raw values, with the evidence and the drugs behind modern survival."""

    TOPIC = "targeted_therapy_rcc"

    def __init__(self) -> None:
        p = PRESETS["calcium trap"]
        # Controls: raw values and the user's reference limits
        self._kps = widgets.Dropdown(
            options=[(f"{k}%", k) for k in RISK_MODELS["imdc"].arguments["kps"].values],
            value=p["kps"],
            description="Karnofsky (KPS)",
            style=_STYLE,
            layout=_WIDE,
        )
        self._months = _float("Months, diagnosis to treatment", p["months"], 0, 360, 1)
        self._hb = _float("Haemoglobin (g/dL)", p["hemoglobin"], 3, 20, 0.1)
        self._hb_lln = _float("lower limit", p["hb_lln"], 8, 16, 0.1, _NARROW, _LIMIT_STYLE)
        self._ca = _float("Calcium, measured (mg/dL)", p["calcium"], 5, 16, 0.1)
        self._alb = _float("Albumin (g/dL)", p["albumin"], 1, 6, 0.1)
        self._ca_uln = _limit(p["ca_uln"], 8, 12, 0.1)
        self._neut = _float("Neutrophils (x10⁹/L)", p["neutrophils"], 0, 50, 0.1)
        self._neut_uln = _limit(p["neut_uln"], 3, 12, 0.1)
        self._plt = _float("Platelets (x10⁹/L)", p["platelets"], 10, 1500, 5)
        self._plt_uln = _limit(p["plt_uln"], 200, 600, 5)
        self._ldh = _float("LDH (U/L)", p["ldh"], 50, 5000, 5)
        self._ldh_uln = _limit(p["ldh_uln"], 100, 600, 5)
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
        self._controls = {
            "kps": self._kps,
            "months": self._months,
            "hemoglobin": self._hb,
            "hb_lln": self._hb_lln,
            "calcium": self._ca,
            "albumin": self._alb,
            "ca_uln": self._ca_uln,
            "neutrophils": self._neut,
            "neut_uln": self._neut_uln,
            "platelets": self._plt,
            "plt_uln": self._plt_uln,
            "ldh": self._ldh,
            "ldh_uln": self._ldh_uln,
            "nephrectomy": self._nephrectomy,
        }
        # Outputs
        self.calcium = widgets.HTML().add_class("sm-calcium")
        self.results = widgets.HTML().add_class("sm-rcc-results")
        self.caption = widgets.HTML().add_class("sm-figure-caption")
        risk = self._risk()
        self.figure = PlotView(rcc_figure(risk.results["imdc"].band.label))
        presentation().register_figure(self.figure)

        # Layout
        row = widgets.HBox
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
                        "between men and women): enter your own."
                    )
                ),
            ]
        )
        self._mount(
            [
                widgets.HTML(heading("IMDC and MSKCC from raw values")),
                form,
                self.calcium,
                self.results,
                self.figure,
                self.caption,
                widgets.HTML(static_html()),
            ],
            "sm-rcc",
        )

        # Wiring
        self._preset.observe(self._on_preset, names="value")
        self._observe(self._controls.values(), self._on_change)
        self._show(risk)

    def scores(self):
        """Corrected calcium [mg/dL] and IMDC, MSKCC 1999 and MSKCC 2002 (core results)."""
        risk = self._risk()
        return risk.labs.corrected_calcium_mg_dl, dict(risk.results)

    def _risk(self) -> RccRisk:
        return risk_from_labs(
            **{_ARGUMENTS[key]: control.value for key, control in self._controls.items()}
        )

    # Callbacks
    def _on_preset(self, change) -> None:
        if not change["new"]:
            return
        for key, value in PRESETS[change["new"]].items():
            self._controls[key].value = value

    def _on_change(self, _change=None) -> None:
        risk = self._risk()
        self._show(risk)
        update_rcc_figure(self.figure, risk.results["imdc"].band.label)

    def _show(self, risk: RccRisk) -> None:
        self.calcium.value = calcium_html(risk)
        self.results.value = results_html(risk)
        self.caption.value = caption_html(risk)
