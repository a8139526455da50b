"""Every published number cites a known reference; comparisons hold as published."""

from spinemet_core.evidence import radiotherapy as rt
from spinemet_core.references import REFERENCES


def test_every_finding_cites_an_existing_reference():
    """Each evidence row's citekey resolves."""
    assert all(f.citekey in REFERENCES for f in rt.ALL_FINDINGS)


def test_percentages_are_percentages():
    """Values in % lie between 0 and 100."""
    assert all(0 <= f.value <= 100 for f in rt.ALL_FINDINGS if f.unit == "%")


def test_laufer_high_dose_hypofractionated_beats_low_dose():
    """4.1% against 22.6% local progression at 1 year."""
    values = {f.group.split(" (")[0]: f.value for f in rt.LAUFER_2013}
    assert 4.1 == values["24-30 Gy / 3"]
    assert 22.6 == values["18-36 Gy / 5-6"]


def test_unconfirmed_numbers_are_listed_as_left_out_not_shown():
    """Laufer's single-fraction rate is absent from the data and named as left out."""
    assert not any("24 Gy x 1" in f.group for f in rt.LAUFER_2013)
    assert any("Laufer" in key for key in rt.LEFT_OUT)
