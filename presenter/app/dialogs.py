"""The app's one dialog: a question (``ask``) or a message (``tell``) in the app's own look.

Dark card, the app's typeface at reading sizes, text at 14:1 contrast on its
background; the confirming button is the default, so Enter answers yes and
Esc answers no. It opens on the screen of the window it is asked from: pass
the clinician's window, never the audience's.

Tests replace the module functions (``monkeypatch.setattr(dialogs, "ask", ...)``);
callers therefore write ``dialogs.ask(...)``, never ``from ... import ask``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from presenter.app import style
from presenter.app.i18n import tr
from scenes import look

STYLESHEET = f"""
QDialog#appDialog {{ background: {style.PANEL.name()}; border: 2px solid {look.SKY_BLUE}; }}
QLabel#dialogTitle {{ color: {look.TEXT}; background: transparent; }}
QLabel#dialogText {{ color: {look.TEXT}; background: transparent; }}
QPushButton {{ background: transparent; color: {look.TEXT}; border: 2px solid {look.TEXT_SOFT};
               border-radius: 10px; padding: 10px 26px; }}
QPushButton:default {{ background: {look.SKY_BLUE}; color: {look.BACKGROUND}; border-color: {look.SKY_BLUE}; }}
QPushButton:focus {{ border-color: {look.YELLOW}; }}
"""


class AppDialog(QDialog):
    """A title, a few lines of plain words and one or two buttons; the first button is the default."""

    def __init__(self, parent: QWidget | None, title: str, text: str, confirm: str, cancel: str | None = None):
        super().__init__(parent)
        self.setObjectName("appDialog")
        self.setWindowTitle(title)
        self.setModal(True)
        self.setStyleSheet(STYLESHEET)
        self.title = QLabel(title, self, objectName="dialogTitle", wordWrap=True)
        self.title.setFont(style.font(26, bold=True))
        self.text = QLabel(text, self, objectName="dialogText", wordWrap=True)
        self.text.setFont(style.font(19))
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.confirm = QPushButton(confirm, self)
        self.confirm.setDefault(True)
        self.confirm.clicked.connect(self.accept)
        self.cancel = QPushButton(cancel, self) if cancel else None
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.cancel, self.confirm):
            if button is not None:
                button.setFont(style.font(19, bold=True))
                button.setMinimumHeight(48)
                buttons.addWidget(button)
        if self.cancel is not None:
            self.cancel.setAutoDefault(False)
            self.cancel.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(36, 30, 36, 28)
        layout.setSpacing(18)
        layout.addWidget(self.title)
        layout.addWidget(self.text, 1)
        layout.addLayout(buttons)
        self.setMinimumWidth(520)
        self.setMaximumWidth(760)
        self.confirm.setFocus()

    def place(self) -> None:
        """Centre on the screen of the window it was asked from (the clinician's)."""
        self.adjustSize()
        parent = self.parentWidget()
        screen = parent.screen() if parent is not None else self.screen()
        area = screen.availableGeometry()
        if parent is not None and parent.isVisible():
            centre = parent.frameGeometry().center()
            centre = centre if area.contains(centre) else area.center()
        else:
            centre = area.center()
        self.setScreen(screen)
        self.move(centre - self.rect().center())

    def showEvent(self, event) -> None:  # noqa: ANN001
        self.place()
        super().showEvent(event)
        self.confirm.setFocus()


def ask(parent: QWidget | None, title: str, text: str, confirm: str, cancel: str) -> bool:
    """A yes/no question; True when ``confirm`` is chosen (Enter), False for ``cancel`` (Esc)."""
    return AppDialog(parent, title, text, confirm, cancel).exec() == QDialog.DialogCode.Accepted


def tell(parent: QWidget | None, title: str, text: str) -> None:
    """A message the user reads and closes (Enter or Esc)."""
    AppDialog(parent, title, text, tr("OK")).exec()


def button_row(*buttons: QPushButton) -> QHBoxLayout:
    """The app's dialog buttons, right-aligned, in its type and a touch-friendly height."""
    row = QHBoxLayout()
    row.addStretch(1)
    for button in buttons:
        button.setFont(style.font(18, bold=True))
        button.setMinimumHeight(44)
        row.addWidget(button)
    return row
