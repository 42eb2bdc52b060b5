"""Screenshots of the timeline (a paused step), the overview and the keys: .venv/bin/python docs/make_playback_screenshots.py CACHE [SUFFIX]

Run on a real (or Xvfb) screen with a window manager, as docs/make_screenshots.py
is, once per laptop size (e.g. SUFFIX -1920-150 with QT_SCALE_FACTOR=1.5).
Uses the opioids deck's renders in CACHE; renders nothing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from presenter.app.headless import NoRenders, use_clinic_screens  # noqa: E402

use_clinic_screens()

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402

from docs.make_screenshots import snap, wait  # noqa: E402
from presenter import paths  # noqa: E402
from presenter.app.main import application  # noqa: E402
from presenter.app.presentation import Presentation  # noqa: E402
from presenter.app.show import Show  # noqa: E402
from presenter.catalog import load_catalog  # noqa: E402
from presenter.deck.check import load_deck  # noqa: E402
from presenter.navigation import Position  # noqa: E402
from presenter.render.cache import RenderCache  # noqa: E402
from presenter.settings import Settings  # noqa: E402


def main() -> None:
    application()
    cache = RenderCache(Path(sys.argv[1]) if len(sys.argv) > 1 else paths.default_cache_dir())
    suffix = sys.argv[2] if len(sys.argv) > 2 else ""
    deck = load_deck(paths.resolve_deck("opioids"))
    presentation = Presentation(deck, load_catalog(), cache, NoRenders())
    show = Show(presentation, Settings())
    show.place()
    clock = presentation.playback
    presentation.navigator.go_to(Position(1, 1))
    wait(lambda: clock.running and clock.position_ms > 3000)
    QTest.keyClick(show.presenter, Qt.Key.Key_K)
    saved = [snap("presenter-paused", suffix)]
    QTest.keyClick(show.presenter, Qt.Key.Key_Tab)
    overview = show.overviews[show.presenter]
    paths_ = [presentation.video_path(p) for p, _ in overview._tiles()]
    wait(lambda: all(overview.thumbnails.image(p) is not None for p in paths_ if p is not None), 60)
    saved.append(snap("overview", suffix))
    QTest.keyClick(show.presenter, Qt.Key.Key_Escape)
    QTest.keyClick(show.presenter, Qt.Key.Key_H)
    saved.append(snap("keys-help", suffix))
    show.end()
    print("wrote", ", ".join(saved), "in docs/")


if __name__ == "__main__":
    main()
