"""A deck file open for editing: round-trip YAML that keeps what the edit did not touch.

ruamel.yaml's round-trip mode keeps comments, key order, block text (``>``)
and quoting, so a one-word narration edit changes only that text's lines and
the file stays hand-editable. Fields are addressed by the paths the checks
report (``slides[0].steps[1].narration``), so a problem lands beside its field.
Checking uses the loader's and checker's own code on the document's plain
values: the editor says exactly what ``presenter check`` says. Qt-free.
"""

from __future__ import annotations

import io
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import YAMLError
from ruamel.yaml.scalarstring import (
    DoubleQuotedScalarString,
    FoldedScalarString,
    LiteralScalarString,
    SingleQuotedScalarString,
)

from presenter.deck import load
from presenter.deck.check import ContentReport, check_content, check_deck
from presenter.deck.model import Deck
from presenter.deck.problems import Problem

KEY_ORDER = {"deck": list(load.DECK_FIELDS), "slide": list(load.SLIDE_FIELDS), "step": list(load.STEP_FIELDS)}
OPTIONAL_TEXT = {"caption", "notes", "end_card"}  # emptied: the key is removed
STYLES = (FoldedScalarString, LiteralScalarString, SingleQuotedScalarString, DoubleQuotedScalarString)
PART = re.compile(r"([^.\[\]]+)|\[(\d+)\]")
FOLD_TEXT_WIDTH = 70  # edited folded text is re-wrapped to lines this long (the decks' width)


class DocumentError(ValueError):
    """A deck file the editor cannot open (not YAML, or not a mapping): one plain line."""


@dataclass(frozen=True)
class Checked:
    """The document as the checks see it: errors block presenting, warnings do not."""

    deck: Deck | None
    errors: list[Problem]
    warnings: list[Problem]
    report: ContentReport | None

    def for_field(self, field: str) -> list[Problem]:
        """The problems about a field or anything inside it."""
        return [
            p for p in self.errors + self.warnings if p.field == field or p.field.startswith((field + ".", field + "["))
        ]


def _yaml() -> YAML:
    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.width = 4096  # never re-wrap untouched lines
    return yaml


def split_path(field: str) -> list[str | int]:
    """``slides[0].steps[1].narration`` -> ['slides', 0, 'steps', 1, 'narration']."""
    return [int(index) if index else key for key, index in PART.findall(field)]


def plain(value: Any) -> Any:
    """Round-trip values as plain Python: dict, list, str, int, float, bool."""
    if isinstance(value, Mapping):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, bool) or value is None:
        return value
    for kind in (str, int, float):
        if isinstance(value, kind):
            return kind(value)
    return value


def styled(old: Any, new: str) -> str:
    """The new text in the old value's style: folded stays folded (re-wrapped), quoted stays quoted."""
    if isinstance(old, FoldedScalarString):
        text = " ".join(new.split())
        if not text:
            return ""  # an empty block scalar would not read back
        folded = FoldedScalarString(text + ("\n" if old.endswith("\n") else ""))
        folded.fold_pos = _fold_positions(text)  # type: ignore[attr-defined]
        return cast(str, folded)  # a str subclass that keeps its YAML style
    for style in STYLES[1:]:
        if isinstance(old, style):
            return cast(str, style(new))
    return new


def _fold_positions(text: str, width: int = FOLD_TEXT_WIDTH) -> list[int]:
    """The spaces where folded text breaks its lines, each line at most ``width`` characters."""
    positions, line_start, last_space = [], 0, -1
    for index, char in enumerate(text):
        if char == " ":
            if index - line_start > width and last_space > line_start:
                positions.append(last_space)
                line_start = last_space + 1
            last_space = index
    if len(text) - line_start > width and last_space > line_start:
        positions.append(last_space)
    return positions


class DeckDocument:
    """One deck file's round-trip content, edited field by field."""

    def __init__(self, path: Path, text: str):
        self.path = Path(path)
        self._yaml = _yaml()
        try:
            self.data = self._yaml.load(text)
        except YAMLError as error:
            mark = getattr(error, "problem_mark", None)
            line = f" (line {mark.line + 1})" if mark else ""
            raise DocumentError(
                f"{self.path.name}{line} is not a readable deck file. "
                "Open it in a text editor and run 'presenter check' on it."
            ) from None
        if not isinstance(self.data, CommentedMap):
            raise DocumentError(f"{self.path.name} is not a deck file (no 'title:', 'slides:' ...).")

    @classmethod
    def open(cls, path: Path) -> DeckDocument:
        try:
            text = Path(path).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise DocumentError(f"{Path(path).name} cannot be read: {error.__class__.__name__}.") from None
        return cls(path, text)

    def text(self) -> str:
        """The document as YAML, untouched parts exactly as they were read."""
        out = io.StringIO()
        self._yaml.dump(self.data, out)
        return out.getvalue()

    # --- fields ---------------------------------------------------------------------

    def get(self, field: str, default: Any = None) -> Any:
        node: Any = self.data
        for part in split_path(field):
            try:
                node = node[part]
            except (KeyError, IndexError, TypeError):
                return default
        return node

    def set(self, field: str, value: Any) -> None:
        """Set a field, creating its mapping if needed; None or empty optional text removes it."""
        *parents, key = split_path(field)
        node = self._container(parents)
        if isinstance(key, int):
            node[key] = value
            return
        if value is None or (key in OPTIONAL_TEXT and value == ""):
            node.pop(key, None)
            return
        if isinstance(value, str):
            value = styled(node.get(key), value)
        if key in node:
            node[key] = value
        else:
            node.insert(_position(node, key, _kind(parents)), key, value)

    def _container(self, parts: list[str | int]) -> Any:
        node: Any = self.data
        for depth, part in enumerate(parts):
            if isinstance(part, str) and part not in node:
                node.insert(_position(node, part, _kind(parts[:depth])), part, CommentedMap())
            node = node[part]
        return node

    # --- slides ---------------------------------------------------------------------

    @property
    def slides(self) -> CommentedSeq:
        if not isinstance(self.data.get("slides"), CommentedSeq):
            self.data["slides"] = CommentedSeq()
        slides: CommentedSeq = self.data["slides"]
        return slides

    def insert_slide(self, index: int, slide: Any) -> None:
        self.slides.insert(index, slide)

    def remove_slide(self, index: int) -> Any:
        return self.slides.pop(index)

    def move_slide(self, source: int, target: int) -> None:
        self.slides.insert(target, self.slides.pop(source))

    def slide_copy(self, index: int) -> CommentedMap:
        """A detached copy of a slide (round-trip types, comments dropped)."""
        copy: CommentedMap = self._yaml.load(_dump_one(self._yaml, self.slides[index]))
        return copy

    # --- checks ---------------------------------------------------------------------

    def check(self, catalog: Mapping[str, Any]) -> Checked:
        """The loader's and checker's verdict on the document as it is now."""
        reader = load._Reader(self.path)  # the loader's own field checks, on plain values
        deck = load._build_deck(reader, plain(self.data), self.path)
        errors = list(reader.problems)
        if deck is None:
            return Checked(None, errors, [], None)
        errors += check_deck(deck, catalog)
        report = check_content(deck)
        return Checked(deck, errors + report.errors, report.warnings, report)


def _kind(parents: list[str | int]) -> str:
    if parents[-1:] and isinstance(parents[-1], int):
        return "step" if len(parents) >= 4 else "slide"
    return "deck" if not parents else ""


def _position(node: CommentedMap, key: str, kind: str) -> int:
    """Where a new key goes: after the keys that come before it in the format's order."""
    order = KEY_ORDER.get(kind)
    if not order or key not in order:
        return len(node)
    before = set(order[: order.index(key)])
    keys = list(node)
    last = max((i for i, k in enumerate(keys) if k in before), default=-1)
    return last + 1


def _dump_one(yaml: YAML, value: Any) -> str:
    out = io.StringIO()
    yaml.dump(value, out)
    return out.getvalue()
