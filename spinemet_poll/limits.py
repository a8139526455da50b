"""Rate limits that keep one student (or one script) from flooding a poll.

A :class:`Bucket` holds ``capacity`` tokens and gains ``rate`` per second; each
request takes one. The server keeps one bucket per student token (answers) and
one for the whole server (new student tokens). Buckets live in memory only.
"""

from __future__ import annotations

import time

__all__ = ["Bucket", "Buckets"]


class Bucket:
    """A token bucket: ``take()`` is True while requests stay within the rate."""

    __slots__ = ("capacity", "level", "rate", "stamp")

    def __init__(self, capacity: float, rate: float, clock=time.monotonic) -> None:
        self.capacity, self.rate = capacity, rate
        self.level, self.stamp = capacity, clock()

    def take(self, now: float) -> bool:
        """Take one token at time ``now`` [s]; False (and nothing taken) when empty."""
        self.level = min(self.capacity, self.level + (now - self.stamp) * self.rate)
        self.stamp = now
        if self.level < 1:
            return False
        self.level -= 1
        return True


class Buckets:
    """One :class:`Bucket` per key, forgotten once full again (memory stays bounded).

    >>> limits = Buckets(capacity=2, rate=1.0, clock=lambda: 0.0)
    >>> [limits.take("a"), limits.take("a"), limits.take("a"), limits.take("b")]
    [True, True, False, True]
    """

    def __init__(self, capacity: float, rate: float, clock=time.monotonic) -> None:
        self.capacity, self.rate, self.clock = capacity, rate, clock
        self._buckets: dict[str, Bucket] = {}
        self._swept = clock()

    def take(self, key: str) -> bool:
        """Whether ``key`` may make one more request now."""
        now = self.clock()
        if now - self._swept > 60:
            self._sweep(now)
        bucket = self._buckets.get(key)
        if bucket is None:
            bucket = self._buckets[key] = Bucket(self.capacity, self.rate, lambda: now)
        return bucket.take(now)

    def _sweep(self, now: float) -> None:
        full = [
            key
            for key, bucket in self._buckets.items()
            if bucket.level + (now - bucket.stamp) * bucket.rate >= bucket.capacity
        ]
        for key in full:
            del self._buckets[key]
        self._swept = now
