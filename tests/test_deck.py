"""Deck files: loading into immutable models, and every problem reported with file:line:field."""

from __future__ import annotations

import dataclasses
import textwrap
from pathlib import Path

import pytest

from presenter.catalog import SceneSpec
from presenter.deck.check import check_deck, load_deck
from presenter.deck.load import read_deck
from presenter.deck.problems import DeckError

SPEC = SceneSpec(
    name="KeysAndLocks",
    file=Path("scenes/keys_and_locks.py"),
    steps=("neuron", "natural-keys"),
    params={"receptors": 6, "speed": 1.0, "mode": "fewer"},
    labels={"receptor": "lock", "endorphin": "key"},
    choices={"mode": ("fewer", "weaker")},
    bounds={"receptors": (3, 10)},
)
CATALOG = {"KeysAndLocks": SPEC}

GOOD = """\
schema: 1
title: Opioids and the brain
language: en
slides:
  - id: keys-and-locks
    title: Keys and locks
    scene: KeysAndLocks
    params: {receptors: 8, speed: 2}
    labels: {receptor: "cerradura"}
    steps:
      - id: neuron
        narration: >
          This is a nerve cell.
          It has locks.
        caption: A nerve cell.
      - id: natural-keys
        narration: Your body makes keys.
        hold: 4
    notes: A simplification.
    references: [nida]
references:
  nida: "NIDA. Heroin Research Report."
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "deck.yaml"
    path.write_text(textwrap.dedent(text))
    return path


def problems_of(tmp_path: Path, text: str) -> list[str]:
    with pytest.raises(DeckError) as caught:
        load_deck(write(tmp_path, text), CATALOG)
    return [str(p) for p in caught.value.problems]


def test_good_deck_loads_into_immutable_models(tmp_path):
    deck = load_deck(write(tmp_path, GOOD), CATALOG)
    assert deck.title == "Opioids and the brain" and deck.language == "en" and deck.name == "deck"
    slide = deck.slides[0]
    assert slide.params == {"receptors": 8, "speed": 2}
    assert [s.id for s in slide.steps] == ["neuron", "natural-keys"]
    assert slide.steps[0].narration == "This is a nerve cell. It has locks."
    assert slide.steps[0].on_screen_text == "A nerve cell."
    assert slide.steps[1].on_screen_text == "Your body makes keys." and slide.steps[1].hold == 4.0
    assert deck.references["nida"].startswith("NIDA")
    with pytest.raises(dataclasses.FrozenInstanceError):
        slide.title = "x"  # type: ignore[misc]
    with pytest.raises(TypeError):
        slide.params["receptors"] = 1  # type: ignore[index]


def test_unknown_key_gets_did_you_mean_with_line(tmp_path):
    text = GOOD.replace("language: en", "langauge: en")
    found = problems_of(tmp_path, text)
    assert any(
        p.startswith(f"{tmp_path / 'deck.yaml'}:3: langauge: unknown field") and "Did you mean 'language'?" in p
        for p in found
    ), found


def test_yaml_syntax_error_names_line(tmp_path):
    found = problems_of(tmp_path, GOOD.replace("params: {receptors: 8, speed: 2}", "params: {receptors: 8"))
    assert len(found) == 1 and ":8: (yaml): a '[' or '{' opened on this line is not closed." in found[0]


@pytest.mark.parametrize(
    "edit, expected",
    [
        (("receptors: 8", 'receptors: "eight"'), ":8: slides[0].params.receptors: should be a whole number"),
        (
            ("receptors: 8", "receptors: 20"),
            "slides[0].params.receptors: 20 is out of range. Use a value from 3 to 10.",
        ),
        (("speed: 2", "sped: 2"), "KeysAndLocks has no parameter 'sped'. Did you mean 'speed'?"),
        (("speed: 2", "mode: fast"), "slides[0].params.mode: 'fast' is not one of fewer, weaker."),
        (('receptor: "cerradura"', 'receptr: "x"'), "KeysAndLocks shows no label 'receptr'. Did you mean 'receptor'?"),
        (
            ("scene: KeysAndLocks", "scene: KeysAndLock"),
            ":7: slides[0].scene: there is no scene called 'KeysAndLock'. Did you mean 'KeysAndLocks'?",
        ),
        (
            ("id: natural-keys", "id: natural-key"),
            ":16: slides[0].steps[1].id: KeysAndLocks has no step 'natural-key'. Did you mean 'natural-keys'?",
        ),
        (
            ("references: [nida]", "references: [nidaa]"),
            ":20: slides[0].references[0]: unknown reference 'nidaa'. Did you mean 'nida'?",
        ),
        (("hold: 4", "hold: yes"), "slides[0].steps[1].hold: should be a number, not true/false."),
        (("title: Keys and locks", "title: 3"), "slides[0].title: should be text, not a whole number."),
        (("id: keys-and-locks", "id: Keys_and_locks"), "'Keys_and_locks' is not a valid id."),
        (("schema: 1", "schema: 2"), ":1: schema: format version 2 is not supported."),
    ],
)
def test_each_mistake_is_reported_with_file_line_field(tmp_path, edit, expected):
    found = problems_of(tmp_path, GOOD.replace(*edit))
    assert any(expected in p for p in found), found
    assert all(p.startswith(str(tmp_path / "deck.yaml") + ":") for p in found)


def test_steps_out_of_order_and_missing(tmp_path):
    text = GOOD.replace("- id: neuron", "- id: natural-keys", 1).replace(
        "- id: natural-keys\n        narration: Your", "- id: neuron\n        narration: Your"
    )
    found = problems_of(tmp_path, text)
    assert any("step 'natural-keys' is out of order" in p for p in found), found
    dropped = GOOD.split("      - id: natural-keys")[0] + "    references: [nida]\nreferences:\n  nida: x\n"
    found = problems_of(tmp_path, dropped)
    assert any("slides[0].steps: missing step 'natural-keys'" in p for p in found), found


def test_duplicate_ids_and_keys(tmp_path):
    slide = GOOD.split("slides:\n")[1].split("references:\nreferences")[0]
    text = GOOD.replace("slides:\n", "slides:\n" + slide.split("references:\n  nida")[0], 1)
    found = problems_of(tmp_path, text)
    assert any("slide id 'keys-and-locks' is used twice" in p for p in found), found
    found = problems_of(tmp_path, GOOD.replace("title: Opioids and the brain", "title: A\ntitle: B"))
    assert any(":3: title: appears twice" in p for p in found), found


def test_every_problem_is_reported_not_just_the_first(tmp_path):
    text = (
        GOOD.replace("language: en", "langauge: en")
        .replace("receptors: 8", "receptors: 99")
        .replace("references: [nida]", "references: [nope]")
    )
    assert len(problems_of(tmp_path, text)) >= 3


def test_check_without_catalog_problems_is_clean(tmp_path):
    deck, problems = read_deck(write(tmp_path, GOOD))
    assert deck is not None and problems == []
    assert check_deck(deck, CATALOG) == []


def test_missing_file_and_empty_file(tmp_path):
    _, problems = read_deck(tmp_path / "nope.yaml")
    assert "cannot be read" in str(problems[0])
    _, problems = read_deck(write(tmp_path, ""))
    assert "the file is empty" in str(problems[0])


# --- content checks: references (error), reading level, captions, glossary (warnings) ----

WITH_GLOSSARY = GOOD + "glossary:\n  opioid: A kind of drug that fits the opioid locks in the brain.\n"


def content_of(tmp_path: Path, text: str):
    from presenter.deck.check import check_content

    deck = load_deck(write(tmp_path, text), CATALOG)  # content never stops a deck from loading
    return check_content(deck)


def test_good_deck_has_no_content_problems(tmp_path):
    report = content_of(tmp_path, WITH_GLOSSARY)
    assert report.errors == [] and report.warnings == []
    assert [row.slide for row in report.slides] == ["keys-and-locks"] and report.slides[0].steps == 2
    assert "keys-and-locks" in report.table() and "whole deck" in report.table()


def test_slide_without_references_fails_check(tmp_path, capsys):
    from presenter.cli import main

    text = WITH_GLOSSARY.replace("    references: [nida]\n", "")
    report = content_of(tmp_path, text)
    assert [str(p) for p in report.errors] == [
        f"{tmp_path / 'deck.yaml'}:5: slides[0].references: slide 'keys-and-locks' has no references. "
        "Add 'references: [key, ...]' with the sources for what it says (keys from the deck's 'references')."
    ]
    from presenter import paths

    real = (paths.DECKS_DIR / "opioids.yaml").read_text(encoding="utf-8")
    path = tmp_path / "opioids.yaml"
    path.write_text(real.replace("    references: [nida-heroin, pilozzi-2021, matthes-1996]\n", ""))
    assert main(["check", str(path)]) == 1
    err = capsys.readouterr().err
    assert f"{path}:" in err and "slides[0].references: slide 'keys-and-locks' has no references." in err
    assert "1 problem found." in err


def test_hard_sentence_gets_a_reading_level_warning(tmp_path):
    hard = (
        "Endogenous opioid neuropeptides modulate nociceptive transmission and "
        "hedonic processing through heterogeneous receptor populations."
    )
    report = content_of(tmp_path, WITH_GLOSSARY.replace("Your body makes keys.", hard))
    found = [str(w) for w in report.warnings if ".narration" in w.field and "grade" in w.message]
    assert len(found) == 1 and ":17: slides[0].steps[1].narration: reads at grade" in found[0]
    assert "above the deck's target of 8" in found[0] and "long words:" in found[0]
    assert report.slides[0].worst > 8


def test_reading_level_target_comes_from_the_deck(tmp_path):
    text = WITH_GLOSSARY.replace("language: en", "language: en\nreading_level: 2").replace(
        "Your body makes keys.", "Your body manufactures chemical messengers continuously."
    )
    report = content_of(tmp_path, text)
    assert any("above the deck's target of 2" in w.message for w in report.warnings)


def test_undefined_medical_terms_are_warned_once_each(tmp_path):
    text = WITH_GLOSSARY.replace("Your body makes keys.", "Naloxone can reverse an overdose. Naloxone helps.")
    report = content_of(tmp_path, text)
    terms = [w for w in report.warnings if "medical term" in w.message]
    assert [w.message.split("'")[1] for w in terms] == ["overdose", "naloxone"]
    assert terms[0].hint == "Add 'overdose: <plain words>' under 'glossary:'."
    defined = text + "  naloxone: A medicine that can reverse an opioid overdose.\n  overdose: Too much.\n"
    assert [w for w in content_of(tmp_path, defined).warnings if "medical term" in w.message] == []


def test_captions_too_long_for_two_lines_or_their_hold(tmp_path):
    long_caption = (
        "A nerve cell has many tiny locks on its surface, and each of them waits there "
        "for its own key to come along and fit."
    )
    text = WITH_GLOSSARY.replace("caption: A nerve cell.", f"caption: {long_caption}\n        hold: 2")
    report = content_of(tmp_path, text)
    messages = [(w.field, w.message) for w in report.warnings]
    assert (
        "slides[0].steps[0].caption",
        "the caption takes 3 lines on screen (about 48 characters a line).",
    ) in messages
    hold = [m for f, m in messages if f == "slides[0].steps[0].hold"]
    assert hold == ["the caption needs 12.5 s to read at 120 words a minute, but the step holds 2 s."]


def test_slide_without_notes_is_a_warning_not_an_error(tmp_path):
    report = content_of(tmp_path, WITH_GLOSSARY.replace("    notes: A simplification.\n", ""))
    assert report.errors == []
    assert [w.message for w in report.warnings] == ["slide 'keys-and-locks' has no clinician notes."]
