"""The app's one readable dialog: large type, the app's colours, Enter confirms, Esc cancels.

``ask`` and ``tell`` replace QMessageBox everywhere (tests replace them
where they are imported, to answer without showing a window).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from presenter.app import style


def _dialog(parent: QWidget | None, title: str, text: str, buttons: list[tuple[str, bool]]) -> bool:
    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setStyleSheet(style.STYLESHEET + "QDialog { background: #13243A; } QPushButton#secondary { "
                         "background: transparent; color: #F4F4F4; border: 2px solid #56B4E9; }")
    layout = QVBoxLayout(dialog)
    layout.setContentsMargins(28, 24, 28, 20)
    layout.setSpacing(18)
    heading = QLabel(title)
    heading.setFont(style.font(22, bold=True))
    body = QLabel(text)
    body.setFont(style.font(18))
    body.setWordWrap(True)
    body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    body.setMinimumWidth(460)
    layout.addWidget(heading)
    layout.addWidget(body)
    row = QHBoxLayout()
    row.addStretch(1)
    for label, result in buttons:
        button = QPushButton(label)
        button.setFont(style.font(17, bold=result))
        button.setAutoDefault(False)
        button.setDefault(result)
        button.setObjectName("primary" if result else "secondary")
        button.clicked.connect(dialog.accept if result else dialog.reject)
        row.addWidget(button)
    layout.addLayout(row)
    return dialog.exec() == QDialog.DialogCode.Accepted


def ask(parent: QWidget | None, title: str, text: str, confirm: str, cancel: str) -> bool:
    """A yes/no question; True when confirmed (Enter), False when cancelled (Esc)."""
    return _dialog(parent, title, text, [(cancel, False), (confirm, True)])


def tell(parent: QWidget | None, title: str, text: str) -> None:
    """A message with one OK button."""
    _dialog(parent, title, text, [(QCoreApplication.translate("dialogs", "OK"), True)])
