"""The presenter view on the clinician's laptop: now, next, notes, slides and time.

The current step is shown large with its narration in big type; beside it
the next step (a still of its first frame) and its narration, the slide's
clinician notes and references, and the slide list to jump from. A banner
explains a deck edit that could not be used (the audience keeps the last
good version); the status line says what the audience sees and what is
being rendered.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QRectF, QSize, Qt, QTime, QTimer
from PySide6.QtGui import QCloseEvent, QImage, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMainWindow,
                               QScrollArea, QSizePolicy, QStackedWidget, QVBoxLayout, QWidget)

from presenter.app import style
from presenter.app.overlays import Notice, Panel
from presenter.app.placeholder import Placeholder
from presenter.app.presentation import Presentation
from presenter.app.video import VideoView
from presenter.navigation import Phase

KeyHandler = Callable[[QKeyEvent], bool]


class StillView(QWidget):
    """One still image, scaled to fit (the next step's first frame)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.image = QImage()
        self.text = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumSize(160, 90)

    def set_image(self, image: QImage | None, text: str = "") -> None:
        self.image, self.text = image if image is not None else QImage(), text
        self.update()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return width * 9 // 16

    def sizeHint(self) -> QSize:
        return QSize(400, 225)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), style.PANEL)
        if not self.image.isNull():
            size = QSize(self.image.size()).scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
            rect = QRectF((self.width() - size.width()) / 2, (self.height() - size.height()) / 2,
                          size.width(), size.height())
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(rect, self.image)
        elif self.text:
            painter.setPen(style.SOFT)
            painter.setFont(style.font(max(14, self.height() // 10)))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.text)
        painter.end()


def _section(title: str) -> QLabel:
    return QLabel(title.upper(), objectName="sectionTitle")


class PresenterView(QMainWindow):
    """The clinician's window. Keys go to ``on_key``; the slide list and clicks to the presentation."""

    def __init__(self, presentation: Presentation, on_key: KeyHandler, on_close: Callable[[QCloseEvent], None]):
        super().__init__()
        self.presentation = presentation
        self._on_key, self._on_close = on_key, on_close
        self.started = time.monotonic()
        self.setWindowTitle(f"Presenter view — {presentation.deck.title}")
        self.setStyleSheet(style.STYLESHEET)
        self.setMinimumSize(900, 560)
        self.resize(1280, 800)
        self._build()
        self.notice = Notice(self)
        self.help = Panel(self, "Keys")
        self.glossary = Panel(self, "Glossary")
        for widget in self.findChildren(QWidget):
            widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._tick = QTimer(self, interval=1000, timeout=self._update_time)
        self._tick.start()
        presentation.changed.connect(self.refresh)
        presentation.audience_changed.connect(self._update_status)
        presentation.status_changed.connect(self._update_status)
        self.refresh()

    # --- layout ------------------------------------------------------------------
    def _build(self) -> None:
        p = self.presentation
        central = QWidget(objectName="central")
        self.deck_title = QLabel(objectName="header")
        self.slide_title = QLabel(objectName="slideTitle")
        self.position_label = QLabel(objectName="position")
        self.elapsed = QLabel(objectName="clock")
        self.clock = QLabel(objectName="clock")
        header = QHBoxLayout()
        header.setSpacing(14)
        header.addWidget(self.deck_title)
        header.addWidget(QLabel("·", objectName="header"))
        header.addWidget(self.slide_title)
        header.addStretch(1)
        header.addWidget(self.position_label)
        header.addSpacing(24)
        header.addWidget(self.elapsed)
        header.addSpacing(12)
        header.addWidget(self.clock)

        self.banner = QLabel(objectName="banner")
        self.banner.setWordWrap(True)
        self.banner.hide()

        self.view = VideoView(p.picture)
        self.view.mousePressEvent = self._click_current  # type: ignore[method-assign]
        self.placeholder = Placeholder(offer_retry=True)
        self.placeholder.retry.connect(lambda: p.rerender(p.navigator.position.slide))
        self.stage = QStackedWidget()
        self.stage.addWidget(self.view)
        self.stage.addWidget(self.placeholder)
        self.narration = QLabel(objectName="narration")
        self.narration.setWordWrap(True)
        self.narration.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.narration.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        left = QVBoxLayout()
        left.setSpacing(16)
        left.addWidget(self.stage, 3)
        left.addWidget(self.narration, 2)

        self.next_still = StillView()
        self.next_narration = QLabel(objectName="nextNarration")
        self.next_narration.setWordWrap(True)
        self.next_narration.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.notes = QLabel(objectName="notes")
        self.notes.setWordWrap(True)
        self.notes.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.notes.setTextFormat(Qt.TextFormat.RichText)
        notes_scroll = QScrollArea(objectName="notesScroll")
        notes_scroll.setWidget(self.notes)
        notes_scroll.setWidgetResizable(True)
        notes_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.slides = QListWidget(objectName="slides")
        self.slides.itemClicked.connect(lambda item: p.go_to(self.slides.row(item) + 1))
        right = QVBoxLayout()
        right.setSpacing(8)
        for title, widget, stretch in (("Next", self.next_still, 0), ("", self.next_narration, 0),
                                       ("Notes and references", notes_scroll, 3), ("Slides", self.slides, 2)):
            if title:
                right.addSpacing(6)
                right.addWidget(_section(title))
            right.addWidget(widget, stretch)
        body = QHBoxLayout()
        body.setSpacing(28)
        body.addLayout(left, 62)
        body.addLayout(right, 38)

        self.status = QLabel(objectName="status")
        layout = QVBoxLayout(central)
        layout.setContentsMargins(28, 16, 28, 12)
        layout.setSpacing(12)
        layout.addLayout(header)
        layout.addWidget(self.banner)
        layout.addLayout(body, 1)
        layout.addWidget(self.status)
        self.setCentralWidget(central)
        self._scale_type()

    def _scale_type(self) -> None:
        height = self.height()
        self.narration.setFont(style.font(max(22, round(height * 0.033))))
        self.next_narration.setFont(style.font(max(15, round(height * 0.021))))
        self.notes.setFont(style.font(max(15, round(height * 0.02))))
        small = max(15, round(height * 0.02))
        for label in self.findChildren(QLabel):
            if label.objectName() in ("header", "position", "status", "banner"):
                label.setFont(style.font(small))
            elif label.objectName() == "sectionTitle":
                label.setFont(style.font(max(12, small - 3), bold=True))
            elif label.objectName() == "clock":
                label.setFont(style.font(small + 2, bold=True))
        self.slide_title.setFont(style.font(small, bold=True))
        self.slides.setFont(style.font(small))

    # --- showing the presentation ----------------------------------------------------
    def refresh(self) -> None:
        p = self.presentation
        position, deck = p.navigator.position, p.deck
        self.deck_title.setText(deck.title)
        self.slide_title.setText(p.slide.title)
        self.position_label.setText(f"Slide {position.slide + 1} of {len(deck.slides)} · "
                                    f"Step {position.step + 1} of {len(p.slide.steps)}")
        self.narration.setText(p.step.narration)
        if p.showing_placeholder():
            headline, detail = p.placeholder_text()
            self.placeholder.set_state(headline, detail, "", failed=p.slide_failed())
            self.stage.setCurrentWidget(self.placeholder)
        else:
            self.stage.setCurrentWidget(self.view)
        following = p.neighbour(1)
        if following is None:
            self.next_still.set_image(None, "End of the deck")
            self.next_narration.setText("")
        else:
            step = deck.slides[following.slide].steps[following.step]
            prefix = "" if following.slide == position.slide else f"{deck.slides[following.slide].title}: "
            self.next_still.set_image(p.next_still(), "Not ready yet")
            self.next_narration.setText(prefix + step.narration)
        self.notes.setText(self._notes_html())
        self._update_slide_list()
        self._update_status()
        self._update_time()

    def _notes_html(self) -> str:
        p = self.presentation
        slide = p.slide
        parts = [f"<p>{_escape(slide.notes) or '<i>No notes for this slide.</i>'}</p>"]
        citations = [p.deck.references.get(key, key) for key in slide.references]
        if citations:
            parts.append(f"<p style='color:{style.SOFT.name()}'><b>References</b></p><ol style='margin-left:-20px'>"
                         + "".join(f"<li>{_escape(c)}</li>" for c in citations) + "</ol>")
        return "".join(parts)

    def _update_slide_list(self) -> None:
        p = self.presentation
        titles = [f"{n + 1}   {slide.title}" for n, slide in enumerate(p.deck.slides)]
        if [self.slides.item(i).text() for i in range(self.slides.count())] != titles:
            self.slides.clear()
            for title in titles:
                self.slides.addItem(QListWidgetItem(title))
        self.slides.setCurrentRow(p.navigator.position.slide)

    def _update_status(self) -> None:
        p = self.presentation
        if p.problems:
            first = p.problems[0]
            more = f" (and {len(p.problems) - 1} more)" if len(p.problems) > 1 else ""
            self.banner.setText(f"Your edit can't be used yet{more}: {first.format(short=True)} "
                                "— the audience still sees the last good version.")
            self.banner.show()
        else:
            self.banner.hide()
        audience = {None: "Audience sees the animation", "black": "Audience screen is BLACK (press B)",
                    "white": "Audience screen is WHITE (press W)"}[p.blank]
        parts = [audience, f"captions {'on' if p.captions else 'off'}", f"speed {p.speed:g}×"]
        if p.rendering is not None:
            slide, quality = p.rendering
            word = "sharp (hd)" if quality == "hd" else "preview"
            parts.append(f"preparing slide {slide + 1} · {word}…")
        elif queued := p.renders.pending():
            parts.append(f"{len(queued)} render{'s' if len(queued) > 1 else ''} waiting")
        if p.notes:
            parts.append(p.notes[-1])
        self.status.setText("   ·   ".join(parts))

    def _update_time(self) -> None:
        seconds = int(time.monotonic() - self.started)
        self.elapsed.setText(f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"
                             if seconds >= 3600 else f"{seconds // 60:02d}:{seconds % 60:02d}")
        self.clock.setText(QTime.currentTime().toString("HH:mm"))

    def show_glossary(self) -> None:
        if self.glossary.isVisible():
            self.glossary.hide()
            return
        glossary = self.presentation.deck.glossary
        self.glossary.set_rows(sorted(glossary.items(), key=lambda item: item[0].lower())
                               or [("", "This deck has no glossary yet.")])
        self.glossary.appear()

    # --- input -------------------------------------------------------------------
    def _click_current(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.presentation.navigator.phase is not Phase.WAITING:
            self.presentation.next()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self._on_key(event):
            super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._scale_type()
        super().resizeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._on_close(event)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
