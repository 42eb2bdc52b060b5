"""The export dialog: each export from it at preview quality (from stand-in renders, in a worker
process), Cancel mid-export leaves nothing, a folder that cannot be written gets a plain message."""

from __future__ import annotations

from pathlib import Path

import pytest

from presenter.app.export_dialog import KINDS, ExportDialog
from presenter.deck.check import load_deck
from tests.export_fakes import fake_renders, short_deck

WAIT_MS = 180_000


@pytest.fixture(scope="module")
def setup(tmp_path_factory):
    root = tmp_path_factory.mktemp("dialog")
    deck = short_deck(root)
    fake_renders(root / "cache", load_deck(deck))
    return deck, root / "cache"


def dialog_for(qtbot, setup, kind: str, out: Path) -> ExportDialog:
    deck, cache = setup
    dialog = ExportDialog(deck, cache_root=cache)
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData(kind))
    dialog.quality.setCurrentIndex(dialog.quality.findData("preview"))
    dialog.out.setText(str(out))
    return dialog


def run(qtbot, dialog: ExportDialog) -> None:
    dialog.start()
    qtbot.waitUntil(lambda: dialog.worker is None, timeout=WAIT_MS)


@pytest.mark.parametrize("kind", KINDS)
def test_each_export_from_the_dialog(qtbot, setup, tmp_path, kind):
    out = tmp_path / {"waiting-room": "loop.mp4", "handout": "h.pdf", "pack": "short.pack"}.get(kind, "folder")
    dialog = dialog_for(qtbot, setup, kind, out)
    dialog.show()
    if kind in ("waiting-room", "slides"):
        dialog.srt.setChecked(True)
    run(qtbot, dialog)
    assert dialog.error.text() == ""
    assert dialog.result_path == out and out.exists()
    assert dialog.show_folder.isVisible() and str(out) in dialog.status.text()
    assert dialog.bar.value() == 1000
    if kind == "waiting-room":
        assert (tmp_path / "loop.srt").is_file()
    if out.is_dir():
        assert any(out.iterdir())
    assert [p.name for p in tmp_path.iterdir()] == [out.name] + (["loop.srt"] if kind == "waiting-room" else [])


def test_cancel_mid_export_leaves_nothing(qtbot, setup, tmp_path):
    out = tmp_path / "loop.mp4"
    dialog = dialog_for(qtbot, setup, "waiting-room", out)
    seen = []
    dialog.start()
    dialog.worker.progress.connect(lambda fraction, phase, left: seen.append((phase, fraction)))
    qtbot.waitUntil(lambda: any(phase == "write" and f > 0.05 for phase, f in seen), timeout=WAIT_MS)
    assert "Writing" in dialog.status.text()
    dialog.go.click()  # the button says Cancel while it runs
    qtbot.waitUntil(lambda: dialog.worker is None, timeout=WAIT_MS)
    assert "Stopped. Nothing was saved." in dialog.status.text()
    assert list(tmp_path.iterdir()) == []


def test_a_folder_that_cannot_be_written(qtbot, setup, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    dialog = dialog_for(qtbot, setup, "handout", blocker / "h.pdf")
    run(qtbot, dialog)
    assert f"could not write {blocker / 'h.pdf'}" in dialog.error.text()
    assert "writable" in dialog.error.text() and "Traceback" not in dialog.error.text()
    assert not dialog.show_folder.isVisible() and dialog.result_path is None
