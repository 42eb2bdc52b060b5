"""A corpus of broken deck files (tests/fixtures/broken/): each gives one clear
``file:line: field: what to do`` line at the line to fix, exit status 1, no traceback.

Every file changes tests/fixtures/valid/base.yaml in one place; its expected
line and field below were read off the file by hand.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from presenter.cli import main

FIXTURES = Path(__file__).parent / "fixtures"
BROKEN = FIXTURES / "broken"
VALID = FIXTURES / "valid"

# file: (line, field, words the message must contain)
CASES = {
    # the deck's fields
    "schema-missing": (2, "(deck)", "no 'schema'"),
    "schema-wrong-type": (2, "schema", "should be a whole number"),
    "schema-unsupported": (2, "schema", "version 2 is not supported"),
    "title-missing": (2, "(deck)", "no 'title'"),
    "title-wrong-type": (3, "title", "should be text"),
    "title-duplicate": (5, "title", "appears twice"),
    "language-missing": (2, "(deck)", "no 'language'"),
    "language-not-a-code": (4, "language", "not a language code"),
    "reading-level-out-of-range": (5, "reading_level", "out of range"),
    "reading-level-yes": (5, "reading_level", "not true/false"),
    "end-card-wrong-type": (6, "end_card", "should be text"),
    "unknown-deck-field": (7, "author", "unknown field 'author'"),
    "references-not-a-mapping": (7, "references", "should be a mapping"),
    "reference-empty": (8, "references.kosten", "citation text"),
    "glossary-wrong-type": (9, "glossary", "should be a mapping"),
    "slides-missing": (2, "(deck)", "no 'slides'"),
    "slides-empty": (11, "slides", "no slides"),
    "slides-not-a-list": (11, "slides", "should be a list"),
    # a slide's fields
    "slide-not-a-mapping": (12, "slides[0]", "should be a mapping describing the slide"),
    "slide-id-missing": (12, "slides[0]", "no 'id'"),
    "slide-id-invalid": (12, "slides[0].id", "not a valid id"),
    "slide-id-duplicate": (32, "slides[1].id", "used twice"),
    "slide-title-missing": (12, "slides[0]", "no 'title'"),
    "slide-scene-missing": (12, "slides[0]", "no 'scene'"),
    "slide-scene-unknown": (14, "slides[0].scene", "Did you mean 'KeysAndLocks'?"),
    "slide-unknown-field": (19, "slides[0].note", "Did you mean 'notes'?"),
    "slide-field-duplicate": (15, "slides[0].scene", "appears twice"),
    "params-not-a-mapping": (15, "slides[0].params", "should be a mapping"),
    "param-unknown": (16, "slides[0].params.recepters", "Did you mean 'receptors'?"),
    "param-wrong-type": (16, "slides[0].params.receptors", "should be a whole number"),
    "param-out-of-range": (16, "slides[0].params.receptors", "from 3 to 10"),
    "param-bool-for-number": (16, "slides[0].params.receptors", "should be a whole number"),
    "label-unknown": (18, "slides[0].labels.neurone", "Did you mean 'neuron'?"),
    "label-empty": (18, "slides[0].labels.neuron", "on-screen text"),
    "notes-wrong-type": (19, "slides[0].notes", "should be text"),
    "reference-unknown": (20, "slides[0].references[1]", "unknown reference 'nida'"),
    "reference-not-a-key": (20, "slides[0].references[1]", "reference key"),
    "steps-not-a-list": (21, "slides[0].steps", "should be a list"),
    # a step's fields
    "step-not-a-mapping": (30, "slides[0].steps[3]", "should be a mapping describing the step"),
    "step-id-missing": (26, "slides[0].steps[1]", "no 'id'"),
    "step-id-unknown": (26, "slides[0].steps[1].id", "Did you mean 'natural-keys'?"),
    "step-id-duplicate": (28, "slides[0].steps[2].id", "used twice"),
    "step-out-of-order": (26, "slides[0].steps[1].id", "out of order"),
    "step-missing": (21, "slides[0].steps", "missing step 'lock-turns'"),
    "step-narration-missing": (26, "slides[0].steps[1]", "no 'narration'"),
    "step-narration-empty": (27, "slides[0].steps[1].narration", "is empty"),
    "step-narration-wrong-type": (27, "slides[0].steps[1].narration", "should be text"),
    "step-unknown-field": (24, "slides[0].steps[0].captions", "Did you mean 'caption'?"),
    "step-hold-out-of-range": (25, "slides[0].steps[0].hold", "out of range"),
    "step-hold-wrong-type": (25, "slides[0].steps[0].hold", "should be a number"),
    "step-caption-wrong-type": (24, "slides[0].steps[0].caption", "should be text"),
    # syntax
    "unclosed-double-quote": (3, "(yaml)", "quote opened on this line is not closed"),
    "unclosed-single-quote": (24, "(yaml)", "quote opened on this line is not closed"),
    "unclosed-bracket": (20, "(yaml)", "'[' or '{' opened on this line is not closed"),
    "tab-indent": (16, "(yaml)", "indented with a tab"),
    "missing-colon": (14, "(yaml)", "no ':' after the field name"),
    "missing-colon-list-item": (26, "(yaml)", "no ':' after the field name"),
    "colon-in-text": (13, "(yaml)", "second ':'"),
    "indent-too-deep": (13, "(yaml)", "indented more than the field above"),
    "indent-too-shallow": (14, "(yaml)", "indentation does not fit"),
    "dash-without-space": (22, "(yaml)", "no space after it"),
    "backslash-in-quotes": (3, "(yaml)", "backslash"),
    "second-document": (32, "(yaml)", "second document"),
    "empty-file": (1, "(deck)", "empty"),
    # hostile YAML
    "anchor-alias": (23, "(yaml)", "anchor or alias"),
    "billion-laughs": (6, "(yaml)", "anchor or alias"),
    "python-tag": (3, "(yaml)", "tag (!!python/object/apply:os.system)"),
    "merge-key": (13, "(yaml)", "merge key"),
    "deep-nesting": (16, "(yaml)", "nested more than"),
    # encodings and bytes
    "latin-1": (24, "(file)", "not saved as UTF-8 (the character 'é'"),
    "utf-16": (1, "(file)", "UTF-16"),
    "binary-garbage": (1, "(file)", "not a text file"),
    "control-character": (3, "(file)", "control character"),
}


def check_lines(path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, list[str], float]:
    """Run `presenter check` in this process: its status, its lines naming the file, its time."""
    start = time.perf_counter()
    status = main(["check", str(path)])
    elapsed = time.perf_counter() - start
    err = capsys.readouterr().err
    assert "Traceback" not in err
    return status, [line for line in err.splitlines() if line.startswith(f"{path}:")], elapsed


def test_the_corpus_has_at_least_40_kinds_and_every_file_an_expectation():
    files = {p.stem for p in BROKEN.glob("*.yaml")}
    assert files == set(CASES) and len(files) >= 40


@pytest.mark.parametrize("name", sorted(CASES))
def test_a_broken_deck_gives_one_clear_line_at_the_line_to_fix(name, capsys):
    line, field, words = CASES[name]
    path = BROKEN / f"{name}.yaml"
    status, lines, elapsed = check_lines(path, capsys)
    assert status == 1 and len(lines) == 1, lines
    assert lines[0].startswith(f"{path}:{line}: {field}: "), lines[0]
    assert words in lines[0] and elapsed < 2


def test_a_deck_too_large_is_refused_before_it_is_parsed(tmp_path, capsys):
    path = tmp_path / "huge.yaml"
    path.write_text((VALID / "base.yaml").read_text() + "# padding\n" * 120_000)
    status, lines, elapsed = check_lines(path, capsys)
    assert status == 1 and lines == [
        f"{path}:1: (file): is too large for a deck (1.2 MB). A deck file is at most 1 MB; check that this is a deck."
    ]
    assert elapsed < 2


@pytest.mark.parametrize("name", ["base", "crlf", "bom", "comments", "quoted", "params-left-out"])
def test_valid_variants_pass(name, capsys):
    status = main(["check", str(VALID / f"{name}.yaml")])
    assert status == 0, capsys.readouterr().err


def test_the_command_itself_exits_1_without_a_traceback():
    """The real process, for the hostile cases: status 1, one line, quickly."""
    for name in ("billion-laughs", "python-tag", "binary-garbage"):
        start = time.perf_counter()
        result = subprocess.run(
            [sys.executable, "-m", "presenter", "check", str(BROKEN / f"{name}.yaml")],
            capture_output=True,
            text=True,
            timeout=30,
        )
        assert result.returncode == 1 and "Traceback" not in result.stderr
        assert f"{BROKEN / name}.yaml:{CASES[name][0]}: " in result.stderr
        assert time.perf_counter() - start < 10  # Python's start-up included, on a loaded machine
