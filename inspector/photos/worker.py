"""The function worker processes run. Kept apart so that a spawned worker imports only
Pillow and `decode`, not the database layer: start-up is part of every import's time."""

from __future__ import annotations

import signal

from ..messages import Msg
from .decode import TOO_LARGE_TO_DECODE, Decoded, Refused, decode_file, why

_job: dict[str, object] = {}


def init_worker(staging: str, known: frozenset[str], in_child: bool) -> None:
    # Set once per worker, not sent with every file: the known set can be large.
    _job["staging"], _job["known"] = staging, known
    if in_child:  # Ctrl+C goes to the whole process group; the parent cleans up.
        signal.signal(signal.SIGINT, signal.SIG_IGN)


def decode_one(source: str) -> Decoded | tuple[str, Msg]:
    staging, known = str(_job["staging"]), _job["known"]
    assert isinstance(known, frozenset)
    try:
        return decode_file(source, staging, known)
    except Refused as exc:
        return source, why(exc)
    except MemoryError:
        return source, TOO_LARGE_TO_DECODE()
