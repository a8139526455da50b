"""From raw laboratory values to the adverse factors of IMDC and MSKCC.

The risk models take yes/no factors ("haemoglobin below the lower limit of
normal"); a clinician has numbers and the local laboratory's reference limits.
:func:`factors_from_labs` makes the comparison, once, and keeps each factor's
value and the threshold it was compared with. :func:`risk_from_labs` then runs
IMDC and both MSKCC versions on the same patient.

Comparisons are strict, as in the papers: a value equal to its limit is not
adverse. Calcium is corrected for albumin first
(:func:`~spinemet_core.rcc.calcium.corrected_calcium`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from ..errors import InvalidInputError, require_bool, require_number
from ..results import ScoreResult
from .calcium import corrected_calcium
from .imdc import REFERENCE as IMDC_REFERENCE
from .imdc import imdc
from .mskcc import LDH_ULN_MULTIPLE, mskcc
from .mskcc import REFERENCES as MSKCC_REFERENCES

__all__ = ["LDH_ULN_MULTIPLE", "LabFactor", "LabFactors", "RccRisk", "factors_from_labs"]
__all__ += ["risk_from_labs"]


_IMDC = (IMDC_REFERENCE,)
_MSKCC = tuple(MSKCC_REFERENCES.values())


@dataclass(frozen=True, slots=True)
class LabFactor:
    """One laboratory factor: the value, the threshold it was compared with, the verdict.

    ``name`` is the argument of :func:`~spinemet_core.rcc.imdc` or
    :func:`~spinemet_core.rcc.mskcc` it feeds; ``comparison`` is ``">"`` (adverse
    above the threshold) or ``"<"`` (adverse below); ``citekeys`` name the models
    that count it.
    """

    name: str
    value: float
    threshold: float
    comparison: str
    present: bool
    citekeys: tuple[str, ...]


def _factor(name: str, value: float, comparison: str, threshold: float, keys) -> LabFactor:
    present = value > threshold if comparison == ">" else value < threshold
    return LabFactor(name, value, threshold, comparison, present, keys)


@dataclass(frozen=True, slots=True)
class LabFactors:
    """The laboratory factors of one patient, with the calcium correction behind them."""

    measured_calcium_mg_dl: float
    albumin_g_dl: float
    corrected_calcium_mg_dl: float
    calcium_uln_mg_dl: float
    factors: tuple[LabFactor, ...]

    def __getitem__(self, name: str) -> LabFactor:
        """The factor called ``name`` (raises ``KeyError`` for an unknown name)."""
        for factor in self.factors:
            if factor.name == name:
                return factor
        raise KeyError(name)

    def flags(self) -> dict[str, bool]:
        """Factor name -> present, ready to pass to the risk models."""
        return {f.name: f.present for f in self.factors}

    @property
    def measured_calcium_above_uln(self) -> bool:
        """Whether the calcium as measured, before correction, is above its upper limit."""
        return self.measured_calcium_mg_dl > self.calcium_uln_mg_dl

    @property
    def calcium_trap(self) -> bool:
        """The measured calcium looks normal but the corrected value is adverse."""
        return self["calcium_above_uln"].present and not self.measured_calcium_above_uln


def factors_from_labs(
    *,
    hemoglobin_g_dl: float,
    hemoglobin_lln_g_dl: float,
    calcium_mg_dl: float,
    albumin_g_dl: float,
    calcium_uln_mg_dl: float,
    neutrophils_1e9_l: float,
    neutrophils_uln_1e9_l: float,
    platelets_1e9_l: float,
    platelets_uln_1e9_l: float,
    ldh_u_l: float | None = None,
    ldh_uln_u_l: float | None = None,
    ldh_x_uln: float | None = None,
) -> LabFactors:
    """Compare raw laboratory values with the local reference limits.

    Parameters
    ----------
    hemoglobin_g_dl, hemoglobin_lln_g_dl : float
        Haemoglobin and its lower limit of normal [g/dL], >= 0; adverse below the limit.
    calcium_mg_dl, albumin_g_dl : float
        Measured total calcium [mg/dL] and albumin [g/dL], the ranges of
        :func:`~spinemet_core.rcc.calcium.corrected_calcium`.
    calcium_uln_mg_dl : float
        Upper limit of normal of calcium [mg/dL], >= 0; the corrected value above it is adverse.
    neutrophils_1e9_l, neutrophils_uln_1e9_l, platelets_1e9_l, platelets_uln_1e9_l : float
        Counts and their upper limits [x10^9/L], >= 0; adverse above the limit.
    ldh_u_l, ldh_uln_u_l : float
        LDH and its upper limit of normal [U/L], >= 0; adverse above
        :data:`LDH_ULN_MULTIPLE` x the limit.
    ldh_x_uln : float
        Instead of the two above: LDH as a multiple of its upper limit of normal
        (the canonical unit of :data:`spinemet_core.units.ANALYTES` ``"ldh"``), >= 0;
        adverse above :data:`LDH_ULN_MULTIPLE`.

    Returns
    -------
    LabFactors
        Five factors named as the model arguments: ``hemoglobin_below_lln``,
        ``calcium_above_uln``, ``neutrophils_above_uln``, ``platelets_above_uln``
        (IMDC, ``heng2009``) and ``ldh_over_1_5_uln`` (MSKCC, ``motzer1999``,
        ``motzer2002``); haemoglobin counts in both.

    Raises
    ------
    InvalidInputError
        A value that is not a finite number, a negative one, a calcium or
        albumin outside the range of the correction, or LDH given both ways or
        neither (``ldh_x_uln``, or ``ldh_u_l`` with ``ldh_uln_u_l``).

    Examples
    --------
    Measured calcium 9.8 mg/dL looks normal against a limit of 10.2, but with
    albumin 2.5 g/dL it corrects to 11.0 mg/dL and counts.

    >>> labs = factors_from_labs(hemoglobin_g_dl=11.0, hemoglobin_lln_g_dl=12.0,
    ...     calcium_mg_dl=9.8, albumin_g_dl=2.5, calcium_uln_mg_dl=10.2,
    ...     neutrophils_1e9_l=5.0, neutrophils_uln_1e9_l=7.0, platelets_1e9_l=450,
    ...     platelets_uln_1e9_l=400, ldh_u_l=200, ldh_uln_u_l=250)
    >>> labs.corrected_calcium_mg_dl, labs.calcium_trap
    (11.0, True)
    >>> [f.name for f in labs.factors if f.present]
    ['hemoglobin_below_lln', 'calcium_above_uln', 'platelets_above_uln']
    >>> labs["ldh_over_1_5_uln"].threshold
    375.0

    LDH given as a multiple of its limit is compared with 1.5 itself:

    >>> factors_from_labs(hemoglobin_g_dl=13.0, hemoglobin_lln_g_dl=12.0,
    ...     calcium_mg_dl=9.0, albumin_g_dl=4.0, calcium_uln_mg_dl=10.2,
    ...     neutrophils_1e9_l=5.0, neutrophils_uln_1e9_l=7.0, platelets_1e9_l=300,
    ...     platelets_uln_1e9_l=400, ldh_x_uln=1.8)["ldh_over_1_5_uln"].present
    True
    """
    ldh = _ldh(ldh_u_l, ldh_uln_u_l, ldh_x_uln)
    raw = {
        name: require_number(name, value, minimum=0)
        for name, value in (
            ("hemoglobin_g_dl", hemoglobin_g_dl),
            ("hemoglobin_lln_g_dl", hemoglobin_lln_g_dl),
            ("calcium_uln_mg_dl", calcium_uln_mg_dl),
            ("neutrophils_1e9_l", neutrophils_1e9_l),
            ("neutrophils_uln_1e9_l", neutrophils_uln_1e9_l),
            ("platelets_1e9_l", platelets_1e9_l),
            ("platelets_uln_1e9_l", platelets_uln_1e9_l),
        )
    }
    corrected = corrected_calcium(calcium_mg_dl=calcium_mg_dl, albumin_g_dl=albumin_g_dl)
    both = (*_IMDC, *_MSKCC)

    def _compare(name, value, comparison, limit, keys):
        return _factor(name, raw[value], comparison, raw[limit], keys)

    return LabFactors(
        measured_calcium_mg_dl=float(calcium_mg_dl),
        albumin_g_dl=float(albumin_g_dl),
        corrected_calcium_mg_dl=corrected,
        calcium_uln_mg_dl=raw["calcium_uln_mg_dl"],
        factors=(
            _compare("hemoglobin_below_lln", "hemoglobin_g_dl", "<", "hemoglobin_lln_g_dl", both),
            _factor("calcium_above_uln", corrected, ">", raw["calcium_uln_mg_dl"], _IMDC),
            _compare(
                "neutrophils_above_uln", "neutrophils_1e9_l", ">", "neutrophils_uln_1e9_l", _IMDC
            ),
            _compare("platelets_above_uln", "platelets_1e9_l", ">", "platelets_uln_1e9_l", _IMDC),
            _factor("ldh_over_1_5_uln", ldh[0], ">", ldh[1], _MSKCC),
        ),
    )


def _ldh(u_l, uln_u_l, x_uln) -> tuple[float, float]:
    """LDH and the threshold it is compared with: in U/L, or as a multiple of the limit."""
    if x_uln is not None and u_l is None and uln_u_l is None:
        return require_number("ldh_x_uln", x_uln, minimum=0), LDH_ULN_MULTIPLE
    if x_uln is None and u_l is None and uln_u_l is None:
        raise InvalidInputError(
            "ldh_u_l", None, "LDH is needed: ldh_u_l with ldh_uln_u_l, or ldh_x_uln"
        )
    if x_uln is None:
        value = require_number("ldh_u_l", u_l, minimum=0)
        limit = require_number("ldh_uln_u_l", uln_u_l, minimum=0)
        return value, LDH_ULN_MULTIPLE * limit
    raise InvalidInputError(
        "ldh_x_uln", x_uln, "either ldh_x_uln, or ldh_u_l with ldh_uln_u_l, not both"
    )


@dataclass(frozen=True, slots=True)
class RccRisk:
    """IMDC, MSKCC 1999 and MSKCC 2002 for one patient, with the lab factors behind them."""

    labs: LabFactors
    results: Mapping[str, ScoreResult]  # "imdc", "mskcc_1999", "mskcc_2002"


def risk_from_labs(
    *,
    kps: int,
    months_diagnosis_to_treatment: float,
    prior_nephrectomy: bool,
    **labs: float,
) -> RccRisk:
    """Score IMDC and both MSKCC versions from raw values, in one call.

    Parameters
    ----------
    kps : int
        Karnofsky performance status [%], 10-100 in steps of 10.
    months_diagnosis_to_treatment : float
        Months from diagnosis to systemic treatment, >= 0 (IMDC and MSKCC 2002).
    prior_nephrectomy : bool
        MSKCC 1999 only.
    **labs : float
        The keyword arguments of :func:`factors_from_labs`.

    Returns
    -------
    RccRisk
        ``results`` maps ``"imdc"``, ``"mskcc_1999"`` and ``"mskcc_2002"`` to their
        :class:`~spinemet_core.results.ScoreResult`.

    Raises
    ------
    InvalidInputError
        Any argument the models or :func:`factors_from_labs` reject.
    TypeError
        A missing or unknown laboratory keyword.

    Examples
    --------
    >>> risk = risk_from_labs(kps=90, months_diagnosis_to_treatment=24.0,
    ...     prior_nephrectomy=True, hemoglobin_g_dl=11.0, hemoglobin_lln_g_dl=12.0,
    ...     calcium_mg_dl=9.8, albumin_g_dl=2.5, calcium_uln_mg_dl=10.2,
    ...     neutrophils_1e9_l=5.0, neutrophils_uln_1e9_l=7.0, platelets_1e9_l=450,
    ...     platelets_uln_1e9_l=400, ldh_u_l=200, ldh_uln_u_l=250)
    >>> {name: r.band.label for name, r in risk.results.items()}
    {'imdc': 'Poor risk', 'mskcc_1999': 'Intermediate risk', 'mskcc_2002': 'Intermediate risk'}
    """
    found = factors_from_labs(**labs)
    flags = found.flags()
    shared = {"kps": kps, "hemoglobin_below_lln": flags["hemoglobin_below_lln"]}
    mskcc_shared = {
        **shared,
        "ldh_over_1_5_uln": flags["ldh_over_1_5_uln"],
        "corrected_calcium_mg_dl": found.corrected_calcium_mg_dl,
    }
    results = {
        "imdc": imdc(
            months_diagnosis_to_treatment=months_diagnosis_to_treatment,
            calcium_above_uln=flags["calcium_above_uln"],
            neutrophils_above_uln=flags["neutrophils_above_uln"],
            platelets_above_uln=flags["platelets_above_uln"],
            **shared,
        ),
        "mskcc_1999": mskcc(
            version=1999,
            prior_nephrectomy=require_bool("prior_nephrectomy", prior_nephrectomy),
            **mskcc_shared,
        ),
        "mskcc_2002": mskcc(
            version=2002,
            months_diagnosis_to_treatment=months_diagnosis_to_treatment,
            **mskcc_shared,
        ),
    }
    return RccRisk(labs=found, results=MappingProxyType(results))
