"""Progress on long work: articles done, rate and time left, on a terminal only."""

from __future__ import annotations

import sys
import time
from typing import IO


class Progress:
    """Redraws one status line on stderr; silent when stderr is not a terminal (CI, pipes)."""

    def __init__(self, total: int | None, label: str, stream: IO[str] | None = None, min_interval: float = 0.2) -> None:
        self.total = total
        self.label = label
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty()
        self.done = 0
        self.started = time.monotonic()
        self._last = 0.0
        self.min_interval = min_interval

    def advance(self, n: int = 1) -> None:
        self.done += n
        now = time.monotonic()
        if self.enabled and (now - self._last >= self.min_interval or self.done == self.total):
            self._last = now
            self.stream.write("\r" + self.status(now) + "\033[K")
            self.stream.flush()

    def status(self, now: float) -> str:
        elapsed = max(now - self.started, 1e-9)
        rate = self.done / elapsed
        text = f"{self.label}: {self.done}"
        if self.total:
            left = (self.total - self.done) / rate if rate > 0 else 0.0
            text += f"/{self.total} ({rate:.1f}/s, about {left:.0f}s left)"
        else:
            text += f" ({rate:.1f}/s)"
        return text

    def close(self) -> None:
        if self.enabled and self.done:
            self.stream.write("\n")
            self.stream.flush()
