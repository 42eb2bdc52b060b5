"""Editor benchmark: keystroke to updated grade and checks, opening the editor, saving.

    .venv/bin/python bench/bench_editor.py [DECK] [--keys 200] [--cache DIR]

DECK defaults to the largest built-in deck (by file size). Runs headless
(offscreen). A copy of the deck goes into a temporary decks folder, so
nothing of yours is touched.

- keystroke: one key typed into a narration box, from the key press to the
  step's reading grade and every field's problems updated (the checks run
  in the key's handler), p50 and p95 over --keys keys.
- open: constructing and showing the editor on the deck (catalog already
  read, render cache warm: pictures decoded from the cache when present).
- save: Ctrl+S after a one-word edit: the minimal-diff text, the previous
  version kept, the atomic write.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QTextCursor  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402

from presenter import paths  # noqa: E402
from presenter.app.editor import EditorWindow  # noqa: E402
from presenter.app.main import application  # noqa: E402
from presenter.catalog import load_catalog  # noqa: E402
from presenter.library import DeckLibrary  # noqa: E402
from presenter.render.cache import RenderCache  # noqa: E402


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    largest = max(paths.builtin_decks(), key=lambda p: p.stat().st_size).stem
    parser.add_argument("deck", nargs="?", default=largest)
    parser.add_argument("--keys", type=int, default=200)
    parser.add_argument("--cache", type=Path, default=paths.default_cache_dir())
    args = parser.parse_args()
    app = application()
    load_catalog()
    with tempfile.TemporaryDirectory() as folder:
        library = DeckLibrary(own_dir=Path(folder))
        copy = library.make_copy(library.find(args.deck), with_editions=False)
        cache = RenderCache(args.cache)
        opened = []
        for _ in range(5):
            start = time.perf_counter()
            window = EditorWindow(copy, cache, rerender=False)
            window.resize(1366, 768)
            window.show()
            app.processEvents()
            opened.append(time.perf_counter() - start)
            window.close()
            window.deleteLater()
            app.processEvents()
        window = EditorWindow(copy, cache, rerender=False)
        window.resize(1366, 768)
        window.show()
        app.processEvents()
        field = "slides[0].steps[0].narration"
        control = next(b for b in window.fields if b.field == field).control
        control.setFocus()
        control.moveCursor(QTextCursor.MoveOperation.End)
        keys = []
        for index in range(args.keys):
            key = Qt.Key.Key_Backspace if index % 10 == 9 else Qt.Key.Key_A
            start = time.perf_counter()
            QTest.keyClick(control, key)
            keys.append(time.perf_counter() - start)
        saves = []
        for word in ("one", "two", "three", "four", "five"):
            window.model.set(field, f"{window.model.document.get(field).strip()} {word}.", typing=False)
            start = time.perf_counter()
            window.save()
            saves.append(time.perf_counter() - start)
            app.processEvents()  # idle time between saves, as when someone types
        print(
            f"deck: {args.deck} ({len(window.model.document.slides)} slides, "
            f"{sum(len(s['steps']) for s in window.model.document.slides)} steps)"
        )
        print(
            f"keystroke to grade and checks: p50 {percentile(keys, 0.5) * 1000:.1f} ms, "
            f"p95 {percentile(keys, 0.95) * 1000:.1f} ms over {len(keys)} keys (target <= 50 ms p95)"
        )
        print(
            f"open the editor: median {statistics.median(opened):.2f} s, worst {max(opened):.2f} s "
            f"over {len(opened)} opens (target <= 1.5 s)"
        )
        print(
            f"save: median {statistics.median(saves) * 1000:.1f} ms, worst {max(saves) * 1000:.1f} ms "
            f"over {len(saves)} saves (target <= 100 ms)"
        )
        window.model.undo_stack.setClean()
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
