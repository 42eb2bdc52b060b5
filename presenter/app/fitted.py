"""The one rule for every picture in the app: 16:9, as large as fits, centred, never cropped.

A picture widget may also show only part of its picture, magnified (the
clinician's zoom), and carry an overlay drawn over the picture (the pointer
and pen marks). Points are mapped between the widget and the picture here,
so every view puts the same picture point at the same spot of its picture.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QWidget

from presenter.marks import WHOLE, Point, Region


def fitted(image: QSize, area: QSize) -> QRectF:
    """Where an image of size ``image`` is drawn in ``area``: scaled to fit, centred."""
    size = QSize(image).scaled(area, Qt.AspectRatioMode.KeepAspectRatio)
    return QRectF((area.width() - size.width()) / 2, (area.height() - size.height()) / 2, size.width(), size.height())


class Overlay(Protocol):
    """What a picture widget shows over its picture, and which part of the picture it shows."""

    @property
    def zoom(self) -> Region: ...

    def paint(self, painter: QPainter, target: QRectF) -> None: ...


class PictureWidget(QWidget):
    """A widget that shows a 16:9 picture (a video frame, a still, a thumbnail)."""

    overlay: Overlay | None = None

    @property
    def zoom(self) -> Region:
        """The part of the picture shown (the whole picture without an overlay)."""
        return self.overlay.zoom if self.overlay is not None else WHOLE

    def heightForWidth(self, width: int) -> int:
        return width * 9 // 16

    def picture_rect(self, image: QImage) -> QRectF:
        """Where ``image`` is drawn in this widget (empty for no image)."""
        return QRectF() if image.isNull() else fitted(image.size(), self.size())

    def draw_picture(self, painter: QPainter, image: QImage) -> None:
        """Draw ``image`` fitted (its zoomed part, if zoomed), then the overlay.

        A whole frame already the target's size is copied, not scaled."""
        target, zoom = self.picture_rect(image), self.zoom
        if zoom == WHOLE and target.size().toSize() == image.size():  # a 1080p video on a 1080p screen
            painter.drawImage(target.topLeft().toPoint(), image)
        else:
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            width, height = image.width(), image.height()
            source = QRectF(zoom.left * width, zoom.top * height, zoom.size * width, zoom.size * height)
            painter.drawImage(target, image, source)
        if self.overlay is not None:
            self.overlay.paint(painter, target)

    def to_picture(self, position: QPointF, target: QRectF, inside: bool = True) -> Point | None:
        """The picture point under ``position`` (widget pixels) in a picture drawn at ``target``.

        None off the picture when ``inside``; otherwise the nearest picture point."""
        if target.isEmpty() or (inside and not target.contains(position)):
            return None
        view = ((position.x() - target.left()) / target.width(), (position.y() - target.top()) / target.height())
        x, y = self.zoom.to_picture((min(max(view[0], 0.0), 1.0), min(max(view[1], 0.0), 1.0)))
        return x, y

    def from_picture(self, point: Point, target: QRectF) -> QPointF:
        """Where a picture point is drawn (widget pixels) in a picture drawn at ``target``."""
        x, y = self.zoom.to_view(point)
        return QPointF(target.left() + x * target.width(), target.top() + y * target.height())
