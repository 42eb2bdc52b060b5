"""A patient's playlist (the slides chosen for this session) and a deck's language editions.

Editions of one deck share a family name and differ in their language:
``opioids.yaml`` (English) and ``opioids.es.yaml`` (Spanish) are the
``opioids`` family. Qt-free.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path
from types import MappingProxyType

from presenter.deck.load import LANGUAGE_PATTERN, read_deck
from presenter.deck.model import Deck

DECK_SUFFIXES = (".yaml", ".yml")
DEFAULT_LANGUAGE = "en"  # what the deck model assumes when a deck names none
_SLIDE_FIELD = re.compile(r"^slides\[(\d+)\](.*)$", re.DOTALL)


def apply_playlist(deck: Deck, slide_ids: Sequence[str]) -> Deck:
    """The deck with only the chosen slides, in the deck's order.

    Unknown ids are ignored (a slide may have been renamed since the playlist
    was saved). An empty choice, or one with nothing left, gives the whole
    deck: a session never starts on an empty deck. Source lines follow the
    slides, so ``line_of('slides[0]...')`` still points into the file.
    """
    chosen = set(slide_ids)
    kept = [index for index, slide in enumerate(deck.slides) if slide.id in chosen]
    if not kept or len(kept) == len(deck.slides):
        return deck
    new_index = {old: new for new, old in enumerate(kept)}
    lines: dict[str, int] = {}
    for field_path, line in deck.lines.items():
        match = _SLIDE_FIELD.match(field_path)
        if match is None:
            lines[field_path] = line
        elif int(match[1]) in new_index:
            lines[f"slides[{new_index[int(match[1])]}]{match[2]}"] = line
    return replace(deck, slides=tuple(deck.slides[i] for i in kept), lines=MappingProxyType(lines))


def _split_name(path: Path) -> tuple[str, str | None]:
    """(family, language in the file name or None): opioids.es.yaml -> (opioids, es)."""
    name = Path(path).name
    for suffix in DECK_SUFFIXES:
        if name.endswith(suffix):
            name = name[: -len(suffix)]
            break
    family, dot, language = name.rpartition(".")
    if dot and family and LANGUAGE_PATTERN.match(language):
        return family, language
    return name, None


def deck_family(path: Path | str) -> str:
    """The deck's family: its file name without the language and .yaml (opioids.es.yaml -> opioids)."""
    return _split_name(Path(path))[0]


def deck_language(path: Path | str) -> str:
    """The deck's ``language`` field; for a deck that cannot be read, the file name's, else English."""
    deck, _ = read_deck(Path(path))
    if deck is not None:
        return deck.language
    return _split_name(Path(path))[1] or DEFAULT_LANGUAGE


def editions(paths: Iterable[Path]) -> dict[str, dict[str, Path]]:
    """Deck files grouped by family, then by language code.

    Families keep the order of ``paths``; within a family the edition without
    a language in its file name comes first, then the others by code. When
    two files of a family claim the same language, the one without a
    language in its name wins, else the first given.
    """
    grouped: dict[str, list[tuple[bool, str, Path]]] = {}
    for path in paths:
        path = Path(path)
        family, named_language = _split_name(path)
        grouped.setdefault(family, []).append((named_language is not None, deck_language(path), path))
    result: dict[str, dict[str, Path]] = {}
    for family, items in grouped.items():
        languages: dict[str, Path] = {}
        for _, language, path in sorted(items, key=lambda item: (item[0], item[1])):
            languages.setdefault(language, path)
        result[family] = languages
    return result
