"""Scene 2, "Heroin and tolerance": heroin floods the locks, the brain adapts, life feels gray."""

from __future__ import annotations

import numpy as np
from manim import DOWN, LEFT, ORIGIN, RIGHT, UP, Create, FadeIn, FadeOut, LaggedStart, Succession, VGroup, VMobject

from scenes import look
from scenes.base import DeckScene
from scenes.parts import (
    Key,
    Membrane,
    Receptor,
    RewardPanel,
    burst,
    cell_inside,
    desaturate,
    dopamine_dots,
    glow,
    leader,
    signal_pulses,
    stiff_colour,
    tint,
    turn,
)

# Layout (Manim units; the frame is 14.2 x 8), as in "Keys and locks": labels in
# a left column, locks in the middle, the reward panel on the right (kept on screen).
LABEL_X, LABEL_W = -6.4, 3.0
SPAN = (-2.5, 2.6)
MEMBRANE_Y = 0.85
PANEL = (3.2, 6.6, -2.75, 2.85)
SIGNAL = np.array([0.05, -1.0, 0])
CLOUD = np.array([0.05, -1.95, 0])
EXTRA = 3  # heroin keys beyond one per lock: a flood
NORMAL, SPIKE, SMALLER, EVERYDAY = 0.5, 0.97, 0.58, 0.17


def spread(n: int, k: int) -> list[int]:
    """``k`` lock indices spread evenly over ``n`` (which locks adapt)."""
    return sorted({min(n - 1, int(round((i + 0.5) * n / k))) for i in range(k)})


class HeroinTolerance(DeckScene):
    """Heroin and tolerance: too many keys, a huge signal, and a brain that turns itself down.

    Storyboard (what the patient sees):

    1. ``heroin-floods``: the nerve cell, its locks and the reward panel (a
       meter with a "normal" tick) fade in. Purple, hexagon-headed heroin
       keys pour in: one slides into every lock, a few more float above,
       waiting. A label names heroin.
    2. ``big-spike``: all the locks switch on at once (yellow, glowing);
       signals run into the cell and a big cloud of dopamine bursts out. The
       meter shoots far above the "normal" tick: "far above normal".
    3. ``brain-adapts``: the heroin drifts away and the locks switch off.
       "The brain adapts": with ``adaptation`` "fewer", ``removed`` locks sink
       into the cell one by one and fade; with "weaker", every lock stays but
       turns grey and stiff. "Fewer locks respond" / "Locks turn less easily".
    4. ``smaller-signal``: the same dose arrives. Keys find fewer locks (or
       stiff locks that turn only a little): a thinner stream of signals, a
       smaller dopamine cloud, and the meter stops just above normal:
       "smaller signal".
    5. ``life-feels-gray``: the heroin is gone. Everyday rewards (the orange,
       round endorphin keys of scene 1) arrive, but few locks answer and the
       meter barely moves, far below "normal". The picture slowly loses some
       of its colour (the words keep theirs): "Life feels gray".

    Params: ``receptors`` locks; ``adaptation`` "fewer" or "weaker"; ``removed``
    locks withdrawn in "fewer" mode (at least two stay). A simplification, as in
    the evidence notes: post-mortem studies found about the same number of
    locks in people who used heroin; "weaker" (the default) is the closer
    picture. "fewer" stays available, with its caveat in the slide notes.
    """

    LABEL_WIDTH = LABEL_W
    LABEL_HEIGHT = 1.3

    STEPS = ("heroin-floods", "big-spike", "brain-adapts", "smaller-signal", "life-feels-gray")
    PARAMS = {"receptors": 6, "adaptation": "weaker", "removed": 3}
    CHOICES = {"adaptation": ("fewer", "weaker")}
    BOUNDS = {"receptors": (4, 8), "removed": (1, 6)}
    LABELS = {
        "title": "Heroin and tolerance",
        "heroin": "heroin",
        "reward": "reward signal",
        "normal": "normal",
        "spike": "far above normal",
        "adapts": "The brain adapts",
        "fewer": "Fewer locks respond",
        "weaker": "Locks turn less easily",
        "same_dose": "the same dose",
        "smaller": "smaller signal",
        "everyday": "everyday rewards",
        "gray": "Life feels gray",
    }

    # -- building -------------------------------------------------------------

    def setup_stage(self) -> None:
        n = int(np.clip(self.param("receptors"), 4, 8))
        removed = int(np.clip(self.param("removed"), 1, n - 2))
        self.weaker = self.param("adaptation") == "weaker"
        spacing = min(1.3, (SPAN[1] - SPAN[0]) / (n - 1))
        self.size = min(1.0, spacing / 0.95)
        self.xs = (SPAN[0] + SPAN[1]) / 2 + spacing * (np.arange(n) - (n - 1) / 2)
        self.membrane = Membrane(y=MEMBRANE_Y)
        self.inside = cell_inside(self.membrane)
        self.receptors = [Receptor().scale(self.size).move_to([x, MEMBRANE_Y + 0.05, 0]) for x in self.xs]
        self.seats = [r.seat() for r in self.receptors]
        self.gone = [] if self.weaker else spread(n, removed)
        self.adapted = False  # locks in self.gone are there until the brain adapts
        self.stiff = [stiff_colour(r) for r in self.receptors]
        mids = (self.xs[:-1] + self.xs[1:]) / 2
        self.float_at = [
            np.array([mids[int(i)], 2.3 + 0.12 * (j % 2), 0])
            for j, i in enumerate(np.round(np.linspace(0, n - 2, EXTRA)))
        ]
        heading = self.label_block("reward", look.TEXT, width=3.1, height=1.0, align=ORIGIN)
        normal = self.label_block(
            "normal", look.TEXT_SOFT, width=RewardPanel.label_room(PANEL), height=0.9, size=look.SMALL_SIZE
        )
        self.panel = RewardPanel(heading, normal, PANEL)
        self.meter = self.panel.meter
        self.loose: list[VMobject] = []  # what the heroin wearing off clears away
        title = self.label_block("title", look.TEXT, width=12.8, height=0.75, size=look.TITLE_SIZE)
        title.move_to([LABEL_X, 3.3, 0], aligned_edge=LEFT)
        self.add(title)

    def name_key(self, name: str, colour: str, key: VMobject) -> VGroup:
        """A key's name in the top of the label column, with a leader to the key."""
        words = self.label_block(name, colour, width=3.2, height=1.4)
        words.move_to([LABEL_X, self.membrane.top + 0.35, 0], aligned_edge=DOWN + LEFT)
        line = leader(words.get_right() + RIGHT * 0.15, key.get_left() + UP * key.height * 0.2 + RIGHT * 0.05)
        return VGroup(words, line)

    def dose(self, head: str, colour: str, targets: list[int], extra: int, seed: int):
        """Keys flowing to lock ``targets`` (a missing lock: they hover) plus ``extra`` floaters."""
        rng = np.random.default_rng(seed)
        keys, moves = [], []
        for k in range(len(targets) + extra):
            key = Key(colour, head).scale(self.size)
            if k < len(targets):
                seat = self.seats[targets[k]]
            else:
                seat = self.float_at[(k - len(targets)) % EXTRA] + DOWN * 0.9
            start = [min(seat[0] + rng.uniform(0.5, 1.5), 2.7), 2.35 + rng.uniform(0, 0.2), 0]
            key.move_to(start).tilted(rng.uniform(-0.5, 0.5))
            if k < len(targets) and self.receptors[targets[k]] in self.working(targets):
                arrive = key.fit_into(self.receptors[targets[k]], run_time=2.6, path_arc=rng.uniform(-0.5, -0.2))
            else:  # nothing to fit into: it drifts to a place and waits
                tilt = rng.uniform(-0.25, 0.25)
                arrive = (
                    key.animate(run_time=2.6, path_arc=-0.3)
                    .rotate(tilt - key.tilt)
                    .move_to(seat + UP * (0.55 if k < len(targets) else 0.9))
                )
                key.tilt = tilt
            keys.append(key)
            moves.append(Succession(FadeIn(key, run_time=0.4), arrive))
        return keys, LaggedStart(*moves, lag_ratio=0.05)

    def signal(
        self, locks: list[Receptor], dots: int, level: float, seed: int, travel: float = 2.0, rise: float = 2.8
    ) -> None:
        """Signals from ``locks`` into the cell, a dopamine cloud and the meter rising."""
        if not locks:  # every lock it reached is gone: the meter only stirs
            self.play(self.meter.level_to(level * 0.5, run_time=2.0))
            return
        trails, pulses = signal_pulses(locks, SIGNAL, run_time=travel)
        self.play(pulses)
        spot = VGroup(glow(look.ACTIVE, 0.45, 0.55), glow(look.ACTIVE, 0.1, 0.9)).move_to(SIGNAL)
        cloud = dopamine_dots(dots, SIGNAL)
        self.add(cloud)
        self.play(
            FadeIn(spot, scale=0.4),
            FadeOut(trails[1], scale=0.5),
            burst(cloud, CLOUD, spread=(2.1, 0.45), run_time=rise * 0.9, seed=seed),
            self.meter.level_to(level, run_time=rise),
            run_time=rise,
        )
        self.loose += [trails[0], spot, cloud]

    def wear_off(self, keys: list[Key], locks_back: list, extra: list) -> None:
        """The drug drifts away: keys leave, locks turn back, signals fade, meter falls."""
        self.play(
            *[FadeOut(k, shift=UP * 0.3 + RIGHT * 0.35) for k in keys],
            *[FadeOut(m) for m in self.loose + extra],
            *locks_back,
            self.meter.level_to(0.0, run_time=2.2),
            self.panel.status_to(None),
            run_time=2.2,
        )
        self.loose = []

    # -- steps ----------------------------------------------------------------

    def step_heroin_floods(self) -> None:
        self.play(
            FadeIn(self.inside),
            FadeIn(self.membrane, shift=UP * 0.3),
            LaggedStart(*[FadeIn(r, shift=UP * 0.5) for r in self.receptors], lag_ratio=0.1),
            FadeIn(self.panel),
            run_time=1.8,
        )
        self.keys, flow = self.dose("hexagon", look.PURPLE, list(range(len(self.receptors))), EXTRA, seed=3)
        self.play(flow)
        self.tag = self.name_key("heroin", look.PURPLE, self.keys[0])
        self.play(FadeIn(self.tag[0], shift=UP * 0.2), Create(self.tag[1]), run_time=1.2)
        self.wait(1.0)

    def step_big_spike(self) -> None:
        self.play(LaggedStart(*[r.switch_on(run_time=1.2) for r in self.receptors], lag_ratio=0.05))
        self.signal(self.receptors, 28, SPIKE, seed=2)
        self.play(self.panel.status_to(self.label_block("spike", look.YELLOW, width=3.1, align=ORIGIN)))
        self.wait(1.2)

    def step_brain_adapts(self) -> None:
        self.wear_off(self.keys, [r.switch_off(run_time=2.4) for r in self.receptors], [self.tag])
        adapts = self.label_block("adapts", look.TEXT, height=1.0)
        adapts.move_to([LABEL_X, self.membrane.bottom - 0.3, 0], aligned_edge=UP + LEFT)
        self.play(FadeIn(adapts, shift=UP * 0.2), run_time=1.0)
        if self.weaker:
            self.play(LaggedStart(*[r.stiffen(run_time=1.6) for r in self.receptors], lag_ratio=0.2))
        else:
            self.play(LaggedStart(*[self.receptors[i].withdraw(run_time=1.8) for i in self.gone], lag_ratio=0.6))
        self.adapted = True
        how = self.label_block("weaker" if self.weaker else "fewer", look.SKY_BLUE, height=1.2, size=look.SMALL_SIZE)
        how.next_to(adapts, DOWN, buff=0.3, aligned_edge=LEFT)
        self.play(FadeIn(how, shift=UP * 0.2), run_time=1.0)
        self.wait(1.2)

    def working(self, locks: list[int]) -> list[Receptor]:
        return [self.receptors[i] for i in locks if not (self.adapted and i in self.gone)]

    def switch(self, locks: list[int], by: float, back: bool = False) -> list:
        """Switch locks on (fully if they work normally, a little if stiff) or back off."""
        anims = []
        for r in self.working(locks):
            i = self.receptors.index(r)
            if not self.weaker:
                anims.append(r.switch_off(run_time=2.4) if back else r.switch_on(run_time=1.4))
            elif back:
                anims.append(turn(r, -by, self.stiff[i], run_time=2.4))
            else:
                lit = tint(look.ACTIVE, by, self.stiff[i])
                anims.append(turn(r, by, lit, halo=0.04, run_time=1.4))
        return anims

    def step_smaller_signal(self) -> None:
        everyone = list(range(len(self.receptors)))
        self.keys, flow = self.dose("hexagon", look.PURPLE, everyone, EXTRA, seed=5)
        self.play(flow)
        self.tag = self.name_key("same_dose", look.PURPLE, self.keys[0])
        self.play(
            FadeIn(self.tag[0], shift=UP * 0.2),
            Create(self.tag[1]),
            LaggedStart(*self.switch(everyone, 0.45), lag_ratio=0.05),
            run_time=1.4,
        )
        self.signal(self.working(everyone), 10, SMALLER, seed=4)
        self.play(self.panel.status_to(self.label_block("smaller", look.YELLOW, width=3.1, align=ORIGIN)))
        self.wait(1.0)

    def step_life_feels_gray(self) -> None:
        everyone = list(range(len(self.receptors)))
        self.wear_off(self.keys, self.switch(everyone, 0.45, back=True), [self.tag])
        n = len(self.receptors)
        k = min(4, n - 1)
        chosen = [1 + round(i * (n - 2) / (k - 1)) for i in range(k)]  # as in "Keys and locks"
        keys, flow = self.dose("round", look.ENDORPHIN, chosen, 0, seed=7)
        self.play(flow)
        tag = self.name_key("everyday", look.ORANGE, keys[0])
        self.play(
            FadeIn(tag[0], shift=UP * 0.2),
            Create(tag[1]),
            LaggedStart(*self.switch(chosen, 0.25), lag_ratio=0.1),
            run_time=1.2,
        )
        gray = self.label_block("gray", look.TEXT, width=3.1, align=ORIGIN)
        self.signal(self.working(chosen), 3, EVERYDAY, seed=6, travel=1.2, rise=2.4)
        self.play(desaturate(self.mobjects, 0.5), self.panel.status_to(gray), run_time=2.5)
        self.wait(1.2)
