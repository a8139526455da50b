"""Renal cell carcinoma risk models: IMDC (Heng 2009) and MSKCC (Motzer 1999 and 2002)."""

from .calcium import corrected_calcium
from .imdc import imdc
from .mskcc import mskcc

__all__ = ["corrected_calcium", "imdc", "mskcc"]
