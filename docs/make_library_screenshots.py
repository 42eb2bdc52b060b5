"""The README's screenshots of the start screen's library tasks: .venv/bin/python docs/make_library_screenshots.py CACHE [SUFFIX]

A pack of the treatment deck, made from the renders in CACHE (read only: nothing
is rendered or written there), added to a library in a temporary folder; then
the start screen with that pack's card, the "Prepare for presenting (sharp)"
window and the "Clinic details" window, each saved into docs/. Run it as
docs/make_screenshots.py is run (Xvfb with a window manager, once per laptop size).
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
WORK = Path(tempfile.mkdtemp(prefix="library-shots-"))
os.environ["PRESENTER_CONFIG"] = str(WORK / "settings.json")  # the clinic details shown are this script's

from docs.make_screenshots import snap, wait  # noqa: E402
from presenter import cli, paths  # noqa: E402
from presenter.app.clinic_dialog import ClinicDialog  # noqa: E402
from presenter.app.main import application  # noqa: E402
from presenter.app.start import StartScreen  # noqa: E402
from presenter.export.pack import open_pack  # noqa: E402
from presenter.library import DeckLibrary  # noqa: E402
from presenter.render.cache import RenderCache  # noqa: E402
from presenter.settings import Settings  # noqa: E402


def main() -> None:
    source, suffix = Path(sys.argv[1]), sys.argv[2] if len(sys.argv) > 2 else ""
    app = application()
    pack = WORK / "treatment.pack"
    if cli.main(["export", "treatment", "--to", "pack", "--out", str(pack), "--cache", str(source)]):
        sys.exit("the pack could not be made from the renders in " + str(source))
    library = DeckLibrary(own_dir=WORK / "decks")
    cache = WORK / "cache"
    shutil.copytree(source, cache)  # the built-in cards' thumbnails; the pack unpacks beside them
    opened = open_pack(pack, cache / "packs")
    library.add_pack(opened.source, opened.deck())
    settings = Settings(clinic={"": {"name": "Riverside Clinic"}, "es": {"emergency": "066", "crisis": "800 911 2000"}})
    start = StartScreen(paths.builtin_decks(), RenderCache(cache), settings, library=library)
    area = app.primaryScreen().availableGeometry()
    start.resize(min(1600, area.width() * 9 // 10), min(1000, area.height() * 9 // 10))
    start.move(area.center() - start.rect().center())
    start.show()
    card = next(card for card in start.cards if card.pack_file is not None)
    start._move(card, 0, False)
    wait(lambda: not card.thumbnail.image.isNull(), 10)
    saved = [snap("start-with-pack", suffix)]
    start._move(start.card("opioids"), 0, False)
    for render in (cache / "hd").glob("KeysAndLocks-*"):  # so that the opioids deck has a slide to make
        shutil.rmtree(render)
    dialog = start.actions.show_prepare()
    saved.append(snap("prepare-sharp", suffix))
    dialog.close()
    clinic = ClinicDialog(settings, ["en", "es"], start)
    clinic.show()
    saved.append(snap("clinic-details", suffix))
    clinic.close()
    start.close()
    shutil.rmtree(WORK, ignore_errors=True)
    print("saved", ", ".join(f"docs/{name}" for name in saved))


if __name__ == "__main__":
    main()
