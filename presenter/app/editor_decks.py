"""The editor's deck menu: a new language edition, a new deck from slides, the decks folder.

A mixin of EditorWindow. Each action asks in a small dialog in the app's look
(the same stylesheet as ``dialogs``), makes the new deck in the clinic's
folder through the library, and opens it in an editor window of its own.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from presenter import paths
from presenter.app import dialogs, style
from presenter.deck.document import DeckDocument, DocumentError
from presenter.settings import load_settings, save_settings

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow as _Window

    from presenter.app.editor import EditorWindow
    from presenter.app.editor_model import EditorModel
    from presenter.library import DeckLibrary
    from presenter.render.cache import RenderCache
else:
    _Window = object

LANGUAGES = [("es", "Español"), ("en", "English"), ("fr", "Français"), ("pt", "Português")]
DECK_PATH = Qt.ItemDataRole.UserRole


def tr(text: str) -> str:
    return QCoreApplication.translate("editor", text)


class SmallDialog(QDialog):
    """A titled card with OK / Cancel in the app's dialog look; ``body`` takes the controls."""

    def __init__(self, parent: QWidget | None, title: str, confirm: str):
        super().__init__(parent)
        self.setObjectName("appDialog")
        self.setWindowTitle(title)
        self.setModal(True)
        self.setStyleSheet(dialogs.STYLESHEET + "QLineEdit, QComboBox, QListWidget { font-size: 17px; }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(30, 26, 30, 24)
        layout.setSpacing(14)
        heading = QLabel(title, self, objectName="dialogTitle", wordWrap=True)
        heading.setFont(style.font(24, bold=True))
        layout.addWidget(heading)
        self.body = QVBoxLayout()
        layout.addLayout(self.body, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.cancel = QPushButton(tr("Cancel"), self)
        self.cancel.setAutoDefault(False)
        self.cancel.clicked.connect(self.reject)
        self.confirm = QPushButton(confirm, self)
        self.confirm.setDefault(True)
        self.confirm.clicked.connect(self.accept)
        for button in (self.cancel, self.confirm):
            button.setFont(style.font(18, bold=True))
            button.setMinimumHeight(44)
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.setMinimumWidth(560)

    def text(self, words: str) -> QLabel:
        label = QLabel(words, self, objectName="dialogText", wordWrap=True)
        label.setFont(style.font(17))
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body.addWidget(label)
        return label


class LanguageDialog(SmallDialog):
    """Which language the new edition is in: a list of common ones, or any code typed."""

    def __init__(self, parent: QWidget | None, current: str):
        super().__init__(parent, tr("New language edition"), tr("Make the edition"))
        self.text(
            tr(
                "A copy of this deck with the same slides, pictures and references, every text "
                "marked “[translate]” until it is translated. Which language?"
            )
        )
        self.language = QComboBox(self)
        self.language.setEditable(True)
        self.language.setFont(style.font(18))
        for code, name in LANGUAGES:
            if code != current:
                self.language.addItem(f"{name} ({code})", code)
        self.body.addWidget(self.language)

    def code(self) -> str:
        """The chosen language's code: from the list, or what was typed (``fr``, ``Français (fr)``)."""
        typed = self.language.currentText().strip()
        found = re.search(r"\(([^()]+)\)\s*$", typed)
        return (found.group(1) if found else typed).strip()


class AssembleDialog(SmallDialog):
    """Tick slides from every deck, put them in order, name the new deck."""

    def __init__(self, parent: QWidget | None, library: DeckLibrary):
        super().__init__(parent, tr("New deck from slides"), tr("Make the deck"))
        self.title = QLineEdit(self)
        self.title.setPlaceholderText(tr("The new deck's title"))
        self.title.setFont(style.font(18))
        self.body.addWidget(self.title)
        self.text(tr("Tick the slides it shows; Up and Down set their order."))
        self.slides = QListWidget(self)
        self.slides.setFont(style.font(16))
        self.slides.setMinimumHeight(320)
        for entry in library.decks():
            try:
                source = DeckDocument.open(entry.path)
            except DocumentError:
                continue
            for index, slide in enumerate(source.slides):
                title = str(slide.get("title") or slide.get("id"))
                item = QListWidgetItem(tr("{deck}: {title}").format(deck=entry.name, title=title))
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                item.setData(DECK_PATH, (str(entry.path), index))
                self.slides.addItem(item)
        self.body.addWidget(self.slides, 1)
        order = QHBoxLayout()
        self.up = QPushButton(tr("Up"), self)
        self.down = QPushButton(tr("Down"), self)
        self.up.clicked.connect(lambda: self.move_slide(-1))
        self.down.clicked.connect(lambda: self.move_slide(1))
        for button in (self.up, self.down):
            button.setAutoDefault(False)
            button.setFont(style.font(16))
            order.addWidget(button)
        order.addStretch(1)
        self.body.addLayout(order)
        self.setMinimumSize(640, 620)

    def move_slide(self, step: int) -> None:
        row = self.slides.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.slides.count():
            return
        item = self.slides.takeItem(row)
        self.slides.insertItem(target, item)
        self.slides.setCurrentRow(target)

    def picks(self) -> list[tuple[Path, int]]:
        """The ticked slides, in the list's order."""
        chosen = []
        for row in range(self.slides.count()):
            item = self.slides.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                path, index = item.data(DECK_PATH)
                chosen.append((Path(path), int(index)))
        return chosen


class FolderDialog(SmallDialog):
    """Where the clinic's decks live, and a button to choose another folder (kept in the settings)."""

    def __init__(self, parent: QWidget | None, library: DeckLibrary):
        super().__init__(parent, tr("Your decks folder"), tr("Close"))
        self.library = library
        self.cancel.hide()
        self.where = self.text("")
        self.note = self.text("")
        self.choose = QPushButton(tr("Choose another folder…"), self)
        self.choose.setAutoDefault(False)
        self.choose.setFont(style.font(17, bold=True))
        self.choose.clicked.connect(self.choose_folder)
        self.body.addWidget(self.choose, 0, Qt.AlignmentFlag.AlignLeft)
        self.show_folder()

    def show_folder(self) -> None:
        self.where.setText(tr("Your clinic's decks are in:\n{folder}").format(folder=self.library.own_dir))
        overridden = bool(os.environ.get(paths.DECKS_ENV))
        self.note.setText(
            tr(
                "PRESENTER_DECKS is set, so this folder is used whatever is chosen here; "
                "a folder chosen here is used once it is no longer set."
            )
            if overridden
            else tr(
                "Built-in decks stay inside the app; only your own decks "
                "live here. Choosing another folder does not move the "
                "decks already here."
            )
        )

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, tr("Choose your decks folder"), str(self.library.own_dir))
        if not folder:
            return
        settings = load_settings()
        settings.decks_folder = folder
        if not save_settings(settings):
            dialogs.tell(
                self, tr("Not changed"), tr("The settings could not be saved, so the decks folder stays where it is.")
            )
            return
        self.library.own_dir = paths.decks_dir(folder)
        self.show_folder()


class DeckActions(_Window):
    """The "Decks" menu of EditorWindow."""

    model: EditorModel
    cache: RenderCache
    status: QLabel

    def deck_menu(self) -> None:
        menu = self.menuBar().addMenu(tr("Decks"))
        menu.addAction(tr("New language edition…"), self.new_edition)
        menu.addAction(tr("New deck from slides…"), self.new_deck)
        menu.addSeparator()
        menu.addAction(tr("Decks folder…"), self.decks_folder)

    def new_edition(self) -> EditorWindow | None:
        """Ask the language, make ``NAME.<lang>.yaml`` in the clinic's folder, open it."""
        dialog = LanguageDialog(self, str(self.model.document.get("language") or ""))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        code = dialog.code()
        try:
            path = self.model.library.new_edition(self.model.path, code)
        except FileExistsError as error:
            dialogs.tell(
                self,
                tr("Not made"),
                tr(
                    "{name} already exists in your decks folder; it is left as it is. Open it from the start screen."
                ).format(name=Path(str(error.filename)).name),
            )
            return None
        except ValueError:
            dialogs.tell(
                self,
                tr("Not made"),
                tr("“{code}” is not a language code. Use two letters, such as es or fr.").format(code=code),
            )
            return None
        except (OSError, DocumentError) as error:
            dialogs.tell(self, tr("Not made"), tr("The edition could not be written ({error}).").format(error=error))
            return None
        window = self.open_in_editor(path)
        window.status.setText(
            tr("The new edition: every text marked “[translate]” is still to translate; the checks list each one.")
        )
        return window

    def new_deck(self) -> EditorWindow | None:
        dialog = AssembleDialog(self, self.model.library)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        picks = dialog.picks()
        if not picks:
            dialogs.tell(self, tr("Not made"), tr("Tick at least one slide for the new deck."))
            return None
        try:
            path = self.model.library.assemble(dialog.title.text(), picks)
        except (OSError, DocumentError) as error:
            dialogs.tell(self, tr("Not made"), tr("The deck could not be written ({error}).").format(error=error))
            return None
        return self.open_in_editor(path)

    def decks_folder(self) -> None:
        FolderDialog(self, self.model.library).exec()

    def open_in_editor(self, path: Path) -> EditorWindow:
        from presenter.app.editor import EditorWindow
        from presenter.app.editor_model import EditorModel

        window = EditorWindow(path, self.cache, model=EditorModel(path, library=self.model.library))
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.opened: list[EditorWindow] = [*getattr(self, "opened", []), window]
        window.closed.connect(lambda: self.opened.remove(window) if window in self.opened else None)
        window.resize(self.size())
        window.show()
        return window
