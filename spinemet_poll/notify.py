"""Long polling: a page asks for a poll's view newer than the version it has, and waits.

A poll's versions are two counters of its database row (:class:`~.models.Poll`):
``moves`` (state changes; the students' pages wait for it) and ``changes`` (every change,
answers too; the presenter's page waits for it). A request that names the version it has
returns at once when the database holds another one; otherwise it waits here until

- this process changes the poll (:meth:`Notifier.bump`, at once), or
- the database shows another version, written by another server process on the same
  database (checked every :data:`WATCH_INTERVAL` seconds while anyone waits), or
- its timeout passes.

The check costs one query for all waiting pages of the process, not one per page.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable, Iterable, Mapping

__all__ = ["COUNTERS", "WATCH_INTERVAL", "Notifier"]

COUNTERS = ("moves", "changes")
WATCH_INTERVAL = 0.25
"""Seconds between two database checks while pages wait [s]."""

Versions = Callable[[Iterable[str]], Mapping[str, Mapping[str, int]]]


class Notifier:
    """Waiting pages keyed by ``(counter, code, version they have)``.

    ``versions(codes)`` reads the counters of polls ``codes`` from the database:
    ``{code: {"moves": m, "changes": c}}`` (:meth:`~.store.PollStore.versions`).
    """

    def __init__(self, versions: Versions, interval: float = WATCH_INTERVAL) -> None:
        self._versions, self._interval = versions, interval
        self._events: dict[tuple[str, str, int], asyncio.Event] = {}
        self._waiting: dict[tuple[str, str, int], int] = {}  # pages per key
        self._watch: asyncio.Task | None = None

    def bump(self, code: str, *counters: str) -> None:
        """Wake the pages of poll ``code`` waiting on ``counters``: this process changed them."""
        for key in [k for k in self._events if k[1] == code and k[0] in counters]:
            self._events.pop(key).set()

    async def wait(self, counter: str, code: str, since: int, timeout: float) -> None:
        """Wait until poll ``code``'s ``counter`` may differ from ``since``, or ``timeout`` [s]."""
        key = (counter, code, since)
        event = self._events.setdefault(key, asyncio.Event())
        self._waiting[key] = self._waiting.get(key, 0) + 1
        if self._watch is None or self._watch.done():
            self._watch = asyncio.create_task(self._watch_database())
        try:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(event.wait(), timeout)
        finally:
            self._waiting[key] -= 1
            if not self._waiting[key]:
                del self._waiting[key]
                if self._events.get(key) is event:
                    del self._events[key]

    async def _watch_database(self) -> None:
        while self._events:
            await asyncio.sleep(self._interval)
            waiting = list(self._events)
            try:
                now = self._versions({code for _counter, code, _since in waiting})
            except Exception:  # the database is away for a moment: the pages time out
                logging.getLogger(__name__).exception("reading the poll versions failed")
                continue
            for key in waiting:
                counter, code, since = key
                if code in now and now[code][counter] != since and key in self._events:
                    self._events.pop(key).set()
