"""Reusable pieces of the shared picture language: membrane, locks, keys, dopamine, meter.

Every scene about receptors draws the same things the same way, so a patient
who has seen "Keys and locks" recognises the parts in later scenes:

- :class:`Membrane`: the nerve cell's skin, a horizontal band across the frame
  (outside above, inside the cell below).
- :class:`Receptor`: a lock sitting in the membrane, with a V-shaped notch on
  the outside and a small dial inside that turns when the lock switches on.
  States: off, on (:meth:`Receptor.switch_on`), dimmed/stiff
  (:meth:`Receptor.stiffen`, tolerance) and taken back into the cell
  (:meth:`Receptor.withdraw`).
- :class:`Key`: a molecule that fits the notch. Endorphins are round-headed and
  orange; other keys (heroin, a blocker) change ``head`` and ``colour`` but keep
  the same tab, because they fit the same lock.
- :func:`dopamine_dots` and :func:`burst`: a small cloud of dopamine released.
- :class:`RewardMeter`: a vertical bar whose level animates.
- :func:`fit_text` and :func:`leader`: labels that wrap to a width (for longer
  translations) and a thin line from a label to what it names.

Sizes are in Manim units (the frame is about 14.2 by 8). All builders are
cheap: a handful of mobjects each, no updaters.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence

import numpy as np
from manim import (DOWN, LEFT, ORIGIN, PI, RIGHT, UP, Animation, AnimationGroup, Circle,
                   Difference, Dot, Line, ManimColor, Mobject, Polygon, Rectangle, RegularPolygon,
                   RoundedRectangle, Succession, Transform, Union, UpdateFromAlphaFunc, VGroup,
                   VMobject, interpolate_color, smooth)

from scenes import look

Point = np.ndarray | Sequence[float]


def tint(colour: str, amount: float, ground: str = look.BACKGROUND) -> str:
    """``colour`` mixed into the dark ground: 0 is the ground, 1 the colour itself."""
    return interpolate_color(ManimColor(ground), ManimColor(colour), amount).to_hex()


def glow(colour: str, radius: float, strength: float = 0.35, layers: int = 3) -> VGroup:
    """A soft halo: concentric discs of falling opacity (Cairo has no blur)."""
    return VGroup(*[Circle(radius=radius * (1 - 0.28 * i), stroke_width=0)
                    .set_fill(colour, strength / layers) for i in range(layers)])


class Membrane(VGroup):
    """The cell membrane: a band with rows of lipid heads along both edges.

    ``y`` is the band's centre; the outside of the cell is above, the inside
    below. The heads are one VMobject, so the band stays cheap to draw.
    """

    def __init__(self, y: float = 0.0, width: float = 15.0, thickness: float = 0.55,
                 colour: str = look.MEMBRANE, head_colour: str | None = None,
                 head_radius: float = 0.075) -> None:
        super().__init__()
        self.thickness = thickness
        band = Rectangle(width=width, height=thickness, stroke_width=0).set_fill(colour, 1)
        heads = VMobject(stroke_width=0).set_fill(head_colour or tint(colour, 0.55, look.TEXT), 1)
        step = head_radius * 2.6
        for edge in (thickness / 2 - head_radius, -thickness / 2 + head_radius):
            for x in np.arange(-width / 2 + step / 2, width / 2, step):
                heads.append_points(Circle(radius=head_radius).move_to([x, edge, 0]).points)
        self.band, self.heads = band, heads
        self.add(band, heads)
        self.move_to([0, y, 0])

    @property
    def top(self) -> float:
        return float(self.band.get_top()[1])

    @property
    def bottom(self) -> float:
        return float(self.band.get_bottom()[1])


class Receptor(VGroup):
    """A lock (receptor) in the membrane: a body with a V notch on top and a dial inside.

    Built centred at the origin; move it with ``move_to``. ``on_colour`` is the
    switched-on colour; the halo is invisible until :meth:`switch_on`.
    """

    NOTCH_WIDTH = 0.36
    NOTCH_DEPTH = 0.30

    def __init__(self, colour: str = look.RECEPTOR, on_colour: str = look.ACTIVE,
                 width: float = 0.62, height: float = 1.15) -> None:
        super().__init__()
        self.colour, self.on_colour = colour, on_colour
        w, h, nw, nd = width, height, self.NOTCH_WIDTH, self.NOTCH_DEPTH
        block = RoundedRectangle(width=w, height=h, corner_radius=0.12)
        notch = Polygon([0, h / 2 - nd, 0], [nw / 2, h / 2 + 0.01, 0], [nw / 2, h / 2 + 0.3, 0],
                        [-nw / 2, h / 2 + 0.3, 0], [-nw / 2, h / 2 + 0.01, 0])
        self.body = Difference(block, notch).set_stroke(colour, 4).set_fill(tint(colour, 0.3), 1)
        # a knob whose pointer lies flat (off) and stands up (on)
        knob = np.array([0, -h / 2 + 0.3, 0])
        self.dial = VGroup(Circle(radius=0.14).set_stroke(colour, 3).move_to(knob),
                           Line(knob, knob + LEFT * 0.1).set_stroke(colour, 4))
        self.halo = glow(on_colour, radius=0.55 * h, strength=0.0)
        self.add(self.halo, self.body, self.dial)
        self._built_width = float(self.body.width)

    def seat(self) -> np.ndarray:
        """Where a key's tip rests: the bottom of the notch (follows moves and scaling)."""
        scale = self.body.width / self._built_width
        return self.body.get_top() + DOWN * self.NOTCH_DEPTH * scale

    def switch_on(self, run_time: float = 1.2) -> Animation:
        """The lock turns: the dial rotates a quarter turn, colour and halo come up."""
        on = self.on_colour
        return AnimationGroup(
            self.body.animate.set_stroke(on).set_fill(tint(on, 0.35)),
            self._turn(-PI / 2, on),
            *[disc.animate.set_fill(on, 0.1) for disc in self.halo],
            run_time=run_time)

    def _turn(self, angle: float, colour: str) -> Animation:
        """Turn the knob about its centre (points move on arcs, so it truly rotates)."""
        centre = self.dial[0].get_center()
        return self.dial.animate(path_arc=angle).rotate(angle, about_point=centre) \
            .set_stroke(colour)

    def switch_off(self, run_time: float = 1.2) -> Animation:
        """Back to rest: the dial turns back, colour and halo fade."""
        return AnimationGroup(
            self.body.animate.set_stroke(self.colour).set_fill(tint(self.colour, 0.3)),
            self._turn(PI / 2, self.colour),
            *[disc.animate.set_fill(opacity=0) for disc in self.halo],
            run_time=run_time)

    def stiffen(self, amount: float = 0.6, run_time: float = 1.5) -> Animation:
        """Dimmed and stiff (tolerance): greyer and duller, no halo. ``amount`` 0 to 1."""
        grey = tint(self.colour, 1 - amount, look.MEMBRANE)
        return AnimationGroup(
            self.body.animate.set_stroke(grey, 3).set_fill(tint(grey, 0.3)),
            self.dial.animate.set_stroke(grey),
            *[disc.animate.set_fill(opacity=0) for disc in self.halo],
            run_time=run_time)

    def withdraw(self, depth: float = 1.2, run_time: float = 1.8) -> Animation:
        """Taken back into the cell: sinks below the membrane and fades away.

        The receptor stays in the scene, invisible; remove it afterwards if needed.
        """
        return self.animate(run_time=run_time).shift(DOWN * depth).scale(0.7).set_opacity(0)


class Key(VGroup):
    """A molecule shaped to fit :class:`Receptor`'s notch: a head above a V tab.

    ``head`` is ``"round"`` (endorphin), ``"hexagon"`` (e.g. heroin/morphine),
    ``"square"`` or ``"bar"`` (a wide, flat head, e.g. a blocker). The tab is
    the same for all, a little smaller than the notch so the fit shows.
    """

    def __init__(self, colour: str = look.ENDORPHIN, head: str = "round",
                 size: float = 0.22) -> None:
        super().__init__()
        nw, nd = Receptor.NOTCH_WIDTH - 0.06, Receptor.NOTCH_DEPTH - 0.03
        tab = Polygon([0, 0, 0], [nw / 2, nd + 0.02, 0], [-nw / 2, nd + 0.02, 0])
        shapes: dict[str, Callable[[], VMobject]] = {
            "round": lambda: Circle(radius=size),
            "hexagon": lambda: RegularPolygon(6, radius=size * 1.1),
            "square": lambda: RoundedRectangle(width=size * 1.8, height=size * 1.8,
                                               corner_radius=0.05),
            "bar": lambda: RoundedRectangle(width=size * 3.2, height=size * 1.1,
                                            corner_radius=0.06),
        }
        top = shapes[head]()
        top.move_to([0, nd + top.height / 2 - 0.04, 0])
        self.shape = Union(tab, top).set_stroke(tint(colour, 0.55, look.TEXT), 2.5)
        self.shape.set_fill(colour, 1)
        self.add(self.shape)
        self.tilt = 0.0

    def tip(self) -> np.ndarray:
        """The point of the tab, for an upright key."""
        return self.shape.points[np.argmin(self.shape.points[:, 1])]

    def tilted(self, angle: float) -> Key:
        """Rotate by ``angle`` (radians) about the centre, remembering the tilt."""
        self.rotate(angle)
        self.tilt += angle
        return self

    def fit_into(self, receptor: Receptor, run_time: float = 3.0,
                 path_arc: float = 0.0) -> Animation:
        """Drift to just above the lock, turning upright, then slide into the notch."""
        seated = self.copy().rotate(-self.tilt)
        seated.tilt = 0.0
        seated.shift(receptor.seat() - seated.tip() + UP * 0.03)
        hover = seated.copy().shift(UP * 0.35)
        self.tilt = 0.0
        return Succession(Transform(self, hover, path_arc=path_arc, run_time=run_time * 0.8),
                          Transform(self, seated, run_time=run_time * 0.2))


def dopamine_dots(count: int, origin: Point = ORIGIN, colour: str = look.DOPAMINE,
                  radius: float = 0.075) -> VGroup:
    """``count`` dopamine dots, all at ``origin`` (hidden in one point until a burst)."""
    return VGroup(*[Dot(origin, radius=radius, color=colour) for _ in range(count)])


def burst(dots: VGroup, centre: Point, spread: tuple[float, float] = (1.4, 0.8),
          run_time: float = 2.5, seed: int = 1) -> AnimationGroup:
    """Dots fly out to random places in an ellipse around ``centre`` (repeatable)."""
    rng = np.random.default_rng(seed)
    anims = []
    for i, dot in enumerate(dots):
        angle, r = rng.uniform(0, 2 * PI), np.sqrt(rng.uniform(0.05, 1))
        target = np.array(centre, float) + [spread[0] * r * np.cos(angle),
                                             spread[1] * r * np.sin(angle), 0]
        anims.append(dot.animate(run_time=run_time * (0.7 + 0.3 * (i % 4) / 3)).move_to(target))
    return AnimationGroup(*anims, lag_ratio=0.04)


class RewardMeter(VGroup):
    """A vertical bar in a rounded frame; :meth:`level_to` animates the fill (0 to 1).

    ``marks`` are levels drawn as small ticks beside the bar (e.g. a "normal"
    level for comparisons in later scenes).
    """

    def __init__(self, height: float = 3.6, width: float = 0.7, colour: str = look.DOPAMINE,
                 level: float = 0.0, marks: Sequence[float] = ()) -> None:
        super().__init__()
        self.colour, self.inner_h, self.pad = colour, height - 0.16, 0.08
        self.frame = RoundedRectangle(width=width, height=height, corner_radius=0.12)
        self.frame.set_stroke(look.TEXT_SOFT, 3).set_fill(tint(look.MEMBRANE, 0.6), 1)
        self.bar_w = width - 2 * self.pad
        self.fill = self._bar(level)
        ticks = VGroup(*[Line(LEFT * 0.14, RIGHT * 0.14).set_stroke(look.TEXT_SOFT, 3)
                         .move_to(self.frame.get_corner(DOWN + RIGHT)
                                  + UP * (self.pad + m * self.inner_h) + RIGHT * 0.2)
                         for m in marks])
        self.add(self.frame, self.fill, ticks)
        self.level = level

    def _bar(self, level: float) -> Rectangle:
        bar = Rectangle(width=self.bar_w, height=max(level, 1e-3) * self.inner_h, stroke_width=0)
        bar.set_fill(self.colour, 1 if level > 0 else 0)
        return bar.move_to(self.frame.get_bottom() + UP * self.pad, aligned_edge=DOWN)

    def level_to(self, level: float, run_time: float = 2.5,
                 rate_func: Callable[[float], float] = smooth) -> Animation:
        """Animate the fill from its current level to ``level``.

        The meter remembers ``level`` at once, so build these in the order they play.
        """
        start = self.level
        self.level = level

        def update(bar: Mobject, alpha: float) -> None:
            bar.become(self._bar(start + (level - start) * alpha))

        return UpdateFromAlphaFunc(self.fill, update, run_time=run_time, rate_func=rate_func)


def fit_text(make: Callable[[str], VMobject], content: str, max_width: float,
             max_height: float = 2.0, max_lines: int = 3, align: np.ndarray = LEFT) -> VMobject:
    """``content`` made by ``make`` (e.g. a scene's ``text``), wrapped to ``max_width``.

    Tries one line, then the most even split into 2..``max_lines`` lines at
    spaces; only if no split fits (or the lines are taller than ``max_height``)
    is the block scaled down, a last resort for unusually long translations.
    The lines are one Text (even line spacing), aligned LEFT, RIGHT or ORIGIN
    (centred).
    """
    words = content.split()
    widths: dict[str, float] = {}

    def width(text: str) -> float:
        if text not in widths:
            widths[text] = make(text).width
        return widths[text]

    best: list[str] = [content]
    for n in range(1, min(max_lines, len(words)) + 1):
        splits = itertools.combinations(range(1, len(words)), n - 1)
        options = [[" ".join(words[a:b]) for a, b in zip((0, *cut), (*cut, len(words)))]
                   for cut in splits]
        best = min(options, key=lambda lines: max(width(t) for t in lines))
        if max(width(t) for t in best) <= max_width:
            break
    block = make("\n".join(best))
    glyphs = [len("".join(line.split())) for line in best]
    if len(best) > 1 and sum(glyphs) == len(block.submobjects) and not np.allclose(align, LEFT):
        edge = block.get_critical_point(align)[0]
        start = 0
        for count in glyphs:  # Pango sets lines flush left; move each to the edge wanted
            line = VGroup(*block.submobjects[start:start + count])
            line.shift(RIGHT * (edge - line.get_critical_point(align)[0]))
            start += count
    block.scale(min(1.0, max_width / block.width, max_height / block.height))
    return block


def leader(start: Point, end: Point, colour: str = look.TEXT_SOFT) -> VGroup:
    """A thin line from a label to the thing it names, with a dot at the thing."""
    return VGroup(Line(start, end).set_stroke(colour, 2.5, opacity=0.9),
                  Dot(end, radius=0.05, color=colour))


