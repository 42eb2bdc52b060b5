"""Pause, scrub, the timeline, the overview and go-to-step, headless, on tiny real videos.

Each step's video is a ramp: frame n is a little redder than frame n-1, so a
test reads which frame of the step is on screen from the shared Picture.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QPoint, Qt

from presenter.navigation import Phase, Position
from tests.app_support import write_render
from tests.test_app import cache, catalog, deck, end_shows, start_show  # noqa: F401 (fixtures)

FRAMES, FPS = 20, 10  # 2 s a step, 100 ms a frame: SKIP_MS (1 s) is 10 frames
SIZE = (64, 36)  # small: quick to write


def ramp(index, number, frames):
    return [(20 + 10 * frame, 40 + 60 * number, 60 + 60 * index) for frame in range(frames)]


@pytest.fixture
def show(qtbot, deck, catalog, cache):
    for index in range(len(deck.slides)):
        write_render(deck, catalog, cache, index, frames=FRAMES, fps=FPS, size=SIZE, frame_colours=ramp)
    return start_show(qtbot, deck, catalog, cache)


def frame_on_screen(show) -> int:
    image = show.presentation.picture.image
    return round((image.pixelColor(image.width() // 2, image.height() // 2).red() - 20) / 10)


def wait_for_frame(qtbot, show, frame: int) -> None:
    qtbot.waitUntil(
        lambda: not show.presentation.picture.image.isNull() and frame_on_screen(show) == frame, timeout=5000
    )


def key(qtbot, show, key, modifiers=Qt.KeyboardModifier.NoModifier, window=None) -> None:
    qtbot.keyClick(window or show.presenter, key, modifiers)


def pause_at(qtbot, show, frame: int) -> None:
    """Let the first step play to about ``frame``, then press K."""
    clock = show.presentation.playback
    qtbot.waitUntil(lambda: clock.position_ms >= frame * clock.frame_ms, timeout=5000)
    key(qtbot, show, Qt.Key.Key_K)


def test_k_pauses_and_resumes_at_the_same_frame(qtbot, show):
    p = show.presentation
    pause_at(qtbot, show, 4)
    assert p.playback.paused and p.navigator.phase is Phase.PLAYING
    assert show.presenter.timeline.button.text() == "Play"
    qtbot.wait(100)  # whatever was on its way has arrived
    frozen = frame_on_screen(show)
    qtbot.wait(300)  # 3 frames' time
    assert frame_on_screen(show) == frozen and p.playback.frame == frozen
    seen = []
    p.picture.changed.connect(lambda: seen.append(frame_on_screen(show)))
    key(qtbot, show, Qt.Key.Key_K, window=show.audience)  # every key works in both windows
    assert p.playback.running and show.presenter.timeline.button.text() == "Pause"
    qtbot.waitUntil(lambda: len(seen) >= 3, timeout=5000)
    assert frozen <= seen[0] <= frozen + 2 and seen == sorted(seen)  # on from there, not from the start


def test_j_l_and_shift_move_the_picture_a_second_or_a_frame(qtbot, show):
    p = show.presentation
    pause_at(qtbot, show, 3)
    qtbot.wait(100)
    start = p.playback.frame
    key(qtbot, show, Qt.Key.Key_L)
    wait_for_frame(qtbot, show, start + 10)
    key(qtbot, show, Qt.Key.Key_L, Qt.KeyboardModifier.ShiftModifier)
    wait_for_frame(qtbot, show, start + 11)
    key(qtbot, show, Qt.Key.Key_J)
    wait_for_frame(qtbot, show, start + 1)
    key(qtbot, show, Qt.Key.Key_J, Qt.KeyboardModifier.ShiftModifier)
    wait_for_frame(qtbot, show, start)
    assert p.playback.paused and p.playback.frame == start
    key(qtbot, show, Qt.Key.Key_J)  # before the start: the first frame
    wait_for_frame(qtbot, show, 0)
    assert show.presenter.timeline.time.text() == "0:00.0 / 0:02.0"


def test_seeking_past_the_end_finishes_the_step_on_its_last_frame_and_next_plays_on(qtbot, show):
    p = show.presentation
    pause_at(qtbot, show, 2)
    key(qtbot, show, Qt.Key.Key_L)
    key(qtbot, show, Qt.Key.Key_L)
    assert p.playback.finished and p.navigator.phase is Phase.HELD
    wait_for_frame(qtbot, show, FRAMES - 1)
    for _ in range(2):  # a finished step, moved back: its last frame, then the one before, paused
        key(qtbot, show, Qt.Key.Key_J, Qt.KeyboardModifier.ShiftModifier)
    wait_for_frame(qtbot, show, FRAMES - 2)
    assert p.playback.paused
    key(qtbot, show, Qt.Key.Key_Right)  # leaving a paused step starts the next one normally
    assert p.navigator.position == Position(0, 1) and p.playback.running
    qtbot.waitUntil(lambda: p.playback.frame >= 3, timeout=5000)
    image = p.picture.image
    assert abs(image.pixelColor(image.width() // 2, image.height() // 2).green() - ramp(0, 1, 1)[0][1]) < 12


def test_dragging_the_timeline_moves_the_picture_live(qtbot, show):
    p, bar = show.presentation, show.presenter.timeline.bar
    show.presenter.resize(1366, 768)
    qtbot.waitUntil(lambda: bar.width() > 200)
    track = bar._track()
    y = bar.height() // 2

    def x_at(frame: int) -> int:
        return round(track.left() + (frame + 0.5) / FRAMES * track.width())

    qtbot.mousePress(bar, Qt.MouseButton.LeftButton, pos=QPoint(x_at(15), y))
    assert p.playback.paused  # still while dragged
    wait_for_frame(qtbot, show, 15)
    for frame in (12, 9, 5):
        qtbot.mouseMove(bar, QPoint(x_at(frame), y))
    wait_for_frame(qtbot, show, 5)  # the latest position wins
    qtbot.mouseRelease(bar, Qt.MouseButton.LeftButton, pos=QPoint(x_at(5), y))
    assert p.playback.running  # it was moving: it plays on from there
    qtbot.waitUntil(lambda: frame_on_screen(show) > 6, timeout=5000)
    assert show.audience.view.picture is p.picture  # one picture: the audience sees the same frame


def test_speed_applies_across_pause_and_seek(qtbot, show):
    p = show.presentation
    key(qtbot, show, Qt.Key.Key_BracketLeft)
    key(qtbot, show, Qt.Key.Key_K)
    key(qtbot, show, Qt.Key.Key_L, Qt.KeyboardModifier.ShiftModifier)
    key(qtbot, show, Qt.Key.Key_K)
    active = p.player._decks[p.player._active].player
    assert p.playback.rate == 0.75 and active.playbackRate() == 0.75 and p.playback.running
    button = show.presenter.timeline.button  # the presenter view's button does what K does
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert p.playback.paused and button.text() == "Play"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert p.playback.running and button.text() == "Pause"


def test_the_overview_opens_on_the_clinicians_screen_and_jumps(qtbot, show):
    p = show.presentation
    presenter, audience = show.overviews[show.presenter], show.overviews[show.audience]
    key(qtbot, show, Qt.Key.Key_Tab)
    assert presenter.isVisible() and not audience.isVisible()
    assert presenter.selected == Position(0, 0)
    for k in (Qt.Key.Key_Down, Qt.Key.Key_Right, Qt.Key.Key_Right, Qt.Key.Key_Left):
        key(qtbot, show, k)
    assert presenter.selected == Position(1, 1) and p.navigator.position == Position(0, 0)  # nothing moved yet
    key(qtbot, show, Qt.Key.Key_Return)
    assert not presenter.isVisible() and p.navigator.position == Position(1, 1)
    assert p.navigator.phase is Phase.PLAYING
    key(qtbot, show, Qt.Key.Key_Tab)
    position, rect = next((pos, r) for pos, r in presenter._tiles() if pos == Position(2, 3))
    qtbot.mouseClick(presenter, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert p.navigator.position == Position(2, 3) and not presenter.isVisible()
    key(qtbot, show, Qt.Key.Key_Tab)
    key(qtbot, show, Qt.Key.Key_Escape)
    assert not presenter.isVisible() and p.navigator.position == Position(2, 3)
    path = p.video_path(Position(0, 2))
    qtbot.waitUntil(lambda: show.overviews[show.presenter].thumbnails.image(path) is not None, timeout=5000)
    assert show.overviews[show.presenter].thumbnails.image(path).width() <= 480


def test_the_overview_never_opens_on_the_patients_screen(qtbot, show):
    show.toggle_presenter_view()  # one screen, audience view: the laptop turned to the patient
    key(qtbot, show, Qt.Key.Key_Tab, window=show.audience)
    assert show.overviews[show.audience].isVisible()  # asked for by the clinician, like help
    key(qtbot, show, Qt.Key.Key_Tab, window=show.audience)
    show.two_screens = True  # with a second screen the grid goes to the laptop, never to the patient
    key(qtbot, show, Qt.Key.Key_Tab, window=show.audience)
    assert show.presenter.isVisible() and show.overviews[show.presenter].isVisible()
    assert not show.overviews[show.audience].isVisible()


def test_a_step_not_prepared_yet_shows_its_number(qtbot, deck, catalog, cache):
    write_render(deck, catalog, cache, 0, frames=FRAMES, fps=FPS, size=SIZE, frame_colours=ramp)
    show = start_show(qtbot, deck, catalog, cache)
    overview = show.overviews[show.presenter]
    key(qtbot, show, Qt.Key.Key_Tab)
    assert show.presentation.video_path(Position(1, 0)) is None
    image = overview.grab().toImage()
    rect = next(r for pos, r in overview._tiles() if pos == Position(1, 0))
    assert image.pixelColor(rect.topLeft().toPoint() + QPoint(8, 8)).name() == "#13243a"  # the calm card


def test_a_number_a_period_and_a_number_go_to_that_step(qtbot, show):
    p = show.presentation
    qtbot.keyClicks(show.presenter, "2.3")
    assert show.presenter.notice.text() == "Go to slide 2, step 3…  (Enter)"
    key(qtbot, show, Qt.Key.Key_Return)
    assert p.navigator.position == Position(1, 2) and p.navigator.phase is Phase.PLAYING and p.blank is None
    qtbot.keyClicks(show.presenter, "2.9")
    key(qtbot, show, Qt.Key.Key_Enter)
    assert p.navigator.position == Position(1, 2)
    assert show.presenter.notice.text() == "Slide 2 has 4 steps: there is no step 9."
    key(qtbot, show, Qt.Key.Key_Period)  # no number being typed: the clicker's black screen
    assert p.blank == "black"


def test_a_drag_decodes_only_the_frame_it_is_at_and_the_neighbours_once_it_stops(qtbot, show):
    p, bar = show.presentation, show.presenter.timeline.bar
    show.presenter.resize(1366, 768)
    qtbot.waitUntil(lambda: bar.width() > 200)
    track, y = bar._track(), bar.height() // 2
    wishes: list[list[int]] = []
    want = p.transport.ahead.want

    def recorded(path, frames=(), frame_ms=0.0):
        wishes.append(list(frames))
        want(path, frames, frame_ms)

    p.transport.ahead.want = recorded

    def x_at(frame: int) -> int:
        return round(track.left() + (frame + 0.5) / FRAMES * track.width())

    qtbot.mousePress(bar, Qt.MouseButton.LeftButton, pos=QPoint(x_at(4), y))
    for frame in (6, 8, 10):
        qtbot.mouseMove(bar, QPoint(x_at(frame), y))
    assert wishes[-1] == [10]  # not J's or L's frames: they would pull the decoder away from the drag
    wait_for_frame(qtbot, show, 10)
    qtbot.waitUntil(lambda: wishes[-1] == [10, 11, 0, 9], timeout=2000)  # stood still: J's, K's, L's frames too
    qtbot.mouseRelease(bar, Qt.MouseButton.LeftButton, pos=QPoint(x_at(10), y))
    count = len(wishes)
    key(qtbot, show, Qt.Key.Key_L, Qt.KeyboardModifier.ShiftModifier)  # keys, however quick, are not a drag
    key(qtbot, show, Qt.Key.Key_L, Qt.KeyboardModifier.ShiftModifier)
    keys = [wish for wish in wishes[count:] if wish]  # (playing on from the release wishes nothing)
    assert len(keys) >= 2 and all(len(wish) > 1 for wish in keys)


def test_frames_decoded_ahead_paint_on_the_key_itself(qtbot, show):
    p = show.presentation
    pause_at(qtbot, show, 3)
    here, ahead, path = p.playback.frame, p.transport.ahead, p.playback.source
    near = (here - 1, here, here + 1, here + 10)
    qtbot.waitUntil(lambda: all(ahead.get(path, f) is not None for f in near if f >= 0), timeout=5000)
    key(qtbot, show, Qt.Key.Key_L)
    assert frame_on_screen(show) == here + 10  # before any event: no wait for the media backend
    qtbot.waitUntil(lambda: ahead.get(path, here + 11) is not None, timeout=5000)
    key(qtbot, show, Qt.Key.Key_L, Qt.KeyboardModifier.ShiftModifier)
    assert frame_on_screen(show) == here + 11
    qtbot.waitUntil(lambda: ahead.get(path, here + 12) is not None, timeout=5000)
    key(qtbot, show, Qt.Key.Key_K)  # moving again at once: the next frame is already on screen
    assert frame_on_screen(show) == here + 12 and p.playback.running
    seen = []
    p.picture.changed.connect(lambda: seen.append(frame_on_screen(show)))
    qtbot.waitUntil(lambda: len(seen) >= 3, timeout=5000)
    assert seen == sorted(seen) and seen[0] >= here + 12  # the player carries on from there, never back


def test_decoding_ahead_finds_each_frame_on_and_back_and_keeps_a_few(qtbot, tmp_path):
    from presenter.app.ahead import KEEP, Decoder, FramesAhead, decode_frames
    from tests.app_support import write_video

    path = tmp_path / "ramp.mp4"
    write_video(path, ramp(0, 0, FRAMES), SIZE, FPS)
    wanted = [4, 5, 6, 15, 2, 19]  # decoding on, then back (a seek), then to the last
    found = {
        n: round((image.pixelColor(5, 5).red() - 20) / 10)
        for n, image in decode_frames(path, wanted, 100, lambda: True)
    }
    assert found == {n: n for n in wanted}
    decoder = Decoder(path)  # kept open between wishes, as the worker keeps it: on, on, the end, back
    try:
        for wish in ([3], [4, 5], [12], [19], [19], [2]):
            got = [
                (n, round((image.pixelColor(5, 5).red() - 20) / 10))
                for n, image in decoder.frames(wish, 100, lambda: True)
            ]
            assert got == [(n, n) for n in wish]
    finally:
        decoder.close()
    ahead = FramesAhead()
    try:
        for start in range(0, 15, 3):
            ahead.want(path, [start, start + 1, start + 2], 100)
            qtbot.waitUntil(lambda last=start + 2: ahead.get(path, last) is not None, timeout=5000)
        kept = [n for n in range(FRAMES) if ahead.get(path, n) is not None]
        assert len(kept) == KEEP and kept == list(range(15 - KEEP, 15))  # the latest wishes
        ahead.want(None)  # playing on: all dropped
        assert ahead.get(path, 29) is None
    finally:
        ahead.shutdown()


def test_a_step_that_played_to_its_end_scrubs_back_from_its_last_frame(qtbot, show):
    p = show.presentation
    key(qtbot, show, Qt.Key.Key_L)  # on a second, still playing: the step then ends by itself
    assert p.playback.running
    qtbot.waitUntil(lambda: p.navigator.phase is Phase.HELD, timeout=5000)
    assert p.player.ended is not None and p.playback.finished  # played to its end, not stopped
    key(qtbot, show, Qt.Key.Key_J)
    wait_for_frame(qtbot, show, FRAMES - 1 - FPS)
    assert p.playback.paused
    key(qtbot, show, Qt.Key.Key_K)
    qtbot.waitUntil(lambda: frame_on_screen(show) > FRAMES - FPS + 1, timeout=5000)
