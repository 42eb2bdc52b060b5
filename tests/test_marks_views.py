"""Pointer, pen and zoom as the two views paint them (issue 14, items 3-5).

Both windows are open at different sizes, so their letterboxing differs;
the pixels grabbed from each view are checked at picture points computed
here from the widget's size (16:9, as large as fits, centred).
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage, QMouseEvent, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from presenter.marks import PEN_COLOURS, POINTER_COLOUR
from presenter.navigation import Phase, Position
from tests.test_app import cache, catalog, deck, end_shows, near, rendered, show  # noqa: F401 (fixtures)

LEFT, RIGHT, NONE = Qt.MouseButton.LeftButton, Qt.MouseButton.RightButton, Qt.MouseButton.NoButton
GREEN, RED, BLUE = (0, 200, 0), (200, 0, 0), (0, 0, 200)


def spot(widget, x: float, y: float) -> QPointF:
    """Where picture point (x, y) is on a widget showing the whole picture: 16:9, as large as fits, centred."""
    scale = min(widget.width() / 16, widget.height() / 9)
    return QPointF(
        (widget.width() - 16 * scale) / 2 + x * 16 * scale, (widget.height() - 9 * scale) / 2 + y * 9 * scale
    )


def mouse(widget, kind, position: QPointF, button=NONE, buttons=NONE, modifiers=Qt.KeyboardModifier.NoModifier):
    global_position = QPointF(widget.mapToGlobal(position.toPoint()))
    event = QMouseEvent(kind, position, global_position, button, buttons, modifiers)
    QApplication.sendEvent(widget, event)


def drag(widget, points, button=LEFT, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    """Press at the first point, move through the others, release at the last (widget pixels)."""
    mouse(widget, QEvent.Type.MouseButtonPress, points[0], button, button, modifiers)
    for point in points[1:]:
        mouse(widget, QEvent.Type.MouseMove, point, NONE, button, modifiers)
    mouse(widget, QEvent.Type.MouseButtonRelease, points[-1], button, NONE, modifiers)


def touch(widget, points) -> None:
    """A finger down at the first point, moving through the others, lifted at the last (widget pixels)."""
    device, window = QTest.createTouchDevice(), widget.window()
    at = [widget.mapTo(window, point.toPoint()) for point in points]
    QTest.touchEvent(window, device).press(0, at[0]).commit()
    for point in at[1:]:
        QTest.touchEvent(window, device).move(0, point).commit()
    QTest.touchEvent(window, device).release(0, at[-1]).commit()
    QApplication.processEvents()


def colour_at(widget, point: QPointF) -> tuple[int, int, int]:
    image = widget.grab().toImage()
    return image.pixelColor(point.toPoint()).getRgb()[:3]


def painted(widget, point: QPointF, colour, tolerance: int = 30, reach: int = 2) -> bool:
    """Whether ``colour`` is painted at ``point`` or within ``reach`` pixels of it (lines may be 2 px wide)."""
    image, centre = widget.grab().toImage(), point.toPoint()
    return any(
        near(image.pixelColor(centre.x() + dx, centre.y() + dy).getRgb()[:3], colour, tolerance)
        for dx in range(-reach, reach + 1)
        for dy in range(-reach, reach + 1)
    )


def rgb(hex_colour: str) -> tuple[int, int, int]:
    return QColor(hex_colour).getRgb()[:3]


def stripes(show) -> None:
    """A still picture with edges at x = 0.3 and 0.45: green, red, blue from left to right."""
    image = QImage(160, 90, QImage.Format.Format_RGB32)
    for x in range(160):
        colour = QColor(*(GREEN if x < 48 else RED if x < 72 else BLUE))
        for y in range(90):
            image.setPixelColor(x, y, colour)
    show.presentation.picture.set_image(image)


@pytest.fixture
def views(qtbot, show):
    """(presenter view's picture, audience view's picture), both on screen at different shapes, showing stripes()."""
    show.audience.show()
    show.audience.resize(1000, 420)  # wide: bars at the sides
    show.presenter.resize(1280, 800)  # the presenter's picture: narrower, bars above and below
    show.presentation.player.stop()  # a still picture: no video frame replaces it
    stripes(show)
    presenter, audience = show.presenter.view, show.audience.view
    assert presenter.size() != audience.size()
    return presenter, audience


def test_a_drag_on_either_view_draws_a_stroke_both_paint_at_the_same_picture_point(qtbot, show, views):
    presenter, audience = views
    drag(presenter, [spot(presenter, x / 10, 0.5) for x in range(2, 9)])
    marks = show.presentation.marks
    assert len(marks.strokes) == 1 and marks.strokes[0].colour == PEN_COLOURS[0][1]
    assert show.presentation.navigator.position == Position(0, 0)  # a drag is not a click
    marks.hide_pointer()
    pen = rgb(PEN_COLOURS[0][1])
    for view in (presenter, audience):
        for x in (0.3, 0.5, 0.7):
            assert painted(view, spot(view, x, 0.5), pen), (view, x)
        assert not painted(view, spot(view, 0.5, 0.4), pen, 60)
        assert not painted(view, spot(view, 0.1, 0.5), pen, 60)
    marks.next_colour()  # and the other way round: drawn on the audience view, painted on the presenter's
    drag(audience, [spot(audience, 0.5, y / 10) for y in range(2, 8)])
    marks.hide_pointer()
    assert painted(presenter, spot(presenter, 0.5, 0.3), rgb(PEN_COLOURS[1][1]))
    assert "pen sky blue" in show.presenter.status.text()


def test_marks_stay_while_the_step_plays_and_holds_and_clear_when_it_changes(qtbot, show):
    p = show.presentation
    assert p.navigator.phase is Phase.PLAYING
    view = show.presenter.view
    qtbot.waitUntil(lambda: not p.picture.image.isNull(), timeout=5000)
    drag(view, [spot(view, 0.2, 0.2), spot(view, 0.4, 0.4)])
    qtbot.waitUntil(lambda: p.navigator.phase is Phase.HELD, timeout=5000)
    assert len(p.marks.strokes) == 1  # the step played to its end: kept
    qtbot.keyClick(show.presenter, Qt.Key.Key_Right)
    assert p.marks.strokes == [] and p.navigator.position == Position(0, 1)


def test_e_erases_and_u_or_ctrl_z_undo_from_either_window(qtbot, show, views):
    presenter, audience = views
    marks = show.presentation.marks
    for n in range(4):
        drag(presenter, [spot(presenter, 0.1 + 0.2 * n, 0.3), spot(presenter, 0.1 + 0.2 * n, 0.6)])
    qtbot.keyClick(show.audience, Qt.Key.Key_U)
    qtbot.keyClick(show.presenter, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(marks.strokes) == 2 and marks.zoom.factor == 1
    marks.hide_pointer()
    pen = rgb(PEN_COLOURS[0][1])
    assert painted(audience, spot(audience, 0.3, 0.45), pen)
    assert not painted(audience, spot(audience, 0.5, 0.45), pen, 60)  # undone: no longer painted
    qtbot.keyClick(show.presenter, Qt.Key.Key_E)
    assert marks.strokes == []
    assert not painted(audience, spot(audience, 0.3, 0.45), pen, 60)
    qtbot.keyClick(show.presenter, Qt.Key.Key_V)
    assert marks.colour == PEN_COLOURS[1][1] and show.presentation.navigator.position == Position(0, 0)


def test_a_rectangle_dragged_on_the_presenter_view_zooms_both_views_and_z_backs_out(qtbot, show, views):
    presenter, audience = views
    for view in (presenter, audience):
        assert near(colour_at(view, spot(view, 0.35, 0.5)), RED)
    # right-drag from (0.4, 0.4) to (0.6, 0.6): the view shows x 0.4..0.6, so view x 0.35 is picture x 0.47
    mouse(presenter, QEvent.Type.MouseButtonPress, spot(presenter, 0.4, 0.4), RIGHT, RIGHT)
    mouse(presenter, QEvent.Type.MouseMove, spot(presenter, 0.6, 0.6), NONE, RIGHT)
    white = (255, 255, 255)
    assert painted(presenter, spot(presenter, 0.5, 0.4), white, 60, reach=6)  # the rectangle, dragged
    assert not painted(audience, spot(audience, 0.5, 0.4), white, 60, reach=6)  # only there
    mouse(presenter, QEvent.Type.MouseButtonRelease, spot(presenter, 0.6, 0.6), RIGHT, NONE)
    assert show.presentation.navigator.position == Position(0, 0)
    for view in (presenter, audience):
        assert near(colour_at(view, spot(view, 0.35, 0.5)), BLUE), view
        assert near(colour_at(view, spot(view, 0.2, 0.5)), RED), view
    assert "zoom 5.0×" in show.presenter.status.text()
    qtbot.keyClick(show.audience, Qt.Key.Key_Z)
    for view in (presenter, audience):
        assert near(colour_at(view, spot(view, 0.35, 0.5)), RED)
    assert "zoom" not in show.presenter.status.text()


def test_shift_drag_zooms_too_and_marks_follow_the_zoom(qtbot, show, views):
    presenter, audience = views
    drag(presenter, [spot(presenter, 0.4, 0.4), spot(presenter, 0.6, 0.6)], modifiers=Qt.KeyboardModifier.ShiftModifier)
    assert show.presentation.marks.zoom.factor == pytest.approx(5, rel=0.01)
    drag(presenter, [spot(presenter, 0.1, 0.5), spot(presenter, 0.9, 0.5)])  # drawn while zoomed
    (stroke,) = show.presentation.marks.strokes
    assert stroke.points[0] == pytest.approx((0.42, 0.5), abs=0.003)  # in picture coordinates
    show.presentation.marks.hide_pointer()
    qtbot.keyClick(show.presenter, Qt.Key.Key_Z)  # zoomed out, the stroke is short: x 0.42 to 0.58
    pen = rgb(PEN_COLOURS[0][1])
    assert painted(audience, spot(audience, 0.5, 0.5), pen)
    assert not painted(audience, spot(audience, 0.3, 0.5), pen, 60)


def test_the_wheel_zooms_at_the_cursor_on_both_views(qtbot, show, views):
    presenter, audience = views
    at = spot(presenter, 0.45, 0.5)  # on the red-blue edge, which stays under the cursor
    for _ in range(3):
        event = QWheelEvent(
            at, QPointF(presenter.mapToGlobal(at.toPoint())), QPoint(), QPoint(0, 120), NONE,
            Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False,
        )  # fmt: skip
        QApplication.sendEvent(presenter, event)
    assert show.presentation.marks.zoom.factor == pytest.approx(1.25**3)
    for view in (presenter, audience):
        assert near(colour_at(view, spot(view, 0.44, 0.5)), RED) and near(colour_at(view, spot(view, 0.46, 0.5)), BLUE)
        assert near(colour_at(view, spot(view, 0.25, 0.5)), RED)  # green there before: magnified


def test_the_pointer_shows_on_both_views_instead_of_the_cursor_and_fades_after_stillness(qtbot, show, views):
    presenter, audience = views
    marks = show.presentation.marks
    now = [100.0]
    marks._clock = lambda: now[0]
    mouse(audience, QEvent.Type.MouseMove, spot(audience, 0.7, 0.3))
    assert marks.pointer == pytest.approx((0.7, 0.3), abs=0.003)
    assert audience.cursor().shape() == Qt.CursorShape.BlankCursor  # over the audience picture: only the dot
    assert presenter.cursor().shape() != Qt.CursorShape.BlankCursor
    dot = rgb(POINTER_COLOUR)
    for view in (presenter, audience):
        assert near(colour_at(view, spot(view, 0.7, 0.3)), dot, 30), view
    fade = audience.overlay._fade
    assert fade.isActive() and fade.interval() == 1500
    now[0] += 2.0  # still for two seconds
    fade.timeout.emit()
    for view in (presenter, audience):
        assert not near(colour_at(view, spot(view, 0.7, 0.3)), dot, 60)
    assert not fade.isActive()
    mouse(presenter, QEvent.Type.MouseMove, QPointF(2, 2))  # off the picture (a letterbox bar): no dot
    assert marks.pointer is None


def test_a_click_or_tap_without_movement_still_moves_on_in_both_views(qtbot, show, views):
    presenter, audience = views
    nav = show.presentation.navigator
    qtbot.mouseClick(audience, LEFT, pos=spot(audience, 0.5, 0.5).toPoint())
    assert nav.position == Position(0, 1)
    shaky = spot(presenter, 0.5, 0.5)  # a hand that moves a pixel or two is still a click
    drag(presenter, [shaky, shaky + QPointF(2, 1)])
    assert nav.position == Position(0, 2) and show.presentation.marks.strokes == []
    touch(audience, [spot(audience, 0.5, 0.5)])  # a tap
    assert nav.position == Position(0, 3)
    touch(audience, [spot(audience, x / 10, 0.5) for x in range(2, 8)])  # a finger's drag draws
    assert nav.position == Position(0, 3) and len(show.presentation.marks.strokes) == 1
    assert show.presentation.marks.strokes[0].points[-1] == pytest.approx((0.7, 0.5), abs=0.01)
    show.presentation.marks.erase()
    show.presentation.toggle_blank("black")
    drag(audience, [spot(audience, 0.2, 0.5), spot(audience, 0.6, 0.5)])  # on a blank screen: wakes, no mark
    assert show.presentation.blank is None and show.presentation.marks.strokes == []
