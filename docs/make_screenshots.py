"""Regenerate the README's screenshots: .venv/bin/python docs/make_screenshots.py

Opens the presenter on the first built-in deck (rendering what is missing),
steps to the last step of the first slide, waits for it to hold, and saves
the window as docs/presenter.png. Works headless (QT_QPA_PLATFORM=offscreen).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QTimer  # noqa: E402

from presenter import paths  # noqa: E402
from presenter.app.main import application, open_window  # noqa: E402
from presenter.navigation import Phase  # noqa: E402

OUT = Path(__file__).resolve().parent / "presenter.png"


def main() -> None:
    app = application()
    window = open_window(paths.default_deck(), paths.default_cache_dir())
    assert window is not None
    window.resize(1440, 900)
    window.show()
    last_step = window.navigator.step_count(0) - 1

    def poll() -> None:
        nav = window.navigator
        if nav.phase is Phase.HELD and nav.position.step == last_step:
            QTimer.singleShot(300, lambda: (window.grab().save(str(OUT)), window.close(), app.quit()))
            return
        if nav.phase is not Phase.WAITING and nav.position.step < last_step:
            nav.go_to_slide(0)
            for _ in range(last_step):
                nav.next()
        QTimer.singleShot(100, poll)

    QTimer.singleShot(0, poll)
    app.exec()
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
