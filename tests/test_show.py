"""Live reload, screen placement and the `presenter show` entry point, headless."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import json
import subprocess
import sys
import textwrap

import pytest
from PySide6.QtCore import QTimer

from presenter.app import main
from presenter.app.presentation import Presentation
from presenter.app.reload import DeckReloader
from presenter.app.screens import ScreenInfo, assign_screens, swapped
from presenter.app.show import Show
from presenter.deck.check import load_deck
from presenter.navigation import Phase, Position
from presenter.paths import ROOT
from presenter.render.cache import RenderCache
from presenter.settings import Settings
from tests.app_support import FakeRenderer, body, deck_text, old_body, scene_catalog, write_render


@pytest.fixture
def setup(tmp_path):
    catalog = scene_catalog(tmp_path)
    path = tmp_path / "test.yaml"
    path.write_text(deck_text())
    deck = load_deck(path, catalog)
    cache = RenderCache(tmp_path / "cache")
    for index in range(len(deck.slides)):
        write_render(deck, catalog, cache, index, colour=old_body)
    return path, deck, catalog, cache, tmp_path / "scenes"


@pytest.fixture
def live(qtbot, setup):
    """A presentation of the test deck with live reload, and a renderer that waits for the test."""
    path, deck, catalog, cache, scenes = setup

    def make(job):  # the slide as it was when the job was planned
        index = [s.id for s in job.deck.slides].index(job.slide.id)
        return write_render(job.deck, catalog, cache, index, slide=job.slide, quality=job.key.quality)

    renderer = FakeRenderer(make)
    presentation = Presentation(deck, catalog, cache, renderer)
    reloader = DeckReloader(presentation, path, (), scenes_dir=scenes, delay_ms=50)
    yield presentation, reloader, renderer, path
    presentation.close()


def colour(presentation):
    image = presentation.picture.image
    return image.pixelColor(image.width() // 2, image.height() // 2).getRgb()[:3]


def near(seen, expected, tolerance=24):
    return all(abs(a - b) <= tolerance for a, b in zip(seen, expected))


def edit(qtbot, reloader, path, old, new):
    with qtbot.waitSignal(reloader.checked, timeout=5000):
        path.write_text(path.read_text().replace(old, new, 1))


def test_a_narration_edit_shows_at_once_without_a_render(qtbot, live):
    presentation, reloader, renderer, path = live
    qtbot.waitUntil(lambda: renderer.order == [(0, "hd")])  # only hd was missing
    edit(qtbot, reloader, path, "Slide 1 says neuron.", "Slide 1 now says something new.")
    assert presentation.step.narration == "Slide 1 now says something new."
    assert presentation.navigator.position == Position(0, 0) and not presentation.problems
    assert renderer.order == [(0, "hd")] and presentation.renders.pending() == [(1, "hd"), (2, "hd")]


def test_a_visual_edit_renders_preview_then_hd_and_swaps_at_a_step_boundary(qtbot, live):
    presentation, reloader, renderer, path = live
    nav = presentation.navigator
    qtbot.waitUntil(lambda: nav.phase is Phase.HELD, timeout=5000)
    assert near(colour(presentation), (230, 20, 40))  # old render's last frame of step 1
    edit(qtbot, reloader, path, "receptors: 6", "receptors: 7")
    renderer.release.release()  # the hd job that was running for the old version
    qtbot.waitUntil(lambda: renderer.order[-1] == (0, "preview"), timeout=5000)
    renderer.release.release()
    qtbot.waitUntil(lambda: 0 in presentation.pending, timeout=5000)
    assert nav.position == Position(0, 0) and nav.phase is Phase.HELD  # nothing moved by itself
    presentation.next()  # the next step boundary: the fresh render takes over
    qtbot.waitUntil(lambda: near(colour(presentation), body(0, 1)), timeout=5000)
    assert presentation.manifests[0].quality == "preview"
    qtbot.waitUntil(lambda: renderer.order[-1] == (0, "hd"), timeout=5000)
    renderer.release.release()
    qtbot.waitUntil(lambda: 0 in presentation.pending, timeout=5000)
    presentation.next()
    assert presentation.manifests[0].quality == "hd"


def test_a_yaml_mistake_is_said_in_plain_words(qtbot, live):
    presentation, reloader, renderer, path = live
    edit(qtbot, reloader, path, "title: Test deck", "title: Test deck\n  oops: : here")
    show = Show(presentation, Settings())
    show.place()
    text = show.presenter.banner.text()
    assert "Line 3 cannot be read. Check that it is indented like the lines around it" in text
    assert "(test.yaml:3)" in text and "expected" not in text and "mapping values" not in text
    show.end()


def test_a_broken_edit_is_explained_and_the_audience_keeps_the_last_good_version(qtbot, live):
    presentation, reloader, renderer, path = live
    qtbot.waitUntil(lambda: presentation.navigator.phase is Phase.HELD, timeout=5000)
    before = presentation.deck
    show = Show(presentation, Settings())
    show.place()
    show.presenter.resize(1366, 768)
    qtbot.wait(300)  # laid out and settled
    view = show.presenter
    picture, slides = view.stage.geometry(), view.slides.geometry()
    edit(qtbot, reloader, path, "receptors: 6", "receptors: six")
    assert presentation.problems and presentation.problems[0].field == "slides[0].params.receptors"
    assert presentation.deck is before and presentation.navigator.phase is Phase.HELD
    qtbot.wait(20)
    line = path.read_text().splitlines().index("    params: {receptors: six}") + 1
    assert view.banner.isVisible()
    assert (
        f"Slide 1 (Slide number 1), receptors: should be a whole number from 3 to 10, not 'six'  (test.yaml:{line})"
    ) in view.banner.text()  # as a clinician reads it, file:line for the fixer
    assert "The patient still sees the last good version." in view.banner.text()
    assert view.stage.geometry() == picture and view.slides.geometry() == slides  # nothing moves
    assert view.centralWidget().rect().contains(view.banner.geometry())
    edit(qtbot, reloader, path, "receptors: six", "receptors: 6")  # fixed: the banner goes
    assert not presentation.problems and not show.presenter.banner.isVisible()
    show.end()


def test_a_scene_edit_re_renders_and_a_scene_syntax_error_is_explained(qtbot, live, setup):
    presentation, reloader, renderer, path = live
    scene = setup[4] / "keys_and_locks.py"
    with qtbot.waitSignal(reloader.checked, timeout=5000):
        scene.write_text(scene.read_text() + "# a change to the drawing code\n")
    assert {(0, "preview"), (1, "preview"), (2, "preview")} <= set(presentation.renders.pending())
    with qtbot.waitSignal(reloader.checked, timeout=5000):
        scene.write_text(scene.read_text() + "def broken(:\n")
    assert presentation.problems and "keys_and_locks.py" in presentation.problems[0].message


def test_adding_a_slide_reshapes_the_deck_and_keeps_the_position(qtbot, live):
    presentation, reloader, renderer, path = live
    presentation.go_to(2)
    text = path.read_text()
    start = text.index("  - id: slide-1")
    first_slide = text[start : text.index("  - id: slide-2")]
    with qtbot.waitSignal(reloader.checked, timeout=5000):
        path.write_text(
            text.replace(first_slide, first_slide.replace("slide-1", "slide-0"), 1).replace(
                "slides:\n", "slides:\n" + first_slide.replace("slide-1", "slide-9"), 1
            )
        )
    assert [s.id for s in presentation.deck.slides][:2] == ["slide-9", "slide-0"]
    assert presentation.slide.id == "slide-2" and presentation.navigator.position == Position(2, 0)


@pytest.mark.parametrize(
    "screens, preferred, expected",
    [
        ([ScreenInfo("Laptop", True)], None, (0, None)),
        ([ScreenInfo("Laptop", True), ScreenInfo("Projector", False)], None, (1, 0)),
        ([ScreenInfo("TV", False), ScreenInfo("Laptop", True)], None, (0, 1)),
        ([ScreenInfo("Laptop", True), ScreenInfo("Projector", False)], "Laptop", (0, 1)),
        ([ScreenInfo("Laptop", True), ScreenInfo("Projector", False)], "Gone", (1, 0)),
        ([ScreenInfo("Laptop", True), ScreenInfo("A", False), ScreenInfo("B", False)], "B", (2, 0)),
    ],
)
def test_screen_assignment(screens, preferred, expected):
    assert assign_screens(screens, preferred) == expected


def test_swapping_names_the_other_screen():
    screens = [ScreenInfo("Laptop", True), ScreenInfo("Projector", False)]
    assert swapped(screens, 1) == "Laptop" and swapped(screens, 0) == "Projector"


def test_one_screen_shows_one_window_and_s_switches(qtbot, setup):
    path, deck, catalog, cache, _ = setup
    settings = Settings()
    show = Show(Presentation(deck, catalog, cache, FakeRenderer()), settings)
    show.place()
    assert not show.two_screens and show.presenter.isVisible() and not show.audience.isVisible()
    show.toggle_presenter_view()
    assert show.audience.isVisible() and not show.presenter.isVisible() and not settings.presenter_view
    show.swap_screens()  # nothing to swap; nothing said on the patient's screen either
    assert not show.presenter.isVisible() and show.audience.isVisible()
    show.toggle_presenter_view()
    show.swap_screens()
    assert show.presenter.notice.text() == "Only one screen is connected."
    show.end()


TWO_SCREENS = textwrap.dedent("""
    import json, sys
    from pathlib import Path
    from PySide6.QtWidgets import QApplication
    from presenter.app.main import application
    from presenter.app.presentation import Presentation
    from presenter.app.show import Show
    from presenter.deck.check import load_deck
    from presenter.render.cache import RenderCache
    from presenter.settings import Settings
    from tests.app_support import FakeRenderer, deck_text, scene_catalog, write_render

    folder = Path(sys.argv[1])
    app = application()
    catalog = scene_catalog(folder)
    (folder / "test.yaml").write_text(deck_text(1))
    deck = load_deck(folder / "test.yaml", catalog)
    cache = RenderCache(folder / "cache")
    write_render(deck, catalog, cache, 0)
    settings = Settings()
    show = Show(Presentation(deck, catalog, cache, FakeRenderer()), settings)
    show.place()
    seen = {"screens": [s.name() for s in app.screens()],
            "audience": show.audience.screen().name(), "full": show.audience.isFullScreen(),
            "presenter": show.presenter.screen().name(), "presenter_visible": show.presenter.isVisible()}
    show.swap_screens()
    seen.update(swapped=show.audience.screen().name(), remembered=settings.screen,
                presenter_after=show.presenter.screen().name())
    show.end()
    print(json.dumps(seen))
""")


def test_two_screens_put_the_audience_on_the_external_one_and_d_swaps(tmp_path):
    config = tmp_path / "screens.json"
    config.write_text(
        json.dumps(
            {
                "screens": [
                    {"name": "Laptop", "x": 0, "y": 0, "width": 1280, "height": 800, "logicalDpi": 96, "dpr": 1},
                    {"name": "Projector", "x": 1280, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96, "dpr": 1},
                ]
            }
        )
    )
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}", "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-c", TWO_SCREENS, str(tmp_path)],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["screens"] == ["Laptop", "Projector"]
    assert seen["audience"] == "Projector" and seen["full"]
    assert seen["presenter"] == "Laptop" and seen["presenter_visible"]
    assert seen["swapped"] == "Laptop" and seen["remembered"] == "Laptop" and seen["presenter_after"] == "Projector"


def test_run_reports_deck_problems_and_returns_1(tmp_path, monkeypatch, qapp, setup):
    _, _, catalog, _, _ = setup
    shown = []
    monkeypatch.setattr(main, "show_problems", lambda path, problems: shown.append(problems))
    monkeypatch.setattr(main, "load_catalog", lambda: catalog)
    monkeypatch.setenv("PRESENTER_CONFIG", str(tmp_path / "settings.json"))
    bad = tmp_path / "bad.yaml"
    bad.write_text(deck_text().replace("scene: KeysAndLocks", "scene: KeysAndLock", 1))
    assert main.run(bad, tmp_path / "cache") == 1
    assert "KeysAndLock" in str(shown[0][0]) and "Did you mean 'KeysAndLocks'?" in str(shown[0][0])


def test_run_explains_a_broken_environment_in_a_dialog(tmp_path, monkeypatch, qapp):
    from presenter.doctor import Finding

    shown = []
    monkeypatch.setattr(
        main,
        "diagnose",
        lambda cache, quick: [Finding("Qt multimedia", False, "no FFmpeg backend", "Install libpulse0.")],
    )
    monkeypatch.setattr(main, "show_message", lambda head, lines: shown.append(lines))
    assert main.run(None, tmp_path / "cache") == 1
    assert "Install libpulse0." in shown[0][0]


def test_run_presents_until_the_show_ends(setup, monkeypatch, qapp, tmp_path):
    path, deck, catalog, cache, _ = setup
    monkeypatch.setattr(main, "load_catalog", lambda: catalog)
    monkeypatch.setenv("PRESENTER_CONFIG", str(tmp_path / "settings.json"))
    monkeypatch.setattr(main, "Presentation", lambda *args, **kw: Presentation(*args[:3], FakeRenderer(), **kw))
    monkeypatch.setattr(main.Show, "request_quit", lambda self, parent=None: self.end() or True)
    shows: list[Show] = []
    monkeypatch.setattr(main, "Show", lambda *args: shows.append(Show(*args)) or shows[-1])
    seen = []

    def end_when_playing():
        if shows and not shows[0].presentation.picture.image.isNull() and shows[0].presenter.isVisible():
            seen.append(shows[0].presenter.windowTitle())
            shows[0].presenter.close()  # asks first (answered yes above), then ends the show
        else:
            QTimer.singleShot(20, end_when_playing)

    QTimer.singleShot(0, end_when_playing)
    assert main.run(path, cache.root) == 0
    assert seen == ["Presenter view — Test deck"]
    assert json.loads((tmp_path / "settings.json").read_text())["last_deck"] == str(path)


def test_a_dead_display_is_one_plain_sentence_not_a_qt_abort(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    env.update(DISPLAY=":987", PRESENTER_CONFIG=str(tmp_path / "settings.json"))
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from presenter.app.main import run; sys.exit(run(None, sys.argv[1]))",
            str(tmp_path / "cache"),
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
    )
    assert done.returncode == 1
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert lines == [
        "The presenter cannot open a window: no X server answers at DISPLAY=:987. "
        "Start the desktop session, or check DISPLAY (e.g. DISPLAY=:0)."
    ], done.stderr
