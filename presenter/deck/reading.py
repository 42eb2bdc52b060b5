"""How long on-screen words need, and how many lines a burned-in caption takes.

One Qt-free place for the constants that `presenter check` and the video
export share, so a caption that check calls readable is also shown long enough.

- READING_WPM: 120 words a minute, a slow reader's pace. Captions for adults are
  commonly timed at 150-180 words a minute; these decks are for patients who
  may read slowly, in a second language, or while listening.
- MIN_HOLD_SECONDS: no step's last frame is held for less than this.
- CAPTION_CHARS_PER_LINE, MAX_CAPTION_LINES: a caption should fit two lines of
  about 48 characters. This is an editing limit, stricter than the layout: the
  export's caption band (presenter/export/band.py, 1680 px at 58 px type) fits
  about 66 characters a line, while subtitle guides keep lines near 40 so
  that a slow reader takes a line in at a glance.
"""

from __future__ import annotations

import re
import textwrap

READING_WPM = 120
MIN_HOLD_SECONDS = 3.0
CAPTION_CHARS_PER_LINE = 48
MAX_CAPTION_LINES = 2


WORD = re.compile(r"\w+(?:['’\-.]\w+)*")


def word_count(text: str) -> int:
    """Words as a reader counts them ("well-being", "don't" and "3.2" are one each)."""
    return len(WORD.findall(text))


def reading_seconds(text: str, wpm: float = READING_WPM) -> float:
    """Seconds a slow reader needs for ``text``."""
    return word_count(text) * 60.0 / wpm


def default_hold(text: str | None) -> float:
    """Seconds to hold a step's last frame when the deck gives no ``hold``."""
    return max(MIN_HOLD_SECONDS, reading_seconds(text or ""))


def caption_lines(text: str, width: int = CAPTION_CHARS_PER_LINE) -> list[str]:
    """The caption broken into lines of at most ``width`` characters, at spaces."""
    return textwrap.wrap(" ".join(text.split()), width=width, break_long_words=False) or [""]
