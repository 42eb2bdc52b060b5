"""Which key does what, as clinicians' hands expect (PowerPoint, Keynote, clickers).

Clickers send PageDown/PageUp for next/previous, F5/Esc from their start
button and ``.`` or ``b`` from their blank button.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

Key = Qt.Key

COMMANDS: dict[str, tuple[Key, ...]] = {
    "next": (Key.Key_Right, Key.Key_Space, Key.Key_PageDown, Key.Key_Down, Key.Key_N,
             Key.Key_Return, Key.Key_Enter),
    "previous": (Key.Key_Left, Key.Key_PageUp, Key.Key_Up, Key.Key_Backspace, Key.Key_P),
    "first": (Key.Key_Home,),
    "last": (Key.Key_End,),
    "replay": (Key.Key_R,),
    "blank": (Key.Key_B, Key.Key_Period),
    "fullscreen": (Key.Key_F, Key.Key_F5, Key.Key_F11),
    "leave-fullscreen": (Key.Key_Escape,),
}

KEYMAP: dict[int, str] = {int(key): command for command, keys in COMMANDS.items() for key in keys}


def command_for(key: int) -> str | None:
    """The command a key press asks for, or None."""
    return KEYMAP.get(int(key))
