"""Entry point of ``presenter show``: check the machine and the deck, open the windows, run Qt.

Without a deck the start screen opens; ending a presentation returns to it.
"""

from __future__ import annotations

import signal
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from presenter.app import style
from presenter.app.presentation import Presentation
from presenter.app.reload import DeckReloader
from presenter.app.show import Show
from presenter.catalog import CatalogError, load_catalog
from presenter.deck.check import load_deck
from presenter.deck.problems import DeckError, Problem
from presenter.doctor import diagnose
from presenter.paths import ASSETS_DIR, builtin_decks
from presenter.playlist import apply_playlist
from presenter.render.cache import RenderCache
from presenter.settings import Settings, load_settings, save_settings

APP_NAME = "Brain Explainer"


class ProblemDialog:
    """Tells the user why a deck cannot be shown (replaceable in tests)."""

    @classmethod
    def describe(cls, problem: Problem | str) -> str:
        if isinstance(problem, Problem):
            return f"Line {problem.line}, {problem.field}: {problem.message} {problem.hint}".strip()
        return str(problem)

    @classmethod
    def show_problems(cls, deck_path: Path, problems: Sequence[Problem | str]) -> None:
        lines = [cls.describe(problem) for problem in problems]
        shown = lines[:10] + ([f"… and {len(lines) - 10} more."] if len(lines) > 10 else [])
        box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, f"{deck_path.name} cannot be shown yet.")
        box.setInformativeText(f"Fix {'this' if len(lines) == 1 else 'these'} in {deck_path}, "
                               "then open it again:\n\n" + "\n\n".join(shown))
        box.setStyleSheet("QLabel#qt_msgbox_label, QLabel#qt_msgbox_informativelabel { min-width: 520px; }")
        box.exec()

    @classmethod
    def show_message(cls, headline: str, lines: Sequence[str]) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, headline)
        box.setInformativeText("\n\n".join(lines))
        box.setStyleSheet("QLabel#qt_msgbox_informativelabel { min-width: 520px; }")
        box.exec()


def application() -> QApplication:
    """The running QApplication, or a new one set up for the presenter."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        # Raster widgets only: video frames are then converted to images on the CPU
        # (a few ms for 1080p), not by an OpenGL round trip that stalls software GL.
        QApplication.setAttribute(Qt.ApplicationAttribute.AA_ForceRasterWidgets)
        app = QApplication(sys.argv[:1])
        app.setApplicationName(APP_NAME)
        app.setDesktopFileName("brain-explainer")  # the menu entry run.sh installs; its icon
        app.setWindowIcon(QIcon(str(ASSETS_DIR / "icons" / "brain-explainer-256.png")))
        app.setFont(style.font(15))
    style.register_fonts()
    return app


def open_show(deck_path: Path, cache_root: Path, settings: Settings,
              playlist: Sequence[str] = (), catalog: Mapping[str, Any] | None = None,
              renderer: Any = None, watch: bool = True) -> Show | None:
    """Load and check the deck and build its windows; on problems tell the user and return None."""
    try:
        catalog = load_catalog() if catalog is None else catalog
        deck = apply_playlist(load_deck(Path(deck_path), catalog), playlist)
    except DeckError as error:
        ProblemDialog.show_problems(Path(deck_path), error.problems)
        return None
    except CatalogError as error:
        ProblemDialog.show_problems(Path(deck_path), [str(error)])
        return None
    presentation = Presentation(deck, catalog, RenderCache(Path(cache_root)), renderer,
                                speed=settings.speed, captions=settings.captions)
    if watch:
        DeckReloader(presentation, Path(deck_path), playlist)
    return Show(presentation, settings, save_settings)


def _environment_ready(cache_root: Path) -> bool:
    """The quick doctor check; explain a failure in a dialog (not a traceback)."""
    failures = [f for f in diagnose(Path(cache_root), quick=True) if not f.ok]
    if failures:
        ProblemDialog.show_message("The presenter cannot start on this computer yet.",
                                   [f"{f.name}: {f.detail} {f.fix}".strip() for f in failures])
    return not failures


def run(deck_path: Path | None, cache_root: Path) -> int:
    """Present a deck (or the start screen's choice) until the user ends it. 1: it cannot be shown."""
    app = application()
    if not _environment_ready(cache_root):
        return 1
    settings = load_settings()
    state: dict[str, Any] = {"status": 0, "show": None}
    start: Any = None  # the StartScreen, when no deck was named

    def present(path: Path, playlist: Sequence[str]) -> None:
        show = open_show(path, cache_root, settings, playlist)
        if show is None:
            state["status"] = 1
            if start is None:
                app.quit()
            return
        settings.last_deck = str(path)
        save_settings(settings)
        state["show"] = show
        if start is not None:
            start.hide()
            show.ended.connect(start.show)
        else:
            show.ended.connect(app.quit)
        show.place()

    if deck_path is None:
        from presenter.app.start import StartScreen

        start = StartScreen(builtin_decks(), RenderCache(Path(cache_root)), settings)
        start.chosen.connect(lambda path, ids: present(Path(path), ids))
        area = app.primaryScreen().availableGeometry()
        start.resize(min(1600, area.width() * 9 // 10), min(1000, area.height() * 9 // 10))
        start.move(area.center() - start.rect().center())
        start.show()
    else:
        present(Path(deck_path), ())
        if state["show"] is None:
            return 1
    # Ctrl+C in the terminal ends the show (Python sees signals only between Qt events).
    previous = signal.signal(signal.SIGINT, lambda *_: app.quit())
    tick = QTimer(interval=250)
    tick.timeout.connect(lambda: None)
    tick.start()
    try:
        status = app.exec()
    finally:
        signal.signal(signal.SIGINT, previous if previous is not None else signal.SIG_DFL)
        tick.stop()
    if state["show"] is not None:
        state["show"].end()  # idempotent; renders are cancelled and joined
    return status or state["status"]
