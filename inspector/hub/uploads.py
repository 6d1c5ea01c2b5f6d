"""The hub's files of uploads under way, and the temporary files requests leave.

A resumable upload (`POST /v1/uploads/SHA256`) grows a partial file,
`uploads/<device>/<sha256>-<size>`, one verified chunk at a time: `<device>` is named from
the key that signed the requests, so no other device can append to it or apply it. Each
chunk is appended under the device's lock file (`flock`, which serialises every hub
process sharing the folder) at the offset the partial has reached, and fsynced before the
hub answers. Partials untouched for KEEP_PARTIAL_S are removed (`sweep_partials`).

A request's body is spooled to `.upload-<host>-<pid>-*` under the folder (and a blob
being written is `.incoming-<host>-<pid>-*` beside its final name): a hub killed mid-
request leaves them behind, and `sweep_spool` removes those whose process is gone.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import os
import re
import shutil
import socket
import time
from collections.abc import Iterator
from pathlib import Path

UPLOADS = "uploads"
CHUNK = 8 << 20  # what a laptop sends in one request
MAX_CHUNK = 64 << 20  # the most the hub accepts in one
KEEP_PARTIAL_S = 7 * 86400  # a partial upload untouched this long is removed
STALE_SPOOL_S = 86400  # a temporary file of another computer's hub process, as long
SPOOL = ".upload-"
INCOMING = ".incoming-"
LOCK = ".lock"
SHA = re.compile(r"[0-9a-f]{64}")
_HOST = re.sub(r"[^A-Za-z0-9.]", "_", socket.gethostname()) or "host"


def temp_prefix(kind: str) -> str:
    """`kind` (SPOOL or INCOMING) with this process's host and pid: what `sweep_spool`
    reads to tell whose the file is."""
    return f"{kind}{_HOST}-{os.getpid()}-"


def device_dir(root: Path, fingerprint: str) -> Path:
    return root / UPLOADS / hashlib.sha256(fingerprint.encode("utf-8")).hexdigest()[:32]


def partial_path(root: Path, fingerprint: str, sha256: str, size: int) -> Path:
    if not SHA.fullmatch(sha256):
        raise ValueError(f"not a SHA-256: {sha256}")
    return device_dir(root, fingerprint) / f"{sha256}-{size}"


def held(partial: Path) -> int:
    """How many bytes of the upload the hub holds."""
    try:
        return partial.stat().st_size
    except FileNotFoundError:
        return 0


@contextlib.contextmanager
def locked(directory: Path) -> Iterator[None]:
    """The device's upload lock, across threads and processes."""
    if not directory.is_dir():
        directory.mkdir(parents=True, exist_ok=True)
        _fsync_dir(directory.parent)
    fd = os.open(directory / LOCK, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # releases the lock


def append(partial: Path, chunk: Path) -> int:
    """Append the file `chunk` to `partial`, durably; the partial's new length."""
    created = not partial.exists()
    with partial.open("ab") as out, chunk.open("rb") as src:
        shutil.copyfileobj(src, out, 1 << 20)
        out.flush()
        os.fsync(out.fileno())
        length = out.tell()
    if created:
        _fsync_dir(partial.parent)
    return length


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as src:
        while block := src.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()


def _fsync_dir(directory: Path) -> None:
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _older(path: Path, seconds: float, now: float) -> bool:
    try:
        return now - path.stat().st_mtime > seconds
    except FileNotFoundError:
        return False


def sweep_partials(root: Path, older_than: float = KEEP_PARTIAL_S) -> list[Path]:
    """Remove the partial uploads untouched for `older_than` seconds; those removed."""
    gone, now = [], time.time()
    for path in (root / UPLOADS).glob("*/*"):
        if path.name != LOCK and _older(path, older_than, now):
            path.unlink(missing_ok=True)
            gone.append(path)
    return gone


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process
        return True
    return True


def _stale(path: Path, kind: str, now: float) -> bool:
    """A temporary file no live process of this hub is writing: its process (on this
    computer) is gone, or it is another computer's and untouched for STALE_SPOOL_S."""
    owner = path.name.removeprefix(kind).rpartition("-")[0]  # host-pid, then the random part
    host, _sep, pid = owner.rpartition("-")
    if host == _HOST and pid.isdigit():
        return not _alive(int(pid))
    return _older(path, STALE_SPOOL_S, now)


def sweep_spool(root: Path, blobs: bool = True) -> list[Path]:
    """Remove the request bodies and half-written blobs that hub processes killed mid-
    request left under `root` (with `blobs`, also those beside photos and packages)."""
    now = time.time()
    found = [(p, SPOOL) for p in root.glob(f"{SPOOL}*")]
    if blobs:
        found += [(p, INCOMING) for kind in ("photos", "packages")
                  for p in root.glob(f"{kind}/*/{INCOMING}*")]
    gone = []
    for path, kind in found:
        if _stale(path, kind, now):
            path.unlink(missing_ok=True)
            gone.append(path)
    return gone
