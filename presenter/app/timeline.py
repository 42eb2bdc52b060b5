"""The step's timeline under the presenter view's picture: pause/play, a bar to drag, the time.

It draws the Playback model (presenter/playback.py) and sends it the
clinician's actions; dragging the bar moves the picture live on both screens
(a moving picture pauses while dragged and plays on when let go).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from presenter.app import style
from presenter.app.i18n import tr
from presenter.app.presentation import Presentation
from presenter.playback import Playback
from scenes import look

TRACK = QColor("#2A4463")


def clock(ms: float) -> str:
    """``m:ss.s`` (tenths: a step is a few seconds long)."""
    tenths = max(0, round(ms / 100))
    return f"{tenths // 600}:{tenths // 10 % 60:02d}.{tenths % 10}"


class TimeBar(QWidget):
    """The step's length as a bar, its position as a handle; press or drag to move the picture."""

    def __init__(self, playback: Playback, parent: QWidget | None = None):
        super().__init__(parent)
        self.playback = playback
        self._resume = False  # the picture was moving when the drag began
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def sizeHint(self) -> QSize:
        return QSize(400, 32)

    def _track(self) -> QRectF:
        radius = self.height() / 2
        return QRectF(radius, self.height() / 2 - 3, max(1.0, self.width() - 2 * radius), 6)

    def fraction(self) -> float:
        playback = self.playback
        return min(1.0, playback.position_ms / playback.duration_ms) if playback.loaded else 0.0

    def position_at(self, x: float) -> float:
        """The step's time (ms) under ``x``."""
        track = self._track()
        return (x - track.left()) / track.width() * self.playback.duration_ms

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or not self.playback.loaded:
            return
        self._resume = self.playback.running
        self.playback.pause()
        self.playback.seek(self.position_at(event.position().x()))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton and self.playback.loaded:
            self.playback.seek(self.position_at(event.position().x()), scrubbing=True)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._resume:
            self._resume = False
            self.playback.resume()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        track = self._track()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(TRACK)
        painter.drawRoundedRect(track, 3, 3)
        if self.playback.loaded:
            done = QRectF(track.left(), track.top(), track.width() * self.fraction(), track.height())
            painter.setBrush(QColor(look.SKY_BLUE))
            painter.drawRoundedRect(done, 3, 3)
            painter.setBrush(QColor(look.TEXT))
            radius = self.height() * 0.3
            painter.drawEllipse(QPointF(done.right(), self.height() / 2), radius, radius)
        painter.end()


class Timeline(QWidget):
    """Pause/play button, time bar and ``0:03.2 / 0:08.6``, redrawn on every playback event."""

    def __init__(self, presentation: Presentation, parent: QWidget | None = None):
        super().__init__(parent)
        self.presentation, self.playback = presentation, presentation.playback
        self.button = QPushButton(objectName="playPause")
        self.button.setToolTip(tr("Pause or play the animation (K)"))
        self.button.clicked.connect(self._toggle)
        self.bar = TimeBar(self.playback)
        self.time = QLabel(objectName="position")  # sized with the header's words
        self.time.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        layout.addWidget(self.button)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.time)
        presentation.transport.changed.connect(self.refresh)
        self.refresh()

    def _toggle(self) -> None:
        if not self.presentation.finished:  # on the end card there is no step to pause
            self.playback.toggle_pause()

    def refresh(self) -> None:
        playback = self.playback
        moving = playback.running
        self.button.setText(tr("Pause") if moving else tr("Play"))
        self.setEnabled(playback.loaded)
        self.time.setText(
            f"{clock(playback.position_ms)} / {clock(playback.duration_ms)}" if playback.loaded else "– / –"
        )
        self.bar.update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        size = max(15, round(self.window().height() * 0.02))
        self.button.setFont(style.font(size, bold=True))
        metrics = self.button.fontMetrics()
        self.button.setFixedWidth(max(metrics.horizontalAdvance(t) for t in (tr("Pause"), tr("Play"))) + 40)
        self.bar.setFixedHeight(max(24, size + 10))
        metrics = self.time.fontMetrics()  # a fixed size: a new time never lays the window out again
        self.time.setFixedSize(metrics.horizontalAdvance("0:00.0 / 0:00.0") + 16, metrics.height() + 4)
        super().resizeEvent(event)
