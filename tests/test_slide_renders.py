"""The presentation's render bookkeeping (SlideRenders) and the first step made alone, without Qt."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from presenter.deck.check import load_deck
from presenter.navigation import Position
from presenter.render.cache import RenderCache
from presenter.render.key import render_key
from presenter.render.manifest import Manifest, StepVideo
from presenter.render.runner import Renderer, plan
from presenter.slide_renders import Note, SlideRenders, Trouble
from tests.app_support import STEPS, deck_text, scene_catalog, write_render, write_video


@pytest.fixture
def setup(tmp_path):
    catalog = scene_catalog(tmp_path)
    path = tmp_path / "test.yaml"
    path.write_text(deck_text())
    return load_deck(path, catalog), catalog, RenderCache(tmp_path / "cache")


def digest(deck, catalog, slide, quality="preview"):
    return render_key(deck.slides[slide], catalog[deck.slides[slide].scene], quality).digest


def first_step_alone(cache, deck, catalog, slide):
    """What the renderer reports as 'early': the slide's first step only, in a staging folder."""
    folder = cache.staging()
    write_video(folder / f"{STEPS[0]}.mp4", [(10, 10, 10)] * 4)
    video = StepVideo(STEPS[0], f"{STEPS[0]}.mp4", 0.2, 4, 160, 90, 20)
    manifest = Manifest("KeysAndLocks", "preview", digest(deck, catalog, slide), (video,), folder)
    manifest.write()
    return manifest


def test_jobs_are_every_missing_render_and_only_a_slide_with_nothing_waits_for_its_first_step(setup):
    deck, catalog, cache = setup
    write_render(deck, catalog, cache, 0)  # slide 1 has a preview; slide 2 has hd; slide 3 nothing
    write_render(deck, catalog, cache, 1, quality="hd")
    book = SlideRenders(deck, catalog, cache, read_only=False)
    jobs = book.jobs()
    assert sorted(jobs) == [(0, "hd"), (2, "hd"), (2, "preview")]
    assert [k for k, job in jobs.items() if job.first_step_first] == [(2, "preview")]
    assert book.manifests[1].quality == "hd" and book.manifests[2] is None


def test_a_failed_key_is_not_tried_again_until_r(setup):
    deck, catalog, cache = setup
    book = SlideRenders(deck, catalog, cache, read_only=False)
    assert book.failed(0, "preview", "the scene crashed", digest(deck, catalog, 0))  # nothing to play: broken
    assert book.broken[0] == Trouble("failed", "the scene crashed")
    assert book.notes == [Note(Trouble("failed", "the scene crashed"), (0,))]
    assert (0, "preview") not in book.jobs() and (0, "hd") not in book.jobs()  # hd waits for a preview
    book.rerender(0)
    assert 0 not in book.broken and (0, "preview") in book.jobs()


def test_a_render_of_an_older_version_of_the_deck_is_ignored(setup):
    deck, catalog, cache = setup
    book = SlideRenders(deck, catalog, cache, read_only=False)
    assert not book.failed(0, "preview", "boom", "not-the-key") and not book.broken and not book.notes
    assert book.landed(0, "preview", "not-the-key") is None


def test_a_fresher_render_waits_for_a_step_boundary_while_its_slide_is_watched(setup):
    deck, catalog, cache = setup
    old = write_render(deck, catalog, cache, 0)
    book = SlideRenders(deck, catalog, cache, read_only=False)
    fresh = write_render(deck, catalog, cache, 0, quality="hd")
    assert book.landed(0, "hd", digest(deck, catalog, 0, "hd")) == fresh  # the best render now
    assert not book.offer(0, fresh, in_use=True)
    assert book.manifests[0] == old and book.pending == {0: fresh}
    assert book.apply_pending() == [old.folder]  # its stills can go
    assert book.manifests[0] == fresh and not book.pending
    assert not book.offer(0, fresh, in_use=False)  # nothing new


def test_a_slide_with_nothing_plays_its_first_step_made_alone_until_the_whole_render_lands(setup):
    deck, catalog, cache = setup
    book = SlideRenders(deck, catalog, cache, read_only=False)
    early = first_step_alone(cache, deck, catalog, 0)
    assert book.early(0, "preview", early, digest(deck, catalog, 0))
    assert book.video(Position(0, 0)) == early.folder / f"{STEPS[0]}.mp4"
    assert book.video(Position(0, 1)) is None and book.trouble(Position(0, 1)) is None  # still being prepared
    whole = write_render(deck, catalog, cache, 0)
    assert book.landed(0, "preview", digest(deck, catalog, 0)) == whole
    assert not book.offer(0, whole, in_use=True) and book.pending == {0: whole}  # step 1 plays on
    book.apply_pending()
    assert book.video(Position(0, 1)) == whole.folder / f"{STEPS[1]}.mp4"
    assert early.folder.is_dir()  # the player may still hold it: removed when the presentation ends
    book.close()
    assert not early.folder.exists()


def test_a_first_step_is_not_wanted_once_the_slide_has_a_render_or_the_presentation_ended(setup):
    deck, catalog, cache = setup
    write_render(deck, catalog, cache, 0)
    book = SlideRenders(deck, catalog, cache, read_only=False)
    late = first_step_alone(cache, deck, catalog, 0)
    assert not book.early(0, "preview", late, digest(deck, catalog, 0)) and not late.folder.exists()
    book.close()
    after = first_step_alone(cache, deck, catalog, 1)
    assert not book.early(1, "preview", after, digest(deck, catalog, 1)) and not after.folder.exists()


def test_a_slide_whose_render_fails_after_its_first_step_is_broken_and_r_starts_it_over(setup):
    deck, catalog, cache = setup
    book = SlideRenders(deck, catalog, cache, read_only=False)
    early = first_step_alone(cache, deck, catalog, 0)
    book.early(0, "preview", early, digest(deck, catalog, 0))
    assert book.failed(0, "preview", "the scene crashed", digest(deck, catalog, 0))
    assert book.trouble(Position(0, 0)) == Trouble("failed", "the scene crashed")
    assert book.rerender(0) == early.folder and book.manifests[0] is None and not book.broken


def test_a_missing_or_damaged_video_is_noted_once_and_r_makes_the_slide_again(setup):
    deck, catalog, cache = setup
    manifest = write_render(deck, catalog, cache, 0)
    book = SlideRenders(deck, catalog, cache, read_only=False)
    manifest.video(STEPS[1]).unlink()
    assert not book.check_file(Position(0, 0))
    assert book.check_file(Position(0, 1)) and not book.check_file(Position(0, 1))
    assert book.trouble(Position(0, 1)) == Trouble("missing") and book.trouble(Position(0, 0)) is None
    assert book.damage(manifest.video(STEPS[0]), "no video stream") == 0
    assert book.damage(manifest.video(STEPS[0]), "again") is None
    assert book.damage(cache.root / "elsewhere.mp4") is None  # not a video of this deck
    assert [note.file for note in book.notes] == [f"{STEPS[1]}.mp4", f"{STEPS[0]}.mp4"]
    assert book.rerender(0) == manifest.folder
    assert not book.damaged and book.manifests[0] is None and not manifest.folder.exists()  # discarded
    assert (0, "preview") in book.jobs()


def test_a_read_only_cache_prepares_nothing_and_says_which_slides_once(setup):
    deck, catalog, cache = setup
    write_render(deck, catalog, cache, 1)
    book = SlideRenders(deck, catalog, cache, read_only=True)
    assert book.jobs() == {} and book.jobs() == {}
    assert book.broken == {0: Trouble("read-only"), 2: Trouble("read-only")}
    assert book.notes == [Note(Trouble("read-only"), (0, 2))]
    assert book.trouble(Position(1, 0)) is None


def test_a_reshaped_deck_starts_over_from_the_cache(setup, tmp_path):
    deck, catalog, cache = setup
    write_render(deck, catalog, cache, 0)
    book = SlideRenders(deck, catalog, cache, read_only=False)
    book.failed(1, "preview", "boom", digest(deck, catalog, 1))
    path = tmp_path / "two.yaml"
    path.write_text(deck_text(2))
    shorter = load_deck(path, catalog)
    book.reload(shorter, catalog, reshaped=True)
    assert len(book.manifests) == 2 and book.manifests[0] is not None and not book.broken
    assert (1, "preview") in book.jobs()  # its failed key is forgotten


def test_the_renderer_reports_the_first_step_alone_before_the_whole_slide(setup, monkeypatch):
    deck, catalog, cache = setup
    calls, events = [], []

    def render_part(self, slide, index):  # stands in for the scenes.worker subprocess
        part = slide.staging / f"part-{index}"
        part.mkdir()
        sections = []
        for step in slide.parts[index]:
            write_video(part / f"{step}.mp4", [(200, 10, 10)] * 3)
            sections.append(
                {"name": step, "video": f"{step}.mp4", "duration": "0.15", "nb_frames": "3"}
                | {"width": 160, "height": 90, "avg_frame_rate": "20/1"}
            )
        (part / "sections.json").write_text(json.dumps(sections))
        calls.append(slide.parts[index])

    monkeypatch.setattr(Renderer, "_render_part", render_part)
    job = plan([deck], catalog, "preview")[0]
    Renderer(cache, jobs=2).run([job], lambda event, job, result: events.append(event))
    assert set(calls) == {STEPS[:2], STEPS[2:]} and events == ["start", "done"]  # balanced halves
    calls.clear()
    events.clear()
    other = RenderCache(cache.root.parent / "other")
    early = replace(job, first_step_first=True)
    Renderer(other, jobs=2).run([early], lambda event, job, result: events.append((event, result)))
    assert set(calls) == {STEPS[:1], STEPS[1:]}
    assert [event for event, _ in events] == ["start", "early", "done"]
    first, whole = events[1][1].manifest, events[2][1].manifest
    assert first.step_ids == STEPS[:1] and whole.step_ids == STEPS and first.key == whole.key
    assert first.folder.parent == other.root / ".staging" and first.video(STEPS[0]).is_file()  # kept
    assert Manifest.read(first.folder) == first and other.find(early.key) == whole
