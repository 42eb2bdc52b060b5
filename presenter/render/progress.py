"""A terminal progress display for renders: slides done of total, what is rendering."""

from __future__ import annotations

import threading
from typing import TextIO

from presenter.render.runner import RenderJob, RenderResult, RenderSummary

SYMBOLS = {"rendered": "rendered", "reused": "up to date", "failed": "FAILED", "cancelled": "cancelled"}


class ProgressPrinter:
    """Listener for Renderer.run that prints one line per event."""

    def __init__(self, total: int, out: TextIO):
        self.total = total
        self.done = 0
        self.running: list[str] = []
        self.out = out
        self._lock = threading.Lock()

    def __call__(self, event: str, job: RenderJob, result: RenderResult | None) -> None:
        with self._lock:
            if event == "start":
                self.running.append(job.name)
                print(
                    f"[{self.done}/{self.total}] rendering {job.name} ({job.key.quality}) …", file=self.out, flush=True
                )
                return
            if job.name in self.running:
                self.running.remove(job.name)
            self.done += 1
            assert result is not None
            line = f"[{self.done}/{self.total}] {SYMBOLS[result.status]} {job.name}"
            if result.status == "rendered":
                line += f" in {result.seconds:.1f} s"
            if result.error:
                line += f": {result.error}. The previous render, if any, is kept."
            if self.running:
                line += f"  (still rendering: {', '.join(self.running)})"
            print(line, file=self.out, flush=True)

    def finish(self, summary: RenderSummary) -> None:
        print(summary, file=self.out, flush=True)
