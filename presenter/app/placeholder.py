"""What stands where the video goes while a slide's animation is being prepared."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QProgressBar, QVBoxLayout, QWidget

from presenter.app import style


class Placeholder(QWidget):
    """A calm 16:9 card: what is happening, which slide, and a busy bar."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.card = QFrame(self)
        self.card.setObjectName("placeholder")
        self.title = QLabel(self.card)
        self.detail = QLabel(self.card)
        self.detail.setObjectName("status")
        self.progress = QProgressBar(self.card)
        self.progress.setRange(0, 0)  # busy: a render reports start and end only
        self.progress.setTextVisible(False)
        self.progress.setFixedWidth(320)
        for label in (self.title, self.detail):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
        layout = QVBoxLayout(self.card)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.setSpacing(18)
        layout.addStretch(1)
        layout.addWidget(self.title)
        layout.addWidget(self.detail)
        layout.addSpacing(8)
        layout.addWidget(self.progress, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)

    def show_preparing(self, slide: int, slides: int, rendering: bool) -> None:
        self.title.setText("Preparing the animation…")
        where = f"Slide {slide + 1} of {slides}"
        self.detail.setText(f"{where} · it will start by itself when it is ready" if rendering
                            else f"{where} · waiting for its turn to be prepared")
        self.progress.show()

    def show_failed(self, slide: int, slides: int, error: str) -> None:
        self.title.setText("This animation could not be prepared.")
        self.detail.setText(f"Slide {slide + 1} of {slides} · {error}\n"
                            "You can still read the narration and move on.")
        self.progress.hide()

    def resizeEvent(self, event: QResizeEvent) -> None:
        size = QSize(16, 9).scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        self.card.setGeometry(QRect((self.width() - size.width()) // 2,
                                    (self.height() - size.height()) // 2, size.width(), size.height()))
        scale = max(size.height(), 240)
        self.title.setFont(style.font(max(24, scale // 16)))
        self.detail.setFont(style.font(max(16, scale // 30)))
        super().resizeEvent(event)
