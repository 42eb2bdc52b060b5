"""The start screen's parts: a deck edition as loaded, its thumbnail, slides with tick boxes, the action bar."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QAction,
    QColor,
    QFocusEvent,
    QFontMetrics,
    QImage,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from presenter.app import style
from presenter.app.fitted import PictureWidget
from presenter.app.i18n import tr
from presenter.deck.check import read_and_check
from presenter.deck.load import read_deck
from presenter.deck.model import Deck
from presenter.paths import DECKS_DIR
from presenter.playlist import deck_family
from scenes import look

LANGUAGE_NAMES = {
    "en": "English",
    "es": "Español",
    "fr": "Français",
    "de": "Deutsch",
    "pt": "Português",
    "it": "Italiano",
    "nl": "Nederlands",
    "pl": "Polski",
    "uk": "Українська",
    "ru": "Русский",
}
LINE, HOVER, MUTED = "#2A4463", "#1A2E48", "#7F95AD"  # hairlines, row hover, unticked text (5.1:1)


def language_name(code: str) -> str:
    """A language's name in itself: en -> English, es -> Español."""
    if code in LANGUAGE_NAMES:
        return LANGUAGE_NAMES[code]
    name = QLocale(code).nativeLanguageName() if QLocale(code).language() != QLocale.Language.C else ""
    return name[:1].upper() + name[1:] if name else code


@dataclass(frozen=True)
class Edition:
    """One deck file: the checked deck, or the problem that stops it from being shown."""

    path: Path
    language: str
    deck: Deck | None
    title: str
    error: str = ""
    all_problems: str = ""

    @property
    def check_command(self) -> str:
        """The command that lists every problem of this deck."""
        name = self.path.stem if self.path.parent == DECKS_DIR and self.path.suffix == ".yaml" else str(self.path)
        return f"presenter check {name}"


def load_edition(path: Path, language: str, catalog: dict | None, catalog_error: str) -> Edition:
    deck, problems = read_deck(path) if catalog is None else read_and_check(path, catalog)
    title = deck.title if deck is not None else deck_family(path).replace("-", " ").capitalize()
    if catalog_error and not problems:
        return Edition(path, language, None, title, catalog_error, catalog_error)
    if problems:
        first = problems[0]
        error = first.format(short=True, hint=False)
        if len(problems) > 1:
            error += f"  (and {len(problems) - 1} more)"
        return Edition(path, language, None, title, error, "\n".join(map(str, problems)))
    return Edition(path, language, deck, title)


class Thumbnail(PictureWidget):
    """A 16:9 picture of the deck: a rendered frame, or a calm drawn card with the title.

    The start screen gives it a fixed 16:9 size (``fit``) so every card fits
    the window; the frame is scaled to fit, never cropped.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.image = QImage()
        self.title = ""
        self.fit(320)

    def fit(self, height: int) -> None:
        """Show at ``height`` pixels (16:9), or not at all below 60."""
        self.setVisible(height >= 60)
        height = max(60, height)
        self.setFixedSize(height * 16 // 9, height)

    def show_image(self, image: QImage | None, title: str) -> None:
        self.image, self.title = image if image is not None else QImage(), title
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.SmoothPixmapTransform)
        frame = QRectF(self.rect())
        clip = QPainterPath()
        clip.addRoundedRect(frame, 14, 14)
        painter.setClipPath(clip)
        if not self.image.isNull():
            painter.fillRect(frame, QColor(look.BACKGROUND))
            self.draw_picture(painter, self.image)
        else:
            self._paint_drawn_card(painter, frame)
        painter.setClipping(False)
        painter.setPen(QPen(QColor(LINE), 1.5))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(clip)

    def _paint_drawn_card(self, painter: QPainter, frame: QRectF) -> None:
        gradient = QLinearGradient(frame.topLeft(), frame.bottomLeft())
        gradient.setColorAt(0, QColor("#0F1E31"))
        gradient.setColorAt(1, QColor("#1B3352"))
        painter.fillRect(frame, gradient)
        membrane = frame.top() + frame.height() * 0.70  # a nerve-cell membrane, as in the scenes
        dot = max(3.0, frame.width() / 160)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(look.MEMBRANE))
        x = frame.left() + dot * 2
        while x < frame.right():
            for y in (membrane, membrane + dot * 3.2):
                painter.drawEllipse(QPointF(x, y), dot, dot)
            x += dot * 3
        painter.setPen(QColor(look.TEXT))
        text_box = frame.adjusted(
            frame.width() * 0.08, frame.height() * 0.12, -frame.width() * 0.08, -frame.height() * 0.36
        )
        flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
        size = max(22, int(frame.height() / 9))
        while size > 14:  # a long title gets smaller type rather than running out of its box
            wrapped = QFontMetrics(style.font(size, bold=True)).boundingRect(text_box.toRect(), flags, self.title)
            if wrapped.height() <= text_box.height() and wrapped.width() <= text_box.width():
                break
            size -= 1
        painter.setFont(style.font(size, bold=True))
        painter.drawText(text_box, flags, self.title)
        painter.setPen(QColor(look.TEXT_SOFT))
        painter.setFont(style.font(max(14, int(frame.height() / 20))))
        caption = tr("The animation is prepared when you present")
        if painter.fontMetrics().horizontalAdvance(caption) <= frame.width() - 8:  # whole, or not at all
            painter.drawText(frame.adjusted(0, frame.height() * 0.80, 0, 0), Qt.AlignmentFlag.AlignHCenter, caption)


class SlideRow(QAbstractButton):
    """A slide with a tick box: included in this patient's playlist or not."""

    def __init__(self, number: int, title: str, steps: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.number, self.title, self.steps = number, title, steps
        self.setCheckable(True)
        self.setChecked(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # Tab reaches it, Space ticks it
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAccessibleName(title)
        self.row_height = 54
        self.show_steps = True  # the card turns them off when a title would not fit beside them
        self.setFixedHeight(self.row_height)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_row_height(self, height: int) -> None:
        self.row_height = height
        self.setFixedHeight(height)

    def sizeHint(self) -> QSize:
        return QSize(400, self.row_height)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        row = QRectF(self.rect()).adjusted(0, 3, 0, -3)
        if self.underMouse() or self.hasFocus():
            painter.setPen(QPen(QColor(look.YELLOW), 2.5) if self.hasFocus() else Qt.PenStyle.NoPen)
            painter.setBrush(QColor(HOVER))
            painter.drawRoundedRect(row.adjusted(1.5, 0, -1.5, 0), 10, 10)
        side = 28 if self.row_height >= 36 else 24  # the tick box
        box = QRectF(row.left() + 10, row.center().y() - side / 2, side, side)
        if self.isChecked():
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(look.SKY_BLUE))
            painter.drawRoundedRect(box, 7, 7)
            tick = QPainterPath(QPointF(box.left() + side * 0.25, box.top() + side * 0.52))
            tick.lineTo(box.left() + side * 0.43, box.top() + side * 0.70)
            tick.lineTo(box.left() + side * 0.75, box.top() + side * 0.30)
            painter.setPen(
                QPen(
                    QColor(look.BACKGROUND),
                    3.2,
                    Qt.PenStyle.SolidLine,
                    Qt.PenCapStyle.RoundCap,
                    Qt.PenJoinStyle.RoundJoin,
                )
            )
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(tick)
        else:
            painter.setPen(QPen(QColor(MUTED), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(box.adjusted(1, 1, -1, -1), 6, 6)
        text = row.adjusted(box.right() + 12 - row.left(), 0, -10, 0)
        title_size, steps_size = self._sizes()
        title = f"{self.number}. {self.title}"
        painter.setFont(style.font(steps_size))
        steps = self.steps_text() if self.show_steps else ""
        steps_width = painter.fontMetrics().horizontalAdvance(steps) + 14 if steps else 0
        painter.setPen(QColor(MUTED if not self.isChecked() else look.TEXT_SOFT))
        painter.drawText(text, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, steps)
        painter.setFont(style.font(title_size))
        painter.setPen(QColor(look.TEXT if self.isChecked() else MUTED))
        title_box = text.adjusted(0, 0, -steps_width, 0)
        elided = painter.fontMetrics().elidedText(title, Qt.TextElideMode.ElideRight, int(title_box.width()))
        painter.drawText(title_box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, elided)
        self.setToolTip(f"{self.title} · {self.steps_text()}" if elided != title or not steps else "")

    def _sizes(self) -> tuple[int, int]:
        """The title's and the steps' type for the row's height."""
        return (21, 17) if self.row_height >= 50 else (17, 15) if self.row_height >= 36 else (16, 14)

    def fits_with_steps(self, width: int) -> bool:
        """Whether the title and its steps both fit whole at ``width`` (a narrow card leaves the steps to
        its meta line)."""
        title, steps = (QFontMetrics(style.font(size)) for size in self._sizes())
        room = width - 10 - (28 if self.row_height >= 36 else 24) - 12 - 10
        return (
            title.horizontalAdvance(f"{self.number}. {self.title}") + 14 + steps.horizontalAdvance(self.steps_text())
        ) <= room

    def steps_text(self) -> str:
        return tr("{count} steps").format(count=self.steps) if self.steps != 1 else tr("1 step")

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)

    def enterEvent(self, event: QEvent) -> None:
        self.update()
        super().enterEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        self.update()
        super().leaveEvent(event)


class ElidedLabel(QLabel):
    """One line that shortens with "…" rather than widening the window (the whole text is its tooltip)."""

    def __init__(self, parent: QWidget | None = None, objectName: str = ""):  # noqa: N803 (Qt's keyword)
        super().__init__(parent, objectName=objectName)
        self.full = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        self.full = text
        self._elide()

    def text(self) -> str:
        return self.full

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._elide()

    def _elide(self) -> None:
        shown = self.fontMetrics().elidedText(self.full, Qt.TextElideMode.ElideRight, max(0, self.width()))
        super().setText(shown)
        self.setToolTip(self.full if shown != self.full else "")


class ActionBar(QFrame):
    """The bar fixed at the bottom of the start screen: what will be presented, and Present.

    It never scrolls away. Other entry points go here: ``add_button`` puts a
    button before Present, ``menu`` (the "More" button, shown once it has
    entries) takes actions about the current deck.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, objectName="actionBar")
        self.summary = ElidedLabel(self, objectName="summary")
        self.menu = QMenu(self)
        self.more = QToolButton(self, objectName="more")
        self.more.setMenu(self.menu)
        self.more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.more.hide()
        self.present = QPushButton(self, objectName="present")
        self.present.setCursor(Qt.CursorShape.PointingHandCursor)
        self.buttons = QHBoxLayout(self)
        self.buttons.setSpacing(12)
        self.buttons.addWidget(self.summary, 1)
        self.buttons.addWidget(self.more)
        self.buttons.addWidget(self.present)
        self.added: list[QAbstractButton] = []
        self.set_compact(False)

    def set_compact(self, compact: bool) -> None:
        """Smaller type and a slimmer bar for a small window."""
        self.compact = compact
        self.buttons.setContentsMargins(*((14, 6, 8, 6) if compact else (20, 10, 12, 10)))
        self.buttons.setSpacing(10 if compact else 12)
        self.summary.setFont(style.font(16 if compact else 19))
        for button in [self.more, *self.added]:
            button.setFont(style.font(16 if compact else 19, bold=True))
            button.setProperty("compact", compact)
            button.style().unpolish(button)
            button.style().polish(button)
        self.present.setFont(style.font(19 if compact else 22, bold=True))
        self.present.setProperty("compact", compact)
        self.present.style().unpolish(self.present)
        self.present.style().polish(self.present)
        self.present.setMinimumWidth(190 if compact else 240)

    def set_texts(self) -> None:
        self.more.setText(tr("More"))

    def focus_chain(self) -> list[QWidget]:
        """Tab's order on the bar: its buttons left to right, Present last."""
        items = [self.buttons.itemAt(i).widget() for i in range(self.buttons.count())]
        return [w for w in items if isinstance(w, QAbstractButton)]

    def add_button(self, button: QAbstractButton) -> None:
        """Another action, just before Present (e.g. "Edit", "Export…")."""
        self.added.append(button)
        self.buttons.insertWidget(self.buttons.indexOf(self.more), button)
        self.set_compact(self.compact)

    def add_menu_action(self, action: QAction) -> None:
        """An entry of the "More" menu (the button shows from the first entry)."""
        self.menu.addAction(action)
        self.more.show()
