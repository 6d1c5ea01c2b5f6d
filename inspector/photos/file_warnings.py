"""Library warnings as flags on the file they concern, never as lines on stderr.

Pillow reports what it skips in a file with `warnings.warn` ("Corrupt EXIF data. ..."):
printed, such a line names no file and is lost among the others of an import. Every
warning raised in a thread while that thread is inside `recording()` is kept there for the
file being read instead, and the caller turns it into a flag on that file.

Decoding runs in threads as well as in worker processes: the app's import, thumbnail and
suggestion jobs run in a thread pool, and an import of one or two files decodes in the
importing thread. So this cannot use what Python 3.11 offers:
- `warnings.catch_warnings()` swaps process-wide state (the filter list, `showwarning`)
  and puts back what it found on exit: two threads inside it at once lose each other's
  warnings or leave each other's filters installed for good.
- a `showwarning` hook sees only what the filters let through (by default a warning is
  shown once per line of Pillow, so a second damaged file would get no flag), and every
  `catch_warnings(record=True)` elsewhere (pytest's around each test) replaces it.

Instead `warnings.warn` itself is wrapped, once per process, when this module is first
imported (workers import it through `decode`). In a thread inside `recording()` a warning
is kept before any filter looks at it; in every other thread it goes on to the real
`warnings.warn` unchanged (with one frame more on the stack, which `stacklevel` allows for),
as do deprecation warnings, which are about code, not files.
Which recording a thread is in is a ContextVar, so threads never see each other's, and a
recording inside another passes what it kept on to the outer one when it ends. Pillow calls
`warnings.warn` through the module (`import warnings`) everywhere, so all of its warnings
pass the wrapper.
"""

from __future__ import annotations

import contextlib
import contextvars
import sys
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Warned:
    """One warning kept for a file."""

    category: type[Warning]
    message: str
    module: str  # where it was raised, e.g. "PIL.TiffImagePlugin"
    filename: str
    lineno: int


@dataclass
class _Recording:
    errors: tuple[type[Warning], ...]  # raised as exceptions instead of kept
    outer: _Recording | None
    kept: list[Warned] = field(default_factory=list)

    def raises(self, category: type[Warning]) -> bool:
        here: _Recording | None = self
        while here is not None:
            if issubclass(category, here.errors):
                return True
            here = here.outer
        return False


_current: contextvars.ContextVar[_Recording | None] = contextvars.ContextVar(
    "inspector_file_warnings", default=None)


def _where(stacklevel: int) -> tuple[str, str, int]:
    try:  # frame 0 is this function, 1 is _warn, 2 is what called warn (stacklevel 1)
        frame = sys._getframe(max(1, stacklevel) + 1)
    except ValueError:
        return "sys", "sys", 1
    return str(frame.f_globals.get("__name__", "?")), frame.f_code.co_filename, frame.f_lineno


# About the code calling a library, not about the file: left to the filters as ever (the
# tests turn inspector's deprecations into errors).
_ABOUT_CODE = (DeprecationWarning, PendingDeprecationWarning)


def _warn(message: Any, category: type[Warning] | None = None, stacklevel: int = 1,
          source: Any = None, **kwargs: Any) -> None:
    recording = _current.get()
    kind = type(message) if isinstance(message, Warning) else category or UserWarning
    if recording is None or issubclass(kind, _ABOUT_CODE):
        _real_warn(message, category, stacklevel + 1, source, **kwargs)
        return
    category, text = kind, str(message)
    if recording.raises(category):  # as the filter action "error" does
        raise message if isinstance(message, Warning) else category(text)
    recording.kept.append(Warned(category, text, *_where(stacklevel)))


def install() -> None:
    """Wrap `warnings.warn` (idempotent: done on import, and again by `recording()` in
    case something put the original back)."""
    if warnings.warn is not _warn:
        warnings.warn = _warn


# The real one, also when this module is loaded a second time (importlib.reload).
_real_warn = getattr(warnings.warn, "_inspector_real", warnings.warn)
_warn._inspector_real = _real_warn  # type: ignore[attr-defined]
install()


@contextlib.contextmanager
def recording(errors: tuple[type[Warning], ...] = ()) -> Iterator[list[Warned]]:
    """Keep the warnings this thread raises while inside, in the list given.

    Warnings of a category in `errors` (here or in an enclosing recording) are raised as
    exceptions instead. Inside another recording, what was kept is passed on to it too."""
    install()
    recording = _Recording(errors, _current.get())
    token = _current.set(recording)
    try:
        yield recording.kept
    finally:
        _current.reset(token)
        if recording.outer is not None:
            recording.outer.kept.extend(recording.kept)
