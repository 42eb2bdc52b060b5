"""DeckScene: the base every scene builds on.

A scene declares, as class-level literals (read by the presenter without
importing Manim):

- ``STEPS``: the step ids, in order. Each becomes one Manim section and is
  played by the method ``step_<id with - replaced by _>``.
- ``PARAMS``: parameter defaults; the default's type is the parameter's type.
- ``CHOICES`` (optional): allowed values of string parameters.
- ``BOUNDS`` (optional): ``(low, high)`` of numeric parameters.
- ``LABELS``: every word the scene writes on screen, with English defaults.
  Decks override them (a translated deck changes the picture, not the code).

The renderer sets ``deck_params`` and ``deck_labels`` on a subclass; scenes
read them through :meth:`param` and :meth:`label`. It may also set
``deck_only_steps`` to draw a few steps only (rendering a slide in parallel
parts); a scene's steps must therefore depend only on the scene's state, never
on wall-clock time or frame-by-frame updaters.
"""

from __future__ import annotations

from typing import Any, ClassVar

import manimpango
from manim import LEFT, Scene, Text, VMobject

from scenes import look
from scenes.parts import fit_text

for _font_file in look.font_files():
    manimpango.register_font(str(_font_file))


class DeckScene(Scene):
    """A scene played step by step: one Manim section per declared step."""

    STEPS: ClassVar[tuple[str, ...]] = ()
    PARAMS: ClassVar[dict[str, Any]] = {}
    CHOICES: ClassVar[dict[str, tuple[str, ...]]] = {}
    BOUNDS: ClassVar[dict[str, tuple[float, float]]] = {}
    LABELS: ClassVar[dict[str, str]] = {}

    LABEL_WIDTH: ClassVar[float] = 3.0  # default box of label_block, in Manim units
    LABEL_HEIGHT: ClassVar[float] = 1.6

    deck_params: ClassVar[dict[str, Any]] = {}
    deck_labels: ClassVar[dict[str, str]] = {}
    deck_only_steps: ClassVar[tuple[str, ...] | None] = None  # render just these

    def param(self, name: str) -> Any:
        """The deck's value of a declared parameter, or its default."""
        if name not in self.PARAMS:
            raise KeyError(f"{type(self).__name__} declares no parameter {name!r}")
        return self.deck_params.get(name, self.PARAMS[name])

    def label(self, name: str) -> str:
        """The deck's on-screen text for a declared label, or its default."""
        if name not in self.LABELS:
            raise KeyError(f"{type(self).__name__} declares no label {name!r}")
        return self.deck_labels.get(name, self.LABELS[name])

    def text(self, content: str, size: int = look.LABEL_SIZE, colour: str = look.TEXT, weight: str = "NORMAL") -> Text:
        """Text in the shared typeface; sizes below MIN_TEXT_SIZE are refused."""
        if size < look.MIN_TEXT_SIZE:
            raise ValueError(f"text size {size} is below the legible minimum {look.MIN_TEXT_SIZE}")
        return Text(content, font=look.FONT_FAMILY, font_size=size, color=colour, weight=weight)

    def label_block(
        self,
        name: str,
        colour: str = look.TEXT,
        width: float | None = None,
        height: float | None = None,
        size: int = look.LABEL_SIZE,
        align: Any = LEFT,
        lines: int = 3,
    ) -> VMobject:
        """A label from LABELS, wrapped (and only if need be shrunk) to fit its box."""
        return fit_text(
            lambda t: self.text(t, size, colour),
            self.label(name),
            width or self.LABEL_WIDTH,
            max_height=height or self.LABEL_HEIGHT,
            max_lines=lines,
            align=align,
        )

    def setup_stage(self) -> None:
        """Add what is on screen before the first step (no animations here)."""

    def construct(self) -> None:
        self.camera.background_color = look.BACKGROUND
        self.setup_stage()
        wanted = self.deck_only_steps or self.STEPS
        last = max(self.STEPS.index(step) for step in wanted)
        for step in self.STEPS[: last + 1]:
            # Steps not wanted are computed (so later steps start from the right
            # picture) but not drawn: Manim skips their frames and video.
            self.next_section(step, skip_animations=step not in wanted)
            getattr(self, "step_" + step.replace("-", "_"))()
