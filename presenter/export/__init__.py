"""Exports made from the render cache: stills and contact sheets (more to come).

Qt-free and Manim-free: exports read manifests and decode videos with PyAV.
"""
