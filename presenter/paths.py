"""Where things live: the built-in folders, and the user's cache, settings and decks.

One helper, ``user_folder``, gives the platform's standard place for each of
the three user folders (platformdirs: XDG on Linux, ~/Library on macOS,
AppData and Documents on Windows). Each can be moved with an environment
variable: PRESENTER_CACHE, PRESENTER_CONFIG (the settings file or its folder)
and PRESENTER_DECKS.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

import platformdirs

ROOT = Path(__file__).resolve().parent.parent
# In a checkout presenter/assets links to the top-level assets/ folder; a wheel carries a real folder there.
_PACKAGED_ASSETS = Path(__file__).resolve().parent / "assets"
ASSETS_DIR = ROOT / "assets" if _PACKAGED_ASSETS.is_symlink() or not _PACKAGED_ASSETS.is_dir() else _PACKAGED_ASSETS
DECKS_DIR = ASSETS_DIR / "decks"
SCENES_DIR = ROOT / "scenes"
APP_FOLDER = "brain-explainer"
DECKS_FOLDER = "Brain Explainer decks"  # in the user's documents: a folder they can find
CACHE_ENV = "PRESENTER_CACHE"
CONFIG_ENV = "PRESENTER_CONFIG"
DECKS_ENV = "PRESENTER_DECKS"
SETTINGS_FILE = "settings.json"
PACK_SUFFIX = ".pack"  # a content pack's file (presenter/export/pack.py), also kept in the library

Kind = Literal["cache", "config", "decks"]


def user_folder(kind: Kind) -> Path:
    """The platform's standard folder for the render cache, the settings or the clinic's decks."""
    if kind == "cache":
        return Path(platformdirs.user_cache_dir(APP_FOLDER, appauthor=False))
    if kind == "config":
        return Path(platformdirs.user_config_dir(APP_FOLDER, appauthor=False, roaming=True))
    return Path(platformdirs.user_documents_dir()) / DECKS_FOLDER


def _override(variable: str) -> Path | None:
    value = os.environ.get(variable, "").strip()
    return Path(value).expanduser() if value else None


def default_cache_dir() -> Path:
    """$PRESENTER_CACHE, else the platform's user cache folder."""
    return _override(CACHE_ENV) or user_folder("cache")


def config_dir() -> Path:
    """The platform's per-user config folder (PRESENTER_CONFIG is read by settings.settings_path)."""
    return user_folder("config")


def settings_file() -> Path:
    """$PRESENTER_CONFIG (the settings file; a folder gets settings.json inside), else the config folder's."""
    override = _override(CONFIG_ENV)
    if override:
        return override / SETTINGS_FILE if override.is_dir() else override
    return config_dir() / SETTINGS_FILE


def decks_dir(chosen: str | None = None) -> Path:
    """The clinic's own decks: $PRESENTER_DECKS, else the folder chosen in settings, else Documents'."""
    return _override(DECKS_ENV) or (Path(chosen).expanduser() if chosen else user_folder("decks"))


FIRST_DECK = "opioids"  # the introduction: keys and locks


def default_deck() -> Path:
    """The deck `presenter show` opens when none is named."""
    first = DECKS_DIR / f"{FIRST_DECK}.yaml"
    return first if first.exists() else builtin_decks()[0]


def builtin_decks() -> list[Path]:
    """The decks shipped in assets/decks, by file name."""
    return sorted(p for p in DECKS_DIR.glob("*.yaml") if not p.name.startswith("."))


def resolve_deck(name_or_path: str) -> Path:
    """A deck path as given, or the built-in deck with that name (``opioids``).

    Finding a deck by name among the built-in and the clinic's decks alike,
    case-insensitively, is ``presenter.library.DeckLibrary.find``.
    """
    path = Path(name_or_path)
    if path.suffix in {".yaml", ".yml"} or path.exists():
        return path
    return DECKS_DIR / f"{name_or_path}.yaml"
