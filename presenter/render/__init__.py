"""Cached, atomic rendering of slides into one video per step.

Manim runs only in subprocesses (``python -m scenes.worker``); this package
never imports it.
"""
