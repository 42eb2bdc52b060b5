"""RenderKey: a digest of everything a slide's picture depends on, and nothing else.

Covered: the scene's source and the scenes/ modules it imports, the worker,
params and labels (with the scene's defaults filled in, so writing a default
out changes nothing), quality, Manim's version and the font files. Not
covered: narration, captions, notes, titles, references, step holds.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from functools import cache
import os
import sys
from typing import Any

from presenter.catalog import SceneSpec
from presenter.deck.model import Slide
from presenter.paths import SCENES_DIR

QUALITIES = ("preview", "hd")
KEY_FORMAT = 1


@cache
def manim_version() -> str:
    """Manim's installed version, from its dist-info folder (without importing it)."""
    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except OSError:
            continue
        for name in names:
            if name.startswith("manim-") and name.endswith(".dist-info"):
                return name.removeprefix("manim-").removesuffix(".dist-info")
    return "missing"


@cache
def font_digest() -> str:
    """SHA-256 over the shipped typeface files (read once per process)."""
    import fontpkg_atkinson_hyperlegible as font

    digest = hashlib.sha256()
    for file in sorted((font.ROOT / "files").glob("*.ttf")):
        digest.update(file.read_bytes())
    return digest.hexdigest()


@dataclass(frozen=True)
class RenderKey:
    """The identity of one slide's render at one quality."""

    scene: str
    quality: str
    digest: str
    inputs: str  # canonical JSON of what went into the digest

    @property
    def folder_name(self) -> str:
        return f"{self.scene}-{self.digest[:20]}"


def resolved_params(slide: Slide, spec: SceneSpec) -> dict[str, Any]:
    return {**spec.params, **slide.params}


def resolved_labels(slide: Slide, spec: SceneSpec) -> dict[str, str]:
    return {**spec.labels, **slide.labels}


def render_key(slide: Slide, spec: SceneSpec, quality: str) -> RenderKey:
    """The render key of a slide at a quality ('preview' or 'hd')."""
    if quality not in QUALITIES:
        raise ValueError(f"quality must be one of {QUALITIES}, not {quality!r}")
    worker = SCENES_DIR / "worker.py"
    inputs = {
        "format": KEY_FORMAT,
        "scene": spec.name,
        "source": spec.source_digest(),
        "worker": hashlib.sha256(worker.read_bytes()).hexdigest(),
        "params": resolved_params(slide, spec),
        "labels": resolved_labels(slide, spec),
        "quality": quality,
        "manim": manim_version(),
        "font": font_digest(),
    }
    canonical = json.dumps(inputs, sort_keys=True, separators=(",", ":"))
    return RenderKey(spec.name, quality, hashlib.sha256(canonical.encode()).hexdigest(), canonical)
