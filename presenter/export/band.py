"""The burned-in caption band and the title and end cards, drawn with Pillow.

Layout of a 1920x1080 export frame: the scene is scaled to 80% (1536x864)
and sits at the top centre on the scene's own background; the band fills the
216 px below it. The band never overlaps the picture, so it can never cover
an animation's labels. Text is Atkinson Hyperlegible in ``look.TEXT`` on
``BAND_BACKGROUND`` (contrast checked by tests), at most two lines, shrunk
from ``CAPTION_SIZE`` down to ``CAPTION_MIN_SIZE`` before giving up.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from PIL import Image, ImageDraw, ImageFont

from scenes import look

WIDTH, HEIGHT = 1920, 1080
SCENE_BOX = (192, 0, 1536, 864)  # x, y, width, height: even numbers (4:2:0 chroma)
BAND_TOP = SCENE_BOX[1] + SCENE_BOX[3]
BAND_BACKGROUND = "#13253A"  # a shade lighter than the scene, so the band reads as one
BAND_RULE = look.MEMBRANE
TEXT_WIDTH = 1680
CAPTION_SIZE = 58
CAPTION_MIN_SIZE = 44
MAX_LINES = 2
LINE_SPACING = 1.22


@lru_cache(maxsize=64)
def font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    """Atkinson Hyperlegible at a pixel size, from the font package (never fetched)."""
    name = "AtkinsonHyperlegible-Bold.ttf" if bold else "AtkinsonHyperlegible-Regular.ttf"
    file = next(f for f in look.font_files() if f.name == name)
    return ImageFont.truetype(str(file), size)


@lru_cache(maxsize=1024)
def _has_glyph(char: str) -> bool:
    """Whether the typeface draws ``char`` (its mask differs from the missing-glyph box)."""
    face = font(40)

    def signature(c: str) -> tuple[tuple[int, int], bytes]:
        mask = face.getmask(c)
        return mask.size, bytes(mask)

    return char.isspace() or signature(char) != signature("\ue000")


def printable(text: str) -> str:
    """``text`` with characters the typeface lacks spelled out: β -> beta (Pillow has no fallback)."""
    out = []
    for char in text:
        if _has_glyph(char):
            out.append(char)
            continue
        name = unicodedata.name(char, "")
        if name.startswith("GREEK ") and " LETTER " in name:
            out.append(name.rsplit(" ", 1)[-1].lower())
        else:
            plain = unicodedata.normalize("NFKD", char).encode("ascii", "ignore").decode()
            out.append(plain or "?")
    return "".join(out)


def wrap(text: str, face: ImageFont.FreeTypeFont, width: int) -> list[str]:
    """Greedy word wrap to ``width`` pixels (a word longer than a line stays whole)."""
    lines: list[str] = []
    current = ""
    for word in printable(text).split():
        trial = f"{current} {word}".strip()
        if current and face.getlength(trial) > width:
            lines.append(current)
            current = word
        else:
            current = trial
    if current:
        lines.append(current)
    return lines


def _balanced_two(words: list[str], face: ImageFont.FreeTypeFont, width: int) -> list[str] | None:
    """The two-line split with the shortest longest line, or None when none fits."""
    best: tuple[float, list[str]] | None = None
    for cut in range(1, len(words)):
        lines = [" ".join(words[:cut]), " ".join(words[cut:])]
        longest = max(face.getlength(line) for line in lines)
        if longest <= width and (best is None or longest < best[0]):
            best = (longest, lines)
    return best[1] if best else None


@dataclass(frozen=True)
class FittedCaption:
    lines: tuple[str, ...]
    size: int
    fits: bool  # False: even at the smallest size it needed more than two lines (cut short)


@lru_cache(maxsize=256)
def fit_caption(text: str) -> FittedCaption:
    """The largest size (down to the floor) at which ``text`` takes at most two lines."""
    words = printable(text).split()
    for size in range(CAPTION_SIZE, CAPTION_MIN_SIZE - 1, -2):
        face = font(size)
        if face.getlength(" ".join(words)) <= TEXT_WIDTH:
            return FittedCaption((" ".join(words),), size, True)
        two = _balanced_two(words, face, TEXT_WIDTH)
        if two:
            return FittedCaption(tuple(two), size, True)
    face = font(CAPTION_MIN_SIZE)
    lines = wrap(text, face, TEXT_WIDTH)[:MAX_LINES]
    while face.getlength(lines[-1] + " …") > TEXT_WIDTH and " " in lines[-1]:
        lines[-1] = lines[-1].rsplit(" ", 1)[0]
    lines[-1] += " …"
    return FittedCaption(tuple(lines), CAPTION_MIN_SIZE, False)


def _draw_centred(
    draw: ImageDraw.ImageDraw,
    lines: tuple[str, ...] | list[str],
    face: ImageFont.FreeTypeFont,
    centre_y: float,
    fill: str,
    spacing: float,
) -> None:
    """Lines centred horizontally, the block centred on ``centre_y`` (by cap height)."""
    step = face.size * spacing
    cap = face.getbbox("H")
    cap_h = cap[3] - cap[1]
    top = centre_y - ((len(lines) - 1) * step + cap_h) / 2 - cap[1]
    for index, line in enumerate(printable(line) for line in lines):
        x = (WIDTH - face.getlength(line)) / 2
        draw.text((x, top + index * step), line, font=face, fill=fill)


def band_canvas(caption: str | None) -> Image.Image:
    """A full frame: scene background above, the caption band below (scene area left empty)."""
    canvas = Image.new("RGB", (WIDTH, HEIGHT), look.BACKGROUND)
    draw = ImageDraw.Draw(canvas)
    draw.rectangle((0, BAND_TOP, WIDTH, HEIGHT), fill=BAND_BACKGROUND)
    draw.rectangle((0, BAND_TOP, WIDTH, BAND_TOP + 3), fill=BAND_RULE)
    if caption:
        fitted = fit_caption(" ".join(caption.split()))
        _draw_centred(draw, fitted.lines, font(fitted.size), (BAND_TOP + 3 + HEIGHT) / 2, look.TEXT, LINE_SPACING)
    return canvas


def title_card(title: str, slide_titles: list[str]) -> Image.Image:
    """The deck's title, large, with the slide titles below as a short agenda; centred."""
    card = Image.new("RGB", (WIDTH, HEIGHT), look.BACKGROUND)
    draw = ImageDraw.Draw(card)
    big, agenda = font(104, bold=True), font(52)
    lines = wrap(title, big, 1600)
    shown = slide_titles[:6]
    title_h, agenda_h, gap = len(lines) * 104 * 1.15, len(shown) * 52 * 1.45, 60
    top = (HEIGHT - (title_h + gap + 6 + gap + agenda_h)) / 2
    _draw_centred(draw, lines, big, top + title_h / 2, look.TEXT, 1.15)
    rule = top + title_h + gap
    draw.rectangle((WIDTH / 2 - 120, rule, WIDTH / 2 + 120, rule + 6), fill=look.SKY_BLUE)
    _draw_centred(draw, shown, agenda, rule + 6 + gap + agenda_h / 2, look.TEXT_SOFT, 1.45)
    return card


def end_card(message: str, deck_title: str) -> Image.Image:
    """The clinic's message, large and centred, with the deck's title small above it."""
    card = Image.new("RGB", (WIDTH, HEIGHT), look.BACKGROUND)
    draw = ImageDraw.Draw(card)
    _draw_centred(draw, [printable(deck_title)], font(48), 300, look.TEXT_SOFT, 1.2)
    draw.rectangle((WIDTH / 2 - 120, 360, WIDTH / 2 + 120, 366), fill=look.SKY_BLUE)
    for size in (84, 76, 68, 60, 52):
        lines = wrap(message, font(size, bold=True), 1560)
        if len(lines) * size * 1.25 <= 520:
            break
    _draw_centred(draw, lines, font(size, bold=True), 660, look.TEXT, 1.25)
    return card
