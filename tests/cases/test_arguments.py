"""The authoring guide's table of instruments is generated from the registries."""

import re
from pathlib import Path

from spinemet_core.cases.__main__ import main
from spinemet_core.cases.arguments import arguments_table
from spinemet_core.cases.keys import INSTRUMENTS

README = Path(__file__).parents[2] / "cases" / "README.md"


def test_authoring_guide_holds_the_generated_table():
    """The table between the markers of cases/README.md is exactly arguments_table()."""
    text = README.read_text()
    found = re.search(r"<!-- arguments:start -->\n(.*?)<!-- arguments:end -->", text, re.S)
    assert found is not None
    assert arguments_table() == found.group(1)


def test_table_lists_every_instrument_a_key_may_name():
    """One row per instrument of cases.keys, in its order."""
    rows = re.findall(r"^\| `(\w+)` \|", arguments_table(), re.M)
    assert list(INSTRUMENTS) == rows


def test_registered_instruments_show_their_allowed_values():
    """A registry instrument lists each argument with its domain in words."""
    row = next(r for r in arguments_table().splitlines() if r.startswith("| `tomita` |"))
    expected = (
        "| `tomita` | `growth` (slow/moderate/rapid); `visceral_mets` "
        "(none/treatable/untreatable); `bone_mets` (solitary/multiple) |"
    )
    assert expected == row


def test_command_line_prints_the_table(capsys):
    """python -m spinemet_core.cases arguments prints the same table."""
    assert 0 == main(["arguments"])
    assert arguments_table() == capsys.readouterr().out
