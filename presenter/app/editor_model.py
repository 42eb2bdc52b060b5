"""The editor's model: one open deck document, its undo stack, checks, saving and drafts.

Every edit is a QUndoCommand (typing into one field merges into one command),
so Ctrl+Z / Ctrl+Shift+Z undo and redo everything. After each edit the
document is checked with the same code as ``presenter check``. Widgets send
edits here and listen to ``changed``; they never talk to each other.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from presenter.catalog import load_catalog
from presenter.deck.document import Checked, DeckDocument, plain
from presenter.deck.save import discard_draft, file_text, parsed, read_draft, save, write_draft
from presenter.library import DeckLibrary

STRUCTURE = "slides"  # the field a slide list change reports


class SetField(QUndoCommand):
    """Set one field; consecutive edits of the same field merge (one undo per field, not per key)."""

    ID = 1

    def __init__(self, model: EditorModel, field: str, value: Any, from_widget: bool, typing: bool):
        super().__init__(field)
        self.model, self.field, self.new = model, field, value
        self.from_widget, self.typing = from_widget, typing
        self.old = copy.deepcopy(model.document.get(field))
        self.first = True

    def id(self) -> int:
        return self.ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetField) or other.field != self.field or not (self.typing and other.typing):
            return False
        self.new = other.new
        return True

    def redo(self) -> None:
        self.model._apply(self.field, self.new, quiet=self.first and self.from_widget)
        self.first = False

    def undo(self) -> None:
        self.model._apply(self.field, self.old, quiet=False)


class SlideChange(QUndoCommand):
    """Insert, remove or move a slide."""

    def __init__(self, model: EditorModel, kind: str, index: int, target: int = 0, slide: Any = None):
        super().__init__(kind)
        self.model, self.kind, self.index, self.target, self.slide = model, kind, index, target, slide

    def redo(self) -> None:
        document = self.model.document
        if self.kind == "insert":
            document.insert_slide(self.index, self.slide)
        elif self.kind == "remove":
            self.slide = document.remove_slide(self.index)
        else:
            document.move_slide(self.index, self.target)
        self.model._structure_changed(self.target if self.kind == "move" else self.index)

    def undo(self) -> None:
        document = self.model.document
        if self.kind == "insert":
            document.remove_slide(self.index)
        elif self.kind == "remove":
            document.insert_slide(self.index, self.slide)
        else:
            document.move_slide(self.target, self.index)
        self.model._structure_changed(self.index)


class EditorModel(QObject):
    """An open deck: ``changed(field, quiet)`` after each edit, ``checked(Checked)`` after each check.

    ``quiet`` means the edit came from the widget showing that field (do not
    rebuild it under the user's cursor).
    """

    changed = Signal(str, bool)
    checked = Signal(object)
    slides_changed = Signal(int)  # the slide to select after a list change
    saved = Signal(str)  # "deck" or "draft"

    def __init__(self, path: Path, library: DeckLibrary | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.library = library or DeckLibrary()
        self.catalog = load_catalog()
        self.undo_stack = QUndoStack(self)
        self._open(Path(path))

    def _open(self, path: Path, text: str | None = None) -> None:
        self.path = path
        self.disk_text = path.read_text(encoding="utf-8")
        self.document = DeckDocument(path, self.disk_text if text is None else text)
        self.read_only = self.library.is_builtin(path)
        self.undo_stack.clear()
        self.undo_stack.setClean()
        self.result: Checked = self.document.check(self.catalog)
        QTimer.singleShot(0, lambda text=self.disk_text: parsed(text))  # the first save's diff base

    # --- state ----------------------------------------------------------------------

    @property
    def dirty(self) -> bool:
        return not self.undo_stack.isClean()

    def draft(self) -> str | None:
        """Unsaved edits autosaved by an earlier session that ended without saving."""
        return None if self.read_only else read_draft(self.path)

    def recover(self, text: str) -> None:
        """Take the draft's edits back (the deck on disk stays as it is until saved)."""
        before = plain(self.document.data)
        self.document = DeckDocument(self.path, text)
        self.undo_stack.resetClean()  # the draft's edits are unsaved
        self.result = self.document.check(self.catalog)
        if plain(self.document.data) != before:
            self.slides_changed.emit(0)
        self.checked.emit(self.result)

    def changed_on_disk(self) -> bool:
        """True when someone else changed the file since it was opened or last saved."""
        try:
            return self.path.read_text(encoding="utf-8") != self.disk_text
        except (OSError, UnicodeDecodeError):
            return False

    def reload(self) -> None:
        """Drop this window's edits and read the file as it is now on disk."""
        discard_draft(self.path)
        self._open(self.path)
        self.slides_changed.emit(0)
        self.checked.emit(self.result)

    # --- edits ----------------------------------------------------------------------

    def set(self, field: str, value: Any, from_widget: bool = False, typing: bool = False) -> None:
        """One edit. ``from_widget``: the widget showing the field made it (it is not rebuilt);
        ``typing``: it continues the same field's previous edit (one undo step for the typing)."""
        if plain(self.document.get(field)) == plain(value):
            return
        self.undo_stack.push(SetField(self, field, value, from_widget or typing, typing))

    def add_slide(self, index: int, slide: Any) -> None:
        self.undo_stack.push(SlideChange(self, "insert", index, slide=slide))

    def duplicate_slide(self, index: int) -> None:
        slide = self.document.slide_copy(index)
        slide["id"] = self._free_id(str(slide.get("id", "slide")))
        self.add_slide(index + 1, slide)

    def add_slide_from(self, source: DeckDocument, source_index: int, index: int) -> None:
        """Copy another deck's slide here, with the citations it needs (one undo step)."""
        slide = source.slide_copy(source_index)
        slide["id"] = self._free_id(str(slide.get("id", "slide")))
        self.undo_stack.beginMacro(slide["id"])
        for key in slide.get("references") or []:
            citation = source.get(f"references.{key}")
            if citation is not None and self.document.get(f"references.{key}") is None:
                self.set(f"references.{key}", str(citation))
        self.add_slide(index, slide)
        self.undo_stack.endMacro()

    def add_entry(self, section: str, key: str, text: str) -> None:
        """A new glossary term or reference (``section``), one undo step."""
        self.set(f"{section}.{key}", text)

    def remove_entry(self, section: str, key: str) -> None:
        """Remove a glossary term or reference, one undo step (Ctrl+Z brings it back)."""
        self.set(f"{section}.{key}", None)

    def citing(self, key: str) -> list[tuple[int, str]]:
        """The slides (index, title) whose references include ``key``."""
        return [
            (index, str(slide.get("title") or slide.get("id") or ""))
            for index, slide in enumerate(self.document.slides)
            if key in [str(k) for k in (slide.get("references") or [])]
        ]

    def _free_id(self, base: str) -> str:
        ids = {str(s.get("id")) for s in self.document.slides}
        if base not in ids:
            return base
        number = 2
        while f"{base}-{number}" in ids:
            number += 1
        return f"{base}-{number}"

    def remove_slide(self, index: int) -> None:
        self.undo_stack.push(SlideChange(self, "remove", index))

    def move_slide(self, source: int, target: int) -> None:
        if source != target and 0 <= target < len(self.document.slides):
            self.undo_stack.push(SlideChange(self, "move", source, target))

    def _apply(self, field: str, value: Any, quiet: bool) -> None:
        self.document.set(field, copy.deepcopy(value))
        self.recheck()
        self.changed.emit(field, quiet)

    def _structure_changed(self, select: int) -> None:
        self.recheck()
        self.slides_changed.emit(select)

    def recheck(self) -> None:
        self.result = self.document.check(self.catalog)
        self.checked.emit(self.result)

    # --- saving ---------------------------------------------------------------------

    def text(self) -> str:
        return file_text(self.disk_text, self.document)

    def save(self) -> str:
        """Write the deck (or, with errors, the draft beside it). Returns "deck" or "draft"."""
        text = self.text()
        if self.result.errors:
            write_draft(self.path, text)
            self.saved.emit("draft")
            return "draft"
        save(self.path, text)
        self.disk_text = text
        QTimer.singleShot(0, lambda: parsed(text))  # the next save's diff base, read while idle
        discard_draft(self.path)
        self.undo_stack.setClean()
        self.saved.emit("deck")
        return "deck"

    def autosave_draft(self) -> None:
        if self.dirty and not self.read_only:
            try:
                write_draft(self.path, self.text())
            except OSError:
                pass  # a draft is a convenience; the edits are still in the window

    def discard(self) -> None:
        """Closing without saving: forget the draft."""
        if not self.read_only:
            discard_draft(self.path)

    def make_copy(self) -> Path:
        """Copy a built-in deck (with its editions) to the clinic's folder; keep editing the copy."""
        copy_path = self.library.make_copy(self.path)
        self.path = copy_path
        self.document.path = copy_path
        self.read_only = False
        self.recheck()
        return copy_path
