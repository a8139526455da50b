"""Lecture mode and themes: URL settings, toggles, figures and check-yourself follow them."""

import pytest

pytest.importorskip("ipywidgets")

from spinemet_core.ui import presentation as pres
from spinemet_core.ui.components import check_yourself, notice
from spinemet_core.ui.noms import NomsApp
from tests.ui.drawn import drawn


@pytest.fixture(autouse=True)
def fresh_presentation(monkeypatch):
    """Each test starts from the page settings its query string gives."""
    monkeypatch.setattr(pres, "_CURRENT", None)
    yield
    pres._CURRENT = None


def test_query_string_sets_lecture_and_dark(monkeypatch):
    """?mode=lecture&theme=dark gives large type, dark CSS and dark figures from the start."""
    monkeypatch.setenv("QUERY_STRING", "mode=lecture&theme=dark")
    app = NomsApp()
    state = pres.presentation()
    assert ("lecture", "dark") == (state.mode, state.theme)
    assert "font-size: 21px" in state.css()
    assert "#121212" in state.css()
    assert "#121212" == drawn(app.figure).layout.paper_bgcolor
    assert 18 == drawn(app.figure).layout.font.size


def test_toggles_switch_theme_and_figures_follow(monkeypatch):
    """The bar's theme toggle re-themes every registered figure in place."""
    monkeypatch.delenv("QUERY_STRING", raising=False)
    bar = notice().children[1]
    app = NomsApp()
    assert "#ffffff" == drawn(app.figure).layout.paper_bgcolor
    bar._theme.value = "dark"
    assert "#121212" == drawn(app.figure).layout.paper_bgcolor
    assert "#eeeeee" == drawn(app.figure).layout.font.color
    bar._theme.value = "contrast"
    assert "border: 2px solid #000" in pres.presentation().style.value
    bar._mode.value = "lecture"
    assert 18 == drawn(app.figure).layout.font.size


def test_check_yourself_reveals_on_cue_in_lecture_mode(monkeypatch):
    """In lecture mode the button reads 'Reveal answer' and shows every choice's feedback."""
    monkeypatch.setenv("QUERY_STRING", "mode=lecture")
    widget = check_yourself("noms_framework", "sins-band")
    assert "Reveal answer" == widget._check.description
    assert "" == widget._feedback.value
    widget._check.click()
    assert "✔ <b>11</b>" in widget._feedback.value
    pres.presentation().set(mode="normal")
    assert "Check answer" == widget._check.description


def test_print_stylesheet_hides_controls():
    """The page stylesheet carries print rules for handouts."""
    assert "@media print" in pres.presentation().css()


def test_decision_boxes_turn_dark_with_the_theme(monkeypatch):
    """The NOMS tree's boxes follow the theme so their text stays readable."""
    monkeypatch.delenv("QUERY_STRING", raising=False)
    app = NomsApp()

    def boxes():
        notes = drawn(app.figure).layout.annotations
        return [n for n in notes if (n.name or "").startswith("node-")]

    assert 11 == len(boxes())
    assert {"white"} == {n.bgcolor for n in boxes()}
    pres.presentation().set(theme="dark")
    assert {"#1e1e1e"} == {n.bgcolor for n in boxes()}


def test_tree_edge_labels_and_orientation_mark_turn_light_on_the_dark_theme(monkeypatch):
    """Secondary figure text is dark grey on white and light grey on the dark background."""
    monkeypatch.delenv("QUERY_STRING", raising=False)
    app = NomsApp()

    def colours():
        (edges,) = [t for t in drawn(app.figure).data if t.name == "edge labels"]
        (mark,) = [n for n in drawn(app.figure).layout.annotations if n.name == "anterior"]
        return edges.textfont.color, mark.font.color

    assert ("#444444", "#444444") == colours()
    pres.presentation().set(theme="dark")
    assert ("#cccccc", "#cccccc") == colours()
    pres.presentation().set(theme="light")
    assert ("#444444", "#444444") == colours()


def test_small_figure_text_grows_to_16_px_in_lecture_mode_and_returns(monkeypatch):
    """Edge labels built at 12 px and the mark at 11 px read 16 px in lecture mode; text
    already larger keeps its size; normal mode restores the built sizes."""
    monkeypatch.delenv("QUERY_STRING", raising=False)
    app = NomsApp()

    def sizes():
        figure = drawn(app.figure)
        (edges,) = [t for t in figure.data if t.name == "edge labels"]
        (mark,) = [n for n in figure.layout.annotations if n.name == "anterior"]
        return edges.textfont.size, mark.font.size, figure.layout.annotations[0].font.size

    built = sizes()[2]
    assert (12, 11) == sizes()[:2]
    pres.presentation().set(mode="lecture")
    assert (16, 16, max(built, 16)) == sizes()
    pres.presentation().set(mode="normal")
    assert (12, 11, built) == sizes()


def test_a_figure_built_in_lecture_mode_starts_with_large_text(monkeypatch):
    """Opened with ?mode=lecture, the tree's edge labels are drawn at 16 px from the start."""
    monkeypatch.setenv("QUERY_STRING", "mode=lecture")
    app = NomsApp()
    (edges,) = [t for t in drawn(app.figure).data if t.name == "edge labels"]
    assert 16 == edges.textfont.size


def test_query_reported_by_the_browser_switches_mode_and_theme(monkeypatch):
    """A pre-heated kernel learns ?mode=lecture from the page: the toggles and CSS follow."""
    monkeypatch.delenv("QUERY_STRING", raising=False)
    bar = notice().children[1]
    bar._query.query = "mode=lecture&theme=dark"
    assert ("lecture", "dark") == (bar._mode.value, bar._theme.value)
    assert ("lecture", "dark") == (pres.presentation().mode, pres.presentation().theme)
    bar._query.query = "contrast=high"
    assert ("normal", "contrast") == (pres.presentation().mode, pres.presentation().theme)


def test_the_links_carry_the_choices_made_on_the_page(monkeypatch):
    """The query, then each toggle, reach the settings the page writes into followed links."""
    monkeypatch.setenv("QUERY_STRING", "mode=lecture")
    bar = notice().children[1]
    assert {"mode": "lecture", "theme": "light"} == bar._query.settings
    bar._theme.value = "dark"
    assert {"mode": "lecture", "theme": "dark"} == bar._query.settings
    pres.presentation().set(mode="normal", theme="contrast")
    assert {"mode": "normal", "theme": "contrast"} == bar._query.settings
    assert ("normal", "contrast") == (bar._mode.value, bar._theme.value)


def test_the_quiz_follows_lecture_mode_until_a_quiz_starts(monkeypatch):
    """?mode=lecture opens the quiz in its lecture mode; the bar switches it while no quiz runs."""
    from spinemet_core.ui.quiz import QuizApp

    monkeypatch.setenv("QUERY_STRING", "mode=lecture")
    app = QuizApp()
    assert "lecture" == app.settings.mode.value
    pres.presentation().set(mode="normal")
    assert "self_study" == app.settings.mode.value
    pres.presentation().set(mode="lecture")
    assert "lecture" == app.settings.mode.value
    app._on_start()
    pres.presentation().set(mode="normal")
    assert "lecture" == app.session.mode == app.settings.mode.value


def test_the_patients_risk_group_outline_follows_the_theme(monkeypatch):
    """05's outline of the patient's IMDC bar is drawn in the text colour of the theme, so it
    does not vanish on the dark background."""
    from spinemet_core.ui.rcc import RccApp
    from spinemet_core.ui.theme import COLOURS

    monkeypatch.setenv("QUERY_STRING", "theme=dark")
    app = RccApp()

    def outlines():
        return {t.marker.line.color for t in drawn(app.figure).data if t.type == "bar"}

    assert {"#eeeeee"} == outlines()
    pres.presentation().set(theme="light")
    assert {COLOURS["ink"]} == outlines()


@pytest.mark.parametrize("query", ["", "theme=dark", "contrast=high", "mode=lecture&theme=dark"])
def test_every_dashboard_figure_is_a_valid_plotly_figure_in_every_look(monkeypatch, query):
    """Each figure spec, built in a theme and mode and switched to the others, passes
    plotly's schema (go.Figure raises on any key or value plotly.js would not take)."""
    from spinemet_core.ui.prognosis import PrognosisApp
    from spinemet_core.ui.rcc import RccApp
    from spinemet_core.ui.separation import SeparationApp
    from spinemet_core.ui.srs import SrsApp

    monkeypatch.setenv("QUERY_STRING", query)
    apps = [NomsApp(), PrognosisApp(), RccApp(), SeparationApp(), SrsApp()]
    for mode, theme in (("lecture", "light"), ("normal", "contrast"), ("normal", "dark")):
        pres.presentation().set(mode=mode, theme=theme)
        templates = {drawn(app.figure).layout.template.layout.paper_bgcolor for app in apps}
        assert 1 == len(templates)
