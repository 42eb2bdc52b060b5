"""An offline web page for patients: one folder, opened from disk in any browser.

``index.html`` (inline CSS, no script, no network address), ``videos/`` with
one MP4 per slide (the full picture, no burned band: the page's captions
track shows the words), its WebVTT file and a poster (the slide's finished
picture), ``fonts/`` with the typeface and
its licence. Each video's track is also inlined as a ``data:`` URL, because
browsers refuse to load a track from a ``file://`` page's folder (they treat
every local file as its own origin); the .vtt files stay for other players.
Clinician notes are never included.
"""

from __future__ import annotations

import base64
import html
import shutil
from collections.abc import Sequence
from pathlib import Path

from PIL import Image

from presenter.deck.model import Deck
from presenter.export.captions import vtt_text
from presenter.export.frames import last_frame
from presenter.export.slides import export_slide_videos
from presenter.export.video import Progress
from presenter.export.words import words
from presenter.render.manifest import Manifest
from scenes import look

FONT_FILES = ("AtkinsonHyperlegible-Regular.ttf", "AtkinsonHyperlegible-Bold.ttf")

CSS = (
    """
@font-face { font-family: "Atkinson Hyperlegible"; font-weight: 400;
  src: url("fonts/AtkinsonHyperlegible-Regular.ttf") format("truetype"); }
@font-face { font-family: "Atkinson Hyperlegible"; font-weight: 700;
  src: url("fonts/AtkinsonHyperlegible-Bold.ttf") format("truetype"); }
:root { --ink: #0B1726; --soft: #3A4A5E; --paper: #F7F8FB; --accent: #0072B2; --line: #C8D2DE; }
* { box-sizing: border-box; }
body { margin: 0; background: var(--paper); color: var(--ink);
  font: 1.25rem/1.6 "Atkinson Hyperlegible", Verdana, sans-serif; }
main, header, footer { max-width: 60rem; margin: 0 auto; padding: 0 1.25rem; }
header { padding-top: 2rem; }
h1 { font-size: 2.4rem; line-height: 1.2; margin: 0 0 .5rem; }
h2 { font-size: 1.8rem; line-height: 1.25; margin: 0 0 1rem; }
h3 { font-size: 1.3rem; margin: 1.5rem 0 .5rem; }
a { color: var(--accent); }
.intro { color: var(--soft); }
nav ol { padding-left: 1.5rem; }
section { border-top: 2px solid var(--line); padding: 2rem 0; }
video { display: block; width: 100%; height: auto; aspect-ratio: 16 / 9;
  background: """
    + look.BACKGROUND
    + """; border-radius: .5rem; }
ol.steps { padding-left: 1.5rem; margin-top: 1.25rem; }
ol.steps li { margin-bottom: .75rem; }
.caption { font-weight: 700; display: block; }
details { margin-top: 1rem; color: var(--soft); font-size: 1rem; }
summary { cursor: pointer; font-weight: 700; }
dl dt { font-weight: 700; margin-top: .75rem; }
dl dd { margin-left: 0; }
footer { color: var(--soft); font-size: 1rem; padding-bottom: 3rem; }
"""
)


def _e(text: str) -> str:
    return html.escape(" ".join(text.split()), quote=True)


def _data_url(vtt: str) -> str:
    return "data:text/vtt;charset=utf-8;base64," + base64.b64encode(vtt.encode("utf-8")).decode("ascii")


def _copy_fonts(out: Path) -> None:
    fonts = out / "fonts"
    fonts.mkdir(parents=True, exist_ok=True)
    files = {f.name: f for f in look.font_files()}
    for name in FONT_FILES:
        shutil.copyfile(files[name], fonts / name)
    licence = files[FONT_FILES[0]].parent.parent / "LICENSE"
    if licence.is_file():
        shutil.copyfile(licence, fonts / "LICENSE.txt")


def page_html(deck: Deck, chosen: Sequence[int], videos: Sequence[Path], vtts: Sequence[str]) -> str:
    """The index page: title, contents, per slide its video, words and sources, then the glossary."""
    say = words(deck.language)
    parts = [
        "<!doctype html>",
        f'<html lang="{_e(deck.language)}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(deck.title)}</title>",
        f"<style>{CSS}</style>",
        "</head>",
        "<body>",
        "<header>",
        f"<h1>{_e(deck.title)}</h1>",
        f'<p class="intro">{_e(say["page_intro"])}</p>',
        "<nav><ol>",
    ]
    parts += [f'<li><a href="#{_e(deck.slides[i].id)}">{_e(deck.slides[i].title)}</a></li>' for i in chosen]
    parts += ["</ol></nav>", "</header>", "<main>"]
    for number, (index, video, vtt) in enumerate(zip(chosen, videos, vtts), start=1):
        slide = deck.slides[index]
        parts += [
            f'<section id="{_e(slide.id)}">',
            f"<h2>{number}. {_e(slide.title)}</h2>",
            (
                f'<video controls preload="metadata" width="1920" height="1080" '
                f'src="videos/{_e(video.name)}" poster="videos/{_e(video.with_suffix(".jpg").name)}" '
                f'aria-label="{_e(slide.title)}">'
            ),
            (
                f'<track kind="captions" srclang="{_e(deck.language)}" label="{_e(say["language"])}" '
                f'default src="{_data_url(vtt)}">'
            ),
            f'<a href="videos/{_e(video.name)}">{_e(say["download"])}</a>',
            "</video>",
            '<ol class="steps">',
        ]
        for step in slide.steps:
            caption = f'<span class="caption">{_e(step.caption)}</span>' if step.caption else ""
            parts.append(f"<li>{caption}{_e(step.narration)}</li>")
        parts.append("</ol>")
        cited = [deck.references[key] for key in slide.references if key in deck.references]
        if cited:
            parts += [f"<details><summary>{_e(say['sources'])} ({len(cited)})</summary><ol>"]
            parts += [f"<li>{_e(citation)}</li>" for citation in cited]
            parts += ["</ol></details>"]
        parts.append("</section>")
    if deck.glossary:
        parts += ['<section id="glossary">', f"<h2>{_e(say['glossary'])}</h2>", "<dl>"]
        for term, meaning in sorted(deck.glossary.items(), key=lambda item: item[0].lower()):
            parts += [f"<dt>{_e(term)}</dt>", f"<dd>{_e(meaning)}</dd>"]
        parts += ["</dl>", "</section>"]
    parts += [
        "</main>",
        f"<footer><p>{_e(say['page_footer'])}</p></footer>",
        "</body>",
        "</html>",
    ]
    return "\n".join(parts) + "\n"


def export_html(
    deck: Deck,
    manifests: Sequence[Manifest],
    out: Path,
    slides: Sequence[int] | None = None,
    progress: Progress | None = None,
) -> Path:
    """Write the offline folder ``out`` (index.html, videos/, fonts/); returns index.html."""
    chosen = list(range(len(deck.slides))) if slides is None else list(slides)
    out.mkdir(parents=True, exist_ok=True)
    exports = export_slide_videos(
        deck, manifests, out / "videos", chosen, with_band=False, captions=("vtt",), progress=progress
    )
    for slide_index, export in zip(chosen, exports):  # the slide's finished picture, before play
        last_step = deck.slides[slide_index].steps[-1].id
        poster = last_frame(manifests[slide_index].video(last_step)).convert("RGB")
        poster.resize((1280, 720), Image.Resampling.LANCZOS).save(export.video.with_suffix(".jpg"), quality=85)
    _copy_fonts(out)
    vtts = [vtt_text(export.timeline.cues()) for export in exports]
    index = out / "index.html"
    index.write_text(page_html(deck, chosen, [e.video for e in exports], vtts), encoding="utf-8")
    return index
