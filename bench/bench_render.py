"""Render benchmarks: prints figures for the README (run: .venv/bin/python bench/bench_render.py).

1. A no-op `presenter render` of all built-in decks with a warm cache (target ≤ 0.3 s).
2. Slides re-rendered after a narration edit (target 0) and a parameter edit (target 1).
3. A full hd render with --jobs 2 against plain `manim render -qh` of the same
   scenes one after another (target ≤ 0.7×).

Options: --skip-hd to leave out (3), which takes a few minutes.
"""

from __future__ import annotations

import argparse
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PRESENTER = [sys.executable, "-m", "presenter"]
SUMMARY = re.compile(r"rendered (\d+), reused (\d+), failed (\d+)")


def run(command: list[str], **kwargs) -> tuple[float, str]:
    started = time.perf_counter()
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, **kwargs)
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        sys.exit(f"failed: {' '.join(command)}\n{result.stdout}{result.stderr}")
    return elapsed, result.stdout


def rendered_count(output: str) -> int:
    match = SUMMARY.search(output)
    assert match, output
    return int(match.group(1))


def bench_incremental(work: Path) -> None:
    cache = work / "cache"
    decks = sorted((ROOT / "assets" / "decks").glob("*.yaml"))
    elapsed, _ = run([*PRESENTER, "render", "--cache", str(cache), *map(str, decks)])
    print(f"cold preview render of {len(decks)} built-in deck(s): {elapsed:.1f} s")
    times = [run([*PRESENTER, "render", "--cache", str(cache)])[0] for _ in range(7)]
    print(
        f"no-op render, all built-in decks: median {statistics.median(times):.3f} s, "
        f"best {min(times):.3f} s (target <= 0.3 s)"
    )

    deck = work / decks[0].name
    original = decks[0].read_text()
    deck.write_text(original.replace("narration: >", "narration: >\n          Edited.", 1))
    _, output = run([*PRESENTER, "render", "--cache", str(cache), str(deck)])
    print(f"slides re-rendered after a narration edit: {rendered_count(output)} (target 0)")
    edited, count = re.subn(r"receptors: (\d+)", lambda m: f"receptors: {int(m.group(1)) + 1}", original, 1)
    assert count == 1, "the first deck needs a 'receptors' parameter to edit"
    deck.write_text(edited)
    elapsed, output = run([*PRESENTER, "render", "--cache", str(cache), str(deck)])
    print(
        f"slides re-rendered after a parameter edit to one slide: {rendered_count(output)} (target 1), {elapsed:.1f} s"
    )


def bench_hd(work: Path) -> None:
    sys.path.insert(0, str(ROOT))
    from presenter.catalog import load_catalog
    from presenter.deck.check import load_deck

    decks = [load_deck(p) for p in sorted((ROOT / "assets" / "decks").glob("*.yaml"))]
    scenes = {slide.scene for deck in decks for slide in deck.slides}
    catalog = load_catalog()
    ours, _ = run([*PRESENTER, "render", "--quality", "hd", "--jobs", "2", "--cache", str(work / "hd")])
    print(f"hd render (1080p30), --jobs 2, all built-in decks ({len(scenes)} scenes): {ours:.1f} s")
    for label, extra in (
        ("manim render -qh (1080p60)", []),
        ("manim render -qh --frame_rate 30 (same frames as ours)", ["--frame_rate", "30"]),
    ):
        total = 0.0
        for scene in sorted(scenes):
            elapsed, _ = run(
                [
                    sys.executable,
                    "-m",
                    "manim",
                    "render",
                    "-qh",
                    *extra,
                    "--disable_caching",
                    "--media_dir",
                    str(work / "manim"),
                    str(catalog[scene].file),
                    scene,
                ]
            )
            total += elapsed
        print(f"plain {label}, one after another: {total:.1f} s -> ours is {ours / total:.2f}x (target <= 0.7x)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--skip-hd", action="store_true")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-"))
    try:
        bench_incremental(work)
        if not args.skip_hd:
            bench_hd(work)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
