"""The presenter window, headless: playback, hold, keys, background renders, run().

Renders are faked: tiny solid-colour H.264 videos written with PyAV into a
real RenderCache under the real render keys, so no Manim runs. Every step's
video shows one colour and ends on a different one, so the tests can tell
which frame of which step is on screen.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia.*.debug=false;qt.multimedia.*.info=false")

import dataclasses
import sys
import threading
from pathlib import Path

import av
import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication

from presenter.app import main
from presenter.app.window import PresenterWindow
from presenter.catalog import SceneSpec
from presenter.deck.check import load_deck
from presenter.navigation import Phase, Position
from presenter.render.cache import RenderCache
from presenter.render.key import render_key
from presenter.render.manifest import Manifest, StepVideo
from presenter.render.runner import RenderResult, RenderSummary

STEPS = ("neuron", "natural-keys", "lock-turns", "reward-signal")
FRAMES, FPS = 10, 20
DECK = """\
schema: 1
title: Test deck
language: en
slides:
""" + "".join(f"""\
  - id: slide-{n}
    title: Slide number {n}
    scene: KeysAndLocks
    params: {{receptors: {receptors}}}
    steps:
""" + "".join(f"      - {{id: {step}, narration: Slide {n} says {step}.}}\n" for step in STEPS)
    for n, receptors in ((1, 6), (2, 8), (3, 10)))


def body(slide: int, step: int) -> tuple[int, int, int]:
    return (20 + 70 * step, 40 + 70 * slide, 230)


def last(slide: int, step: int) -> tuple[int, int, int]:
    return (230, 20 + 70 * step, 40 + 70 * slide)


def write_video(path: Path, colours: list[tuple[int, int, int]]) -> None:
    with av.open(str(path), "w") as out:
        stream = out.add_stream("libx264", rate=FPS)
        stream.width, stream.height, stream.pix_fmt = 160, 90, "yuv420p"
        for colour in colours:
            frame = av.VideoFrame.from_ndarray(np.full((90, 160, 3), colour, np.uint8), format="rgb24")
            for packet in stream.encode(frame):
                out.mux(packet)
        for packet in stream.encode():
            out.mux(packet)


@pytest.fixture
def catalog(tmp_path):
    scene = tmp_path / "keys_and_locks.py"
    scene.write_text("# stands in for scenes/keys_and_locks.py\n")
    spec = SceneSpec("KeysAndLocks", scene, STEPS, {"receptors": 6}, {}, sources=(scene,))
    return {"KeysAndLocks": spec}


@pytest.fixture
def deck(tmp_path, catalog):
    path = tmp_path / "test.yaml"
    path.write_text(DECK)
    return load_deck(path, catalog)


@pytest.fixture
def cache(tmp_path):
    return RenderCache(tmp_path / "cache")


def old_body(slide: int, step: int) -> tuple[int, int, int]:
    return (20 + 70 * step, 230, 40)


def write_render(deck, catalog, cache, index: int, slide=None, colour=body) -> Manifest:
    """A fake preview render of one slide, exactly where best_render looks."""
    slide = slide or deck.slides[index]
    key = render_key(slide, catalog[slide.scene], "preview")
    folder = cache.folder(key)
    folder.mkdir(parents=True, exist_ok=True)
    videos = []
    for number, step in enumerate(slide.steps):
        write_video(folder / f"{step.id}.mp4", [colour(index, number)] * (FRAMES - 1) + [last(index, number)])
        videos.append(StepVideo(step.id, f"{step.id}.mp4", FRAMES / FPS, FRAMES, 160, 90, FPS))
    Manifest(key.scene, key.quality, key.digest, tuple(videos), folder).write()
    return cache.find(key)


class FakeRenderer:
    """Stands in for Renderer: each job waits until the test releases it."""

    def __init__(self, make, fail: bool = False):
        self.make, self.fail = make, fail
        self.order: list[int] = []
        self.release = threading.Semaphore(0)
        self.cancelled = threading.Event()

    def run(self, jobs, listener=None) -> RenderSummary:
        for job in jobs:
            self.order.append(int(job.slide.id.split("-")[1]) - 1)
            listener("start", job, None)
            while not self.release.acquire(timeout=0.05):
                if self.cancelled.is_set():
                    return RenderSummary()
            if self.fail:
                listener("done", job, RenderResult(job, "failed", error="the scene crashed"))
            else:
                listener("done", job, RenderResult(job, "rendered", self.make(job)))
        return RenderSummary()

    def cancel(self) -> None:
        self.cancelled.set()


def colour_at_centre(window: PresenterWindow) -> tuple[int, int, int]:
    """The colour painted in the middle of the video area."""
    image = window.view.grab().toImage()
    return image.pixelColor(image.width() // 2, image.height() // 2).getRgb()[:3]


def near(seen, expected, tolerance: int = 24) -> bool:
    return all(abs(a - b) <= tolerance for a, b in zip(seen, expected))


def open_window(qtbot, deck, catalog, cache, renderer=None) -> PresenterWindow:
    window = PresenterWindow(deck, catalog, cache, renderer)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def rendered(deck, catalog, cache):
    for index in range(len(deck.slides)):
        write_render(deck, catalog, cache, index)
    return cache


def wait_for_colour(qtbot, window, colour) -> None:
    qtbot.waitUntil(lambda: near(colour_at_centre(window), colour), timeout=5000)


def test_first_step_plays_to_its_end_and_holds_its_last_frame(qtbot, deck, catalog, rendered):
    window = open_window(qtbot, deck, catalog, rendered)
    assert window.windowTitle() == "Test deck — Brain Explainer"
    assert window.navigator.phase is Phase.PLAYING
    with qtbot.waitSignal(window.player.finished, timeout=5000):
        pass
    qtbot.waitUntil(lambda: window.navigator.phase is Phase.HELD)
    assert window.view.images_shown >= FRAMES // 2  # frames really arrived through the sink
    assert near(colour_at_centre(window), last(0, 0))
    assert window.narration.text() == "Slide 1 says neuron."
    assert window.narration.font().family() == "Atkinson Hyperlegible"
    assert window.narration.font().pixelSize() >= 27  # at least 20 pt
    assert window.position_label.text() == "Slide 1 of 3 · Step 1 of 4"
    assert window.slide_title.text() == "Slide number 1"


def test_keys_advance_and_go_back_to_held_last_frames(qtbot, deck, catalog, rendered):
    window = open_window(qtbot, deck, catalog, rendered)
    nav = window.navigator
    for key, expected in ((Qt.Key.Key_Right, Position(0, 1)), (Qt.Key.Key_Space, Position(0, 2)),
                          (Qt.Key.Key_PageDown, Position(0, 3)), (Qt.Key.Key_N, Position(1, 0))):
        qtbot.keyClick(window, key)
        assert nav.position == expected and nav.phase is Phase.PLAYING
        wait_for_colour(qtbot, window, body(expected.slide, expected.step))
        assert window.narration.text() == f"Slide {expected.slide + 1} says {STEPS[expected.step]}."
    assert window.position_label.text() == "Slide 2 of 3 · Step 1 of 4"
    for key, expected in ((Qt.Key.Key_Left, Position(0, 3)), (Qt.Key.Key_PageUp, Position(0, 2)),
                          (Qt.Key.Key_Backspace, Position(0, 1))):
        qtbot.keyClick(window, key)
        assert nav.position == expected and nav.phase is Phase.HELD
        wait_for_colour(qtbot, window, last(expected.slide, expected.step))  # steps never played to the end
        assert window.narration.text() == f"Slide 1 says {STEPS[expected.step]}."
    held = window.view.images_shown
    qtbot.keyClick(window, Qt.Key.Key_Down)  # from a held step, next plays the following one
    assert nav.position == Position(0, 2) and nav.phase is Phase.PLAYING
    qtbot.waitUntil(lambda: nav.phase is Phase.HELD, timeout=5000)
    assert window.view.images_shown > held and near(colour_at_centre(window), last(0, 2))


def test_advancing_keeps_the_old_picture_until_the_next_video_shows(qtbot, deck, catalog, rendered):
    window = open_window(qtbot, deck, catalog, rendered)
    qtbot.waitUntil(lambda: window.navigator.phase is Phase.HELD, timeout=5000)
    seen = []
    window.player.frame.connect(lambda frame: seen.append(frame.toImage().pixelColor(80, 45).getRgb()[:3]))
    qtbot.keyClick(window, Qt.Key.Key_Right)
    assert near(colour_at_centre(window), last(0, 0))  # no black between the two videos
    wait_for_colour(qtbot, window, body(0, 1))
    assert seen and all(near(c, body(0, 1)) or near(c, last(0, 1)) for c in seen)


def test_going_back_after_watching_shows_the_last_frame_at_once(qtbot, deck, catalog, rendered):
    window = open_window(qtbot, deck, catalog, rendered)
    qtbot.waitUntil(lambda: window.navigator.phase is Phase.HELD, timeout=5000)
    qtbot.keyClick(window, Qt.Key.Key_Right)
    wait_for_colour(qtbot, window, body(0, 1))
    qtbot.keyClick(window, Qt.Key.Key_Left)
    assert near(colour_at_centre(window), last(0, 0))  # kept from playback, no decoding needed


def test_keys_at_the_ends_of_the_deck_do_nothing_bad(qtbot, deck, catalog, rendered):
    window = open_window(qtbot, deck, catalog, rendered)
    nav = window.navigator
    for key in (Qt.Key.Key_Left, Qt.Key.Key_PageUp, Qt.Key.Key_Up, Qt.Key.Key_P):
        qtbot.keyClick(window, key)
        assert nav.position == Position(0, 0)
    qtbot.keyClick(window, Qt.Key.Key_End)
    assert nav.position == Position(2, 0)
    for _ in range(3):
        qtbot.keyClick(window, Qt.Key.Key_PageDown)
    assert nav.at_end and nav.phase is Phase.PLAYING
    qtbot.keyClick(window, Qt.Key.Key_PageDown)  # finishes the last step at once
    assert nav.phase is Phase.HELD
    wait_for_colour(qtbot, window, last(2, 3))
    for key in (Qt.Key.Key_PageDown, Qt.Key.Key_Right, Qt.Key.Key_Space):
        qtbot.keyClick(window, key)
    assert nav.at_end and nav.phase is Phase.HELD and near(colour_at_centre(window), last(2, 3))
    qtbot.keyClick(window, Qt.Key.Key_Home)
    assert nav.position == Position(0, 0) and nav.phase is Phase.PLAYING


def test_click_advances_and_fullscreen_and_blank_keys(qtbot, deck, catalog, rendered):
    window = open_window(qtbot, deck, catalog, rendered)
    qtbot.mouseClick(window.view, Qt.MouseButton.LeftButton, pos=QPoint(20, 20))
    assert window.navigator.position == Position(0, 1)
    qtbot.keyClick(window, Qt.Key.Key_F)
    qtbot.waitUntil(window.isFullScreen)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.isFullScreen())
    qtbot.keyClick(window, Qt.Key.Key_B)
    assert window.blank.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_Right)  # wakes the screen without moving on
    assert not window.blank.isVisible() and window.navigator.position == Position(0, 1)


def test_waits_with_a_placeholder_then_plays_when_the_render_lands(qtbot, deck, catalog, cache):
    renderer = FakeRenderer(lambda job: write_render(deck, catalog, cache, int(job.slide.id[-1]) - 1))
    window = open_window(qtbot, deck, catalog, cache, renderer)
    nav = window.navigator
    assert nav.phase is Phase.WAITING
    assert window.stage.currentWidget() is window.placeholder
    qtbot.waitUntil(lambda: renderer.order == [0])
    qtbot.waitUntil(lambda: "Slide 1 of 3" in window.placeholder.detail.text())
    assert window.placeholder.title.text() == "Preparing the animation…"
    assert window.narration.text() == "Slide 1 says neuron."
    qtbot.keyClick(window, Qt.Key.Key_End)  # the slide on screen is rendered next
    assert nav.position == Position(2, 0) and nav.phase is Phase.WAITING
    renderer.release.release()
    qtbot.waitUntil(lambda: renderer.order == [0, 2])
    assert nav.is_ready(0) and not nav.is_ready(2)
    renderer.release.release()
    qtbot.waitUntil(lambda: nav.phase is Phase.PLAYING, timeout=5000)
    assert window.stage.currentWidget() is window.view
    wait_for_colour(qtbot, window, body(2, 0))
    renderer.release.release()
    qtbot.waitUntil(lambda: renderer.order == [0, 2, 1] and nav.is_ready(1))
    assert not renderer.cancelled.is_set()


def test_a_failed_render_says_so_calmly(qtbot, deck, catalog, cache):
    renderer = FakeRenderer(None, fail=True)
    window = open_window(qtbot, deck, catalog, cache, renderer)
    renderer.release.release()
    qtbot.waitUntil(lambda: "could not be prepared" in window.placeholder.title.text())
    assert "the scene crashed" in window.placeholder.detail.text()
    assert window.navigator.phase is Phase.WAITING


def test_closing_cancels_background_renders(qtbot, deck, catalog, cache):
    renderer = FakeRenderer(None)
    window = open_window(qtbot, deck, catalog, cache, renderer)
    qtbot.waitUntil(lambda: renderer.order == [0])
    thread = window.renders._thread
    window.close()
    assert renderer.cancelled.is_set() and thread is not None and not thread.is_alive()


def test_an_older_render_plays_until_the_fresh_one_can_start_the_slide(qtbot, deck, catalog, cache):
    for index in (1, 2):
        write_render(deck, catalog, cache, index)
    edited = dataclasses.replace(deck.slides[0], params={"receptors": 7})  # the picture changed since
    write_render(deck, catalog, cache, 0, slide=edited, colour=old_body)
    cache.remember(deck.name, edited.id, render_key(edited, catalog["KeysAndLocks"], "preview"))
    renderer = FakeRenderer(lambda job: write_render(deck, catalog, cache, 0))
    window = open_window(qtbot, deck, catalog, cache, renderer)
    assert window.navigator.phase is Phase.PLAYING  # the last good render, at once
    wait_for_colour(qtbot, window, old_body(0, 0))
    qtbot.waitUntil(lambda: "Updating slide 1 of 3" in window.status.text())
    renderer.release.release()
    qtbot.waitUntil(lambda: window.status.text() == "")
    qtbot.keyClick(window, Qt.Key.Key_Right)  # no change of picture in the middle of a slide
    wait_for_colour(qtbot, window, old_body(0, 1))
    qtbot.keyClick(window, Qt.Key.Key_Home)
    wait_for_colour(qtbot, window, body(0, 0))


def test_signals_do_not_drain_references_to_true(qtbot, deck, catalog, rendered):
    before = sys.getrefcount(True)
    window = open_window(qtbot, deck, catalog, rendered)
    qtbot.waitUntil(lambda: window.navigator.phase is Phase.HELD, timeout=5000)
    for _ in range(200):
        window.player.finished.emit(Path("elsewhere.mp4"))
    assert window.view.images_shown >= FRAMES // 2
    assert sys.getrefcount(True) >= before - 5  # PySide6 6.12.0 lost one per emit: pinned out


def test_run_reports_deck_problems_and_returns_1(tmp_path, monkeypatch, qapp, catalog):
    shown = []
    monkeypatch.setattr(main.ProblemDialog, "show_problems", classmethod(lambda cls, p, problems: shown.append(problems)))
    monkeypatch.setattr(main, "load_catalog", lambda: catalog)
    bad = tmp_path / "bad.yaml"
    bad.write_text(DECK.replace("scene: KeysAndLocks", "scene: KeysAndLock", 1))
    assert main.run(bad, tmp_path / "cache") == 1
    assert "KeysAndLock" in str(shown[0][0]) and "Did you mean 'KeysAndLocks'?" in str(shown[0][0])


def test_run_shows_the_deck_until_the_window_closes(deck, catalog, rendered, monkeypatch, qapp):
    monkeypatch.setattr(main, "load_catalog", lambda: catalog)
    seen = []

    def close_when_playing():
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, PresenterWindow) and w.isVisible()]
        if windows and windows[0].view.images_shown:
            seen.append(windows[0].windowTitle())
            windows[0].close()
        else:
            QTimer.singleShot(20, close_when_playing)

    QTimer.singleShot(0, close_when_playing)
    assert main.run(deck.path, rendered.root) == 0
    assert seen == ["Test deck — Brain Explainer"]
