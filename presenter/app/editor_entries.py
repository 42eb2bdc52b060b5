"""Adding and removing the deck's glossary terms and references (the whole-deck page).

Each add or remove is one edit on the model's undo stack; the new entry is
checked as it is typed (an empty, doubled or unusable key is said inline),
and a reference still cited by a slide is not removed: the slides are named.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from presenter.app import style
from presenter.app.editor_fields import FIELD_TEXT, LABEL_TEXT
from presenter.app.editor_model import EditorModel

SECTIONS = ("glossary", "references")


def tr(text: str) -> str:
    return QCoreApplication.translate("editor", text)


def entry_problem(model: EditorModel, section: str, key: str, text: str) -> str:
    """What stops this entry from being added, in plain words ("" when it can be added)."""
    key = key.strip()
    glossary = section == "glossary"
    if not key:
        return tr("Write the term.") if glossary else tr("Write the reference's short key.")
    if any(mark in key for mark in ".[]"):
        return tr("A term cannot contain . [ or ].") if glossary else tr("A key cannot contain . [ or ].")
    existing = {str(k).casefold() for k in (model.document.get(section) or {})}
    if key.casefold() in existing:
        return (
            tr("“{key}” is already in the glossary.") if glossary else tr("“{key}” is already in the references.")
        ).format(key=key)
    if not text.strip():
        return tr("Write its definition in plain words.") if glossary else tr("Write the full citation.")
    return ""


class EntryAdder(QWidget):
    """A new term and its definition (or a key and its citation), an Add button and what is wrong."""

    def __init__(self, model: EditorModel, section: str, added: Callable[[str], None]):
        super().__init__()
        self.model, self.section, self.added = model, section, added
        glossary = section == "glossary"
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 4)
        caption = QLabel(tr("A new term and what it means") if glossary else tr("A new reference"))
        caption.setObjectName("fieldCaption")
        caption.setFont(style.font(LABEL_TEXT, bold=True))
        row = QHBoxLayout()
        self.key = QLineEdit()
        self.key.setPlaceholderText(tr("term") if glossary else tr("key, e.g. smith-2020"))
        self.key.setAccessibleName(tr("New term") if glossary else tr("New reference key"))
        self.key.setMaximumWidth(260)
        self.text = QLineEdit()
        self.text.setPlaceholderText(tr("its meaning in plain words") if glossary else tr("the full citation"))
        self.text.setAccessibleName(tr("New term's definition") if glossary else tr("New reference's citation"))
        self.button = QPushButton(tr("Add term") if glossary else tr("Add reference"))
        self.button.setFont(style.font(15))
        caption.setBuddy(self.key)
        for control in (self.key, self.text):
            control.setFont(style.font(FIELD_TEXT))
            control.textEdited.connect(lambda _text: self.validate())
            control.returnPressed.connect(self.add)
        self.button.clicked.connect(self.add)
        row.addWidget(self.key)
        row.addWidget(self.text, 1)
        row.addWidget(self.button)
        self.message = QLabel(objectName="fieldProblems")
        self.message.setFont(style.font(LABEL_TEXT))
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(caption)
        layout.addLayout(row)
        layout.addWidget(self.message)
        self.validate()

    def say(self, text: str) -> None:
        self.message.setText(f"⚠ {text}" if text else "")
        self.message.setVisible(bool(text))

    def validate(self) -> bool:
        """Enable Add only for an entry that can be added; say why not once something is typed."""
        problem = entry_problem(self.model, self.section, self.key.text(), self.text.text())
        self.button.setEnabled(not problem and not self.model.read_only)
        typed = bool(self.key.text().strip() or self.text.text().strip())
        self.say(problem if typed else "")
        return not problem

    def add(self) -> None:
        if self.model.read_only:
            return
        if not self.validate():
            self.say(entry_problem(self.model, self.section, self.key.text(), self.text.text()))
            return
        key = self.key.text().strip()
        self.model.add_entry(self.section, key, " ".join(self.text.text().split()))
        self.added(self.section)


def remove_button(model: EditorModel, section: str, key: str, refused: Callable[[str], None]) -> QPushButton:
    """Remove one term or reference (one undo step); a reference still cited stays, and why is said."""
    glossary = section == "glossary"
    button = QPushButton(tr("Remove term") if glossary else tr("Remove reference"))
    button.setFont(style.font(15))
    button.setAccessibleName(
        (tr("Remove the term “{key}”") if glossary else tr("Remove the reference “{key}”")).format(key=key)
    )
    button.setEnabled(not model.read_only)

    def remove() -> None:
        citing = model.citing(key) if not glossary else []
        if citing:
            slides = ", ".join(
                tr("slide {number} “{title}”").format(number=index + 1, title=title) for index, title in citing
            )
            refused(
                tr("“{key}” is still cited on {slides}. Untick it on those slides first, then remove it.").format(
                    key=key, slides=slides
                )
            )
            return
        model.remove_entry(section, key)

    button.clicked.connect(remove)
    return button
