"""Settings: remembered presentation choices, never a crash on a bad file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from presenter import settings as settings_module
from presenter.settings import Settings, load_settings, save_settings, settings_path


@pytest.fixture(autouse=True)
def private_config(tmp_path, monkeypatch):
    """Never touch the real config: every test gets its own settings file."""
    monkeypatch.setenv("PRESENTER_CONFIG", str(tmp_path / "config" / "settings.json"))


def test_defaults_when_there_is_no_file():
    assert settings_path().name == "settings.json"
    assert not settings_path().exists()
    assert load_settings() == Settings()


def test_save_then_load_round_trips(tmp_path):
    chosen = Settings(
        last_deck="opioids",
        playlists={"opioids": ["keys-and-locks", "abstinence-and-recovery"]},
        screen="HDMI-1",
        speed=0.75,
        captions=True,
        presenter_view=False,
        languages={"opioids": "es"},
    )
    assert save_settings(chosen) is True
    assert load_settings() == chosen
    assert json.loads(settings_path().read_text(encoding="utf-8"))["speed"] == 0.75
    assert [p.name for p in settings_path().parent.iterdir()] == ["settings.json"]  # no temp file left


def test_an_explicit_path_wins_over_the_environment(tmp_path):
    path = tmp_path / "elsewhere.json"
    save_settings(Settings(speed=0.5), path)
    assert load_settings(path).speed == 0.5
    assert not settings_path().exists()


def test_presenter_config_naming_a_folder_uses_settings_json_inside(tmp_path, monkeypatch):
    monkeypatch.setenv("PRESENTER_CONFIG", str(tmp_path))
    assert settings_path() == tmp_path / "settings.json"


def test_platform_location_without_the_override(tmp_path, monkeypatch):
    """The settings live in the platform's config folder, the same helper as the cache's (presenter.paths)."""
    from presenter import paths

    monkeypatch.delenv("PRESENTER_CONFIG")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    assert settings_path() == tmp_path / "xdg" / "brain-explainer" / "settings.json"
    assert settings_path().parent == paths.user_folder("config")
    assert paths.user_folder("cache").name == settings_path().parent.name  # one app folder name


@pytest.mark.parametrize("content", [b"", b"{not json", b"[1, 2]", b"null", b"\xff\xfe\x00garbage", b"[" * 100000])
def test_damaged_files_give_the_defaults(content):
    settings_path().parent.mkdir(parents=True)
    settings_path().write_bytes(content)
    assert load_settings() == Settings()


def test_bad_values_are_dropped_one_by_one_and_unknown_keys_ignored():
    settings_path().parent.mkdir(parents=True)
    settings_path().write_text(
        json.dumps(
            {
                "last_deck": 42,
                "screen": "DP-2",
                "speed": 2.0,
                "captions": "yes",
                "presenter_view": False,
                "playlists": {"opioids": ["a", 3, "b", "a"], "depression": "all", "empty": []},
                "languages": {"opioids": "es", "depression": None},
                "patient": "never read",
            }
        )
    )
    loaded = load_settings()
    assert loaded == Settings(
        screen="DP-2", presenter_view=False, playlists={"opioids": ["a", "b"], "empty": []}, languages={"opioids": "es"}
    )


@pytest.mark.parametrize("speed, expected", [(0.5, 0.5), (1, 1.0), (True, 1.0), (0.6, 1.0), ("0.5", 1.0)])
def test_speed_must_be_one_of_the_offered_speeds(speed, expected):
    settings_path().parent.mkdir(parents=True)
    settings_path().write_text(json.dumps({"speed": speed}))
    assert load_settings().speed == expected


def test_saving_where_the_disk_refuses_returns_false(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    assert save_settings(Settings(), blocker / "settings.json") is False
    assert save_settings(Settings(), tmp_path) is False  # a folder where the file should be
    assert [p.name for p in tmp_path.iterdir()] == ["a-file"]  # no temp file left behind


def test_a_failed_save_keeps_the_previous_file(monkeypatch):
    save_settings(Settings(speed=0.5))
    monkeypatch.setattr(settings_module.os, "replace", _refuse)
    assert save_settings(Settings(speed=0.75)) is False
    assert load_settings().speed == 0.5
    assert [p.name for p in settings_path().parent.iterdir()] == ["settings.json"]


def _refuse(*_args):
    raise OSError(28, "No space left on device")


def test_the_module_says_no_patient_data_is_stored():
    assert "No patient data" in (settings_module.__doc__ or "")
    assert {f for f in Settings.__dataclass_fields__} == {
        "last_deck",
        "playlists",
        "screen",
        "speed",
        "captions",
        "large_captions",
        "presenter_view",
        "languages",
        "decks_folder",
        "clinic",
    }


def test_settings_are_qt_free():
    source = Path(settings_module.__file__).read_text()
    assert "PySide6" not in source
