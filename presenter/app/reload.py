"""Live reload: watch the deck file and the scenes, and hand each saved edit to the presentation.

Edits are checked exactly as ``presenter check`` does. A good edit reaches
the presentation (words at once, pictures after a background render); a
broken one is reported with file, line and field while the audience keeps
the last good version. Editors that save by replacing the file are handled
by watching the folders too.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from presenter.app.presentation import Presentation
from presenter.catalog import CatalogError, load_catalog
from presenter.deck.check import load_deck
from presenter.deck.problems import DeckError, Problem
from presenter.paths import SCENES_DIR
from presenter.playlist import apply_playlist


class DeckReloader(QObject):
    """Reloads ``deck_path`` (with its playlist) into a presentation when it or a scene changes.

    ``checked`` fires once a saved edit has been looked at (used or rejected).
    """

    checked = Signal()

    def __init__(
        self,
        presentation: Presentation,
        deck_path: Path,
        playlist: Sequence[str] = (),
        scenes_dir: Path = SCENES_DIR,
        delay_ms: int = 250,
    ):
        super().__init__(presentation)
        self.presentation = presentation
        self.deck_path = Path(deck_path).resolve()
        self.playlist = tuple(playlist)
        self.scenes_dir = Path(scenes_dir)
        self._scenes_changed = False
        self._timer = QTimer(self, singleShot=True, interval=delay_ms, timeout=self.check)
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._changed)
        self._watcher.directoryChanged.connect(self._changed)
        presentation.closed.connect(self.stop)
        self._watch()

    def stop(self) -> None:
        """Stop watching: an ended presentation loads no more edits."""
        self._timer.stop()
        watched = self._watcher.files() + self._watcher.directories()
        if watched:
            self._watcher.removePaths(watched)

    def _watch(self) -> None:
        wanted = [self.deck_path, self.deck_path.parent, self.scenes_dir, *sorted(self.scenes_dir.glob("*.py"))]
        present = set(self._watcher.files()) | set(self._watcher.directories())
        missing = [str(p) for p in wanted if p.exists() and str(p) not in present]
        if missing:
            self._watcher.addPaths(missing)

    def _changed(self, path: str) -> None:
        if Path(path).resolve().is_relative_to(self.scenes_dir.resolve()):
            self._scenes_changed = True
        self._timer.start()  # editors write in bursts: look once they are done

    def check(self) -> None:
        """Read and check the deck now; pass it on, or report its problems."""
        try:
            self._check()
        finally:
            self.checked.emit()

    def _check(self) -> None:
        self._watch()  # an editor may have replaced a watched file
        scenes_changed, self._scenes_changed = self._scenes_changed, False
        if scenes_changed:
            load_catalog.cache_clear()  # (render keys read the scene sources themselves)
        try:
            catalog = load_catalog(self.scenes_dir)
            deck = apply_playlist(load_deck(self.deck_path, catalog), self.playlist)
        except DeckError as error:
            self.presentation.reject_edit(error.problems)
            return
        except CatalogError as error:
            self.presentation.reject_edit(
                [Problem(self.scenes_dir, 1, "(scene)", str(error), "Fix the scene file, then save it again.")]
            )
            return
        unchanged = deck == self.presentation.deck and catalog == self.presentation.catalog
        if unchanged and not scenes_changed:
            if self.presentation.problems:
                self.presentation.reject_edit([])
            return
        self.presentation.reload(deck, catalog)
