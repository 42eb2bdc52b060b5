"""Regenerate the README's screenshots: .venv/bin/python docs/make_screenshots.py [CACHE] [SUFFIX]

Run it on a real (or Xvfb) screen with a window manager, once per laptop
size, e.g.::

    Xvfb :110 -screen 0 1366x768x24 & DISPLAY=:110 openbox &
    DISPLAY=:110 .venv/bin/python docs/make_screenshots.py CACHE
    Xvfb :111 -screen 0 1920x1080x24 & DISPLAY=:111 openbox &
    DISPLAY=:111 QT_SCALE_FACTOR=1.5 .venv/bin/python docs/make_screenshots.py CACHE -1920-150

Uses the renders already in CACHE (default: the presenter's cache), renders
nothing itself, opens the windows as `presenter show` does and saves the
whole screen (window manager included) into docs/: the start screen, the
presenter view, the audience view with captions, the patient's glossary,
the keys and the question before ending. Without a display it falls back to
Qt's offscreen screens.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from presenter.app.headless import NoRenders, use_clinic_screens  # noqa: E402

use_clinic_screens()

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtGui import QGuiApplication  # noqa: E402

from presenter import paths  # noqa: E402
from presenter.app import dialogs  # noqa: E402
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


def snap(name: str, suffix: str) -> str:
    wait(lambda: False, 1.2)  # the window manager places and paints
    screen = QGuiApplication.primaryScreen()
    file = f"{name}{suffix}.png"
    screen.grabWindow(0).save(str(DOCS / file))
    return file


def main() -> None:
    app = application()
    cache = RenderCache(Path(sys.argv[1]) if len(sys.argv) > 1 else paths.default_cache_dir())
    suffix = sys.argv[2] if len(sys.argv) > 2 else ""
    saved: list[str] = []
    settings = Settings()
    start = StartScreen(paths.builtin_decks(), cache, settings)
    area = app.primaryScreen().availableGeometry()  # as presenter show opens it
    start.resize(min(1600, area.width() * 9 // 10), min(1000, area.height() * 9 // 10))
    start.move(area.center() - start.rect().center())
    start.show()
    saved.append(snap("start-screen", suffix))
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
    saved.append(snap("presenter-view", suffix))
    show.presenter.help.appear()
    saved.append(snap("keys-help", suffix))
    show.presenter.help.hide()
    QTimer.singleShot(1500, lambda: (saved.append(snap("end-dialog", suffix)), app.activeModalWidget().reject()))
    dialogs.ask(
        show.presenter,
        "End the presentation?",
        "The patient's screen closes. You can present again from the start.",
        "End",
        "Keep presenting",
    )
    show.toggle_presenter_view()  # one screen, the laptop turned toward the patient
    presentation.toggle_captions()
    saved.append(snap("audience-view", suffix))
    show._glossary()
    saved.append(snap("glossary", suffix))
    show.end()
    print("wrote", ", ".join(saved), "in docs/")


if __name__ == "__main__":
    main()
