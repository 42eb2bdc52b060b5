"""The "Clinic details" dialog: the clinic's name and its emergency and crisis numbers, kept in the settings.

One column for every language, one per language the decks use: a box left
empty takes the one on its left (its placeholder shows which), and the
numbers are the US ones (911, 988) when none is set. They fill the decks'
words and pictures wherever a deck does not set its own (presenter/deck/clinic.py).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QGridLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from presenter.app import style
from presenter.app import dialogs
from presenter.app.i18n import tr
from presenter.app.start_parts import language_name
from presenter.deck.clinic import CLINIC_FIELDS, DEFAULTS, EVERY_LANGUAGE, LONGEST, detail_problem
from presenter.settings import Settings
from scenes import look

STYLESHEET = f"""
QDialog#clinicDialog {{ background: {look.BACKGROUND}; }}
QLabel#formLabel, QLabel#clinicHelp {{ color: {look.TEXT_SOFT}; }}
QLabel#clinicError {{ color: {look.ORANGE}; }}
QLineEdit {{ background: {style.PANEL.name()}; color: {look.TEXT}; border: 2px solid #2A4463;
             border-radius: 8px; padding: 6px 8px; }}
QLineEdit:focus {{ border-color: {look.YELLOW}; }}
QLineEdit[invalid="true"] {{ border-color: {look.ORANGE}; }}
QPushButton#secondary {{ background: transparent; color: {look.SKY_BLUE}; border: 2px solid {look.SKY_BLUE}; }}
QPushButton:focus {{ border: 2px solid {look.YELLOW}; }}
"""


def field_name(field: str) -> str:
    return {"name": tr("Clinic name"), "emergency": tr("Emergency number"), "crisis": tr("Crisis line")}[field]


class ClinicDialog(QDialog):
    """Edit ``settings.clinic`` for every language and for each of ``languages``; Save writes it back."""

    def __init__(self, settings: Settings, languages: Sequence[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        self.columns = [EVERY_LANGUAGE, *dict.fromkeys(languages)]
        self.setObjectName("clinicDialog")
        self.setWindowTitle(tr("Clinic details"))
        self.setStyleSheet(style.STYLESHEET + STYLESHEET)
        self.setModal(True)
        heading = QLabel(tr("Clinic details"), self)
        heading.setFont(style.font(28, bold=True))
        help_text = QLabel(
            tr(
                "The decks say these where their words or pictures name the clinic or its numbers, unless a deck "
                "sets its own. A box left empty uses the one on its left; without any, the numbers are the US "
                "ones, 911 and 988. A slide that shows a number is made again when the number changes."
            ),
            self,
            objectName="clinicHelp",
            wordWrap=True,
        )
        help_text.setFont(style.font(16))
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(10)
        self.boxes: dict[tuple[str, str], QLineEdit] = {}
        for column, language in enumerate(self.columns, start=1):
            title = QLabel(tr("Every language") if language == EVERY_LANGUAGE else language_name(language), self)
            title.setFont(style.font(17, bold=True))
            grid.addWidget(title, 0, column)
            for row, field in enumerate(CLINIC_FIELDS, start=1):
                box = QLineEdit(self.settings.clinic.get(language, {}).get(field, ""), self)
                box.setFont(style.font(17))
                box.setMaxLength(LONGEST[field] + 20)  # room to paste, then a plain message
                box.setMinimumWidth(200)
                box.textChanged.connect(self._update_placeholders)
                self.boxes[(language, field)] = box
                grid.addWidget(box, row, column)
        for row, field in enumerate(CLINIC_FIELDS, start=1):
            label = QLabel(field_name(field), self, objectName="formLabel")
            label.setFont(style.font(17))
            label.setBuddy(self.boxes[(EVERY_LANGUAGE, field)])
            grid.addWidget(label, row, 0)
        self.error = QLabel("", self, objectName="clinicError", wordWrap=True)
        self.error.setFont(style.font(16))
        self.error.hide()
        self.cancel = QPushButton(tr("Cancel"), self, objectName="secondary")
        self.cancel.clicked.connect(self.reject)
        self.save = QPushButton(tr("Save"), self)
        self.save.setDefault(True)
        self.save.clicked.connect(self.try_save)
        buttons = dialogs.button_row(self.cancel, self.save)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 26, 32, 24)
        layout.setSpacing(14)
        layout.addWidget(heading)
        layout.addWidget(help_text)
        layout.addLayout(grid)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.setMinimumWidth(min(1100, 260 + 230 * len(self.columns)))
        self._update_placeholders()
        self.boxes[(EVERY_LANGUAGE, "name")].setFocus(Qt.FocusReason.OtherFocusReason)

    def _update_placeholders(self) -> None:
        """Each empty box shows, greyed, what it will use: the box on its left, else the default."""
        for field in CLINIC_FIELDS:
            inherited = DEFAULTS.get(field, "")
            for language in self.columns:
                box = self.boxes[(language, field)]
                box.setPlaceholderText(inherited or tr("not set"))
                inherited = box.text().strip() or inherited

    def details(self) -> dict[str, dict[str, str]]:
        """What the boxes say, per language (empty boxes and languages left out)."""
        result: dict[str, dict[str, str]] = {}
        for (language, field), box in self.boxes.items():
            text = " ".join(box.text().split())
            if text:
                result.setdefault(language, {})[field] = text
        return result

    def problems(self) -> list[str]:
        """A plain sentence for each box that cannot be used; those boxes are marked."""
        found = []
        for (language, field), box in self.boxes.items():
            problem = detail_problem(field, box.text())
            box.setProperty("invalid", problem is not None)
            box.style().unpolish(box)
            box.style().polish(box)
            where = tr("Every language") if language == EVERY_LANGUAGE else language_name(language)
            if problem == "not_phone":
                found.append(
                    tr("{field} ({language}): a phone number has only digits, spaces and + - ( ).").format(
                        field=field_name(field), language=where
                    )
                )
            elif problem == "too_long":
                found.append(
                    tr("{field} ({language}): at most {count} characters, so that it fits on a slide.").format(
                        field=field_name(field), language=where, count=LONGEST[field]
                    )
                )
        return found

    def try_save(self) -> None:
        """Keep the details in the settings and close, or say what to fix."""
        problems = self.problems()
        self.error.setText("\n".join(problems))
        self.error.setVisible(bool(problems))
        if problems:
            return
        self.settings.clinic = self.details()
        self.accept()
