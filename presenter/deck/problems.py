"""Problems found in a deck file: where (file, line, field), what, and how to fix it."""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Problem:
    """One mistake in a deck, reported as ``file:line: field: message hint``."""

    file: Path
    line: int
    field: str
    message: str
    hint: str = ""

    def __str__(self) -> str:
        return self.format()

    def format(self, kind: str = "", short: bool = False, hint: bool = True) -> str:
        """``file:line: [kind: ]field: message hint``; ``short`` names the file without its folder."""
        where = f"{self.file.name if short else self.file}:{self.line}: " + (f"{kind}: " if kind else "")
        text = f"{where}{self.field}: {self.message}"
        return f"{text} {self.hint}" if hint and self.hint else text


class DeckError(Exception):
    """A deck that cannot be used; carries every problem found."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


def did_you_mean(word: str, options: Iterable[str]) -> str:
    """'Did you mean 'x'?' for the closest option, or a list of the options."""
    options = sorted(options)
    close = difflib.get_close_matches(word, options, n=1, cutoff=0.6)
    if close:
        return f"Did you mean {close[0]!r}?"
    if not options:
        return ""
    return "Expected one of: " + ", ".join(options) + "."
