"""The overview (Tab): every slide and step as a grid of their last frames, to jump straight to one.

One row per slide, one tile per step, drawn over the clinician's window
(never the audience's). Tiles show each step's last frame, decoded off the
GUI thread; a step not rendered yet shows a calm card with its number.
Arrows move, Enter or a click jumps, Esc or Tab closes.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from presenter.app import style
from presenter.app.fitted import fitted
from presenter.app.frames import Stills
from presenter.app.i18n import tr
from presenter.app.overlays import _Overlay
from presenter.app.presentation import Presentation
from presenter.navigation import Position
from scenes import look

THUMBNAIL = QSize(480, 270)  # kept per step: a hd frame scaled down (0.5 MB, not 8 MB)
GAP = 12


class Thumbnails(QObject):
    """Small last frames of step videos, decoded in their own worker so the playing step's stills stay cached."""

    changed = Signal()

    def __init__(self, presentation: Presentation):
        super().__init__(presentation)
        self.presentation = presentation
        self._images: dict[Path, QImage] = {}
        self._stills = Stills(capacity=2, parent=self)
        self._stills.ready.connect(self._on_ready)
        presentation.closed.connect(self._stills.shutdown)

    def image(self, path: Path) -> QImage | None:
        """The step's last frame, small; None (and ``changed`` later) while it is decoded."""
        if path not in self._images:
            full = self.presentation.stills.get(path, "last") or self._stills.request(path, "last")
            if full is None:
                return None
            self._keep(path, full)
        return self._images[path]

    def _keep(self, path: Path, image: QImage) -> None:
        self._images[path] = image.scaled(
            THUMBNAIL, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )

    def _on_ready(self, path: Path, end: str, image: QImage) -> None:
        self._keep(path, image)
        self.changed.emit()


class Overview(_Overlay):
    """The grid over a window; ``chosen(position)`` when the clinician picks a step."""

    chosen = Signal(object)

    def __init__(self, parent: QWidget, presentation: Presentation, thumbnails: Thumbnails):
        super().__init__(parent)
        self.presentation, self.thumbnails = presentation, thumbnails
        self.selected = Position(0, 0)
        self._top = 0  # the first slide row drawn (the grid scrolls to keep the selection in view)
        thumbnails.changed.connect(self.update)

    def open(self) -> None:
        self.selected = self.presentation.navigator.position
        self.appear()
        self.setFocus()

    # --- choosing ---------------------------------------------------------------------
    def handle_key(self, key: int) -> None:
        """Arrows move, Enter (or Space) jumps, Esc and Tab close; other keys do nothing while it is open."""
        nav = self.presentation.navigator
        slide, step = self.selected.slide, self.selected.step
        Key = Qt.Key
        if key in (Key.Key_Right, Key.Key_Left, Key.Key_PageDown, Key.Key_PageUp):
            forward = key in (Key.Key_Right, Key.Key_PageDown)
            self.selected = self.presentation.neighbour(1 if forward else -1, self.selected) or self.selected
        elif key in (Key.Key_Down, Key.Key_Up):
            slide = min(max(slide + (1 if key == Key.Key_Down else -1), 0), nav.slide_count - 1)
            self.selected = Position(slide, min(step, nav.step_count(slide) - 1))
        elif key in (Key.Key_Return, Key.Key_Enter, Key.Key_Space):
            self.choose(self.selected)
        elif key in (Key.Key_Escape, Key.Key_Tab):
            self.hide()
        self.update()

    def choose(self, position: Position) -> None:
        self.hide()
        self.chosen.emit(position)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        for position, rect in self._tiles():
            if rect.contains(event.position()):
                self.choose(position)
                return
        self.hide()  # a click beside the grid closes it

    # --- layout ---------------------------------------------------------------------------
    def _layout(self) -> _Layout:
        nav = self.presentation.navigator
        columns = max(nav.step_count(s) for s in range(nav.slide_count))
        text = max(15, min(28, self.height() // 34))
        margin, heading = max(24, self.width() // 40), round(text * 4.2)
        title_width = max(150, self.width() // 6)
        label = round(text * 1.5)  # the step's number, under its tile
        free_width = self.width() - 2 * margin - title_width - GAP * columns
        free_height = self.height() - heading - margin
        tile_w = free_width // columns
        tile_h = tile_w * 9 // 16
        if nav.slide_count * (tile_h + label + GAP) > free_height:  # smaller tiles, down to readable ones
            tile_h = max(free_height // nav.slide_count - label - GAP, min(tile_h, 72))
            tile_w = tile_h * 16 // 9
        row = tile_h + label + GAP
        rows = max(1, min(nav.slide_count, free_height // row))
        top = heading + max(0, (free_height - rows * row) // 3)  # a little above the middle
        return _Layout(text, margin, heading, title_width, tile_w, tile_h, label, row, rows, top)

    def _tiles(self) -> list[tuple[Position, QRectF]]:
        nav, layout = self.presentation.navigator, self._layout()
        self._top = min(max(self._top, self.selected.slide - layout.rows + 1), self.selected.slide)
        tiles = []
        for row, slide in enumerate(range(self._top, min(nav.slide_count, self._top + layout.rows))):
            y = layout.top + row * layout.row
            for step in range(nav.step_count(slide)):
                x = layout.margin + layout.title_width + GAP + step * (layout.tile_w + GAP)
                tiles.append((Position(slide, step), QRectF(x, y, layout.tile_w, layout.tile_h)))
        return tiles

    # --- painting ---------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        p, layout = self.presentation, self._layout()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor(look.BACKGROUND))
        width = self.width() - 2 * layout.margin
        painter.setPen(QColor(look.TEXT))
        painter.setFont(style.font(layout.text + 8, bold=True))
        painter.drawText(
            QRect(layout.margin, 0, width, layout.heading * 3 // 5),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
            tr("Every slide and step"),
        )
        painter.setPen(style.SOFT)
        painter.setFont(style.font(layout.text))
        painter.drawText(
            QRect(layout.margin, layout.heading * 3 // 5, width, layout.heading * 2 // 5),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            tr("Arrows and Enter, or a click: go there.  Esc or Tab: close."),
        )
        here = p.navigator.position
        for position, rect in self._tiles():
            current = position.slide == here.slide
            if position.step == 0:
                painter.setPen(QColor(look.TEXT) if current else style.SOFT)
                painter.setFont(style.font(layout.text, bold=current))
                painter.drawText(
                    QRectF(layout.margin, rect.top(), layout.title_width - GAP, rect.height()),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap,
                    f"{position.slide + 1}   {p.deck.slides[position.slide].title}",
                )
            self._paint_tile(painter, position, rect, layout)
        painter.setPen(style.SOFT)  # more slides above or below than fit: the arrows scroll to them
        painter.setFont(style.font(layout.text))
        more = QRect(layout.margin, layout.top - layout.label, layout.title_width, layout.label)
        if self._top > 0:
            painter.drawText(more, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, "▲")
        if self._top + layout.rows < p.navigator.slide_count:
            more.moveTop(layout.top + layout.rows * layout.row - GAP)
            painter.drawText(more, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, "▼")
        painter.end()

    def _paint_tile(self, painter: QPainter, position: Position, rect: QRectF, layout: _Layout) -> None:
        path = self.presentation.video_path(position)
        image = self.thumbnails.image(path) if path is not None and path.is_file() else None
        number = f"{position.slide + 1}.{position.step + 1}"
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(style.PANEL)
        painter.drawRoundedRect(rect, 6, 6)
        painter.setFont(style.font(layout.text, bold=position == self.selected))
        if image is None:  # not prepared yet (or still being decoded): a calm card with the number
            painter.setPen(style.SOFT)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, number)
        else:
            painter.drawImage(fitted(image.size(), rect.size().toSize()).translated(rect.topLeft()), image)
        painter.setPen(QColor(look.TEXT) if position == self.selected else style.SOFT)
        painter.drawText(
            QRectF(rect.left(), rect.bottom() + 2, rect.width(), layout.label),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            number,
        )
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if position == self.presentation.navigator.position:
            painter.setPen(QPen(QColor(look.SKY_BLUE), 3))
            painter.drawRoundedRect(rect.adjusted(-2, -2, 2, 2), 7, 7)
        if position == self.selected:
            painter.setPen(QPen(QColor(look.YELLOW), 5))
            painter.drawRoundedRect(rect.adjusted(-5, -5, 5, 5), 9, 9)


@dataclass(frozen=True)
class _Layout:
    """Sizes in pixels: text, margins, the heading, the titles' column, a tile, its number, a row."""

    text: int
    margin: int
    heading: int
    title_width: int
    tile_w: int
    tile_h: int
    label: int
    row: int
    rows: int  # slide rows that fit (the grid scrolls to keep the selection in view)
    top: int
