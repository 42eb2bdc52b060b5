"""The `presenter` command: check, render and show decks.

Imports are lazy: `check` and `render` never load Qt, and nothing here loads
Manim (rendering happens in subprocesses).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from presenter import paths


def _deck_paths(names: list[str]) -> list[Path]:
    return [paths.resolve_deck(n) for n in names] if names else paths.builtin_decks()


def _load_all(names: list[str]) -> tuple[list, int]:
    """Load and check decks; print every problem. Returns (decks, problem count)."""
    from presenter.deck.check import load_deck
    from presenter.deck.problems import DeckError

    decks, problems = [], 0
    for path in _deck_paths(names):
        try:
            decks.append(load_deck(path))
        except DeckError as error:
            for problem in error.problems:
                print(problem, file=sys.stderr)
            problems += len(error.problems)
    return decks, problems


def cmd_check(args: argparse.Namespace) -> int:
    """Structure (errors), then each deck's words: a reading-level table and warnings."""
    from presenter.deck.check import check_content

    decks, problems = _load_all(args.decks)
    warnings = 0
    for deck in decks:
        report = check_content(deck)
        for problem in report.errors:
            print(problem, file=sys.stderr)
        problems += len(report.errors)
        steps = sum(len(s.steps) for s in deck.slides)
        print(f"{'ok' if not report.errors else 'FAIL'}  {deck.path}: {len(deck.slides)} slides, {steps} steps")
        print(report.table())
        for w in report.warnings:
            print(w.format(kind="warning"))
        warnings += len(report.warnings)
        print()
    if warnings:
        print(f"{warnings} warning{'s' if warnings != 1 else ''} (check still passes).")
    if problems:
        print(f"{problems} problem{'s' if problems != 1 else ''} found.", file=sys.stderr)
        return 1
    return 0


def _render(decks: list, quality: str, cache_dir: Path, jobs: int):
    """Render what is missing, with progress; the summary, or None when stopped."""
    from presenter.catalog import load_catalog
    from presenter.render.cache import RenderCache
    from presenter.render.progress import ProgressPrinter
    from presenter.render.runner import Renderer, plan, stop_on_signals

    work = plan(decks, load_catalog(), quality)
    printer = ProgressPrinter(len(work), sys.stdout)
    renderer = Renderer(RenderCache(cache_dir), jobs=jobs)
    try:
        with stop_on_signals():
            summary = renderer.run(work, printer)
    except KeyboardInterrupt:  # Ctrl+C or SIGTERM: the workers are already stopped
        renderer.cancel()
        print("\nStopped. Finished renders are kept.", file=sys.stderr)
        return None
    printer.finish(summary)
    return summary


def cmd_render(args: argparse.Namespace) -> int:
    decks, problems = _load_all(args.decks)
    if problems:
        print("Fix the problems above, then render again.", file=sys.stderr)
        return 1
    summary = _render(decks, args.quality, args.cache, args.jobs)
    if summary is None:
        return 130
    return 1 if summary.count("failed") else 0


def cmd_export(args: argparse.Namespace) -> int:
    """Render what is missing (only the chosen slides), then export from the cache."""
    from dataclasses import replace

    from presenter.export.run import check_options, run_export

    decks, problems = _load_all([args.deck])
    if problems:
        print("Fix the problems above, then export again.", file=sys.stderr)
        return 1
    deck = decks[0]
    try:
        options = check_options(deck, args.to, args.out, args.slides, args.captions,
                                args.end_card, args.paper)
    except ValueError as error:
        print(f"presenter export: {error}", file=sys.stderr)
        return 2
    chosen = replace(deck, slides=tuple(deck.slides[i] for i in options.slides))
    summary = _render([chosen], args.quality, args.cache, args.jobs)
    if summary is None or summary.count("failed"):
        print("Some slides could not be rendered, so nothing was exported.", file=sys.stderr)
        return 1
    manifests = [None] * len(deck.slides)
    for index, result in zip(options.slides, summary.results):
        manifests[index] = result.manifest
    return run_export(deck, manifests, options)


def cmd_show(args: argparse.Namespace) -> int:
    """Present a deck; without one, open the start screen (choose a deck, language and slides)."""
    import os

    deck = paths.resolve_deck(args.deck) if args.deck else None
    if deck is not None:
        _, problems = _load_all([str(deck)])
        if problems:
            print("Fix the problems above, then show the deck again.", file=sys.stderr)
            return 1
    screens = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    if sys.platform.startswith("linux") and not any(os.environ.get(name) for name in screens):
        print("presenter show: no screen found (DISPLAY is not set). Run it on the desktop, "
              "or on a virtual screen: xvfb-run -a ./run.sh", file=sys.stderr)
        return 1
    from presenter.app.main import run

    return run(deck, args.cache)


def cmd_scenes(args: argparse.Namespace) -> int:
    from presenter.catalog import load_catalog

    for name, spec in sorted(load_catalog().items()):
        if args.names and name not in args.names:
            continue
        print(f"{name}  ({spec.file.name})")
        print(f"  steps:  {', '.join(spec.steps)}")
        for param, default in spec.params.items():
            allowed = ""
            if param in spec.choices:
                allowed = f", one of {' | '.join(spec.choices[param])}"
            elif param in spec.bounds:
                allowed = f", from {spec.bounds[param][0]} to {spec.bounds[param][1]}"
            print(f"  param   {param}: default {default!r}{allowed}")
        for label, text in spec.labels.items():
            print(f"  label   {label}: {text!r}")
        print()
    return 0


def cmd_doctor(args: argparse.Namespace) -> int:
    """Check the environment; one line per finding, what to do under each failure."""
    from presenter.doctor import diagnose

    try:
        findings = diagnose(args.cache, quick=args.quick)
    except KeyboardInterrupt:
        return 130
    encoding = getattr(sys.stdout, "encoding", None) or "ascii"
    try:
        "✓✗".encode(encoding)
        marks = {"ok": "✓", "warning": "!", "failed": "✗"}
    except (UnicodeEncodeError, LookupError):
        marks = {"ok": "ok", "warning": "!!", "failed": "XX"}
    for finding in findings:
        mark = marks["failed"] if not finding.ok else marks["warning"] if finding.warning else marks["ok"]
        print(f"{mark} {finding.name}: {finding.detail}")
        if finding.fix and (finding.warning or not finding.ok):
            print(f"    {finding.fix}")
    failed = sum(not finding.ok for finding in findings)
    if failed:
        print(f"\n{failed} of {len(findings)} checks failed. ./run.sh installs everything that is missing.")
        return 1
    print(f"\nAll {len(findings)} checks passed.")
    return 0


def build_parser() -> argparse.ArgumentParser:
    from presenter.render.key import QUALITIES

    parser = argparse.ArgumentParser(prog="presenter", description=(
        "Animated brain-science explanations for patients. DECK is a deck file "
        "or the name of a built-in deck (e.g. opioids)."))
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    check = commands.add_parser("check", help="check decks; print every problem")
    check.add_argument("decks", nargs="*", metavar="DECK")
    check.set_defaults(func=cmd_check)

    scenes = commands.add_parser("scenes", help="list scenes: their steps, params and labels")
    scenes.add_argument("names", nargs="*", metavar="SCENE")
    scenes.set_defaults(func=cmd_scenes)

    cache_help = f"render cache folder (default: ${paths.CACHE_ENV} or {paths.default_cache_dir()})"
    render = commands.add_parser("render", help="render slides whose picture changed")
    render.add_argument("decks", nargs="*", metavar="DECK")
    render.add_argument("--quality", choices=QUALITIES, default="preview",
                        help="preview (480p, fast, for editing) or hd (1080p, for presenting)")
    render.add_argument("--jobs", type=int, default=2, metavar="N", help="renders at once (default 2)")
    render.add_argument("--cache", type=Path, default=paths.default_cache_dir(), help=cache_help)
    render.set_defaults(func=cmd_render)

    export = commands.add_parser("export", help=(
        "export a deck from the render cache: a waiting-room loop, per-slide videos, "
        "an offline web page, a handout PDF or stills"), description=(
        "Renders what is missing first. Examples: export opioids --to waiting-room --out opioids.mp4 "
        "--captions srt,vtt | --to slides --out slides/ | --to html --out web/ | "
        "--to handout --out opioids.pdf --paper a4 | --to stills --out stills/"))
    export.add_argument("deck", metavar="DECK")
    export.add_argument("--to", required=True,
                        choices=("waiting-room", "slides", "html", "handout", "stills"),
                        help="waiting-room: one looping MP4; slides: an MP4 per slide and an M3U "
                             "playlist; html: an offline folder; handout: a PDF; stills: PNGs")
    export.add_argument("--out", type=Path, required=True, metavar="PATH",
                        help="a .mp4 file (waiting-room), a .pdf file (handout), else a folder")
    export.add_argument("--slides", metavar="LIST",
                        help="only these slides, by number or id: 1,3 or 2-3 or keys-and-locks")
    export.add_argument("--captions", metavar="srt,vtt",
                        help="also write SRT and/or WebVTT captions beside each video")
    export.add_argument("--end-card", metavar="TEXT",
                        help="the waiting-room video's closing message (default: the deck's end_card)")
    export.add_argument("--paper", choices=("letter", "a4"), default="letter",
                        help="handout paper size (default letter)")
    export.add_argument("--quality", choices=QUALITIES, default="hd",
                        help="renders to export from (default hd; preview is upscaled to 1080p)")
    export.add_argument("--jobs", type=int, default=2, metavar="N", help="renders at once (default 2)")
    export.add_argument("--cache", type=Path, default=paths.default_cache_dir(), help=cache_help)
    export.set_defaults(func=cmd_export)

    show = commands.add_parser("show", help="present a deck (without DECK: the start screen)")
    show.add_argument("deck", nargs="?", metavar="DECK")
    show.add_argument("--cache", type=Path, default=paths.default_cache_dir(), help=cache_help)
    show.set_defaults(func=cmd_show)

    doctor = commands.add_parser("doctor", help="check that everything the presenter needs is installed")
    doctor.add_argument("--quick", action="store_true",
                        help="skip the slow checks (importing Manim, playing a test clip)")
    doctor.add_argument("--cache", type=Path, default=paths.default_cache_dir(), help=cache_help)
    doctor.set_defaults(func=cmd_doctor)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
