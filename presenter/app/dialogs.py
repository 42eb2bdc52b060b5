"""The app's one readable dialog: a question (``ask``) or a message (``tell``), in large type."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from presenter.app import style
from scenes import look

STYLESHEET = f"""
QDialog#plainDialog {{ background: {style.PANEL.name()}; }}
QLabel#dialogTitle {{ color: {look.TEXT}; }}
QLabel#dialogText {{ color: {look.TEXT}; }}
QPushButton#secondary {{ background: transparent; color: {look.SKY_BLUE}; border: 2px solid {look.SKY_BLUE}; }}
"""


def _dialog(parent: QWidget | None, title: str, text: str, buttons: list[tuple[str, bool]]) -> bool:
    dialog = QDialog(parent, objectName="plainDialog")
    dialog.setWindowTitle(title)
    dialog.setStyleSheet(style.STYLESHEET + STYLESHEET)
    dialog.setMinimumWidth(560)
    heading = QLabel(title, dialog, objectName="dialogTitle", wordWrap=True)
    heading.setFont(style.font(24, bold=True))
    body = QLabel(text, dialog, objectName="dialogText", wordWrap=True)
    body.setFont(style.font(18))
    body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    row = QHBoxLayout()
    row.addStretch(1)
    for label, accepts in buttons:
        button = QPushButton(label, dialog, objectName="primary" if accepts else "secondary")
        button.setFont(style.font(18, bold=accepts))
        button.clicked.connect(dialog.accept if accepts else dialog.reject)
        button.setDefault(accepts)
        row.addWidget(button)
    layout = QVBoxLayout(dialog)
    layout.setContentsMargins(32, 28, 32, 24)
    layout.setSpacing(16)
    layout.addWidget(heading)
    layout.addWidget(body)
    layout.addLayout(row)
    return dialog.exec() == QDialog.DialogCode.Accepted


def ask(parent: QWidget | None, title: str, text: str, confirm: str, cancel: str) -> bool:
    """A yes/no question; True when ``confirm`` was pressed."""
    return _dialog(parent, title, text, [(cancel, False), (confirm, True)])


def tell(parent: QWidget | None, title: str, text: str) -> None:
    """A message with one OK button."""
    from PySide6.QtCore import QCoreApplication

    _dialog(parent, title, text, [(QCoreApplication.translate("dialogs", "OK"), True)])
