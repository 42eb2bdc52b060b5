"""A deck problem as a clinician reads it: which slide, which setting, what to do.

``slides[0].params.receptors: should be a whole number, not 'six'.`` becomes
"Slide 1 (Keys and locks), receptors: should be a whole number from 3 to 10,
not 'six'", with ``opioids.yaml:14`` after it for whoever fixes the file.
YAML syntax errors are said in one plain sentence about the line.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from presenter.app.i18n import tr
from presenter.catalog import SceneSpec
from presenter.deck.model import Deck
from presenter.deck.problems import Problem

_SLIDE = re.compile(r"^slides\[(\d+)\](?:\.(.*))?$")
_STEP = re.compile(r"^steps\[(\d+)\](?:\.(.*))?$")
_WHOLE = re.compile(r"^should be a whole number, not (.+?)\.?$")


def _format(number: float) -> str:
    return f"{number:g}"


def where(problem: Problem, deck: Deck | None) -> str:
    """The problem's place in words: "Slide 1 (Keys and locks), step 2, narration"."""
    match = _SLIDE.match(problem.field)
    if not match:
        return tr("the deck's {field}").format(field=problem.field) if problem.field != "(yaml)" else ""
    index, rest = int(match.group(1)), match.group(2) or ""
    slides = deck.slides if deck is not None else ()
    title = slides[index].title if index < len(slides) else ""
    words = [
        tr("Slide {number} ({title})").format(number=index + 1, title=title)
        if title
        else tr("Slide {number}").format(number=index + 1)
    ]
    step = _STEP.match(rest)
    if step:
        words.append(tr("step {number}").format(number=int(step.group(1)) + 1))
        rest = step.group(2) or ""
    if rest:
        words.append(rest.split(".", 1)[1] if rest.startswith(("params.", "labels.")) else rest)
    return ", ".join(words)


def what(problem: Problem, deck: Deck | None, catalog: Mapping[str, SceneSpec]) -> str:
    """What is wrong and what to do, with a setting's allowed range where the scene declares one."""
    if problem.field == "(yaml)":
        return tr(
            "line {line} cannot be read. Check that it is indented like the lines around it, "
            "and put text containing ':' or '#' in quotes."
        ).format(line=problem.line)
    whole = _WHOLE.match(problem.message)
    bounds = _bounds(problem, deck, catalog)
    if whole and bounds:
        return tr("should be a whole number from {low} to {high}, not {value}").format(
            low=_format(bounds[0]), high=_format(bounds[1]), value=whole.group(1)
        )
    return f"{problem.message.rstrip('.')}. {problem.hint}".strip().rstrip(".")


def _bounds(problem: Problem, deck: Deck | None, catalog: Mapping[str, SceneSpec]) -> tuple[float, float] | None:
    match = _SLIDE.match(problem.field)
    if not match or deck is None or not (match.group(2) or "").startswith("params."):
        return None
    index, name = int(match.group(1)), match.group(2).split(".", 1)[1]
    if index >= len(deck.slides) or deck.slides[index].scene not in catalog:
        return None
    return catalog[deck.slides[index].scene].bounds.get(name)


def plain(problem: Problem, deck: Deck | None, catalog: Mapping[str, SceneSpec]) -> str:
    """The whole sentence: place, what to do, then file:line."""
    place = where(problem, deck)
    words = what(problem, deck, catalog)
    sentence = f"{place}: {words}" if place else words[:1].upper() + words[1:]
    return f"{sentence}  ({problem.file.name}:{problem.line})"
