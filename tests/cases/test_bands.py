"""Band ranges quoted in case and check-yourself text are the bands of the score they name."""

from pathlib import Path

import pytest
import yaml

from spinemet_core.cases import bank_folder, checks_folder, load_bank, parse_case_data
from spinemet_core.cases.bands import band_aliases, quoted_band_problems
from spinemet_core.errors import CaseFormatError
from spinemet_core.scores import INSTRUMENTS

CASES = load_bank(bank_folder())[0] + load_bank(checks_folder())[0]
BREAST = bank_folder() / "prognostic_scores" / "prog-example-breast.yaml"


def test_aliases_name_each_tokuhashi_version_by_its_year():
    """'1990' names the original Tokuhashi and '2005' the revised one, from the citekeys."""
    aliases = band_aliases()
    assert frozenset({"tokuhashi_original"}) == aliases["1990"]
    assert frozenset({"tokuhashi_revised"}) == aliases["2005"]
    assert frozenset({"sins"}) == aliases["sins"]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_every_quoted_band_of_the_bank_is_a_band_of_the_score_named_beside_it(case):
    """No case or check-yourself question quotes a range under the wrong score's name."""
    assert [] == quoted_band_problems(case)


def _breast(feedback: str) -> dict:
    data = yaml.safe_load(Path(BREAST).read_text())
    data["questions"][1]["choices"][2]["feedback"] = feedback
    return data


def test_the_loader_refuses_a_revised_band_called_a_1990_band():
    """The old breast-example feedback ('0-8' as the band of the 1990 total) is refused,
    with its path and the 1990 bands."""
    data = _breast("That is the band of the 1990 total (8), not of the revised score.")
    with pytest.raises(CaseFormatError) as caught:
        parse_case_data(data, "prog-example-breast.yaml")
    assert [
        (
            "questions/1/choices/2/feedback",
            "'0-8' is not a band of Original Tokuhashi (0-5, 6-8, 9-12)",
        )
    ] == caught.value.problems


def test_a_range_beside_grade_or_a_unit_is_not_read_as_a_band():
    """'grades 2-3' (ESCC) and '24-30 Gy' are not bands of any score."""
    data = _breast("Separation surgery is for grades 2-3; 24-30 Gy / 3 is a schedule.")
    assert "prog-example-breast" == parse_case_data(data, "x.yaml").id


def test_the_breast_example_places_the_1990_total_of_8_in_the_1990_band():
    """The '0-8' distractor's feedback gives the 1990 band of 8 (6-8), derived from the registry."""
    case = next(c for c in CASES if c.id == "prog-example-breast")
    question = next(q for q in case.questions if q.id == "band")
    feedback = next(c.feedback for c in question.choices if c.text == "0-8")
    original = INSTRUMENTS["tokuhashi_original"].band_for(8).range_text
    assert "6-8" == original
    assert (
        "0-8 is the lowest revised band, and her revised total is 11. Eight is her total on the "
        f"1990 table, where 8 lies in the 1990 middle band of {original}; the two versions have "
        "different bands."
    ) == feedback
