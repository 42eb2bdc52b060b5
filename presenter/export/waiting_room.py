"""The waiting-room loop: one MP4 of the deck (or chosen slides) with burned captions.

Title card, each step with its caption in the band and its hold, an end card
with the clinic's message, and a cross-fade from the end card back into the
title card, so the player's jump from the last frame to the first is the
last step of that fade (no visible jump).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from presenter.deck.model import Deck
from presenter.deck.problems import Problem
from presenter.export import band
from presenter.export.captions import write_captions
from presenter.export.timing import Timeline, end_message, waiting_room_timeline
from presenter.export.video import FrameMaker, Progress, encode_timeline
from presenter.render.manifest import Manifest


@dataclass
class VideoExport:
    """What an export wrote: the video, its timeline and any caption files."""

    video: Path
    timeline: Timeline
    captions: list[Path] = field(default_factory=list)


def caption_problems(deck: Deck, timeline: Timeline) -> list[Problem]:
    """Captions that do not fit the band in two lines even at its smallest size."""
    problems = []
    for clip in timeline.clips:
        if not band.fit_caption(" ".join(clip.caption.split())).fits:
            what = "caption" if clip.step.caption else "narration (the step has no caption)"
            problems.append(
                Problem(
                    deck.path,
                    deck.line_of(clip.caption_field),
                    clip.caption_field,
                    f"the {what} takes more than two lines in the video's caption band, so it was cut short.",
                    "Give the step a shorter caption (about 90 characters at most).",
                )
            )
    return problems


def warn(problems: Sequence[Problem]) -> None:
    for problem in problems:
        print(f"warning: {problem}", file=sys.stderr)


def export_waiting_room(
    deck: Deck,
    manifests: Sequence[Manifest],
    out: Path,
    slides: Sequence[int] | None = None,
    end_card: str | None = None,
    captions: Sequence[str] = (),
    progress: Progress | None = None,
    profile: str = "default",
) -> VideoExport:
    """Write the loop to ``out`` (.mp4) and, for each of ``captions`` (srt, vtt), a file beside it.

    ``profile`` is one of ``video.PROFILES`` (default, silent-audio, 720p)."""
    chosen = list(range(len(deck.slides))) if slides is None else list(slides)
    timeline = waiting_room_timeline(deck, manifests, chosen, end_card)
    warn(caption_problems(deck, timeline))
    cards = {
        "title": band.title_card(deck.title, [deck.slides[i].title for i in chosen]),
        "end": band.end_card(end_message(deck, end_card), deck.title),
    }
    encode_timeline(timeline, FrameMaker(cards, with_band=True), out, progress, profile)
    return VideoExport(out, timeline, write_captions(timeline.cues(), out, captions))
