"""Small stand-in renders for export tests: real H.264 step videos, filed in a render cache
under the decks' real render keys, so `presenter export` finds them and renders nothing.
"""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import av
import numpy as np

from presenter.catalog import load_catalog
from presenter.deck.check import load_deck
from presenter.deck.model import Deck
from presenter.paths import DECKS_DIR
from presenter.render.cache import RenderCache
from presenter.render.key import render_key
from presenter.render.manifest import Manifest, StepVideo

SIZE, FPS, FRAMES = (320, 180), 15, 8


def write_video(path: Path, shade: int, frames: int = FRAMES) -> None:
    """A short 320x180 15 fps H.264 clip: a flat colour with a moving bright bar."""
    with av.open(str(path), "w", format="mp4") as container:
        stream = container.add_stream("libx264", rate=FPS)
        stream.width, stream.height, stream.pix_fmt = *SIZE, "yuv420p"
        stream.codec_context.time_base = Fraction(1, FPS)
        for index in range(frames):
            picture = np.full((SIZE[1], SIZE[0], 3), (20, shade, 90), np.uint8)
            picture[60:120, 20 + index * 30 : 50 + index * 30] = 240
            frame = av.VideoFrame.from_ndarray(picture, format="rgb24")
            frame.pts = index
            container.mux(stream.encode(frame))
        container.mux(stream.encode(None))


def fake_renders(cache_root: Path, deck: Deck, quality: str = "preview") -> list[Manifest]:
    """A finished render of every slide of ``deck`` in the cache, at its current render key."""
    cache, catalog = RenderCache(cache_root), load_catalog()
    manifests = []
    for number, slide in enumerate(deck.slides):
        key = render_key(slide, catalog[slide.scene], quality)
        folder = cache.folder(key)
        if (found := cache.find(key)) is not None:
            manifests.append(found)
            continue
        folder.mkdir(parents=True, exist_ok=True)
        steps = []
        for index, step in enumerate(slide.steps):
            name = f"{step.id}.mp4"
            write_video(folder / name, 40 + 30 * ((number + index) % 6))
            steps.append(StepVideo(step.id, name, FRAMES / FPS, FRAMES, *SIZE, float(FPS)))
        manifest = Manifest(slide.scene, quality, key.digest, tuple(steps), folder)
        manifest.write()
        manifests.append(manifest)
    return manifests


def builtin(name: str) -> Deck:
    return load_deck(DECKS_DIR / f"{name}.yaml")


SHORT_DECK = """\
schema: 1
title: Keys and locks, short
language: en
slides:
  - id: keys-and-locks
    title: Keys and locks
    scene: KeysAndLocks
    steps:
      - {id: neuron, narration: A nerve cell., hold: 0}
      - {id: natural-keys, narration: Its keys., hold: 0}
      - {id: lock-turns, narration: A key fits., hold: 0}
      - {id: reward-signal, narration: Dopamine., hold: 0}
"""


def short_deck(folder: Path) -> Path:
    """A one-slide deck with no holds, for quick video exports."""
    path = folder / "short.yaml"
    path.write_text(SHORT_DECK, encoding="utf-8")
    return path
