"""Frames a scrub will ask for next, decoded ahead with PyAV in a worker thread.

While a step is paused, the frames J, L, Shift+J and Shift+L would show (a
second and a frame either side) are decoded in the background, so those
keys paint at once instead of waiting for the media backend to seek and
decode. The frames wished for now and the latest before them are kept
(``KEEP``: 64 MB at hd), so stepping back and forth around a frame stays
instant; they are dropped when the step plays on or changes.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import av
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage

from presenter.app.frames import to_image

KEEP = 8  # frames kept (8 MB each at hd): the ones wished for now, then the latest before them


class Decoder:
    """One open step video, decoding the frames asked for in the order asked.

    A frame less than a second after the last one decoded is reached by
    decoding on (step videos have a keyframe every second, scenes/worker.py),
    so a drag forward or a frame step costs a frame or two; any other by a
    seek to the keyframe before it. Used by one thread at a time.
    """

    def __init__(self, path: Path):
        self.path = path
        self._container = av.open(str(path))
        self._stream = self._container.streams.video[0]
        self._stream.thread_type = "AUTO"
        if self._stream.time_base is None:
            self._container.close()
            raise OSError(f"{path.name} has no time base")
        self._base = self._stream.time_base
        self._decoded = self._container.decode(self._stream)
        self._at: int | None = None  # the number of the frame decoded last

    def frames(
        self, numbers: Iterable[int], frame_ms: float, still_wanted: Callable[[], bool]
    ) -> Iterator[tuple[int, QImage]]:
        """Each frame asked for, as it is decoded; stops when ``still_wanted()`` is False."""
        second = round(1000 / frame_ms)
        for number in numbers:
            if not still_wanted():
                return
            if self._at is None or not self._at < number <= self._at + second:
                self._container.seek(int(number * frame_ms / 1000 / self._base), stream=self._stream, backward=True)
                self._decoded, self._at = self._container.decode(self._stream), None
            for frame in self._decoded:
                if not still_wanted():  # a newer wish (or the step moved on): stop at once
                    return
                if frame.time is None:
                    continue
                self._at = round(frame.time * 1000 / frame_ms)
                if self._at >= number:
                    yield number, to_image(frame)
                    break
            else:  # the end of the file: the next frame needs a seek
                self._at = None

    def close(self) -> None:
        self._container.close()


def decode_frames(
    path: Path, numbers: list[int], frame_ms: float, still_wanted: Callable[[], bool]
) -> Iterator[tuple[int, QImage]]:
    """The given frames of a video, in the order given, with a Decoder of its own."""
    decoder = Decoder(path)
    try:
        yield from decoder.frames(numbers, frame_ms, still_wanted)
    finally:
        decoder.close()


class FramesAhead(QObject):
    """Decoded frames by (video, frame number); ``want`` says which to have next, ``ready(path, frame,
    image)`` tells when one of them has been decoded."""

    ready = Signal(object, int, QImage)
    _decoded = Signal(object, int, QImage)  # worker thread → GUI thread (queued)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._images: OrderedDict[tuple[Path, int], QImage] = OrderedDict()  # oldest first
        self._wish = 0  # the newest wish's number: older work stops
        self._wanted: set[tuple[Path, int]] = set()
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="frames-ahead")
        self._decoder: Decoder | None = None  # kept open between wishes; used by the worker only
        self._decoded.connect(self._store)

    def get(self, path: Path, frame: int) -> QImage | None:
        image = self._images.get((path, frame))
        if image is not None:
            self._images.move_to_end((path, frame))
        return image

    def want(self, path: Path | None, frames: Iterable[int] = (), frame_ms: float = 0.0) -> None:
        """Have these frames of ``path`` next, decoding the missing ones in this order (None: forget them all)."""
        self._wish += 1
        frames = list(frames)
        self._wanted = {(path, f) for f in frames} if path is not None else set()
        if path is None:
            self._images.clear()
        self._trim()
        missing = [f for f in frames if (path, f) not in self._images]  # in the order wished
        if path is not None and missing and frame_ms > 0:
            self._pool.submit(self._decode, self._wish, path, missing, frame_ms)

    def _decode(self, wish: int, path: Path, frames: list[int], frame_ms: float) -> None:
        try:
            if self._decoder is not None and self._decoder.path != path:
                self._close_decoder()
            if self._decoder is None:
                self._decoder = Decoder(path)
            for number, image in self._decoder.frames(frames, frame_ms, lambda: wish == self._wish):
                self._decoded.emit(path, number, image)
        except (OSError, av.FFmpegError):
            self._close_decoder()  # the player's own seek shows the frame; a damaged file is reported by the player

    def _close_decoder(self) -> None:
        if self._decoder is not None:
            self._decoder.close()
            self._decoder = None

    def _store(self, path: Path, number: int, image: QImage) -> None:
        if (path, number) in self._wanted:
            self._images[(path, number)] = image
            self._images.move_to_end((path, number))
            self._trim()
            self.ready.emit(path, number, image)

    def _trim(self) -> None:
        """Drop the frames wished for before, oldest first, beyond KEEP."""
        while len(self._images) > KEEP and (old := next((k for k in self._images if k not in self._wanted), None)):
            del self._images[old]

    def shutdown(self) -> None:
        self._wish += 1
        self._pool.shutdown(wait=True, cancel_futures=True)
        self._close_decoder()  # the worker has stopped
