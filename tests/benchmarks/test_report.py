"""The benchmark report: percentiles, ratios to the baseline and target verdicts."""

from benchmarks.report import pct, render, summarise


def _load(tti, ws=1_000_000, rss=60_000_000, rts=()):
    return {
        "tti": tti,
        "http_bytes": 5_000_000,
        "ws_bytes": ws,
        "kernel_rss": rss,
        "round_trips": list(rts),
        "errors": [],
        "kernel_id": "k",
    }


def _results(dash_tti=3.0, warm=0.55, ws=1_500_000, rss=72_000_000, rt=0.05):
    return {
        "machine": {
            "date": "2026-11-27",
            "platform": "Linux",
            "cpus": 2,
            "memory_gb": 24,
            "python": "3.11.7",
            "chromium": "Chromium 156",
            "versions": {"voila": "0.5.13"},
        },
        "settings": {"burst_pool": 40},
        "cold": {
            "baseline.ipynb": [_load(2.0, rss=60_000_000, rts=[0.02] * 20)] * 10,
            "01_prognostic_scores.ipynb": [_load(dash_tti, ws=ws, rss=rss, rts=[rt] * 20)] * 10,
        },
        "warm": {
            "baseline.ipynb": [_load(0.5)] * 10,
            "01_prognostic_scores.ipynb": [_load(warm)] * 10,
        },
    }


def test_nearest_rank_percentile():
    """Percentiles are nearest-rank; an empty list has none."""
    values = [float(v) for v in range(1, 21)]
    assert 19.0 == pct(values, 95)
    assert 10.0 == pct(values, 50)
    assert 20.0 == pct(values, 100)
    assert pct([], 95) is None


def test_ratios_to_the_baseline_and_targets_met():
    """Each page is compared to the baseline and every target is met at the limits."""
    s = summarise(_results())
    page = s["pages"]["01_prognostic_scores.ipynb"]
    assert 1.5 == page["cold_ratio"]
    assert 72 / 60 == page["rss_ratio"]
    assert {"cold": True, "warm": True, "ws": True, "rss": True, "rt": True} == s["targets"]


def test_each_target_fails_when_its_number_is_over_the_limit():
    """A number just over its limit fails that target."""
    s = summarise(_results(dash_tti=3.2, warm=0.56, ws=2_100_000, rss=72_100_000, rt=0.2))
    assert {"cold": False, "warm": False, "ws": False, "rss": False, "rt": False} == s["targets"]


def test_burst_needs_every_load_served_and_no_student_kernel_left():
    """One unserved load, a server share over 1 s at p95, or one student kernel left alive
    fails the burst target."""
    results = _results()
    loads = [_load(1.0)] * 39 + [_load(None)]
    results["burst"] = {
        "notebook": "01_prognostic_scores.ipynb",
        "count": 40,
        "seconds": 60,
        "hold": 10,
        "loads": loads,
        "peak_bytes": {"server": 1, "kernels": 1, "total": 2},
        "idle_bytes": {"server": 1, "kernels": 1},
        "student_kernels_alive": 0,
        "kernels_alive": 40,
        "linger_s": 600,
    }
    assert summarise(results)["targets"]["burst"] is False
    results["burst"]["loads"] = [_load(1.0)] * 40
    assert summarise(results)["targets"]["burst"] is True
    results["burst"]["loads"] = [_load(1.0)] * 37 + [_load(1.1)] * 3
    assert summarise(results)["targets"]["burst"] is False
    results["burst"]["loads"] = [_load(1.0)] * 40
    results["burst"]["student_kernels_alive"] = 1
    assert summarise(results)["targets"]["burst"] is False


def test_report_lists_every_target_and_page():
    """The Markdown report has a row per target and per page."""
    text = render(_results())
    assert "| round trip p95 ≤ 100 ms | **met** |" in text
    assert "| 01_prognostic_scores.ipynb | 3.00 / 3.00 (10) | 1.50 |" in text


def test_merged_runs_take_each_phase_from_the_run_that_measured_it(tmp_path):
    """Merging runs keeps each phase from the run that measured it."""
    import json

    from benchmarks.report import merge

    first = _results(dash_tti=3.0)
    second = {**_results(dash_tti=9.0), "cold": {}, "warm": {}}
    second.pop("cold")
    second.pop("warm")
    second["machine"] = {**second["machine"], "date": "2026-11-28"}
    second["burst"] = {"notebook": "01_prognostic_scores.ipynb"}
    (tmp_path / "a.json").write_text(json.dumps(first))
    (tmp_path / "b.json").write_text(json.dumps(second))
    merged = merge([tmp_path / "a.json", tmp_path / "b.json"])
    assert first["cold"] == merged["cold"]
    assert {"notebook": "01_prognostic_scores.ipynb"} == merged["burst"]
    assert [["cold", "warm"], ["burst"]] == [r["phases"] for r in merged["runs"]]


def test_burst_p95_is_the_servers_share_and_browsers_are_reported_beside_it():
    """The burst p95 is the protocol students' one; browsers are reported beside it."""
    results = _results()
    protocol = [{**_load(0.5 + i / 100, rts=[0.04, 0.06]), "client": "protocol"} for i in range(35)]
    browsers = [{**_load(30.0), "client": "browser"} for _ in range(5)]
    results["burst"] = {
        "notebook": "02_noms_framework.ipynb",
        "count": 40,
        "assets": 100,
        "seconds": 60,
        "hold": 10,
        "loads": browsers[:1] + protocol + browsers[1:],
        "peak_bytes": {"server": 1, "kernels": 1, "total": 2},
        "idle_bytes": {"server": 1, "kernels": 1},
        "student_kernels_alive": 0,
        "kernels_alive": 40,
        "linger_s": 605,
    }
    s = summarise(results)
    burst = s["burst"]
    # Nearest rank: the 34th of 35 values, 0.50 to 0.84 s.
    assert (35, 35, 0.67, 0.83) == (
        burst["protocol"]["n"],
        burst["protocol"]["served"],
        round(burst["protocol"]["p50"], 2),
        round(burst["protocol"]["p95"], 2),
    )
    assert (5, 30.0) == (burst["browser"]["n"], burst["browser"]["p95"])
    assert (70, 0, 0.06) == (
        burst["protocol"]["rt_n"],
        burst["protocol"]["rt_failed"],
        burst["protocol"]["rt_p95"],
    )
    assert 0.83 == round(burst["p95"], 2) and s["targets"]["burst"] is True
    text = render(results)
    assert "Served (interactive within 90 s): 40 / 40" in text
    assert "protocol-level students: p50 0.67 s, p95 0.83 s (35 / 35)" in text
    assert "Chromium on the server's cores: p50 30.00 s, p95 30.00 s (5 / 5)" in text
    # A browser that never became interactive still fails the target.
    results["burst"]["loads"][0] = {**_load(None), "client": "browser"}
    assert summarise(results)["targets"]["burst"] is False
