"""The editor's saving side: Ctrl+S, built-in copies, someone else's changes, drafts, versions, closing.

A mixin of EditorWindow (it uses the window's model, status line and timers),
kept apart so each file reads in one sitting. Every question goes through
the app's own readable dialog.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QCloseEvent

from presenter.app.dialogs import ask, tell
from presenter.deck.document import DocumentError
from presenter.deck.save import versions

if TYPE_CHECKING:  # to the type checker the mixin is the window it is mixed into
    from PySide6.QtCore import QTimer, Signal
    from PySide6.QtWidgets import QLabel, QMainWindow as _Window, QPushButton

    from presenter.app.editor_model import EditorModel
    from presenter.app.renders import BackgroundRenders
else:
    _Window = object


def tr(text: str) -> str:
    return QCoreApplication.translate("editor", text)


class Saving(_Window):
    """Saving and closing for EditorWindow."""

    # what it uses of EditorWindow
    model: EditorModel
    status: QLabel
    versions_button: QPushButton
    disk_poll: QTimer
    autosave: QTimer
    renders: BackgroundRenders
    closed: Signal

    if TYPE_CHECKING:

        def _build_form(self) -> None: ...
        def _update_status(self, *_clean: bool) -> None: ...

    def save(self) -> bool:
        if self.model.read_only:
            if ask(
                self,
                tr("A built-in deck"),
                tr(
                    "Built-in decks can't be changed. Make your own copy "
                    "in your decks folder and save your edits there?"
                ),
                tr("Make my copy"),
                tr("Cancel"),
            ):
                return self.make_copy() and self.save()
            return False
        if self.model.changed_on_disk() and not self._resolve_disk_change():
            return False
        try:
            where = self.model.save()
        except OSError as error:
            tell(
                self,
                tr("Not saved"),
                tr(
                    "The deck could not be saved ({error}). Your edits are still "
                    "here; try again, or free some disk space."
                ).format(error=error.strerror or error),
            )
            return False
        if where == "draft":
            self.status.setText(
                tr("Saved as a draft beside the deck: fix the problems marked ✖, then save again to update the deck.")
            )
        return where == "deck"

    def _fill_versions(self) -> None:
        menu = self.versions_button.menu()
        menu.clear()
        found = versions(self.model.path)
        for version in found:
            when = datetime.fromtimestamp(version.stat().st_mtime).strftime("%Y-%m-%d %H:%M:%S")

            def restore_it(version: Path = version) -> None:
                self.restore(version)

            menu.addAction(tr("Saved before {when}").format(when=when), restore_it)
        if not found:
            menu.addAction(tr("No earlier versions yet")).setEnabled(False)

    def restore(self, version: Path) -> None:
        """Bring back an earlier version into the window; it replaces the deck when saved."""
        try:
            self.model.recover(version.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, DocumentError) as error:
            tell(self, tr("Not restored"), tr("That version can't be read ({error}).").format(error=error))
            return
        self.status.setText(tr("An earlier version is shown. Save to make it the deck again."))

    def make_copy(self) -> bool:
        try:
            copy = self.model.make_copy()
        except OSError as error:
            tell(
                self,
                tr("No copy made"),
                tr("Your decks folder can't be written ({error}).").format(error=error.strerror or error),
            )
            return False
        self._build_form()
        self._update_status()
        self.status.setText(tr("Your copy: {path}").format(path=copy))
        return True

    def check_disk(self) -> None:
        """Someone else saved the file: offer to reload theirs or keep this window's."""
        if self.model.changed_on_disk():
            self._resolve_disk_change()

    def _resolve_disk_change(self) -> bool:
        """True when this window's version is to be kept (and may be saved over theirs)."""
        self.disk_poll.stop()
        try:
            if ask(
                self,
                tr("Changed by someone else"),
                tr(
                    "{name} was changed on disk while it was open here. "
                    "Load that version (your unsaved edits are dropped), or keep yours?"
                ).format(name=self.model.path.name),
                tr("Load theirs"),
                tr("Keep mine"),
            ):
                self.model.reload()
                return False
            self.model.disk_text = self.model.path.read_text(encoding="utf-8")  # theirs is kept among versions
            self.model.undo_stack.resetClean()
            return True
        finally:
            self.disk_poll.start()

    def offer_draft(self) -> None:
        """After a crash: unsaved edits from last time are offered back."""
        draft = self.model.draft()
        if draft is not None and ask(
            self,
            tr("Unsaved edits found"),
            tr("Edits to {name} that were not saved (the app closed unexpectedly) were kept. Get them back?").format(
                name=self.model.path.name
            ),
            tr("Get them back"),
            tr("Discard them"),
        ):
            self.model.recover(draft)
        elif draft is not None:
            self.model.discard()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.model.dirty and not self.model.read_only:
            if ask(
                self,
                tr("Save your changes?"),
                tr("{name} has changes that are not saved.").format(name=self.model.path.name),
                tr("Save"),
                tr("Don't save"),
            ):
                if not self.save():
                    event.ignore()
                    return
            elif ask(
                self,
                tr("Close without saving?"),
                tr("Your changes to {name} will be lost.").format(name=self.model.path.name),
                tr("Close without saving"),
                tr("Keep editing"),
            ):
                self.model.discard()
            else:
                event.ignore()
                return
        self.disk_poll.stop()
        self.autosave.stop()
        self.renders.stop()
        super().closeEvent(event)
        self.closed.emit()
