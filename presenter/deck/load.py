"""Read a deck file: YAML (safe) → Deck, collecting every structural problem.

YAML is composed into nodes first (``syntax.compose``: bounded, no anchors,
aliases or tags) so that every field keeps its line number; scalars are built
with PyYAML's safe constructor, as ``safe_load`` builds them.
Checks against the scenes (names, params, steps) live in ``check.py``.
"""

from __future__ import annotations

import re
from pathlib import Path
from types import MappingProxyType
from typing import Any

import yaml

from presenter.deck.clinic import CLINIC_FIELDS, clinic_details, fill, fill_slide, missing_details, unknown_fields
from presenter.deck.model import DEFAULT_READING_LEVEL, FORMAT_VERSION, Deck, Slide, Step
from presenter.deck import syntax
from presenter.deck.problems import Problem, did_you_mean

ID_PATTERN = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
LANGUAGE_PATTERN = re.compile(r"^[a-z]{2,3}(-[A-Za-z]{2,4})?$")

# field: (expected type, required, what to write)
DECK_FIELDS = {
    "schema": (int, True, f"the deck format version, {FORMAT_VERSION}"),
    "title": (str, True, "the deck's title"),
    "language": (str, True, "a language code such as en or es"),
    "slides": (list, True, "a list of slides"),
    "references": (dict, False, "a mapping of reference key to citation text"),
    "glossary": (dict, False, "a mapping of term to a plain-words definition"),
    "end_card": (str, False, "the message a waiting-room video ends on"),
    "reading_level": ((int, float), False, "the highest school grade for narration, e.g. 8"),
    "clinic": (dict, False, "the clinic's name, emergency and crisis numbers"),
}
SLIDE_FIELDS = {
    "id": (str, True, "a short id such as keys-and-locks"),
    "title": (str, True, "the slide's title"),
    "scene": (str, True, "the name of a scene in scenes/"),
    "params": (dict, False, "a mapping of scene parameter to value"),
    "labels": (dict, False, "a mapping of label name to on-screen text"),
    "steps": (list, True, "a list of steps"),
    "notes": (str, False, "clinician-only notes"),
    "references": (list, False, "a list of reference keys"),
}
STEP_FIELDS = {
    "id": (str, True, "the step id, as the scene names it"),
    "narration": (str, True, "what the clinician says"),
    "caption": (str, False, "a short on-screen caption"),
    "hold": ((int, float), False, "seconds to hold the last frame"),
}
TYPE_WORDS = {
    str: "text",
    int: "a whole number",
    list: "a list",
    dict: "a mapping (key: value)",
    (int, float): "a number",
}


class _Reader:
    """Turns composed YAML nodes into plain values, recording lines and problems."""

    def __init__(self, path: Path):
        self.path = path
        self.lines: dict[str, int] = {}
        self.problems: list[Problem] = []
        self._constructor = yaml.constructor.SafeConstructor()

    def problem(self, field: str, message: str, hint: str = "") -> None:
        line = self.lines.get(field) or self.lines.get(field.rpartition(".")[0], 1)
        self.problems.append(Problem(self.path, line, field or "(deck)", message, hint))

    def plain(self, node: yaml.Node, path: str) -> Any:
        self.lines.setdefault(path, node.start_mark.line + 1)
        if isinstance(node, yaml.MappingNode):
            result: dict[str, Any] = {}
            for key_node, value_node in node.value:
                if not isinstance(key_node, yaml.ScalarNode):
                    self.problems.append(
                        Problem(
                            self.path,
                            key_node.start_mark.line + 1,
                            path or "(deck)",
                            "a field name should be a plain word.",
                            "Write it as 'name: value'.",
                        )
                    )
                    continue
                key = key_node.value
                child = f"{path}.{key}" if path else key
                if key in result:
                    self.lines[child + "#again"] = key_node.start_mark.line + 1
                    self.problems.append(
                        Problem(self.path, key_node.start_mark.line + 1, child, "appears twice.", "Keep one of them.")
                    )
                self.lines[child] = key_node.start_mark.line + 1
                result[key] = self.plain(value_node, child)
            return result
        if isinstance(node, yaml.SequenceNode):
            return [self.plain(item, f"{path}[{i}]") for i, item in enumerate(node.value)]
        try:
            return self._constructor.construct_object(node, deep=True)
        except (yaml.YAMLError, ValueError, OverflowError):  # e.g. a date that does not exist: keep the text
            return node.value

    def fields(self, value: Any, spec: dict[str, tuple[Any, bool, str]], path: str, what: str) -> dict[str, Any] | None:
        """Check a mapping against a field spec; return the fields of the right type."""
        if not isinstance(value, dict):
            self.problem(
                path, f"should be a mapping describing the {what}.", "Write it as indented 'key: value' lines."
            )
            return None
        good: dict[str, Any] = {}
        for key, item in value.items():
            field = f"{path}.{key}" if path else key
            if key not in spec:
                self.problem(field, f"unknown field {key!r} in the {what}.", did_you_mean(key, spec))
                continue
            expected, _, describe = spec[key]
            if not _is(item, expected):
                self.problem(field, f"should be {TYPE_WORDS[expected]}, not {_type_word(item)}.", f"Write {describe}.")
                continue
            good[key] = item
        for key, (_, required, describe) in spec.items():
            if required and key not in value:
                self.problem(path, f"the {what} has no {key!r}.", f"Add '{key}:' with {describe}.")
        return good

    def identifier(self, value: str, field: str) -> str:
        if not ID_PATTERN.match(value):
            self.problem(
                field,
                f"{value!r} is not a valid id.",
                "Use lower-case letters, digits and single hyphens, e.g. 'natural-keys'.",
            )
        return value


def _is(value: Any, expected: Any) -> bool:
    if isinstance(value, bool):  # YAML's yes/no are not numbers
        return expected is bool
    return isinstance(value, expected)


def _type_word(value: Any) -> str:
    if value is None:
        return "empty"
    if isinstance(value, bool):
        return "true/false"
    for kind, word in TYPE_WORDS.items():
        if _is(value, kind):
            return word
    return type(value).__name__


def read_deck(path: Path) -> tuple[Deck | None, list[Problem]]:
    """Parse and structurally check a deck file. Never raises for a user mistake."""
    path = Path(path)
    try:
        root = syntax.compose(syntax.read_text(path))
    except syntax.SyntaxProblem as error:
        return None, [Problem(path, error.line, error.field, error.message, error.hint)]
    reader = _Reader(path)
    if root is None:
        return None, [Problem(path, 1, "(deck)", "the file is empty.", "See docs/decks.md for an example.")]
    deck = _build_deck(reader, reader.plain(root, ""), path)
    return deck, reader.problems


def _build_deck(reader: _Reader, data: Any, path: Path) -> Deck | None:
    top = reader.fields(data, DECK_FIELDS, "", "deck")
    if top is None:
        return None
    if "schema" in top and top["schema"] != FORMAT_VERSION:
        reader.problem(
            "schema",
            f"format version {top['schema']} is not supported.",
            f"This presenter reads 'schema: {FORMAT_VERSION}'.",
        )
    language = top.get("language", "en")
    if not LANGUAGE_PATTERN.match(language):
        reader.problem("language", f"{language!r} is not a language code.", "Write e.g. 'en' or 'es'.")
    references: dict[str, str] = {}
    for key, citation in top.get("references", {}).items():
        if not isinstance(citation, str) or not citation.strip():
            reader.problem(f"references.{key}", "should be the citation text.", "Write the full reference in quotes.")
        else:
            references[key] = citation.strip()
    glossary: dict[str, str] = {}
    for term, definition in top.get("glossary", {}).items():
        if not isinstance(definition, str) or not definition.strip():
            reader.problem(
                f"glossary.{term}", "should be a plain-words definition.", "Write one or two short sentences."
            )
        else:
            glossary[str(term)] = " ".join(definition.split())
    level = top.get("reading_level", DEFAULT_READING_LEVEL)
    if not 1 <= level <= 16:
        reader.problem("reading_level", f"grade {level} is out of range.", "Use a grade from 1 to 16, e.g. 8.")
    end_card = " ".join(top["end_card"].split()) if top.get("end_card") else None
    slides = []
    seen: dict[str, str] = {}
    for index, item in enumerate(top.get("slides", [])):
        slide = _build_slide(reader, item, f"slides[{index}]")
        if slide is None:
            continue
        if slide.id in seen:
            reader.problem(
                f"slides[{index}].id",
                f"slide id {slide.id!r} is used twice.",
                f"It is also {seen[slide.id]}'s id; give each slide its own id.",
            )
        seen.setdefault(slide.id, f"slides[{index}]")
        slides.append(slide)
    if "slides" in top and not top["slides"]:
        reader.problem("slides", "the deck has no slides.", "Add at least one slide.")
    clinic = _clinic(reader, top.get("clinic", {}), slides, language)
    slides = [fill_slide(slide, clinic) for slide in slides]
    end_card = fill(end_card, clinic) if end_card else None
    return Deck(
        path=path,
        title=top.get("title", path.stem),
        language=language,
        slides=tuple(slides),
        references=MappingProxyType(references),
        glossary=MappingProxyType(glossary),
        end_card=end_card,
        reading_level=float(level),
        schema=top.get("schema", FORMAT_VERSION),
        lines=MappingProxyType(reader.lines),
        clinic=MappingProxyType(clinic),
    )


def _clinic(reader: _Reader, given: dict[str, Any], slides: list[Slide], language: str) -> dict[str, str]:
    """The deck's clinic details, else the app's (docs/decks.md#clinic-details), reporting what is missing."""
    for key in unknown_fields(given):
        reader.problem(
            f"clinic.{key}",
            f"{key!r} is not a clinic detail." if key not in CLINIC_FIELDS else "should be text.",
            "Use name, emergency and crisis, e.g. 'emergency: \"911\"'.",
        )
    clinic = clinic_details({k: str(v) for k, v in given.items() if k not in unknown_fields(given)}, language)
    for index, slide in enumerate(slides):
        texts = [*slide.labels.values(), *(t for s in slide.steps for t in (s.narration, s.caption or ""))]
        for field in missing_details(" ".join(str(t) for t in texts), clinic):
            reader.problem(
                f"slides[{index}]",
                f"uses {{clinic}} but the deck gives no clinic {field}.",
                f"Set it in the app's Clinic details, or add 'clinic:' with '{field}: ...' at the top of the deck.",
            )
    return clinic


def _build_slide(reader: _Reader, data: Any, path: str) -> Slide | None:
    fields = reader.fields(data, SLIDE_FIELDS, path, "slide")
    if fields is not None and "id" in fields:
        reader.identifier(fields["id"], f"{path}.id")
    if fields is None or not {"id", "title", "scene", "steps"} <= fields.keys():
        return None
    steps = []
    seen: set[str] = set()
    for index, item in enumerate(fields["steps"]):
        step = _build_step(reader, item, f"{path}.steps[{index}]")
        if step is None:
            continue
        if step.id in seen:
            reader.problem(
                f"{path}.steps[{index}].id",
                f"step id {step.id!r} is used twice.",
                "Each step of a slide needs its own id.",
            )
        seen.add(step.id)
        steps.append(step)
    references = fields.get("references", [])
    for index, key in enumerate(references):
        if not isinstance(key, str):
            reader.problem(
                f"{path}.references[{index}]",
                "should be a reference key.",
                "Write a key from the deck's 'references' list.",
            )
    return Slide(
        id=fields["id"],
        title=fields["title"],
        scene=fields["scene"],
        steps=tuple(steps),
        params=MappingProxyType(dict(fields.get("params", {}))),
        labels=MappingProxyType(dict(fields.get("labels", {}))),
        notes=(fields.get("notes") or "").strip(),
        references=tuple(k for k in references if isinstance(k, str)),
    )


def _build_step(reader: _Reader, data: Any, path: str) -> Step | None:
    fields = reader.fields(data, STEP_FIELDS, path, "step")
    if fields is not None and "id" in fields:
        reader.identifier(fields["id"], f"{path}.id")
    if fields is None or not {"id", "narration"} <= fields.keys():
        return None
    if not fields["narration"].strip():
        reader.problem(f"{path}.narration", "is empty.", "Write what the clinician says in this step.")
    hold = fields.get("hold")
    if hold is not None and not 0 <= hold <= 120:
        reader.problem(f"{path}.hold", f"{hold} seconds is out of range.", "Use 0 to 120 seconds.")
    caption = fields.get("caption")
    return Step(
        id=fields["id"],
        narration=" ".join(fields["narration"].split()),
        caption=" ".join(caption.split()) if caption else None,
        hold=float(hold) if hold is not None else None,
    )
