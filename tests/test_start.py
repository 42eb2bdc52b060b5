"""The start screen: cards per deck family, languages, this patient's slides, keys (offscreen)."""

from __future__ import annotations

import shutil
from pathlib import Path

import av
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from presenter import paths
from presenter.app.main import application
from presenter.app.start import StartScreen
from presenter.catalog import load_catalog
from presenter.deck.check import load_deck
from presenter.render.cache import RenderCache
from presenter.render.key import render_key
from presenter.render.manifest import Manifest, StepVideo
from presenter.settings import Settings, load_settings
from scenes import look

OPIOIDS = paths.DECKS_DIR / "opioids.yaml"
OPIOID_SLIDES = [slide.id for slide in load_deck(OPIOIDS).slides]  # the built-in deck's slides, in order
COUNT = len(OPIOID_SLIDES)
WITHOUT_HEROIN = [s for s in OPIOID_SLIDES if s != "heroin-and-tolerance"]
WITHOUT_ABSTINENCE = [s for s in OPIOID_SLIDES if s != "abstinence-and-recovery"]


@pytest.fixture(autouse=True)
def private_config(tmp_path, monkeypatch):
    monkeypatch.setenv("PRESENTER_CONFIG", str(tmp_path / "settings.json"))


@pytest.fixture
def decks(tmp_path) -> Path:
    """The built-in decks (with a Spanish opioids edition) and a one-language deck, in a folder of their own."""
    folder = tmp_path / "decks"
    folder.mkdir()
    for deck in paths.builtin_decks():
        shutil.copy(deck, folder / deck.name)
    if not (folder / "opioids.es.yaml").exists():
        text = OPIOIDS.read_text(encoding="utf-8")
        (folder / "opioids.es.yaml").write_text(
            text.replace("language: en", "language: es").replace(
                "title: Opioids and the brain", "title: Los opioides y el cerebro"
            ),
            encoding="utf-8",
        )
    (folder / "unilingual.yaml").write_text(
        OPIOIDS.read_text(encoding="utf-8").replace("title: Opioids and the brain", "title: One language only"),
        encoding="utf-8",
    )
    return folder


def open_screen(qtbot, deck_paths, cache: Path, settings: Settings | None = None) -> StartScreen:
    application()
    screen = StartScreen(sorted(deck_paths), RenderCache(cache), settings or Settings())
    qtbot.addWidget(screen)
    screen.resize(1600, 1000)
    screen.show()
    qtbot.waitExposed(screen)
    screen.activateWindow()
    qtbot.waitUntil(screen.isActiveWindow)
    return screen


def write_render(cache: Path, deck_path: Path, colour: tuple[int, int, int]) -> None:
    """A finished preview render of the deck's first slide: tiny solid-colour H.264 videos."""
    deck = load_deck(deck_path)
    slide = deck.slides[0]
    key = render_key(slide, load_catalog()[slide.scene], "preview")
    store = RenderCache(cache)
    staging = store.staging()
    steps = []
    for step in slide.steps:
        file = f"{step.id}.mp4"
        with av.open(str(staging / file), "w") as container:
            stream = container.add_stream("libx264", rate=15)
            stream.width, stream.height, stream.pix_fmt = 160, 90, "yuv420p"
            for _ in range(3):
                frame = av.VideoFrame(160, 90, "rgb24")
                frame.planes[0].update(bytes(colour) * (160 * 90))
                container.mux(stream.encode(frame))
            container.mux(stream.encode(None))
        steps.append(StepVideo(step.id, file, 0.2, 3, 160, 90, 15.0))
    store.commit(staging, Manifest(slide.scene, "preview", key.digest, tuple(steps), staging), key)


def test_one_card_per_builtin_deck_family(qtbot, tmp_path):
    screen = open_screen(qtbot, paths.builtin_decks(), tmp_path / "cache")
    families = {card.family for card in screen.cards}
    assert {"opioids", "depression"} <= families
    opioids = screen.card("opioids")
    assert opioids.title.text() == "Opioids and the brain"
    assert opioids.deck_path == OPIOIDS or opioids.deck_path.name.startswith("opioids")
    for card in screen.cards:
        assert card.edition.error == "" and card.can_present()
        assert len(card.rows) == len(card.edition.deck.slides) and card.chosen_ids()  # all ticked
        assert card.thumbnail.image.isNull()  # nothing rendered: the drawn card with the title
        assert card.thumbnail.title == card.edition.title
        assert bool(card.language_buttons) == (len(card.editions) > 1)


def test_the_thumbnail_is_the_first_slides_last_frame(qtbot, tmp_path):
    write_render(tmp_path / "cache", OPIOIDS, (230, 159, 0))
    screen = open_screen(qtbot, [OPIOIDS], tmp_path / "cache")
    card = screen.card("opioids")
    qtbot.waitUntil(lambda: not card.thumbnail.image.isNull(), timeout=5000)
    pixel = QColor(card.thumbnail.image.pixel(80, 45))
    assert abs(pixel.red() - 230) < 12 and abs(pixel.green() - 159) < 12 and pixel.blue() < 20
    assert card.thumbnail_video.name == load_deck(OPIOIDS).slides[0].steps[-1].id + ".mp4"


def test_choosing_a_language_switches_the_deck_and_is_remembered(qtbot, tmp_path, decks):
    settings = Settings()
    screen = open_screen(qtbot, decks.glob("*.yaml"), tmp_path / "cache", settings)
    card = screen.card("opioids")
    assert list(card.language_buttons) == ["en", "es"]
    assert [b.text() for b in card.language_buttons.values()] == ["English", "Español"]
    assert card.deck_path == decks / "opioids.yaml"
    assert not screen.card("unilingual").language_buttons  # one edition: no picker
    qtbot.mouseClick(card.language_buttons["es"], Qt.MouseButton.LeftButton)
    assert card.deck_path == decks / "opioids.es.yaml"
    assert card.title.text() == "Los opioides y el cerebro"
    assert card.language_buttons["es"].isChecked() and not card.language_buttons["en"].isChecked()
    assert settings.languages == {"opioids": "es"} and load_settings().languages == {"opioids": "es"}
    with qtbot.waitSignal(screen.chosen) as chosen:
        qtbot.keyClick(card, Qt.Key.Key_Return)
    assert chosen.args == [decks / "opioids.es.yaml", OPIOID_SLIDES]

    again = open_screen(qtbot, decks.glob("*.yaml"), tmp_path / "cache", load_settings())
    assert again.card("opioids").deck_path == decks / "opioids.es.yaml"


def test_unticking_slides_makes_the_playlist_saves_it_and_presents_it(qtbot, tmp_path):
    settings = Settings()
    screen = open_screen(qtbot, paths.builtin_decks(), tmp_path / "cache", settings)
    card = screen.card("opioids")
    qtbot.mouseClick(card.rows[1], Qt.MouseButton.LeftButton)
    assert card.chosen_ids() == WITHOUT_HEROIN
    assert screen.current is card and screen.present_button.text() == f"Present {COUNT - 1} of {COUNT} slides"
    assert load_settings().playlists == {"opioids": WITHOUT_HEROIN}
    with qtbot.waitSignal(screen.chosen) as chosen:
        qtbot.mouseClick(screen.present_button, Qt.MouseButton.LeftButton)
    assert chosen.args == [card.deck_path, WITHOUT_HEROIN]

    card.set_checked("heroin-and-tolerance", True)  # all ticked again: the default, nothing stored
    assert screen.present_button.text() == "Present" and load_settings().playlists == {}


def test_a_remembered_playlist_is_ticked_and_nothing_ticked_cannot_be_presented(qtbot, tmp_path):
    settings = Settings(playlists={"opioids": ["heroin-and-tolerance", "a-renamed-slide"]})
    screen = open_screen(qtbot, paths.builtin_decks(), tmp_path / "cache", settings)
    card = screen.card("opioids")
    card.setFocus()
    assert card.chosen_ids() == ["heroin-and-tolerance"]
    assert screen.present_button.text() == f"Present 1 of {COUNT} slides"
    card.set_checked("heroin-and-tolerance", False)
    assert not screen.present_button.isEnabled() and screen.present_button.text() == "Tick at least one slide"
    with qtbot.assertNotEmitted(screen.chosen):
        qtbot.keyClick(card, Qt.Key.Key_Return)


def test_switching_language_keeps_this_patients_choice(qtbot, tmp_path, decks):
    settings = Settings()
    screen = open_screen(qtbot, decks.glob("*.yaml"), tmp_path / "cache", settings)
    card = screen.card("opioids")
    card.set_checked("abstinence-and-recovery", False)
    card.choose_language("es")
    assert card.chosen_ids() == WITHOUT_ABSTINENCE
    assert settings.playlists["opioids.es"] == WITHOUT_ABSTINENCE


def test_a_broken_deck_shows_its_problem_on_its_card(qtbot, tmp_path, decks):
    broken = decks / "sleep.yaml"
    broken.write_text(
        OPIOIDS.read_text(encoding="utf-8")
        .replace("title: Opioids and the brain", "title: Sleep and the brain")
        .replace("receptors: 6", "receptors: 60"),
        encoding="utf-8",
    )
    unreadable = decks / "stress.yaml"
    unreadable.write_text("title: [not closed\n", encoding="utf-8")
    screen = open_screen(qtbot, decks.glob("*.yaml"), tmp_path / "cache")
    card = screen.card("sleep")
    line = load_deck(OPIOIDS).line_of("slides[0].params.receptors")
    assert card.error.text().startswith(f"sleep.yaml:{line}: slides[0].params.receptors: 60 is out of range.")
    assert card.error.isVisibleTo(screen) and "presenter check" in card.error_hint.text()
    card.setFocus()
    assert not screen.present_button.isEnabled() and card.rows == []
    assert screen.present_button.text() == "Fix the deck to present it"
    assert card.title.text() == "Sleep and the brain"
    with qtbot.assertNotEmitted(screen.chosen):
        qtbot.keyClick(card, Qt.Key.Key_Return)
    stress = screen.card("stress")
    assert stress.error.text().startswith("stress.yaml:1: (yaml): ")
    assert stress.title.text() == "Stress"
    assert screen.card("opioids").can_present()  # the others are unaffected


def test_enter_presents_the_focused_deck_and_arrows_move_between_cards(qtbot, tmp_path):
    screen = open_screen(qtbot, paths.builtin_decks(), tmp_path / "cache")
    first, second, last = screen.cards[0], screen.cards[1], screen.cards[-1]
    assert len(screen.cards) >= 3 and screen._columns == len(screen.cards)  # one row: ← → walk it
    assert screen.current is first and first.property("current") is True
    qtbot.keyClick(first, Qt.Key.Key_Right)
    assert screen.current is second and first.property("current") is False
    qtbot.keyClick(second, Qt.Key.Key_Left)
    assert screen.current is first
    qtbot.keyClick(first, Qt.Key.Key_Left)  # the first card: stays
    assert screen.current is first
    for card in screen.cards[:-1]:
        qtbot.keyClick(card, Qt.Key.Key_Right)
    assert screen.current is last
    qtbot.keyClick(last, Qt.Key.Key_Right)  # the last card: stays
    assert screen.current is last and last.hasFocus()
    qtbot.keyClick(last, Qt.Key.Key_Home)
    assert screen.current is first
    qtbot.keyClick(first, Qt.Key.Key_Right)
    with qtbot.waitSignal(screen.chosen) as chosen:
        qtbot.keyClick(second, Qt.Key.Key_Enter)
    assert chosen.args == [second.deck_path, [s.id for s in second.edition.deck.slides]]


def test_the_last_deck_presented_is_the_current_card(qtbot, tmp_path):
    settings = Settings(last_deck=str(paths.DECKS_DIR / "opioids.yaml"))
    screen = open_screen(qtbot, paths.builtin_decks(), tmp_path / "cache", settings)
    assert screen.current.family == "opioids"


def test_an_edited_deck_is_read_again_when_the_screen_comes_back(qtbot, tmp_path, decks):
    screen = open_screen(qtbot, decks.glob("*.yaml"), tmp_path / "cache")
    screen.hide()
    path = decks / "depression.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("title: ", "title: Edited ", 1), encoding="utf-8")
    screen.show()
    assert screen.card("depression").title.text().startswith("Edited ")


def test_no_decks_says_where_they_go(qtbot, tmp_path):
    screen = open_screen(qtbot, [], tmp_path / "cache")
    assert screen.cards == [] and screen.current is None
    assert screen.empty.isVisibleTo(screen) and "assets/decks" in screen.empty.text()
    screen.present()  # nothing to present: no signal, no error


# The laptop sizes clinics use, in logical pixels (150% scaling divides by 1.5), less a
# panel and a title bar: the window the start screen gets when it opens at 90%.
LAPTOPS = [(1366, 768), (1440, 900), (1920, 1080), (911, 512), (960, 600), (1280, 720)]


@pytest.mark.parametrize("screen_size", LAPTOPS, ids=[f"{w}x{h}" for w, h in LAPTOPS])
def test_the_start_screen_fits_every_laptop_size_without_scrolling(qtbot, tmp_path, screen_size):
    width, height = screen_size
    screen = open_screen(qtbot, paths.builtin_decks(), tmp_path / "cache")
    screen.resize(width * 9 // 10, (height - 60) * 9 // 10)
    qtbot.wait(50)
    window = screen.rect()
    assert screen.size().toTuple() == (width * 9 // 10, (height - 60) * 9 // 10)  # the window got that size
    assert {card.family for card in screen.cards} >= {"opioids", "treatment", "depression"}
    assert not screen.scroll.verticalScrollBar().isVisible()
    bar, tasks = screen.action_bar, screen.actions
    assert window.contains(bar.geometry()) and bar.present.isVisible()
    assert screen.present_button.text() == "Present" and screen.present_button.isEnabled()
    for button in (screen.edit_button, screen.export_button, bar.present):
        assert button.isVisible() and bar.rect().contains(button.geometry()), button.text()
    assert tasks.isVisible() and window.contains(tasks.geometry()), "the row of tasks shows"
    assert screen.scroll.geometry().bottom() < tasks.geometry().top() < bar.geometry().top()
    for button in (tasks.open, tasks.prepare, tasks.clean):
        assert button.isVisible() and tasks.rect().contains(button.geometry()), button.text()
    viewport = screen.scroll.viewport()
    tops = set()
    for card in screen.cards:
        tops.add(card.mapTo(screen, card.rect().topLeft()).y())
        for widget in [card, *card.rows, card.title, card.meta, *card.language_buttons.values()]:
            corner = widget.mapTo(viewport, widget.rect().bottomRight())
            assert widget.isVisible() and viewport.rect().contains(corner), (card.family, widget)
        for widget in [card.title, card.meta, *card.language_buttons.values()]:
            assert widget.font().pixelSize() >= 14, (card.family, widget)  # legible
        thumb = card.thumbnail
        assert not thumb.isVisible() or abs(thumb.width() * 9 - thumb.height() * 16) <= 16  # fitted 16:9
    assert len(tops) == 1 or screen._columns == 1  # cards side by side are aligned
    firsts = {card.rows[0].mapTo(screen, card.rows[0].rect().topLeft()).y() for card in screen.cards}
    assert len(firsts) == 1 or screen._columns == 1  # ... and so are their slides


def test_everything_on_the_start_screen_works_from_the_keyboard(qtbot, tmp_path, decks):
    settings = Settings()
    screen = open_screen(qtbot, decks.glob("*.yaml"), tmp_path / "cache", settings)
    opioids, single = screen.card("opioids"), screen.card("unilingual")
    assert screen.cards[-1] is single
    after = screen.cards[screen.cards.index(opioids) + 1 :]  # the cards to the right of opioids
    opioids.setFocus()
    visited = []
    for _ in range(60):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())
        if visited[-1] is screen.present_button:
            break
    english, spanish = opioids.language_buttons.values()
    tasks = screen.actions
    assert not tasks.clean.isEnabled()  # nothing saved to clean up: Tab passes it
    assert visited == [
        english,
        spanish,
        *opioids.rows,
        *[w for card in after for w in (card, *card.language_buttons.values(), *card.rows)],
        tasks.open,
        tasks.prepare,  # in reading order: the cards, the row of tasks,
        screen.edit_button,
        screen.export_button,
        screen.action_bar.more,  # Clinic details…
        screen.present_button,
    ]  # then the action bar
    assert screen.current is single  # the bar acts on the last card visited
    spanish.setFocus()
    qtbot.keyClick(spanish, Qt.Key.Key_Space)  # Space chooses a language
    assert opioids.language == "es" and settings.languages == {"opioids": "es"}
    row = opioids.rows[1]
    qtbot.waitUntil(row.isVisible)  # the Spanish edition's rows
    row.setFocus()
    assert row.hasFocus()
    qtbot.keyClick(row, Qt.Key.Key_Space)  # Space ticks
    assert (
        not row.isChecked() and screen.present_button.text() == f"Presentar {COUNT - 1} de {COUNT} diapositivas"
    )  # in Spanish
    ring = row.grab().toImage()
    assert any(QColor(ring.pixel(x, row.height() // 2)).name() == look.YELLOW.lower() for x in range(6))  # focus ring
    with qtbot.waitSignal(screen.chosen) as chosen:
        qtbot.keyClick(row, Qt.Key.Key_Return)
    assert chosen.args == [decks / "opioids.es.yaml", WITHOUT_HEROIN]
    screen.present_button.setFocus()
    with qtbot.waitSignal(screen.chosen):
        qtbot.keyClick(screen.present_button, Qt.Key.Key_Space)
    qtbot.keyClick(screen.present_button, Qt.Key.Key_Escape)
    assert not screen.isVisible()
    screen.show()
    qtbot.keyClick(screen.current, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not screen.isVisible()


def test_the_start_screen_speaks_the_chosen_decks_language(qtbot, tmp_path, decks):
    screen = open_screen(qtbot, decks.glob("*.yaml"), tmp_path / "cache")
    card = screen.card("opioids")
    qtbot.mouseClick(card.language_buttons["es"], Qt.MouseButton.LeftButton)
    assert screen.heading.text() == "¿Qué quiere mostrar?" and screen.present_button.text() == "Presentar"
    slides = load_deck(decks / "opioids.es.yaml").slides
    origin, counts = card.meta.text().split(" · ", 1)  # the deck's origin, then its size, in Spanish
    assert origin and counts == f"{len(slides)} diapositivas · {sum(len(s.steps) for s in slides)} pasos"
    qtbot.mouseClick(card.language_buttons["en"], Qt.MouseButton.LeftButton)
    assert screen.heading.text() == "What would you like to show?" and screen.present_button.text() == "Present"
