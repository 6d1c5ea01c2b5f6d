"""Operations that can be undone, and undo itself.

Every user action is one function over the store that commits one transaction and
returns the `Changes` it made (which records, each as it was before and after). Undo
writes the befores back as new versions — audited, and synced like any edit — and
returns its own `Changes`, so redo is the undo of the undo (as Anki's undo entries).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Concatenate, ParamSpec, TypeVar

from ..errors import UserError
from ..messages import QT_TRANSLATE_NOOP
from ..store import Store
from ..store.changes import Changes, content

P = ParamSpec("P")
T = TypeVar("T")

CHANGED_SINCE = QT_TRANSLATE_NOOP(
    "actions.changed_since",
    "this step can no longer be undone: {what} was changed since (by a sync or in another "
    "window)")
WHAT = {
    "inspections": QT_TRANSLATE_NOOP("actions.what.inspection", "the inspection"),
    "responses": QT_TRANSLATE_NOOP("actions.what.response", "an answer"),
    "problems": QT_TRANSLATE_NOOP("actions.what.problem", "a problem"),
    "photo_links": QT_TRANSLATE_NOOP("actions.what.photo_link", "a photo's link"),
}
SOMETHING = QT_TRANSLATE_NOOP("actions.what.record", "a record")


def action(fn: Callable[Concatenate[Store, P], object]) -> Callable[Concatenate[Store, P], Changes]:
    """Run `fn` as one operation: one transaction, and the Changes it made."""

    @functools.wraps(fn)
    def run(store: Store, /, *args: P.args, **kwargs: P.kwargs) -> Changes:
        with store.recording() as recorder:
            fn(store, *args, **kwargs)
        return recorder.changes()

    return run


def recorded(store: Store, fn: Callable[Concatenate[Store, P], T], /, *args: P.args,
             **kwargs: P.kwargs) -> tuple[T, Changes]:
    """Run `fn` as one operation and give both its result and the Changes it made."""
    with store.recording() as recorder:
        result = fn(store, *args, **kwargs)
    return result, recorder.changes()


def undo(store: Store, changes: Changes) -> Changes:
    """Put every record `changes` wrote back as it was; refused (nothing written) when one
    of them has changed since. Returns what the undo wrote: undo that to redo."""
    with store.recording() as recorder:
        for touched in reversed(changes.records):
            now = store.get(touched.table, touched.record_id)
            if now is None or content(now) != content(touched.after):
                raise UserError(CHANGED_SINCE(what=WHAT.get(touched.table, SOMETHING)()))
            if touched.before is None:
                store.delete(touched.table, touched.record_id)
            else:
                store.save(touched.table, content(touched.before))
    return recorder.changes()


redo = undo  # the undo's own Changes, undone
