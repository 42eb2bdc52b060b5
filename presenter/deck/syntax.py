"""A deck file's text and YAML, read as untrusted input.

Deck files come from elsewhere (a colleague, an e-mail, a shared folder), and
the presenter re-reads them while a session runs, so a bad file must cost
little and explain itself: the size, the nesting depth and the encoding are
bounded; anchors, aliases and tags (``&a``, ``*a``, ``!!python/...``), which no
deck needs, are refused; a syntax error is reported at the line to fix, with
what is wrong in plain words.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

MAX_BYTES = 1_000_000  # the built-in decks are about 20 kB
MAX_DEPTH = 12  # deck → slides → slide → steps → step → value is 6 deep
MERGE_TAG = "tag:yaml.org,2002:merge"
UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
SYNTAX_HINT = "Check this line's indentation against the line above, and put text containing ':' or '#' in quotes."


@dataclass
class SyntaxProblem(Exception):
    """Why a deck file's text cannot be read as a deck: at which line, and what to do."""

    line: int
    field: str
    message: str
    hint: str


def read_text(path: Path) -> str:
    """The file's text (UTF-8, with or without a BOM), within the size limit."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise SyntaxProblem(
                1,
                "(file)",
                f"is too large for a deck ({size / 1e6:.1f} MB).",
                f"A deck file is at most {MAX_BYTES // 1_000_000} MB; check that this is a deck.",
            )
        data = path.read_bytes()
    except OSError as error:
        raise SyntaxProblem(
            1, "(file)", f"cannot be read: {error.strerror or error}.", "Check the path, or name a built-in deck."
        ) from None
    if data.startswith(UTF16_BOMS):
        raise SyntaxProblem(
            1,
            "(file)",
            "is saved as UTF-16 text.",
            "Save it again with the encoding UTF-8 (in the editor's Save As options).",
        )
    if b"\0" in data:
        line = data[: data.index(b"\0")].count(b"\n") + 1
        raise SyntaxProblem(
            line,
            "(file)",
            "is not a text file (it holds binary data).",
            "Open the deck's .yaml file, not another kind of file.",
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        looks = data[error.start : error.start + 1].decode("cp1252", errors="replace")
        raise SyntaxProblem(
            line,
            "(file)",
            f"is not saved as UTF-8 (the character {looks!r} on this line).",
            "Save it again with the encoding UTF-8 (in the editor's Save As options).",
        ) from None


class _Refused(yaml.YAMLError):
    def __init__(self, mark: Any, message: str, hint: str):
        super().__init__(message)
        self.mark, self.message, self.hint = mark, message, hint


class _DeckLoader(yaml.SafeLoader):
    """SafeLoader's composer without anchors, aliases or tags, and with a depth limit."""

    def __init__(self, text: str):
        super().__init__(text)
        self._depth = 0

    def compose_node(self, parent: yaml.Node | None, index: int) -> yaml.Node | None:  # type: ignore[override]
        event = self.peek_event()
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            raise _Refused(
                event.start_mark,
                "uses a YAML anchor or alias ('&' or '*').",
                "Decks do not use them: write the text out in full where it is needed.",
            )
        if getattr(event, "tag", None) is not None:
            tag = event.tag.replace("tag:yaml.org,2002:", "!!")
            raise _Refused(
                event.start_mark,
                f"uses a YAML tag ({tag}).",
                "Decks do not use tags: remove the word starting with '!'.",
            )
        if not isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
            node = super().compose_node(parent, index)
            if node is not None and node.tag == MERGE_TAG:
                raise _Refused(
                    event.start_mark,
                    "uses a YAML merge key ('<<').",
                    "Decks do not use them: write each field out in full.",
                )
            return node  # type: ignore[no-any-return]
        self._depth += 1
        if self._depth > MAX_DEPTH:
            raise _Refused(
                event.start_mark,
                f"is nested more than {MAX_DEPTH} levels deep.",
                "A deck needs at most 6 levels; check the indentation and brackets here.",
            )
        try:
            return super().compose_node(parent, index)  # type: ignore[no-any-return]
        finally:
            self._depth -= 1


def compose(text: str) -> yaml.Node | None:
    """The file's YAML as nodes (which keep their lines), or a SyntaxProblem."""
    try:
        loader = _DeckLoader(text)
    except yaml.reader.ReaderError as error:  # checked before anything is parsed
        raise _not_text(text, error) from None
    try:
        return loader.get_single_node()  # type: ignore[no-any-return]
    except _Refused as refused:
        raise SyntaxProblem(refused.mark.line + 1, "(yaml)", refused.message, refused.hint) from None
    except yaml.reader.ReaderError as error:
        raise _not_text(text, error) from None
    except yaml.MarkedYAMLError as error:
        raise explain(error, text) from None
    except RecursionError:
        raise SyntaxProblem(1, "(yaml)", "is nested too deeply.", "Check the brackets and indentation.") from None
    finally:
        loader.dispose()


def _not_text(text: str, error: yaml.reader.ReaderError) -> SyntaxProblem:
    line = text[: error.position].count("\n") + 1
    return SyntaxProblem(
        line,
        "(file)",
        f"holds a control character that is not text (#x{error.character:02x}).",
        "Retype this line, or save the file as plain UTF-8 text.",
    )


def explain(error: yaml.MarkedYAMLError, text: str) -> SyntaxProblem:
    """Point a YAML syntax error at the line to fix, in plain words."""
    problem, context = error.problem or "", error.context or ""
    mark = error.problem_mark
    line = mark.line + 1 if mark else 1
    lines = text.splitlines() or [""]
    here = lines[min(line, len(lines)) - 1]
    if "escape character" in problem:
        return SyntaxProblem(
            line,
            "(yaml)",
            "a backslash '\\' inside double quotes.",
            "Use single quotes around this text, or write the backslash twice.",
        )
    opened = _unclosed_quote(text, line)
    if "quoted scalar" in context and error.context_mark and "end of" in problem:
        opened = error.context_mark.line + 1
    if opened:
        return SyntaxProblem(
            opened,
            "(yaml)",
            "a quote opened on this line is not closed.",
            "Add the closing quote at the end of the text, or remove the opening one.",
        )
    if "\t" in here[: len(here) - len(here.lstrip())] or "'\\t'" in problem:
        return SyntaxProblem(
            line, "(yaml)", "this line is indented with a tab.", "Indent with spaces only: YAML does not allow tabs."
        )
    if "could not find expected ':'" in problem and error.context_mark:
        return SyntaxProblem(
            error.context_mark.line + 1,
            "(yaml)",
            "this line has no ':' after the field name.",
            "Write it as 'name: value'.",
        )
    if "flow" in context and error.context_mark:
        return SyntaxProblem(
            error.context_mark.line + 1,
            "(yaml)",
            "a '[' or '{' opened on this line is not closed.",
            "Close it with ']' or '}', or write the list as '- item' lines.",
        )
    if "single document" in context:
        return SyntaxProblem(
            line, "(yaml)", "a second document starts here ('---').", "A deck is one document: remove the '---' line."
        )
    if "mapping values are not allowed" in problem:
        return _colon_problem(lines, line, mark.column if mark else 0)
    if "expected <block end>" in problem or "expected <block" in problem or "block collection" in context:
        return SyntaxProblem(
            line,
            "(yaml)",
            "this line's indentation does not fit the lines above.",
            "Line up the fields of one item with the same number of spaces.",
        )
    return SyntaxProblem(line, "(yaml)", f"is not valid YAML ({problem or error}).", SYNTAX_HINT)


def _colon_problem(lines: list[str], line: int, column: int) -> SyntaxProblem:
    """'mapping values are not allowed here': a second ':' on the line, or a mistake on the line above."""
    here = lines[line - 1] if line <= len(lines) else ""
    if ": " in here[:column] or here[:column].rstrip().endswith(":"):
        return SyntaxProblem(
            line,
            "(yaml)",
            "this line has a second ':' in its text.",
            "Put the text after the first ':' in quotes, e.g. title: \"Opioids: the brain\".",
        )
    above = next(
        (n for n in range(line - 1, 0, -1) if lines[n - 1].strip() and not lines[n - 1].lstrip().startswith("#")), 0
    )
    text = lines[above - 1].strip() if above else ""
    if text.startswith("-") and not text.startswith(("- ", "---")) and len(text) > 1:
        return SyntaxProblem(above, "(yaml)", "a list item's '-' has no space after it.", "Write '- id: ...'.")
    if above and ":" not in text:
        return SyntaxProblem(
            above, "(yaml)", "this line has no ':' after the field name.", "Write it as 'name: value'."
        )
    return SyntaxProblem(
        line,
        "(yaml)",
        "this line is indented more than the field above it.",
        "Line up the fields of one item with the same number of spaces.",
    )


def _unclosed_quote(text: str, error_line: int) -> int:
    """The line where a quoted text started that ran on, unclosed, to the error's line (0: none)."""
    last = 0
    try:
        for token in yaml.scan(text, Loader=yaml.SafeLoader):
            if token.start_mark.line + 1 > error_line:
                break
            if (
                isinstance(token, yaml.ScalarToken)
                and token.style in ('"', "'")
                and token.end_mark.line > token.start_mark.line
                and token.end_mark.line + 1 == error_line
            ):
                last = token.start_mark.line + 1
    except yaml.YAMLError:
        pass
    return last
