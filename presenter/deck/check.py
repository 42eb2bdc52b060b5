"""Check a deck against the scenes it shows and its own reference list."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from presenter.deck.load import read_deck
from presenter.deck.model import Deck, Slide
from presenter.deck.problems import DeckError, Problem, did_you_mean

TYPE_NAMES = {bool: "true or false", int: "a whole number", float: "a number", str: "text"}


def check_deck(deck: Deck, catalog: Mapping[str, Any]) -> list[Problem]:
    """Every problem with scenes, params, labels, steps and references."""
    problems: list[Problem] = []

    def report(field: str, message: str, hint: str = "") -> None:
        problems.append(Problem(deck.path, deck.line_of(field), field, message, hint))

    for index, slide in enumerate(deck.slides):
        path = f"slides[{index}]"
        for r_index, key in enumerate(slide.references):
            if key not in deck.references:
                report(f"{path}.references[{r_index}]", f"unknown reference {key!r}.",
                       did_you_mean(key, deck.references) or "Add it to the deck's 'references'.")
        spec = catalog.get(slide.scene)
        if spec is None:
            report(f"{path}.scene", f"there is no scene called {slide.scene!r}.",
                   did_you_mean(slide.scene, catalog))
            continue
        _check_params(slide, spec, path, report)
        _check_labels(slide, spec, path, report)
        _check_steps(slide, spec, path, report)
    return problems


def _check_params(slide: Slide, spec: Any, path: str, report: Any) -> None:
    for name, value in slide.params.items():
        field = f"{path}.params.{name}"
        if name not in spec.params:
            known = ", ".join(sorted(spec.params)) or "none"
            report(field, f"{spec.name} has no parameter {name!r}.",
                   did_you_mean(name, spec.params) or f"Its parameters: {known}.")
            continue
        default = spec.params[name]
        kind = type(default)
        fits = isinstance(value, kind) and (kind is bool or not isinstance(value, bool))
        if kind is float and isinstance(value, int) and not isinstance(value, bool):
            fits = True
        if not fits:
            report(field, f"should be {TYPE_NAMES.get(kind, kind.__name__)}, not {value!r}.",
                   f"The default is {default!r}.")
            continue
        if name in spec.choices and value not in spec.choices[name]:
            report(field, f"{value!r} is not one of {', '.join(spec.choices[name])}.",
                   did_you_mean(str(value), spec.choices[name]))
        if name in spec.bounds:
            low, high = spec.bounds[name]
            if not low <= value <= high:
                report(field, f"{value} is out of range.", f"Use a value from {low} to {high}.")


def _check_labels(slide: Slide, spec: Any, path: str, report: Any) -> None:
    for name, value in slide.labels.items():
        field = f"{path}.labels.{name}"
        if name not in spec.labels:
            report(field, f"{spec.name} shows no label {name!r}.",
                   did_you_mean(name, spec.labels) or f"Its labels: {', '.join(sorted(spec.labels))}.")
        elif not isinstance(value, str) or not value.strip():
            report(field, "should be the on-screen text.", "Write the words in quotes.")


def _check_steps(slide: Slide, spec: Any, path: str, report: Any) -> None:
    ids = [step.id for step in slide.steps]
    expected = list(spec.steps)
    if ids == expected:
        return
    order = ", ".join(expected)
    for index, step_id in enumerate(ids):
        field = f"{path}.steps[{index}].id"
        if step_id not in expected:
            report(field, f"{spec.name} has no step {step_id!r}.",
                   did_you_mean(step_id, expected) or f"Its steps, in order: {order}.")
        elif index >= len(expected) or expected[index] != step_id:
            report(field, f"step {step_id!r} is out of order.", f"{spec.name}'s steps, in order: {order}.")
    missing = [s for s in expected if s not in ids]
    if missing:
        report(f"{path}.steps", f"missing step{'s' if len(missing) > 1 else ''} "
               f"{', '.join(repr(m) for m in missing)}.",
               f"Every step of {spec.name} needs narration; its steps, in order: {order}.")


def load_deck(path: Path, catalog: Mapping[str, Any] | None = None) -> Deck:
    """Read and fully check a deck; raise DeckError listing every problem."""
    from presenter.catalog import load_catalog

    deck, problems = read_deck(Path(path))
    if deck is not None:
        problems += check_deck(deck, load_catalog() if catalog is None else catalog)
    if problems or deck is None:
        raise DeckError(sorted(problems, key=lambda p: p.line))
    return deck
