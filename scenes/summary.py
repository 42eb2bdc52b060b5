"""The closing slide of every deck: "What to remember" and "What you can do"."""

from __future__ import annotations

import numpy as np
from manim import DOWN, LEFT, RIGHT, UP, Circle, FadeIn, FadeOut, LaggedStart, Line, RoundedRectangle, VGroup

from scenes import look
from scenes.base import DeckScene
from scenes.parts import tint

# Layout (Manim units; the frame is 14.2 x 8, nothing within 3% of its edge):
# each step has the whole picture under its heading, the points or the actions
# one under another, in large type.
LEFT_X, WIDTH = -6.4, 12.8  # left edge and width of the heading and the items
PANEL = (-6.55, 6.55, -3.5, 2.45)  # x0, x1, y0, y1 of the actions' frame
TOP, BOTTOM = 2.45, -3.5  # the points' room, under the heading
BULLETS = (look.SKY_BLUE, look.ORANGE, look.MINT)


def bullet(colour: str) -> VGroup:
    """A calm round marker in front of a point (a ring around a dot: no words, no numbers)."""
    return VGroup(
        Circle(radius=0.17).set_stroke(colour, 4), Circle(radius=0.08).set_stroke(width=0).set_fill(colour, 1)
    )


def tick(colour: str = look.MINT) -> VGroup:
    """A check mark in front of an action."""
    mark = VGroup(Line([-0.16, 0.0, 0], [-0.04, -0.14, 0]), Line([-0.04, -0.14, 0], [0.2, 0.16, 0]))
    return mark.set_stroke(colour, 7)


class Summary(DeckScene):
    """Summary: the deck's three points to remember, then what the patient can do.

    Storyboard (what the patient sees):

    1. ``remember``: the heading "What to remember" at the top. Three short
       points appear one after another, one under another across the
       picture, each behind a round marker in its own colour (sky blue,
       orange, mint). They stay.
    2. ``what-you-can-do``: the points fade; the heading becomes "What you
       can do" (mint), and a framed panel fills with ``actions`` actions
       (one to three), each behind a mint check mark. Everything stays on
       screen to the last frame, for a slow reader; nothing flashes.

    Every word is a label, so a deck writes its own points and actions (and
    the clinic's own emergency or crisis numbers, where an action needs them).
    Params: ``actions``, how many of ``action1``..``action3`` are shown.
    """

    STEPS = ("remember", "what-you-can-do")
    PARAMS = {"actions": 2}
    BOUNDS = {"actions": (1, 3)}
    LABELS = {
        "title": "What to remember",
        "point1": "Point one.",
        "point2": "Point two.",
        "point3": "Point three.",
        "do": "What you can do",
        "action1": "Action one.",
        "action2": "Action two.",
        "action3": "Action three.",
    }

    def setup_stage(self) -> None:
        self.title = self.heading("title", look.TEXT)
        self.add(self.title)

    def heading(self, name: str, colour: str) -> VGroup:
        words = self.label_block(name, colour, width=WIDTH, height=0.75, size=look.TITLE_SIZE, lines=1)
        return words.move_to([LEFT_X, 3.3, 0], aligned_edge=LEFT)

    def column(
        self,
        names: list[str],
        marks: list[VGroup],
        width: float,
        top: float,
        bottom: float,
        left: float,
        size: int = look.LABEL_SIZE,
    ) -> VGroup:
        """Items (a marker and its words) stacked from ``top``, sharing the room to ``bottom``."""
        gap = 0.35
        room = (top - bottom - gap * (len(names) - 1)) / len(names)
        rows = VGroup()
        y = top
        for name, mark in zip(names, marks):
            words = self.label_block(name, look.TEXT, width=width - 0.6, height=room, lines=3, size=size)
            words.move_to([left + 0.6, y, 0], aligned_edge=UP + LEFT)
            mark.move_to([left + 0.17, words.get_top()[1] - 0.22 * size / look.LABEL_SIZE, 0])
            rows.add(VGroup(mark, words))
            y = words.get_bottom()[1] - gap
        return rows

    def step_remember(self) -> None:
        self.points = self.column(
            ["point1", "point2", "point3"],
            [bullet(c) for c in BULLETS],
            WIDTH,
            TOP - 0.1,
            BOTTOM,
            LEFT_X,
            look.LARGE_SIZE,
        )
        self.play(LaggedStart(*[FadeIn(p, shift=UP * 0.2) for p in self.points], lag_ratio=0.6), run_time=3.6)
        self.wait(1.5)

    def step_what_you_can_do(self) -> None:
        x0, x1, y0, y1 = PANEL
        frame = RoundedRectangle(width=x1 - x0, height=y1 - y0, corner_radius=0.2)
        frame.set_stroke(look.MINT, 3).set_fill(tint(look.MEMBRANE, 0.3), 1)
        frame.move_to([(x0 + x1) / 2, (y0 + y1) / 2, 0])
        heading = self.heading("do", look.MINT)
        count = int(np.clip(self.param("actions"), 1, 3))
        names = [f"action{i + 1}" for i in range(count)]
        actions = self.column(
            names, [tick() for _ in names], x1 - x0 - 0.6, y1 - 0.35, y0 + 0.35, x0 + 0.3, look.LARGE_SIZE
        )
        self.play(FadeOut(self.points), FadeOut(self.title), run_time=1.0)
        self.play(FadeIn(heading, shift=DOWN * 0.1), FadeIn(frame), run_time=1.2)
        self.play(
            LaggedStart(*[FadeIn(a, shift=RIGHT * 0.2) for a in actions], lag_ratio=0.6), run_time=1.2 + 1.0 * count
        )
        self.wait(2.0)
