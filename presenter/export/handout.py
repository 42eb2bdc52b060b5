"""The take-home handout: a PDF made with Pillow, Letter or A4, printable in greyscale.

Pages: a title page (the slides, and room for the patient's questions), per
slide its key frames (each step's last frame) with the caption in bold and
the narration beside it in 16 pt type, a glossary page when the deck has one,
and a references page. Text is black on white; clinician notes are never
included. Pages are drawn at 200 dpi.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageDraw

from presenter.deck.model import Deck
from presenter.export.band import font, printable, wrap
from presenter.export.frames import last_frame
from presenter.export.words import words
from presenter.render.manifest import Manifest

DPI = 200
PAPERS = {"letter": (8.5, 11.0), "a4": (210 / 25.4, 297 / 25.4)}
INK = "#000000"
SOFT = "#3A3A3A"
RULE = "#8A8A8A"


def pt(points: float) -> int:
    """Points to pixels at the handout's resolution."""
    return round(points * DPI / 72)


BODY, HEADING, TITLE, SMALL = pt(16), pt(24), pt(34), pt(11)


@dataclass
class _Page:
    image: Image.Image
    draw: ImageDraw.ImageDraw
    y: int


class _Layout:
    """Pages with a cursor; a block that does not fit goes on a new page."""

    def __init__(self, paper: str, footer: str, say: dict[str, str]):
        self.say = say
        inches = PAPERS[paper]
        self.size = (round(inches[0] * DPI), round(inches[1] * DPI))
        self.margin = round(0.75 * DPI)
        self.width = self.size[0] - 2 * self.margin
        self.bottom = self.size[1] - self.margin - pt(20)
        self.footer = footer
        self.pages: list[_Page] = []

    def new_page(self) -> _Page:
        image = Image.new("RGB", self.size, "white")
        page = _Page(image, ImageDraw.Draw(image), self.margin)
        self.pages.append(page)
        return page

    @property
    def page(self) -> _Page:
        return self.pages[-1] if self.pages else self.new_page()

    def room(self, height: int) -> _Page:
        page = self.page
        if page.y + height > self.bottom and page.y > self.margin:
            page = self.new_page()
        return page

    def text(self, text: str, size: int, bold: bool = False, fill: str = INK, x: int | None = None,
             width: int | None = None, spacing: float = 1.4, after: int = 0) -> int:
        """Wrapped text at the cursor (moving to a new page first if it does not fit)."""
        face = font(size, bold)
        left = self.margin if x is None else x
        lines = wrap(text, face, width or self.width)
        page = self.room(round(len(lines) * size * spacing))
        for line in lines:
            page.draw.text((left, page.y), line, font=face, fill=fill)
            page.y += round(size * spacing)
        page.y += after
        return page.y

    def finish(self) -> list[Image.Image]:
        total = len(self.pages)
        face = font(SMALL)
        for number, page in enumerate(self.pages, start=1):
            y = self.size[1] - self.margin + pt(4)
            page.draw.line((self.margin, y - pt(6), self.size[0] - self.margin, y - pt(6)), fill=RULE,
                           width=2)
            page.draw.text((self.margin, y), printable(self.footer), font=face, fill=SOFT)
            label = self.say["page"].format(number=number, total=total)
            page.draw.text((self.size[0] - self.margin - face.getlength(label), y), label,
                           font=face, fill=SOFT)
        return [page.image for page in self.pages]


def _title_page(layout: _Layout, deck: Deck, chosen: Sequence[int]) -> None:
    page = layout.new_page()
    page.y += pt(60)
    layout.text(deck.title, TITLE, bold=True, spacing=1.2, after=pt(18))
    layout.text(layout.say["handout_intro"], BODY, fill=SOFT, after=pt(30))
    layout.text(layout.say["contents"], HEADING, bold=True, after=pt(8))
    for number, index in enumerate(chosen, start=1):
        layout.text(f"{number}.  {deck.slides[index].title}", BODY, after=pt(2))
    page = layout.page
    page.y += pt(40)
    layout.text(layout.say["questions"], HEADING, bold=True, after=pt(10))
    while page.y + pt(34) < layout.bottom - pt(10):
        page.y += pt(34)
        page.draw.line((layout.margin, page.y, layout.margin + layout.width, page.y), fill=RULE, width=2)


def _slide_pages(layout: _Layout, deck: Deck, number: int, index: int, manifest: Manifest) -> None:
    slide = deck.slides[index]
    layout.new_page()
    layout.text(f"{number}. {slide.title}", HEADING, bold=True, spacing=1.2, after=pt(14))
    thumb_w = round(layout.width * 0.42)
    thumb_h = round(thumb_w * 9 / 16)
    gap = pt(18)
    text_x = layout.margin + thumb_w + gap
    text_w = layout.width - thumb_w - gap
    for step_number, step in enumerate(slide.steps, start=1):
        caption_lines = wrap(f"{step_number}. {step.caption}", font(BODY, True), text_w) if step.caption else []
        body_lines = wrap(step.narration if caption_lines else f"{step_number}. {step.narration}",
                          font(BODY), text_w)
        text_h = round((len(caption_lines) + len(body_lines)) * BODY * 1.4) + (pt(6) if caption_lines else 0)
        page = layout.room(max(thumb_h, text_h) + pt(22))
        if page.y == layout.margin:
            layout.text(f"{number}. {slide.title} {layout.say['continued']}", HEADING, bold=True, spacing=1.2,
                        after=pt(14))
        top = page.y
        frame = last_frame(manifest.video(step.id)).convert("RGB")
        page.image.paste(frame.resize((thumb_w, thumb_h), Image.Resampling.LANCZOS), (layout.margin, top))
        page.draw.rectangle((layout.margin - 1, top - 1, layout.margin + thumb_w, top + thumb_h),
                            outline=RULE, width=2)
        y = top
        for line in caption_lines:
            page.draw.text((text_x, y), line, font=font(BODY, True), fill=INK)
            y += round(BODY * 1.4)
        y += pt(6) if caption_lines else 0
        for line in body_lines:
            page.draw.text((text_x, y), line, font=font(BODY), fill=INK)
            y += round(BODY * 1.4)
        page.y = max(top + thumb_h, y) + pt(22)


def _glossary_pages(layout: _Layout, deck: Deck) -> None:
    layout.new_page()
    layout.text(layout.say["glossary"], HEADING, bold=True, after=pt(14))
    for term, meaning in sorted(deck.glossary.items(), key=lambda item: item[0].lower()):
        layout.room(round(BODY * 1.4 * 3))
        layout.text(term, BODY, bold=True)
        layout.text(meaning, BODY, after=pt(10))


def cited_references(deck: Deck, chosen: Sequence[int]) -> list[str]:
    """Citations of the chosen slides' reference keys, in first-cited order."""
    keys = [key for index in chosen for key in deck.slides[index].references]
    return [deck.references[key] for key in dict.fromkeys(keys) if key in deck.references]


def _reference_pages(layout: _Layout, citations: Sequence[str]) -> None:
    layout.new_page()
    layout.text(layout.say["references"], HEADING, bold=True, after=pt(6))
    layout.text(layout.say["references_intro"], pt(12), fill=SOFT, after=pt(14))
    indent = pt(30)
    for number, citation in enumerate(citations, start=1):
        page = layout.room(pt(12) * 3)
        page.draw.text((layout.margin, page.y), f"{number}.", font=font(pt(12)), fill=INK)
        layout.text(citation, pt(12), x=layout.margin + indent, width=layout.width - indent,
                    spacing=1.35, after=pt(8))


def export_handout(deck: Deck, manifests: Sequence[Manifest], out: Path, paper: str = "letter",
                   slides: Sequence[int] | None = None) -> tuple[Path, int]:
    """Write the handout PDF to ``out``; returns (path, page count)."""
    if paper not in PAPERS:
        raise ValueError(f"--paper {paper}: use letter or a4.")
    chosen = list(range(len(deck.slides))) if slides is None else list(slides)
    layout = _Layout(paper, deck.title, words(deck.language))
    _title_page(layout, deck, chosen)
    for number, index in enumerate(chosen, start=1):
        _slide_pages(layout, deck, number, index, manifests[index])
    if deck.glossary:
        _glossary_pages(layout, deck)
    citations = cited_references(deck, chosen)
    if citations:
        _reference_pages(layout, citations)
    pages = layout.finish()
    out.parent.mkdir(parents=True, exist_ok=True)
    pages[0].save(out, "PDF", save_all=True, append_images=pages[1:], resolution=DPI, quality=90,
                  title=deck.title, author="Brain Explainer")
    return out, len(pages)
