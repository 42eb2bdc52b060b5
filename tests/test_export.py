"""Stills export: last frames as PNG and a contact sheet."""

from __future__ import annotations

from pathlib import Path

import av
import numpy as np
import pytest
from PIL import Image

from presenter.catalog import load_catalog
from presenter.deck.check import load_deck
from presenter.export.frames import last_frame
from presenter.export.stills import THUMB, contact_sheet, write_stills
from presenter.render.cache import RenderCache
from presenter.render.runner import Renderer, plan

FIXTURE_SCENES = Path(__file__).parent / "fixtures" / "scenes"
DECK = """\
schema: 1
title: Tiny
language: en
slides:
  - id: only
    title: Only
    scene: Tiny
    steps:
      - {id: appear, narration: A square appears.}
      - {id: move, narration: It moves.}
"""


@pytest.fixture(scope="module")
def rendered(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("stills")
    (tmp / "tiny.yaml").write_text(DECK)
    catalog = load_catalog(FIXTURE_SCENES)
    deck = load_deck(tmp / "tiny.yaml", catalog)
    summary = Renderer(RenderCache(tmp / "cache"), jobs=2).run(plan([deck], catalog, "preview"))
    return deck, [r.manifest for r in summary.results], tmp


@pytest.mark.render
def test_last_frame_is_the_final_decoded_frame(rendered):
    _, manifests, _ = rendered
    video = manifests[0].video("move")
    with av.open(str(video)) as container:
        frames = [f.to_ndarray(format="rgb24") for f in container.decode(video=0)]
    assert np.array_equal(np.asarray(last_frame(video)), frames[-1])
    assert not np.array_equal(frames[0], frames[-1])


@pytest.mark.render
def test_stills_and_contact_sheet(rendered):
    deck, manifests, tmp = rendered
    out = tmp / "out"
    stills = write_stills(deck, manifests, out)
    assert [s.path.name for s in stills] == ["01-only--01-appear.png", "01-only--02-move.png"]
    for still in stills:
        with Image.open(still.path) as image:
            assert image.size == (854, 480)
    sheet = contact_sheet(deck, stills, out)
    with Image.open(sheet) as image:
        assert image.width >= 2 * THUMB[0] and image.height > THUMB[1]
