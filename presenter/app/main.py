"""Entry point of ``presenter show``: check the deck, open the window, run Qt."""

from __future__ import annotations

import signal
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from presenter.app import style
from presenter.app.window import PresenterWindow
from presenter.catalog import CatalogError, load_catalog
from presenter.deck.check import load_deck
from presenter.deck.problems import DeckError, Problem
from presenter.render.cache import RenderCache

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


def application() -> QApplication:
    """The running QApplication, or a new one set up for the presenter."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        # Raster widgets only: video frames are then converted to images on the CPU
        # (a few ms for 1080p), not by an OpenGL round trip that stalls software GL.
        QApplication.setAttribute(Qt.ApplicationAttribute.AA_ForceRasterWidgets)
        app = QApplication(sys.argv[:1])
        app.setApplicationName(APP_NAME)
        app.setFont(style.font(15))
    style.register_fonts()
    return app


def open_window(deck_path: Path, cache_root: Path,
                catalog: Mapping[str, Any] | None = None) -> PresenterWindow | None:
    """Load and check the deck and build its window; on problems tell the user and return None."""
    try:
        catalog = load_catalog() if catalog is None else catalog
        deck = load_deck(Path(deck_path), catalog)
    except DeckError as error:
        ProblemDialog.show_problems(Path(deck_path), error.problems)
        return None
    except CatalogError as error:
        ProblemDialog.show_problems(Path(deck_path), [str(error)])
        return None
    return PresenterWindow(deck, catalog, RenderCache(Path(cache_root)))


def run(deck_path: Path, cache_root: Path) -> int:
    """Present a deck until its window is closed. Returns the exit status (1: deck problems)."""
    app = application()
    window = open_window(deck_path, cache_root)
    if window is None:
        return 1
    window.show()
    if app.platformName() != "offscreen":  # (which warns that it cannot raise windows)
        window.raise_()
        window.activateWindow()
    # Ctrl+C in the terminal closes the window (Python sees signals only between Qt events).
    previous = signal.signal(signal.SIGINT, lambda *_: window.close())
    tick = QTimer(window, interval=250)
    tick.timeout.connect(lambda: None)
    tick.start()
    try:
        status = app.exec()
    finally:
        signal.signal(signal.SIGINT, previous if previous is not None else signal.SIG_DFL)
    window.close()  # idempotent; makes sure renders are cancelled and joined
    return status
