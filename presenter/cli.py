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
    decks, problems = _load_all(args.decks)
    for deck in decks:
        steps = sum(len(s.steps) for s in deck.slides)
        print(f"ok  {deck.path}: {len(deck.slides)} slides, {steps} steps")
    if problems:
        print(f"{problems} problem{'s' if problems != 1 else ''} found.", file=sys.stderr)
        return 1
    return 0


def _render(decks: list, quality: str, cache_dir: Path, jobs: int):
    """Render what is missing, with progress; the summary, or None when stopped."""
    from presenter.catalog import load_catalog
    from presenter.render.cache import RenderCache
    from presenter.render.progress import ProgressPrinter
    from presenter.render.runner import Renderer, plan

    work = plan(decks, load_catalog(), quality)
    printer = ProgressPrinter(len(work), sys.stdout)
    renderer = Renderer(RenderCache(cache_dir), jobs=jobs)
    try:
        summary = renderer.run(work, printer)
    except KeyboardInterrupt:
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
    decks, problems = _load_all([args.deck])
    if problems:
        print("Fix the problems above, then export again.", file=sys.stderr)
        return 1
    summary = _render(decks, args.quality, args.cache, args.jobs)
    if summary is None or summary.count("failed"):
        print("Some slides could not be rendered, so nothing was exported.", file=sys.stderr)
        return 1
    from presenter.export.stills import contact_sheet, write_stills

    deck, manifests = decks[0], [r.manifest for r in summary.results]
    stills = write_stills(deck, manifests, args.out)
    sheet = contact_sheet(deck, stills, args.out)
    print(f"wrote {len(stills)} stills and {sheet}")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    import os

    deck = paths.resolve_deck(args.deck) if args.deck else paths.default_deck()
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


def build_parser() -> argparse.ArgumentParser:
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
    render.add_argument("--quality", choices=("preview", "hd"), default="preview",
                        help="preview (480p, fast, for editing) or hd (1080p, for presenting)")
    render.add_argument("--jobs", type=int, default=2, metavar="N", help="renders at once (default 2)")
    render.add_argument("--cache", type=Path, default=paths.default_cache_dir(), help=cache_help)
    render.set_defaults(func=cmd_render)

    export = commands.add_parser("export", help="export a deck (stills: last frames and a contact sheet)")
    export.add_argument("deck", metavar="DECK")
    export.add_argument("--to", choices=("stills",), required=True, help="what to export")
    export.add_argument("--out", type=Path, required=True, metavar="DIR", help="output folder")
    export.add_argument("--quality", choices=("preview", "hd"), default="hd")
    export.add_argument("--jobs", type=int, default=2, metavar="N")
    export.add_argument("--cache", type=Path, default=paths.default_cache_dir(), help=cache_help)
    export.set_defaults(func=cmd_export)

    show = commands.add_parser("show", help="present a deck in a window")
    show.add_argument("deck", nargs="?", metavar="DECK")
    show.add_argument("--cache", type=Path, default=paths.default_cache_dir(), help=cache_help)
    show.set_defaults(func=cmd_show)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
