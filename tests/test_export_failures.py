"""A failed, stopped or cancelled export leaves nothing behind, for every export kind; a damaged
render or a folder that cannot be written gets a plain message (no traceback), exit code 1."""

from __future__ import annotations

import errno
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from fpdf import FPDF

from presenter import cli
from presenter.export import html, slides, stills, timing
from presenter.export.video import Encoder
from tests.export_fakes import builtin, fake_renders

OUT = {
    "waiting-room": "loop.mp4",
    "slides": "slides",
    "html": "web",
    "handout": "handout.pdf",
    "stills": "stills",
    "pack": "opioids.pack",
}


@pytest.fixture(scope="module")
def cache(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("fake-cache")
    for name in ("opioids", "opioids.es"):
        fake_renders(root, builtin(name))
    return root


@pytest.fixture(autouse=True)
def short_timelines(monkeypatch):
    """Short holds and cards: these tests are about what is left behind, not about timing."""
    monkeypatch.setattr(timing, "hold_seconds", lambda step, animation: 0.1)
    monkeypatch.setattr(timing, "end_card_seconds", lambda message: 0.5)
    monkeypatch.setattr(timing, "TITLE_SECONDS", 0.5)


def export(cache: Path, target: str, out: Path, *extra: str) -> int:
    slides_option = [] if target == "pack" else ["--slides", "1"]
    return cli.main(
        [
            "export",
            "opioids",
            "--to",
            target,
            "--out",
            str(out),
            *slides_option,
            "--quality",
            "preview",
            "--cache",
            str(cache),
            *extra,
        ]
    )


def full_disk() -> OSError:
    return OSError(errno.ENOSPC, "No space left on device")


def fail_after(calls: int, error: BaseException):
    """A stand-in that lets the real function run ``calls`` times, then raises ``error``."""

    def wrap(real):
        count = {"n": 0}

        def patched(*args, **kwargs):
            count["n"] += 1
            if count["n"] > calls:
                raise error
            return real(*args, **kwargs)

        return patched

    return wrap


def half_written_pdf(self, name="", *args, **kwargs):
    Path(name).write_bytes(b"%PDF-1.7\n" + b"x" * 5000)
    raise full_disk()


INJECT = {  # export kind -> (object, attribute, stand-in given the real one): fails midway
    "waiting-room": (Encoder, "write", fail_after(3, full_disk())),
    "slides": (slides, "m3u_text", fail_after(0, full_disk())),  # after the videos are written
    "html": (html, "page_html", fail_after(0, full_disk())),  # after videos, posters and fonts
    "handout": (FPDF, "output", lambda real: half_written_pdf),
    "stills": (stills, "contact_sheet", fail_after(0, full_disk())),  # after every still
    "pack": (zipfile.ZipFile, "write", fail_after(2, full_disk())),
}


@pytest.mark.parametrize("target", list(OUT))
def test_a_full_disk_midway_leaves_nothing_behind(cache, tmp_path, capsys, monkeypatch, target):
    owner, name, stand_in = INJECT[target]
    monkeypatch.setattr(owner, name, stand_in(getattr(owner, name)))
    folder = tmp_path / "exports"
    folder.mkdir()
    assert export(cache, target, folder / OUT[target]) == 1
    said = capsys.readouterr()
    assert "No space left on device" in said.err and "Nothing was left behind" in said.err
    assert "Traceback" not in said.err + said.out
    assert list(folder.iterdir()) == []


def test_cancel_midway_leaves_nothing_behind(cache, tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(Encoder, "write", fail_after(5, KeyboardInterrupt())(Encoder.write))
    out = tmp_path / "new-folder" / "loop.mp4"
    assert export(cache, "waiting-room", out) == 130
    assert "Stopped: the export was not finished." in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []  # the folder it had to make is gone too


def test_a_failed_export_keeps_the_previous_good_file(cache, tmp_path, capsys, monkeypatch):
    out = tmp_path / "handout.pdf"
    out.write_bytes(b"the good handout from last week")
    monkeypatch.setattr(FPDF, "output", half_written_pdf)
    assert export(cache, "handout", out) == 1
    assert out.read_bytes() == b"the good handout from last week"
    assert [p.name for p in tmp_path.iterdir()] == ["handout.pdf"]


def test_a_real_full_disk(cache, tmp_path, capsys):
    """A 32 kB tmpfs (where mounting is allowed): the waiting-room loop cannot fit."""
    disk = tmp_path / "small-disk"
    disk.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=32k", "tmpfs", str(disk)], capture_output=True, check=False
    )
    if mounted.returncode != 0:
        pytest.skip("cannot mount a small tmpfs here")
    try:
        assert export(cache, "waiting-room", disk / "loop.mp4") == 1
        said = capsys.readouterr().err
        assert "No space left on device" in said and "Traceback" not in said
        assert list(disk.iterdir()) == []
    finally:
        subprocess.run(["umount", str(disk)], check=True)


def test_a_folder_that_cannot_be_written_gets_a_plain_message(cache, tmp_path, capsys):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder should be")
    assert export(cache, "handout", blocker / "handout.pdf") == 1
    said = capsys.readouterr().err
    assert f"could not write {blocker / 'handout.pdf'}" in said and "writable" in said
    assert "Traceback" not in said


@pytest.mark.parametrize("target", list(OUT))
def test_a_damaged_render_is_named_never_a_traceback(cache, tmp_path, capsys, target):
    damaged_cache = tmp_path / "cache"
    shutil.copytree(cache, damaged_cache)
    manifest = fake_renders(damaged_cache, builtin("opioids"))[0]
    video = manifest.video(manifest.step_ids[-1])
    video.write_bytes(video.read_bytes()[:1500])  # cut short: as after a full disk or a power cut
    folder = tmp_path / "exports"
    folder.mkdir()
    assert export(damaged_cache, target, folder / OUT[target]) == 1
    said = capsys.readouterr()
    assert f"{video}: the video is damaged" in said.err
    assert "Traceback" not in said.err + said.out
    assert list(folder.iterdir()) == []
