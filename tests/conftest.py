"""Shared fixtures. Tests run headless: QT_QPA_PLATFORM=offscreen."""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Never the user's own decks folder: decks found by name are the built-in ones unless a test sets its own.
os.environ.setdefault("PRESENTER_DECKS", os.path.join(os.path.dirname(__file__), "fixtures", "no-such-decks-folder"))

import pytest  # noqa: E402

from presenter import paths  # noqa: E402


@pytest.fixture(scope="session")
def builtin_preview(tmp_path_factory):
    """Every built-in deck rendered once at preview quality: (cache folder, summary).

    $PRESENTER_TEST_PREVIEW_CACHE names a folder to keep these renders in between runs."""
    from presenter.catalog import load_catalog
    from presenter.deck.check import load_deck
    from presenter.render.cache import RenderCache
    from presenter.render.runner import Renderer, plan

    kept = os.environ.get("PRESENTER_TEST_PREVIEW_CACHE")
    cache = Path(kept) if kept else tmp_path_factory.mktemp("builtin-preview")
    decks = [load_deck(path) for path in paths.builtin_decks()]
    summary = Renderer(RenderCache(cache), jobs=2).run(plan(decks, load_catalog(), "preview"))
    return cache, summary


@pytest.fixture(autouse=True)
def english_app_words():
    """Each test starts with the app speaking English (a test may switch it to a deck's language)."""
    yield
    import sys

    i18n = sys.modules.get("presenter.app.i18n")
    if i18n is not None:
        i18n.use_language("en")
