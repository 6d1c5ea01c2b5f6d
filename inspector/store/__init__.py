"""Local storage: one SQLite database per data directory (the only module that writes SQL)."""

from .connection import open_database
from .store import Store

__all__ = ["Store", "open_database"]
