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


def test_radiotherapy_re_exports_the_topic_modules():
    """Names moved to topic modules stay importable from evidence.radiotherapy, same objects."""
    from spinemet_core.evidence import fracture, separation

    assert separation.LAUFER_2013 is rt.LAUFER_2013
    assert separation.PATCHELL_2005 is rt.PATCHELL_2005
    assert fracture.SAHGAL_2013_VCF is rt.SAHGAL_2013_VCF
    assert fracture.SAHGAL_2013_RISK_FACTORS is rt.SAHGAL_2013_RISK_FACTORS


def test_all_findings_counts_every_listed_study():
    """ALL_FINDINGS holds 3 Laufer, 6 Patchell, 5 Sahgal, 5 local-control, 4 pain, 2 SCORAD rows."""
    assert 25 == len(rt.ALL_FINDINGS)


def test_rcc_re_exports_survival_approvals_and_trials():
    """evidence.rcc re-exports the three RCC data modules, same objects."""
    from spinemet_core.evidence import rcc, rcc_approvals, rcc_survival, rcc_trials

    assert rcc_survival.GROUP_SURVIVAL is rcc.GROUP_SURVIVAL
    assert rcc_approvals.APPROVALS is rcc.APPROVALS
    assert rcc_approvals.DRUG_CLASSES is rcc.DRUG_CLASSES
    assert rcc_trials.TRIALS is rcc.TRIALS


def test_rcc_survival_groups_use_the_models_band_wording():
    """Each survival row's group is a band label of its model."""
    from spinemet_core.evidence.rcc import GROUP_SURVIVAL
    from spinemet_core.rcc.imdc import BANDS as IMDC_BANDS
    from spinemet_core.rcc.mskcc import BANDS as MSKCC_BANDS

    labels = {
        "imdc": {b.label for b in IMDC_BANDS},
        "mskcc_1999": {b.label for b in MSKCC_BANDS},
        "mskcc_2002": {b.label for b in MSKCC_BANDS},
    }
    assert all(row.group in labels[row.model] for row in GROUP_SURVIVAL)
    assert 12 == len(GROUP_SURVIVAL)


def test_rcc_survival_medians_as_published():
    """Heng 2009 intermediate 27 months, Motzer 2002 favourable 30, Heng 2009 favourable NR."""
    from spinemet_core.evidence.rcc import GROUP_SURVIVAL

    medians = {(r.citekey, r.group): r.median_os_months for r in GROUP_SURVIVAL}
    assert 27 == medians[("heng2009", "Intermediate risk")]
    assert 30 == medians[("motzer2002", "Favourable risk")]
    assert None is medians[("heng2009", "Favourable risk")]
