"""Language editions: which texts a patient sees, and the mark on those still to translate.

A new language edition starts as a copy of its deck with every patient-facing
text (titles, narration, captions, on-screen labels, glossary definitions,
end card) prefixed with ``[translate] ``. The mark is plain text in the YAML,
so it survives hand editing and every round trip; ``presenter check`` warns
once per marked text until the translator replaces it. Qt-free.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from presenter.deck.model import Deck

MARK = "[translate] "


def is_untranslated(text: object) -> bool:
    return isinstance(text, str) and text.lstrip().startswith(MARK.strip())


def patient_texts(deck: Deck) -> Iterator[tuple[str, str]]:
    """Every patient-facing text of a deck as (field, text), in file order."""
    yield "title", deck.title
    for index, slide in enumerate(deck.slides):
        path = f"slides[{index}]"
        yield f"{path}.title", slide.title
        for s_index, step in enumerate(slide.steps):
            yield f"{path}.steps[{s_index}].narration", step.narration
            if step.caption:
                yield f"{path}.steps[{s_index}].caption", step.caption
        for name, text in slide.labels.items():
            if isinstance(text, str):
                yield f"{path}.labels.{name}", text
    for term, definition in deck.glossary.items():
        yield f"glossary.{term}", definition
    if deck.end_card:
        yield "end_card", deck.end_card


def patient_fields(data: Any) -> Iterator[str]:
    """The same fields, read from a deck file's raw mapping (before it is a Deck)."""
    if not isinstance(data, dict):
        return
    yield "title"
    for index, slide in enumerate(data.get("slides") or []):
        if not isinstance(slide, dict):
            continue
        path = f"slides[{index}]"
        yield f"{path}.title"
        for s_index, step in enumerate(slide.get("steps") or []):
            if isinstance(step, dict):
                yield f"{path}.steps[{s_index}].narration"
                if step.get("caption"):
                    yield f"{path}.steps[{s_index}].caption"
        for name in slide.get("labels") or {}:
            yield f"{path}.labels.{name}"
    for term in data.get("glossary") or {}:
        yield f"glossary.{term}"
    if data.get("end_card"):
        yield "end_card"
