"""Playback: where the step on screen is in time — its position, length, pause and rate.

Qt-free, beside the Navigator: the navigator says which step is on screen,
this says where in it the picture is. The presentation tells it when a step
starts, holds or goes away; keys and the presenter view's timeline send the
clinician's actions (pause, skip, step a frame, seek); the player reports
where its video is. Every change is an ``Event`` for its listeners: the
player follows PAUSED, RESUMED, SEEKED, FINISHED and RATE; the timeline
redraws on any.

Times are milliseconds from the step's start; frame ``n`` starts at
``n * frame_ms``. Seeking before the start shows the first frame; seeking
past the last frame finishes the step (the picture holds its last frame).
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

SKIP_MS = 1000  # J and L: back and forward about a second


class Event(Enum):
    STARTED = "started"  # a step starts from its beginning
    HELD = "held"  # a step stands on its last frame (it has been played, or was stepped back to)
    CLEARED = "cleared"  # no video on screen (the step is still being prepared, or cannot be shown)
    PAUSED = "paused"
    RESUMED = "resumed"  # plays on from ``position_ms`` (from the start if it had finished)
    SEEKED = "seeked"  # the clinician moved the picture to ``position_ms``
    MOVED = "moved"  # the player's video reached ``position_ms`` (the timeline follows)
    FINISHED = "finished"  # a seek past the end, or the video's end: the step is finished
    RATE = "rate"


Listener = Callable[[Event, "Playback"], None]


class Playback:
    """The clock of the step on screen; ``source`` names its video (the player's business)."""

    def __init__(self, rate: float = 1.0):
        self.source: object | None = None
        self.frames = 0
        self.frame_ms = 0.0
        self.position_ms = 0.0
        self.paused = False
        self.finished = False
        self.rate = rate
        self.scrubbing = False  # the latest seek came from a drag on the timeline, still under way
        self._listeners: list[Listener] = []

    # --- reading -----------------------------------------------------------
    @property
    def loaded(self) -> bool:
        return self.source is not None and self.frames > 0

    @property
    def duration_ms(self) -> float:
        return self.frames * self.frame_ms

    @property
    def last_frame_ms(self) -> float:
        """Where the last frame starts."""
        return max(0.0, (self.frames - 1) * self.frame_ms)

    @property
    def frame(self) -> int:
        """The frame at the position (0-based)."""
        return min(self.frames - 1, max(0, int(self.position_ms / self.frame_ms + 1e-6))) if self.loaded else 0

    @property
    def running(self) -> bool:
        """Whether the picture is moving."""
        return self.loaded and not self.paused and not self.finished

    def subscribe(self, listener: Listener) -> None:
        """Call ``listener(event, playback)`` after every change."""
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    # --- from the presentation: which step is on screen ------------------------
    def start(self, source: object, frames: int, fps: float) -> None:
        """A step starts playing from its first frame."""
        self._load(source, frames, fps, 0.0, finished=False)
        self._emit(Event.STARTED)

    def hold(self, source: object, frames: int, fps: float) -> None:
        """A step stands finished on its last frame."""
        self._load(source, frames, fps, frames * (1000.0 / fps if fps > 0 else 0.0), finished=True)
        self._emit(Event.HELD)

    def clear(self) -> None:
        """No video on screen: actions do nothing until a step starts or holds."""
        self.source, self.frames, self.frame_ms, self.position_ms = None, 0, 0.0, 0.0
        self.paused = self.finished = False
        self._emit(Event.CLEARED)

    # --- from the player -------------------------------------------------------------
    def report(self, position_ms: float) -> None:
        """The playing video shows the frame starting at ``position_ms``."""
        if self.running:
            self.position_ms = min(max(0.0, position_ms), self.last_frame_ms)
            self._emit(Event.MOVED)

    def reached_end(self) -> None:
        """The video played to its end."""
        if self.running:
            self.position_ms, self.finished = self.duration_ms, True
            self._emit(Event.FINISHED)

    # --- from the clinician -------------------------------------------------------------
    def toggle_pause(self) -> None:
        """Pause a moving picture; resume a paused one (a finished step plays again from its start)."""
        if not self.loaded:
            return
        if self.running:
            self.paused = True
            self._emit(Event.PAUSED)
            return
        if self.finished:
            self.position_ms, self.finished = 0.0, False
        self.paused = False
        self._emit(Event.RESUMED)

    def pause(self) -> None:
        if self.running:
            self.toggle_pause()

    def resume(self) -> None:
        if self.loaded and self.paused:
            self.toggle_pause()

    def skip(self, milliseconds: float) -> None:
        """Move by about ``milliseconds`` (J and L) from the frame on screen (a finished step's last),
        keeping the picture moving or still as it was."""
        if self.loaded:
            self.seek((self.last_frame_ms if self.finished else self.position_ms) + milliseconds)

    def step_frames(self, count: int) -> None:
        """Pause and move by ``count`` frames (Shift+J, Shift+L)."""
        if not self.loaded:
            return
        frame = self.frames if self.finished else self.frame
        self.paused = True
        self.seek((frame + count) * self.frame_ms)

    def seek(self, position_ms: float, scrubbing: bool = False) -> None:
        """Show the frame at ``position_ms``: before the start, the first frame; past the last, the step ends.

        A finished step that is moved back stays paused there (K plays it on). ``scrubbing``:
        a drag on the timeline is moving the picture (more seeks follow at once).
        """
        if not self.loaded:
            return
        self.scrubbing = scrubbing
        if position_ms >= self.duration_ms:
            if not self.finished:
                self.position_ms, self.finished, self.paused = self.duration_ms, True, False
                self._emit(Event.FINISHED)
            return
        if self.finished:
            self.finished, self.paused = False, True
        frame = int(max(0.0, position_ms) / self.frame_ms + 1e-6)  # the picture is always a whole frame
        self.position_ms = min(frame * self.frame_ms, self.last_frame_ms)
        self._emit(Event.SEEKED)

    def set_rate(self, rate: float) -> None:
        self.rate = rate
        self._emit(Event.RATE)

    # --- inside ------------------------------------------------------------------------
    def _load(self, source: object, frames: int, fps: float, position_ms: float, finished: bool) -> None:
        self.source, self.frames = source, max(0, frames)
        self.frame_ms = 1000.0 / fps if fps > 0 else 0.0
        self.position_ms, self.paused, self.finished = position_ms, False, finished
        if self.frame_ms <= 0:
            self.frames = 0

    def _emit(self, event: Event) -> None:
        for listener in list(self._listeners):
            listener(event, self)
