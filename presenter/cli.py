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
    """Decks by path or by name (built-in and the clinic's alike); all built-in ones without names."""
    from presenter.library import DeckLibrary

    if not names:
        return paths.builtin_decks()
    library = DeckLibrary()
    return [library.find(n) for n in names]


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
    _need_toolchain([job for job in work if RenderCache(cache_dir).find(job.key) is None])
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


class CommandError(Exception):
    """A user-facing failure: main() prints the message (no traceback) and exits with 1."""


def _need_toolchain(missing: list) -> None:
    """Renders are needed but this is a player install (no Manim): say how to get the extra."""
    import importlib.util

    if not missing:
        return
    if importlib.util.find_spec("manim") is None or not _manim_imports():
        raise CommandError(
            f"{len(missing)} slide{'s' if len(missing) != 1 else ''} must be rendered first, and this "
            "presenter is installed without the render toolchain (Manim). Install it with: "
            "pip install 'brain-explainer[render]' (./run.sh does this), or use a content pack "
            "(.pack), which presents and exports without rendering."
        )


def _manim_imports() -> bool:
    """Manim imports (in a subprocess: this process never loads it)."""
    from presenter.doctor import check_manim

    return check_manim().ok


def _open_pack(pack: str, cache: Path):
    """Check and unpack a content pack into the cache's packs folder; CommandError if it is bad."""
    from presenter.export.pack import PackError, open_pack

    try:
        return open_pack(Path(pack), Path(cache) / "packs")
    except PackError as error:
        raise CommandError(f"presenter: {error}") from None
    except OSError as error:
        raise CommandError(
            f"presenter: could not unpack {Path(pack).name} into {cache}: "
            f"{error.strerror or error}. Check that the disk has room."
        ) from None


def _pack_deck(opened, language: str | None) -> Path:
    """The pack's edition in ``language`` (its first when None)."""
    from presenter.export.pack import PackError

    try:
        return opened.deck(language)
    except PackError as error:
        raise CommandError(f"presenter: {error}") from None


def _is_pack(name: str) -> bool:
    return name.lower().endswith(".pack")


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

    deck_name = args.deck
    if _is_pack(args.deck):  # from a pack: its renders, nothing to render
        opened = _open_pack(args.deck, args.cache)
        language = None if args.language == "all" else args.language
        deck_name = str(_pack_deck(opened, language))
        args.cache, args.quality = opened.cache_root, opened.quality
    decks, problems = _load_all([deck_name])
    if problems:
        print("Fix the problems above, then export again.", file=sys.stderr)
        return 1
    deck = decks[0]
    try:
        options = check_options(
            deck, args.to, args.out, args.slides, args.captions, args.end_card, args.paper, args.profile, args.language
        )
        family = _pack_editions(deck, args.language) if options.target == "pack" else [deck]
    except ValueError as error:
        print(f"presenter export: {error}", file=sys.stderr)
        return 2
    chosen = [replace(d, slides=tuple(d.slides[i] for i in options.slides)) if d is deck else d for d in family]
    summary = _render(chosen, args.quality, args.cache, args.jobs)
    if summary is None or summary.count("failed"):
        print("Some slides could not be rendered, so nothing was exported.", file=sys.stderr)
        return 1
    results = iter(summary.results)
    editions = [(d, [next(results).manifest for _ in d.slides]) for d in chosen]
    manifests = [None] * len(deck.slides)
    for index, manifest in zip(options.slides, editions[family.index(deck)][1]):
        manifests[index] = manifest
    from presenter.export.run import ProgressLine

    progress = ProgressLine(every=1) if args.progress else None
    return run_export(deck, manifests, options, progress, editions=editions if options.target == "pack" else ())


def _pack_editions(deck, language: str) -> list:
    """The deck's language editions (files beside it of the same family) to put in a pack."""
    from presenter.playlist import deck_family, editions

    siblings = sorted(deck.path.parent.glob("*.y*ml"))
    found = editions(siblings).get(deck_family(deck.path), {deck.language: deck.path})
    if language != "all" and language not in found:
        raise ValueError(
            f"--language {language}: {deck.path.name} has editions in {', '.join(found)}; use one of those, or all."
        )
    chosen = found if language == "all" else {language: found[language]}
    loaded = []
    for path in chosen.values():
        if path.resolve() == deck.path.resolve():
            loaded.append(deck)
            continue
        decks, problems = _load_all([str(path)])
        if problems:
            raise ValueError(f"fix the problems above in {path.name}, or pack one edition with --language.")
        loaded.extend(decks)
    return loaded


def cmd_cache(args: argparse.Namespace) -> int:
    """Where the render cache is, how big, per deck; `prune` removes renders no deck uses."""
    from presenter.catalog import load_catalog
    from presenter.export.cache_usage import cache_usage, human_size, prune

    decks, _ = _load_all(list(args.deck) + [str(p) for p in paths.builtin_decks()])
    usage = cache_usage(args.cache, decks, load_catalog())
    print(f"Render cache: {usage.root}")
    print(f"  {human_size(usage.total)} in all, {usage.renders} render{'s' if usage.renders != 1 else ''}")
    for name, size in sorted(usage.per_deck.items()):
        print(f"  {name}: {human_size(size)}")
    if usage.packs:
        print(f"  opened content packs: {human_size(usage.packs)}")
    if args.action != "prune":
        count = len(usage.unused)
        print(
            f"  not used by any deck: {count} render{'s' if count != 1 else ''}, {human_size(usage.unused_bytes)}"
            + (" (presenter cache prune removes them)" if usage.unused else "")
        )
        return 0
    removed, freed = prune(usage)
    print(
        f"Removed {removed} render{'s' if removed != 1 else ''} no deck uses, {human_size(freed)} freed. "
        "Each slide's last good render was kept."
    )
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    """Present a deck; without one, open the start screen (choose a deck, language and slides)."""
    import os

    renderer = None
    if args.deck and _is_pack(args.deck):  # present from the pack's renders; nothing renders
        from presenter.app.headless import NoRenders

        opened = _open_pack(args.deck, args.cache)
        args.deck, args.cache = str(_pack_deck(opened, args.language)), opened.cache_root
        renderer = NoRenders()
    deck = _deck_paths([args.deck])[0] if args.deck else None
    if deck is not None:
        _, problems = _load_all([str(deck)])
        if problems:
            print("Fix the problems above, then show the deck again.", file=sys.stderr)
            return 1
    screens = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    if sys.platform.startswith("linux") and not any(os.environ.get(name) for name in screens):
        print(
            "presenter show: no screen found (DISPLAY is not set). Run it on the desktop, "
            "or on a virtual screen: xvfb-run -a ./run.sh",
            file=sys.stderr,
        )
        return 1
    from presenter.app.main import run

    return run(deck, args.cache, renderer) if renderer is not None else run(deck, args.cache)


def cmd_edit(args: argparse.Namespace) -> int:
    """Open the editor on a deck (built-in decks open read-only, with "Make my copy")."""
    import os

    deck = _deck_paths([args.deck])[0]
    screens = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    if sys.platform.startswith("linux") and not any(os.environ.get(name) for name in screens):
        print("presenter edit: no screen found (DISPLAY is not set). Run it on the desktop.", file=sys.stderr)
        return 1
    from presenter.app.editor import run_editor
    from presenter.deck.document import DocumentError

    try:
        return run_editor(deck, args.cache)
    except DocumentError as error:
        print(f"presenter edit: {error}", file=sys.stderr)
        return 1


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

    parser = argparse.ArgumentParser(
        prog="presenter",
        description=(
            "Animated brain-science explanations for patients. DECK is a deck file "
            "or the name of a built-in deck (e.g. opioids)."
        ),
    )
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
    render.add_argument(
        "--quality",
        choices=QUALITIES,
        default="preview",
        help="preview (480p, fast, for editing) or hd (1080p, for presenting)",
    )
    render.add_argument("--jobs", type=int, default=2, metavar="N", help="renders at once (default 2)")
    render.add_argument("--cache", type=Path, default=paths.default_cache_dir(), help=cache_help)
    render.set_defaults(func=cmd_render)

    export = commands.add_parser(
        "export",
        help=(
            "export a deck from the render cache: a waiting-room loop, per-slide videos, "
            "an offline web page, a handout PDF or stills"
        ),
        description=(
            "Renders what is missing first. Examples: export opioids --to waiting-room --out opioids.mp4 "
            "--captions srt,vtt | --to slides --out slides/ | --to html --out web/ | "
            "--to handout --out opioids.pdf --paper a4 | --to stills --out stills/"
        ),
    )
    export.add_argument("deck", metavar="DECK", help="a deck, or a content pack (FILE.pack)")
    export.add_argument(
        "--to",
        required=True,
        choices=("waiting-room", "slides", "html", "handout", "stills", "pack"),
        help="waiting-room: one looping MP4; slides: an MP4 per slide and an M3U "
        "playlist; html: an offline folder; handout: a PDF; stills: PNGs; "
        "pack: the deck, its language editions and their renders in one file",
    )
    export.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar="PATH",
        help="a .mp4 file (waiting-room), a .pdf file (handout), a .pack file (pack), else a folder",
    )
    export.add_argument(
        "--profile",
        choices=("default", "silent-audio", "720p"),
        default="default",
        help="video for signage players: default (1080p, no audio), silent-audio "
        "(with a silent audio track, for players that need one), 720p (old players)",
    )
    export.add_argument(
        "--language",
        default="all",
        metavar="CODE",
        help="pack: every language edition (all, the default) or one (en, es); from a pack: the edition to export",
    )
    export.add_argument(
        "--slides", metavar="LIST", help="only these slides, by number or id: 1,3 or 2-3 or keys-and-locks"
    )
    export.add_argument("--captions", metavar="srt,vtt", help="also write SRT and/or WebVTT captions beside each video")
    export.add_argument(
        "--end-card", metavar="TEXT", help="the waiting-room video's closing message (default: the deck's end_card)"
    )
    export.add_argument(
        "--paper", choices=("letter", "a4"), default="letter", help="handout paper size (default letter)"
    )
    export.add_argument(
        "--quality",
        choices=QUALITIES,
        default="hd",
        help="renders to export from (default hd; preview is upscaled to 1080p)",
    )
    export.add_argument("--jobs", type=int, default=2, metavar="N", help="renders at once (default 2)")
    export.add_argument("--cache", type=Path, default=paths.default_cache_dir(), help=cache_help)
    export.add_argument("--progress", action="store_true", help=argparse.SUPPRESS)  # a line per percent
    export.set_defaults(func=cmd_export)

    cache = commands.add_parser(
        "cache", help="the render cache: where, how big, per deck; `cache prune` removes renders no deck uses"
    )
    cache.add_argument(
        "action",
        nargs="?",
        choices=("prune",),
        help="prune: remove renders no deck uses (each slide's last good render is kept)",
    )
    cache.add_argument(
        "--deck",
        action="append",
        default=[],
        metavar="DECK",
        help="also count this deck as in use (the built-in decks always are)",
    )
    cache.add_argument("--cache", type=Path, default=paths.default_cache_dir(), help=cache_help)
    cache.set_defaults(func=cmd_cache)

    show = commands.add_parser("show", help="present a deck (without DECK: the start screen)")
    show.add_argument("deck", nargs="?", metavar="DECK", help="a deck, or a content pack (FILE.pack)")
    show.add_argument("--language", metavar="CODE", help="a pack's edition to show (default: its first)")
    show.add_argument("--cache", type=Path, default=paths.default_cache_dir(), help=cache_help)
    show.set_defaults(func=cmd_show)

    edit = commands.add_parser("edit", help="edit a deck in a window: words, params, steps; checks as you type")
    edit.add_argument("deck", metavar="DECK")
    edit.add_argument("--cache", type=Path, default=paths.default_cache_dir(), help=cache_help)
    edit.set_defaults(func=cmd_edit)

    doctor = commands.add_parser("doctor", help="check that everything the presenter needs is installed")
    doctor.add_argument(
        "--quick", action="store_true", help="skip the slow checks (importing Manim, playing a test clip)"
    )
    doctor.add_argument("--cache", type=Path, default=paths.default_cache_dir(), help=cache_help)
    doctor.set_defaults(func=cmd_doctor)
    return parser


def main(argv: list[str] | None = None) -> int:
    from presenter.library import UnknownDeck

    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except CommandError as error:
        print(error, file=sys.stderr)
        return 1
    except UnknownDeck as error:
        print(f"presenter: {error}", file=sys.stderr)  # one plain line, no traceback
        return 2


if __name__ == "__main__":
    sys.exit(main())
