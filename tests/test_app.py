"""The presenter, headless: playback, holds, every key, blank screens, speed, placeholders.

Renders are faked (tests/app_support.py): tiny solid-colour H.264 videos in a
real RenderCache, so no Manim runs. The audience picture is checked where it
is made (the shared Picture) and, where it matters, as painted on screen.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import gc
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt

from presenter.app import dialogs
from presenter.app.overlays import Notice
from presenter.app.show import Show
from presenter.app.presentation import Presentation
from presenter.deck.check import load_deck
from presenter.navigation import Phase, Position
from presenter.render.cache import RenderCache
from presenter.render.key import render_key
from presenter.settings import Settings
from tests.app_support import FRAMES, FakeRenderer, body, deck_text, last, scene_catalog, write_render


@pytest.fixture
def catalog(tmp_path):
    return scene_catalog(tmp_path)


@pytest.fixture
def deck(tmp_path, catalog):
    path = tmp_path / "test.yaml"
    path.write_text(deck_text())
    return load_deck(path, catalog)


@pytest.fixture
def cache(tmp_path):
    return RenderCache(tmp_path / "cache")


@pytest.fixture
def rendered(deck, catalog, cache):
    for index in range(len(deck.slides)):
        write_render(deck, catalog, cache, index)
    return cache


SHOWS: list[Show] = []


@pytest.fixture(autouse=True)
def end_shows():
    """End every show a test started (windows close without asking, renders stop)."""
    yield
    while SHOWS:
        SHOWS.pop().end()


def start_show(qtbot, deck, catalog, cache, renderer=None, settings=None) -> Show:
    presentation = Presentation(deck, catalog, cache, renderer or FakeRenderer())
    saved: list[Settings] = []
    show = Show(presentation, settings or Settings(), saved.append)
    show.saved = saved
    SHOWS.append(show)
    show.place()
    return show


@pytest.fixture
def show(qtbot, deck, catalog, rendered):
    return start_show(qtbot, deck, catalog, rendered)


def picture_colour(show: Show) -> tuple[int, int, int]:
    image = show.presentation.picture.image
    return image.pixelColor(image.width() // 2, image.height() // 2).getRgb()[:3]


def near(seen, expected, tolerance: int = 24) -> bool:
    return all(abs(a - b) <= tolerance for a, b in zip(seen, expected))


def wait_for_colour(qtbot, show, colour) -> None:
    qtbot.waitUntil(
        lambda: not show.presentation.picture.image.isNull() and near(picture_colour(show), colour), timeout=5000
    )


def press(qtbot, show, key, window=None, text: str = "") -> None:
    window = window or (show.presenter if show.presenter.isVisible() else show.audience)
    qtbot.keyClick(window, key) if not text else qtbot.keyClicks(window, text)


def test_first_step_plays_to_its_end_and_holds_its_last_frame(qtbot, show):
    p = show.presentation
    frames = []
    p.picture.changed.connect(lambda: frames.append(1))
    assert p.navigator.phase is Phase.PLAYING
    qtbot.waitUntil(lambda: p.navigator.phase is Phase.HELD, timeout=5000)
    assert len(frames) >= FRAMES // 2  # frames really arrived through the sink
    assert near(picture_colour(show), last(0, 0))
    view = show.presenter
    assert view.narration.text() == "Slide 1 says neuron."
    assert view.narration.font().family() == "Atkinson Hyperlegible"
    assert view.position_label.text() == "Slide 1 of 3 · Step 1 of 4"
    assert view.slide_title.text() == "Slide number 1"
    assert view.next_narration.text() == "Slide 1 says natural-keys."
    assert "Notes for slide 1." in view.notes.toPlainText() and "A book about locks." in view.notes.toPlainText()
    assert view.slides.count() == 3 and view.slides.currentRow() == 0


def test_every_next_and_previous_key_works_in_both_windows(qtbot, show):
    nav = show.presentation.navigator
    show.toggle_presenter_view()  # the audience view, as on a laptop turned toward the patient
    assert show.audience.isVisible() and not show.presenter.isVisible()
    keys = (Qt.Key.Key_Right, Qt.Key.Key_Space, Qt.Key.Key_PageDown, Qt.Key.Key_Down, Qt.Key.Key_N, Qt.Key.Key_Return)
    expected = [Position(0, 1), Position(0, 2), Position(0, 3), Position(1, 0), Position(1, 1), Position(1, 2)]
    for index, (key, position) in enumerate(zip(keys, expected)):
        window = show.audience if index % 2 else show.presenter
        qtbot.keyClick(window, key)
        assert nav.position == position and nav.phase is Phase.PLAYING
    wait_for_colour(qtbot, show, body(1, 2))
    back = (Qt.Key.Key_Left, Qt.Key.Key_PageUp, Qt.Key.Key_Up, Qt.Key.Key_Backspace, Qt.Key.Key_P)
    expected = [Position(1, 1), Position(1, 0), Position(0, 3), Position(0, 2), Position(0, 1)]
    for index, (key, position) in enumerate(zip(back, expected)):
        qtbot.keyClick(show.audience if index % 2 else show.presenter, key)
        assert nav.position == position and nav.phase is Phase.HELD
        wait_for_colour(qtbot, show, last(position.slide, position.step))
    qtbot.mouseClick(show.audience, Qt.MouseButton.LeftButton, pos=QPoint(30, 30))
    assert nav.position == Position(0, 2) and nav.phase is Phase.PLAYING


def test_going_back_after_watching_shows_the_last_frame_at_once(qtbot, show):
    p = show.presentation
    qtbot.waitUntil(lambda: p.navigator.phase is Phase.HELD, timeout=5000)
    press(qtbot, show, Qt.Key.Key_Right)
    wait_for_colour(qtbot, show, body(0, 1))
    press(qtbot, show, Qt.Key.Key_Left)
    assert near(picture_colour(show), last(0, 0))  # kept from playback, no decoding needed


def test_no_blank_frame_across_advances(qtbot, show):
    """Every frame delivered while advancing (and stepping back) is a real picture, and the
    screen shows a picture at the instant of every key press."""
    p = show.presentation
    delivered = []
    p.picture.changed.connect(lambda: delivered.append(p.picture.image.copy()))
    on_screen = []
    for _ in range(6):
        qtbot.waitUntil(lambda: p.navigator.phase is Phase.HELD, timeout=5000)
        press(qtbot, show, Qt.Key.Key_Right)
        on_screen.append(show.presenter.view.grab().toImage())  # before any new frame arrives
    qtbot.waitUntil(lambda: p.navigator.phase is Phase.HELD, timeout=5000)
    press(qtbot, show, Qt.Key.Key_Left)
    on_screen.append(show.presenter.view.grab().toImage())
    assert len(delivered) > 6 * FRAMES // 2
    for image in delivered + on_screen:
        assert not image.isNull()
        r, g, b = image.pixelColor(image.width() // 2, image.height() // 2).getRgb()[:3]
        assert max(r, g, b) > 100, "a black or empty frame reached the screen"


def test_ends_of_the_deck_home_end_and_replay(qtbot, show):
    nav = show.presentation.navigator
    for key in (Qt.Key.Key_Left, Qt.Key.Key_PageUp, Qt.Key.Key_Up, Qt.Key.Key_P):
        press(qtbot, show, key)
        assert nav.position == Position(0, 0)
    press(qtbot, show, Qt.Key.Key_End)
    assert nav.position == Position(2, 0)
    for _ in range(3):
        press(qtbot, show, Qt.Key.Key_PageDown)
    assert nav.at_end and nav.phase is Phase.PLAYING
    press(qtbot, show, Qt.Key.Key_PageDown)  # finishes the last step at once
    assert nav.phase is Phase.HELD
    wait_for_colour(qtbot, show, last(2, 3))
    assert show.presenter.next_still.text == "The end card"
    assert show.presenter.next_narration.text() == "Next: the end card (Test deck)."
    press(qtbot, show, Qt.Key.Key_Right)  # after the last step: a calm end card
    p = show.presentation
    assert p.finished and show.audience.stage.currentWidget() is show.audience.placeholder
    assert show.audience.placeholder.title.text() == "Test deck" and not show.audience.placeholder.progress.isVisibleTo(
        show.audience
    )
    assert "The audience sees the end card" in show.presenter.placeholder.detail.text()
    assert show.presenter.position_label.text() == "End card · after slide 3"
    for key in (Qt.Key.Key_PageDown, Qt.Key.Key_Right, Qt.Key.Key_Space):
        press(qtbot, show, key)
    assert p.finished and nav.at_end and nav.phase is Phase.HELD
    press(qtbot, show, Qt.Key.Key_Left)  # back to the last step's last frame
    assert not p.finished and show.audience.stage.currentWidget() is show.audience.view
    assert near(picture_colour(show), last(2, 3)) and nav.at_end
    press(qtbot, show, Qt.Key.Key_Right)
    press(qtbot, show, Qt.Key.Key_R)
    assert nav.at_end and nav.phase is Phase.PLAYING
    wait_for_colour(qtbot, show, body(2, 3))
    press(qtbot, show, Qt.Key.Key_Home)
    assert nav.position == Position(0, 0) and nav.phase is Phase.PLAYING


def test_a_number_then_enter_goes_to_that_slide(qtbot, show):
    nav = show.presentation.navigator
    press(qtbot, show, Qt.Key.Key_3)
    assert show.presenter.notice.isVisible() and "Go to slide 3" in show.presenter.notice.text()
    assert nav.position == Position(0, 0)
    press(qtbot, show, Qt.Key.Key_Enter)
    assert nav.position == Position(2, 0) and nav.phase is Phase.PLAYING
    press(qtbot, show, Qt.Key.Key_9)
    press(qtbot, show, Qt.Key.Key_Return)
    assert nav.position == Position(2, 0) and "no slide 9" in show.presenter.notice.text()
    press(qtbot, show, Qt.Key.Key_1)
    press(qtbot, show, Qt.Key.Key_Escape)  # forget the number
    press(qtbot, show, Qt.Key.Key_Return)  # Enter alone moves on
    assert nav.position == Position(2, 1)


def test_slide_list_click_jumps(qtbot, show):
    view = show.presenter
    item = view.slides.item(1)
    qtbot.mouseClick(view.slides.viewport(), Qt.MouseButton.LeftButton, pos=view.slides.visualItemRect(item).center())
    assert show.presentation.navigator.position == Position(1, 0)


def test_black_and_white_screens_toggle_and_any_key_wakes(qtbot, show):
    p, curtain = show.presentation, show.audience.curtain
    show.toggle_presenter_view()
    press(qtbot, show, Qt.Key.Key_B)
    assert p.blank == "black" and curtain.isVisible()
    press(qtbot, show, Qt.Key.Key_B)
    assert p.blank is None and not curtain.isVisible()
    press(qtbot, show, Qt.Key.Key_Period)
    image = show.audience.grab().toImage()
    assert image.pixelColor(image.width() // 2, image.height() // 2).getRgb()[:3] == (0, 0, 0)
    press(qtbot, show, Qt.Key.Key_W)  # from black straight to white
    assert p.blank == "white"
    image = show.audience.grab().toImage()
    assert image.pixelColor(10, 10).getRgb()[:3] == (255, 255, 255)
    press(qtbot, show, Qt.Key.Key_Comma)
    assert p.blank is None
    press(qtbot, show, Qt.Key.Key_Slash)
    press(qtbot, show, Qt.Key.Key_Right)  # wakes without moving on
    assert p.blank is None and p.navigator.position == Position(0, 0)
    toggle_view_back = show.toggle_presenter_view
    toggle_view_back()
    press(qtbot, show, Qt.Key.Key_B)
    assert "BLACK" in show.presenter.status.text()


def test_captions_band_speed_and_settings_are_remembered(qtbot, show):
    p = show.presentation
    show.toggle_presenter_view()
    assert not show.audience.caption.isVisible()
    show.audience.resize(1366, 768)
    press(qtbot, show, Qt.Key.Key_C)
    audience = show.audience
    assert audience.caption.isVisible() and audience.caption.text() == "Caption 1 neuron."
    qtbot.wait(20)
    assert audience.view.height() + audience.caption.height() <= audience.height()  # below, never over
    normal = audience.caption.font().pixelSize()
    assert normal >= 0.07 * audience.height()  # capitals about 10 mm on a 14-inch laptop, read from 2 m
    press(qtbot, show, Qt.Key.Key_C)  # large
    qtbot.wait(20)
    assert p.large_captions and audience.caption.font().pixelSize() > normal
    assert audience.view.height() + audience.caption.height() <= audience.height()
    assert show.settings.large_captions
    press(qtbot, show, Qt.Key.Key_C)  # off
    assert not p.captions and not audience.caption.isVisible()
    press(qtbot, show, Qt.Key.Key_C)  # normal again
    assert p.captions and not p.large_captions
    press(qtbot, show, Qt.Key.Key_BracketLeft)
    assert p.speed == 0.75 and p.player.speed == 0.75
    press(qtbot, show, Qt.Key.Key_BracketLeft)
    press(qtbot, show, Qt.Key.Key_BracketLeft)
    assert p.speed == 0.5 and not show.audience.findChildren(Notice)  # nothing for the clinician here
    press(qtbot, show, Qt.Key.Key_BracketRight)
    assert p.speed == 0.75
    for key in (Qt.Key.Key_Plus, Qt.Key.Key_Plus, Qt.Key.Key_Plus):  # no AltGr or Shift needed on a Spanish keyboard
        press(qtbot, show, key)
    assert p.speed == 1.5 and p.player.speed == 1.5
    press(qtbot, show, Qt.Key.Key_Minus)
    assert p.speed == 1.25
    press(qtbot, show, Qt.Key.Key_Minus)
    press(qtbot, show, Qt.Key.Key_Minus)
    assert show.settings.captions and show.settings.speed == 0.75 and not show.settings.presenter_view
    assert show.saved  # written through the save callable each time
    show.toggle_presenter_view()
    press(qtbot, show, Qt.Key.Key_BracketLeft)
    assert show.presenter.notice.isVisible() and show.presenter.notice.text() == "Speed 0.5×"


def test_help_and_glossary_overlays(qtbot, show):
    press(qtbot, show, Qt.Key.Key_F1)
    assert show.presenter.help.isVisible()
    texts = [label.text() for label in show.presenter.help.rows.findChildren(type(show.presenter.narration))]
    assert (
        "Go to that slide (2.3 then Enter: slide 2, step 3)" in texts
        and "Black screen (press again to return)" in texts
    )
    press(qtbot, show, Qt.Key.Key_Right)  # any key closes help without moving on
    assert not show.presenter.help.isVisible() and show.presentation.navigator.position == Position(0, 0)
    press(qtbot, show, Qt.Key.Key_Question, text="?")
    assert show.presenter.help.isVisible()
    press(qtbot, show, Qt.Key.Key_Escape)
    press(qtbot, show, Qt.Key.Key_G)  # one screen, presenter view: the patient's card over it
    assert show.presenter.glossary.isVisible() and show.presenter.glossary.shown_terms() == [
        ("receptor", "A lock on a nerve cell.")
    ]
    press(qtbot, show, Qt.Key.Key_G)
    assert not show.presenter.glossary.isVisible()


def test_fullscreen_and_escape_never_quits(qtbot, show, monkeypatch):
    asked = []
    monkeypatch.setattr(dialogs, "ask", lambda parent, *words: asked.append(parent) or False)
    press(qtbot, show, Qt.Key.Key_F)
    qtbot.waitUntil(show.presenter.isFullScreen)
    press(qtbot, show, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not show.presenter.isFullScreen())
    press(qtbot, show, Qt.Key.Key_Escape)
    assert show.presenter.isVisible() and not asked
    show.presenter.close()  # the window's close button asks first
    assert asked and show.presenter.isVisible()
    qtbot.keyClick(show.presenter, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert len(asked) == 2 and show.presenter.isVisible()
    assert asked == [show.presenter, show.presenter]  # asked on the clinician's screen
    ended = []
    show.ended.connect(lambda: ended.append(1))
    monkeypatch.setattr(dialogs, "ask", lambda parent, *words: True)
    qtbot.keyClick(show.presenter, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert ended and not show.presenter.isVisible()


def test_waits_with_a_placeholder_then_plays_when_the_render_lands(qtbot, deck, catalog, cache):
    renderer = FakeRenderer(
        lambda job: write_render(deck, catalog, cache, int(job.slide.id[-1]) - 1, quality=job.key.quality)
    )
    show = start_show(qtbot, deck, catalog, cache, renderer)
    p, nav = show.presentation, show.presentation.navigator
    assert nav.phase is Phase.WAITING and show.presenter.stage.currentWidget() is show.presenter.placeholder
    qtbot.waitUntil(lambda: renderer.order == [(0, "preview")])
    qtbot.waitUntil(lambda: "Preparing the animation" in show.presenter.placeholder.title.text())
    show.toggle_presenter_view()
    assert show.audience.placeholder.narration.text() == "Slide 1 says neuron."  # keep talking
    press(qtbot, show, Qt.Key.Key_End)  # the slide on screen is rendered next
    assert nav.position == Position(2, 0) and nav.phase is Phase.WAITING
    renderer.release.release()
    qtbot.waitUntil(lambda: renderer.order[:2] == [(0, "preview"), (2, "preview")])
    assert nav.is_ready(0) and not nav.is_ready(2)
    renderer.release.release()
    qtbot.waitUntil(lambda: nav.phase is Phase.PLAYING, timeout=5000)
    assert show.audience.stage.currentWidget() is show.audience.view
    wait_for_colour(qtbot, show, body(2, 0))
    renderer.release.release()
    qtbot.waitUntil(lambda: (1, "preview") in renderer.order and nav.is_ready(1))
    for _ in range(3):
        renderer.release.release()  # then hd, the slide on screen first
    qtbot.waitUntil(lambda: renderer.order[3:6] == [(2, "hd"), (0, "hd"), (1, "hd")], timeout=5000)
    show.end()
    assert renderer.cancelled.is_set()


def test_a_failed_render_says_so_calmly_and_r_tries_again(qtbot, deck, catalog, cache):
    renderer = FakeRenderer(fail=True)
    show = start_show(qtbot, deck, catalog, cache, renderer)
    renderer.release.release()
    placeholder = show.presenter.placeholder
    qtbot.waitUntil(lambda: "can't be shown" in placeholder.title.text())
    assert "the scene crashed" in placeholder.detail.text() and placeholder.button.isVisible()
    assert show.presentation.navigator.phase is Phase.WAITING
    renderer.make = lambda job: write_render(deck, catalog, cache, int(job.slide.id[-1]) - 1, quality=job.key.quality)
    renderer.fail = False
    press(qtbot, show, Qt.Key.Key_R)
    count = len(renderer.order)  # (the job running now, slide 2's preview, finishes first)
    renderer.release.release()
    renderer.release.release()
    qtbot.waitUntil(lambda: show.presentation.navigator.phase is not Phase.WAITING, timeout=5000)
    assert renderer.order[count] == (0, "preview")
    show.end()


def test_a_damaged_video_shows_the_placeholder_and_offers_a_new_render(qtbot, deck, catalog, rendered):
    video = rendered.find(render_key(deck.slides[0], catalog["KeysAndLocks"], "preview")).video("natural-keys")
    video.write_bytes(b"not a video at all")
    p = start_show(qtbot, deck, catalog, rendered).presentation
    qtbot.waitUntil(lambda: p.navigator.phase is Phase.HELD, timeout=5000)
    p.next()
    qtbot.waitUntil(lambda: video in p.damaged, timeout=5000)
    assert p.showing_placeholder() and "damaged" in p.placeholder_text()[1]
    assert p.navigator.position == Position(0, 1)
    p.replay()  # R: render it again; the damaged render is thrown away
    assert not p.damaged and p.manifests[0] is None and not video.exists()
    assert p.navigator.phase is Phase.WAITING
    p.close()


def test_signals_do_not_drain_references_to_true(qtbot, show):
    p = show.presentation
    qtbot.waitUntil(lambda: p.navigator.phase is Phase.HELD, timeout=5000)
    gc.collect()
    before = sys.getrefcount(True)
    for _ in range(200):
        p.player.finished.emit(Path("elsewhere.mp4"))
    gc.collect()
    assert sys.getrefcount(True) >= before - 20  # PySide6 6.12.0 lost one per emit: pinned out
