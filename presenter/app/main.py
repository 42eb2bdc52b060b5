"""Entry point of ``presenter show``: check the machine and the deck, open the windows, run Qt.

Without a deck the start screen opens; ending a presentation returns to it.
"""

from __future__ import annotations

import signal
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMessageLogContext, Qt, QtMsgType, QTimer, qInstallMessageHandler
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from presenter.app import dialogs, style
from presenter.app.i18n import system_language, tr, use_language
from presenter.app.presentation import Presentation
from presenter.app.reload import DeckReloader
from presenter.app.show import Show
from presenter.catalog import CatalogError, load_catalog
from presenter.deck.check import load_deck
from presenter.deck.problems import DeckError, Problem
from presenter.doctor import check_display, diagnose
from presenter.paths import ASSETS_DIR
from presenter.playlist import apply_playlist, deck_family
from presenter.render.cache import RenderCache
from presenter.settings import Settings, load_settings, save_settings

APP_NAME = "Brain Explainer"


def describe(problem: Problem | str) -> str:
    """One problem in plain words: the line, the field, what is wrong and what to do."""
    if isinstance(problem, Problem):
        return (
            tr("Line {line}, {field}: {message} {hint}")
            .format(line=problem.line, field=problem.field, message=problem.message, hint=problem.hint)
            .strip()
        )
    return str(problem)


def show_problems(deck_path: Path, problems: Sequence[Problem | str]) -> None:
    """Why a deck cannot be shown, in the app's own dialog."""
    lines = [describe(problem) for problem in problems]
    shown = lines[:10] + ([tr("… and {count} more.").format(count=len(lines) - 10)] if len(lines) > 10 else [])
    intro = (
        tr("Fix this in {path}, then open it again:")
        if len(lines) == 1
        else tr("Fix these in {path}, then open it again:")
    )
    dialogs.tell(
        None,
        tr("{name} cannot be shown yet").format(name=deck_path.name),
        intro.format(path=deck_path) + "\n\n" + "\n\n".join(shown),
    )


def show_message(headline: str, lines: Sequence[str]) -> None:
    dialogs.tell(None, headline, "\n\n".join(lines))


def _qt_message(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Qt's messages, less the harmless note QtMultimedia prints at every launch without a GPU."""
    if "No RHI backend" not in message:
        print(message, file=sys.stderr)


def application() -> QApplication:
    """The running QApplication, or a new one set up for the presenter."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        # Raster widgets only: video frames are then converted to images on the CPU
        # (a few ms for 1080p), not by an OpenGL round trip that stalls software GL.
        QApplication.setAttribute(Qt.ApplicationAttribute.AA_ForceRasterWidgets)
        qInstallMessageHandler(_qt_message)
        app = QApplication(sys.argv[:1])
        app.setApplicationName(APP_NAME)
        app.setDesktopFileName("brain-explainer")  # the menu entry run.sh installs; its icon
        app.setWindowIcon(QIcon(str(ASSETS_DIR / "icons" / "brain-explainer-256.png")))
        app.setFont(style.font(15))
    style.register_fonts()
    return app


def open_show(
    deck_path: Path,
    cache_root: Path,
    settings: Settings,
    playlist: Sequence[str] = (),
    catalog: Mapping[str, Any] | None = None,
    renderer: Any = None,
    watch: bool = True,
) -> Show | None:
    """Load and check the deck and build its windows; on problems tell the user and return None."""
    try:
        catalog = load_catalog() if catalog is None else catalog
        deck = apply_playlist(load_deck(Path(deck_path), catalog), playlist)
    except DeckError as error:
        show_problems(Path(deck_path), error.problems)
        return None
    except CatalogError as error:
        show_problems(Path(deck_path), [str(error)])
        return None
    use_language(deck.language)  # the app speaks the deck's language while it is presented
    presentation = Presentation(
        deck,
        catalog,
        RenderCache(Path(cache_root)),
        renderer,
        speed=settings.speed,
        captions=settings.captions,
        large_captions=settings.large_captions,
    )
    if watch:
        DeckReloader(presentation, Path(deck_path), playlist)
    return Show(presentation, settings, save_settings)


RENDER_CHECKS = ("Cairo (Manim's drawing)", "Pango (Manim's text)", "Manim")  # not needed to play a pack


def _environment_ready(cache_root: Path, renders: bool = True) -> bool:
    """The quick doctor check; explain a failure in a dialog (not a traceback).

    A render cache that cannot be written is no reason not to start: what is
    rendered there is presented, and the presentation says what it cannot prepare.
    ``renders=False`` (a content pack) skips the render toolchain's checks.
    """
    failures = [
        f
        for f in diagnose(Path(cache_root), quick=True)
        if not f.ok and f.name != "Render cache" and (renders or f.name not in RENDER_CHECKS)
    ]
    if failures:
        show_message(
            tr("The presenter cannot start on this computer yet."),
            [f"{f.name}: {f.detail} {f.fix}".strip() for f in failures],
        )
    return not failures


def _open_editor(path: Path, cache_root: Path, start: Any) -> Any:
    """The editor on a deck from the start screen; the cards are read again when it closes."""
    from presenter.app.dialogs import tell
    from presenter.app.editor import EditorWindow
    from presenter.deck.document import DocumentError

    try:
        editor = EditorWindow(path, RenderCache(Path(cache_root)))
    except (DocumentError, OSError) as error:
        tell(start, tr("This deck can't be opened"), str(error))
        return None
    editor.closed.connect(lambda: start.reload())
    editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    area = start.screen().availableGeometry()
    editor.resize(min(1500, area.width() * 19 // 20), min(960, area.height() * 9 // 10))
    editor.move(area.center() - editor.rect().center())
    editor.show()
    editor.offer_draft()
    return editor


def _display_answers() -> bool:
    """Check the screen before Qt opens it (Qt aborts on a dead display); say so in one sentence."""
    display = check_display()
    if not display.ok:
        print(f"The presenter cannot open a window: {display.detail} {display.fix}".strip(), file=sys.stderr)
    return display.ok


def _first_language(settings: Settings) -> str:
    """The last deck's chosen language, else the computer's."""
    last = deck_family(Path(settings.last_deck)) if settings.last_deck else None
    return settings.languages.get(last or "", "") or system_language()


def run(deck_path: Path | None, cache_root: Path, renderer: Any = None) -> int:
    """Present a deck (or the start screen's choice) until the user ends it. 1: it cannot be shown.

    ``renderer``: e.g. NoRenders for a content pack (present its renders, render nothing)."""
    if QApplication.instance() is None and not _display_answers():
        return 1
    app = application()
    settings = load_settings()
    use_language(_first_language(settings))
    if not _environment_ready(cache_root, renders=renderer is None):
        return 1
    state: dict[str, Any] = {"status": 0, "show": None}
    start: Any = None  # the StartScreen, when no deck was named

    def present(path: Path, playlist: Sequence[str], cache: Path | None = None, player: Any = None) -> None:
        show = open_show(path, cache or cache_root, settings, playlist, renderer=player or renderer)
        if show is None:
            state["status"] = 1
            if start is None:
                app.quit()
            return
        if player is None:  # a pack's deck lives in the packs folder: not a deck to reopen
            settings.last_deck = str(path)
            save_settings(settings)
        state["show"] = show
        show.ended.connect(lambda: state.update(show=None))  # an ended show is let go
        if start is not None:
            start.hide()
            show.ended.connect(start.show)
        else:
            show.ended.connect(app.quit)
        show.place()

    if deck_path is None:
        from presenter.app.start import StartScreen

        from presenter.library import DeckLibrary

        start = StartScreen([entry.path for entry in DeckLibrary().decks()], RenderCache(Path(cache_root)), settings)
        start.chosen.connect(lambda path, ids: present(Path(path), ids))
        from presenter.app.headless import NoRenders  # a pack plays its own renders: nothing renders

        start.pack_chosen.connect(lambda path, cache, ids: present(Path(path), ids, Path(cache), NoRenders()))
        start.edit_requested.connect(lambda path: state.update(editor=_open_editor(Path(path), cache_root, start)))
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
