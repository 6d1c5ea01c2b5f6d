"""What one operation changed: the records it wrote, each as it was before and after.

An operation runs inside `Store.recording()`; every version the store writes there is
noted here. The result says which kinds of record changed (what the screens refresh
from) and holds what undo needs to put back (as Anki's `OpChanges` and undo entries do).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .schema import RECORD_TABLES

Row = dict[str, Any]

# Columns that say which version a row is, not what it holds.
VERSION_COLUMNS = frozenset({"version", "base", "origin"})


@dataclass(frozen=True)
class Touched:
    """One record an operation wrote: as it was before (None: it did not exist) and
    the version it left."""

    table: str
    record_id: str
    before: Row | None
    after: Row


@dataclass(frozen=True)
class Changes:
    """The records an operation wrote, in the order first written, plus tables changed
    wholesale (an import, settings): what screens showing those kinds reload."""

    records: tuple[Touched, ...] = ()
    wholesale: frozenset[str] = field(default_factory=frozenset)

    @property
    def tables(self) -> frozenset[str]:
        return frozenset(t.table for t in self.records) | self.wholesale

    def touches(self, *tables: str) -> bool:
        return not self.tables.isdisjoint(tables)

    def __bool__(self) -> bool:
        return bool(self.records or self.wholesale)

    @classmethod
    def of(cls, *tables: str) -> Changes:
        return cls(wholesale=frozenset(tables))

    @classmethod
    def everything(cls) -> Changes:
        """A sync, a restore, a new data directory: any record may have changed."""
        return cls(wholesale=frozenset(RECORD_TABLES) | {"settings"})


class Recorder:
    """Collects the versions written during one operation; `changes()` folds them to one
    entry per record (as it was first, as it was left)."""

    def __init__(self) -> None:
        self._writes: list[tuple[str, Row | None, Row]] = []
        self._wholesale: set[str] = set()

    def wrote(self, table: str, old: Row | None, new: Row) -> None:
        self._writes.append((table, old, new))

    def changed(self, table: str) -> None:
        self._wholesale.add(table)

    def mark(self) -> int:
        return len(self._writes)

    def rolled_back(self, mark: int) -> None:
        """A transaction begun at `mark` was rolled back: its writes never happened."""
        del self._writes[mark:]

    def changes(self) -> Changes:
        first: dict[tuple[str, str], Row | None] = {}
        last: dict[tuple[str, str], Row] = {}
        for table, old, new in self._writes:
            key = (table, str(new["id"]))
            first.setdefault(key, old)
            last[key] = new
        return Changes(tuple(Touched(t, i, first[(t, i)], last[(t, i)]) for (t, i) in first),
                       frozenset(self._wholesale))


def content(row: Row) -> Row:
    """A row without its version columns: what a restored version should hold."""
    return {k: v for k, v in row.items() if k not in VERSION_COLUMNS}
