"""The one look every scene shares: palette, typeface and text sizes.

Plain data, no Manim import, so tests and the presenter can read it.
Colours are Okabe–Ito (safe for the common colour-vision deficiencies) on a
dark navy ground; every colour in TEXT_COLOURS has a contrast of at least
4.5:1 against BACKGROUND (checked by tests/test_look.py).
"""

from __future__ import annotations

from pathlib import Path

BACKGROUND = "#0B1726"
TEXT = "#F4F6FA"
TEXT_SOFT = "#C8D2DE"

# Okabe–Ito palette
ORANGE = "#E69F00"
SKY_BLUE = "#56B4E9"
GREEN = "#009E73"
YELLOW = "#F0E442"
BLUE = "#0072B2"
VERMILLION = "#D55E00"
PURPLE = "#CC79A7"

# Roles, so scenes say what a colour means rather than which colour it is.
MEMBRANE = "#3A5470"
RECEPTOR = SKY_BLUE
ENDORPHIN = ORANGE
DOPAMINE = YELLOW
NEURON = "#2B4A6B"
ACTIVE = YELLOW

MINT = "#3FC3A0"  # a lighter bluish green, for text (Okabe–Ito green is 5.3:1)

TEXT_COLOURS = (TEXT, TEXT_SOFT, ORANGE, SKY_BLUE, YELLOW, PURPLE, MINT, GREEN, VERMILLION)

FONT_FAMILY = "Atkinson Hyperlegible"

# Manim font sizes (48 is Manim's default). On a 1080p frame a size of 36 is
# about 4% of the picture height: readable from 2 m on a 13-inch laptop.
TITLE_SIZE = 54
LARGE_SIZE = 48  # a summary's few points, read from across the room
LABEL_SIZE = 40
SMALL_SIZE = 36
MIN_TEXT_SIZE = 36


def font_files() -> list[Path]:
    """The typeface's TTF files, shipped by a Python package (never fetched)."""
    import fontpkg_atkinson_hyperlegible as font

    return sorted((font.ROOT / "files").glob("*.ttf"))


def relative_luminance(hex_colour: str) -> float:
    """WCAG 2.x relative luminance of a ``#RRGGBB`` colour."""
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(a: str, b: str) -> float:
    """WCAG contrast ratio between two colours (1 to 21)."""
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)
