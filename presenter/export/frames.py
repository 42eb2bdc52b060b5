"""Decode frames from step videos with PyAV, as Pillow images."""

from __future__ import annotations

from pathlib import Path

import av
from PIL import Image


def last_frame(video: Path) -> Image.Image:
    """The video's final frame (seeks near the end, then decodes what is left)."""
    with av.open(str(video)) as container:
        stream = container.streams.video[0]
        if stream.duration and stream.time_base:
            seconds_from_end = 2.0
            target = max(0, stream.duration - int(seconds_from_end / stream.time_base))
            container.seek(target + (stream.start_time or 0), stream=stream, backward=True)
        frame = None
        for frame in container.decode(stream):
            pass
        if frame is None:
            raise ValueError(f"{video} has no frames")
        return frame.to_image()  # type: ignore[no-any-return]
