"""Packs in the library: added from a drop, a card like the built-in decks (named as a pack), presented from
its own renders, there after a restart, replaced only when the clinician says so, removed again; a damaged
one says so on its card. The clinic details dialog: plain messages, per-language values, the cards re-read."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QDialog

from presenter import cli, paths
from presenter.app import start_actions
from presenter.app.clinic_dialog import ClinicDialog
from presenter.app.main import application
from presenter.app.start import StartScreen
from presenter.library import DeckLibrary
from presenter.render.cache import RenderCache
from presenter.settings import Settings, load_settings
from tests.export_fakes import builtin, fake_renders


@pytest.fixture(scope="module")
def pack(tmp_path_factory):
    root = tmp_path_factory.mktemp("pack")
    for name in ("treatment", "treatment.es"):
        fake_renders(root / "cache", builtin(name))
    out = root / "treatment.pack"
    args = ["export", "treatment", "--to", "pack", "--out", str(out), "--quality", "preview", "--cache"]
    assert cli.main([*args, str(root / "cache")]) == 0
    return out


@pytest.fixture(autouse=True)
def private_config(tmp_path, monkeypatch):
    monkeypatch.setenv(paths.CONFIG_ENV, str(tmp_path / "settings.json"))


def screen(qtbot, tmp_path, settings: Settings | None = None, cache: str = "cache") -> StartScreen:
    """The start screen with one built-in deck (quick to load) and the library in ``tmp_path/decks``."""
    application()
    library = DeckLibrary(own_dir=tmp_path / "decks")
    decks = [paths.DECKS_DIR / "treatment.yaml", paths.DECKS_DIR / "treatment.es.yaml"]
    start = StartScreen(decks, RenderCache(tmp_path / cache), settings or Settings(), library=library)
    qtbot.addWidget(start)
    return start


def drop(start: StartScreen, pack) -> None:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(pack))])
    point, action = QPointF(10, 10), Qt.DropAction.CopyAction
    start.dropEvent(QDropEvent(point, action, data, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier))


def answer(monkeypatch, choice: int, replace: bool = True) -> list:
    asked: list = []
    monkeypatch.setattr(start_actions, "choose", lambda *args: asked.append(args[1]) or choice)
    monkeypatch.setattr(start_actions, "ask", lambda *args: asked.append(args[1]) or replace)
    return asked


def pack_cards(start: StartScreen) -> list:
    return [card for card in start.cards if card.pack_file is not None]


def test_a_dropped_pack_added_to_the_library_is_a_card_after_a_restart_and_presents_without_rendering(
    qtbot, tmp_path, monkeypatch, pack
):
    answer(monkeypatch, 1)  # Add to the library
    start = screen(qtbot, tmp_path)
    builtin_cards = len(start.cards)
    drop(start, pack)
    kept = tmp_path / "decks" / "Packs" / "treatment.pack"
    assert kept.is_file() and pack.is_file()  # a copy: the file dropped is left where it was
    assert len(start.cards) == builtin_cards + 1 and start.card("treatment").pack_file is None  # the built-in stays
    card = pack_cards(start)[0]
    assert start.current is card and "From a pack: treatment.pack" in card.meta.text()
    assert set(card.editions) == {"en", "es"} and card.can_present()
    assert not start.edit_button.isEnabled() and start.remove_pack_action.isVisible()
    start.close()

    again = screen(qtbot, tmp_path, cache="restart-cache")  # another session: the same decks folder, an empty cache
    card = pack_cards(again)[0]
    card.set_checked(card.edition.deck.slides[0].id, False)
    with qtbot.waitSignal(again.pack_chosen) as chosen:
        again.present(card)
    deck_path, cache, ids = chosen.args
    assert deck_path.name == "treatment.yaml" and cache.is_relative_to(tmp_path / "restart-cache" / "packs")
    assert ids == [slide.id for slide in card.edition.deck.slides[1:]]


def test_a_second_pack_of_the_same_deck_replaces_the_first_only_when_asked(qtbot, tmp_path, monkeypatch, pack):
    asked = answer(monkeypatch, 1, replace=False)
    start = screen(qtbot, tmp_path)
    drop(start, pack)
    other = tmp_path / "elsewhere" / "treatment-copy.pack"
    other.parent.mkdir()
    shutil.copy(pack, other)
    kept = tmp_path / "decks" / "Packs" / "treatment.pack"
    kept.write_bytes(kept.read_bytes())  # the same pack, a new file time: tells a replacement apart
    before = kept.stat().st_mtime_ns
    drop(start, other)
    assert asked[-1] == "Replace the pack in the library?" and kept.stat().st_mtime_ns == before
    assert len(pack_cards(start)) == 1
    answer(monkeypatch, 1, replace=True)
    drop(start, other)
    assert kept.stat().st_mtime_ns != before and len(pack_cards(start)) == 1


def test_removing_a_pack_asks_then_removes_its_file_and_unpacked_renders(qtbot, tmp_path, monkeypatch, pack):
    asked = answer(monkeypatch, 1)
    start = screen(qtbot, tmp_path)
    drop(start, pack)
    card = pack_cards(start)[0]
    unpacked = card.pack_cache.parent
    assert unpacked.is_dir()
    start.remove_pack_action.trigger()
    assert asked[-1] == "Remove this pack from the library?"
    assert not pack_cards(start) and not (tmp_path / "decks" / "Packs" / "treatment.pack").exists()
    assert not unpacked.exists() and pack.is_file()  # the original file is not touched
    with pytest.raises(ValueError):
        DeckLibrary(own_dir=tmp_path / "decks").remove_pack(pack)  # only a pack in the library


def test_a_damaged_pack_in_the_library_says_so_on_its_card(qtbot, tmp_path):
    folder = tmp_path / "decks" / "Packs"
    folder.mkdir(parents=True)
    (folder / "broken.pack").write_bytes(b"PK not really")
    start = screen(qtbot, tmp_path)
    card = pack_cards(start)[0]
    assert "damaged or incomplete" in card.error.text() and not card.can_present()


def test_the_clinic_dialog_explains_bad_numbers_and_keeps_per_language_values(qtbot, tmp_path):
    application()
    settings = Settings(clinic={"": {"emergency": "112"}})
    dialog = ClinicDialog(settings, ["en", "es"])
    qtbot.addWidget(dialog)
    assert dialog.boxes[("", "emergency")].text() == "112"
    assert dialog.boxes[("es", "emergency")].placeholderText() == "112"  # the box on its left
    assert dialog.boxes[("", "crisis")].placeholderText() == "988"  # the US default
    dialog.boxes[("es", "crisis")].setText("call us")
    dialog.boxes[("es", "name")].setText("x" * 61)
    dialog.save.click()
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.error.isVisibleTo(dialog)
    assert "Crisis line (Español): a phone number has only digits, spaces and + - ( )." in dialog.error.text()
    assert "Clinic name (Español): at most 60 characters" in dialog.error.text()
    assert dialog.boxes[("es", "crisis")].property("invalid") is True
    assert settings.clinic == {"": {"emergency": "112"}}  # nothing kept until it can all be kept
    dialog.boxes[("es", "crisis")].setText("+52 800 911 2000")
    dialog.boxes[("es", "name")].setText("Clínica Sur")
    dialog.save.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert settings.clinic == {"": {"emergency": "112"}, "es": {"name": "Clínica Sur", "crisis": "+52 800 911 2000"}}


def test_clinic_details_saved_from_the_start_screen_reach_the_cards_decks(qtbot, tmp_path, monkeypatch):
    settings = Settings()
    start = screen(qtbot, tmp_path, settings)

    def fill_in(dialog: ClinicDialog) -> int:
        dialog.boxes[("", "emergency")].setText("112")
        dialog.try_save()
        return dialog.result()

    monkeypatch.setattr(ClinicDialog, "exec", fill_in)
    start.clinic_action.trigger()
    assert load_settings().clinic == {"": {"emergency": "112"}}
    summary = start.card("treatment").edition.deck.slides[-1]
    assert "112" in " ".join(summary.labels.values()) and "911" not in " ".join(summary.labels.values())
