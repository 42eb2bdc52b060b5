"""A busy indicator drawn as one bar gliding to and fro.

A render reports only its start and end, so the card cannot show a
fraction. Qt's own busy progress bar wraps its chunk around the track, so
that for part of every cycle it draws as two pieces; this one never does.
"""

from __future__ import annotations

from PySide6.QtCore import QEasingCurve, QRectF, Qt, QVariantAnimation
from PySide6.QtGui import QColor, QHideEvent, QPainter, QPaintEvent, QShowEvent
from PySide6.QtWidgets import QWidget

from presenter.app import style
from scenes import look

CYCLE_MS = 1600  # there and back


class BusyBar(QWidget):
    """A track with one bar a third of its width, moving while the widget is shown."""

    def __init__(self, parent: QWidget | None = None, width: int = 320, height: int = 8):
        super().__init__(parent)
        self.setFixedSize(width, height)
        self._motion = QVariantAnimation(self, startValue=0.0, endValue=1.0, duration=CYCLE_MS // 2)
        self._motion.setEasingCurve(QEasingCurve.Type.InOutSine)
        self._motion.setLoopCount(-1)
        self._motion.currentLoopChanged.connect(self._turn)
        self._motion.valueChanged.connect(self.update)
        self._backwards = False

    def bar(self) -> QRectF:
        """Where the bar is now: always one piece, inside the track."""
        length = self.width() / 3
        done = float(self._motion.currentValue() or 0.0)
        x = (1.0 - done if self._backwards else done) * (self.width() - length)
        return QRectF(x, 0, length, self.height())

    def _turn(self, _loop: int) -> None:
        self._backwards = not self._backwards

    def showEvent(self, event: QShowEvent) -> None:
        self._motion.start()
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self._motion.stop()
        super().hideEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        radius = self.height() / 2
        painter.setBrush(style.BACKGROUND)
        painter.drawRoundedRect(QRectF(self.rect()), radius, radius)
        painter.setBrush(QColor(look.SKY_BLUE))
        painter.drawRoundedRect(self.bar(), radius, radius)
        painter.end()
