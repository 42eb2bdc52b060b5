"""Scene 3, "Stopping and recovery": withdrawal, slow return, overdose risk, medication."""

from __future__ import annotations

import numpy as np
from manim import (
    DOWN,
    LEFT,
    ORIGIN,
    PI,
    RIGHT,
    UP,
    Create,
    FadeIn,
    FadeOut,
    LaggedStart,
    Line,
    Succession,
    VGroup,
    VMobject,
    Wait,
)

from scenes import look
from scenes.base import DeckScene
from scenes.heroin_tolerance import EXTRA, LABEL_X, NORMAL, PANEL, HeroinTolerance
from scenes.parts import Key, Receptor, RewardPanel, leader, tint, turn
from scenes.timeline import TimeAxis

MESSAGE_W = 9.0  # messages run under the locks, from the label column to x = 2.6
AXIS_Y = -2.2  # above the calm bottom strip
TICKS = ("week1", "month1", "month3", "month6")
STEADY = tint(look.ACTIVE, 0.6, look.RECEPTOR)  # a lock held calmly, part way on


def lit(receptor: Receptor, by: float, colour: str, halo: float = 0.0) -> None:
    """Draw a lock turned ``by`` quarter turns at once (the static twin of parts.turn)."""
    receptor.dial.rotate(-by * PI / 2, about_point=receptor.dial[0].get_center())
    receptor.dial.set_stroke(colour)
    receptor.body.set_stroke(colour).set_fill(tint(colour, 0.32))
    for disc in receptor.halo:
        disc.set_fill(receptor.on_colour, halo)


class Abstinence(DeckScene):
    """Stopping and recovery: the tolerant cell after heroin stops, and what helps.

    Storyboard (what the patient sees); it starts where "Heroin and tolerance"
    ended, with the same ``adaptation`` picture (fewer locks, or stiff ones):

    1. ``stopping``: heroin keys sit in the locks and the meter rests near
       "normal". "Stopping heroin": the keys drift away, the locks turn back
       and the meter sinks.
    2. ``withdrawal``: a short, calm beat. The meter slowly dips below the
       "normal" tick ("below normal"); "Withdrawal: the cell is out of
       balance". Nothing flashes.
    3. ``tolerance-lost``: a time axis appears (week 1, month 1, month 3,
       month 6); its marker moves only into the first weeks, and that first
       stretch turns vermillion: "Tolerance drops within weeks". The stiff
       locks turn freely again (with ``adaptation`` "fewer", the missing locks
       rise back), while the reward meter stays below normal: pleasure is
       still low. The old dose of heroin floods every lock and all switch on.
       The danger is to breathing, not a bigger high: the reward panel gives
       way to a sky-blue "breathing" meter, which sinks from "normal" to near
       empty inside a vermillion frame: "It can stop your breathing".
    4. ``overdose-risk``: the axis fades. A calm warning: "Old dose = overdose
       risk". Pale, bar-headed naloxone keys push the heroin out of the
       locks; the locks switch off and the breathing meter rises back:
       "Naloxone can reverse an overdose". "It can stop your breathing" stays
       on screen to the last frame.
    5. ``weeks-to-months``: the naloxone leaves and the reward panel returns,
       still low. The axis comes back and its marker travels on to month 6 while
       the meter creeps up. Orange everyday-reward keys arrive; the locks turn
       and the meter reaches "normal": "Good feelings come back slowly".
    6. ``medication``: green, square-headed methadone / buprenorphine keys
       settle into every lock; the locks turn part way and stay there, and
       the meter rises gently to sit near "normal": "steady". "This is real
       recovery".

    Params as in "Heroin and tolerance" (use the same values on both slides).
    The built-in decks use "weaker" (stiff locks that loosen again), the
    closer picture; in "fewer" the returning locks are a picture, not a finding:
    no human study has timed receptors coming back (see the slide notes).
    """

    LABEL_WIDTH = 3.0  # as in Heroin and tolerance
    LABEL_HEIGHT = 1.3

    STEPS = ("stopping", "withdrawal", "tolerance-lost", "overdose-risk", "weeks-to-months", "medication")
    PARAMS = {"receptors": 6, "adaptation": "weaker", "removed": 3}
    CHOICES = {"adaptation": ("fewer", "weaker")}
    BOUNDS = {"receptors": (4, 8), "removed": (1, 6)}
    LABELS = {
        "title": "Stopping and recovery",
        "heroin": "heroin",
        "reward": "reward signal",
        "normal": "normal",
        "stopping": "Stopping heroin",
        "withdrawal": "Withdrawal",
        "balance": "The cell is out of balance for a while",
        "low": "below normal",
        "week1": "week 1",
        "month1": "month 1",
        "month3": "month 3",
        "month6": "month 6",
        "slowly": "Good feelings come back slowly",
        "everyday": "everyday rewards",
        "lost": "Tolerance drops within weeks",
        "old_dose": "your old dose",
        "breath": "breathing",
        "warning": "Old dose = overdose risk",
        "breathing": "It can stop your breathing",
        "naloxone": "naloxone",
        "reverse": "Naloxone can reverse an overdose",
        "medicine": "medication",
        "medication": "methadone / buprenorphine",
        "recovery": "This is real recovery",
        "steady": "steady",
    }

    # the stage, keys and labels are drawn exactly as in "Heroin and tolerance"
    name_key = HeroinTolerance.name_key
    dose = HeroinTolerance.dose
    working = HeroinTolerance.working

    def setup_stage(self) -> None:
        HeroinTolerance.setup_stage(self)  # type: ignore[arg-type]
        heading = self.label_block("breath", look.TEXT, width=3.1, height=1.0, align=ORIGIN)
        normal = self.label_block(
            "normal", look.TEXT_SOFT, width=RewardPanel.label_room(PANEL), height=0.9, size=look.SMALL_SIZE
        )
        self.lungs = RewardPanel(heading, normal, PANEL, colour=look.SKY_BLUE, level=NORMAL)
        self.adapted = True  # the cell starts tolerant
        if self.weaker:
            for r, grey in zip(self.receptors, self.stiff):
                lit(r, 0, grey)
                r.body.set_stroke(width=3)
        self.heroin = [Key(look.PURPLE, "hexagon").scale(self.size) for _ in self.working_all()]
        for key, r in zip(self.heroin, self.working_all()):
            key.shift(r.seat() - key.tip() + UP * 0.03)
            if self.weaker:
                lit(r, 0.45, tint(look.ACTIVE, 0.45, self.stiff[self.receptors.index(r)]), 0.04)
            else:
                lit(r, 1, look.ACTIVE, 0.1)

    def working_all(self) -> list[Receptor]:
        return self.working(list(range(len(self.receptors))))

    def message(
        self, name: str, colour: str = look.TEXT, size: int = look.LABEL_SIZE, below: VMobject | None = None
    ) -> VMobject:
        """A line of the story, under the locks (or under another message)."""
        words = self.label_block(name, colour, width=MESSAGE_W, height=1.0, size=size)
        if below is None:
            words.move_to([LABEL_X, self.membrane.bottom - 0.35, 0], aligned_edge=UP + LEFT)
        else:
            words.next_to(below, DOWN, buff=0.25, aligned_edge=LEFT)
        return words

    @staticmethod
    def swap(old: VMobject, new: VMobject) -> Succession:
        """One message leaves, then the next comes (never both at once in one place)."""
        return Succession(FadeOut(old, run_time=0.6), FadeIn(new, shift=UP * 0.2, run_time=0.9))

    def status(self, name: str, colour: str, size: int = look.LABEL_SIZE, height: float | None = None) -> VMobject:
        return self.label_block(name, colour, width=3.2, height=height, align=ORIGIN, size=size)

    def turn_all(self, by: float, colour: str | None, halo: float = 0.0) -> list:
        """Every working lock turned ``by`` (to ``colour``, or back to its resting colour)."""
        anims = []
        for r in self.working_all():
            rest = self.stiff[self.receptors.index(r)] if self.adapted and self.weaker else r.colour
            anims.append(turn(r, by, colour or rest, halo, width=3 if rest != r.colour else 4))
        return anims

    # -- steps ----------------------------------------------------------------

    def step_stopping(self) -> None:
        self.tag = self.name_key("heroin", look.PURPLE, self.heroin[0])
        self.play(
            FadeIn(self.inside),
            FadeIn(self.membrane, shift=UP * 0.3),
            *[FadeIn(m) for m in self.working_all() + self.heroin + [self.panel, self.tag]],
            self.meter.level_to(0.45, run_time=2.0),
            run_time=2.0,
        )
        self.words = self.message("stopping")
        self.play(FadeIn(self.words, shift=UP * 0.2), run_time=1.0)
        by = 0.45 if self.weaker else 1.0
        self.play(
            *[FadeOut(k, shift=UP * 0.8 + RIGHT * 0.3) for k in self.heroin],
            FadeOut(self.tag),
            *self.turn_all(-by, None),
            self.meter.level_to(0.28, run_time=2.6),
            run_time=2.6,
        )
        self.wait(1.2)

    def step_withdrawal(self) -> None:
        head = self.message("withdrawal")
        sub = self.message("balance", look.TEXT_SOFT, look.SMALL_SIZE, below=head)
        self.play(self.swap(self.words, head), run_time=1.4)
        self.play(
            FadeIn(sub, shift=UP * 0.2),
            self.meter.level_to(0.08, run_time=3.2),
            Succession(Wait(1.6), self.panel.status_to(self.status("low", look.TEXT_SOFT), run_time=1.6)),
            run_time=3.2,
        )
        self.words = VGroup(head, sub)
        self.wait(1.4)

    def step_tolerance_lost(self) -> None:
        self.axis = TimeAxis(
            [self.label(t) for t in TICKS],
            lambda t: self.text(t, look.SMALL_SIZE, look.TEXT_SOFT),
            x0=-5.4,
            x1=2.0,
            y=AXIS_Y,
        )
        self.band = Line([self.axis.x0, AXIS_Y, 0], [self.axis.x_at(1), AXIS_Y, 0])
        self.band.set_stroke(look.VERMILLION, 10)
        lost = self.message("lost")
        mid = (self.axis.x0 + self.axis.x_at(1)) / 2
        lost.add(leader([mid, lost.get_bottom()[1] - 0.15, 0], [mid, AXIS_Y + 0.1, 0]))
        self.play(self.swap(self.words, lost), FadeIn(self.axis), run_time=1.5)
        self.words = lost
        if self.weaker:  # the stiff locks turn freely again: the tolerance is gone
            back = [turn(r, 0, r.colour, width=4, run_time=2.0) for r in self.receptors]
        else:  # the "fewer" picture: the missing locks rise back into the membrane
            back = [FadeIn(self.receptors[i], shift=UP * 0.9, scale=0.7, run_time=2.0) for i in self.gone]
        self.play(
            self.axis.move_marker(0.7, run_time=4.0),
            Create(self.band, run_time=4.0),
            LaggedStart(*back, lag_ratio=0.3, run_time=3.6),
            run_time=4.0,
        )
        self.adapted = False
        everyone = list(range(len(self.receptors)))
        self.heroin, flow = self.dose("hexagon", look.PURPLE, everyone, EXTRA, seed=9)
        self.play(flow)
        self.tag = self.name_key("old_dose", look.PURPLE, self.heroin[0])
        self.play(
            FadeIn(self.tag[0], shift=UP * 0.2),
            Create(self.tag[1]),
            LaggedStart(*[r.switch_on(run_time=1.2) for r in self.receptors], lag_ratio=0.05),
            run_time=1.4,
        )
        # the danger is to breathing, not a bigger reward: the breathing meter takes the panel
        self.play(FadeOut(self.panel), self.panel.status_to(None), FadeIn(self.lungs), run_time=1.4)
        self.alarm = self.lungs.meter.frame.copy().set_fill(opacity=0)
        self.alarm.set_stroke(look.VERMILLION, 6)
        self.play(
            self.lungs.meter.level_to(0.1, run_time=3.0),
            FadeIn(self.alarm),
            self.lungs.status_to(self.status("breathing", look.VERMILLION, look.SMALL_SIZE, 1.45)),
            run_time=3.0,
        )
        self.wait(1.2)

    def step_overdose_risk(self) -> None:
        warning = self.message("warning")
        extra = self.heroin[len(self.receptors) :]
        self.play(
            FadeOut(self.axis),
            FadeOut(self.band),
            FadeOut(self.tag),
            self.swap(self.words, warning),
            *[FadeOut(k, shift=UP * 0.4 + RIGHT * 0.4) for k in extra],
            run_time=1.6,
        )
        self.wait(0.8)
        rng = np.random.default_rng(10)
        self.nalox, moves, pushed = [], [], []
        for i, r in enumerate(self.receptors):
            key = Key(look.TEXT_SOFT, "bar").scale(self.size)
            key.move_to([min(r.get_x() + rng.uniform(0.8, 1.4), 2.5), 2.45 + rng.uniform(0, 0.1), 0]).tilted(
                rng.uniform(-0.4, 0.4)
            )
            self.nalox.append(key)
            moves.append(
                Succession(Wait(i * 0.18), FadeIn(key, run_time=0.4), key.fit_into(r, run_time=2.8, path_arc=-0.3))
            )
            pushed.append(
                Succession(Wait(i * 0.18 + 1.2), FadeOut(self.heroin[i], shift=UP * 0.5 + LEFT * 0.35, run_time=1.0))
            )
            pushed.append(Succession(Wait(i * 0.18 + 2.6), r.switch_off(run_time=1.2)))
        self.play(
            *moves,
            *pushed,
            Succession(Wait(1.8), self.lungs.meter.level_to(0.45, run_time=2.6)),
            Succession(Wait(2.4), self.alarm.animate(run_time=1.6).set_stroke(opacity=0.5)),
        )
        self.tag = self.name_key("naloxone", look.TEXT_SOFT, self.nalox[0])
        reverse = self.message("reverse", below=warning)
        self.play(
            FadeIn(self.tag[0], shift=UP * 0.2), Create(self.tag[1]), FadeIn(reverse, shift=UP * 0.2), run_time=1.3
        )
        self.words = VGroup(warning, reverse)
        self.wait(1.5)  # "It can stop your breathing" stays on screen to the last frame

    def step_weeks_to_months(self) -> None:
        slowly = self.label_block("slowly", look.ORANGE, width=MESSAGE_W, height=1.0)
        slowly.move_to([LABEL_X, AXIS_Y + 0.65, 0], aligned_edge=DOWN + LEFT)
        self.play(
            *[FadeOut(k, shift=UP * 0.8 + RIGHT * 0.3) for k in self.nalox],
            FadeOut(self.tag),
            FadeOut(self.words),
            FadeOut(self.alarm),
            FadeOut(self.lungs),
            self.lungs.status_to(None),
            FadeIn(self.panel),
            run_time=1.8,
        )
        self.play(FadeIn(self.axis), FadeIn(slowly, shift=UP * 0.2), run_time=1.2)
        self.words = slowly
        self.play(self.axis.move_marker(3, run_time=6.0), self.meter.level_to(0.2, run_time=6.0), run_time=6.0)
        n = len(self.receptors)
        k = min(4, n - 1)
        chosen = [1 + round(i * (n - 2) / (k - 1)) for i in range(k)]
        self.joy, flow = self.dose("round", look.ENDORPHIN, chosen, 0, seed=8)
        self.play(flow)
        self.tag = self.name_key("everyday", look.ORANGE, self.joy[0])
        self.play(
            FadeIn(self.tag[0], shift=UP * 0.2),
            Create(self.tag[1]),
            *[self.receptors[i].switch_on(run_time=1.4) for i in chosen],
            self.meter.level_to(NORMAL, run_time=2.4),
            run_time=2.4,
        )
        self.chosen = chosen
        self.wait(1.0)

    def step_medication(self) -> None:
        self.play(
            *[FadeOut(k, shift=UP * 0.8 + RIGHT * 0.3) for k in self.joy],
            *[self.receptors[i].switch_off(run_time=1.8) for i in self.chosen],
            FadeOut(self.tag),
            FadeOut(self.words),
            FadeOut(self.axis),
            self.meter.level_to(0.3, run_time=1.8),
            run_time=1.8,
        )
        everyone = list(range(len(self.receptors)))
        meds, flow = self.dose("square", look.MINT, everyone, 0, seed=11)
        self.play(flow)
        self.tag = self.name_key("medicine", look.MINT, meds[0])
        names = self.message("medication", look.MINT)
        recovery = VGroup(names, self.message("recovery", below=names))
        self.play(
            FadeIn(self.tag[0], shift=UP * 0.2),
            Create(self.tag[1]),
            *self.turn_all(0.6, STEADY, 0.05),
            self.meter.level_to(0.47, run_time=2.6),
            self.panel.status_to(self.status("steady", look.MINT)),
            FadeIn(recovery, shift=UP * 0.2),
            run_time=2.6,
        )
        self.wait(1.5)
