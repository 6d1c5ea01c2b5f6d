"""Hybrid logical clock stamps that totally order record versions across devices.

A stamp is text that sorts like the version it names: wall-clock milliseconds,
a counter for several edits within one millisecond, and the device id as tie-breaker.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Stamp:
    ms: int
    counter: int
    device: str

    def __str__(self) -> str:
        return f"{self.ms:013d}.{self.counter:05d}.{self.device}"

    @classmethod
    def parse(cls, text: str) -> Stamp:
        ms, counter, device = text.split(".", 2)
        return cls(int(ms), int(counter), device)


class Clock:
    """Issues stamps greater than every stamp it has issued or seen."""

    def __init__(self, device: str, last: Stamp | None = None,
                 wall_ms: Callable[[], int] | None = None) -> None:
        self.device = device
        self.last = last or Stamp(0, 0, device)
        self._wall_ms = wall_ms or (lambda: time.time_ns() // 1_000_000)

    def tick(self) -> Stamp:
        now = self._wall_ms()
        if now > self.last.ms:
            self.last = Stamp(now, 0, self.device)
        else:
            self.last = Stamp(self.last.ms, self.last.counter + 1, self.device)
        return self.last

    def observe(self, seen: Stamp) -> None:
        """Move past a stamp received from another device (merge keeps causality)."""
        if (seen.ms, seen.counter) > (self.last.ms, self.last.counter):
            self.last = Stamp(seen.ms, seen.counter, self.device)
