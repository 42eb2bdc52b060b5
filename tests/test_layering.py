"""Architecture contracts: Manim stays out of the app, Qt stays out of the model."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "presenter"
QT_FREE = ("deck", "catalog.py", "navigation.py", "playable.py", "render", "paths.py", "cli.py", "settings.py",
           "library.py",
           "playlist.py", "export")


def imported_modules(file: Path, full: bool = False) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(file.read_text())):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names if full else {name.split(".")[0] for name in names}


def test_no_presenter_module_imports_manim_or_scenes_beyond_the_look():
    allowed = {"scenes.look"}  # plain data shared by scenes and app
    for file in PACKAGE.rglob("*.py"):
        modules = imported_modules(file, full=True)
        assert not {m for m in modules if m.split(".")[0] in {"manim", "manimpango"}}, file
        assert {m for m in modules if m.startswith("scenes")} <= allowed, file


def test_model_and_render_layers_do_not_import_qt():
    files = [f for name in QT_FREE for f in ((PACKAGE / name).rglob("*.py") if (PACKAGE / name).is_dir() else [PACKAGE / name])]
    offenders = [f for f in files if "PySide6" in imported_modules(f)]
    assert files and offenders == []


def test_checking_a_deck_loads_neither_qt_nor_manim():
    code = ("import sys; from presenter.cli import main; rc = main(['check']); "
            "bad = [m for m in ('manim', 'PySide6') if m in sys.modules]; print(bad); sys.exit(rc or bool(bad))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
