"""spinemet_core: the pure-Python engine of the spinemet teaching suite.

For education only; not for clinical decisions.
"""

from .errors import InvalidInputError, SpinemetError
from .results import Band, ScoreResult

__all__ = ["Band", "InvalidInputError", "ScoreResult", "SpinemetError", "__version__"]
__version__ = "0.1.0"
