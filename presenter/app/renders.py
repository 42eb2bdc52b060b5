"""Render missing slides in the background, the slide on screen first.

A Python thread runs :class:`presenter.render.runner.Renderer` one slide at a
time (each render is a subprocess), always choosing the slide being shown, or
the nearest one after it, next. Its events reach the GUI thread as Qt signals.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Mapping, Sequence
from typing import Protocol

from PySide6.QtCore import QObject, Signal

from presenter.catalog import SceneSpec
from presenter.deck.model import Deck
from presenter.render.cache import RenderCache
from presenter.render.runner import Listener, RenderJob, RenderResult, RenderSummary, Renderer, plan

QUALITY = "preview"


class RendererLike(Protocol):
    def run(self, jobs: list[RenderJob], listener: Listener | None = None) -> RenderSummary: ...
    def cancel(self) -> None: ...


class BackgroundRenders(QObject):
    """Renders the given slides at preview quality in a worker thread.

    Signals (GUI thread): ``started(slide)``, ``landed(slide, manifest)``,
    ``failed(slide, error)`` and ``idle()`` once nothing is left to do.
    """

    started = Signal(int)
    landed = Signal(int, object)
    failed = Signal(int, str)
    idle = Signal()

    def __init__(self, deck: Deck, catalog: Mapping[str, SceneSpec], cache: RenderCache,
                 slides: Sequence[int], renderer: RendererLike | None = None,
                 parent: QObject | None = None):
        super().__init__(parent)
        jobs = plan([deck], catalog, QUALITY)
        self._jobs = {index: jobs[index] for index in slides}
        self._slide_of = {job.slide.id: index for index, job in self._jobs.items()}
        self._renderer = renderer or Renderer(cache, jobs=min(2, os.cpu_count() or 1))
        self._current = 0
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._stopped = False

    def set_current(self, slide: int) -> None:
        """The slide on screen: it is rendered next if it still needs a render."""
        self._current = slide

    def start(self) -> None:
        if self._jobs and self._thread is None:
            self._thread = threading.Thread(target=self._work, name="background-renders", daemon=True)
            self._thread.start()

    def stop(self, timeout: float = 10.0) -> None:
        """Cancel the renderer (its subprocess is terminated) and join the thread."""
        self._stopped = True
        self._renderer.cancel()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def _next_job(self) -> RenderJob | None:
        with self._lock:
            if not self._jobs or self._stopped:
                return None
            after = [s for s in sorted(self._jobs) if s >= self._current]
            return self._jobs.pop((after or sorted(self._jobs))[0])

    def _work(self) -> None:
        while (job := self._next_job()) is not None:
            try:
                self._renderer.run([job], self._listen)
            except Exception as error:  # e.g. an unwritable cache: say so, go on with the next
                self._listen("done", job, RenderResult(job, "failed", error=str(error)))
        if not self._stopped:
            self.idle.emit()

    def _listen(self, event: str, job: RenderJob, result: RenderResult | None) -> None:
        slide = self._slide_of.get(job.slide.id)
        if slide is None or self._stopped:
            return
        if event == "start":
            self.started.emit(slide)
        elif result is not None and result.manifest is not None and result.status in ("rendered", "reused"):
            self.landed.emit(slide, result.manifest)
        elif result is not None and result.status == "failed":
            self.failed.emit(slide, result.error or "the render failed")
