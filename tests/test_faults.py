"""Faults injected: stopping a render (Ctrl+C, SIGTERM), a damaged cached video, a read-only cache.

(A full disk during an export is tests/test_export*.py's.)
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from presenter.catalog import load_catalog
from presenter.deck.check import load_deck
from presenter.render.cache import RenderCache
from presenter.render.manifest import DamagedVideo, Manifest
from presenter.render.runner import Renderer, plan

FIXTURE_SCENES = Path(__file__).parent / "fixtures" / "scenes"
TINY = """\
schema: 1
title: Tiny
language: en
slides:
  - id: first
    title: First
    scene: Tiny
    steps:
      - {id: appear, narration: A square appears.}
      - {id: move, narration: It moves.}
"""


def tree(root: Path) -> dict[str, tuple[int, int]]:
    """Every file and folder under root with its size and modification time: what a write would change."""
    found = {}
    for folder, _, files in os.walk(root):
        for name in [".", *files]:
            stat = os.stat(os.path.join(folder, name))
            found[os.path.relpath(os.path.join(folder, name), root)] = (stat.st_size, stat.st_mtime_ns)
    return found


def group_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    return True


@pytest.mark.render
@pytest.mark.parametrize("how", ["ctrl-c", "sigterm"])
def test_stopping_presenter_render_kills_workers_within_2_s_and_leaves_no_staging(tmp_path, how):
    """Ctrl+C: SIGINT to the whole process group, as a terminal sends it; SIGTERM: to the command only."""
    cache = tmp_path / "cache"
    process = subprocess.Popen(
        [sys.executable, "-m", "presenter", "render", "opioids", "--cache", str(cache), "--jobs", "2"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 60
        while not list(cache.glob(".staging/*/part-*")) and time.monotonic() < deadline:
            time.sleep(0.1)  # the workers are drawing
        assert process.poll() is None and list(cache.glob(".staging/*"))
        time.sleep(1.0)
        stopped = time.monotonic()
        if how == "ctrl-c":
            os.killpg(process.pid, signal.SIGINT)
        else:
            process.send_signal(signal.SIGTERM)
        process.wait(timeout=15)
        seconds = time.monotonic() - stopped
        time.sleep(0.2)
        assert not group_alive(process.pid), "a render worker is still running"
    finally:
        if group_alive(process.pid):
            os.killpg(process.pid, signal.SIGKILL)
        _, err = process.communicate()
    assert process.returncode != 0 and "Traceback" not in err, err
    assert "Stopped. Finished renders are kept." in err
    assert seconds < 2.0, f"took {seconds:.2f} s"
    assert list((cache / ".staging").iterdir()) == []
    assert not [p for p in cache.rglob("*") if p.suffix in {".partial", ".tmp"}]


@pytest.fixture
def tiny_cache(tmp_path):
    catalog = load_catalog(FIXTURE_SCENES)
    (tmp_path / "tiny.yaml").write_text(TINY)
    deck = load_deck(tmp_path / "tiny.yaml", catalog)
    cache = RenderCache(tmp_path / "cache")
    (result,) = Renderer(cache).run(plan([deck], catalog, "preview")).results
    assert result.status == "rendered"
    return cache, plan([deck], catalog, "preview"), result.manifest


@pytest.mark.render
def test_a_truncated_or_missing_step_video_is_noticed_and_rendered_again(tiny_cache):
    cache, work, manifest = tiny_cache
    video = manifest.video("move")
    good_size = video.stat().st_size
    with open(video, "r+b") as file:  # a full disk, a bad copy
        file.truncate(good_size // 3)
    assert Manifest.read(manifest.folder) is None and manifest.damaged() == [video]
    (again,) = Renderer(cache).run(work).results
    assert again.status == "rendered" and again.manifest.video("move").stat().st_size == good_size

    again.manifest.video("appear").unlink()
    (third,) = Renderer(cache).run(work).results
    assert third.status == "rendered" and third.manifest.damaged() == []
    assert list((cache.root / ".staging").iterdir()) == []


def test_damaged_video_says_which_file_and_what_to_do(tmp_path):
    message = str(DamagedVideo(tmp_path / "move.mp4", "it ends early"))
    assert message == (
        f"{tmp_path / 'move.mp4'}: the video is damaged (it ends early). "
        "Run 'presenter render' to make it again, then try once more."
    )


@pytest.mark.render
def test_a_no_op_render_writes_nothing_even_to_a_cache_that_refuses_writes(tiny_cache, monkeypatch):
    cache, work, _ = tiny_cache
    before = tree(cache.root)

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Read-only file system")

    for name in ("write_text", "write_bytes", "mkdir", "touch", "rename", "replace", "unlink"):
        monkeypatch.setattr(Path, name, refuse)
    monkeypatch.setattr(shutil, "rmtree", refuse)
    summary = Renderer(cache).run(work)
    assert [r.status for r in summary.results] == ["reused"]
    monkeypatch.undo()
    assert tree(cache.root) == before


def test_a_last_good_pointer_that_cannot_be_written_is_not_an_error(tmp_path, monkeypatch):
    from presenter.render.key import RenderKey

    cache = RenderCache(tmp_path / "cache")
    monkeypatch.setattr(Path, "write_text", lambda *a, **k: (_ for _ in ()).throw(OSError(28, "No space left")))
    cache.remember("deck", "slide", RenderKey("Tiny", "preview", "0" * 64, "{}"))
    assert not list(cache.root.rglob("*.tmp"))


@pytest.mark.parametrize(
    "content, reason", [(None, "the file is missing"), (b"\x00\x00\x00\x18ftypmp42" + bytes(500), "cannot be decoded")]
)
def test_one_decoder_for_app_and_exports_names_a_damaged_video(tmp_path, content, reason, qapp):
    from presenter.app.frames import still
    from presenter.export.frames import last_frame

    video = tmp_path / "move.mp4"
    if content is not None:
        video.write_bytes(content)
    for decode in (last_frame, still, lambda path: still(path, "first")):
        with pytest.raises(DamagedVideo) as caught:
            decode(video)
        assert caught.value.file == video and reason in str(caught.value)
        assert str(caught.value).startswith(f"{video}: the video is damaged (")
