"""The hub phase's RESULTS.md section (``benchmarks/hub_phase.py``): the figures, and how many
students one machine like the benchmark's holds and starts per minute."""

from __future__ import annotations

__all__ = ["CORES", "MACHINE_GB", "hub_section"]

#: The machine the capacity estimate is for (the benchmark machine).
MACHINE_GB, CORES = 24, 2


def hub_section(hub: dict) -> list[str]:
    """The RESULTS.md section of a hub phase."""
    per = hub["student_mb_p50"]
    fits = int((MACHINE_GB * 1024 - hub["hub_mb"] - 2048) / per) if per else None
    cpu_each = hub["cpu_seconds"] / max(1, hub["count"])
    per_minute = int(CORES * 60 / cpu_each) if cpu_each else None
    return [
        "## Hub (deploy/hub, lecture mode)",
        "",
        f"{hub['count']} students signed in (temporary accounts) over {hub['seconds']:g} s, "
        f"each got their own Voilà server and opened `{hub['notebook']}` through the hub "
        f"({hub.get('browsers', 0)} in Chromium, the others protocol-level clients fetching "
        f"the {hub['assets']} static files a Chromium load fetched), held it "
        f"{hub['hold']:g} s, then closed it. No pre-heated kernels: each page ran its notebook.",
        "",
        f"- Served (interactive within 90 s of signing in): {hub['served']} / {hub['count']}",
        f"- Time to interactive from sign-in, protocol-level students: p50 {hub['tti_p50']} s, "
        f"p95 {hub['tti_p95']} s (server started and page rendered: p50 "
        f"{hub['server_up_p50']} s)",
        f"- Chromium students (on the server's own cores): {hub.get('browser_served', 0)} / "
        f"{hub.get('browsers', 0)} served, time to interactive from the sign-in page p50 "
        f"{hub.get('browser_tti_p50')} s, p95 {hub.get('browser_tti_p95')} s",
        f"- Memory per student (their Voilà server and kernel, peak RSS): p50 {per} MB, "
        f"max {hub['student_mb_max']} MB; hub, proxy and culler {hub['hub_mb']} MB; "
        f"peak total {hub['peak_total_mb']} MB",
        f"- CPU of the hub's process tree: {hub['cpu_seconds']} s over {hub['wall_s']} s "
        f"({hub['cpu_cores_mean']} cores on average); whole machine "
        f"{hub['machine_cpu_percent']} % busy (the clients ran here too)",
        f"- Estimate for a {CORES}-core, {MACHINE_GB} GB machine: memory holds about {fits} "
        "students with one dashboard open each (2 GB kept for the system); the CPU cost of "
        f"arriving is {cpu_each:.1f} CPU-s per student (server, kernel, page), so the cores "
        f"start at most about {per_minute} students a minute. A class that arrives faster, "
        "or is larger than memory holds, needs a second machine (or z2jh).",
        f"- Errors: {', '.join(hub['errors']) or 'none'}",
        "",
    ]
