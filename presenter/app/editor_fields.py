"""The editor's fields: one typed control per deck field, with its problems shown beneath.

A field knows its path in the deck (``slides[0].steps[1].narration``), sends
edits to the model and shows the checks' problems about that path in plain
words. Controls follow the scene's declaration: whole numbers with their
bounds, choices as a drop-down, yes/no as a tick box, text as text.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from presenter.app import style
from presenter.app.editor_model import EditorModel
from presenter.deck.document import Checked
from presenter.deck.readability import readability
from scenes import look

FIELD_TEXT = 17  # px: the words a clinician edits
LABEL_TEXT = 15


def tr(text: str) -> str:
    return QCoreApplication.translate("editor", text)


class FieldBox(QWidget):
    """A caption, one control and the problems the checks find in the field."""

    def __init__(self, model: EditorModel, field: str, caption: str, control: QWidget, parent=None):
        super().__init__(parent)
        self.model, self.field, self.control = model, field, control
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.setSpacing(3)
        self.caption = QLabel(caption)
        self.caption.setObjectName("fieldCaption")
        self.caption.setFont(style.font(LABEL_TEXT, bold=True))
        self.caption.setBuddy(control)
        control.setFont(style.font(FIELD_TEXT))
        control.setAccessibleName(caption)
        self.problems = QLabel()
        self.problems.setObjectName("fieldProblems")
        self.problems.setFont(style.font(LABEL_TEXT))
        self.problems.setWordWrap(True)
        self.problems.hide()
        layout.addWidget(self.caption)
        layout.addWidget(control)
        layout.addWidget(self.problems)
        self.local_error = ""

    def show_problems(self, checked: Checked) -> None:
        lines = [f"⚠ {self.local_error}"] if self.local_error else []
        for problem in checked.for_field(self.field):
            mark = "✖" if problem in checked.errors else "⚠"
            lines.append(f"{mark} {problem.message} {problem.hint}".strip())
        self.problems.setText("\n".join(lines))
        self.problems.setVisible(bool(lines))


def text_box(
    model: EditorModel, field: str, caption: str, lines: int = 1, placeholder: str = "", empty_is_default: bool = False
) -> FieldBox:
    """Text: one line, or a box of a few lines (narration, notes); emptied labels use their default."""
    value = model.document.get(field) or ""
    control: QWidget
    if lines == 1:
        control = QLineEdit(" ".join(str(value).split()))
        control.setPlaceholderText(placeholder)
        box = FieldBox(model, field, caption, control)
        control.textEdited.connect(
            lambda text: model.set(field, None if empty_is_default and not text.strip() else text, typing=True)
        )
    else:
        control = QPlainTextEdit(" ".join(str(value).split()))
        control.setPlaceholderText(placeholder)
        control.setTabChangesFocus(True)
        control.setFixedHeight(int(lines * FIELD_TEXT * 1.6 + 16))
        box = FieldBox(model, field, caption, control)
        control.textChanged.connect(lambda: model.set(field, control.toPlainText(), typing=True))
    return box


def number_box(model: EditorModel, field: str, caption: str, low: float, high: float) -> FieldBox:
    """An optional number typed as text: a bad value is shown beside it and not written."""
    value = model.document.get(field)
    control = QLineEdit("" if value is None else f"{float(value):g}")
    control.setPlaceholderText(tr("automatic"))
    control.setMaximumWidth(160)
    box = FieldBox(model, field, caption, control)

    def edited(text: str) -> None:
        text = text.strip().replace(",", ".")
        if not text:
            box.local_error = ""
            model.set(field, None, typing=True)
            return
        try:
            number = float(text)
        except ValueError:
            number = None
        if number is None or not low <= number <= high:
            box.local_error = tr("Write a number of seconds from {low} to {high}, or leave it empty.").format(
                low=f"{low:g}", high=f"{high:g}"
            )
            box.show_problems(model.result)
            return
        box.local_error = ""
        model.set(field, int(number) if number.is_integer() else number, typing=True)

    control.textEdited.connect(edited)
    return box


def param_box(model: EditorModel, field: str, name: str, default: Any, spec: Any) -> FieldBox:
    """A scene param as its declaration says: choices, a bounded whole number, yes/no, text."""
    value = model.document.get(field, default)
    control: QWidget
    if name in spec.choices:
        control = QComboBox()
        control.addItems(list(spec.choices[name]))
        control.setCurrentText(str(value))
        control.currentTextChanged.connect(lambda text: model.set(field, text, from_widget=True))
    elif isinstance(default, bool):
        control = QCheckBox(tr("yes"))
        control.setChecked(bool(value))
        control.toggled.connect(lambda on: model.set(field, on, from_widget=True))
    elif isinstance(default, int):
        control = QSpinBox()
        low, high = spec.bounds.get(name, (-(10**6), 10**6))
        control.setRange(int(low), int(high))
        control.setValue(int(value) if isinstance(value, (int, float)) else default)
        control.setKeyboardTracking(False)
        control.valueChanged.connect(lambda number: model.set(field, number, from_widget=True))
    elif isinstance(default, float):
        control = QDoubleSpinBox()
        low, high = spec.bounds.get(name, (-(10**6), 10**6))
        control.setRange(float(low), float(high))
        control.setSingleStep(0.05)
        control.setValue(float(value) if isinstance(value, (int, float)) else default)
        control.setKeyboardTracking(False)
        control.valueChanged.connect(lambda number: model.set(field, number, from_widget=True))
    else:
        return text_box(model, field, name, placeholder=str(default))
    control.setMaximumWidth(260)
    caption = tr("{name} (default {default})").format(name=name, default=default)
    return FieldBox(model, field, caption, control)


class GradeLabel(QLabel):
    """A step's reading grade, updated as the narration is typed."""

    def __init__(self, model: EditorModel, field: str):
        super().__init__()
        self.model, self.field = model, field
        self.setFont(style.font(LABEL_TEXT, bold=True))
        self.update_grade()

    def update_grade(self) -> None:
        text = " ".join(str(self.model.document.get(self.field) or "").split())
        language = str(self.model.document.get("language") or "en")
        level = readability(text, language) if text else None
        target = float(self.model.document.get("reading_level") or 8)
        if level is None or not level.words:
            self.setText(tr("Reading grade: —"))
            return
        colour = look.TEXT if round(level.grade, 1) <= target else look.YELLOW
        self.setStyleSheet(f"color: {colour};")
        self.setText(
            tr("Reading grade {grade} (target {target} or lower)").format(
                grade=f"{level.grade:.1f}", target=f"{target:g}"
            )
        )


def reference_picker(model: EditorModel, field: str, caption: str) -> FieldBox:
    """The slide's references, ticked from the deck's list."""
    from PySide6.QtWidgets import QListWidget, QListWidgetItem

    chosen = [str(k) for k in (model.document.get(field) or [])]
    keys = [str(k) for k in (model.document.get("references") or {})]
    control = QListWidget()
    control.setObjectName("references")
    for key in keys + [k for k in chosen if k not in keys]:
        item = QListWidgetItem(key)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if key in chosen else Qt.CheckState.Unchecked)
        control.addItem(item)
    control.setFixedHeight(min(6, max(2, len(keys))) * 30 + 8)

    def toggled() -> None:
        ticked = [
            control.item(i).text()
            for i in range(control.count())
            if control.item(i).checkState() == Qt.CheckState.Checked
        ]
        model.set(field, ticked, from_widget=True)

    control.itemChanged.connect(lambda _item: toggled())
    return FieldBox(model, field, caption, control)


def section_title(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("sectionTitle")
    label.setFont(style.font(19, bold=True))
    return label
