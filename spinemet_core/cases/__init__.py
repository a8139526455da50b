"""Questions of the suite, in one format: the case bank and the check-yourself questions.

The model (:mod:`.model`), the strict loader (:mod:`.loader`), the answer keys the
core recomputes (:mod:`.keys`), grading and the seeded choice order
(:mod:`.answers`), where the questions live (:mod:`.bank`) and case templates whose
variants the core draws from a seed (:mod:`.templates`).
"""

from .answers import CHECK_SEED, breakdown, choice_order, grade
from .bank import ENV_VAR, bank_folder, check_question, checks_folder, load_checks
from .loader import load_bank, load_case, parse_case_data
from .model import TOPICS, Case, Choice, Question
from .templates import Template, Variant, draw, load_template, load_templates, validate_template

__all__ = [
    "CHECK_SEED",
    "ENV_VAR",
    "TOPICS",
    "Case",
    "Choice",
    "Question",
    "Template",
    "Variant",
    "bank_folder",
    "breakdown",
    "check_question",
    "checks_folder",
    "choice_order",
    "draw",
    "grade",
    "load_bank",
    "load_case",
    "load_checks",
    "load_template",
    "load_templates",
    "parse_case_data",
    "validate_template",
]
