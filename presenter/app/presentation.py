"""Presentation: one deck being presented, whatever windows show it.

It wires the Qt-free Navigator and render bookkeeping (``SlideRenders``) to
the step player, the shared Picture, the stills and the background renders,
and turns their state into what the audience sees. Windows (audience view,
presenter view) only read it and call its commands; they never talk to each
other. Its words for the clinician are in ``slide_words``.

Renders: every slide gets an up-to-date preview, then hd, in the background.
A slide with nothing rendered plays its first step as soon as that step is
made alone. A fresh render of the slide on screen is swapped in at the next
step boundary, never in the middle of a step. A deck edit (``reload``)
changes the words at once and re-renders only slides whose picture changed.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QImage

from presenter.app import slide_words as words
from presenter.app.frames import Stills
from presenter.app.renders import BackgroundRenders, RendererLike, cache_writable
from presenter.app.transport import Transport
from presenter.app.video import Picture, StepPlayer
from presenter.catalog import SceneSpec
from presenter.deck.load import read_deck
from presenter.deck.model import Deck, Slide, Step
from presenter.deck.problems import Problem
from presenter.marks import Marks
from presenter.navigation import Navigator, Phase, Position
from presenter.playback import Event, Playback
from presenter.render.cache import RenderCache
from presenter.render.manifest import Manifest
from presenter.settings import SPEEDS
from presenter.slide_renders import QUALITY_ORDER, SlideRenders, Trouble


def _shape(deck: Deck) -> list[tuple[str, tuple[str, ...]]]:
    return [(slide.id, tuple(step.id for step in slide.steps)) for slide in deck.slides]


class Presentation(QObject):
    """A deck on its way to the audience.

    Signals: ``changed`` (position, phase or the deck's words),
    ``audience_changed`` (blank screen, captions, speed) and
    ``status_changed`` (renders, a broken edit, playback problems).
    """

    changed = Signal()
    audience_changed = Signal()
    status_changed = Signal()
    closed = Signal()  # the presentation has ended: helpers (e.g. the deck reloader) stop too

    def __init__(
        self,
        deck: Deck,
        catalog: Mapping[str, SceneSpec],
        cache: RenderCache,
        renderer: RendererLike | None = None,
        *,
        speed: float = 1.0,
        captions: bool = False,
        large_captions: bool = False,
        read_only: bool | None = None,
    ):
        super().__init__()
        # A cache that cannot be written (None: ask the file system): present what is there, prepare nothing.
        read_only = not cache_writable(cache.root) if read_only is None else read_only
        self.book = SlideRenders(deck, catalog, cache, read_only)
        self.navigator = Navigator([len(slide.steps) for slide in deck.slides])
        self.problems: list[Problem] = []  # a deck edit that could not be used
        self.problem_deck: Deck | None = None  # that edit as read (for its slides' titles), if it parses
        self.blank: str | None = None  # "black" or "white" while the audience screen is blanked
        self.finished = False  # the end card is up (the last step has been played and moved past)
        self.captions = captions
        self.large_captions = large_captions
        self.speed = speed if speed in SPEEDS else 1.0
        self._awaiting: Path | None = None  # a held step's last frame, being decoded
        self._last: tuple[Position, Phase] | None = None

        self.picture = Picture(self)
        self.player = StepPlayer(self)
        self.player.set_speed(self.speed)
        self.player.frame.connect(self.picture.set_frame)
        self.player.finished.connect(self._on_video_end)
        self.player.failed.connect(self._damaged)
        self.playback = Playback(self.speed)  # where in the step the picture is; keys and the timeline move it
        self.transport = Transport(self.playback, self.player, self.picture, self)
        self.playback.subscribe(self._on_playback)
        self.stills = Stills(parent=self)
        self.stills.ready.connect(self._on_still)
        self.stills.unreadable.connect(self._damaged)
        self.renders = BackgroundRenders(cache, renderer, parent=self)
        self.renders.started.connect(self._on_render_started)
        self.renders.early.connect(self._on_render_early)
        self.renders.landed.connect(self._on_render_landed)
        self.renders.failed.connect(self._on_render_failed)
        self.renders.idle.connect(self.status_changed)

        # pointer, pen and zoom over the picture (presenter/app/marks_layer.py draws them); a new step clears the pen
        self.marks = Marks()
        self.navigator.subscribe(lambda navigator: self.marks.show_step(navigator.position))

        self.navigator.subscribe(self._on_navigate)
        self._on_navigate(self.navigator)
        for index, manifest in enumerate(self.manifests):
            if manifest is not None:
                self.navigator.mark_ready(index)
        self._plan_renders()

    # --- the bookkeeping, as windows and tests read it -------------------------------
    @property
    def deck(self) -> Deck:
        return self.book.deck

    @property
    def catalog(self) -> Mapping[str, SceneSpec]:
        return self.book.catalog

    @property
    def cache(self) -> RenderCache:
        return self.book.cache

    @property
    def read_only(self) -> bool:
        return self.book.read_only

    @property
    def manifests(self) -> list[Manifest | None]:
        return self.book.manifests

    @property
    def pending(self) -> dict[int, Manifest]:
        return self.book.pending

    @property
    def damaged(self) -> dict[Path, Trouble]:
        return self.book.damaged

    @property
    def rendering(self) -> tuple[int, str] | None:
        return self.book.rendering

    @property
    def notes(self) -> list[str]:
        """Quiet one-line messages for the presenter, the latest last."""
        return [words.note(note) for note in self.book.notes]

    # --- reading ---------------------------------------------------------------
    @property
    def slide(self) -> Slide:
        return self.deck.slides[self.navigator.position.slide]

    @property
    def step(self) -> Step:
        return self.slide.steps[self.navigator.position.step]

    def video_path(self, position: Position) -> Path | None:
        return self.book.video(position)

    def neighbour(self, offset: int, position: Position | None = None) -> Position | None:
        """The step ``offset`` steps away across slides, or None past an end."""
        position = position or self.navigator.position
        flat = [Position(s, t) for s in range(len(self.deck.slides)) for t in range(self.navigator.step_count(s))]
        index = flat.index(position) + offset
        return flat[index] if 0 <= index < len(flat) else None

    def next_still(self) -> QImage | None:
        """The first frame of the step that comes next (for the presenter view)."""
        following = self.neighbour(1)
        path = self.video_path(following) if following else None
        return self.stills.request(path, "first") if path else None

    def showing_placeholder(self) -> bool:
        return (
            self.navigator.phase is Phase.WAITING
            or self.slide_failed()
            or self.video_path(self.navigator.position) is None
        )

    def slide_failed(self) -> bool:
        """Whether the step on screen cannot be shown (not merely still being prepared)."""
        return self.book.trouble(self.navigator.position) is not None

    def placeholder_text(self) -> tuple[str, str]:
        """(headline, detail) for the placeholder shown instead of the animation."""
        position = self.navigator.position
        rendering = self.rendering == (position.slide, QUALITY_ORDER[0])
        return words.placeholder(position.slide, len(self.deck.slides), self.book.trouble(position), rendering)

    # --- commands ----------------------------------------------------------------
    def next(self) -> None:
        """The next step; after the last one has played, the end card."""
        if self.navigator.at_end and self.navigator.phase is not Phase.PLAYING:
            if not self.finished:
                self.finished = True
                self.changed.emit()
            return
        self.navigator.next()

    def previous(self) -> None:
        """The previous step; from the end card, back to the last step's last frame."""
        if self.finished:
            self.finished = False
            self.changed.emit()
            return
        self.navigator.previous()

    def end_card_text(self) -> tuple[str, str]:
        """(headline, message) of the calm card after the last step: the deck's title and end card."""
        return self.deck.title, self.deck.end_card or ""

    def first(self) -> None:
        self.navigator.go_to_slide(0)

    def last(self) -> None:
        self.navigator.go_to_slide(self.navigator.slide_count - 1)

    def go_to(self, number: int) -> bool:
        """Start slide ``number`` (counted from 1, as the clinician sees it)."""
        return self.navigator.go_to_slide(number - 1)

    def replay(self) -> None:
        """Play the step again; for a slide that cannot be shown, render it again."""
        slide = self.navigator.position.slide
        if self.slide_failed():
            self.rerender(slide)
        else:
            self.navigator.replay()

    def toggle_blank(self, colour: str) -> None:
        self.blank = None if self.blank == colour else colour
        self.audience_changed.emit()

    def wake(self) -> None:
        self.blank = None
        self.audience_changed.emit()

    def toggle_captions(self) -> None:
        """Captions off, then normal, then large, then off again."""
        if not self.captions:
            self.captions, self.large_captions = True, False
        elif not self.large_captions:
            self.large_captions = True
        else:
            self.captions, self.large_captions = False, False
        self.audience_changed.emit()

    def change_speed(self, direction: int) -> None:
        index = max(0, min(len(SPEEDS) - 1, SPEEDS.index(self.speed) + direction))
        self.speed = SPEEDS[index]
        self.playback.set_rate(self.speed)
        self.audience_changed.emit()

    def rerender(self, slide: int) -> None:
        """Throw away the slide's renders (e.g. a damaged video) and make them again."""
        dropped = self.book.rerender(slide)
        if dropped is not None:
            self.stills.forget(dropped)
            self.navigator.mark_ready(slide, False)
        self._plan_renders()
        self._refresh()

    def reload(self, deck: Deck, catalog: Mapping[str, SceneSpec]) -> None:
        """Carry on with an edited deck: new words at once, new pictures when rendered."""
        reshaped = _shape(deck) != _shape(self.deck)
        position = self.navigator.position
        old_slide_id = self.slide.id
        self.problems = []
        self.book.reload(deck, catalog, reshaped)
        if reshaped:
            ids = [slide.id for slide in deck.slides]
            slide = ids.index(old_slide_id) if old_slide_id in ids else min(position.slide, len(ids) - 1)
            self._last = None
            self.navigator.reshape(
                [len(s.steps) for s in deck.slides],
                Position(slide, position.step),
                [m is not None for m in self.manifests],
            )
        else:
            for index in range(len(deck.slides)):
                self._offer(index, self.book.best(index))
        self._plan_renders()
        self.changed.emit()
        self.status_changed.emit()

    def reject_edit(self, problems: list[Problem]) -> None:
        """A deck edit that cannot be used: say why; the audience keeps the last good version."""
        self.problems = list(problems)
        self.problem_deck = read_deck(problems[0].file)[0] if problems else None  # its slide titles
        self.status_changed.emit()

    def close(self) -> None:
        """Stop renders (terminating their subprocess), playback and decoding."""
        self.renders.stop()
        self.player.stop()
        self.stills.shutdown()
        self.transport.close()
        self.book.close()
        self.closed.emit()

    # --- what the audience sees ----------------------------------------------------
    def _on_navigate(self, navigator: Navigator) -> None:
        self.finished = False
        position, phase = navigator.position, navigator.phase
        finishing = self._last == (position, Phase.PLAYING) and phase is Phase.HELD
        if not finishing:
            for folder in self.book.apply_pending():
                self.stills.forget(folder)
        self._last = (position, phase)
        self.renders.set_current(position.slide)
        path = self.video_path(position)
        self._awaiting = None
        before, after = self.neighbour(-1), self.neighbour(1)
        if before is not None and (before_path := self.video_path(before)) is not None:
            self.stills.request(before_path, "last")  # so stepping back is instant
        after_path = self.video_path(after) if after is not None else None
        if after_path is not None:
            self.stills.request(after_path, "first")  # shown the instant the step starts
        if self.book.check_file(position):
            self.status_changed.emit()
        if self.showing_placeholder() or path is None:
            self.player.stop()
            self.picture.clear()  # never show another slide's picture when this one arrives
        elif phase is Phase.PLAYING:
            first = self.stills.get(path, "first")
            if first is not None:
                self.picture.set_image(first, now=True)  # painted at once; the video takes over
            self.player.play(path)
            QTimer.singleShot(0, self._preload_next)  # opening a file takes a while: after this event
        elif self.player.ended != path:  # HELD, but not by playing to the end: show the last frame
            self.player.stop()
            self._show_last_frame(path)
        self._set_clock(position, phase, path)
        self.changed.emit()

    def _preload_next(self) -> None:
        following = self.neighbour(1)
        if self.navigator.phase is Phase.PLAYING and following is not None:
            self.player.preload(self.video_path(following))

    def _refresh(self) -> None:
        self._on_navigate(self.navigator)

    def _show_last_frame(self, path: Path) -> None:
        image = self.stills.request(path, "last")
        if image is not None:
            self.picture.set_image(image)
        else:
            self._awaiting = path

    def _saw_last_frame(self, position: Position) -> bool:
        """Whether the picture is the video's final frame (a backend may drop a late one)."""
        video = self.book.step_video(position)
        if video is None or video.fps <= 0:
            return True
        last_start = (video.frames - 1) / video.fps * 1e6
        return self.player.last_time >= last_start - 0.5e6 / video.fps

    # --- the step's clock (presenter/playback.py; the player follows it through Transport) ---
    def _set_clock(self, position: Position, phase: Phase, path: Path | None) -> None:
        video = self.book.step_video(position)
        if path is None or video is None or self.showing_placeholder():
            self.playback.clear()
        elif phase is Phase.PLAYING:
            self.playback.start(path, video.frames, video.fps)
        else:
            self.playback.hold(path, video.frames, video.fps)

    def _on_playback(self, event: Event, playback: Playback) -> None:
        if event is Event.FINISHED:  # a seek past the end finishes the step, as playing to its end does
            self.navigator.step_finished()

    def _on_video_end(self, path: Path) -> None:
        position = self.navigator.position
        if path != self.video_path(position) or self.navigator.phase is not Phase.PLAYING:
            return
        if self._saw_last_frame(position):
            self.stills.put(path, self.picture.image, "last")
            self.navigator.step_finished()
        else:
            self.navigator.step_finished()
            self._show_last_frame(path)

    def _on_still(self, path: Path, end: str, image: QImage) -> None:
        if end == "last" and path == self._awaiting:
            self._awaiting = None
            self.picture.set_image(image)
        elif end == "first":
            self.changed.emit()  # the presenter view's "next" preview

    def _damaged(self, path: Path, why: str = "") -> None:
        slide = self.book.damage(path, why)
        if slide is None:
            return
        self.status_changed.emit()
        if path == self.video_path(self.navigator.position):
            self._refresh()

    # --- renders ---------------------------------------------------------------------
    def _plan_renders(self) -> None:
        self.renders.want(self.book.jobs())

    def _in_use(self, slide: int) -> bool:
        """Whether the slide's current render is what the audience is watching (it then changes
        only at a step boundary)."""
        position = self.navigator.position
        return slide == position.slide and self.video_path(position) is not None and not self.slide_failed()

    def _offer(self, slide: int, manifest: Manifest | None) -> None:
        """Use a newer render of a slide: now, or at the next step boundary if it is on screen."""
        if not self.book.offer(slide, manifest, self._in_use(slide)):
            return
        if not self.navigator.is_ready(slide):
            self.navigator.mark_ready(slide)
        elif slide == self.navigator.position.slide:
            self._refresh()

    def _on_render_started(self, slide: int, quality: str) -> None:
        self.book.started(slide, quality)
        self.status_changed.emit()
        if slide == self.navigator.position.slide and self.showing_placeholder():
            self.changed.emit()

    def _on_render_early(self, slide: int, quality: str, manifest: Manifest, digest: str) -> None:
        if self.book.early(slide, quality, manifest, digest):
            self.navigator.mark_ready(slide)

    def _on_render_landed(self, slide: int, quality: str, manifest: Manifest, digest: str) -> None:
        self._offer(slide, self.book.landed(slide, quality, digest))
        self.status_changed.emit()

    def _on_render_failed(self, slide: int, quality: str, error: str, digest: str) -> None:
        if self.book.failed(slide, quality, error, digest) and slide == self.navigator.position.slide:
            self._refresh()
        self.status_changed.emit()
