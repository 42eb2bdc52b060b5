"""The presenter's remembered choices, kept in the platform's config folder.

Only presentation choices are stored: the last deck's name, the slide ids
chosen for each deck, the audience screen's name, the playback speed, two
on/off flags, the language last chosen per deck family, the folder of
the clinic's own decks and the clinic's details (its name and emergency and
crisis numbers, per language: presenter/deck/clinic.py). No patient data
is ever stored here (no names, notes, dates or anything typed in a session).

The file is JSON. Reading never fails: a missing, unreadable or damaged file
gives the defaults, unknown keys are ignored and values of the wrong type are
dropped one by one. Writing is atomic (a temporary file renamed into place),
so a crash never leaves half a file.
"""

from __future__ import annotations

import json
import math
import os
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from presenter import paths
from presenter.deck.clinic import details_from

CONFIG_ENV = paths.CONFIG_ENV
APP_FOLDER = paths.APP_FOLDER
FILE_NAME = paths.SETTINGS_FILE
SPEEDS = (0.5, 0.75, 1.0, 1.25, 1.5)


@dataclass
class Settings:
    """What the presenter remembers between sessions (never anything about a patient)."""

    last_deck: str | None = None
    playlists: dict[str, list[str]] = field(default_factory=dict)  # deck name -> chosen slide ids
    screen: str | None = None  # QScreen name of the audience view
    speed: float = 1.0  # one of SPEEDS
    captions: bool = False
    large_captions: bool = False  # C cycles captions off, normal, large
    presenter_view: bool = True
    languages: dict[str, str] = field(default_factory=dict)  # deck family -> language code
    decks_folder: str | None = None  # the clinic's own decks, when moved from the default
    clinic: dict[str, dict[str, str]] = field(default_factory=dict)  # language ("" every one) -> name, numbers


def config_dir() -> Path:
    """The platform's per-user config folder for this app (one helper for all folders: presenter.paths)."""
    return paths.config_dir()


def settings_path() -> Path:
    """$PRESENTER_CONFIG (the settings file; a folder gets settings.json inside), else the config folder's."""
    return paths.settings_file()


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def _text_map(value: Any) -> dict[str, str]:
    if not isinstance(value, dict):
        return {}
    return {key: item for key, item in value.items() if isinstance(key, str) and _text(item)}


def _playlists(value: Any) -> dict[str, list[str]]:
    if not isinstance(value, dict):
        return {}
    result: dict[str, list[str]] = {}
    for deck, ids in value.items():
        if isinstance(deck, str) and isinstance(ids, list):
            result[deck] = list(dict.fromkeys(i for i in ids if isinstance(i, str) and i))
    return result


def _speed(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        return None
    return next((speed for speed in SPEEDS if abs(speed - value) < 1e-9), None)


def settings_from_dict(data: Any) -> Settings:
    """Settings from parsed JSON: unknown keys ignored, bad values left at their defaults."""
    settings = Settings()
    if not isinstance(data, dict):
        return settings
    if "last_deck" in data:
        settings.last_deck = _text(data["last_deck"])
    if "screen" in data:
        settings.screen = _text(data["screen"])
    if "decks_folder" in data:
        settings.decks_folder = _text(data["decks_folder"])
    settings.playlists = _playlists(data.get("playlists"))
    settings.languages = _text_map(data.get("languages"))
    settings.clinic = details_from(data.get("clinic"))
    speed = _speed(data.get("speed"))
    if speed is not None:
        settings.speed = speed
    for flag in ("captions", "large_captions", "presenter_view"):
        if isinstance(data.get(flag), bool):
            setattr(settings, flag, data[flag])
    return settings


def load_settings(path: Path | None = None) -> Settings:
    """The saved settings, or the defaults for anything missing or damaged. Never raises."""
    path = settings_path() if path is None else Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):  # missing, unreadable, not JSON, absurdly nested
        return Settings()
    return settings_from_dict(data)


def save_settings(settings: Settings, path: Path | None = None) -> bool:
    """Write the settings atomically. Returns False (never raises) when the disk refuses.

    Remembering choices must never interrupt a session, so a read-only or
    full disk only means the choices are not remembered.
    """
    path = settings_path() if path is None else Path(path)
    temporary: str | None = None
    try:
        text = json.dumps(asdict(settings), indent=2, ensure_ascii=False, allow_nan=False) + "\n"
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=".settings-", suffix=".tmp", dir=path.parent)
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            file.write(text)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, path)
        return True
    except (OSError, TypeError, ValueError):
        if temporary is not None:
            try:
                os.unlink(temporary)
            except OSError:
                pass
        return False
