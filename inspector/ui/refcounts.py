"""A guard against a defect of the PySide6 6.12.0 wheels on Python 3.10 and 3.11.

Those wheels are built for the stable ABI (cp310-abi3), and on an interpreter older than
3.12 they hand back None without the reference the caller then gives up: every Qt method
that returns nothing (`setText`, `setStyleSheet`…), every empty QVariant read as None
(`index.data(role)`, `currentData()`) takes one reference from None that it never gave,
and `Signal.emit` likewise from True. From Python 3.12 on, None, True and False are
immortal and the loss is harmless; on 3.11 their counts run down to zero and Python
aborts: "Fatal Python error: none_dealloc: deallocating None" (or bool_dealloc). The
inspect page lost about 8 references of None per key press, so the app aborted after
some 2,200 answers; a test run aborts at exit once it has used up what is left.
(The same skew between the headers an abi3 wheel was built with and the interpreter
that loads it as CPython's gh-134989.)

`guard()` looks for the loss, and where it finds it gives None, True and False what
Python 3.12 gives them: more references than any session can use up. Bindings that
count right, and Python 3.12 and later, are left alone.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal

# References added to each of None, True and False: 2**40 lost calls is some 35 years
# of a million calls a second.
RESERVE = 1 << 40
PROBES = 64


class _Probe(QObject):
    ping = Signal()


def losses() -> tuple[int, int]:
    """References of None and True lost over PROBES calls of a method returning nothing
    and of `Signal.emit` (0, 0 for bindings that count right)."""
    probe = _Probe()
    none_before = sys.getrefcount(None)
    for _ in range(PROBES):
        probe.setObjectName("probe")
    none_lost = none_before - sys.getrefcount(None)
    true_before = sys.getrefcount(True)
    for _ in range(PROBES):
        probe.ping.emit()
    return none_lost, true_before - sys.getrefcount(True)


def _reserve(obj: object) -> None:
    # A CPython object's first field is its reference count (before 3.12: a Py_ssize_t).
    count = ctypes.c_ssize_t.from_address(id(obj))
    count.value += RESERVE


def guard() -> bool:
    """Give None, True and False their reserve if this binding loses their references
    (once per process); True when it did."""
    global guarded
    if guarded or sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return False
    none_lost, true_lost = losses()
    if none_lost < PROBES // 2 and true_lost < PROBES // 2:
        return False
    for obj in (None, True, False):
        _reserve(obj)
    guarded = True
    return True


guarded = False
