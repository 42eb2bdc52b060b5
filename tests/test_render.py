"""Rendering: render keys, cache reuse, atomic commits, failures and kills."""

from __future__ import annotations

import dataclasses
import os
import signal
import threading
import time
from pathlib import Path

import pytest

from presenter.catalog import load_catalog
from presenter.deck.check import load_deck
from presenter.render.cache import RenderCache
from presenter.render.key import render_key
from presenter.render.runner import Renderer, plan

FIXTURE_SCENES = Path(__file__).parent / "fixtures" / "scenes"
DECK = """\
schema: 1
title: Tiny
language: en
slides:
  - id: first
    title: First
    scene: Tiny
    params: {size: 1.0}
    steps:
      - {id: appear, narration: A square appears., caption: Square.}
      - {id: move, narration: It moves.}
  - id: second
    title: Second
    scene: Tiny
    params: {size: 2.0}
    steps:
      - {id: appear, narration: A bigger square.}
      - {id: move, narration: It moves too.}
"""


@pytest.fixture
def catalog():
    return load_catalog(FIXTURE_SCENES)


def deck_at(tmp_path: Path, text: str, catalog):
    path = tmp_path / "tiny.yaml"
    path.write_text(text)
    return load_deck(path, catalog)


def keys(deck, catalog, quality="preview"):
    return [render_key(s, catalog[s.scene], quality).digest for s in deck.slides]


def test_render_key_ignores_words_and_covers_picture(tmp_path, catalog):
    base = keys(deck_at(tmp_path, DECK, catalog), catalog)
    words = DECK.replace("A square appears.", "See the square.").replace("caption: Square.", "caption: Sq.")
    assert keys(deck_at(tmp_path, words.replace("title: First", "title: Erste"), catalog), catalog) == base
    assert keys(deck_at(tmp_path, DECK.replace("size: 1.0}", "size: 1.0, seconds: 0.4}"), catalog), catalog) == base
    param = keys(deck_at(tmp_path, DECK.replace("size: 1.0", "size: 1.5"), catalog), catalog)
    assert param[0] != base[0] and param[1] == base[1]
    labelled = DECK.replace("params: {size: 1.0}", "params: {size: 1.0}\n    labels: {word: hola}")
    assert keys(deck_at(tmp_path, labelled, catalog), catalog)[0] != base[0]
    assert keys(deck_at(tmp_path, DECK, catalog), catalog, "hd") != base


def test_render_key_covers_scene_helpers(tmp_path):
    scenes = tmp_path / "scenes"
    scenes.mkdir()
    (scenes / "parts.py").write_text("SIZE = 1\n")
    (scenes / "demo.py").write_text(
        "from scenes.parts import SIZE\nfrom scenes.base import DeckScene\n\n"
        "class Demo(DeckScene):\n    STEPS = ('a',)\n    PARAMS = {}\n    LABELS = {}\n"
    )
    before = load_catalog(scenes)["Demo"]
    assert [p.name for p in before.sources] == ["demo.py", "parts.py"]
    digest = before.source_digest()
    (scenes / "parts.py").write_text("SIZE = 2\n")
    assert before.source_digest() != digest


@pytest.mark.render
def test_render_reuses_and_rerenders_only_what_changed(tmp_path, catalog):
    cache = RenderCache(tmp_path / "cache")
    deck = deck_at(tmp_path, DECK, catalog)
    summary = Renderer(cache, jobs=2).run(plan([deck], catalog, "preview"))
    assert (summary.count("rendered"), summary.count("failed")) == (2, 0), summary.results
    manifest = summary.results[0].manifest
    assert manifest.step_ids == ("appear", "move")
    for step in manifest.steps:
        assert manifest.video(step.step).stat().st_size > 0
        assert (step.width, step.height, step.fps) == (854, 480, 15.0) and step.frames >= 6
    assert not list((cache.root / ".staging").iterdir())

    narration = deck_at(tmp_path, DECK.replace("It moves.", "Now it slides to the right."), catalog)
    again = Renderer(cache).run(plan([narration], catalog, "preview"))
    assert (again.count("rendered"), again.count("reused")) == (0, 2)

    edited = deck_at(tmp_path, DECK.replace("size: 2.0", "size: 2.5"), catalog)
    third = Renderer(cache).run(plan([edited], catalog, "preview"))
    assert (third.count("rendered"), third.count("reused")) == (1, 1)
    assert [r.job.slide.id for r in third.results if r.status == "rendered"] == ["second"]


@pytest.mark.render
def test_failed_render_names_slide_and_keeps_previous(tmp_path, catalog):
    cache = RenderCache(tmp_path / "cache")
    good = deck_at(tmp_path, DECK, catalog)
    Renderer(cache).run(plan([good], catalog, "preview")[:1])
    broken = deck_at(tmp_path, DECK.replace("size: 1.0}", "size: 1.0, fail: true}"), catalog)
    summary = Renderer(cache).run(plan([broken], catalog, "preview")[:1])
    result = summary.results[0]
    assert result.status == "failed" and result.job.name == "tiny/first"
    assert "asked to fail" in result.error
    previous = cache.last_good("tiny", "first", "preview")
    assert previous is not None and previous.video("appear").exists()
    assert not list((cache.root / ".staging").iterdir())


@pytest.mark.render
def test_kill_9_during_render_leaves_previous_render_playable(tmp_path, catalog):
    cache = RenderCache(tmp_path / "cache")
    Renderer(cache).run(plan([deck_at(tmp_path, DECK, catalog)], catalog, "preview")[:1])
    slow = deck_at(tmp_path, DECK.replace("size: 1.0}", "size: 1.0, seconds: 30.0}"), catalog)
    renderer = Renderer(cache)
    outcome: list = []
    thread = threading.Thread(target=lambda: outcome.append(renderer.run(plan([slow], catalog, "preview")[:1])))
    thread.start()
    deadline = time.monotonic() + 60
    while not renderer._processes and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(1.5)  # let the worker get into the render
    for process in list(renderer._processes):
        os.kill(process.pid, signal.SIGKILL)
    thread.join(60)
    assert outcome and outcome[0].results[0].status == "failed"
    previous = cache.last_good("tiny", "first", "preview")
    assert previous is not None and all(previous.video(s).exists() for s in ("appear", "move"))
    assert cache.find(render_key(slow.slides[0], catalog["Tiny"], "preview")) is None


def test_split_steps_balances_contiguous_groups():
    from presenter.render.runner import split_steps

    steps = ("a", "b", "c", "d")
    assert split_steps(steps, 1, [1, 1, 1, 1]) == [steps]
    assert split_steps(steps, 2, [1, 1, 1, 1]) == [("a", "b"), ("c", "d")]
    assert split_steps(steps, 2, [6, 1, 1, 1]) == [("a",), ("b", "c", "d")]
    assert split_steps(steps, 3, [1, 1, 1, 9]) == [("a", "b"), ("c",), ("d",)]
    assert split_steps(("a",), 4, [1]) == [("a",)]


def last_frame(path: Path):
    import av

    with av.open(str(path)) as container:
        frame = None
        for frame in container.decode(video=0):
            pass
        return frame.to_ndarray(format="rgb24").astype(int)


@pytest.mark.render
def test_render_in_parallel_parts_matches_whole_render(tmp_path, catalog):
    """Also with the first step made alone (as for a cold start): it is reported first, and plays."""
    deck = deck_at(tmp_path, DECK, catalog)
    whole = Renderer(RenderCache(tmp_path / "one"), jobs=1).run(plan([deck], catalog, "preview")[:1])
    early = []
    job = dataclasses.replace(plan([deck], catalog, "preview")[0], first_step_first=True)
    split = Renderer(RenderCache(tmp_path / "two"), jobs=2).run(
        [job], lambda event, job, result: early.append(result.manifest) if event == "early" else None
    )
    a, b = whole.results[0].manifest, split.results[0].manifest
    assert a.step_ids == b.step_ids == ("appear", "move")
    for step in a.step_ids:
        assert abs(last_frame(a.video(step)) - last_frame(b.video(step))).mean() < 1.0
    assert [s.frames for s in a.steps] == [s.frames for s in b.steps]
    assert [m.step_ids for m in early] == [("appear",)] and early[0].steps[0].frames == a.steps[0].frames
    assert abs(last_frame(early[0].video("appear")) - last_frame(a.video("appear"))).mean() < 1.0


def test_real_scene_sources_include_the_shared_base_look_and_parts():
    sources = {p.name for p in load_catalog()["KeysAndLocks"].sources}
    assert {"keys_and_locks.py", "base.py", "look.py", "parts.py"} <= sources
