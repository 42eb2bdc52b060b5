"""The glossary as the patient sees it: a calm card over the audience view, paged to fit.

Terms are laid out in two columns (one on a narrow window) at a size read
from across the room; what does not fit goes to the next page, so nothing is
ever clipped. The clicker's next/previous keys turn the pages. Only the
deck's own words and its language appear here.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent

from presenter.app import style
from presenter.app.overlays import _Overlay
from scenes import look

Term = tuple[str, str]

HEADINGS = {"es": "Glosario", "en": "Glossary"}  # the patient's words: the deck's language, not the app's
PAGE_WORD = {"es": "página {page} de {pages}", "en": "page {page} of {pages}"}


class GlossaryCard(_Overlay):
    """Paged glossary terms on a card; ``turn`` moves between pages."""

    def __init__(self, parent, language: str = "en"):  # noqa: ANN001 (QWidget)
        super().__init__(parent)
        self.language = language
        self.terms: list[Term] = []
        self.page = 0
        self._pages: list[list[list[Term]]] = []  # page -> columns -> terms

    def set_terms(self, terms: Sequence[Term], language: str | None = None) -> None:
        self.terms, self.page = list(terms), 0
        self.language = language or self.language
        self._paginate()
        self.update()

    def page_count(self) -> int:
        return max(1, len(self._pages))

    def turn(self, step: int) -> bool:
        """Go ``step`` pages on; False (and stay) past the first or last page."""
        target = self.page + step
        if not 0 <= target < self.page_count():
            return False
        self.page = target
        self.update()
        return True

    def shown_terms(self) -> list[Term]:
        """The terms on the page on screen."""
        return [term for column in self._pages[self.page] for term in column] if self._pages else []

    # --- layout --------------------------------------------------------------------
    def _sizes(self) -> tuple[int, int]:
        """(term size, heading size) in pixels for this window height."""
        size = max(18, round(self.height() * 0.034))
        return size, round(size * 1.5)

    def card_rect(self) -> QRect:
        margin_x, margin_y = self.width() // 14, self.height() // 14
        return self.rect().adjusted(margin_x, margin_y, -margin_x, -margin_y)

    def _columns(self) -> tuple[list[QRect], int]:
        """The columns' rectangles inside the card and the gap between terms."""
        size, heading = self._sizes()
        card = self.card_rect()
        pad = size * 2
        body = card.adjusted(pad, pad + heading * 2, -pad, -pad - size * 2)
        count = 2 if body.width() > size * 30 else 1
        gap = size * 2
        width = (body.width() - gap * (count - 1)) // count
        return [QRect(body.left() + n * (width + gap), body.top(), width, body.height()) for n in range(count)], size

    def _term_height(self, term: Term, width: int, size: int) -> int:
        bold, plain = style.font(size, bold=True), style.font(size)
        words = QFontMetrics(plain).boundingRect(0, 0, width, 100000, Qt.TextFlag.TextWordWrap, term[1]).height()
        return QFontMetrics(bold).height() + words + size

    def _paginate(self) -> None:
        columns, size = self._columns()
        self._pages = []
        if not self.terms or not columns or columns[0].height() <= 0:
            return
        page: list[list[Term]] = [[]]
        used = 0
        for term in self.terms:
            height = self._term_height(term, columns[0].width(), size)
            if used + height > columns[0].height() and page[-1]:
                if len(page) < len(columns):
                    page.append([])
                else:
                    self._pages.append(page)
                    page = [[]]
                used = 0
            page[-1].append(term)
            used += height
        self._pages.append(page)
        self.page = min(self.page, len(self._pages) - 1)

    def resizeEvent(self, event) -> None:  # noqa: ANN001
        self._paginate()
        super().resizeEvent(event)

    # --- painting --------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor(look.BACKGROUND))
        card = self.card_rect()
        painter.setPen(QColor("#2A4463"))
        painter.setBrush(style.PANEL)
        painter.drawRoundedRect(card, 24, 24)
        size, heading = self._sizes()
        pad = size * 2
        painter.setPen(QColor(look.TEXT))
        painter.setFont(style.font(heading, bold=True))
        title = card.adjusted(pad, pad, -pad, 0)
        painter.drawText(
            title, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, HEADINGS.get(self.language, HEADINGS["en"])
        )
        if self.page_count() > 1:
            painter.setPen(QColor(look.TEXT_SOFT))
            painter.setFont(style.font(size))
            words = PAGE_WORD.get(self.language, PAGE_WORD["en"])
            painter.drawText(
                card.adjusted(pad, 0, -pad, -pad),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
                words.format(page=self.page + 1, pages=self.page_count()) + "  ▸",
            )
        columns, _ = self._columns()
        page = self._pages[self.page] if self._pages else []
        for rect, terms in zip(columns, page):
            self._paint_column(painter, rect, terms, size)
        painter.end()

    def _paint_column(self, painter: QPainter, rect: QRect, terms: list[Term], size: int) -> None:
        top = rect.top()
        for term, meaning in terms:
            bold: QFont = style.font(size, bold=True)
            painter.setFont(bold)
            painter.setPen(QColor(look.YELLOW))
            line = QFontMetrics(bold).height()
            painter.drawText(QRect(rect.left(), top, rect.width(), line), Qt.AlignmentFlag.AlignLeft, term)
            painter.setFont(style.font(size))
            painter.setPen(QColor(look.TEXT))
            box = QRect(rect.left(), top + line, rect.width(), rect.bottom() - top - line)
            used = painter.boundingRect(box, Qt.TextFlag.TextWordWrap, meaning)
            painter.drawText(box, Qt.TextFlag.TextWordWrap, meaning)
            top += line + used.height() + size
