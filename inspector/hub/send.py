"""A package sent to the hub resumably, in chunks: a dropped connection costs at most the
chunk it cut, and a push stopped half-way (the laptop shut, the program killed) goes on
next time from the byte the hub holds.

The laptop asks the hub (`GET /v1/uploads/SHA256?size=N`, signed) how many bytes of the
package it holds, then sends the rest a chunk at a time (`POST …&offset=O`), each a
signed request whose body hash covers the chunk. A chunk that fails — the hub cannot be
reached, its database is down, or it holds another offset — is followed by the question
again, after a pause that doubles (at most RETRIES in a row without progress). The hub
applies the package when its last byte arrives and answers as `POST /v1/packages` does.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import UserError
from ..messages import QT_TRANSLATE_NOOP
from . import uploads

if TYPE_CHECKING:
    from .client import Client

CHUNK_ENV = "INSPECTOR_HUB_CHUNK"  # the chunk size in bytes (tests send small ones)
RETRIES = 5  # failed requests in a row before a push gives up
PAUSE_S = 0.5  # the first pause after one; doubled each time
# What another try may cure: the hub out of reach, its database down, an offset that
# moved (a chunk whose answer was lost had arrived).
RETRYABLE = {"hub.unreachable", "hub.database_down", "hub.wrong_offset"}
# Refusals of a request, not of the package: it is kept, and the next push resumes it.
KEEP_ON = RETRYABLE | {"hub.stale", "hub.not_trusted", "hub.refused_key", "hub.replayed",
                       "hub.bad_signature", "hub.impostor"}

BAD_CHUNK = QT_TRANSLATE_NOOP(
    "hub.bad_chunk", "{env}={text}: not a number of bytes from {least} to {most}")

Progress = Callable[[int, int], None]  # bytes the hub holds, of the package's bytes


def chunk_size() -> int:
    text = os.environ.get(CHUNK_ENV, "")
    if not text:
        return uploads.CHUNK
    least = 1024
    if not text.isdigit() or not least <= int(text) <= uploads.MAX_CHUNK:
        raise UserError(BAD_CHUNK(env=CHUNK_ENV, text=text, least=least,
                                  most=uploads.MAX_CHUNK))
    return int(text)


@dataclass(frozen=True)
class Sent:
    answer: dict[str, Any] | None  # the hub's, as POST /v1/packages gives it; None: not sent
    size: int
    resumed_from: int  # the bytes the hub held already when this push began


def send(client: Client, path: Path, progress: Progress, cancelled: Callable[[], bool],
         *, only_resume: bool = False) -> Sent:
    """Upload the package file `path`, from what the hub holds of it. `answer` is None
    when cancelled, or with `only_resume` when the hub holds none of it."""
    sha, size, step = uploads.sha256_of(path), path.stat().st_size, chunk_size()
    target, sized = f"/v1/uploads/{sha}", {"size": str(size)}
    failures, offset, resumed = 0, None, None
    with path.open("rb") as src:
        while not cancelled():
            try:
                if offset is None:
                    got = client.json("GET", target, params=sized)
                    if "status" in got:  # applied already (the last answer was lost)
                        return Sent(got, size, resumed or 0)
                    offset = int(got["offset"])
                    if resumed is None:
                        resumed = offset
                        if only_resume and offset == 0:
                            return Sent(None, size, 0)
                progress(offset, size)
                src.seek(offset)
                got = client.call("POST", target, src.read(step),
                                  {**sized, "offset": str(offset), "name": path.name}).json()
            except UserError as exc:
                if exc.msg is None or exc.msg.key not in RETRYABLE or failures >= RETRIES:
                    raise
                _pause(PAUSE_S * 2 ** failures, cancelled)
                failures, offset = failures + 1, None
                continue
            failures = 0
            if "status" in got:
                progress(size, size)
                return Sent(got, size, resumed or 0)
            offset = int(got["offset"])
    return Sent(None, size, resumed or 0)


def _pause(seconds: float, cancelled: Callable[[], bool]) -> None:
    end = time.monotonic() + seconds
    while not cancelled() and time.monotonic() < end:
        time.sleep(min(0.1, max(end - time.monotonic(), 0)))
