"""Video on screen: a widget that paints the latest picture, and a two-deck step player.

The view keeps whatever image it was last given, so a finished step holds its
last frame and an advancing step never flashes black: the old picture stays
until the next video's first frame arrives. Invalid frames (a media backend
sends one at the end of a file or when it stops) are ignored.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QRectF, QSize, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QImage, QPainter, QPaintEvent
from PySide6.QtMultimedia import QMediaPlayer, QVideoFrame, QVideoSink
from PySide6.QtWidgets import QSizePolicy, QWidget

from presenter.app import style


class VideoView(QWidget):
    """Paints one picture scaled to fit, aspect ratio kept, on the scenes' background.

    Video frames are converted to an image only when painted, so a busy
    machine skips frames instead of falling behind the video's clock.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._image = QImage()
        self._frame: QVideoFrame | None = None  # newest frame, not yet converted
        self.images_shown = 0  # frames and images given to the view (tests count them)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(320, 180)

    @property
    def image(self) -> QImage:
        """The picture on screen (converting the newest video frame if needed)."""
        if self._frame is not None:
            image = self._frame.toImage()
            self._frame = None
            if not image.isNull():
                self._image = image
        return self._image

    def set_frame(self, frame: QVideoFrame) -> None:
        if frame.isValid():
            self._frame = frame
            self.images_shown += 1
            self.update()

    def set_image(self, image: QImage) -> None:
        if not image.isNull():
            self._image, self._frame = image, None
            self.images_shown += 1
            self.update()

    def clear(self) -> None:
        self._image, self._frame = QImage(), None
        self.update()

    def image_rect(self) -> QRectF:
        """Where the image is drawn: centred, as large as fits."""
        if self.image.isNull():
            return QRectF()
        size = QSize(self._image.size()).scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        x, y = (self.width() - size.width()) / 2, (self.height() - size.height()) / 2
        return QRectF(x, y, size.width(), size.height())

    def sizeHint(self) -> QSize:
        return QSize(1280, 720)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), style.BACKGROUND)
        if not self.image.isNull():
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(self.image_rect(), self._image)
        painter.end()


class _Deck(QObject):
    """One QMediaPlayer with its own sink; tells its StepPlayer which deck spoke."""

    def __init__(self, owner: StepPlayer):
        super().__init__(owner)
        self.owner = owner
        self.player = QMediaPlayer(self)
        self.sink = QVideoSink(self)
        self.player.setVideoSink(self.sink)
        self.path: Path | None = None
        self.sink.videoFrameChanged.connect(self._on_frame)
        self.player.mediaStatusChanged.connect(self._on_status)
        self.player.errorOccurred.connect(self._on_error)

    def load(self, path: Path) -> None:
        if path != self.path:
            self.path = path
            self.player.setSource(QUrl.fromLocalFile(str(path)))

    def stop(self) -> None:
        self.player.pause()

    @Slot(QVideoFrame)
    def _on_frame(self, frame: QVideoFrame) -> None:
        self.owner._frame_from(self, frame)

    @Slot(QMediaPlayer.MediaStatus)
    def _on_status(self, status: QMediaPlayer.MediaStatus) -> None:
        if status == QMediaPlayer.MediaStatus.EndOfMedia:
            self.owner._end_from(self)

    @Slot(QMediaPlayer.Error, str)
    def _on_error(self, error: QMediaPlayer.Error, message: str) -> None:
        if self.path is not None:
            self.owner.failed.emit(self.path, message or str(error))


class StepPlayer(QObject):
    """Plays one step video at a time; preloads the next one in a second player.

    Emits ``frame(video_frame)`` for every frame of the active video and
    ``finished(path)`` when it reaches its end. Frames and ends from the idle
    or stopped player are dropped, so a late frame never replaces a held one.
    """

    frame = Signal(QVideoFrame)
    finished = Signal(object)
    failed = Signal(object, str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._decks = [_Deck(self), _Deck(self)]
        self._active = 0
        self._running = False
        self.ended: Path | None = None  # the active video, once it played to its end
        self.last_time = -1  # start time (µs) of the active video's latest frame shown

    def play(self, path: Path) -> None:
        """Play a video from its start (swapping in the preloaded player if it holds it)."""
        idle = 1 - self._active
        if self._decks[idle].path == path and self._decks[self._active].path != path:
            self._decks[self._active].stop()
            self._active = idle
        deck = self._decks[self._active]
        deck.load(path)
        deck.player.setPosition(0)
        self._running, self.ended, self.last_time = True, None, -1
        deck.player.play()

    def preload(self, path: Path | None) -> None:
        """Open the next video in the idle player, paused at its start."""
        idle = self._decks[1 - self._active]
        if path is None or path == self._decks[self._active].path:
            return
        idle.load(path)
        idle.player.setPosition(0)
        idle.player.pause()

    def stop(self) -> None:
        """Stop the active video; its frames stop reaching the view."""
        self._running, self.ended = False, None
        self._decks[self._active].stop()

    def _frame_from(self, deck: _Deck, frame: QVideoFrame) -> None:
        if self._running and deck is self._decks[self._active] and frame.isValid():
            self.last_time = frame.startTime()
            self.frame.emit(frame)

    def _end_from(self, deck: _Deck) -> None:
        if self._running and deck is self._decks[self._active]:
            self.ended = deck.path
            self.finished.emit(self.ended)
