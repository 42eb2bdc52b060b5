"""Pause, resume and scrub at hd: key to picture frozen, key to moving again, a scrub to the new picture.

    .venv/bin/python bench/bench_playback.py [DECK] [--cache DIR] [--repeats 40]

Render the deck at hd first (`presenter render DECK --quality hd`); only its
hd slides are used. Headless on a virtual laptop screen plus a 1920×1080
projector, like bench_presenter.py; times run from the key press (or the
mouse move on the timeline) to the audience view's paint.

- K to frozen: until the last new frame is painted after the key (a frame
  the player had already decoded may still arrive).
- K to moving: until the first new frame is painted.
- scrub (J, L, Shift+L, a drag on the timeline): until the frame at the new
  position is painted in the audience view (its time within half a frame).
  A drag is five jumps to random places, or a steady drag forward (ten
  moves of 2% of the bar, a screen refresh apart); timed from its last move.
- leaving a paused step: Next key to the new step's first picture painted,
  and paints of an empty picture (blank frames) over those advances.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from presenter.app.headless import NoRenders, use_clinic_screens  # noqa: E402

use_clinic_screens()

from PySide6.QtCore import QPoint, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402

from bench.bench_presenter import spin, spin_until  # noqa: E402
from presenter import paths  # noqa: E402
from presenter.app.main import application  # noqa: E402
from presenter.app.presentation import Presentation  # noqa: E402
from presenter.app.show import Show  # noqa: E402
from presenter.catalog import load_catalog  # noqa: E402
from presenter.deck.check import load_deck  # noqa: E402
from presenter.navigation import Position  # noqa: E402
from presenter.render.cache import RenderCache  # noqa: E402
from presenter.settings import Settings  # noqa: E402

SHIFT = Qt.KeyboardModifier.ShiftModifier


def summary(name: str, values: list[float], target: float) -> str:
    values = sorted(values)
    p95 = values[max(0, round(0.95 * len(values)) - 1)]
    return (
        f"{name}: p50 {statistics.median(values):.1f} ms, p95 {p95:.1f} ms, max {values[-1]:.1f} ms "
        f"over {len(values)} (target p95 ≤ {target:g} ms)"
    )


class Watch:
    """Times of new frames (with their video time) and of the audience view's paints."""

    def __init__(self, show: Show):
        self.frames: list[tuple[float, float]] = []  # (when, video ms)
        self.paints: list[tuple[float, float]] = []  # (when, video ms of the newest frame then)
        self.blank = 0
        self.newest = -1.0
        presentation = show.presentation
        presentation.player.frame.connect(self._frame)
        set_image = presentation.picture.set_image

        def image_set(image, now=False) -> None:  # noqa: ANN001 (a frame decoded ahead: the clock's position)
            self.newest = presentation.playback.position_ms
            set_image(image, now)

        presentation.picture.set_image = image_set
        view = show.audience.view
        paint = view.paintEvent

        def timed(event) -> None:  # noqa: ANN001
            paint(event)
            if presentation.picture.image.isNull():
                self.blank += 1
            self.paints.append((time.perf_counter(), self.newest))

        view.paintEvent = timed

    def _frame(self, frame) -> None:  # noqa: ANN001
        self.newest = frame.startTime() / 1000
        self.frames.append((time.perf_counter(), self.newest))

    def painted_at(self, start: float, ms: float, tolerance: float) -> float | None:
        """When the frame at video time ``ms`` was first painted after ``start`` (ms since it), if it was."""
        found = next((t for t, at in self.paints if t >= start and abs(at - ms) <= tolerance), None)
        return None if found is None else (found - start) * 1000


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("deck", nargs="?", default="opioids")
    parser.add_argument("--cache", type=Path, default=paths.default_cache_dir())
    parser.add_argument("--repeats", type=int, default=40)
    args = parser.parse_args()

    application()
    deck = load_deck(paths.resolve_deck(args.deck))
    presentation = Presentation(deck, load_catalog(), RenderCache(args.cache), NoRenders())
    hd = [i for i, m in enumerate(presentation.manifests) if m is not None and m.quality == "hd"]
    if not hd:
        print(f"no slide of {args.deck} is rendered at hd in {args.cache}", file=sys.stderr)
        return 1
    show = Show(presentation, Settings())
    show.place()
    nav, clock, watch = presentation.navigator, presentation.playback, Watch(show)
    # the longest hd step: room to scrub
    slide, step = max(
        ((s, t) for s in hd for t in range(nav.step_count(s))),
        key=lambda st: presentation.manifests[st[0]].steps[st[1]].frames,
    )
    video = presentation.manifests[slide].steps[step]
    spin(1)
    print(
        f"{deck.title}: slide {slide + 1} step {step + 1} ({video.width}×{video.height}, {video.fps:g} fps, "
        f"{video.duration:.1f} s); audience view {show.audience.view.width()}×{show.audience.view.height()}"
    )

    def play_step() -> None:
        nav.go_to(Position(slide, step))
        spin_until(lambda: clock.running and clock.position_ms > 200, 10)

    def press(key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> float:
        start = time.perf_counter()
        QTest.keyClick(show.presenter, key, modifiers)
        return start

    # 1. K: frozen, then moving again
    frozen, moving = [], []
    play_step()
    for _ in range(args.repeats):
        if clock.position_ms > clock.duration_ms - 1500 or not clock.running:
            play_step()
        spin(0.3)
        start = press(Qt.Key.Key_K)
        handled = time.perf_counter()
        spin(0.4)
        arrived = [t for t, _ in watch.frames if t >= start]  # frames already on their way
        painted = [t for t, _ in watch.paints if arrived and t >= arrived[-1]]
        frozen.append(((painted[0] if painted else handled) - start) * 1000)
        start = press(Qt.Key.Key_K)
        spin_until(lambda: any(t >= start for t, _ in watch.frames) and watch.paints[-1][0] >= start, 5)
        moving.append(next((t - start) * 1000 for t, at in watch.paints if t >= start and at > 0))
    print(summary("K to picture frozen", frozen, 50))
    print(summary("K to moving again", moving, 50))

    # 2. scrubs on a paused step (frames decoded ahead count from when they are painted): J, L, Shift+L, and drags on the timeline
    play_step()
    press(Qt.Key.Key_K)
    spin(0.3)
    half = clock.frame_ms / 2
    scrubs: dict[str, list[float]] = {"J": [], "L": [], "Shift+L": [], "drag (jumps)": [], "drag (steady)": []}
    missed = 0
    bar = show.presenter.timeline.bar
    rng = random.Random(1)
    for n in range(args.repeats):
        for name in scrubs:
            if name.startswith("drag"):
                track = bar._track()
                y = bar.height() // 2
                steady = name == "drag (steady)"
                fraction = rng.uniform(0.05, 0.6) if steady else 0.0
                QTest.mousePress(
                    bar, Qt.MouseButton.LeftButton, pos=QPoint(int(track.left() + fraction * track.width()), y)
                )
                for _ in range(10 if steady else 5):  # moves a screen refresh apart
                    fraction = fraction + 0.02 if steady else rng.uniform(0.05, 0.9)  # 2%: 10 frames here
                    QTest.mouseMove(bar, QPoint(int(track.left() + fraction * track.width()), y))
                    start = time.perf_counter()
                    spin(0.016)
                QTest.mouseRelease(
                    bar, Qt.MouseButton.LeftButton, pos=QPoint(int(track.left() + fraction * track.width()), y)
                )
            else:
                key, modifiers = {"L": (Qt.Key.Key_L, 0), "J": (Qt.Key.Key_J, 0), "Shift+L": (Qt.Key.Key_L, SHIFT)}[
                    name
                ]
                start = press(key, Qt.KeyboardModifier(modifiers))
            target = clock.position_ms
            spin_until(lambda: watch.painted_at(start, target, half) is not None, 3)
            latency = watch.painted_at(start, target, half)
            if latency is None:
                missed += 1
            else:
                scrubs[name].append(latency)
            spin(0.3)  # a clinician's next press
    for name, values in scrubs.items():
        print(summary(f"scrub {name} to the new picture", values, 100))
    print(summary("scrub, all kinds", [v for values in scrubs.values() for v in values], 100), f"; {missed} missed")

    # 3. leaving a paused step: Next key to the new step's first picture, and blank paints
    latencies = []
    watch.blank = 0
    steps = [Position(s, t) for s in hd for t in range(nav.step_count(s))]
    steps = [p for p in steps if (after := presentation.neighbour(1, p)) is not None and after.slide in hd]
    for n in range(args.repeats):
        nav.go_to(steps[n % len(steps)])
        spin_until(lambda: clock.running and clock.position_ms > 200, 10)
        press(Qt.Key.Key_K)
        spin(0.2)
        count = len(watch.paints)
        start = press(Qt.Key.Key_Right)
        spin_until(lambda: len(watch.paints) > count, 5)
        latencies.append((watch.paints[count][0] - start) * 1000)
        spin(0.3)
    print(summary("Next key from a paused step to the new picture", latencies, 20), f"; {watch.blank} blank paints")
    show.end()
    return 0


if __name__ == "__main__":
    sys.exit(main())
