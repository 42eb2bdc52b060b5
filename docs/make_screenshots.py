"""Regenerate the README's screenshots: .venv/bin/python docs/make_screenshots.py [CACHE]

Uses the renders already in CACHE (default: the presenter's cache; render
first with `presenter render --quality hd`), renders nothing itself, and
saves the start screen, the presenter view and the audience view (captions
on) into docs/. Works headless (QT_QPA_PLATFORM=offscreen) or under Xvfb.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from presenter.app.headless import NoRenders, use_clinic_screens  # noqa: E402

use_clinic_screens()

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402

from presenter import paths  # noqa: E402
from presenter.app.main import application  # noqa: E402
from presenter.app.presentation import Presentation  # noqa: E402
from presenter.app.show import Show  # noqa: E402
from presenter.app.start import StartScreen  # noqa: E402
from presenter.catalog import load_catalog  # noqa: E402
from presenter.deck.check import load_deck  # noqa: E402
from presenter.navigation import Phase, Position  # noqa: E402
from presenter.render.cache import RenderCache  # noqa: E402
from presenter.settings import Settings  # noqa: E402

DOCS = Path(__file__).resolve().parent



def wait(condition, seconds: float = 30) -> None:
    loop, waited = QEventLoop(), 0.0
    while not condition() and waited < seconds:
        QTimer.singleShot(50, loop.quit)
        loop.exec()
        waited += 0.05


def main() -> None:
    app = application()
    cache = RenderCache(Path(sys.argv[1]) if len(sys.argv) > 1 else paths.default_cache_dir())
    settings = Settings()
    start = StartScreen(paths.builtin_decks(), cache, settings)
    start.resize(1600, 1000)
    start.show()
    wait(lambda: False, 3)  # thumbnails decode in the background
    start.grab().save(str(DOCS / "start-screen.png"))
    start.close()

    deck = load_deck(paths.resolve_deck("opioids"))
    presentation = Presentation(deck, load_catalog(), cache, NoRenders())
    show = Show(presentation, settings)
    show.place()
    target = Position(1, 2)
    presentation.go_to(2)
    presentation.next()
    presentation.next()
    wait(lambda: presentation.navigator.position == target and presentation.navigator.phase is Phase.HELD)
    wait(lambda: False, 1)
    show.presenter.grab().save(str(DOCS / "presenter-view.png"))
    presentation.toggle_captions()
    wait(lambda: False, 1)
    show.audience.grab().save(str(DOCS / "audience-view.png"))
    show.audience.help.appear()
    wait(lambda: False, 0.5)
    show.audience.grab().save(str(DOCS / "keys-help.png"))
    show.end()
    print("wrote start-screen.png, presenter-view.png, audience-view.png and keys-help.png in docs/")


if __name__ == "__main__":
    main()
