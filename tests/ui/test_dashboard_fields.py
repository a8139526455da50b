"""Every number field of dashboards 03-05, driven with bad input: a message, and no result.

The fields are found by walking each app's widget tree, so a field added later is
covered without being listed here.
"""

import pytest

pytest.importorskip("ipywidgets")

from spinemet_core.ui.fields import IntegerField, NumberField
from spinemet_core.ui.rcc import RccApp
from spinemet_core.ui.separation import SeparationApp
from spinemet_core.ui.srs import SrsApp
from tests.ui.drawn import drawn


def _fields(widget):
    if isinstance(widget, NumberField | IntegerField):
        yield widget
        return
    for child in getattr(widget, "children", ()):
        yield from _fields(child)


def _marks(app):
    """The figure traces that mark this patient or plan (x values), by dashboard."""
    names = {"this plan", "this schedule", "gap (separation)", "cord dose"}
    if isinstance(app, RccApp):
        return [list(t.marker.line.width) for t in drawn(app.figure).data if t.type == "bar"]
    return [list(t.x) for t in drawn(app.figure).data if t.name in names]


def _shown(app):
    """Everything the app shows of its result: the result cards and the figure's marks."""
    if isinstance(app, SeparationApp):
        cards = app.result.value
    elif isinstance(app, SrsApp):
        cards = app.calculator.value + app.vcf.value
    else:
        cards = app.calcium.value + app.results.value
    return cards + app.caption.value, _marks(app)


def _assert_withheld(app, field):
    cards, marks = _shown(app)
    assert field.error, f"{field.field}: no message for {field.text!r} {field.unit}"
    assert "sm-withheld" in cards, f"{field.field}: a result is shown for {field.text!r}"
    for forbidden in ("sm-cord-dose", "sm-eqd2-tumour", "sm-corrected-ca", "sm-group"):
        assert forbidden not in cards
    if isinstance(app, RccApp):
        assert all(set(widths) == {0} for widths in marks)
    else:
        assert all(xs == [] for xs in marks)
    assert "sm-field-error" in field.message.value and "role='alert'" in field.message.value
    assert ["withheld"] == [a.name for a in drawn(app.figure).layout.annotations if a.name]


APPS = [SeparationApp, SrsApp, RccApp]


def _cases():
    for app_class in APPS:
        for index, field in enumerate(_fields(app_class())):
            yield pytest.param(app_class, index, id=f"{app_class.__name__}-{field.field}")


CASES = list(_cases())


def test_every_dashboard_has_its_number_fields():
    """03 has 3 number fields (dose, fall-off, gap), 04 two (dose, fractions), 05 twelve."""
    counts = {cls.__name__: len(list(_fields(cls()))) for cls in APPS}
    assert {"SeparationApp": 3, "SrsApp": 2, "RccApp": 12} == counts


@pytest.mark.parametrize(("app_class", "index"), CASES)
def test_a_negative_value_is_refused_beside_the_field_and_withholds_the_result(app_class, index):
    """-1 is outside every field's range: the message shows, no result is drawn."""
    app = app_class()
    field = list(_fields(app))[index]
    typed = field.text
    field.text = "-1"
    assert "-1" == field.text  # never rewritten
    _assert_withheld(app, field)
    field.text = typed
    assert ("", "sm-withheld" not in _shown(app)[0]) == (field.error, True)
    assert [] == [a.name for a in drawn(app.figure).layout.annotations if a.name]


@pytest.mark.parametrize(("app_class", "index"), CASES)
def test_an_emptied_field_says_enter_a_value_and_is_not_refilled(app_class, index):
    """Clearing a field withholds the result with "Enter a value"; the text stays empty."""
    app = app_class()
    field = list(_fields(app))[index]
    field.text = ""
    _assert_withheld(app, field)
    assert ("", "Enter a value") == (field.text, field.error)


@pytest.mark.parametrize(("app_class", "index"), CASES)
def test_a_decimal_comma_is_a_decimal_point(app_class, index):
    """ "x,25" gives exactly the result of "x.25"; in a whole-number field it is refused."""
    app = app_class()
    field = list(_fields(app))[index]
    whole = int(float(field.text.replace(",", ".")))
    field.text = f"{whole}.25"
    if isinstance(field, IntegerField):
        _assert_withheld(app, field)
        field.text = f"{whole},5"
        assert f"'{whole},5' is not a whole number" == field.error
        _assert_withheld(app, field)
        return
    with_point = _shown(app)
    assert "sm-withheld" not in with_point[0], field.error
    field.text = f"{whole},25"
    assert with_point == _shown(app)
    assert "" == field.error


@pytest.mark.parametrize(("app_class", "index"), CASES)
def test_a_value_in_the_wrong_unit_names_the_likely_unit(app_class, index):
    """A lab value read in its other unit is refused with "did you mean"; a unit typed into
    a field without a unit choice is refused (not a number, or a unit not accepted)."""
    app = app_class()
    field = list(_fields(app))[index]
    analyte = getattr(field, "analyte", None)
    if analyte is not None and len(analyte.units) > 1:
        field.unit = next(u for u in analyte.units if u != field.unit)
        assert "did you mean" in field.error
    else:
        field.text = f"{field.text} mg"
        assert any(s in field.error for s in ("not a number", "not a whole", "not accepted"))
    _assert_withheld(app, field)


def _with_unit_choice(app_class, index) -> bool:
    analyte = getattr(list(_fields(app_class()))[index], "analyte", None)
    return analyte is not None and len(analyte.units) > 1


UNIT_CASES = [case for case in CASES if _with_unit_choice(*case.values)]


def test_the_lab_fields_with_a_unit_choice_are_found():
    """05 has six: haemoglobin and its limit, calcium and its limit, albumin, and LDH."""
    assert 6 == len(UNIT_CASES)


@pytest.mark.parametrize(("app_class", "index"), UNIT_CASES)
def test_a_unit_typed_against_the_unit_chosen_is_refused_not_obeyed(app_class, index):
    """A lab field set to one unit, with the other unit typed after the number: a message
    asks which one is meant, and nothing is drawn (before, the typed unit silently won)."""
    app = app_class()
    field = list(_fields(app))[index]
    other = next(u for u in field.analyte.units if u != field.unit)
    typed = f"{field.text} {other}"
    field.text = typed
    assert typed == field.text
    assert f"The unit typed ({other}) is not the unit chosen ({field.unit})" in field.error
    _assert_withheld(app, field)


@pytest.mark.parametrize(("app_class", "index"), CASES)
def test_a_number_in_exponent_form_is_refused_in_every_field(app_class, index):
    """ "1e3" is not read as 1 with the unit 'e3', nor as 1000: the person writes it out."""
    app = app_class()
    field = list(_fields(app))[index]
    field.text = "1e3"
    assert "'1e3' is not a" in field.error
    _assert_withheld(app, field)
