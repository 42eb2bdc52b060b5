"""Encode a timeline to an MP4 that cheap signage players and browsers play.

H.264 High at level 4.0, yuv420p, 1920x1080, 30 fps constant, ``+faststart``
(the index before the media), no audio; VBV-capped at 20 Mbit/s so the
stream stays within level 4.0 whatever the picture.

Speed: frames are composed in 4:2:0 YUV with numpy (the scene scaled by
swscale, pasted into a canvas whose caption band is drawn once per step), in
a producer thread, while the main thread feeds x264; both release the GIL,
so decoding and composing overlap with encoding. A held frame is one frame
object sent to the encoder again with a new timestamp. Colours stay in the
BT.601 matrix Manim and Pillow-to-YUV use, and the stream says so.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Iterator, Sequence
from fractions import Fraction
from pathlib import Path
from typing import Any

import av
import numpy as np
from PIL import Image

from presenter.export import band
from presenter.export.timing import FPS, Card, Fade, Segment, StepClip, Timeline

WIDTH, HEIGHT = band.WIDTH, band.HEIGHT
X264_PRESET = "veryfast"
CRF = 20
KEYFRAME_SECONDS = 4
# BT.601 matrix (what swscale uses from RGB by default), sRGB/BT.709 primaries, limited range.
COLOUR_TAGS = {"colorspace": 6, "color_primaries": 1, "color_trc": 1, "color_range": 1}

Progress = Callable[[int, int], None]  # (frames done, frames in all)


def _planes(buffer: np.ndarray, width: int, height: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Y, U and V views of a yuv420p ndarray as PyAV lays it out: (height*3/2, width)."""
    quarter = height // 4
    return (buffer[:height], buffer[height:height + quarter].reshape(height // 2, width // 2),
            buffer[height + quarter:].reshape(height // 2, width // 2))


def to_yuv(image: Image.Image) -> np.ndarray:
    """A Pillow RGB image as a yuv420p ndarray."""
    return av.VideoFrame.from_image(image.convert("RGB")).reformat(format="yuv420p").to_ndarray()  # type: ignore[no-any-return]


def blend(a: np.ndarray, b: np.ndarray, weight: float) -> np.ndarray:
    """``a`` faded towards ``b`` by ``weight`` (0..1), on yuv420p arrays."""
    k = round(weight * 256)
    mixed = a.astype(np.uint16) * (256 - k) + b.astype(np.uint16) * k + 128
    return (mixed >> 8).astype(np.uint8)


class Encoder:
    """An MP4 file being written: H.264 High@4.0, yuv420p, 1080p30, faststart, no audio."""

    def __init__(self, path: Path):
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._container = av.open(str(path), "w", format="mp4", options={"movflags": "+faststart"})
        stream = self._container.add_stream("libx264", rate=FPS)
        stream.width, stream.height, stream.pix_fmt = WIDTH, HEIGHT, "yuv420p"
        stream.codec_context.time_base = Fraction(1, FPS)
        stream.options = {
            "preset": X264_PRESET, "crf": str(CRF), "profile": "high", "level": "4.0",
            "x264-params": f"vbv-maxrate=20000:vbv-bufsize=25000:keyint={KEYFRAME_SECONDS * FPS}",
        }
        for name, value in COLOUR_TAGS.items():
            setattr(stream.codec_context, name, value)
        self._stream = stream
        self.frames = 0

    def write(self, frame: av.VideoFrame, count: int = 1) -> None:
        """Send ``frame`` ``count`` times (a hold), each at the next 1/30 s."""
        frame.pict_type = av.video.frame.PictureType.NONE  # let x264 choose, not the source's GOP
        for _ in range(count):
            frame.pts = self.frames
            frame.time_base = self._stream.codec_context.time_base
            self._container.mux(self._stream.encode(frame))
            self.frames += 1

    def close(self) -> None:
        self._container.mux(self._stream.encode(None))
        self._container.close()

    def abort(self) -> None:
        self._container.close()
        self.path.unlink(missing_ok=True)


class FrameMaker:
    """Makes the output pictures of a timeline's segments as yuv420p arrays.

    ``with_band``: the scene scaled into ``band.SCENE_BOX`` above a caption
    band; without it the scene fills the frame (for players that show a
    captions track, like the HTML export's).
    """

    def __init__(self, cards: dict[str, Image.Image], with_band: bool = True):
        self.with_band = with_band
        self._cards = {kind: to_yuv(image) for kind, image in cards.items()}
        self._box = band.SCENE_BOX if with_band else (0, 0, WIDTH, HEIGHT)

    def card(self, card: Card) -> np.ndarray:
        return self._cards[card.kind]

    def _canvas(self, clip: StepClip) -> np.ndarray:
        if not self.with_band:
            return np.zeros((HEIGHT * 3 // 2, WIDTH), np.uint8)  # unused: frames fill the picture
        return to_yuv(band.band_canvas(clip.caption))

    def _scaled(self, frame: av.VideoFrame) -> np.ndarray:
        w, h = self._box[2], self._box[3]
        shrink = frame.width >= w
        return frame.reformat(width=w, height=h, format="yuv420p",
                              interpolation="AREA" if shrink else "BICUBIC").to_ndarray()

    def clip(self, clip: StepClip) -> Iterator[tuple[np.ndarray, int]]:
        """(picture, how many output frames it lasts) for the step's animation, then its hold."""
        canvas = self._canvas(clip)
        x, y, w, h = self._box
        out_y, out_u, out_v = _planes(canvas, WIDTH, HEIGHT)
        repeats = _repeats(clip.source_frames, clip.source_fps, clip.animation_frames)
        picture = None
        with av.open(str(clip.video)) as container:
            stream = container.streams.video[0]
            stream.thread_type = "AUTO"
            decoded = container.decode(stream)
            for index, count in enumerate(repeats):
                frame = next(decoded, None)
                if frame is not None and not self.with_band:
                    picture = self._scaled(frame)  # the scene is the whole picture
                elif frame is not None:
                    scene_y, scene_u, scene_v = _planes(self._scaled(frame), w, h)
                    if index == 0 and self.with_band:
                        _fill_margins(canvas, scene_y, scene_u, scene_v)
                    out_y[y:y + h, x:x + w] = scene_y
                    out_u[y // 2:(y + h) // 2, x // 2:(x + w) // 2] = scene_u
                    out_v[y // 2:(y + h) // 2, x // 2:(x + w) // 2] = scene_v
                    picture = canvas  # valid until the next picture is asked for
                if picture is None:
                    raise ValueError(f"{clip.video} has no frames")
                last = index == len(repeats) - 1
                yield picture, count + (clip.hold_frames if last else 0)
            if not repeats:
                yield (picture if picture is not None else canvas), clip.hold_frames

    def first(self, segment: Segment) -> np.ndarray:
        if isinstance(segment, Card):
            return self.card(segment)
        assert isinstance(segment, StepClip)
        return next(iter(self.clip(segment)))[0]


def _repeats(source_frames: int, source_fps: float, output_frames: int) -> list[int]:
    """How many output frames each source frame lasts (15 fps -> 2 each at 30 fps)."""
    counts = [0] * max(1, source_frames)
    for index in range(output_frames):
        counts[min(len(counts) - 1, int(index * source_fps / FPS + 1e-9))] += 1
    while counts and counts[-1] == 0:
        counts.pop()
    return counts


def _fill_margins(canvas: np.ndarray, scene_y: np.ndarray, scene_u: np.ndarray,
                  scene_v: np.ndarray) -> None:
    """Paint the area beside the scene in the scene's own background.

    That is the median of the scene's top row: scenes keep their top edge clear, while
    their side edges may be drawn on (a cell body or membrane running off the picture).
    """
    out_y, out_u, out_v = _planes(canvas, WIDTH, HEIGHT)
    top = band.BAND_TOP
    out_y[:top] = int(np.median(scene_y[0]))
    out_u[:top // 2] = int(np.median(scene_u[0]))
    out_v[:top // 2] = int(np.median(scene_v[0]))


def _pictures(timeline: Timeline, maker: FrameMaker) -> Iterator[tuple[np.ndarray, int]]:
    """Every picture of the timeline with its frame count; fades blend neighbours."""
    segments: Sequence[Segment] = timeline.segments
    previous: np.ndarray | None = None
    for position, segment in enumerate(segments):
        if isinstance(segment, Fade):
            following = segments[position + 1] if position + 1 < len(segments) else segments[0]
            if isinstance(following, Fade):
                raise ValueError("two fades in a row")
            start = previous if previous is not None else maker.first(following)
            end = maker.first(following)
            for index in range(1, segment.frames + 1):
                t = index / (segment.frames + 1)
                yield blend(start, end, t * t * (3 - 2 * t)), 1  # eased: gentle at both ends
        elif isinstance(segment, Card):
            previous = maker.card(segment)
            yield previous, segment.frames
        else:
            for picture, count in maker.clip(segment):
                previous = picture
                yield picture, count


def encode_timeline(timeline: Timeline, maker: FrameMaker, out: Path,
                    progress: Progress | None = None) -> Path:
    """Write ``timeline`` to ``out`` (written beside it first, then renamed into place)."""
    partial = out.with_name(f".{out.name}.partial")
    encoder = Encoder(partial)
    pictures: queue.Queue[Any] = queue.Queue(maxsize=12)
    failure: list[BaseException] = []
    stop = threading.Event()

    def produce() -> None:
        try:
            for picture, count in _pictures(timeline, maker):
                frame = av.VideoFrame.from_ndarray(picture, format="yuv420p")
                while not stop.is_set():
                    try:
                        pictures.put((frame, count), timeout=0.2)
                        break
                    except queue.Full:
                        continue
                if stop.is_set():
                    return
        except Exception as error:  # handed to the main thread
            failure.append(error)
        finally:
            pictures.put(None)

    producer = threading.Thread(target=produce, name="export-frames", daemon=True)
    producer.start()
    try:
        while (item := pictures.get()) is not None:
            frame, count = item
            encoder.write(frame, count)
            if progress:
                progress(encoder.frames, timeline.frames)
        if failure:
            raise failure[0]
        if encoder.frames != timeline.frames:
            raise RuntimeError(f"made {encoder.frames} frames, expected {timeline.frames}")
        encoder.close()
    except BaseException:
        stop.set()
        while producer.is_alive():
            try:
                pictures.get(timeout=0.1)
            except queue.Empty:
                pass
        encoder.abort()
        raise
    partial.replace(out)
    return out
