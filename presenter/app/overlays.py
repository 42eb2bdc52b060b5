"""Things drawn over a window: a blank curtain, a short notice, and panels (help, glossary)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from presenter.app import style


class _Overlay(QWidget):
    """A child widget that always covers its parent."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        parent.installEventFilter(self)
        self.setGeometry(parent.rect())
        self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parent() and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.parentWidget().rect())
        return False

    def appear(self) -> None:
        self.setGeometry(self.parentWidget().rect())
        self.show()
        self.raise_()


class Curtain(_Overlay):
    """A black or white screen over everything (a clicker's blank button)."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.colour: str | None = None
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    def set_colour(self, colour: str | None) -> None:
        self.colour = colour
        if colour is None:
            self.hide()
        else:
            self.update()
            self.appear()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("white" if self.colour == "white" else "black"))
        painter.end()


class Notice(QLabel):
    """A short message at the top of a window that fades away (e.g. "Speed 0.75×")."""

    def __init__(self, parent: QWidget):
        super().__init__(parent, objectName="notice")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._timer = QTimer(self, singleShot=True, timeout=self.hide)
        self.hide()

    def say(self, text: str, seconds: float = 2.0) -> None:
        parent = self.parentWidget()
        self.setFont(style.font(max(20, parent.height() // 30), bold=True))
        self.setText(text)
        self.adjustSize()
        width = self.sizeHint().width() + 48
        height = self.sizeHint().height() + 24
        self.setGeometry((parent.width() - width) // 2, parent.height() // 16, width, height)
        self.show()
        self.raise_()
        if seconds:
            self._timer.start(int(seconds * 1000))
        else:
            self._timer.stop()


ONE_COLUMN = 16  # rows a panel shows in one column; more go in two


class Panel(_Overlay):
    """A dimmed window with a card of two-column rows: the keys, or the glossary."""

    def __init__(self, parent: QWidget, title: str):
        super().__init__(parent)
        self.card = QFrame(self, objectName="panel")
        self.heading = QLabel(title, self.card, objectName="panelTitle")
        self.rows = QWidget()
        self.grid = QGridLayout(self.rows)
        self.grid.setHorizontalSpacing(32)
        self.grid.setVerticalSpacing(10)
        scroll = QScrollArea(self.card, objectName="panelScroll")
        scroll.setWidget(self.rows)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QVBoxLayout(self.card)
        layout.setContentsMargins(40, 28, 40, 28)
        layout.setSpacing(18)
        layout.addWidget(self.heading)
        layout.addWidget(scroll, 1)
        self._rows: list[tuple[str, str]] = []
        self._per_column = 0

    def set_rows(self, rows: Sequence[tuple[str, str]]) -> None:
        self._rows = list(rows)
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        halves = 2 if len(self._rows) > ONE_COLUMN else 1  # a long list reads in two columns, unscrolled
        self._per_column = -(-len(self._rows) // halves)
        for index, (left, right) in enumerate(self._rows):
            term = QLabel(left, objectName="panelKey")
            meaning = QLabel(right, objectName="panelText")
            meaning.setWordWrap(True)
            meaning.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            term.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            half, row = divmod(index, self._per_column)
            self.grid.addWidget(term, row, 2 * half)
            self.grid.addWidget(meaning, row, 2 * half + 1)
        for column in range(4):
            self.grid.setColumnStretch(column, 1 if column % 2 and column // 2 < halves else 0)
        self._scale()

    def appear(self) -> None:
        super().appear()
        self._scale()

    def _scale(self) -> None:
        width, height = self.width(), self.height()
        two = self._per_column < len(self._rows)
        card_width = min(width * 94 // 100, 1600) if two else min(width * 8 // 10, 1100)
        self.card.setGeometry((width - card_width) // 2, height // 12, card_width, height * 10 // 12)
        size = max(15, min(26, height // 38))
        room = height * 10 // 12 - 56 - round((size + 8) * 1.4) - 18  # the card less its margins and heading
        inner = card_width - 80  # less the card's side margins
        self.heading.setFont(style.font(size + 8, bold=True))
        while True:  # the largest type at which every row fits unscrolled (wrapped lines counted)
            self.grid.setVerticalSpacing(size // 2)
            for label in self.rows.findChildren(QLabel):
                label.setFont(style.font(size, bold=label.objectName() == "panelKey"))
            if size <= 12 or self.grid.totalHeightForWidth(inner) <= room:
                break
            size -= 1

    def resizeEvent(self, event) -> None:  # noqa: ANN001
        self._scale()
        super().resizeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(0, 0, 0, 170))
        painter.end()
