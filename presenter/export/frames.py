"""Frames of step videos as Pillow images, for the exports (decoded by presenter.render.frames)."""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from presenter.render.frames import decode_frame


def last_frame(video: Path) -> Image.Image:
    """The video's final frame; DamagedVideo (presenter.render.manifest) names a file that cannot be decoded."""
    return decode_frame(video, "last").to_image()  # type: ignore[no-any-return]
