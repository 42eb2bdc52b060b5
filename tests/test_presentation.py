"""A presentation's lifetime, headless: a cold start plays the first step early, an ended one lets go."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import gc
import threading
import time
import weakref

import pytest
from PySide6.QtCore import SIGNAL, QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication

from presenter.app import main
from presenter.app.presentation import Presentation
from presenter.app.reload import DeckReloader
from presenter.deck.check import load_deck
from presenter.navigation import Phase, Position
from presenter.render.cache import RenderCache
from presenter.render.manifest import Manifest, StepVideo
from presenter.render.runner import RenderResult, RenderSummary
from presenter.settings import Settings
from tests.app_support import (
    FRAMES,
    FPS,
    STEPS,
    FakeRenderer,
    body,
    deck_text,
    scene_catalog,
    write_render,
    write_video,
)


@pytest.fixture
def setup(tmp_path):
    catalog = scene_catalog(tmp_path)
    path = tmp_path / "test.yaml"
    path.write_text(deck_text())
    return path, load_deck(path, catalog), catalog, RenderCache(tmp_path / "cache")


def colour(presentation):
    image = presentation.picture.image
    return image.pixelColor(image.width() // 2, image.height() // 2).getRgb()[:3]


def near(seen, expected, tolerance=24):
    return all(abs(a - b) <= tolerance for a, b in zip(seen, expected))


class FirstStepFirst(FakeRenderer):
    """A renderer that reports a slide's first step alone ("early"), then the whole slide when released."""

    def run(self, jobs, listener=None) -> RenderSummary:
        for job in jobs:
            if job.first_step_first:
                listener("start", job, None)
                listener("early", job, RenderResult(job, "early", self.first_step(job)))
                self.order.append(("early", job.slide.id))
        return super().run(jobs, listener)

    def first_step(self, job):
        folder = self.cache.staging()
        write_video(folder / f"{STEPS[0]}.mp4", [(200, 200, 30)] * FRAMES)
        video = StepVideo(STEPS[0], f"{STEPS[0]}.mp4", FRAMES / FPS, FRAMES, 160, 90, FPS)
        manifest = Manifest(job.key.scene, job.key.quality, job.key.digest, (video,), folder)
        manifest.write()
        return manifest


@pytest.fixture
def cold(qtbot, setup):
    """A presentation with nothing rendered: each job makes its first step first, then waits for the test."""
    path, deck, catalog, cache = setup

    def make(job):
        return write_render(job.deck, catalog, cache, [s.id for s in deck.slides].index(job.slide.id))

    renderer = FirstStepFirst(make)
    renderer.cache = cache
    presentation = Presentation(deck, catalog, cache, renderer)
    yield presentation, renderer
    presentation.close()


def test_a_cold_start_plays_the_first_step_made_alone_and_swaps_the_whole_slide_in_at_a_step_boundary(qtbot, cold):
    presentation, renderer = cold
    nav = presentation.navigator
    qtbot.waitUntil(lambda: not presentation.picture.image.isNull() and near(colour(presentation), (200, 200, 30)))
    assert nav.position == Position(0, 0) and renderer.order[0] == ("early", "slide-1")
    early = presentation.manifests[0].folder
    renderer.release.release()  # the whole slide lands while its first step plays
    qtbot.waitUntil(lambda: 0 in presentation.pending, timeout=5000)
    assert presentation.manifests[0].folder == early  # not in the middle of the step
    presentation.next()
    qtbot.waitUntil(lambda: near(colour(presentation), body(0, 1)), timeout=5000)
    assert presentation.manifests[0].step_ids == STEPS and not presentation.pending
    presentation.close()
    assert not early.exists()  # the first step made alone is removed with the presentation


def test_a_step_not_made_yet_waits_on_the_card_and_plays_as_soon_as_the_slide_lands(qtbot, cold):
    presentation, renderer = cold
    qtbot.waitUntil(lambda: presentation.manifests[0] is not None)
    presentation.next()  # step 2 is not made yet
    assert presentation.showing_placeholder() and not presentation.slide_failed()
    assert presentation.placeholder_text()[0] == "Preparing the animation…"
    renderer.release.release()
    qtbot.waitUntil(lambda: not presentation.showing_placeholder(), timeout=5000)
    assert presentation.navigator.phase is Phase.PLAYING and presentation.navigator.position == Position(0, 1)
    qtbot.waitUntil(lambda: near(colour(presentation), body(0, 1)), timeout=5000)


def test_presentations_started_and_ended_one_after_another_leave_nothing_behind(qtbot, setup):
    """As the start screen does: present, end, present again. Nothing of an ended one outlives it."""
    path, deck, catalog, cache = setup
    for index in range(len(deck.slides)):
        write_render(deck, catalog, cache, index)
    app = QApplication.instance()
    screen_signals = [SIGNAL("screenAdded(QScreen*)"), SIGNAL("screenRemoved(QScreen*)")]
    connections = [app.receivers(signal) for signal in screen_signals]
    threads = set(threading.enumerate())
    left: list[weakref.ref] = []
    for _ in range(3):
        show = main.open_show(path, cache.root, Settings(), catalog=catalog, renderer=FakeRenderer())
        show.place()
        presentation = show.presentation
        qtbot.waitUntil(lambda p=presentation: not p.picture.image.isNull(), timeout=5000)  # playing
        (reloader,) = presentation.findChildren(DeckReloader)
        assert reloader._watcher.files() and presentation.renders._thread is not None
        parts = [show, presentation, show.audience, show.presenter, reloader, reloader._watcher]
        parts += [presentation.player, presentation.stills, presentation.renders, presentation.picture]
        left += [weakref.ref(part) for part in parts]
        show.end()
        assert not reloader._watcher.files() and not reloader._watcher.directories()
        del show, presentation, reloader, parts
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        gc.collect()
    assert [type(ref()).__name__ for ref in left if ref() is not None] == []
    assert [app.receivers(signal) for signal in screen_signals] == connections
    assert [t.name for t in set(threading.enumerate()) - threads if t.is_alive()] == []


def test_presenting_again_and_again_from_the_start_screen_leaves_no_show_behind(qtbot, setup, monkeypatch, tmp_path):
    """The start screen's own loop (presenter/app/main.py): present, end, back to the start screen."""
    from PySide6.QtCore import QTimer

    import presenter.app.start as start_module

    path, deck, catalog, cache = setup
    for index in range(len(deck.slides)):
        write_render(deck, catalog, cache, index)
    monkeypatch.setattr(main, "load_catalog", lambda: catalog)
    monkeypatch.setenv("PRESENTER_CONFIG", str(tmp_path / "settings.json"))
    monkeypatch.setattr(main.Show, "request_quit", lambda self, parent=None: self.end() or True)
    shows: list[weakref.ref] = []
    ended: list[int] = []
    real_show, real_start = main.Show, start_module.StartScreen

    def make_show(*args):
        show = real_show(*args)
        shows.append(weakref.ref(show))
        show.ended.connect(lambda: ended.append(len(shows)))
        return show

    monkeypatch.setattr(main, "Show", make_show)
    starts = []
    monkeypatch.setattr(start_module, "StartScreen", lambda *args: (s := real_start(*args), starts.append(s))[0])
    rounds = []
    deadline = time.monotonic() + 20

    def drive():
        try:
            step()
        except Exception as error:  # say what went wrong instead of waiting for ever
            rounds.append(repr(error))
            QApplication.quit()

    def step():
        if time.monotonic() > deadline:
            rounds.append("out of time")
            QApplication.quit()
            return
        show = shows[-1]() if len(shows) > len(ended) else None  # the one not ended yet
        if show is not None and not show.presentation.picture.image.isNull() and show.presenter.isVisible():
            show.presenter.close()  # ends the show (answered yes above): back to the start screen
        elif starts and starts[0].isVisible() and len(rounds) < 2:
            rounds.append(len(shows))
            starts[0].chosen.emit(path, [])
        elif starts and starts[0].isVisible():
            gc.collect()
            rounds.append([type(ref()).__name__ for ref in shows if ref() is not None])
            starts[0].close()  # the last window: the app's loop ends
            return
        QTimer.singleShot(20, drive)

    QTimer.singleShot(0, drive)
    assert main.run(None, cache.root, renderer=FakeRenderer()) == 0
    assert rounds == [0, 1, []]  # two shows, none left once ended
