"""Exports without rendering: the hold rule, the timeline, captions files, the band, options."""

from __future__ import annotations

import html
import itertools
from pathlib import Path

import pysrt
import pytest
import webvtt

from presenter import cli
from presenter.deck.check import load_deck
from presenter.deck.model import Step
from presenter.export import band, timing
from presenter.export.captions import parse_formats, srt_text, vtt_text
from presenter.export.timing import Cue
from presenter.export.waiting_room import caption_problems
from presenter.export.words import WORDS
from presenter.paths import resolve_deck
from presenter.render.manifest import Manifest, StepVideo
from scenes import look


def fake_manifests(deck, seconds: float = 4.0, fps: float = 15.0) -> list[Manifest]:
    """Manifests with the deck's steps, each ``seconds`` long (no files needed for timing)."""
    return [
        Manifest(
            slide.scene,
            "preview",
            "k" * 20,
            tuple(StepVideo(s.id, f"{s.id}.mp4", seconds, round(seconds * fps), 854, 480, fps) for s in slide.steps),
            Path("/nowhere"),
        )
        for slide in deck.slides
    ]


@pytest.fixture(scope="module")
def opioids():
    return load_deck(resolve_deck("opioids"))


def test_hold_rule_reads_at_120_wpm_from_when_the_caption_appears():
    twenty_words = " ".join(["word"] * 20)  # 10 s at 120 words a minute
    assert timing.reading_seconds(twenty_words) == pytest.approx(10.0)
    assert timing.hold_seconds(Step("a", "n", caption=twenty_words), 4.0) == pytest.approx(6.0)
    assert timing.hold_seconds(Step("a", "n", caption=twenty_words), 9.0) == timing.MIN_HOLD
    assert timing.hold_seconds(Step("a", twenty_words), 0.0) == pytest.approx(10.0)  # narration
    assert timing.hold_seconds(Step("a", "n", caption="Short.", hold=12), 30.0) == 12.0
    assert timing.hold_seconds(Step("a", "n", hold=0), 1.0) == 0.0
    assert timing.word_count("Don't stop—it's 2.5 mg, ok?") == 6


def test_waiting_room_timeline_adds_up_within_half_a_frame(opioids):
    manifests = fake_manifests(opioids, seconds=4.0 + 1 / 45)
    line = timing.waiting_room_timeline(opioids, manifests, range(len(opioids.slides)))
    steps = [s for slide in opioids.slides for s in slide.steps]
    animation = sum(round((4.0 + 1 / 45) * 15) / 15 for _ in steps)
    holds = sum(timing.hold_seconds(s, round((4.0 + 1 / 45) * 15) / 15) for s in steps)
    message = timing.end_message(opioids, None)
    cards = (
        timing.TITLE_SECONDS
        + timing.end_card_seconds(message)
        + timing.FADE_IN_SECONDS
        + (len(opioids.slides) - 1) * timing.SLIDE_FADE_SECONDS
        + timing.END_FADE_SECONDS
        + timing.LOOP_FADE_SECONDS
    )
    assert abs(line.seconds - (animation + holds + cards)) <= 0.5 / timing.FPS
    kinds = [type(s).__name__ for s in line.segments]
    assert kinds[:3] == ["Card", "Fade", "StepClip"] and kinds[-3:] == ["Fade", "Card", "Fade"]
    starts = [s.start for s in line.segments]
    assert starts == sorted(starts) and line.segments[0].start == 0
    ends = [s.start + s.frames for s in line.segments]
    assert starts[1:] == ends[:-1] and ends[-1] == line.frames  # no gaps, no overlaps
    cues = line.cues()
    assert [c.text for c in cues] == [" ".join(s.on_screen_text.split()) for s in steps]
    assert all(a.end <= b.start for a, b in itertools.pairwise(cues))


def test_end_card_message_comes_from_the_option_then_the_deck_then_a_default(opioids):
    assert timing.end_message(opioids, "Ask  us\nanything.") == "Ask us anything."
    from dataclasses import replace

    assert timing.end_message(replace(opioids, end_card="From the deck."), None) == "From the deck."
    assert timing.end_message(replace(opioids, end_card=None), None) == WORDS["en"]["end_card"]
    spanish = replace(opioids, end_card=None, language="es-MX")
    assert timing.end_message(spanish, None) == WORDS["es"]["end_card"]


def test_every_language_has_every_export_word():
    for language, table in WORDS.items():
        assert table.keys() == WORDS["en"].keys(), language
        assert all(band.printable(text) == text for text in table.values()), language


def test_choose_slides_by_number_range_or_id(opioids):
    assert timing.choose_slides(opioids, None) == list(range(len(opioids.slides)))
    assert timing.choose_slides(opioids, "3,1") == [2, 0]
    assert timing.choose_slides(opioids, "2-3") == [1, 2]
    assert timing.choose_slides(opioids, "heroin-and-tolerance,1,1") == [1, 0]
    with pytest.raises(ValueError, match=f"slides 1 to {len(opioids.slides)}"):
        timing.choose_slides(opioids, str(len(opioids.slides) + 1))
    with pytest.raises(ValueError, match="keys-and-locks"):
        timing.choose_slides(opioids, "locks")


def test_srt_and_vtt_parse_with_real_parsers(tmp_path):
    cues = [
        Cue(6.0, 16.5, "Nerve cells have <tiny> locks & keys."),
        Cue(16.5, 3725.25, 'Dopamine says\n"do that again" --> now.'),
    ]
    (tmp_path / "a.srt").write_text(srt_text(cues), encoding="utf-8")
    (tmp_path / "a.vtt").write_text(vtt_text(cues), encoding="utf-8")
    srt = pysrt.open(str(tmp_path / "a.srt"), encoding="utf-8")
    assert [s.text for s in srt] == [cues[0].text, 'Dopamine says "do that again" → now.']
    assert srt[1].end.ordinal == 3725250 and srt[0].start.ordinal == 6000
    vtt = webvtt.read(str(tmp_path / "a.vtt"))
    assert [c.start for c in vtt] == ["00:00:06.000", "00:00:16.500"]
    assert vtt[1].end == "01:02:05.250"
    assert "<" not in vtt[0].text  # escaped in the file, as WebVTT requires
    assert html.unescape(vtt[0].text) == "Nerve cells have <tiny> locks & keys."
    assert parse_formats("vtt, SRT") == ["vtt", "srt"]
    with pytest.raises(ValueError, match="srt, vtt"):
        parse_formats("srt,ass")


def test_band_text_contrast_and_fit():
    assert look.contrast_ratio(look.TEXT, band.BAND_BACKGROUND) >= 4.5
    assert look.contrast_ratio(look.TEXT, look.BACKGROUND) >= 4.5  # title and end cards
    assert look.contrast_ratio(look.TEXT_SOFT, look.BACKGROUND) >= 4.5
    short = band.fit_caption("Endorphins are the body's own keys.")
    assert short.fits and short.lines == ("Endorphins are the body's own keys.",)
    assert short.size == band.CAPTION_SIZE
    longer = band.fit_caption(
        "In the brain's reward area, these switched-on locks lead to a release "
        "of dopamine, a signal that says do that again."
    )
    assert longer.fits and len(longer.lines) == 2
    too_long = band.fit_caption(" ".join(["dopamine"] * 60))
    assert not too_long.fits and len(too_long.lines) == 2 and too_long.lines[-1].endswith("…")
    assert too_long.size == band.CAPTION_MIN_SIZE
    for fitted in (longer, too_long):
        for line in fitted.lines:
            assert band.font(fitted.size).getlength(line) <= band.TEXT_WIDTH
    # the band sits below the picture: it can never cover the animation's labels
    x, y, w, h = band.SCENE_BOX
    assert band.BAND_TOP == y + h and w / h == pytest.approx(16 / 9) and x * 2 + w == band.WIDTH
    assert band.printable("β-endorphin and µ") == "beta-endorphin and µ"


def test_a_caption_too_long_for_the_band_is_reported_with_its_deck_line(tmp_path):
    deck_file = tmp_path / "long.yaml"
    text = resolve_deck("opioids").read_text(encoding="utf-8")
    long_caption = "This caption goes on and on " * 8
    deck_file.write_text(
        text.replace("caption: Endorphins are the body's own keys.", f"caption: {long_caption}"), encoding="utf-8"
    )
    deck = load_deck(deck_file)
    line = timing.waiting_room_timeline(deck, fake_manifests(deck), [0])
    problems = caption_problems(deck, line)
    assert len(problems) == 1
    problem = problems[0]
    assert problem.field == "slides[0].steps[1].caption"
    assert deck_file.read_text().splitlines()[problem.line - 1].strip().startswith("caption: This caption")
    assert "two lines" in str(problem) and str(problem).startswith(f"{deck_file}:{problem.line}:")


@pytest.mark.parametrize(
    "argv, message",
    [
        (["--to", "waiting-room", "--out", "{tmp}"], "is a folder"),
        (["--to", "waiting-room", "--out", "{tmp}/loop.mov"], "end the name with .mp4"),
        (["--to", "handout", "--out", "{tmp}/h.png"], ".pdf"),
        (
            ["--to", "waiting-room", "--out", "{tmp}/a.mp4", "--slides", "7"],
            "slides 1 to 4",
        ),  # the opioids deck: 3 slides and its summary
        (["--to", "waiting-room", "--out", "{tmp}/a.mp4", "--captions", "ass"], "srt, vtt"),
        (["--to", "handout", "--out", "{tmp}/a.pdf", "--captions", "srt"], "--captions goes with"),
        (["--to", "waiting-room", "--out", "{tmp}/a.mp4", "--end-card", " "], "--end-card is empty"),
    ],
)
def test_export_options_are_checked_before_anything_renders(tmp_path, capsys, argv, message):
    args = ["export", "opioids", "--cache", str(tmp_path / "cache")]
    code = cli.main(args + [a.replace("{tmp}", str(tmp_path)) for a in argv])
    assert code == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err
    assert not (tmp_path / "cache").exists()  # nothing was rendered
