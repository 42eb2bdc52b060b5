"""The editor window: a deck's slides on the left, the chosen slide's fields beside them.

Each step shows its picture (the last frame of its preview render) beside its
words, and its reading grade as it is typed; the checks' problems appear
under the field they concern. A param or label change re-renders that slide
in the background at preview quality; words never wait on a render.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMenu,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from presenter.app import style
from presenter.app.dialogs import ask
from presenter.app.editor_decks import DeckActions
from presenter.app.editor_entries import EntryAdder, remove_button
from presenter.app.editor_fields import (
    FieldBox,
    GradeLabel,
    number_box,
    param_box,
    reference_picker,
    section_title,
    text_box,
)
from presenter.app.editor_model import EditorModel
from presenter.app.editor_pictures import PICTURE, Pictures
from presenter.app.editor_saving import Saving
from presenter.app.renders import BackgroundRenders
from presenter.catalog import SceneSpec
from presenter.deck.document import DeckDocument, DocumentError
from presenter.render.cache import RenderCache

AUTOSAVE_MS = 2000
RERENDER_MS = 700
DISK_POLL_MS = 2000
EDITOR_STYLE = """
QLabel#fieldProblems { color: #F0C36A; }
QLineEdit, QPlainTextEdit, QSpinBox, QDoubleSpinBox, QComboBox, QListWidget#references {
    background: #0E1B2C; color: #F4F4F4; border: 1px solid #2A4463; border-radius: 6px; padding: 4px; }
QLineEdit:focus, QPlainTextEdit:focus, QSpinBox:focus, QComboBox:focus { border: 2px solid #56B4E9; }
QFrame#stepBox { background: #13243A; border-radius: 12px; }
QPushButton:focus { outline: none; border: 2px solid #F4F4F4; }
QCheckBox { color: #F4F4F4; }
"""


def tr(text: str) -> str:
    return QCoreApplication.translate("editor", text)


class EditorWindow(DeckActions, Saving, Pictures, QMainWindow):
    """Edit one deck; built-in decks are read-only until "Make my copy". ``closed`` once it closes."""

    closed = Signal()

    def __init__(self, path: Path, cache: RenderCache, model: EditorModel | None = None, rerender: bool = True):
        super().__init__()
        self.rerenders = rerender  # off in tests that do not look at pictures
        self.model = model or EditorModel(path, parent=self)
        self.cache = cache
        self.renders = BackgroundRenders(cache, parent=self)
        self.fields: list[FieldBox] = []
        self.grades: dict[str, GradeLabel] = {}
        self.pictures: dict[int, QLabel] = {}
        self.adders: dict[str, EntryAdder] = {}  # the whole-deck page's new term / new reference
        self.current = -1  # -1: the whole deck's fields
        self.setObjectName("editor")
        self.setStyleSheet(style.STYLESHEET + EDITOR_STYLE)
        self._build()
        self.deck_menu()
        self._timers()
        self.model.changed.connect(self._field_changed)
        self.model.checked.connect(self._show_checks)
        self.model.slides_changed.connect(self._refill_list)
        self.model.undo_stack.cleanChanged.connect(self._update_status)
        self.renders.started.connect(lambda _slide, _q: self._render_progress(True))
        self.renders.landed.connect(self._render_landed)
        self.renders.failed.connect(lambda *_: self._render_progress(False, tr("The new picture could not be made.")))
        self.renders.idle.connect(lambda: self._render_progress(False))
        self._refill_list(0)
        self.slide_list.setFocus()
        self.resize(1280, 720)

    # --- layout ---------------------------------------------------------------------

    def _build(self) -> None:
        central = QWidget(objectName="central")
        outer = QVBoxLayout(central)
        outer.setContentsMargins(16, 12, 16, 12)
        top = QHBoxLayout()
        self.heading = QLabel()
        self.heading.setFont(style.font(22, bold=True))
        self.status = QLabel(objectName="status")
        self.status.setFont(style.font(16))
        self.status.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setFixedWidth(120)
        self.progress.hide()
        self.copy_button = QPushButton(tr("Make my copy"))
        self.copy_button.clicked.connect(self.make_copy)
        self.undo_button = QPushButton(tr("Undo"))
        self.undo_button.clicked.connect(self.model.undo_stack.undo)
        self.redo_button = QPushButton(tr("Redo"))
        self.redo_button.clicked.connect(self.model.undo_stack.redo)
        self.versions_button = QPushButton(tr("Earlier versions"))
        self.versions_button.setMenu(QMenu(self))
        self.versions_button.menu().aboutToShow.connect(self._fill_versions)
        self.save_button = QPushButton(tr("Save"))
        self.save_button.clicked.connect(self.save)
        for button in (self.copy_button, self.versions_button, self.undo_button, self.redo_button, self.save_button):
            button.setFont(style.font(16, bold=True))
        top.addWidget(self.heading)
        top.addSpacing(12)
        top.addWidget(self.status, 1)
        top.addWidget(self.progress)
        for button in (self.copy_button, self.versions_button, self.undo_button, self.redo_button, self.save_button):
            top.addWidget(button)
        outer.addLayout(top)

        split = QSplitter()
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 8, 0)
        self.slide_list = QListWidget(objectName="slides")
        self.slide_list.setFont(style.font(17))
        self.slide_list.setDragDropMode(QListWidget.DragDropMode.InternalMove)
        self.slide_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.slide_list.setWordWrap(True)
        self.slide_list.model().rowsMoved.connect(self._dragged)
        self.slide_list.currentRowChanged.connect(self._select)
        column.addWidget(self.slide_list, 1)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(tr("Add"))
        self.add_button.setMenu(self._add_menu())
        self.duplicate_button = QPushButton(tr("Duplicate"))
        self.duplicate_button.clicked.connect(lambda: self.model.duplicate_slide(self.current))
        self.remove_button = QPushButton(tr("Remove"))
        self.remove_button.clicked.connect(self._remove)
        for button in (self.add_button, self.duplicate_button, self.remove_button):
            button.setFont(style.font(15))
            buttons.addWidget(button)
        column.addLayout(buttons)
        hint = QLabel(tr("Alt+Up / Alt+Down move the slide"))
        hint.setObjectName("status")
        hint.setFont(style.font(14))
        column.addWidget(hint)
        split.addWidget(left)

        self.form_area = QScrollArea()
        self.form_area.setWidgetResizable(True)
        self.form_area.setFrameShape(QFrame.Shape.NoFrame)
        split.addWidget(self.form_area)
        split.setSizes([300, 980])
        split.setStretchFactor(1, 1)
        outer.addWidget(split, 1)
        self.setCentralWidget(central)

        shortcuts = {
            QKeySequence.StandardKey.Save: self.save,
            QKeySequence.StandardKey.Undo: self.model.undo_stack.undo,
            QKeySequence("Ctrl+Shift+Z"): self.model.undo_stack.redo,
            QKeySequence("Alt+Up"): lambda: self._move(-1),
            QKeySequence("Alt+Down"): lambda: self._move(1),
        }
        for keys, action in shortcuts.items():
            QShortcut(keys, self, action, context=Qt.ShortcutContext.WindowShortcut)

    def _add_menu(self) -> QMenu:
        menu = QMenu(self)
        scenes = menu.addMenu(tr("A new slide from a scene"))
        for name, spec in sorted(self.model.catalog.items()):

            def add_scene(spec: SceneSpec = spec) -> None:
                self._add_scene(spec)

            scenes.addAction(name, add_scene)
        decks = menu.addMenu(tr("A slide from another deck"))
        decks.aboutToShow.connect(lambda: self._fill_deck_slides(decks))
        return menu

    def _fill_deck_slides(self, menu: QMenu) -> None:
        """Each deck of the library with its slides (read when the menu opens)."""
        menu.clear()
        for entry in self.model.library.decks():
            if entry.path == self.model.path:
                continue
            try:
                source = DeckDocument.open(entry.path)
            except DocumentError:
                continue
            sub = menu.addMenu(entry.name)
            for number, slide in enumerate(source.slides):

                def add_slide(source: DeckDocument = source, number: int = number) -> None:
                    self.model.add_slide_from(source, number, self.current + 1)

                sub.addAction(str(slide.get("title") or slide.get("id")), add_slide)

    def _timers(self) -> None:
        self.autosave = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self.autosave.timeout.connect(self.model.autosave_draft)
        self.rerender = QTimer(self, singleShot=True, interval=RERENDER_MS)
        self.rerender.timeout.connect(self._queue_render)
        self.disk_poll = QTimer(self, interval=DISK_POLL_MS)
        self.disk_poll.timeout.connect(self.check_disk)
        self.disk_poll.start()

    # --- slide list -----------------------------------------------------------------

    def _refill_list(self, select: int) -> None:
        self.slide_list.blockSignals(True)
        self.slide_list.clear()
        self.slide_list.addItem(tr("The whole deck"))
        for index, slide in enumerate(self.model.document.slides):
            title = str(slide.get("title") or slide.get("id") or "")
            self.slide_list.addItem(tr("{number}. {title}").format(number=index + 1, title=title))
        self.slide_list.blockSignals(False)
        row = min(select + 1, self.slide_list.count() - 1) if select >= 0 else 0
        self.current = -2
        self.slide_list.setCurrentRow(row)
        self._select(row)
        self._update_status()

    def _select(self, row: int) -> None:
        if row - 1 == self.current or row < 0:
            return
        self.current = row - 1
        self._build_form()

    def _dragged(self, _parent, start: int, _end: int, _destination, row: int) -> None:
        source, target = start - 1, (row - 1 if row <= start else row - 2)
        if source < 0 or target < 0:
            QTimer.singleShot(0, lambda: self._refill_list(self.current))
            return
        QTimer.singleShot(0, lambda: self.model.move_slide(source, target))

    def _move(self, step: int) -> None:
        if self.current >= 0:
            self.model.move_slide(self.current, self.current + step)

    def _remove(self) -> None:
        if self.current < 0 or len(self.model.document.slides) <= 1:
            return
        title = str(self.model.document.get(f"slides[{self.current}].title") or "")
        if ask(
            self,
            tr("Remove this slide?"),
            tr("“{title}” will be removed from the deck. Undo (Ctrl+Z) brings it back.").format(title=title),
            tr("Remove"),
            tr("Keep"),
        ):
            self.model.remove_slide(self.current)

    def _add_scene(self, spec) -> None:
        from ruamel.yaml.comments import CommentedMap, CommentedSeq

        ids = {str(s.get("id")) for s in self.model.document.slides}
        base = "".join("-" + c.lower() if c.isupper() else c for c in spec.name).strip("-")
        slide_id, number = base, 2
        while slide_id in ids:
            slide_id, number = f"{base}-{number}", number + 1
        steps = CommentedSeq(CommentedMap([("id", step), ("narration", tr("(what to say)"))]) for step in spec.steps)
        slide = CommentedMap([("id", slide_id), ("title", spec.name), ("scene", spec.name), ("steps", steps)])
        self.model.add_slide(self.current + 1, slide)

    # --- the form -------------------------------------------------------------------

    def _build_form(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(8, 0, 16, 16)
        self.fields, self.grades, self.pictures, self.adders = [], {}, {}, {}
        if self.current < 0:
            self._deck_form(layout)
        else:
            self._slide_form(layout, self.current)
        layout.addStretch(1)
        old = self.form_area.takeWidget()
        if old is not None:  # (later: the edit may come from a button on it)
            old.hide()
            old.deleteLater()
        self.form_area.setWidget(page)
        self._show_checks(self.model.result)
        page.setEnabled(True)

    def _add(self, layout: QVBoxLayout, box: FieldBox) -> FieldBox:
        layout.addWidget(self._track(box))
        return box

    def _track(self, box: FieldBox) -> FieldBox:
        """Show the field's problems from now on; read-only for a built-in deck."""
        if hasattr(box.control, "setReadOnly"):
            box.control.setReadOnly(self.model.read_only)
        else:
            box.control.setEnabled(not self.model.read_only)
        self.fields.append(box)
        return box

    def _deck_form(self, layout: QVBoxLayout) -> None:
        model = self.model
        layout.addWidget(section_title(tr("The whole deck")))
        self._add(layout, text_box(model, "title", tr("Title")))
        self._add(layout, text_box(model, "language", tr("Language code (en, es)")))
        self._add(layout, number_box(model, "reading_level", tr("Reading level: highest school grade"), 1, 16))
        self._add(layout, text_box(model, "end_card", tr("End card (the waiting-room video's last words)"), 2))
        for section, title in (("glossary", tr("Glossary")), ("references", tr("References"))):
            layout.addWidget(section_title(title))
            adder = EntryAdder(model, section, self._entry_added)
            for key in list(model.document.get(section) or {}):
                entry = self._add(layout, text_box(model, f"{section}.{key}", str(key), 2))
                entry.layout().insertWidget(
                    2, remove_button(model, section, str(key), adder.say), 0, Qt.AlignmentFlag.AlignLeft
                )
            self.adders[section] = adder
            layout.addWidget(adder)

    def _entry_added(self, section: str) -> None:
        """The form was rebuilt with the new entry: the next one can be typed at once."""
        if section in self.adders:
            self.adders[section].key.setFocus()

    def _slide_form(self, layout: QVBoxLayout, index: int) -> None:
        model, path = self.model, f"slides[{index}]"
        scene = str(model.document.get(f"{path}.scene") or "")
        spec = model.catalog.get(scene)
        layout.addWidget(section_title(tr("Slide {number}: scene {scene}").format(number=index + 1, scene=scene)))
        self._add(layout, text_box(model, f"{path}.title", tr("Title")))
        layout.addWidget(section_title(tr("Steps")))
        for s_index, _step in enumerate(model.document.get(f"{path}.steps") or []):
            layout.addWidget(self._step_box(index, s_index))
        self._add(
            layout, text_box(model, f"{path}.notes", tr("Notes (for you only, never on the patient's screen)"), 3)
        )
        self._add(layout, reference_picker(model, f"{path}.references", tr("References")))
        if spec is None:
            return
        layout.addWidget(section_title(tr("The picture (a change makes a new picture)")))
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        boxes = [
            param_box(model, f"{path}.params.{name}", name, default, spec) for name, default in spec.params.items()
        ]
        boxes += [
            text_box(
                model,
                f"{path}.labels.{name}",
                tr("Word: {name}").format(name=name),
                placeholder=str(default),
                empty_is_default=True,
            )
            for name, default in spec.labels.items()
        ]
        for number, box in enumerate(boxes):
            grid.addWidget(self._track(box), number // 2, number % 2)
        layout.addLayout(grid)

    def _step_box(self, index: int, s_index: int) -> QFrame:
        path = f"slides[{index}].steps[{s_index}]"
        box = QFrame(objectName="stepBox")
        row = QHBoxLayout(box)
        picture = QLabel()
        picture.setFixedSize(*PICTURE)
        picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        picture.setObjectName("status")
        self.pictures[s_index] = picture
        row.addWidget(picture, 0, Qt.AlignmentFlag.AlignTop)
        words = QVBoxLayout()
        step_id = str(self.model.document.get(f"{path}.id") or "")
        words.addWidget(section_title(tr("Step {number}: {id}").format(number=s_index + 1, id=step_id)))
        narration = self._add(words, text_box(self.model, f"{path}.narration", tr("Narration (what you say)"), 3))
        grade = GradeLabel(self.model, f"{path}.narration")
        self.grades[f"{path}.narration"] = grade
        narration.layout().insertWidget(2, grade)  # right under the words it grades
        self._add(words, text_box(self.model, f"{path}.caption", tr("Caption (short, on screen)")))
        self._add(words, number_box(self.model, f"{path}.hold", tr("Hold (seconds, for video exports)"), 0, 120))
        row.addLayout(words, 1)
        self._show_pictures(index)
        return box

    # --- model events ---------------------------------------------------------------

    def _field_changed(self, field: str, quiet: bool) -> None:
        self.autosave.start()
        if field in self.grades:
            self.grades[field].update_grade()
        if not quiet:
            self._refill_list(self.current)
        elif field.endswith(".title") and field.startswith("slides["):
            index = int(field[7 : field.index("]")])
            title = str(self.model.document.get(field) or "")
            self.slide_list.item(index + 1).setText(tr("{number}. {title}").format(number=index + 1, title=title))
        if self.rerenders and (".params." in field or ".labels." in field):
            self.rerender.start()
        self._update_status()

    def _show_checks(self, checked) -> None:
        for box in self.fields:
            box.show_problems(checked)
        self._update_status()

    def _update_status(self, *_clean: bool) -> None:
        model = self.model
        self.heading.setText(str(model.document.get("title") or model.path.stem))
        self.setWindowTitle(tr("{title} — editing").format(title=model.path.name))
        errors, warnings = len(model.result.errors), len(model.result.warnings)
        if model.read_only:
            text = tr("A built-in deck: read-only. “Make my copy” to change it.")
        elif errors:
            text = (
                tr(
                    "{n} problems to fix before it can be presented: saving keeps a draft, "
                    "the presenter shows the last good version."
                )
                if errors != 1
                else tr(
                    "1 problem to fix before it can be presented: saving keeps a draft, "
                    "the presenter shows the last good version."
                )
            ).format(n=errors)
        elif model.dirty:
            text = (
                tr("Unsaved changes. {n} warnings.") if warnings != 1 else tr("Unsaved changes. 1 warning.")
            ).format(n=warnings)
        else:
            text = (tr("Saved. {n} warnings.") if warnings != 1 else tr("Saved. 1 warning.")).format(n=warnings)
        self.status.setText(text)
        self.copy_button.setVisible(model.read_only)
        self.versions_button.setVisible(not model.read_only)
        self.save_button.setEnabled(not model.read_only)
        for button in (self.add_button, self.duplicate_button, self.remove_button):
            button.setEnabled(not model.read_only)


def run_editor(path: Path, cache_root: Path) -> int:
    """`presenter edit DECK`: the editor alone, until its window is closed."""
    from presenter.app.main import application

    app = application()
    window = EditorWindow(path, RenderCache(Path(cache_root)))
    area = app.primaryScreen().availableGeometry()
    window.resize(min(1500, area.width() * 19 // 20), min(960, area.height() * 9 // 10))
    window.move(area.center() - window.rect().center())
    window.show()
    window.offer_draft()
    return app.exec()
