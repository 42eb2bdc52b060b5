"""The real scenes in the built-in decks, rendered at preview quality."""

from __future__ import annotations

import pytest

from presenter import paths
from presenter.catalog import load_catalog
from presenter.deck.check import load_deck

DECKS = paths.builtin_decks()


@pytest.mark.parametrize("deck_path", DECKS, ids=lambda p: p.stem)
def test_builtin_deck_checks_clean(deck_path):
    deck = load_deck(deck_path)
    assert deck.slides and all(slide.references for slide in deck.slides)


def test_every_scene_declares_a_storyboard_and_literal_declarations():
    for spec in load_catalog().values():
        assert spec.steps and spec.doc.strip(), spec.name
        for step in spec.steps:
            assert step in spec.doc, f"{spec.name}'s docstring does not describe step {step!r}"


@pytest.mark.render
def test_builtin_decks_render_every_step_at_preview(builtin_preview):
    _, summary = builtin_preview
    assert summary.count("failed") == 0, [r.error for r in summary.results if r.error]
    for result in summary.results:
        slide, manifest = result.job.slide, result.manifest
        assert manifest.step_ids == tuple(step.id for step in slide.steps)
        for step in manifest.steps:
            assert manifest.video(step.step).stat().st_size > 1000
            assert step.frames > 0 and 1.0 <= step.duration <= 20.0, (slide.id, step)
            assert (step.width, step.height) == (854, 480)


@pytest.fixture(scope="module")
def label_texts(tmp_path_factory) -> dict[str, list[str]]:
    """Every scene run with each label replaced by a marker: the texts it made, by scene.

    Two probes at a time (one per core); each is its own process with its own Manim media folder.
    """
    import json
    import subprocess
    import sys
    from concurrent.futures import ThreadPoolExecutor
    from pathlib import Path

    probe = Path(__file__).parent / "fixtures" / "label_probe.py"
    catalog = load_catalog()

    def run(scene: str) -> list[str]:
        media = tmp_path_factory.mktemp(f"labels-{scene}")
        command = [sys.executable, str(probe), str(catalog[scene].file), scene, str(media)]
        result = subprocess.run(command, capture_output=True, text=True, timeout=300)
        assert result.returncode == 0, result.stderr[-2000:]
        texts: list[str] = json.loads(result.stdout.strip().splitlines()[-1])
        return texts

    scenes = sorted(catalog)
    with ThreadPoolExecutor(2) as pool:
        return dict(zip(scenes, pool.map(run, scenes)))


@pytest.mark.parametrize("scene", sorted(load_catalog()), ids=str)
def test_every_on_screen_word_comes_from_the_deck_labels(scene, label_texts):
    """Replace every label with a marker: every text the scene makes must carry one."""
    texts = label_texts[scene]
    assert texts, f"{scene} wrote no text at all"
    hard_coded = [t for t in texts if t.strip() and "Zq" not in t]
    assert hard_coded == [], f"{scene} writes words that are not deck labels: {hard_coded}"


@pytest.mark.parametrize("deck_path", DECKS, ids=lambda p: p.stem)
def test_changing_a_label_changes_the_render_key_and_narration_does_not(deck_path):
    import dataclasses
    from types import MappingProxyType

    from presenter.render.key import render_key

    catalog = load_catalog()
    for slide in load_deck(deck_path).slides:
        spec = catalog[slide.scene]
        key = render_key(slide, spec, "preview").digest
        name = sorted(spec.labels)[0]
        relabelled = dataclasses.replace(slide, labels=MappingProxyType({**slide.labels, name: "otra palabra"}))
        assert render_key(relabelled, spec, "preview").digest != key
        renarrated = dataclasses.replace(
            slide,
            steps=tuple(dataclasses.replace(step, narration="Something else.", caption=None) for step in slide.steps),
        )
        assert render_key(renarrated, spec, "preview").digest == key
