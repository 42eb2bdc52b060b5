"""Deck, Slide and Step: immutable plain data loaded from a deck file."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

FORMAT_VERSION = 1
DEFAULT_READING_LEVEL = 8.0  # US school grade; NIH recommends 8th grade or lower
EMPTY: Mapping[str, Any] = MappingProxyType({})


@dataclass(frozen=True)
class Step:
    """One step of a slide: one Manim section, with what the clinician says."""

    id: str
    narration: str
    caption: str | None = None
    hold: float | None = None

    @property
    def on_screen_text(self) -> str:
        """The caption, or the narration when the step has no caption."""
        return self.caption or self.narration


@dataclass(frozen=True)
class Slide:
    """One scene with its parameters, labels and steps."""

    id: str
    title: str
    scene: str
    steps: tuple[Step, ...]
    params: Mapping[str, Any] = field(default_factory=lambda: EMPTY)
    labels: Mapping[str, str] = field(default_factory=lambda: EMPTY)
    notes: str = ""
    references: tuple[str, ...] = ()

    def step_index(self, step_id: str) -> int:
        return [s.id for s in self.steps].index(step_id)


@dataclass(frozen=True)
class Deck:
    """A deck file: a titled, ordered list of slides, its references and glossary.

    ``glossary`` maps a term to its plain-words definition; ``end_card`` is the
    message a waiting-room export ends on; ``reading_level`` is the school
    grade the narration and captions must not exceed; ``clinic`` holds the
    clinic's name and emergency and crisis numbers, already filled into the
    deck's words where they write ``{clinic}``, ``{emergency}`` or ``{crisis}``.
    """

    path: Path
    title: str
    language: str
    slides: tuple[Slide, ...]
    references: Mapping[str, str] = field(default_factory=lambda: EMPTY)
    glossary: Mapping[str, str] = field(default_factory=lambda: EMPTY)
    end_card: str | None = None
    reading_level: float = DEFAULT_READING_LEVEL
    schema: int = FORMAT_VERSION
    lines: Mapping[str, int] = field(default_factory=lambda: EMPTY, compare=False, repr=False)
    clinic: Mapping[str, str] = field(default_factory=lambda: EMPTY)

    @property
    def name(self) -> str:
        """The deck's short name: its file name without .yaml."""
        return self.path.stem

    def line_of(self, field_path: str) -> int:
        """The source line of a field (``slides[0].params.receptors``), or its nearest parent's."""
        while field_path:
            if field_path in self.lines:
                return self.lines[field_path]
            field_path = field_path.rpartition(".")[0]
        return 1
