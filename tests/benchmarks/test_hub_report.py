"""The hub phase's report section (benchmarks/hub_report.py): figures and the estimate."""

from benchmarks.hub_report import hub_section

HUB = {
    "notebook": "02_noms_framework.ipynb",
    "count": 3,
    "seconds": 6.0,
    "hold": 4.0,
    "assets": 100,
    "served": 3,
    "tti_p50": 13.51,
    "tti_p95": 13.84,
    "server_up_p50": 12.38,
    "student_mb_p50": 200,
    "student_mb_max": 319,
    "hub_mb": 221,
    "peak_total_mb": 1140,
    "cpu_seconds": 9.4,
    "cpu_cores_mean": 0.44,
    "machine_cpu_percent": 98.5,
    "wall_s": 21.5,
    "errors": [],
}


def test_hub_section_reports_share_served_and_times():
    """Served share, p50/p95 time to interactive and memory per student are stated."""
    text = "\n".join(hub_section(HUB))
    assert "- Served (interactive within 90 s of signing in): 3 / 3" in text
    assert "p50 13.51 s, p95 13.84 s" in text
    assert "p50 200 MB, max 319 MB" in text


def test_hub_section_estimates_capacity_from_memory_and_cpu():
    """(24 GB - hub - 2 GB) / 200 MB = 111 students; 2 cores x 60 s / 3.13 CPU-s = 38 a minute."""
    text = "\n".join(hub_section(HUB))
    assert "memory holds about 111 students" in text
    assert "start at most about 38 students a minute" in text
