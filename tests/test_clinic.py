"""Clinic details: the deck's own, else the app's for its language, else every language's, else 911 and 988;
kept in the settings (bad values dropped); a change of number changes the summary's render key."""

from __future__ import annotations

import json

import pytest

from presenter import paths
from presenter.catalog import load_catalog
from presenter.deck.clinic import clinic_details, detail_problem
from presenter.deck.load import read_deck
from presenter.render.key import render_key
from presenter.settings import Settings, load_settings, save_settings, settings_from_dict

APP = {"": {"name": "Clinic North", "emergency": "112"}, "es": {"emergency": "066", "crisis": "800 911 2000"}}


def test_the_deck_wins_then_the_language_then_every_language_then_the_us_defaults():
    assert clinic_details({}, "en", {}) == {"emergency": "911", "crisis": "988"}
    assert clinic_details({}, "en", APP) == {"name": "Clinic North", "emergency": "112", "crisis": "988"}
    assert clinic_details({}, "es", APP) == {"name": "Clinic North", "emergency": "066", "crisis": "800 911 2000"}
    assert clinic_details({}, "es-MX", APP)["emergency"] == "066"  # a region falls back to its language
    assert clinic_details({"emergency": "999"}, "es", APP)["emergency"] == "999"  # the deck's own first


@pytest.mark.parametrize(
    ("field", "text", "problem"),
    [
        ("emergency", "911", None),
        ("crisis", "+52 (55) 5259-8121", None),
        ("emergency", "", None),
        ("emergency", "call 911", "not_phone"),
        ("crisis", "- ( )", "not_phone"),  # no digit at all
        ("crisis", "1" * 21, "too_long"),
        ("name", "Clínica Sur (Centro)", None),
        ("name", "x" * 61, "too_long"),
    ],
)
def test_what_a_detail_accepts(field, text, problem):
    assert detail_problem(field, text) == problem


def test_settings_keep_clinic_details_and_drop_bad_ones(tmp_path):
    data = {"clinic": {"": {"name": " Clinic  North ", "phone": "1"}, "es": {"emergency": "llame", "crisis": 5}}}
    assert settings_from_dict(data).clinic == {"": {"name": "Clinic North"}}
    path = tmp_path / "settings.json"
    assert save_settings(Settings(clinic=APP), path)
    assert json.loads(path.read_text(encoding="utf-8"))["clinic"] == APP
    assert load_settings(path).clinic == APP


def test_the_app_details_fill_the_builtin_decks_and_re_render_the_summary(monkeypatch, tmp_path):
    monkeypatch.setenv(paths.CONFIG_ENV, str(tmp_path / "settings.json"))
    deck_path = paths.DECKS_DIR / "opioids.es.yaml"
    before, _ = read_deck(deck_path)
    save_settings(Settings(clinic={"es": {"emergency": "066"}}))
    after, _ = read_deck(deck_path)
    english, _ = read_deck(paths.DECKS_DIR / "opioids.yaml")
    assert before is not None and after is not None and english is not None
    assert "066" in " ".join(after.slides[-1].labels.values()) and "911" not in str(after.slides[-1].labels)
    assert "{emergency}" not in after.slides[-1].steps[-1].narration and "066" in after.slides[-1].steps[-1].narration
    assert english.clinic["emergency"] == "911"  # the Spanish edition's number only
    spec = load_catalog()[after.slides[-1].scene]
    assert render_key(after.slides[-1], spec, "hd") != render_key(before.slides[-1], spec, "hd")
    assert render_key(after.slides[0], spec_of(after, 0), "hd") == render_key(
        before.slides[0], spec_of(before, 0), "hd"
    )


def spec_of(deck, index):
    return load_catalog()[deck.slides[index].scene]


def test_a_pack_carries_the_clinic_details_its_renders_were_made_with(monkeypatch, tmp_path):
    from presenter.export.pack import deck_as_rendered

    monkeypatch.setenv(paths.CONFIG_ENV, str(tmp_path / "settings.json"))
    save_settings(Settings(clinic={"": {"name": "Clinic North", "emergency": "112"}}))
    deck, _ = read_deck(paths.DECKS_DIR / "treatment.yaml")
    assert deck is not None
    packed = deck_as_rendered(deck, tmp_path)
    assert packed.parent == tmp_path and "# The clinic's details" in packed.read_text(encoding="utf-8")
    save_settings(Settings())  # another computer, with no clinic details of its own
    again, problems = read_deck(packed)
    assert problems == [] and again is not None and dict(again.clinic) == dict(deck.clinic)
    assert again.slides[-1].labels == deck.slides[-1].labels
    assert deck_as_rendered(again, tmp_path / "unused") == packed  # already says them: used as it is
