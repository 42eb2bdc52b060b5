"""TimeAxis: the shared picture of time passing (days, weeks, months).

A horizontal line with labelled ticks and a marker that travels along it.
Scenes about slow change (abstinence and regrowth, BDNF over weeks) use the
same axis, so patients read "time" the same way everywhere. Tick labels come
from the deck (``self.label``), through the scene's ``text`` maker.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
from manim import DOWN, UP, Animation, Line, Triangle, VGroup, VMobject, smooth

from scenes import look


class TimeAxis(VGroup):
    """An axis from ``x0`` to ``x1`` at height ``y`` with evenly spaced, labelled ticks."""

    def __init__(
        self,
        ticks: Sequence[str],
        make_text: Callable[[str], VMobject],
        x0: float = -5.5,
        x1: float = 5.5,
        y: float = -2.9,
        colour: str = look.TEXT_SOFT,
        marker_colour: str = look.YELLOW,
    ):
        super().__init__()
        self.x0, self.x1, self.y = x0, x1, y
        self.line = Line([x0, y, 0], [x1, y, 0], color=colour, stroke_width=4)
        self.ticks = VGroup()
        self.labels = VGroup()
        self.stops = [x0 + (x1 - x0) * i / max(1, len(ticks) - 1) for i in range(len(ticks))]
        spacing = (x1 - x0) / max(1, len(ticks) - 1)
        labels = [make_text(words) for words in ticks]
        if max((label.width for label in labels), default=0) > spacing * 0.85:
            # Crowded ("semana 0 semana 2"): every tick label on two centred lines, before
            # any shrinking, so neighbours keep a clear gap and the axis reads alike.
            labels = [
                self._two_lines(words, make_text) if " " in words else label for words, label in zip(ticks, labels)
            ]
        for x, label in zip(self.stops, labels):
            self.ticks.add(Line([x, y - 0.12, 0], [x, y + 0.12, 0], color=colour, stroke_width=4))
            if label.width > spacing * 0.92:
                label.scale_to_fit_width(spacing * 0.92)
            label.next_to([x, y - 0.12, 0], direction=-UP, buff=0.15)
            self.labels.add(label)
        self.marker = Triangle(color=marker_colour, fill_opacity=1, stroke_width=0)
        self.marker.scale(0.16).rotate(np.pi).move_to([x0, y + 0.3, 0])
        self.add(self.line, self.ticks, self.labels, self.marker)

    @staticmethod
    def _two_lines(words: str, make_text: Callable[[str], VMobject]) -> VMobject:
        """``words`` broken at the space nearest the middle, as two centred lines."""
        cut = min((i for i, c in enumerate(words) if c == " "), key=lambda i: abs(2 * i - len(words)))
        return VGroup(make_text(words[:cut]), make_text(words[cut + 1 :])).arrange(DOWN, buff=0.1)

    def x_at(self, position: float) -> float:
        """The x of a position measured in ticks (0 = first tick, may be fractional)."""
        last = len(self.stops) - 1
        position = min(max(position, 0.0), float(last))
        low = int(np.floor(position))
        high = min(low + 1, last)
        return self.stops[low] + (self.stops[high] - self.stops[low]) * (position - low)

    def move_marker(self, position: float, run_time: float = 2.0) -> Animation:
        """Slide the marker to a position (in ticks), easing in and out."""
        return self.marker.animate(run_time=run_time, rate_func=smooth).move_to(
            [self.x_at(position), self.marker.get_y(), 0]
        )
