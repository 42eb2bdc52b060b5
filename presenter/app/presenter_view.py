"""The presenter view on the clinician's laptop: now, next, notes, slides and time.

The current step is shown large with its narration in big type; beside it
the next step (a still of its first frame) and its narration, the slide's
clinician notes and references, and the slide list to jump from. A banner
explains a deck edit that could not be used (the audience keeps the last
good version); the status line says what the audience sees and what is
being rendered, the pen's colour and the zoom. On the current picture the
clinician points, draws and zooms (marks_layer.py); the audience sees the same.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import cast

from PySide6.QtCore import QSize, Qt, QTime, QTimer
from PySide6.QtGui import QCloseEvent, QFontMetrics, QImage, QKeyEvent, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from presenter.app import problem_words, style
from presenter.app.fitted import PictureWidget
from presenter.app.glossary import GlossaryCard
from presenter.app.i18n import tr
from presenter.app.marks_layer import MarksLayer
from presenter.app.notes_view import NotesView
from presenter.app.overlays import Notice, Panel
from presenter.app.placeholder import Placeholder
from presenter.app.presentation import Presentation
from presenter.app.timeline import Timeline
from presenter.app.video import VideoView
from presenter.marks import Change, Marks
from presenter.navigation import Phase

KeyHandler = Callable[[QKeyEvent], bool]


class StillView(PictureWidget):
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

    def sizeHint(self) -> QSize:
        return QSize(400, 225)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), style.PANEL)
        if not self.image.isNull():
            self.draw_picture(painter, self.image)
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
        self._fitted_slide: int | None = None  # the slide the narration box was last sized for
        self.setWindowTitle(tr("Presenter view — {title}").format(title=presentation.deck.title))
        self.setStyleSheet(style.STYLESHEET)
        self.setMinimumSize(900, 560)
        self.resize(1280, 800)
        self._build()
        self.notice = Notice(self)
        self.help = Panel(self, tr("Keys"))
        self.glossary = GlossaryCard(self, presentation.deck.language)  # one screen, presenter view only
        self.glossary_pages = 0  # the audience's glossary page count while it is shown, else 0
        self.glossary_page = 0
        for widget in self.findChildren(QWidget):
            widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._tick = QTimer(self, interval=1000, timeout=self._update_time)
        self._tick.start()
        presentation.changed.connect(self.refresh)
        presentation.audience_changed.connect(self._update_status)
        presentation.status_changed.connect(self._update_status)
        presentation.marks.subscribe(self._marks_changed)
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

        self.banner = QLabel(central, objectName="banner")  # floats over the side column: nothing moves
        self.banner.setWordWrap(True)
        self.banner.hide()

        self.view = VideoView(p.picture)
        self.marks_layer = MarksLayer(self.view, p.marks, self._click_current, zoom_gestures=True)
        self.view.setCursor(Qt.CursorShape.CrossCursor)
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
        left.addWidget(self.stage, 1)
        self.timeline = Timeline(p)  # pause/play and the step's position, under the picture
        left.addWidget(self.timeline, 0)
        left.addWidget(self.narration, 0)  # sized for the slide's longest narration: no jumps between steps

        self.next_still = StillView()
        self.next_narration = QLabel(objectName="nextNarration")
        self.next_narration.setWordWrap(True)
        self.next_narration.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.notes = NotesView()  # whole lines only, however tall the window
        self.slides = QListWidget(objectName="slides")
        self.slides.itemClicked.connect(lambda item: p.go_to(self.slides.row(item) + 1))
        right = QVBoxLayout()
        right.setSpacing(8)
        for title, widget, stretch in (
            (tr("Next"), self.next_still, 0),
            ("", self.next_narration, 0),
            (tr("Notes and references"), self.notes, 1),
            (tr("Slides"), self.slides, 0),
        ):
            if title:
                right.addSpacing(6)
                right.addWidget(_section(title))
            right.addWidget(widget, stretch)
        right.setAlignment(self.next_still, Qt.AlignmentFlag.AlignLeft)  # a small preview, not the column's width
        self.body = body = QHBoxLayout()
        body.setSpacing(28)
        body.addLayout(left, 62)
        body.addLayout(right, 38)

        self.status = QLabel(objectName="status")
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)  # long text never moves things
        layout = QVBoxLayout(central)
        layout.setContentsMargins(28, 16, 28, 12)
        layout.setSpacing(12)
        layout.addLayout(header)
        layout.addLayout(body, 1)
        layout.addWidget(self.status)
        self.setCentralWidget(central)
        self._scale_type()

    def _scale_type(self) -> None:
        height = self.height()
        self._narration_pixels = max(22, round(height * 0.033))
        self.narration.setFont(style.font(self._narration_pixels))
        self.next_narration.setFont(style.font(max(15, round(height * 0.021))))
        self.notes.setFont(style.font(max(15, round(height * 0.02))))
        small = max(15, round(height * 0.02))
        for label in self.findChildren(QLabel):
            if label.objectName() in ("header", "position", "status", "banner"):
                label.setFont(style.font(small))
            elif label.objectName() == "sectionTitle":
                label.setFont(style.font(max(14, small - 2), bold=True))
            elif label.objectName() == "clock":
                label.setFont(style.font(small + 2, bold=True))
        self.slide_title.setFont(style.font(small, bold=True))
        self.slides.setFont(style.font(small))
        self._fit_lists()

    def _fit_lists(self) -> None:
        """The narration box as tall as the slide's longest narration (the picture keeps its size while
        the slide plays); the slide list as tall as its rows; the next step's still a small preview; the
        picture as wide as its column's height allows."""
        self._fitted_slide = self.presentation.navigator.position.slide
        rows = max(1, self.slides.count())
        row = self.slides.sizeHintForRow(0) if self.slides.count() else self.slides.fontMetrics().height() + 12
        self.slides.setFixedHeight(min(rows * row + 2 * self.slides.frameWidth() + 12, self.height() // 3))
        still = round(self.height() * 0.2)
        self.next_still.setFixedSize(still * 16 // 9, still)  # the notes get the room
        body = self.body.contentsRect()
        width, height = body.width() - self.body.spacing(), body.height()
        if width <= 0 or height <= 0:  # not laid out yet
            return
        left = self.narration.width() or round(width * 0.62)
        for _ in range(2):  # the narration's height sets the picture's, which sets the column's width
            narration = self._fit_narration(left)
            left = min(max((height - narration - 16) * 16 // 9, round(width * 0.55)), round(width * 0.66))
        self.body.setStretch(0, left)
        self.body.setStretch(1, width - left)
        self._fit_narration(left)

    def _fit_narration(self, width: int) -> int:
        """Size the narration box for the slide's longest narration at this width, in a smaller type
        if it would take more than a third of the window; returns its height."""
        texts = [step.narration for step in self.presentation.slide.steps] or [""]
        room = self.height() // 3
        for pixels in range(self._narration_pixels, 15, -1):
            metrics = QFontMetrics(style.font(pixels))
            flags = Qt.TextFlag.TextWordWrap
            tallest = max(metrics.boundingRect(0, 0, width, 4000, flags, text).height() for text in texts) + 8
            if tallest <= room:
                break
        self.narration.setFont(style.font(pixels))
        self.narration.setFixedHeight(tallest)
        return tallest

    # --- showing the presentation ----------------------------------------------------
    def refresh(self) -> None:
        p = self.presentation
        position, deck = p.navigator.position, p.deck
        self.deck_title.setText(deck.title)
        self.slide_title.setText(p.slide.title)
        self.position_label.setText(
            tr("Slide {slide} of {slides} · Step {step} of {steps}").format(
                slide=position.slide + 1, slides=len(deck.slides), step=position.step + 1, steps=len(p.slide.steps)
            )
        )
        self.narration.setText(p.step.narration)
        if position.slide != self._fitted_slide:
            self._fit_lists()
        if p.finished:
            headline, message = p.end_card_text()
            self.placeholder.set_state(
                headline, tr("The audience sees the end card. ← goes back."), message, failed=False, calm=True
            )
            self.stage.setCurrentWidget(self.placeholder)
            self.position_label.setText(tr("End card · after slide {slides}").format(slides=len(deck.slides)))
        elif p.showing_placeholder():
            headline, detail = p.placeholder_text()
            self.placeholder.set_state(headline, detail, "", failed=p.slide_failed())
            self.stage.setCurrentWidget(self.placeholder)
        else:
            self.stage.setCurrentWidget(self.view)
        following = p.neighbour(1)
        if following is None:
            self.next_still.set_image(None, tr("The end card") if not p.finished else tr("End of the deck"))
            self.next_narration.setText(
                "" if p.finished else tr("Next: the end card ({title}).").format(title=deck.title)
            )
        else:
            step = deck.slides[following.slide].steps[following.step]
            prefix = "" if following.slide == position.slide else f"{deck.slides[following.slide].title}: "
            self.next_still.set_image(p.next_still(), tr("Not ready yet"))
            self.next_narration.setText(prefix + step.narration)
        self.notes.setHtml(self._notes_html())
        self._update_slide_list()
        self._update_status()
        self._update_time()

    def _notes_html(self) -> str:
        p = self.presentation
        slide = p.slide
        parts = [f"<p>{_escape(slide.notes) or '<i>' + tr('No notes for this slide.') + '</i>'}</p>"]
        citations = [p.deck.references.get(key, key) for key in slide.references]
        if citations:
            parts.append(
                f"<p style='color:{style.SOFT.name()}'><b>{tr('References')}</b></p>"
                "<ol style='margin-left:-20px'>" + "".join(f"<li>{_escape(c)}</li>" for c in citations) + "</ol>"
            )
        return "".join(parts)

    def _update_slide_list(self) -> None:
        p = self.presentation
        titles = [f"{n + 1}   {slide.title}" for n, slide in enumerate(p.deck.slides)]
        if [self.slides.item(i).text() for i in range(self.slides.count())] != titles:
            self.slides.clear()
            for title in titles:
                self.slides.addItem(QListWidgetItem(title))
            self._fit_lists()
        self.slides.setCurrentRow(p.navigator.position.slide)

    def _update_status(self) -> None:
        p = self.presentation
        if p.problems:
            first = p.problems[0]
            more = tr(" (and {count} more)").format(count=len(p.problems) - 1) if len(p.problems) > 1 else ""
            self.banner.setText(
                tr("Your edit can't be used yet{more}. The patient still sees the last good version.").format(more=more)
                + "\n"
                + problem_words.plain(first, p.problem_deck or p.deck, p.catalog)
            )
            self.banner.show()
            self._place_banner()
        else:
            self.banner.hide()
        audience = {
            None: tr("Audience sees the animation"),
            "black": tr("Audience screen is BLACK (press B)"),
            "white": tr("Audience screen is WHITE (press W)"),
        }[p.blank]
        if self.glossary_pages and p.blank is None:
            audience = tr("Audience sees the glossary, page {page} of {pages} (any key closes it)").format(
                page=self.glossary_page, pages=self.glossary_pages
            )
        parts = [
            audience,
            tr("captions on") if p.captions else tr("captions off"),
            tr("speed {speed}×").format(speed=f"{p.speed:g}"),
        ]
        parts += self.marks_status()
        if p.rendering is not None:
            slide, quality = p.rendering
            word = tr("sharp (hd)") if quality == "hd" else tr("preview")
            parts.append(tr("preparing slide {slide} · {quality}…").format(slide=slide + 1, quality=word))
        elif queued := p.renders.pending():
            parts.append(
                tr("{count} renders waiting").format(count=len(queued)) if len(queued) > 1 else tr("1 render waiting")
            )
        if p.notes:
            parts.append(p.notes[-1])
        self.status.setText("   ·   ".join(parts))

    def marks_status(self) -> list[str]:
        """The pen's colour and the zoom: for the clinician only."""
        marks = self.presentation.marks
        colour = {
            "yellow": tr("yellow"),
            "sky blue": tr("sky blue"),
            "orange": tr("orange"),
            "mint": tr("mint"),
        }.get(marks.colour_name, marks.colour_name)
        parts = [tr("pen {colour}").format(colour=colour)]
        if marks.zoom.factor > 1:
            parts.append(tr("zoom {factor}× (Z zooms out)").format(factor=f"{marks.zoom.factor:.1f}"))
        return parts

    def _marks_changed(self, _marks: Marks, change: Change) -> None:
        if change in (Change.PEN, Change.ZOOM):
            self._update_status()

    def _update_time(self) -> None:
        seconds = int(time.monotonic() - self.started)
        self.elapsed.setText(
            f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"
            if seconds >= 3600
            else f"{seconds // 60:02d}:{seconds % 60:02d}"
        )
        self.clock.setText(QTime.currentTime().toString("HH:mm"))

    def set_glossary_state(self, page: int, pages: int) -> None:
        """The audience sees glossary page ``page`` of ``pages`` (0 pages: it is closed)."""
        self.glossary_page, self.glossary_pages = page, pages
        self._update_status()

    # --- input -------------------------------------------------------------------
    def _click_current(self) -> None:
        if self.presentation.navigator.phase is not Phase.WAITING:
            self.presentation.next()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self._on_key(event):
            super().keyPressEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:
        return False  # Tab is a key of the show (the overview), not focus travel

    def _place_banner(self) -> None:
        """Over the bottom of the side column, above the status line."""
        central = cast(QWidget, self.centralWidget())  # set by _build(), before any resize
        left = self.next_still.mapTo(central, self.next_still.rect().topLeft()).x()
        width = central.width() - left - central.layout().contentsMargins().right()
        height = self.banner.heightForWidth(width)
        bottom = self.status.y() - 8
        self.banner.setGeometry(left, max(0, bottom - height), width, height)
        self.banner.raise_()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._scale_type()
        super().resizeEvent(event)
        QTimer.singleShot(0, self._fit_lists)  # once the layout has given the narration its width
        if self.banner.isVisible():
            self._place_banner()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._on_close(event)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
