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
from PySide6.QtWidgets import QApplication, QDialog, QLabel

from presenter.app import dialogs
from presenter.app.dialogs import AppDialog
from presenter.deck.check import load_deck
from presenter.navigation import Position
from scenes import look
from tests.app_support import deck_text, write_render
from tests.test_app import cache, catalog, deck, end_shows, rendered, show, start_show  # noqa: F401, F811 (fixtures)


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
    lit = [
        image.pixelColor(x, y)
        for x in range(dialog.text.x(), dialog.text.x() + dialog.text.width(), 2)
        for y in range(dialog.text.y(), dialog.text.y() + dialog.text.height(), 2)
    ]
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
    terms = {
        f"term {n:02d}": f"What term {n} means, said in a short plain sentence for the patient." for n in range(1, 15)
    }
    text = deck_text().replace(
        "glossary:\n  receptor: A lock on a nerve cell.\n",
        "glossary:\n" + "".join(f"  {t}: {m}\n" for t, m in terms.items()),
    )
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


def make_read_only(root, monkeypatch) -> list[str]:
    """Lock the cache folder: chmod a-w, and (tests run as root, who ignores permissions) make
    the OS calls that write under it fail as they would for a clinician. Returns the attempts."""
    import builtins
    import stat

    attempts: list[str] = []
    for path in [root, *root.rglob("*")]:
        path.chmod(path.stat().st_mode & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))
    monkeypatch.setattr(
        "tests.test_audience._unlock",
        lambda: [p.chmod(p.stat().st_mode | stat.S_IWUSR) for p in [root, *root.rglob("*")]],
    )
    if os.geteuid() != 0:
        return attempts
    inside = str(root)

    def guard(function, writes=lambda *args, **kwargs: True):
        def guarded(path, *args, **kwargs):
            if str(path).startswith(inside) and writes(path, *args, **kwargs):
                attempts.append(f"{function.__name__} {path}")
                raise PermissionError(13, "Permission denied", str(path))
            return function(path, *args, **kwargs)

        return guarded

    def opens_for_writing(path, flags=0, *args, **kwargs):
        return bool(flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT))

    def mode_writes(path, mode="r", *args, **kwargs):
        return any(c in mode for c in "wax+")

    monkeypatch.setattr(os, "open", guard(os.open, opens_for_writing))
    monkeypatch.setattr(os, "mkdir", guard(os.mkdir))
    monkeypatch.setattr(os, "replace", guard(os.replace))
    monkeypatch.setattr(builtins, "open", guard(builtins.open, mode_writes))
    return attempts


def _unlock() -> None:
    pass


def test_a_read_only_cache_presents_what_is_there_and_says_what_it_cannot_prepare(
    qtbot, deck, catalog, cache, monkeypatch
):
    from tests.app_support import FakeRenderer

    write_render(deck, catalog, cache, 0)
    write_render(deck, catalog, cache, 2)
    attempts = make_read_only(cache.root, monkeypatch)
    try:
        renderer = FakeRenderer(hold=False)
        show = start_show(qtbot, deck, catalog, cache, renderer)
        p = show.presentation
        assert p.read_only and all(attempt.startswith("open ") for attempt in attempts), attempts  # the probe only
        probe_attempts = len(attempts)
        qtbot.waitUntil(lambda: p.navigator.phase.value == "held", timeout=5000)  # slide 1 plays
        p.go_to(2)  # never rendered, and cannot be
        assert p.showing_placeholder() and p.slide_failed()
        presenter = show.presenter.placeholder
        assert presenter.title.text() == "This animation can't be shown right now."
        assert "cannot prepare it: the render folder is read-only" in presenter.detail.text()
        assert "slides 2 cannot be prepared here" in show.presenter.status.text()
        audience = show.audience.placeholder  # the patient sees the slide's title and its words only
        assert audience.title.text() == "Slide number 2" and audience.detail.text() == ""
        assert audience.narration.text() == "Slide 2 says neuron."
        qtbot.keyClick(show.presenter, Qt.Key.Key_R)  # "prepare it again": still nothing written
        for _ in range(4):
            p.next()
        assert p.navigator.position == Position(2, 0) and not p.showing_placeholder()  # the rest plays
        assert renderer.order == [] and len(attempts) == probe_attempts
    finally:
        _unlock()


def test_a_read_only_cache_is_no_reason_not_to_start(monkeypatch, tmp_path, qapp):
    from presenter.app import main
    from presenter.doctor import Finding

    monkeypatch.setattr(
        main,
        "diagnose",
        lambda root, quick: [
            Finding("Render cache", False, f"{root} is not writable: Permission denied.", "Make it writable.")
        ],
    )
    monkeypatch.setattr(main, "show_message", lambda *args: (_ for _ in ()).throw(AssertionError(args)))
    assert main._environment_ready(tmp_path)


def test_the_pointer_hides_when_still_and_full_screen_survives_s_s(qtbot, show, monkeypatch):
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QMouseEvent

    show.toggle_presenter_view()
    audience = show.audience
    audience._still.setInterval(50)
    move = QMouseEvent(
        QMouseEvent.Type.MouseMove,
        QPointF(10, 10),
        QPointF(10, 10),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(audience, move)
    assert audience.cursor().shape() == Qt.CursorShape.ArrowCursor
    qtbot.waitUntil(lambda: audience.cursor().shape() == Qt.CursorShape.BlankCursor, timeout=2000)
    qtbot.keyClick(audience, Qt.Key.Key_F)
    qtbot.waitUntil(audience.isFullScreen)
    qtbot.keyClick(audience, Qt.Key.Key_S)
    qtbot.keyClick(show.presenter, Qt.Key.Key_S)
    qtbot.waitUntil(audience.isVisible)
    assert audience.isFullScreen()  # remembered across S, S
