"""A nerve cell whose branches (dendrites) can thin out and grow back.

:class:`Neuron` draws a cell body with a branching tree of dendrites: tapered
strokes with small spines (the bumps where connections form). One number,
``fullness`` (0 to 1), says how much of the tree is there:

- about 0.25: thinned, as drawn for depression: only the main branches, thin,
  with few spines;
- 1.0: full: side branches and twigs, thicker, covered in spines.

The tree is random but seeded, so the same ``seed`` always gives the same cell,
and every fullness is a pure function of that number (no updaters, no time):
:meth:`Neuron.grow_to` animates it smoothly, branch tips growing out of their
parents. Each branch has a threshold: it starts to grow once fullness passes
it, only after its parent has reached the point it grows from.

Cheap to draw: the whole tree is one filled VMobject (every outline runs
clockwise, so overlapping branches merge under Cairo's winding fill rule) and
the spine heads another, rebuilt from a few hundred points per frame.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from manim import ORIGIN, Animation, Circle, UpdateFromAlphaFunc, VGroup, VMobject, smooth

from scenes import look
from scenes.parts import Point, tint

SAMPLES = 9  # points along each side of a branch outline


@dataclass
class Branch:
    """One dendrite segment: an arc from ``start`` with a tapering width."""

    start: np.ndarray
    angle: float  # direction at the start (radians)
    bend: float  # change of direction over the whole length (radians)
    length: float
    width: tuple[float, float]  # at the start and the tip, when fully grown
    threshold: float  # fullness at which it starts to grow
    ramp: float  # how much more fullness it takes to grow fully
    depth: int

    def growth(self, fullness: float) -> float:
        """0 (not there) to 1 (fully grown), eased."""
        return float(smooth(np.clip((fullness - self.threshold) / self.ramp, 0.0, 1.0)))

    def at(self, u: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Points and unit directions at fractions ``u`` of the full length."""
        u = np.asarray(u, float)
        theta = self.angle + self.bend * u
        if abs(self.bend) < 1e-6:
            dx, dy = u * np.cos(self.angle), u * np.sin(self.angle)
        else:
            k = self.bend
            dx = (np.sin(theta) - np.sin(self.angle)) / k
            dy = -(np.cos(theta) - np.cos(self.angle)) / k
        points = self.start + self.length * np.stack([dx, dy, np.zeros_like(u)], axis=-1)
        return points, np.stack([np.cos(theta), np.sin(theta), np.zeros_like(u)], axis=-1)


def _clockwise(corners: np.ndarray) -> np.ndarray:
    x, y = corners[:, 0], corners[:, 1]
    area = np.dot(x, np.roll(y, -1)) - np.dot(np.roll(x, -1), y)
    return corners[::-1] if area > 0 else corners


def _as_curves(corners: np.ndarray) -> np.ndarray:
    """A closed polygon as straight cubic Bézier segments (Manim's point layout)."""
    a, b = corners, np.roll(corners, -1, axis=0)
    return np.stack([a, a + (b - a) / 3, a + 2 * (b - a) / 3, b], axis=1).reshape(-1, 3)


def _disc(centre: np.ndarray, radius: float, sides: int = 10) -> np.ndarray:
    t = -np.linspace(0, 2 * np.pi, sides, endpoint=False)
    return centre + radius * np.stack([np.cos(t), np.sin(t), np.zeros(sides)], axis=-1)


class Neuron(VGroup):
    """A cell body with dendrites; ``fullness`` 0 to 1 sets how bushy and thick they are.

    ``reach`` is about the distance from the centre to the furthest twig when
    full. ``primaries`` main branches leave the cell body; each splits
    ``depth - 1`` more times.
    """

    def __init__(
        self,
        fullness: float = 1.0,
        centre: Point = ORIGIN,
        reach: float = 2.0,
        primaries: int = 7,
        depth: int = 3,
        seed: int = 4,
        colour: str = tint(look.SKY_BLUE, 0.55),
        spine_colour: str = look.SKY_BLUE,
        spine_spacing: float = 0.22,
    ) -> None:
        super().__init__()
        rng = np.random.default_rng(seed)
        self.centre = np.array(centre, float)
        self.reach = reach
        self.soma_radius = 0.17 * reach
        self.branches: list[Branch] = []
        turn = rng.uniform(0, 2 * np.pi)
        for i in range(primaries):
            angle = turn + 2 * np.pi * (i + rng.uniform(-0.2, 0.2)) / primaries
            self._grow_tree(
                rng, self.centre, angle, 0.4 * reach, 0.085 * reach, float(rng.uniform(-0.45, -0.2)), depth, 0
            )
        # spines: evenly spaced along every branch past the first third of the main ones
        self.spines: list[tuple[int, float, float, float]] = []  # branch, u, side, threshold
        for index, branch in enumerate(self.branches):
            first = 0.4 if branch.depth == 0 else 0.12
            count = int(branch.length * (1 - first) / spine_spacing)
            for j in range(count):
                u = first + (1 - first) * (j + rng.uniform(0.3, 0.7)) / max(count, 1)
                side = 1.0 if (j + index) % 2 else -1.0
                start = branch.threshold + branch.ramp * u
                start = min(start + rng.uniform(0.0, 0.12), 0.86)  # all grown at fullness 1
                self.spines.append((index, u, side, start))
        self.arbor = VMobject(stroke_width=0).set_fill(colour, 1)
        self.knobs = VMobject(stroke_width=0).set_fill(spine_colour, 1)
        self.soma = (
            Circle(radius=self.soma_radius, stroke_width=0).set_fill(tint(look.SKY_BLUE, 0.7), 1).move_to(self.centre)
        )
        self.nucleus = (
            Circle(radius=self.soma_radius * 0.42, stroke_width=0)
            .set_fill(tint(look.SKY_BLUE, 0.35), 1)
            .move_to(self.centre + [0.03, 0.02, 0])
        )
        self.add(self.arbor, self.knobs, self.soma, self.nucleus)
        self.fullness = 0.0
        self.set_fullness(fullness)

    def _grow_tree(
        self,
        rng: np.random.Generator,
        start: np.ndarray,
        angle: float,
        length: float,
        width: float,
        threshold: float,
        levels: int,
        depth: int,
    ) -> None:
        # a child must not start before its parent has grown past the fork
        ramp = 0.35 if depth == 0 else 0.25
        ramp = max(0.15, min(ramp, 0.999 - threshold))
        branch = Branch(
            start, angle, float(rng.uniform(-0.5, 0.5)), length, (width, width * 0.55), threshold, ramp, depth
        )
        self.branches.append(branch)
        if levels <= 1:
            return
        forks = (0.55, 1.0) if rng.uniform() < 0.75 else (1.0,)
        for fork in forks:
            u = fork * float(rng.uniform(0.85, 0.97))
            point, heading = branch.at(np.array([u]))
            side = rng.choice([-1.0, 1.0]) if fork < 1 else 0.0
            spread = side * rng.uniform(0.55, 0.8) if fork < 1 else rng.uniform(-0.35, 0.35)
            child_angle = float(np.arctan2(heading[0, 1], heading[0, 0]) + spread)
            child_start = threshold + ramp * u + float(rng.uniform(0.05, 0.2))
            child_width = (width + (width * 0.55 - width) * u) * 0.85
            self._grow_tree(rng, point[0], child_angle, length * 0.75, child_width, child_start, levels - 1, depth + 1)

    # -- drawing ----------------------------------------------------------------

    def _outline(self, branch: Branch, grown: float, thickness: float) -> np.ndarray:
        u = np.linspace(0, grown, SAMPLES)
        points, heading = branch.at(u)
        normal = np.stack([-heading[:, 1], heading[:, 0], np.zeros(SAMPLES)], axis=-1)
        w0, w1 = branch.width
        half = (w0 + (w1 - w0) * u) * thickness * (0.45 + 0.55 * grown) / 2
        left = points + normal * half[:, None]
        right = points - normal * half[:, None]
        # round tip: a half circle from the left edge to the right edge
        a0 = np.arctan2(normal[-1, 1], normal[-1, 0])
        t = a0 - np.linspace(0, np.pi, 6)[1:-1]
        cap = points[-1] + half[-1] * np.stack([np.cos(t), np.sin(t), np.zeros(4)], axis=-1)
        return _clockwise(np.vstack([left, cap, right[::-1]]))

    def shapes(self, fullness: float) -> tuple[np.ndarray, np.ndarray]:
        """The arbor's and the spine heads' Bézier points at ``fullness``."""
        thickness = 0.45 + 0.55 * fullness
        arbor: list[np.ndarray] = []
        knobs: list[np.ndarray] = []
        grown = [b.growth(fullness) for b in self.branches]
        for branch, g in zip(self.branches, grown):
            if g > 0.01:
                arbor.append(_as_curves(self._outline(branch, g, thickness)))
        for index, u, side, start in self.spines:
            branch = self.branches[index]
            size = float(smooth(np.clip(min((fullness - start) / 0.12, (grown[index] - u) / 0.15), 0, 1)))
            if size < 0.05:
                continue
            point, heading = branch.at(np.array([u]))
            normal = np.array([-heading[0, 1], heading[0, 0], 0.0]) * side
            w0, w1 = branch.width
            half = (w0 + (w1 - w0) * u) * thickness / 2
            head = point[0] + normal * (half + 0.07 * size)
            across = np.array([-normal[1], normal[0], 0.0]) * 0.014
            arbor.append(
                _as_curves(_clockwise(np.array([point[0] - across, head - across, head + across, point[0] + across])))
            )
            knobs.append(_as_curves(_clockwise(_disc(head, 0.045 * size))))
        return (np.vstack(arbor) if arbor else np.zeros((0, 3)), np.vstack(knobs) if knobs else np.zeros((0, 3)))

    def set_fullness(self, fullness: float) -> Neuron:
        """Redraw the branches at ``fullness`` (0 thinned to 1 full)."""
        self.fullness = float(fullness)
        arbor, knobs = self.shapes(self.fullness)
        self.arbor.set_points(arbor)
        self.knobs.set_points(knobs)
        return self

    def grow_to(self, fullness: float, run_time: float = 6.0, rate_func=smooth) -> Animation:  # type: ignore[no-untyped-def]
        """Animate the branches from the current fullness to ``fullness``.

        The neuron remembers the new value at once, so build these in the order they play.
        """
        start = self.fullness
        self.fullness = float(fullness)

        def update(mob: VGroup, alpha: float) -> None:
            arbor, knobs = self.shapes(start + (fullness - start) * alpha)
            self.arbor.set_points(arbor)
            self.knobs.set_points(knobs)

        return UpdateFromAlphaFunc(self, update, run_time=run_time, rate_func=rate_func)

    def silhouette(self, fullness: float = 1.0, opacity: float = 0.16) -> VMobject:
        """A faint outline of the tree at ``fullness`` (e.g. what it could grow back to)."""
        arbor, knobs = self.shapes(fullness)
        ghost = VMobject(stroke_width=0).set_fill(look.TEXT_SOFT, opacity)
        ghost.set_points(np.vstack([arbor, knobs]))
        return ghost

    def tips(self, depth: int | None = None) -> list[np.ndarray]:
        """The tips of the fully grown branches (optionally of one depth), e.g. to place dots."""
        return [b.at(np.array([1.0]))[0][0] for b in self.branches if depth is None or b.depth == depth]
