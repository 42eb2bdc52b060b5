"""Render slides in the background: the slide on screen first, preview before hd.

A Python thread runs :class:`presenter.render.runner.Renderer` one job at a
time (each render is a subprocess at lowered CPU priority, so playback keeps
its frames). The queue can be replaced at any time, e.g. after a deck edit;
a job already running finishes. Events reach the GUI thread as Qt signals.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import threading
from dataclasses import replace
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, Signal

from presenter.render.cache import RenderCache
from presenter.render.runner import Listener, RenderJob, RenderResult, RenderSummary, Renderer
from presenter.slide_renders import QUALITY_ORDER

NICE = 10


def cache_writable(root: Path) -> bool:
    """Whether renders can be saved in ``root`` (a locked-down laptop or a shared folder may say no).

    Asks the file system itself, by creating and removing a probe file, since
    permission bits do not tell (root ignores them; read-only mounts, ACLs).
    """
    try:
        if not root.is_dir():
            root.mkdir(parents=True)
        with tempfile.NamedTemporaryFile(dir=root, prefix=".writable-"):
            return True
    except OSError:
        return False


class RendererLike(Protocol):
    def run(self, jobs: list[RenderJob], listener: Listener | None = None) -> RenderSummary: ...
    def cancel(self) -> None: ...


class BackgroundRenders(QObject):
    """A queue of slide renders worked through by one thread.

    Signals (GUI thread): ``started(slide, quality)``, ``early(slide, quality,
    manifest, key digest)`` (the first step alone, of a job asking for it),
    ``landed(slide, quality, manifest, key digest)``, ``failed(slide, quality,
    error, key digest)`` and ``idle()`` once the queue is empty.
    """

    started = Signal(int, str)
    early = Signal(int, str, object, str)
    landed = Signal(int, str, object, str)
    failed = Signal(int, str, str, str)
    idle = Signal()

    def __init__(self, cache: RenderCache, renderer: RendererLike | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self._renderer = renderer or Renderer(cache, jobs=min(2, os.cpu_count() or 1), nice=NICE)
        self._queue: dict[tuple[int, str], RenderJob] = {}
        self._current = 0
        self._wake = threading.Condition()
        self._thread: threading.Thread | None = None
        self._stopped = False
        self.running: tuple[int, str] | None = None  # (slide, quality) being rendered
        self._running_digest = ""

    def want(self, jobs: dict[tuple[int, str], RenderJob]) -> None:
        """Replace the queue with these jobs, keyed by (slide index, quality).

        A job for the render being made right now is not queued again.
        """
        with self._wake:
            self._queue = {k: job for k, job in jobs.items() if job.key.digest != self._running_digest}
            self._wake.notify()
        self.start()

    def pending(self) -> list[tuple[int, str]]:
        with self._wake:
            return sorted(self._queue)

    def set_current(self, slide: int) -> None:
        """The slide on screen: its renders go first."""
        self._current = slide

    def start(self) -> None:
        if self._thread is None and not self._stopped:
            self._thread = threading.Thread(target=self._work, name="background-renders", daemon=True)
            self._thread.start()

    def stop(self, timeout: float = 10.0) -> None:
        """Cancel the renderer (its subprocess is terminated) and join the thread."""
        with self._wake:
            self._stopped = True
            self._wake.notify()
        self._renderer.cancel()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def _rank(self, item: tuple[int, str]) -> tuple[int, int, int]:
        slide, quality = item
        later = slide < self._current  # slides after the one on screen come before earlier ones
        return (QUALITY_ORDER.index(quality), later, slide)

    def _next_job(self) -> tuple[int, str, RenderJob] | None:
        with self._wake:
            while not self._queue and not self._stopped:
                self.idle.emit()
                self._wake.wait()
            if self._stopped:
                return None
            current = [k for k in self._queue if k[0] == self._current and k[1] == QUALITY_ORDER[0]]
            slide, quality = current[0] if current else min(self._queue, key=self._rank)
            job = self._queue.pop((slide, quality))
            if job.first_step_first and slide != self._current:
                job = replace(job, first_step_first=False)  # only the slide on screen waits for it
            self._running_digest = job.key.digest
            return slide, quality, job

    def _work(self) -> None:
        while (item := self._next_job()) is not None:
            slide, quality, job = item
            self.running = (slide, quality)
            try:
                self._renderer.run([job], self._listener(slide, quality))
            except Exception as error:  # e.g. an unwritable cache: say so, go on with the next
                self._listener(slide, quality)("done", job, RenderResult(job, "failed", error=str(error)))
            self.running, self._running_digest = None, ""

    def _listener(self, slide: int, quality: str) -> Listener:
        def listen(event: str, job: RenderJob, result: RenderResult | None) -> None:
            if self._stopped:
                if event == "early" and result is not None and result.manifest is not None:
                    shutil.rmtree(result.manifest.folder, ignore_errors=True)  # nobody will play it
                return
            if event == "start":
                self.started.emit(slide, quality)
            elif event == "early" and result is not None and result.manifest is not None:
                self.early.emit(slide, quality, result.manifest, job.key.digest)
            elif result is not None and result.manifest is not None and result.status in ("rendered", "reused"):
                self.landed.emit(slide, quality, result.manifest, job.key.digest)
            elif result is not None and result.status == "failed":
                self.failed.emit(slide, quality, result.error or "the render failed", job.key.digest)

        return listen
