"""Stills: the last frame of every step as PNG, and one contact sheet to review a deck."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from presenter.deck.model import Deck
from presenter.export.frames import last_frame
from presenter.render.manifest import Manifest
from scenes import look

THUMB = (480, 270)
GAP = 24
CAPTION = 30  # px of type under each thumbnail


@dataclass(frozen=True)
class Still:
    slide_index: int
    slide_id: str
    step_id: str
    path: Path


def _font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    name = "AtkinsonHyperlegible-Bold.ttf" if bold else "AtkinsonHyperlegible-Regular.ttf"
    file = next(f for f in look.font_files() if f.name == name)
    return ImageFont.truetype(str(file), size)


def write_stills(
    deck: Deck, manifests: Sequence[Manifest | None], out: Path, slides: Sequence[int] | None = None
) -> list[Still]:
    """Write ``NN-slide--MM-step.png`` for every step's last frame into ``out``.

    ``manifests`` lines up with ``deck.slides``; ``slides`` (0-based) picks some.
    """
    out.mkdir(parents=True, exist_ok=True)
    stills = []
    for index in range(len(deck.slides)) if slides is None else slides:
        s_index, slide, manifest = index + 1, deck.slides[index], manifests[index]
        assert manifest is not None, f"slide {slide.id} has no render"
        for t_index, step in enumerate(slide.steps, start=1):
            path = out / f"{s_index:02d}-{slide.id}--{t_index:02d}-{step.id}.png"
            last_frame(manifest.video(step.id)).save(path)
            stills.append(Still(s_index, slide.id, step.id, path))
    return stills


def contact_sheet(deck: Deck, stills: Sequence[Still], out: Path) -> Path:
    """One image: every step's last frame in order, a row per slide, labelled."""
    rows: dict[int, list[Still]] = {}
    for still in stills:
        rows.setdefault(still.slide_index, []).append(still)
    columns = max(len(row) for row in rows.values())
    title_h, row_title_h = 90, 52
    width = GAP + columns * (THUMB[0] + GAP)
    row_h = row_title_h + THUMB[1] + CAPTION + GAP
    sheet = Image.new("RGB", (width, title_h + len(rows) * row_h), look.BACKGROUND)
    draw = ImageDraw.Draw(sheet)
    draw.text((GAP, 24), f"{deck.title}  ({deck.path.name}, {deck.language})", font=_font(40, True), fill=look.TEXT)
    small, label = _font(22), _font(28, True)
    y = title_h
    for index, row in sorted(rows.items()):
        slide = deck.slides[index - 1]
        draw.text((GAP, y + 10), f"{index}. {slide.title}  ·  {slide.id}  ·  {slide.scene}", font=label, fill=look.TEXT)
        for column, still in enumerate(row):
            x = GAP + column * (THUMB[0] + GAP)
            with Image.open(still.path) as image:
                thumb = image.convert("RGB").resize(THUMB, Image.Resampling.LANCZOS)
            sheet.paste(thumb, (x, y + row_title_h))
            draw.rectangle(
                (x - 1, y + row_title_h - 1, x + THUMB[0], y + row_title_h + THUMB[1]), outline=look.TEXT_SOFT
            )
            draw.text(
                (x, y + row_title_h + THUMB[1] + 6), f"{column + 1}. {still.step_id}", font=small, fill=look.TEXT_SOFT
            )
        y += row_h
    path = out / "contact-sheet.png"
    sheet.save(path)
    return path
