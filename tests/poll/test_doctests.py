"""The examples in spinemet_poll's docstrings hold (the package is outside pytest's testpaths)."""

import doctest
import importlib

import pytest

MODULES = ["__main__", "checks", "histogram", "limits", "store"]


@pytest.mark.parametrize("name", MODULES)
def test_the_docstring_examples_of_each_module_hold(name):
    """doctest finds examples in the module and none fails."""
    module = importlib.import_module(f"spinemet_poll.{name}")
    failed, attempted = doctest.testmod(module)
    assert (0, True) == (failed, attempted > 0)
