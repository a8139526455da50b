"""The benchmark's targets (issues #8, #17 and #20) and their verdicts from one run's summary.

Every target is a ratio against a baseline measured in the same run, or an absolute time
the issue fixed for what a person waits (the static edition's first paint, for example).
A verdict is ``None`` when the run did not measure it.
"""

from __future__ import annotations

import math

MB = 1e6
BASELINE = "baseline.ipynb"

TARGETS = {
    "cold": "dashboard cold time to interactive ≤ 1.5 × baseline",
    "warm": "warm time to interactive ≤ 1.1 × baseline",
    "ws": "≤ 2 MB over the websocket per page",
    "rss": "kernel RSS ≤ 1.2 × baseline",
    "import": "import of one app ≤ 0.6 s and ≤ 1.2 × `import ipywidgets`",
    "rt": "round trip p95 ≤ 100 ms",
    "burst": "burst: 100 % served, server share p95 ≤ 1 s, no student kernel 10 min after the "
    "last page closed",
    "static_content": "static edition, first visit: content visible ≤ 3 s",
    "static_cold": "static edition, first visit: interactive ≤ 12 s",
    "static_warm": "static edition, next page or reload: interactive ≤ 5 s",
    "hang": "0 hangs in 100 consecutive loads of every dashboard",
    "poll": "live poll, on SQLite and on PostgreSQL: 200 students answer within 30 s, every "
    "answer stored exactly once, final count shown ≤ 1 s after the last answer, submit to "
    "presenter p95 ≤ 1 s, < 5 MB of server memory per student",
}
POLL_STUDENTS, POLL_SECONDS = 200, 30.0


def _poll_met(run: dict) -> bool:
    """One database's poll run against the #20 target (times in ms)."""
    return (
        run["students"] >= POLL_STUDENTS
        and run["seconds"] <= POLL_SECONDS
        and run["acknowledged"] == run["students"]
        and run["exactly_once"]
        and not run["errors"]
        and run["final_count_after_ms"] is not None
        and run["final_count_after_ms"] <= 1000
        and run["submit_to_presenter_p95_ms"] is not None
        and run["submit_to_presenter_p95_ms"] <= 1000
        and run["kb_per_student"] < 5 * 1024
    )


def _all(values, test) -> bool | None:
    values = list(values)
    if not values or any(v is None for v in values):
        return None
    return all(test(v) for v in values)


def _p50(runs: list[dict], key: str) -> float | None:
    """Median of the loads' times; infinite when a load never got there (it fails)."""
    values = sorted(r[key] for r in runs if r[key] is not None)
    if not runs:
        return None
    if len(values) < len(runs):
        return math.inf
    return values[len(values) // 2]


def verdicts(summary: dict, results: dict) -> dict:
    """Target key → True (met), False (not met) or None (not measured)."""
    pages = {n: p for n, p in summary["pages"].items() if n != BASELINE}
    base = summary["pages"].get(BASELINE, {})
    t: dict = {}
    t["cold"] = _all((p["cold_ratio"] for p in pages.values()), lambda v: v <= 1.5)
    if base.get("warm_p50"):
        limit = 1.1 * base["warm_p50"]
        t["warm"] = _all((p["warm_p50"] for p in pages.values()), lambda v: v <= limit)
    t["ws"] = _all((p["ws"] for p in pages.values()), lambda v: v <= 2 * MB)
    t["rss"] = _all((p["rss_ratio"] for p in pages.values()), lambda v: v <= 1.2)
    t["rt"] = _all((p["rt_p95"] for p in pages.values()), lambda v: v <= 0.1)
    if any(p["rt_failed"] for p in pages.values()):
        t["rt"] = False
    imports = results.get("imports")
    if imports:
        t["import"] = all(
            r["seconds"] <= 0.6 and r["ratio"] <= 1.2 for r in imports["apps"].values()
        )
    burst = summary.get("burst")
    if burst:
        t["burst"] = (
            burst["served"] == burst["count"]
            and burst["p95"] is not None
            and burst["p95"] <= 1.0
            and burst.get("student_kernels_alive") == 0
            and burst.get("linger_s", 0) >= 600
        )
    static = results.get("static")
    if static:
        cold, warm = static.get("cold", {}), static.get("warm", {})
        t["static_content"] = _all((_p50(r, "content") for r in cold.values()), lambda v: v <= 3)
        t["static_cold"] = _all((_p50(r, "interactive") for r in cold.values()), lambda v: v <= 12)
        t["static_warm"] = _all((_p50(r, "interactive") for r in warm.values()), lambda v: v <= 5)
    poll = results.get("poll")
    if poll:
        t["poll"] = {"sqlite", "postgresql"} <= set(poll) and all(map(_poll_met, poll.values()))
    hang = results.get("hang")
    if hang:
        t["hang"] = all(h["hangs"] == 0 and h["loads"] >= 100 for h in hang.values())
    return t
