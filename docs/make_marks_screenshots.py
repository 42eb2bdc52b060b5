"""The README's pen and zoom screenshots: .venv/bin/python docs/make_marks_screenshots.py [CACHE] [SUFFIX]

Run it as docs/make_screenshots.py is run (a real or Xvfb screen with a
window manager, once per laptop size). Uses the treatment deck's renders in
CACHE, renders nothing, and saves into docs/: the presenter view with pen
marks and the pointer, the same marks on the audience view (one screen, S),
then both again zoomed in.
"""

from __future__ import annotations

import math
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from presenter.app.headless import NoRenders, use_clinic_screens  # noqa: E402

use_clinic_screens()

from PySide6.QtGui import QGuiApplication  # noqa: E402

from docs.make_screenshots import DOCS, wait  # noqa: E402
from presenter import paths  # noqa: E402
from presenter.app.main import application  # noqa: E402
from presenter.app.presentation import Presentation  # noqa: E402
from presenter.app.show import Show  # noqa: E402
from presenter.catalog import load_catalog  # noqa: E402
from presenter.deck.check import load_deck  # noqa: E402
from presenter.marks import Marks  # noqa: E402
from presenter.navigation import Phase, Position  # noqa: E402
from presenter.render.cache import RenderCache  # noqa: E402
from presenter.settings import Settings  # noqa: E402


def snap(name: str, suffix: str, marks: Marks, pointer: tuple[float, float]) -> str:
    wait(lambda: False, 1.0)  # the window manager places and paints
    marks.move_pointer(pointer)  # the dot fades when still: shown just before the picture is taken
    wait(lambda: False, 0.2)
    file = f"{name}{suffix}.png"
    QGuiApplication.primaryScreen().grabWindow(0).save(str(DOCS / file))
    return file


def draw(marks: Marks, points: list[tuple[float, float]]) -> None:
    marks.begin_stroke(points[0])
    for point in points[1:]:
        marks.extend_stroke(point)
    marks.end_stroke()


def main() -> None:
    application()
    cache = RenderCache(Path(sys.argv[1]) if len(sys.argv) > 1 else paths.default_cache_dir())
    suffix = sys.argv[2] if len(sys.argv) > 2 else ""
    presentation = Presentation(load_deck(paths.resolve_deck("treatment")), load_catalog(), cache, NoRenders())
    show = Show(presentation, Settings())
    show.place()
    nav, marks = presentation.navigator, presentation.marks
    presentation.next()
    presentation.next()
    wait(lambda: nav.position == Position(0, 2) and nav.phase is Phase.HELD)
    draw(marks, [(0.5 + 0.12 * math.cos(a / 20 * math.pi), 0.45 + 0.2 * math.sin(a / 20 * math.pi)) for a in range(42)])
    marks.next_colour()
    draw(marks, [(0.2 + 0.01 * n, 0.8 + 0.004 * math.sin(n)) for n in range(25)])
    saved = [snap("marks-presenter", suffix, marks, (0.62, 0.3))]
    show.toggle_presenter_view()  # one screen, the laptop turned toward the patient: the same marks
    saved.append(snap("marks-audience", suffix, marks, (0.62, 0.3)))
    show.toggle_presenter_view()
    marks.zoom_to((0.3, 0.2), (0.7, 0.7))
    saved.append(snap("zoom-presenter", suffix, marks, (0.55, 0.4)))
    show.toggle_presenter_view()
    saved.append(snap("zoom-audience", suffix, marks, (0.55, 0.4)))
    show.end()
    print("wrote", ", ".join(saved), "in docs/")


if __name__ == "__main__":
    main()
