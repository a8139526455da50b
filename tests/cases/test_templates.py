"""Case templates: seeds fix variants, every sampled variant is a valid case, placeholders are
filled, distractors name their error, constraints hold, and bad templates are located."""

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from spinemet_core.cases import TOPICS, bank_folder, load_bank
from spinemet_core.cases.answers import agrees
from spinemet_core.cases.keys import compute
from spinemet_core.cases.mistakes import MISTAKES
from spinemet_core.cases.schema import template_schema_text
from spinemet_core.cases.templates import (
    SAMPLE_SEEDS,
    draw,
    load_template,
    load_templates,
    validate_template,
    variant_id,
)
from spinemet_core.errors import CaseFormatError

from ..strategies import bounded

ROOT = Path(__file__).parents[2]
FIXTURES = Path(__file__).parent / "fixtures" / "templates" / "noms_framework" / "templates"
TEMPLATES, PROBLEMS = load_templates(bank_folder())
BY_ID = {t.id: t for t in TEMPLATES}


def _texts(case):
    yield case.title
    yield case.vignette
    for q in case.questions:
        yield q.prompt
        yield q.explanation
        for c in q.choices:
            yield c.text
            yield c.feedback


def test_the_bank_holds_at_least_15_valid_templates_over_all_five_topics():
    """16 templates load without a problem, and every quiz topic has at least two."""
    assert [] == PROBLEMS
    assert 15 <= len(TEMPLATES)
    counts = {topic: sum(t.topic == topic for t in TEMPLATES) for topic in TOPICS}
    assert all(n >= 2 for n in counts.values()), counts


def test_load_bank_skips_templates():
    """Hand-written cases and templates are read apart: no case comes from a templates folder."""
    cases, problems = load_bank(bank_folder())
    assert [] == problems
    assert not [c for c in cases if "templates" in Path(c.source).parts]


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda t: t.id)
def test_every_sampled_variant_is_a_valid_case(template):
    """The validator's 200 seeds each give a variant that passes every case check."""
    assert (len(SAMPLE_SEEDS), []) == validate_template(template)


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda t: t.id)
def test_every_placeholder_of_sampled_variants_is_filled(template):
    """No brace is left in any text a learner reads, over 40 seeds."""
    for seed in range(40):
        case = draw(template, seed).case
        assert [] == [t for t in _texts(case) if "{" in t or "}" in t]


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda t: t.id)
def test_distractors_differ_from_the_key_and_name_their_error(template):
    """Each generated wrong choice disagrees with the core's key and its feedback opens
    with the title of the named error that computed it."""
    for seed in range(40):
        variant = draw(template, seed)
        for question in variant.case.questions:
            named = dict(variant.distractors.get(question.id, ()))
            if not named:
                continue
            key = compute(
                question.key.instrument,
                question.key.field,
                variant.case.findings[question.key.instrument],
            )
            for choice in question.choices:
                if choice.correct:
                    assert agrees(key, choice.text, question.tolerance)
                    continue
                assert not agrees(key, choice.text, question.tolerance)
                assert choice.feedback.startswith(MISTAKES[named[choice.text]].title + ": ")


def test_a_seed_fixes_the_variant():
    """The same template and seed give equal cases; another seed gives another case."""
    template = BY_ID["tpl-noms-plan"]
    first, again = draw(template, 12345), draw(template, 12345)
    assert first.case == again.case
    assert dict(first.values) == dict(again.values)
    assert variant_id("tpl-noms-plan", 12345) == first.case.id
    others = {draw(template, seed).case.vignette for seed in range(10)}
    assert 5 <= len(others)


def test_a_seed_gives_the_same_variant_in_another_process_and_hash_seed():
    """A fresh interpreter with another PYTHONHASHSEED draws the very same vignette."""
    code = (
        "from spinemet_core.cases import bank_folder\n"
        "from spinemet_core.cases.templates import load_templates, draw\n"
        "t = {t.id: t for t in load_templates(bank_folder())[0]}['tpl-katagiri-risk']\n"
        "print(draw(t, 777).case.vignette)\n"
    )
    env = {**os.environ, "PYTHONHASHSEED": "12345", "PYTHONPATH": str(ROOT)}
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    ).stdout
    assert draw(BY_ID["tpl-katagiri-risk"], 777).case.vignette + "\n" == out


@bounded(60)
@given(seed=st.integers(min_value=0, max_value=10**9))
def test_constraints_hold_for_any_seed(seed):
    """Every constraint of every template holds for the values drawn from any seed."""
    for template in TEMPLATES:
        variant = draw(template, seed)
        assert all(c.holds(variant.values) for c in template.constraints), template.id


@bounded(40)
@given(seed=st.integers(min_value=0, max_value=10**9))
def test_ecog_agrees_with_kps_and_myelopathy_comes_with_compression(seed):
    """The two coherence rules named in the issue, checked on the drawn findings."""
    from spinemet_core.escc import escc_group
    from spinemet_core.performance import performance_check

    katagiri = draw(BY_ID["tpl-katagiri-risk"], seed).values
    assert performance_check(kps=katagiri["kps"], ecog=katagiri["ecog"]).consistent
    noms = draw(BY_ID["tpl-noms-plan"], seed).case.findings["noms"]
    assert not noms["myelopathy"] or "high" == escc_group(noms["escc_grade"])


def test_the_sins_explanation_lists_the_points_of_this_variant():
    """The explanation of a SINS total carries this variant's own item points and total."""
    variant = draw(BY_ID["tpl-sins-band"], 3)
    result = variant.case.findings["sins"]
    from spinemet_core.scores import sins

    scored = sins(**result)
    explanation = variant.case.questions[1].explanation
    assert f"= {scored.total}" in explanation
    for item in scored.items:
        assert re.search(rf"{item.item} \([^)]*\) {item.points}\b", explanation)


def test_the_1990_table_distractor_is_the_original_tokuhashi_band():
    """When the 1990 table changes the band, its distractor is the revised band of the
    original total, computed by the core."""
    from spinemet_core.scores import INSTRUMENTS, tokuhashi_original

    found = 0
    for seed in range(60):
        variant = draw(BY_ID["tpl-tokuhashi-revised"], seed)
        named = {name: text for text, name in variant.distractors["band"]}
        if "table_1990" in named:
            total = tokuhashi_original(**variant.case.findings["tokuhashi_revised"]).total
            band = INSTRUMENTS["tokuhashi_revised"].band_for(total).range_text
            assert band == named["table_1990"]
            found += 1
    assert found >= 5


# file -> (path in the template, reason regex)
BAD = {
    "bad-kind.yaml": ("variables/age", r"exactly one kind: int, float, .* \(line 8, column 8\)$"),
    "bad-steps.yaml": ("variables/lesion/steps", r"'sins.texture' is not instrument.argument"),
    "bad-placeholder.yaml": (
        "vignette",
        r"\{lesoin\} names no variable .* \(line 16, column 11\)$",
    ),
    "bad-constraint.yaml": (
        "constraints/0/then/ache",
        r"not a variable of this template \(line 13",
    ),
    "bad-distractor.yaml": (
        "questions/0/choices/distractors/0",
        r"'table_1990' is not an error of 'sins'; allowed: miscount_item, miscount_two_items",
    ),
    "bad-impossible.yaml": ("constraints", r"no variant meets them in 500 draws \(line 13"),
    "bad-say.yaml": ("variables/pain/say", r"no words for occasional \(line 10, column 33\)$"),
    "bad-duplicate-key.yaml": ("variables/lesion", r"^duplicate key 'lesion' \(line 12, column 3"),
    "bad-brace.yaml": ("vignette", r"a brace is left that is not a placeholder \(line 16"),
}


@pytest.mark.parametrize("name", sorted(BAD))
def test_a_bad_template_is_refused_with_file_path_line_and_reason(name):
    """Each bad fixture gives one problem naming its file, path, line and reason."""
    with pytest.raises(CaseFormatError) as caught:
        load_template(FIXTURES / name)
    assert str(FIXTURES / name) == caught.value.source
    [(where, reason)] = caught.value.problems
    assert BAD[name][0] == where
    assert re.search(BAD[name][1], reason), reason


def test_the_good_fixture_loads_and_its_variants_validate():
    """The fixture every bad one is made from is itself valid."""
    assert (200, []) == validate_template(load_template(FIXTURES / "tpl-good.yaml"))


def test_the_template_schema_file_is_generated_and_accepts_every_template():
    """cases/schema/template.schema.json equals the generated schema and accepts the bank's
    templates; it refuses the bad fixture with an unknown variable kind."""
    path = ROOT / "cases" / "schema" / "template.schema.json"
    assert template_schema_text() == path.read_text()
    schema = json.loads(path.read_text())
    for template in TEMPLATES:
        jsonschema.validate(yaml.safe_load(Path(template.source).read_text()), schema)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(yaml.safe_load((FIXTURES / "bad-kind.yaml").read_text()), schema)


def test_the_validator_reports_cases_templates_and_sampled_variants():
    """``validate`` prints the hand-written cases, then the templates and sampled variants."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.run(
        [sys.executable, "-m", "spinemet_core.cases", "validate", str(ROOT / "cases")],
        env=env,
        capture_output=True,
        text=True,
    )
    assert 0 == proc.returncode, proc.stdout
    n = len(TEMPLATES)
    line = f"OK: {n} templates and {n * 200} sampled variants (200 seeds each) are valid"
    assert line in proc.stdout
    bad = subprocess.run(
        [sys.executable, "-m", "spinemet_core.cases", "validate", str(FIXTURES / "bad-say.yaml")],
        env=env,
        capture_output=True,
        text=True,
    )
    assert 1 == bad.returncode
    assert "bad-say.yaml: variables/pain/say: no words for occasional" in bad.stdout


def test_the_worked_example_of_the_authoring_guide_is_a_valid_template(tmp_path):
    """The guide's example loads from a templates folder, validates, and one of its variants
    reads as the guide says, with the distractor the guide quotes."""
    text = (ROOT / "cases" / "README.md").read_text()
    example = re.search(r"### A worked example\n.*?```yaml\n(.*?)```", text, re.S).group(1)
    folder = tmp_path / "noms_framework" / "templates"
    folder.mkdir(parents=True)
    (folder / "tpl-sins-band.yaml").write_text(example)
    template = load_template(folder / "tpl-sins-band.yaml")
    assert (200, []) == validate_template(template)
    wanted = {"level": "L1", "pain": "occasional", "lesion": "blastic", "alignment": "normal"}
    seed = next(
        s
        for s in range(3000)
        if all(str(draw(template, s).values[k]) == v for k, v in wanted.items())
    )
    question = draw(template, seed).case.questions[0]
    assert {"0-6", "7-12"} == {c.text for c in question.choices}
    wrong = next(c for c in question.choices if not c.correct)
    assert (
        "One item scored in the wrong category: alignment read as subluxation instead of normal."
        == wrong.feedback
    )


def _options(instrument, field):
    """Every value an instrument's field can take: its bands, or every NOMS outcome."""
    import itertools

    from spinemet_core import noms, rcc, scores
    from spinemet_core.cases.answers import shown
    from spinemet_core.escc import EsccGrade

    records = {**scores.INSTRUMENTS, **rcc.RISK_MODELS}
    if instrument in records:
        bands = records[instrument].bands
        return {"band": {b.range_text for b in bands}, "label": {b.label for b in bands}}.get(field)
    if instrument != "noms":
        return None
    totals = {t for band in noms.SINS_BANDS.values() for t in (band.low, band.high)}
    names = ("escc_grade", "radiosensitivity", "sins_total", "fit_for_surgery")
    grid = itertools.product(EsccGrade, noms.RADIOSENSITIVITIES, totals, (True, False))
    inputs = ({**dict(zip(names, g, strict=True)), "myelopathy": False} for g in grid)
    return {shown(compute("noms", field, i)) for i in inputs}


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda t: t.id)
def test_generated_choices_are_bands_or_plan_options(template):
    """Every choice of a generated band, label or NOMS question is one of the instrument's
    bands or one of the plans the framework can give."""
    for seed in range(25):
        variant = draw(template, seed)
        for question in variant.case.questions:
            if question.id not in variant.distractors or question.key is None:
                continue
            options = _options(question.key.instrument, question.key.field)
            if options is not None:
                assert {c.text for c in question.choices} <= options, question.id


JUNK = (None, 0, -1, 1.5, True, "", "{", "x" * 300, [], [1, "a"], {}, {"int": "no"})
REMOVED = object()


def _mutations(base):
    """Copies of a template document with one key removed or replaced by junk: every top-level
    key, the first variable, and the first question's choices and key."""
    import copy

    def at(data, where):
        return {"": data, "variable": data["variables"], "question": data["questions"][0]}[where]

    places = [("", key) for key in base]
    places += [("variable", next(iter(base["variables"]))), ("question", "choices")]
    places += [("question", "key")]
    for where, key in places:
        for junk in (*JUNK, REMOVED):
            data = copy.deepcopy(base)
            if junk is REMOVED:
                at(data, where).pop(key, None)
            else:
                at(data, where)[key] = junk
            yield data


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda t: t.id)
def test_a_broken_template_gives_problems_never_a_traceback(template):
    """Removing any key or putting junk under it gives either a valid template or a
    CaseFormatError with reasons, never another exception."""
    from spinemet_core.cases.templates import parse_template_data

    base = yaml.safe_load(Path(template.source).read_text())
    for data in _mutations(base):
        problems = ["parsed"]
        try:
            parse_template_data(data, "junk.yaml")
        except CaseFormatError as exc:
            problems = exc.problems
        assert problems
