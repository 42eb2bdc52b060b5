"""The marks model without Qt: pointer, strokes per step, undo, erase, pen colours, zoom (issue 14, items 3-5, 8)."""

from __future__ import annotations

import pytest

from presenter.marks import MIN_ZOOM, PEN_COLOURS, POINTER_COLOUR, WHOLE, Change, Marks, Region
from presenter.navigation import Position
from scenes import look


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def marks(clock) -> Marks:
    marks = Marks(clock)
    marks.heard = []  # type: ignore[attr-defined]
    marks.subscribe(lambda m, change: marks.heard.append(change))  # type: ignore[attr-defined]
    return marks


def draw(marks: Marks, *points) -> None:
    marks.begin_stroke(points[0])
    for point in points[1:]:
        marks.extend_stroke(point)
    marks.end_stroke()


def contrast(colour: str) -> float:
    high, low = sorted((look.relative_luminance(colour), look.relative_luminance(look.BACKGROUND)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_pen_colours_are_the_scenes_palette_and_read_well_on_its_background():
    palette = {value for name, value in vars(look).items() if name.isupper() and isinstance(value, str)}
    assert len(PEN_COLOURS) >= 3 and len({c for _, c in PEN_COLOURS}) == len(PEN_COLOURS)
    for _, colour in PEN_COLOURS:
        assert colour in palette and contrast(colour) >= 7
    assert POINTER_COLOUR in palette and POINTER_COLOUR not in {c for _, c in PEN_COLOURS}
    assert contrast(POINTER_COLOUR) >= 3  # a large dot: the non-text contrast of WCAG 1.4.11


def test_the_pointer_shows_where_it_moved_and_fades_after_a_moment_of_stillness(marks, clock):
    assert marks.pointer is None and marks.pointer_opacity() == 0
    marks.move_pointer((0.25, 0.5))
    assert marks.pointer == (0.25, 0.5) and marks.heard == [Change.POINTER]
    clock.now += 1.4
    assert marks.pointer_opacity() == 1
    clock.now += 0.3
    assert 0 < marks.pointer_opacity() < 1
    clock.now += 0.5
    assert marks.pointer_opacity() == 0
    marks.move_pointer((0.3, 0.5))  # moving again brings it back at once
    assert marks.pointer_opacity() == 1
    marks.hide_pointer()
    assert marks.pointer is None and marks.pointer_opacity() == 0


def test_points_off_the_picture_are_kept_on_its_edge(marks):
    marks.move_pointer((-0.2, 1.7))
    assert marks.pointer == (0.0, 1.0)


def test_a_stroke_keeps_its_points_and_the_pen_colour_it_was_drawn_with(marks):
    draw(marks, (0.1, 0.1), (0.2, 0.1), (0.2, 0.1005), (0.3, 0.2))  # the third adds nothing
    marks.next_colour()
    draw(marks, (0.5, 0.5), (0.6, 0.6))
    first, second = marks.strokes
    assert first.points == [(0.1, 0.1), (0.2, 0.1), (0.3, 0.2)] and first.colour == PEN_COLOURS[0][1]
    assert second.colour == PEN_COLOURS[1][1] == marks.colour and marks.colour_name == PEN_COLOURS[1][0]
    assert not marks.drawing
    marks.extend_stroke((0.9, 0.9))  # after the stroke ended: nothing
    assert second.points == [(0.5, 0.5), (0.6, 0.6)]
    assert Change.PEN in marks.heard and marks.heard.count(Change.STROKES) == 5


def test_pen_colours_go_round(marks):
    for _ in PEN_COLOURS:
        marks.next_colour()
    assert marks.colour == PEN_COLOURS[0][1]


def test_undo_removes_the_last_stroke_and_erase_all_of_them(marks):
    assert not marks.undo() and not marks.erase() and marks.heard == []
    for n in range(3):
        draw(marks, (0.1 * n, 0.1), (0.1 * n, 0.3))
    assert marks.undo() and [s.points[0] for s in marks.strokes] == [(0.0, 0.1), (0.1, 0.1)]
    assert marks.erase() and marks.strokes == [] and marks.heard[-1] is Change.STROKES


def test_strokes_belong_to_the_step_and_the_zoom_to_the_slide(marks):
    marks.show_step(Position(0, 0))
    draw(marks, (0.1, 0.1), (0.2, 0.2))
    marks.zoom_at((0.5, 0.5), 2)
    marks.show_step(Position(0, 0))  # the same step (playing, then held, or replayed): kept
    assert len(marks.strokes) == 1
    marks.show_step(Position(0, 1))
    assert marks.strokes == [] and marks.zoom.factor == 2  # the next step: the pen clears, the zoom stays
    draw(marks, (0.1, 0.1), (0.2, 0.2))
    marks.show_step(Position(1, 0))
    assert marks.strokes == [] and marks.zoom == WHOLE


def test_zooming_at_a_point_keeps_that_point_where_it_is_on_screen(marks):
    marks.zoom_at((0.5, 0.5), 2)
    assert marks.zoom == Region(0.25, 0.25, 0.5)
    marks.zoom_at((0.3, 0.4), 2)  # at view point (0.1, 0.3)
    assert marks.zoom.size == 0.25
    assert marks.zoom.to_view((0.3, 0.4)) == pytest.approx((0.1, 0.3))
    marks.zoom_at((0.3, 0.4), 0.25)  # far out: the whole picture, never smaller than it
    assert marks.zoom == WHOLE and marks.heard == [Change.ZOOM] * 3


def test_zoom_stays_inside_the_picture_and_within_its_limit(marks):
    assert marks.zoom_to((0.9, 0.0), (1.0, 0.3))  # at a corner: the region stops at the picture's edges
    assert marks.zoom == Region(pytest.approx(0.7), 0.0, pytest.approx(0.3))
    before = marks.zoom.to_view((0.99, 0.01))
    marks.zoom_at((0.99, 0.01), 1.5)  # the point keeps its place, so the region stays inside
    zoom = marks.zoom
    assert 0 <= zoom.left and zoom.left + zoom.size <= 1 and 0 <= zoom.top and zoom.size == pytest.approx(0.2)
    assert zoom.to_view((0.99, 0.01)) == pytest.approx(before)
    for _ in range(20):
        marks.zoom_at((0.5, 0.5), 2)
    assert marks.zoom.size == MIN_ZOOM


def test_zooming_to_a_rectangle_shows_all_of_it_at_the_pictures_shape(marks):
    assert marks.zoom_to((0.6, 0.5), (0.2, 0.3))  # 0.4 wide, 0.2 tall: widened to a 0.4 square
    assert marks.zoom == Region(pytest.approx(0.2), pytest.approx(0.2), pytest.approx(0.4))
    assert marks.zoom.to_picture((0.5, 0.5)) == pytest.approx((0.4, 0.4))  # its centre stays the centre
    assert not marks.zoom_to((0.5, 0.5), (0.51, 0.505))  # a slip of the hand is not a zoom
    assert marks.zoom.size == pytest.approx(0.4)
    assert marks.zoom_out() and marks.zoom == WHOLE and not marks.zoom_out()


def test_points_map_between_the_view_and_the_picture():
    region = Region(0.25, 0.5, 0.25)
    assert region.to_picture((0.0, 0.0)) == (0.25, 0.5)
    assert region.to_picture((1.0, 1.0)) == (0.5, 0.75)
    assert region.to_view((0.375, 0.625)) == (0.5, 0.5)
    assert region.factor == 4
