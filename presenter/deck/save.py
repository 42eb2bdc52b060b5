"""Saving a deck file: minimal changes, atomic writes, previous versions and drafts.

``file_text`` writes a value edit by replacing only that value's lines in the
file as it was read, so comments, blank lines, quoting and line wrapping of
everything else stay byte for byte (a one-word narration edit touches only
that narration's lines). An edit that changes the shape (slides added,
removed or moved, fields added or removed) is written by ruamel.yaml's
round-trip dump, which still keeps comments, key order and block text.

``save`` is atomic (temporary file in the same folder, flush, fsync, rename)
and first keeps the file being replaced in ``.versions/`` (the newest few).
A draft (autosaved unsaved edits) lives beside the deck as ``.NAME.draft``,
never over it. Qt-free.
"""

from __future__ import annotations

import io
import os
import tempfile
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from presenter.deck.document import DeckDocument, _yaml, plain

VERSIONS_FOLDER = ".versions"
KEEP_VERSIONS = 5


def file_text(original: str, document: DeckDocument) -> str:
    """The document's YAML, as close to ``original`` as its edits allow."""
    before = parsed(original)
    old, new = _plain(original), plain(document.data)
    if not isinstance(before, CommentedMap) or _shape(old) != _shape(new):
        return document.text()
    lines = original.splitlines(keepends=True)
    edits: list[tuple[int, int, int, str]] = []
    _changed(before, old, document.data, new, lines, edits)
    for start, end, column, text in sorted(edits, reverse=True):
        lines[start:end] = [lines[start][:column] + text]
    return "".join(lines)


@lru_cache(maxsize=2)
def parsed(text: str) -> Any:
    """The round-trip parse of a file's text (read-only: shared between saves)."""
    return _yaml().load(text)


@lru_cache(maxsize=2)
def _plain(text: str) -> Any:
    return plain(parsed(text))


def _shape(value: Any) -> Any:
    """The structure without the leaf values: mappings' keys and lists' lengths."""
    if isinstance(value, dict):
        return {key: _shape(item) for key, item in value.items()}
    if isinstance(value, list) and any(isinstance(item, (dict, list)) for item in value):
        return [_shape(item) for item in value]
    return None  # a leaf: a scalar or a list of scalars (references: [a, b])


def _changed(
    old: Any, old_plain: Any, new: Any, new_plain: Any, lines: list[str], edits: list[tuple[int, int, int, str]]
) -> None:
    """Record (start, end, column, new text) for every leaf whose value changed."""
    if old_plain == new_plain:
        return
    if isinstance(old, CommentedMap):
        for key in old:
            if _shape(old_plain[key]) is None:
                if old_plain[key] != new_plain[key]:
                    line, column = old.lc.key(key)
                    edits.append((line, _end(lines, line, column), column, _emit(key, new[key], old, lines[line])))
            else:
                _changed(old[key], old_plain[key], new[key], new_plain[key], lines, edits)
    elif isinstance(old, CommentedSeq):
        for item_old, plain_old, item_new, plain_new in zip(old, old_plain, new, new_plain):
            _changed(item_old, plain_old, item_new, plain_new, lines, edits)


def _end(lines: list[str], start: int, column: int) -> int:
    """The line after a value that starts on ``start`` with its key at ``column``."""
    end = start + 1
    for index in range(start + 1, len(lines)):
        text = lines[index]
        if not text.strip():
            continue
        if len(text) - len(text.lstrip(" ")) <= column:
            break
        end = index + 1
    return end


def _emit(key: str, value: Any, parent: CommentedMap, first_line: str) -> str:
    """``key: value`` as YAML, its continuation lines indented under the key, comment kept."""
    column = len(first_line) - len(first_line.lstrip(" "))
    column = first_line.index(key, column) if key in first_line else column
    if isinstance(value, list) and not isinstance(value, CommentedSeq):
        value = CommentedSeq(value)
    if isinstance(value, CommentedSeq):
        value.fa.set_flow_style()
    out = io.StringIO()
    _yaml().dump(CommentedMap([(key, value)]), out)
    emitted = out.getvalue().splitlines(keepends=True)
    comment = parent.ca.items.get(key, [None, None, None])[2]
    if comment is not None and len(emitted) == 1 and "#" in comment.value:
        emitted[0] = emitted[0].rstrip("\n") + comment.value.split("\n")[0].rstrip() + "\n"
    return emitted[0] + "".join(" " * column + line if line.strip() else line for line in emitted[1:])


def save(path: Path, text: str, keep: int = KEEP_VERSIONS) -> None:
    """Write ``text`` to ``path`` atomically, keeping the replaced file among its versions.

    Raises OSError when the disk refuses; the file on disk is then unchanged.
    """
    path = Path(path)
    if path.exists():
        _keep_version(path, keep)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as file:
            file.write(text)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _keep_version(path: Path, keep: int) -> None:
    folder = path.parent / VERSIONS_FOLDER
    folder.mkdir(exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")  # sorts by time as text
    target = folder / f"{path.stem}.{stamp}.yaml"
    target.write_bytes(path.read_bytes())
    for old in versions(path)[keep:]:
        old.unlink(missing_ok=True)


def versions(path: Path) -> list[Path]:
    """The kept previous versions of a deck file, newest first."""
    path = Path(path)
    folder = path.parent / VERSIONS_FOLDER
    found = [p for p in folder.glob(f"{path.stem}.*.yaml") if p.name[len(path.stem) + 1 :].split(".")[0][:8].isdigit()]
    return sorted(found, key=lambda p: p.name[len(path.stem) + 1 :], reverse=True)


def draft_path(path: Path) -> Path:
    path = Path(path)
    return path.parent / f".{path.name}.draft"


def write_draft(path: Path, text: str) -> None:
    """Autosave unsaved edits beside the deck (atomic, never over the deck itself)."""
    draft = draft_path(path)
    handle, temporary = tempfile.mkstemp(prefix=f".{draft.name}-", suffix=".tmp", dir=draft.parent)
    with os.fdopen(handle, "w", encoding="utf-8", newline="") as file:
        file.write(text)
    os.replace(temporary, draft)


def read_draft(path: Path) -> str | None:
    """The autosaved draft, when one exists and differs from the deck."""
    try:
        draft = draft_path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    try:
        current = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        current = None
    return None if draft == current else draft


def discard_draft(path: Path) -> None:
    draft_path(path).unlink(missing_ok=True)
