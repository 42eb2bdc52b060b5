"""The clinic's own details in a deck's words: its name and its emergency and crisis numbers.

A deck's narration, captions, labels and end card may write ``{clinic}``,
``{emergency}`` and ``{crisis}``; they are filled in when the deck is read,
from the deck's ``clinic`` mapping, with US defaults for the two numbers (911
and 988). A deck for another country sets its own numbers. Qt-free.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping
from types import MappingProxyType

from presenter.deck.model import Slide

CLINIC_FIELDS = {
    "name": "the clinic's name, as patients know it",
    "emergency": "the emergency number, e.g. 911",
    "crisis": "the suicide and crisis line, e.g. 988",
}
DEFAULTS = {"emergency": "911", "crisis": "988"}  # US numbers (evidence.md, scenes 7 and 8)
PLACEHOLDER = re.compile(r"\{(clinic|emergency|crisis)\}")
FIELD_OF = {"clinic": "name", "emergency": "emergency", "crisis": "crisis"}


def clinic_details(given: Mapping[str, str]) -> dict[str, str]:
    """The deck's clinic details with the default numbers filled in."""
    return {**DEFAULTS, **{k: " ".join(str(v).split()) for k, v in given.items() if str(v).strip()}}


def missing_details(text: str, clinic: Mapping[str, str]) -> list[str]:
    """The clinic fields ``text`` asks for that the deck does not give."""
    return sorted({FIELD_OF[m] for m in PLACEHOLDER.findall(text)} - clinic.keys())


def fill(text: str, clinic: Mapping[str, str]) -> str:
    """``text`` with each placeholder replaced (one the deck lacks is left as written)."""
    return PLACEHOLDER.sub(lambda m: clinic.get(FIELD_OF[m.group(1)], m.group(0)), text)


def unknown_fields(given: Mapping[str, object]) -> list[str]:
    """The keys of a deck's ``clinic`` mapping that are not clinic fields, or not text."""
    return [key for key, value in given.items() if key not in CLINIC_FIELDS or not isinstance(value, (str, int))]


def fill_slide(slide: Slide, clinic: Mapping[str, str]) -> Slide:
    """A slide whose narration, captions and labels carry the clinic's details."""
    steps = tuple(
        dataclasses.replace(
            step, narration=fill(step.narration, clinic), caption=fill(step.caption, clinic) if step.caption else None
        )
        for step in slide.steps
    )
    labels = MappingProxyType({k: fill(v, clinic) if isinstance(v, str) else v for k, v in slide.labels.items()})
    return dataclasses.replace(slide, steps=steps, labels=labels)
