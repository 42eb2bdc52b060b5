"""The editor's Decks menu, driven as a clinician would: a new language edition,
a new deck from other decks' slides, the decks folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from presenter import paths
from presenter.app import dialogs
from presenter.app.editor import EditorWindow
from presenter.app.editor_decks import AssembleDialog, FolderDialog, LanguageDialog
from presenter.catalog import load_catalog
from presenter.cli import main
from presenter.deck.check import check_content, read_and_check
from presenter.deck.translate import MARK, patient_texts
from presenter.library import DeckLibrary
from presenter.settings import load_settings
from tests.test_editor import box, show_editor

OPIOIDS = paths.DECKS_DIR / "opioids.yaml"


@pytest.fixture
def decks(tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("PRESENTER_DECKS", str(tmp_path / "decks"))
    monkeypatch.setenv("PRESENTER_CONFIG", str(tmp_path / "config" / "settings.json"))
    return tmp_path / "decks"


@pytest.fixture
def told(monkeypatch):
    messages: list[str] = []
    monkeypatch.setattr(dialogs, "tell", lambda _parent, title, text: messages.append(f"{title}: {text}"))
    return messages


@pytest.fixture
def editors(qtbot, tmp_path):
    """Open editor windows (and the ones they open); closed without asking at the end."""
    windows: list[EditorWindow] = []

    def opener(path: Path) -> EditorWindow:
        window = show_editor(qtbot, path, tmp_path / "cache", rerender=False)
        windows.append(window)
        return window

    yield opener
    for window in windows:
        for other in [*getattr(window, "opened", []), window]:
            other.model.undo_stack.setClean()
            other.close()


def choose(window: EditorWindow, text: str, answer) -> None:
    """Pick a Decks menu entry; ``answer(dialog)`` fills in the dialog it opens."""

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert dialog is not None
        answer(dialog)

    QTimer.singleShot(50, fill)
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "Decks")
    next(a for a in menu.actions() if a.text() == text).trigger()


def untranslated(path: Path) -> list:
    deck, problems = read_and_check(path, load_catalog())
    assert deck is not None and not problems
    return [w for w in check_content(deck).warnings if w.message == "not translated yet."]


def structure(path: Path):
    deck, _ = read_and_check(path, load_catalog())
    assert deck is not None
    return [(s.id, s.scene, dict(s.params), tuple(s.references), [st.id for st in s.steps]) for s in deck.slides]


def test_a_new_language_edition_marks_every_text_until_it_is_translated(qtbot, decks, editors, told):
    own = DeckLibrary().make_copy(OPIOIDS, with_editions=False)
    window = editors(own)

    def french(dialog: LanguageDialog) -> None:
        dialog.language.setEditText("Français (fr)")
        qtbot.mouseClick(dialog.confirm, Qt.MouseButton.LeftButton)

    choose(window, "New language edition…", french)
    edition = decks / "opioids-my.fr.yaml"
    qtbot.waitUntil(lambda: bool(getattr(window, "opened", [])))
    opened = window.opened[-1]
    assert opened.model.path == edition and opened.isVisible() and not opened.model.read_only
    assert "[translate]" in opened.status.text()
    assert opened.model.document.get("language") == "fr"
    assert structure(edition) == structure(own)

    deck, _ = read_and_check(edition, load_catalog())
    texts = list(patient_texts(deck))
    assert texts and all(text.startswith(MARK) for _field, text in texts)
    warnings = untranslated(edition)
    assert len(warnings) == len(texts)  # once per field, each with its line
    lines = edition.read_text(encoding="utf-8").splitlines()
    assert all("[translate]" in lines[w.line - 1] or "[translate]" in lines[w.line] for w in warnings)
    opened.slide_list.setCurrentRow(0)  # the whole deck
    title_box = box(opened, "title")
    assert any("not translated yet" in p.message for p in opened.model.result.for_field("title"))

    title_box.control.setFocus()
    title_box.control.selectAll()
    qtbot.keyClicks(title_box.control, "Les opioides et le cerveau")
    assert opened.save()
    assert len(untranslated(edition)) == len(texts) - 1
    assert not any("not translated" in p.message for p in opened.model.result.for_field("title"))

    before = edition.read_text(encoding="utf-8")
    choose(window, "New language edition…", french)  # again: never over the existing file
    assert told and "already exists" in told[-1]
    assert edition.read_text(encoding="utf-8") == before


def test_a_language_is_chosen_from_the_list_or_typed_as_a_code(qtbot, decks, editors, told):
    window = editors(DeckLibrary().make_copy(OPIOIDS, with_editions=False))
    offered: list[str] = []

    def typed(code: str):
        def answer(dialog: LanguageDialog) -> None:
            offered[:] = [dialog.language.itemText(i) for i in range(dialog.language.count())]
            dialog.language.lineEdit().clear()
            qtbot.keyClicks(dialog.language.lineEdit(), code)
            qtbot.keyClick(dialog.language.lineEdit(), Qt.Key.Key_Return)

        return answer

    choose(window, "New language edition…", typed("not a code!"))
    assert told and "not a language code" in told[-1]
    assert "Español (es)" in offered and "English (en)" not in offered  # the deck's own is not offered
    assert not list(decks.glob("*.*.yaml"))
    choose(window, "New language edition…", typed("pt-br"))
    qtbot.waitUntil(lambda: bool(getattr(window, "opened", [])))
    assert window.opened[-1].model.path == decks / "opioids-my.pt-BR.yaml"
    assert window.opened[-1].model.document.get("language") == "pt-BR"
    window.opened[-1].close()
    qtbot.waitUntil(lambda: not window.opened)


def test_presenter_check_lists_each_untranslated_text_with_its_line(decks, capsys):
    edition = DeckLibrary().new_edition(OPIOIDS, "pt")
    assert edition == decks / "opioids.pt.yaml"
    main(["check", str(edition)])
    out = capsys.readouterr().out
    title_line = next(n for n, line in enumerate(edition.read_text().splitlines(), 1) if line.startswith("title:"))
    assert f"{edition.name}:{title_line}" in out or f"{edition}:{title_line}" in out
    assert out.count("not translated yet") == len(untranslated(edition))
    with pytest.raises(FileExistsError):
        DeckLibrary().new_edition(OPIOIDS, "pt")


def test_an_edition_marks_the_scenes_own_words_and_grades_only_translated_text(decks):
    catalog = load_catalog()
    source = read_and_check(OPIOIDS, catalog)[0]
    edition = read_and_check(DeckLibrary().new_edition(OPIOIDS, "es"), catalog)[0]
    for slide in edition.slides:  # every word in the picture, the scene's defaults too
        assert set(slide.labels) == set(catalog[slide.scene].labels)
        assert all(text.startswith(MARK) for text in slide.labels.values())
    report = check_content(edition)
    assert not [w for w in report.warnings if "grade" in w.message or "medical term" in w.message]
    assert edition.references == source.references and edition.language == "es"


def test_a_new_deck_from_slides_of_other_decks(qtbot, decks, editors, told):
    window = editors(OPIOIDS)  # a built-in deck: the new deck goes to the clinic's folder anyway
    library = DeckLibrary()
    other = next(e for e in library.decks() if e.builtin and e.name not in ("opioids",) and "." not in e.name)

    def pick(dialog: AssembleDialog) -> None:
        qtbot.keyClicks(dialog.title, "Our first visit")
        rows = [
            r
            for r in range(dialog.slides.count())
            if dialog.slides.item(r).data(Qt.ItemDataRole.UserRole) in ((str(OPIOIDS), 1), (str(other.path), 0))
        ]
        for row in rows:
            dialog.slides.item(row).setCheckState(Qt.CheckState.Checked)
        dialog.slides.setCurrentRow(rows[1])  # the later one in the list goes first
        for _ in range(rows[1] - rows[0]):
            qtbot.mouseClick(dialog.up, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.confirm, Qt.MouseButton.LeftButton)

    choose(window, "New deck from slides…", pick)
    made = decks / "our-first-visit.yaml"
    qtbot.waitUntil(lambda: bool(getattr(window, "opened", [])))
    opened = window.opened[-1]
    assert opened.model.path == made and not opened.model.read_only
    deck, problems = read_and_check(made, load_catalog())
    assert deck is not None and not problems and deck.title == "Our first visit"
    one, two = (
        read_and_check(other.path, load_catalog())[0].slides[0],
        read_and_check(OPIOIDS, load_catalog())[0].slides[1],
    )
    first, second = (two, one) if other.name < "opioids" else (one, two)
    assert [s.scene for s in deck.slides] == [first.scene, second.scene]
    assert set(deck.references) == set(first.references) | set(second.references)
    assert not check_content(deck).errors
    assert dict(deck.clinic) == dict(read_and_check(OPIOIDS, load_catalog())[0].clinic)

    opened.slide_list.setCurrentRow(1)  # renamed afterwards in the editor
    title = box(opened, "slides[0].title").control
    title.selectAll()
    qtbot.keyClicks(title, "Why we talk")
    assert opened.save()
    assert read_and_check(made, load_catalog())[0].slides[0].title == "Why we talk"

    choose(window, "New deck from slides…", lambda d: qtbot.mouseClick(d.confirm, Qt.MouseButton.LeftButton))
    assert told and "at least one slide" in told[-1]


def test_the_decks_folder_is_shown_and_can_be_moved(qtbot, decks, editors, tmp_path, monkeypatch):
    window = editors(OPIOIDS)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(elsewhere))
    seen: list[str] = []

    def move(dialog: FolderDialog) -> None:
        seen.append(dialog.where.text() + "\n" + dialog.note.text())
        qtbot.mouseClick(dialog.choose, Qt.MouseButton.LeftButton)
        seen.append(dialog.where.text())
        qtbot.mouseClick(dialog.confirm, Qt.MouseButton.LeftButton)

    choose(window, "Decks folder…", move)
    assert str(decks) in seen[0] and "PRESENTER_DECKS" in seen[0]  # the variable wins, and it says so
    assert load_settings().decks_folder == str(elsewhere)

    monkeypatch.delenv("PRESENTER_DECKS")
    seen.clear()
    choose(window, "Decks folder…", move)
    assert "PRESENTER_DECKS" not in seen[0]
    assert str(elsewhere) in seen[1] and window.model.library.own_dir == elsewhere
