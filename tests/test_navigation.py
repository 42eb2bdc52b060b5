"""The Qt-free navigation model."""

from presenter.navigation import Navigator, Phase, Position


def ready(steps):
    nav = Navigator(steps)
    for slide in range(len(steps)):
        nav.mark_ready(slide)
    return nav


def test_starts_waiting_then_plays_when_ready():
    nav = Navigator([2, 1])
    assert nav.phase is Phase.WAITING
    nav.mark_ready(0)
    assert nav.phase is Phase.PLAYING and nav.position == Position(0, 0)


def test_next_plays_each_step_across_slides_and_stops_at_end():
    nav = ready([2, 1])
    seen = []
    nav.subscribe(lambda n: seen.append((n.position, n.phase)))
    nav.step_finished()
    assert nav.phase is Phase.HELD
    assert nav.next() and nav.position == Position(0, 1) and nav.phase is Phase.PLAYING
    assert nav.next() and nav.position == Position(1, 0) and nav.at_end
    assert nav.next() and nav.phase is Phase.HELD  # finishing the last step
    assert not nav.next() and nav.position == Position(1, 0)
    assert seen[0] == (Position(0, 0), Phase.HELD)


def test_previous_shows_last_frame_held_and_stops_at_start():
    nav = ready([2, 3])
    nav.go_to_slide(1)
    assert nav.previous() and nav.position == Position(0, 1) and nav.phase is Phase.HELD
    assert nav.previous() and nav.position == Position(0, 0) and nav.phase is Phase.HELD
    assert nav.previous() and nav.phase is Phase.PLAYING  # replay the first step
    assert not nav.previous()


def test_slide_without_render_waits_and_go_to_bounds():
    nav = Navigator([1, 1])
    nav.mark_ready(0)
    nav.next()
    assert nav.position == Position(1, 0) and nav.phase is Phase.WAITING
    nav.mark_ready(1)
    assert nav.phase is Phase.PLAYING
    assert not nav.go_to_slide(5) and not nav.go_to_slide(-1)
    nav.step_finished()
    assert nav.replay() and nav.phase is Phase.PLAYING


def test_step_finished_only_matters_while_playing():
    nav = ready([2])
    nav.next()
    nav.previous()
    assert nav.phase is Phase.HELD
    nav.step_finished()
    assert nav.phase is Phase.HELD and nav.position == Position(0, 0)


def test_go_to_starts_a_step_and_refuses_one_the_deck_lacks():
    nav = ready([2, 3])
    assert nav.go_to(Position(1, 2)) and nav.position == Position(1, 2) and nav.phase is Phase.PLAYING
    assert not nav.go_to(Position(0, 2)) and not nav.go_to(Position(2, 0)) and not nav.go_to(Position(-1, 0))
    assert nav.position == Position(1, 2)
