"""Manifest: the only link between a render and its players (written last)."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path

MANIFEST_NAME = "manifest.json"


@dataclass(frozen=True)
class StepVideo:
    """One step's video: its file (relative to the render folder) and shape."""

    step: str
    file: str
    duration: float
    frames: int
    width: int
    height: int
    fps: float
    size: int | None = None  # bytes; a file of another size is damaged (truncated, badly copied)


class DamagedVideo(Exception):
    """A cached step video that is missing or cannot be decoded.

    Exports, stills, the show and packs catch it and tell the user which file
    and what to do; ``str()`` is that plain message.
    """

    def __init__(self, file: Path, reason: str = "it cannot be read"):
        self.file, self.reason = Path(file), reason
        super().__init__(
            f"{file}: the video is damaged ({reason}). Run 'presenter render' to make it again, then try once more."
        )


@dataclass(frozen=True)
class Manifest:
    """A finished render of one slide at one quality."""

    scene: str
    quality: str
    key: str
    steps: tuple[StepVideo, ...]
    folder: Path

    def video(self, step_id: str) -> Path:
        for step in self.steps:
            if step.step == step_id:
                return self.folder / step.file
        raise KeyError(step_id)

    @property
    def step_ids(self) -> tuple[str, ...]:
        return tuple(s.step for s in self.steps)

    def write(self) -> None:
        data = {"scene": self.scene, "quality": self.quality, "key": self.key, "steps": [asdict(s) for s in self.steps]}
        temporary = self.folder / (MANIFEST_NAME + ".tmp")
        temporary.write_text(json.dumps(data, indent=2))
        temporary.replace(self.folder / MANIFEST_NAME)

    @classmethod
    def read(cls, folder: Path) -> Manifest | None:
        """The manifest in a folder, or None when missing, corrupt or incomplete."""
        try:
            data = json.loads((folder / MANIFEST_NAME).read_text())
            steps = tuple(StepVideo(**s) for s in data["steps"])
            manifest = cls(data["scene"], data["quality"], data["key"], steps, folder)
        except (OSError, ValueError, KeyError, TypeError):
            return None
        if manifest.damaged():
            return None
        return manifest

    def damaged(self) -> list[Path]:
        """Step videos that are missing or not the size they were written at (a cheap check: one stat each)."""
        found = []
        for step in self.steps:
            file = self.folder / step.file
            try:
                size = file.stat().st_size
            except OSError:
                found.append(file)
                continue
            if step.size is not None and size != step.size:
                found.append(file)
        return found

    @classmethod
    def from_sections(cls, folder: Path, scene: str, quality: str, key: str) -> Manifest:
        """Build a manifest from the worker's sections.json in a staging folder."""
        sections = json.loads((folder / "sections.json").read_text())
        steps = []
        for s in sections:
            num, _, den = s["avg_frame_rate"].partition("/")
            steps.append(
                StepVideo(
                    step=s["name"],
                    file=s["video"],
                    duration=float(s["duration"]),
                    frames=int(s["nb_frames"]),
                    width=int(s["width"]),
                    height=int(s["height"]),
                    fps=float(num) / float(den or 1),
                    size=(folder / s["video"]).stat().st_size,
                )
            )
        return cls(scene, quality, key, tuple(steps), folder)
