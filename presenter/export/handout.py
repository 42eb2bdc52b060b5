"""The take-home handout: a real PDF made with fpdf2, Letter or A4, printable in greyscale.

Its text is text (selectable, searchable, read aloud by screen readers, sharp
at any zoom) in Atkinson Hyperlegible, embedded; characters the typeface
lacks (α, β, µ) print through Noto Sans. Pages: a title page (the slides, and
room for the patient's questions), per slide its key frames (each step's
last frame, as images) with the caption in bold and the narration beside it
in 16 pt type, a glossary page when the deck has one, and a references page.
Black on white; clinician notes are never included.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from fpdf import FPDF

from presenter.deck.model import Deck
from presenter.export.frames import last_frame
from presenter.export.words import words
from presenter.render.manifest import Manifest
from scenes import look

PAPERS = {"letter": "Letter", "a4": "A4"}
MARGIN = 54.0  # points (0.75 in)
BODY, HEADING, TITLE, SMALL, CITATION = 16.0, 24.0, 34.0, 11.0, 12.0
LINE = 1.4  # line height, times the type size
INK, SOFT, RULE = (0, 0, 0), (58, 58, 58), (138, 138, 138)
IMAGE_DPI = 200  # key frames are embedded at this resolution for their printed size
TYPEFACE, FALLBACK = "atkinson", "noto"


def _font_file(files: Sequence[Path], name: str) -> Path:
    return next(f for f in files if f.name == name)


def _fallback_file() -> Path:
    """Noto Sans (a variable font; used as it is, at its default weight)."""
    import fontpkg_noto_sans as noto

    files = sorted((Path(noto.ROOT) / "files").glob("NotoSans*.ttf"))
    upright = [f for f in files if "Italic" not in f.name]
    return (upright or files)[0]


class _Handout(FPDF):
    """Pages with the deck title and the page number in the footer."""

    def __init__(self, paper: str, footer_text: str, page_words: str):
        super().__init__(orientation="portrait", unit="pt", format=PAPERS[paper])
        self.footer_text = footer_text
        self.page_words = page_words
        self.set_margins(MARGIN, MARGIN, MARGIN)
        self.set_auto_page_break(True, margin=MARGIN + 20)
        files = look.font_files()
        self.add_font(TYPEFACE, "", str(_font_file(files, "AtkinsonHyperlegible-Regular.ttf")))
        self.add_font(TYPEFACE, "B", str(_font_file(files, "AtkinsonHyperlegible-Bold.ttf")))
        # Its default instance (regular) for both: making a bold instance takes fontTools ~15 s.
        self.add_font(FALLBACK, "", str(_fallback_file()))
        self.add_font(FALLBACK, "B", str(_fallback_file()))
        self.set_fallback_fonts([FALLBACK], exact_match=False)
        self.set_text_color(*INK)

    @property
    def width(self) -> float:
        return float(self.w - self.l_margin - self.r_margin)

    def footer(self) -> None:
        y = self.h - MARGIN + 4
        self.set_draw_color(*RULE)
        self.set_line_width(0.7)
        self.line(self.l_margin, y - 6, self.w - self.r_margin, y - 6)
        self.set_xy(self.l_margin, y)
        self.set_font(TYPEFACE, "", SMALL)
        self.set_text_color(*SOFT)
        self.cell(self.width / 2, SMALL * 1.3, self.footer_text)
        label = self.page_words.format(number=self.page_no(), total="{nb}")
        self.cell(self.width / 2, SMALL * 1.3, label, align="R")
        self.set_text_color(*INK)

    def text_block(
        self,
        text: str,
        size: float,
        bold: bool = False,
        colour: tuple[int, int, int] = INK,
        x: float | None = None,
        width: float | None = None,
        after: float = 0.0,
        spacing: float = LINE,
    ) -> None:
        """Wrapped text at the cursor; it continues on the next page when it does not fit."""
        self.set_font(TYPEFACE, "B" if bold else "", size)
        self.set_text_color(*colour)
        self.set_x(self.l_margin if x is None else x)
        self.multi_cell(width or self.width, size * spacing, text, align="L", new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(*INK)
        self.ln(after)

    def text_height(self, text: str, size: float, width: float, bold: bool = False) -> float:
        self.set_font(TYPEFACE, "B" if bold else "", size)
        lines = self.multi_cell(width, size * LINE, text, align="L", dry_run=True, output="LINES")
        assert isinstance(lines, list)
        return len(lines) * size * LINE

    @property
    def bottom(self) -> float:
        return float(self.h - self.b_margin)


def _title_page(pdf: _Handout, deck: Deck, chosen: Sequence[int], say: dict[str, str]) -> None:
    pdf.add_page()
    pdf.ln(60)
    pdf.text_block(deck.title, TITLE, bold=True, spacing=1.2, after=18)
    pdf.text_block(say["handout_intro"], BODY, colour=SOFT, after=30)
    pdf.text_block(say["contents"], HEADING, bold=True, after=8)
    for number, index in enumerate(chosen, start=1):
        pdf.text_block(f"{number}.  {deck.slides[index].title}", BODY, after=2)
    pdf.ln(40)
    pdf.text_block(say["questions"], HEADING, bold=True, after=10)
    pdf.set_draw_color(*RULE)
    pdf.set_line_width(0.7)
    y = pdf.get_y()
    while y + 34 < pdf.bottom - 10:
        y += 34
        pdf.line(pdf.l_margin, y, pdf.l_margin + pdf.width, y)


def _slide_pages(pdf: _Handout, deck: Deck, number: int, index: int, manifest: Manifest, say: dict[str, str]) -> None:
    slide = deck.slides[index]
    pdf.add_page()
    pdf.text_block(f"{number}. {slide.title}", HEADING, bold=True, spacing=1.2, after=14)
    thumb_w = round(pdf.width * 0.42)
    thumb_h = thumb_w * 9 / 16
    gap = 18.0
    text_x = pdf.l_margin + thumb_w + gap
    text_w = pdf.width - thumb_w - gap
    pixels = (round(thumb_w / 72 * IMAGE_DPI), round(thumb_h / 72 * IMAGE_DPI))
    for step_number, step in enumerate(slide.steps, start=1):
        caption = f"{step_number}. {step.caption}" if step.caption else ""
        narration = step.narration if caption else f"{step_number}. {step.narration}"
        text_h = (pdf.text_height(caption, BODY, text_w, bold=True) + 6 if caption else 0.0) + pdf.text_height(
            narration, BODY, text_w
        )
        if pdf.get_y() + max(thumb_h, text_h) > pdf.bottom:
            pdf.add_page()
            pdf.text_block(f"{number}. {slide.title} {say['continued']}", HEADING, bold=True, spacing=1.2, after=14)
        top = pdf.get_y()
        frame = last_frame(manifest.video(step.id)).convert("RGB").resize(pixels)
        pdf.image(frame, x=pdf.l_margin, y=top, w=thumb_w, h=thumb_h, alt_text=step.caption or step.narration)
        pdf.set_draw_color(*RULE)
        pdf.set_line_width(0.7)
        pdf.rect(pdf.l_margin - 0.5, top - 0.5, thumb_w + 1, thumb_h + 1)
        pdf.set_y(top)
        if caption:
            pdf.text_block(caption, BODY, bold=True, x=text_x, width=text_w, after=6)
        pdf.text_block(narration, BODY, x=text_x, width=text_w)
        pdf.set_y(max(top + thumb_h, pdf.get_y()) + 22)


def _glossary_pages(pdf: _Handout, deck: Deck, say: dict[str, str]) -> None:
    pdf.add_page()
    pdf.text_block(say["glossary"], HEADING, bold=True, after=14)
    for term, meaning in sorted(deck.glossary.items(), key=lambda item: item[0].lower()):
        if pdf.get_y() + BODY * LINE * 3 > pdf.bottom:
            pdf.add_page()
        pdf.text_block(term, BODY, bold=True)
        pdf.text_block(meaning, BODY, after=10)


def cited_references(deck: Deck, chosen: Sequence[int]) -> list[str]:
    """Citations of the chosen slides' reference keys, in first-cited order."""
    keys = [key for index in chosen for key in deck.slides[index].references]
    return [deck.references[key] for key in dict.fromkeys(keys) if key in deck.references]


def _reference_pages(pdf: _Handout, citations: Sequence[str], say: dict[str, str]) -> None:
    pdf.add_page()
    pdf.text_block(say["references"], HEADING, bold=True, after=6)
    pdf.text_block(say["references_intro"], CITATION, colour=SOFT, after=14)
    indent = 30.0
    for number, citation in enumerate(citations, start=1):
        if pdf.get_y() + CITATION * 4 > pdf.bottom:
            pdf.add_page()
        top = pdf.get_y()
        pdf.set_font(TYPEFACE, "", CITATION)
        pdf.set_xy(pdf.l_margin, top)
        pdf.cell(indent, CITATION * 1.35, f"{number}.")
        pdf.set_y(top)
        pdf.text_block(citation, CITATION, x=pdf.l_margin + indent, width=pdf.width - indent, spacing=1.35, after=8)


def export_handout(
    deck: Deck, manifests: Sequence[Manifest], out: Path, paper: str = "letter", slides: Sequence[int] | None = None
) -> tuple[Path, int]:
    """Write the handout PDF to ``out`` (beside it first, then renamed); returns (path, page count)."""
    if paper not in PAPERS:
        raise ValueError(f"--paper {paper}: use letter or a4.")
    chosen = list(range(len(deck.slides))) if slides is None else list(slides)
    say = words(deck.language)
    pdf = _Handout(paper, deck.title, say["page"])
    pdf.set_title(deck.title)
    pdf.set_author("Brain Explainer")
    pdf.set_lang(deck.language)
    _title_page(pdf, deck, chosen, say)
    for number, index in enumerate(chosen, start=1):
        _slide_pages(pdf, deck, number, index, manifests[index], say)
    if deck.glossary:
        _glossary_pages(pdf, deck, say)
    citations = cited_references(deck, chosen)
    if citations:
        _reference_pages(pdf, citations, say)
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_name(f".{out.name}.partial")
    try:
        pdf.output(str(partial))
        partial.replace(out)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return out, pdf.pages_count
