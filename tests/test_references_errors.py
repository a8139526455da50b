"""Tests for the bibliography and the error helpers."""

import importlib

import pytest

from spinemet_core.errors import InvalidInputError, require_int, require_number
from spinemet_core.references import REFERENCES, format_reference, get_reference

SCORE_MODULES = ["bauer", "katagiri", "sins", "tokuhashi", "tomita"]


def test_every_score_cites_an_existing_reference():
    """The citekey of every score module resolves."""
    for name in SCORE_MODULES:
        module = importlib.import_module(f"spinemet_core.scores.{name}")
        keys = [v for k, v in vars(module).items() if k.startswith("REFERENCE")]
        assert keys
        assert all(k in REFERENCES for k in keys)


def test_format_reference_shows_doi_and_unconfirmed_fields():
    """A rendered reference carries its DOI, and says which fields are unconfirmed."""
    text = format_reference("tokuhashi2005")
    assert "Spine (Phila Pa 1976) 2005;30(19):2186-2191." in text
    assert "doi:10.1097/01.brs.0000180401.06919.a5." in text
    assert "not yet confirmed" in format_reference("tokuhashi1990")


def test_get_reference_rejects_unknown_key():
    """An unknown citekey raises InvalidInputError naming 'key'."""
    with pytest.raises(InvalidInputError, match="^key: got 'nobody2099'"):
        get_reference("nobody2099")


def test_invalid_input_error_is_a_value_error():
    """Callers can catch the project's error as a ValueError."""
    assert issubclass(InvalidInputError, ValueError)


@pytest.mark.parametrize("bad", [float("nan"), float("inf"), "3", None, True])
def test_require_number_rejects_non_finite_and_non_numbers(bad):
    """Only finite real numbers pass."""
    with pytest.raises(InvalidInputError, match="^dose: got"):
        require_number("dose", bad, minimum=0)


def test_require_int_step_is_relative_to_minimum():
    """Steps are counted from the minimum (10, 20, ... for KPS)."""
    assert 20 == require_int("kps", 20, minimum=10, maximum=100, step=10)
    with pytest.raises(InvalidInputError):
        require_int("kps", 25, minimum=10, maximum=100, step=10)
