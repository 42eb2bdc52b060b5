"""Still frames of step videos as QImages: decoded with PyAV, cached, fetched off the GUI thread.

A step's *last* frame is what the screen holds when going back to it; its
*first* frame is shown the instant a step starts (the video then takes over)
and previews the next step in the presenter view. Decoding directly (seek to
the last keyframe, decode to the end) is exact and does not depend on how a
media backend seeks near the end of a file.
"""

from __future__ import annotations

from collections import OrderedDict
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
import av
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage

from presenter.render.frames import End, decode_frame
from presenter.render.manifest import DamagedVideo


def to_image(frame: av.VideoFrame) -> QImage:
    """A decoded frame as a QImage in the format that paints fastest (RGB32), owning its pixels.

    swscale writes BGRA, which is RGB32's byte order on little-endian machines (x86, ARM), so no
    second conversion is needed: 2.8 ms a 1080p frame, against 4.7 ms through RGB888.
    """
    bgra = frame.reformat(format="bgra")
    plane = bgra.planes[0]
    return QImage(bytes(plane), bgra.width, bgra.height, plane.line_size, QImage.Format.Format_RGB32).copy()


def still(path: Path, end: End = "last") -> QImage:
    """The video's first or last frame. Raises DamagedVideo for a file that cannot be decoded."""
    return to_image(decode_frame(path, end))


class Stills(QObject):
    """A small cache of first and last frames; ``request`` decodes in a worker thread.

    ``ready(path, end, image)`` is emitted on the GUI thread when a requested
    frame is decoded; ``unreadable(path)`` when the file cannot be decoded.
    Frames seen at a video's end can be stored with ``put``.
    """

    ready = Signal(object, str, QImage)
    unreadable = Signal(object)
    _decoded = Signal(object, str, QImage)  # worker thread → GUI thread (a queued connection)

    def __init__(self, capacity: int = 24, parent: QObject | None = None):
        super().__init__(parent)
        self._capacity = capacity
        self._images: OrderedDict[tuple[Path, str], QImage] = OrderedDict()
        self._pending: dict[tuple[Path, str], Future] = {}
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="stills")
        self._decoded.connect(self._store)

    def get(self, path: Path, end: End = "last") -> QImage | None:
        image = self._images.get((path, end))
        if image is not None:
            self._images.move_to_end((path, end))
        return image

    def put(self, path: Path, image: QImage, end: End = "last") -> None:
        self._images[(path, end)] = image
        self._images.move_to_end((path, end))
        while len(self._images) > self._capacity:
            self._images.popitem(last=False)

    def request(self, path: Path, end: End = "last") -> QImage | None:
        """The cached image now, or None and ``ready`` later (or ``unreadable``)."""
        image = self.get(path, end)
        if image is None and (path, end) not in self._pending:
            self._pending[(path, end)] = self._pool.submit(self._decode, path, end)
        return image

    def forget(self, folder: Path) -> None:
        """Drop the stills of every video in a folder (its render was replaced)."""
        for key in [k for k in self._images if k[0].parent == folder]:
            del self._images[key]

    def _decode(self, path: Path, end: End) -> None:
        try:
            image = still(path, end)
        except DamagedVideo:
            image = QImage()
        self._decoded.emit(path, end, image)

    def _store(self, path: Path, end: str, image: QImage) -> None:
        self._pending.pop((path, end), None)
        if image.isNull():
            self.unreadable.emit(path)
            return
        self.put(path, image, end)  # type: ignore[arg-type]
        self.ready.emit(path, end, image)

    def shutdown(self) -> None:
        """Drop queued decodes and wait for the running one (it is short)."""
        self._pool.shutdown(wait=True, cancel_futures=True)
