"""Scene 4, "Depression and BDNF": thinned branches, a growth helper, branches growing back."""

from __future__ import annotations

import numpy as np
from manim import (
    DOWN,
    LEFT,
    ORIGIN,
    RIGHT,
    UP,
    Create,
    Dot,
    FadeIn,
    FadeOut,
    GrowFromEdge,
    LaggedStart,
    Line,
    Rectangle,
    RoundedRectangle,
    VGroup,
    VMobject,
)

from scenes import look
from scenes.base import DeckScene
from scenes.neuron import Neuron
from scenes.parts import LevelMeter, leader, pill, tint
from scenes.timeline import TimeAxis

# Layout (Manim units; the frame is 14.2 x 8): labels in a left column, the
# nerve cell in the middle, a panel on the right (inside the safe margin, as in scene 1),
# the time axis below the cell.
LABEL_X, LABEL_W = -6.4, 3.7
LABEL_BOTTOM = -1.75  # the left column ends above the time axis
CELL = np.array([-0.25, 0.4, 0])
REACH = 2.5
PANEL = (2.75, 6.65, -2.95, 2.85)  # x0, x1, y0, y1 (inside the safe margin)
SAFE_X = PANEL[1]
AXIS = (-5.5, 1.6, -2.4)  # x0, x1, y of the time axis


class DepressionBDNF(DeckScene):
    """Depression and BDNF: thin branches, a growth helper, and branches growing back.

    Storyboard (what the patient sees):

    1. ``thin-branches``: a nerve cell fades in: a round cell body with only a
       few thin branches (dendrites) and few small bumps (spines, where
       connections form). A faint outline behind it shows the fuller tree it
       could have. Labels: "nerve cell" and "in depression: fewer connections,
       like thinner branches".
    2. ``bdnf-rises``: a pill labelled "antidepressant" appears in the panel on
       the right, with a green meter labelled "BDNF, a growth helper". A time
       axis (week 0, 2, 4, 6) appears below the cell; as its marker moves from
       week 0 to week 2 the green meter rises from a low level and small green
       dots (the growth helper) appear around the cell.
    3. ``branches-regrow``: the label becomes "branches grow back, like
       fertilizer on a thin lawn". The marker moves on to week 6 while the
       branches thicken and grow out smoothly, twig by twig, until they fill
       the faint outline, and new spines bud along them. A note says this was
       seen over weeks in animal studies.
    4. ``not-just-serotonin``: the time axis and the meter leave. On the left,
       "just low serotonin" is crossed out: "an old idea, not proven". In the
       panel two bars grow: antidepressant longer than placebo ("in large
       studies"), with "the medicines worked better than placebo". No numbers.

    Params: ``thin`` is how full the branches are in depression (0 to 1; the
    regrown cell is full); ``dots`` green growth-helper dots; ``placebo_bar``
    is the placebo bar's length as a share of the medicine bar's (schematic,
    not a measured effect size). The evidence for BDNF comes mostly from blood
    and animals, and regrowth over weeks from animal work: see the deck notes.
    """

    LABEL_WIDTH = LABEL_W

    STEPS = ("thin-branches", "bdnf-rises", "branches-regrow", "not-just-serotonin")
    PARAMS = {"thin": 0.25, "dots": 18, "placebo_bar": 0.72}
    BOUNDS = {"thin": (0.1, 0.5), "dots": (6, 30), "placebo_bar": (0.3, 0.95)}
    LABELS = {
        "title": "Depression and nerve cells",
        "neuron": "nerve cell",
        "depression": "in depression",
        "thinner": "fewer connections, like thinner branches",
        "antidepressant": "antidepressant",
        "bdnf": "BDNF, a growth helper",
        "week0": "week 0",
        "week2": "week 2",
        "week4": "week 4",
        "week6": "week 6",
        "regrow": "branches grow back, like fertilizer on a thin lawn",
        "animals": "seen over weeks in animal studies",
        "old_idea": '"just low serotonin"',
        "not_proven": "an old idea, not proven",
        "studies": "in large studies",
        "placebo": "placebo (dummy pill)",
        "better": "but the medicines worked better than placebo",
    }

    # -- building -------------------------------------------------------------

    def setup_stage(self) -> None:
        self.thin = float(np.clip(self.param("thin"), 0.1, 0.5))
        self.neuron = Neuron(self.thin, centre=CELL, reach=REACH)
        self.outline = self.neuron.silhouette(1.0, opacity=0.13)
        x0, x1, y0, y1 = PANEL
        self.panel = RoundedRectangle(width=x1 - x0, height=y1 - y0, corner_radius=0.2)
        self.panel.set_stroke(look.MEMBRANE, 3).set_fill(look.BACKGROUND, 1)
        self.panel.move_to([(x0 + x1) / 2, (y0 + y1) / 2, 0])
        self.inner, self.middle = SAFE_X - x0 - 0.3, (x0 + SAFE_X) / 2
        title = self.label_block("title", look.TEXT, width=12.5, height=0.75, size=look.TITLE_SIZE, lines=1)
        title.move_to([LABEL_X, 3.3, 0], aligned_edge=LEFT)
        self.add(title)

    def panel_stack(self, *items: VMobject, top: float, gap: float = 0.25) -> None:
        """Place items one under another in the panel, centred, from ``top`` down."""
        for item in items:
            item.move_to([self.middle, top - item.height / 2, 0])
            top -= item.height + gap

    # -- steps ----------------------------------------------------------------

    def thin_branch_point(self) -> np.ndarray:
        """A point on the thinned cell's main branch that points most to the upper left."""
        primaries = [b for b in self.neuron.branches if b.depth == 0]
        branch = max(primaries, key=lambda b: -np.cos(b.angle) + 0.5 * np.sin(b.angle))
        return branch.at(np.array([0.75 * branch.growth(self.thin)]))[0][0]

    def step_thin_branches(self) -> None:
        self.play(FadeIn(self.neuron, scale=0.92), run_time=2.2)
        name = self.label_block("neuron", look.TEXT_SOFT, height=1.0)
        name.move_to([LABEL_X, LABEL_BOTTOM, 0], aligned_edge=DOWN + LEFT)
        soma = self.neuron.soma
        self.name = VGroup(name, leader(name.get_right() + RIGHT * 0.15, soma.get_bottom() + UP * 0.12 + LEFT * 0.1))
        self.play(FadeIn(name, shift=UP * 0.2), Create(self.name[1]), run_time=1.3)
        self.play(FadeIn(self.outline), run_time=1.8)
        heading = self.label_block("depression", look.TEXT, height=1.0, lines=2)
        heading.move_to([LABEL_X, 2.6, 0], aligned_edge=UP + LEFT)
        body = self.label_block("thinner", look.SKY_BLUE, height=2.1, size=look.SMALL_SIZE, lines=4)
        body.move_to([LABEL_X, heading.get_bottom()[1] - 0.2, 0], aligned_edge=UP + LEFT)
        self.thinner = VGroup(heading, body)
        self.pointer = leader(body.get_right() + RIGHT * 0.15, self.thin_branch_point())
        self.play(FadeIn(self.thinner, shift=UP * 0.2), Create(self.pointer), run_time=1.4)
        self.wait(1.5)

    def step_bdnf_rises(self) -> None:
        x0, x1, y0, y1 = PANEL
        medicine = pill().scale(0.9)
        name = self.label_block("antidepressant", look.MINT, width=self.inner, height=0.9, align=ORIGIN, lines=2)
        heading = self.label_block("bdnf", look.MINT, width=self.inner, height=1.4, align=ORIGIN)
        self.panel_stack(medicine, name, top=y1 - 0.3, gap=0.15)
        heading.move_to([self.middle, name.get_bottom()[1] - 0.4 - heading.height / 2, 0])
        top, bottom = heading.get_bottom()[1] - 0.25, y0 + 0.3
        self.meter = LevelMeter(height=top - bottom, width=0.75, colour=look.GREEN, level=0.2)
        self.meter.move_to([self.middle, (top + bottom) / 2, 0])
        self.medicine = VGroup(medicine, name)
        self.bdnf = VGroup(heading, self.meter)
        self.axis = TimeAxis(
            [self.label(f"week{w}") for w in (0, 2, 4, 6)],
            lambda t: self.text(t, look.SMALL_SIZE, look.TEXT_SOFT),
            x0=AXIS[0],
            x1=AXIS[1],
            y=AXIS[2],
        )
        self.play(FadeIn(self.panel), FadeIn(medicine, scale=0.6), FadeIn(name, shift=UP * 0.2), run_time=1.6)
        self.play(FadeIn(self.bdnf), FadeIn(self.axis, shift=UP * 0.2), run_time=1.4)

        rng = np.random.default_rng(11)
        tips = self.neuron.tips(depth=2)
        order = rng.permutation(len(tips))
        count = int(np.clip(self.param("dots"), 6, 30))
        self.dots = VGroup()
        for i in range(count):
            tip = tips[order[i % len(tips)]]
            away = (tip - CELL) / max(np.linalg.norm(tip - CELL), 1e-6)
            spot = tip + away * rng.uniform(0.05, 0.2) + [*rng.uniform(-0.1, 0.1, 2), 0]
            if i >= len(tips):  # extra dots sit between the branches, nearer the body
                spot = CELL + (spot - CELL) * rng.uniform(0.55, 0.75)
            self.dots.add(Dot(spot, radius=0.075, color=look.GREEN))
        self.play(
            self.axis.move_marker(1, run_time=4.5),
            self.meter.level_to(0.6, run_time=4.5),
            LaggedStart(*[FadeIn(d, scale=0.3) for d in self.dots], lag_ratio=0.12, run_time=4.5),
        )
        self.wait(1.2)

    def step_branches_regrow(self) -> None:
        regrow = self.label_block("regrow", look.MINT, height=2.4, lines=4)
        regrow.move_to([LABEL_X, 2.6, 0], aligned_edge=UP + LEFT)
        self.play(
            FadeOut(VGroup(self.thinner, self.pointer), shift=UP * 0.2), FadeIn(regrow, shift=UP * 0.2), run_time=1.4
        )
        self.thinner = regrow
        self.play(
            self.neuron.grow_to(1.0, run_time=7.0),
            self.axis.move_marker(3, run_time=7.0),
            self.meter.level_to(0.75, run_time=7.0),
            self.dots.animate(run_time=7.0).set_opacity(0.45),
        )
        self.note = self.label_block("animals", look.TEXT_SOFT, height=1.9, size=look.SMALL_SIZE, lines=4)
        self.note.move_to([LABEL_X, LABEL_BOTTOM, 0], aligned_edge=DOWN + LEFT)
        self.play(FadeOut(self.name), FadeIn(self.note, shift=UP * 0.2), run_time=1.3)
        self.wait(1.2)

    def strike(self, block: VMobject) -> VGroup:
        """A line through each line of a label, left to right."""
        return VGroup(
            *[
                Line(line.get_left() + LEFT * 0.08, line.get_right() + RIGHT * 0.08)
                .set_stroke(look.VERMILLION, 6)
                .move_to(line)
                for line in block.line_groups
            ]
        )

    def step_not_just_serotonin(self) -> None:
        x0, x1, y0, y1 = PANEL
        self.play(
            FadeOut(VGroup(self.axis, self.dots, self.medicine, self.bdnf, self.thinner, self.note)), run_time=1.6
        )
        old = self.label_block("old_idea", look.TEXT, height=1.4, lines=2)
        old.move_to([LABEL_X, 2.6, 0], aligned_edge=UP + LEFT)
        verdict = self.label_block("not_proven", look.VERMILLION, height=1.4, size=look.SMALL_SIZE)
        verdict.move_to([LABEL_X, old.get_bottom()[1] - 0.25, 0], aligned_edge=UP + LEFT)
        better = self.label_block("better", look.MINT, height=2.0, size=look.SMALL_SIZE, lines=4)
        better.move_to([LABEL_X, verdict.get_bottom()[1] - 0.45, 0], aligned_edge=UP + LEFT)
        self.play(FadeIn(old, shift=UP * 0.2), run_time=1.1)
        self.play(LaggedStart(*[Create(line) for line in self.strike(old)], lag_ratio=0.5), run_time=1.0)
        self.play(FadeIn(verdict, shift=UP * 0.2), run_time=1.1)

        heading = self.label_block(
            "studies", look.TEXT, width=self.inner, height=1.0, size=look.SMALL_SIZE, align=ORIGIN, lines=2
        )
        rows, bars = VGroup(), []
        share = float(np.clip(self.param("placebo_bar"), 0.3, 0.95))
        for name, length, colour in (("antidepressant", 1.0, look.MINT), ("placebo", share, look.TEXT_SOFT)):
            text = self.label_block(
                name, colour, width=self.inner, height=1.0, size=look.SMALL_SIZE, align=ORIGIN, lines=2
            )
            track = Rectangle(width=self.inner, height=0.45).set_stroke(look.MEMBRANE, 2)
            track.next_to(text, DOWN, buff=0.15)
            bar = Rectangle(width=self.inner * length, height=0.45, stroke_width=0)
            bar.set_fill(tint(colour, 0.85), 1).move_to(track, aligned_edge=LEFT)
            rows.add(VGroup(text, track, bar))
            bars.append(bar)
        rows.arrange(DOWN, buff=0.5)
        chart = VGroup(heading, rows).arrange(DOWN, buff=0.45)
        chart.move_to([self.middle, (y0 + y1) / 2, 0])
        self.play(FadeIn(heading), *[FadeIn(VGroup(r[0], r[1])) for r in rows], run_time=1.2)
        self.play(LaggedStart(*[GrowFromEdge(b, LEFT) for b in bars], lag_ratio=0.3), run_time=2.6)
        self.play(FadeIn(better, shift=UP * 0.2), run_time=1.2)
        self.wait(1.5)
