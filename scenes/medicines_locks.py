"""Scene 6, "Medicines that use the locks": methadone, buprenorphine and naltrexone."""

from __future__ import annotations

import numpy as np
from manim import (
    DOWN,
    LEFT,
    ORIGIN,
    RIGHT,
    TAU,
    UP,
    Animation,
    Create,
    DashedLine,
    FadeIn,
    FadeOut,
    LaggedStart,
    Rectangle,
    Succession,
    VGroup,
    VMobject,
    Wait,
    Wiggle,
)

from scenes import look
from scenes.base import DeckScene
from scenes.fentanyl_naloxone import FentanylNaloxone
from scenes.heroin_tolerance import EXTRA, LABEL_X, NORMAL, PANEL, HeroinTolerance
from scenes.medicine_parts import GripKey, calendar, day_lines, naloxone_box, warning_frame
from scenes.parts import Key, RewardPanel, tint, turn
from scenes.timeline import TimeAxis

MESSAGE_W = 9.0  # messages run under the locks, from the label column to x = 2.6
AXIS_Y = -2.45
LIMIT = 0.3  # buprenorphine's floor on the breathing meter (illustrative)
LOW = 0.1  # the breathing meter in an overdose
RISK_OFF, RISK_ON = 1.0, 0.47  # all-cause deaths out of vs in treatment (Santo 2021, RR 0.47)
HALF = tint(look.ACTIVE, 0.55, look.RECEPTOR)  # a lock turned part way


class MedicinesLocks(DeckScene):
    """Medicines that use the locks: three keys that fit the opioid locks in their own ways.

    Storyboard (what the patient sees):

    1. ``three-medicines``: the nerve cell and its locks fade in. Below, three
       keys line up, each named: a mint, square-headed methadone key ("turns
       fully"), a green buprenorphine key with two claws ("turns part way") and
       a blue, bar-headed naltrexone key ("does not turn"): "All three work on
       the same locks".
    2. ``methadone-steady``: methadone keys drift in slowly and the locks turn
       all the way, slowly. Over a short axis (day 1, 2, 3) a faint purple
       line rises and falls a few times a day ("heroin: up and down"); a thick
       mint line rises slowly and stays level ("methadone: steady").
    3. ``bup-partial-grip``: the methadone leaves. Buprenorphine keys slide in,
       turn the locks only part way and close their claws: "Turns the lock part
       way and holds on tight". A sky-blue breathing meter dips a little, then
       stops at a dashed "limit" line: "Breathing slows only so much". A
       vermillion-framed warning: "With alcohol or benzos, it can still stop
       breathing".
    4. ``bup-too-early``: the locks are full of vermillion fentanyl keys
       ("other opioids"), turned all the way. Buprenorphine arrives too soon,
       pushes them out and the locks fall back to part way; they shiver
       slowly (under two shakes a second). A vermillion-framed warning: "Too
       soon: sudden, strong withdrawal".
    5. ``bup-wait-first``: the same start again. Over an axis from "last use"
       to "first dose" (no hours: the wait differs), the fentanyl drifts away
       and the locks turn back: "Wait until withdrawal has started", "Your
       care team will tell you when". Then buprenorphine slides in smoothly
       and holds on.
    6. ``naltrexone-block``: blue naltrexone keys fill the locks, which stay
       still: "Fits the lock, but does not turn it". Purple heroin keys come
       down and bounce off: "It blocks other opioids". A calendar with one
       day ringed: "one shot a month"; "First, 7 to 10 days off all opioids".
    7. ``staying-on``: methadone and buprenorphine keys (no naltrexone) take
       the locks: "Staying on methadone or buprenorphine". Two bars of the
       "Risk of dying": "off treatment", full length, and "on treatment", a
       little under half: "less than half".
    8. ``after-stopping``: the treatment keys leave. A framed warning, "After
       stopping, your old dose can be too much": an old-sized dose of heroin floods the locks, all
       turn, and the breathing meter sinks inside a vermillion frame: "It can
       stop your breathing". "Talk to your care team before you stop" and a
       naloxone box, "Keep naloxone at home", stay to the last frame.

    Params: ``receptors`` locks. Every word is a label; vermillion words sit
    in a dark frame (on the lit inside of the cell they would be too faint).
    The lines, meter levels and the limit are illustrative; the risk bars are
    to scale (0.47).
    """

    LABEL_WIDTH = 3.0
    LABEL_HEIGHT = 1.3

    STEPS = (
        "three-medicines",
        "methadone-steady",
        "bup-partial-grip",
        "bup-too-early",
        "bup-wait-first",
        "naltrexone-block",
        "staying-on",
        "after-stopping",
    )
    PARAMS = {"receptors": 5}
    BOUNDS = {"receptors": (4, 8)}
    LABELS = {
        "title": "Medicines that use the locks",
        "methadone": "methadone",
        "buprenorphine": "buprenorphine (Suboxone)",
        "naltrexone": "naltrexone",
        "full": "turns fully",
        "part": "turns part way",
        "still": "does not turn",
        "same": "All three work on the same locks",
        "slowly": "Turns the lock fully, but slowly",
        "day1": "day 1",
        "day2": "day 2",
        "day3": "day 3",
        "ups": "heroin: up and down",
        "steady": "methadone: steady",
        "partial": "Turns the lock part way and holds on tight",
        "breath": "breathing",
        "normal": "normal",
        "limit": "limit",
        "only": "Breathing slows only so much",
        "mix": "With alcohol or benzos, it can still stop breathing",
        "other": "other opioids",
        "too_soon": "Too soon: sudden, strong withdrawal",
        "wait": "Wait until withdrawal has started",
        "when": "Your care team will tell you when",
        "last_use": "last use",
        "first_dose": "first dose",
        "fits": "Fits the lock, but does not turn it",
        "blocked": "It blocks other opioids",
        "month": "one shot a month",
        "first": "First, 7 to 10 days off all opioids",
        "staying": "Staying on methadone or buprenorphine",
        "risk": "Risk of dying",
        "off": "off treatment",
        "on": "on treatment",
        "half": "less than half",
        "old_dose": "your old dose",
        "after": "After stopping, your old dose can be too much",
        "stops": "It can stop your breathing",
        "talk": "Talk to your care team before you stop",
        "naloxone": "Keep naloxone at home",
    }

    name_key = HeroinTolerance.name_key
    heading = FentanylNaloxone.heading

    # -- building -------------------------------------------------------------

    def setup_stage(self) -> None:
        FentanylNaloxone.setup_stage(self)  # type: ignore[arg-type]  # the cell, locks and breathing panel
        self.turned = [0.0] * len(self.receptors)  # quarter turns each lock is turned by
        meter = self.lungs.meter
        y = meter.frame.get_bottom()[1] + meter.pad + LIMIT * meter.inner_h
        self.floor = DashedLine(
            [meter.frame.get_left()[0] - 0.12, y, 0], [meter.frame.get_right()[0] + 0.3, y, 0], dash_length=0.12
        ).set_stroke(look.TEXT, 4)
        limit = self.label_block(
            "limit", look.TEXT, width=RewardPanel.label_room(PANEL), height=0.9, size=look.SMALL_SIZE
        )
        limit.move_to([meter.frame.get_right()[0] + 0.46, y, 0], aligned_edge=LEFT)
        self.limit = VGroup(self.floor, limit)

    def message(self, name: str, colour: str = look.TEXT, below: VMobject | None = None) -> VMobject:
        """A line of the story under the locks (or under another message)."""
        words = self.label_block(name, colour, width=MESSAGE_W, height=1.0)
        if below is None:
            words.move_to([LABEL_X, self.membrane.bottom - 0.35, 0], aligned_edge=UP + LEFT)
        else:
            words.next_to(below, DOWN, buff=0.25, aligned_edge=LEFT)
        return words

    def warning(self, name: str, top: float, size: int = look.LABEL_SIZE) -> VGroup:
        """A vermillion warning in a dark frame (vermillion words need the dark ground to be read)."""
        words = self.label_block(name, look.VERMILLION, width=MESSAGE_W - 0.5, height=1.0, size=size)
        return warning_frame(words, LABEL_X, top)

    def keys(self, colour: str, head: str, seed: int, grip: bool = False) -> list[Key]:
        """One key per lock, waiting above it at a slight tilt."""
        rng = np.random.default_rng(seed)
        keys: list[Key] = []
        for r in self.receptors:
            key = (GripKey(colour) if grip else Key(colour, head)).scale(self.size)
            key.move_to([min(r.get_x() + rng.uniform(0.6, 1.3), 2.7), 2.4 + rng.uniform(0, 0.15), 0])
            keys.append(key.tilted(rng.uniform(-0.4, 0.4)))
        return keys

    def seated(self, colour: str, head: str) -> list[Key]:
        """One key already sitting in every lock (a picture that starts full)."""
        keys = []
        for r in self.receptors:
            key = Key(colour, head).scale(self.size)
            keys.append(key.shift(r.seat() - key.tip() + UP * 0.03))
        return keys

    def turn_to(self, amount: float, run_time: float = 1.2, locks: list[int] | None = None) -> list[Animation]:
        """Turn locks to ``amount`` (1 all the way, 0.5 part way, 0 at rest), from wherever they are."""
        anims = []
        for i in range(len(self.receptors)) if locks is None else locks:
            r, by = self.receptors[i], amount - self.turned[i]
            self.turned[i] = amount
            colour = look.ACTIVE if amount >= 1 else HALF if amount > 0 else r.colour
            anims.append(turn(r, by, colour, halo=0.1 * amount, run_time=run_time))
        return anims

    def take_locks(
        self, incoming: list[Key], outgoing: list[Key], amount: float, pace: float = 1.0, extra: list | None = None
    ) -> None:
        """``incoming`` keys take every lock (pushing ``outgoing`` keys away) and turn it to ``amount``."""
        moves = []
        for i, (key, r) in enumerate(zip(incoming, self.receptors)):
            start = i * 0.18 * pace
            arrive = [] if key in self.mobjects else [FadeIn(key, run_time=0.4)]
            moves.append(Succession(Wait(start), *arrive, key.fit_into(r, run_time=2.8 * pace, path_arc=-0.3)))
            if outgoing:
                away = FadeOut(outgoing[i], shift=UP * 0.5 + LEFT * 0.35, run_time=1.0)
                moves.append(Succession(Wait(start + 1.2 * pace), away))
            after = [key.clamp(run_time=0.8)] if isinstance(key, GripKey) else []
            moves.append(Succession(Wait(start + 2.6 * pace), *self.turn_to(amount, 1.2 * pace, [i]), *after))
        self.play(*moves, *(extra or []))

    def leave(self, keys: list[Key], *extra: Animation, run_time: float = 2.0) -> None:
        """Keys drift away and every lock turns back to rest (with ``extra`` animations)."""
        self.play(
            *[FadeOut(k, shift=UP * 0.8 + RIGHT * 0.3) for k in keys],
            *self.turn_to(0.0, run_time),
            *extra,
            run_time=run_time,
        )
        # A claw that swung inside a longer animation can be held in the scene on its own: take it out too.
        self.remove(*[claw for k in keys if isinstance(k, GripKey) for claw in k.claws])

    def named(self, name: str, colour: str, key: VMobject) -> None:
        self.tag = self.name_key(name, colour, key)
        self.play(FadeIn(self.tag[0], shift=UP * 0.2), Create(self.tag[1]), run_time=1.0)

    def say(self, *lines: VMobject, run_time: float = 1.0) -> None:
        self.play(*[FadeIn(line, shift=UP * 0.2) for line in lines], run_time=run_time)

    # -- steps ----------------------------------------------------------------

    def step_three_medicines(self) -> None:
        self.play(
            FadeIn(self.inside),
            FadeIn(self.membrane, shift=UP * 0.3),
            LaggedStart(*[FadeIn(r, shift=UP * 0.5) for r in self.receptors], lag_ratio=0.1),
            run_time=1.8,
        )
        medicines = (
            (Key(look.MINT, "square"), "methadone", look.MINT, "full"),
            (GripKey(look.GREEN), "buprenorphine", look.GREEN, "part"),
            (Key(look.BLUE, "bar"), "naltrexone", look.SKY_BLUE, "still"),
        )
        same = self.label_block("same", width=12.8, height=1.0)  # no panel yet: the whole width
        same.move_to([LABEL_X, self.membrane.bottom - 0.35, 0], aligned_edge=UP + LEFT)
        columns = VGroup()
        for (key, name, colour, how), x in zip(medicines, (-4.3, 0.0, 4.3)):
            key.scale(1.4)
            key.move_to([x, same.get_bottom()[1] - 1.3, 0], aligned_edge=DOWN)  # tips in a row, names level
            words = self.label_block(name, colour, width=3.9, height=1.0, align=ORIGIN, lines=2)
            words.next_to(key, DOWN, buff=0.25)
            doing = self.label_block(how, look.TEXT_SOFT, width=3.9, height=0.9, align=ORIGIN, size=look.SMALL_SIZE)
            doing.next_to(words, DOWN, buff=0.2)
            columns.add(VGroup(key, words, doing))
        self.play(LaggedStart(*[FadeIn(c, shift=UP * 0.2) for c in columns], lag_ratio=0.5), run_time=3.0)
        self.say(same, run_time=1.2)
        self.words = VGroup(same, columns)
        self.wait(1.5)

    def step_methadone_steady(self) -> None:
        self.play(FadeOut(self.words), run_time=1.0)
        self.methadone = self.keys(look.MINT, "square", seed=2)
        self.take_locks(self.methadone, [], 1.0, pace=1.5)
        self.named("methadone", look.MINT, self.methadone[0])
        slowly = self.message("slowly", look.MINT)
        axis = TimeAxis(
            [self.label(t) for t in ("day1", "day2", "day3")],
            lambda t: self.text(t, look.SMALL_SIZE, look.TEXT_SOFT),
            x0=-5.2,
            x1=1.2,
            y=AXIS_Y,
        )
        axis.remove(axis.marker)
        ups, steady = day_lines(axis.x0, axis.x1, AXIS_Y + 0.1, slowly.get_bottom()[1] - 0.3)
        ups.set_stroke(opacity=0.7)
        names = [
            self.label_block(name, colour, width=5.0, height=0.9, size=look.SMALL_SIZE, lines=2)
            for name, colour in (("ups", look.PURPLE), ("steady", look.MINT))
        ]
        names[1].next_to(steady.points[-1], RIGHT, buff=0.3)
        names[0].next_to(names[1], DOWN, buff=0.25, aligned_edge=LEFT)  # its line ends lower
        self.say(slowly)
        self.play(FadeIn(axis), Create(ups, run_time=2.5), FadeIn(names[0], run_time=1.0), run_time=2.5)
        self.play(Create(steady, run_time=3.0), FadeIn(names[1], run_time=1.0), run_time=3.0)
        self.words = VGroup(slowly, axis, ups, steady, *names)
        self.wait(1.5)

    def step_bup_partial_grip(self) -> None:
        self.leave(self.methadone, FadeOut(self.words), FadeOut(self.tag))
        self.bup = self.keys(look.GREEN, "square", seed=3, grip=True)
        self.take_locks(self.bup, [], 0.5, extra=[FadeIn(self.lungs, run_time=1.2)])
        self.named("buprenorphine", look.GREEN, self.bup[0])
        partial = self.message("partial", look.GREEN)
        only = self.message("only", below=partial)
        self.say(partial)
        self.play(
            self.lungs.meter.level_to(LIMIT, run_time=3.2),
            FadeIn(self.limit, run_time=1.2),
            Succession(Wait(2.0), FadeIn(only, shift=UP * 0.2, run_time=1.2)),
            run_time=3.2,
        )
        mix = self.warning("mix", only.get_bottom()[1] - 0.35, look.SMALL_SIZE)
        self.play(FadeIn(mix[0]), FadeIn(mix[1], shift=UP * 0.1), run_time=1.2)
        self.words = VGroup(partial, only, mix)
        self.wait(1.5)

    def step_bup_too_early(self) -> None:
        self.leave(
            self.bup,
            FadeOut(self.words),
            FadeOut(self.tag),
            FadeOut(self.lungs),
            FadeOut(self.limit),
            self.lungs.meter.level_to(NORMAL, run_time=2.0),
        )
        self.fentanyl = self.keys(look.VERMILLION, "hexagon", seed=4)
        self.take_locks(self.fentanyl, [], 1.0)
        self.named("other", look.VERMILLION, self.fentanyl[0])
        self.bup = self.keys(look.GREEN, "square", seed=5, grip=True)
        self.take_locks(self.bup, self.fentanyl, 0.5, extra=[FadeOut(self.tag, run_time=1.0)])
        soon = self.warning("too_soon", self.membrane.bottom - 0.45)
        shiver = [
            Wiggle(VGroup(r, k), scale_value=1.04, rotation_angle=0.02 * TAU, n_wiggles=3)
            for r, k in zip(self.receptors, self.bup)
        ]
        self.play(*shiver, FadeIn(soon, shift=UP * 0.2, run_time=1.0), run_time=2.4)  # 3 shakes in 2.4 s
        self.words = soon
        self.wait(1.5)

    def step_bup_wait_first(self) -> None:
        self.fentanyl = self.seated(look.VERMILLION, "hexagon")
        self.play(
            *[FadeOut(k) for k in self.bup],
            FadeOut(self.words),
            *[FadeIn(k) for k in self.fentanyl],
            *self.turn_to(1.0, 1.4),
            run_time=1.4,
        )
        wait = self.message("wait", look.SKY_BLUE)
        when = self.message("when", look.TEXT_SOFT, below=wait)
        axis = TimeAxis(
            [self.label(t) for t in ("last_use", "first_dose")],
            lambda t: self.text(t, look.SMALL_SIZE, look.TEXT_SOFT),
            x0=-4.6,
            x1=1.8,
            y=AXIS_Y,
        )
        self.play(FadeIn(wait, shift=UP * 0.2), FadeIn(axis), run_time=1.2)
        drift = [
            Succession(Wait(0.6 + i * 0.5), FadeOut(k, shift=UP * 0.8 + RIGHT * 0.3, run_time=1.8))
            for i, k in enumerate(self.fentanyl)
        ]
        self.play(axis.move_marker(1, run_time=5.0), *drift, *self.turn_to(0.0, 4.0), run_time=5.0)
        self.say(when)
        self.bup = self.keys(look.GREEN, "square", seed=6, grip=True)
        self.take_locks(self.bup, [], 0.5)
        self.words = VGroup(wait, when, axis)
        self.wait(1.5)

    def step_naltrexone_block(self) -> None:
        self.leave(self.bup, FadeOut(self.words))
        self.naltrexone = self.keys(look.BLUE, "bar", seed=7)
        self.take_locks(self.naltrexone, [], 0.0)
        self.named("naltrexone", look.SKY_BLUE, self.naltrexone[0])
        fits = self.message("fits", look.SKY_BLUE)
        self.say(fits)
        rng = np.random.default_rng(8)
        bounces = []
        for i, blocked in enumerate(self.naltrexone):
            heroin = Key(look.PURPLE, "hexagon").scale(self.size)
            heroin.move_to(blocked.get_center() + [rng.uniform(0.3, 0.6), 1.25, 0]).tilted(rng.uniform(-0.4, 0.4))
            above = blocked.get_top() + UP * (heroin.height / 2 + 0.05)
            bounces.append(
                Succession(
                    Wait(i * 0.25),
                    FadeIn(heroin, run_time=0.5),
                    heroin.animate(run_time=1.0).move_to(above),
                    FadeOut(heroin, shift=UP * 0.7 + RIGHT * 0.4, run_time=1.2),
                )
            )
        blocked = self.message("blocked", below=fits)
        self.play(*bounces, Succession(Wait(1.6), FadeIn(blocked, shift=UP * 0.2, run_time=1.0)))
        month = calendar()
        month.move_to([(PANEL[0] + PANEL[1]) / 2, -0.8, 0])
        shot = self.label_block("month", look.TEXT, width=3.3, height=0.9, size=look.SMALL_SIZE, align=ORIGIN)
        shot.next_to(month, DOWN, buff=0.25)
        first = self.message("first", look.ORANGE, below=blocked)
        self.play(FadeIn(month, shift=UP * 0.2), FadeIn(shot, shift=UP * 0.2), run_time=1.2)
        self.say(first, run_time=1.2)
        self.words = VGroup(fits, blocked, month, shot, first)
        self.wait(1.5)

    def step_staying_on(self) -> None:
        self.leave(self.naltrexone, FadeOut(self.words), FadeOut(self.tag))
        methadone = self.keys(look.MINT, "square", seed=9)
        bup = self.keys(look.GREEN, "square", seed=9, grip=True)
        keys = [bup[i] if i % 2 else methadone[i] for i in range(len(self.receptors))]  # no naltrexone here
        self.treatment = keys
        moves = []
        for i, (key, r) in enumerate(zip(keys, self.receptors)):
            amount = 1.0 if i % 2 == 0 else 0.5
            after = [key.clamp(run_time=0.8)] if isinstance(key, GripKey) else []
            moves.append(
                Succession(
                    Wait(i * 0.18),
                    FadeIn(key, run_time=0.4),
                    key.fit_into(r, run_time=2.8, path_arc=-0.3),
                    *self.turn_to(amount, 1.2, [i]),
                    *after,
                )
            )
        staying = self.message("staying", look.MINT)
        self.play(*moves, Succession(Wait(2.0), FadeIn(staying, shift=UP * 0.2, run_time=1.0)))
        risk = self.label_block("risk", look.TEXT, width=MESSAGE_W, height=0.6, lines=1)
        risk.next_to(staying, DOWN, buff=0.35, aligned_edge=LEFT)
        x0, length, rows = -2.6, 8.0, VGroup()
        for name, value, colour, y in (
            ("off", RISK_OFF, look.TEXT_SOFT, risk.get_bottom()[1] - 0.65),
            ("on", RISK_ON, look.MINT, risk.get_bottom()[1] - 1.55),
        ):
            words = self.label_block(name, look.TEXT, width=x0 - LABEL_X - 0.3, height=0.85, size=look.SMALL_SIZE)
            words.move_to([LABEL_X, y, 0], aligned_edge=LEFT)
            bar = Rectangle(width=length * value, height=0.5, stroke_width=0).set_fill(colour, 1)
            bar.move_to([x0, y, 0], aligned_edge=LEFT)
            rows.add(VGroup(words, bar))
        half = self.label_block("half", look.MINT, width=4.8, height=1.0, lines=2)
        half.next_to(rows[1][1], RIGHT, buff=0.3)
        self.play(FadeIn(risk, shift=UP * 0.2), FadeIn(rows[0][0]), Create(rows[0][1]), run_time=1.4)
        self.play(FadeIn(rows[1][0]), Create(rows[1][1]), run_time=1.6)
        self.say(half)
        self.words = VGroup(staying, risk, rows, half)
        self.wait(1.5)

    def step_after_stopping(self) -> None:
        self.leave(self.treatment, FadeOut(self.words))
        after = self.warning("after", self.membrane.bottom - 0.45)
        self.say(after)
        heroin = self.keys(look.PURPLE, "hexagon", seed=11)
        mids = (self.xs[:-1] + self.xs[1:]) / 2
        more = [
            Key(look.PURPLE, "hexagon").scale(self.size).move_to([mids[int(i)], 2.35 + 0.12 * (j % 2), 0]).tilted(0.3)
            for j, i in enumerate(np.round(np.linspace(0, len(mids) - 1, EXTRA)))
        ]  # an old-sized dose: more keys than locks
        self.take_locks(
            heroin, [], 1.0, extra=[FadeIn(self.lungs, run_time=1.2), LaggedStart(*[FadeIn(k) for k in more])]
        )
        self.named("old_dose", look.PURPLE, heroin[0])
        alarm = self.lungs.meter.frame.copy().set_fill(opacity=0).set_stroke(look.VERMILLION, 6)
        stops = self.label_block("stops", look.VERMILLION, width=3.2, height=1.45, align=ORIGIN, size=look.SMALL_SIZE)
        self.play(
            self.lungs.meter.level_to(LOW, run_time=3.0),
            FadeIn(alarm),
            self.lungs.status_to(stops, run_time=1.6),
            run_time=3.0,
        )
        talk = self.message("talk", look.MINT, below=after)
        box = naloxone_box()
        keep = self.label_block("naloxone", look.TEXT, width=MESSAGE_W - 1.2, height=1.0)
        keep.next_to(talk, DOWN, buff=0.3, aligned_edge=LEFT).shift(RIGHT * (box.width + 0.3))
        box.next_to(keep, LEFT, buff=0.3)
        self.say(talk, run_time=1.2)
        self.say(box, keep, run_time=1.2)
        self.wait(2.0)
