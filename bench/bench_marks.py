"""Pointer and pen benchmark: mouse move to dot on the audience screen, frames while drawing, memory over strokes.

    .venv/bin/python bench/bench_marks.py [DECK] [--cache DIR] [--moves 300] [--strokes 1000]

Uses the deck's renders in --cache (hd if there, else preview; render first,
e.g. `presenter render treatment --cache DIR`). Runs headless on a virtual
laptop screen plus a 1920×1080 projector, as bench_presenter.py does; the
mouse input goes to the presenter view's picture through Qt's event queue,
as a real mouse's does.

- pointer: from a mouse move over the presenter view's picture to the end of
  the audience view's next paint, which draws the dot there (p50, p95 over
  --moves moves, 30 ms apart), on a held step and on a playing one.
- drawing: every step of the deck played at 1× three times in a row: as
  it is, while a stroke is drawn (a mouse move every 16 ms), and drawing
  zoomed in 2×; frames in the videos against frames the audience view painted.
- memory: resident set size at 0, half and all of --strokes strokes of 30
  points each, erased (E) every 10 strokes.
"""

from __future__ import annotations

import argparse
import math
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from presenter.app.headless import NoRenders, use_clinic_screens  # noqa: E402

use_clinic_screens()

from PySide6.QtCore import QEvent, QPointF, Qt  # noqa: E402
from PySide6.QtGui import QMouseEvent  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from bench.bench_presenter import rss_mb, spin, spin_until  # noqa: E402
from presenter import paths  # noqa: E402
from presenter.app.main import application  # noqa: E402
from presenter.app.presentation import Presentation  # noqa: E402
from presenter.app.show import Show  # noqa: E402
from presenter.catalog import load_catalog  # noqa: E402
from presenter.deck.check import load_deck  # noqa: E402
from presenter.navigation import Phase  # noqa: E402
from presenter.render.cache import RenderCache  # noqa: E402
from presenter.settings import Settings  # noqa: E402

LEFT, NONE = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton


def post(view, kind: QEvent.Type, point: tuple[float, float], button=NONE, buttons=NONE) -> None:
    """A mouse event at a picture point of ``view``, queued as the window system queues one."""
    at = view.from_picture(point, view.image_rect())
    QApplication.postEvent(
        view,
        QMouseEvent(kind, at, QPointF(view.mapToGlobal(at.toPoint())), button, buttons, Qt.KeyboardModifier.NoModifier),
    )


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[max(0, round(0.95 * len(ordered)) - 1)]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("deck", nargs="?", default="treatment")
    parser.add_argument("--cache", type=Path, default=paths.default_cache_dir())
    parser.add_argument("--moves", type=int, default=300)
    parser.add_argument("--strokes", type=int, default=1000)
    args = parser.parse_args()

    application()
    deck = load_deck(paths.resolve_deck(args.deck))
    presentation = Presentation(deck, load_catalog(), RenderCache(args.cache), NoRenders(), read_only=True)
    qualities = {m.quality if m else None for m in presentation.manifests}
    if None in qualities:
        print(f"{args.deck} is not rendered in {args.cache}; run `presenter render {args.deck} --cache {args.cache}`.")
        return 1
    show = Show(presentation, Settings())
    show.place()
    nav, marks = presentation.navigator, presentation.marks
    source, audience = show.presenter.view, show.audience.view
    spin_until(lambda: nav.phase is Phase.HELD, 120)
    print(
        f"{deck.title}: {sum(len(s.steps) for s in deck.slides)} steps at {'/'.join(sorted(qualities))}; "
        f"audience view {audience.width()}×{audience.height()} on {show.audience_screen()}, "
        f"presenter picture {source.width()}×{source.height()}"
    )

    painted_at: list[tuple[float, object]] = []
    paint = audience.paintEvent

    def timed_paint(event) -> None:  # noqa: ANN001
        paint(event)
        painted_at.append((time.perf_counter(), marks.pointer))

    audience.paintEvent = timed_paint
    painted = [0]
    audience.frame_painted.connect(lambda: painted.__setitem__(0, painted[0] + 1))

    # 1. mouse move → the audience view painted with the dot at the new point
    def pointer_latency(label: str) -> None:
        latencies = []
        for n in range(args.moves):
            point = (0.2 + 0.6 * (n % 37) / 37, 0.2 + 0.6 * (n % 23) / 23)
            start = time.perf_counter()
            post(source, QEvent.Type.MouseMove, point)
            spin_until(lambda: any(t >= start and p is not None for t, p in painted_at[-3:]), 2)
            done = next((t for t, p in painted_at if t >= start and p is not None), None)
            if done is not None and marks.pointer is not None:
                latencies.append((done - start) * 1000)
            painted_at.clear()
            spin(0.03)
        print(
            f"pointer, {label}: move to dot painted p50 {statistics.median(latencies):.1f} ms, "
            f"p95 {p95(latencies):.1f} ms, max {max(latencies):.1f} ms over {len(latencies)} moves "
            "(target p95 ≤ 16.7 ms)"
        )

    pointer_latency("held step")
    presentation.replay()
    spin(0.3)
    pointer_latency("playing step")
    marks.hide_pointer()

    # 2. each step played to its end three times in a row: plain, drawing, drawing zoomed in 2×
    #    (one after the other, so the three see the same load on a shared machine)
    def play_step(drawing: bool) -> int:
        """Play the step on screen from its start; the frames the audience view painted."""
        before, n = painted[0], 0
        presentation.replay()
        if drawing:
            post(source, QEvent.Type.MouseButtonPress, (0.3, 0.5), LEFT, LEFT)
        while nav.phase is Phase.PLAYING:
            if drawing:
                n += 1
                post(
                    source,
                    QEvent.Type.MouseMove,
                    (0.3 + 0.2 * math.sin(n / 15), 0.5 + 0.2 * math.cos(n / 11)),
                    NONE,
                    LEFT,
                )
            spin(0.016)
        if drawing:
            post(source, QEvent.Type.MouseButtonRelease, (0.3, 0.5), LEFT, NONE)
        spin(0.05)
        return painted[0] - before

    presentation.first()
    spin_until(lambda: nav.phase is Phase.HELD, 120)
    expected, shown = 0, {"plain": 0, "drawing": 0, "zoomed": 0}
    while True:
        position = nav.position
        manifest = presentation.manifests[position.slide]
        step = deck.slides[position.slide].steps[position.step]
        frames = next(v.frames for v in manifest.steps if v.step == step.id)
        expected += frames
        shown["plain"] += min(play_step(drawing=False), frames)
        shown["drawing"] += min(play_step(drawing=True), frames)
        marks.zoom_at((0.5, 0.5), 2)
        shown["zoomed"] += min(play_step(drawing=True), frames)
        marks.zoom_out()
        if nav.at_end:
            break
        presentation.next()
        spin_until(lambda: nav.phase is Phase.HELD, 120)
    print(
        f"every step at 1×, {expected} frames; painted by the audience view: "
        + ", ".join(f"{mode} {count} ({expected - count} dropped)" for mode, count in shown.items())
    )

    # 3. memory over many strokes and erases
    presentation.first()
    spin_until(lambda: nav.phase is Phase.HELD, 120)
    figures = []
    started = time.perf_counter()
    for n in range(args.strokes + 1):
        if n in (0, args.strokes // 2, args.strokes):
            spin(0.5)
            figures.append(f"{rss_mb():.1f} MB at {n}")
        if n == args.strokes:
            break
        y = 0.2 + 0.6 * (n % 10) / 10
        post(source, QEvent.Type.MouseButtonPress, (0.2, y), LEFT, LEFT)
        for k in range(1, 30):
            post(source, QEvent.Type.MouseMove, (0.2 + 0.02 * k, y + 0.01 * math.sin(k)), NONE, LEFT)
        post(source, QEvent.Type.MouseButtonRelease, (0.78, y), LEFT, NONE)
        spin(0.005)
        if n % 10 == 9:
            presentation.marks.erase()
    print(
        f"memory over {args.strokes} strokes (erased every 10): {', '.join(figures)}; {time.perf_counter() - started:.0f} s"
    )
    show.end()
    return 0


if __name__ == "__main__":
    sys.exit(main())
