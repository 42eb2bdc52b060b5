"""The scene catalog: what each scene in scenes/ declares, read without Manim.

Scenes declare STEPS, PARAMS, CHOICES, BOUNDS and LABELS as literals; this
module reads them with ``ast`` so that checking a deck or computing a render
key never imports Manim (fast, and Manim stays out of the app).
"""

from __future__ import annotations

import ast
import hashlib
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from presenter.paths import SCENES_DIR

DECLARATIONS = ("STEPS", "PARAMS", "CHOICES", "BOUNDS", "LABELS")
BASE_CLASS = "DeckScene"


class CatalogError(Exception):
    """A scene file whose declarations cannot be read."""


@dataclass(frozen=True)
class SceneSpec:
    """What one scene declares, and the files its picture depends on."""

    name: str
    file: Path
    steps: tuple[str, ...]
    params: Mapping[str, Any]
    labels: Mapping[str, str]
    choices: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    bounds: Mapping[str, tuple[float, float]] = field(default_factory=dict)
    doc: str = ""
    sources: tuple[Path, ...] = ()

    def source_digest(self) -> str:
        """SHA-256 over the scene's file and every scenes/ module it imports."""
        digest = hashlib.sha256()
        for source in self.sources:
            digest.update(source.name.encode() + b"\0" + source.read_bytes() + b"\0")
        return digest.hexdigest()


def _literal(node: ast.expr, file: Path, name: str) -> Any:
    try:
        return ast.literal_eval(node)
    except ValueError as error:
        raise CatalogError(f"{file}:{node.lineno}: {name} must be a plain literal ({error})") from None


IMPORT = re.compile(
    r"^[ \t]*(?:from[ \t]+(\.+\w*|scenes(?:\.\w+)*)[ \t]+import[ \t]+(\([^)]*\)|[\w \t,]+)"
    r"|import[ \t]+scenes\.([\w.]+))",
    re.M,
)
SCENE_CLASS = re.compile(r"^class\s+\w+\((?:\w+\.)?" + BASE_CLASS + r"\)", re.M)


def _local_imports(text: str, scenes_dir: Path) -> set[Path]:
    """scenes/ modules a module imports (``from scenes.x import``, ``from .x import``, ``import scenes.x``)."""
    found: set[Path] = set()
    for source, names, plain in IMPORT.findall(text):
        if plain:
            modules = [plain]
        else:
            base = source.removeprefix("scenes").lstrip(".")
            modules = [base] if base else [n.strip() for n in names.strip("()").split(",") if n.strip()]
        for module in modules:
            candidate = scenes_dir / (module.replace(".", "/") + ".py")
            if candidate.exists():
                found.add(candidate)
    return found


def _closure(file: Path, scenes_dir: Path) -> tuple[Path, ...]:
    """The file and every scenes/ module reachable through its imports, sorted."""
    seen: set[Path] = set()
    todo = [file]
    while todo:
        current = todo.pop()
        if current not in seen:
            seen.add(current)
            todo.extend(_local_imports(current.read_text(), scenes_dir) - seen)
    return tuple(sorted(seen))


def _is_deck_scene(node: ast.ClassDef) -> bool:
    for base in node.bases:
        name = base.id if isinstance(base, ast.Name) else getattr(base, "attr", "")
        if name == BASE_CLASS:
            return True
    return False


@cache
def load_catalog(scenes_dir: Path = SCENES_DIR) -> Mapping[str, SceneSpec]:
    """Every DeckScene subclass in scenes/, by class name."""
    specs: dict[str, SceneSpec] = {}
    for file in sorted(scenes_dir.glob("*.py")):
        text = file.read_text()
        if not SCENE_CLASS.search(text):  # parse only files that define scenes
            continue
        try:
            tree = ast.parse(text, str(file))
        except SyntaxError as error:
            raise CatalogError(f"{file}:{error.lineno}: {error.msg}. Fix the scene file, then save it again.") from None
        for node in tree.body:
            if not (isinstance(node, ast.ClassDef) and _is_deck_scene(node)):
                continue
            declared: dict[str, Any] = {}
            for statement in node.body:
                if isinstance(statement, ast.Assign):
                    targets, value = statement.targets, statement.value
                elif isinstance(statement, ast.AnnAssign) and statement.value is not None:
                    targets, value = [statement.target], statement.value
                else:
                    continue
                for target in targets:
                    if isinstance(target, ast.Name) and target.id in DECLARATIONS:
                        declared[target.id] = _literal(value, file, target.id)
            specs[node.name] = SceneSpec(
                name=node.name,
                file=file,
                steps=tuple(declared.get("STEPS", ())),
                params=declared.get("PARAMS", {}),
                labels=declared.get("LABELS", {}),
                choices={k: tuple(v) for k, v in declared.get("CHOICES", {}).items()},
                bounds={k: tuple(v) for k, v in declared.get("BOUNDS", {}).items()},
                doc=ast.get_docstring(node) or "",
                sources=_closure(file, scenes_dir),
            )
    return specs
