"""The marks on a video view: draws the pointer, strokes and zoom of presenter.marks, and turns input into actions.

Each view of a presentation (audience, presenter) gets one layer over the
same Marks, so both screens show the same marks at the same picture point
whatever their size and letterboxing, and the same zoomed region.

Input on the view (a touch or a tablet pen arrives as a mouse event):
moving shows the pointer; a left-button drag draws; a left click without
movement is the view's click (usually "next"). Where zoom gestures are on
(the presenter view), the wheel zooms at the cursor and a right-button or
Shift+left drag picks a rectangle to zoom to; only that view shows the
rectangle while it is dragged.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QLineF, QObject, QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPen, QWheelEvent
from PySide6.QtWidgets import QApplication

from presenter.app.stroke_image import StrokeImage, stroke_width
from presenter.app.video import VideoView
from presenter.marks import POINTER_COLOUR, POINTER_STILL_S, Change, Marks, Point, Region

POINTER_RADIUS = 0.016
FADE_FRAME_MS = 40  # repaint interval while the pointer fades
WHEEL_STEP = 1.25  # magnification per wheel notch


class MarksLayer(QObject):
    """Draws ``marks`` over ``view`` and sends the view's mouse input to ``marks``.

    ``on_click`` runs for a left click without movement; while ``busy()`` (a
    blank screen or a panel is up) every left press is a click and nothing is drawn.
    """

    def __init__(
        self,
        view: VideoView,
        marks: Marks,
        on_click: Callable[[], object],
        *,
        zoom_gestures: bool = False,
        busy: Callable[[], bool] = lambda: False,
    ):
        super().__init__(view)
        self.view, self.marks = view, marks
        self._on_click, self._busy, self._zoom_gestures = on_click, busy, zoom_gestures
        self._pressed: QPointF | None = None  # where a left press began, until it moves or ends
        self._drawing = False  # a stroke drawn on this view is under way
        self._dot = QRectF()  # where the pointer's dot was last painted
        self._band: tuple[Point, Point] | None = None  # a zoom rectangle being dragged (picture points)
        self._fade = QTimer(self, timeout=self._fading)
        self._strokes = StrokeImage()
        view.overlay = self
        view.setMouseTracking(True)
        view.installEventFilter(self)
        marks.subscribe(self._changed)
        view.destroyed.connect(lambda: marks.unsubscribe(self._changed))

    @property
    def zoom(self) -> Region:
        return self.marks.zoom

    # --- drawing -----------------------------------------------------------------
    def paint(self, painter: QPainter, target: QRectF) -> None:
        """Strokes, the zoom rectangle being dragged and the pointer, over the picture at ``target``."""
        marks, view = self.marks, self.view
        painter.save()
        painter.setClipRect(target)
        self._strokes.paint(painter, target, self.zoom, marks.strokes, lambda point: view.from_picture(point, target))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if self._band is not None:
            painter.setPen(QPen(QColor("white"), 2, Qt.PenStyle.DashLine))
            painter.drawRect(QRectF(view.from_picture(self._band[0], target), view.from_picture(self._band[1], target)))
        opacity = marks.pointer_opacity()
        self._dot = self._dot_area(target)
        if marks.pointer is not None and opacity > 0:
            centre, radius = view.from_picture(marks.pointer, target), self._dot_radius(target)
            painter.setPen(Qt.PenStyle.NoPen)
            glow, core, rim = QColor(POINTER_COLOUR), QColor(POINTER_COLOUR), QColor("white")
            glow.setAlphaF(0.3 * opacity)
            core.setAlphaF(opacity)
            rim.setAlphaF(0.9 * opacity)
            painter.setBrush(glow)
            painter.drawEllipse(centre, radius * 2, radius * 2)
            painter.setPen(QPen(rim, max(1.5, radius / 5)))  # a light rim: the dot shows on light shapes too
            painter.setBrush(core)
            painter.drawEllipse(centre, radius, radius)
        painter.restore()

    @staticmethod
    def _dot_radius(target: QRectF) -> float:
        return max(5.0, target.height() * POINTER_RADIUS)

    def _dot_area(self, target: QRectF) -> QRectF:
        """What the pointer's dot covers (its glow and rim too), empty when there is none."""
        if self.marks.pointer is None or target.isEmpty():
            return QRectF()
        reach = self._dot_radius(target) * 2 + 2
        centre = self.view.from_picture(self.marks.pointer, target)
        return QRectF(centre.x() - reach, centre.y() - reach, 2 * reach, 2 * reach)

    def _changed(self, marks: Marks, change: Change) -> None:
        """Repaint what changed: only where the dot was and is for a pointer move (a full
        1080p repaint takes several ms), the stroke's newest segment while it is drawn."""
        target = self.view.image_rect()
        if change is Change.POINTER:
            if marks.pointer is not None:
                self._fade.start(int(POINTER_STILL_S * 1000))  # then repaint as it fades
            else:
                self._fade.stop()
            self._repaint(self._dot.united(self._dot_area(target)))
        elif change is Change.STROKES and marks.drawing and len(points := marks.strokes[-1].points) >= 2:
            ends = [self.view.from_picture(point, target) for point in points[-2:]]
            reach = stroke_width(target) + 2
            self._repaint(QRectF(ends[0], ends[1]).normalized().adjusted(-reach, -reach, reach, reach))
        else:
            self.view.update()

    def _repaint(self, area: QRectF) -> None:
        if not area.isEmpty():
            self.view.update(area.toAlignedRect())

    def _fading(self) -> None:
        self._repaint(self._dot)
        if self.marks.pointer_opacity() > 0:
            self._fade.setInterval(FADE_FRAME_MS)
        else:
            self._fade.stop()

    # --- input -------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick):
            return self._press(event)  # type: ignore[arg-type]
        if kind == QEvent.Type.MouseMove:
            self._move(event)  # type: ignore[arg-type]
            return False  # the window still hears it (e.g. to show its cursor)
        if kind == QEvent.Type.MouseButtonRelease:
            return self._release(event)  # type: ignore[arg-type]
        if kind == QEvent.Type.Wheel and self._zoom_gestures:
            return self._wheel(event)  # type: ignore[arg-type]
        if kind == QEvent.Type.Leave:
            self.marks.hide_pointer()
        return False

    def _point(self, position: QPointF, inside: bool = True) -> Point | None:
        return self.view.to_picture(position, self.view.image_rect(), inside)

    def _press(self, event: QMouseEvent) -> bool:
        button, shift = event.button(), bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        zooming = self._zoom_gestures and (
            button == Qt.MouseButton.RightButton or (button == Qt.MouseButton.LeftButton and shift)
        )
        if zooming and (point := self._point(event.position())) is not None:
            self._band = (point, point)
            return True
        if button != Qt.MouseButton.LeftButton:
            return False
        if self._busy():
            self._on_click()
        else:
            self._pressed = event.position()
        return True

    def _move(self, event: QMouseEvent) -> None:
        position = event.position()
        if self._band is not None:
            self._band = (self._band[0], self._point(position, inside=False) or self._band[1])
            self.view.update()
        elif self._pressed is not None:
            if QLineF(self._pressed, position).length() >= QApplication.startDragDistance():
                start = self._point(self._pressed, inside=False)
                if start is not None:
                    self.marks.begin_stroke(start)
                    self._drawing = True
                self._pressed = None
        if self._drawing and (point := self._point(position, inside=False)) is not None:
            self.marks.extend_stroke(point)
        if (point := self._point(position)) is not None:
            self.marks.move_pointer(point)
        else:
            self.marks.hide_pointer()

    def _release(self, event: QMouseEvent) -> bool:
        if self._band is not None:
            corner, other = self._band
            self._band = None
            if not self.marks.zoom_to(corner, other):
                self.view.update()  # too small to mean a zoom: only the rectangle goes
            return True
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        if self._pressed is not None:
            self._pressed = None
            self._on_click()
        if self._drawing:
            self._drawing = False
            self.marks.end_stroke()
        return True

    def _wheel(self, event: QWheelEvent) -> bool:
        point = self._point(event.position())
        notches = event.angleDelta().y() / 120
        if point is not None and notches:
            self.marks.zoom_at(point, WHEEL_STEP**notches)
        return True
