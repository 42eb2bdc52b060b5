"""Content packs: a deck, its language editions and their renders in one file (docs/exports.md).

A pack is a ZIP file::

    pack.json                              what is inside, with each file's SHA-256
    decks/NAME.yaml                        the deck files, as written
    renders/QUALITY/SCENE-DIGEST/...       each slide's render (manifest.json + step videos)

Opening a pack checks it completely before anything is used: the format and
version, every member's name (nothing can land outside the folder it is
unpacked into: no absolute paths, no ``..``, no links), its size and its
checksum. It is unpacked into a private folder under the packs folder, its
renders filed under the render keys this presenter computes for its slides,
so the player finds them and renders nothing. Qt-free, Manim-free.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import stat
import tempfile
import zipfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from presenter.deck.model import Deck
from presenter.paths import PACK_SUFFIX  # noqa: F401 (defined with the folders; imported from here too)
from presenter.render.manifest import MANIFEST_NAME, Manifest

PACK_FORMAT = "brain-explainer-pack"
PACK_VERSION = 1
INDEX = "pack.json"
MAX_UNPACKED_BYTES = 16 * 1024**3  # far above any deck; refuses a "zip bomb"
_NAME_PART = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
_TOP_FOLDERS = ("decks", "renders")
_CHUNK = 1 << 20

Progress = Callable[[int, int], None]  # (bytes done, bytes in all)


class PackError(Exception):
    """A pack that cannot be used; the message says why and what to do, in plain words."""


@dataclass(frozen=True)
class OpenedPack:
    """An unpacked pack: its deck files by language, and the render cache that serves them."""

    source: Path
    folder: Path
    family: str
    quality: str
    decks: Mapping[str, Path]

    @property
    def cache_root(self) -> Path:
        return self.folder / "cache"

    def deck(self, language: str | None = None) -> Path:
        """The edition in ``language`` (else the first one in the pack)."""
        if language is None:
            return next(iter(self.decks.values()))
        if language not in self.decks:
            raise PackError(f"{self.source.name} has no edition in '{language}'. It has: {', '.join(self.decks)}.")
        return self.decks[language]


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as file:
        while chunk := file.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def safe_member(name: str) -> bool:
    """A member name that stays inside the unpack folder: relative, plain parts, a known top folder."""
    if "\\" in name or ":" in name or name.startswith("/"):
        return False
    parts = PurePosixPath(name).parts
    return len(parts) >= 2 and parts[0] in _TOP_FOLDERS and all(_NAME_PART.match(part) for part in parts)


# --- writing -------------------------------------------------------------------------------
def write_pack(
    editions: Sequence[tuple[Deck, Sequence[Manifest]]], out: Path, quality: str, progress: Progress | None = None
) -> int:
    """Write the editions (each deck with a manifest per slide) into the pack file ``out``.

    Every video is checked first (a damaged render raises ``DamagedVideo``). Returns the
    number of files packed.
    """
    with tempfile.TemporaryDirectory(prefix="pack-decks-") as scratch:
        return _write_pack(editions, out, quality, progress, Path(scratch))


def deck_as_rendered(deck: Deck, folder: Path) -> Path:
    """The deck file with the clinic details its renders were drawn with written into its ``clinic:``.

    Where the deck sets none they come from this computer's Clinic details; written into
    the pack's copy, every computer that opens the pack shows the same numbers in the
    words as in the pictures (and files the renders under the same keys).
    """
    from presenter.deck.document import DeckDocument, plain

    document = DeckDocument.open(deck.path)
    if plain(document.get("clinic")) == dict(deck.clinic):
        return deck.path
    document.set("clinic", dict(deck.clinic))
    target = folder / deck.path.name
    target.write_text(document.text(), encoding="utf-8")
    return target


def _write_pack(
    editions: Sequence[tuple[Deck, Sequence[Manifest]]],
    out: Path,
    quality: str,
    progress: Progress | None,
    scratch: Path,
) -> int:
    from presenter.export.frames import check_readable

    members: dict[str, Path] = {}
    index: dict[str, Any] = {
        "format": PACK_FORMAT,
        "version": PACK_VERSION,
        "quality": quality,
        "family": "",
        "editions": [],
        "files": {},
    }
    for deck, manifests in editions:
        from presenter.playlist import deck_family

        index["family"] = index["family"] or deck_family(deck.path)
        deck_member = f"decks/{deck.path.name}"
        members[deck_member] = deck_as_rendered(deck, scratch)
        slides = []
        for slide, manifest in zip(deck.slides, manifests, strict=True):
            render = f"renders/{manifest.quality}/{manifest.folder.name}"
            members[f"{render}/{MANIFEST_NAME}"] = manifest.folder / MANIFEST_NAME
            for step in manifest.steps:
                video = manifest.folder / step.file
                check_readable(video)
                members[f"{render}/{step.file}"] = video
            slides.append({"id": slide.id, "scene": slide.scene, "render": render})
        index["editions"].append(
            {"language": deck.language, "title": deck.title, "deck": deck_member, "slides": slides}
        )
    total = sum(path.stat().st_size for path in members.values())
    done = 0
    with zipfile.ZipFile(out, "w") as archive:
        for name, path in members.items():
            if not safe_member(name):
                raise PackError(
                    f"{path} has a name a pack cannot hold; rename it with letters, "
                    "digits, dots, dashes and underscores only."
                )
            index["files"][name] = {"sha256": _sha256(path), "size": path.stat().st_size}
            compression = zipfile.ZIP_STORED if path.suffix == ".mp4" else zipfile.ZIP_DEFLATED
            archive.write(path, name, compress_type=compression)
            done += path.stat().st_size
            if progress:
                progress(done, total)
        archive.writestr(INDEX, json.dumps(index, indent=2, ensure_ascii=False), compress_type=zipfile.ZIP_DEFLATED)
    return len(members)


# --- opening -------------------------------------------------------------------------------
def _damaged(pack: Path) -> PackError:
    return PackError(
        f"{pack.name} is damaged or incomplete (it may have been cut short while it "
        "was copied or downloaded). Copy it again from where it was made."
    )


def _tampered(pack: Path, name: str) -> PackError:
    return PackError(
        f"{pack.name} has been changed since it was made ({name} does not match its "
        "checksum), so it was not opened. Ask for a fresh copy of the pack."
    )


def read_index(archive: zipfile.ZipFile, pack: Path) -> dict[str, Any]:
    """pack.json, checked: format, version, and a safe, listed, checksummed file for every member."""
    try:
        index = json.loads(archive.read(INDEX))
    except KeyError:
        raise PackError(f"{pack.name} is not a Brain Explainer pack (it has no {INDEX}).") from None
    except (ValueError, zipfile.BadZipFile, OSError, EOFError) as error:
        raise _damaged(pack) from error
    if not isinstance(index, dict) or index.get("format") != PACK_FORMAT:
        raise PackError(f"{pack.name} is not a Brain Explainer pack.")
    version = index.get("version")
    if version != PACK_VERSION:
        newer = isinstance(version, int) and version > PACK_VERSION
        raise PackError(
            f"{pack.name} is a version {version} pack; this presenter reads version "
            f"{PACK_VERSION}. "
            + ("Update the presenter to open it." if newer else "Make the pack again with this presenter.")
        )
    files = index.get("files")
    if not isinstance(files, dict) or not isinstance(index.get("editions"), list) or not index["editions"]:
        raise _tampered(pack, INDEX)
    members = {info.filename: info for info in archive.infolist()}
    for name, info in members.items():
        if name == INDEX:
            continue
        is_link = stat.S_ISLNK(info.external_attr >> 16)
        if not safe_member(name) or is_link or info.is_dir():
            raise PackError(
                f"{pack.name} holds a file named {name!r} that would be written outside "
                "its folder, so it was not opened. Ask for a fresh copy of the pack."
            )
        if name not in files:
            raise _tampered(pack, name)
    for name, entry in files.items():
        if name not in members or not isinstance(entry, dict) or entry.get("size") != members[name].file_size:
            raise _tampered(pack, name)
    if sum(info.file_size for info in members.values()) > MAX_UNPACKED_BYTES:
        raise PackError(f"{pack.name} is too large to be a deck's pack, so it was not opened.")
    return index


def _extract(archive: zipfile.ZipFile, pack: Path, files: Mapping[str, Any], into: Path) -> None:
    """Unpack every listed member into ``into``, checking each file's checksum as it is written."""
    for name, entry in files.items():
        target = into.joinpath(*PurePosixPath(name).parts)
        if into.resolve() not in target.resolve().parents:
            raise _tampered(pack, name)
        target.parent.mkdir(parents=True, exist_ok=True)
        digest = hashlib.sha256()
        with archive.open(name) as source, target.open("wb") as sink:
            while chunk := source.read(_CHUNK):
                digest.update(chunk)
                sink.write(chunk)
        if digest.hexdigest() != entry.get("sha256"):
            raise _tampered(pack, name)


def _file_renders(index: Mapping[str, Any], unpacked: Path, pack: Path, catalog: Mapping[str, Any]) -> dict[str, Path]:
    """Load each edition and file its slides' renders under this presenter's render keys."""
    from presenter.deck.check import load_deck
    from presenter.deck.problems import DeckError
    from presenter.render.key import render_key

    decks: dict[str, Path] = {}
    cache = unpacked / "cache"
    for edition in index["editions"]:
        deck_name = edition.get("deck") if isinstance(edition, dict) else None
        if not isinstance(deck_name, str) or deck_name not in index["files"]:
            raise _tampered(pack, INDEX)
        deck_path = unpacked.joinpath(*PurePosixPath(deck_name).parts)
        try:
            deck = load_deck(deck_path, catalog)
        except DeckError as error:
            first = error.problems[0]
            raise PackError(
                f"{pack.name}: the deck {deck_path.name} cannot be shown by this presenter "
                f"(line {first.line}, {first.field}: {first.message}). Update the "
                "presenter, or make the pack again."
            ) from None
        renders = {s.get("id"): s.get("render") for s in edition.get("slides", []) if isinstance(s, dict)}
        for slide in deck.slides:
            render = renders.get(slide.id)
            if not isinstance(render, str) or f"{render}/{MANIFEST_NAME}" not in index["files"]:
                raise _tampered(pack, INDEX)
            source = unpacked.joinpath(*PurePosixPath(render).parts)
            manifest = Manifest.read(source)
            if manifest is None or set(manifest.step_ids) != {step.id for step in slide.steps}:
                raise _tampered(pack, f"{render}/{MANIFEST_NAME}")
            key = render_key(slide, catalog[slide.scene], manifest.quality)
            folder = cache / key.quality / key.folder_name
            if not folder.exists():
                folder.parent.mkdir(parents=True, exist_ok=True)
                shutil.copytree(source, folder)
                Manifest(manifest.scene, manifest.quality, key.digest, manifest.steps, folder).write()
        decks.setdefault(deck.language, deck_path)
    shutil.rmtree(unpacked / "renders", ignore_errors=True)
    return decks


def _local_fingerprint() -> str:
    """What this presenter's render keys depend on besides the deck (scenes, Manim's version)."""
    from presenter.paths import SCENES_DIR
    from presenter.render.key import manim_version

    digest = hashlib.sha256(manim_version().encode())
    for file in sorted(SCENES_DIR.rglob("*.py")):
        digest.update(file.read_bytes())
    return digest.hexdigest()


def open_pack(pack: Path, packs_root: Path, catalog: Mapping[str, Any] | None = None) -> OpenedPack:
    """Check and unpack ``pack`` under ``packs_root`` (once: opening it again reuses the folder)."""
    from presenter.catalog import load_catalog

    catalog = load_catalog() if catalog is None else catalog
    pack = Path(pack)
    try:
        archive = zipfile.ZipFile(pack)
    except FileNotFoundError:
        raise PackError(f"{pack} was not found. Check the file's name and folder.") from None
    except (zipfile.BadZipFile, OSError, EOFError) as error:
        raise _damaged(pack) from error
    with archive:
        index = read_index(archive, pack)
        identity = hashlib.sha256((json.dumps(index, sort_keys=True) + _local_fingerprint()).encode()).hexdigest()[:20]
        folder = Path(packs_root) / identity
        ready = folder / "ready.json"
        if not ready.is_file():
            partial = Path(packs_root) / f".{identity}.partial"
            shutil.rmtree(partial, ignore_errors=True)
            try:
                partial.mkdir(parents=True)
                _extract(archive, pack, index["files"], partial)
                decks = _file_renders(index, partial, pack, catalog)
                (partial / "ready.json").write_text(
                    json.dumps({language: str(path.relative_to(partial)) for language, path in decks.items()})
                )
                shutil.rmtree(folder, ignore_errors=True)
                partial.rename(folder)
            except (zipfile.BadZipFile, EOFError) as error:
                shutil.rmtree(partial, ignore_errors=True)
                raise _damaged(pack) from error
            except BaseException:
                shutil.rmtree(partial, ignore_errors=True)
                raise
    try:
        found = json.loads(ready.read_text())
        decks = {language: folder / relative for language, relative in found.items()}
    except (OSError, ValueError) as error:
        raise _damaged(pack) from error
    return OpenedPack(pack, folder, str(index.get("family", "")), str(index.get("quality", "hd")), decks)
