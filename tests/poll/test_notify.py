"""Long polling across server processes (spinemet_poll/notify.py)."""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor

from spinemet_poll.notify import Notifier


def _run(coroutine):
    """Run ``coroutine`` in a thread of its own: a browser test on the same pytest worker may
    keep an event loop running in the main thread (Playwright's sync API)."""
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, coroutine).result()


class Database:
    """Stands in for the poll table: counters per code, and how often they were read."""

    def __init__(self) -> None:
        self.rows = {"ABCDE": {"moves": 0, "changes": 0}}
        self.reads = 0

    def versions(self, codes):
        self.reads += 1
        return {code: dict(self.rows[code]) for code in codes if code in self.rows}


def test_a_bump_wakes_only_the_pages_waiting_on_that_counter():
    """An answer (``changes``) wakes the presenter's wait; the students' (``moves``) waits on."""

    async def run():
        notifier = Notifier(Database().versions, interval=60)
        student = asyncio.create_task(notifier.wait("moves", "ABCDE", 0, 30))
        presenter = asyncio.create_task(notifier.wait("changes", "ABCDE", 0, 30))
        await asyncio.sleep(0)
        notifier.bump("ABCDE", "changes")
        await asyncio.wait_for(presenter, 10)
        still = list(notifier._events)
        student.cancel()
        return still

    assert [("moves", "ABCDE", 0)] == _run(run())


def test_a_change_written_by_another_process_wakes_the_page():
    """No bump here: the database's new ``moves`` (another process's reveal) wakes the wait."""
    database = Database()

    async def run():
        notifier = Notifier(database.versions, interval=0.01)
        waiting = asyncio.create_task(notifier.wait("moves", "ABCDE", 0, 30))
        await asyncio.sleep(0.05)
        database.rows["ABCDE"]["moves"] = 1
        await asyncio.wait_for(waiting, 10)  # well before the page's own 30 s

    _run(run())


def test_the_database_is_read_once_per_interval_for_all_waiting_pages():
    """Fifty pages waiting on one poll cost one query per interval, not fifty."""
    database = Database()

    async def run():
        notifier = Notifier(database.versions, interval=0.05)
        pages = [asyncio.create_task(notifier.wait("moves", "ABCDE", 0, 30)) for _ in range(50)]
        while database.reads < 3:
            await asyncio.sleep(0.01)
        database.rows["ABCDE"]["moves"] = 1
        await asyncio.wait_for(asyncio.gather(*pages), 10)
        return database.reads

    assert 5 >= _run(run())


def test_nothing_is_watched_once_every_page_timed_out():
    """A page that leaves (its wait times out) leaves no key behind, and the watch ends."""

    async def run():
        notifier = Notifier(Database().versions, interval=0.01)
        await notifier.wait("moves", "ABCDE", 0, 0.05)
        await asyncio.wait_for(notifier._watch, 10)
        return notifier._events, notifier._waiting

    assert ({}, {}) == _run(run())
