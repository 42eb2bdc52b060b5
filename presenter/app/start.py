"""The start screen: one card per deck, its language, a thumbnail and this patient's slides.

It fits the window at every laptop size (1366×768 to 1920×1080, at 100% or
150%): the decks side by side (three columns fit 911×512 at 150%), type and
rows get smaller (never below 14 px) and thumbnails shrink (or step aside) so
every card shows whole; the row of tasks and the action bar with Present are
fixed at the bottom. Everything works from the keyboard: Tab visits each card,
its language pills and slide tick boxes (Space ticks), then the row of tasks,
then the action bar (Edit, Export…, Present);
← → move between cards; Enter presents the current card; Esc or Ctrl+Q
closes. Unticking slides makes this patient's playlist; it and the language
chosen are remembered in the settings. A deck that cannot be loaded shows
its first problem on its card. Content packs kept in the library
(presenter/library.py) are cards too, "From a pack", presented from their
own renders. More holds Clinic details… (clinic_dialog.py) and, on a pack's
card, Remove this pack from the library.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QImage, QKeyEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from presenter.app import dialogs, style
from presenter.app.frames import Stills
from presenter.app.i18n import current_language, tr, use_language
from presenter.app.start_card import DeckCard
from presenter.app.start_parts import LINE, ActionBar, load_edition
from presenter.catalog import CatalogError, load_catalog
from presenter.library import DeckLibrary
from presenter.playable import best_render
from presenter.playlist import deck_family, editions
from presenter.render.cache import RenderCache
from presenter.settings import Settings, save_settings
from scenes import look

CARD_MIN = 240  # columns are added while cards stay at least this wide (three fit a 911-pixel window)
COMPACT_BELOW = 760  # window heights (logical pixels) that get the compact layout
COMPACT_NARROWER = 1000  # ... and window widths
TINY_BELOW = 520  # ... and the smallest type (14 pixels at least) and rows
NO_HEADING_BELOW = 450  # ... where the heading gives its line to the cards
MINIMUM = (720, 380)  # the smallest window (everything shows whole from 819×406, 911×512 at 150%)
THUMBNAIL_LEAST = 80  # a thumbnail smaller than this is left out

STYLESHEET = f"""
QWidget#startScreen {{ background: {look.BACKGROUND}; }}
QLabel#brand {{ color: {look.SKY_BLUE}; }}
QLabel#lead, QLabel#meta, QLabel#keysHint, QLabel#summary {{ color: {look.TEXT_SOFT}; }}
QLabel#deckError {{ color: {look.ORANGE}; }}
QFrame#deckCard {{ background: {style.PANEL.name()}; border: 3px solid {style.PANEL.name()}; border-radius: 22px; }}
QFrame#deckCard[current="true"] {{ border-color: {LINE}; }}
QFrame#deckCard:focus {{ border-color: {look.SKY_BLUE}; }}
QPushButton#language {{ background: transparent; color: {look.TEXT_SOFT}; border: 2px solid {LINE};
                        border-radius: 12px; padding: 5px 16px; }}
QPushButton#language:hover {{ border-color: {look.SKY_BLUE}; color: {look.TEXT}; }}
QPushButton#language:checked {{ background: {look.SKY_BLUE}; border-color: {look.SKY_BLUE};
                                color: {look.BACKGROUND}; }}
QPushButton#language[compact="true"] {{ padding: 3px 12px; border-radius: 10px; }}
QPushButton#language:focus {{ border: 3px solid {look.YELLOW}; }}
QFrame#actionBar {{ background: {style.PANEL.name()}; border-radius: 16px; }}
QPushButton#present {{ background: {look.SKY_BLUE}; color: {look.BACKGROUND}; border: 3px solid {look.SKY_BLUE};
                       border-radius: 12px; padding: 10px 28px; }}
QPushButton#present:focus {{ border-color: {look.YELLOW}; }}
QPushButton#present:disabled {{ background: {LINE}; border-color: {LINE}; color: {look.TEXT_SOFT}; }}
QToolButton#more, QFrame#actionBar QPushButton:!default#secondary {{ background: transparent; color: {look.TEXT};
    border: 2px solid {look.TEXT_SOFT}; border-radius: 12px; padding: 10px 20px; }}
QToolButton#more:focus {{ border-color: {look.YELLOW}; }}
QFrame#actionBar QPushButton#secondary:focus {{ border-color: {look.YELLOW}; }}
QPushButton#present[compact="true"] {{ padding: 6px 22px; }}
QToolButton#more[compact="true"], QFrame#actionBar QPushButton#secondary[compact="true"] {{ padding: 6px 14px; }}
"""


class StartScreen(QWidget):
    """Every deck as a card; ``chosen(deck path, slide ids)`` when one is presented.

    ``current_changed(card)`` fires when another card becomes the one the
    action bar acts on (entry points added to ``action_bar`` follow it).
    """

    chosen = Signal(object, list)
    current_changed = Signal(object)
    pack_chosen = Signal(object, object, list)  # a content pack's deck path, the cache folder it plays from, ids
    edit_requested = Signal(object)  # a deck path to open in the editor

    def __init__(
        self,
        decks: Sequence[Path],
        cache: RenderCache,
        settings: Settings,
        parent: QWidget | None = None,
        library: DeckLibrary | None = None,
    ):
        super().__init__(parent)
        self.decks, self.cache, self.settings = [Path(p) for p in decks], cache, settings
        self.library = library if library is not None else DeckLibrary()  # its packs are cards too
        self.cards: list[DeckCard] = []
        self._current: DeckCard | None = None
        self._columns = 0
        self.stills: Stills | None = None
        self._start_stills()
        self._stamp: tuple = ()
        self.setObjectName("startScreen")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setWindowTitle("Brain Explainer")
        self.setStyleSheet(style.STYLESHEET + STYLESHEET)
        self.brand = QLabel("BRAIN EXPLAINER", self, objectName="brand")
        self.heading = QLabel(self, objectName="heading")
        self.lead = QLabel(self, objectName="lead", wordWrap=True)
        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.scroll = QScrollArea(self)
        self.scroll.setWidget(self.grid_host)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.empty = QLabel(self, objectName="lead", wordWrap=True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.action_bar = ActionBar(self)
        self.action_bar.present.clicked.connect(lambda: self.present())
        layout = QVBoxLayout(self)
        for widget in (self.brand, self.heading, self.lead, self.empty):
            layout.addWidget(widget)
        layout.addWidget(self.scroll, 1)
        self._add_tasks(layout)
        layout.addWidget(self.action_bar)
        layout.setSizeConstraint(QVBoxLayout.SizeConstraint.SetNoConstraint)  # the type shrinks to fit instead
        self.setMinimumSize(*MINIMUM)
        self._compact: tuple[bool, bool, bool] | None = None
        self._scale()
        self._set_texts()
        QApplication.instance().focusChanged.connect(self._focus_moved)
        self.scroll.viewport().installEventFilter(self)  # fit the cards whenever their room changes
        self.reload()

    def _add_tasks(self, layout: QVBoxLayout) -> None:
        """Edit and Export in the action bar (they act on the current deck); above it, the row of
        tasks for every deck: open a pack, prepare sharp renders, the saved renders' size."""
        from presenter.app.start_actions import StartActions

        self.edit_button = QPushButton(self, objectName="secondary")
        self.edit_button.clicked.connect(self.edit_current)
        self.export_button = QPushButton(self, objectName="secondary")
        self.export_button.clicked.connect(self.export_current)
        for button in (self.edit_button, self.export_button):
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            self.action_bar.add_button(button)
        self.clinic_action = QAction(self)
        self.clinic_action.triggered.connect(self.edit_clinic)
        self.action_bar.add_menu_action(self.clinic_action)
        self.remove_pack_action = QAction(self)
        self.remove_pack_action.triggered.connect(self.remove_current_pack)
        self.action_bar.add_menu_action(self.remove_pack_action)
        self.actions = StartActions(self.cache.root, lambda: self.decks, self.library, self)
        self.actions.pack_opened.connect(lambda deck, cache: self.pack_chosen.emit(deck, cache, []))
        self.actions.pack_added.connect(self._pack_added)
        self.actions.current_deck = lambda: self.current.deck_path if self.current is not None else None
        layout.addWidget(self.actions)
        # the row keeps to the window's width: the status wraps into the room left, and while sharp
        # renders are prepared (the progress bar shows) the saved renders' size, then changing, steps aside
        self.actions.status.setWordWrap(True)
        self.actions.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        row = self.actions.layout()
        for index in range(row.count()):  # the status, not a spacer, takes the room between the buttons
            row.setStretch(index, 1 if row.itemAt(index).widget() is self.actions.status else 0)
        self.actions.bar.installEventFilter(self)
        self.setAcceptDrops(True)  # drop a content pack here to present it

    def edit_current(self) -> None:
        """Open the current card's deck in the editor (a built-in deck opens read-only, to copy)."""
        if self.current is not None:
            self.edit_requested.emit(self.current.deck_path)

    def export_current(self) -> None:
        """The export dialog for the current card's deck (in its chosen language)."""
        from presenter.app.export_dialog import ExportDialog

        card = self.current
        if card is not None:
            ExportDialog(card.deck_path, self, card.pack_cache or self.cache.root).exec()
            self.actions.refresh_size()

    def remove_current_pack(self) -> None:
        """Take the current card's pack out of the library (after asking)."""
        card = self.current
        if (
            card is not None
            and card.pack_file is not None
            and self.actions.remove_pack(
                card.pack_file, card.title.text(), card.pack_cache.parent if card.pack_cache else None
            )
        ):
            self.reload()

    def _pack_added(self, pack_file: Path) -> None:
        self.reload()
        added = next((card for card in self.cards if card.pack_file == pack_file), None)
        if added is not None:
            self._move(added, 0, False)

    def edit_clinic(self) -> None:
        """The Clinic details dialog; saved details are written into the cards' decks at once."""
        from presenter.app.clinic_dialog import ClinicDialog

        languages = sorted({code for card in self.cards for code in card.editions}, key=lambda c: (c != "en", c))
        if ClinicDialog(self.settings, languages, self).exec() != QDialog.DialogCode.Accepted:
            return
        if not save_settings(self.settings):
            dialogs.tell(
                self,
                tr("The clinic details could not be saved"),
                tr("The settings folder cannot be written, so the decks keep their numbers. Check the disk."),
            )
            return
        self.reload()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(url.toLocalFile().lower().endswith(".pack") for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        packs = [url.toLocalFile() for url in event.mimeData().urls() if url.toLocalFile().lower().endswith(".pack")]
        if packs:
            event.acceptProposedAction()
            self.actions.open_pack(Path(packs[0]))

    def _set_texts(self) -> None:
        """The screen's own words, in the language in use."""
        self.heading.setText(tr("What would you like to show?"))
        self.lead.setText(
            tr("Choose a deck and its language. Untick the slides this patient does not need, then press Present.")
        )
        self.empty.setText(
            tr("No decks found. Deck files (.yaml) go in assets/decks; docs/decks.md shows how to write one.")
        )
        self.clinic_action.setText(tr("Clinic details…"))
        self.remove_pack_action.setText(tr("Remove this pack from the library"))
        self.action_bar.set_texts()
        self._update_bar()

    def _speak(self, card: DeckCard | None) -> None:
        """The start screen speaks the current card's language (English when the app lacks it)."""
        before = current_language()
        if card is not None and use_language(card.language) != before:
            for each in self.cards:
                each.set_texts()
            self._set_texts()

    @property
    def present_button(self):  # noqa: ANN201 (QPushButton)
        return self.action_bar.present

    def reload(self) -> None:
        """Read the deck files again and rebuild the cards (e.g. after edits)."""
        self._stamp = self._deck_stamp()
        try:
            catalog, catalog_error = dict(load_catalog()), ""
        except CatalogError as error:
            catalog, catalog_error = None, f"scenes: {error}"
        keep = self._current.family if self._current is not None else None
        for card in self.cards:
            self.grid.removeWidget(card)
            card.deleteLater()
        self.cards, self._current = [], None
        found = [
            (family, {code: load_edition(path, code, catalog, catalog_error) for code, path in languages.items()}, {})
            for family, languages in editions(self.decks).items()
        ]
        for pack_file in self.library.packs():
            loaded, pack_cache = self.actions.pack_editions(pack_file, catalog, catalog_error)
            found.append((f"pack:{pack_file.stem}", loaded, {"pack_file": pack_file, "pack_cache": pack_cache}))
        for family, loaded, pack in found:
            card = DeckCard(family, loaded, self.settings, self.grid_host, **pack)
            card.set_compact(*(self._compact or (False, False))[:2])
            card.focused.connect(self._mark_current)
            card.changed.connect(lambda card=card: self._card_changed(card))
            card.thumbnail_wanted.connect(self._request_thumbnail)
            card.installEventFilter(self)
            self._request_thumbnail(card)
            self.cards.append(card)
        self.empty.setVisible(not self.cards)
        self._chain_tabs()
        self._columns = 0
        self._arrange()
        self._mark_current(next((card for card in self.cards if card.family == keep), self.current))

    def _chain_tabs(self) -> None:
        """Tab goes through the cards in reading order, then the row of tasks, then the action bar."""
        tasks = [self.actions.open, self.actions.prepare, self.actions.clean]
        chain = [w for card in self.cards for w in card.focus_chain()] + tasks + self.action_bar.focus_chain()
        for before, after in zip(chain, chain[1:]):
            QWidget.setTabOrder(before, after)

    def card(self, family: str) -> DeckCard:
        return next(card for card in self.cards if card.family == family)

    @property
    def current(self) -> DeckCard | None:
        """The card Enter presents: the one last focused, else the last deck presented's, else the first."""
        if self._current in self.cards:
            return self._current
        last = deck_family(Path(self.settings.last_deck)) if self.settings.last_deck else None
        return next((card for card in self.cards if card.family == last), self.cards[0] if self.cards else None)

    def _mark_current(self, card: DeckCard | None) -> None:
        changed = card is not self._current
        self._current = card
        for each in self.cards:
            each.mark_current(each is card)
        self._speak(card)
        self._update_bar()
        if changed:
            self.current_changed.emit(card)

    def _card_changed(self, card: DeckCard) -> None:
        save_settings(self.settings)
        if card is self.current:
            self._speak(card)
            self._update_bar()

    def _update_bar(self) -> None:
        card, bar = self.current, self.action_bar
        bar.present.setText(card.present_label() if card is not None else tr("Present"))
        bar.present.setEnabled(card is not None and card.can_present())
        bar.summary.setText(card.summary() if card is not None else "")
        builtin = card is not None and card.builtin
        self.edit_button.setText(tr("View and copy") if builtin else tr("Edit"))
        self.edit_button.setEnabled(card is not None and card.pack_file is None)  # a pack is shown as made
        self.remove_pack_action.setVisible(card is not None and card.pack_file is not None)
        self.export_button.setText(tr("Export…"))
        self.export_button.setEnabled(card is not None and card.edition.deck is not None)

    def _focus_moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        while new is not None and not isinstance(new, DeckCard):
            new = new.parentWidget()
        if new is not None and new in self.cards and new is not self._current:
            self._mark_current(new)

    def present(self, card: DeckCard | None = None) -> None:
        """Emit ``chosen`` for a card (the current one by default) when its deck can be shown."""
        card = card or self.current
        if card is None or not card.can_present():
            return
        save_settings(self.settings)
        if card.pack_cache is not None:  # a pack in the library: its own renders, nothing renders
            self.pack_chosen.emit(card.deck_path, card.pack_cache, card.chosen_ids())
        else:
            self.chosen.emit(card.deck_path, card.chosen_ids())

    # --- thumbnails ----------------------------------------------------------------
    def _request_thumbnail(self, card: DeckCard) -> None:
        """The first slide's best render, its last frame (decoded off the GUI thread)."""
        deck, card.thumbnail_video = card.edition.deck, None
        if deck is None or not deck.slides:
            return
        try:
            spec = load_catalog()[deck.slides[0].scene]
            cache = RenderCache(card.pack_cache) if card.pack_cache is not None else self.cache
            manifest, _ = best_render(deck, deck.slides[0], spec, cache)
        except (CatalogError, KeyError):
            return
        if manifest is None or not manifest.steps:
            return
        card.thumbnail_video = manifest.video(manifest.steps[-1].step)
        if self.stills is None:
            return
        image = self.stills.request(card.thumbnail_video, "last")
        if image is not None:
            card.thumbnail.show_image(image, card.edition.title)

    def _thumbnail_ready(self, path: Path, end: str, image: QImage) -> None:
        for card in self.cards:
            if card.thumbnail_video == path and end == "last":
                card.thumbnail.show_image(image, card.edition.title)

    # --- fitting the window ----------------------------------------------------------
    def _scale(self) -> None:
        """Type, margins and spacing for the window's size (mostly its height)."""
        height = self.height()
        level = (
            height < COMPACT_BELOW or self.width() < COMPACT_NARROWER,
            height < TINY_BELOW,
            height < NO_HEADING_BELOW,
        )
        if level == self._compact:
            return
        self._compact = level
        compact, tiny, no_heading = level
        self.brand.setFont(style.font(15 if compact else 17, bold=True))
        self.heading.setFont(style.font(22 if tiny else 26 if compact else 40, bold=True))
        self.lead.setFont(style.font(17 if compact else 21))
        self.empty.setFont(style.font(20 if compact else 24))
        self.lead.setVisible(not compact)
        self.brand.setVisible(not compact)
        self.heading.setVisible(not no_heading)
        layout = self.layout()
        layout.setContentsMargins(*((14, 8, 14, 8) if tiny else (24, 12, 24, 12) if compact else (64, 30, 64, 20)))
        layout.setSpacing(6 if tiny else 8 if compact else 14)
        self.grid.setSpacing(12 if tiny else 20 if compact else 36)
        for button in (self.actions.open, self.actions.prepare, self.actions.clean):
            button.setFont(style.font(15 if compact else 16, bold=True))
        for label in (self.actions.status, self.actions.cache_size):
            label.setFont(style.font(15 if compact else 16))
        self.actions.bar.setFixedWidth(110 if compact else 160)
        self.action_bar.set_compact(compact)
        for card in self.cards:
            card.set_compact(compact, tiny)
        self._columns = 0

    def _arrange(self) -> None:
        spacing = self.grid.horizontalSpacing()
        width = self.scroll.viewport().width()
        columns = max(1, min(len(self.cards), (width + spacing) // (CARD_MIN + spacing))) if self.cards else 1
        if columns != self._columns:
            self._columns = columns
            for card in self.cards:
                self.grid.removeWidget(card)
            for index, card in enumerate(self.cards):
                self.grid.addWidget(card, index // columns, index % columns)
        self._fit()

    def _fit(self) -> None:
        """Thumbnails as large as lets every card show whole, the same on every card."""
        if not self.cards:
            return
        columns = max(1, self._columns)
        rows = (len(self.cards) + columns - 1) // columns
        spacing = self.grid.verticalSpacing()
        width = min((self.scroll.viewport().width() - spacing * (columns - 1)) // columns, self.cards[0].maximumWidth())
        height = (self.scroll.viewport().height() - spacing * (rows - 1)) // rows
        beside = all(card.fits_beside(width) for card in self.cards)
        for card in self.cards:
            card.place_pills(beside)
            card.title.setMinimumHeight(0)
        title = max(card.title_height(width) for card in self.cards)
        for card in self.cards:  # every title as tall as the tallest: the slides start level
            card.title.setMinimumHeight(title)
        chrome = max(card.chrome_height(width) for card in self.cards)
        spare = height - chrome - self.cards[0].layout().spacing()
        inner = self.cards[0].inner_width(width) - 2 * self.cards[0].frameWidth()  # inside margins and border
        thumb = min(spare, inner * 9 // 16, 420)
        for card in self.cards:
            card.thumbnail.fit(thumb if thumb >= THUMBNAIL_LEAST else 0)

    # --- keys ------------------------------------------------------------------------
    def _move(self, card: DeckCard, step: int, wrap: bool) -> None:
        index = self.cards.index(card) + step
        index = index % len(self.cards) if wrap else max(0, min(len(self.cards) - 1, index))
        target = self.cards[index]
        target.setFocus(Qt.FocusReason.TabFocusReason)
        self._mark_current(target)  # also when the window is not active (focus then waits)
        self.scroll.ensureWidgetVisible(target, 0, 24)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(watched, DeckCard) and event.type() == QEvent.Type.KeyPress:
            return self._card_key(watched, event)  # type: ignore[arg-type]
        if watched is self.scroll.viewport() and event.type() == QEvent.Type.Resize:
            self._arrange()
        if watched is self.actions.bar and event.type() in (QEvent.Type.Show, QEvent.Type.Hide):
            self.actions.cache_size.setVisible(event.type() == QEvent.Type.Hide)
        return super().eventFilter(watched, event)

    def _card_key(self, card: DeckCard, event: QKeyEvent) -> bool:
        """Arrows on a card move between cards (Tab goes through each card's pills and slides)."""
        key, columns = event.key(), max(1, self._columns)
        rows = (len(self.cards) + columns - 1) // columns
        vertical = columns if rows > 1 else 1
        moves = {
            Qt.Key.Key_Left: (-1, False),
            Qt.Key.Key_Right: (1, False),
            Qt.Key.Key_Up: (-vertical, False),
            Qt.Key.Key_Down: (vertical, False),
        }
        if key in moves and QApplication.focusWidget() is card:
            self._move(card, *moves[key])
            return True
        if key in (Qt.Key.Key_Home, Qt.Key.Key_End) and QApplication.focusWidget() is card:
            self._move(card, -len(self.cards) if key == Qt.Key.Key_Home else len(self.cards), False)
            return True
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.present()
        elif key == Qt.Key.Key_Escape or (
            key == Qt.Key.Key_Q and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.close()
        else:
            super().keyPressEvent(event)

    # --- window ----------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._scale()
        self._arrange()

    def _deck_stamp(self) -> tuple:
        return tuple((path, path.stat().st_mtime_ns if path.exists() else 0) for path in self.decks)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.stills is None:  # closed before: decode thumbnails again
            self._start_stills()
        if self._deck_stamp() != self._stamp:  # a deck was edited while presenting
            self.reload()
        self._arrange()
        for card in self.cards:  # renders may have been made since (e.g. while presenting)
            self._request_thumbnail(card)
        current = self.current
        if current is not None:
            current.setFocus(Qt.FocusReason.OtherFocusReason)

    def _start_stills(self) -> None:
        self.stills = Stills(parent=self)
        self.stills.ready.connect(self._thumbnail_ready)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.actions.stop()
        if self.stills is not None:
            self.stills.shutdown()
            self.stills.deleteLater()
            self.stills = None
        super().closeEvent(event)
