"""The offline HTML folder: self-contained, and working in headless Chromium from file://."""

from __future__ import annotations

import html
import json
import re
import shutil
import subprocess

import pytest

from presenter import cli

pytestmark = pytest.mark.render
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")

# Test-only: appended to a copy of the page; it waits for each video's data and each captions
# track, then writes what it found into the DOM for --dump-dom. The exported page has no script.
HARNESS = """
<script>
(async () => {
  const out = {videos: [], tracks: []};
  const videos = [...document.querySelectorAll('video')];
  await Promise.all(videos.map(v => new Promise(resolve => {
    const done = what => { out.videos.push({src: v.currentSrc.split('/').pop(), what, readyState: v.readyState,
      duration: v.duration, width: v.videoWidth, height: v.videoHeight, error: v.error && v.error.code});
      resolve(); };
    if (v.readyState >= 2) return done('ready');
    v.addEventListener('loadeddata', () => done('loadeddata'), {once: true});
    v.addEventListener('error', () => done('error'), {once: true});
    v.preload = 'auto'; v.load();
  })));
  const tracks = [...document.querySelectorAll('track')];
  await Promise.all(tracks.map(t => new Promise(resolve => {
    const done = what => { const cues = t.track.cues; out.tracks.push({what, mode: t.track.mode,
      cues: cues ? [...cues].map(c => [c.startTime, c.endTime, c.text]) : null}); resolve(); };
    if (t.readyState === 2) return done('loaded');
    if (t.readyState === 3) return done('error');
    t.addEventListener('load', () => done('load'), {once: true});
    t.addEventListener('error', () => done('error'), {once: true});
  })));
  await document.fonts.ready;
  out.fonts = [...document.fonts].map(f => f.family + ' ' + f.weight + ' ' + f.status);
  const v = videos[0];
  try { v.muted = true; await v.play(); await new Promise(r => setTimeout(r, 1500));
        out.played = v.currentTime; v.pause(); }
  catch (e) { out.played = 'error ' + e; }
  document.body.setAttribute('data-check', JSON.stringify(out));
})();
</script>
"""


@pytest.fixture(scope="module")
def site(builtin_preview, tmp_path_factory):
    cache, summary = builtin_preview
    deck = next(r.job.deck for r in summary.results if r.job.deck.name == "opioids")
    out = tmp_path_factory.mktemp("html") / "web"
    assert (
        cli.main(
            [
                "export",
                "opioids",
                "--to",
                "html",
                "--out",
                str(out),
                "--slides",
                "1",
                "--quality",
                "preview",
                "--cache",
                str(cache),
            ]
        )
        == 0
    )
    return out, deck


def test_folder_is_self_contained_and_patient_facing(site):
    out, deck = site
    page = (out / "index.html").read_text(encoding="utf-8")
    assert not re.search(r"https?://", page, re.IGNORECASE), "no network addresses"
    assert not re.search(r"<script|@import|<link", page, re.IGNORECASE)
    for target in re.findall(r'(?:src|href|poster)="([^"]+)"', page):
        if target.startswith(("#", "data:")):
            continue
        assert (out / target).is_file(), f"{target} is missing from the folder"
    for url in re.findall(r'url\("([^"]+)"\)', page):
        assert (out / url).is_file()
    assert '<track kind="captions"' in page and 'src="data:text/vtt' in page
    slide = deck.slides[0]
    assert f"<h1>{html.escape(deck.title)}</h1>" in page
    for step in slide.steps:
        assert html.escape(" ".join(step.narration.split()), quote=True) in page
    for key in slide.references:
        assert html.escape(deck.references[key], quote=True) in page
    assert " ".join(slide.notes.split())[:60] not in page, "clinician notes stay out"
    assert (out / "fonts" / "LICENSE.txt").is_file()
    assert (out / "videos" / "01-keys-and-locks.vtt").read_text(encoding="utf-8").startswith("WEBVTT")


@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed (./run.sh test installs it)")
def test_page_loads_videos_play_and_captions_load_in_headless_chromium(site, tmp_path):
    out, deck = site
    check = out / "_check.html"
    check.write_text(
        (out / "index.html").read_text(encoding="utf-8").replace("</body>", HARNESS + "</body>"), encoding="utf-8"
    )
    try:
        run = subprocess.run(
            [
                CHROMIUM,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--mute-audio",
                f"--user-data-dir={tmp_path / 'profile'}",
                "--virtual-time-budget=30000",
                "--dump-dom",
                check.as_uri(),
            ],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    finally:
        check.unlink()
    found = re.search(r'data-check="([^"]*)"', run.stdout)
    assert found, f"the page did not finish loading: {run.stderr[-2000:]}"
    result = json.loads(html.unescape(found.group(1)))
    slide = deck.slides[0]
    [video] = result["videos"]
    assert video["error"] is None and video["what"] in ("ready", "loadeddata")
    assert video["readyState"] >= 2 and (video["width"], video["height"]) == (1920, 1080)
    assert video["src"] == "01-keys-and-locks.mp4"
    assert isinstance(result["played"], float) and result["played"] > 0.5, result["played"]
    [track] = result["tracks"]
    assert track["what"] in ("load", "loaded") and track["mode"] == "showing"
    assert [cue[2] for cue in track["cues"]] == [" ".join(s.on_screen_text.split()) for s in slide.steps]
    assert track["cues"][0][0] == 0 and track["cues"][-1][1] == pytest.approx(video["duration"], abs=0.05)
    assert sorted(result["fonts"]) == ["Atkinson Hyperlegible 400 loaded", "Atkinson Hyperlegible 700 loaded"]
