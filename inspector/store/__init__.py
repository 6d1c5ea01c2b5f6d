"""Local storage: one SQLite database per data directory (the only module that writes SQL)."""

from .connection import open_database
from .settings import Language, Role
from .store import Store

__all__ = ["Language", "Role", "Store", "open_database"]
