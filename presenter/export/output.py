"""Every export is written into a hidden staging folder and moved into place at the end.

A failed, stopped or cancelled export (full disk, Ctrl+C, Cancel, a damaged
video) removes the staging folder, and any folder it had to create, so it
leaves nothing behind; a finished one replaces the previous files of the same
names only once everything is written.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

PARTIAL = ".partial"


def staging_folder(out: Path) -> Path:
    """Where an export to ``out`` is written first: ``.NAME.partial`` beside it."""
    return out.parent / f".{out.name}{PARTIAL}"


def _first_missing(folder: Path) -> Path | None:
    """The outermost folder of ``folder``'s path that does not exist yet."""
    missing = None
    for candidate in [folder, *folder.parents]:
        if candidate.exists():
            break
        missing = candidate
    return missing


@contextmanager
def staged(out: Path, single_file: bool) -> Iterator[Path]:
    """Yield where to write: the file's staged path, or the staged folder.

    On success, what was written is moved to ``out`` (a file, and any files
    beside it such as captions) or into the folder ``out``.
    """
    out = out.absolute()
    created = _first_missing(out.parent)
    staging = staging_folder(out)
    try:
        shutil.rmtree(staging, ignore_errors=True)  # left by a machine that lost power
        staging.mkdir(parents=True)
        yield staging / out.name if single_file else staging
        _publish(staging, out.parent if single_file else out)
    except BaseException:
        shutil.rmtree(created or staging, ignore_errors=True)
        raise


def _publish(staging: Path, destination: Path) -> None:
    if not destination.exists():
        staging.rename(destination)
        return
    for entry in sorted(staging.iterdir()):
        target = destination / entry.name
        if target.is_dir() and not target.is_symlink():
            shutil.rmtree(target)
        entry.replace(target)
    staging.rmdir()
