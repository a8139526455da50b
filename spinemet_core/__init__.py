"""spinemet_core: the pure-Python engine of the spinemet teaching suite.

For education only; not for clinical decisions.
"""

from .errors import InvalidInputError, SpinemetError
from .results import Band, ScoreResult

__all__ = ["Band", "InvalidInputError", "ScoreResult", "SpinemetError", "__version__"]
#: The suite's version, written only here: the build reads it (pyproject.toml, hatch), and a
#: test checks that CITATION.cff, the README and the start page's "How to cite" state it.
__version__ = "0.1.0"
