"""The hub's processes during the hub phase: their CPU time and each student's memory."""

from __future__ import annotations

import asyncio

import psutil

from tools.hub import Hub

__all__ = ["_cpu_seconds", "_memory_by_user", "_sample", "_tree"]


def _tree(hub: Hub) -> list[psutil.Process]:
    root = psutil.Process(hub.proc.pid)
    return [root, *root.children(recursive=True)]


def _cpu_seconds(processes) -> float:
    total = 0.0
    for proc in processes:
        try:
            times = proc.cpu_times()
            total += times.user + times.system
        except psutil.Error:
            pass
    return total


def _memory_by_user(processes) -> tuple[dict[str, int], int]:
    """RSS per student (JUPYTERHUB_USER of their processes) and of everything else (bytes)."""
    users: dict[str, int] = {}
    rest = 0
    for proc in processes:
        try:
            user = proc.environ().get("JUPYTERHUB_USER")
            rss = proc.memory_info().rss
        except psutil.Error:
            continue
        if user:
            users[user] = users.get(user, 0) + rss
        else:
            rest += rss
    return users, rest


async def _sample(hub: Hub, peaks: dict, stop: asyncio.Event) -> None:
    while not stop.is_set():
        users, rest = await asyncio.to_thread(_memory_by_user, _tree(hub))
        for user, rss in users.items():
            peaks["users"][user] = max(peaks["users"].get(user, 0), rss)
        peaks["hub"] = max(peaks["hub"], rest)
        peaks["total"] = max(peaks["total"], rest + sum(users.values()))
        await asyncio.sleep(2.0)
