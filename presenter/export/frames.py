"""Decode frames from step videos with PyAV; a damaged video becomes a plain message."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import av
import av.container
import av.error
import av.video.stream
from PIL import Image


class DamagedVideo(Exception):
    """A rendered video that cannot be read (cut short, or not a video at all)."""

    def __init__(self, video: Path):
        self.video = video
        super().__init__(
            f"The rendered video {video} is damaged (it may have been cut short when the disk "
            f"filled up or the computer was switched off), so nothing was exported. Delete the "
            f"folder {video.parent} and export again: that slide will be rendered again.")


@contextmanager
def opened(video: Path) -> Iterator[tuple[av.container.InputContainer, av.video.stream.VideoStream]]:
    """The video's container and first video stream; PyAV's errors (here or while decoding
    inside the block) become :class:`DamagedVideo`."""
    try:
        with av.open(str(video)) as container:
            if not container.streams.video:
                raise DamagedVideo(video)
            yield container, container.streams.video[0]
    except (av.error.FFmpegError, OSError) as error:
        raise DamagedVideo(video) from error


def last_frame(video: Path) -> Image.Image:
    """The video's final frame (seeks near the end, then decodes what is left)."""
    with opened(video) as (container, stream):
        if stream.duration and stream.time_base:
            seconds_from_end = 2.0
            target = max(0, stream.duration - int(seconds_from_end / stream.time_base))
            container.seek(target + (stream.start_time or 0), stream=stream, backward=True)
        frame = None
        for frame in container.decode(stream):
            pass
        if frame is None:
            raise DamagedVideo(video)
        image: Image.Image = frame.to_image()  # type: ignore[no-untyped-call]
        return image


def check_readable(video: Path) -> None:
    """Raise :class:`DamagedVideo` unless the video opens and its first frame decodes."""
    with opened(video) as (container, stream):
        if next(container.decode(stream), None) is None:
            raise DamagedVideo(video)
