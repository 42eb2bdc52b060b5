"""The start screen's row of tasks beside presenting: open a content pack (and add it to the
library), prepare the chosen decks for presenting (sharp renders, in the background), and the
render cache's size with Clean up.

Rendering runs as ``presenter render --quality hd`` in a worker process, with its
progress and time left. A pack is checked and unpacked (presenter/export/pack.py),
then presented at once (``pack_opened(deck path, cache folder)``: nothing renders)
or added to the library (presenter/library.py; ``pack_added(its file)``), where it
is a card like the built-in decks until it is removed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QWidget,
)

from presenter.app import style
from presenter.app.dialogs import AppDialog, ask, tell
from presenter.app.prepare_dialog import EditionChoice, PrepareDialog, left_text
from presenter.app.start_parts import Edition, language_name, load_edition
from presenter.app.worker import Worker
from presenter.export.cache_usage import PACKS
from presenter.export.pack import OpenedPack, PackError, open_pack
from presenter.library import DeckLibrary
from presenter.paths import PACK_SUFFIX
from presenter.playlist import editions

STYLESHEET = """
QPushButton#task { background: transparent; color: %(blue)s; border: 2px solid %(blue)s; border-radius: 12px;
                   padding: 8px 16px; }
QPushButton#task:hover { background: %(blue)s; color: %(bg)s; }
QLabel#taskStatus { color: %(soft)s; }
"""


def choose(parent: QWidget, title: str, text: str, options: Sequence[str], cancel: str) -> int:
    """A question with several answers: the index of the one chosen (the first is the default), -1 for ``cancel``."""
    dialog = AppDialog(parent, title, text, options[0], cancel)
    buttons = dialog.layout().itemAt(dialog.layout().count() - 1).layout()
    for index, option in enumerate(options[1:], start=1):
        button = QPushButton(option, dialog)
        button.setFont(dialog.confirm.font())
        button.setMinimumHeight(dialog.confirm.minimumHeight())
        button.setAutoDefault(False)
        button.clicked.connect(lambda _=False, index=index: dialog.done(1 + index))
        buttons.insertWidget(buttons.indexOf(dialog.confirm), button)
    return dialog.exec() - 1  # done(): 0 Cancel (Esc), 1 the default (Enter), 1 + n the n-th other


class StartActions(QWidget):
    """Export…, Open a pack…, Prepare for presenting (sharp), the cache's size and Clean up."""

    pack_opened = Signal(object, object)  # deck path, cache folder to present it from
    pack_added = Signal(object)  # the pack's file in the library

    def __init__(
        self,
        cache_root: Path,
        decks: Callable[[], Sequence[Path]],
        library: DeckLibrary,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        from scenes import look

        self.cache_root = Path(cache_root)
        self.decks = decks
        self.library = library
        self.current_deck: Callable[[], Path | None] = lambda: None  # ticked first in the prepare dialog
        self.dialog: PrepareDialog | None = None
        self.worker: Worker | None = None
        self.setStyleSheet(STYLESHEET % {"blue": look.SKY_BLUE, "bg": look.BACKGROUND, "soft": look.TEXT_SOFT})
        self.open = self._button(self.tr("Open a pack…"), self.choose_pack)
        self.prepare = self._button(self.tr("Prepare for presenting (sharp)"), self.prepare_or_stop)
        self.bar = QProgressBar(self, textVisible=False, maximum=1000)
        self.bar.setFixedWidth(160)
        self.bar.hide()
        self.status = QLabel("", self, objectName="taskStatus")
        self.status.setFont(style.font(16))
        self.cache_size = QLabel("", self, objectName="taskStatus")
        self.cache_size.setFont(style.font(16))
        self.clean = self._button(self.tr("Clean up"), self.clean_up)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(12)
        for widget in (self.open, self.prepare, self.bar, self.status):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.cache_size)
        row.addWidget(self.clean)
        self.refresh_size()

    def _button(self, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self, objectName="task")
        button.setFont(style.font(16, bold=True))
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        button.clicked.connect(slot)
        return button

    # --- the cache --------------------------------------------------------------------------
    def _usage(self):
        from presenter.catalog import CatalogError, load_catalog
        from presenter.deck.check import load_deck
        from presenter.deck.problems import DeckError
        from presenter.export.cache_usage import cache_usage

        try:
            catalog = load_catalog()
        except CatalogError:
            return None
        decks = []
        for path in self.decks():
            try:
                decks.append(load_deck(path, catalog))
            except DeckError:
                continue
        return cache_usage(self.cache_root, decks, catalog)

    def refresh_size(self) -> None:
        from presenter.export.cache_usage import human_size

        usage = self._usage()
        total = usage.total if usage is not None else 0
        self.cache_size.setText(self.tr("Saved renders: {0}").format(human_size(total)))
        self.clean.setEnabled(bool(usage and usage.unused))

    def clean_up(self) -> None:
        from presenter.export.cache_usage import human_size, prune

        usage = self._usage()
        if usage is None or not usage.unused:
            tell(self, self.tr("Nothing to clean up"), self.tr("Every saved render is in use by a deck."))
            return
        if not ask(
            self,
            self.tr("Clean up saved renders?"),
            self.tr(
                "This removes the saved renders no deck uses any more: {0} of them ({1}). "
                "Each slide keeps its last good render."
            ).format(len(usage.unused), human_size(usage.unused_bytes)),
            self.tr("Clean up"),
            self.tr("Keep them"),
        ):
            return
        removed, freed = prune(usage)
        self.status.setText(self.tr("Renders removed: {0} ({1} freed).").format(removed, human_size(freed)))
        self.refresh_size()

    # --- packs ------------------------------------------------------------------------------
    def choose_pack(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open a content pack"), str(Path.home()), self.tr("Content packs (*{0})").format(PACK_SUFFIX)
        )
        if chosen:
            self.open_pack(Path(chosen))

    def _unpack(self, path: Path) -> OpenedPack:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return open_pack(path, self.cache_root / PACKS)
        finally:
            QGuiApplication.restoreOverrideCursor()

    def open_pack(self, path: Path) -> bool:
        """Check and unpack a pack, then present it or add it to the library, as the clinician
        chooses; a bad one is explained. True when it was presented or added."""
        try:
            opened = self._unpack(path)
        except (PackError, OSError) as error:
            tell(self, self.tr("This pack cannot be opened"), str(error))
            return False
        if self.library.holds_pack(path):
            self.pack_opened.emit(opened.deck(), opened.cache_root)
            return True
        choice = choose(
            self,
            self.tr("Present this pack, or keep it?"),
            self.tr(
                "{0} is checked and ready. Present it now, or add it to the library: it is then a card "
                "here, like the built-in decks, until you remove it (More, then Remove)."
            ).format(Path(path).name),
            [self.tr("Present now"), self.tr("Add to the library")],
            self.tr("Cancel"),
        )
        if choice == 0:
            self.pack_opened.emit(opened.deck(), opened.cache_root)
        elif choice == 1:
            return self.add_pack(opened)
        return choice == 0

    def add_pack(self, opened: OpenedPack) -> bool:
        """Keep an opened pack in the library; one of the same deck there already is replaced if the clinician says so."""
        place = self.library.pack_place(opened.deck())
        if place.exists() and not ask(
            self,
            self.tr("Replace the pack in the library?"),
            self.tr(
                "The library already has a pack of this deck ({0}). Replace it with {1}? "
                "The slides you present from it then come from the new pack."
            ).format(place.name, opened.source.name),
            self.tr("Replace it"),
            self.tr("Keep the one there"),
        ):
            return False
        try:
            kept = self.library.add_pack(opened.source, opened.deck())
        except OSError as error:
            tell(
                self,
                self.tr("The pack could not be added"),
                self.tr("It could not be copied into {0} ({1}). Check the disk.").format(
                    self.library.packs_dir, error.strerror or error
                ),
            )
            return False
        self.status.setText(self.tr("Added to the library: {0}.").format(kept.name))
        self.pack_added.emit(kept)
        return True

    def pack_editions(
        self, pack: Path, catalog: dict | None, catalog_error: str
    ) -> tuple[dict[str, Edition], Path | None]:
        """A library pack's editions for its card, and the cache folder its renders are in
        (None, with the reason on the card, when it cannot be opened any more)."""
        try:
            opened = self._unpack(pack)
        except (PackError, OSError) as error:
            return {"en": Edition(pack, "en", None, pack.stem, str(error), str(error))}, None
        loaded = {code: load_edition(path, code, catalog, catalog_error) for code, path in opened.decks.items()}
        return loaded, opened.cache_root

    def remove_pack(self, pack: Path, title: str, unpacked: Path | None) -> bool:
        """Take a pack out of the library (its file, and the folder it was unpacked into), after asking."""
        if not ask(
            self,
            self.tr("Remove this pack from the library?"),
            self.tr("{0} ({1}) is no longer shown here. The pack's file where you got it from is not touched.").format(
                title, pack.name
            ),
            self.tr("Remove"),
            self.tr("Keep it"),
        ):
            return False
        self.library.remove_pack(pack, unpacked)
        self.status.setText(self.tr("Removed from the library: {0}.").format(pack.name))
        return True

    # --- prepare for presenting ---------------------------------------------------------------
    def prepare_or_stop(self) -> None:
        """The row's button: the dialog to choose what to prepare, or (while preparing) stop."""
        if self.worker is not None and self.worker.running:
            self.worker.stop()
            return
        self.show_prepare()

    def edition_choices(self) -> list[EditionChoice]:
        """Every deck edition that loads, with how many of its slides lack a sharp render."""
        from presenter.catalog import CatalogError, load_catalog
        from presenter.deck.check import load_deck
        from presenter.deck.problems import DeckError
        from presenter.render.cache import RenderCache
        from presenter.render.key import render_key

        try:
            catalog = load_catalog()
        except CatalogError:
            return []
        cache, current, choices = RenderCache(self.cache_root), self.current_deck(), []
        in_order = [path for family in editions(self.decks()).values() for path in family.values()]  # as the cards
        for path in in_order:
            try:
                deck = load_deck(path, catalog)
            except DeckError:
                continue
            missing = sum(cache.find(render_key(s, catalog[s.scene], "hd")) is None for s in deck.slides)
            label = f"{deck.title}  ·  {language_name(deck.language)}"
            choices.append(EditionChoice(Path(path), label, missing, len(deck.slides), Path(path) == current))
        return choices

    def show_prepare(self) -> PrepareDialog:
        """The dialog (one; not modal): ticks per deck edition, then progress and Cancel."""
        if self.dialog is None:
            self.dialog = PrepareDialog(self.edition_choices(), self)
            self.dialog.start_requested.connect(self.prepare_decks)
            self.dialog.stop_requested.connect(self.stop_preparing)
        elif not self.dialog.running:
            self.dialog.set_choices(self.edition_choices())
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        return self.dialog

    def prepare_decks(self, decks: Sequence[Path]) -> None:
        """Render the decks at hd in a worker process (what is already rendered is skipped)."""
        if self.worker is not None and self.worker.running or not decks:
            return
        args = ["render", *[str(path) for path in decks], "--quality", "hd", "--cache", str(self.cache_root)]
        self.worker = Worker(args, self)
        self.worker.progress.connect(self._progress)
        self.worker.finished.connect(self._prepared)
        self.prepare.setText(self.tr("Stop preparing"))
        self.bar.setValue(0)
        self.bar.show()
        self.status.setText(self.tr("Preparing sharp videos…"))
        if self.dialog is not None:
            self.dialog.set_running(True)
        self.worker.start()

    def stop_preparing(self) -> None:
        if self.worker is not None and self.worker.running:
            self.worker.stop()

    def _progress(self, fraction: float, _phase: str, left: float) -> None:
        self.bar.setValue(round(fraction * 1000))
        text = self.tr("Preparing sharp videos: {0}%").format(round(fraction * 100))
        if left_text(left):
            text += " · " + left_text(left)
        self.status.setText(text)
        if self.dialog is not None:
            self.dialog.show_progress(fraction, left)

    def _prepared(self, code: int, errors: str, _said: str) -> None:
        stopped = self.worker is not None and self.worker.stopping
        self.worker = None
        self.prepare.setText(self.tr("Prepare for presenting (sharp)"))
        self.bar.hide()
        if code == 0:
            self.status.setText(self.tr("Ready: every slide chosen has its sharp video."))
        elif stopped:
            self.status.setText(self.tr("Stopped. Finished videos are kept."))
        else:
            self.status.setText(self.tr("Some slides could not be prepared."))
            tell(self, self.tr("Some slides could not be prepared"), errors.splitlines()[-1] if errors else "")
        if self.dialog is not None:
            self.dialog.show_result(self.status.text(), self.edition_choices())
        self.refresh_size()

    def stop(self) -> None:
        if self.worker is not None and self.worker.running:
            self.worker.stop()
            self.worker.process.waitForFinished(6000)
