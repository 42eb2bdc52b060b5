"""The start screen: one card per deck, its language, a thumbnail and this patient's slides.

Choosing is quick with a mouse or a keyboard: arrows or Tab move between the
cards, Enter presents the focused deck. Unticking slides makes this
patient's playlist; it and the language chosen are remembered in the
settings. A deck that cannot be loaded shows its first problem on its card.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent, QImage, QKeyEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from presenter.app import style
from presenter.app.frames import Stills
from presenter.app.start_parts import LINE, DeckCard, load_edition
from presenter.catalog import CatalogError, load_catalog
from presenter.playable import best_render
from presenter.playlist import deck_family, editions
from presenter.render.cache import RenderCache
from presenter.settings import Settings, save_settings
from scenes import look

CARD_MIN = 440  # columns are added while cards stay at least this wide

STYLESHEET = f"""
QWidget#startScreen {{ background: {look.BACKGROUND}; }}
QLabel#brand {{ color: {look.SKY_BLUE}; }}
QLabel#lead, QLabel#meta, QLabel#keysHint {{ color: {look.TEXT_SOFT}; }}
QLabel#deckError {{ color: {look.ORANGE}; }}
QFrame#deckCard {{ background: {style.PANEL.name()}; border: 3px solid {style.PANEL.name()}; border-radius: 22px; }}
QFrame#deckCard:focus {{ border-color: {look.SKY_BLUE}; }}
QPushButton#language {{ background: transparent; color: {look.TEXT_SOFT}; border: 2px solid {LINE};
                        border-radius: 19px; padding: 6px 18px; }}
QPushButton#language:hover {{ border-color: {look.SKY_BLUE}; color: {look.TEXT}; }}
QPushButton#language:checked {{ background: {look.SKY_BLUE}; border-color: {look.SKY_BLUE};
                                color: {look.BACKGROUND}; }}
QPushButton#present {{ background: transparent; color: {look.SKY_BLUE}; border: 2px solid {look.SKY_BLUE};
                       border-radius: 14px; padding: 12px; }}
QPushButton#edit {{ background: transparent; color: {look.TEXT}; border: 2px solid {LINE}; border-radius: 12px;
                    padding: 10px 14px; }}
QPushButton#edit:hover, QPushButton#edit:focus {{ border-color: {look.SKY_BLUE}; }}
QLabel#origin {{ color: {look.YELLOW}; }}
QPushButton#present:hover, QFrame#deckCard[current="true"] QPushButton#present {{
    background: {look.SKY_BLUE}; color: {look.BACKGROUND}; }}
QPushButton#present:disabled, QFrame#deckCard[current="true"] QPushButton#present:disabled {{
    background: {LINE}; border-color: {LINE}; color: {look.TEXT_SOFT}; }}
"""


class StartScreen(QWidget):
    """Every deck as a card; ``chosen(deck path, slide ids)`` when one is presented."""

    chosen = Signal(object, list)
    pack_chosen = Signal(object, object)  # a content pack's deck path, the cache folder it plays from
    edit_requested = Signal(object)  # a deck path to open in the editor

    def __init__(self, decks: Sequence[Path], cache: RenderCache, settings: Settings,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.decks, self.cache, self.settings = [Path(p) for p in decks], cache, settings
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
        brand = QLabel("BRAIN EXPLAINER", self, objectName="brand")
        brand.setFont(style.font(17, bold=True))
        heading = QLabel("What would you like to show?", self, objectName="heading")
        heading.setFont(style.font(40, bold=True))
        lead = QLabel("Choose a deck and its language. Untick the slides this patient does not need, "
                      "then press Present.", self, objectName="lead", wordWrap=True)
        lead.setFont(style.font(21))
        hint = QLabel("<b>← →</b> or <b>Tab</b>&nbsp; choose a deck &nbsp; · &nbsp; <b>Enter</b>&nbsp; present",
                      self, objectName="keysHint")
        hint.setFont(style.font(17))
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(36)
        self.grid.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.scroll = QScrollArea(self)
        self.scroll.setWidget(self.grid_host)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(64, 34, 64, 20)
        layout.setSpacing(6)
        layout.addWidget(brand)
        layout.addWidget(heading)
        layout.addWidget(lead)
        layout.addSpacing(22)
        self.empty = QLabel("No decks found. Deck files (.yaml) go in assets/decks; "
                            "docs/decks.md shows how to write one.", self, objectName="lead", wordWrap=True)
        self.empty.setFont(style.font(24))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.empty)
        layout.addWidget(self.scroll, 1)
        layout.addSpacing(12)
        layout.addWidget(hint)
        from presenter.app.start_actions import StartActions  # export, packs, sharp renders, the cache

        self.actions = StartActions(cache.root, lambda: self.decks, self)
        self.actions.export_requested.connect(self.export_current)
        self.actions.pack_opened.connect(self.pack_chosen.emit)
        layout.addSpacing(8)
        layout.addWidget(self.actions)
        self.setAcceptDrops(True)  # drop a content pack here to present it
        self.reload()

    def export_current(self) -> None:
        """The export dialog for the current card's deck (in its chosen language)."""
        from presenter.app.export_dialog import ExportDialog

        card = self.current
        if card is not None:
            ExportDialog(card.deck_path, self, self.cache.root).exec()
            self.actions.refresh_size()

    def dragEnterEvent(self, event) -> None:  # noqa: ANN001 (QDragEnterEvent)
        if any(url.toLocalFile().lower().endswith(".pack") for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: ANN001 (QDropEvent)
        packs = [url.toLocalFile() for url in event.mimeData().urls() if url.toLocalFile().lower().endswith(".pack")]
        if packs:
            event.acceptProposedAction()
            self.actions.open_pack(Path(packs[0]))

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
        for family, languages in editions(self.decks).items():
            loaded = {code: load_edition(path, code, catalog, catalog_error) for code, path in languages.items()}
            card = DeckCard(family, loaded, self.settings, self.grid_host)
            card.present_requested.connect(self.present)
            card.focused.connect(self._mark_current)
            card.changed.connect(lambda: save_settings(self.settings))
            card.thumbnail_wanted.connect(self._request_thumbnail)
            card.edit_requested.connect(self.edit_requested)
            card.installEventFilter(self)
            self._request_thumbnail(card)
            self.cards.append(card)
        self.empty.setVisible(not self.cards)
        self._columns = 0
        self._arrange()
        self._mark_current(next((card for card in self.cards if card.family == keep), self.current))

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
        self._current = card
        for each in self.cards:
            each.mark_current(each is card)

    def present(self, card: DeckCard | None = None) -> None:
        """Emit ``chosen`` for a card (the current one by default) when its deck can be shown."""
        card = card or self.current
        if card is None or card.edition.deck is None or not card.chosen_ids():
            return
        save_settings(self.settings)
        self.chosen.emit(card.deck_path, card.chosen_ids())

    def _request_thumbnail(self, card: DeckCard) -> None:
        """The first slide's best render, its last frame (decoded off the GUI thread)."""
        deck, card.thumbnail_video = card.edition.deck, None
        if deck is None or not deck.slides:
            return
        try:
            spec = load_catalog()[deck.slides[0].scene]
            manifest, _ = best_render(deck, deck.slides[0], spec, self.cache)
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

    def _arrange(self) -> None:
        spacing = self.grid.horizontalSpacing()
        width = self.scroll.viewport().width()
        columns = max(1, min(len(self.cards), (width + spacing) // (CARD_MIN + spacing))) if self.cards else 1
        if columns == self._columns:
            return
        self._columns = columns
        for card in self.cards:
            self.grid.removeWidget(card)
        for index, card in enumerate(self.cards):
            self.grid.addWidget(card, index // columns, index % columns)

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
        return super().eventFilter(watched, event)

    def _card_key(self, card: DeckCard, event: QKeyEvent) -> bool:
        key, columns = event.key(), max(1, self._columns)
        rows = (len(self.cards) + columns - 1) // columns
        vertical = columns if rows > 1 else 1
        moves = {Qt.Key.Key_Left: (-1, False), Qt.Key.Key_Right: (1, False), Qt.Key.Key_Up: (-vertical, False),
                 Qt.Key.Key_Down: (vertical, False), Qt.Key.Key_Tab: (1, True), Qt.Key.Key_Backtab: (-1, True)}
        if key in moves:
            self._move(card, *moves[key])
            return True
        if key in (Qt.Key.Key_Home, Qt.Key.Key_End):
            self._move(card, -len(self.cards) if key == Qt.Key.Key_Home else len(self.cards), False)
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.present(card)
            return True
        return False

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
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
