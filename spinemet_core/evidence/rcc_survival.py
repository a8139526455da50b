"""Overall survival per risk group of the renal cell carcinoma risk models, as data."""

from __future__ import annotations

from dataclasses import dataclass

from ..fidelity import CONFIRMED, Fidelity, secondary
from ..rcc.imdc import BANDS as IMDC_BANDS
from ..rcc.mskcc import BANDS as MSKCC_BANDS

__all__ = ["GROUP_SURVIVAL", "GroupSurvival"]


@dataclass(frozen=True, slots=True)
class GroupSurvival:
    """Overall survival of one risk group in one cohort."""

    model: str  # "imdc", "mskcc_1999", "mskcc_2002"
    group: str  # "Favourable risk", ...
    median_os_months: float | None  # None: not reached
    two_year_os_percent: float | None
    cohort: str
    citekey: str
    fidelity: Fidelity | None = None  # how far it was checked (spinemet_core.fidelity)


_HENG09 = "645 patients on first-line VEGF-targeted therapy"
_HENG13 = "external validation, 849 patients with complete data"
_MOTZER99 = "670 patients in MSKCC trials (cytokine and chemotherapy era)"
_MOTZER02 = "463 patients on first-line interferon-alpha"
_IMDC_GROUPS = tuple(band.label for band in IMDC_BANDS)
_MSKCC_GROUPS = tuple(band.label for band in MSKCC_BANDS)
GROUP_SURVIVAL: tuple[GroupSurvival, ...] = tuple(
    GroupSurvival(model, group, median, two_year, cohort, key)
    for model, groups, cohort, key, medians, two_years in (
        ("imdc", _IMDC_GROUPS, _HENG09, "heng2009", (None, 27, 8.8), (75, 53, 7)),
        ("imdc", _IMDC_GROUPS, _HENG13, "heng2013", (43.2, 22.5, 7.8), (None,) * 3),
        ("mskcc_1999", _MSKCC_GROUPS, _MOTZER99, "motzer1999", (20, 10, 4), (None,) * 3),
        ("mskcc_2002", _MSKCC_GROUPS, _MOTZER02, "motzer2002", (30, 14, 5), (None,) * 3),
    )
    for group, median, two_year in zip(groups, medians, two_years, strict=True)
)
"""Published survival per risk group, labelled with the models' band wording (median OS not
reached is ``None``)."""

FIDELITY: dict[str, Fidelity] = {
    "heng2009": CONFIRMED,  # abstract record
    "heng2013": CONFIRMED,  # full text (PMC4144042)
    "motzer1999": secondary("MDApp and TabletWise MSKCC calculators"),
    "motzer2002": CONFIRMED,  # abstract (MSKCC publication record)
}
"""How far each cohort's survival figures were checked (:mod:`spinemet_core.fidelity`)."""
