"""The clinic's own details in a deck's words: its name and its emergency and crisis numbers.

A deck's narration, captions, labels and end card may write ``{clinic}``,
``{emergency}`` and ``{crisis}``; they are filled in when the deck is read.
Each detail comes from the first of: the deck's own ``clinic`` mapping; the
app's "Clinic details" (kept in the settings, presenter/settings.py) for the
deck's language (``es-MX``, then ``es``); the app's details for every
language; the US defaults for the two numbers (911 and 988). So a clinic sets
its numbers once, in the app, for the built-in decks and its own alike, and a
Spanish edition for another country can have numbers of its own. Qt-free.
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

from presenter import paths
from presenter.deck.model import Slide

CLINIC_FIELDS = {
    "name": "the clinic's name, as patients know it",
    "emergency": "the emergency number, e.g. 911",
    "crisis": "the suicide and crisis line, e.g. 988",
}
DEFAULTS = {"emergency": "911", "crisis": "988"}  # US numbers (evidence.md, scenes 7 and 8)
PLACEHOLDER = re.compile(r"\{(clinic|emergency|crisis)\}")
FIELD_OF = {"clinic": "name", "emergency": "emergency", "crisis": "crisis"}
EVERY_LANGUAGE = ""  # the key, in the app's clinic details, of what every language edition uses
PHONE_NUMBER = re.compile(r"^(?=.*[0-9])[0-9 +()\-]+$")  # digits, spaces, + - ( )
LONGEST = {"name": 60, "emergency": 20, "crisis": 20}  # characters: they are drawn on summary slides

AppDetails = Mapping[str, Mapping[str, str]]  # language code ("" for every language) -> field -> text


def _cleaned(given: Mapping[str, object]) -> dict[str, str]:
    return {k: " ".join(str(v).split()) for k, v in given.items() if str(v).strip()}


def clinic_details(given: Mapping[str, str], language: str = "en", app: AppDetails | None = None) -> dict[str, str]:
    """The deck's clinic details over the app's for its language, over the US default numbers.

    ``app`` defaults to the details saved in the app's settings.
    """
    app = app_details() if app is None else app
    base = language.split("-")[0]
    layers = [app.get(EVERY_LANGUAGE, {}), app.get(base, {}) if base != language else {}, app.get(language, {})]
    merged = dict(DEFAULTS)
    for layer in layers:
        merged.update(_cleaned({k: v for k, v in layer.items() if k in CLINIC_FIELDS}))
    return {**merged, **_cleaned(given)}


def app_details() -> dict[str, dict[str, str]]:
    """The clinic details saved in the app's settings file ("Clinic details" on the start screen).

    Read here, not through presenter.settings (a layer above the decks'), with the same
    rules: a missing or damaged file, or a bad value, gives none.
    """
    try:
        data = json.loads(paths.settings_file().read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):
        return {}
    return details_from(data.get("clinic")) if isinstance(data, dict) else {}


def details_from(value: Any) -> dict[str, dict[str, str]]:
    """Clinic details per language from the settings' JSON; a detail that is not valid text is dropped."""
    if not isinstance(value, dict):
        return {}
    result: dict[str, dict[str, str]] = {}
    for language, details in value.items():
        if isinstance(language, str) and isinstance(details, dict):
            kept = {
                name: " ".join(text.split())
                for name, text in details.items()
                if name in CLINIC_FIELDS and isinstance(text, str) and text.strip() and not detail_problem(name, text)
            }
            if kept:
                result[language] = kept
    return result


def detail_problem(field: str, text: str) -> str | None:
    """Why ``text`` cannot be the clinic's ``field`` ("not_phone" or "too_long"), or None when it can."""
    text = " ".join(text.split())
    if not text:
        return None
    if len(text) > LONGEST[field]:
        return "too_long"
    if field != "name" and not PHONE_NUMBER.match(text):
        return "not_phone"
    return None


def missing_details(text: str, clinic: Mapping[str, str]) -> list[str]:
    """The clinic fields ``text`` asks for that the deck does not give."""
    return sorted({FIELD_OF[m] for m in PLACEHOLDER.findall(text)} - clinic.keys())


def fill(text: str, clinic: Mapping[str, str]) -> str:
    """``text`` with each placeholder replaced (one the deck lacks is left as written)."""
    return PLACEHOLDER.sub(lambda m: clinic.get(FIELD_OF[m.group(1)], m.group(0)), text)


def unknown_fields(given: Mapping[str, object]) -> list[str]:
    """The keys of a deck's ``clinic`` mapping that are not clinic fields, or not text."""
    return [key for key, value in given.items() if key not in CLINIC_FIELDS or not isinstance(value, (str, int))]


def fill_slide(slide: Slide, clinic: Mapping[str, str]) -> Slide:
    """A slide whose narration, captions and labels carry the clinic's details."""
    steps = tuple(
        dataclasses.replace(
            step, narration=fill(step.narration, clinic), caption=fill(step.caption, clinic) if step.caption else None
        )
        for step in slide.steps
    )
    labels = MappingProxyType({k: fill(v, clinic) if isinstance(v, str) else v for k, v in slide.labels.items()})
    return dataclasses.replace(slide, steps=steps, labels=labels)
