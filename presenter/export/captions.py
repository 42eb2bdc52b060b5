"""SRT and WebVTT caption files from a timeline's cues."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from presenter.export.timing import Cue

FORMATS = ("srt", "vtt")


def _timestamp(seconds: float, separator: str) -> str:
    millis = round(seconds * 1000)
    hours, millis = divmod(millis, 3_600_000)
    minutes, millis = divmod(millis, 60_000)
    secs, millis = divmod(millis, 1000)
    return f"{hours:02d}:{minutes:02d}:{secs:02d}{separator}{millis:03d}"


def _clean(text: str) -> str:
    """One cue's text: no blank lines (they end a cue), no ``-->``."""
    return " ".join(text.split()).replace("-->", "→")


def srt_text(cues: Sequence[Cue]) -> str:
    blocks = [
        f"{number}\n{_timestamp(cue.start, ',')} --> {_timestamp(cue.end, ',')}\n{_clean(cue.text)}\n"
        for number, cue in enumerate(cues, start=1)
    ]
    return "\n".join(blocks)


def vtt_text(cues: Sequence[Cue]) -> str:
    """WebVTT; ``&``, ``<`` and ``>`` escaped as the format requires."""
    blocks = ["WEBVTT\n"]
    for cue in cues:
        text = _clean(cue.text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        blocks.append(f"{_timestamp(cue.start, '.')} --> {_timestamp(cue.end, '.')}\n{text}\n")
    return "\n".join(blocks)


def parse_formats(spec: str | None) -> list[str]:
    """``srt,vtt`` -> ["srt", "vtt"]; raises ValueError naming what is allowed."""
    if not spec:
        return []
    formats = [f.strip().lower() for f in spec.split(",") if f.strip()]
    unknown = [f for f in formats if f not in FORMATS]
    if unknown:
        raise ValueError(f"--captions {','.join(unknown)}: write srt, vtt or srt,vtt.")
    return list(dict.fromkeys(formats))


def write_captions(cues: Sequence[Cue], video: Path, formats: Sequence[str]) -> list[Path]:
    """Write ``video`` with .srt / .vtt suffixes beside it (UTF-8)."""
    written = []
    for fmt in formats:
        path = video.with_suffix(f".{fmt}")
        path.write_text(srt_text(cues) if fmt == "srt" else vtt_text(cues), encoding="utf-8")
        written.append(path)
    return written
