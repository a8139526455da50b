"""Targets of issue #17 that are not ratios of page loads: imports and the static edition."""

from benchmarks.targets import TARGETS, verdicts


def _static(content, interactive, warm):
    run = {"content": content, "interactive": interactive, "http_bytes": 0, "errors": []}
    warm_run = {**run, "interactive": warm}
    return {"cold": {"01.ipynb": [run] * 3}, "warm": {"01.ipynb": [warm_run] * 3}}


def _verdicts(results):
    return verdicts({"pages": {}}, results)


def test_static_edition_targets_hold_at_their_limits_and_fail_just_over():
    """3 s to content, 12 s to interactive on a first visit, 5 s on the next page."""
    met = _verdicts({"static": _static(3.0, 12.0, 5.0)})
    assert (True, True, True) == (met["static_content"], met["static_cold"], met["static_warm"])
    over = _verdicts({"static": _static(3.1, 12.1, 5.1)})
    assert (False, False, False) == (
        over["static_content"],
        over["static_cold"],
        over["static_warm"],
    )


def test_a_static_load_that_never_became_interactive_fails_its_target():
    """A load with no time (it never got there) is not left out of the median."""
    results = {"static": _static(1.0, 4.0, 2.0)}
    results["static"]["warm"]["01.ipynb"] = [
        {"content": 1.0, "interactive": None, "http_bytes": 0, "errors": ["not interactive"]}
    ] * 3
    assert _verdicts(results)["static_warm"] is False


def test_import_target_needs_both_the_time_and_the_ratio():
    """0.6 s and 1.2 × `import ipywidgets`: one of them over fails it."""

    def imports(seconds, ratio):
        return {"imports": {"apps": {"01.ipynb": {"seconds": seconds, "ratio": ratio}}}}

    assert _verdicts(imports(0.6, 1.2))["import"] is True
    assert _verdicts(imports(0.61, 1.0))["import"] is False
    assert _verdicts(imports(0.2, 1.21))["import"] is False


def test_unmeasured_targets_have_no_verdict():
    """A run without a phase says nothing about its targets."""
    assert set(TARGETS) >= set(_verdicts({}))
    assert _verdicts({}).get("static_content") is None


def _poll(**changes):
    run = {
        "students": 200,
        "seconds": 30.0,
        "acknowledged": 200,
        "exactly_once": True,
        "errors": [],
        "final_count_after_ms": 1000.0,
        "submit_to_presenter_p95_ms": 1000.0,
        "kb_per_student": 5 * 1024 - 0.1,
    }
    return {"poll": {"sqlite": run, "postgresql": {**run, **changes}}}


def test_poll_target_holds_at_its_limits_on_both_databases():
    """200 students in 30 s, 1 s to the final count and p95, just under 5 MB each: met."""
    assert _verdicts(_poll())["poll"] is True


def test_poll_target_fails_on_one_figure_of_one_database():
    """One database over one limit, or a lost answer, or a single database, fails it."""
    over = [
        {"final_count_after_ms": 1000.1},
        {"submit_to_presenter_p95_ms": 1000.1},
        {"kb_per_student": 5 * 1024},
        {"exactly_once": False},
        {"acknowledged": 199},
        {"students": 199},
        {"seconds": 30.1},
        {"errors": ["student 3: 429"]},
    ]
    assert [False] * len(over) == [_verdicts(_poll(**c))["poll"] for c in over]
    only_sqlite = {"poll": {"sqlite": _poll()["poll"]["sqlite"]}}
    assert _verdicts(only_sqlite)["poll"] is False
