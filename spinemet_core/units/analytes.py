"""The analyte records: canonical unit, accepted units and plausible range of each lab value."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from ..errors import InvalidInputError, shown

__all__ = ["ANALYTES", "ULN_MULTIPLE", "Analyte", "QuantityInputError"]

ULN_MULTIPLE = "× ULN"
"""The 'unit' of a value given as a multiple of its upper limit of normal."""

_BOUND = "plausibility bound, not a clinical cut-off"


@dataclass(frozen=True, slots=True)
class Analyte:
    """One laboratory value: its canonical unit, accepted units and plausible range.

    Attributes
    ----------
    name : str
        Key, e.g. ``"calcium"``.
    label : str
        Name shown to people.
    canonical_unit : str
        The unit the core's functions take.
    units : tuple of str
        Units a person may type in, canonical first, spelled as shown.
    plausible : tuple of (float, float)
        Lowest and highest plausible value, in ``canonical_unit``.
    plausible_source : str
        Where the range comes from.
    molar_mass : float or None
        Molar mass [g/mol], for mass ↔ amount-of-substance conversions.
    molar_mass_source : str
        Citation of the molar mass.
    """

    name: str
    label: str
    canonical_unit: str
    units: tuple[str, ...]
    plausible: tuple[float, float]
    plausible_source: str
    molar_mass: float | None = None
    molar_mass_source: str = ""

    def __post_init__(self) -> None:
        lo, hi = self.plausible
        if self.units[0] != self.canonical_unit or not lo < hi:
            raise ValueError(f"analyte {self.name}: canonical unit first, range low < high")


_LDH_U_L = (50.0, 5000.0)
_LDH_ULN_U_L = (100.0, 600.0)

ANALYTES: Mapping[str, Analyte] = MappingProxyType(
    {
        a.name: a
        for a in (
            Analyte(
                "calcium",
                "Calcium (total, serum)",
                "mg/dL",
                ("mg/dL", "mmol/L"),
                (4.0, 20.0),
                f"{_BOUND}: the input range of spinemet_core.rcc.corrected_calcium",
                molar_mass=40.078,
                molar_mass_source="Standard atomic weight of calcium, 40.078(4): Prohaska T et "
                "al. Standard atomic weights of the elements 2021 (IUPAC Technical Report). "
                "Pure Appl Chem. 2022;94(5):573-600. doi:10.1515/pac-2019-0603",
            ),
            Analyte(
                "haemoglobin",
                "Haemoglobin",
                "g/dL",
                ("g/dL", "g/L"),
                (3.0, 20.0),
                f"{_BOUND}: the range of the RCC dashboard's haemoglobin field",
            ),
            Analyte(
                "albumin",
                "Albumin (serum)",
                "g/dL",
                ("g/dL", "g/L"),
                (1.0, 6.0),
                f"{_BOUND}: the input range of spinemet_core.rcc.corrected_calcium",
            ),
            Analyte(
                "ldh",
                "Lactate dehydrogenase (LDH)",
                ULN_MULTIPLE,
                (ULN_MULTIPLE, "U/L"),
                (_LDH_U_L[0] / _LDH_ULN_U_L[1], _LDH_U_L[1] / _LDH_ULN_U_L[0]),
                f"{_BOUND}: LDH {_LDH_U_L[0]:g}-{_LDH_U_L[1]:g} U/L over an upper limit of "
                f"{_LDH_ULN_U_L[0]:g}-{_LDH_ULN_U_L[1]:g} U/L (the RCC dashboard's fields)",
            ),
            Analyte(
                "ldh_uln",
                "Upper limit of normal of LDH",
                "U/L",
                ("U/L",),
                _LDH_ULN_U_L,
                f"{_BOUND}: the range of the RCC dashboard's LDH limit field",
            ),
        )
    }
)
"""Every analyte, by name (read-only)."""


class QuantityInputError(InvalidInputError):
    """Typed input that is not a usable value, with a message written for a person.

    ``str(error)`` starts with the field; :attr:`message` is the sentence alone, for
    showing beside the field. ``field``, ``value`` and ``allowed`` are as in
    :class:`~spinemet_core.errors.InvalidInputError`.
    """

    def __init__(self, field: str, value: Any, allowed: str, message: str) -> None:
        super().__init__(field, value, allowed)
        self.message = message
        self.args = (f"{field}: {message}",)


QuantityInputError.__module__ = "spinemet_core.units"  # its public home, shown in tracebacks


def _analyte(name: str | Analyte) -> Analyte:
    if isinstance(name, Analyte):
        return name
    if isinstance(name, str) and name in ANALYTES:
        return ANALYTES[name]
    raise InvalidInputError("analyte", name, ", ".join(map(repr, ANALYTES)))


def _short(text: Any, limit: int = 40) -> str:
    text = shown(text, limit + 1)
    return text if len(text) <= limit else text[: limit - 4] + "...'"
