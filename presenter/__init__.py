"""Brain Explainer: deck model, cached rendering, the desktop presenter and exports.

Layers (each imports only those before it):
  deck (plain data, no Qt, no Manim) → catalog → render (Manim in subprocesses)
  → app (Qt). The command line (cli) imports each lazily.
"""
