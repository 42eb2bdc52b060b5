"""Scene 8, "How long antidepressants take": weeks to work, months to keep going, slow to stop."""

from __future__ import annotations

import numpy as np
from manim import DOWN, LEFT, ORIGIN, UP, Create, FadeIn, FadeOut, RoundedRectangle, VGroup, VMobject

from scenes import look
from scenes.base import DeckScene
from scenes.parts import RewardPanel, leader, pill, tint
from scenes.timeline import TimeAxis

# Layout (Manim units; the frame is 14.2 x 8, nothing within 3% of its edge):
# messages on the left, a time axis below them, a mood meter in a panel on the right.
LABEL_X, MESSAGE_W = -6.4, 9.0
PANEL = (3.2, 6.6, -2.75, 2.85)
AXIS = (-5.5, 2.0, -2.3)  # x0, x1, y of the time axis
TICKS = ("week0", "week2", "week4", "week8", "month6")
WELL = 0.6  # the mood meter's "feeling well" mark


class AntidepressantWeeks(DeckScene):
    """How long antidepressants take: weeks to help, months to keep going, slow to stop.

    Storyboard (what the patient sees):

    1. ``first-weeks``: a time axis (week 0, week 2, week 4, week 8, 6 months;
       every other label a row lower, so neighbours stay apart) and a "mood" meter in a panel on the right, with a "feeling well"
       mark. A pill appears; the marker moves to week 2 while the meter
       rises only a little. "Side effects often come first. Many fade." and
       "Sleep and energy may get better before mood".
    2. ``fuller-effect``: the marker travels on to week 8 and the meter
       climbs slowly to "feeling well": "The full effect can take 4 to 8
       weeks". A note points at week 4: "No better by week 4? Talk to your
       prescriber."
    3. ``keep-going``: the marker moves on to 6 months; the meter stays
       steady at "feeling well": "Keep taking it for at least 6 months after
       you feel well".
    4. ``stopping-slowly``: the axis fades. A staircase of shrinking steps
       walks the dose down beside the words "When it is time to stop, your
       prescriber lowers the dose slowly, in steps", and "Stopping all at
       once can cause withdrawal". Nothing flashes.
    5. ``watch-closely``: the staircase and the meter clear. A calm card: "Under 25: the
       family and the care team watch closely, most of all in the first
       weeks and after a dose change", and "Tell someone about new or worse
       dark thoughts".
    6. ``help-line``: the card gives way to a large one, held
       for a slow reader: "Thoughts of suicide? Call or text 988" and "In
       danger now: call 911" (the deck writes its own numbers).

    Params: ``weeks_to_well`` where on the axis (in ticks, 2 = week 4, 3 =
    week 8) the meter reaches "feeling well"; schematic, not measured.
    Antidepressants act on a different lock from the opioid scenes, so no
    lock is drawn here.
    """

    STEPS = ("first-weeks", "fuller-effect", "keep-going", "stopping-slowly", "watch-closely", "help-line")
    PARAMS = {"weeks_to_well": 3.0}
    BOUNDS = {"weeks_to_well": (2.0, 3.0)}
    LABELS = {
        "title": "How long antidepressants take",
        "mood": "mood",
        "well": "feeling well",
        "week0": "week 0",
        "week2": "week 2",
        "week4": "week 4",
        "week8": "week 8",
        "month6": "6 months",
        "side_effects": "Side effects often come first. Many fade.",
        "sleep": "Sleep and energy may get better before mood",
        "full": "The full effect can take 4 to 8 weeks",
        "talk": "No better by week 4? Talk to your prescriber.",
        "keep": "Keep taking it for at least 6 months after you feel well",
        "slowly": "When it is time to stop, your prescriber lowers the dose slowly, in steps",
        "suddenly": "Stopping all at once can cause withdrawal",
        "under25": "Under 25: family and the care team watch closely, most of all in the "
        "first weeks and after a dose change",
        "tell": "Tell someone about new or worse dark thoughts",
        "crisis": "Thoughts of suicide? Call or text 988",
        "danger": "In danger now: call 911",
    }

    def setup_stage(self) -> None:
        title = self.label_block("title", look.TEXT, width=12.8, height=0.75, size=look.TITLE_SIZE, lines=1)
        title.move_to([LABEL_X, 3.3, 0], aligned_edge=LEFT)
        self.add(title)
        heading = self.label_block("mood", look.TEXT, width=3.1, height=1.0, align=ORIGIN)
        well = self.label_block(
            "well", look.TEXT_SOFT, width=RewardPanel.label_room(PANEL), height=1.0, size=look.SMALL_SIZE
        )
        self.panel = RewardPanel(heading, well, PANEL, normal=WELL, status_room=0.6)
        self.meter = self.panel.meter

    def message(
        self,
        name: str,
        colour: str = look.TEXT,
        below: VMobject | None = None,
        size: int = look.LABEL_SIZE,
        width: float = MESSAGE_W,
        height: float = 1.3,
    ) -> VMobject:
        """A line of the story at the top left (or under another message)."""
        words = self.label_block(name, colour, width=width, height=height, size=size)
        if below is None:
            words.move_to([LABEL_X, 2.45, 0], aligned_edge=UP + LEFT)
        else:
            words.next_to(below, DOWN, buff=0.3, aligned_edge=LEFT)
        return words

    def stagger(self, axis: TimeAxis) -> None:
        """Tick labels on one line each, every other one a row lower, its tick drawn down to it.

        Five labels on a short axis ("semana 0", "semana 2") would otherwise
        wrap into two lines that nearly touch and read as one row.
        """
        lines = [self.text(self.label(t), look.SMALL_SIZE, look.TEXT_SOFT) for t in TICKS]
        row = max(line.height for line in lines) + 0.2
        for i, (x, line) in enumerate(zip(axis.stops, lines)):
            drop = row * (i % 2)
            if drop:
                axis.ticks[i].put_start_and_end_on([x, axis.y + 0.12, 0], [x, axis.y - 0.12 - drop, 0])
            axis.labels[i] = line.next_to([x, axis.y - 0.12 - drop, 0], DOWN, buff=0.15)

    # -- steps ----------------------------------------------------------------

    def step_first_weeks(self) -> None:
        self.axis = TimeAxis(
            [self.label(t) for t in TICKS],
            lambda t: self.text(t, look.SMALL_SIZE, look.TEXT_SOFT),
            x0=AXIS[0],
            x1=AXIS[1],
            y=AXIS[2],
        )
        self.stagger(self.axis)
        medicine = pill().scale(0.9).move_to([self.axis.x0, AXIS[2] + 0.95, 0])
        self.play(FadeIn(self.axis), FadeIn(self.panel), FadeIn(medicine, shift=DOWN * 0.2), run_time=1.6)
        side = self.message("side_effects", look.TEXT_SOFT)
        sleep = self.message("sleep", look.SKY_BLUE, below=side)
        self.play(FadeIn(side, shift=UP * 0.2), run_time=1.0)
        self.play(
            self.axis.move_marker(1, run_time=3.0),
            self.meter.level_to(0.15, run_time=3.0),
            FadeIn(sleep, shift=UP * 0.2, run_time=1.2),
            run_time=3.0,
        )
        self.words = VGroup(side, sleep, medicine)
        self.wait(1.2)

    def step_fuller_effect(self) -> None:
        well_at = float(np.clip(self.param("weeks_to_well"), 2.0, 3.0))
        full = self.message("full", look.YELLOW)
        talk = self.message("talk", look.MINT, below=full, size=look.SMALL_SIZE, width=7.0)
        week4 = self.axis.x_at(2)
        pointer = leader(
            [min(week4, talk.get_right()[0] - 0.3), talk.get_bottom()[1] - 0.1, 0],
            [week4, AXIS[2] + 0.15, 0],
            look.MINT,
        )
        self.play(FadeOut(self.words), FadeIn(full, shift=UP * 0.2), run_time=1.2)
        self.play(self.axis.move_marker(2, run_time=2.4), self.meter.level_to(0.35, run_time=2.4))
        self.play(FadeIn(talk, shift=UP * 0.2), Create(pointer), run_time=1.2)
        self.play(self.axis.move_marker(well_at, run_time=2.6), self.meter.level_to(WELL, run_time=2.6))
        self.words = VGroup(full, talk, pointer)
        self.wait(1.2)

    def step_keep_going(self) -> None:
        keep = self.message("keep", look.MINT)
        self.play(FadeOut(self.words), FadeIn(keep, shift=UP * 0.2), run_time=1.2)
        self.play(self.axis.move_marker(4, run_time=4.0), run_time=4.0)
        self.words = keep
        self.wait(1.2)

    def step_stopping_slowly(self) -> None:
        slowly = self.message("slowly", look.TEXT, height=1.75)
        suddenly = self.message("suddenly", look.TEXT_SOFT, below=slowly, size=look.SMALL_SIZE)
        # a staircase whose steps get smaller as the dose gets low
        x, y, points = -5.8, -0.9, []
        for drop, run in ((0.55, 1.0), (0.4, 1.0), (0.3, 1.0), (0.2, 1.0), (0.12, 1.0)):
            points += [[x, y, 0], [x + run, y, 0]]
            x, y = x + run, y - drop
            points.append([x, y, 0])
        stairs = VMobject().set_points_as_corners(points).set_stroke(look.SKY_BLUE, 6)
        self.play(FadeOut(self.words), FadeOut(self.axis), FadeIn(slowly, shift=UP * 0.2), run_time=1.4)
        self.play(Create(stairs, run_time=3.0), FadeIn(suddenly, shift=UP * 0.2, run_time=1.2), run_time=3.0)
        self.words = VGroup(slowly, suddenly, stairs)
        self.wait(1.5)

    def card(
        self,
        names: list[str],
        colours: list[str],
        sizes: list[int],
        top: float,
        bottom: float,
        x0: float = -6.4,
        x1: float = 2.8,
    ) -> VGroup:
        """A calm framed card with lines of words, one under another."""
        frame = RoundedRectangle(width=x1 - x0, height=top - bottom, corner_radius=0.2)
        frame.set_stroke(look.MINT, 3).set_fill(tint(look.MEMBRANE, 0.3), 1)
        frame.move_to([(x0 + x1) / 2, (top + bottom) / 2, 0])
        room = (top - bottom - 0.6 - 0.35 * (len(names) - 1)) / len(names)
        lines = VGroup(
            *[
                self.label_block(n, c, width=x1 - x0 - 0.6, height=room, size=s)
                for n, c, s in zip(names, colours, sizes)
            ]
        )
        lines.arrange(DOWN, buff=0.35, aligned_edge=LEFT).move_to(frame)
        return VGroup(frame, lines)

    def step_watch_closely(self) -> None:
        card = self.card(
            ["under25", "tell"],
            [look.TEXT, look.YELLOW],
            [look.LABEL_SIZE, look.LABEL_SIZE],
            top=2.45,
            bottom=-3.5,
            x0=-6.55,
            x1=6.55,
        )
        self.play(FadeOut(self.words), FadeOut(self.panel), run_time=1.2)
        self.play(FadeIn(card, shift=UP * 0.2), run_time=1.4)
        self.words = card
        self.wait(1.5)

    def step_help_line(self) -> None:
        card = self.card(
            ["crisis", "danger"],
            [look.TEXT, look.TEXT],
            [look.TITLE_SIZE, look.LARGE_SIZE],
            top=2.45,
            bottom=-3.5,
            x0=-6.55,
            x1=6.55,
        )
        self.play(FadeOut(self.words), run_time=1.2)
        self.play(FadeIn(card, shift=UP * 0.2), run_time=1.4)
        self.wait(3.0)
