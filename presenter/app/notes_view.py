"""The presenter view's notes: rich text that shows whole lines only, and scrolls by lines.

A scroll area cut at an arbitrary height shows the top half of a line at its
bottom edge. This one ends its visible area at the last whole line (what is
left over stays empty) and lands every scroll on the top of a line, so a
clinician never reads half a sentence.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent, QTextDocument
from PySide6.QtWidgets import QFrame, QTextBrowser, QWidget


def line_edges(document: QTextDocument) -> list[tuple[float, float]]:
    """(top, bottom) of every laid-out line of the document, in document coordinates, top to bottom."""
    edges = []
    layout = document.documentLayout()
    block = document.begin()
    while block.isValid():
        origin = layout.blockBoundingRect(block).top()
        text_layout = block.layout()
        for index in range(text_layout.lineCount()):
            line = text_layout.lineAt(index)
            edges.append((origin + line.y(), origin + line.y() + line.height()))
        block = block.next()
    return sorted(edges)


class NotesView(QTextBrowser):
    """Read-only notes whose visible area always ends on a whole line."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, objectName="notes")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.setOpenLinks(False)
        self.document().setDocumentMargin(0)
        self._fitting = False
        self._html: str | None = None
        self._top = 0  # the scroll position last landed on
        self.verticalScrollBar().valueChanged.connect(lambda _value: self.fit())
        self.document().documentLayout().documentSizeChanged.connect(lambda _size: self.fit())

    def setHtml(self, text: str) -> None:
        if text != self._html:  # the same notes (another step of the slide): keep the place
            self._html = text
            super().setHtml(text)
            self.verticalScrollBar().setValue(0)
            self.fit()

    def fit(self) -> None:
        """Land on a line's top (the next one when scrolling down) and end the visible area at the
        last line that fits whole."""
        if self._fitting:
            return
        self._fitting = True
        try:
            edges = line_edges(self.document())
            bar = self.verticalScrollBar()
            tops = [round(top) for top, _ in edges]
            if tops and bar.value() not in tops:
                down = bar.value() > self._top
                index = bisect_left(tops, bar.value()) if down else bisect_right(tops, bar.value()) - 1
                bar.setValue(tops[min(max(index, 0), len(tops) - 1)])
                if bar.value() not in tops:  # held back at the end: the line before
                    bar.setValue(tops[max(0, bisect_right(tops, bar.value()) - 1)])
            self._top = top = bar.value()
            room = self.height() - 2 * self.frameWidth()
            whole = [bottom for line_top, bottom in edges if round(line_top) >= top and bottom <= top + room + 0.5]
            shown = round(max(whole) - top) if whole else room
            self.setViewportMargins(0, 0, 0, max(0, room - shown))
            bar.setSingleStep(round(edges[0][1] - edges[0][0]) if edges else 20)
        finally:
            self._fitting = False

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()
