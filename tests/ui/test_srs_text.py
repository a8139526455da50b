"""Tests of the dashboard-04 text panels (ui/srs_text.py)."""

from spinemet_core.fractionation import compare_schedule
from spinemet_core.ui.srs_text import calculator_html, caption_html, trials_html


def _compare(dose, n):
    return compare_schedule(total_dose=dose, fractions=n, alpha_beta_tumour=10, alpha_beta_cord=2)


def test_calculator_html_flags_the_stretched_lq_model_with_its_range():
    """24 Gy x 1 is flagged, with the 8-10 Gy debate and both sides cited."""
    text = calculator_html(_compare(24, 1), 10, 2)
    assert "above 8 Gy" in text
    assert "about 8-10 Gy per fraction is debated (Brenner 2008; Kirkpatrick 2008)" in text
    assert "<b>12.4 Gy</b> (Sahgal 2013, Int J Radiat Oncol Biol Phys)" in text


def test_caption_html_gives_the_cord_limit_eqd2():
    """The text alternative states the limits' EQD2, about 44.6 Gy."""
    assert "(about 44.6 Gy)" in caption_html(_compare(24, 2))


def test_trials_html_reads_the_pain_percentages_from_the_data():
    """SC.24 35% against 14%, RTOG 0631 41.3% against 60.5%."""
    text = trials_html()
    assert "was 35% against 14%" in text
    assert "(41.3% against 60.5%)" in text


def test_trials_html_builds_trial_sizes_and_statistics_from_the_evidence():
    """SC.24's 229 patients and risk ratio, Rades's 1,304 and Yamada's 811/28 come from the data."""
    text = trials_html()
    for expected in (
        "randomised 229 patients",
        "(risk ratio 1.33, 95% CI 1.14-1.55)",
        "In 1,304 patients with cord compression",
        "(p = 0.578)",
        "In 811 lesions treated",
        "only 28 progressed",
    ):
        assert expected in text


def test_trials_html_follows_a_changed_finding(monkeypatch):
    """A trial size typed once in the evidence data reaches the sentence."""
    import dataclasses

    from spinemet_core.evidence import radiotherapy
    from spinemet_core.ui import srs_text

    sizes = tuple(
        dataclasses.replace(f, value=230) if f.measure == "patients randomised" else f
        for f in radiotherapy.TRIAL_SIZES
    )
    monkeypatch.setattr(srs_text, "TRIAL_SIZES", sizes)
    assert "randomised 230 patients" in srs_text.trials_html()


def test_trials_html_renders_the_trial_schedules_from_the_arms():
    """SC.24's, RTOG 0631's, Maranzano's and Yamada's doses read as before, from ARMS."""
    text = trials_html()
    for expected in (
        "patients to SBRT 24 Gy in 2 fractions or conventional 20 Gy in 5: complete pain "
        "response at 3 months was 35%",
        "randomised patients 2:1 to a single 16 or 18 Gy fraction or 8 Gy once: pain "
        "response at 3 months was not better",
        "(two fractions against one, 24 Gy against 16-18 Gy)",
        "SCORAD III: ambulatory at 8 weeks 8 Gy x 1 69.3% vs 20 Gy / 5 72.7%",
        "median duration of response after 30 Gy for favourable histologies myeloma 16 months; "
        "breast 12 months; prostate 10 months",
        "In 811 lesions treated with 16-26 Gy in one fraction, only 28 progressed",
    ):
        assert expected in text


def test_trials_html_follows_a_changed_arm(monkeypatch):
    """A schedule typed once in ARMS reaches every sentence that quotes it."""
    import dataclasses

    from spinemet_core.evidence import arms
    from spinemet_core.ui import srs_text

    sbrt, cebrt = arms.ARMS["SC.24"]
    changed = {**arms.ARMS, "SC.24": (dataclasses.replace(sbrt, doses=(27,), fractions=3), cebrt)}
    monkeypatch.setattr(srs_text, "ARMS", changed)
    text = srs_text.trials_html()
    assert "SBRT 27 Gy in 3 fractions or conventional" in text
    assert "(three fractions against one, 27 Gy against 16-18 Gy)" in text
