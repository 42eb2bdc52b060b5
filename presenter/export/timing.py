"""When things happen in an exported video: the hold rule and the timeline.

Hold rule (docs/exports.md): a step's caption appears when the step starts and
a slow reader reads it at ``READING_WPM`` words per minute, counted from then.
After its animation the step holds its last frame until that reading time has
passed, and always for at least ``MIN_HOLD`` seconds (time to look at the
finished picture). A step's ``hold`` in the deck overrides the rule.

The timeline is counted in whole output frames at ``FPS``; every boundary is
rounded from the exact cumulative time, so the file's length is the sum of its
parts within half a frame however many steps there are.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from presenter.deck.model import Deck, Step

# One reading rule for `presenter check` and the exports (READING_WPM, word_count re-exported).
from presenter.deck.reading import MIN_HOLD_SECONDS, READING_WPM, reading_seconds, word_count  # noqa: F401
from presenter.render.manifest import Manifest

FPS = 30
MIN_HOLD = MIN_HOLD_SECONDS  # seconds on the finished picture, however short the caption
TITLE_SECONDS = 5.0
END_SECONDS = 7.0  # at least; longer when the message takes longer to read
FADE_IN_SECONDS = 1.0  # title card into the first slide
SLIDE_FADE_SECONDS = 0.5  # one slide's last picture into the next slide's first
END_FADE_SECONDS = 1.0  # the last slide into the end card
LOOP_FADE_SECONDS = 1.5  # the end card back into the title card (the loop)


def hold_seconds(step: Step, animation_seconds: float) -> float:
    """Seconds to hold a step's last frame: the deck's ``hold``, else the reading rule."""
    if step.hold is not None:
        return float(step.hold)
    return max(MIN_HOLD, reading_seconds(step.on_screen_text) - animation_seconds)


def source_fps(measured: float) -> float:
    """A render's frame rate: 15.0006 (as probed from a short file) is 15."""
    nominal = round(measured)
    return float(nominal) if nominal and abs(measured - nominal) < 0.01 else measured


def end_card_seconds(message: str) -> float:
    return max(END_SECONDS, reading_seconds(message) + MIN_HOLD)


@dataclass(frozen=True)
class Card:
    """A still card drawn by the exporter: the deck's title or the end message."""

    kind: str  # "title" or "end"
    text: str
    start: int
    frames: int


@dataclass(frozen=True)
class StepClip:
    """One step's video, shown with its caption, then held on its last frame."""

    slide_index: int  # 0-based index into deck.slides
    step: Step
    caption_field: str  # deck field the caption comes from, e.g. slides[0].steps[1].caption
    video: Path
    source_frames: int
    source_fps: float
    start: int
    animation_frames: int
    hold_frames: int

    @property
    def frames(self) -> int:
        return self.animation_frames + self.hold_frames

    @property
    def caption(self) -> str:
        return self.step.on_screen_text


@dataclass(frozen=True)
class Fade:
    """A cross-fade from the previous segment's last picture to the next one's first."""

    start: int
    frames: int


Segment = Card | StepClip | Fade


@dataclass(frozen=True)
class Cue:
    """A caption cue in seconds: what a player shows from ``start`` to ``end``."""

    start: float
    end: float
    text: str


@dataclass(frozen=True)
class Timeline:
    segments: tuple[Segment, ...]
    frames: int

    @property
    def seconds(self) -> float:
        return self.frames / FPS

    @property
    def clips(self) -> list[StepClip]:
        return [s for s in self.segments if isinstance(s, StepClip)]

    def cues(self) -> list[Cue]:
        """One cue per step: from the step's first frame to the end of its hold."""
        return [Cue(c.start / FPS, (c.start + c.frames) / FPS, " ".join(c.caption.split())) for c in self.clips]


class _Builder:
    """Appends segments at exact cumulative times, rounded to whole frames."""

    def __init__(self) -> None:
        self.seconds = 0.0
        self.frame = 0
        self.segments: list[Segment] = []

    def advance(self, seconds: float) -> tuple[int, int]:
        """(start frame, frame count) for the next ``seconds`` of video."""
        start = self.frame
        self.seconds += seconds
        self.frame = max(start, round(self.seconds * FPS))
        return start, self.frame - start

    def card(self, kind: str, text: str, seconds: float) -> None:
        start, frames = self.advance(seconds)
        self.segments.append(Card(kind, text, start, frames))

    def fade(self, seconds: float) -> None:
        start, frames = self.advance(seconds)
        if frames:
            self.segments.append(Fade(start, frames))

    def step(self, deck: Deck, slide_index: int, step_index: int, manifest: Manifest) -> None:
        slide = deck.slides[slide_index]
        step = slide.steps[step_index]
        info = next(s for s in manifest.steps if s.step == step.id)
        fps = source_fps(info.fps)
        animation = info.frames / fps
        start, animation_frames = self.advance(animation)
        _, hold_frames = self.advance(hold_seconds(step, animation))
        field = f"slides[{slide_index}].steps[{step_index}].{'caption' if step.caption else 'narration'}"
        self.segments.append(
            StepClip(
                slide_index,
                step,
                field,
                manifest.folder / info.file,
                info.frames,
                fps,
                start,
                animation_frames,
                hold_frames,
            )
        )

    def slide(self, deck: Deck, slide_index: int, manifest: Manifest) -> None:
        for step_index in range(len(deck.slides[slide_index].steps)):
            self.step(deck, slide_index, step_index, manifest)

    def timeline(self) -> Timeline:
        return Timeline(tuple(self.segments), self.frame)


def end_message(deck: Deck, override: str | None) -> str:
    """The end card's message: --end-card, else the deck's end_card, else a default in its language."""
    from presenter.export.words import words

    return " ".join((override or deck.end_card or words(deck.language)["end_card"]).split())


def waiting_room_timeline(
    deck: Deck, manifests: Sequence[Manifest], slides: Sequence[int], end_card: str | None = None
) -> Timeline:
    """Title card, the chosen slides (0-based), end card, and a fade back to the title."""
    build = _Builder()
    build.card("title", deck.title, TITLE_SECONDS)
    for position, index in enumerate(slides):
        build.fade(FADE_IN_SECONDS if position == 0 else SLIDE_FADE_SECONDS)
        build.slide(deck, index, manifests[index])
    build.fade(END_FADE_SECONDS)
    message = end_message(deck, end_card)
    build.card("end", message, end_card_seconds(message))
    build.fade(LOOP_FADE_SECONDS)
    return build.timeline()


def slide_timeline(deck: Deck, manifest: Manifest, slide_index: int) -> Timeline:
    """One slide on its own: its steps, each with its hold."""
    build = _Builder()
    build.slide(deck, slide_index, manifest)
    return build.timeline()


def choose_slides(deck: Deck, spec: str | None) -> list[int]:
    """0-based slide indices from ``--slides`` (``1,3``, ``2-3`` or slide ids); all when None.

    Raises ValueError with a message that says what to write instead.
    """
    if not spec:
        return list(range(len(deck.slides)))
    ids = [slide.id for slide in deck.slides]
    chosen: list[int] = []
    for part in (p.strip() for p in spec.split(",")):
        if not part:
            continue
        first, dash, last = part.partition("-")
        if part in ids:
            chosen.append(ids.index(part))
        elif part.isdigit() or (dash and first.isdigit() and last.isdigit()):
            low, high = (int(part), int(part)) if part.isdigit() else (int(first), int(last))
            if not 1 <= low <= high <= len(ids):
                raise ValueError(f"--slides {part}: {deck.name} has slides 1 to {len(ids)}.")
            chosen.extend(range(low - 1, high))
        else:
            raise ValueError(
                f"--slides: no slide {part!r} in {deck.name}. "
                f"Use numbers from 1 to {len(ids)} or ids: {', '.join(ids)}."
            )
    if not chosen:
        raise ValueError("--slides is empty. Name slides by number (1,3) or id.")
    return list(dict.fromkeys(chosen))
