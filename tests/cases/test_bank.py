"""The real case bank (valid, big enough, covering every option, band and branch) and how
it is found."""

from collections import Counter
from pathlib import Path

import pytest

from spinemet_core.cases import ENV_VAR, TOPICS, bank_folder, load_bank
from spinemet_core.cases import bank as bank_module
from spinemet_core.cases.keys import INSTRUMENTS
from spinemet_core.errors import InvalidInputError, SpinemetError
from spinemet_core.noms import RADIOSENSITIVITIES, RULES
from spinemet_core.noms_evidence import EVIDENCE_NOTES
from spinemet_core.rcc.imdc import BANDS as IMDC_BANDS
from spinemet_core.rcc.imdc import TABLE as IMDC_TABLE
from spinemet_core.rcc.mskcc import BANDS as MSKCC_BANDS
from spinemet_core.rcc.mskcc import TABLES as MSKCC_TABLES
from spinemet_core.scores.bauer import BANDS as BAUER_BANDS
from spinemet_core.scores.bauer import TABLE as BAUER_TABLE
from spinemet_core.scores.katagiri import BANDS as KATAGIRI_BANDS
from spinemet_core.scores.katagiri import TABLE as KATAGIRI_TABLE
from spinemet_core.scores.sins import BANDS as SINS_BANDS
from spinemet_core.scores.sins import TABLE as SINS_TABLE
from spinemet_core.scores.tokuhashi import (
    BANDS_ORIGINAL,
    BANDS_REVISED,
    TABLE_ORIGINAL,
    TABLE_REVISED,
)
from spinemet_core.scores.tomita import BANDS as TOMITA_BANDS
from spinemet_core.scores.tomita import TABLE as TOMITA_TABLE
from spinemet_core.vocabulary import radiosensitivity

BANK = Path(__file__).parents[2] / "cases"
CASES, PROBLEMS = load_bank(BANK)
SCORES = {
    "tokuhashi_revised": (TABLE_REVISED, BANDS_REVISED),
    "tokuhashi_original": (TABLE_ORIGINAL, BANDS_ORIGINAL),
    "tomita": (TOMITA_TABLE, TOMITA_BANDS),
    "katagiri_new": (KATAGIRI_TABLE, KATAGIRI_BANDS),
    "bauer_modified": (BAUER_TABLE, BAUER_BANDS),
    "sins": (SINS_TABLE, SINS_BANDS),
    "imdc": (IMDC_TABLE, IMDC_BANDS),
}


def _used(instrument, version=None):
    options, bands = set(), set()
    for case in CASES:
        inputs = case.findings.get(instrument)
        if inputs is None or (version and inputs.get("version") != version):
            continue
        result = INSTRUMENTS[instrument](**inputs)
        options.update((i.item, i.option) for i in result.items)
        bands.add(result.band.range_text)
    return options, bands


def test_every_case_file_in_the_bank_is_valid():
    """The bank validates: no problems reported."""
    assert [] == PROBLEMS


def test_bank_size_per_topic_and_questions():
    """At least 40 cases, 6 per topic, and 120 questions."""
    per_topic = Counter(c.topic for c in CASES)
    assert len(CASES) >= 40
    assert all(per_topic[t] >= 6 for t in TOPICS), per_topic
    assert sum(len(c.questions) for c in CASES) >= 120


@pytest.mark.parametrize("instrument", list(SCORES))
def test_bank_exercises_every_option_and_band_of_each_score(instrument):
    """Across the bank, each item's every option and each band is used at least once."""
    table, bands = SCORES[instrument]
    options, used_bands = _used(instrument)
    missing = {(i.name, o.label) for i in table for o in i.options} - options
    assert set() == missing
    assert {b.range_text for b in bands} == used_bands


@pytest.mark.parametrize("version", [1999, 2002])
def test_bank_exercises_every_mskcc_option_and_band(version):
    """Both MSKCC versions: every factor present and absent, every group."""
    options, used_bands = _used("mskcc", version)
    assert set() == {(i.name, o.label) for i in MSKCC_TABLES[version] for o in i.options} - options
    assert {b.range_text for b in MSKCC_BANDS} == used_bands


def test_bank_exercises_every_noms_rule_and_branch():
    """Every NOMS rule fires in some case (all branches, 1c, the three SINS bands)."""
    fired = set()
    for case in CASES:
        if "noms" in case.findings:
            fired.update(INSTRUMENTS["noms"](**case.findings["noms"]).rules)
    assert {r.id for r in RULES} == fired


def test_noms_topic_exercises_every_rule_evidence_note_and_radiosensitivity():
    """The noms_framework cases reach every rule, trail note and radiosensitivity group."""
    fired, notes, groups = set(), set(), set()
    for case in CASES:
        if case.topic == "noms_framework" and "noms" in case.findings:
            inputs = case.findings["noms"]
            rec = INSTRUMENTS["noms"](**inputs)
            fired.update(rec.rules)
            notes.update(s.finding for s in rec.trail)
            groups.add(inputs.get("radiosensitivity") or radiosensitivity(inputs["primary"]))
    assert {r.id for r in RULES} == fired
    assert {n.finding for n in EVIDENCE_NOTES} <= notes
    assert set(RADIOSENSITIVITIES) == groups


def test_every_case_has_computed_keys():
    """Most questions are checked against the core: at least 2 per case."""
    for case in CASES:
        assert sum(q.key is not None for q in case.questions) >= 2, case.id


def test_bank_folder_is_the_checkout_cases_folder_whatever_the_working_directory(
    monkeypatch, tmp_path
):
    """Without SPINEMET_CASES the checkout's cases/ is found, from any working directory."""
    monkeypatch.delenv(ENV_VAR, raising=False)
    monkeypatch.chdir(tmp_path)
    assert BANK == bank_folder()


def test_bank_folder_follows_the_environment_variable(monkeypatch, tmp_path):
    """SPINEMET_CASES names the bank and wins over the checkout."""
    monkeypatch.setenv(ENV_VAR, str(tmp_path))
    assert tmp_path == bank_folder()


def test_bank_folder_refuses_a_variable_that_is_not_a_folder(monkeypatch, tmp_path):
    """A SPINEMET_CASES that is not a folder is an error naming the variable."""
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "missing"))
    with pytest.raises(InvalidInputError, match="^SPINEMET_CASES: got"):
        bank_folder()


def test_bank_folder_falls_back_to_the_packaged_copy(monkeypatch, tmp_path):
    """Installed from a wheel (no checkout beside the package), the packaged bank is used."""
    monkeypatch.delenv(ENV_VAR, raising=False)
    site = tmp_path / "site-packages"
    (site / "spinemet_core" / "data" / "cases").mkdir(parents=True)
    monkeypatch.setattr(bank_module, "_PACKAGE", site / "spinemet_core")
    monkeypatch.setattr(
        bank_module.resources, "files", lambda _name: site / "spinemet_core" / "data"
    )
    assert site / "spinemet_core" / "data" / "cases" == bank_folder()
    (site / "spinemet_core" / "data" / "cases").rmdir()
    with pytest.raises(SpinemetError, match="^no case bank found: set SPINEMET_CASES"):
        bank_folder()


def test_the_wheel_ships_the_bank_where_bank_folder_looks():
    """pyproject force-includes cases/ as spinemet_core/data/cases, the packaged fallback."""
    import tomllib

    config = tomllib.loads((BANK.parent / "pyproject.toml").read_text())
    force = config["tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"]
    assert {"cases": "spinemet_core/data/cases"} == force
