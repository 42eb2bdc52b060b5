"""Transport: the step player follows the Playback model (pause, resume, seek, rate) and reports back to it.

The model (presenter/playback.py) decides; this only drives the StepPlayer
and tells the model where the video is. Seeks aim at the middle of a frame
(the media backend shows the frame before an exact frame start). While a
seek is being decoded, newer ones wait and only the latest is sent, so
dragging the timeline never queues up stale pictures. While paused, the
frames J, L and Shift+J/L would show, and the next one, are decoded ahead
(presenter/app/ahead.py) and painted at once, as is the frame a drag goes
to when it has been decoded. While a drag on the timeline is under way only
that frame is decoded (its neighbours would pull the decoder away from
where the drag goes next); they follow once it stops. The player is sent a
paused seek only once the picture has settled (a drag has stopped), so the
two decoders never compete, and it catches up then (or when playing on).
``changed`` fires for every playback event, for the views (Qt drops a
view's connection when it goes).
"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QImage
from PySide6.QtMultimedia import QVideoFrame

from presenter.app.ahead import FramesAhead
from presenter.app.video import Picture, StepPlayer
from presenter.playback import SKIP_MS, Event, Playback

SEEK_GIVES_UP_S = 0.5  # a seek whose frame never came: send the next one anyway
SETTLED_MS = 120  # a paused picture that has stood this long gets the player's seek


class Transport(QObject):
    """Drives one StepPlayer (and the Picture, for frames decoded ahead) from one Playback."""

    changed = Signal()

    def __init__(self, playback: Playback, player: StepPlayer, picture: Picture, parent: QObject | None = None):
        super().__init__(parent)
        self.playback, self.player, self.picture = playback, player, picture
        self.ahead = FramesAhead(self)
        self.ahead.ready.connect(self._on_decoded_ahead)
        self._seeking = 0.0  # when the seek being decoded was sent (0: none)
        self._waiting: tuple[Path, float, bool] | None = None  # the latest seek not sent yet
        self._ending = False
        self._settled: tuple[Path, float] | None = None  # the paused seek for the player, once settled
        self._only_here = False  # the latest wish was only the frame on screen (a drag under way)
        self._settle = QTimer(self, singleShot=True, interval=SETTLED_MS, timeout=self._seek_settled)
        player.frame.connect(self._on_frame)
        player.delivered.connect(self._on_delivered)
        player.finished.connect(self._on_end)
        playback.subscribe(self._on_event)

    def close(self) -> None:
        """Stop decoding ahead (waits for the frame being decoded)."""
        self._settle.stop()
        self.ahead.shutdown()

    def _on_event(self, event: Event, playback: Playback) -> None:
        path = playback.source
        dragging = False
        if isinstance(path, Path):
            if event is Event.PAUSED:
                self.player.pause()
            elif event is Event.RESUMED:
                self._waiting = self._settled = None  # playing on from the position now: a waiting seek is moot
                self._settle.stop()
                following = self.ahead.get(path, playback.frame + 1)
                shown = 0.0
                if following is not None:  # moving at once: the next frame was decoded ahead
                    self.picture.set_image(following, now=True)
                    shown = (playback.frame + 1.5) * playback.frame_ms
                self.player.show_at(path, self._aim(playback.position_ms), True, playback.frame_ms, shown)
            elif event is Event.SEEKED:
                if playback.running:
                    self._seek(path, self._aim(playback.position_ms), True)
                else:
                    if (image := self.ahead.get(path, playback.frame)) is not None:
                        self.picture.set_image(image, now=True)  # decoded ahead: on screen now
                    self._seek_when_settled(path, self._aim(playback.position_ms))
                    dragging = playback.scrubbing
            elif event is Event.FINISHED and not self._ending:  # a seek past the end: hold the last frame
                self._seek_when_settled(path, self._aim(playback.last_frame_ms))
        if event is Event.RATE:
            self.player.set_speed(playback.rate)
        if event in (Event.STARTED, Event.HELD, Event.CLEARED):
            self._seeking, self._waiting, self._settled = 0.0, None, None
            self._settle.stop()
        self._decode_ahead(playback, only_here=dragging)
        self.changed.emit()

    def _decode_ahead(self, playback: Playback, only_here: bool = False) -> None:
        """While the picture stands still: it, and the frames a second and a frame either side of it
        (``only_here``: during a drag, only it)."""
        self._only_here = only_here
        if not isinstance(playback.source, Path) or playback.running:
            self.ahead.want(None)
            return
        here = playback.frames - 1 if playback.finished else playback.frame
        if only_here:
            self.ahead.want(playback.source, [here], playback.frame_ms)
            return
        skip = round(SKIP_MS / playback.frame_ms)
        # here first (a drag shows it), and the one after (K); a second back, decoding on to the frame
        # before (J, Shift+J); a second on (L)
        near = (here, here + 1, here - skip, here - 1, here + skip)
        self.ahead.want(playback.source, [f for f in near if 0 <= f < playback.frames], playback.frame_ms)

    def _on_decoded_ahead(self, path: Path, frame: int, image: QImage) -> None:
        """A frame decoded ahead that the paused picture is waiting for (a drag, a quick L): paint it now,
        whichever comes first, it or the player's seek."""
        playback = self.playback
        if path == playback.source and playback.loaded and not playback.running and frame == playback.frame:
            self.picture.set_image(image, now=True)

    def _aim(self, ms: float) -> float:
        return ms + self.playback.frame_ms / 2

    def _seek_when_settled(self, path: Path, ms: float) -> None:
        self._settled = (path, ms)
        self._settle.start()

    def _seek_settled(self) -> None:
        if self._settled is not None:
            path, ms = self._settled
            self._settled = None
            self._seek(path, ms, False)
        if self._only_here:
            self._decode_ahead(self.playback)  # the drag has stopped: the frame's neighbours too

    def _seek(self, path: Path, ms: float, play: bool) -> None:
        if self._seeking and time.monotonic() - self._seeking < SEEK_GIVES_UP_S:
            self._waiting = (path, ms, play)
            return
        self._seeking, self._waiting = time.monotonic(), None
        self.player.show_at(path, ms, play, self.playback.frame_ms)

    def _on_delivered(self) -> None:
        self._seeking = 0.0
        if self._waiting is not None:
            self._seek(*self._waiting)

    def _on_frame(self, frame: QVideoFrame) -> None:
        self.playback.report(frame.startTime() / 1000)

    def _on_end(self, path: Path) -> None:
        if path == self.playback.source:
            self._ending = True
            try:
                self.playback.reached_end()
            finally:
                self._ending = False
