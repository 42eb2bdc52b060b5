"""Encode a timeline to an MP4 that cheap signage players and browsers play.

H.264 High, yuv420p, 30 fps constant, ``+faststart`` (the index before the
media), VBV-capped so the stream stays within its level whatever the picture.
A profile picks the size, level and audio (``PROFILES``): 1080p at level 4.0
without audio by default, the same with a silent AAC track, or 720p at 3.1.

Speed: frames are composed in 4:2:0 YUV with numpy (the scene scaled by
swscale, pasted into a canvas whose caption band is drawn once per step), in
a producer thread, while the main thread feeds x264; both release the GIL,
so decoding and composing overlap with encoding, and x264 encodes several
frames at once in its own threads (frame threads: PyAV's default, slice
threads, kept it to about one core). A held frame is one frame
object sent to the encoder again with a new timestamp. Colours stay in the
BT.601 matrix Manim and Pillow-to-YUV use, and the stream says so.
"""

from __future__ import annotations

import contextlib
import queue
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

import av
import av.error
import numpy as np
from PIL import Image

from presenter.export import band
from presenter.export.frames import DamagedVideo, opened
from presenter.export.timing import FPS, Card, Fade, Segment, StepClip, Timeline

WIDTH, HEIGHT = band.WIDTH, band.HEIGHT
X264_PRESET = "veryfast"
SHRINK = "FAST_BILINEAR"  # 1920x1080 -> 1536x864: as close to Lanczos as AREA, a fifth less CPU
X264_TUNING = "subme=1"  # a quarter less CPU than veryfast's 2, for 2% more bytes at the same CRF
CRF = 20
KEYFRAME_SECONDS = 4
# BT.601 matrix (what swscale uses from RGB by default), sRGB/BT.709 primaries, limited range.
COLOUR_TAGS = {"colorspace": 6, "color_primaries": 1, "color_trc": 1, "color_range": 1}

AUDIO_RATE = 48000
AUDIO_CHUNK = 1024  # samples per AAC frame

Progress = Callable[[int, int], None]  # (frames done, frames in all)


@dataclass(frozen=True)
class Profile:
    """What a signage player needs: picture size, H.264 level and its VBV cap, audio or not."""

    name: str
    width: int
    height: int
    level: str
    vbv_maxrate: int  # kbit/s
    vbv_bufsize: int  # kbit
    silent_audio: bool
    purpose: str


PROFILES = {
    "default": Profile(
        "default", 1920, 1080, "4.0", 20000, 25000, False, "1080p, no audio: TVs, Raspberry Pi signage, browsers"
    ),
    "silent-audio": Profile(
        "silent-audio",
        1920,
        1080,
        "4.0",
        20000,
        25000,
        True,
        "1080p with a silent AAC track: players that refuse files without audio (BrightSign HD-class among them)",
    ),
    "720p": Profile("720p", 1280, 720, "3.1", 14000, 17500, False, "1280x720 at level 3.1: old players and small TVs"),
}


def _planes(buffer: np.ndarray, width: int, height: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Y, U and V views of a yuv420p ndarray as PyAV lays it out: (height*3/2, width)."""
    quarter = height // 4
    return (
        buffer[:height],
        buffer[height : height + quarter].reshape(height // 2, width // 2),
        buffer[height + quarter :].reshape(height // 2, width // 2),
    )


def to_yuv(image: Image.Image) -> np.ndarray:
    """A Pillow RGB image as a yuv420p ndarray."""
    frame = av.VideoFrame.from_image(image.convert("RGB"))  # type: ignore[no-untyped-call]
    yuv: np.ndarray = frame.reformat(format="yuv420p").to_ndarray()
    return yuv


def blend(a: np.ndarray, b: np.ndarray, weight: float) -> np.ndarray:
    """``a`` faded towards ``b`` by ``weight`` (0..1), on yuv420p arrays."""
    k = round(weight * 256)
    mixed = a.astype(np.uint16) * (256 - k) + b.astype(np.uint16) * k + 128
    return (mixed >> 8).astype(np.uint8)


class Encoder:
    """An MP4 file being written: H.264 High, yuv420p, 30 fps, faststart, per ``profile``."""

    def __init__(self, path: Path, profile: Profile = PROFILES["default"]):
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.profile = profile
        self._container = av.open(str(path), "w", format="mp4", options={"movflags": "+faststart"})
        try:
            stream = self._container.add_stream("libx264", rate=FPS)
            stream.width, stream.height, stream.pix_fmt = profile.width, profile.height, "yuv420p"
            stream.codec_context.time_base = Fraction(1, FPS)
            stream.codec_context.thread_type = "FRAME"  # PyAV's default, SLICE, keeps x264 to ~1 core
            stream.options = {
                "preset": X264_PRESET,
                "crf": str(CRF),
                "profile": "high",
                "level": profile.level,
                "x264-params": f"vbv-maxrate={profile.vbv_maxrate}:vbv-bufsize={profile.vbv_bufsize}"
                f":keyint={KEYFRAME_SECONDS * FPS}:{X264_TUNING}",
            }
            for name, value in COLOUR_TAGS.items():
                setattr(stream.codec_context, name, value)
            self._audio = self._container.add_stream("aac", rate=AUDIO_RATE) if profile.silent_audio else None
            if self._audio is not None:
                self._audio.layout = "stereo"
        except BaseException:
            self.abort()
            raise
        self._stream = stream
        self._silence = np.zeros((2, AUDIO_CHUNK), np.float32)
        self._samples = 0
        self.frames = 0

    def write(self, frame: av.VideoFrame, count: int = 1) -> None:
        """Send ``frame`` ``count`` times (a hold), each at the next 1/30 s."""
        if (frame.width, frame.height) != (self.profile.width, self.profile.height):
            frame = frame.reformat(width=self.profile.width, height=self.profile.height, interpolation="AREA")
        frame.pict_type = av.video.frame.PictureType.NONE  # let x264 choose, not the source's GOP
        for _ in range(count):
            frame.pts = self.frames
            frame.time_base = self._stream.codec_context.time_base
            self._container.mux(self._stream.encode(frame))
            self.frames += 1
        self._write_silence(self.frames * AUDIO_RATE // FPS)

    def _write_silence(self, until: int) -> None:
        """Silent audio up to sample ``until`` (the video's length so far)."""
        while self._audio is not None and self._samples < until:
            chunk = av.AudioFrame.from_ndarray(self._silence, format="fltp", layout="stereo")
            chunk.sample_rate, chunk.pts = AUDIO_RATE, self._samples
            self._container.mux(self._audio.encode(chunk))
            self._samples += AUDIO_CHUNK

    def close(self) -> None:
        self._container.mux(self._stream.encode(None))
        if self._audio is not None:
            self._container.mux(self._audio.encode(None))
        self._container.close()

    def abort(self) -> None:
        """Close without finishing and remove the file, even when closing fails (a full disk)."""
        try:
            with contextlib.suppress(av.error.FFmpegError, OSError):
                self._container.close()
        finally:
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
        interpolation = SHRINK if frame.width >= w else "BICUBIC"
        return frame.reformat(width=w, height=h, format="yuv420p", interpolation=interpolation).to_ndarray()

    def clip(self, clip: StepClip) -> Iterator[tuple[np.ndarray, int]]:
        """(picture, how many output frames it lasts) for the step's animation, then its hold."""
        canvas = self._canvas(clip)
        x, y, w, h = self._box
        out_y, out_u, out_v = _planes(canvas, WIDTH, HEIGHT)
        repeats = _repeats(clip.source_frames, clip.source_fps, clip.animation_frames)
        picture = None
        with opened(clip.video) as (container, stream):
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
                    out_y[y : y + h, x : x + w] = scene_y
                    out_u[y // 2 : (y + h) // 2, x // 2 : (x + w) // 2] = scene_u
                    out_v[y // 2 : (y + h) // 2, x // 2 : (x + w) // 2] = scene_v
                    picture = canvas  # valid until the next picture is asked for
                if picture is None:
                    raise DamagedVideo(clip.video)
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


def _fill_margins(canvas: np.ndarray, scene_y: np.ndarray, scene_u: np.ndarray, scene_v: np.ndarray) -> None:
    """Paint the area beside the scene in the scene's own background.

    That is the median of the scene's top row: scenes keep their top edge clear, while
    their side edges may be drawn on (a cell body or membrane running off the picture).
    """
    out_y, out_u, out_v = _planes(canvas, WIDTH, HEIGHT)
    top = band.BAND_TOP
    out_y[:top] = int(np.median(scene_y[0]))
    out_u[: top // 2] = int(np.median(scene_u[0]))
    out_v[: top // 2] = int(np.median(scene_v[0]))


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


def encode_timeline(
    timeline: Timeline, maker: FrameMaker, out: Path, progress: Progress | None = None, profile: str = "default"
) -> Path:
    """Write ``timeline`` to ``out`` (written beside it first, then renamed into place)."""
    partial = out.with_name(f".{out.name}.partial")
    encoder = Encoder(partial, PROFILES[profile])
    pictures: queue.Queue[tuple[av.VideoFrame, int] | None] = queue.Queue(maxsize=12)
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
