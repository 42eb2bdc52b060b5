"""The strokes image a view keeps between paints: added to as a stroke grows, drawn anew otherwise."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from presenter.app.stroke_image import StrokeImage, draw_stroke, stroke_width
from presenter.marks import WHOLE, Region, Stroke
from scenes.look import YELLOW

W, H = 1280, 720  # strokes 5.8 px wide, as on a laptop


def paint(
    image: StrokeImage,
    strokes: list[Stroke],
    zoom: Region = WHOLE,
    offset: float = 0.0,
    size: tuple[int, int] = (W, H),
    ratio: float = 1.0,
) -> QImage:
    """What a view showing a picture of ``size`` at ``offset`` (widget pixels) shows: black, then the strokes."""
    width, height = size
    canvas = QImage(round((width + 40) * ratio), round((height + 40) * ratio), QImage.Format.Format_RGB32)
    canvas.setDevicePixelRatio(ratio)
    canvas.fill(QColor("black"))
    target = QRectF(offset, offset, width, height)

    def to_view(point):
        x, y = zoom.to_view(point)
        return QPointF(target.left() + x * width, target.top() + y * height)

    painter = QPainter(canvas)
    image.paint(painter, target, zoom, strokes, to_view)
    painter.end()
    return canvas


def is_pen(canvas: QImage, x: float, y: float, offset: float = 0.0, size: tuple[int, int] = (W, H)) -> bool:
    """Whether picture point (x, y) shows the yellow pen (read in device pixels)."""
    ratio = canvas.devicePixelRatio()
    colour = canvas.pixelColor(round((offset + x * size[0]) * ratio), round((offset + y * size[1]) * ratio))
    return colour.red() > 200 and colour.green() > 200 and colour.blue() < 120


def differing(a: QImage, b: QImage) -> int:
    """How many pixels differ by more than a fifth in any channel."""

    def pixels(image: QImage) -> np.ndarray:
        return np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine())

    return int((np.abs(pixels(a).astype(int) - pixels(b)) > 48).reshape(a.height(), -1, 4).any(axis=2).sum())


def test_a_growing_stroke_is_added_to_and_looks_as_if_drawn_at_once(qtbot, monkeypatch):
    image = StrokeImage()
    stroke = Stroke(YELLOW, [(0.1, 0.5), (0.3, 0.5)])
    paint(image, [stroke])
    restarts = []
    monkeypatch.setattr(image, "_restart", lambda *args: restarts.append(args))
    stroke.points += [(0.5, 0.3), (0.7, 0.6)]  # drawn on between two paints
    grown = paint(image, [stroke])
    assert not restarts  # added to, not drawn again
    assert is_pen(grown, 0.2, 0.5) and is_pen(grown, 0.6, 0.45) and is_pen(grown, 0.7, 0.6)
    at_once = paint(StrokeImage(), [stroke])
    assert differing(grown, at_once) < 40  # a few antialiased pixels at the joint, no more


def test_undo_and_erase_take_strokes_off_the_picture(qtbot):
    image = StrokeImage()
    first, second = Stroke(YELLOW, [(0.1, 0.2), (0.4, 0.2)]), Stroke(YELLOW, [(0.1, 0.8), (0.4, 0.8)])
    both = paint(image, [first, second])
    assert is_pen(both, 0.25, 0.2) and is_pen(both, 0.25, 0.8)
    undone = paint(image, [first])
    assert is_pen(undone, 0.25, 0.2) and not is_pen(undone, 0.25, 0.8)
    assert not is_pen(paint(image, []), 0.25, 0.2)
    again = paint(image, [Stroke(YELLOW, [(0.6, 0.5)])])  # a dot: a stroke of one point
    assert is_pen(again, 0.6, 0.5) and not is_pen(again, 0.25, 0.2)


def test_zooming_or_moving_the_picture_draws_the_strokes_where_they_now_are(qtbot):
    image = StrokeImage()
    stroke = Stroke(YELLOW, [(0.55, 0.55), (0.6, 0.55)])
    assert is_pen(paint(image, [stroke]), 0.575, 0.55)
    zoom = Region.around((0.5, 0.5), 0.5)  # 2×: picture point 0.575 is at view point 0.65
    zoomed = paint(image, [stroke], zoom)
    assert is_pen(zoomed, 0.65, 0.6) and not is_pen(zoomed, 0.575, 0.55)
    moved = paint(image, [stroke], WHOLE, offset=20)  # the window was resized: the picture moved
    assert is_pen(moved, 0.575, 0.55, offset=20)
    smaller = paint(image, [stroke], WHOLE, size=(W // 2, H // 2))  # and shrank
    assert is_pen(smaller, 0.575, 0.55, size=(W // 2, H // 2)) and not is_pen(smaller, 0.575, 0.55)


def test_on_a_high_density_screen_and_a_letterboxed_corner_it_matches_strokes_drawn_directly(qtbot):
    image = StrokeImage()
    stroke = Stroke(YELLOW, [(0.2, 0.3), (0.5, 0.7), (0.8, 0.2)])
    paint(image, [stroke], offset=10.5)  # at 100%, then the window goes to a 150% screen; the corner between pixels
    cached = paint(image, [stroke], offset=10.5, ratio=1.5)
    assert is_pen(cached, 0.35, 0.5, offset=10.5)

    direct = QImage(cached.size(), QImage.Format.Format_RGB32)
    direct.setDevicePixelRatio(1.5)
    direct.fill(QColor("black"))
    painter = QPainter(direct)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    points = [QPointF(10.5 + x * W, 10.5 + y * H) for x, y in stroke.points]
    draw_stroke(painter, YELLOW, stroke_width(QRectF(0, 0, W, H)), points)
    painter.end()
    assert differing(cached, direct) < 40
