"""SlideRenders: which render each slide of a presentation plays, and what to render next.

The Qt-free bookkeeping behind ``presenter.app.presentation.Presentation``:

- ``manifests``: the render each slide plays now (None: nothing yet);
- ``pending``: a fresher render of the slide on screen, swapped in at the next step boundary;
- early renders: a slide's first step made alone, so that a cold start plays within seconds
  (the rest of the slide follows, and is swapped in like any fresher render);
- ``broken`` slides (their animation could not be made) and ``damaged`` step videos;
- failed render keys, not tried again until R or a deck edit;
- a read-only cache: present what is there, prepare nothing;
- ``jobs()``: the renders to queue, preview where there is none, then hd.

Nothing here is worded for the clinician: troubles and notes are data
(``presenter.app.slide_words`` says them).
"""

from __future__ import annotations

import shutil
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from presenter.catalog import SceneSpec
from presenter.deck.model import Deck
from presenter.navigation import Position
from presenter.playable import best_render, deck_renders
from presenter.render.cache import RenderCache
from presenter.render.key import QUALITIES, RenderKey, render_key
from presenter.render.manifest import Manifest, StepVideo
from presenter.render.runner import RenderJob

QUALITY_ORDER = QUALITIES  # a quick picture first, the sharp one after


@dataclass(frozen=True)
class Trouble:
    """Why a slide or a step video cannot be shown.

    ``kind``: "missing" (the video file is gone), "damaged" (it cannot be played),
    "failed" (the render failed) or "read-only" (nothing here can be prepared);
    ``detail``: the decoder's or renderer's own words, if any.
    """

    kind: str
    detail: str = ""


@dataclass(frozen=True)
class Note:
    """A quiet one-line message for the clinician about some slides (0-based) and a file."""

    trouble: Trouble
    slides: tuple[int, ...]
    file: str = ""


class SlideRenders:
    """The renders of one deck's slides in one cache, as a presentation goes along."""

    def __init__(self, deck: Deck, catalog: Mapping[str, SceneSpec], cache: RenderCache, read_only: bool):
        self.deck, self.catalog, self.cache, self.read_only = deck, catalog, cache, read_only
        self.manifests: list[Manifest | None] = deck_renders(deck, catalog, cache)
        self.pending: dict[int, Manifest] = {}  # fresh renders waiting for a step boundary
        self.broken: dict[int, Trouble] = {}  # slide -> why its animation could not be made
        self.damaged: dict[Path, Trouble] = {}  # step video -> why it cannot be played
        self.notes: list[Note] = []  # the last three
        self.rendering: tuple[int, str] | None = None  # (slide, quality) being made now
        self._failed_keys: set[str] = set()
        self._early: set[Path] = set()  # folders of first steps made alone (in the cache's staging area)
        self._closed = False

    # --- reading ---------------------------------------------------------------
    def step_video(self, position: Position) -> StepVideo | None:
        manifest = self.manifests[position.slide]
        step_id = self.deck.slides[position.slide].steps[position.step].id
        return next((v for v in manifest.steps if v.step == step_id), None) if manifest else None

    def video(self, position: Position) -> Path | None:
        """The file of the step's video in the render the slide plays (None: none yet)."""
        manifest, video = self.manifests[position.slide], self.step_video(position)
        return manifest.folder / video.file if manifest is not None and video is not None else None

    def trouble(self, position: Position) -> Trouble | None:
        """Why the step cannot be shown (None: it can, or it is merely still being prepared)."""
        video = self.video(position)
        return self.broken.get(position.slide) or (self.damaged.get(video) if video else None)

    def slide_of(self, video: Path) -> int | None:
        return next((i for i, m in enumerate(self.manifests) if m is not None and video.parent == m.folder), None)

    def is_current(self, slide: int, quality: str, digest: str) -> bool:
        """Whether a render's key is the slide's key now (the deck may have changed since it was queued)."""
        if slide >= len(self.deck.slides):
            return False
        return self._key(slide, quality).digest == digest

    # --- what to render ----------------------------------------------------------
    def jobs(self) -> dict[tuple[int, str], RenderJob]:
        """Every missing render: preview where there is none, then hd (none in a read-only cache).

        A slide with nothing to play at all has its first step made alone first.
        """
        if self.read_only:
            self._cannot_prepare()
            return {}
        jobs: dict[tuple[int, str], RenderJob] = {}
        for index, slide in enumerate(self.deck.slides):
            spec = self.catalog[slide.scene]
            for quality in QUALITY_ORDER:
                key = render_key(slide, spec, quality)
                if key.digest in self._failed_keys:
                    break
                if self.cache.find(key) is None:
                    early = quality == QUALITY_ORDER[0] and self.manifests[index] is None
                    jobs[(index, quality)] = RenderJob(self.deck, slide, spec, key, first_step_first=early)
            if (index, "preview") in jobs and self.cache.find(self._key(index, "hd")) is not None:
                del jobs[(index, "preview")]  # hd is there already
        return jobs

    def _cannot_prepare(self) -> None:
        """Read-only cache: the slides without a render get the calm card; the others play."""
        missing = tuple(index for index, manifest in enumerate(self.manifests) if manifest is None)
        trouble = Trouble("read-only")
        for index in missing:
            self.broken[index] = trouble
        if missing and (not self.notes or self.notes[-1] != Note(trouble, missing)):
            self._note(Note(trouble, missing))

    # --- renders arriving ----------------------------------------------------------
    def started(self, slide: int, quality: str) -> None:
        self.rendering = (slide, quality)

    def _ended(self, slide: int, quality: str) -> None:
        if self.rendering == (slide, quality):
            self.rendering = None

    def early(self, slide: int, quality: str, manifest: Manifest, digest: str) -> bool:
        """A slide's first step, made alone: played at once if the slide has nothing yet (True)."""
        if self._closed or not self.is_current(slide, quality, digest) or self.manifests[slide] is not None:
            shutil.rmtree(manifest.folder, ignore_errors=True)
            return False
        self._early.add(manifest.folder)
        self.manifests[slide] = manifest
        self.broken.pop(slide, None)
        return True

    def landed(self, slide: int, quality: str, digest: str) -> Manifest | None:
        """A render was made: the slide's best render now, to offer, if the render is still wanted."""
        self._ended(slide, quality)
        return self.best(slide) if self.is_current(slide, quality, digest) else None

    def failed(self, slide: int, quality: str, error: str, digest: str) -> bool:
        """A render failed: remember its key, note it; True if the slide is now broken (it plays nothing whole)."""
        self._ended(slide, quality)
        if not self.is_current(slide, quality, digest):
            return False  # a render of a version the deck no longer has
        self._failed_keys.add(digest)
        self._note(Note(Trouble("failed", error), (slide,)))
        manifest = self.manifests[slide]
        if manifest is not None and manifest.folder not in self._early:
            return False
        self.broken[slide] = Trouble("failed", error)
        return True

    def offer(self, slide: int, manifest: Manifest | None, in_use: bool) -> bool:
        """Use a newer render of a slide: at once (True), or at the next step boundary when its
        current render is ``in_use`` on screen (False; also when there is nothing new)."""
        current = self.manifests[slide]
        if manifest is None or (current is not None and manifest.folder == current.folder):
            return False
        if in_use and current is not None:
            self.pending[slide] = manifest
            return False
        self.manifests[slide] = manifest
        self.pending.pop(slide, None)
        self.broken.pop(slide, None)
        return True

    def apply_pending(self) -> list[Path]:
        """At a step boundary: swap in the fresher renders; returns the folders no longer played."""
        replaced = []
        for slide, manifest in list(self.pending.items()):
            old = self.manifests[slide]
            if old is not None:
                replaced.append(old.folder)
            self.manifests[slide] = manifest
            del self.pending[slide]
        return replaced

    # --- videos that cannot be played -------------------------------------------------
    def check_file(self, position: Position) -> bool:
        """Whether the step's video has gone missing since it was rendered (noted once)."""
        video = self.video(position)
        if video is None or video in self.damaged or video.is_file():
            return False
        self.damaged[video] = Trouble("missing")
        self._note(Note(Trouble("missing"), (position.slide,), video.name))
        return True

    def damage(self, video: Path, detail: str = "") -> int | None:
        """A step video could not be played or decoded: the slide it belongs to, if newly damaged."""
        slide = self.slide_of(video)
        if slide is None or video in self.damaged:
            return None
        self.damaged[video] = Trouble("damaged", detail)
        self._note(Note(Trouble("damaged", detail), (slide,), video.name))
        return slide

    def rerender(self, slide: int) -> Path | None:
        """Try the slide's renders again (R); a damaged or partial render is thrown away first.

        Returns the folder of the render the slide no longer plays, if it was dropped.
        """
        manifest = self.manifests[slide]
        dropped = manifest is not None and (
            manifest.folder in self._early or any(path.parent == manifest.folder for path in self.damaged)
        )
        for quality in QUALITY_ORDER:
            key = self._key(slide, quality)
            self._failed_keys.discard(key.digest)
            if dropped and manifest is not None and self.cache.folder(key) == manifest.folder:
                self.cache.discard(key)
        self.broken.pop(slide, None)
        if not dropped or manifest is None:
            return None
        self.damaged = {p: why for p, why in self.damaged.items() if p.parent != manifest.folder}
        self.manifests[slide] = None
        return manifest.folder

    # --- the deck changing, the presentation ending ---------------------------------------
    def reload(self, deck: Deck, catalog: Mapping[str, SceneSpec], reshaped: bool) -> None:
        """An edited deck; a reshaped one (slides or steps added or removed) starts over from the cache.

        For one of the same shape, the caller offers each slide's ``best()`` render.
        """
        self.deck, self.catalog = deck, catalog
        self._failed_keys.clear()
        if reshaped:
            self.manifests = deck_renders(deck, catalog, self.cache)
            self.pending.clear()
            self.broken.clear()

    def best(self, slide: int) -> Manifest | None:
        spec = self.catalog[self.deck.slides[slide].scene]
        return best_render(self.deck, self.deck.slides[slide], spec, self.cache)[0]

    def close(self) -> None:
        """Remove the first steps made alone (they live in the cache's staging area)."""
        self._closed = True
        for folder in self._early:
            shutil.rmtree(folder, ignore_errors=True)
        self._early.clear()

    def _key(self, slide: int, quality: str) -> RenderKey:
        deck_slide = self.deck.slides[slide]
        return render_key(deck_slide, self.catalog[deck_slide.scene], quality)

    def _note(self, note: Note) -> None:
        self.notes = [*self.notes[-2:], note]
