"""The presenter command: exit codes and messages a user sees."""

from __future__ import annotations

import subprocess
import sys

import pytest

from presenter import paths
from presenter.cli import main


def test_check_builtin_decks_is_clean(capsys):
    assert main(["check"]) == 0
    assert "ok" in capsys.readouterr().out


def test_check_by_name_and_path(capsys):
    assert main(["check", "opioids"]) == 0
    assert main(["check", str(paths.DECKS_DIR / "opioids.yaml")]) == 0


def test_check_broken_deck_prints_every_problem_and_exits_1(tmp_path, capsys):
    deck = tmp_path / "broken.yaml"
    text = (paths.DECKS_DIR / "opioids.yaml").read_text()
    deck.write_text(text.replace("language: en", "langauge: en").replace("receptors: 6", "receptors: 60"))
    assert main(["check", str(deck)]) == 1
    err = capsys.readouterr().err
    assert f"{deck}:7: langauge: unknown field 'langauge' in the deck. Did you mean 'language'?" in err
    assert "slides[0].params.receptors: 60 is out of range." in err
    assert "problems found." in err


def test_unknown_deck_name_says_so(capsys):
    assert main(["check", "no-such-deck"]) == 2
    err = capsys.readouterr().err
    assert "There is no deck called 'no-such-deck'." in err and "Errno" not in err


def test_user_mistakes_print_no_traceback(tmp_path):
    deck = tmp_path / "bad.yaml"
    deck.write_text("title: [unclosed\n")
    for command in (["check", str(deck)], ["render", str(deck), "--cache", str(tmp_path / "c")]):
        result = subprocess.run([sys.executable, "-m", "presenter", *command], capture_output=True, text=True)
        assert result.returncode == 1
        assert (
            "Traceback" not in result.stderr
            and "bad.yaml:1: (yaml): a '[' or '{' opened on this line is not closed" in result.stderr
        )


def test_show_without_a_screen_explains(monkeypatch, capsys):
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    if not sys.platform.startswith("linux"):
        pytest.skip("the DISPLAY check is for Linux")
    assert main(["show", "opioids"]) == 1
    assert "no screen found" in capsys.readouterr().err


@pytest.mark.render
def test_export_stills_from_the_command_line(tmp_path, capsys, builtin_preview):
    cache, _ = builtin_preview
    assert (
        main(
            [
                "export",
                "opioids",
                "--to",
                "stills",
                "--out",
                str(tmp_path / "out"),
                "--quality",
                "preview",
                "--cache",
                str(cache),
            ]
        )
        == 0
    )
    assert "contact-sheet.png" in capsys.readouterr().out
    assert (tmp_path / "out" / "contact-sheet.png").exists()
    assert len(list((tmp_path / "out").glob("01-keys-and-locks--*.png"))) == 4


def test_scenes_lists_steps_params_and_labels(capsys):
    assert main(["scenes", "KeysAndLocks"]) == 0
    out = capsys.readouterr().out
    assert "steps:  neuron, natural-keys, lock-turns, reward-signal" in out
    assert "param   receptors: default 6, from 3 to 10" in out and "label   receptor:" in out
