"""The start screen's export tasks: a dropped pack is presented from its own renders, Clean up
asks first and keeps what decks use, Prepare for presenting runs hd renders with progress."""

from __future__ import annotations

import os
import time
from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from presenter import cli
from presenter.app import start_actions
from presenter.app.start import StartScreen
from presenter.paths import builtin_decks
from presenter.render.cache import RenderCache
from presenter.settings import Settings
from tests.export_fakes import builtin, fake_renders


def screen(qtbot, cache, names: tuple[str, ...] = ()) -> StartScreen:
    """The start screen on the built-in decks (or only the ones named: quicker)."""
    decks = [builtin(name).path for name in names] if names else builtin_decks()
    start = StartScreen(decks, RenderCache(cache), Settings())
    qtbot.addWidget(start)
    return start


def test_dropping_a_pack_presents_it(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(start_actions, "choose", lambda parent, title, text, options, cancel: 0)  # Present now
    source = tmp_path / "source-cache"
    for name in ("opioids", "opioids.es"):
        fake_renders(source, builtin(name))
    pack = tmp_path / "opioids.pack"
    assert (
        cli.main(
            ["export", "opioids", "--to", "pack", "--out", str(pack), "--quality", "preview", "--cache", str(source)]
        )
        == 0
    )
    start = screen(qtbot, tmp_path / "empty-cache", ("opioids",))
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(pack))])
    drop = QDropEvent(
        QPointF(10, 10), Qt.DropAction.CopyAction, data, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier
    )
    with qtbot.waitSignal(start.pack_chosen) as chosen:
        start.dropEvent(drop)
    deck_path, cache, ids = chosen.args
    assert deck_path.name == "opioids.yaml" and cache.parent.parent == tmp_path / "empty-cache" / "packs"
    assert ids == []


def test_a_bad_pack_is_explained(qtbot, tmp_path, monkeypatch):
    told = []
    monkeypatch.setattr(start_actions, "tell", lambda parent, title, text: told.append((title, text)))
    bad = tmp_path / "bad.pack"
    bad.write_bytes(b"not a zip")
    start = screen(qtbot, tmp_path / "cache", ("opioids",))
    assert start.actions.open_pack(bad) is False
    assert told and "damaged or incomplete" in told[0][1]


def test_clean_up_asks_then_removes_only_unused_renders(qtbot, tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    current = fake_renders(cache, builtin("opioids"))
    old = current[0].folder.parent / "KeysAndLocks-0000000000000000000a"
    old.mkdir()
    (old / "manifest.json").write_text(current[0].folder.joinpath("manifest.json").read_text())
    os.utime(old / "manifest.json", (time.time() - 7200, time.time() - 7200))
    asked = []
    monkeypatch.setattr(start_actions, "ask", lambda *args: asked.append(args) or True)
    start = screen(qtbot, cache, ("opioids",))
    assert start.actions.clean.isEnabled() and "Saved renders:" in start.actions.cache_size.text()
    start.actions.clean.click()
    assert asked and "no deck uses" in asked[0][2]
    assert not old.exists() and all(m.folder.exists() for m in current)
    assert "Renders removed: 1" in start.actions.status.text()


def test_prepare_for_presenting_offers_each_edition_the_current_one_ticked(qtbot, tmp_path):
    cache = tmp_path / "cache"
    fake_renders(cache, builtin("opioids"), quality="hd")
    start = screen(qtbot, cache, ("depression", "opioids", "opioids.es"))
    start.card("opioids").choose_language("es")
    start._mark_current(start.card("opioids"))
    start.actions.prepare.click()
    dialog = start.actions.dialog
    assert dialog is not None and dialog.isVisible() and not dialog.isModal()  # the app stays usable
    ready = dialog.ticks[builtin("opioids").path]
    assert not ready.isEnabled() and ready.text().endswith("listo")  # the app speaks the current card's Spanish
    spanish = dialog.ticks[builtin("opioids.es").path]
    count = len(builtin("opioids.es").slides)
    assert spanish.isChecked() and spanish.text().endswith(f"faltan {count} de {count} diapositivas")
    assert [box.isChecked() for box in dialog.ticks.values()].count(True) == 1
    depression = dialog.ticks[builtin("depression").path]
    depression.setChecked(True)
    with qtbot.waitSignal(dialog.start_requested) as asked:
        dialog.go.click()
    assert asked.args[0] == [builtin("depression").path, builtin("opioids.es").path]  # in the order offered
    dialog.close()


def test_prepare_for_presenting_runs_hd_renders_with_progress(qtbot, tmp_path):
    cache = tmp_path / "cache"
    deck = builtin("treatment")
    fake_renders(cache, deck, quality="hd")  # all there: it checks and finishes
    start = screen(qtbot, cache, ("treatment",))
    dialog = start.actions.show_prepare()
    seen = []
    start.actions.prepare_decks([deck.path])
    start.actions.worker.progress.connect(lambda fraction, *_: seen.append(fraction))
    assert start.actions.prepare.text() == "Stop preparing" and start.actions.bar.isVisibleTo(start)
    assert dialog.go.text() == "Cancel" and dialog.bar.isVisibleTo(dialog)
    qtbot.waitUntil(lambda: start.actions.worker is None, timeout=120_000)
    assert seen and seen[-1] == 1.0
    assert "Ready" in start.actions.status.text() and "Ready" in dialog.status.text()
    assert dialog.go.text() == "Prepare" and not dialog.ticks[deck.path].isEnabled()  # now ready
    dialog.close()


def test_the_prepare_dialog_shows_the_time_left_and_cancel_asks_to_stop(qtbot):
    from presenter.app.prepare_dialog import EditionChoice, PrepareDialog

    dialog = PrepareDialog([EditionChoice(Path("a.yaml"), "A · English", 2, 3, ticked=True)])
    qtbot.addWidget(dialog)
    dialog.set_running(True)
    dialog.show_progress(0.25, 150)
    assert dialog.status.text() == "Preparing sharp videos: 25% · about 2 min left"
    assert not dialog.ticks[Path("a.yaml")].isEnabled()
    with qtbot.waitSignal(dialog.stop_requested):
        dialog.go.click()
