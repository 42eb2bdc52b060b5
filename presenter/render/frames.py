"""A step video's first or last frame, decoded with PyAV (one decoder for the app and the exports).

Decoding directly (seek to the last keyframe, decode to the end) is exact and
does not depend on how a media backend seeks near the end of a file. A file
that is missing, truncated or not a video raises DamagedVideo, which names it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

import av

from presenter.render.manifest import DamagedVideo

End = Literal["first", "last"]


def _last(container: av.container.InputContainer, seek: bool) -> av.VideoFrame | None:
    stream = container.streams.video[0]
    stream.thread_type = "AUTO"
    if seek and stream.duration:
        container.seek((stream.start_time or 0) + stream.duration, stream=stream, backward=True)
    last = None
    for last in container.decode(stream):
        pass
    return last


def decode_frame(path: Path, end: End = "last") -> av.VideoFrame:
    """The video's first or last frame; DamagedVideo when it cannot be decoded."""
    try:
        with av.open(str(path)) as container:
            if end == "first":
                frame = next(container.decode(video=0), None)
            else:
                frame = _last(container, seek=True)
                if frame is None:  # a seek past the last keyframe: decode from the start
                    container.seek(0)
                    frame = _last(container, seek=False)
    except FileNotFoundError:
        raise DamagedVideo(path, "the file is missing") from None
    except (OSError, av.FFmpegError, IndexError, StopIteration) as error:
        raise DamagedVideo(path, f"it cannot be decoded: {error}") from None
    if frame is None:
        raise DamagedVideo(path, "it has no video frames")
    return frame
