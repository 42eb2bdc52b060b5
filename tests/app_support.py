"""Fake renders for the app's tests and benchmarks: real H.264 files, no Manim.

Tiny solid-colour videos are written with PyAV into a real RenderCache under
the real render keys. Every step's video shows one colour and ends on a
different one, so a test can tell which frame of which step is on screen.
"""

from __future__ import annotations

import threading
from pathlib import Path

import av
import numpy as np

from presenter.catalog import SceneSpec, load_catalog
from presenter.render.cache import RenderCache
from presenter.render.key import render_key
from presenter.render.manifest import Manifest, StepVideo
from presenter.render.runner import RenderResult, RenderSummary

STEPS = ("neuron", "natural-keys", "lock-turns", "reward-signal")
FRAMES, FPS = 10, 20


def deck_text(slides: int = 3) -> str:
    text = "schema: 1\ntitle: Test deck\nlanguage: en\nglossary:\n  receptor: A lock on a nerve cell.\n"
    text += "references:\n  ref-one: A book about locks.\nslides:\n"
    for n in range(1, slides + 1):
        text += (
            f"  - id: slide-{n}\n    title: Slide number {n}\n    scene: KeysAndLocks\n"
            f"    params: {{receptors: {4 + 2 * n}}}\n    notes: Notes for slide {n}.\n"
            "    references: [ref-one]\n    steps:\n"
        )
        text += "".join(
            f"      - {{id: {step}, narration: Slide {n} says {step}., caption: Caption {n} {step}.}}\n"
            for step in STEPS
        )
    return text


def body(slide: int, step: int) -> tuple[int, int, int]:
    return (20 + 70 * step, 40 + 70 * slide, 230)


def last(slide: int, step: int) -> tuple[int, int, int]:
    return (230, 20 + 70 * step, 40 + 70 * slide)


def old_body(slide: int, step: int) -> tuple[int, int, int]:
    return (20 + 70 * step, 230, 40)


def write_video(
    path: Path, colours: list[tuple[int, int, int]], size: tuple[int, int] = (160, 90), fps: int = FPS
) -> None:
    width, height = size
    with av.open(str(path), "w") as out:
        stream = out.add_stream("libx264", rate=fps)
        stream.width, stream.height, stream.pix_fmt = width, height, "yuv420p"
        stream.options = {"preset": "ultrafast"}
        for colour in colours:
            frame = av.VideoFrame.from_ndarray(np.full((height, width, 3), colour, np.uint8), format="rgb24")
            for packet in stream.encode(frame):
                out.mux(packet)
        for packet in stream.encode():
            out.mux(packet)


SCENE = f"""# stands in for scenes/keys_and_locks.py: declarations only, never rendered
class KeysAndLocks(DeckScene):
    STEPS = {STEPS!r}
    PARAMS = {{"receptors": 6}}
    BOUNDS = {{"receptors": (3, 10)}}
"""


def scene_catalog(folder: Path) -> dict[str, SceneSpec]:
    """A scenes folder with one fake scene, read by the real catalog."""
    scenes = folder / "scenes"
    scenes.mkdir(exist_ok=True)
    (scenes / "keys_and_locks.py").write_text(SCENE)
    return dict(load_catalog(scenes))


def write_render(
    deck,
    catalog,
    cache: RenderCache,
    index: int,
    slide=None,
    colour=body,
    quality: str = "preview",
    frames: int = FRAMES,
    size=(160, 90),
    fps: int = FPS,
    frame_colours=None,
) -> Manifest:
    """A fake render of one slide, exactly where best_render looks.

    ``frame_colours(index, number, frames)``, if given, colours every frame (e.g. a ramp, to tell frames apart)."""
    slide = slide or deck.slides[index]
    key = render_key(slide, catalog[slide.scene], quality)
    folder = cache.folder(key)
    folder.mkdir(parents=True, exist_ok=True)
    videos = []
    for number, step in enumerate(slide.steps):
        colours = [colour(index, number)] * (frames - 1) + [last(index, number)]
        write_video(
            folder / f"{step.id}.mp4", frame_colours(index, number, frames) if frame_colours else colours, size, fps
        )
        videos.append(StepVideo(step.id, f"{step.id}.mp4", frames / fps, frames, size[0], size[1], fps))
    Manifest(key.scene, key.quality, key.digest, tuple(videos), folder).write()
    cache.remember(deck.name, slide.id, key)
    return cache.find(key)


class FakeRenderer:
    """Stands in for Renderer: each job waits until the test releases it."""

    def __init__(self, make=None, fail: bool = False, hold: bool = True):
        self.make, self.fail, self.hold = make, fail, hold
        self.order: list[tuple[int, str]] = []
        self.release = threading.Semaphore(0)
        self.cancelled = threading.Event()

    def run(self, jobs, listener=None) -> RenderSummary:
        for job in jobs:
            self.order.append((int(job.slide.id.split("-")[1]) - 1, job.key.quality))
            listener("start", job, None)
            while self.hold and not self.release.acquire(timeout=0.05):
                if self.cancelled.is_set():
                    return RenderSummary()
            if self.fail or self.make is None:
                listener("done", job, RenderResult(job, "failed", error="the scene crashed"))
            else:
                listener("done", job, RenderResult(job, "rendered", self.make(job)))
        return RenderSummary()

    def cancel(self) -> None:
        self.cancelled.set()
