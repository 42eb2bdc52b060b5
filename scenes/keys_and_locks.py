"""Scene 1, "Keys and locks": endorphins fit opioid receptors and lead to dopamine."""

from __future__ import annotations

import numpy as np
from manim import (
    DOWN,
    LEFT,
    ORIGIN,
    RIGHT,
    UP,
    AnimationGroup,
    Create,
    CubicBezier,
    Dot,
    FadeIn,
    FadeOut,
    LaggedStart,
    MoveAlongPath,
    RoundedRectangle,
    Succession,
    VGroup,
    VMobject,
)

from scenes import look
from scenes.base import DeckScene
from scenes.parts import Key, Membrane, Receptor, RewardMeter, burst, dopamine_dots, glow, leader, tint

# Layout (Manim units; the frame is 14.2 x 8). Labels live in a left column,
# the lock-and-key picture in the middle, the reward meter on the right.
LABEL_X, LABEL_W = -6.4, 3.0  # left edge and width of the label column
SPAN = (-2.5, 2.6)  # x range of the receptors' centres
MEMBRANE_Y = 0.85
PANEL = (3.3, 6.65, -2.95, 2.85)  # x0, x1, y0, y1 of the reward panel (inside the safe margin)
SAFE_X = PANEL[1]  # no text right of this
SIGNAL = np.array([0.3, -1.45, 0])  # where the cell's inner signal gathers
CLOUD = np.array([1.75, -1.7, 0])  # where released dopamine settles


class KeysAndLocks(DeckScene):
    """Keys and locks: the body's own keys (endorphins) switch on opioid locks.

    Storyboard (what the patient sees):

    1. ``neuron``: a nerve cell's membrane fades in as a band across the
       screen, the inside of the cell shaded below it. Locks (mu-opioid receptors, ``receptors``
       of them) rise into the membrane, each with a V-shaped notch facing out.
       Labels name the nerve cell and one (empty) lock.
    2. ``natural-keys``: orange endorphin keys drift down from above, turn
       upright and slide into the notches of ``keys`` locks; one lock (or
       more) stays empty, as with the body's modest, natural supply. A label
       names a key.
    3. ``lock-turns``: each lock holding a key switches on: the knob inside it
       turns upright (like a power switch), the lock changes from blue to
       yellow and glows softly. Small yellow signals travel from these locks
       into the cell and gather in one glowing spot.
    4. ``reward-signal``: from there, yellow dopamine dots are released. A
       reward-signal meter appears on the right and rises to a modest,
       natural level (``reward_level``) as some dopamine reaches it:
       "Do that again!".

    Params: ``receptors`` locks in the membrane; ``keys`` of them get a key
    (at most ``receptors - 1``: the labelled lock stays empty). A
    simplification, as in the evidence notes: in the reward area many of these
    locks sit on cells that hold dopamine cells back, so switching them on
    frees dopamine; the picture folds that into one cell.
    """

    LABEL_WIDTH = LABEL_W

    STEPS = ("neuron", "natural-keys", "lock-turns", "reward-signal")
    PARAMS = {"receptors": 6, "keys": 4, "reward_level": 0.5}
    BOUNDS = {"receptors": (3, 10), "keys": (1, 9), "reward_level": (0.2, 0.8)}
    LABELS = {
        "title": "Keys and locks",
        "neuron": "nerve cell",
        "receptor": "lock (receptor)",
        "endorphin": "key (endorphin)",
        "dopamine": "dopamine",
        "reward": "reward signal",
        "again": '"Do that again!"',
    }

    # -- building -------------------------------------------------------------

    def setup_stage(self) -> None:
        n = int(np.clip(self.param("receptors"), 3, 10))
        k = int(np.clip(self.param("keys"), 1, n - 1))
        spacing = min(1.3, (SPAN[1] - SPAN[0]) / (n - 1))
        self.scale_factor = min(1.0, spacing / 0.95)
        xs = (SPAN[0] + SPAN[1]) / 2 + spacing * (np.arange(n) - (n - 1) / 2)
        # keys go to locks 1..n-1, spread evenly; lock 0 stays empty and gets the label
        self.keyed = [1 + round(i * (n - 2) / (k - 1)) for i in range(k)] if k > 1 else [n // 2]

        self.membrane = Membrane(y=MEMBRANE_Y)
        self.inside = VMobject()  # the cell's inside: a rectangle shaded to the ground
        self.inside.set_points_as_corners(
            [
                [-7.5, self.membrane.bottom, 0],
                [7.5, self.membrane.bottom, 0],
                [7.5, -4.1, 0],
                [-7.5, -4.1, 0],
                [-7.5, self.membrane.bottom, 0],
            ]
        )
        # 0.75: sky-blue text on the brightest part still has a contrast of 4.8:1
        self.inside.set_stroke(width=0).set_fill([tint(look.NEURON, 0.75), look.BACKGROUND], 1)
        self.inside.set_sheen_direction(DOWN)
        self.receptors = [Receptor().scale(self.scale_factor).move_to([x, MEMBRANE_Y + 0.05, 0]) for x in xs]
        self.keys = [Key().scale(self.scale_factor) for _ in self.keyed]

        title = self.label_block("title", look.TEXT, width=7.4, height=0.75, size=look.TITLE_SIZE)
        title.move_to([LABEL_X, 3.3, 0], aligned_edge=LEFT)
        self.add(title)

    # -- steps ----------------------------------------------------------------

    def step_neuron(self) -> None:
        self.play(FadeIn(self.inside), FadeIn(self.membrane, shift=UP * 0.3), run_time=1.8)
        self.play(LaggedStart(*[FadeIn(r, shift=UP * 0.6) for r in self.receptors], lag_ratio=0.15), run_time=2.2)
        cell = self.label_block("neuron", look.TEXT_SOFT)
        cell.move_to([LABEL_X, -2.75, 0], aligned_edge=DOWN + LEFT)
        self.play(FadeIn(cell, shift=UP * 0.2), run_time=1.0)
        lock = self.label_block("receptor", look.SKY_BLUE, height=1.8)
        lock.move_to([LABEL_X, self.membrane.bottom - 0.25, 0], aligned_edge=UP + LEFT)
        first = self.receptors[0].body
        self.play(
            FadeIn(lock, shift=UP * 0.2),
            Create(leader(lock.get_right() + RIGHT * 0.15, first.get_left() + DOWN * first.height * 0.25)),
            run_time=1.3,
        )
        self.wait(1.2)

    def step_natural_keys(self) -> None:
        rng = np.random.default_rng(7)
        for key, index in zip(self.keys, self.keyed):
            seat = self.receptors[index].seat()
            key.move_to(seat + [rng.uniform(0.8, 2.2), 2.7 + rng.uniform(0, 0.5), 0])
            key.tilted(rng.uniform(-0.5, 0.5))
        self.add(*self.keys)
        self.play(
            LaggedStart(
                *[
                    key.fit_into(self.receptors[i], run_time=4.2, path_arc=rng.uniform(-0.6, -0.2))
                    for key, i in zip(self.keys, self.keyed)
                ],
                lag_ratio=0.2,
            )
        )
        name = self.label_block("endorphin", look.ORANGE, height=1.3)
        name.move_to([LABEL_X, self.membrane.top + 0.3, 0], aligned_edge=DOWN + LEFT)
        head = self.keys[0]
        self.play(
            FadeIn(name, shift=UP * 0.2),
            Create(leader(name.get_right() + RIGHT * 0.15, head.get_left() + UP * head.height * 0.2 + RIGHT * 0.05)),
            run_time=1.3,
        )
        self.wait(1.0)

    def step_lock_turns(self) -> None:
        on = [self.receptors[i] for i in self.keyed]
        self.play(LaggedStart(*[r.switch_on(run_time=1.5) for r in on], lag_ratio=0.25))
        pulses, trails, moves = VGroup(), VGroup(), []
        for r in on:
            start = r.get_bottom() + UP * 0.05
            path = CubicBezier(start, start + DOWN * 0.9, SIGNAL + UP * 0.9, SIGNAL)
            trail = path.copy().set_stroke(look.ACTIVE, 3, opacity=0.4)
            pulse = VGroup(glow(look.ACTIVE, 0.16, 0.5), Dot(radius=0.06, color=look.ACTIVE))
            pulse.move_to(start)
            pulses.add(pulse)
            trails.add(trail)
            moves.append(AnimationGroup(Create(trail), MoveAlongPath(pulse, path)))
        self.add(trails, pulses)
        self.play(LaggedStart(*moves, lag_ratio=0.12), run_time=2.6)
        self.signal = VGroup(glow(look.ACTIVE, 0.5, 0.6), Dot(radius=0.1, color=look.ACTIVE))
        self.signal.move_to(SIGNAL)
        self.play(FadeIn(self.signal, scale=0.4), FadeOut(pulses, scale=0.5), run_time=1.2)
        self.wait(1.0)

    def step_reward_signal(self) -> None:
        x0, x1, y0, y1 = PANEL
        panel = RoundedRectangle(width=x1 - x0, height=y1 - y0, corner_radius=0.2)
        panel.set_stroke(look.MEMBRANE, 3).set_fill(look.BACKGROUND, 1)
        panel.move_to([(x0 + x1) / 2, (y0 + y1) / 2, 0])
        inner, middle = SAFE_X - x0 - 0.25, (x0 + SAFE_X) / 2  # the part of the panel on screen
        heading = self.label_block("reward", look.TEXT, width=inner, height=1.3, align=ORIGIN)
        heading.move_to([middle, y1 - 0.25 - heading.height / 2, 0])
        again = self.label_block("again", look.YELLOW, width=inner, height=1.3, align=ORIGIN)
        again.move_to([middle, y0 + 0.25 + again.height / 2, 0])
        top, bottom = heading.get_bottom()[1] - 0.3, again.get_top()[1] + 0.3
        meter = RewardMeter(height=top - bottom)
        meter.move_to([middle, (top + bottom) / 2, 0])

        dots = dopamine_dots(20, SIGNAL)
        self.add(dots)
        self.play(
            FadeIn(VGroup(panel, heading, meter)), burst(dots, CLOUD, spread=(1.3, 0.55), run_time=2.6), run_time=2.6
        )
        name = self.label_block("dopamine", look.YELLOW, width=2.9, height=0.6, align=ORIGIN)
        name.move_to([CLOUD[0], -2.7, 0])
        self.play(FadeIn(name, shift=UP * 0.2), run_time=1.0)

        travellers = VGroup(*dots[:6])
        entry = meter.get_bottom() + UP * 0.35
        self.bring_to_front(travellers)
        self.play(
            LaggedStart(
                *[
                    Succession(d.animate(run_time=1.4).move_to(entry), FadeOut(d, scale=0.5, run_time=0.4))
                    for d in travellers
                ],
                lag_ratio=0.15,
            ),
            meter.level_to(float(self.param("reward_level")), run_time=3.2),
        )
        self.play(FadeIn(again, shift=UP * 0.15, scale=0.9), run_time=1.2)
        self.wait(1.5)
