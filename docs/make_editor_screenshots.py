"""The README's editor screenshots: .venv/bin/python docs/make_editor_screenshots.py [CACHE]

Opens the editor on a copy of the opioids deck (in a temporary decks folder)
with one narration made too hard, so the inline grade and warning show, and
saves docs/editor-1366x768.png. Run it again with QT_SCALE_FACTOR=1.5 for
docs/editor-1920x1080-150.png (a 1920×1080 screen at 150%). Pictures come
from CACHE (render first: presenter render opioids); nothing is rendered here.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from presenter import paths  # noqa: E402
from presenter.app.editor import EditorWindow  # noqa: E402
from presenter.app.main import application  # noqa: E402
from presenter.library import DeckLibrary  # noqa: E402
from presenter.render.cache import RenderCache  # noqa: E402

DOCS = Path(__file__).resolve().parent
HARD = (
    "Opioid receptors, transmembrane proteins distributed throughout the central nervous system, "
    "mediate analgesia, euphoria and respiratory depression."
)


def main() -> None:
    app = application()
    scale = float(os.environ.get("QT_SCALE_FACTOR", "1") or 1)
    cache = RenderCache(Path(sys.argv[1]) if len(sys.argv) > 1 else paths.default_cache_dir())
    with tempfile.TemporaryDirectory() as folder:
        library = DeckLibrary(own_dir=Path(folder))
        copy = library.make_copy(paths.DECKS_DIR / "opioids.yaml", with_editions=False)
        window = EditorWindow(copy, cache, rerender=False)
        window.model.library = library
        window.resize(
            int(1366 / scale) if scale == 1 else int(1920 / scale),
            int(768 / scale) if scale == 1 else int(1080 / scale),
        )
        window.show()
        window.model.set("slides[0].steps[1].narration", HARD)
        window.slide_list.setCurrentRow(1)
        app.processEvents()
        step = next(box for box in window.fields if box.field == "slides[0].steps[1].narration")
        window.form_area.ensureWidgetVisible(step.problems, 0, 20)
        app.processEvents()
        name = "editor-1366x768.png" if scale == 1 else "editor-1920x1080-150.png"
        window.grab().save(str(DOCS / name))
        window.model.undo_stack.setClean()
        window.close()
        print(DOCS / name)


if __name__ == "__main__":
    main()
