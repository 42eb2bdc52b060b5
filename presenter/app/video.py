"""Video on screen: the shared picture, views that paint it, and a two-deck step player.

Invalid frames (a media backend sends one at the end of a file or when it
stops) are ignored, so the picture never goes blank between steps.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QRectF, QSize, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QImage, QPainter, QPaintEvent
from PySide6.QtMultimedia import QMediaPlayer, QVideoFrame, QVideoSink
from PySide6.QtWidgets import QSizePolicy, QWidget

from presenter.app import style
from presenter.app.fitted import PictureWidget


class Picture(QObject):
    """The picture the audience sees, shared by every view of it (converted once).

    It keeps whatever it was last given, so a finished step holds its last
    frame and an advancing step never flashes black: the old picture stays
    until the next one arrives. Video frames are converted to an image only
    when a view paints, so a busy machine skips frames instead of lagging.
    ``changed`` fires for every frame or image delivered.
    """

    changed = Signal()
    urgent = Signal()  # paint now, before anything else (the first picture after a key press)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._image = QImage()
        self._frame: QVideoFrame | None = None  # newest frame, not yet converted

    @property
    def image(self) -> QImage:
        """The picture now (converting the newest video frame if needed)."""
        if self._frame is not None:
            image = self._frame.toImage()
            self._frame = None
            if not image.isNull():
                self._image = image
        return self._image

    def set_frame(self, frame: QVideoFrame) -> None:
        if frame.isValid():
            self._frame = frame
            self.changed.emit()

    def set_image(self, image: QImage, now: bool = False) -> None:
        if not image.isNull():
            self._image, self._frame = image, None
            self.changed.emit()
            if now:
                self.urgent.emit()

    def clear(self) -> None:
        self._image, self._frame = QImage(), None
        self.changed.emit()


class VideoView(PictureWidget):
    """Paints a Picture scaled to fit, aspect ratio kept, on the scenes' background.

    ``frame_painted`` fires after each paint that drew a picture.
    """

    frame_painted = Signal()

    def __init__(self, picture: Picture, parent: QWidget | None = None):
        super().__init__(parent)
        self.picture = picture
        picture.changed.connect(self.update)
        picture.urgent.connect(self.repaint)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 90)

    def image_rect(self) -> QRectF:
        """Where the picture is drawn: centred, as large as fits."""
        return self.picture_rect(self.picture.image)

    def sizeHint(self) -> QSize:
        return QSize(1280, 720)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), style.BACKGROUND)
        image = self.picture.image
        if not image.isNull():
            self.draw_picture(painter, image)
        painter.end()
        if not image.isNull():
            self.frame_painted.emit()


class _Deck(QObject):
    """One QMediaPlayer with its own sink; tells its StepPlayer which deck spoke."""

    def __init__(self, owner: StepPlayer):
        super().__init__(owner)
        self.owner = owner
        self.player = QMediaPlayer(self)
        self.sink = QVideoSink(self)
        self.player.setVideoSink(self.sink)
        self.path: Path | None = None
        self._seek_when_loaded: int | None = None
        self.sink.videoFrameChanged.connect(self._on_frame)
        self.player.mediaStatusChanged.connect(self._on_status)
        self.player.errorOccurred.connect(self._on_error)

    def load(self, path: Path) -> None:
        if path != self.path:
            self.path = path
            self.player.setSource(QUrl.fromLocalFile(str(path)))
            self.player.setPlaybackRate(self.owner.speed)

    def stop(self) -> None:
        self.player.pause()

    def seek(self, ms: int) -> None:
        """Move to ``ms``; a file still opening moves there once it is open (it would not otherwise)."""
        if self.player.mediaStatus() == QMediaPlayer.MediaStatus.LoadingMedia:
            self._seek_when_loaded = ms
        else:
            self._seek_when_loaded = None
            self.player.setPosition(ms)

    @Slot(QVideoFrame)
    def _on_frame(self, frame: QVideoFrame) -> None:
        self.owner._frame_from(self, frame)

    @Slot(QMediaPlayer.MediaStatus)
    def _on_status(self, status: QMediaPlayer.MediaStatus) -> None:
        if status == QMediaPlayer.MediaStatus.EndOfMedia:
            self.owner._end_from(self)
        elif status == QMediaPlayer.MediaStatus.LoadedMedia and self._seek_when_loaded is not None:
            self.seek(self._seek_when_loaded)

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
    delivered = Signal()  # the active video decoded a frame, shown or not (a seek is done)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._decks = [_Deck(self), _Deck(self)]
        self._active = 0
        self._running = False
        self.ended: Path | None = None  # the active video, once it played to its end
        self.last_time = -1  # start time (µs) of the active video's latest frame shown
        self.speed = 1.0
        self._still: tuple[float, float] | None = None  # paused: only a frame starting in [from, to] ms shows
        self._from = 0.0  # playing: frames starting before this (ms) are not shown (one is on screen already)

    def set_speed(self, speed: float) -> None:
        """Playback speed for every video from now on (0.5 to 1)."""
        self.speed = speed
        for deck in self._decks:
            deck.player.setPlaybackRate(speed)

    @property
    def playing(self) -> Path | None:
        """The video running now, if any."""
        return self._decks[self._active].path if self._running and self.ended is None else None

    def play(self, path: Path) -> None:
        """Play a video from its start (swapping in the preloaded player if it holds it)."""
        idle = 1 - self._active
        if self._decks[idle].path == path and self._decks[self._active].path != path:
            self._decks[self._active].stop()
            self._active = idle
        deck = self._decks[self._active]
        deck.load(path)
        deck.player.setPosition(0)
        self._running, self.ended, self.last_time, self._still, self._from = True, None, -1, None, 0.0
        deck.player.play()

    def preload(self, path: Path | None) -> None:
        """Open the next video in the idle player, paused at its start."""
        idle = self._decks[1 - self._active]
        if path is None or path == self._decks[self._active].path:
            return
        idle.load(path)
        idle.player.setPosition(0)
        idle.player.pause()

    def pause(self) -> None:
        """Freeze the active video: no frame reaches the view until a seek or a resume (not even one
        the backend had decoded already)."""
        self._decks[self._active].player.pause()
        self._still = (1.0, 0.0)  # an empty range

    def show_at(self, path: Path, ms: float, play: bool, frame_ms: float = 0.0, shown_until: float = 0.0) -> None:
        """Show a video's frame at ``ms``, then play on or stay paused there (showing that frame only).

        No seek to play on when the active video is already within 1.5 frames
        of it (a plain resume after a pause decodes nothing). Playing, frames
        starting before ``shown_until`` ms are skipped: the view has them.
        """
        deck = self._decks[self._active]
        if deck.path != path and self._decks[1 - self._active].path == path:
            deck.stop()
            self._active = 1 - self._active
            deck = self._decks[self._active]
        resuming = deck.path == path and self._running and self.ended is None
        deck.load(path)
        if not (resuming and play) or abs(deck.player.position() - ms) > 1.5 * frame_ms:
            deck.seek(int(ms))
        self._running, self.ended = True, None
        self._still = None if play or not frame_ms else (ms - frame_ms, ms)
        self._from = shown_until if play else 0.0
        deck.player.play() if play else deck.player.pause()

    def stop(self) -> None:
        """Stop the active video; its frames stop reaching the view."""
        self._running, self.ended, self._still = False, None, None
        self._decks[self._active].stop()

    def _frame_from(self, deck: _Deck, frame: QVideoFrame) -> None:
        if self._running and deck is self._decks[self._active] and frame.isValid():
            self.delivered.emit()
            start = frame.startTime() / 1000
            if (self._still is not None and not self._still[0] <= start <= self._still[1]) or start < self._from:
                return
            self.last_time = frame.startTime()
            self.frame.emit(frame)

    def _end_from(self, deck: _Deck) -> None:
        if self._running and deck is self._decks[self._active]:
            self.ended = deck.path
            self.finished.emit(self.ended)
