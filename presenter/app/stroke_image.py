"""Pen strokes drawn once into a transparent image, and added to as a stroke grows.

A view repaints its whole picture for every video frame. Drawing every
stroke's antialiased path again each time took up to 17 ms at 1080p once a
stroke was long (``bench/bench_marks.py``), enough to drop frames; copying
the part of this image the strokes cover takes a fraction of that. The image
is drawn anew only when the strokes change otherwise (undo, erase), the
picture moves (a zoom, a resize) or the screen's pixel ratio changes; a
stroke being drawn adds its newest segment, and a new stroke itself.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPen

from presenter.marks import Point, Region, Stroke

STROKE_WIDTH = 0.008  # of the picture's height on screen: the same look on every screen


def stroke_width(target: QRectF) -> float:
    return max(2.0, target.height() * STROKE_WIDTH)


class StrokeImage:
    """The strokes over a picture drawn at ``target`` (widget pixels), kept between paints.

    The image starts on a whole device pixel at or before the picture's corner (a
    letterboxed picture may start between two), so it is copied pixel for pixel.
    """

    def __init__(self) -> None:
        self._image = QImage()
        self._key: tuple[QRectF, Region, float] | None = None  # what the image was drawn for
        self._origin = QPointF()  # where the image's corner is (widget pixels, on a device pixel)
        self._drawn: list[tuple[Stroke, int]] = []  # each stroke in the image, with its points drawn
        self._covers = QRect()  # the part of the image strokes are on (image pixels)

    def paint(
        self,
        painter: QPainter,
        target: QRectF,
        zoom: Region,
        strokes: Sequence[Stroke],
        to_view: Callable[[Point], QPointF],
    ) -> None:
        """Bring the image up to date with ``strokes`` and draw it over the picture at ``target``."""
        ratio = painter.device().devicePixelRatioF()
        key = (QRectF(target), zoom, ratio)
        if key != self._key or not self._only_added(strokes):
            self._restart(target, ratio)
            self._key = key
        self._add(strokes, target, ratio, to_view)
        covers = self._covers.intersected(self._image.rect())
        if not covers.isEmpty():
            place = QRectF(covers.x() / ratio, covers.y() / ratio, covers.width() / ratio, covers.height() / ratio)
            painter.drawImage(place.translated(self._origin), self._image, QRectF(covers))

    def _only_added(self, strokes: Sequence[Stroke]) -> bool:
        """Whether ``strokes`` are the ones drawn, the last perhaps longer, and perhaps new ones after."""
        if len(strokes) < len(self._drawn):
            return False
        for n, (stroke, count) in enumerate(self._drawn):
            last = n == len(self._drawn) - 1
            if strokes[n] is not stroke or len(stroke.points) < count or (not last and len(stroke.points) != count):
                return False
        return True

    def _restart(self, target: QRectF, ratio: float) -> None:
        """Forget what was drawn; the image is made again when a stroke is drawn."""
        self._origin = QPointF(math.floor(target.left() * ratio) / ratio, math.floor(target.top() * ratio) / ratio)
        self._image, self._drawn, self._covers = QImage(), [], QRect()

    def _new_image(self, target: QRectF, ratio: float) -> None:
        width = math.ceil(target.right() * ratio) - round(self._origin.x() * ratio)
        height = math.ceil(target.bottom() * ratio) - round(self._origin.y() * ratio)
        self._image = QImage(max(1, width), max(1, height), QImage.Format.Format_ARGB32_Premultiplied)
        self._image.setDevicePixelRatio(ratio)
        self._image.fill(Qt.GlobalColor.transparent)

    def _add(
        self, strokes: Sequence[Stroke], target: QRectF, ratio: float, to_view: Callable[[Point], QPointF]
    ) -> None:
        """Draw what is not in the image yet: the newest points of the last stroke drawn, then new strokes."""
        drawn = {id(stroke): count for stroke, count in self._drawn}  # held in _drawn: ids not reused
        painter: QPainter | None = None
        for stroke in strokes:
            done = drawn.get(id(stroke), 0)
            if done == len(stroke.points):
                continue
            if painter is None:
                if self._image.isNull():
                    self._new_image(target, ratio)
                painter = QPainter(self._image)
                painter.setRenderHint(QPainter.RenderHint.Antialiasing)
                painter.translate(-self._origin)
            points = [to_view(point) for point in stroke.points[max(0, done - 1) :]]  # on from the last drawn
            area = draw_stroke(painter, stroke.colour, stroke_width(target), points).translated(-self._origin)
            self._covers |= QRectF(
                area.left() * ratio, area.top() * ratio, area.width() * ratio, area.height() * ratio
            ).toAlignedRect()
        if painter is not None:
            painter.end()
        self._drawn = [(stroke, len(stroke.points)) for stroke in strokes]


def draw_stroke(painter: QPainter, colour: str, width: float, points: Sequence[QPointF]) -> QRectF:
    """A pen stroke through ``points`` (a dot for one point); what it covers."""
    pen = QPen(QColor(colour), width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    if len(points) == 1:
        painter.drawPoint(points[0])
        bounds = QRectF(points[0], points[0])
    else:
        path = QPainterPath(points[0])
        for point in points[1:]:
            path.lineTo(point)
        painter.drawPath(path)
        bounds = path.boundingRect()
    reach = width / 2 + 2
    return bounds.adjusted(-reach, -reach, reach, reach)
