"""What an import job hands back to the Sync page, worked out off the UI thread: the
packages applied, held or refused (with the core's one-line reasons), the devices trusted,
and what is left to review."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ...errors import UserError
from ...store import Role, Store, inspection_rows
from ...store import versions as vs
from ...sync import exchange, preflight
from ..texts import shown

PACKAGE_SUFFIX = ".pkg"


@dataclass(frozen=True)
class Refusal:
    """A package the core refused, with its one-line reason, and what the page may ask
    about it: apply it anyway (`conflicts`, preflight.NeedsConfirmation), or trust its
    device as the supervisor's it says it is (`retrust`, preflight.TrustedAsInspector)."""

    path: Path
    reason: str
    conflicts: int | None = None
    retrust: preflight.TrustedAsInspector | None = None

    @classmethod
    def of(cls, path: Path, exc: UserError) -> Refusal:
        return cls(path, shown(exc),
                   exc.conflicts if isinstance(exc, preflight.NeedsConfirmation) else None,
                   exc if isinstance(exc, preflight.TrustedAsInspector) else None)


@dataclass
class ImportBatch:
    results: list[exchange.ImportResult | Refusal]
    todo: tuple[int, int] | None = None  # see review_todo


def review_todo(store: Store) -> tuple[int, int] | None:
    """On a supervisor's computer, what the packages left to do: (inspections waiting for
    review, conflicts waiting for a decision); counted by the job, off the UI thread."""
    if store.role is not Role.SUPERVISOR:
        return None
    try:
        round_id = str(store.round()["id"])
    except UserError:
        return None
    waiting = sum(1 for r in inspection_rows.review_queue(store, round_id)
                  if r.review == "received")
    return waiting, sum(1 for c in vs.conflicts(store) if c.decision is None)


@dataclass(frozen=True)
class Trusted:
    device: dict[str, Any]
    role: str
    results: list[exchange.ImportResult]
    error: str = ""  # the device could not be trusted (the core's one-line reason)


def package_paths(urls: Sequence[Any]) -> list[Path]:
    """The local .pkg files among dropped URLs."""
    out = []
    for url in urls:
        if url.isLocalFile():
            path = Path(url.toLocalFile())
            if path.suffix.lower() == PACKAGE_SUFFIX and path.is_file():
                out.append(path)
    return out


def reason(path: Path, message: str) -> str:
    """The core says "<file>: <why>"; the log line names the file already."""
    for prefix in (f"{path.name}: ", f"{path}: "):
        if message.startswith(prefix):
            return message[len(prefix):]
    return message
