"""Waiting-room export benchmark: wall time against the video's length, and peak memory;
with --packs, each built-in deck's content pack: its size and how long it takes to open.

Run: .venv/bin/python bench/bench_export.py [--cache DIR] [--quality preview] [--packs] [DECK ...]

Each deck is exported in its own subprocess from a warm hd cache (default
/work/cache-hd if it exists, else the presenter's cache). A slide whose hd
render is out of date (a scene was edited since) uses its last good hd render:
it has the same size and length, and this measures exporting, not rendering.
A slide with no hd render at all is rendered first (not timed). Target:
export time ≤ 0.3× the video's duration on the 2-core machine. Each line
ends with the load average over the last minute (other work on the machine
slows the figures down: compare only figures taken at a similar load).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def default_cache() -> Path:
    from presenter import paths

    shared = Path("/work/cache-hd")
    return shared if shared.is_dir() else paths.default_cache_dir()


def hd_manifests(deck, cache_dir: Path, quality: str = "hd") -> tuple[list, int]:
    """The deck's manifests (up to date, else last good, else rendered now); count of stale ones."""
    from presenter.catalog import load_catalog
    from presenter.render.cache import RenderCache
    from presenter.render.runner import Renderer, plan

    cache = RenderCache(cache_dir)
    jobs = plan([deck], load_catalog(), quality)
    manifests = [cache.find(job.key) or cache.last_good(deck.name, job.slide.id, quality) for job in jobs]
    stale = sum(1 for job, m in zip(jobs, manifests) if m is not None and m.key != job.key.digest)
    missing = [job for job, m in zip(jobs, manifests) if m is None]
    if missing:
        print(f"  rendering {len(missing)} slide(s) of {deck.name} at {quality} first (not timed) …", flush=True)
        summary = Renderer(cache, jobs=2).run(missing)
        found = {id(r.job): r.manifest for r in summary.results}
        manifests = [m if m is not None else found.get(id(job)) for job, m in zip(jobs, manifests)]
    if any(m is None for m in manifests):
        sys.exit(f"could not render {deck.name} at {quality}")
    return manifests, stale


def one(deck_name: str, cache_dir: Path, keep: Path | None, quality: str = "hd") -> None:
    """Child process: export one deck, print a JSON line with the figures."""
    from presenter import paths
    from presenter.deck.check import load_deck
    from presenter.export.waiting_room import export_waiting_room

    deck = load_deck(paths.resolve_deck(deck_name))
    manifests, stale = hd_manifests(deck, cache_dir, quality)
    with tempfile.TemporaryDirectory() as work:
        out = (keep or Path(work)) / f"{deck.name}.mp4"
        started, cpu_before = time.perf_counter(), cpu_seconds()
        result = export_waiting_room(deck, manifests, out)
        wall, cpu = time.perf_counter() - started, cpu_seconds() - cpu_before
        size = out.stat().st_size
    peak = max(
        resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    )
    print(
        json.dumps(
            {
                "deck": deck.name,
                "wall": wall,
                "cpu": cpu,
                "video": result.timeline.seconds,
                "frames": result.timeline.frames,
                "size": size,
                "peak_kib": peak,
                "slides": len(deck.slides),
                "stale": stale,
            }
        )
    )


def cpu_seconds() -> float:
    """CPU time used by this process so far, all its threads (x264's too), user and system."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def load() -> float:
    """The load average over the last minute (how busy the machine was)."""
    return os.getloadavg()[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("decks", nargs="*", metavar="DECK", help="default: every built-in deck")
    parser.add_argument("--cache", type=Path, default=None, help="hd render cache")
    parser.add_argument("--keep", type=Path, metavar="DIR", help="keep the videos in DIR")
    parser.add_argument(
        "--quality",
        choices=("hd", "preview"),
        default="hd",
        help="renders to export from (preview: when no warm hd cache is at hand)",
    )
    parser.add_argument("--packs", action="store_true", help="measure content packs instead")
    parser.add_argument("--one", help=argparse.SUPPRESS)
    args = parser.parse_args()
    cache = args.cache or default_cache()
    if args.one:
        one(args.one, cache, args.keep, args.quality)
        return
    from presenter import paths

    names = args.decks or [p.stem for p in paths.builtin_decks()]
    if args.packs:
        packs(names, cache, args.quality)
        return
    print(f"waiting-room export from the {args.quality} cache in {cache} ({os.cpu_count()} cores)")
    print(
        f"{'deck':<16} {'slides':>6} {'video':>8} {'export':>8} {'ratio':>6} {'CPU/2':>6} "
        f"{'peak RSS':>9} {'file':>8} {'load':>5}"
    )
    for name in names:
        keep = ["--keep", str(args.keep.resolve())] if args.keep else []
        child = subprocess.run(
            [sys.executable, __file__, "--one", name, "--cache", str(cache), *keep, "--quality", args.quality],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=False,
        )
        if child.returncode != 0:
            sys.exit(f"{name}: export failed\n{child.stdout}{child.stderr}")
        lines = child.stdout.strip().splitlines()
        for line in lines[:-1]:
            print(line)
        r = json.loads(lines[-1])
        note = f"  ({r['stale']} slide(s) from the last good render)" if r["stale"] else ""
        print(
            f"{r['deck']:<16} {r['slides']:>6} {r['video']:>7.1f}s {r['wall']:>7.1f}s "
            f"{r['wall'] / r['video']:>5.2f}x {r['cpu'] / 2 / r['video']:>5.2f}x {r['peak_kib'] / 1024:>7.0f} MB "
            f"{r['size'] / 1e6:>6.1f} MB {load():>5.1f}{note}",
            flush=True,
        )
    print("target: ratio <= 0.30. CPU/2: the export's CPU time over two cores against the video's length,")
    print("what the ratio would be with both cores to itself (a guide when the machine is busy)")


def packs(names: list[str], cache: Path, quality: str) -> None:
    """Per deck: a pack of that edition, its size, the time to make it, and opening it into an empty
    folder (first open: check every checksum, unpack, file the renders; then to its first frame:
    load the deck, decode the first step's first frame) and again (reuses the unpacked folder)."""
    from presenter import cli, paths
    from presenter.deck.check import load_deck
    from presenter.export.pack import open_pack

    print(f"content packs from the {quality} cache in {cache} ({os.cpu_count()} cores)")
    print(
        f"{'deck':<16} {'slides':>6} {'pack':>9} {'make':>7} {'first open':>11} {'1st frame':>11} "
        f"{'open again':>11} {'load':>5}"
    )
    for name in names:
        deck = load_deck(paths.resolve_deck(name))
        with tempfile.TemporaryDirectory() as work:
            pack = Path(work) / f"{name}.pack"
            started = time.perf_counter()
            with contextlib.redirect_stdout(io.StringIO()):  # the command's own progress lines
                code = cli.main(
                    [
                        "export",
                        name,
                        "--to",
                        "pack",
                        "--language",
                        deck.language,
                        "--out",
                        str(pack),
                        "--quality",
                        quality,
                        "--cache",
                        str(cache),
                    ]
                )
            if code:
                sys.exit(f"{name}: the pack could not be made")
            made = time.perf_counter() - started
            started = time.perf_counter()
            opened = open_pack(pack, Path(work) / "packs")
            first = time.perf_counter() - started
            first_frame(opened)
            picture = time.perf_counter() - started
            started = time.perf_counter()
            open_pack(pack, Path(work) / "packs")
            again = time.perf_counter() - started
            print(
                f"{name:<16} {len(deck.slides):>6} {pack.stat().st_size / 1e6:>7.1f} MB {made:>6.1f}s "
                f"{first:>10.2f}s {picture:>10.2f}s {again:>10.2f}s {load():>5.1f}",
                flush=True,
            )


def first_frame(opened) -> None:  # noqa: ANN001 (an OpenedPack)
    """What the player does next: load the pack's deck, find its first step's video, decode its first frame."""
    import av

    from presenter.catalog import load_catalog
    from presenter.deck.check import load_deck
    from presenter.render.cache import RenderCache
    from presenter.render.key import render_key

    catalog = load_catalog()
    deck = load_deck(opened.deck(), catalog)
    slide = deck.slides[0]
    manifest = RenderCache(opened.cache_root).find(render_key(slide, catalog[slide.scene], opened.quality))
    assert manifest is not None, "the pack's first slide has no render"
    with av.open(str(manifest.video(slide.steps[0].id))) as video:
        next(video.decode(video=0))


if __name__ == "__main__":
    main()
