"""The editor window, driven as a clinician would: type, save, undo, recover."""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from presenter import paths
from presenter.app.editor import EditorWindow
from presenter.catalog import load_catalog
from presenter.deck.check import load_deck
from presenter.deck.document import DeckDocument
from presenter.deck.save import draft_path, versions
from presenter.library import DeckLibrary
from presenter.render.cache import RenderCache

OPIOIDS = paths.DECKS_DIR / "opioids.yaml"
NARRATION = "slides[0].steps[0].narration"


@pytest.fixture
def answers(monkeypatch):
    """The dialogs' questions, answered from a list (True confirms); each question is recorded."""
    from presenter.app import editor, editor_saving

    asked: list[str] = []
    replies: list[bool] = []

    def ask(_parent, title: str, _text: str, _confirm: str, _cancel: str) -> bool:
        asked.append(title)
        return replies.pop(0) if replies else False

    def tell(_parent, title: str, _text: str) -> None:
        asked.append(title)

    for module in (editor, editor_saving):
        monkeypatch.setattr(module, "ask", ask)
    monkeypatch.setattr(editor_saving, "tell", tell)
    return asked, replies


@pytest.fixture
def own_deck(tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("PRESENTER_DECKS", str(tmp_path / "decks"))
    return DeckLibrary().make_copy(OPIOIDS, with_editions=False)


@pytest.fixture
def open_editor(qtbot):
    """Open editor windows; at the end they close without asking (unsaved edits are the test's)."""
    windows: list[EditorWindow] = []

    def opener(path: Path, cache: Path, rerender: bool = False) -> EditorWindow:
        window = show_editor(qtbot, path, cache, rerender)
        windows.append(window)
        return window

    yield opener
    for window in windows:  # (not qtbot.addWidget: its closing comes before this and would ask)
        window.model.undo_stack.setClean()
        window.close()
        window.deleteLater()


def show_editor(qtbot, path: Path, cache: Path, rerender: bool) -> EditorWindow:
    window = EditorWindow(path, RenderCache(cache), rerender=rerender)
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    return window


def box(window: EditorWindow, field: str):
    return next(b for b in window.fields if b.field == field)


def type_at_end(qtbot, control, text: str) -> None:
    control.setFocus()
    if isinstance(control, QPlainTextEdit):
        control.moveCursor(QTextCursor.MoveOperation.End)
    else:
        control.end(False)
    qtbot.keyClicks(control, text)


def press(qtbot, window, key, modifiers) -> None:
    """A key as the user presses it: to the widget with the keyboard focus."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    qtbot.keyClick(QApplication.focusWidget(), key, modifiers)


def changed_lines(before: str, after: str) -> list[str]:
    return [
        line
        for line in difflib.unified_diff(before.splitlines(), after.splitlines(), n=0)
        if line[:1] in "+-" and line[:3] not in ("+++", "---")
    ]


def test_typing_narration_then_ctrl_s_changes_only_those_lines(qtbot, open_editor, own_deck, tmp_path, answers):
    before = own_deck.read_text()
    window = open_editor(own_deck, tmp_path / "cache")
    grade = window.grades[NARRATION].text()
    type_at_end(qtbot, box(window, NARRATION).control, " Extraordinarily complicated vocabulary.")
    assert window.grades[NARRATION].text() != grade  # the grade follows the typing
    assert "Unsaved" in window.status.text()
    press(qtbot, window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    after = own_deck.read_text()
    diff = changed_lines(before, after)
    assert diff and all("receptors" in line or "nerve cell" in line or "vocabulary" in line for line in diff)
    deck = load_deck(own_deck, load_catalog())
    assert deck.slides[0].steps[0].narration.endswith("Extraordinarily complicated vocabulary.")
    assert versions(own_deck)[0].read_text() == before and not draft_path(own_deck).exists()
    assert "Saved" in window.status.text() and not answers[0]


def test_undo_and_redo_every_edit(qtbot, open_editor, own_deck, tmp_path):
    window = open_editor(own_deck, tmp_path / "cache")
    type_at_end(qtbot, box(window, "slides[0].title").control, " here")
    spin = box(window, "slides[0].params.receptors").control
    spin.setFocus()
    qtbot.keyClick(spin, Qt.Key.Key_Up)
    qtbot.keyClick(spin, Qt.Key.Key_Up)  # the control stays under the keyboard: not rebuilt
    assert box(window, "slides[0].params.receptors").control is spin and spin.value() == 8
    count = len(window.model.document.slides)
    window.model.duplicate_slide(0)
    assert len(window.model.document.slides) == count + 1

    def undo() -> None:
        press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)

    def redo() -> None:
        press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)

    undo()
    assert len(window.model.document.slides) == count
    window.slide_list.setCurrentRow(1)
    undo(), undo()  # each arrow press is its own step
    assert window.model.document.get("slides[0].params.receptors") == 6
    undo()  # the typing is one edit, not one per key
    assert window.model.document.get("slides[0].title") == "Keys and locks"
    assert box(window, "slides[0].title").control.text() == "Keys and locks"
    assert not window.model.dirty
    redo(), redo(), redo(), redo()
    assert window.model.document.get("slides[0].title") == "Keys and locks here"
    assert window.model.document.get("slides[0].params.receptors") == 8
    assert [s["id"] for s in window.model.document.slides][:2] == ["keys-and-locks", "keys-and-locks-2"]


def test_slides_move_by_keyboard_and_removing_asks(qtbot, open_editor, own_deck, tmp_path, answers):
    window = open_editor(own_deck, tmp_path / "cache")
    count = len(window.model.document.slides)
    window.slide_list.setCurrentRow(1)
    window.slide_list.setFocus()
    press(qtbot, window, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert [s["id"] for s in window.model.document.slides][:2] == ["heroin-and-tolerance", "keys-and-locks"]
    assert window.current == 1  # the moved slide stays selected
    answers[1].append(True)
    window.remove_button.click()
    assert answers[0] == ["Remove this slide?"] and len(window.model.document.slides) == count - 1


def test_a_bad_value_is_shown_inline_and_nothing_broken_is_written(qtbot, open_editor, own_deck, tmp_path, answers):
    before = own_deck.read_text()
    window = open_editor(own_deck, tmp_path / "cache")
    hold = box(window, "slides[0].steps[0].hold")
    type_at_end(qtbot, hold.control, "abc")
    assert hold.problems.isVisible() and "number of seconds" in hold.problems.text()
    assert window.model.document.get("slides[0].steps[0].hold") is None
    narration = box(window, NARRATION)
    narration.control.selectAll()
    qtbot.keyClick(narration.control, Qt.Key.Key_Delete)
    assert narration.problems.isVisible() and "✖ is empty." in narration.problems.text()
    assert "problem" in window.status.text()
    assert window.save() is False
    assert own_deck.read_text() == before  # the deck is untouched; the edits are kept as a draft
    assert load_deck(own_deck, load_catalog())  # still a good deck
    draft = DeckDocument(own_deck, draft_path(own_deck).read_text())
    assert draft.get(NARRATION).strip() == "" and draft.get("slides[0].steps[1].narration")


def test_a_builtin_deck_is_never_saved_over_and_offers_the_copy(qtbot, open_editor, tmp_path, monkeypatch, answers):
    monkeypatch.setenv("PRESENTER_DECKS", str(tmp_path / "decks"))
    before = OPIOIDS.read_bytes()
    window = open_editor(OPIOIDS, tmp_path / "cache")
    assert window.copy_button.isVisible() and box(window, NARRATION).control.isReadOnly()
    answers[1].append(False)
    assert window.save() is False and OPIOIDS.read_bytes() == before
    window.model.set("slides[0].title", "Our keys")  # what the copy will carry
    answers[1].append(True)
    assert window.save() is True
    copy = tmp_path / "decks" / "opioids-my.yaml"
    assert answers[0] == ["A built-in deck", "A built-in deck"] and OPIOIDS.read_bytes() == before
    assert load_deck(copy, load_catalog()).slides[0].title == "Our keys"
    assert (tmp_path / "decks" / "opioids-my.es.yaml").exists()  # its language edition came along


def test_an_external_change_is_noticed_and_never_silently_overwritten(qtbot, open_editor, own_deck, tmp_path, answers):
    window = open_editor(own_deck, tmp_path / "cache")
    window.model.set("slides[0].title", "Mine")
    theirs = own_deck.read_text().replace("title: Opioids and the brain", "title: Theirs")
    own_deck.write_text(theirs)
    answers[1].append(False)  # keep mine
    assert window.save() is True
    assert answers[0] == ["Changed by someone else"]
    assert "Mine" in own_deck.read_text() and versions(own_deck)[0].read_text() == theirs
    own_deck.write_text(own_deck.read_text().replace("title: Mine", "title: Theirs again"))
    answers[1].append(True)  # load theirs
    window.check_disk()
    assert window.model.document.get("slides[0].title") == "Theirs again"
    assert box(window, "slides[0].title").control.text() == "Theirs again"


def test_unsaved_edits_are_offered_back_after_a_crash(qtbot, open_editor, own_deck, tmp_path, answers):
    before = own_deck.read_text()
    window = open_editor(own_deck, tmp_path / "cache")
    type_at_end(qtbot, box(window, NARRATION).control, " Remember me.")
    window.model.autosave_draft()  # what the timer does two seconds after typing
    window.model.undo_stack.setClean()  # as if the app died here: no close prompt
    window.close()
    assert own_deck.read_text() == before and draft_path(own_deck).exists()
    again = open_editor(own_deck, tmp_path / "cache")
    answers[1].append(True)
    again.offer_draft()
    assert answers[0][-1] == "Unsaved edits found"
    assert again.model.document.get(NARRATION).strip().endswith("Remember me.") and again.model.dirty
    assert box(again, NARRATION).control.toPlainText().endswith("Remember me.")


def test_closing_with_unsaved_changes_asks_and_esc_keeps_editing(qtbot, open_editor, own_deck, tmp_path, answers):
    window = open_editor(own_deck, tmp_path / "cache")
    window.model.set("title", "Changed")
    answers[1].extend([False, False])  # "Don't save", then "Keep editing"
    window.close()
    assert window.isVisible() and answers[0] == ["Save your changes?", "Close without saving?"]
    answers[1].append(True)  # Save
    window.close()
    assert not window.isVisible() and "title: Changed" in own_deck.read_text()


@pytest.mark.render
def test_a_param_change_rerenders_the_slide_and_the_picture_updates(qtbot, open_editor, own_deck, tmp_path):
    window = open_editor(own_deck, tmp_path / "cache", rerender=True)
    picture = window.pictures[3]
    assert picture.pixmap().isNull() and picture.text() == "No picture yet"
    box(window, "slides[0].params.receptors").control.setValue(4)
    qtbot.waitUntil(lambda: window.progress.isVisible(), timeout=5000)
    type_at_end(qtbot, box(window, NARRATION).control, " Words never wait.")  # typing while it renders
    assert window.model.document.get(NARRATION).strip().endswith("Words never wait.")
    qtbot.waitUntil(lambda: not window.pictures[3].pixmap().isNull(), timeout=300_000)
    image = window.pictures[3].pixmap().toImage()
    assert image.width() >= 300 and len({image.pixelColor(x, 90).name() for x in range(0, 300, 10)}) > 2
    assert "picture" not in window.status.text() or not window.progress.isVisible()


def test_the_start_screen_marks_the_clinic_decks_and_opens_the_editor(qtbot, own_deck, tmp_path):
    from presenter.app.start import StartScreen
    from presenter.settings import Settings

    decks = [entry.path for entry in DeckLibrary().decks()]
    screen = StartScreen(decks, RenderCache(tmp_path / "cache"), Settings())
    qtbot.addWidget(screen)
    cards = {card.deck_path: card for card in screen.cards}
    assert cards[own_deck].meta.text().startswith("Your clinic's deck")
    assert cards[OPIOIDS].meta.text().startswith("Built-in deck")
    screen._mark_current(cards[OPIOIDS])
    assert screen.edit_button.text() == "View and copy"
    screen._mark_current(cards[own_deck])
    assert screen.edit_button.text() == "Edit"
    with qtbot.waitSignal(screen.edit_requested) as opened:
        screen.edit_button.click()
    assert opened.args == [own_deck]


def test_an_earlier_version_can_be_restored(qtbot, open_editor, own_deck, tmp_path):
    original = own_deck.read_text()
    window = open_editor(own_deck, tmp_path / "cache")
    window.model.set("title", "Second")
    window.save()
    window._fill_versions()
    actions = window.versions_button.menu().actions()
    assert len(actions) == 1 and actions[0].text().startswith("Saved before")
    actions[0].trigger()
    assert window.model.document.get("title") == "Opioids and the brain" and window.model.dirty
    window.save()
    assert own_deck.read_text() == original


def test_a_slide_from_another_deck_comes_with_its_citations(qtbot, open_editor, own_deck, tmp_path):
    window = open_editor(own_deck, tmp_path / "cache")
    count = len(window.model.document.slides)
    menu = window.add_button.menu().actions()[1].menu()
    window._fill_deck_slides(menu)
    depression = next(a.menu() for a in menu.actions() if a.text() == "depression")
    depression.actions()[0].trigger()
    slides = window.model.document.slides
    assert len(slides) == count + 1 and slides[1]["scene"] == "DepressionBDNF" and window.current == 1
    checked = window.model.result
    assert not checked.errors  # its reference keys came along with their citations
    window.model.undo_stack.undo()  # one step takes the slide and its citations back out
    assert len(window.model.document.slides) == count
    assert window.model.document.get("references.kang-2012") is None


def whole_deck(qtbot, window: EditorWindow) -> None:
    window.slide_list.setCurrentRow(0)
    qtbot.waitUntil(lambda: "glossary" in window.adders)


def add_entry(qtbot, window: EditorWindow, section: str, key: str, text: str) -> None:
    adder = window.adders[section]
    type_at_end(qtbot, adder.key, key)
    type_at_end(qtbot, adder.text, text)
    assert adder.button.isEnabled()
    qtbot.keyClick(adder.text, Qt.Key.Key_Return)  # Enter adds it


def entry_remover(window: EditorWindow, field: str):
    from PySide6.QtWidgets import QPushButton

    return next(b for b in box(window, field).findChildren(QPushButton))


def test_terms_and_references_are_added_saved_and_undone(qtbot, open_editor, own_deck, tmp_path, answers):
    before = own_deck.read_text()
    window = open_editor(own_deck, tmp_path / "cache")
    whole_deck(qtbot, window)
    adder = window.adders["glossary"]
    type_at_end(qtbot, adder.key, "Receptor")  # the deck has "receptor" already
    assert not adder.button.isEnabled() and "already in the glossary" in adder.message.text()
    adder.key.clear()
    type_at_end(qtbot, adder.text, "words without a term")
    assert not adder.button.isEnabled() and "Write the term" in adder.message.text()
    adder.text.clear()
    add_entry(qtbot, window, "glossary", "craving", "A strong wish to use the drug again.")
    add_entry(qtbot, window, "references", "smith-2020", "Smith J. Cravings. J Test. 2020;1:1.")
    assert box(window, "glossary.craving") and box(window, "references.smith-2020")
    window.slide_list.setCurrentRow(1)  # the new reference is offered on each slide
    picker = box(window, "slides[0].references").control
    assert "smith-2020" in [picker.item(i).text() for i in range(picker.count())]
    press(qtbot, window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    deck = load_deck(own_deck, load_catalog())
    assert deck.glossary["craving"] == "A strong wish to use the drug again."
    assert deck.references["smith-2020"].startswith("Smith J.")
    after = own_deck.read_text()
    added = [line for line in changed_lines(before, after) if line.startswith("+")]
    assert [line for line in added if "craving" in line or "smith-2020" in line] and all(
        "craving" in line or "smith-2020" in line or "references: [" in line for line in added
    )  # round trip
    assert "#" not in "".join(changed_lines(before, after))  # the comments stay
    window.model.undo_stack.undo()  # the last add, as one step
    assert window.model.document.get("references.smith-2020") is None
    assert window.model.document.get("glossary.craving")
    window.model.undo_stack.redo()
    assert window.model.document.get("references.smith-2020")


def test_an_unused_reference_is_removed_and_a_cited_one_is_refused(qtbot, open_editor, own_deck, tmp_path, answers):
    window = open_editor(own_deck, tmp_path / "cache")
    whole_deck(qtbot, window)
    add_entry(qtbot, window, "references", "unused-2020", "Unused A. Nothing cites this. 2020.")
    entry_remover(window, "references.unused-2020").click()
    assert window.model.document.get("references.unused-2020") is None
    assert not [b for b in window.fields if b.field == "references.unused-2020"]
    window.model.undo_stack.undo()  # one step brings it back
    assert window.model.document.get("references.unused-2020")
    cited = "references.nida-heroin"
    title = str(window.model.document.get("slides[0].title"))
    entry_remover(window, cited).click()
    assert window.model.document.get(cited)  # still there, and the slides citing it are named
    message = window.adders["references"].message.text()
    assert "still cited" in message and "slide 1" in message and title in message
    entry_remover(window, "glossary." + next(iter(window.model.document.get("glossary")))).click()
    assert window.model.dirty and not answers[0]
