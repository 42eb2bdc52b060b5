"""Render slides whose key changed, in subprocesses, a few at a time."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

from presenter.catalog import SceneSpec
from presenter.deck.model import Deck, Slide
from presenter.paths import ROOT
from presenter.render.cache import RenderCache
from presenter.render.key import RenderKey, render_key, resolved_labels, resolved_params
from presenter.render.manifest import Manifest


@dataclass(frozen=True)
class RenderJob:
    """One slide of one deck to have rendered at one quality."""

    deck: Deck
    slide: Slide
    spec: SceneSpec
    key: RenderKey

    @property
    def name(self) -> str:
        return f"{self.deck.name}/{self.slide.id}"


@dataclass
class RenderResult:
    job: RenderJob
    status: str  # "rendered", "reused", "failed" or "cancelled"
    manifest: Manifest | None = None
    error: str = ""
    seconds: float = 0.0


@dataclass
class RenderSummary:
    results: list[RenderResult] = field(default_factory=list)
    seconds: float = 0.0

    def count(self, status: str) -> int:
        return sum(1 for r in self.results if r.status == status)

    def __str__(self) -> str:
        return (f"rendered {self.count('rendered')}, reused {self.count('reused')}, "
                f"failed {self.count('failed')} in {self.seconds:.1f} s")


def plan(decks: Iterable[Deck], catalog: Mapping[str, SceneSpec], quality: str) -> list[RenderJob]:
    """A job for every slide of every (checked) deck, in deck order."""
    return [RenderJob(deck, slide, catalog[slide.scene], render_key(slide, catalog[slide.scene], quality))
            for deck in decks for slide in deck.slides]


Listener = Callable[[str, RenderJob, RenderResult | None], None]


class Renderer:
    """Runs render jobs against a cache; reports 'start' and 'done' events."""

    def __init__(self, cache: RenderCache, jobs: int = 1, timeout: float = 1800):
        self.cache = cache
        self.jobs = max(1, jobs)
        self.timeout = timeout
        self._stop = threading.Event()
        self._processes: set[subprocess.Popen] = set()
        self._lock = threading.Lock()

    def cancel(self) -> None:
        """Stop: no new jobs start and running subprocesses are terminated."""
        self._stop.set()
        with self._lock:
            for process in self._processes:
                process.terminate()

    def run(self, jobs: list[RenderJob], listener: Listener | None = None) -> RenderSummary:
        started = time.perf_counter()
        notify = listener or (lambda *_: None)
        summary = RenderSummary()
        todo: list[RenderJob] = []
        seen: set[str] = set()
        for job in jobs:
            manifest = self.cache.find(job.key)
            if manifest is not None:
                self.cache.remember(job.deck.name, job.slide.id, job.key)
                result = RenderResult(job, "reused", manifest)
                summary.results.append(result)
                notify("done", job, result)
            elif job.key.digest not in seen:
                seen.add(job.key.digest)
                todo.append(job)
        if todo:
            self.cache.remove_abandoned_staging()

        def work(job: RenderJob) -> RenderResult:
            if self._stop.is_set():
                return RenderResult(job, "cancelled")
            notify("start", job, None)
            result = self._render(job)
            notify("done", job, result)
            return result

        with ThreadPoolExecutor(max_workers=self.jobs) as pool:
            summary.results += list(pool.map(work, todo))
        # Slides that shared a key with one just rendered.
        for job in jobs:
            if not any(r.job is job for r in summary.results):
                manifest = self.cache.find(job.key)
                if manifest is not None:
                    self.cache.remember(job.deck.name, job.slide.id, job.key)
                summary.results.append(RenderResult(job, "reused" if manifest else "failed", manifest))
        summary.seconds = time.perf_counter() - started
        return summary

    def _render(self, job: RenderJob) -> RenderResult:
        started = time.perf_counter()
        staging = self.cache.staging()
        command = [
            sys.executable, "-m", "scenes.worker", "--scene-file", str(job.spec.file),
            "--scene", job.spec.name, "--quality", job.key.quality, "--out", str(staging),
            "--params", json.dumps(resolved_params(job.slide, job.spec)),
            "--labels", json.dumps(resolved_labels(job.slide, job.spec)),
        ]
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
        try:
            with subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                                  stderr=subprocess.PIPE, text=True) as process:
                with self._lock:
                    self._processes.add(process)
                try:
                    _, stderr = process.communicate(timeout=self.timeout)
                finally:
                    with self._lock:
                        self._processes.discard(process)
            if self._stop.is_set():
                raise RuntimeError("cancelled")
            if process.returncode != 0:
                lines = [line for line in stderr.strip().splitlines() if line.strip()]
                raise RuntimeError(lines[-1] if lines else f"the renderer exited with {process.returncode}")
            manifest = Manifest.from_sections(staging, job.spec.name, job.key.quality, job.key.digest)
            if manifest.step_ids != job.spec.steps:
                raise RuntimeError(f"made steps {manifest.step_ids}, expected {job.spec.steps}")
            manifest = self.cache.commit(staging, manifest, job.key)
            self.cache.remember(job.deck.name, job.slide.id, job.key)
            return RenderResult(job, "rendered", manifest, seconds=time.perf_counter() - started)
        except (RuntimeError, OSError, ValueError, KeyError, subprocess.TimeoutExpired) as error:
            shutil.rmtree(staging, ignore_errors=True)
            status = "cancelled" if self._stop.is_set() else "failed"
            return RenderResult(job, status, error=str(error), seconds=time.perf_counter() - started)
