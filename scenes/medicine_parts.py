"""Pieces for the opioid medicine scenes: a gripping key, a calendar, a naloxone box, day lines, a warning frame.

Kept apart from scenes/parts.py (whose source is in every scene's render key);
"Medicines that use the locks" and "Fentanyl and naloxone" import them.
"""

from __future__ import annotations

import numpy as np
from manim import DOWN, UP, Animation, AnimationGroup, Circle, Line, Rectangle, RoundedRectangle, VGroup, VMobject

from scenes import look
from scenes.parts import Key, people_dots, tint

CLAW_OPEN = 0.6  # radians a claw stands open before the key holds on


class GripKey(Key):
    """A square-headed key with two claws beside its tab (buprenorphine: it holds on tight).

    The claws stand open while the key travels; :meth:`clamp` closes them
    around the top of the lock once the key is seated.
    """

    def __init__(self, colour: str = look.GREEN, size: float = 0.22) -> None:
        super().__init__(colour, "square", size)
        self.claws = VGroup()
        for side in (-1, 1):
            hinge = np.array([side * 0.19, 0.33, 0])
            claw = VMobject().set_points_as_corners([hinge, [side * 0.39, 0.33, 0], [side * 0.39, 0.1, 0]])
            claw.set_stroke(tint(colour, 0.55, look.TEXT), 5)
            claw.rotate(side * CLAW_OPEN, about_point=hinge)
            claw.side = side
            self.claws.add(claw)
        self.add(self.claws)

    def clamp(self, run_time: float = 1.0) -> Animation:
        """The claws close around the lock (wherever the key is by then)."""
        return AnimationGroup(*[Swing(claw, -claw.side * CLAW_OPEN, run_time=run_time) for claw in self.claws])


class Swing(Animation):
    """Rotate a stroke about its first point, found when the animation starts (not when it is built)."""

    def __init__(self, mobject: VMobject, angle: float, **kwargs) -> None:
        super().__init__(mobject, **kwargs)
        self.angle = angle

    def begin(self) -> None:
        self.hinge = self.mobject.points[0].copy()
        super().begin()

    def interpolate_mobject(self, alpha: float) -> None:
        self.mobject.become(self.starting_mobject)
        self.mobject.rotate(self.angle * self.rate_func(alpha), about_point=self.hinge)


def warning_frame(words: VMobject, left: float, top: float) -> VGroup:
    """Vermillion ``words`` in a dark frame whose top left corner is at (left, top).

    On the lit inside of the cell vermillion reads at about 2.9:1; on the dark ground it reads well.
    """
    frame = RoundedRectangle(width=words.width + 0.5, height=words.height + 0.4, corner_radius=0.14)
    frame.set_stroke(look.VERMILLION, 3).set_fill(look.BACKGROUND, 0.9)
    frame.move_to([left + frame.width / 2, top - frame.height / 2, 0])
    return VGroup(frame, words.move_to(frame))


def calendar(mark: str = look.SKY_BLUE, width: float = 2.4, height: float = 2.1) -> VGroup:
    """A month on a wall calendar, one day ringed (a shot once a month)."""
    page = RoundedRectangle(width=width, height=height, corner_radius=0.12)
    page.set_stroke(look.TEXT_SOFT, 3).set_fill(tint(look.MEMBRANE, 0.6), 1)
    band = Rectangle(width=width - 0.12, height=0.32, stroke_width=0).set_fill(tint(look.TEXT_SOFT, 0.5), 1)
    band.move_to(page.get_top() + DOWN * 0.24)
    rings = VGroup(
        *[
            Line(UP * 0.12, DOWN * 0.12).set_stroke(look.TEXT_SOFT, 5).move_to(page.get_top() + [x, 0, 0])
            for x in (-0.6, 0.6)
        ]
    )
    days = people_dots(28, per_row=7, radius=0.07, gap=0.3, colour=look.TEXT_SOFT)
    days.move_to(page.get_center() + DOWN * 0.2)
    first = days.get_corner(UP + np.array([-1, 0, 0])) + np.array([0.07, -0.07, 0])
    ring = Circle(radius=0.17).set_stroke(mark, 5).move_to(first)
    group = VGroup(page, band, rings, days, ring)
    group.ring = ring
    return group


def naloxone_box(size: float = 0.6) -> VGroup:
    """A small box with the pale, bar-headed naloxone key inside (naloxone kept at home)."""
    box = RoundedRectangle(width=size * 1.4, height=size, corner_radius=0.08)
    box.set_stroke(look.TEXT_SOFT, 3).set_fill(tint(look.MEMBRANE, 0.6), 1)
    key = Key(look.TEXT_SOFT, "bar").scale(size * 0.9).move_to(box)
    return VGroup(box, key)


def day_lines(x0: float, x1: float, y0: float, y1: float, days: int = 2) -> tuple[VMobject, VMobject]:
    """Two illustrative lines over ``days`` days from x0 to x1 (heights y0..y1).

    A short-acting drug: a sharp rise and fall a few times a day. Methadone:
    a slow rise to a steady level that lasts to the next day's dose.
    """
    t = np.linspace(0.0, 1.0, 240)
    uses = np.linspace(0.02, 0.9, 3 * days)
    spiky = np.zeros_like(t)
    for start in uses:
        after = t - start
        rise = np.clip(after / 0.025, 0, 1)
        spiky = np.maximum(spiky, np.where(after >= 0, rise * np.exp(-np.clip(after - 0.025, 0, None) / 0.05), 0))
    steady = 0.5 * (1 - np.exp(-t / 0.06)) + 0.03 * np.cos(2 * np.pi * days * t)

    def line(values: np.ndarray, colour: str, width: float) -> VMobject:
        points = np.stack([x0 + (x1 - x0) * t, y0 + (y1 - y0) * (0.05 + 0.9 * values), 0 * t], axis=1)
        return VMobject().set_points_as_corners(points).set_stroke(colour, width)

    return line(spiky, look.PURPLE, 4), line(steady, look.MINT, 7)
