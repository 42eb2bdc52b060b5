"""The one rule for every picture in the app: 16:9, as large as fits, centred, never cropped."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QWidget


def fitted(image: QSize, area: QSize) -> QRectF:
    """Where an image of size ``image`` is drawn in ``area``: scaled to fit, centred."""
    size = QSize(image).scaled(area, Qt.AspectRatioMode.KeepAspectRatio)
    return QRectF((area.width() - size.width()) / 2, (area.height() - size.height()) / 2, size.width(), size.height())


class PictureWidget(QWidget):
    """A widget that shows a 16:9 picture (a video frame, a still, a thumbnail)."""

    def heightForWidth(self, width: int) -> int:
        return width * 9 // 16

    def picture_rect(self, image: QImage) -> QRectF:
        """Where ``image`` is drawn in this widget (empty for no image)."""
        return QRectF() if image.isNull() else fitted(image.size(), self.size())

    def draw_picture(self, painter: QPainter, image: QImage) -> None:
        """Draw ``image`` fitted; a frame already the target's size is copied, not scaled."""
        target = self.picture_rect(image)
        if target.size().toSize() == image.size():  # a 1080p video on a 1080p screen: a plain copy
            painter.drawImage(target.topLeft().toPoint(), image)
        else:
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(target, image)
