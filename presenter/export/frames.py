"""Frames of step videos for the exports (decoded by presenter.render.frames).

A damaged video (cut short, missing, not a video) raises DamagedVideo, whose
message names the file and what to do.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import av
import av.container
import av.error
import av.video.stream
from PIL import Image

from presenter.render.frames import decode_frame
from presenter.render.manifest import DamagedVideo

__all__ = ["DamagedVideo", "check_readable", "last_frame", "opened"]


@contextmanager
def opened(video: Path) -> Iterator[tuple[av.container.InputContainer, av.video.stream.VideoStream]]:
    """The video's container and first video stream; PyAV's errors (here or while decoding
    inside the block) become :class:`DamagedVideo`."""
    try:
        with av.open(str(video)) as container:
            if not container.streams.video:
                raise DamagedVideo(video, "it has no video stream")
            yield container, container.streams.video[0]
    except (av.error.FFmpegError, OSError) as error:
        raise DamagedVideo(video, f"it cannot be decoded: {error}") from error


def last_frame(video: Path) -> Image.Image:
    """The video's final frame as a Pillow image."""
    return decode_frame(video, "last").to_image()  # type: ignore[no-any-return]


def check_readable(video: Path) -> None:
    """Raise :class:`DamagedVideo` unless the video opens and its first frame decodes."""
    decode_frame(video, "first")
