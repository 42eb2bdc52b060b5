"""The presenter view on laptop sizes: notes never cut mid-line, the picture as large as the layout allows."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from presenter.app.notes_view import NotesView, line_edges
from presenter.app.presentation import Presentation
from presenter.app.show import Show
from presenter.catalog import load_catalog
from presenter.deck.check import load_deck
from presenter.render.cache import RenderCache
from presenter.settings import Settings
from tests.app_support import FakeRenderer, deck_text, scene_catalog, write_render

LONG = "<p>" + " ".join(f"Sentence {n} of the clinician's notes, about locks and keys." for n in range(40)) + "</p>"
NOTES = (
    LONG + "<p><b>References</b></p><ol>" + "".join(f"<li>A book about locks, {n}.</li>" for n in range(6)) + "</ol>"
)


def cut_lines(view: NotesView) -> list[tuple[float, float]]:
    """Lines that straddle the bottom of the visible area (should be none)."""
    top = view.verticalScrollBar().value()
    bottom = top + view.viewport().height()
    return [(a, b) for a, b in line_edges(view.document()) if a < bottom - 0.5 and b > bottom + 0.5]


@pytest.mark.parametrize("height", [90, 137, 201, 333])
def test_notes_end_on_a_whole_line_and_scroll_onto_line_tops(qtbot, height):
    view = NotesView()
    qtbot.addWidget(view)
    view.resize(420, height)
    view.setHtml(NOTES)
    view.show()
    qtbot.waitExposed(view)
    tops = {round(top) for top, _ in line_edges(view.document())}
    bar = view.verticalScrollBar()
    assert bar.maximum() > 0 and cut_lines(view) == [] and view.viewport().height() <= height
    for _ in range(60):  # the wheel, one step at a time, to the very end
        bar.setValue(bar.value() + bar.singleStep())
        assert bar.value() in tops and cut_lines(view) == [], bar.value()
    assert bar.value() == bar.maximum()  # the last line can be reached
    bar.setValue(bar.maximum() // 3)  # a drag of the scroll bar lands on a line too
    assert bar.value() in tops and cut_lines(view) == []


def test_notes_that_fit_show_no_scroll_bar_and_start_at_the_top(qtbot):
    view = NotesView()
    qtbot.addWidget(view)
    view.resize(420, 300)
    view.setHtml("<p>Short notes.</p>")
    view.show()
    assert view.verticalScrollBar().maximum() == 0 and view.toPlainText() == "Short notes."


def presenter_view_at(qtbot, show, size):
    """The show's presenter view as a normal window of ``size``, once it has that size."""
    show.place()
    view = show.presenter
    view.showNormal()
    view.resize(*size)
    qtbot.waitUntil(lambda: view.size().width() == size[0])
    return view


@pytest.fixture
def presentation(tmp_path):
    catalog = scene_catalog(tmp_path)
    path = tmp_path / "test.yaml"
    path.write_text(deck_text().replace("notes: Notes for slide 1.", "notes: " + "Long notes about locks. " * 90))
    deck = load_deck(path, catalog)
    cache = RenderCache(tmp_path / "cache")
    for index in range(len(deck.slides)):
        write_render(deck, catalog, cache, index)
    presentation = Presentation(deck, catalog, cache, FakeRenderer())
    yield presentation
    presentation.close()


@pytest.mark.parametrize("size", [(1366, 768), (1440, 900), (1920, 1080)])
def test_the_presenter_view_fits_a_laptop_screen(qtbot, presentation, size):
    show = Show(presentation, Settings())
    view = presenter_view_at(qtbot, show, size)
    qtbot.wait(30)  # laid out
    assert cut_lines(view.notes) == [] and view.notes.verticalScrollBar().maximum() > 0  # long notes scroll
    assert view.notes.height() >= 0.2 * size[1]  # room for them: the next step's still stays small
    body = view.centralWidget().width()
    picture = min(view.stage.width(), view.stage.height() * 16 / 9)
    assert picture >= 0.6 * body and view.stage.geometry().bottom() < view.narration.geometry().top()
    rows = view.slides.count()
    assert view.slides.verticalScrollBar().maximum() == 0 and rows == 3  # every slide listed, no scroll bar
    show.end()


def test_the_busy_bar_is_one_bar_that_glides_inside_its_track_while_shown(qtbot):
    from PySide6.QtCore import QAbstractAnimation

    from presenter.app.placeholder import Placeholder

    card = Placeholder()
    qtbot.addWidget(card)
    card.resize(800, 450)
    card.set_state("Preparing the animation…", "Slide 1 of 3", "", failed=False)
    card.show()
    bar = card.progress
    seen = []
    for _ in range(6):
        qtbot.wait(70)
        seen.append(bar.bar())
    assert all(0 <= r.left() and r.right() <= bar.width() and r.width() == bar.width() / 3 for r in seen)
    assert max(r.left() for r in seen) - min(r.left() for r in seen) > bar.width() / 4  # it moves
    card.hide()
    assert bar._motion.state() is QAbstractAnimation.State.Stopped  # nothing runs behind a hidden card


@pytest.mark.parametrize("size", [(1280, 720)])  # 1920×1080 at 150%: the tightest
def test_no_narration_of_the_longest_built_in_deck_is_cut(qtbot, tmp_path, size):
    from presenter import paths
    from presenter.app.headless import NoRenders

    deck = load_deck(paths.resolve_deck("depression.es"))  # the longest narrations
    presentation = Presentation(deck, load_catalog(), RenderCache(tmp_path / "cache"), NoRenders())
    show = Show(presentation, Settings())
    view = presenter_view_at(qtbot, show, size)
    cut = []
    for _ in range(sum(len(slide.steps) for slide in deck.slides)):
        qtbot.wait(1)  # laid out
        for label in (view.narration, view.next_narration):
            if label.heightForWidth(label.width()) > label.height():
                cut.append((presentation.navigator.position, label.objectName()))
        presentation.next()
    assert cut == [] and view.narration.font().pixelSize() >= 16
    show.end()
    presentation.close()
