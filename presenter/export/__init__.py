"""Exports made from the render cache (docs/exports.md).

waiting_room (one looping MP4), slides (an MP4 per slide + M3U), html (an
offline folder), handout (a PDF), stills (PNGs + a contact sheet). Shared
parts: timing (holds and the timeline), band (caption band and cards),
video (the H.264 encoder), captions (SRT and WebVTT), run (the command).

Qt-free and Manim-free: exports read manifests and decode videos with PyAV.
"""
