"""Which render to play for each slide: the best one that exists now."""

from __future__ import annotations

from collections.abc import Mapping

from presenter.catalog import SceneSpec
from presenter.deck.model import Deck, Slide
from presenter.render.cache import RenderCache
from presenter.render.key import render_key
from presenter.render.manifest import Manifest

PREFERENCE = ("hd", "preview")


def best_render(deck: Deck, slide: Slide, spec: SceneSpec, cache: RenderCache) -> tuple[Manifest | None, bool]:
    """The render to show and whether it is up to date.

    Prefers an up-to-date hd render, then preview; failing both, the slide's
    last good render (out of date, but better than nothing while a new one is
    made). Only renders whose steps match the deck's steps are offered.
    """
    step_ids = tuple(step.id for step in slide.steps)
    for quality in PREFERENCE:
        manifest = cache.find(render_key(slide, spec, quality))
        if manifest is not None and manifest.step_ids == step_ids:
            return manifest, True
    for quality in PREFERENCE:
        manifest = cache.last_good(deck.name, slide.id, quality)
        if manifest is not None and manifest.step_ids == step_ids:
            return manifest, False
    return None, False


def deck_renders(deck: Deck, catalog: Mapping[str, SceneSpec], cache: RenderCache) -> list[Manifest | None]:
    """best_render's manifest for every slide, in order."""
    return [best_render(deck, slide, catalog[slide.scene], cache)[0] for slide in deck.slides]
