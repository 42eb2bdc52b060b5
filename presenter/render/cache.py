"""RenderCache: finished renders by render key, written atomically.

Layout under the cache root::

    <quality>/<Scene>-<digest>/manifest.json + <step>.mp4   finished renders
    .staging/<pid>-<random>/                                 renders in progress
    last-good/<deck>--<slide>.json                          last finished render per slide

A render is built in .staging and renamed into place with its manifest, so a
crash or kill never leaves a half-written folder where a player looks, and the
previous good render of a slide stays where it was.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path

from presenter.render.key import RenderKey
from presenter.render.manifest import Manifest


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class RenderCache:
    """The render cache rooted at a folder (created on first write)."""

    def __init__(self, root: Path):
        self.root = Path(root)

    def folder(self, key: RenderKey) -> Path:
        return self.root / key.quality / key.folder_name

    def find(self, key: RenderKey) -> Manifest | None:
        """The finished render for this exact key, if any."""
        manifest = Manifest.read(self.folder(key))
        return manifest if manifest is not None and manifest.key == key.digest else None

    def staging(self) -> Path:
        """A fresh private folder to render into."""
        parent = self.root / ".staging"
        parent.mkdir(parents=True, exist_ok=True)
        return Path(tempfile.mkdtemp(prefix=f"{os.getpid()}-", dir=parent))

    def commit(self, staging: Path, manifest: Manifest, key: RenderKey) -> Manifest:
        """Write the manifest last, then rename the staging folder into place."""
        manifest.write()
        final = self.folder(key)
        final.parent.mkdir(parents=True, exist_ok=True)
        if final.exists() and self.find(key) is None:  # a damaged render of this key: replace it
            self.discard(key)
        try:
            staging.rename(final)
        except OSError:  # another process finished the same key first
            shutil.rmtree(staging, ignore_errors=True)
            existing = self.find(key)
            if existing is None:
                raise
            return existing
        return Manifest.read(final) or manifest

    def discard(self, key: RenderKey) -> None:
        """Remove a render (e.g. one whose video is damaged) so it is made again.

        It is first renamed out of the way, so a player never sees it half deleted.
        """
        folder = self.folder(key)
        if folder.exists():
            doomed = self.staging()
            folder.rename(doomed / "discarded")
            shutil.rmtree(doomed, ignore_errors=True)

    def remove_abandoned_staging(self) -> int:
        """Delete staging folders whose rendering process is gone (killed or crashed)."""
        removed = 0
        for folder in (self.root / ".staging").glob("*-*"):
            pid = folder.name.split("-", 1)[0]
            if pid.isdigit() and not _pid_alive(int(pid)):
                shutil.rmtree(folder, ignore_errors=True)
                removed += 1
        return removed

    def _pointer(self, deck: str, slide: str) -> Path:
        return self.root / "last-good" / f"{deck}--{slide}.json"

    def remember(self, deck: str, slide: str, key: RenderKey) -> None:
        """Record this render as the slide's last good one at its quality."""
        pointer = self._pointer(deck, slide)
        try:
            data = json.loads(pointer.read_text())
        except (OSError, ValueError):
            data = {}
        folder = f"{key.quality}/{key.folder_name}"
        if data.get(key.quality) == folder:
            return  # already so: presenting or exporting from a complete cache writes nothing
        data[key.quality] = folder
        temporary = pointer.with_suffix(f".{os.getpid()}.tmp")
        try:
            pointer.parent.mkdir(parents=True, exist_ok=True)
            temporary.write_text(json.dumps(data))
            temporary.replace(pointer)
        except OSError:  # a read-only or full cache: the pointer is only a fallback for later edits
            temporary.unlink(missing_ok=True)

    def last_good(self, deck: str, slide: str, quality: str) -> Manifest | None:
        """The slide's most recent finished render at a quality, even if now out of date."""
        try:
            relative = json.loads(self._pointer(deck, slide).read_text())[quality]
        except (OSError, ValueError, KeyError):
            return None
        return Manifest.read(self.root / relative)
