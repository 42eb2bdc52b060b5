"""Architecture contracts: Manim stays out of the app, Qt stays out of the model."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "presenter"
QT_FREE = (
    "deck",
    "catalog.py",
    "navigation.py",
    "marks.py",
    "playable.py",
    "slide_renders.py",
    "render",
    "paths.py",
    "cli.py",
    "settings.py",
    "library.py",
    "playlist.py",
    "export",
)


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
    files = [
        f
        for name in QT_FREE
        for f in ((PACKAGE / name).rglob("*.py") if (PACKAGE / name).is_dir() else [PACKAGE / name])
    ]
    offenders = [f for f in files if "PySide6" in imported_modules(f)]
    assert files and offenders == []


def test_checking_a_deck_loads_neither_qt_nor_manim():
    code = (
        "import sys; from presenter.cli import main; rc = main(['check']); "
        "bad = [m for m in ('manim', 'PySide6') if m in sys.modules]; print(bad); sys.exit(rc or bool(bad))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


# Lower layers never import higher ones (not even inside a function): the scene catalog
# knows nothing of decks, decks nothing of renders, renders nothing of exports or the app.
LAYERS = [
    {"presenter.paths"},
    {"presenter.catalog"},
    {"presenter.deck"},
    {"presenter.render"},
    {
        "presenter.playable",
        "presenter.playlist",
        "presenter.navigation",
        "presenter.settings",
        "presenter.library",
        "presenter.slide_renders",
    },
    {"presenter.export"},
]


def _layer(module: str) -> int | None:
    for index, layer in enumerate(LAYERS):
        if any(module == name or module.startswith(name + ".") for name in layer):
            return index
    return None


def test_imports_run_one_way_through_the_layers():
    offenders = []
    for file in PACKAGE.rglob("*.py"):
        module = "presenter." + ".".join(file.relative_to(PACKAGE).with_suffix("").parts)
        module = module.removesuffix(".__init__")
        own = _layer(module)
        if own is None:
            continue
        for imported in imported_modules(file, full=True):
            theirs = _layer(imported)
            if theirs is not None and theirs > own:
                offenders.append(f"{module} imports {imported}")
    assert offenders == []
