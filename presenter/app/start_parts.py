"""The start screen's parts: a deck edition as loaded, its card, thumbnail and slides with tick boxes."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (QColor, QFocusEvent, QImage, QLinearGradient, QMouseEvent, QPainter, QPainterPath,
                           QPaintEvent, QPen)
from PySide6.QtWidgets import (QAbstractButton, QButtonGroup, QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy,
                               QVBoxLayout, QWidget)

from presenter.app import style
from presenter.deck.check import read_and_check
from presenter.deck.load import read_deck
from presenter.deck.model import Deck
from presenter.paths import DECKS_DIR
from presenter.playlist import deck_family
from presenter.settings import Settings
from scenes import look

LANGUAGE_NAMES = {"en": "English", "es": "Español", "fr": "Français", "de": "Deutsch", "pt": "Português",
                  "it": "Italiano", "nl": "Nederlands", "pl": "Polski", "uk": "Українська", "ru": "Русский"}
LINE, HOVER, MUTED = "#2A4463", "#1A2E48", "#7F95AD"  # hairlines, row hover, unticked text (5.1:1)
CARD_MAX = 780  # a card's widest


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


class Thumbnail(QWidget):
    """A 16:9 picture of the deck: a rendered frame, or a calm drawn card with the title."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.image = QImage()
        self.title = ""
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return width * 9 // 16

    def sizeHint(self) -> QSize:
        return QSize(640, 360)

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
            scaled = QSize(self.image.size()).scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatioByExpanding)
            target = QRectF((self.width() - scaled.width()) / 2, (self.height() - scaled.height()) / 2,
                            scaled.width(), scaled.height())
            painter.drawImage(target, self.image)
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
        painter.setFont(style.font(max(22, int(frame.height() / 9)), bold=True))
        text_box = frame.adjusted(frame.width() * 0.08, frame.height() * 0.16, -frame.width() * 0.08,
                                  -frame.height() * 0.40)
        painter.drawText(text_box, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.title)
        painter.setPen(QColor(look.TEXT_SOFT))
        painter.setFont(style.font(max(14, int(frame.height() / 20))))
        painter.drawText(frame.adjusted(0, frame.height() * 0.80, 0, 0), Qt.AlignmentFlag.AlignHCenter,
                         "The animation is prepared when you present")


class SlideRow(QAbstractButton):
    """A slide with a tick box: included in this patient's playlist or not."""

    def __init__(self, number: int, title: str, steps: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.number, self.title, self.steps = number, title, steps
        self.setCheckable(True)
        self.setChecked(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the cards take the keyboard
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAccessibleName(title)
        self.setMinimumHeight(54)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(400, 54)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        row = QRectF(self.rect()).adjusted(0, 3, 0, -3)
        if self.underMouse():
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(HOVER))
            painter.drawRoundedRect(row, 10, 10)
        box = QRectF(row.left() + 12, row.center().y() - 14, 28, 28)
        if self.isChecked():
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(look.SKY_BLUE))
            painter.drawRoundedRect(box, 7, 7)
            tick = QPainterPath(QPointF(box.left() + 7, box.top() + 14.5))
            tick.lineTo(box.left() + 12, box.top() + 19.5)
            tick.lineTo(box.left() + 21, box.top() + 8.5)
            painter.setPen(QPen(QColor(look.BACKGROUND), 3.2, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                                Qt.PenJoinStyle.RoundJoin))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(tick)
        else:
            painter.setPen(QPen(QColor(MUTED), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(box.adjusted(1, 1, -1, -1), 6, 6)
        text = row.adjusted(box.right() + 16 - row.left(), 0, -14, 0)
        painter.setFont(style.font(17))
        painter.setPen(QColor(MUTED if not self.isChecked() else look.TEXT_SOFT))
        steps = f"{self.steps} step{'s' if self.steps != 1 else ''}"
        steps_width = painter.fontMetrics().horizontalAdvance(steps)
        painter.drawText(text, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, steps)
        painter.setFont(style.font(21))
        painter.setPen(QColor(look.TEXT if self.isChecked() else MUTED))
        title = f"{self.number}.  {self.title}"
        title_box = text.adjusted(0, 0, -steps_width - 16, 0)
        elided = painter.fontMetrics().elidedText(title, Qt.TextElideMode.ElideRight, int(title_box.width()))
        painter.drawText(title_box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, elided)

    def enterEvent(self, event: QEvent) -> None:
        self.update()
        super().enterEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        self.update()
        super().leaveEvent(event)


class DeckCard(QFrame):
    """One deck family: thumbnail, title, language, the slides to show and a Present button.

    Reads this patient's playlist and the language from ``settings`` and
    writes changes back to it; ``changed`` asks the screen to save them.
    """

    present_requested = Signal(object)  # this card
    focused = Signal(object)  # this card took the keyboard focus
    changed = Signal()  # language or playlist changed (settings updated)
    thumbnail_wanted = Signal(object)  # this card: its thumbnail video may have changed

    def __init__(self, family: str, editions: dict[str, Edition], settings: Settings,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.family, self.editions, self.settings = family, editions, settings
        saved = settings.languages.get(family)
        self.language = saved if saved in editions else next(iter(editions))
        self.thumbnail_video: Path | None = None
        self.rows: list[SlideRow] = []
        self.setObjectName("deckCard")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMaximumWidth(CARD_MAX)
        self.thumbnail = Thumbnail(self)
        self.title = QLabel(self, objectName="deckTitle", wordWrap=True)
        self.title.setFont(style.font(30, bold=True))
        self.meta = QLabel(self, objectName="meta", wordWrap=True)
        self.meta.setFont(style.font(17))
        self.error = QLabel(self, objectName="deckError", wordWrap=True)
        self.error.setFont(style.font(17))
        self.error_hint = QLabel(self, objectName="meta", wordWrap=True)
        self.error_hint.setFont(style.font(16))
        self.present_button = QPushButton("Present", self, objectName="present")
        self.present_button.setFont(style.font(24, bold=True))
        self.present_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.present_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.present_button.clicked.connect(lambda: self.present_requested.emit(self))
        self.language_buttons: dict[str, QPushButton] = {}
        header = QHBoxLayout()
        header.setSpacing(10)
        header.addWidget(self.title, 1, Qt.AlignmentFlag.AlignVCenter)
        if len(editions) > 1:
            group = QButtonGroup(self)
            for code in editions:
                button = QPushButton(language_name(code), self, objectName="language", checkable=True)
                button.setFont(style.font(17, bold=True))
                button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
                button.setCursor(Qt.CursorShape.PointingHandCursor)
                button.setChecked(code == self.language)
                button.clicked.connect(lambda _=False, code=code: self.choose_language(code))
                group.addButton(button)
                header.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
                self.language_buttons[code] = button
        self.slide_list = QVBoxLayout()
        self.slide_list.setSpacing(0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(26, 26, 26, 26)
        layout.setSpacing(12)
        layout.addWidget(self.thumbnail)
        layout.addSpacing(4)
        layout.addLayout(header)
        layout.addWidget(self.meta)
        layout.addWidget(self.error)
        layout.addWidget(self.error_hint)
        layout.addLayout(self.slide_list)
        layout.addStretch(1)
        layout.addSpacing(6)
        layout.addWidget(self.present_button)
        self._show_edition(carried=None)

    @property
    def edition(self) -> Edition:
        return self.editions[self.language]

    @property
    def deck_path(self) -> Path:
        return self.edition.path

    def chosen_ids(self) -> list[str]:
        """The ticked slides' ids, in deck order."""
        return [slide.id for slide, row in zip(self._slides(), self.rows) if row.isChecked()]

    def set_checked(self, slide_id: str, checked: bool) -> None:
        for slide, row in zip(self._slides(), self.rows):
            if slide.id == slide_id and row.isChecked() != checked:
                row.click()

    def choose_language(self, code: str) -> None:
        if code not in self.editions or code == self.language:
            return
        ids, total = self.chosen_ids(), len(self.rows)
        self.language = code
        self.settings.languages[self.family] = code
        self.language_buttons[code].setChecked(True)
        self._show_edition(carried=ids if ids and len(ids) < total else None)
        self._remember_playlist()
        self.setFocus()

    def _slides(self) -> tuple:
        return self.edition.deck.slides if self.edition.deck is not None else ()

    def _show_edition(self, carried: list[str] | None) -> None:
        edition = self.edition
        self.title.setText(edition.title)
        self.error.setText(edition.error)
        self.error.setToolTip(edition.all_problems)
        self.error.setVisible(bool(edition.error))
        self.error_hint.setText(f"Every problem, with what to do: {edition.check_command}")
        self.error_hint.setVisible(bool(edition.error))
        for row in self.rows:
            self.slide_list.removeWidget(row)
            row.deleteLater()
        self.rows = []
        slides = self._slides()
        ticked = self._initial_ticks([s.id for s in slides], carried)
        for number, slide in enumerate(slides, start=1):
            row = SlideRow(number, slide.title, len(slide.steps), self)
            row.setChecked(slide.id in ticked)
            row.toggled.connect(self._ticked)
            row.clicked.connect(self.setFocus)
            self.slide_list.addWidget(row)
            self.rows.append(row)
        self.meta.setVisible(bool(slides))
        self._update_labels()
        self.thumbnail.show_image(None, edition.title)
        self.thumbnail_wanted.emit(self)

    def _initial_ticks(self, ids: list[str], carried: list[str] | None) -> set[str]:
        """The carried choice (switching language), else the saved playlist, else every slide."""
        saved = self.settings.playlists.get(self.edition.path.stem)
        for candidate in (carried, saved):
            kept = [i for i in ids if i in set(candidate or ())]
            if kept:
                return set(kept)
        return set(ids)

    def _ticked(self) -> None:
        self._remember_playlist()
        self._update_labels()

    def _remember_playlist(self) -> None:
        if self.edition.deck is None:
            return
        ids, name = self.chosen_ids(), self.edition.deck.name
        if len(ids) == len(self.rows):
            self.settings.playlists.pop(name, None)  # all: new slides are then included too
        else:
            self.settings.playlists[name] = ids
        self.changed.emit()

    def _update_labels(self) -> None:
        slides, chosen = self._slides(), len(self.chosen_ids())
        steps = sum(len(s.steps) for s in slides)
        self.meta.setText(f"{len(slides)} slides · {steps} steps")
        button = self.present_button
        if self.edition.deck is None:
            button.setText("Fix the deck to present it")
        elif chosen == 0:
            button.setText("Tick at least one slide")
        elif chosen < len(slides):
            button.setText(f"Present {chosen} of {len(slides)} slides")
        else:
            button.setText("Present")
        button.setEnabled(self.edition.deck is not None and chosen > 0)

    def mark_current(self, current: bool) -> None:
        """The current card's Present button is filled: Enter presents this deck."""
        if self.property("current") != current:
            self.setProperty("current", current)
            self.present_button.style().unpolish(self.present_button)
            self.present_button.style().polish(self.present_button)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.focused.emit(self)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        super().mousePressEvent(event)
