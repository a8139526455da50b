"""Dashboard 01: the NESMS panel, scored from its own two inputs plus the modified Bauer total.

The shared patient form records neither independent ambulation nor serum albumin, so
NESMS has its own small form (a checkbox and an albumin field in g/dL or g/L that never
clamps what was typed); the modified Bauer total comes from the patient form's result.
"""

from __future__ import annotations

import html

import ipywidgets as widgets

from ..errors import InvalidInputError
from ..results import ScoreResult
from ..scores import INSTRUMENTS, nesms
from ..scores.nesms import ALBUMIN_CUTOFF_G_DL, BAUER_CUTOFF
from .fields import NumberField
from .html import cite, item_breakdown
from .prognosis_trust import mortality_html

__all__ = ["NesmsPanel", "nesms_html", "withheld_html"]

_RECORD = INSTRUMENTS["nesms"]


def nesms_html(result: ScoreResult, bauer: ScoreResult) -> str:
    """The NESMS total, band and breakdown, saying where its Bauer total came from."""
    tier = result.band.tier
    return (
        f"<div class='sm-nesms-result' data-total='{result.total}'>"
        f"<p><b>{html.escape(_RECORD.title)}</b> "
        f"<span class='sm-total'>{result.total} / {_RECORD.total_range[1]}</span> "
        f"<span class='sm-tier sm-tier-{tier}'>{tier}</span> "
        f"<span class='sm-muted'>{cite(result.reference)}</span><br>"
        f"{html.escape(result.band.label)}</p>"
        f"<p class='sm-muted'>Modified Bauer {bauer.total} from the patient form above "
        f"({cite(bauer.reference)}): {BAUER_CUTOFF} or more earns 2 points; albumin "
        f"{ALBUMIN_CUTOFF_G_DL:g} g/dL or more earns 1. Both cut-offs are unconfirmed in the "
        "primary paper (see 'Where each score comes from').</p>"
        + item_breakdown(result, ("Item", "Option", "Points"))
        + "</div>"
    )


def withheld_html() -> str:
    """What the panel says while the albumin field holds no usable value."""
    return (
        "<div class='sm-nesms-result' data-total=''><p>NESMS is shown once the albumin "
        "field holds a value.</p></div>"
    )


class NesmsPanel(widgets.VBox):
    """Ambulation and albumin inputs, the NESMS result and its published mortality by score.

    Call :meth:`update` with the patient's modified Bauer result whenever it changes.
    """

    def __init__(self, bauer: ScoreResult, *, ambulatory: bool = True, albumin: str = "3.8"):
        self._bauer = bauer
        self.ambulatory = widgets.Checkbox(
            value=ambulatory, description="Walks independently (NESMS)", indent=False
        )
        self.albumin = NumberField(
            "Serum albumin",
            analyte="albumin",
            text=albumin,
            field="albumin_g_dl",
            style={"description_width": "190px"},
            layout=widgets.Layout(width="330px", max_width="100%", min_height="44px"),
        )
        self.result = widgets.HTML().add_class("sm-nesms")
        self.mortality = widgets.HTML(mortality_html()).add_class("sm-nesms-mortality")
        form = widgets.VBox(
            [self.ambulatory, self.albumin],
            layout=widgets.Layout(min_width="min(480px, 100%)", margin="0 16px 0 0"),
        )
        right = widgets.VBox(
            [self.result, self.mortality],
            layout=widgets.Layout(flex="1 1 0%", min_width="min(460px, 100%)"),
        )
        super().__init__([widgets.HBox([form, right], layout={"flex_flow": "row wrap"})])
        self.add_class("sm-nesms-panel")
        self.ambulatory.observe(self._render, names="value")
        self.albumin.observe(self._render, names="value")
        self._render()

    @property
    def score(self) -> ScoreResult | None:
        """The current NESMS result, or None while the albumin field is not valid."""
        return self._score

    def update(self, bauer: ScoreResult) -> None:
        """Re-score with a new modified Bauer result from the patient form."""
        self._bauer = bauer
        self._render()

    def _render(self, _change=None) -> None:
        self._score = None
        if self.albumin.value is None:
            self.result.value = withheld_html()
            return
        try:
            self._score = nesms(
                modified_bauer=self._bauer.total,
                ambulatory=self.ambulatory.value,
                albumin_g_dl=self.albumin.value,
            )
        except InvalidInputError as error:  # pragma: no cover - the field checks the range
            self.albumin.report(error)
            self.result.value = withheld_html()
            return
        self.result.value = nesms_html(self._score, self._bauer)
