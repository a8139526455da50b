"""Turn the harness's results.json into benchmarks/RESULTS.md (tables, ratios, targets)."""

from __future__ import annotations

import json
import statistics
import sys
from pathlib import Path

from .hub_report import hub_section
from .imports import imports_section
from .poll_phase import poll_section
from .static import static_section
from .targets import MB, TARGETS, verdicts

PHASES = ("imports", "cold", "warm", "static", "burst", "hang", "hub", "poll")


def pct(values: list[float], q: float) -> float | None:
    """Nearest-rank percentile (q in 0..100) of the values, None when empty."""
    if not values:
        return None
    ordered = sorted(values)
    rank = max(1, -(-len(ordered) * q // 100))
    return ordered[int(rank) - 1]


def _f(value, digits=2, unit="") -> str:
    return "–" if value is None else f"{value:.{digits}f}{unit}"


def _ms(seconds: float | None) -> float | None:
    return None if seconds is None else seconds * 1000


def _ok(flag: bool | None) -> str:
    return "–" if flag is None else ("**met**" if flag else "**not met**")


def summarise(results: dict) -> dict:
    """Per-notebook numbers and target verdicts."""
    out: dict = {"pages": {}, "targets": {}}
    cold = results.get("cold", {})
    warm = results.get("warm", {})
    base = "baseline.ipynb"
    for name in [*cold] or [*warm]:
        runs = cold.get(name, [])
        tti = [r["tti"] for r in runs if r["tti"] is not None]
        all_rts = [t for r in runs for t in r.get("round_trips", [])]
        rts = [t for t in all_rts if t is not None]
        wruns = warm.get(name, [])
        wtti = [r["tti"] for r in wruns if r["tti"] is not None]
        out["pages"][name] = {
            "cold_n": len(runs),
            "cold_p50": statistics.median(tti) if tti else None,
            "cold_p95": pct(tti, 95),
            "warm_n": len(wruns),
            "warm_p50": statistics.median(wtti) if wtti else None,
            "warm_p95": pct(wtti, 95),
            "http": statistics.median([r["http_bytes"] for r in runs]) if runs else None,
            "ws": statistics.median([r["ws_bytes"] for r in runs]) if runs else None,
            "warm_http": statistics.median([r["http_bytes"] for r in wruns]) if wruns else None,
            "warm_ws": statistics.median([r["ws_bytes"] for r in wruns]) if wruns else None,
            "rss": statistics.median([r["kernel_rss"] for r in runs if r["kernel_rss"]])
            if any(r["kernel_rss"] for r in runs)
            else None,
            "rt_n": len(rts),
            "rt_failed": len(all_rts) - len(rts),
            "rt_p50": statistics.median(rts) if rts else None,
            "rt_p95": pct(rts, 95),
        }
    pages = out["pages"]
    b = pages.get(base, {})
    for p in pages.values():
        p["cold_ratio"] = (
            p["cold_p50"] / b["cold_p50"] if p["cold_p50"] and b.get("cold_p50") else None
        )
        p["rss_ratio"] = p["rss"] / b["rss"] if p["rss"] and b.get("rss") else None
    burst = results.get("burst")
    if burst:
        loads = burst["loads"]
        burst["served"] = sum(ld["tti"] is not None for ld in loads)
        for client in ("protocol", "browser"):
            ttis = [
                ld["tti"]
                for ld in loads
                if ld["tti"] is not None and ld.get("client", "browser") == client
            ]
            rts = [
                t for ld in loads if ld.get("client") == client for t in ld.get("round_trips", [])
            ]
            burst[client] = {
                "n": sum(ld.get("client", "browser") == client for ld in loads),
                "served": len(ttis),
                "p50": statistics.median(ttis) if ttis else None,
                "p95": pct(ttis, 95),
                "rt_n": len(rts),
                "rt_failed": rts.count(None),
                "rt_p50": statistics.median([r for r in rts if r is not None]) if rts else None,
                "rt_p95": pct([r for r in rts if r is not None], 95),
            }
        # The server's share: time to interactive of the students who do not render on this
        # machine (all of them when the run had no protocol-level students).
        server_side = burst["protocol"] if burst["protocol"]["n"] else burst["browser"]
        burst["p50"], burst["p95"] = server_side["p50"], server_side["p95"]
        out["burst"] = burst
    hang = results.get("hang")
    if hang:
        out["hang"] = hang
    out["targets"] = verdicts(out, results)
    return out


def render(results: dict) -> str:
    s = summarise(results)
    m = results["machine"]
    runs = results.get("runs") or [
        {
            "date": m["date"],
            "phases": [k for k in PHASES if k in results],
        }
    ]
    lines = [
        "# Benchmark results",
        "",
        "Written by `make bench` (`python -m benchmarks.bench`); every number below comes from "
        "one run on the machine described here. The baseline is `benchmarks/baseline.ipynb` "
        "(one slider, one HTML widget), served by the same Voilà in the same run. Browser and "
        "server share the machine's cores, so absolute times include Chromium's own work.",
        "",
        *(f"- Run: {r['date']}, phases {', '.join(r['phases'])}" for r in runs),
        f"- Settings: `{json.dumps(results['settings'], default=str)}`",
        f"- Machine: {m['platform']}, {m['cpus']} cores, {m['memory_gb']} GiB, "
        f"Python {m['python']}, {m['chromium']}",
        "- Versions: " + ", ".join(f"{k} {v}" for k, v in m["versions"].items()),
        "",
        "## Targets",
        "",
        "| target | verdict |",
        "|---|---|",
    ]
    for key, text in TARGETS.items():
        lines.append(f"| {text} | {_ok(s['targets'].get(key))} |")
    lines += [
        "",
        "## Per page",
        "",
        "Cold: checked-in `voila.json`, no pre-heated kernel, fresh browser profile per load. "
        "Warm: the lecture configuration (`deploy/lecture/voila.json`, pre-heated pool) with a "
        "warm browser cache. TTI = time to interactive (s). Bytes are medians per load (MB); HTTP "
        "bytes are as transferred (cache hits count zero). Round trip: input event → dependent "
        "output changed, measured inside the page.",
        "",
        "| page | cold TTI p50 / p95 (n) | × baseline | warm TTI p50 / p95 (n) | HTTP cold / warm "
        "| websocket cold / warm | kernel RSS (MB) | × baseline | round trip p50 / p95 ms (n) |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for name, p in s["pages"].items():
        lines.append(
            f"| {name} | {_f(p['cold_p50'])} / {_f(p['cold_p95'])} ({p['cold_n']}) "
            f"| {_f(p['cold_ratio'])} "
            f"| {_f(p['warm_p50'])} / {_f(p['warm_p95'])} ({p['warm_n']}) "
            f"| {_f(p['http'] and p['http'] / MB)} / {_f(p['warm_http'] and p['warm_http'] / MB)} "
            f"| {_f(p['ws'] and p['ws'] / MB, 3)} / {_f(p['warm_ws'] and p['warm_ws'] / MB, 3)} "
            f"| {_f(p['rss'] and p['rss'] / MB, 0)} | {_f(p['rss_ratio'])} "
            f"| {_f(p['rt_p50'] and p['rt_p50'] * 1000, 0)} / "
            f"{_f(p['rt_p95'] and p['rt_p95'] * 1000, 0)} ({p['rt_n']}"
            f"{', ' + str(p['rt_failed']) + ' failed' if p['rt_failed'] else ''}) |"
        )
    if results.get("imports"):
        lines += ["", *imports_section(results["imports"])]
    if results.get("static"):
        base_tti = s["pages"].get("baseline.ipynb", {}).get("cold_p50")
        fmt = lambda v: f"{_f(statistics.median(v) if v else None)} / {_f(pct(v, 95))} ({len(v)})"  # noqa: E731
        lines += ["", *static_section(results["static"], fmt, base_tti)]
    burst = s.get("burst")
    if burst:
        peak = burst["peak_bytes"]
        errors = sorted({e for ld in burst["loads"] for e in ld["errors"]})
        lines += [
            "",
            "## Lecture burst",
            "",
            f"{burst['count']} page loads of `{burst['notebook']}` spread over "
            f"{burst['seconds']:g} s against one server in the lecture configuration "
            f"(pre-heated pool of {results['settings']['burst_pool']} for that dashboard); each "
            f"page stayed open {burst['hold']:g} s after it became interactive, then closed.",
            "",
            f"Of the {burst['count']} students, {burst['browser']['n']} used Chromium on this "
            f"machine; the other {burst['protocol']['n']} were protocol-level clients "
            "(`benchmarks/student.py`): each fetched the page and the "
            f"{burst.get('assets', '–')} static files a fresh Chromium fetched for it, opened "
            "the kernel's websocket, received every widget's state and changed an input while "
            "the page was open, but did not render — the server's work for a student whose "
            "browser runs on their own laptop.",
            "",
            f"- Served (interactive within 90 s): {burst['served']} / {burst['count']}",
            f"- Time to interactive, protocol-level students: p50 "
            f"{_f(burst['protocol']['p50'])} s, p95 {_f(burst['protocol']['p95'])} s "
            f"({burst['protocol']['served']} / {burst['protocol']['n']})",
            f"- Time to interactive, Chromium on the server's cores: p50 "
            f"{_f(burst['browser']['p50'])} s, p95 {_f(burst['browser']['p95'])} s "
            f"({burst['browser']['served']} / {burst['browser']['n']})",
            f"- Round trip during the burst (protocol-level, input change → dependent output "
            f"updated by the kernel): p50 {_f(_ms(burst['protocol']['rt_p50']), 0)} ms, p95 "
            f"{_f(_ms(burst['protocol']['rt_p95']), 0)} ms ({burst['protocol']['rt_n']} changes, "
            f"{burst['protocol']['rt_failed']} failed)",
            f"- Server start to every pool kernel ready and idle: "
            f"{burst.get('pool_fill_s', '–')} s ({burst.get('pool_kernels_before', '–')} kernels)",
            f"- Memory before the burst (pool filled): server "
            f"{burst['idle_bytes']['server'] / MB:.0f} MB, kernels "
            f"{burst['idle_bytes']['kernels'] / MB:.0f} MB",
            f"- Peak during the burst: server {peak['server'] / MB:.0f} MB, kernels "
            f"{peak['kernels'] / MB:.0f} MB, total {peak['total'] / MB:.0f} MB",
            f"- {burst.get('linger_s', 0)} s after the last page closed: "
            f"{burst.get('student_kernels_alive')} of the students' "
            f"{burst.get('student_kernels', '')} kernels alive; "
            f"{burst.get('kernels_alive')} kernels in total (the refilled pre-heated pool, "
            "kept on purpose)",
            f"- Server log: {burst.get('iopub_timeouts', '–')} cells whose outputs Voilà stopped "
            f'waiting for ("Timeout waiting for IOPub output"), '
            f"{burst.get('port_clashes', '–')} kernels that could not bind a port",
            f"- Errors: {errors or 'none'}",
        ]
    hang = s.get("hang")
    if hang:
        lines += [
            "",
            "## Consecutive loads (hangs)",
            "",
            "Fresh browser context per load, checked-in configuration, two dashboards at a "
            "time. A hang is a load not interactive within 90 s.",
            "",
            "| page | loads | hangs | other errors | TTI p50 / p95 (s) |",
            "|---|---|---|---|---|",
        ]
        for name, h in hang.items():
            lines.append(
                f"| {name} | {h['loads']} | {h['hangs']} | {len(h['errors']) - h['hangs']} "
                f"| {_f(statistics.median(h['tti']) if h['tti'] else None)} / "
                f"{_f(pct(h['tti'], 95))} |"
            )
    if "hub" in results:
        lines += ["", *hub_section(results["hub"])]
    if "poll" in results:
        lines += ["", *poll_section(results["poll"])]
    return "\n".join(lines) + "\n"


def write_report(results: dict, path: Path) -> None:
    path.write_text(render(results))


def merge(paths: list[Path]) -> dict:
    """Results of several runs: phases of later files replace those of earlier ones."""
    merged: dict = {}
    for path in paths:
        data = json.loads(path.read_text())
        runs = merged.setdefault("runs", [])
        runs.append(
            {
                "file": path.name,
                "date": data["machine"]["date"],
                "phases": [k for k in PHASES if k in data],
            }
        )
        settings = {**merged.get("settings", {}), **data["settings"]}
        merged.update({k: v for k, v in data.items() if k != "runs"})
        merged["settings"] = settings
    return merged


if __name__ == "__main__":
    # python -m benchmarks.report RESULTS.md run1/results.json [run2/results.json ...]
    out, *inputs = sys.argv[1:]
    write_report(merge([Path(p) for p in inputs]), Path(out))
