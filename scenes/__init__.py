"""Manim scenes that animate each mechanism. Only this package imports Manim.

Each scene subclasses :class:`scenes.base.DeckScene` and declares, as plain
literals the presenter reads without importing Manim, its ``STEPS`` (one Manim
section each), ``PARAMS`` (defaults, which also fix the types), optional
``CHOICES`` and ``BOUNDS``, and the ``LABELS`` it writes on screen.
"""
