"""`presenter export`: check the options, then run one export and say what it wrote.

The CLI renders what is missing first (progress printed) and passes the
manifests here; nothing in this module renders.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from presenter.deck.model import Deck
from presenter.render.manifest import Manifest

TARGETS = ("waiting-room", "slides", "html", "handout", "stills", "pack")
FILE_SUFFIX = {"waiting-room": ".mp4", "handout": ".pdf", "pack": ".pack"}
PROFILE_TARGETS = ("waiting-room", "slides")
Progress = Callable[[int, int], None]  # (work done, work in all)


@dataclass(frozen=True)
class ExportOptions:
    """Checked options of one export."""

    target: str
    out: Path
    slides: tuple[int, ...]
    captions: tuple[str, ...] = ()
    end_card: str | None = None
    paper: str = "letter"
    profile: str = "default"
    language: str = "all"  # packs: every edition, or the one in this language


def check_options(
    deck: Deck,
    target: str,
    out: Path,
    slides: str | None,
    captions: str | None,
    end_card: str | None,
    paper: str,
    profile: str = "default",
    language: str = "all",
) -> ExportOptions:
    """Options as given on the command line, checked; ValueError says what to change."""
    from presenter.export.captions import parse_formats
    from presenter.export.timing import choose_slides
    from presenter.export.video import PROFILES

    if target not in TARGETS:
        raise ValueError(f"--to {target}: use one of {', '.join(TARGETS)}.")
    suffix = FILE_SUFFIX.get(target)
    if suffix:
        if out.is_dir():
            raise ValueError(
                f"--out {out} is a folder; --to {target} writes one file, e.g. --out {out / (deck.name + suffix)}."
            )
        if out.suffix.lower() != suffix:
            raise ValueError(f"--out {out}: --to {target} writes a {suffix} file; end the name with {suffix}.")
    elif out.exists() and not out.is_dir():
        raise ValueError(f"--out {out} is a file; --to {target} writes a folder.")
    formats = parse_formats(captions)
    if formats and target not in ("waiting-room", "slides"):
        raise ValueError("--captions goes with --to waiting-room or slides (html always has WebVTT).")
    if end_card is not None and not end_card.strip():
        raise ValueError("--end-card is empty: give the message to end the video on.")
    if profile not in PROFILES:
        raise ValueError(f"--profile {profile}: use one of {', '.join(PROFILES)}.")
    if profile != "default" and target not in PROFILE_TARGETS:
        raise ValueError("--profile goes with --to waiting-room or slides.")
    if target == "pack" and slides:
        raise ValueError("--slides does not go with --to pack: a pack holds whole decks.")
    return ExportOptions(
        target, out, tuple(choose_slides(deck, slides)), tuple(formats), end_card, paper, profile, language
    )


class ProgressLine:
    """Encoding progress: one updating line on a terminal, else a line at every quarter."""

    def __init__(self, stream: TextIO | None = None, every: int | None = None):
        self.stream = stream or sys.stdout
        self.live = self.stream.isatty()
        self.every = every or (1 if self.live else 25)  # percent between lines
        self.label = "encoding"
        self.shown = -1

    def __call__(self, done: int, total: int) -> None:
        step = self.every
        percent = done * 100 // max(1, total) // step * step
        if percent <= self.shown:
            return
        self.shown = percent
        if self.live and self.every == 1:
            end = "\n" if percent >= 100 else ""
            print(f"\r  {self.label}: {percent}%", end=end, file=self.stream, flush=True)
        else:
            print(f"  {self.label}: {percent}%", file=self.stream, flush=True)


def run_export(
    deck: Deck,
    manifests: Sequence[Manifest | None],
    options: ExportOptions,
    progress: Progress | None = None,
    editions: Sequence[tuple[Deck, Sequence[Manifest]]] = (),
) -> int:
    """Run the export; prints what was written. Returns the exit code (no traceback for an
    interrupt, a damaged render or a file that cannot be written; nothing is left behind).

    ``editions``: for a pack, every edition to pack with its manifests.
    """
    from presenter.export.frames import DamagedVideo
    from presenter.export.output import staged

    if any(manifests[index] is None for index in options.slides):
        print("Some slides have no render, so nothing was exported.", file=sys.stderr)
        return 1
    try:
        with staged(options.out, options.target in FILE_SUFFIX) as target:
            report = _run(deck, manifests, options, target, progress or ProgressLine(), editions)
    except KeyboardInterrupt:
        print("\nStopped: the export was not finished.", file=sys.stderr)
        return 130
    except DamagedVideo as error:
        print(f"presenter export: {error}", file=sys.stderr)
        return 1
    except OSError as error:
        print(
            f"presenter export: could not write {options.out}: {error.strerror or error}. "
            "Check the folder exists and is writable, and that the disk has room. "
            "Nothing was left behind.",
            file=sys.stderr,
        )
        return 1
    print(report)
    return 0


def _run(
    deck: Deck,
    manifests: Sequence[Manifest | None],
    options: ExportOptions,
    out: Path,
    progress: Progress,
    editions: Sequence[tuple[Deck, Sequence[Manifest]]],
) -> str:
    """Write the export at ``out`` (the staged path); returns what to tell the user."""
    chosen = list(options.slides)
    started = time.perf_counter()
    final = options.out
    if options.target == "waiting-room":
        from presenter.export.waiting_room import export_waiting_room

        result = export_waiting_room(
            deck,
            manifests,  # type: ignore[arg-type]
            out,
            chosen,  # type: ignore[arg-type]
            options.end_card,
            options.captions,
            progress,
            options.profile,
        )
        extra = "".join(f" and {p.name}" for p in result.captions)
        return (
            f"wrote {final} ({result.timeline.seconds:.1f} s, {options.profile}, {_size(out)}){extra} "
            f"in {time.perf_counter() - started:.1f} s"
        )
    if options.target == "slides":
        from presenter.export.slides import export_slides

        exports, playlist = export_slides(
            deck,
            manifests,  # type: ignore[arg-type]
            out,
            chosen,  # type: ignore[arg-type]
            options.captions,
            progress,
            options.profile,
        )
        return f"wrote {len(exports)} slide videos and {final / playlist.name} in {time.perf_counter() - started:.1f} s"
    if options.target == "html":
        from presenter.export.html import export_html

        index = export_html(deck, manifests, out, chosen, progress)  # type: ignore[arg-type]
        return (
            f"wrote {final / index.name} (open it in a browser; the folder works offline) "
            f"in {time.perf_counter() - started:.1f} s"
        )
    if options.target == "handout":
        from presenter.export.handout import export_handout

        _, pages = export_handout(deck, manifests, out, options.paper, chosen)  # type: ignore[arg-type]
        return f"wrote {final} ({pages} pages, {options.paper}, {_size(out)})"
    if options.target == "pack":
        from presenter.export.pack import write_pack

        if isinstance(progress, ProgressLine):
            progress.label = "packing"
        packed = editions or [(deck, manifests)]  # type: ignore[list-item]
        quality = packed[0][1][0].quality if packed[0][1] else "hd"
        count = write_pack(packed, out, quality, progress)
        languages = ", ".join(d.language for d, _ in packed)
        return (
            f"wrote {final} ({len(packed)} edition{'s' if len(packed) != 1 else ''}: {languages}; "
            f"{count} files, {_size(out)}) in {time.perf_counter() - started:.1f} s"
        )
    from presenter.export.stills import contact_sheet, write_stills

    stills = write_stills(deck, manifests, out, chosen)
    sheet = contact_sheet(deck, stills, out)
    return f"wrote {len(stills)} stills and {final / sheet.name}"


def _size(path: Path) -> str:
    size = path.stat().st_size
    return f"{size / 1e6:.1f} MB" if size >= 1e6 else f"{size / 1e3:.0f} kB"
