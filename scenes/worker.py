"""Render one scene into a folder: one H.264 video per step.

Run in a subprocess by the presenter (``python -m scenes.worker``), so that
Manim's global config never leaks into the app. Writes ``<step id>.mp4`` for
every step and ``sections.json`` (Manim's section index, renamed to step ids)
into ``--out``, and nothing else. Exits non-zero with one line on stderr when
the scene fails or its sections do not match its steps.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path

QUALITIES = {"preview": (854, 480, 15), "hd": (1920, 1080, 30)}


def load_scene_class(scene_file: Path, scene_name: str) -> type:
    spec = importlib.util.spec_from_file_location(f"scenes.{scene_file.stem}", scene_file)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return getattr(module, scene_name)


def render(
    scene_file: Path,
    scene_name: str,
    quality: str,
    params: dict,
    labels: dict,
    out: Path,
    steps: tuple[str, ...] | None = None,
) -> list[dict]:
    """Render the scene (or just some of its steps); return the section index."""
    from manim import tempconfig

    width, height, fps = QUALITIES[quality]
    base = load_scene_class(scene_file, scene_name)
    scene_class = type(scene_name, (base,), {"deck_params": params, "deck_labels": labels, "deck_only_steps": steps})
    media = Path(tempfile.mkdtemp(prefix="media-", dir=out))
    settings = {
        "media_dir": str(media),
        "pixel_width": width,
        "pixel_height": height,
        "frame_rate": fps,
        "save_sections": True,
        "disable_caching": True,
        "write_to_movie": True,
        "format": "mp4",
        "verbosity": "ERROR",
        "progress_bar": "none",
        "input_file": str(scene_file),
        # Flat-colour animation: x264's veryfast preset at a lower CRF is about
        # a third faster than Manim's default (medium, CRF 23) and as sharp.
        # A keyframe every second (Manim's default is one per animation, up to 250
        # frames apart), so a scrub within a step decodes at most a second of video
        # to land on its frame. Cost measured on FentanylNaloxone at preview: 1.8x
        # the file size (0.5 s keyframes: 2.8x).
        "video_encoder_options": {"crf": "20", "preset": "veryfast", "g": str(fps)},
    }
    with tempconfig(settings):
        scene = scene_class()
        scene.render()
        sections_dir = Path(scene.renderer.file_writer.sections_output_dir)
    index = json.loads((sections_dir / f"{scene_name}.json").read_text())
    names = [s["name"] for s in index]
    expected = list(steps or base.STEPS)
    if names != expected:
        raise RuntimeError(f"{scene_name} made sections {names}, expected steps {expected}")
    for section in index:
        target = out / f"{section['name']}.mp4"
        shutil.move(sections_dir / section["video"], target)
        section["video"] = target.name
    shutil.rmtree(media)
    (out / "sections.json").write_text(json.dumps(index, indent=2))
    return index


def die_with_parent() -> None:
    """On Linux, end this render when the process that started it dies (even by kill -9)."""
    if not sys.platform.startswith("linux"):
        return
    import ctypes
    import os
    import signal

    parent = os.getppid()
    pr_set_pdeathsig = 1
    ctypes.CDLL(None).prctl(pr_set_pdeathsig, signal.SIGTERM)
    if os.getppid() != parent:  # the parent died before prctl
        sys.exit(1)


def main(argv: list[str] | None = None) -> int:
    die_with_parent()
    parser = argparse.ArgumentParser(prog="python -m scenes.worker")
    parser.add_argument("--scene-file", type=Path, required=True)
    parser.add_argument("--scene", required=True)
    parser.add_argument("--quality", choices=sorted(QUALITIES), default="preview")
    parser.add_argument("--params", default="{}", help="JSON object")
    parser.add_argument("--labels", default="{}", help="JSON object")
    parser.add_argument("--steps", default="", help="comma-separated step ids (default: all)")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--nice", type=int, default=0, help="lower this render's CPU priority")
    args = parser.parse_args(argv)
    if args.nice and hasattr(os, "nice"):
        os.nice(args.nice)
    args.out.mkdir(parents=True, exist_ok=True)
    try:
        render(
            args.scene_file,
            args.scene,
            args.quality,
            json.loads(args.params),
            json.loads(args.labels),
            args.out,
            tuple(filter(None, args.steps.split(","))) or None,
        )
    except Exception as error:  # report one line; the parent names the slide
        print(f"{type(error).__name__}: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
