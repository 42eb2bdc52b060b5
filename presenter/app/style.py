"""The window's look: the scenes' palette and typeface, as Qt sees them.

The palette comes from scenes/look.py, which is plain data (no Manim), so the
app and the scenes share one look.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QFontDatabase

from scenes import look  # plain data: the one scenes module the app may import

BACKGROUND = QColor(look.BACKGROUND)
PANEL = QColor("#13243A")  # a shade lighter than the background, for cards and the caption band
SOFT = QColor(look.TEXT_SOFT)
WARNING = "#5A3A12"  # the banner behind a broken edit's message (text stays TEXT: 9.9:1)

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
QWidget#audience {{ background: {look.BACKGROUND}; }}
QLabel#captionBand {{ background: {PANEL.name()}; color: {look.TEXT}; }}
QLabel#placeholderNarration {{ color: {look.TEXT}; }}
QLabel#banner {{ background: {WARNING}; color: {look.TEXT}; border-radius: 8px; padding: 10px 14px; }}
QLabel#notice {{ background: rgba(19, 36, 58, 235); color: {look.TEXT}; border-radius: 12px;
                 border: 1px solid {look.SKY_BLUE}; }}
QLabel#sectionTitle {{ color: {look.SKY_BLUE}; }}
QLabel#clock {{ color: {look.TEXT}; }}
QLabel#nextNarration, QTextBrowser#notes {{ color: {look.TEXT_SOFT}; }}
QTextBrowser#notes {{ background: transparent; border: none; }}
QFrame#panel {{ background: {PANEL.name()}; border-radius: 18px; border: 1px solid #2A4463; }}
QLabel#panelTitle {{ color: {look.TEXT}; }}
QLabel#panelKey {{ color: {look.YELLOW}; }}
QLabel#panelText {{ color: {look.TEXT}; }}
QScrollArea, QScrollArea > QWidget > QWidget {{ background: transparent; }}
QListWidget#slides {{ background: {PANEL.name()}; color: {look.TEXT_SOFT}; border: none; border-radius: 8px;
                      padding: 4px; }}
QListWidget#slides::item {{ padding: 6px 8px; border-radius: 6px; }}
QListWidget#slides::item:selected {{ background: #24466B; color: {look.TEXT}; }}
QPushButton {{ background: {look.SKY_BLUE}; color: {look.BACKGROUND}; border: none; border-radius: 8px;
               padding: 8px 18px; }}
QScrollBar:vertical {{ background: transparent; width: 10px; }}
QScrollBar::handle:vertical {{ background: #2A4463; border-radius: 5px; min-height: 24px; }}
QScrollBar::add-line, QScrollBar::sub-line {{ height: 0; }}
QProgressBar {{ background: {look.BACKGROUND}; border: none; border-radius: 3px; max-height: 6px; }}
QProgressBar::chunk {{ background: {look.SKY_BLUE}; border-radius: 3px; }}
"""
