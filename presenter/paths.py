"""Where things live: the project's built-in folders and the render cache."""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# In a checkout presenter/assets links to the top-level assets/ folder; a wheel carries a real folder there.
_PACKAGED_ASSETS = Path(__file__).resolve().parent / "assets"
ASSETS_DIR = ROOT / "assets" if _PACKAGED_ASSETS.is_symlink() or not _PACKAGED_ASSETS.is_dir() else _PACKAGED_ASSETS
DECKS_DIR = ASSETS_DIR / "decks"
SCENES_DIR = ROOT / "scenes"
CACHE_ENV = "PRESENTER_CACHE"


def default_cache_dir() -> Path:
    """$PRESENTER_CACHE, else the platform's user cache folder."""
    if os.environ.get(CACHE_ENV):
        return Path(os.environ[CACHE_ENV]).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "brain-explainer"


FIRST_DECK = "opioids"  # the introduction: keys and locks


def default_deck() -> Path:
    """The deck `presenter show` opens when none is named."""
    first = DECKS_DIR / f"{FIRST_DECK}.yaml"
    return first if first.exists() else builtin_decks()[0]


def builtin_decks() -> list[Path]:
    """The decks shipped in assets/decks, by file name."""
    return sorted(p for p in DECKS_DIR.glob("*.yaml") if not p.name.startswith("."))


def resolve_deck(name_or_path: str) -> Path:
    """A deck path as given, or the built-in deck with that name (``opioids``)."""
    path = Path(name_or_path)
    if path.suffix in {".yaml", ".yml"} or path.exists():
        return path
    return DECKS_DIR / f"{name_or_path}.yaml"
