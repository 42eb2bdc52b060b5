"""Navigator: where the presentation is (slide, step) and what the step is doing.

Qt-free. The window turns key presses into calls here and shows whatever
state results; it never decides navigation itself.

Phases: WAITING (the slide has no render yet), PLAYING (the step's video
runs), HELD (stopped on the step's last frame). Advancing always starts the
next step from its beginning; going back shows the previous step held on its
last frame, as a clinician expects after stepping back to re-explain it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum


class Phase(Enum):
    WAITING = "waiting"
    PLAYING = "playing"
    HELD = "held"


@dataclass(frozen=True)
class Position:
    slide: int
    step: int


Listener = Callable[["Navigator"], None]


class Navigator:
    """Navigation over slides with a known number of steps each."""

    def __init__(self, steps_per_slide: Sequence[int]):
        if not steps_per_slide or min(steps_per_slide) < 1:
            raise ValueError("every slide needs at least one step")
        self._steps = list(steps_per_slide)
        self._ready = [False] * len(self._steps)
        self._position = Position(0, 0)
        self._phase = Phase.WAITING
        self._listeners: list[Listener] = []

    # --- reading -----------------------------------------------------------
    @property
    def position(self) -> Position:
        return self._position

    @property
    def phase(self) -> Phase:
        return self._phase

    @property
    def slide_count(self) -> int:
        return len(self._steps)

    def step_count(self, slide: int) -> int:
        return self._steps[slide]

    @property
    def at_start(self) -> bool:
        return self._position == Position(0, 0)

    @property
    def at_end(self) -> bool:
        return self._position == Position(len(self._steps) - 1, self._steps[-1] - 1)

    def is_ready(self, slide: int) -> bool:
        return self._ready[slide]

    def subscribe(self, listener: Listener) -> None:
        """Call ``listener(navigator)`` after every change."""
        self._listeners.append(listener)

    # --- actions -----------------------------------------------------------
    def next(self) -> bool:
        """Start the next step (across slides). False at the deck's end."""
        slide, step = self._position.slide, self._position.step
        if step + 1 < self._steps[slide]:
            return self._move(Position(slide, step + 1), Phase.PLAYING)
        if slide + 1 < len(self._steps):
            return self._move(Position(slide + 1, 0), Phase.PLAYING)
        if self._phase is Phase.PLAYING:  # at the very end: finish the last step
            return self._move(self._position, Phase.HELD)
        return False

    def previous(self) -> bool:
        """Show the previous step held on its last frame. False at the start."""
        slide, step = self._position.slide, self._position.step
        if step > 0:
            return self._move(Position(slide, step - 1), Phase.HELD)
        if slide > 0:
            return self._move(Position(slide - 1, self._steps[slide - 1] - 1), Phase.HELD)
        if self._phase is Phase.HELD:  # at the very start: play the first step again
            return self._move(self._position, Phase.PLAYING)
        return False

    def go_to_slide(self, slide: int) -> bool:
        """Start a slide (0-based) from its first step."""
        if not 0 <= slide < len(self._steps):
            return False
        return self._move(Position(slide, 0), Phase.PLAYING)

    def go_to(self, position: Position) -> bool:
        """Start a step from its beginning; False if the deck has no such step."""
        if not (0 <= position.slide < len(self._steps) and 0 <= position.step < self._steps[position.slide]):
            return False
        return self._move(position, Phase.PLAYING)

    def replay(self) -> bool:
        """Play the current step again from its start."""
        return self._move(self._position, Phase.PLAYING)

    def step_finished(self) -> None:
        """The view reports that the playing step's video reached its end."""
        if self._phase is Phase.PLAYING:
            self._move(self._position, Phase.HELD)

    def mark_ready(self, slide: int, ready: bool = True) -> None:
        """A slide's render became available (or went away)."""
        self._ready[slide] = ready
        if slide == self._position.slide:
            if ready and self._phase is Phase.WAITING:
                self._move(self._position, Phase.PLAYING)
            elif not ready:
                self._move(self._position, Phase.WAITING)

    def reshape(self, steps_per_slide: Sequence[int], position: Position, ready: Sequence[bool]) -> None:
        """The deck changed shape (an edit added or removed slides or steps): carry on at ``position``.

        The position is clamped into the new deck; the phase becomes HELD (or
        WAITING) so an edit never starts a video by itself.
        """
        if not steps_per_slide or min(steps_per_slide) < 1:
            raise ValueError("every slide needs at least one step")
        self._steps = list(steps_per_slide)
        self._ready = list(ready)
        slide = min(max(position.slide, 0), len(self._steps) - 1)
        step = min(max(position.step, 0), self._steps[slide] - 1)
        self._move(Position(slide, step), Phase.HELD)

    def _move(self, position: Position, phase: Phase) -> bool:
        if not self._ready[position.slide]:
            phase = Phase.WAITING
        self._position, self._phase = position, phase
        for listener in list(self._listeners):
            listener(self)
        return True
