"""The render cache's size, per deck, and cleaning it up (`presenter cache`, `presenter cache prune`).

A render is *in use* when it is the current render of a known deck's slide
(at either quality) or a slide's last good render (``last-good/``), which a
presentation falls back to while a new one is made. Cleaning up removes every
other finished render, folders abandoned by renders that were killed, and
pointers to renders that are gone; renders younger than ``GRACE_SECONDS`` are
kept, in case one is being filed right now. Unpacked content packs
(``packs/``) are counted, never removed. Qt-free.
"""

from __future__ import annotations

import json
import os
import shutil
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from presenter.deck.model import Deck
from presenter.render.cache import RenderCache
from presenter.render.key import QUALITIES, render_key
from presenter.render.manifest import MANIFEST_NAME

GRACE_SECONDS = 3600.0
PACKS = "packs"


def folder_size(folder: Path) -> int:
    """Bytes in the files under ``folder`` (links not followed)."""
    total = 0
    for root, _, files in os.walk(folder):
        for name in files:
            try:
                total += (Path(root) / name).lstat().st_size
            except OSError:
                pass
    return total


def render_folders(root: Path) -> list[Path]:
    """Every finished render folder: ``<quality>/<Scene>-<digest>/`` with a manifest."""
    return [
        folder
        for quality in QUALITIES
        for folder in sorted((root / quality).glob("*"))
        if (folder / MANIFEST_NAME).is_file()
    ]


def _deck_folders(cache: RenderCache, deck: Deck, catalog: Mapping[str, Any]) -> set[Path]:
    """The render folders of the deck's slides as they are now (either quality)."""
    return {
        cache.folder(render_key(slide, catalog[slide.scene], quality))
        for slide in deck.slides
        if slide.scene in catalog
        for quality in QUALITIES
    }


def _last_good(root: Path) -> dict[Path, set[Path]]:
    """Pointer file -> the render folders it names."""
    pointers: dict[Path, set[Path]] = {}
    for pointer in sorted((root / "last-good").glob("*.json")):
        try:
            data = json.loads(pointer.read_text())
            pointers[pointer] = {root / relative for relative in data.values() if isinstance(relative, str)}
        except (OSError, ValueError, AttributeError):
            pointers[pointer] = set()
    return pointers


@dataclass
class CacheUsage:
    """What the cache holds: its total, each deck's share, what no deck uses."""

    root: Path
    total: int = 0
    renders: int = 0
    per_deck: dict[str, int] = field(default_factory=dict)  # deck file name -> bytes of its renders
    packs: int = 0  # bytes of unpacked content packs
    unused: list[Path] = field(default_factory=list)  # render folders clean-up would remove
    unused_bytes: int = 0


def cache_usage(root: Path, decks: Iterable[Deck], catalog: Mapping[str, Any], now: float | None = None) -> CacheUsage:
    """Measure the cache at ``root`` against ``decks`` (the decks that are still in use)."""
    root = Path(root)
    cache = RenderCache(root)
    usage = CacheUsage(root)
    if not root.is_dir():
        return usage
    usage.total = folder_size(root)
    usage.packs = folder_size(root / PACKS)
    in_use: set[Path] = set()
    for deck in decks:
        folders = _deck_folders(cache, deck, catalog)
        usage.per_deck[deck.path.name] = sum(folder_size(f) for f in folders if f.is_dir())
        in_use |= folders
    for targets in _last_good(root).values():
        in_use |= targets
    cutoff = (time.time() if now is None else now) - GRACE_SECONDS
    for folder in render_folders(root):
        usage.renders += 1
        if folder not in in_use and (folder / MANIFEST_NAME).stat().st_mtime < cutoff:
            usage.unused.append(folder)
            usage.unused_bytes += folder_size(folder)
    return usage


def prune(usage: CacheUsage) -> tuple[int, int]:
    """Remove the renders ``usage`` found unused, abandoned staging folders and dead pointers.

    Each render is renamed out of the way before it is deleted, so a player never sees
    a half-deleted one. Returns (renders removed, bytes freed).
    """
    cache = RenderCache(usage.root)
    removed, freed = 0, 0
    for folder in usage.unused:
        size = folder_size(folder)
        doomed = cache.staging()
        try:
            folder.rename(doomed / "unused")
        except OSError:
            shutil.rmtree(doomed, ignore_errors=True)
            continue
        shutil.rmtree(doomed, ignore_errors=True)
        removed, freed = removed + 1, freed + size
    cache.remove_abandoned_staging()
    for pointer, targets in _last_good(usage.root).items():
        if not any((target / MANIFEST_NAME).is_file() for target in targets):
            pointer.unlink(missing_ok=True)
    return removed, freed


def human_size(size: int) -> str:
    """Bytes in words a person reads: 1.2 GB, 340 MB, 12 kB."""
    for unit, scale in (("GB", 1e9), ("MB", 1e6), ("kB", 1e3)):
        if size >= scale:
            return f"{size / scale:.1f} {unit}" if size < 100 * scale else f"{size / scale:.0f} {unit}"
    return f"{size} bytes"
