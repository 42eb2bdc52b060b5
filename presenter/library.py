"""The deck library: the built-in decks (read-only), the clinic's own decks folder and its content packs.

Both kinds of deck are found by name alike, case-insensitively (``Opioids`` is
``opioids``). A built-in deck is changed through a copy in the clinic's folder
("Make my copy"); updating the app replaces only the built-in decks, never that folder.

Content packs added to the library are kept as the pack files themselves, one
per deck (``opioids.pack``), in a ``Packs`` folder inside the clinic's decks
folder. Why there: it is the folder the clinic already finds, backs up and
copies to another laptop, and it outlives updates of the app and clean-ups of
the render cache. Why the pack file and not its unpacked decks: a pack is
untrusted and is checked completely each time it is unpacked
(presenter/export/pack.py); it cannot be edited by mistake (an edited deck
would need renders a player cannot make); and its unpacked renders, in the
render cache's ``packs`` folder, can always be unpacked again from it (after
an update of the app, or on another computer).
Qt-free: the CLI and the app share it.
"""

from __future__ import annotations

import copy
import difflib
import os
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

from presenter import paths
from presenter.paths import PACK_SUFFIX
from presenter.catalog import load_catalog
from presenter.deck.document import DeckDocument, plain
from presenter.deck.load import LANGUAGE_PATTERN
from presenter.deck.model import FORMAT_VERSION
from presenter.deck.translate import MARK, is_untranslated, patient_fields
from presenter.playlist import deck_family, deck_language, editions

COPY_SUFFIX = "my"  # opioids.yaml -> opioids-my.yaml (then opioids-my-2.yaml ...)
PACKS_FOLDER = "Packs"  # in the clinic's decks folder: the content packs in the library


@dataclass(frozen=True)
class DeckEntry:
    """One deck file in the library."""

    path: Path
    builtin: bool

    @property
    def name(self) -> str:
        """What `presenter check NAME` takes: the file name without .yaml."""
        return self.path.stem


class UnknownDeck(LookupError):
    """A deck name that matches no deck; its message is one plain line for the user."""


class DeckLibrary:
    """The built-in decks and the clinic's decks folder, listed and searched together."""

    def __init__(self, own_dir: Path | None = None, builtin_dir: Path = paths.DECKS_DIR):
        self.builtin_dir = Path(builtin_dir)
        self.own_dir = Path(own_dir) if own_dir is not None else paths.decks_dir(_chosen_folder())

    def decks(self) -> list[DeckEntry]:
        """Built-in decks first, then the clinic's, each by file name."""
        return [DeckEntry(p, True) for p in _yaml_files(self.builtin_dir)] + [
            DeckEntry(p, False) for p in _yaml_files(self.own_dir)
        ]

    @property
    def packs_dir(self) -> Path:
        return self.own_dir / PACKS_FOLDER

    def packs(self) -> list[Path]:
        """The content packs in the library, by file name."""
        try:
            found = self.packs_dir.glob(f"*{PACK_SUFFIX}")
            return sorted(p for p in found if p.is_file() and not p.name.startswith("."))
        except OSError:
            return []

    def pack_place(self, deck: Path) -> Path:
        """Where the library keeps the pack of ``deck`` (an opened pack's deck file): one file per
        deck family, named after it (``opioids.pack``).

        A pack's deck file names pass the pack's checks (letters, digits, dots, dashes,
        underscores), so the name stays in the packs folder.
        """
        return self.packs_dir / f"{deck_family(Path(deck))}{PACK_SUFFIX}"

    def holds_pack(self, path: Path) -> bool:
        """True for a pack file kept in the library."""
        try:
            return Path(path).resolve().parent == self.packs_dir.resolve()
        except OSError:
            return False

    def add_pack(self, source: Path, deck: Path) -> Path:
        """Keep a checked pack file (opened: ``deck`` is one of its deck files) in the library,
        over the one of the same deck if there is one.

        The copy is written beside its place and renamed into it, so a full disk
        never leaves half a pack in the library. Returns where it is kept.
        """
        target = self.pack_place(deck)
        if Path(source).resolve() == target.resolve():
            return target
        self.packs_dir.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(f".{target.name}.partial")
        try:
            shutil.copyfile(source, partial)
            os.replace(partial, target)
        finally:
            partial.unlink(missing_ok=True)
        return target

    def remove_pack(self, pack: Path, unpacked: Path | None = None) -> None:
        """Take a pack out of the library: its file, and the folder it was unpacked into."""
        if not self.holds_pack(pack):
            raise ValueError(f"{pack} is not a pack in the library.")
        Path(pack).unlink(missing_ok=True)
        if unpacked is not None:
            shutil.rmtree(unpacked, ignore_errors=True)

    def is_builtin(self, path: Path) -> bool:
        """True for a file inside the built-in decks folder (read-only in the app)."""
        try:
            return Path(path).resolve().parent == self.builtin_dir.resolve()
        except OSError:
            return False

    def find(self, name_or_path: str) -> Path:
        """A deck file: a path as given, else the deck with that name (the clinic's first).

        Raises UnknownDeck with "did you mean ...?" and the list of decks.
        """
        path = Path(name_or_path)
        if path.suffix in {".yaml", ".yml"} or path.exists():
            if not path.is_file():
                raise UnknownDeck(
                    f"There is no deck file {str(path)!r}. Check the path, or name a deck: {', '.join(self.names())}."
                )
            return path
        wanted = name_or_path.strip().lower()
        for entry in sorted(self.decks(), key=lambda e: e.builtin):  # the clinic's own first
            if entry.name.lower() == wanted:
                return entry.path
        names = self.names()
        close = difflib.get_close_matches(wanted, [n.lower() for n in names], n=1, cutoff=0.6)
        guess = next((n for n in names if close and n.lower() == close[0]), None)
        hint = f" Did you mean {guess!r}?" if guess else ""
        raise UnknownDeck(f"There is no deck called {name_or_path!r}.{hint} The decks are: {', '.join(names)}.")

    def names(self) -> list[str]:
        """Every deck's name, alphabetically (opioids before opioids.es)."""
        return sorted({entry.name for entry in self.decks()}, key=lambda name: name.split("."))

    def editions_of(self, path: Path) -> list[Path]:
        """Every language edition of the deck's family in the same folder, the deck's own first."""
        family = deck_family(path)
        found = editions(_yaml_files(Path(path).parent)).get(family, {})
        return sorted(found.values(), key=lambda p: p != Path(path))

    def make_copy(self, path: Path, with_editions: bool = True) -> Path:
        """Copy a deck (and its language editions) into the clinic's folder, byte for byte.

        The copy gets a free name (``opioids-my``, ``opioids-my-2``) so nothing is
        ever overwritten; editions keep their language (``opioids-my.es.yaml``).
        Returns the copy of ``path``.
        """
        path = Path(path)
        sources = self.editions_of(path) if with_editions else [path]
        self.own_dir.mkdir(parents=True, exist_ok=True)
        family = _free_family(
            self.own_dir,
            f"{deck_family(path)}-{COPY_SUFFIX}",
            [deck_language(s) if s.stem != deck_family(s) else None for s in sources],
        )
        copies = []
        for source in sources:
            named = source.stem != deck_family(source)
            target = self.own_dir / (f"{family}.{deck_language(source)}.yaml" if named else f"{family}.yaml")
            shutil.copyfile(source, target)
            copies.append(target)
        return copies[0]

    def new_edition(self, path: Path, language: str) -> Path:
        """A new language edition of a deck in the clinic's folder: ``NAME.<language>.yaml``.

        Same slides, step ids, params and references; ``language:`` set; every
        patient-facing text marked ``[translate] `` (see presenter.deck.translate),
        including the scenes' default words for labels the deck did not set.
        Raises FileExistsError rather than write over a file, ValueError for a bad code.
        """
        base, dash, region = language.strip().partition("-")
        language = base.lower() + dash + (region.upper() if len(region) == 2 else region.title())
        if not LANGUAGE_PATTERN.match(language):  # what the loader accepts: es, pt-BR
            raise ValueError(f"{language!r} is not a language code such as es or fr.")
        document = DeckDocument.open(Path(path))
        target = self.own_dir / f"{deck_family(Path(path))}.{language}.yaml"
        document.path = target
        document.set("language", language)
        catalog = load_catalog()
        for index, slide in enumerate(document.slides):  # the picture's words the deck leaves to the scene
            spec = catalog.get(str(slide.get("scene")))
            for name, default in spec.labels.items() if spec else ():
                if document.get(f"slides[{index}].labels.{name}") is None and str(default).strip():
                    document.set(f"slides[{index}].labels.{name}", str(default))
        for field in list(patient_fields(plain(document.data))):
            text = document.get(field)
            if isinstance(text, str) and text.strip() and not is_untranslated(text):
                document.set(field, MARK + text.strip())
        self.own_dir.mkdir(parents=True, exist_ok=True)
        with open(target, "x", encoding="utf-8") as file:  # never over an existing file
            file.write(document.text())
        return target

    def assemble(self, title: str, picks: list[tuple[Path, int]]) -> Path:
        """A new deck in the clinic's folder from slides of existing decks, in the order given.

        Each slide brings the citations it cites and the glossary terms its words use;
        the clinic's details (phone numbers) come from the first deck that has them.
        The language and reading level are the first source deck's.
        """
        if not picks:
            raise ValueError("no slides chosen.")
        sources: dict[Path, DeckDocument] = {}
        for source_path, _index in picks:
            if source_path not in sources:
                sources[source_path] = DeckDocument.open(source_path)
        first = sources[picks[0][0]]
        slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-") or "new-deck"
        self.own_dir.mkdir(parents=True, exist_ok=True)
        target = self.own_dir / f"{_free_family(self.own_dir, slug, [None])}.yaml"
        document = DeckDocument(target, f"schema: {FORMAT_VERSION}\n")
        document.set("title", title.strip() or slug)
        document.set("language", str(first.get("language") or "en"))
        if first.get("reading_level") is not None:
            document.set("reading_level", plain(first.get("reading_level")))
        ids: set[str] = set()
        for number, (source_path, index) in enumerate(picks):
            source = sources[source_path]
            slide = source.slide_copy(index)
            base = str(slide.get("id") or "slide")
            slide_id, count = base, 2
            while slide_id in ids:
                slide_id, count = f"{base}-{count}", count + 1
            ids.add(slide_id)
            slide["id"] = slide_id
            document.insert_slide(number, slide)
            for key in slide.get("references") or []:
                citation = source.get(f"references.{key}")
                if citation is not None and document.get(f"references.{key}") is None:
                    document.set(f"references.{key}", str(citation))
            if source.get("clinic") is not None and document.get("clinic") is None:  # its phone numbers
                document.set("clinic", copy.deepcopy(source.get("clinic")))
            words = str(plain(slide)).lower()
            for term, definition in (source.get("glossary") or {}).items():
                if str(term).lower() in words and document.get(f"glossary.{term}") is None:
                    document.set(f"glossary.{term}", str(definition))
        with open(target, "x", encoding="utf-8") as file:
            file.write(document.text())
        return target


def _free_family(folder: Path, base: str, languages: list[str | None]) -> str:
    """The first of base, base-2, base-3 ... under which none of the editions' files exist."""
    number = 1
    while True:
        family = base if number == 1 else f"{base}-{number}"
        names = [f"{family}.{lang}.yaml" if lang else f"{family}.yaml" for lang in languages]
        if not any((folder / name).exists() for name in names):
            return family
        number += 1


def _yaml_files(folder: Path) -> list[Path]:
    try:
        return sorted(p for p in folder.glob("*.yaml") if p.is_file() and not p.name.startswith("."))
    except OSError:
        return []


def _chosen_folder() -> str | None:
    from presenter.settings import load_settings

    return load_settings().decks_folder
