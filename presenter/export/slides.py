"""One MP4 per slide (same settings and band as the waiting-room loop) and an M3U playlist.

For signage players that schedule items: each file is a slide's steps with
their captions and holds, named ``NN-slide-id.mp4``; ``playlist.m3u`` lists
them in order with their lengths and titles.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from presenter.deck.model import Deck
from presenter.export.captions import write_captions
from presenter.export.timing import slide_timeline
from presenter.export.video import FrameMaker, Progress, encode_timeline
from presenter.export.waiting_room import VideoExport, caption_problems, warn
from presenter.render.manifest import Manifest

PLAYLIST = "playlist.m3u"


def slide_file_name(deck: Deck, index: int) -> str:
    return f"{index + 1:02d}-{deck.slides[index].id}.mp4"


def export_slide_videos(
    deck: Deck,
    manifests: Sequence[Manifest],
    out: Path,
    slides: Sequence[int] | None = None,
    *,
    with_band: bool = True,
    captions: Sequence[str] = (),
    progress: Progress | None = None,
    profile: str = "default",
) -> list[VideoExport]:
    """Write one MP4 per chosen slide into ``out`` (captions files beside each, if asked)."""
    out.mkdir(parents=True, exist_ok=True)
    chosen = list(range(len(deck.slides))) if slides is None else list(slides)
    maker = FrameMaker({}, with_band=with_band)
    timelines = [slide_timeline(deck, manifests[index], index) for index in chosen]
    if with_band:
        warn([problem for timeline in timelines for problem in caption_problems(deck, timeline)])
    total = sum(t.frames for t in timelines)
    done = 0
    exports = []
    for index, timeline in zip(chosen, timelines):

        def report(frames: int, _: int, before: int = done) -> None:
            if progress:
                progress(before + frames, total)

        video = encode_timeline(timeline, maker, out / slide_file_name(deck, index), report, profile)
        exports.append(VideoExport(video, timeline, write_captions(timeline.cues(), video, captions)))
        done += timeline.frames
    return exports


def m3u_text(deck: Deck, exports: Sequence[VideoExport], chosen: Sequence[int]) -> str:
    lines = ["#EXTM3U", f"#PLAYLIST:{deck.title}"]
    for index, export in zip(chosen, exports):
        lines.append(f"#EXTINF:{round(export.timeline.seconds)},{deck.slides[index].title}")
        lines.append(export.video.name)
    return "\n".join(lines) + "\n"


def export_slides(
    deck: Deck,
    manifests: Sequence[Manifest],
    out: Path,
    slides: Sequence[int] | None = None,
    captions: Sequence[str] = (),
    progress: Progress | None = None,
    profile: str = "default",
) -> tuple[list[VideoExport], Path]:
    """Per-slide MP4s with burned captions into the folder ``out``, and ``out/playlist.m3u``."""
    chosen = list(range(len(deck.slides))) if slides is None else list(slides)
    exports = export_slide_videos(deck, manifests, out, chosen, captions=captions, progress=progress, profile=profile)
    playlist = out / PLAYLIST
    playlist.write_text(m3u_text(deck, exports, chosen), encoding="utf-8")
    return exports, playlist
