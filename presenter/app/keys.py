"""Which key does what, as clinicians' hands expect (PowerPoint, Keynote, reveal.js, pdfpc, clickers).

One table, ``bindings()``: the key handling and the help overlay both come
from it, so the help lists exactly what the keys do. Clickers send
PageDown/PageUp for next/previous, F5/Esc from their start button and
``.``, ``b`` or ``/`` from their blank button. A number followed by Enter
goes to that slide, and ``2.3`` Enter to slide 2, step 3 (a period only
continues a number while one is being typed; otherwise it blanks the
screen). Enter alone moves on, like Space. Shift+key falls back to the key
when Shift+key has no binding of its own (``?`` and ``+`` need Shift on
some keyboards).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QKeyCombination, Qt
from PySide6.QtGui import QKeySequence

from presenter.app.i18n import tr

Key = Qt.Key
Chord = tuple[int, int]  # (key, modifiers)
SHIFT, CTRL = int(Qt.KeyboardModifier.ShiftModifier.value), int(Qt.KeyboardModifier.ControlModifier.value)
MODIFIERS = SHIFT | CTRL | int(Qt.KeyboardModifier.AltModifier.value) | int(Qt.KeyboardModifier.MetaModifier.value)


def bits(modifiers: object) -> int:
    """Modifiers as a plain number (Qt gives a flag)."""
    return int(getattr(modifiers, "value", modifiers))  # type: ignore[call-overload]


def chords(*keys: Key, modifiers: int = 0) -> tuple[Chord, ...]:
    return tuple((int(key), modifiers) for key in keys)


@dataclass(frozen=True)
class Binding:
    """Keys for one command, and the help row they make.

    ``does`` is the help's text; empty, the keys join the row before (``J / L``).
    ``label`` replaces the keys' names in the help; ``also`` follows them.
    A ``reserved`` binding keeps its keys free for a command being built:
    it does nothing yet and is not in the help.
    """

    command: str
    keys: tuple[Chord, ...]
    does: str = ""
    label: str = ""
    also: str = ""
    reserved: bool = False


DIGITS = chords(*(Key(int(Key.Key_0) + n) for n in range(10)))


def bindings() -> tuple[Binding, ...]:
    """Every key the presentation knows, in the help's order, described in the app's language."""
    return (
        Binding(
            "next",
            chords(Key.Key_Right, Key.Key_Down, Key.Key_Space, Key.Key_N, Key.Key_PageDown, Key.Key_Return)
            + chords(Key.Key_Enter),
            tr("Next step"),
            also=tr("click"),
        ),
        Binding(
            "previous",
            chords(Key.Key_Left, Key.Key_Up, Key.Key_Backspace, Key.Key_P, Key.Key_PageUp),
            tr("Previous step"),
        ),
        Binding("first", chords(Key.Key_Home), tr("First / last slide")),
        Binding("last", chords(Key.Key_End)),
        Binding(
            "go-to",
            DIGITS,
            tr("Go to that slide (2.3 then Enter: slide 2, step 3)"),
            label=tr("Number, then Enter"),
        ),
        Binding("overview", chords(Key.Key_Tab), tr("Every slide and step, to jump to one (arrows, Enter)")),
        Binding("pause", chords(Key.Key_K), tr("Pause / play the animation")),
        Binding("back", chords(Key.Key_J), tr("Back / forward about a second")),
        Binding("forward", chords(Key.Key_L)),
        Binding("frame-back", chords(Key.Key_J, modifiers=SHIFT), tr("Back / forward one frame")),
        Binding("frame-forward", chords(Key.Key_L, modifiers=SHIFT)),
        Binding("replay", chords(Key.Key_R), tr("Replay this step")),
        Binding("black", chords(Key.Key_B, Key.Key_Period, Key.Key_Slash), tr("Black screen (press again to return)")),
        Binding("white", chords(Key.Key_W, Key.Key_Comma), tr("White screen (press again to return)")),
        Binding("captions", chords(Key.Key_C), tr("Captions on the audience screen: normal, large, off")),
        # - and + need no AltGr or Shift on a Spanish keyboard
        Binding("slower", chords(Key.Key_Minus, Key.Key_BracketLeft), tr("Slower / faster (0.5× to 1.5×)")),
        Binding("faster", chords(Key.Key_Plus, Key.Key_BracketRight, Key.Key_Equal)),
        Binding("presenter-view", chords(Key.Key_S), tr("Show or hide the presenter view")),
        Binding("swap-screens", chords(Key.Key_D), tr("Swap screens (with two screens)")),
        Binding("glossary", chords(Key.Key_G), tr("Glossary for the patient (→ and ← turn its pages)")),
        Binding("fullscreen", chords(Key.Key_F, Key.Key_F5, Key.Key_F11), tr("Full screen / leave full screen")),
        Binding("leave-fullscreen", chords(Key.Key_Escape)),
        Binding("help", chords(Key.Key_H, Key.Key_Question, Key.Key_F1), tr("This help (any key closes it)")),
        Binding("quit", chords(Key.Key_Q, modifiers=CTRL), tr("End the presentation (asks first)")),
        # the pen and the zoom (presenter/marks.py); the mouse's part is in mouse_rows()
        Binding("erase-marks", chords(Key.Key_E), tr("Erase this step's marks")),
        Binding("undo-mark", chords(Key.Key_U) + chords(Key.Key_Z, modifiers=CTRL), tr("Undo the last mark")),
        Binding("pen-colour", chords(Key.Key_V), tr("Next pen colour")),
        Binding("zoom-out", chords(Key.Key_Z), tr("Zoom back out")),
    )


_NAMES = {
    Key.Key_Right: "→",
    Key.Key_Left: "←",
    Key.Key_Up: "↑",
    Key.Key_Down: "↓",
    Key.Key_PageDown: "Page Down",
    Key.Key_PageUp: "Page Up",
    Key.Key_Return: "Enter",
    Key.Key_Escape: "Esc",
    Key.Key_Minus: "−",
}


def key_name(chord: Chord) -> str:
    """A key as written on the keyboard (e.g. ``Shift+J``, ``→``, ``Page Down``)."""
    key, modifiers = chord
    if not modifiers and Key(key) in _NAMES:
        return _NAMES[Key(key)]
    combination = QKeyCombination(Qt.KeyboardModifier(modifiers), Key(key))
    return QKeySequence(combination).toString(QKeySequence.SequenceFormat.NativeText)


def help_rows() -> list[tuple[str, str]]:
    """What the help overlay lists, from the table: (keys as written, what they do), in the app's language."""
    rows: list[tuple[str, str]] = []
    for binding in bindings():
        if binding.reserved:
            continue
        names = binding.label or "  ".join(dict.fromkeys(key_name(chord) for chord in binding.keys))
        if binding.also:
            names += "  " + binding.also
        if binding.does or not rows:
            rows.append((names, binding.does))
        else:
            rows[-1] = (f"{rows[-1][0]}  /  {names}", rows[-1][1])
    return rows


def mouse_rows() -> list[tuple[str, str]]:
    """The help's rows for the mouse (pointer, pen, zoom), after the keys': gestures, not keys."""
    return [
        (tr("Move the mouse over the picture"), tr("Pointer on both screens")),
        (tr("Drag on the picture"), tr("Draw (marks clear when the step changes)")),
        (tr("Wheel, or right-drag a rectangle"), tr("Zoom in (presenter view)")),
    ]


KEYMAP: dict[Chord, str] = {
    chord: binding.command for binding in bindings() if not binding.reserved for chord in binding.keys
}


def command_for(key: int, modifiers: object = 0) -> str | None:
    """The command a key press asks for, or None."""
    modifiers = bits(modifiers) & MODIFIERS
    command = KEYMAP.get((int(key), modifiers))
    if command is None and modifiers & SHIFT:
        command = KEYMAP.get((int(key), modifiers & ~SHIFT))
    return command


@dataclass
class KeyInput:
    """Turns key presses into commands, collecting a number (``3`` or ``2.3``) typed before Enter.

    ``press`` returns ``("go-to", (slide, step))`` when Enter ends a typed
    number (``step`` is None for a slide alone), ``("typing", None)`` while
    one is typed, else ``(command, None)`` or ``(None, None)``. ``typed`` is
    the number so far.
    """

    typed: str = ""

    def press(
        self, key: int, text: str = "", modifiers: object = 0
    ) -> tuple[str | None, tuple[int, int | None] | None]:
        key, plain = int(key), not bits(modifiers) & MODIFIERS & ~SHIFT
        slide, dot, step = self.typed.partition(".")
        if plain and (key, 0) in DIGITS:
            if len(step if dot else slide) < 3:
                self.typed += str(key - int(Key.Key_0))
            return "typing", None
        if key == int(Key.Key_Period) and slide:
            self.typed += "" if dot else "."
            return "typing", None
        if key in (int(Key.Key_Return), int(Key.Key_Enter)) and slide:
            self.typed = ""
            return "go-to", (int(slide), int(step) if step else None)
        if key == int(Key.Key_Escape) and self.typed:
            self.typed = ""
            return "typing", None
        self.typed = ""
        if text == "?":  # Shift+/ on most layouts
            return "help", None
        return command_for(key, modifiers), None
