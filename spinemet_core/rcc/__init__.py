"""Renal cell carcinoma risk models: IMDC (Heng 2009) and MSKCC (Motzer 1999 and 2002).

:data:`RISK_MODELS` maps each model's function name to its
:class:`~spinemet_core.scores.Instrument` record. MSKCC is a family: its record's
``versions`` hold the 1999 and 2002 tables.

>>> list(RISK_MODELS), list(RISK_MODELS["mskcc"].versions)
(['imdc', 'mskcc'], [1999, 2002])
"""

from importlib import import_module
from types import MappingProxyType

from ..scores import Instrument
from .calcium import corrected_calcium
from .imdc import imdc
from .labs import RccRisk, factors_from_labs, risk_from_labs
from .mskcc import mskcc

__all__ = [
    "RISK_MODELS",
    "RccRisk",
    "corrected_calcium",
    "factors_from_labs",
    "imdc",
    "mskcc",
    "risk_from_labs",
]

_MODULES = ("imdc", "mskcc")
"""Every risk-model module, in display order (each declares its records in ``RECORDS``)."""

RISK_MODELS: MappingProxyType[str, Instrument] = MappingProxyType(
    {r.name: r for m in _MODULES for r in import_module(f"{__name__}.{m}").RECORDS}
)
"""Model name -> record, read-only."""
