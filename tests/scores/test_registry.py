"""Tests for the instrument registry (scores/_registry.py, _table.py, _domain.py)."""

import inspect
import itertools
import math

import pytest

from spinemet_core import scores
from spinemet_core.errors import InvalidInputError
from spinemet_core.references import REFERENCES
from spinemet_core.results import Band
from spinemet_core.scores import INSTRUMENTS, Instrument
from spinemet_core.scores._domain import KPS, Choice, Flag, Integer, Number
from spinemet_core.scores._registry import KINDS
from spinemet_core.scores._table import Item, Option

from ..instruments import argument_values, every_input, table_lookup

RECORDS = list(INSTRUMENTS.values())


def _ids(record):
    return record.name


def test_registry_holds_exactly_the_design_names_in_display_order():
    """The score names of DESIGN §3 (six, plus NESMS of §6), each once."""
    expected = [
        "tokuhashi_revised",
        "tokuhashi_original",
        "tomita",
        "katagiri_new",
        "bauer_modified",
        "nesms",
        "sins",
    ]
    assert expected == list(INSTRUMENTS)


def test_registry_is_read_only():
    """Nobody can add or replace an instrument at run time."""
    with pytest.raises(TypeError):
        INSTRUMENTS["nesms"] = INSTRUMENTS["sins"]  # type: ignore[index]


@pytest.mark.parametrize("record", RECORDS, ids=_ids)
def test_record_points_to_the_public_function_of_the_same_name(record):
    """``INSTRUMENTS[name].function`` is ``spinemet_core.scores.<name>``."""
    assert getattr(scores, record.name) is record.function


@pytest.mark.parametrize("record", RECORDS, ids=_ids)
def test_record_arguments_are_the_function_keyword_arguments(record):
    """The items read exactly the keyword-only arguments of the function, in order."""
    parameters = inspect.signature(record.function).parameters.values()
    assert all(p.kind is p.KEYWORD_ONLY for p in parameters)
    assert [p.name for p in parameters] == list(record.arguments)


@pytest.mark.parametrize("record", RECORDS, ids=_ids)
def test_record_kind_citekey_and_title_are_known(record):
    """Kind is one of KINDS, the citekey resolves and the title is set."""
    assert record.kind in KINDS
    assert record.citekey in REFERENCES
    assert record.title


@pytest.mark.parametrize("record", RECORDS, ids=_ids)
def test_calling_through_the_registry_equals_calling_the_function(record):
    """Over every input combination, the record's function gives the direct call's result,
    whose points are the record's own table lookup and whose band is the record's band."""
    direct = getattr(scores, record.name)
    count = 0
    for inputs in every_input(record):
        expected = direct(**inputs)
        actual = record.function(**inputs)
        assert expected == actual
        assert table_lookup(record, inputs) == dict(actual.points)
        assert record.band_for(actual.total) == actual.band
        assert (record.name, record.citekey) == (actual.instrument, actual.reference)
        count += 1
    sizes = [len(v) for v in argument_values(record).values()]
    assert count == math.prod(sizes)


@pytest.mark.parametrize("record", RECORDS, ids=_ids)
def test_every_option_of_every_item_is_reached(record):
    """Each allowed value matches exactly one option, and every option is matched."""
    for item in record.items:
        reached = []
        for value in argument_values(record)[item.argument]:
            matching = [o for o in item.options if o.matches(value)]
            assert 1 == len(matching), (item.name, value)
            reached.append(matching[0])
        assert set(item.options) == set(reached), item.name


@pytest.mark.parametrize("record", RECORDS, ids=_ids)
def test_total_range_is_reached_at_both_ends(record):
    """The lowest and highest totals of the table are both attainable."""
    totals = {sum(table_lookup(record, inputs).values()) for inputs in every_input(record)}
    assert record.total_range == (min(totals), max(totals))
    assert record.max_points == max(totals)


@pytest.mark.parametrize("record", RECORDS, ids=_ids)
def test_bands_tile_the_total_range_without_gaps_or_overlaps(record):
    """Bands start at the lowest total, end at the highest and follow each other by one."""
    bands = record.bands
    assert record.total_range == (bands[0].low, bands[-1].high)
    assert all(a.high + 1 == b.low for a, b in itertools.pairwise(bands))


@pytest.mark.parametrize("record", RECORDS, ids=_ids)
def test_every_band_has_a_unique_key_that_finds_it(record):
    """Keys are set, unique within an instrument, and ``band(key)`` returns that band."""
    keys = [b.key for b in record.bands]
    assert all(keys)
    assert len(keys) == len(set(keys))
    assert record.bands == tuple(record.band(k) for k in keys)


def _outside(domain):
    if isinstance(domain, Choice):
        return "not-a-value"
    if isinstance(domain, Flag):
        return None
    if isinstance(domain, Integer):
        return domain.minimum - 1
    return domain.maximum + 1


@pytest.mark.parametrize("record", RECORDS, ids=_ids)
def test_invalid_arguments_raise_the_domain_message(record):
    """A value outside an argument's domain raises the message the domain gives for it."""
    valid = next(every_input(record))
    for name, domain in record.arguments.items():
        bad = _outside(domain)
        with pytest.raises(InvalidInputError) as expected:
            domain.validate(name, bad)
        with pytest.raises(InvalidInputError, match=f"^{name}: got ") as actual:
            record.function(**{**valid, name: bad})
        assert str(expected.value) == str(actual.value)


def test_sins_band_keys_name_the_published_categories():
    """SINS bands are found by key: stable 0-6, indeterminate 7-12, unstable 13-18."""
    sins = INSTRUMENTS["sins"]
    assert ["0-6", "7-12", "13-18"] == [
        sins.band(k).range_text for k in ("stable", "indeterminate", "unstable")
    ]


def test_unknown_band_key_names_the_known_keys():
    """``band()`` with an unknown key raises, listing the instrument's keys."""
    with pytest.raises(InvalidInputError, match="^key: got 'x'; allowed: stable, indeterminate"):
        INSTRUMENTS["sins"].band("x")


def test_kind_outside_the_known_kinds_is_refused():
    """A record must say what it predicts with one of KINDS."""
    with pytest.raises(InvalidInputError, match="^kind: got 'fun'"):
        Instrument("x", "X", len, (), (Band(0, 0, "zero", key="zero"),), "fisher2010", "fun")


def test_band_key_must_be_a_lower_case_identifier():
    """Keys are identifiers code can name, never range text."""
    with pytest.raises(InvalidInputError, match="^key: got '0-6'"):
        Band(0, 6, "Stable", key="0-6")


def test_band_without_key_is_an_ad_hoc_range():
    """A range that is not a published band (e.g. SINS 7-18 in a diagram) needs no key."""
    assert ("7-18", "") == (Band(7, 18, "").range_text, Band(7, 18, "").key)


def test_two_items_reading_one_argument_must_agree_on_its_domain():
    """An argument read by two items with different allowed values is refused."""
    flag = Item("a", "A", (Option("no", 0, members=(False,)), Option("yes", 1, members=(True,))))
    count = Item("b", "B", (Option("0", 0, lo=0, hi=0), Option("1+", 1, lo=1)), argument="a")
    with pytest.raises(InvalidInputError, match="^a: got Integer"):
        Instrument("x", "X", len, (flag, count), (Band(0, 2, "all", key="all"),), "k", "survival")


def test_item_domain_is_derived_from_its_options():
    """Members give a choice (a flag for booleans); lo/hi ranges give a count."""
    choice = Item("g", "G", (Option("s", 0, members=("slow",)), Option("r", 1, members=("rapid",))))
    flag = Item("f", "F", (Option("n", 0, members=(False,)), Option("y", 1, members=(True,))))
    count = Item("c", "C", (Option("3+", 0, lo=3), Option("1-2", 1, lo=1, hi=2)))
    bounded = Item("e", "E", (Option("0-2", 0, lo=0, hi=2), Option("3-4", 1, lo=3, hi=4)))
    assert Choice(("slow", "rapid")) == choice.domain
    assert Flag() == flag.domain
    assert Integer(minimum=1) == count.domain
    assert Integer(minimum=0, maximum=4) == bounded.domain
    assert "g" == choice.argument


def test_item_with_a_threshold_option_needs_an_explicit_domain():
    """An exclusive bound cannot say which values are allowed, so the domain must be given."""
    with pytest.raises(InvalidInputError, match="^domain: got None"):
        Item("k", "K", (Option("low", 1, below=80), Option("high", 0, lo=80)))


def test_representative_values_of_each_domain_kind():
    """Finite domains list every value; open counts stop at their last edge; numbers give edges."""
    kps = Item("k", "K", (Option("<80", 1, below=80), Option(">=80", 0, lo=80)), domain=KPS)
    foci = Item("f", "F", (Option("3+", 0, lo=3), Option("0-2", 1, lo=0, hi=2)))
    calcium = Item(
        "c", "C", (Option("<=10", 0, hi=10), Option(">10", 1, above=10)), domain=Number(2, 25)
    )
    assert tuple(range(10, 101, 10)) == kps.representative_values()
    assert (0, 1, 2, 3) == foci.representative_values()
    assert (2, 10, 25) == calcium.representative_values()


def test_open_count_has_no_list_of_values():
    """Listing an unbounded range is refused rather than truncated silently."""
    with pytest.raises(InvalidInputError, match="^maximum: got None"):
        Integer(minimum=0).values  # noqa: B018


def test_max_points_is_the_sum_of_each_items_best_points():
    """Revised Tokuhashi tops out at 15, original at 12, Katagiri-new at 10."""
    names = ("tokuhashi_revised", "tokuhashi_original", "katagiri_new")
    assert (15, 12, 10) == tuple(INSTRUMENTS[n].max_points for n in names)


def test_best_total_holds_named_items_at_their_points():
    """Holding the revised Tokuhashi primary item at 3 leaves 10 points for the other five."""
    assert 13 == INSTRUMENTS["tokuhashi_revised"].best_total(primary=3)


def test_a_ceiling_caps_the_total_and_keeps_the_points_summing_to_it():
    """Two 1-point flags under a ceiling of 1: both present score 1, the cap shown as -1."""
    flags = (Option("no", 0, members=(False,)), Option("yes", 1, members=(True,)))
    record = Instrument(
        "x",
        "X",
        len,
        (Item("a", "A", flags), Item("b", "B", flags)),
        (Band(0, 0, "none", key="none"), Band(1, 1, "some", key="some")),
        "ghori2015",
        "composite",
        ceiling=1,
    )
    assert (0, 1) == record.total_range
    assert 1 == record.best_total()
    capped = record.score(a=True, b=True)
    assert (1, {"a": 1, "b": 1, "ceiling": -1}) == (capped.total, dict(capped.points))
    assert {"a": 1, "b": 0, "ceiling": 0} == dict(record.score(a=True, b=False).points)
