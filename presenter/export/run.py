"""`presenter export`: check the options, then run one export and say what it wrote.

The CLI renders what is missing first (progress printed) and passes the
manifests here; nothing in this module renders.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from presenter.deck.model import Deck
from presenter.render.manifest import Manifest

TARGETS = ("waiting-room", "slides", "html", "handout", "stills")
FILE_SUFFIX = {"waiting-room": ".mp4", "handout": ".pdf"}


@dataclass(frozen=True)
class ExportOptions:
    """Checked options of one export."""

    target: str
    out: Path
    slides: tuple[int, ...]
    captions: tuple[str, ...] = ()
    end_card: str | None = None
    paper: str = "letter"


def check_options(deck: Deck, target: str, out: Path, slides: str | None, captions: str | None,
                  end_card: str | None, paper: str) -> ExportOptions:
    """Options as given on the command line, checked; ValueError says what to change."""
    from presenter.export.captions import parse_formats
    from presenter.export.timing import choose_slides

    if target not in TARGETS:
        raise ValueError(f"--to {target}: use one of {', '.join(TARGETS)}.")
    suffix = FILE_SUFFIX.get(target)
    if suffix:
        if out.is_dir():
            raise ValueError(f"--out {out} is a folder; --to {target} writes one file, e.g. "
                             f"--out {out / (deck.name + suffix)}.")
        if out.suffix.lower() != suffix:
            raise ValueError(f"--out {out}: --to {target} writes a {suffix} file; "
                             f"end the name with {suffix}.")
    elif out.exists() and not out.is_dir():
        raise ValueError(f"--out {out} is a file; --to {target} writes a folder.")
    formats = parse_formats(captions)
    if formats and target not in ("waiting-room", "slides"):
        raise ValueError("--captions goes with --to waiting-room or slides (html always has WebVTT).")
    if end_card is not None and not end_card.strip():
        raise ValueError("--end-card is empty: give the message to end the video on.")
    return ExportOptions(target, out, tuple(choose_slides(deck, slides)), tuple(formats),
                         end_card, paper)


class ProgressLine:
    """Encoding progress: one updating line on a terminal, else a line at every quarter."""

    def __init__(self, stream: TextIO | None = None):
        self.stream = stream or sys.stdout
        self.live = self.stream.isatty()
        self.shown = -1

    def __call__(self, done: int, total: int) -> None:
        step = 1 if self.live else 25
        percent = done * 100 // max(1, total) // step * step
        if percent <= self.shown:
            return
        self.shown = percent
        if self.live:
            end = "\n" if percent >= 100 else ""
            print(f"\r  encoding: {percent}%", end=end, file=self.stream, flush=True)
        else:
            print(f"  encoding: {percent}%", file=self.stream, flush=True)


def run_export(deck: Deck, manifests: Sequence[Manifest | None], options: ExportOptions) -> int:
    """Run the export; prints what was written. Returns the exit code (no traceback for
    an interrupt or a file that cannot be written)."""
    if any(manifests[index] is None for index in options.slides):
        print("Some slides have no render, so nothing was exported.", file=sys.stderr)
        return 1
    try:
        _run(deck, manifests, options)
    except KeyboardInterrupt:
        print("\nStopped: the export was not finished.", file=sys.stderr)
        return 130
    except OSError as error:
        print(f"presenter export: could not write {options.out}: {error.strerror or error}. "
              "Check the folder exists and is writable, and that the disk has room.", file=sys.stderr)
        return 1
    return 0


def _run(deck: Deck, manifests: Sequence[Manifest | None], options: ExportOptions) -> None:
    chosen = list(options.slides)
    started = time.perf_counter()
    progress = ProgressLine()
    out = options.out
    if options.target == "waiting-room":
        from presenter.export.waiting_room import export_waiting_room

        result = export_waiting_room(deck, manifests, out, chosen,  # type: ignore[arg-type]
                                     options.end_card, options.captions, progress)
        extra = "".join(f" and {p.name}" for p in result.captions)
        print(f"wrote {out} ({result.timeline.seconds:.1f} s, {_size(out)}){extra} "
              f"in {time.perf_counter() - started:.1f} s")
    elif options.target == "slides":
        from presenter.export.slides import export_slides

        exports, playlist = export_slides(deck, manifests, out, chosen,  # type: ignore[arg-type]
                                          options.captions, progress)
        print(f"wrote {len(exports)} slide videos and {playlist} in {time.perf_counter() - started:.1f} s")
    elif options.target == "html":
        from presenter.export.html import export_html

        index = export_html(deck, manifests, out, chosen, progress)  # type: ignore[arg-type]
        print(f"wrote {index} (open it in a browser; the folder works offline) "
              f"in {time.perf_counter() - started:.1f} s")
    elif options.target == "handout":
        from presenter.export.handout import export_handout

        path, pages = export_handout(deck, manifests, out, options.paper, chosen)  # type: ignore[arg-type]
        print(f"wrote {path} ({pages} pages, {options.paper}, {_size(path)})")
    else:
        from presenter.export.stills import contact_sheet, write_stills

        stills = write_stills(deck, manifests, out, chosen)  # type: ignore[arg-type]
        sheet = contact_sheet(deck, stills, out)
        print(f"wrote {len(stills)} stills and {sheet}")


def _size(path: Path) -> str:
    size = path.stat().st_size
    return f"{size / 1e6:.1f} MB" if size >= 1e6 else f"{size / 1e3:.0f} kB"
