"""Running the app without a real screen, for benchmarks and screenshots.

``use_clinic_screens()`` (call it before the QApplication exists) gives Qt's
offscreen platform a laptop screen and a 1920×1080 projector, as in a
clinic room; ``NoRenders`` stands in for the renderer so only what is
already in the cache is shown.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from presenter.render.runner import RenderSummary

CLINIC_SCREENS = {
    "screens": [
        {"name": "Laptop", "x": 0, "y": 0, "width": 1440, "height": 900, "logicalDpi": 96, "dpr": 1},
        {"name": "Projector", "x": 1440, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96, "dpr": 1},
    ]
}


def use_clinic_screens() -> None:
    """Without a display (and no platform chosen), use two virtual screens."""
    if os.environ.get("QT_QPA_PLATFORM") or os.environ.get("DISPLAY"):
        return
    config = Path(tempfile.mkdtemp(prefix="screens-")) / "screens.json"
    config.write_text(json.dumps(CLINIC_SCREENS))
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"


class NoRenders:
    """A renderer that renders nothing: show the cache as it is."""

    def run(self, jobs, listener=None) -> RenderSummary:  # noqa: ANN001
        return RenderSummary()

    def cancel(self) -> None:
        pass
