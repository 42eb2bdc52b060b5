"""The audience view: the animation, as large as the screen allows, and nothing the patient need not see.

No notices, notes, status or errors are ever drawn here: those go to the
presenter view. The glossary shows here as a patient-facing card.

An optional caption band (key C) sits below the picture, never over it, for
the one-screen case where the laptop is turned toward the patient. A black
or white curtain covers everything while the screen is blanked.

The clinician's pointer, pen marks and zoom (marks_layer.py) show over the
picture, where the system cursor never does.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent, QFontMetrics, QKeyEvent, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QStackedWidget, QVBoxLayout, QWidget

from presenter.app import style
from presenter.app.glossary import GlossaryCard
from presenter.app.i18n import tr
from presenter.app.marks_layer import MarksLayer
from presenter.app.overlays import Curtain, Panel
from presenter.app.placeholder import Placeholder
from presenter.app.presentation import Presentation
from presenter.app.video import VideoView

KeyHandler = Callable[[QKeyEvent], bool]
CAPTION_NORMAL, CAPTION_LARGE = 0.07, 0.10  # caption text size, as a share of the window's height
POINTER_HIDES_MS = 2000  # off the picture, the mouse pointer hides after this long without moving


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
        self.setMouseTracking(True)
        for widget in self.findChildren(QWidget):
            widget.setMouseTracking(True)
        self._still = QTimer(
            self, singleShot=True, interval=POINTER_HIDES_MS, timeout=lambda: self.setCursor(Qt.CursorShape.BlankCursor)
        )
        self._still.start()
        self.marks_layer = MarksLayer(self.view, presentation.marks, self._clicked, busy=self._covered)
        self.view.setCursor(Qt.CursorShape.BlankCursor)  # over the picture the pointer is the laser dot
        presentation.changed.connect(self.refresh)
        presentation.audience_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        p = self.presentation
        self.setWindowTitle(f"{p.deck.title} — Brain Explainer")
        if p.finished:  # after the last step: a calm end card
            headline, message = p.end_card_text()
            self.placeholder.set_state(headline, "", message, failed=False, calm=True)
            self.stage.setCurrentWidget(self.placeholder)
        elif p.showing_placeholder():  # for the patient: the slide's title and what is said, no explanation
            self.placeholder.set_state(p.slide.title, "", p.step.narration, failed=p.slide_failed())
            self.stage.setCurrentWidget(self.placeholder)
        else:
            self.stage.setCurrentWidget(self.view)
        self.caption.setVisible(p.captions)
        self.caption.setText(p.step.on_screen_text)
        self._scale_caption()
        self.curtain.set_colour(p.blank)

    def _scale_caption(self) -> None:
        """Two lines at most, below the picture, large enough to read from 2 m.

        Capitals about 10 mm high on a 14-inch laptop: the text is 7% of the
        window's height (10% when large), and the band takes its room from the
        picture's height, never covering it.
        """
        height = self.height()
        size = max(18, round(height * (CAPTION_LARGE if self.presentation.large_captions else CAPTION_NORMAL)))
        self.caption.setFont(style.font(size))
        side = max(24, (self.width() - size * 34) // 2)  # about 60 characters a line
        self.caption.setContentsMargins(side, size // 4, side, size // 4)
        metrics = QFontMetrics(self.caption.font())
        width = self.width() - 2 * side
        captions = [step.on_screen_text for slide in self.presentation.deck.slides for step in slide.steps] or [""]
        tallest = max(
            metrics.boundingRect(
                0, 0, width, 10 * height, Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignCenter, text
            ).height()
            for text in captions
        )
        # the same band for every step (the picture never jumps), as tall as the deck's longest caption
        self.caption.setFixedHeight(min(max(tallest, metrics.height() * 2) + size // 2, height * 2 // 5))

    # --- input -------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self._on_key(event):
            super().keyPressEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:
        return False  # Tab is a key of the show (the overview), not focus travel

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        """The pointer shows while the mouse moves and hides after a moment of stillness."""
        self.unsetCursor()
        self._still.start()
        super().mouseMoveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._clicked()
        else:
            super().mousePressEvent(event)

    def _covered(self) -> bool:
        """Whether a curtain or a panel covers the picture (a click then closes it)."""
        return bool(self.presentation.blank) or self.help.isVisible() or self.glossary.isVisible()

    def _clicked(self) -> None:
        if self._covered():
            self.presentation.wake()
            self.help.hide()
            self.glossary.hide()
        else:
            self.presentation.next()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._scale_caption()
        super().resizeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._on_close(event)
