"""The desktop app's windows and pages (PySide6)."""

from .refcounts import guard

# Before any page calls into Qt: on Python < 3.12, PySide6 6.12.0 loses references of
# None and True with every call, and the app would abort mid-session (refcounts.py).
guard()
