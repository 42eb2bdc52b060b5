"""The window's look: the scenes' palette and typeface, as Qt sees them.

The palette comes from scenes/look.py, which is plain data (no Manim), so the
app and the scenes share one look.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QFontDatabase

from scenes import look  # plain data: the one scenes module the app may import

BACKGROUND = QColor(look.BACKGROUND)
PANEL = QColor("#13243A")  # a shade lighter than the background, for the placeholder

_family: str | None = None


def register_fonts() -> str:
    """Register the shipped Atkinson Hyperlegible TTFs once (needs a QGuiApplication).

    Returns the family to use: Atkinson Hyperlegible, or Qt's default if the
    files could not be loaded.
    """
    global _family
    if _family is None:
        families: list[str] = []
        for file in look.font_files():
            font_id = QFontDatabase.addApplicationFont(str(file))
            families += QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        _family = look.FONT_FAMILY if look.FONT_FAMILY in families else QFont().family()
    return _family


def font(pixels: int, bold: bool = False) -> QFont:
    """The shared typeface at a pixel size."""
    result = QFont(register_fonts())
    result.setPixelSize(pixels)
    result.setBold(bold)
    return result


STYLESHEET = f"""
QMainWindow, QWidget#central {{ background: {look.BACKGROUND}; }}
QLabel {{ color: {look.TEXT}; background: transparent; }}
QLabel#header, QLabel#position {{ color: {look.TEXT_SOFT}; }}
QLabel#slideTitle {{ color: {look.TEXT}; }}
QLabel#status {{ color: {look.TEXT_SOFT}; }}
QFrame#placeholder {{ background: {PANEL.name()}; border-radius: 18px; }}
QProgressBar {{ background: {look.BACKGROUND}; border: none; border-radius: 3px; max-height: 6px; }}
QProgressBar::chunk {{ background: {look.SKY_BLUE}; border-radius: 3px; }}
"""
