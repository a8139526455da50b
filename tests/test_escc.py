"""Tests for the Bilsky ESCC scale: groups and the grade ranges derived from them."""

import pytest

from spinemet_core.errors import InvalidInputError
from spinemet_core.escc import ESCC_DEFINITIONS, ESCC_GROUPS, EsccGrade, escc_group, grades_text


@pytest.mark.parametrize(
    ("grade", "group"),
    [
        ("0", "low"),
        ("1a", "low"),
        ("1b", "low"),
        ("1c", "borderline"),
        ("2", "high"),
        ("3", "high"),
    ],
)
def test_escc_group_of_every_grade(grade, group):
    """Grades 0-1b are low, 1c borderline, 2-3 high (Bilsky 2010); each grade is defined."""
    assert group == escc_group(grade)
    assert ESCC_DEFINITIONS[grade]


@pytest.mark.parametrize(
    ("groups", "text"),
    [
        (("low",), "0-1b"),
        (("borderline",), "1c"),
        (("high",), "2-3"),
        (("low", "borderline"), "0-1c"),
    ],
)
def test_grades_text_gives_the_range_of_the_groups(groups, text):
    """A group, or adjacent groups together, read as first-last grade."""
    assert text == grades_text(*groups)


def test_grades_text_follows_the_group_table():
    """Moving grade 1c into the high group would move every derived range with it."""
    grades = [g.value for g in EsccGrade if ESCC_GROUPS[g] == "high"]
    assert f"{grades[0]}-{grades[-1]}" == grades_text("high")


@pytest.mark.parametrize("groups", [(), ("medium",)])
def test_grades_text_rejects_unknown_or_missing_groups(groups):
    """No group, or an unknown one, raises InvalidInputError naming the argument."""
    with pytest.raises(InvalidInputError, match="^group"):
        grades_text(*groups)
