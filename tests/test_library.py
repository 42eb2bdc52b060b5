"""The deck library, the user folders, and saving a deck without mangling it."""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest

from presenter import paths
from presenter.catalog import load_catalog
from presenter.cli import main
from presenter.deck.check import load_deck
from presenter.deck.document import DeckDocument
from presenter.deck.save import file_text, read_draft, save, versions, write_draft, draft_path
from presenter.library import DeckLibrary, UnknownDeck

OPIOIDS = paths.DECKS_DIR / "opioids.yaml"


@pytest.fixture
def own(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "decks"
    monkeypatch.setenv("PRESENTER_DECKS", str(folder))
    return folder


def test_folders_follow_the_overrides_and_the_platform(tmp_path, monkeypatch):
    monkeypatch.setenv("PRESENTER_CACHE", str(tmp_path / "c"))
    monkeypatch.setenv("PRESENTER_DECKS", str(tmp_path / "d"))
    assert paths.default_cache_dir() == tmp_path / "c"
    assert paths.decks_dir("/elsewhere") == tmp_path / "d"  # the variable wins over settings
    monkeypatch.delenv("PRESENTER_DECKS")
    monkeypatch.delenv("PRESENTER_CACHE")
    assert paths.decks_dir(str(tmp_path / "chosen")) == tmp_path / "chosen"
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xc"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xg"))
    assert paths.default_cache_dir() == tmp_path / "xc" / "brain-explainer"
    assert paths.config_dir() == tmp_path / "xg" / "brain-explainer"
    assert paths.decks_dir().name == "Brain Explainer decks"


def test_names_match_case_insensitively_and_the_clinic_decks_are_found(own):
    library = DeckLibrary()
    assert library.find("Opioids") == OPIOIDS
    copy = library.make_copy(OPIOIDS)
    assert copy == own / "opioids-my.yaml"
    assert (own / "opioids-my.es.yaml").read_bytes() == (paths.DECKS_DIR / "opioids.es.yaml").read_bytes()
    assert library.find("OPIOIDS-MY") == copy
    assert library.make_copy(OPIOIDS, with_editions=False) == own / "opioids-my-2.yaml"  # never overwrites
    entries = {e.name: e.builtin for e in library.decks()}
    assert entries["opioids"] is True and entries["opioids-my"] is False
    assert library.is_builtin(OPIOIDS) and not library.is_builtin(copy)


@pytest.mark.parametrize("name, guess", [("opiods", "Did you mean 'opioids'?"), ("nosuchdeck", None)])
def test_an_unknown_name_gets_one_plain_line(own, capsys, name, guess):
    assert main(["check", name]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err and "Errno" not in err
    assert f"no deck called {name!r}" in err and "opioids.es" in err
    assert (guess in err) if guess else "Did you mean" not in err
    with pytest.raises(UnknownDeck):
        DeckLibrary().find(name)


def test_check_finds_a_clinic_deck_by_name(own, capsys):
    DeckLibrary().make_copy(OPIOIDS, with_editions=False)
    assert main(["check", "Opioids-My"]) == 0
    assert "opioids-my.yaml" in capsys.readouterr().out


def test_a_one_word_edit_touches_only_its_lines_and_passes_check(tmp_path):
    target = tmp_path / "opioids.yaml"
    original = OPIOIDS.read_text(encoding="utf-8")
    target.write_text(original, encoding="utf-8")
    document = DeckDocument.open(target)
    narration = document.get("slides[1].steps[0].narration")
    document.set("slides[1].steps[0].narration", narration.replace("heroin", "the drug", 1))
    save(target, file_text(original, document))
    diff = [
        line
        for line in difflib.unified_diff(original.splitlines(), target.read_text().splitlines(), n=0)
        if line[:1] in "+-" and line[:3] not in ("+++", "---")
    ]
    removed = [line[1:].strip() for line in diff if line.startswith("-")]
    assert removed and all(part in " ".join(narration.split()) for part in removed)
    assert len(diff) <= 8
    deck = load_deck(target, load_catalog())
    assert "the drug" in deck.slides[1].steps[0].narration
    assert versions(target) and versions(target)[0].read_text() == original  # the previous version kept


def test_shape_changes_keep_comments_and_folded_text(tmp_path):
    target = tmp_path / "opioids.yaml"
    original = OPIOIDS.read_text(encoding="utf-8")
    document = DeckDocument(target, original)
    document.move_slide(0, 2)
    document.set("slides[0].steps[0].caption", "")
    text = file_text(original, document)
    assert text.startswith("# Opioids and the brain") and "narration: >\n" in text
    target.write_text(text)
    deck = load_deck(target, load_catalog())
    assert deck.slides[2].id == "keys-and-locks" and deck.slides[0].steps[0].caption is None


def test_a_bad_value_shows_as_a_problem_of_its_field(tmp_path):
    document = DeckDocument(tmp_path / "d.yaml", OPIOIDS.read_text())
    document.set("slides[0].params.receptors", 99)
    document.set("slides[0].steps[1].hold", 500)
    checked = document.check(load_catalog())
    assert checked.for_field("slides[0].params.receptors")
    assert checked.for_field("slides[0].steps[1].hold")
    assert not checked.for_field("slides[1]")


def test_versions_are_capped_and_drafts_live_beside_the_deck(tmp_path):
    target = tmp_path / "d.yaml"
    for number in range(8):
        save(target, f"version {number}\n", keep=3)
    assert target.read_text() == "version 7\n"
    assert len(versions(target)) == 3 and versions(target)[0].read_text() == "version 6\n"
    write_draft(target, "unsaved\n")
    assert draft_path(target).parent == tmp_path and target.read_text() == "version 7\n"
    assert read_draft(target) == "unsaved\n"


def test_a_pack_is_kept_under_its_decks_name_inside_the_packs_folder(tmp_path):
    library = DeckLibrary(own_dir=tmp_path / "decks")
    for deck in ("unpacked/decks/opioids.es.yaml", "../../elsewhere/opioids.yaml", "decks/my-deck_2.yaml"):
        place = library.pack_place(Path(deck))
        assert place.parent == tmp_path / "decks" / "Packs" and place.suffix == ".pack"
    assert library.pack_place(Path("x/opioids.es.yaml")).name == "opioids.pack"  # one pack per deck family
    assert library.packs() == [] and not library.holds_pack(tmp_path / "opioids.pack")
