"""Presentation: one deck being presented, whatever windows show it.

It owns the Qt-free Navigator, the step player, the shared Picture, the
stills and the background renders, and turns the navigator's state into what
the audience sees. Windows (audience view, presenter view) only read it and
call its commands; they never talk to each other.

Renders: every slide gets an up-to-date preview, then hd, in the background.
A fresh render of the slide on screen is swapped in at the next step
boundary, never in the middle of a step. A deck edit (``reload``) changes the
words at once and re-renders only slides whose picture changed.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QImage

from presenter.app.frames import Stills
from presenter.app.i18n import tr
from presenter.app.renders import QUALITY_ORDER, BackgroundRenders, RendererLike, cache_writable
from presenter.app.transport import Transport
from presenter.app.video import Picture, StepPlayer
from presenter.catalog import SceneSpec
from presenter.deck.load import read_deck
from presenter.deck.model import Deck, Slide, Step
from presenter.deck.problems import Problem
from presenter.marks import Marks
from presenter.navigation import Navigator, Phase, Position
from presenter.playable import best_render
from presenter.playback import Event, Playback
from presenter.render.cache import RenderCache
from presenter.render.key import render_key
from presenter.render.manifest import Manifest, StepVideo
from presenter.render.runner import RenderJob
from presenter.settings import SPEEDS


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
        self.deck, self.catalog, self.cache = deck, catalog, cache
        # A cache that cannot be written (None: ask the file system): present what is there, prepare nothing.
        self.read_only = not cache_writable(cache.root) if read_only is None else read_only
        self.navigator = Navigator([len(slide.steps) for slide in deck.slides])
        self.manifests: list[Manifest | None] = [best_render(deck, s, catalog[s.scene], cache)[0] for s in deck.slides]
        self.pending: dict[int, Manifest] = {}  # fresh renders waiting for a step boundary
        self.broken: dict[int, str] = {}  # slide -> why its animation could not be made
        self.damaged: dict[Path, str] = {}  # step video -> why it cannot be played
        self.problems: list[Problem] = []  # a deck edit that could not be used
        self.problem_deck: Deck | None = None  # that edit as read (for its slides' titles), if it parses
        self.notes: list[str] = []  # quiet one-line messages for the presenter
        self.rendering: tuple[int, str] | None = None
        self.blank: str | None = None  # "black" or "white" while the audience screen is blanked
        self.finished = False  # the end card is up (the last step has been played and moved past)
        self.captions = captions
        self.large_captions = large_captions
        self.speed = speed if speed in SPEEDS else 1.0
        self._failed_keys: set[str] = set()
        self._awaiting: Path | None = None  # a held step's last frame, being decoded
        self._last: tuple[Position, Phase] | None = None

        self.picture = Picture(self)
        self.player = StepPlayer(self)
        self.player.set_speed(self.speed)
        self.player.frame.connect(self.picture.set_frame)
        self.player.finished.connect(self._on_video_end)
        self.player.failed.connect(lambda path, message: self._damaged(path, message))
        self.playback = Playback(self.speed)  # where in the step the picture is; keys and the timeline move it
        self.transport = Transport(self.playback, self.player, self.picture, self)
        self.playback.subscribe(self._on_playback)
        self.stills = Stills(parent=self)
        self.stills.ready.connect(self._on_still)
        self.stills.unreadable.connect(lambda path: self._damaged(path, "it cannot be decoded"))
        self.renders = BackgroundRenders(cache, renderer, parent=self)
        self.renders.started.connect(self._on_render_started)
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

    # --- reading ---------------------------------------------------------------
    @property
    def slide(self) -> Slide:
        return self.deck.slides[self.navigator.position.slide]

    @property
    def step(self) -> Step:
        return self.slide.steps[self.navigator.position.step]

    def video_path(self, position: Position) -> Path | None:
        manifest = self.manifests[position.slide]
        if manifest is None:
            return None
        try:
            return manifest.video(self.deck.slides[position.slide].steps[position.step].id)
        except KeyError:
            return None

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
        position = self.navigator.position
        return position.slide in self.broken or self.video_path(position) in self.damaged

    def placeholder_text(self) -> tuple[str, str]:
        """(headline, detail) for the placeholder shown instead of the animation."""
        slide = self.navigator.position.slide
        where = tr("Slide {slide} of {slides}").format(slide=slide + 1, slides=len(self.deck.slides))
        why = self.broken.get(slide) or self.damaged.get(self.video_path(self.navigator.position))  # type: ignore[arg-type]
        if why:
            return tr("This animation can't be shown right now."), f"{where} · {why}"
        if self.rendering == (slide, QUALITY_ORDER[0]):
            return tr("Preparing the animation…"), f"{where} · " + tr("it starts by itself when it is ready")
        return tr("Preparing the animation…"), f"{where} · " + tr("waiting for its turn to be prepared")

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
        spec = self.catalog[self.deck.slides[slide].scene]
        manifest = self.manifests[slide]
        damaged = manifest is not None and any(path.parent == manifest.folder for path in self.damaged)
        for quality in QUALITY_ORDER:
            key = render_key(self.deck.slides[slide], spec, quality)
            self._failed_keys.discard(key.digest)
            if damaged and manifest is not None and self.cache.folder(key) == manifest.folder:
                self.cache.discard(key)
        self.broken.pop(slide, None)
        if damaged and manifest is not None:
            self.damaged = {p: why for p, why in self.damaged.items() if p.parent != manifest.folder}
            self.stills.forget(manifest.folder)
            self.manifests[slide] = None
            self.navigator.mark_ready(slide, False)
        self._plan_renders()
        self._refresh()

    def reload(self, deck: Deck, catalog: Mapping[str, SceneSpec]) -> None:
        """Carry on with an edited deck: new words at once, new pictures when rendered."""
        reshaped = _shape(deck) != _shape(self.deck)
        position = self.navigator.position
        old_slide_id = self.slide.id
        self.deck, self.catalog, self.problems = deck, catalog, []
        self._failed_keys.clear()
        if reshaped:
            ids = [slide.id for slide in deck.slides]
            slide = ids.index(old_slide_id) if old_slide_id in ids else min(position.slide, len(ids) - 1)
            self.manifests = [best_render(deck, s, catalog[s.scene], self.cache)[0] for s in deck.slides]
            self.pending.clear()
            self.broken.clear()
            self._last = None
            self.navigator.reshape(
                [len(s.steps) for s in deck.slides],
                Position(slide, position.step),
                [m is not None for m in self.manifests],
            )
        else:
            for index, slide in enumerate(deck.slides):
                manifest, _ = best_render(deck, slide, catalog[slide.scene], self.cache)
                self._offer(index, manifest)
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
        self.closed.emit()

    # --- what the audience sees ----------------------------------------------------
    def _on_navigate(self, navigator: Navigator) -> None:
        self.finished = False
        position, phase = navigator.position, navigator.phase
        finishing = self._last == (position, Phase.PLAYING) and phase is Phase.HELD
        if not finishing:
            self._apply_pending()
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
        if path is not None and path not in self.damaged and not path.is_file():
            self.damaged[path] = tr("Its video file is missing. Press R to prepare it again.")
            self._note(tr("Slide {slide}: {file} is missing.").format(slide=position.slide + 1, file=path.name))
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

    def _step_video(self, position: Position) -> StepVideo | None:
        manifest = self.manifests[position.slide]
        step_id = self.deck.slides[position.slide].steps[position.step].id
        return next((v for v in manifest.steps if v.step == step_id), None) if manifest else None

    def _saw_last_frame(self, position: Position) -> bool:
        """Whether the picture is the video's final frame (a backend may drop a late one)."""
        video = self._step_video(position)
        if video is None or video.fps <= 0:
            return True
        last_start = (video.frames - 1) / video.fps * 1e6
        return self.player.last_time >= last_start - 0.5e6 / video.fps

    # --- the step's clock (presenter/playback.py; the player follows it through Transport) ---
    def _set_clock(self, position: Position, phase: Phase, path: Path | None) -> None:
        video = self._step_video(position)
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

    def _damaged(self, path: Path, why: str) -> None:
        slide = next((i for i, m in enumerate(self.manifests) if m is not None and path.parent == m.folder), None)
        if slide is None or path in self.damaged:
            return
        self.damaged[path] = tr("The video is damaged ({why}). Press R to prepare it again.").format(why=why)
        self._note(
            tr("Slide {slide}: {file} could not be played: {why}.").format(slide=slide + 1, file=path.name, why=why)
        )
        if path == self.video_path(self.navigator.position):
            self._refresh()

    # --- renders ---------------------------------------------------------------------
    def _plan_renders(self) -> None:
        """Queue every missing render: preview where there is none, then hd (none in a read-only cache)."""
        if self.read_only:
            self._cannot_prepare()
            return
        jobs: dict[tuple[int, str], RenderJob] = {}
        for index, slide in enumerate(self.deck.slides):
            spec = self.catalog[slide.scene]
            for quality in QUALITY_ORDER:
                key = render_key(slide, spec, quality)
                if key.digest in self._failed_keys:
                    break
                if self.cache.find(key) is None:
                    jobs[(index, quality)] = RenderJob(self.deck, slide, spec, key)
            if (index, "preview") in jobs and self.cache.find(render_key(slide, spec, "hd")) is not None:
                del jobs[(index, "preview")]  # hd is there already
        self.renders.want(jobs)

    def _cannot_prepare(self) -> None:
        """Read-only cache: the slides without a render get the calm card; the others play."""
        missing = [index for index, manifest in enumerate(self.manifests) if manifest is None]
        for index in missing:
            self.broken[index] = tr(
                "It is not prepared, and this computer cannot prepare it: the render folder is read-only."
            )
        if missing:
            self._note(
                tr("The render folder is read-only: slides {slides} cannot be prepared here.").format(
                    slides=", ".join(str(index + 1) for index in missing)
                )
            )

    def _is_current_key(self, slide: int, quality: str, digest: str) -> bool:
        if slide >= len(self.deck.slides):
            return False
        spec = self.catalog[self.deck.slides[slide].scene]
        return render_key(self.deck.slides[slide], spec, quality).digest == digest

    def _offer(self, slide: int, manifest: Manifest | None) -> None:
        """Use a newer render of a slide: now, or at the next step boundary if it is on screen."""
        current = self.manifests[slide]
        if manifest is None or (current is not None and manifest.folder == current.folder):
            return
        on_screen = slide == self.navigator.position.slide
        if on_screen and current is not None and not self.slide_failed():
            self.pending[slide] = manifest
            return
        self.manifests[slide] = manifest
        self.broken.pop(slide, None)
        if self.navigator.is_ready(slide):
            if on_screen:
                self._refresh()
        else:
            self.navigator.mark_ready(slide)

    def _apply_pending(self) -> None:
        for slide, manifest in list(self.pending.items()):
            old = self.manifests[slide]
            if old is not None:
                self.stills.forget(old.folder)
            self.manifests[slide] = manifest
            del self.pending[slide]

    def _on_render_started(self, slide: int, quality: str) -> None:
        self.rendering = (slide, quality)
        self.status_changed.emit()
        if slide == self.navigator.position.slide and self.showing_placeholder():
            self.changed.emit()

    def _on_render_landed(self, slide: int, quality: str, manifest: Manifest, digest: str) -> None:
        if self.rendering == (slide, quality):
            self.rendering = None
        if self._is_current_key(slide, quality, digest):
            best, _ = best_render(
                self.deck, self.deck.slides[slide], self.catalog[self.deck.slides[slide].scene], self.cache
            )
            self._offer(slide, best)
        self.status_changed.emit()

    def _on_render_failed(self, slide: int, quality: str, error: str, digest: str) -> None:
        if self.rendering == (slide, quality):
            self.rendering = None
        if not self._is_current_key(slide, quality, digest):
            return  # a render of a version the deck no longer has
        self._failed_keys.add(digest)
        self._note(
            tr("Slide {slide}: the animation could not be prepared ({error}).").format(slide=slide + 1, error=error)
        )
        if self.manifests[slide] is None:
            self.broken[slide] = tr("It could not be prepared: {error}. Press R to try again.").format(error=error)
            if slide == self.navigator.position.slide:
                self._refresh()
        self.status_changed.emit()

    def _note(self, text: str) -> None:
        self.notes = [*self.notes[-2:], text]
        self.status_changed.emit()
