"""Tests of the field-to-core glue of the dashboards (spinemet_core.ui.inputs)."""

import pytest

pytest.importorskip("ipywidgets")

from spinemet_core.errors import InvalidInputError, require_number
from spinemet_core.ui.fields import IntegerField, NumberField
from spinemet_core.ui.inputs import (
    FieldSet,
    ceil_text,
    mark_withheld,
    shown_against,
    withheld_html,
)


def _core(*, a, b):
    require_number("a", a, minimum=0, maximum=10)
    return a + b


def test_fieldset_calls_the_core_with_the_values_as_typed():
    """Typed "2,5" and "3" reach the core as 2.5 and 3."""
    fields = FieldSet({"a": NumberField("A", text="2,5"), "b": IntegerField("B", text="3")})
    assert 5.5 == fields.call(_core)


def test_fieldset_withholds_while_a_field_is_empty():
    """An empty field gives None (no result) and its own "Enter a value"."""
    b = IntegerField("B", text="")
    assert None is FieldSet({"a": NumberField("A", text="1"), "b": b}).call(_core)
    assert "Enter a value" == b.error


def test_fieldset_shows_the_cores_refusal_beside_the_field_and_clears_it_later():
    """a = 11 is refused by the core: its range shows beside A; a valid B keeps it withheld."""
    a = NumberField("A", text="11", unit="Gy")
    fields = FieldSet({"a": a, "b": NumberField("B", text="1")})
    assert None is fields.call(_core)
    assert "11 Gy is not accepted; allowed: a number from 0 to 10 Gy" == a.error
    a.text = "9"
    assert (10.0, "") == (fields.call(_core), a.error)


def test_fieldset_raises_a_refusal_that_names_no_field():
    """A core error about an argument no field feeds is not hidden."""

    def refuse(**_values):
        raise InvalidInputError("other", 1, "nothing")

    with pytest.raises(InvalidInputError, match="other"):
        FieldSet({"a": NumberField("A", text="1")}).call(refuse)


@pytest.mark.parametrize(
    ("value", "limits", "expected"),
    [
        (11.0196, (10.2, 10.0), ("11.0", ("10.2", "10"))),
        (10.04, (10.0,), ("10.04", ("10",))),
        (10.0, (10.0,), ("10.0", ("10",))),
        (9.96, (10.0,), ("9.96", ("10",))),
        (10.2, (10.2, 10.0), ("10.2", ("10.2", "10"))),
        (10.19, (10.2,), ("10.19", ("10.2",))),
        (12.44, (12.4,), ("12.44", ("12.4",))),
        (10.000001, (10.0,), ("10.000001", ("10",))),
    ],
)
def test_shown_against_never_contradicts_the_comparison(value, limits, expected):
    """The shown value is above, equal to or below each shown limit exactly as the value is."""
    assert expected == shown_against(value, limits)


@pytest.mark.parametrize(
    ("value", "expected"), [(4.8333, "4.9"), (5.0, "5.0"), (1.54, "1.6"), (0.0, "0.0")]
)
def test_ceil_text_rounds_a_minimum_up(value, expected):
    """A shown minimal gap is enough: 4.83 mm is shown as 4.9, never 4.8."""
    assert expected == ceil_text(value)


def test_withheld_html_says_to_enter_a_valid_value():
    """The withheld card asks for a valid value in every field and is announced."""
    text = withheld_html()
    assert "enter a valid value in every field" in text
    assert "role='status'" in text


def test_mark_withheld_adds_one_note_and_keeps_the_other_annotations():
    """The note is added once (twice asked, once shown) and removed; titles stay."""
    from spinemet_core.ui.plotview import PlotView
    from tests.ui.drawn import drawn

    figure = PlotView({"layout": {"annotations": [{"text": "title", "showarrow": False}]}})
    mark_withheld(figure, True)
    mark_withheld(figure, True)
    assert ["title", "<b>No result yet: enter a valid value in every field</b>"] == [
        a.text for a in drawn(figure).layout.annotations
    ]
    mark_withheld(figure, False)
    assert ["title"] == [a.text for a in drawn(figure).layout.annotations]
