"""The audience view: the animation, as large as the screen allows, and nothing the patient need not see.

No notices, notes, status or errors are ever drawn here: those go to the
presenter view. The glossary shows here as a patient-facing card.

An optional caption band (key C) sits below the picture, never over it, for
the one-screen case where the laptop is turned toward the patient. A black
or white curtain covers everything while the screen is blanked.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QKeyEvent, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QStackedWidget, QVBoxLayout, QWidget

from presenter.app import style
from presenter.app.glossary import GlossaryCard
from presenter.app.i18n import tr
from presenter.app.overlays import Curtain, Panel
from presenter.app.placeholder import Placeholder
from presenter.app.presentation import Presentation
from presenter.app.video import VideoView

KeyHandler = Callable[[QKeyEvent], bool]


class AudienceWindow(QWidget):
    """What the patient sees. Keys and clicks go to ``on_key`` / the presentation."""

    def __init__(self, presentation: Presentation, on_key: KeyHandler, on_close: Callable[[QCloseEvent], None]):
        super().__init__()
        self.presentation = presentation
        self._on_key, self._on_close = on_key, on_close
        self.setObjectName("audience")
        self.setWindowTitle(f"{presentation.deck.title} — Brain Explainer")
        self.setStyleSheet(style.STYLESHEET)
        self.setMinimumSize(480, 270)
        self.resize(1280, 720)

        self.view = VideoView(presentation.picture)
        self.placeholder = Placeholder(busy_bar=False)
        self.stage = QStackedWidget()
        self.stage.addWidget(self.view)
        self.stage.addWidget(self.placeholder)
        self.caption = QLabel(objectName="captionBand")
        self.caption.setWordWrap(True)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.stage, 1)
        layout.addWidget(self.caption)
        self.glossary = GlossaryCard(self, presentation.deck.language)
        self.curtain = Curtain(self)
        self.help = Panel(self, tr("Keys"))  # only in one-screen audience mode, when the clinician asks
        for widget in self.findChildren(QWidget):
            widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        presentation.changed.connect(self.refresh)
        presentation.audience_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        p = self.presentation
        self.setWindowTitle(f"{p.deck.title} — Brain Explainer")
        if p.showing_placeholder():  # for the patient: the slide's title and what is said, no explanation
            self.placeholder.set_state(p.slide.title, "", p.step.narration, failed=p.slide_failed())
            self.stage.setCurrentWidget(self.placeholder)
        else:
            self.stage.setCurrentWidget(self.view)
        self.caption.setVisible(p.captions)
        self.caption.setText(p.step.on_screen_text)
        self._scale_caption()
        self.curtain.set_colour(p.blank)

    def _scale_caption(self) -> None:
        """Two lines at most, large enough to read from a chair across the room."""
        height = self.height()
        size = max(18, round(height * 0.042))
        self.caption.setFont(style.font(size))
        side = max(24, (self.width() - size * 34) // 2)  # about 60 characters a line
        self.caption.setContentsMargins(side, size // 2, side, size // 2)
        self.caption.setFixedHeight(round(size * 1.35 * 2 + size))

    # --- input -------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self._on_key(event):
            super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            if self.presentation.blank or self.help.isVisible() or self.glossary.isVisible():
                self.presentation.wake()
                self.help.hide()
                self.glossary.hide()
            else:
                self.presentation.next()
        else:
            super().mousePressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._scale_caption()
        super().resizeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._on_close(event)
