"""Prognostic and instability scores (one module per instrument) and their registry.

:data:`INSTRUMENTS` maps each public function's name to its
:class:`~spinemet_core.scores._registry.Instrument` record (title, function,
items with allowed values and points, bands, citekey, kind), in display
order. Adding a score means adding its module to ``_MODULES``.

>>> list(INSTRUMENTS)  # doctest: +NORMALIZE_WHITESPACE
['tokuhashi_revised', 'tokuhashi_original', 'tomita', 'katagiri_new', 'bauer_modified',
 'nesms', 'sins']
>>> INSTRUMENTS["sins"].band("unstable").range_text
'13-18'
"""

from importlib import import_module
from types import MappingProxyType

from ._registry import Instrument
from .bauer import bauer_modified
from .katagiri import katagiri_new
from .nesms import nesms
from .sins import sins
from .tokuhashi import tokuhashi_original, tokuhashi_revised
from .tomita import tomita

__all__ = [
    "INSTRUMENTS",
    "Instrument",
    "bauer_modified",
    "katagiri_new",
    "nesms",
    "sins",
    "tokuhashi_original",
    "tokuhashi_revised",
    "tomita",
]

_MODULES = ("tokuhashi", "tomita", "katagiri", "bauer", "nesms", "sins")
"""Every instrument module, in display order (each declares its records in ``RECORDS``)."""

INSTRUMENTS: MappingProxyType[str, Instrument] = MappingProxyType(
    {r.name: r for m in _MODULES for r in import_module(f"{__name__}.{m}").RECORDS}
)
"""Instrument name -> record, read-only."""
