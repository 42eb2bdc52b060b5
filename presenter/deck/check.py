"""Check a deck: against the scenes it shows and its own reference list (``check_deck``,
``load_deck``: errors only), and its words (``check_content``: references, reading
level, captions, glossary; what only `presenter check` reports).

A slide without references is an error for `presenter check`, yet the app and
the renderer still load such a deck (``load_deck`` does not run content checks),
so a clinician can draft and preview a slide before its sources are in.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from presenter.catalog import SceneSpec, load_catalog
from presenter.deck.load import read_deck
from presenter.deck.model import Deck, Slide, Step
from presenter.deck.problems import DeckError, Problem, did_you_mean
from presenter.deck.readability import SUPPORTED, Readability, base_language, readability
from presenter.deck.reading import (
    CAPTION_CHARS_PER_LINE,
    MAX_CAPTION_LINES,
    READING_WPM,
    caption_lines,
    reading_seconds,
)
from presenter.deck.terms import terms_defined, terms_used
from presenter.deck.translate import is_untranslated, patient_texts

SLIDE_PART = re.compile(r"^slides\[\d+\]")
TYPE_NAMES = {bool: "true or false", int: "a whole number", float: "a number", str: "text"}


def check_deck(deck: Deck, catalog: Mapping[str, SceneSpec]) -> list[Problem]:
    """Every problem with scenes, params, labels, steps and references."""
    problems: list[Problem] = []

    def report(field: str, message: str, hint: str = "") -> None:
        problems.append(Problem(deck.path, deck.line_of(field), field, message, hint))

    for index, slide in enumerate(deck.slides):
        path = f"slides[{index}]"
        for r_index, key in enumerate(slide.references):
            if key not in deck.references:
                report(
                    f"{path}.references[{r_index}]",
                    f"unknown reference {key!r}.",
                    did_you_mean(key, deck.references) or "Add it to the deck's 'references'.",
                )
        spec = catalog.get(slide.scene)
        if spec is None:
            report(f"{path}.scene", f"there is no scene called {slide.scene!r}.", did_you_mean(slide.scene, catalog))
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
            report(
                field,
                f"{spec.name} has no parameter {name!r}.",
                did_you_mean(name, spec.params) or f"Its parameters: {known}.",
            )
            continue
        default = spec.params[name]
        kind = type(default)
        fits = isinstance(value, kind) and (kind is bool or not isinstance(value, bool))
        if kind is float and isinstance(value, int) and not isinstance(value, bool):
            fits = True
        if not fits:
            report(
                field,
                f"should be {TYPE_NAMES.get(kind, kind.__name__)}, not {value!r}.",
                f"The default is {default!r}.",
            )
            continue
        if name in spec.choices and value not in spec.choices[name]:
            report(
                field,
                f"{value!r} is not one of {', '.join(spec.choices[name])}.",
                did_you_mean(str(value), spec.choices[name]),
            )
        if name in spec.bounds:
            low, high = spec.bounds[name]
            if not low <= value <= high:
                report(field, f"{value} is out of range.", f"Use a value from {low} to {high}.")


def _check_labels(slide: Slide, spec: Any, path: str, report: Any) -> None:
    for name, value in slide.labels.items():
        field = f"{path}.labels.{name}"
        if name not in spec.labels:
            report(
                field,
                f"{spec.name} shows no label {name!r}.",
                did_you_mean(name, spec.labels) or f"Its labels: {', '.join(sorted(spec.labels))}.",
            )
        elif not isinstance(value, str) or not value.strip():
            report(field, "should be the on-screen text.", "Write the words in quotes.")


def _check_steps(slide: Slide, spec: Any, path: str, report: Any) -> None:
    ids = [step.id for step in slide.steps]
    expected = list(spec.steps)
    if ids == expected:
        return
    order = ", ".join(expected)
    unknown = [step_id for step_id in ids if step_id not in expected]
    for index, step_id in enumerate(ids):
        if step_id in unknown:
            report(
                f"{path}.steps[{index}].id",
                f"{spec.name} has no step {step_id!r}.",
                did_you_mean(step_id, expected) or f"Its steps, in order: {order}.",
            )
    known = [(index, step_id) for index, step_id in enumerate(ids) if step_id in expected]
    in_order = [step_id for step_id in expected if step_id in ids]
    for (index, step_id), wanted in zip(known, in_order):
        if step_id != wanted:  # the first step out of place; the hint gives the whole order
            report(
                f"{path}.steps[{index}].id",
                f"step {step_id!r} is out of order.",
                f"{spec.name}'s steps, in order: {order}.",
            )
            break
    missing = [s for s in expected if s not in ids]
    if len(missing) > len(unknown):  # a misspelt id already explains one missing step
        report(
            f"{path}.steps",
            f"missing step{'s' if len(missing) > 1 else ''} {', '.join(repr(m) for m in missing)}.",
            f"Every step of {spec.name} needs narration; its steps, in order: {order}.",
        )


def _part(field: str) -> str:
    """The slide a field belongs to (``slides[2]``), else its top-level field: where echoes of a problem land."""
    match = SLIDE_PART.match(field)
    return match.group(0) if match else field.partition(".")[0]


def read_and_check(path: Path, catalog: Mapping[str, SceneSpec]) -> tuple[Deck | None, list[Problem]]:
    """Read a deck and check it against the scenes: the deck as read, and every problem by line."""
    deck, problems = read_deck(Path(path))
    if deck is not None:
        broken = {_part(p.field) for p in problems}
        problems += [
            p
            for p in check_deck(deck, catalog)
            if _part(p.field) not in broken and not ("references" in broken and "references" in p.field)
        ]
    return deck, sorted(problems, key=lambda p: p.line)


def load_deck(path: Path, catalog: Mapping[str, SceneSpec] | None = None) -> Deck:
    """Read and fully check a deck; raise DeckError listing every problem."""
    deck, problems = read_and_check(path, load_catalog() if catalog is None else catalog)
    if problems or deck is None:
        raise DeckError(problems)
    return deck


# --- content: references, reading level, captions, glossary -------------------


@dataclass(frozen=True)
class SlideLevel:
    """One row of the reading-level table: a slide's grades over its steps."""

    slide: str
    steps: int
    worst: float  # hardest narration or caption of any step
    mean: float  # mean narration grade over the steps
    words_per_sentence: float  # over all the slide's narration


@dataclass(frozen=True)
class ContentReport:
    """What `presenter check` says about a deck's words (beyond its structure).

    ``errors`` make check fail (a slide without references); ``warnings`` do
    not: reading level above the deck's target, captions too long for their
    hold or for two lines, medical terms the glossary does not define, slides
    without clinician notes.
    """

    deck: Deck
    errors: list[Problem]
    warnings: list[Problem]
    slides: list[SlideLevel]
    overall: Readability | None  # all narration read as one text

    def table(self) -> str:
        """The per-deck reading-level table `presenter check` prints."""
        deck = self.deck
        method = {"en": "Flesch–Kincaid grade", "es": "Fernández-Huerta, as a school grade"}
        head = (
            f"{deck.name} ({deck.language}): reading level, target grade {deck.reading_level:g} "
            f"({method.get(base_language(deck.language), 'no formula for this language')})"
        )
        if self.overall is None:
            return head
        rows = [f"  {'slide':<28} {'steps':>5} {'worst':>6} {'mean':>6} {'words/sentence':>15}"]
        for s in self.slides:
            rows.append(f"  {s.slide:<28} {s.steps:>5} {s.worst:>6.1f} {s.mean:>6.1f} {s.words_per_sentence:>15.1f}")
        if self.slides:
            steps = sum(s.steps for s in self.slides)
            mean = sum(s.mean * s.steps for s in self.slides) / max(steps, 1)
            rows.append(
                f"  {'whole deck':<28} {steps:>5} {max(s.worst for s in self.slides):>6.1f} "
                f"{mean:>6.1f} {self.overall.words_per_sentence:>15.1f}"
            )
        score = f"Fernández-Huerta {self.overall.score:.0f}, " if self.overall.language == "es" else ""
        rows.append(f"  all narration as one text: {score}grade {self.overall.grade:.1f}")
        return "\n".join([head, *rows])


def check_content(deck: Deck) -> ContentReport:
    """References (errors), reading level, captions and glossary (warnings)."""
    errors: list[Problem] = []
    warnings: list[Problem] = []

    def warn(field: str, message: str, hint: str = "") -> None:
        warnings.append(Problem(deck.path, deck.line_of(field), field, message, hint))

    language = base_language(deck.language)
    if language not in SUPPORTED:
        warn(
            "language",
            f"reading level is not checked for {deck.language!r}.",
            f"Formulas exist for: {', '.join(SUPPORTED)}.",
        )
    rows: list[SlideLevel] = []
    for index, slide in enumerate(deck.slides):
        path = f"slides[{index}]"
        if not slide.references:
            errors.append(
                Problem(
                    deck.path,
                    deck.line_of(path),
                    f"{path}.references",
                    f"slide {slide.id!r} has no references.",
                    "Add 'references: [key, ...]' with the sources for what it says "
                    "(keys from the deck's 'references').",
                )
            )
        if not slide.notes:
            warn(
                path,
                f"slide {slide.id!r} has no clinician notes.",
                "Add 'notes:' with the evidence's caveats and where the picture simplifies.",
            )
        narration_grades, worst = [], 0.0
        for s_index, step in enumerate(slide.steps):
            field = f"{path}.steps[{s_index}]"
            for name, text in (("narration", step.narration), ("caption", step.caption)):
                level = readability(text, deck.language) if text and not is_untranslated(text) else None
                if level is None or not level.words:
                    continue
                worst = max(worst, level.grade)
                if name == "narration":
                    narration_grades.append(level.grade)
                if round(level.grade, 1) > deck.reading_level:
                    warn(
                        f"{field}.{name}",
                        f"reads at grade {level.grade:.1f}, above the deck's target of {deck.reading_level:g}.",
                        _simpler(level),
                    )
            _check_caption(step, field, warn)
        text = " ".join(step.narration for step in slide.steps if not is_untranslated(step.narration))
        level = readability(text, deck.language)
        if level is not None and narration_grades:
            rows.append(
                SlideLevel(
                    slide.id,
                    len(slide.steps),
                    worst,
                    sum(narration_grades) / len(narration_grades),
                    level.words_per_sentence,
                )
            )
    for term, definition in deck.glossary.items():
        if is_untranslated(definition):
            continue
        level = readability(definition, deck.language)
        if level is not None and round(level.grade, 1) > deck.reading_level:
            warn(
                f"glossary.{term}",
                f"the definition reads at grade {level.grade:.1f}, above the deck's target of {deck.reading_level:g}.",
                _simpler(level),
            )
    _check_terms(deck, warn)
    for field, text in patient_texts(deck):
        if is_untranslated(text):
            warn(field, "not translated yet.", "Write it in the deck's language and remove '[translate]'.")
    overall = readability(
        " ".join(st.narration for s in deck.slides for st in s.steps if not is_untranslated(st.narration)),
        deck.language,
    )
    return ContentReport(deck, errors, warnings, rows, overall)


def _simpler(level: Readability) -> str:
    hint = f"Shorter sentences and words help: its longest sentence has {level.longest_sentence} words"
    if level.hard_words:
        return f"{hint}; long words: {', '.join(level.hard_words)}."
    return hint + "."


def _check_caption(step: Step, field: str, warn: Any) -> None:
    """The words on screen must fit two lines and be readable in the step's hold."""
    if step.caption:
        target, what = f"{field}.caption", "the caption"
    else:  # exports burn the narration in when a step has no caption
        target, what = f"{field}.narration", "the narration (shown on screen: the step has no caption)"
    lines = caption_lines(step.on_screen_text)
    if len(lines) > MAX_CAPTION_LINES:
        warn(
            target,
            f"{what} takes {len(lines)} lines on screen (about {CAPTION_CHARS_PER_LINE} characters a line).",
            f"Keep it to {MAX_CAPTION_LINES} lines, about {CAPTION_CHARS_PER_LINE * MAX_CAPTION_LINES} characters.",
        )
    needed = reading_seconds(step.on_screen_text)
    if step.hold is not None and needed > step.hold:
        warn(
            f"{field}.hold",
            f"{what} needs {needed:.1f} s to read at {READING_WPM} words a minute, but the step holds {step.hold:g} s.",
            f"Shorten it, or set 'hold: {math.ceil(needed)}' or more.",
        )


def _check_terms(deck: Deck, warn: Any) -> None:
    """Warn once per medical term that the deck uses but its glossary does not define."""
    defined = terms_defined(deck.glossary, deck.language)
    texts: list[tuple[str, str]] = [("title", deck.title)]
    for index, slide in enumerate(deck.slides):
        path = f"slides[{index}]"
        texts.append((f"{path}.title", slide.title))
        for s_index, step in enumerate(slide.steps):
            texts.append((f"{path}.steps[{s_index}].narration", step.narration))
            if step.caption:
                texts.append((f"{path}.steps[{s_index}].caption", step.caption))
        texts += [(f"{path}.labels.{name}", text) for name, text in slide.labels.items() if isinstance(text, str)]
    reported: set[str] = set()
    for field, text in texts:
        if is_untranslated(text):  # still in the other language: its terms are that language's
            continue
        for term in terms_used(text, deck.language):
            if term not in defined and term not in reported:
                reported.add(term)
                warn(
                    field,
                    f"uses the medical term {term!r}, which the deck's glossary does not define.",
                    f"Add '{term}: <plain words>' under 'glossary:'.",
                )
