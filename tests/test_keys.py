"""The key table: no key does two things, the help lists exactly the bindings, numbers reach steps."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import Qt

from presenter.app import keys
from presenter.app.i18n import use_language
from presenter.app.keys import (
    CTRL,
    SHIFT,
    Binding,
    KeyInput,
    bindings,
    chords,
    command_for,
    help_rows,
    key_name,
    mouse_rows,
)

Key = Qt.Key


def collisions(table) -> list[tuple[int, int]]:
    """Key presses (key and modifiers) bound more than once, reserved keys included."""
    counts = Counter(chord for binding in table for chord in binding.keys)
    return [chord for chord, count in counts.items() if count > 1]


def test_no_key_does_two_things_across_modifiers_and_reserved_keys():
    assert collisions(bindings()) == []
    commands = [binding.command for binding in bindings()]
    assert len(commands) == len(set(commands))
    # Shift+J and J are two keys; the same key twice is a collision, as is taking a reserved key
    assert collisions([Binding("a", chords(Key.Key_J)), Binding("b", chords(Key.Key_J, modifiers=SHIFT))]) == []
    assert collisions([*bindings(), Binding("mine", chords(Key.Key_E))]) == [(int(Key.Key_E), 0)]
    assert collisions([*bindings(), Binding("mine", chords(Key.Key_Z, modifiers=CTRL))]) == [(int(Key.Key_Z), CTRL)]


def test_the_pen_and_zoom_keys_do_what_the_help_says():
    assert command_for(Key.Key_E) == "erase-marks"
    assert command_for(Key.Key_U) == command_for(Key.Key_Z, CTRL) == "undo-mark"
    assert command_for(Key.Key_Z) == "zoom-out" and command_for(Key.Key_V) == "pen-colour"
    assert not [b for b in bindings() if b.reserved]  # every key kept free is built now
    mouse = dict(mouse_rows())
    assert set(mouse) == {"Move the mouse over the picture", "Drag on the picture", "Wheel, or right-drag a rectangle"}
    assert not set(mouse) & {left for left, _ in help_rows()}  # gestures are not keys


def names(left: str) -> list[str]:
    """The keys a help row writes (two spaces apart; ``/`` between the two halves of a pair)."""
    return [word.strip() for word in left.split("  ") if word.strip()]


def test_every_binding_is_in_the_help_and_the_help_has_nothing_else():
    rows = help_rows()
    listed = [name for left, _ in rows for name in names(left)]
    for binding in bindings():
        if binding.reserved:
            assert all(key_name(chord) not in listed for chord in binding.keys), binding.command
        elif binding.label:
            assert binding.label in listed
        else:
            for chord in binding.keys:
                assert key_name(chord) in listed, (binding.command, key_name(chord))
    described = [b for b in bindings() if b.does and not b.reserved]
    assert [right for _, right in rows] == [b.does for b in described]
    named = {key_name(chord) for b in bindings() if not b.reserved for chord in b.keys}
    assert set(listed) - named == {"click", "Number, then Enter"}  # the mouse, and typed numbers


def test_the_help_now_lists_enter_slash_and_the_new_keys():
    rows = dict(help_rows())
    assert "Enter" in names(next(left for left, right in rows.items() if right == "Next step"))
    assert "/" in names(next(left for left, right in rows.items() if right.startswith("Black screen")))
    assert rows["K"] == "Pause / play the animation" and rows["Tab"].startswith("Every slide and step")
    assert rows["J  /  L"] == "Back / forward about a second"
    assert rows["Shift+J  /  Shift+L"] == "Back / forward one frame"


@pytest.mark.parametrize(
    "key, modifiers, command",
    [
        (Key.Key_J, 0, "back"),
        (Key.Key_J, SHIFT, "frame-back"),
        (Key.Key_L, SHIFT, "frame-forward"),
        (Key.Key_K, 0, "pause"),
        (Key.Key_Tab, 0, "overview"),
        (Key.Key_Q, CTRL, "quit"),
        (Key.Key_Q, 0, None),
        (Key.Key_Plus, SHIFT, "faster"),  # + needs Shift on an English keyboard
        (Key.Key_Right, SHIFT, "next"),
        (Key.Key_PageDown, 0, "next"),  # clickers
        (Key.Key_Period, 0, "black"),
    ],
)
def test_keys_and_modifiers(key, modifiers, command):
    assert command_for(key, modifiers) == command


def test_a_number_with_a_period_goes_to_a_step_and_a_period_alone_blanks():
    typing = KeyInput()
    assert [typing.press(k)[0] for k in (Key.Key_2, Key.Key_Period, Key.Key_3)] == ["typing"] * 3
    assert typing.typed == "2.3"
    assert typing.press(Key.Key_Return) == ("go-to", (2, 3))
    assert typing.press(Key.Key_Period) == ("black", None)  # no number being typed: the clicker's blank key
    for k in (Key.Key_1, Key.Key_2, Key.Key_Period, Key.Key_Period):
        typing.press(k)
    assert typing.typed == "12." and typing.press(Key.Key_Enter) == ("go-to", (12, None))
    typing.press(Key.Key_4)
    assert typing.press(Key.Key_Escape) == ("typing", None) and typing.typed == ""
    assert typing.press(Key.Key_Return) == ("next", None)
    assert typing.press(Key.Key_Slash, "?", Qt.KeyboardModifier.ShiftModifier) == ("help", None)


def test_the_help_is_in_spanish(qapp):
    english = help_rows()
    use_language("es")
    spanish = help_rows()
    assert len(spanish) == len(english)
    assert all(es != en for (_, es), (_, en) in zip(spanish, english))
    assert dict(spanish)["K"] == "Pausar / seguir la animación"
    assert keys.KEYMAP == {c: b.command for b in bindings() if not b.reserved for c in b.keys}  # keys stay the same
