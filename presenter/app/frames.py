"""A step's last frame as a QImage: decoded with PyAV, cached, fetched off the GUI thread.

Going back to a step shows it held on its last frame. Decoding that frame
directly (seek to the last keyframe, decode to the end) is exact and does not
depend on how a media backend handles seeking near the end of a file.
"""

from __future__ import annotations

from collections import OrderedDict
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

import av
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage



def _to_image(frame: av.VideoFrame) -> QImage:
    rgb = frame.reformat(format="rgb24")
    plane = rgb.planes[0]
    image = QImage(bytes(plane), rgb.width, rgb.height, plane.line_size, QImage.Format.Format_RGB888)
    return image.copy()  # own the pixels: the buffer above is temporary


def _decode_last(path: Path, seek: bool) -> av.VideoFrame | None:
    with av.open(str(path)) as container:
        stream = container.streams.video[0]
        stream.thread_type = "AUTO"
        if seek and stream.duration:
            container.seek((stream.start_time or 0) + stream.duration, stream=stream, backward=True)
        last = None
        for last in container.decode(stream):
            pass
        return last


def last_frame(path: Path) -> QImage:
    """The video's last frame. Raises OSError/av.FFmpegError for unreadable files."""
    frame = _decode_last(path, seek=True) or _decode_last(path, seek=False)
    if frame is None:
        raise OSError(f"{path} has no video frames")
    return _to_image(frame)


class LastFrames(QObject):
    """A small cache of last frames; ``request`` decodes in a worker thread.

    ``ready(path, image)`` is emitted on the GUI thread when a requested frame
    is decoded. Images seen at a video's end can be stored with ``put``.
    """

    ready = Signal(object, QImage)
    _decoded = Signal(object, QImage)  # worker thread → GUI thread (a queued connection)

    def __init__(self, capacity: int = 12, parent: QObject | None = None):
        super().__init__(parent)
        self._capacity = capacity
        self._images: OrderedDict[Path, QImage] = OrderedDict()
        self._pending: dict[Path, Future] = {}
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="last-frame")
        self._decoded.connect(self._store)

    def get(self, path: Path) -> QImage | None:
        image = self._images.get(path)
        if image is not None:
            self._images.move_to_end(path)
        return image

    def put(self, path: Path, image: QImage) -> None:
        self._images[path] = image
        self._images.move_to_end(path)
        while len(self._images) > self._capacity:
            self._images.popitem(last=False)

    def request(self, path: Path) -> QImage | None:
        """The cached image now, or None and ``ready`` later (unless decoding fails)."""
        image = self.get(path)
        if image is None and path not in self._pending:
            self._pending[path] = self._pool.submit(self._decode, path)
        return image

    def _decode(self, path: Path) -> None:
        try:
            image = last_frame(path)
        except (OSError, av.FFmpegError, IndexError):
            image = QImage()
        self._decoded.emit(path, image)

    def _store(self, path: Path, image: QImage) -> None:
        self._pending.pop(path, None)
        if not image.isNull():
            self.put(path, image)
            self.ready.emit(path, image)

    def shutdown(self) -> None:
        """Drop queued decodes and wait for the running one (it is short)."""
        self._pool.shutdown(wait=True, cancel_futures=True)
