"""Headless tests of the shared widgets and the check-yourself questions."""

import pytest

pytest.importorskip("ipywidgets")

from spinemet_core import scores
from spinemet_core.checks import load_checks
from spinemet_core.noms import recommend
from spinemet_core.radiobiology import eqd2
from spinemet_core.rcc import corrected_calcium, imdc
from spinemet_core.references import REFERENCES
from spinemet_core.separation import minimal_separation
from spinemet_core.ui.components import check_yourself, notice, references_html
from spinemet_core.ui.start import StartPage


def test_notice_says_education_only():
    """The notice widget carries the education-only wording."""
    assert "For education only, not for clinical decisions." in notice().children[0].value


def test_check_yourself_gives_feedback_after_check():
    """Choosing an answer and pressing Check shows that choice's feedback."""
    widget = check_yourself("prognostic_scores", "revised-tokuhashi-lung")
    widget._on_check()
    assert "Choose an answer first" in widget._feedback.value
    widget._choices.value = "12"
    widget._check.click()
    assert "Not quite." in widget._feedback.value
    widget._choices.value = "10"
    widget._check.click()
    assert "Correct." in widget._feedback.value


QUESTIONS = [
    *load_checks("prognostic_scores"),
    *load_checks("noms_framework"),
    *load_checks("separation_surgery"),
    *load_checks("stereotactic_radiosurgery"),
    *load_checks("targeted_therapy_rcc"),
]
FUNCTIONS = {
    "recommend": recommend,
    "eqd2": eqd2,
    "minimal_separation": minimal_separation,
    "corrected_calcium": corrected_calcium,
    "imdc": imdc,
    **{name: getattr(scores, name) for name in scores.__all__},
}


@pytest.mark.parametrize("question", QUESTIONS, ids=lambda q: q.id)
def test_check_questions_have_one_correct_choice_verified_by_the_core(question):
    """Every question has exactly one correct choice; computed ones agree with the core."""
    assert 1 == sum(c.correct for c in question.choices)
    assert all(key in REFERENCES for key in question.citekeys)
    if question.check:
        result = FUNCTIONS[question.check["function"]](**question.check["inputs"])
        answer = question.check["answer"]
        if answer == "total":
            assert str(result.total) == question.answer.text
        elif answer == "value_1dp":
            assert f"{result:.1f}" == question.answer.text
        elif answer == "label":
            assert result.band.label == question.answer.text
        elif answer == "band":
            assert question.answer.text.startswith(result.band.range_text + ":")
        else:
            assert result.summary == question.answer.text


def test_references_html_links_dois():
    """Rendered references link their DOI locally as text and name unconfirmed fields."""
    rendered = references_html(["tokuhashi2005", "tokuhashi1990"]).value
    assert 'href="https://doi.org/10.1097/01.brs.0000180401.06919.a5"' in rendered
    assert "not yet confirmed" in rendered


def test_start_page_reports_environment():
    """The start page reports the installed stack."""
    page = StartPage()
    assert "Everything the dashboards need is installed" in page.environment.value
    assert "voila" in page.environment.value


def test_start_page_leaves_voila_out_in_the_browser(monkeypatch):
    """Under Pyodide (static edition) Voilà is not needed, so it is neither listed nor missing."""
    monkeypatch.setattr("sys.platform", "emscripten")
    page = StartPage()
    assert "Everything the dashboards need is installed in your browser" in page.environment.value
    assert "voila" not in page.environment.value
