"""Marks: the clinician's pointer, pen strokes and zoom over the playing picture.

Qt-free, like the Navigator. The views turn mouse, touch and pen input into
calls here and draw whatever state results, so both screens show the same
marks at the same spot of the picture.

Every point is in picture coordinates: (0, 0) is the picture's top-left
corner and (1, 1) its bottom-right, whatever the screen, letterboxing or
zoom. The zoom is a ``Region`` of the picture that fills the view; it is a
square in these coordinates, so it keeps the picture's 16:9 shape.

Strokes belong to the step on screen: they stay while it plays or is held
and clear when the step changes. The zoom stays across the slide's steps
and goes back out on a new slide (a new scene).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum

from presenter.navigation import Position
from scenes import look  # plain data: the scenes' palette

Point = tuple[float, float]

# Pen colours from the scenes' palette that read well on their dark background (each ≥ 7:1).
PEN_COLOURS: tuple[tuple[str, str], ...] = (
    ("yellow", look.YELLOW),
    ("sky blue", look.SKY_BLUE),
    ("orange", look.ORANGE),
    ("mint", look.MINT),
)
POINTER_COLOUR = look.VERMILLION  # a laser dot, unlike any pen
POINTER_STILL_S = 1.5  # the dot starts fading after this long without moving
POINTER_FADE_S = 0.4  # and is gone this long after that
MIN_ZOOM = 1 / 8  # the smallest region shown: 8× magnification
MIN_STEP = 0.002  # a stroke point closer than this to the previous one adds nothing


class Change(Enum):
    POINTER = "pointer"
    STROKES = "strokes"
    ZOOM = "zoom"
    PEN = "pen"


@dataclass(frozen=True)
class Region:
    """The part of the picture that fills the view: a square in picture coordinates."""

    left: float = 0.0
    top: float = 0.0
    size: float = 1.0

    @property
    def factor(self) -> float:
        """How many times larger than the whole picture it is shown."""
        return 1 / self.size

    def to_picture(self, view: Point) -> Point:
        """A point of the view (0..1 across what is shown) as a point of the picture."""
        return self.left + view[0] * self.size, self.top + view[1] * self.size

    def to_view(self, point: Point) -> Point:
        """A point of the picture as a point of the view (outside 0..1 when not shown)."""
        return (point[0] - self.left) / self.size, (point[1] - self.top) / self.size

    @staticmethod
    def around(centre: Point, size: float) -> Region:
        """The region of ``size`` centred on ``centre`` as far as the picture allows."""
        size = min(1.0, max(MIN_ZOOM, size))
        left = min(max(centre[0] - size / 2, 0.0), 1 - size)
        top = min(max(centre[1] - size / 2, 0.0), 1 - size)
        return Region(left, top, size)


WHOLE = Region()


@dataclass
class Stroke:
    colour: str
    points: list[Point] = field(default_factory=list)


Listener = Callable[["Marks", Change], None]


class Marks:
    """Pointer, strokes and zoom of the step on screen; listeners hear every change."""

    def __init__(self, clock: Callable[[], float] = time.monotonic):
        self._clock = clock
        self._listeners: list[Listener] = []
        self.pointer: Point | None = None  # where the dot is, None when it is hidden
        self.moved_at = 0.0  # when the pointer last moved (clock seconds)
        self.strokes: list[Stroke] = []
        self.drawing = False  # the last stroke is still being drawn
        self.zoom = WHOLE
        self.colour_index = 0
        self._position: Position | None = None

    # --- reading -----------------------------------------------------------
    @property
    def colour(self) -> str:
        """The pen's colour now (a hex string)."""
        return PEN_COLOURS[self.colour_index][1]

    @property
    def colour_name(self) -> str:
        return PEN_COLOURS[self.colour_index][0]

    def pointer_opacity(self, now: float | None = None) -> float:
        """1 while the pointer moves, fading to 0 after a moment of stillness."""
        if self.pointer is None:
            return 0.0
        still = (self._clock() if now is None else now) - self.moved_at
        return min(1.0, max(0.0, 1 - (still - POINTER_STILL_S) / POINTER_FADE_S))

    def subscribe(self, listener: Listener) -> None:
        """Call ``listener(marks, change)`` after every change."""
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    # --- pointer -----------------------------------------------------------
    def move_pointer(self, point: Point) -> None:
        self.pointer, self.moved_at = _clamped(point), self._clock()
        self._tell(Change.POINTER)

    def hide_pointer(self) -> None:
        if self.pointer is not None:
            self.pointer = None
            self._tell(Change.POINTER)

    # --- pen ---------------------------------------------------------------
    def begin_stroke(self, point: Point) -> None:
        self.strokes.append(Stroke(self.colour, [_clamped(point)]))
        self.drawing = True
        self._tell(Change.STROKES)

    def extend_stroke(self, point: Point) -> None:
        if not self.drawing:
            return
        points, point = self.strokes[-1].points, _clamped(point)
        last = points[-1]
        if abs(point[0] - last[0]) + abs(point[1] - last[1]) >= MIN_STEP:
            points.append(point)
            self._tell(Change.STROKES)

    def end_stroke(self) -> None:
        self.drawing = False

    def undo(self) -> bool:
        """Remove the last stroke. False when there is none."""
        if not self.strokes:
            return False
        self.strokes.pop()
        self.drawing = False
        self._tell(Change.STROKES)
        return True

    def erase(self) -> bool:
        """Remove every stroke of this step. False when there were none."""
        if not self.strokes:
            return False
        self.strokes.clear()
        self.drawing = False
        self._tell(Change.STROKES)
        return True

    def next_colour(self) -> None:
        self.colour_index = (self.colour_index + 1) % len(PEN_COLOURS)
        self._tell(Change.PEN)

    # --- zoom --------------------------------------------------------------
    def zoom_at(self, point: Point, factor: float) -> None:
        """Magnify by ``factor`` (below 1: less) keeping ``point`` (of the picture) where it is on screen."""
        size = min(1.0, max(MIN_ZOOM, self.zoom.size / factor))
        view = self.zoom.to_view(point)
        left, top = point[0] - view[0] * size, point[1] - view[1] * size
        self._set_zoom(Region.around((left + size / 2, top + size / 2), size))

    def zoom_to(self, corner: Point, other: Point) -> bool:
        """Show the rectangle between two corners (picture coordinates), widened to 16:9.

        False (and no change) for a rectangle too small to mean one."""
        width, height = abs(corner[0] - other[0]), abs(corner[1] - other[1])
        if max(width, height) < MIN_ZOOM / 4:
            return False
        centre = ((corner[0] + other[0]) / 2, (corner[1] + other[1]) / 2)
        self._set_zoom(Region.around(centre, max(width, height)))
        return True

    def zoom_out(self) -> bool:
        """Back to the whole picture. False when already there."""
        return self._set_zoom(WHOLE)

    # --- the step on screen ------------------------------------------------
    def show_step(self, position: Position) -> None:
        """The presentation is at ``position``: a new step clears the strokes, a new slide the zoom too."""
        before, self._position = self._position, position
        if before is None or before == position:
            return
        self.erase()
        if before.slide != position.slide:
            self.zoom_out()

    def _set_zoom(self, region: Region) -> bool:
        if region == self.zoom:
            return False
        self.zoom = region
        self._tell(Change.ZOOM)
        return True

    def _tell(self, change: Change) -> None:
        for listener in list(self._listeners):
            listener(self, change)


def _clamped(point: Point) -> Point:
    return min(max(point[0], 0.0), 1.0), min(max(point[1], 0.0), 1.0)
