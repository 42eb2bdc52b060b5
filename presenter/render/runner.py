"""Render slides whose key changed, in subprocesses, a few at a time."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from presenter.catalog import SceneSpec
from presenter.deck.model import Deck, Slide
from presenter.paths import ROOT
from presenter.render.cache import RenderCache
from presenter.render.key import QUALITIES, RenderKey, render_key, resolved_labels, resolved_params
from presenter.render.manifest import Manifest


@dataclass(frozen=True)
class RenderJob:
    """One slide of one deck to have rendered at one quality.

    ``first_step_first``: make the first step alone, in a part of its own, and
    report it ("early") before the rest is done, so it can play meanwhile.
    """

    deck: Deck
    slide: Slide
    spec: SceneSpec
    key: RenderKey
    first_step_first: bool = False

    @property
    def name(self) -> str:
        return f"{self.deck.name}/{self.slide.id}"


@dataclass
class RenderResult:
    job: RenderJob
    status: str  # "rendered", "reused", "failed", "cancelled" (or "early": a first step alone)
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
        return (
            f"rendered {self.count('rendered')}, reused {self.count('reused')}, "
            f"failed {self.count('failed')} in {self.seconds:.1f} s"
        )


def plan(decks: Iterable[Deck], catalog: Mapping[str, SceneSpec], quality: str) -> list[RenderJob]:
    """A job for every slide of every (checked) deck, in deck order."""
    return [
        RenderJob(deck, slide, catalog[slide.scene], render_key(slide, catalog[slide.scene], quality))
        for deck in decks
        for slide in deck.slides
    ]


KILL_AFTER = 1.0  # seconds a cancelled worker gets to exit before it is killed
Listener = Callable[[str, RenderJob, RenderResult | None], None]


class Stopped(KeyboardInterrupt):
    """SIGTERM, turned into an exception so that a render cleans up as it does on Ctrl+C."""


@contextmanager
def stop_on_signals() -> Iterator[None]:
    """While rendering from the command line, SIGTERM stops like Ctrl+C (workers killed, staging removed)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(signum: int, frame: object) -> None:
        raise Stopped()

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def split_steps(steps: tuple[str, ...], parts: int, weights: list[float]) -> list[tuple[str, ...]]:
    """Split steps into up to ``parts`` contiguous groups of about equal weight."""
    parts = max(1, min(parts, len(steps)))
    total = sum(weights) or len(steps)
    groups: list[tuple[str, ...]] = []
    current: list[str] = []
    done = 0.0
    for index, (step, weight) in enumerate(zip(steps, weights)):
        current.append(step)
        done += weight
        groups_left = parts - len(groups) - 1
        steps_left = len(steps) - index - 1
        if groups_left and (done >= total * (len(groups) + 1) / parts or steps_left == groups_left):
            groups.append(tuple(current))
            current = []
    if current:
        groups.append(tuple(current))
    return groups


@dataclass
class _SlideRender:
    """One slide being rendered as parts (groups of steps) into one staging folder."""

    job: RenderJob
    staging: Path
    parts: list[tuple[str, ...]]
    remaining: int
    started: float = 0.0
    error: str = ""


class Renderer:
    """Runs render jobs against a cache; reports 'start' and 'done' events.

    A slide's steps are split into up to ``jobs`` parts rendered in parallel
    subprocesses (each draws only its steps and computes the ones before),
    so one slide uses both cores, and the first slide is ready first. Events:
    'start', 'early' (a job's first step made alone, with a manifest of that
    step only, in a staging folder of its own that the listener then owns) and 'done'.
    """

    def __init__(self, cache: RenderCache, jobs: int = 1, timeout: float = 1800, nice: int = 0):
        self.cache = cache
        self.jobs = max(1, jobs)
        self.nice = nice  # background renders give way to video playback
        self.timeout = timeout
        self._stop = threading.Event()
        self._processes: set[subprocess.Popen[str]] = set()
        self._lock = threading.Lock()

    def cancel(self, grace: float = KILL_AFTER) -> None:
        """Stop: no new jobs start; running subprocesses are terminated, and killed after ``grace`` s.

        Safe from any thread; the thread in ``run`` then removes the staging folders.
        """
        self._stop.set()
        with self._lock:
            processes = list(self._processes)
        for process in processes:
            if process.poll() is None:
                process.terminate()
        deadline = time.monotonic() + grace
        for process in processes:
            try:
                process.wait(max(0.0, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                process.kill()

    def run(self, jobs: list[RenderJob], listener: Listener | None = None) -> RenderSummary:
        started = time.perf_counter()
        notify = listener or (lambda *_: None)
        results: dict[int, RenderResult] = {}
        todo: list[RenderJob] = []
        seen: set[str] = set()
        for job in jobs:
            manifest = self.cache.find(job.key)
            if manifest is not None:
                self.cache.remember(job.deck.name, job.slide.id, job.key)
                results[id(job)] = RenderResult(job, "reused", manifest)
                notify("done", job, results[id(job)])
            elif job.key.digest not in seen:
                seen.add(job.key.digest)
                todo.append(job)
        if todo:  # a no-op run writes nothing at all, so a read-only cache serves
            self.cache.remove_abandoned_staging()
        slides = [
            _SlideRender(job, self.cache.staging(), parts, len(parts)) for job in todo for parts in [self._parts(job)]
        ]
        units = [(slide, index) for slide in slides for index in range(len(slide.parts))]

        def work(unit: tuple[_SlideRender, int]) -> None:
            slide, index = unit
            with self._lock:
                first = slide.started == 0.0
                if first:
                    slide.started = time.perf_counter()
            if first:
                notify("start", slide.job, None)
            if not (self._stop.is_set() or slide.error):
                try:
                    self._render_part(slide, index)
                except (RuntimeError, OSError, subprocess.TimeoutExpired) as error:
                    slide.error = slide.error or str(error)
                else:
                    if index == 0 and slide.job.first_step_first and len(slide.parts) > 1:
                        early = self._early(slide)
                        if early is not None:
                            notify("early", slide.job, RenderResult(slide.job, "early", early))
            with self._lock:
                slide.remaining -= 1
                last = slide.remaining == 0
            if last:
                result = self._finish(slide)
                results[id(slide.job)] = result
                notify("done", slide.job, result)

        if units:
            from concurrent.futures import ThreadPoolExecutor

            pool = ThreadPoolExecutor(max_workers=self.jobs)
            try:
                list(pool.map(work, units))
            except BaseException:  # Ctrl+C or SIGTERM (see stop_on_signals): stop the workers first
                self.cancel()
                raise
            finally:
                pool.shutdown(wait=True, cancel_futures=True)
                for slide in slides:  # slides cancelled before they started, or interrupted
                    shutil.rmtree(slide.staging, ignore_errors=True)
        summary = RenderSummary(seconds=0.0)
        for job in jobs:  # in deck order; slides sharing a key with one just rendered
            result = results.get(id(job))
            if result is None:
                manifest = self.cache.find(job.key)
                if manifest is not None:
                    self.cache.remember(job.deck.name, job.slide.id, job.key)
                result = RenderResult(job, "reused" if manifest else "failed", manifest)
            summary.results.append(result)
        summary.seconds = time.perf_counter() - started
        return summary

    def _parts(self, job: RenderJob) -> list[tuple[str, ...]]:
        steps, weights = job.spec.steps, self._weights(job)
        if job.first_step_first and len(steps) > 1:
            return [steps[:1], *split_steps(steps[1:], self.jobs - 1, weights[1:])]
        return split_steps(steps, self.jobs, weights)

    def _early(self, slide: _SlideRender) -> Manifest | None:
        """The first part on its own: its videos linked into a staging folder of their own, with a
        manifest (None if that cannot be done: the whole render follows anyway)."""
        part, folder = slide.staging / "part-0", self.cache.staging()
        job = slide.job
        try:
            sections = json.loads((part / "sections.json").read_text())
            for section in sections:
                try:
                    os.link(part / section["video"], folder / section["video"])
                except OSError:  # a file system without hard links
                    shutil.copyfile(part / section["video"], folder / section["video"])
            (folder / "sections.json").write_text(json.dumps(sections))
            manifest = Manifest.from_sections(folder, job.spec.name, job.key.quality, job.key.digest)
            manifest.write()
            return manifest
        except (OSError, ValueError, KeyError):
            shutil.rmtree(folder, ignore_errors=True)
            return None

    def _weights(self, job: RenderJob) -> list[float]:
        """Step durations of the slide's last render (any quality), else equal."""
        for quality in (job.key.quality, *QUALITIES):
            previous = self.cache.last_good(job.deck.name, job.slide.id, quality)
            if previous is not None and previous.step_ids == job.spec.steps:
                return [step.duration for step in previous.steps]
        return [1.0] * len(job.spec.steps)

    def _render_part(self, slide: _SlideRender, index: int) -> None:
        job = slide.job
        out = slide.staging / f"part-{index}"
        command = [
            sys.executable,
            "-m",
            "scenes.worker",
            "--scene-file",
            str(job.spec.file),
            "--scene",
            job.spec.name,
            "--quality",
            job.key.quality,
            "--out",
            str(out),
            "--steps",
            ",".join(slide.parts[index]),
            "--params",
            json.dumps(resolved_params(job.slide, job.spec)),
            "--labels",
            json.dumps(resolved_labels(job.slide, job.spec)),
        ]
        first_step_alone = index == 0 and job.first_step_first  # nothing plays yet: it need not give way
        if self.nice and not first_step_alone:
            command += ["--nice", str(self.nice)]
        python_path = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))
        with subprocess.Popen(
            command,
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": python_path},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        ) as process:
            with self._lock:
                self._processes.add(process)
            try:
                _, stderr = process.communicate(timeout=self.timeout)
            except subprocess.TimeoutExpired:
                process.kill()
                raise
            finally:
                with self._lock:
                    self._processes.discard(process)
        if self._stop.is_set():
            raise RuntimeError("cancelled")
        if process.returncode != 0:
            lines = [line for line in stderr.strip().splitlines() if line.strip()]
            raise RuntimeError(lines[-1] if lines else f"the renderer stopped (exit code {process.returncode})")

    def _finish(self, slide: _SlideRender) -> RenderResult:
        """Merge the parts into one render and commit it, or clean up after a failure."""
        job = slide.job
        seconds = time.perf_counter() - slide.started
        try:
            if slide.error or self._stop.is_set():
                raise RuntimeError(slide.error or "cancelled")
            sections = []
            for index in range(len(slide.parts)):
                part = slide.staging / f"part-{index}"
                for section in json.loads((part / "sections.json").read_text()):
                    (part / section["video"]).rename(slide.staging / section["video"])
                    sections.append(section)
                shutil.rmtree(part)
            (slide.staging / "sections.json").write_text(json.dumps(sections, indent=2))
            manifest = Manifest.from_sections(slide.staging, job.spec.name, job.key.quality, job.key.digest)
            if manifest.step_ids != job.spec.steps:
                raise RuntimeError(f"made steps {manifest.step_ids}, expected {job.spec.steps}")
            manifest = self.cache.commit(slide.staging, manifest, job.key)
            self.cache.remember(job.deck.name, job.slide.id, job.key)
            return RenderResult(job, "rendered", manifest, seconds=seconds)
        except (RuntimeError, OSError, ValueError, KeyError) as error:
            shutil.rmtree(slide.staging, ignore_errors=True)
            status = "cancelled" if self._stop.is_set() else "failed"
            return RenderResult(job, status, error=str(error), seconds=seconds)
