"""Content packs: export, open with an empty cache, every step has its video, nothing renders;
bad packs (truncated, wrong version, tampered, escaping paths) get a clear message and
write nothing outside the packs folder; a player without Manim presents and exports a pack."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import pytest

from presenter import cli
from presenter.catalog import load_catalog
from presenter.deck.check import load_deck
from presenter.export.pack import INDEX, PackError, open_pack
from presenter.render.cache import RenderCache
from presenter.render.key import render_key
from tests.export_fakes import builtin, fake_renders


@pytest.fixture(scope="module")
def pack(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("pack")
    for name in ("opioids", "opioids.es"):
        fake_renders(root / "cache", builtin(name))
    out = root / "opioids.pack"
    assert (
        cli.main(
            [
                "export",
                "opioids",
                "--to",
                "pack",
                "--out",
                str(out),
                "--quality",
                "preview",
                "--cache",
                str(root / "cache"),
            ]
        )
        == 0
    )
    return out


def test_pack_holds_both_editions_and_their_renders(pack):
    with zipfile.ZipFile(pack) as archive:
        index = json.loads(archive.read(INDEX))
        names = set(archive.namelist())
    assert [e["language"] for e in index["editions"]] == ["en", "es"]
    assert {"decks/opioids.yaml", "decks/opioids.es.yaml"} <= names
    for edition in index["editions"]:
        for slide in edition["slides"]:
            assert f"{slide['render']}/manifest.json" in names


def test_round_trip_with_an_empty_cache_every_step_plays_and_nothing_renders(pack, tmp_path, monkeypatch):
    from presenter.render import runner

    monkeypatch.setattr(runner.Renderer, "_render_part", lambda *a: pytest.fail("a render started"))
    empty = tmp_path / "empty-cache"
    opened = open_pack(pack, empty / "packs")
    assert set(opened.decks) == {"en", "es"}
    catalog = load_catalog()
    for path in opened.decks.values():
        deck = load_deck(path, catalog)
        cache = RenderCache(opened.cache_root)
        for slide in deck.slides:
            manifest = cache.find(render_key(slide, catalog[slide.scene], opened.quality))
            assert manifest is not None, slide.id
            for step in slide.steps:
                assert manifest.video(step.id).stat().st_size > 0
    # and an export from the pack, into an empty cache: nothing renders
    out = tmp_path / "stills"
    assert (
        cli.main(
            [
                "export",
                str(pack),
                "--to",
                "stills",
                "--language",
                "es",
                "--out",
                str(out),
                "--cache",
                str(tmp_path / "other-empty-cache"),
            ]
        )
        == 0
    )
    assert len(list(out.glob("*.png"))) == sum(len(s.steps) for s in builtin("opioids.es").slides) + 1
    # opening it again reuses the unpacked folder
    assert open_pack(pack, empty / "packs").folder == opened.folder


def test_the_presentation_plays_every_step_from_the_pack(pack, tmp_path, qtbot):
    from presenter.app.headless import NoRenders
    from presenter.app.main import open_show
    from presenter.navigation import Position
    from presenter.settings import Settings

    opened = open_pack(pack, tmp_path / "packs")
    show = open_show(opened.deck("en"), opened.cache_root, Settings(), renderer=NoRenders(), watch=False)
    assert show is not None
    presentation = show.presentation
    try:
        assert presentation.renders.pending() == []
        for slide_index, slide in enumerate(presentation.deck.slides):
            for step_index in range(len(slide.steps)):
                path = presentation.video_path(Position(slide_index, step_index))
                assert path is not None and path.is_file()
    finally:
        show.end()


def rewrite(pack: Path, out: Path, change) -> Path:
    """A copy of the pack with ``change(name, data) -> (name, data) | None`` applied to each member."""
    with zipfile.ZipFile(pack) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            changed = change(info.filename, source.read(info.filename))
            if changed is not None:
                target.writestr(changed[0], changed[1])
    return out


def bump_version(name, data):
    if name == INDEX:
        index = json.loads(data)
        index["version"] = 99
        return name, json.dumps(index)
    return name, data


def tamper_manifest(name, data):
    if name.endswith("manifest.json"):
        return name, data.replace(b'"duration"', b'"duration" ', 1)
    return name, data


def escape(name, data):
    if name == INDEX:
        index = json.loads(data)
        first = next(iter(index["files"]))
        index["files"]["decks/../../escaped.yaml"] = index["files"].pop(first)
        return name, json.dumps(index)
    return ("decks/../../escaped.yaml", data) if name == "decks/opioids.yaml" else (name, data)


def absolute(name, data):
    return ("/tmp/i13-absolute.yaml", data) if name == "decks/opioids.yaml" else (name, data)


BAD = {
    "truncated": (None, "is damaged or incomplete"),
    "version": (bump_version, "is a version 99 pack; this presenter reads version 1. Update the presenter"),
    "tampered": (tamper_manifest, "has been changed since it was made"),
    "escape": (escape, "would be written outside its folder"),
    "absolute": (absolute, "would be written outside its folder"),
}


@pytest.mark.parametrize("kind", list(BAD))
def test_bad_packs_get_a_clear_message_and_write_nothing_outside(pack, tmp_path, capsys, kind):
    change, message = BAD[kind]
    bad = tmp_path / "bad.pack"
    if change is None:
        bad.write_bytes(pack.read_bytes()[: pack.stat().st_size // 2])
    else:
        rewrite(pack, bad, change)
    packs = tmp_path / "cache" / "packs"
    with pytest.raises(PackError, match=message):
        open_pack(bad, packs)
    assert not packs.exists() or list(packs.iterdir()) == []  # nothing half-unpacked
    assert {p.name for p in tmp_path.iterdir()} <= {"bad.pack", "cache"}
    assert not Path("/tmp/i13-absolute.yaml").exists()
    assert cli.main(["show", str(bad), "--cache", str(tmp_path / "cache")]) == 1
    said = capsys.readouterr().err
    assert message.split(";")[0] in said and "Traceback" not in said


NO_MANIM = textwrap.dedent("""
    raise ImportError("No module named 'manim' (this is a player install)")
""")


def test_a_player_without_manim_presents_and_exports_a_pack(pack, tmp_path):
    blocked = tmp_path / "blocked"
    for name in ("manim", "manimpango"):
        (blocked / name).mkdir(parents=True)
        (blocked / name / "__init__.py").write_text(NO_MANIM)
    env = {
        **os.environ,
        "PYTHONPATH": str(blocked),
        "QT_QPA_PLATFORM": "offscreen",
        "PRESENTER_CACHE": str(tmp_path / "cache"),
    }
    script = textwrap.dedent(f"""
        import sys
        try:
            import manim
        except ImportError:
            pass
        else:
            sys.exit("manim imported")
        from presenter import cli
        assert cli.main(["export", {str(pack)!r}, "--to", "handout", "--out", {str(tmp_path / "h.pdf")!r}]) == 0
        assert cli.main(["render", "opioids"]) == 1  # renders need the extra: it says so
        from PySide6.QtWidgets import QApplication
        app = QApplication([])
        from presenter.app.headless import NoRenders
        from presenter.app.main import _environment_ready, open_show
        from presenter.export.pack import open_pack
        from presenter.navigation import Position
        from presenter.settings import Settings
        opened = open_pack({str(pack)!r}, {str(tmp_path / "cache" / "packs")!r})
        assert _environment_ready(opened.cache_root, renders=False)
        show = open_show(opened.deck("es"), opened.cache_root, Settings(), renderer=NoRenders(), watch=False)
        p = show.presentation
        assert all(p.video_path(Position(i, j)) for i, s in enumerate(p.deck.slides) for j in range(len(s.steps)))
        show.end()
        print("played; manim loaded:", "manim" in sys.modules)
    """)
    result = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=300, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "played; manim loaded: False" in result.stdout
    assert "render toolchain" in result.stderr and "brain-explainer[render]" in result.stderr
    assert (tmp_path / "h.pdf").stat().st_size > 10_000
