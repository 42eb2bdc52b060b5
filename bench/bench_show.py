"""Cold start: Present with an empty render cache to the first animated frame (target ≤ 5 s).

    .venv/bin/python bench/bench_show.py [--runs N] [--compare] [DECK ...]   (default: every built-in deck, 3 runs)

Each run is a fresh process (``--once DECK``) that opens `presenter show` on the deck with
an empty render cache; the time is from starting that process to the first video frame on
screen: the first step is rendered alone first, so this includes Python
and Qt starting, Manim starting in the worker and that step's render. Prints every run,
then the median and worst per deck, with the load average before and after. ``--compare``
alternates each run with one that waits for the whole first slide (as before the first step
was made alone), so that both are measured under the same load.
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


def once(deck_name: str, started: float, whole: bool) -> None:
    """One cold start in this process (started at wall-clock time ``started``): print the seconds to the first frame.

    ``whole``: no job asks for its first step alone (the first frame waits for the whole slide).
    """
    from dataclasses import replace

    from PySide6.QtCore import QTimer

    from presenter.slide_renders import SlideRenders

    if whole:
        jobs = SlideRenders.jobs
        SlideRenders.jobs = lambda self: {k: replace(j, first_step_first=False) for k, j in jobs(self).items()}  # type: ignore[method-assign]

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
    parser.add_argument("decks", nargs="*", default=["opioids", "depression", "treatment"])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--once", metavar="DECK", help=argparse.SUPPRESS)
    parser.add_argument("--since", type=float, help=argparse.SUPPRESS)
    parser.add_argument("--whole", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--compare", action="store_true", help="alternate with runs that wait for the whole slide")
    args = parser.parse_args()
    if args.once:
        once(args.once, args.since or time.time(), args.whole)
        return
    print(f"load average before: {load()}")
    modes = [False, True] if args.compare else [False]
    for deck in args.decks:
        seconds: dict[bool, list[float]] = {mode: [] for mode in modes}
        for _ in range(args.runs):
            for whole in modes:
                seconds[whole].append(run_once(deck, whole))
        for whole, figures in seconds.items():
            what = "waiting for the whole first slide" if whole else "cold start to the first animated frame"
            runs = ", ".join(f"{s:.1f}" for s in figures)
            print(
                f"{deck}: {what}: median {statistics.median(figures):.1f} s, worst {max(figures):.1f} s "
                f"of {len(figures)} runs ({runs}; target <= {TARGET:g} s)"
            )
    print(f"load average after: {load()}")


def run_once(deck: str, whole: bool) -> float:
    command = [sys.executable, __file__, "--once", deck, "--since", repr(time.time())] + (["--whole"] if whole else [])
    run = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, check=False)
    if run.returncode != 0:
        sys.exit(f"{deck}: {run.stderr.strip().splitlines()[-1] if run.stderr.strip() else run.returncode}")
    return float(run.stdout.split()[-1])


if __name__ == "__main__":
    main()
