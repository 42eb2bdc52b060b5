"""Scene 7, "Fentanyl and naloxone": a very strong key, slowed breathing, and what to do."""

from __future__ import annotations

import numpy as np
from manim import (
    DOWN,
    LEFT,
    ORIGIN,
    RIGHT,
    UP,
    Create,
    FadeIn,
    FadeOut,
    LaggedStart,
    RoundedRectangle,
    Succession,
    VGroup,
    VMobject,
    Wait,
)

from scenes import look
from scenes.base import DeckScene
from scenes.heroin_tolerance import LABEL_X, NORMAL, PANEL, SPAN, HeroinTolerance
from scenes.medicine_parts import warning_frame
from scenes.parts import Key, Membrane, Receptor, RewardPanel, cell_inside, pill, tint
from scenes.summary import Summary, tick
from scenes.timeline import TimeAxis

MEMBRANE_Y = 0.85  # as in "Heroin and tolerance"
MESSAGE_W = 8.6  # messages run under the locks, from the label column to x = 2.2
AXIS_Y = -2.25
LOW = 0.12  # the breathing meter in an overdose


class FentanylNaloxone(DeckScene):
    """Fentanyl and naloxone: a very strong opioid key, breathing that slows, and naloxone.

    Storyboard (what the patient sees):

    1. ``strong-key``: the nerve cell, its locks and a sky-blue "breathing"
       meter resting at "normal" fade in. One vermillion, hexagon-headed
       fentanyl key drifts in above the locks (a label names it); framed: "up
       to 50 times stronger than heroin". A pill and a small heap of powder appear:
       "often hidden in pills and powders".
    2. ``breathing-slows``: fentanyl keys slide into every lock and all the
       locks switch on. The breathing meter sinks slowly to near empty inside
       a vermillion frame: "breathing slows".
    3. ``naloxone-pushes``: pale, bar-headed naloxone keys push the fentanyl
       keys out of the locks; the locks switch off and breathing rises back
       towards normal: "Naloxone pushes the opioid out".
    4. ``wears-off``: a short time axis (dose, 30 min, 90 min; not to scale). As the marker
       travels, the naloxone keys drift away while fentanyl, still in the
       body, slides back into the locks; breathing sinks again; framed: "Naloxone
       can wear off first". The message "Call for help and stay" stays on screen.
    5. ``what-to-do``: the picture clears. Under "If someone will not wake
       up", a framed card lists ``actions`` steps (one to four), each behind a
       check mark: call the emergency number, give naloxone (again after 2 to
       3 minutes if need be), turn them on their side, stay until help comes.
       It stays to the last frame, for a slow reader.

    Params: ``receptors`` locks; ``actions`` how many of ``do1``..``do4`` the
    card shows. Every word is a label: the deck writes its own emergency number
    (``{emergency}``); vermillion words sit in a dark frame (on the lit inside
    of the cell they would be too faint). The meter's heights are
    illustrative, not measured.
    """

    LABEL_WIDTH = 3.0
    LABEL_HEIGHT = 1.3

    STEPS = ("strong-key", "breathing-slows", "naloxone-pushes", "wears-off", "what-to-do")
    PARAMS = {"receptors": 6, "actions": 4}
    BOUNDS = {"receptors": (4, 8), "actions": (1, 4)}
    LABELS = {
        "title": "Fentanyl and naloxone",
        "fentanyl": "fentanyl",
        "stronger": "up to 50 times stronger than heroin",
        "hidden": "often hidden in pills and powders",
        "breath": "breathing",
        "normal": "normal",
        "slows": "breathing slows",
        "naloxone": "naloxone (Narcan)",
        "pushes": "Naloxone pushes the opioid out",
        "dose": "dose",
        "min30": "30 min",
        "min90": "90 min",
        "wears_off": "Naloxone can wear off first",
        "stay": "Call for help and stay",
        "do": "If someone will not wake up",
        "do1": "Call 911.",
        "do2": "Give naloxone. If they do not wake up in 2 to 3 minutes, give another dose.",
        "do3": "Turn them on their side.",
        "do4": "Stay with them until help comes.",
    }

    name_key = HeroinTolerance.name_key
    column = Summary.column
    heading = Summary.heading

    def setup_stage(self) -> None:
        n = int(np.clip(self.param("receptors"), 4, 8))
        spacing = min(1.3, (SPAN[1] - SPAN[0]) / (n - 1))
        self.size = min(1.0, spacing / 0.95)
        self.xs = (SPAN[0] + SPAN[1]) / 2 + spacing * (np.arange(n) - (n - 1) / 2)
        self.membrane = Membrane(y=MEMBRANE_Y)
        self.inside = cell_inside(self.membrane)
        self.receptors = [Receptor().scale(self.size).move_to([x, MEMBRANE_Y + 0.05, 0]) for x in self.xs]
        heading = self.label_block("breath", look.TEXT, width=3.1, height=1.0, align=ORIGIN)
        normal = self.label_block(
            "normal", look.TEXT_SOFT, width=RewardPanel.label_room(PANEL), height=0.9, size=look.SMALL_SIZE
        )
        self.lungs = RewardPanel(heading, normal, PANEL, colour=look.SKY_BLUE, level=NORMAL)
        self.title = self.heading("title", look.TEXT)
        self.add(self.title)

    def message(
        self, name: str, colour: str = look.TEXT, below: VMobject | None = None, width: float = MESSAGE_W
    ) -> VMobject:
        """A line of the story under the locks (or under another message)."""
        words = self.label_block(name, colour, width=width, height=1.0)
        if below is None:
            words.move_to([LABEL_X, self.membrane.bottom - 0.35, 0], aligned_edge=UP + LEFT)
        else:
            words.next_to(below, DOWN, buff=0.25, aligned_edge=LEFT)
        return words

    def warning(self, name: str) -> VGroup:
        """A vermillion line of the story under the locks, in a dark frame (to be read on the lit cell)."""
        words = self.label_block(name, look.VERMILLION, width=MESSAGE_W - 0.5, height=1.0)
        return warning_frame(words, LABEL_X, self.membrane.bottom - 0.3)

    def keys(self, colour: str, head: str, seed: int) -> list[Key]:
        """One key per lock, waiting above it at a slight tilt."""
        rng = np.random.default_rng(seed)
        keys = []
        for r in self.receptors:
            key = Key(colour, head).scale(self.size)
            key.move_to([min(r.get_x() + rng.uniform(0.6, 1.3), 2.7), 2.4 + rng.uniform(0, 0.15), 0])
            keys.append(key.tilted(rng.uniform(-0.4, 0.4)))
        return keys

    def push_out(self, incoming: list[Key], outgoing: list[Key], switch_on: bool, extra: list) -> None:
        """``incoming`` keys take every lock, pushing ``outgoing`` keys away."""
        moves = []
        for i, (key, r) in enumerate(zip(incoming, self.receptors)):
            arrive = [] if key in self.mobjects else [FadeIn(key, run_time=0.4)]  # new keys fade in
            moves.append(Succession(Wait(i * 0.18), *arrive, key.fit_into(r, run_time=2.8, path_arc=-0.3)))
            if outgoing:
                moves.append(
                    Succession(Wait(i * 0.18 + 1.2), FadeOut(outgoing[i], shift=UP * 0.5 + LEFT * 0.35, run_time=1.0))
                )
            switch = r.switch_on(run_time=1.2) if switch_on else r.switch_off(run_time=1.2)
            moves.append(Succession(Wait(i * 0.18 + 2.6), switch))
        self.play(*moves, *extra)

    # -- steps ----------------------------------------------------------------

    def step_strong_key(self) -> None:
        self.play(
            FadeIn(self.inside),
            FadeIn(self.membrane, shift=UP * 0.3),
            LaggedStart(*[FadeIn(r, shift=UP * 0.5) for r in self.receptors], lag_ratio=0.1),
            FadeIn(self.lungs),
            run_time=1.8,
        )
        self.first = Key(look.VERMILLION, "hexagon").scale(self.size).move_to([0.3, 2.45, 0])
        self.play(FadeIn(self.first, shift=DOWN * 0.4), run_time=1.4)
        self.tag = self.name_key("fentanyl", look.VERMILLION, self.first)
        stronger = self.warning("stronger")
        self.play(
            FadeIn(self.tag[0], shift=UP * 0.2), Create(self.tag[1]), FadeIn(stronger, shift=UP * 0.2), run_time=1.4
        )
        hidden = self.message("hidden", below=stronger, width=MESSAGE_W - 1.6)
        powder = VGroup(
            *[
                RoundedRectangle(width=0.1, height=0.1, corner_radius=0.03, stroke_width=0)
                .set_fill(look.TEXT_SOFT, 1)
                .move_to([0.45 * np.cos(a) * (1 - i / 14), 0.12 * i / 14 - 0.05, 0])
                for i, a in enumerate(np.linspace(0.2, 2.9, 14))
            ]
        )
        things = VGroup(pill(look.TEXT_SOFT, other=look.VERMILLION), powder).arrange(RIGHT, buff=0.3)
        things.move_to([1.6, hidden.get_center()[1], 0])
        self.play(FadeIn(hidden, shift=UP * 0.2), FadeIn(things, lag_ratio=0.2), run_time=1.6)
        self.words = VGroup(stronger, hidden, things)
        self.wait(1.5)

    def step_breathing_slows(self) -> None:
        self.fentanyl = self.keys(look.VERMILLION, "hexagon", seed=4)
        self.fentanyl[0] = self.first  # the key already on screen takes the first lock
        self.play(FadeOut(self.words), FadeOut(self.tag), run_time=0.8)  # its key moves on
        self.push_out(self.fentanyl, [], True, [])
        self.alarm = self.lungs.meter.frame.copy().set_fill(opacity=0)
        self.alarm.set_stroke(look.VERMILLION, 6)
        slows = self.label_block("slows", look.VERMILLION, width=3.2, height=1.45, align=ORIGIN, size=look.SMALL_SIZE)
        self.play(
            self.lungs.meter.level_to(LOW, run_time=3.6),
            FadeIn(self.alarm),
            self.lungs.status_to(slows, run_time=1.6),
            run_time=3.6,
        )
        self.wait(1.2)

    def step_naloxone_pushes(self) -> None:
        self.nalox = self.keys(look.TEXT_SOFT, "bar", seed=10)
        self.push_out(
            self.nalox,
            self.fentanyl,
            False,
            [
                Succession(Wait(1.8), self.lungs.meter.level_to(0.45, run_time=2.6)),
                Succession(Wait(2.4), self.alarm.animate(run_time=1.6).set_stroke(opacity=0)),
                Succession(Wait(2.4), self.lungs.status_to(None, run_time=1.0)),
            ],
        )
        self.tag = self.name_key("naloxone", look.TEXT_SOFT, self.nalox[0])
        self.words = self.message("pushes")
        self.play(
            FadeIn(self.tag[0], shift=UP * 0.2), Create(self.tag[1]), FadeIn(self.words, shift=UP * 0.2), run_time=1.3
        )
        self.wait(1.5)

    def step_wears_off(self) -> None:
        axis = TimeAxis(
            [self.label(t) for t in ("dose", "min30", "min90")],
            lambda t: self.text(t, look.SMALL_SIZE, look.TEXT_SOFT),
            x0=-4.6,
            x1=1.8,
            y=AXIS_Y,
        )
        wears = self.warning("wears_off")
        self.play(FadeOut(self.words), FadeIn(axis), FadeIn(wears, shift=UP * 0.2), run_time=1.4)
        back = self.keys(look.VERMILLION, "hexagon", seed=12)
        leave = [
            Succession(Wait(1.0 + i * 0.3), FadeOut(k, shift=UP * 0.8 + RIGHT * 0.3, run_time=1.4))
            for i, k in enumerate(self.nalox)
        ]
        self.push_out(
            back,
            [],
            True,
            [
                axis.move_marker(2, run_time=6.0),
                *leave,
                FadeOut(self.tag, run_time=1.0),
                Succession(Wait(3.0), self.lungs.meter.level_to(0.2, run_time=3.0)),
                Succession(Wait(3.0), self.alarm.animate(run_time=1.5).set_stroke(opacity=1)),
            ],
        )
        stay = self.message("stay", below=wears)
        self.play(FadeIn(stay, shift=UP * 0.2), run_time=1.2)
        self.wait(1.5)

    def step_what_to_do(self) -> None:
        self.play(*[FadeOut(m) for m in self.mobjects], run_time=1.4)
        x0, x1, y0, y1 = -6.55, 6.55, -3.5, 2.45
        frame = RoundedRectangle(width=x1 - x0, height=y1 - y0, corner_radius=0.2)
        frame.set_stroke(look.MINT, 3).set_fill(tint(look.MEMBRANE, 0.3), 1)
        frame.move_to([(x0 + x1) / 2, (y0 + y1) / 2, 0])
        heading = self.heading("do", look.MINT)
        count = int(np.clip(self.param("actions"), 1, 4))
        names = [f"do{i + 1}" for i in range(count)]
        actions = self.column(names, [tick() for _ in names], x1 - x0 - 0.6, y1 - 0.3, y0 + 0.3, x0 + 0.3)
        self.play(FadeIn(heading, shift=DOWN * 0.1), FadeIn(frame), run_time=1.2)
        self.play(
            LaggedStart(*[FadeIn(a, shift=RIGHT * 0.2) for a in actions], lag_ratio=0.6), run_time=1.2 + 1.0 * count
        )
        self.wait(2.5)
