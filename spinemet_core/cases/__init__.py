"""Synthetic case vignettes: the model, the strict loader and the answer keys."""

from .loader import load_bank, load_case, parse_case_data
from .model import TOPICS, Case, Question

__all__ = ["TOPICS", "Case", "Question", "load_bank", "load_case", "parse_case_data"]
