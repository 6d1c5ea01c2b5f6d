"""The inspect page's keys as tables: which key does what (for the page, the F1 help and
the shortcut-clash test), and which digit answers what on each kind of standard."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from ...domain import Item, Kind

PASS, FAIL, NA, CHECKED = "pass", "fail", "na", "checked"

# (keys as the help shows them, what they do): every key the page handles.
HELP = (
    (("1", "2", "3"), QT_TRANSLATE_NOOP("InspectPage", "Pass / Fail / N/A; grade standards: "
                                        "1…n for the levels, 0 for N/A")),
    (("Up", "Down"), QT_TRANSLATE_NOOP("InspectPage", "Previous / next standard")),
    (("+", "-"), QT_TRANSLATE_NOOP("InspectPage", "Change the count (problems, found)")),
    (("N",), QT_TRANSLATE_NOOP("InspectPage", "New problem on the standard — right after "
                               "an answer, on the standard just answered")),
    (("M",), QT_TRANSLATE_NOOP("InspectPage", "Note on the standard (right after an answer: "
                               "the one just answered)")),
    (("P",), QT_TRANSLATE_NOOP("InspectPage", "Add photos (right after an answer: to the "
                               "standard just answered; or drop files on the page)")),
    (("Shift+P",), QT_TRANSLATE_NOOP("InspectPage", "View the standard's photos: zoom, "
                                     "next / previous, annotate")),
    (("Ctrl+Return",), QT_TRANSLATE_NOOP("InspectPage", "Finish the site")),
    (("X",), QT_TRANSLATE_NOOP("InspectPage", "Could not inspect the site (with a reason)")),
)

K = Qt.Key
# (key, with Ctrl, with Shift) → (the page's method, its arguments).
COMMANDS: dict[tuple[Qt.Key, bool, bool], tuple[str, tuple[Any, ...]]] = {
    (K.Key_Return, True, False): ("finish", ()),
    (K.Key_Enter, True, False): ("finish", ()),
    (K.Key_Down, False, False): ("step_item", (+1,)),
    (K.Key_Up, False, False): ("step_item", (-1,)),
    (K.Key_Plus, False, False): ("change_count", (+1,)),
    (K.Key_Equal, False, False): ("change_count", (+1,)),
    (K.Key_Minus, False, False): ("change_count", (-1,)),
    (K.Key_Underscore, False, False): ("change_count", (-1,)),
    (K.Key_N, False, False): ("new_problem", ()),
    (K.Key_M, False, False): ("edit_note", ()),
    (K.Key_X, False, False): ("could_not_inspect", ()),
    (K.Key_P, False, True): ("photos.view", ()),
    (K.Key_P, False, False): ("photos.add", ()),
}

# The digit keys: what each answers, by kind (grade standards: 1…n the levels, 0 N/A).
DIGITS: dict[Kind, dict[int, str]] = {
    Kind.CHECK: {1: PASS, 2: FAIL, 3: NA},
    Kind.DEDUCT: {1: CHECKED, 3: NA, 0: NA},
    Kind.QUOTA: {0: NA, 3: NA},
}


def command(key: int, ctrl: bool, shift: bool) -> tuple[str, tuple[Any, ...]] | None:
    """The command of a key press: the binding with exactly these modifiers, else the
    key's own (a modifier the table does not name changes nothing: Shift gives +)."""
    try:
        k = Qt.Key(key)
    except ValueError:  # not a key Qt names
        return None
    return (COMMANDS.get((k, ctrl, shift)) or COMMANDS.get((k, False, shift))
            or COMMANDS.get((k, False, False)))


def digit_answer(item: Item, n: int) -> str | None:
    """What digit `n` answers on `item`, None if nothing."""
    if item.kind is Kind.GRADE:
        if n == 0:
            return NA
        return item.levels[n - 1].name if 1 <= n <= len(item.levels) else None
    return DIGITS[item.kind].get(n)
