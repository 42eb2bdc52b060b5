"""Signage profiles (--profile): each file checked for what a player reads from it, through PyAV."""

from __future__ import annotations

import av
import numpy as np
import pytest

from presenter import cli
from presenter.export.video import PROFILES, Encoder
from tests.export_fakes import builtin, fake_renders
from tests.test_export_video import avc_profile_and_level, probe, top_level_boxes

SECONDS = 2
EXPECTED = {  # profile: (size, avcC level, audio streams)
    "default": ((1920, 1080), 40, 0),
    "silent-audio": ((1920, 1080), 40, 1),
    "720p": ((1280, 720), 31, 0),
}


def encode(path, profile: str) -> None:
    encoder = Encoder(path, PROFILES[profile])
    picture = np.full((1080 * 3 // 2, 1920), 128, np.uint8)
    for index in range(SECONDS * 30):
        picture[:1080, index * 20 : index * 20 + 40] = 235  # something moves
        encoder.write(av.VideoFrame.from_ndarray(picture, format="yuv420p"))
    encoder.close()


@pytest.mark.parametrize("profile", list(EXPECTED))
def test_each_profile_is_what_its_players_need(tmp_path, profile):
    path = tmp_path / f"{profile}.mp4"
    encode(path, profile)
    size, level, audio = EXPECTED[profile]
    info = probe(path)
    assert info["codec"] == "h264" and info["profile"] == "High"
    assert avc_profile_and_level(path) == (100, level)
    assert info["pix_fmt"] == "yuv420p" and info["size"] == size
    assert info["rate"] == 30 and info["steps"] == {1.0} and info["frames"] == SECONDS * 30
    boxes = top_level_boxes(path)
    assert boxes.index("moov") < boxes.index("mdat"), f"not faststart: {boxes}"
    assert info["audio"] == audio and info["streams"] == 1 + audio
    if audio:
        with av.open(str(path)) as container:
            stream = container.streams.audio[0]
            assert stream.codec_context.name == "aac" and stream.sample_rate == 48000
            assert stream.channels == 2
            samples = [frame.to_ndarray() for frame in container.decode(stream)]
        heard = np.concatenate(samples, axis=1)
        assert np.abs(heard).max() < 1e-4, "the audio track is silent"
        assert abs(heard.shape[1] / 48000 - SECONDS) < 0.1, "audio lasts as long as the video"


def test_profile_reaches_the_waiting_room_file(tmp_path, capsys, monkeypatch):
    from presenter.export import timing

    monkeypatch.setattr(timing, "hold_seconds", lambda step, animation: 0.1)  # a short file will do
    deck = builtin("opioids")
    fake_renders(tmp_path / "cache", deck)
    out = tmp_path / "loop.mp4"
    assert (
        cli.main(
            [
                "export",
                "opioids",
                "--to",
                "waiting-room",
                "--slides",
                "1",
                "--profile",
                "720p",
                "--out",
                str(out),
                "--quality",
                "preview",
                "--cache",
                str(tmp_path / "cache"),
            ]
        )
        == 0
    )
    said = capsys.readouterr().out
    assert "rendered 0" in said and "720p" in said
    assert probe(out)["size"] == (1280, 720) and avc_profile_and_level(out) == (100, 31)


def test_profile_is_checked_before_anything_renders(tmp_path, capsys):
    assert (
        cli.main(
            [
                "export",
                "opioids",
                "--to",
                "handout",
                "--profile",
                "720p",
                "--out",
                str(tmp_path / "h.pdf"),
                "--cache",
                str(tmp_path / "c"),
            ]
        )
        == 2
    )
    assert "--profile goes with --to waiting-room or slides" in capsys.readouterr().err
    assert not (tmp_path / "c").exists()
