"""Dashboard 01: one patient form feeding five prognostic scores side by side, NESMS from
the modified Bauer total plus ambulation and albumin, and how the scores validate."""

from __future__ import annotations

import ipywidgets as widgets

from ..counterfactuals import KATAGIRI_FLAGS, assess, flag_primaries, katagiri_flags
from ..evidence.prognosis import PROVENANCE
from ..performance import performance_check
from ..prognosis import PATIENT_CHOICES, PROGNOSTIC_SCORES, Patient
from ..results import ScoreResult
from ..vocabulary import FRANKEL_DESCRIPTIONS, Frankel, Primary
from .base import DashboardApp
from .fields import FIELD_CSS
from .plotview import PlotView
from .presentation import presentation
from .prognosis_figure import chart_spec, update_chart
from .prognosis_nesms import NesmsPanel
from .prognosis_panels import (
    caption_html,
    count_label,
    discordance_html,
    flips_html,
    performance_html,
    provenance_html,
    results_html,
    subtypes_html,
)
from .prognosis_trust import nesms_provenance_html, trust_html

__all__ = ["PrognosisApp"]

_STYLE = {"description_width": "190px"}
_WIDE = widgets.Layout(width="470px")
_COUNTS = ("extraspinal_bone_foci", "vertebral_body_mets")
_VISCERAL_DETAILS = ("visceral_removable", "visceral_treatable", "visceral_pattern")
_DEFAULT = Patient(
    primary="breast", kps=70, extraspinal_bone_foci=1, vertebral_body_mets=2, frankel="D"
)


def _dropdown_spec() -> dict[str, tuple[str, list]]:
    """Label and options of every dropdown, from the core's vocabularies."""
    counts = [(count_label(v), v) for v in PATIENT_CHOICES["extraspinal_bone_foci"]]
    return {
        "primary": ("Primary tumour", [(p.value, p) for p in Primary]),
        "kps": ("Karnofsky (KPS)", [(f"{k}%", k) for k in PATIENT_CHOICES["kps"]]),
        "ecog": ("ECOG performance status", [(str(e), e) for e in PATIENT_CHOICES["ecog"]]),
        "extraspinal_bone_foci": ("Extraspinal bone foci", counts),
        "vertebral_body_mets": ("Vertebral bodies involved", counts[1:]),
        "visceral": ("Visceral metastases", [("none", "none"), ("present", "present")]),
        "visceral_removable": (
            "… removable? (Tokuhashi)",
            [("removable", True), ("unremovable", False)],
        ),
        "visceral_treatable": (
            "… treatable? (Tomita)",
            [("treatable", True), ("untreatable", False)],
        ),
        "visceral_pattern": (
            "… pattern? (Katagiri)",
            [
                ("nodular (visceral or brain)", "nodular"),
                ("disseminated (pleural, peritoneal, leptomeningeal)", "disseminated"),
            ],
        ),
        "frankel": (
            "Frankel grade",
            [(f"{g.value}: {FRANKEL_DESCRIPTIONS[g]}", g) for g in Frankel],
        ),
        "labs": (
            "Laboratory data (Katagiri)",
            [
                ("normal", "normal"),
                ("abnormal (CRP, LDH or albumin)", "abnormal"),
                ("critical (platelets, calcium or bilirubin)", "critical"),
            ],
        ),
    }


def _checkbox_labels() -> dict[str, str]:
    """Each yes/no finding; the Katagiri flags name the primaries they apply to."""
    flags = {
        "hormone_dependent": "Hormone-dependent",
        "targeted_therapy": "Molecularly targeted therapy",
    }
    labels = {"previous_chemotherapy": "Previous chemotherapy"}
    for flag in KATAGIRI_FLAGS:
        where = ", ".join(p.value for p in flag_primaries(flag))
        labels[flag] = f"{flags[flag]} ({where})"
    return labels


class PrognosisApp(DashboardApp):
    """Revised and original Tokuhashi, Tomita, Katagiri-new and modified Bauer for one patient."""

    TOPIC = "prognostic_scores"

    def __init__(self, patient: Patient | None = None) -> None:
        patient = patient or _DEFAULT
        # Controls: one widget per Patient field
        self.controls: dict[str, widgets.ValueWidget] = {}
        for field, (label, options) in _dropdown_spec().items():
            value = getattr(patient, field)
            self.controls[field] = widgets.Dropdown(
                options=options,
                value=min(value, 3) if field in _COUNTS else value,
                description=label,
                style=_STYLE,
                layout=_WIDE,
            )
        for field, label in _checkbox_labels().items():
            self.controls[field] = widgets.Checkbox(
                value=getattr(patient, field), description=label, indent=False
            )
        c = self.controls
        self._primary, self._kps, self._visceral = c["primary"], c["kps"], c["visceral"]
        self._removable, self._treatable = c["visceral_removable"], c["visceral_treatable"]
        self._pattern, self._hormone = c["visceral_pattern"], c["hormone_dependent"]
        self._targeted = c["targeted_therapy"]
        self._chart_score = widgets.Dropdown(
            options=[(PROVENANCE[n].title, n) for n in PROGNOSTIC_SCORES],
            value="tokuhashi_revised",
            description="Survival chart for",
            style=_STYLE,
            layout=_WIDE,
        )
        # Outputs
        # The flag reads in the form's width, and within a phone's screen
        self.performance = widgets.HTML(
            layout=widgets.Layout(max_width="min(470px, calc(100vw - 40px))")
        ).add_class("sm-performance")
        self.results = widgets.HTML().add_class("sm-results")
        self.discordance = widgets.HTML().add_class("sm-discordance")
        self.flips = widgets.HTML().add_class("sm-flips")
        self.provenance = widgets.HTML(provenance_html() + nesms_provenance_html()).add_class(
            "sm-provenance"
        )
        self.trust = widgets.HTML(trust_html()).add_class("sm-trust-section")
        self.chart_caption = widgets.HTML().add_class("sm-chart-caption")
        self.subtypes = widgets.HTML().add_class("sm-subtypes")
        self._assessment = assess(patient)
        self.nesms = NesmsPanel(self._assessment.scores["bauer_modified"])
        self.figure = PlotView(**self._chart())  # full spec before display
        presentation().register_figure(self.figure)

        # Layout: the performance check sits right under the two performance fields
        fields = list(self.controls.values())
        after_ecog = fields.index(self.controls["ecog"]) + 1
        fields.insert(after_ecog, self.performance)
        form = widgets.VBox(
            [widgets.HTML("<h2>Patient</h2>"), *fields],
            layout=widgets.Layout(min_width="480px", margin="0 16px 0 0"),
        )
        # Side by side whenever the screen is wide enough, in either mode.
        row = self._lecture_row(
            form, [widgets.HTML("<h2>Scores</h2>"), self.results, self.discordance]
        )
        row.children[1].layout = widgets.Layout(flex="1 1 0%", min_width="460px")
        row.layout = widgets.Layout(flex_flow="row wrap")
        self._mount(
            [
                widgets.HTML(f"<style>{FIELD_CSS}</style>", layout={"display": "none"}),
                row,
                widgets.HTML("<h2>NESMS: adding ambulation and albumin</h2>"),
                self.nesms,
                widgets.HTML("<h2>Same primary, different biology</h2>"),
                self.subtypes,
                widgets.HTML("<h2>What flips the band?</h2>"),
                self.flips,
                widgets.HTML("<h2>Published survival per band</h2>"),
                self._chart_score,
                self.figure,
                self.chart_caption,
                widgets.HTML("<h2>Which score to trust?</h2>"),
                self.trust,
                widgets.HTML("<h2>Where each score comes from</h2>"),
                self.provenance,
            ],
            "sm-prognosis",
        )

        # Wiring
        self._observe(self.controls.values(), self._on_patient_change)
        self._observe([self._chart_score], self._on_chart_change)
        self._render_text()
        self.chart_caption.value = self._caption()

    # Callbacks
    def _on_patient_change(self, _change=None) -> None:
        self._assessment = assess(Patient(**{f: w.value for f, w in self.controls.items()}))
        self._render_text()
        self._on_chart_change()

    def _on_chart_change(self, _change=None) -> None:
        update_chart(self.figure, self._chart())
        self.chart_caption.value = self._caption()

    # Reading and rendering
    @property
    def scores(self) -> dict[str, ScoreResult]:
        """The current results, keyed by score function name."""
        return dict(self._assessment.scores)

    def _chart(self) -> dict:
        name = self._chart_score.value
        return chart_spec(name, self._assessment.scores[name])

    def _caption(self) -> str:
        name = self._chart_score.value
        return caption_html(name, self._assessment.scores[name])

    def _render_text(self) -> None:
        a = self._assessment
        for field in _VISCERAL_DETAILS:
            self.controls[field].disabled = a.patient.visceral != "present"
        flags = katagiri_flags(a.patient.primary)
        for flag in KATAGIRI_FLAGS:
            self.controls[flag].disabled = flag not in flags
        self.performance.value = performance_html(
            performance_check(kps=a.patient.kps, ecog=a.patient.ecog)
        )
        self.results.value = results_html(a.scores)
        self.discordance.value = discordance_html(a.discordance)
        self.flips.value = flips_html(a)
        self.subtypes.value = subtypes_html(a)
        self.nesms.update(a.scores["bauer_modified"])
