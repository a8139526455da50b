"""Published numbers behind separation surgery: Laufer 2013 and Patchell 2005, as data."""

from __future__ import annotations

from ..fidelity import CONFIRMED, Fidelity, secondary
from .finding import Finding

__all__ = ["LAUFER_2013", "PATCHELL_2005"]

_LAUFER = (
    "Laufer 2013",
    "laufer2013_separation",
    "186 patients after separation surgery; 1-year cumulative incidence",
)
LAUFER_2013: tuple[Finding, ...] = tuple(
    Finding(_LAUFER[0], group, "local progression at 1 year", value, "%", _LAUFER[1], _LAUFER[2])
    for group, value in (
        ("24-30 Gy / 3 (high-dose hypofractionated, n = 37)", 4.1),
        ("18-36 Gy / 5-6 (low-dose hypofractionated, n = 109)", 22.6),
        ("all patients (n = 186)", 16.4),
    )
)
"""Laufer 2013 local progression by postoperative SRS group. The 24 Gy single-fraction
group (n = 40) is left out: its rate could not be confirmed."""

_PATCHELL = ("Patchell 2005", "patchell2005", "101 randomised patients; trial stopped early")
_SURGERY, _RT = "surgery + radiotherapy", "radiotherapy alone"
PATCHELL_2005: tuple[Finding, ...] = tuple(
    Finding(_PATCHELL[0], group, measure, value, unit, _PATCHELL[1], _PATCHELL[2])
    for group, measure, value, unit in (
        (f"{_SURGERY} (n = 50)", "able to walk after treatment", 84, "%"),
        (f"{_RT} (n = 51)", "able to walk after treatment", 57, "%"),
        (f"{_SURGERY} (n = 50)", "median time walking retained", 122, "days"),
        (f"{_RT} (n = 51)", "median time walking retained", 13, "days"),
        (f"{_SURGERY} (16 not walking at entry)", "regained the ability to walk", 62, "%"),
        (f"{_RT} (16 not walking at entry)", "regained the ability to walk", 19, "%"),
    )
)
"""Patchell 2005: surgery plus 30 Gy / 10 versus 30 Gy / 10 alone."""

FIDELITY: dict[str, Fidelity] = {
    "laufer2013_separation": secondary("neurosurgery-blog.com summary of the abstract"),
    "patchell2005": CONFIRMED,  # abstract (PubMed) and full text
}
"""How far each source's numbers were checked (:mod:`spinemet_core.fidelity`), by citekey."""
