"""Draw the application icon: assets/icons/brain-explainer.svg and PNGs at the freedesktop sizes.

A nerve cell (the scenes' colours) with a key-shaped signal on its lock, on the
scenes' dark background. Run: .venv/bin/python docs/make_icons.py
"""

from __future__ import annotations

import math
from pathlib import Path

from PIL import Image, ImageDraw

from scenes import look

ICONS = Path(__file__).resolve().parent.parent / "assets" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
VIEW = 256  # the drawing's own units
BRANCHES = [(a, 0.80 if i % 2 else 0.95) for i, a in enumerate(range(200, 520, 40))]  # degrees, reach


def branch_ends() -> list[tuple[float, float, float, float]]:
    """(x0, y0, x1, y1) of each branch, from the cell body's edge outwards."""
    centre, body = (128, 136), 46
    ends = []
    for angle, reach in BRANCHES:
        a = math.radians(angle)
        ends.append(
            (
                centre[0] + body * math.cos(a),
                centre[1] + body * math.sin(a),
                centre[0] + 104 * reach * math.cos(a),
                centre[1] + 104 * reach * math.sin(a),
            )
        )
    return ends


def svg() -> str:
    lines = "".join(
        f'  <line x1="{x0:.1f}" y1="{y0:.1f}" x2="{x1:.1f}" y2="{y1:.1f}"/>\n' for x0, y0, x1, y1 in branch_ends()
    )
    return f"""<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 256 256">
 <rect x="8" y="8" width="240" height="240" rx="48" fill="{look.BACKGROUND}"/>
 <g stroke="{look.SKY_BLUE}" stroke-width="14" stroke-linecap="round">
{lines} </g>
 <circle cx="128" cy="136" r="50" fill="{look.NEURON}" stroke="{look.SKY_BLUE}" stroke-width="10"/>
 <circle cx="128" cy="136" r="20" fill="{look.ORANGE}"/>
 <rect x="120" y="146" width="16" height="26" rx="4" fill="{look.ORANGE}"/>
</svg>
"""


def png(size: int) -> Image.Image:
    scale = 4 * size / VIEW  # drawn 4× larger, then reduced: smooth edges
    big = Image.new("RGBA", (4 * size, 4 * size), (0, 0, 0, 0))
    draw = ImageDraw.Draw(big)

    def s(*values: float) -> list[float]:
        return [v * scale for v in values]

    draw.rounded_rectangle(s(8, 8, 248, 248), radius=48 * scale, fill=look.BACKGROUND)
    for x0, y0, x1, y1 in branch_ends():
        draw.line(s(x0, y0, x1, y1), fill=look.SKY_BLUE, width=round(14 * scale))
        draw.ellipse(s(x1 - 7, y1 - 7, x1 + 7, y1 + 7), fill=look.SKY_BLUE)
    draw.ellipse(s(73, 81, 183, 191), fill=look.SKY_BLUE)
    draw.ellipse(s(83, 91, 173, 181), fill=look.NEURON)
    draw.ellipse(s(108, 116, 148, 156), fill=look.ORANGE)
    draw.rounded_rectangle(s(120, 146, 136, 172), radius=4 * scale, fill=look.ORANGE)
    return big.resize((size, size), Image.Resampling.LANCZOS)


if __name__ == "__main__":
    ICONS.mkdir(parents=True, exist_ok=True)
    (ICONS / "brain-explainer.svg").write_text(svg())
    for size in SIZES:
        png(size).save(ICONS / f"brain-explainer-{size}.png", optimize=True)
