"""Cold start: Present with an empty render cache to the first animated frame (target ≤ 5 s).

    .venv/bin/python bench/bench_show.py [--runs N] [DECK ...]   (default: every built-in deck, 3 runs)

Each run is a fresh process (``--once DECK``) that opens `presenter show` on the deck with
an empty render cache; the time is from starting that process to the first video frame on
screen: the first step is rendered alone first, so this includes Python
and Qt starting, Manim starting in the worker and that step's render. Prints every run,
then the median and worst per deck, with the load average before and after.
Run under a display, or headless: QT_QPA_PLATFORM=offscreen.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TARGET = 5.0
LIMIT = 120.0


def once(deck_name: str, started: float) -> None:
    """One cold start in this process (started at wall-clock time ``started``): print the seconds to the first frame."""
    from PySide6.QtCore import QTimer

    from presenter import paths
    from presenter.app.main import application, open_show
    from presenter.settings import Settings

    cache = Path(tempfile.mkdtemp(prefix="bench-show-"))
    app = application()
    show = open_show(paths.resolve_deck(deck_name), cache, Settings(), watch=False)
    assert show is not None
    show.place()
    result: dict[str, float] = {}

    def poll() -> None:
        if not show.presentation.picture.image.isNull():  # the first frame is on screen
            result["first_frame"] = time.time() - started
        if "first_frame" in result or time.time() - started > LIMIT:
            show.end()
            app.quit()
        else:
            QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)
    app.exec()
    shutil.rmtree(cache, ignore_errors=True)
    if "first_frame" not in result:
        sys.exit(f"no frame within {LIMIT:.0f} s")
    print(f"{result['first_frame']:.2f}")


def load() -> str:
    return " ".join(f"{value:.1f}" for value in os.getloadavg())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("decks", nargs="*", default=["opioids", "depression", "overdose"])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--once", metavar="DECK", help=argparse.SUPPRESS)
    parser.add_argument("--since", type=float, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.once:
        once(args.once, args.since or time.time())
        return
    print(f"load average before: {load()}")
    for deck in args.decks:
        seconds = []
        for _ in range(args.runs):
            run = subprocess.run(
                [sys.executable, __file__, "--once", deck, "--since", repr(time.time())],
                capture_output=True,
                text=True,
                cwd=ROOT,
                check=False,
            )
            if run.returncode != 0:
                sys.exit(f"{deck}: {run.stderr.strip().splitlines()[-1] if run.stderr.strip() else run.returncode}")
            seconds.append(float(run.stdout.split()[-1]))
        runs = ", ".join(f"{s:.1f}" for s in seconds)
        print(
            f"{deck}: cold start to the first animated frame: median {statistics.median(seconds):.1f} s, "
            f"worst {max(seconds):.1f} s of {len(seconds)} runs ({runs}; target <= {TARGET:g} s)"
        )
    print(f"load average after: {load()}")


if __name__ == "__main__":
    main()
