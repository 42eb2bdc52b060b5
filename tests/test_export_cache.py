"""`presenter cache` (where, how big, per deck) and `presenter cache prune` (renders no deck uses)."""

from __future__ import annotations

import json
import os
import shutil
import time

from presenter import cli
from presenter.render.manifest import Manifest
from tests.export_fakes import builtin, fake_renders

HOURS = 3600


def old_copy(manifest: Manifest, name: str, age: float) -> Manifest:
    """A render of an earlier version of the slide (another key), ``age`` seconds old."""
    folder = manifest.folder.parent / name
    shutil.copytree(manifest.folder, folder)
    os.utime(folder / "manifest.json", (time.time() - age, time.time() - age))
    return Manifest.read(folder)  # type: ignore[return-value]


def test_cache_report_and_prune_keep_what_decks_use_and_each_slides_last_good(tmp_path, capsys):
    cache = tmp_path / "cache"
    current = fake_renders(cache, builtin("opioids"))
    superseded = old_copy(current[0], "KeysAndLocks-00000000000000000001", 2 * HOURS)
    last_good = old_copy(current[1], "HeroinTolerance-00000000000000000002", 2 * HOURS)
    just_made = old_copy(current[2], "Abstinence-00000000000000000003", 60)
    pointer = cache / "last-good" / "old-deck--a-slide.json"
    pointer.parent.mkdir(parents=True)
    pointer.write_text(json.dumps({"preview": f"preview/{last_good.folder.name}"}))
    dead = cache / "last-good" / "gone--slide.json"
    dead.write_text(json.dumps({"preview": "preview/Nothing-here"}))

    assert cli.main(["cache", "--cache", str(cache)]) == 0
    said = capsys.readouterr().out
    assert f"Render cache: {cache}" in said and "opioids.yaml:" in said and f"{len(current) + 3} renders" in said
    assert "not used by any deck: 1 render," in said and "presenter cache prune" in said

    assert cli.main(["cache", "prune", "--cache", str(cache)]) == 0
    said = capsys.readouterr().out
    assert "Removed 1 render no deck uses" in said and "last good render was kept" in said
    assert not superseded.folder.exists()
    assert last_good.folder.is_dir() and just_made.folder.is_dir()
    assert all(m.folder.is_dir() for m in current)
    assert pointer.exists() and not dead.exists()
    assert not list((cache / ".staging").iterdir())  # nothing half-deleted left


def test_cache_report_on_a_missing_folder(tmp_path, capsys):
    assert cli.main(["cache", "--cache", str(tmp_path / "none")]) == 0
    assert "0 bytes in all, 0 renders" in capsys.readouterr().out
