"""Which key does what, as clinicians' hands expect (PowerPoint, Keynote, reveal.js, clickers).

Clickers send PageDown/PageUp for next/previous, F5/Esc from their start
button and ``.``, ``b`` or ``/`` from their blank button. A number followed by
Enter goes to that slide; Enter alone moves on, like Space.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt

from presenter.app.i18n import tr

Key = Qt.Key

COMMANDS: dict[str, tuple[Key, ...]] = {
    "next": (Key.Key_Right, Key.Key_Space, Key.Key_PageDown, Key.Key_Down, Key.Key_N, Key.Key_Return, Key.Key_Enter),
    "previous": (Key.Key_Left, Key.Key_PageUp, Key.Key_Up, Key.Key_Backspace, Key.Key_P),
    "first": (Key.Key_Home,),
    "last": (Key.Key_End,),
    "replay": (Key.Key_R,),
    "black": (Key.Key_B, Key.Key_Period, Key.Key_Slash),
    "white": (Key.Key_W, Key.Key_Comma),
    "captions": (Key.Key_C,),
    "presenter-view": (Key.Key_S,),
    "slower": (Key.Key_BracketLeft, Key.Key_Minus),  # - and + need no AltGr or Shift on a Spanish keyboard
    "faster": (Key.Key_BracketRight, Key.Key_Plus, Key.Key_Equal),
    "glossary": (Key.Key_G,),
    "swap-screens": (Key.Key_D,),
    "help": (Key.Key_Question, Key.Key_F1, Key.Key_H),
    "fullscreen": (Key.Key_F, Key.Key_F5, Key.Key_F11),
    "leave-fullscreen": (Key.Key_Escape,),
    "erase-marks": (Key.Key_E,),  # marks: presenter/marks.py (Ctrl+Z, undo too, is read in Show.handle_key)
    "undo-mark": (Key.Key_U,),
    "zoom-out": (Key.Key_Z,),
    "pen-colour": (Key.Key_V,),
}


def help_rows() -> list[tuple[str, str]]:
    """What the help overlay lists, in this order: (keys as written, what they do), in the app's language."""
    return [
        ("→  ↓  Space  N  Page Down  " + tr("click"), tr("Next step")),
        ("←  ↑  Backspace  P  Page Up", tr("Previous step")),
        ("Home  /  End", tr("First / last slide")),
        (tr("Number, then Enter"), tr("Go to that slide")),
        ("R", tr("Replay this step")),
        ("B  " + tr("or") + "  .", tr("Black screen (press again to return)")),
        ("W  " + tr("or") + "  ,", tr("White screen (press again to return)")),
        ("C", tr("Captions on the audience screen: normal, large, off")),
        ("−  +   " + tr("or") + "   [  ]", tr("Slower / faster (0.5× to 1.5×)")),
        ("S", tr("Show or hide the presenter view")),
        ("D", tr("Swap screens (with two screens)")),
        ("G", tr("Glossary for the patient (→ and ← turn its pages)")),
        ("F  F5  F11  /  Esc", tr("Full screen / leave full screen")),
        ("H  ?  F1", tr("This help (any key closes it)")),
        ("Ctrl+Q", tr("End the presentation (asks first)")),
        (tr("Move the mouse over the picture"), tr("Pointer on both screens")),
        (tr("Drag on the picture"), tr("Draw (marks clear when the step changes)")),
        ("E", tr("Erase this step's marks")),
        ("U  " + tr("or") + "  Ctrl+Z", tr("Undo the last mark")),
        ("V", tr("Next pen colour")),
        (tr("Wheel, or right-drag a rectangle"), tr("Zoom in (presenter view)")),
        ("Z", tr("Zoom back out")),
    ]


KEYMAP: dict[int, str] = {int(key): command for command, keys in COMMANDS.items() for key in keys}
DIGITS = {int(Key.Key_0) + n: n for n in range(10)}


def command_for(key: int) -> str | None:
    """The command a key press asks for, or None."""
    return KEYMAP.get(int(key))


@dataclass
class KeyInput:
    """Turns key presses into commands, collecting a slide number typed before Enter.

    ``press`` returns ``("go-to", n)`` when Enter ends a typed number, else
    ``(command, None)`` or ``(None, None)``. ``typed`` is the number so far.
    """

    typed: str = ""

    def press(self, key: int, text: str = "") -> tuple[str | None, int | None]:
        key = int(key)
        if key in DIGITS and len(self.typed) < 3:
            self.typed += str(DIGITS[key])
            return "typing", None
        if key in (int(Key.Key_Return), int(Key.Key_Enter)) and self.typed:
            number, self.typed = int(self.typed), ""
            return "go-to", number
        if key == int(Key.Key_Escape) and self.typed:
            self.typed = ""
            return "typing", None
        self.typed = ""
        if text == "?":  # Shift+/ on most layouts
            return "help", None
        return command_for(key), None
