"""``make bench``'s poll phase: a class answers one live poll, on SQLite and on PostgreSQL.

For each database the poll server (``python -m spinemet_poll``, tools/poll.py) runs on this
machine as ``make lecture`` runs it; a third run has two server processes share PostgreSQL
(as pods of a cluster would), the students split between them and the presenter on the
first, so each change made on one process has to reach pages waiting on the other.

The presenter starts a poll over the API and watches it as the presenter page does (long
polls, one after another). N students, protocol-level clients (their phones would be their
own), open the poll's page (getting their token cookie), keep the student page's long poll
open, and answer once each, spread over S seconds.

Measured per run:

- every answer stored exactly once: rows in the export against answers acknowledged;
- time from a student's submit to its inclusion in the presenter's figure: the k-th
  acknowledged answer counts as included at the first presenter view showing k answers or
  more (p50, p95, max);
- time from the last acknowledgement to the presenter's view showing all N;
- time from the presenter's Reveal to each student page's long poll returning the reveal;
- the poll server's resident memory before the students and at its peak, and the
  difference per student (PostgreSQL's own processes are not counted).

Run alone: ``python -m benchmarks.poll_phase --students 20 --seconds 5``.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import tempfile
import time
from pathlib import Path

import psutil
from tornado.httpclient import AsyncHTTPClient, HTTPClientError, HTTPRequest

from tools.poll import PollServer
from tools.postgres import PostgresServer

QUESTION = {"source": "check", "where": "stereotactic_radiosurgery", "question": "eqd2-8x1"}
CHOICES = ("12.0", "8.0", "20.0")


def _pct(values: list[float], q: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    return ordered[max(1, -(-len(ordered) * q // 100)) - 1]


class Run:
    """One database's run: the server, the presenter's watch and the students."""

    def __init__(self, servers: list[PollServer], students: int, seconds: float) -> None:
        self.servers, self.students, self.seconds = servers, students, seconds
        self.server = servers[0]  # the presenter's
        self.http = AsyncHTTPClient(force_instance=True, max_clients=students + 20)
        self.views: list[tuple[float, int]] = []  # (time received, answered) of the presenter
        self.acks: list[float] = []
        self.pairs: list[tuple[float, float]] = []  # (acknowledged, submitted) per student
        self.errors: list[str] = []
        self.revealed: list[float] = []  # when each student page received the reveal
        self.done = False
        self.reveal_deadline = 0.0

    async def call(
        self, path: str, method: str = "GET", body=None, headers=None, timeout=60, server=None
    ):
        request = HTTPRequest(
            (server or self.server).url + path,
            method=method,
            headers=headers or {},
            body=None if body is None else json.dumps(body),
            request_timeout=timeout,
        )
        return await self.http.fetch(request)

    async def presenter(self, code: str) -> None:
        since, key = -1, {"X-Poll-Key": self.server.key}
        while not self.done:
            response = await self.call(f"api/polls/{code}?since={since}", headers=key)
            view = json.loads(response.body)
            self.views.append((time.monotonic(), view["results"]["answered"]))
            since = view["version"]

    async def student(self, number: int, code: str, start: float) -> None:
        server = self.servers[number % len(self.servers)]
        page = await self.call(f"j/{code}", server=server)
        cookie = page.headers.get_list("Set-Cookie")[0].split(";")[0]
        headers = {"Cookie": cookie, "Content-Type": "application/json"}
        follow = asyncio.create_task(self.follow(code, headers, server))
        await asyncio.sleep(
            max(0.0, start + number * self.seconds / self.students - time.monotonic())
        )
        body = {"answer": CHOICES[number % 3], "confidence": "medium"}
        submitted = time.monotonic()
        try:
            await self.call(f"api/poll/{code}/answer", "POST", body, headers, server=server)
            self.acks.append(time.monotonic())
            self.pairs.append((self.acks[-1], submitted))
        except HTTPClientError as exc:
            self.errors.append(f"student {number}: {exc.code} {exc.response and exc.response.body}")
        await follow

    async def follow(self, code: str, headers: dict, server: PollServer) -> None:
        """The student page's long poll, until it shows the reveal (or 30 s after it)."""
        since = -1
        while not (self.done and time.monotonic() > self.reveal_deadline):
            path = f"api/poll/{code}?since={since}"
            view = json.loads((await self.call(path, headers=headers, server=server)).body)
            if view["state"] == "revealed":
                self.revealed.append(time.monotonic())
                return
            since = view["version"]


async def measure(servers: list[PollServer], students: int, seconds: float) -> dict:
    """One class answering one poll on ``servers`` (processes of one database); the figures
    of the module's docstring, memory summed over the processes."""
    run = Run(servers, students, seconds)
    processes = [psutil.Process(server.proc.pid) for server in servers]
    key = {"X-Poll-Key": run.server.key}
    code = json.loads((await run.call("api/polls", "POST", QUESTION, key)).body)["code"]

    def rss_mb() -> float:
        return sum(process.memory_info().rss for process in processes) / 2**20

    base_mb = rss_mb()
    peak = [base_mb]

    async def sample():
        while not run.done:
            peak.append(rss_mb())
            await asyncio.sleep(0.2)

    watcher = asyncio.create_task(run.presenter(code))
    sampler = asyncio.create_task(sample())
    start = time.monotonic() + 2.0
    tasks = [asyncio.create_task(run.student(n, code, start)) for n in range(students)]
    while len(run.acks) + len(run.errors) < students:
        await asyncio.sleep(0.1)
    last_ack = max(run.acks, default=time.monotonic())
    deadline = last_ack + 10
    while (not run.views or run.views[-1][1] < len(run.acks)) and time.monotonic() < deadline:
        await asyncio.sleep(0.05)
    # Release the long polls: a reveal wakes every student; the presenter's returns within 1 s.
    revealed_at = time.monotonic()
    run.reveal_deadline = revealed_at + 30
    run.done = True
    await run.call(f"api/polls/{code}/reveal", "POST", {}, key)
    await asyncio.gather(watcher, sampler, *tasks, return_exceptions=True)
    rows = (await run.call(f"api/polls/{code}/export.csv", headers=key)).body.decode().splitlines()
    # The k-th acknowledged answer is in the presenter's figure at the first view received
    # after its acknowledgement that counts k answers or more (a conservative reading).
    delays = []
    for rank, (ack, submit) in enumerate(sorted(run.pairs), start=1):
        seen = next((t for t, n in run.views if n >= rank and t >= ack), None)
        if seen is not None:
            delays.append(seen - submit)
    final = next((t for t, n in run.views if n >= len(run.acks)), None)
    reveal = [t - revealed_at for t in run.revealed]
    run.http.close()
    return {
        "students": students,
        "seconds": seconds,
        "processes": len(servers),
        "acknowledged": len(run.acks),
        "stored": len(rows) - 1,
        "exactly_once": len(rows) - 1 == len(run.acks),
        "submit_to_presenter_p50_ms": round(1000 * _pct(delays, 50), 1) if delays else None,
        "submit_to_presenter_p95_ms": round(1000 * _pct(delays, 95), 1) if delays else None,
        "submit_to_presenter_max_ms": round(1000 * max(delays), 1) if delays else None,
        "final_count_after_ms": None if final is None else round(1000 * (final - last_ack), 1),
        "reveal_reached": len(reveal),
        "reveal_to_students_p95_ms": round(1000 * _pct(reveal, 95), 1) if reveal else None,
        "reveal_to_students_max_ms": round(1000 * max(reveal), 1) if reveal else None,
        "server_mb_before": round(base_mb, 1),
        "server_mb_peak": round(max(peak), 1),
        "kb_per_student": round(1024 * (max(peak) - base_mb) / students, 1),
        "errors": run.errors[:10],
    }


SETUPS = {
    "sqlite": ("sqlite", 1),
    "postgresql": ("postgresql", 1),
    "postgresql-2": ("postgresql", 2),
}
"""Run name -> (database, server processes)."""
LABELS = {"postgresql-2": "postgresql, 2 processes"}


async def phase_poll(students: int, seconds: float, out: Path, setups=tuple(SETUPS)):
    """The poll phase on each setup of :data:`SETUPS`; results keyed by its name."""
    results = {}
    for name in setups:
        database, count = SETUPS[name]
        folder = Path(tempfile.mkdtemp(prefix=f"poll-bench-{name}-"))
        postgres = PostgresServer().start() if database == "postgresql" else None
        servers = []
        try:
            url = postgres.create_database("poll_bench") if postgres else None
            for number in range(count):  # one after another: the first migrates, makes the keys
                log = out / f"poll-{name}-{number}.log"
                servers.append(PollServer(folder, log, database=url))
            results[name] = await measure(servers, students, seconds)
        finally:
            for server in servers:
                server.stop()
            if postgres:
                postgres.stop()
    return results


def poll_section(poll: dict) -> list[str]:
    """The RESULTS.md section of the poll phase: SQLite and PostgreSQL side by side."""
    names = list(poll)
    first = poll[names[0]]

    def row(label, key, unit=""):
        cells = (f"{poll[n][key]}{unit}" if key in poll[n] else "–" for n in names)
        return f"| {label} | " + " | ".join(cells) + " |"

    labels = [LABELS.get(n, n) for n in names]
    return [
        "## Live poll (spinemet_poll)",
        "",
        f"{first['students']} protocol-level students answered one poll within "
        f"{first['seconds']:g} s, each with the student page's long poll open; the presenter "
        "watched as the presenter page does. Target: every answer stored once, p95 submit to "
        "presenter at most 1 s, under 5 MB of server memory per student. In the column "
        f"'{LABELS['postgresql-2']}' two server processes share the database: half the "
        "students and the presenter on one, the other half on the other (memory summed).",
        "",
        "| | " + " | ".join(labels) + " |",
        "|---|" + "---|" * len(names),
        row("answers acknowledged", "acknowledged"),
        row("rows stored (export)", "stored"),
        row("every answer stored exactly once", "exactly_once"),
        row("submit to presenter p50", "submit_to_presenter_p50_ms", " ms"),
        row("submit to presenter p95", "submit_to_presenter_p95_ms", " ms"),
        row("submit to presenter max", "submit_to_presenter_max_ms", " ms"),
        row("last answer to final count", "final_count_after_ms", " ms"),
        row("student pages that received the reveal", "reveal_reached"),
        row("reveal to student pages p95", "reveal_to_students_p95_ms", " ms"),
        row("reveal to student pages max", "reveal_to_students_max_ms", " ms"),
        row("server memory before (MB)", "server_mb_before"),
        row("server memory peak (MB)", "server_mb_peak"),
        row("server memory per student", "kb_per_student", " kB"),
        "| errors | " + " | ".join(", ".join(poll[n]["errors"]) or "none" for n in names) + " |",
        "",
    ]


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--students", type=int, default=200)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--setups", default=",".join(SETUPS), help="of " + ", ".join(SETUPS))
    parser.add_argument("--out", default=str(Path(tempfile.gettempdir()) / "poll-bench"))
    args = parser.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    results = asyncio.run(phase_poll(args.students, args.seconds, out, args.setups.split(",")))
    print(json.dumps(results, indent=1))
    print("\n".join(poll_section(results)))


if __name__ == "__main__":
    main()
