"""Properties of the RCC risk models (spinemet_core.rcc.RISK_MODELS) and of the laboratory path
into them, over random valid arguments drawn from the records' ``arguments``."""

import inspect
import math

from hypothesis import given
from hypothesis import strategies as st

from spinemet_core.rcc import (
    RISK_MODELS,
    corrected_calcium,
    factors_from_labs,
    imdc,
    mskcc,
    risk_from_labs,
)
from spinemet_core.rcc.calcium import REFERENCE_ALBUMIN
from spinemet_core.units import ANALYTES

from ..scores.test_properties import check_score
from ..strategies import bounded, calls

CALCIUM = st.floats(*ANALYTES["calcium"].plausible)
ALBUMIN = st.floats(*ANALYTES["albumin"].plausible)
NON_NEGATIVE = st.floats(0, 1e6)


@bounded(60)
@given(calls(RISK_MODELS["imdc"].arguments, valid_only=True))
def test_imdc_total_lies_in_its_range_and_band(drawn):
    """IMDC: the total is within 0-6, inside its band, and the sum of its points."""
    inputs, _ = drawn
    check_score(RISK_MODELS["imdc"], inputs, imdc(**inputs))


@bounded(60)
@given(st.sampled_from(list(RISK_MODELS["mskcc"].versions)), st.data())
def test_mskcc_total_lies_in_its_versions_range_and_band(version, data):
    """MSKCC 1999 and 2002: the total is within the version's range and inside its band, and the
    family's range holds every version's."""
    record = RISK_MODELS["mskcc"].versions[version]
    inputs, _ = data.draw(calls(record.arguments, valid_only=True))
    result = mskcc(version=version, **inputs)
    check_score(record, inputs, result)
    family_low, family_high = RISK_MODELS["mskcc"].total_range
    assert family_low <= result.total <= family_high


@bounded(60)
@given(CALCIUM, ALBUMIN, ALBUMIN)
def test_corrected_calcium_falls_as_albumin_rises_and_equals_calcium_at_the_reference(ca, a, b):
    """Lower albumin never lowers the corrected calcium; at the reference albumin nothing is
    added."""
    low, high = sorted((a, b))
    assert corrected_calcium(calcium_mg_dl=ca, albumin_g_dl=low) >= corrected_calcium(
        calcium_mg_dl=ca, albumin_g_dl=high
    )
    assert math.isclose(
        ca, corrected_calcium(calcium_mg_dl=ca, albumin_g_dl=REFERENCE_ALBUMIN), rel_tol=1e-9
    )


@st.composite
def lab_values(draw):
    """Keyword arguments of factors_from_labs: plausible calcium and albumin, other values >= 0."""
    values = {name: draw(NON_NEGATIVE) for name in _LAB_ARGUMENTS}
    values["calcium_mg_dl"], values["albumin_g_dl"] = draw(CALCIUM), draw(ALBUMIN)
    return values


# LDH is drawn as U/L with its limit; the multiple (ldh_x_uln) is its alternative, never both.
_LAB_ARGUMENTS = tuple(
    p for p in inspect.signature(factors_from_labs).parameters if p != "ldh_x_uln"
)


@bounded(40)
@given(lab_values(), calls(RISK_MODELS["imdc"].arguments, valid_only=True))
def test_risk_from_labs_scores_each_model_with_the_factors_it_found(labs, drawn):
    """risk_from_labs gives what IMDC and both MSKCC versions give for the flags and corrected
    calcium factors_from_labs found, so the verdict shown matches the values compared."""
    clinical, _ = drawn
    risk = risk_from_labs(
        kps=clinical["kps"],
        months_diagnosis_to_treatment=clinical["months_diagnosis_to_treatment"],
        prior_nephrectomy=True,
        **labs,
    )
    flags = factors_from_labs(**labs).flags()
    expected_imdc = imdc(
        kps=clinical["kps"],
        months_diagnosis_to_treatment=clinical["months_diagnosis_to_treatment"],
        **{k: v for k, v in flags.items() if k in RISK_MODELS["imdc"].arguments},
    )
    assert expected_imdc == risk.results["imdc"]
    corrected = risk.labs.corrected_calcium_mg_dl
    expected_1999 = mskcc(
        version=1999,
        kps=clinical["kps"],
        ldh_over_1_5_uln=flags["ldh_over_1_5_uln"],
        hemoglobin_below_lln=flags["hemoglobin_below_lln"],
        corrected_calcium_mg_dl=corrected,
        prior_nephrectomy=True,
    )
    assert expected_1999 == risk.results["mskcc_1999"]
    assert corrected == corrected_calcium(
        calcium_mg_dl=labs["calcium_mg_dl"], albumin_g_dl=labs["albumin_g_dl"]
    )
    assert (corrected > labs["calcium_uln_mg_dl"]) == flags["calcium_above_uln"]
