"""The Qt-free playback model: pause, skip, frame steps, seeks past either end, rate."""

from presenter.playback import SKIP_MS, Event, Playback


def playing(frames=40, fps=20.0):
    """A 2-second step (40 frames of 50 ms) that has just started, and the events it sends."""
    clock = Playback()
    events = []
    clock.subscribe(lambda event, playback: events.append((event, playback.position_ms)))
    clock.start("step.mp4", frames, fps)
    events.clear()
    return clock, events


def test_pause_keeps_the_position_and_resume_goes_on_from_it():
    clock, events = playing()
    clock.report(650)
    clock.toggle_pause()
    assert clock.paused and not clock.running and clock.position_ms == 650
    clock.report(700)  # a late frame from the player does not move a paused clock
    assert clock.position_ms == 650
    clock.toggle_pause()
    assert clock.running and clock.position_ms == 650
    assert events == [(Event.MOVED, 650), (Event.PAUSED, 650), (Event.RESUMED, 650)]


def test_skips_move_about_a_second_and_keep_the_picture_moving_or_still():
    clock, events = playing()
    clock.report(500)
    clock.skip(SKIP_MS)
    assert clock.position_ms == 1500 and clock.running
    clock.pause()
    clock.skip(-SKIP_MS)
    assert clock.position_ms == 500 and clock.paused
    clock.skip(-SKIP_MS)  # before the start: the first frame
    assert clock.position_ms == 0 and not clock.finished
    assert [e for e, _ in events].count(Event.SEEKED) == 3


def test_frame_steps_pause_and_move_one_frame():
    clock, events = playing()
    clock.report(500)  # frame 10
    clock.step_frames(1)
    assert clock.paused and clock.frame == 11 and clock.position_ms == 550
    clock.step_frames(-3)
    assert clock.frame == 8 and clock.position_ms == 400
    assert events[-1] == (Event.SEEKED, 400)


def test_seeking_past_the_end_finishes_the_step_once_and_holds_its_last_frame():
    clock, events = playing()
    clock.skip(5000)
    assert clock.finished and not clock.running and clock.position_ms == 2000
    clock.skip(1000)
    clock.step_frames(1)
    assert [e for e, _ in events] == [Event.FINISHED]
    clock.step_frames(-1)  # from the end, one frame back: the last frame, paused
    assert not clock.finished and clock.paused and clock.frame == 39 and clock.position_ms == 1950
    clock.step_frames(1)
    assert clock.finished and events[-1] == (Event.FINISHED, 2000)


def test_the_last_frame_itself_is_not_the_end():
    clock, events = playing()
    clock.seek(1950)
    assert not clock.finished and clock.frame == 39
    clock.seek(1999)  # still within the last frame
    assert not clock.finished and clock.position_ms == 1950


def test_a_finished_step_moved_back_waits_and_k_plays_it_on_or_again():
    clock, events = playing()
    clock.hold("step.mp4", 40, 20.0)
    assert clock.finished and clock.position_ms == 2000
    clock.skip(-SKIP_MS)  # a second before its last frame (which starts at 1950)
    assert clock.paused and not clock.finished and clock.position_ms == 950
    clock.toggle_pause()
    assert clock.running and clock.position_ms == 950
    clock.reached_end()
    assert clock.finished and events[-1] == (Event.FINISHED, 2000)
    clock.toggle_pause()  # a finished step plays again from its start
    assert clock.running and events[-1] == (Event.RESUMED, 0)


def test_nothing_moves_without_a_video():
    clock, events = playing()
    clock.clear()
    events.clear()
    for action in (clock.toggle_pause, lambda: clock.skip(1000), lambda: clock.step_frames(1), lambda: clock.seek(5)):
        action()
    clock.report(300)
    clock.reached_end()
    assert events == [] and not clock.loaded and clock.position_ms == 0


def test_a_new_step_starts_moving_from_zero_even_after_a_pause():
    clock, events = playing()
    clock.report(800)
    clock.pause()
    clock.start("next.mp4", 20, 20.0)
    assert clock.running and clock.position_ms == 0 and clock.source == "next.mp4" and clock.duration_ms == 1000


def test_rate_is_kept_and_announced():
    clock, events = playing()
    clock.set_rate(0.75)
    clock.pause()
    clock.resume()
    assert clock.rate == 0.75 and events[0] == (Event.RATE, 0)


def test_a_seek_says_whether_a_drag_on_the_timeline_made_it():
    clock, events = playing()
    clock.pause()
    clock.seek(500, scrubbing=True)
    assert clock.scrubbing and events[-1] == (Event.SEEKED, 500)
    clock.skip(SKIP_MS)  # a key: not a drag, however soon after
    assert not clock.scrubbing
