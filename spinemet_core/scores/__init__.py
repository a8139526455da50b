"""Prognostic and instability scores (one module per instrument)."""

from .bauer import bauer_modified
from .katagiri import katagiri_new
from .sins import sins
from .tokuhashi import tokuhashi_original, tokuhashi_revised
from .tomita import tomita

__all__ = [
    "bauer_modified",
    "katagiri_new",
    "sins",
    "tokuhashi_original",
    "tokuhashi_revised",
    "tomita",
]
