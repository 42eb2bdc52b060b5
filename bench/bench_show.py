"""Fresh cache to first animated frame in `presenter show` (target ≤ 15 s).

Starts the presenter on a deck (default: the first built-in deck) with an empty render cache
and measures, from the start of this process, the time until the first video
frame is on screen (the background preview render of slide 1 included).
Run under a display, or headless: QT_QPA_PLATFORM=offscreen.
"""

from __future__ import annotations

import time

STARTED = time.perf_counter()

import shutil  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
from pathlib import Path  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QTimer  # noqa: E402

from presenter import paths  # noqa: E402
from presenter.app.main import application, open_show  # noqa: E402
from presenter.settings import Settings  # noqa: E402


def main() -> None:
    cache = Path(tempfile.mkdtemp(prefix="bench-show-"))
    app = application()
    deck = paths.resolve_deck(sys.argv[1]) if len(sys.argv) > 1 else paths.default_deck()
    show = open_show(deck, cache, Settings(), watch=False)
    assert show is not None
    show.place()
    result: dict[str, float] = {}

    def poll() -> None:
        if not show.presentation.picture.image.isNull():  # the first frame is on screen
            result["first_frame"] = time.perf_counter() - STARTED
            show.end()
            app.quit()
        elif time.perf_counter() - STARTED > 120:
            show.end()
            app.quit()
        else:
            QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)
    app.exec()
    shutil.rmtree(cache, ignore_errors=True)
    if "first_frame" not in result:
        sys.exit("no frame within 120 s")
    print(f"fresh cache to first animated frame in presenter show: {result['first_frame']:.1f} s (target <= 15 s)")


if __name__ == "__main__":
    main()
