"""Playlists (the slides chosen for a patient) and a deck's language editions."""

from __future__ import annotations

from pathlib import Path

import pytest

from presenter import paths
from presenter.catalog import load_catalog
from presenter.deck.check import check_deck, load_deck
from presenter.playlist import apply_playlist, deck_family, editions

OPIOIDS = paths.DECKS_DIR / "opioids.yaml"
DECK_TEXT = """schema: 1
title: {title}
language: {language}
slides:
  - id: one
    title: One
    scene: KeysAndLocks
    steps:
      - id: neuron
        narration: A nerve cell.
"""


@pytest.fixture(scope="module")
def opioids():
    return load_deck(OPIOIDS)


def ids(deck):
    return [slide.id for slide in deck.slides]


def test_chosen_slides_keep_the_deck_order(opioids):
    chosen = apply_playlist(opioids, ["abstinence-and-recovery", "keys-and-locks"])
    assert ids(chosen) == ["keys-and-locks", "abstinence-and-recovery"]
    assert chosen.title == opioids.title and chosen.path == opioids.path and chosen.name == "opioids"
    assert chosen.references == opioids.references


def test_unknown_ids_are_ignored(opioids):
    assert ids(apply_playlist(opioids, ["heroin-and-tolerance", "renamed-slide"])) == ["heroin-and-tolerance"]


@pytest.mark.parametrize(
    "slide_ids", [[], ["gone"], ("keys-and-locks", "heroin-and-tolerance", "abstinence-and-recovery", "summary")]
)
def test_nothing_chosen_or_everything_chosen_gives_the_whole_deck(opioids, slide_ids):
    assert apply_playlist(opioids, slide_ids) is opioids


def test_source_lines_follow_the_slides(opioids):
    chosen = apply_playlist(opioids, ["heroin-and-tolerance"])
    assert chosen.line_of("slides[0].params") == opioids.line_of("slides[1].params")
    assert chosen.line_of("slides[0].steps[1].narration") == opioids.line_of("slides[1].steps[1].narration")
    assert chosen.line_of("title") == opioids.line_of("title")
    assert "slides[2]" not in chosen.lines
    assert check_deck(chosen, load_catalog()) == []


@pytest.mark.parametrize(
    "name, family",
    [
        ("opioids.yaml", "opioids"),
        ("opioids.es.yaml", "opioids"),
        ("depression.pt-BR.yml", "depression"),
        ("my-deck.yaml", "my-deck"),
        ("/a/b/opioids.es.yaml", "opioids"),
        ("notes.v2.yaml", "notes.v2"),
    ],
)
def test_deck_family(name, family):
    assert deck_family(name) == family
    assert deck_family(Path(name)) == family


def write(folder: Path, name: str, language: str, title: str = "A deck") -> Path:
    path = folder / name
    path.write_text(DECK_TEXT.format(title=title, language=language), encoding="utf-8")
    return path


def test_editions_group_languages_by_family(tmp_path):
    english = write(tmp_path, "opioids.yaml", "en")
    spanish = write(tmp_path, "opioids.es.yaml", "es")
    depression = write(tmp_path, "depression.yaml", "en")
    found = editions(sorted([english, spanish, depression]))
    assert list(found) == ["depression", "opioids"]
    assert found["opioids"] == {"en": english, "es": spanish}
    assert list(found["opioids"]) == ["en", "es"]  # the plain file name first
    assert found["depression"] == {"en": depression}


def test_the_language_comes_from_the_deck_not_the_file_name(tmp_path):
    french = write(tmp_path, "opioids.es.yaml", "fr")
    assert editions([french]) == {"opioids": {"fr": french}}


def test_a_broken_deck_still_has_an_edition(tmp_path):
    broken = tmp_path / "opioids.es.yaml"
    broken.write_text("title: [unclosed\n", encoding="utf-8")
    plain_broken = tmp_path / "other.yaml"
    plain_broken.write_text(": :\n  - ]\n", encoding="utf-8")
    assert editions([broken, plain_broken]) == {"opioids": {"es": broken}, "other": {"en": plain_broken}}


def test_two_files_with_one_language_keep_the_plain_name(tmp_path):
    plain = write(tmp_path, "opioids.yaml", "en")
    named = write(tmp_path, "opioids.en.yaml", "en")
    assert editions([named, plain]) == {"opioids": {"en": plain}}


def test_builtin_decks():
    found = editions(paths.builtin_decks())
    assert {"opioids", "depression"} <= set(found)
    assert found["opioids"]["en"] == OPIOIDS
    for family, languages in found.items():
        for language, path in languages.items():
            assert deck_family(path) == family
            assert load_deck(path).language == language
