"""Presenter benchmark at hd: key-to-frame latency, dropped frames, memory over 1000 advances.

    .venv/bin/python bench/bench_presenter.py [DECK] [--cache DIR] [--advances 100] [--soak 1000]

Render the deck at hd first (`presenter render DECK --quality hd`). Runs
headless on a virtual laptop screen plus a 1920×1080 projector, so the
audience view paints full-size frames as it would in a clinic.

- latency: from a Next key press to the first paint of the new step's
  picture in the audience view (p50, p95 over --advances presses, each
  after 0.4 s of the previous step, as a clinician talks over it).
- dropped frames: every step of the deck played to its end at 1×; frames
  the media backend delivered and frames the audience view painted,
  against the frames in each video.
- memory: resident set size after a warm-up and after --soak advances.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from presenter.app.headless import NoRenders, use_clinic_screens  # noqa: E402

use_clinic_screens()

from PySide6.QtCore import QEventLoop, Qt, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402

from presenter import paths  # noqa: E402
from presenter.app.main import application  # noqa: E402
from presenter.app.presentation import Presentation  # noqa: E402
from presenter.app.show import Show  # noqa: E402
from presenter.catalog import load_catalog  # noqa: E402
from presenter.deck.check import load_deck  # noqa: E402
from presenter.navigation import Phase  # noqa: E402
from presenter.render.cache import RenderCache  # noqa: E402
from presenter.settings import Settings  # noqa: E402


def spin(seconds: float) -> None:
    """Run the event loop for a while."""
    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()


def spin_until(condition, timeout: float = 30.0) -> bool:
    end = time.perf_counter() + timeout
    loop = QEventLoop()
    while not condition():
        if time.perf_counter() > end:
            return False
        QTimer.singleShot(1, loop.quit)
        loop.exec()
    return True


def rss_mb() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("deck", nargs="?", default="opioids")
    parser.add_argument("--cache", type=Path, default=paths.default_cache_dir())
    parser.add_argument("--advances", type=int, default=100)
    parser.add_argument("--soak", type=int, default=1000)
    args = parser.parse_args()

    app = application()
    deck = load_deck(paths.resolve_deck(args.deck))
    presentation = Presentation(deck, load_catalog(), RenderCache(args.cache), NoRenders())
    qualities = {m.quality if m else None for m in presentation.manifests}
    if qualities != {"hd"}:
        print(
            f"{args.deck} is not fully rendered at hd in {args.cache} (found {qualities}); run "
            f"`presenter render {args.deck} --quality hd --cache {args.cache}` first.",
            file=sys.stderr,
        )
        return 1
    show = Show(presentation, Settings())
    show.place()
    view, nav = show.audience.view, presentation.navigator
    spin_until(lambda: nav.phase is Phase.HELD)
    print(
        f"{deck.title}: {len(deck.slides)} slides, {sum(len(s.steps) for s in deck.slides)} steps at hd; "
        f"audience view {view.width()}×{view.height()} on {show.audience_screen()}"
    )

    # 1. key press → first new picture painted in the audience view
    painted_at: list[float] = []
    paint = view.paintEvent

    def timed_paint(event) -> None:  # noqa: ANN001
        paint(event)
        painted_at.append(time.perf_counter())

    view.paintEvent = timed_paint
    counts = {"delivered": 0, "painted": 0}
    presentation.picture.changed.connect(lambda: counts.__setitem__("delivered", counts["delivered"] + 1))
    view.frame_painted.connect(lambda: counts.__setitem__("painted", counts["painted"] + 1))
    latencies: list[float] = []
    for _ in range(args.advances):
        if nav.at_end:
            presentation.first()
            spin(0.4)
        spin(0.4)
        painted, delivered = counts["painted"], counts["delivered"]
        start = time.perf_counter()
        QTest.keyClick(show.presenter, Qt.Key.Key_Right)
        spin_until(lambda: counts["delivered"] > delivered and counts["painted"] > painted, 5)
        first_paint = next(t for t in painted_at if t >= start)
        latencies.append((first_paint - start) * 1000)
    latencies.sort()
    p95 = latencies[max(0, round(0.95 * len(latencies)) - 1)]
    print(
        f"key to frame: p50 {statistics.median(latencies):.1f} ms, p95 {p95:.1f} ms, "
        f"max {latencies[-1]:.1f} ms over {len(latencies)} advances (target p95 ≤ 20 ms)"
    )

    # 2. every step played to its end: frames delivered and painted vs frames in the file
    presentation.first()
    expected = delivered_total = painted_total = 0
    worst = (0, "")
    while True:
        position = nav.position
        manifest = presentation.manifests[position.slide]
        step = deck.slides[position.slide].steps[position.step]
        frames = next(v.frames for v in manifest.steps if v.step == step.id)
        painted, delivered = counts["painted"], counts["delivered"]
        spin_until(lambda: nav.phase is Phase.HELD, 120)
        spin(0.05)
        got, shown = counts["delivered"] - delivered, counts["painted"] - painted
        expected += frames
        delivered_total += min(got, frames)
        painted_total += min(shown, frames)
        if frames - min(shown, frames) > worst[0]:
            worst = (frames - min(shown, frames), f"{deck.slides[position.slide].id}/{step.id}")
        if nav.at_end:
            break
        presentation.next()
    print(
        f"full deck at 1×: {expected} frames; delivered {delivered_total} "
        f"({expected - delivered_total} dropped by the backend), painted {painted_total} "
        f"({expected - painted_total} not painted; worst step {worst[1] or '-'}: {worst[0]})"
    )

    # 3. memory over many advances
    presentation.first()
    for _ in range(50):
        presentation.next() if not nav.at_end else presentation.first()
        spin(0.03)
    before = rss_mb()
    started = time.perf_counter()
    for _ in range(args.soak):
        presentation.next() if not nav.at_end else presentation.first()
        spin(0.03)
    spin(1)
    after = rss_mb()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"memory: {before:.0f} MB after warm-up, {after:.0f} MB after {args.soak} advances "
        f"({(after - before) / before * 100:+.1f}%, target ≤ +10%); peak {peak:.0f} MB; "
        f"{time.perf_counter() - started:.0f} s"
    )
    show.end()
    return 0


if __name__ == "__main__":
    sys.exit(main())
