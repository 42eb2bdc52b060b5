"""What the patient may see, and the app's own dialog (issue 10, items 1 and 2).

The audience view never shows what is meant for the clinician (notices,
notes, status, errors); the glossary is a paged card for the patient; every
question is the app's readable dialog, answered from the keyboard.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QDialog, QLabel

from presenter.app import dialogs
from presenter.app.dialogs import AppDialog
from presenter.deck.check import load_deck
from presenter.navigation import Position
from scenes import look
from tests.app_support import deck_text, write_render
from tests.test_app import cache, catalog, deck, end_shows, rendered, show, start_show  # noqa: F401 (fixtures)


def contrast(a: QColor, b: QColor) -> float:
    high, low = sorted((look.relative_luminance(a.name()), look.relative_luminance(b.name())), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_the_dialog_is_readable_and_enter_confirms_esc_cancels(qtbot):
    dialog = AppDialog(None, "End the presentation?", "The patient's screen closes.", "End", "Keep presenting")
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    image = dialog.grab().toImage()
    background = image.pixelColor(12, 12)
    for label in (dialog.title, dialog.text):
        text = label.palette().color(QPalette.ColorRole.WindowText)
        assert contrast(text, background) >= 4.5
        assert label.font().family() == look.FONT_FAMILY and label.font().pixelSize() >= 18
    lit = [image.pixelColor(x, y) for x in range(dialog.text.x(), dialog.text.x() + dialog.text.width(), 2)
           for y in range(dialog.text.y(), dialog.text.y() + dialog.text.height(), 2)]
    assert max(contrast(colour, background) for colour in lit) >= 4.5  # the text as painted
    assert dialog.confirm.isDefault() and not dialog.cancel.isDefault()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    again = AppDialog(None, "End the presentation?", "", "End", "Keep presenting")
    qtbot.addWidget(again)
    again.open()
    qtbot.keyClick(again, Qt.Key.Key_Escape)
    assert again.result() == QDialog.DialogCode.Rejected


def test_ending_asks_on_the_only_screen_in_audience_mode_and_enter_ends(qtbot, show, monkeypatch):
    show.toggle_presenter_view()
    asked = []

    def answer(parent, title, text, confirm, cancel):
        asked.append((parent, title, confirm, cancel))
        return True

    monkeypatch.setattr(dialogs, "ask", answer)
    qtbot.keyClick(show.audience, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert asked == [(show.audience, "End the presentation?", "End", "Keep presenting")]
    assert not show.audience.isVisible()


def visible_words(window) -> list[str]:
    return [label.text() for label in window.findChildren(QLabel) if label.isVisible() and label.text()]


def test_the_audience_view_never_shows_the_clinicians_messages(qtbot, show):
    show.toggle_presenter_view()  # one screen, turned toward the patient
    audience = show.audience
    for key in (Qt.Key.Key_C, Qt.Key.Key_BracketLeft, Qt.Key.Key_D, Qt.Key.Key_9):
        qtbot.keyClick(audience, key)
    qtbot.keyClick(audience, Qt.Key.Key_Return)  # "There is no slide 9"
    assert visible_words(audience) == ["Caption 1 neuron."]  # the caption band, nothing else


def test_g_in_audience_mode_shows_the_patient_a_paged_glossary(qtbot, tmp_path, catalog, cache):
    terms = {f"term {n:02d}": f"What term {n} means, said in a short plain sentence for the patient."
             for n in range(1, 15)}
    text = deck_text().replace("glossary:\n  receptor: A lock on a nerve cell.\n",
                               "glossary:\n" + "".join(f"  {t}: {m}\n" for t, m in terms.items()))
    path = tmp_path / "glossary.yaml"
    path.write_text(text)
    deck = load_deck(path, catalog)
    for index in range(len(deck.slides)):
        write_render(deck, catalog, cache, index)
    show = start_show(qtbot, deck, catalog, cache)
    show.toggle_presenter_view()
    audience, glossary = show.audience, show.audience.glossary
    audience.resize(1366, 768)
    qtbot.keyClick(audience, Qt.Key.Key_G)
    assert glossary.isVisible() and not show.presenter.isVisible() and not show.settings.presenter_view
    assert glossary.page_count() >= 2
    seen = []
    for page in range(glossary.page_count()):
        seen += glossary.shown_terms()
        columns, size = glossary._columns()
        for column, column_terms in zip(columns, glossary._pages[page]):
            used = sum(glossary._term_height(term, column.width(), size) for term in column_terms)
            assert used <= column.height()  # nothing clipped
        qtbot.keyClick(audience, Qt.Key.Key_PageDown)  # the clicker turns the page
    assert seen == sorted(terms.items())
    assert not glossary.isVisible() and show.presentation.navigator.position == Position(0, 0)
    qtbot.keyClick(audience, Qt.Key.Key_G)
    qtbot.keyClick(audience, Qt.Key.Key_Right)
    assert glossary.page == 1
    qtbot.keyClick(audience, Qt.Key.Key_Left)
    assert glossary.page == 0 and glossary.isVisible()
    qtbot.keyClick(audience, Qt.Key.Key_B)  # any other key closes it, without blanking
    assert not glossary.isVisible() and show.presentation.blank is None
