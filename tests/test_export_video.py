"""Waiting-room and per-slide MP4 exports, checked as a signage player would see them.

Exported from the preview renders of ``builtin_preview`` (854x480 at 15 fps),
which must still make valid 1080p30 files. One slide each, to stay fast.
"""

from __future__ import annotations

import itertools
import struct
from pathlib import Path

import av
import numpy as np
import pysrt
import pytest
import webvtt
from PIL import Image

from presenter import cli
from presenter.export import band, timing
from presenter.export.video import to_yuv
from scenes import look

pytestmark = pytest.mark.render
END_CARD = "Ask us anything at the front desk."


# --- what a player sees -------------------------------------------------------------------


def top_level_boxes(path: Path) -> list[str]:
    """The MP4's top-level box types, in file order."""
    kinds = []
    with open(path, "rb") as file:
        while header := file.read(8):
            size, kind = struct.unpack(">I4s", header)
            if size == 1:
                size = struct.unpack(">Q", file.read(8))[0] - 8
            kinds.append(kind.decode("latin-1"))
            file.seek(size - 8, 1)
    return kinds


def avc_profile_and_level(path: Path) -> tuple[int, int]:
    """(AVCProfileIndication, AVCLevelIndication) from the avcC box."""
    data = path.read_bytes()
    at = data.find(b"avcC")
    assert at > 0, "no avcC box"
    return data[at + 5], data[at + 7]


def probe(path: Path) -> dict:
    with av.open(str(path)) as container:
        stream = container.streams.video[0]
        context = stream.codec_context
        pts = sorted(p.pts for p in container.demux(stream) if p.pts is not None)
        return {
            "streams": len(container.streams),
            "audio": len(container.streams.audio),
            "codec": context.name,
            "profile": context.profile,
            "pix_fmt": context.pix_fmt,
            "size": (context.width, context.height),
            "rate": stream.average_rate,
            "frames": len(pts),
            "steps": {round((b - a) * stream.time_base * 30, 6) for a, b in itertools.pairwise(pts)},
        }


def frames_at(path: Path, indices: set[int]) -> dict[int, np.ndarray]:
    """RGB frames at these frame numbers (one decoding pass)."""
    found = {}
    with av.open(str(path)) as container:
        for number, frame in enumerate(container.decode(video=0)):
            if number in indices:
                found[number] = frame.to_ndarray(format="rgb24")
            if len(found) == len(indices):
                break
    return found


def assert_signage_ready(path: Path, seconds: float) -> None:
    info = probe(path)
    assert info["streams"] == 1 and info["audio"] == 0, "no audio track"
    assert info["codec"] == "h264" and info["profile"] == "High"
    assert avc_profile_and_level(path) == (100, 40)  # High, level 4.0
    assert info["pix_fmt"] == "yuv420p" and info["size"] == (1920, 1080)
    assert info["rate"] == 30 and info["steps"] == {1.0}, "constant 30 fps"
    boxes = top_level_boxes(path)
    assert boxes.index("moov") < boxes.index("mdat"), f"not faststart: {boxes}"
    assert abs(info["frames"] - seconds * 30) <= 1, f"{info['frames']} frames for {seconds:.3f} s"


def expected_seconds(deck, manifests, slides) -> float:
    """Steps plus holds: from the manifests and the documented hold rule."""
    total = 0.0
    for index in slides:
        for step in deck.slides[index].steps:
            info = next(s for s in manifests[index].steps if s.step == step.id)
            animation = info.frames / round(info.fps)
            total += animation + timing.hold_seconds(step, animation)
    return total


def millis(vtt_time: str) -> int:
    hours, minutes, seconds = vtt_time.split(":")
    return round((int(hours) * 3600 + int(minutes) * 60 + float(seconds)) * 1000)


def band_of(frame: np.ndarray) -> np.ndarray:
    return frame[band.BAND_TOP + 6 :].astype(int)


def hex_colour(rgb) -> str:
    return "#" + "".join(f"{int(c):02X}" for c in rgb)


# --- fixtures -----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def opioids(builtin_preview):
    cache, summary = builtin_preview
    results = [r for r in summary.results if r.job.deck.name == "opioids"]
    return cache, results[0].job.deck, [r.manifest for r in results]


@pytest.fixture(scope="module")
def loop(opioids, tmp_path_factory):
    cache, deck, manifests = opioids
    out = tmp_path_factory.mktemp("loop") / "opioids.mp4"
    code = cli.main(
        [
            "export",
            "opioids",
            "--to",
            "waiting-room",
            "--out",
            str(out),
            "--slides",
            "1",
            "--quality",
            "preview",
            "--cache",
            str(cache),
            "--captions",
            "srt,vtt",
            "--end-card",
            END_CARD,
        ]
    )
    assert code == 0
    return out, deck, manifests


# --- waiting room -------------------------------------------------------------------------


def test_waiting_room_file_is_what_signage_players_decode(loop):
    out, deck, manifests = loop
    cards = (
        timing.TITLE_SECONDS
        + timing.FADE_IN_SECONDS
        + timing.END_FADE_SECONDS
        + timing.end_card_seconds(END_CARD)
        + timing.LOOP_FADE_SECONDS
    )
    assert_signage_ready(out, expected_seconds(deck, manifests, [0]) + cards)


def test_captions_files_cover_every_step_in_order_and_in_sync(loop):
    out, deck, manifests = loop
    steps = deck.slides[0].steps
    srt = pysrt.open(str(out.with_suffix(".srt")), encoding="utf-8")
    vtt = list(webvtt.read(str(out.with_suffix(".vtt"))))
    assert [s.text for s in srt] == [" ".join(s.on_screen_text.split()) for s in steps]
    assert [c.text for c in vtt] == [s.text for s in srt]
    first = timing.TITLE_SECONDS + timing.FADE_IN_SECONDS
    assert srt[0].start.ordinal == pytest.approx(first * 1000, abs=34)
    for cue, step in zip(srt, steps):
        info = next(s for s in manifests[0].steps if s.step == step.id)
        animation = info.frames / round(info.fps)
        length = (cue.end.ordinal - cue.start.ordinal) / 1000
        assert length == pytest.approx(animation + timing.hold_seconds(step, animation), abs=0.034)
    for a, b in itertools.pairwise(srt):
        assert a.end == b.start
    for s_cue, v_cue in zip(srt, vtt):
        assert (s_cue.start.ordinal, s_cue.end.ordinal) == (millis(v_cue.start), millis(v_cue.end))
    # the picture agrees: each caption is in the band from its cue's start to its end
    wanted = {}
    for cue in srt:
        start, end = round(cue.start.ordinal * 30 / 1000), round(cue.end.ordinal * 30 / 1000)
        wanted[start + 1] = wanted[end - 2] = cue.text
    frames = frames_at(out, set(wanted))
    for number, text in wanted.items():
        drawn = np.asarray(
            Image.fromarray(
                av.VideoFrame.from_ndarray(to_yuv(band.band_canvas(text)), format="yuv420p").to_ndarray(format="rgb24")
            )
        )
        assert np.abs(band_of(frames[number]) - band_of(drawn)).mean() < 2.0, f"frame {number}: {text}"


def test_mid_step_frame_has_a_readable_caption_band_below_the_whole_picture(loop):
    out, deck, manifests = loop
    srt = pysrt.open(str(out.with_suffix(".srt")), encoding="utf-8")
    first, second = srt[0], srt[1]
    middle = round((first.start.ordinal + first.end.ordinal) / 2 * 30 / 1000)
    held = round(second.start.ordinal * 30 / 1000) - 2  # step 1's last frame, held
    frames = frames_at(out, {middle, held})
    pixels = band_of(frames[middle]).reshape(-1, 3)
    colours, counts = np.unique(pixels, axis=0, return_counts=True)
    background = colours[counts.argmax()]
    brightness = pixels @ np.array([0.2126, 0.7152, 0.0722])
    text = np.median(pixels[brightness >= np.percentile(brightness, 99.5)], axis=0)
    assert np.abs(background - np.array(Image.new("RGB", (1, 1), band.BAND_BACKGROUND).getpixel((0, 0)))).max() <= 6
    assert (brightness > 180).mean() > 0.005, "caption text in the band"
    assert look.contrast_ratio(hex_colour(text), hex_colour(background)) >= 4.5
    # the band is below the picture: the whole scene is there, scaled, uncovered
    step = deck.slides[0].steps[0].id
    with av.open(str(manifests[0].video(step))) as container:
        source = [f for f in container.decode(video=0)][-1].to_image()
    x, y, w, h = band.SCENE_BOX
    expected = np.asarray(source.resize((w, h), Image.Resampling.BICUBIC)).astype(int)
    assert np.abs(frames[held][y : y + h, x : x + w].astype(int) - expected).mean() < 4
    # beside the scene: its own background, so the picture has no visible box around it
    margins = np.concatenate([frames[held][:h, :x], frames[held][:h, x + w :]], axis=1).astype(int)
    assert np.abs(margins - frames[held][y, x + w // 2].astype(int)).max() <= 3


def test_loop_ends_where_it_starts(loop):
    out, _, _ = loop
    last = probe(out)["frames"] - 1
    frames = frames_at(out, {0, 1, last - 1, last})
    assert np.abs(frames[0].astype(int) - frames[last].astype(int)).mean() < 1.5  # no jump
    assert np.abs(frames[last - 1].astype(int) - frames[last].astype(int)).mean() < 1.5
    assert np.abs(frames[0].astype(int) - frames[1].astype(int)).mean() < 0.5  # the title card holds


# --- per slide ----------------------------------------------------------------------------


def test_slides_export_one_file_per_slide_and_a_playlist(opioids, tmp_path):
    cache, deck, manifests = opioids
    last = len(deck.slides)  # the shortest slide (the summary): the same code path, less to encode
    name = f"{last:02d}-{deck.slides[-1].id}"
    out = tmp_path / "slides"
    command = ["export", "opioids", "--to", "slides", "--out", str(out), "--slides", str(last)]
    assert cli.main([*command, "--quality", "preview", "--cache", str(cache), "--captions", "vtt"]) == 0
    playlist = (out / "playlist.m3u").read_text(encoding="utf-8").splitlines()
    assert playlist[0] == "#EXTM3U" and playlist[-1] == f"{name}.mp4"
    seconds = expected_seconds(deck, manifests, [last - 1])
    assert playlist[-2] == f"#EXTINF:{round(seconds)},{deck.slides[-1].title}"
    assert_signage_ready(out / f"{name}.mp4", seconds)
    cues = list(webvtt.read(str(out / f"{name}.vtt")))
    assert len(cues) == len(deck.slides[-1].steps) and cues[0].start == "00:00:00.000"
    assert not (out / f"{name}.srt").exists()
