"""Which screen shows what: the audience view on the external screen, the presenter view on the laptop."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class ScreenInfo:
    """What placement needs to know about a screen (QScreen stays in the window code)."""

    name: str
    primary: bool


def assign_screens(screens: Sequence[ScreenInfo], preferred: str | None = None) -> tuple[int, int | None]:
    """(audience screen index, presenter screen index, or None with a single screen).

    The audience gets the screen chosen last time (``preferred``) when it is
    connected, else the first screen that is not the primary (the laptop's
    own); the presenter view gets the primary screen, or the next one.
    """
    if len(screens) < 2:
        return 0, None
    primary = next((i for i, s in enumerate(screens) if s.primary), 0)
    names = [s.name for s in screens]
    if preferred in names:
        audience = names.index(preferred)
    else:
        audience = next(i for i in range(len(screens)) if i != primary)
    presenter = primary if audience != primary else next(i for i in range(len(screens)) if i != audience)
    return audience, presenter


def swapped(screens: Sequence[ScreenInfo], audience: int) -> str:
    """The name of the screen the audience view moves to when screens are swapped."""
    others = [i for i in range(len(screens)) if i != audience]
    return screens[others[0]].name if others else screens[audience].name
