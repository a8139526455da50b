"""Where the questions live: the case bank and the check-yourself questions.

The case bank is found by one documented lookup, :func:`bank_folder`, never by
guessing from the working directory. The check-yourself questions of the
dashboards are package data (``spinemet_core/data/checks/<topic>/<id>.yaml``),
one small case per question, read with :mod:`importlib.resources` and the same
strict loader as the bank.
"""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

from ..errors import CaseFormatError, InvalidInputError, SpinemetError, require_choice
from .loader import load_bank
from .model import TOPICS, Case, Question

__all__ = ["ENV_VAR", "bank_folder", "check_question", "checks_folder", "load_checks"]

ENV_VAR = "SPINEMET_CASES"
"""Environment variable naming the case-bank folder; it wins over every other place."""

_PACKAGE = Path(__file__).resolve().parents[1]


def bank_folder() -> Path:
    """The folder of the case bank, looked up in this order.

    1. The folder named by the environment variable ``SPINEMET_CASES``.
    2. ``cases/`` of the source checkout the package is imported from (the folder
       beside ``spinemet_core/``, recognised by its ``README.md``).
    3. The copy shipped in the wheel as package data (``spinemet_core/data/cases``):
       a ``pip install .`` (Binder) or the static edition (Pyodide) reads this one.

    Returns
    -------
    pathlib.Path
        An existing folder.

    Raises
    ------
    InvalidInputError
        ``SPINEMET_CASES`` is set but is not a folder.
    SpinemetError
        No bank was found in any of the three places.
    """
    configured = os.environ.get(ENV_VAR)
    if configured:
        folder = Path(configured).expanduser()
        if not folder.is_dir():
            raise InvalidInputError(ENV_VAR, configured, "a folder of case files")
        return folder
    checkout = _PACKAGE.parent / "cases"
    if (checkout / "README.md").is_file():
        return checkout
    packaged = Path(str(resources.files("spinemet_core.data").joinpath("cases")))
    if packaged.is_dir():
        return packaged
    raise SpinemetError(
        f"no case bank found: set {ENV_VAR}, or keep cases/ beside spinemet_core/ "
        f"({checkout}), or install the wheel that ships it ({packaged})"
    )


def checks_folder() -> Path:
    """The package-data folder of the check-yourself questions."""
    return Path(str(resources.files("spinemet_core.data").joinpath("checks")))


def load_checks(topic: str) -> tuple[Case, ...]:
    """The check-yourself questions of one topic, each as a one-question case.

    Raises :class:`InvalidInputError` for an unknown topic and
    :class:`CaseFormatError` if a packaged file is invalid (a test keeps them valid).

    >>> [c.id for c in load_checks("stereotactic_radiosurgery")]
    ['eqd2-8x1', 'pain-trials']
    """
    require_choice("topic", topic, TOPICS)
    cases, problems = load_bank(checks_folder() / topic)
    if problems:
        file, where, reason = problems[0]
        raise CaseFormatError(file, [(where, reason)])
    return tuple(cases)


def check_question(topic: str, question_id: str) -> tuple[Case, Question]:
    """The case and question behind ``check_yourself(topic, question_id)``."""
    for case in load_checks(topic):
        for question in case.questions:
            if question.id == question_id:
                return case, question
    ids = [q.id for c in load_checks(topic) for q in c.questions]
    raise InvalidInputError("question_id", question_id, ", ".join(ids))
