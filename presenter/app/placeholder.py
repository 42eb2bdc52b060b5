"""What stands where the animation goes when it cannot play yet: a calm card with the narration.

The clinician can keep talking: the card says what is happening in a
sentence and shows the step's narration in large type.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from presenter.app import style
from presenter.app.busy_bar import BusyBar
from presenter.app.i18n import tr


class Placeholder(QWidget):
    """A 16:9 card: a headline, a detail line, the narration, a busy bar or a retry button."""

    retry = Signal()

    def __init__(self, parent: QWidget | None = None, *, offer_retry: bool = False, busy_bar: bool = True):
        super().__init__(parent)
        self.offer_retry, self.busy_bar = offer_retry, busy_bar
        self.card = QFrame(self)
        self.card.setObjectName("placeholder")
        self.title = QLabel(self.card)
        self.detail = QLabel(self.card, objectName="status")
        self.narration = QLabel(self.card, objectName="placeholderNarration")
        self.progress = BusyBar(self.card)
        self.button = QPushButton(tr("Prepare it again"), self.card)
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.clicked.connect(self.retry)
        for label in (self.title, self.detail, self.narration):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
        layout = QVBoxLayout(self.card)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.setSpacing(16)
        layout.addStretch(1)
        layout.addWidget(self.title)
        layout.addWidget(self.detail)
        layout.addSpacing(8)
        layout.addWidget(self.progress, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(8)
        layout.addWidget(self.narration)
        layout.addStretch(1)

    def set_state(self, headline: str, detail: str, narration: str, *, failed: bool, calm: bool = False) -> None:
        """Fill the card; ``calm`` (the end card) shows neither a busy bar nor a retry button."""
        self.title.setText(headline)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        self.narration.setText(narration)
        self.progress.setVisible(not failed and not calm and self.busy_bar)
        self.button.setVisible(failed and not calm and self.offer_retry)

    def resizeEvent(self, event: QResizeEvent) -> None:
        size = QSize(16, 9).scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        self.card.setGeometry(
            QRect((self.width() - size.width()) // 2, (self.height() - size.height()) // 2, size.width(), size.height())
        )
        scale = max(size.height(), 200)
        self.title.setFont(style.font(max(18, scale // 16)))
        self.detail.setFont(style.font(max(13, scale // 32)))
        self.narration.setFont(style.font(max(16, scale // 20)))
        self.button.setFont(style.font(max(14, scale // 30)))
        super().resizeEvent(event)
