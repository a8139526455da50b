"""Long polling: a client asks for a poll's view newer than the one it has, and waits.

Each key (a poll's ``"state"``, or ``"any"`` change) has a version in memory. A
request naming the version it has returns at once if there is a newer one, else
when the next change comes or after a timeout. Clients start from version ``-1``.
"""

from __future__ import annotations

import asyncio
import contextlib

__all__ = ["Notifier"]


class Notifier:
    """Versions and waiters per key (a tuple such as ``("any", "K7MQ2")``)."""

    def __init__(self) -> None:
        self._versions: dict[tuple, int] = {}
        self._events: dict[tuple, asyncio.Event] = {}

    def version(self, key: tuple) -> int:
        """The current version of ``key`` (0 before any change)."""
        return self._versions.get(key, 0)

    def bump(self, *keys: tuple) -> None:
        """Record a change of each key and wake its waiters."""
        for key in keys:
            self._versions[key] = self.version(key) + 1
            event = self._events.pop(key, None)
            if event is not None:
                event.set()

    async def wait(self, key: tuple, since: int, timeout: float) -> int:
        """Wait until ``key`` is newer than ``since`` or ``timeout`` [s] passes; the version."""
        if self.version(key) != since:
            return self.version(key)
        event = self._events.setdefault(key, asyncio.Event())
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(event.wait(), timeout)
        return self.version(key)
