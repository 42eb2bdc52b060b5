"""A deck's card on the start screen: thumbnail, title, language and this patient's slides.

Everything on it takes the keyboard: Tab reaches the language pills and each
slide's tick box (Space ticks it); the screen's action bar presents the card
that holds the focus.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from presenter.app import style
from presenter.app.i18n import tr
from presenter.app.start_parts import Edition, SlideRow, Thumbnail, language_name
from presenter.paths import DECKS_DIR
from presenter.settings import Settings

CARD_MAX = 780  # a card's widest


class DeckCard(QFrame):
    """One deck family: thumbnail, title, language and the slides to show.

    Reads this patient's playlist and the language from ``settings`` and
    writes changes back to it; ``changed`` asks the screen to save them.
    """

    focused = Signal(object)  # this card (or something on it) took the keyboard focus
    changed = Signal()  # language or playlist changed (settings updated)
    thumbnail_wanted = Signal(object)  # this card: its thumbnail video may have changed

    def __init__(
        self,
        family: str,
        editions: dict[str, Edition],
        settings: Settings,
        parent: QWidget | None = None,
        pack_file: Path | None = None,
        pack_cache: Path | None = None,
    ):
        super().__init__(parent)
        self.family, self.editions, self.settings = family, editions, settings
        self.pack_file = pack_file  # a content pack in the library: presented from its own renders
        self.pack_cache = pack_cache  # ... kept in this render cache folder (None: the pack cannot be opened)
        saved = settings.languages.get(family)
        self.language = saved if saved in editions else next(iter(editions))
        self.thumbnail_video: Path | None = None
        self.rows: list[SlideRow] = []
        self.compact = self.tiny = False
        self.setObjectName("deckCard")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMaximumWidth(CARD_MAX)
        self.thumbnail = Thumbnail(self)
        self.title = QLabel(self, objectName="deckTitle", wordWrap=True)
        self.meta = QLabel(self, objectName="meta", wordWrap=True)
        self.error = QLabel(self, objectName="deckError", wordWrap=True)
        self.error_hint = QLabel(self, objectName="meta", wordWrap=True)
        self.language_buttons: dict[str, QPushButton] = {}
        self.header = QBoxLayout(QBoxLayout.Direction.LeftToRight)  # pills beside the title, or below it
        self.header.setSpacing(10)
        self.header.addWidget(self.title, 1)
        pills = QHBoxLayout()
        pills.setSpacing(8)
        if len(editions) > 1:
            for code in editions:  # no exclusive group, so Tab reaches every pill (choose_language keeps one on)
                button = QPushButton(language_name(code), self, objectName="language", checkable=True)
                button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
                button.setCursor(Qt.CursorShape.PointingHandCursor)
                button.setChecked(code == self.language)
                button.clicked.connect(lambda _=False, code=code: self.choose_language(code))
                button.pressed.connect(lambda: self.focused.emit(self))
                pills.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
                self.language_buttons[code] = button
            pills.addStretch(1)
        self.header.addLayout(pills)
        self.slide_list = QVBoxLayout()
        self.slide_list.setSpacing(0)
        layout = QVBoxLayout(self)
        layout.addWidget(self.thumbnail, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addLayout(self.header)
        layout.addWidget(self.meta)
        layout.addWidget(self.error)
        layout.addWidget(self.error_hint)
        layout.addLayout(self.slide_list)
        layout.addStretch(1)
        self.set_compact(False)
        self._show_edition(carried=None)

    def set_compact(self, compact: bool, tiny: bool = False) -> None:
        """Smaller type and rows for a small window (a laptop at 150%); ``tiny`` for the smallest."""
        self.compact, self.tiny = compact, compact and tiny
        margin = 12 if self.tiny else 16 if compact else 26
        self.layout().setContentsMargins(margin, margin - 2 if compact else margin, margin, margin)
        self.layout().setSpacing(4 if self.tiny else 6 if compact else 10)
        self.title.setFont(style.font(19 if self.tiny else 22 if compact else 30, bold=True))
        for label in (self.meta, self.error):
            label.setFont(style.font(14 if self.tiny else 15 if compact else 17))
        self.error_hint.setFont(style.font(14 if compact else 16))
        for button in self.language_buttons.values():
            button.setFont(style.font(14 if self.tiny else 15 if compact else 17, bold=True))
            button.setProperty("compact", compact)
            button.style().unpolish(button)
            button.style().polish(button)
        for row in self.rows:
            row.set_row_height(self.row_height())
        self._place_steps()

    def row_height(self) -> int:
        return 32 if self.tiny else 38 if self.compact else 54

    def _pills_width(self) -> int:
        buttons = list(self.language_buttons.values())
        return sum(b.sizeHint().width() for b in buttons) + 8 * max(0, len(buttons) - 1)

    def inner_width(self, width: int) -> int:
        margins = self.layout().contentsMargins()
        return width - margins.left() - margins.right()

    def fits_beside(self, width: int) -> bool:
        """Whether the language pills fit beside the title, the title then keeping to one line."""
        return not self.language_buttons or (
            self.title.fontMetrics().horizontalAdvance(self.title.text()) + 10 + self._pills_width()
            <= self.inner_width(width)
        )

    def place_pills(self, beside: bool) -> None:
        """The language pills beside the title, or on a line of their own below it."""
        direction = QBoxLayout.Direction.LeftToRight if beside else QBoxLayout.Direction.TopToBottom
        if self.header.direction() != direction:
            self.header.setDirection(direction)
            self.header.setSpacing(10 if beside else 4)
        # a title above the pills sits on them (titles are as tall as the tallest, so the pills line up)
        self.title.setAlignment(
            Qt.AlignmentFlag.AlignLeft | (Qt.AlignmentFlag.AlignVCenter if beside else Qt.AlignmentFlag.AlignBottom)
        )

    def title_height(self, width: int) -> int:
        """The title's height at ``width`` (as wrapped beside the pills, or alone)."""
        beside = self.header.direction() == QBoxLayout.Direction.LeftToRight and self.language_buttons
        return self.title.heightForWidth(self.inner_width(width) - (self._pills_width() + 10 if beside else 0))

    def chrome_height(self, width: int) -> int:
        """The card's height without its thumbnail, at ``width`` (as its layout measures it)."""
        shown = not self.thumbnail.isHidden()
        self.thumbnail.setVisible(False)
        height = self.heightForWidth(width) if self.hasHeightForWidth() else self.minimumSizeHint().height()
        self.thumbnail.setVisible(shown)
        return height

    def focus_chain(self) -> list[QWidget]:
        """Tab's order on this card: the card, its language pills, its slides."""
        return [self, *self.language_buttons.values(), *self.rows]

    @property
    def edition(self) -> Edition:
        return self.editions[self.language]

    @property
    def deck_path(self) -> Path:
        return self.edition.path

    @property
    def builtin(self) -> bool:
        """A deck that comes with the app (read-only: it is edited through "Make my copy")."""
        return self.deck_path.resolve().parent == DECKS_DIR.resolve()

    def can_present(self) -> bool:
        return self.edition.deck is not None and bool(self.chosen_ids())

    def present_label(self) -> str:
        """What the Present button says for this card."""
        slides, chosen = self._slides(), len(self.chosen_ids())
        if self.edition.deck is None:
            return tr("Fix the deck to present it")
        if chosen == 0:
            return tr("Tick at least one slide")
        if chosen < len(slides):
            return tr("Present {chosen} of {count} slides").format(chosen=chosen, count=len(slides))
        return tr("Present")

    def summary(self) -> str:
        """What Present will show: the deck's title and its language."""
        return f"{self.edition.title}  ·  {language_name(self.language)}"

    def chosen_ids(self) -> list[str]:
        """The ticked slides' ids, in deck order."""
        return [slide.id for slide, row in zip(self._slides(), self.rows) if row.isChecked()]

    def set_checked(self, slide_id: str, checked: bool) -> None:
        for slide, row in zip(self._slides(), self.rows):
            if slide.id == slide_id and row.isChecked() != checked:
                row.click()

    def choose_language(self, code: str) -> None:
        for each, button in self.language_buttons.items():
            button.setChecked(each == (code if code in self.editions else self.language))
        if code not in self.editions or code == self.language:
            return
        ids, total = self.chosen_ids(), len(self.rows)
        self.language = code
        self.settings.languages[self.family] = code
        self._show_edition(carried=ids if ids and len(ids) < total else None)
        self._remember_playlist()

    def _slides(self) -> tuple:
        return self.edition.deck.slides if self.edition.deck is not None else ()

    def _show_edition(self, carried: list[str] | None) -> None:
        edition = self.edition
        self.title.setText(edition.title)
        self.error.setText(edition.error)
        self.error.setToolTip(edition.all_problems)
        self.error.setVisible(bool(edition.error))
        self.error_hint.setVisible(bool(edition.error))
        for row in self.rows:
            self.slide_list.removeWidget(row)
            row.deleteLater()
        self.rows = []
        slides = self._slides()
        ticked = self._initial_ticks([s.id for s in slides], carried)
        for number, slide in enumerate(slides, start=1):
            row = SlideRow(number, slide.title, len(slide.steps), self)
            row.set_row_height(self.row_height())
            row.setChecked(slide.id in ticked)
            row.toggled.connect(self._ticked)
            row.pressed.connect(lambda: self.focused.emit(self))
            self.slide_list.addWidget(row)
            self.rows.append(row)
        chain = self.focus_chain()
        for before, after in zip(chain, chain[1:]):
            QWidget.setTabOrder(before, after)
        self.meta.setVisible(bool(slides))
        self._place_steps()
        self.set_texts()
        self.thumbnail.show_image(None, edition.title)
        self.changed.emit()
        self.thumbnail_wanted.emit(self)

    def set_texts(self) -> None:
        """The card's own words (not the deck's), in the language in use."""
        slides = self._slides()
        if self.pack_file is not None:
            origin = tr("From a pack: {file}").format(file=self.pack_file.name)
        else:
            origin = tr("Built-in deck") if self.builtin else tr("Your clinic's deck")
        self.meta.setText(
            tr("{origin} · {slides} slides · {steps} steps").format(
                origin=origin, slides=len(slides), steps=sum(len(s.steps) for s in slides)
            )
        )
        self.error_hint.setText(
            tr("Every problem, with what to do: {command}").format(command=self.edition.check_command)
        )
        for widget in [self.thumbnail, *self.rows]:
            widget.update()

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

    def _remember_playlist(self) -> None:
        if self.edition.deck is None:
            return
        ids, name = self.chosen_ids(), self.edition.deck.name
        if len(ids) == len(self.rows):
            self.settings.playlists.pop(name, None)  # all: new slides are then included too
        else:
            self.settings.playlists[name] = ids
        self.changed.emit()

    def mark_current(self, current: bool) -> None:
        """The current card has a bright border: the action bar presents it."""
        if self.property("current") != current:
            self.setProperty("current", current)
            self.style().unpolish(self)
            self.style().polish(self)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_steps()

    def _place_steps(self) -> None:
        """Every slide with its steps, or (a narrow card) none: the meta line gives the total."""
        width = self.inner_width(self.contentsRect().width())
        show = all(row.fits_with_steps(width) for row in self.rows)
        for row in self.rows:
            if row.show_steps != show:
                row.show_steps = show
                row.update()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.focused.emit(self)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        super().mousePressEvent(event)
