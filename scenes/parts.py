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
from manim import (
    DOWN,
    LEFT,
    ORIGIN,
    PI,
    RIGHT,
    UP,
    Animation,
    AnimationGroup,
    Circle,
    Difference,
    Dot,
    Line,
    ManimColor,
    Mobject,
    Polygon,
    Rectangle,
    RegularPolygon,
    RoundedRectangle,
    Succession,
    Transform,
    Union,
    UpdateFromAlphaFunc,
    VGroup,
    VMobject,
    interpolate_color,
    smooth,
)

from scenes import look

Point = np.ndarray | Sequence[float]


def tint(colour: str, amount: float, ground: str = look.BACKGROUND) -> str:
    """``colour`` mixed into the dark ground: 0 is the ground, 1 the colour itself."""
    return interpolate_color(ManimColor(ground), ManimColor(colour), amount).to_hex()


def glow(colour: str, radius: float, strength: float = 0.35, layers: int = 3) -> VGroup:
    """A soft halo: concentric discs of falling opacity (Cairo has no blur)."""
    return VGroup(
        *[
            Circle(radius=radius * (1 - 0.28 * i), stroke_width=0).set_fill(colour, strength / layers)
            for i in range(layers)
        ]
    )


class Membrane(VGroup):
    """The cell membrane: a band with rows of lipid heads along both edges.

    ``y`` is the band's centre; the outside of the cell is above, the inside
    below. The heads are one VMobject, so the band stays cheap to draw.
    """

    def __init__(
        self,
        y: float = 0.0,
        width: float = 15.0,
        thickness: float = 0.55,
        colour: str = look.MEMBRANE,
        head_colour: str | None = None,
        head_radius: float = 0.075,
    ) -> None:
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

    def __init__(
        self, colour: str = look.RECEPTOR, on_colour: str = look.ACTIVE, width: float = 0.62, height: float = 1.15
    ) -> None:
        super().__init__()
        self.colour, self.on_colour = colour, on_colour
        w, h, nw, nd = width, height, self.NOTCH_WIDTH, self.NOTCH_DEPTH
        block = RoundedRectangle(width=w, height=h, corner_radius=0.12)
        notch = Polygon(
            [0, h / 2 - nd, 0],
            [nw / 2, h / 2 + 0.01, 0],
            [nw / 2, h / 2 + 0.3, 0],
            [-nw / 2, h / 2 + 0.3, 0],
            [-nw / 2, h / 2 + 0.01, 0],
        )
        self.body = Difference(block, notch).set_stroke(colour, 4).set_fill(tint(colour, 0.3), 1)
        # a knob whose pointer lies flat (off) and stands up (on)
        knob = np.array([0, -h / 2 + 0.3, 0])
        self.dial = VGroup(
            Circle(radius=0.14).set_stroke(colour, 3).move_to(knob), Line(knob, knob + LEFT * 0.1).set_stroke(colour, 4)
        )
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
            run_time=run_time,
        )

    def _turn(self, angle: float, colour: str) -> Animation:
        """Turn the knob about its centre (points move on arcs, so it truly rotates)."""
        centre = self.dial[0].get_center()
        return self.dial.animate(path_arc=angle).rotate(angle, about_point=centre).set_stroke(colour)

    def switch_off(self, run_time: float = 1.2) -> Animation:
        """Back to rest: the dial turns back, colour and halo fade."""
        return AnimationGroup(
            self.body.animate.set_stroke(self.colour).set_fill(tint(self.colour, 0.3)),
            self._turn(PI / 2, self.colour),
            *[disc.animate.set_fill(opacity=0) for disc in self.halo],
            run_time=run_time,
        )

    def stiffen(self, amount: float = 0.6, run_time: float = 1.5) -> Animation:
        """Dimmed and stiff (tolerance): greyer and duller, no halo. ``amount`` 0 to 1."""
        grey = tint(self.colour, 1 - amount, look.MEMBRANE)
        return AnimationGroup(
            self.body.animate.set_stroke(grey, 3).set_fill(tint(grey, 0.3)),
            self.dial.animate.set_stroke(grey),
            *[disc.animate.set_fill(opacity=0) for disc in self.halo],
            run_time=run_time,
        )

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

    def __init__(self, colour: str = look.ENDORPHIN, head: str = "round", size: float = 0.22) -> None:
        super().__init__()
        nw, nd = Receptor.NOTCH_WIDTH - 0.06, Receptor.NOTCH_DEPTH - 0.03
        tab = Polygon([0, 0, 0], [nw / 2, nd + 0.02, 0], [-nw / 2, nd + 0.02, 0])
        shapes: dict[str, Callable[[], VMobject]] = {
            "round": lambda: Circle(radius=size),
            "hexagon": lambda: RegularPolygon(6, radius=size * 1.1),
            "square": lambda: RoundedRectangle(width=size * 1.8, height=size * 1.8, corner_radius=0.05),
            "bar": lambda: RoundedRectangle(width=size * 3.2, height=size * 1.1, corner_radius=0.06),
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

    def fit_into(self, receptor: Receptor, run_time: float = 3.0, path_arc: float = 0.0) -> Animation:
        """Drift to just above the lock, turning upright, then slide into the notch."""
        seated = self.copy().rotate(-self.tilt)
        seated.tilt = 0.0
        seated.shift(receptor.seat() - seated.tip() + UP * 0.03)
        hover = seated.copy().shift(UP * 0.35)
        self.tilt = 0.0
        return Succession(
            Transform(self, hover, path_arc=path_arc, run_time=run_time * 0.8),
            Transform(self, seated, run_time=run_time * 0.2),
        )


def dopamine_dots(count: int, origin: Point = ORIGIN, colour: str = look.DOPAMINE, radius: float = 0.075) -> VGroup:
    """``count`` dopamine dots, all at ``origin`` (hidden in one point until a burst)."""
    return VGroup(*[Dot(origin, radius=radius, color=colour) for _ in range(count)])


def burst(
    dots: VGroup, centre: Point, spread: tuple[float, float] = (1.4, 0.8), run_time: float = 2.5, seed: int = 1
) -> AnimationGroup:
    """Dots fly out to random places in an ellipse around ``centre`` (repeatable)."""
    rng = np.random.default_rng(seed)
    anims = []
    for i, dot in enumerate(dots):
        angle, r = rng.uniform(0, 2 * PI), np.sqrt(rng.uniform(0.05, 1))
        target = np.array(centre, float) + [spread[0] * r * np.cos(angle), spread[1] * r * np.sin(angle), 0]
        anims.append(dot.animate(run_time=run_time * (0.7 + 0.3 * (i % 4) / 3)).move_to(target))
    return AnimationGroup(*anims, lag_ratio=0.04)


class RewardMeter(VGroup):
    """A vertical bar in a rounded frame; :meth:`level_to` animates the fill (0 to 1).

    ``marks`` are levels drawn as small ticks beside the bar (e.g. a "normal"
    level for comparisons in later scenes).
    """

    def __init__(
        self,
        height: float = 3.6,
        width: float = 0.7,
        colour: str = look.DOPAMINE,
        level: float = 0.0,
        marks: Sequence[float] = (),
    ) -> None:
        super().__init__()
        self.colour, self.inner_h, self.pad = colour, height - 0.16, 0.08
        self.frame = RoundedRectangle(width=width, height=height, corner_radius=0.12)
        self.frame.set_stroke(look.TEXT_SOFT, 3).set_fill(tint(look.MEMBRANE, 0.6), 1)
        self.bar_w = width - 2 * self.pad
        self.fill = self._bar(level)
        ticks = VGroup(
            *[
                Line(LEFT * 0.14, RIGHT * 0.14)
                .set_stroke(look.TEXT_SOFT, 3)
                .move_to(self.frame.get_corner(DOWN + RIGHT) + UP * (self.pad + m * self.inner_h) + RIGHT * 0.2)
                for m in marks
            ]
        )
        self.add(self.frame, self.fill, ticks)
        self.level = level

    def _bar(self, level: float) -> Rectangle:
        bar = Rectangle(width=self.bar_w, height=max(level, 1e-3) * self.inner_h, stroke_width=0)
        bar.set_fill(self.colour, 1 if level > 0 else 0)
        return bar.move_to(self.frame.get_bottom() + UP * self.pad, aligned_edge=DOWN)

    def level_to(self, level: float, run_time: float = 2.5, rate_func: Callable[[float], float] = smooth) -> Animation:
        """Animate the fill from its current level to ``level``.

        The meter remembers ``level`` at once, so build these in the order they play.
        """
        start = self.level
        self.level = level

        def update(bar: Mobject, alpha: float) -> None:
            bar.become(self._bar(start + (level - start) * alpha))

        return UpdateFromAlphaFunc(self.fill, update, run_time=run_time, rate_func=rate_func)


def leader(start: Point, end: Point, colour: str = look.TEXT_SOFT) -> VGroup:
    """A thin line from a label to the thing it names, with a dot at the thing."""
    return VGroup(Line(start, end).set_stroke(colour, 2.5, opacity=0.9), Dot(end, radius=0.05, color=colour))


# -- added for the depression and ketamine scenes (append-only section) ---------


class LevelMeter(RewardMeter):
    """A :class:`RewardMeter` that can also be set at once and show an earlier level.

    :meth:`set_level` redraws the fill without an animation (for a scene's own
    synchronised updater, e.g. a meter following a marker on a time axis);
    :meth:`ghost` fades in a faint fill at a level, e.g. "what it was before".
    """

    def set_level(self, level: float) -> LevelMeter:
        self.fill.become(self._bar(level))
        self.level = level
        return self

    def ghost(self, level: float, opacity: float = 0.3) -> Animation:
        """Fade in a faint bar at ``level`` between the frame and the fill."""
        bar = self._bar(level).set_fill(self.colour, 0).set_z_index(self.frame.z_index)
        self.submobjects.insert(1, bar)
        return bar.animate.set_fill(self.colour, opacity).build()


def pill(
    colour: str = look.MINT,
    length: float = 1.1,
    thickness: float = 0.42,
    other: str = look.TEXT_SOFT,
    angle: float = 0.35,
) -> VGroup:
    """A two-coloured capsule (a medicine), tilted by ``angle`` radians."""
    r, half = thickness / 2, length / 2 - thickness / 2
    halves = VGroup()
    for side, fill in ((-1, other), (1, colour)):
        end = Circle(radius=r).move_to([side * half, 0, 0])
        body = Rectangle(width=half, height=thickness).move_to([side * half / 2, 0, 0])
        halves.add(Union(end, body).set_stroke(tint(fill, 0.6, look.TEXT), 2).set_fill(fill, 1))
    return halves.rotate(angle)


def people_dots(
    count: int, per_row: int = 12, radius: float = 0.06, gap: float = 0.2, colour: str = look.TEXT_SOFT
) -> VMobject:
    """``count`` small dots in rows (one per person in a study), as one cheap VMobject."""
    dots = VMobject(stroke_width=0).set_fill(colour, 1)
    for i in range(count):
        row, col = divmod(i, per_row)
        dots.append_points(Circle(radius=radius).move_to([col * gap, -row * gap, 0]).points)
    return dots


def fit_text(
    make: Callable[[str], VMobject],
    content: str,
    max_width: float,
    max_height: float = 2.0,
    max_lines: int = 3,
    align: np.ndarray = LEFT,
) -> VMobject:
    """``content`` made by ``make`` (e.g. a scene's ``text``), wrapped to ``max_width``.

    Tries one line, then the most even split into 2..``max_lines`` lines at
    spaces; only if no split fits (or the lines are taller than ``max_height``)
    is the block scaled down, a last resort for unusually long translations.
    Lines are aligned LEFT, RIGHT or ORIGIN (centred). Each word is measured
    once; line widths are estimated as the sum of their words plus spaces (Pango's
    kerning between words is negligible), so a long label costs a few Text
    builds instead of dozens. The result has ``line_groups``: one VGroup of
    glyphs per line (e.g. to strike a phrase through line by line).
    """
    words = content.split()
    if not words:
        return make(content)
    word_w = {w: make(w).width for w in set(words)}
    first = words[0]  # measure a space with the label's own word (every text stays a label)
    space = max(make(f"{first} {first}").width - 2 * word_w[first], 0.0)

    def width(line: Sequence[str]) -> float:
        return sum(word_w[w] for w in line) + space * (len(line) - 1)

    best = [words]
    for n in range(1, min(max_lines, len(words)) + 1):
        cuts = itertools.combinations(range(1, len(words)), n - 1)
        best = min(
            ([words[a:b] for a, b in zip((0, *cut), (*cut, len(words)))] for cut in cuts),
            key=lambda lines: (round(max(width(line) for line in lines), 2), -min(width(line) for line in lines)),
        )
        if max(width(line) for line in best) <= max_width:
            break
    block = make("\n".join(" ".join(line) for line in best))
    glyphs = [len("".join(line)) for line in best]
    groups: list[VGroup] = []
    if sum(glyphs) == len(block.submobjects):
        start = 0
        for count in glyphs:
            groups.append(VGroup(*block.submobjects[start : start + count]))
            start += count
    if len(groups) > 1 and not np.allclose(align, LEFT):
        edge = block.get_critical_point(align)[0]
        for line in groups:  # Pango sets lines flush left; move each to the edge wanted
            line.shift(RIGHT * (edge - line.get_critical_point(align)[0]))
    block.scale(min(1.0, max_width / block.width, max_height / block.height))
    block.line_groups = groups or [VGroup(*block.submobjects)]
    return block


# -- added for the tolerance and abstinence scenes (append-only section) ---------


def stiff_colour(receptor: Receptor, amount: float = 0.6) -> str:
    """The greyed colour :meth:`Receptor.stiffen` gives a lock (to draw it stiff at once)."""
    return tint(receptor.colour, 1 - amount, look.MEMBRANE)


def turn(
    receptor: Receptor, by: float, colour: str, halo: float = 0.0, width: float | None = None, run_time: float = 1.2
) -> Animation:
    """Turn a lock's dial by ``by`` quarter turns and recolour it: partial switching.

    ``by`` 1 is a full switch-on, 0.4 a weak one (a stiff, tolerant lock, or a
    calm, steady key); a negative ``by`` turns back. ``colour`` is the lock's
    colour afterwards, ``halo`` the opacity of each halo disc (0 to about 0.1),
    ``width`` an optional new outline width (stiff locks are drawn at 3, others at 4).
    """
    angle = -by * PI / 2
    centre = receptor.dial[0].get_center()
    body = receptor.body.animate.set_stroke(colour, width).set_fill(tint(colour, 0.32))
    return AnimationGroup(
        body,
        receptor.dial.animate(path_arc=angle).rotate(angle, about_point=centre).set_stroke(colour),
        *[disc.animate.set_fill(receptor.on_colour, halo) for disc in receptor.halo],
        run_time=run_time,
    )


def signal_pulses(
    sources: Sequence[Mobject], target: Point, colour: str = look.ACTIVE, run_time: float = 2.4
) -> tuple[VGroup, Animation]:
    """Small glowing signals that travel from each source's foot into the cell, to ``target``.

    Returns ``(trails_and_pulses, animation)``: the group is added by the
    animation's parts; fade it out when the signal has arrived.
    """
    from manim import Create, CubicBezier, MoveAlongPath

    trails, pulses, moves = VGroup(), VGroup(), []
    end = np.array(target, float)
    for source in sources:
        start = source.get_bottom() + UP * 0.05
        path = CubicBezier(start, start + DOWN * 0.7, end + UP * 0.7, end)
        trail = path.copy().set_stroke(colour, 3, opacity=0.4)
        pulse = VGroup(glow(colour, 0.16, 0.5), Dot(radius=0.06, color=colour)).move_to(start)
        trails.add(trail)
        pulses.add(pulse)
        moves.append(AnimationGroup(Create(trail), MoveAlongPath(pulse, path)))
    return VGroup(trails, pulses), AnimationGroup(*moves, lag_ratio=0.08, run_time=run_time)


class RewardPanel(VGroup):
    """A framed panel: a heading on top, a :class:`RewardMeter` with a labelled
    "normal" tick, and room at the bottom for a short status line.

    ``box`` is ``(x0, x1, y0, y1)``; ``heading`` and ``normal_label`` are
    ready-made texts (a scene's labels, already wrapped to fit: the label
    may be :meth:`label_room` wide). :meth:`status_to` cross-fades the status line,
    which is kept outside the group (the panel itself never changes). ``colour``
    and ``level`` are the meter's (e.g. a sky-blue breathing meter that starts at
    "normal").
    """

    def __init__(
        self,
        heading: VMobject,
        normal_label: VMobject,
        box: tuple[float, float, float, float],
        normal: float = 0.5,
        status_room: float = 1.2,
        meter_width: float = 0.62,
        colour: str = look.DOPAMINE,
        level: float = 0.0,
    ) -> None:
        super().__init__()
        x0, x1, y0, y1 = box
        self.frame = RoundedRectangle(width=x1 - x0, height=y1 - y0, corner_radius=0.2)
        self.frame.set_stroke(look.MEMBRANE, 3).set_fill(look.BACKGROUND, 1)
        self.frame.move_to([(x0 + x1) / 2, (y0 + y1) / 2, 0])
        heading.move_to([(x0 + x1) / 2, y1 - 0.25 - heading.height / 2, 0])
        top, bottom = heading.get_bottom()[1] - 0.3, y0 + 0.45 + status_room
        self.meter = RewardMeter(height=top - bottom, width=meter_width, colour=colour, level=level, marks=(normal,))
        content = meter_width + 0.46 + normal_label.width
        left = (x0 + x1) / 2 - content / 2
        self.meter.move_to([left + meter_width / 2, (top + bottom) / 2, 0])
        tick_y = self.meter.frame.get_bottom()[1] + self.meter.pad + normal * self.meter.inner_h
        normal_label.move_to([left + meter_width + 0.46, tick_y, 0], aligned_edge=LEFT)
        self.status_at = np.array([(x0 + x1) / 2, y0 + 0.25 + status_room / 2, 0])
        self.status: VMobject | None = None
        self.add(self.frame, heading, self.meter, normal_label)

    @staticmethod
    def label_room(box: tuple[float, float, float, float], meter_width: float = 0.62) -> float:
        """How wide the "normal" label may be."""
        return box[1] - box[0] - 0.5 - meter_width - 0.46

    def status_to(self, text: VMobject | None, run_time: float = 1.0) -> Animation:
        """Change the status line to ``text`` (``None`` clears it): the old one fades out first."""
        from manim import FadeIn, FadeOut, Wait

        anims: list[Animation] = []
        if self.status is not None:
            anims.append(FadeOut(self.status, shift=DOWN * 0.1, run_time=0.45))
        if text is not None:
            text.move_to(self.status_at)
            anims.append(FadeIn(text, shift=UP * 0.1, run_time=0.55))
        self.status = text
        return Succession(*anims, run_time=run_time) if anims else Wait(run_time)


def desaturate(mobjects: Sequence[Mobject], amount: float = 0.5, run_time: float = 3.0) -> AnimationGroup:
    """Drain colour from a picture: every colour moves ``amount`` toward a grey of equal
    brightness (WCAG luminance), so nothing gets darker or lighter.

    Text is left alone, so its contrast is unchanged. Pass the scene's top-level
    mobjects (e.g. ``scene.mobjects``); colours are read when this is called.
    """
    from manim import Text

    def grey(rgbas: np.ndarray) -> np.ndarray:
        rgb = rgbas[:, :3]
        lin = np.where(rgb <= 0.04045, rgb / 12.92, ((rgb + 0.055) / 1.055) ** 2.4)
        y = lin @ np.array([0.2126, 0.7152, 0.0722])
        g = np.where(y <= 0.0031308, 12.92 * y, 1.055 * np.power(y, 1 / 2.4) - 0.055)
        out = rgbas.copy()
        out[:, :3] = rgb + amount * (g[:, None] - rgb)
        return out

    def parts(mob: Mobject) -> list[VMobject]:
        if isinstance(mob, Text):
            return []
        found = [mob] if isinstance(mob, VMobject) else []
        return found + [p for sub in mob.submobjects for p in parts(sub)]

    anims = []
    for top in mobjects:
        members = parts(top)
        if not members:
            continue
        start = [(m.get_fill_rgbas().copy(), m.get_stroke_rgbas().copy()) for m in members]
        end = [(grey(f), grey(s)) for f, s in start]

        def update(_: Mobject, alpha: float, members=members, start=start, end=end) -> None:
            for m, (f0, s0), (f1, s1) in zip(members, start, end):
                m.fill_rgbas = f0 + (f1 - f0) * alpha
                m.stroke_rgbas = s0 + (s1 - s0) * alpha

        anims.append(UpdateFromAlphaFunc(top, update))
    # an empty group: a group of the animated mobjects would be re-added on top of the text
    from manim import Group

    return AnimationGroup(*anims, group=Group(), run_time=run_time)


def cell_inside(membrane: Membrane, depth: float = -4.1, top_tint: float = 0.75) -> VMobject:
    """The inside of the cell below ``membrane``: a panel shaded from nerve-cell blue to the ground.

    ``top_tint`` 0.75 (as in "Keys and locks") keeps sky-blue text on its
    brightest part at a contrast of 4.8:1.
    """
    inside = VMobject()
    top = membrane.bottom
    inside.set_points_as_corners([[-7.5, top, 0], [7.5, top, 0], [7.5, depth, 0], [-7.5, depth, 0], [-7.5, top, 0]])
    inside.set_stroke(width=0).set_fill([tint(look.NEURON, top_tint), look.BACKGROUND], 1)
    inside.set_sheen_direction(DOWN)
    return inside
