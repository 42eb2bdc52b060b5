"""Scene 5, "Ketamine and naltrexone": a fast mood lift, an opioid blocker, mixed answers."""

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
    Dot,
    FadeIn,
    FadeOut,
    Group,
    LaggedStart,
    RoundedRectangle,
    Square,
    Transform,
    UpdateFromAlphaFunc,
    VGroup,
    VMobject,
    smooth,
)

from scenes import look
from scenes.base import DeckScene
from scenes.parts import Key, LevelMeter, Membrane, Receptor, leader, people_dots, tint
from scenes.timeline import TimeAxis

# Layout (Manim units; the frame is 14.2 x 8): labels in a left column, the
# picture in the middle, meters in a panel on the right (inside the safe margin).
LABEL_X, LABEL_W = -6.4, 3.25
PANEL = (3.4, 6.65, -2.95, 2.85)  # x0, x1, y0, y1 (x0 moves to WIDE_X0 for two meters)
WIDE_X0 = 2.45
SAFE_X = PANEL[1]
AXIS = (-2.7, 2.4, -2.4)  # x0, x1, y of the short time axis
GRAPH = (-1.95, 1.75)  # y of "no lift" and of a full lift on the graph
MEMBRANE_Y = 0.35
SPAN = (-2.1, 1.7)  # x range of the locks' centres


def mood(position: float, peak: float) -> float:
    """The mood lift at a position on the axis (0 dose, 1 hours, 2 one day, 3 one week)."""
    rise = 1 - np.exp(-2.6 * position)
    fade = 1 / (1 + np.exp(3.5 * (position - 2.45)))
    return float(peak * rise * fade)


class KetamineNaltrexone(DeckScene):
    """Ketamine and naltrexone: ketamine's fast lift, and what an opioid blocker did to it.

    Storyboard (what the patient sees):

    1. ``fast-lift``: a short time axis (dose, hours, 1 day, 1 week) and a
       "mood lift" meter in the panel on the right. After a ketamine dose the
       marker moves along the axis and a yellow line traces the mood lift: it
       climbs steeply within hours, stays up around a day, then fades over
       the following days; the meter rises and falls with it. Labels: "lifts
       mood within hours to a day", "often fades within days".
    2. ``naltrexone-blocks``: the graph leaves; a nerve cell's membrane with
       opioid locks (the same locks as in "Keys and locks") appears. Purple,
       flat-headed naltrexone keys (blockers) slide into every lock first;
       the locks stay switched off. Labels: "opioid lock", "naltrexone, an
       opioid blocker".
    3. ``trial-result``: "12 people, ketamine twice each" with twelve dots
       (a crossover: each had ketamine once after naltrexone, once after a
       dummy pill). Ketamine
       (small green diamonds) arrives. In the panel the mood-lift meter moves
       aside and a "floaty feeling" meter joins it; a faint bar in each shows
       ketamine alone. With naltrexone, the mood lift rises only a little,
       the floaty feeling to the same height; under them (the panel grows
       down to make room), in the meters' colours and a line apart: "much
       smaller in this study", "about the same".
    4. ``mixed-answers``: the picture clears. "Later studies: different
       answers": three cards, each with one dot per person: "5 people:
       ketamine seemed to still help", "58 people: all groups did equally well", "26 people: benefit
       reduced by about a quarter". Last line: "ketamine is not the same as
       heroin".

    Params: ``receptors`` locks; ``blocker`` the naltrexone key's head
    (``bar`` or ``square``); ``peak`` the mood lift on ketamine alone and
    ``blocked`` the share of it left with naltrexone (schematic heights, no
    numbers on screen).
    """

    LABEL_WIDTH = LABEL_W

    STEPS = ("fast-lift", "naltrexone-blocks", "trial-result", "mixed-answers")
    PARAMS = {"receptors": 4, "blocker": "bar", "peak": 0.8, "blocked": 0.25}
    CHOICES = {"blocker": ("bar", "square")}
    BOUNDS = {"receptors": (3, 5), "peak": (0.5, 0.95), "blocked": (0.05, 0.6)}
    LABELS = {
        "title": "Ketamine and naltrexone",
        "ketamine": "ketamine",
        "dose": "dose",
        "hours": "hours",
        "day": "1 day",
        "week": "1 week",
        "mood": "mood lift",
        "lifts": "lifts mood within hours to a day",
        "fades": "often fades within days",
        "lock": "opioid lock",
        "naltrexone": "naltrexone, an opioid blocker",
        "study": "12 people, ketamine twice each",
        "floaty": "floaty feeling",
        "smaller": "much smaller in this study",
        "same": "about the same",
        "later": "Later studies: different answers",
        "who1": "5 people",
        "what1": "ketamine seemed to still help",
        "who2": "58 people",
        "what2": "all groups did equally well",
        "who3": "26 people",
        "what3": "benefit reduced by about a quarter",
        "not_heroin": "Ketamine is not the same as heroin.",
    }

    # -- building -------------------------------------------------------------

    def setup_stage(self) -> None:
        self.peak = float(np.clip(self.param("peak"), 0.5, 0.95))
        x0, x1, y0, y1 = PANEL
        self.panel = RoundedRectangle(width=x1 - x0, height=y1 - y0, corner_radius=0.2)
        self.panel.set_stroke(look.MEMBRANE, 3).set_fill(look.BACKGROUND, 1)
        self.panel.move_to([(x0 + x1) / 2, (y0 + y1) / 2, 0]).set_z_index(2)
        self.inner, self.middle = SAFE_X - x0 - 0.3, (x0 + SAFE_X) / 2
        title = self.label_block("title", look.TEXT, width=12.5, height=0.75, size=look.TITLE_SIZE, lines=1)
        title.move_to([LABEL_X, 3.3, 0], aligned_edge=LEFT)
        self.add(title)

    def meter_column(self, name: str, colour: str, x: float, width: float) -> VGroup:
        """A heading over a meter, in the panel: (heading, meter)."""
        x0, x1, y0, y1 = PANEL
        heading = self.label_block(name, colour, width=width, height=1.0, size=look.SMALL_SIZE, align=ORIGIN, lines=2)
        heading.move_to([x, y1 - 0.3 - heading.height / 2, 0])
        top, bottom = y1 - 1.6, y0 + 1.95
        meter = LevelMeter(height=top - bottom, width=0.7, colour=colour)
        meter.move_to([x, (top + bottom) / 2, 0])
        return VGroup(heading, meter).set_z_index(3)

    def graph_point(self, position: float) -> np.ndarray:
        low, high = GRAPH
        return np.array([self.axis.x_at(position), low + (high - low) * mood(position, self.peak), 0])

    def trace(self, start: float, end: float, run_time: float) -> AnimationGroup:
        """Move along the axis: marker, line, its head and the meter in step."""

        def position(alpha: float) -> float:
            return start + (end - start) * alpha

        def line(mob: VMobject, alpha: float) -> None:
            mob.pointwise_become_partial(self.full_line, 0, position(alpha) / 3)

        def marker(mob: VMobject, alpha: float) -> None:
            mob.set_x(self.axis.x_at(position(alpha)))

        def head(mob: VMobject, alpha: float) -> None:
            mob.move_to(self.graph_point(position(alpha)))

        def meter(mob: VMobject, alpha: float) -> None:
            self.mood_meter.set_level(mood(position(alpha), self.peak))

        return AnimationGroup(
            *[
                UpdateFromAlphaFunc(m, f, rate_func=smooth)
                for m, f in (
                    (self.line, line),
                    (self.axis.marker, marker),
                    (self.head, head),
                    (self.mood_meter.fill, meter),
                )
            ],
            run_time=run_time,
        )

    # -- steps ----------------------------------------------------------------

    def step_fast_lift(self) -> None:
        self.axis = TimeAxis(
            [self.label(n) for n in ("dose", "hours", "day", "week")],
            lambda t: self.text(t, look.SMALL_SIZE, look.TEXT_SOFT),
            x0=AXIS[0],
            x1=AXIS[1],
            y=AXIS[2],
        )
        samples = np.linspace(0, 3, 61)
        self.full_line = VMobject().set_points_smoothly([self.graph_point(p) for p in samples])
        self.full_line.set_stroke(look.YELLOW, 6)
        self.line = self.full_line.copy().pointwise_become_partial(self.full_line, 0, 0)
        self.head = Dot(self.graph_point(0), radius=0.1, color=look.YELLOW)
        self.mood_column = self.meter_column("mood", look.YELLOW, self.middle, self.inner)
        self.mood_meter = self.mood_column[1]
        ketamine = self.label_block("ketamine", look.MINT, height=1.0, lines=2)
        ketamine.move_to([LABEL_X, 2.6, 0], aligned_edge=UP + LEFT)
        lifts = self.label_block("lifts", look.YELLOW, height=1.8, size=look.SMALL_SIZE, lines=4)
        lifts.move_to([LABEL_X, ketamine.get_bottom()[1] - 0.5, 0], aligned_edge=UP + LEFT)
        fades = self.label_block("fades", look.TEXT_SOFT, height=1.8, size=look.SMALL_SIZE, lines=4)
        fades.move_to([LABEL_X, lifts.get_bottom()[1] - 0.5, 0], aligned_edge=UP + LEFT)
        self.graph = VGroup(self.axis, self.line, self.head, ketamine, lifts, fades)
        self.play(
            FadeIn(self.axis, shift=UP * 0.2),
            FadeIn(ketamine, shift=UP * 0.2),
            FadeIn(self.head, scale=0.5),
            FadeIn(self.panel),
            FadeIn(self.mood_column),
            run_time=1.6,
        )
        self.add(self.line)
        self.play(self.trace(0, 1.9, 3.8))
        self.play(FadeIn(lifts, shift=UP * 0.2), run_time=1.1)
        self.play(self.trace(1.9, 3, 2.8))
        self.play(FadeIn(fades, shift=UP * 0.2), run_time=1.1)
        self.wait(1.2)

    def step_naltrexone_blocks(self) -> None:
        n = int(np.clip(self.param("receptors"), 3, 5))
        xs = np.linspace(*SPAN, n)
        self.membrane = Membrane(y=MEMBRANE_Y)  # across the picture, behind the panel
        self.inside = VMobject().set_points_as_corners(
            [
                [-7.5, self.membrane.bottom, 0],
                [7.5, self.membrane.bottom, 0],
                [7.5, -4.1, 0],
                [-7.5, -4.1, 0],
                [-7.5, self.membrane.bottom, 0],
            ]
        )
        self.inside.set_stroke(width=0).set_fill([tint(look.NEURON, 0.75), look.BACKGROUND], 1)
        self.inside.set_sheen_direction(DOWN)
        self.locks = [Receptor().move_to([x, MEMBRANE_Y + 0.05, 0]) for x in xs]
        self.play(FadeOut(self.graph), self.mood_meter.level_to(0, run_time=1.4), run_time=1.4)
        self.play(FadeIn(self.inside), FadeIn(self.membrane, shift=UP * 0.3), run_time=1.6)
        self.play(LaggedStart(*[FadeIn(r, shift=UP * 0.6) for r in self.locks], lag_ratio=0.15), run_time=1.8)
        lock = self.label_block("lock", look.SKY_BLUE, height=1.0, lines=2)
        lock.move_to([LABEL_X, self.membrane.bottom - 0.3, 0], aligned_edge=UP + LEFT)
        first = self.locks[0].body
        self.lock_label = VGroup(
            lock, leader(lock.get_right() + RIGHT * 0.15, first.get_left() + DOWN * first.height * 0.25)
        )
        self.play(FadeIn(lock, shift=UP * 0.2), Create(self.lock_label[1]), run_time=1.2)
        rng = np.random.default_rng(5)
        head = self.param("blocker") if self.param("blocker") in ("bar", "square") else "bar"
        self.keys = [Key(look.PURPLE, head=head) for _ in self.locks]
        for key, r in zip(self.keys, self.locks):
            key.move_to(r.seat() + [rng.uniform(-0.6, 0.6), 1.25 + rng.uniform(0, 0.3), 0])
            key.tilted(rng.uniform(-0.5, 0.5))
        self.add(*self.keys)
        self.play(
            LaggedStart(
                *[k.fit_into(r, run_time=3.6, path_arc=rng.uniform(-0.5, -0.2)) for k, r in zip(self.keys, self.locks)],
                lag_ratio=0.15,
            )
        )
        name = self.label_block("naltrexone", look.PURPLE, height=1.5, lines=3)
        name.move_to([LABEL_X, 2.6, 0], aligned_edge=UP + LEFT)
        key = self.keys[0]
        self.play(
            FadeIn(name, shift=UP * 0.2),
            Create(leader(name.get_right() + RIGHT * 0.15, key.get_left() + RIGHT * 0.05)),
            run_time=1.3,
        )
        self.wait(1.0)

    def step_trial_result(self) -> None:
        study = self.label_block("study", look.TEXT, height=1.6, size=look.SMALL_SIZE)
        study.move_to([LABEL_X, self.membrane.bottom - 0.3, 0], aligned_edge=UP + LEFT)
        people = people_dots(12, per_row=12).next_to(study, DOWN, buff=0.25, aligned_edge=LEFT)
        self.play(FadeOut(self.lock_label), FadeIn(study, shift=UP * 0.2), FadeIn(people, lag_ratio=0.1), run_time=1.6)

        ketamine = self.label_block("ketamine", look.MINT, width=3.0, height=1.0, lines=2, align=ORIGIN)
        ketamine.move_to([np.mean(SPAN), 2.45, 0])
        rng = np.random.default_rng(9)
        drops = VGroup(
            *[
                Square(0.16, stroke_width=0)
                .set_fill(look.MINT, 1)
                .rotate(np.pi / 4)
                .move_to([np.mean(SPAN) + rng.uniform(-1.2, 1.2), 2.0, 0])
                for _ in range(7)
            ]
        )
        xs = np.array([r.get_x() for r in self.locks])
        gaps = (xs[:-1] + xs[1:]) / 2  # ketamine lands between the locks, not in them
        self.play(FadeIn(ketamine, shift=DOWN * 0.2), FadeIn(drops, lag_ratio=0.1), run_time=1.2)
        self.play(
            LaggedStart(
                *[
                    d.animate.move_to([gaps[i % len(gaps)] + rng.uniform(-0.2, 0.2), self.membrane.top + 0.2, 0])
                    for i, d in enumerate(drops)
                ],
                lag_ratio=0.1,
            ),
            run_time=2.6,
        )

        x0, x1, y0, y1 = PANEL
        low = y0 - 0.5  # the wide panel reaches lower: room to keep the two results apart
        wide = self.panel.copy().stretch_to_fit_width(x1 - WIDE_X0).stretch_to_fit_height(y1 - low)
        wide.move_to([(WIDE_X0 + x1) / 2, (low + y1) / 2, 0])
        half, middle = (SAFE_X - WIDE_X0 - 0.3) / 2, (WIDE_X0 + SAFE_X) / 2
        left, right = middle - half / 2 - 0.05, middle + half / 2 + 0.05
        mood = self.meter_column("mood", look.YELLOW, left, half - 0.1)
        floaty = self.meter_column("floaty", look.SKY_BLUE, right, half - 0.1)
        self.play(
            Transform(self.panel, wide),
            FadeOut(self.mood_column[0]),
            FadeIn(mood[0]),
            self.mood_meter.animate.move_to(mood[1]),
            FadeIn(floaty),
            run_time=1.6,
        )
        self.remove(self.mood_column)
        self.add(mood)
        self.play(mood[1].ghost(self.peak), floaty[1].ghost(self.peak), run_time=1.0)
        blocked = float(np.clip(self.param("blocked"), 0.05, 0.6)) * self.peak
        self.play(mood[1].level_to(blocked, run_time=2.8), floaty[1].level_to(self.peak, run_time=2.8))
        # the results, one under the other across the panel, in their meters' colours
        words = VGroup(
            *[
                self.label_block(
                    name, colour, width=2 * half, height=height, size=look.SMALL_SIZE, align=ORIGIN, lines=lines
                )
                for name, colour, height, lines in (("smaller", look.YELLOW, 0.95, 2), ("same", look.SKY_BLUE, 0.5, 1))
            ]
        )
        words.arrange(DOWN, buff=0.45).set_z_index(3)  # a clear gap: two results, not one sentence
        words.move_to([middle, mood[1].get_bottom()[1] - 0.2 - words.height / 2, 0])
        self.play(FadeIn(words, shift=UP * 0.2), run_time=1.2)
        self.wait(1.2)

    def step_mixed_answers(self) -> None:
        self.play(FadeOut(Group(*self.mobjects[1:])), run_time=1.5)
        heading = self.label_block("later", look.TEXT, width=12.8, height=0.6, lines=1)
        heading.move_to([LABEL_X, 2.2, 0], aligned_edge=LEFT)  # a clear gap under the title
        cards = VGroup()
        for i, (count, colour) in enumerate(((5, look.MINT), (58, look.TEXT_SOFT), (26, look.YELLOW))):
            frame = RoundedRectangle(width=4.05, height=3.75, corner_radius=0.2)
            frame.set_stroke(look.MEMBRANE, 3).set_fill(tint(look.MEMBRANE, 0.3), 1)
            who = self.label_block(f"who{i + 1}", look.TEXT, width=3.6, height=0.6, lines=1, align=ORIGIN)
            dots = people_dots(count, per_row=12, gap=0.22)
            what = self.label_block(f"what{i + 1}", colour, width=3.75, height=1.5, size=look.SMALL_SIZE, align=ORIGIN)
            who.move_to(frame.get_top() + DOWN * (0.25 + who.height / 2))
            dots.move_to(frame.get_top() + DOWN * 0.85, aligned_edge=UP)
            what.move_to(frame.get_bottom() + UP * (0.25 + 0.7))
            cards.add(VGroup(frame, who, dots, what))
        cards.arrange(RIGHT, buff=0.25).move_to([0, -0.25, 0])
        last = self.label_block("not_heroin", look.YELLOW, width=12.8, height=0.7, lines=2, align=ORIGIN)
        last.move_to([0, -2.75, 0])
        self.play(FadeIn(heading, shift=UP * 0.2), run_time=1.0)
        self.play(LaggedStart(*[FadeIn(c, shift=UP * 0.3) for c in cards], lag_ratio=0.45), run_time=3.6)
        self.play(FadeIn(last, shift=UP * 0.2), run_time=1.3)
        self.wait(1.5)
