"""Dashboard 01: one patient form feeding five prognostic scores side by side."""

from __future__ import annotations

import html

import ipywidgets as widgets

from ..evidence.prognosis import AS_OF, PROVENANCE, figures_for
from ..evidence.subtypes import findings_for
from ..prognosis import PATIENT_CHOICES, PROGNOSTIC_SCORES, Patient, band_flips, discordance
from ..prognosis import score_all as _score_all
from ..references import format_reference, get_reference
from ..results import ScoreResult
from ..scores.bauer import BANDS as BAUER_BANDS
from ..scores.katagiri import BANDS as KATAGIRI_BANDS
from ..scores.tokuhashi import BANDS_ORIGINAL, BANDS_REVISED
from ..scores.tomita import BANDS as TOMITA_BANDS
from ..topics import DASHBOARDS
from ..vocabulary import FRANKEL_DESCRIPTIONS, Frankel, Primary
from .plotview import PlotView
from .presentation import figure_layout, presentation
from .theme import COLOURS, CSS, PLOTLY_LAYOUT

__all__ = ["PrognosisApp"]

_BANDS = {
    "tokuhashi_revised": BANDS_REVISED,
    "tokuhashi_original": BANDS_ORIGINAL,
    "tomita": TOMITA_BANDS,
    "katagiri_new": KATAGIRI_BANDS,
    "bauer_modified": BAUER_BANDS,
}
_MAX = {name: bands[-1].high for name, bands in _BANDS.items()}
_FIELD_LABELS = {
    "primary": "primary",
    "kps": "KPS",
    "ecog": "ECOG",
    "extraspinal_bone_foci": "extraspinal bone foci",
    "vertebral_body_mets": "vertebral bodies involved",
    "visceral": "visceral metastases",
    "visceral_removable": "visceral disease removable",
    "visceral_treatable": "visceral disease treatable",
    "visceral_pattern": "visceral pattern",
    "frankel": "Frankel grade",
    "labs": "laboratory category",
    "previous_chemotherapy": "previous chemotherapy",
    "hormone_dependent": "hormone-dependent",
    "targeted_therapy": "targeted therapy",
}
_STYLE = {"description_width": "190px"}
_WIDE = widgets.Layout(width="470px")


def _count_label(value: int) -> str:
    return "3 or more" if value == 3 else str(value)


def _value_text(field: str, value) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if field in ("extraspinal_bone_foci", "vertebral_body_mets"):
        return _count_label(min(value, 3))
    return str(value)


class PrognosisApp(widgets.VBox):
    """Revised and original Tokuhashi, Tomita, Katagiri-new and modified Bauer for one patient."""

    REFERENCES = DASHBOARDS["prognostic_scores"].references
    """Citekeys of the notebook's reference list."""

    def __init__(self, patient: Patient | None = None) -> None:
        patient = patient or Patient(
            primary="breast", kps=70, extraspinal_bone_foci=1, vertebral_body_mets=2, frankel="D"
        )
        # Controls: one widget per Patient field, options from the core's vocabularies
        counts = [(_count_label(v), v) for v in PATIENT_CHOICES["extraspinal_bone_foci"]]
        spec = {
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
        checkboxes = {
            "previous_chemotherapy": "Previous chemotherapy",
            "hormone_dependent": "Hormone-dependent (breast, prostate)",
            "targeted_therapy": "Molecularly targeted therapy (lung)",
        }
        self.controls: dict[str, widgets.ValueWidget] = {}
        for field, (label, options) in spec.items():
            value = getattr(patient, field)
            if field in ("extraspinal_bone_foci", "vertebral_body_mets"):
                value = min(value, 3)
            self.controls[field] = widgets.Dropdown(
                options=options, value=value, description=label, style=_STYLE, layout=_WIDE
            )
        for field, label in checkboxes.items():
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
        self.results = widgets.HTML().add_class("sm-results")
        self.discordance = widgets.HTML().add_class("sm-discordance")
        self.flips = widgets.HTML().add_class("sm-flips")
        self.provenance = widgets.HTML(self._provenance_html()).add_class("sm-provenance")
        self.chart_caption = widgets.HTML().add_class("sm-chart-caption")
        self.subtypes = widgets.HTML().add_class("sm-subtypes")
        self._patient = patient
        self._scores = _score_all(patient)
        self.figure = PlotView(**self._figure_spec())  # full spec before display
        presentation().register_figure(self.figure)

        # Layout
        form = widgets.VBox(
            [widgets.HTML("<h2>Patient</h2>"), *self.controls.values()],
            layout=widgets.Layout(min_width="480px", margin="0 16px 0 0"),
        )
        right = widgets.VBox(
            [widgets.HTML("<h2>Scores</h2>"), self.results, self.discordance],
            layout=widgets.Layout(flex="1 1 0%", min_width="460px"),
        )
        super().__init__(
            [
                widgets.HTML(CSS),
                widgets.HBox([form, right], layout=widgets.Layout(flex_flow="row wrap")),
                widgets.HTML("<h2>Same primary, different biology</h2>"),
                self.subtypes,
                widgets.HTML("<h2>What flips the band?</h2>"),
                self.flips,
                widgets.HTML("<h2>Published survival per band</h2>"),
                self._chart_score,
                self.figure,
                self.chart_caption,
                widgets.HTML("<h2>Where each score comes from</h2>"),
                self.provenance,
            ]
        )
        self.add_class("sm-app")
        self.add_class("sm-prognosis")

        # Wiring
        for control in self.controls.values():
            control.observe(self._on_patient_change, names="value")
        self._chart_score.observe(self._on_chart_change, names="value")
        self._render_text()

    # Callbacks
    def _on_patient_change(self, _change=None) -> None:
        self._patient = self._read_patient()
        self._scores = _score_all(self._patient)
        self._render_text()
        self._update_figure()

    def _on_chart_change(self, _change=None) -> None:
        self._update_figure()

    # Reading and rendering
    def _read_patient(self) -> Patient:
        return Patient(**{field: w.value for field, w in self.controls.items()})

    @property
    def scores(self) -> dict[str, ScoreResult]:
        """The current results, keyed by score function name."""
        return dict(self._scores)

    def _render_text(self) -> None:
        present = self._visceral.value == "present"
        for sub in (self._removable, self._treatable, self._pattern):
            sub.disabled = not present
        self._hormone.disabled = self._primary.value not in (Primary.BREAST, Primary.PROSTATE)
        self._targeted.disabled = self._primary.value is not Primary.LUNG
        self.results.value = self._results_html()
        self.discordance.value = self._discordance_html()
        self.flips.value = self._flips_html()
        self.chart_caption.value = self._caption_html()
        self.subtypes.value = self._subtypes_html()

    def _results_html(self) -> str:
        rows = []
        for name, r in self._scores.items():
            prov = PROVENANCE[name]
            tier = r.band.tier
            breakdown = "".join(
                f"<tr><td>{html.escape(i.item.replace('_', ' '))}</td>"
                f"<td>{html.escape(i.option)}</td><td>{i.points}</td></tr>"
                for i in r.items
            )
            rows.append(
                f'<tr data-score="{name}"><td><b>{html.escape(prov.title)}</b><br>'
                f'<span class="sm-muted">{html.escape(get_reference(r.reference).short)}</span>'
                f'</td><td class="sm-total" data-total="{r.total}">{r.total} / {_MAX[name]}</td>'
                f'<td><span class="sm-band">{r.band.range_text}</span> '
                f'<span class="sm-tier sm-tier-{tier}">{tier}</span><br>'
                f"{html.escape(r.band.label)}"
                f"<details><summary>Item breakdown</summary><table class='sm-table'>"
                f"<tr><th>Item</th><th>Option</th><th>Points</th></tr>{breakdown}</table>"
                f"</details></td></tr>"
            )
        return (
            "<table class='sm-table'><tr><th>Score</th><th>Total</th>"
            "<th>Band and published prediction or goal</th></tr>" + "".join(rows) + "</table>"
            "<div class='sm-muted'>Tier (good / intermediate / poor) is this suite's coarse "
            "ordering of each score's bands, used only to compare scores; it is not a "
            "published category.</div>"
        )

    def _subtypes_html(self) -> str:
        primary = self._patient.primary
        findings = findings_for(primary)
        best = {**dict(self._scores["tokuhashi_revised"].points)}
        ceiling = 10 + best["primary"]
        katagiri = self._scores["katagiri_new"].points["growth"]
        flag = {
            Primary.LUNG: ("targeted_therapy", "molecularly targeted therapy"),
            Primary.BREAST: ("hormone_dependent", "hormone dependence"),
            Primary.PROSTATE: ("hormone_dependent", "hormone dependence"),
        }.get(primary)
        if flag:
            other = self._patient.replace(**{flag[0]: not getattr(self._patient, flag[0])})
            other_points = _score_all(other)["katagiri_new"].points["growth"]
            katagiri_text = (
                f"Katagiri-new is the one score here that looks at {flag[1]}: its primary item "
                f"is <b>{katagiri}</b> point(s) now and would be <b>{other_points}</b> with "
                f"{flag[1]} {'absent' if getattr(self._patient, flag[0]) else 'present'} "
                "(tick the box in the form to see the total move)."
            )
        else:
            katagiri_text = (
                f"Katagiri-new gives this primary {katagiri} point(s); the other "
                "scores grade it as one category whatever its biology."
            )
        rows = "".join(
            f"<tr><td>{html.escape(f.subtype)}</td><td>{html.escape(f.finding)}</td>"
            f"<td>{html.escape(f.cohort)}{'' if f.spine_specific else ' (not spine-specific)'}"
            f"</td><td>{html.escape(get_reference(f.citekey).short)}</td></tr>"
            for f in findings
        )
        table = (
            "<table class='sm-table'><tr><th>Subtype</th><th>Published finding</th>"
            f"<th>Cohort</th><th>Source</th></tr>{rows}</table>"
            if findings
            else "<p class='sm-muted'>Subtype figures are shown for lung, breast and melanoma; "
            "choose one of those primaries.</p>"
        )
        return (
            f"<div class='sm-card' data-primary='{primary.value}'>"
            f"<p>The revised Tokuhashi score gives {primary.value} <b>{best['primary']}</b> "
            f"primary-site point(s), so even with every other item at its best this patient "
            f"could reach at most <b class='sm-ceiling'>{ceiling}</b> of 15, whatever the "
            f"tumour's biology or treatment.</p><p>{katagiri_text}</p>{table}</div>"
        )

    def _discordance_html(self) -> str:
        d = discordance(self._scores)
        groups = "; ".join(
            f"<b>{tier}</b>: " + ", ".join(PROVENANCE[n].title for n in names)
            for tier, names in d.by_tier.items()
        )
        message = {
            "concordant": "The scores agree: every one places this patient in the same tier.",
            "partial": "The scores partly disagree: they place this patient in adjacent tiers.",
            "conflicting": "The scores conflict: one predicts a good outlook while another "
            "predicts a poor one. Ask why: each weighs the primary, visceral disease and "
            "performance differently.",
        }[d.level]
        return (
            f'<div class="sm-card sm-discordance-{d.level}" data-level="{d.level}">'
            f"<b>Agreement: {d.level}.</b> {message}<br>{groups}</div>"
        )

    def _flips_html(self) -> str:
        flips = band_flips(self._patient)
        blocks = []
        for name in PROGNOSTIC_SCORES:
            title = html.escape(PROVENANCE[name].title)
            grouped: dict[tuple, list[str]] = {}
            for f in flips[name]:
                key = (f.field, f.new_total, f.new_band)
                grouped.setdefault(key, []).append(_value_text(f.field, f.new_value))
            if not grouped:
                blocks.append(
                    f"<li><b>{title}</b>: no single change moves this patient out "
                    f"of band {self._scores[name].band.range_text}.</li>"
                )
                continue
            items = "".join(
                f"<li>{html.escape(_FIELD_LABELS[field])} → {html.escape(', '.join(values))}: "
                f"total {self._scores[name].total} → {total} (band {band})</li>"
                for (field, total, band), values in grouped.items()
            )
            blocks.append(
                f"<li><b>{title}</b> (now {self._scores[name].total}, band "
                f"{self._scores[name].band.range_text}):<ul>{items}</ul></li>"
            )
        return (
            "<div class='sm-card'><div class='sm-muted'>Each line changes one finding and "
            "keeps the rest of this patient.</div><ul>" + "".join(blocks) + "</ul></div>"
        )

    def _figure_spec(self) -> dict:
        name = self._chart_score.value
        bands = _BANDS[name]
        current = self._scores[name].band.range_text
        figs = {f.band: f for f in figures_for(name)}
        x = [b.range_text for b in bands]
        y = [figs[b].value if b in figs else 0 for b in x]
        text = [f"{figs[b].value:g} {figs[b].unit}" if b in figs else "not confirmed" for b in x]
        colours = [COLOURS["blue"] if b == current else COLOURS["grey"] for b in x]
        patterns = ["/" if b == current else "" for b in x]
        if figs:
            first = next(iter(figs.values()))
            ytitle = f"{first.measure} ({first.unit})"
            source = get_reference(first.citekey).short
            title = f"{PROVENANCE[name].title}: {first.measure} per band ({source})"
        else:
            ytitle = "no confirmed figure"
            title = f"{PROVENANCE[name].title}: no per-band survival figure confirmed"
        layout = {
            **PLOTLY_LAYOUT,
            **figure_layout(),
            "title": {"text": title},
            "xaxis": {"title": {"text": "band (total points)"}, "type": "category"},
            "yaxis": {"title": {"text": ytitle}, "rangemode": "tozero"},
            "showlegend": False,
        }
        bar = {
            "type": "bar",
            "x": x,
            "y": y,
            "text": text,
            "textposition": "outside",
            "marker": {"color": colours, "pattern": {"shape": patterns}},
            "hovertemplate": "band %{x}: %{text}<extra></extra>",
        }
        return {"data": [bar], "layout": layout}

    def _update_figure(self) -> None:
        spec = self._figure_spec()
        bar = spec["data"][0]
        with self.figure.batch_update():
            trace = self.figure.data[0]
            trace.x, trace.y, trace.text = bar["x"], bar["y"], bar["text"]
            trace.marker.color = bar["marker"]["color"]
            trace.marker.pattern.shape = bar["marker"]["pattern"]["shape"]
            self.figure.layout.title.text = spec["layout"]["title"]["text"]
            self.figure.layout.yaxis.title.text = spec["layout"]["yaxis"]["title"]["text"]
        self.chart_caption.value = self._caption_html()

    def _caption_html(self) -> str:
        name = self._chart_score.value
        figs = figures_for(name)
        current = self._scores[name].band.range_text
        if figs:
            rows = "".join(
                f"<tr><td>{f.band}</td><td>{f.value:g} {f.unit}</td>"
                f"<td>{html.escape(f.cohort)}</td>"
                f"<td>{html.escape(get_reference(f.citekey).short)}</td></tr>"
                for f in figs
            )
            table = (
                "<table class='sm-table'><tr><th>Band</th><th>Figure</th><th>Cohort</th>"
                f"<th>Source</th></tr>{rows}</table>"
            )
        else:
            table = (
                "<p>No survival figure per band could be confirmed against a published "
                "source, so none is drawn (see the provenance below).</p>"
            )
        return (
            f"<div class='sm-muted'>Text alternative: this patient is in band "
            f"<b>{current}</b> (highlighted, hatched bar). Bands marked 'not confirmed' "
            f"have no checked figure.</div>{table}"
        )

    def _provenance_html(self) -> str:
        parts = []
        for name in PROGNOSTIC_SCORES:
            p = PROVENANCE[name]
            acc = "".join(
                f"<li>{html.escape(t)} ({html.escape(get_reference(k).short)})</li>"
                for t, k in p.accuracy
            )
            conflicts = "".join(f"<li>{html.escape(c)}</li>" for c in p.conflicts)
            pitfalls = "".join(f"<li>{html.escape(c)}</li>" for c in p.pitfalls)
            parts.append(
                f"<details data-score='{name}'><summary>{html.escape(p.title)}: "
                f"{html.escape(p.version)}</summary><div class='sm-card'>"
                f"<p><b>Citation.</b> {html.escape(format_reference(p.citekey))}</p>"
                f"<p><b>Derivation.</b> {html.escape(p.derivation)}</p>"
                f"<p><b>Table.</b> {html.escape(p.table_status)}</p>"
                f"<p><b>Reported accuracy.</b></p><ul>{acc}</ul>"
                f"<p><b>Known conflicts.</b></p><ul>{conflicts}</ul>"
                f"<p><b>Pitfalls.</b></p><ul>{pitfalls}</ul>"
                f"<p class='sm-muted'>Checked as of {AS_OF}.</p></div></details>"
            )
        return "".join(parts)
