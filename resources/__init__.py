"""Data files shipped with sbcoder: the CIMO template, translations, icons."""

from pathlib import Path

RESOURCES_DIR = Path(__file__).resolve().parent
