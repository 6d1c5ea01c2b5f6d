"""Writing a signed package: `write_package` checks the entry names and what every
receiver would refuse, makes the manifest, streams the entries into a zip archive with
fixed timestamps and attributes (so the same content gives the same bytes) while hashing
every byte once, and appends the trailer with the signature over that hash.
"""

from __future__ import annotations

import hashlib
import json
import stat
import zipfile
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any, BinaryIO

from ... import output
from ..keys import DeviceKey
from . import refusals as why
from .format import (
    CHUNK,
    FIXED_TIME,
    FORMAT,
    MANIFEST_FIELDS,
    MANIFEST_NAME,
    TRAILER_MAGIC,
    Limits,
    PackageError,
    deflated,
    entry_name_problem,
    human_size,
    name_key,
    signed_message,
)


class _HashingWriter:
    """Write-only and not seekable, so zipfile streams (data descriptors) and we hash
    every byte exactly once, in order."""

    def __init__(self, fh: BinaryIO) -> None:
        self._fh = fh
        self.hash = hashlib.sha256()
        self.pos = 0

    def write(self, b: bytes) -> int:
        self._fh.write(b)
        self.hash.update(b)
        self.pos += len(b)
        return len(b)

    def tell(self) -> int:
        return self.pos

    def flush(self) -> None:
        self._fh.flush()

    def close(self) -> None:
        pass


def _zipinfo(name: str, size: int) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=FIXED_TIME)
    info.compress_type = zipfile.ZIP_DEFLATED if deflated(name) else zipfile.ZIP_STORED
    info.create_system = 3  # the same bytes on every platform
    info.external_attr = (stat.S_IFREG | 0o644) << 16
    info.file_size = size  # picks zip64 up front for big entries
    return info


def _hash_source(src: bytes | Path) -> tuple[int, str]:
    if isinstance(src, bytes):
        return len(src), hashlib.sha256(src).hexdigest()
    h, size = hashlib.sha256(), 0
    with open(src, "rb") as fh:
        while chunk := fh.read(CHUNK):
            h.update(chunk)
            size += len(chunk)
    return size, h.hexdigest()


def _check_receivable(path: Path, prepared: list[tuple[str, bytes | Path, int, str]]
                      ) -> None:
    """Refuse now what every receiver (default Limits) would refuse on import."""
    limits = Limits()
    total = sum(size for _, _, size, _ in prepared)
    big = [(name, size) for name, _, size, _ in prepared if size > limits.max_entry]
    if len(prepared) + 1 > limits.max_entries:
        raise PackageError(why.TOO_MANY_TO_SEND(
            file=path.name, n=len(prepared) + 1, limit=limits.max_entries))
    if big:
        raise PackageError(why.ENTRY_TOO_LARGE_TO_SEND(
            file=path.name, entry=big[0][0], size=human_size(big[0][1]),
            limit=human_size(limits.max_entry)))
    if total > limits.max_total:
        raise PackageError(why.TOO_LARGE_TO_SEND(
            file=path.name, size=human_size(total), limit=human_size(limits.max_total)))


def write_package(path: Path, key: DeviceKey, manifest_fields: dict[str, Any],
                  entries: Iterable[tuple[str, bytes | Path]]) -> str:
    """Write a signed package to `path` (via `path`.part); return the file's SHA-256 hex.

    `manifest_fields` may hold inspector, created_at (default: now, UTC), forms (list)
    and extra (dict); the rest of the manifest is made here. Path entries are streamed.
    Entries named *.json / *.jsonl are deflated, everything else is stored.
    """
    unknown = set(manifest_fields) - set(MANIFEST_FIELDS)
    if unknown:
        raise ValueError(f"manifest fields not allowed: {sorted(unknown)} "
                         f"(use {MANIFEST_FIELDS}; put anything else in 'extra')")
    prepared: list[tuple[str, bytes | Path, int, str]] = []
    seen: set[str] = set()
    for name, src in entries:
        problem = entry_name_problem(name)
        if problem:
            raise ValueError(f"entry name {name!r} {problem}")
        if name == MANIFEST_NAME or name_key(name) in seen:
            raise ValueError(f"entry name {name!r} is used twice (or is the manifest's)")
        seen.add(name_key(name))
        size, sha = _hash_source(src)
        prepared.append((name, src, size, sha))
    _check_receivable(path, prepared)

    manifest: dict[str, Any] = {
        "format": FORMAT, "device_id": key.device_id, "public_key": key.public_b64,
        "fingerprint": key.fingerprint,
        "inspector": manifest_fields.get("inspector"),
        "created_at": manifest_fields.get("created_at")
        or datetime.now(UTC).isoformat(timespec="seconds"),
        "forms": manifest_fields.get("forms", []),
        "extra": manifest_fields.get("extra", {}),
        "entries": [{"name": n, "size": size, "sha256": sha} for n, _, size, sha in prepared],
    }
    manifest_bytes = json.dumps(manifest, ensure_ascii=False, sort_keys=True,
                                separators=(",", ":"), allow_nan=False).encode("utf-8")

    with output.writing(path) as part, open(part, "wb") as fh:
        out = _HashingWriter(fh)
        with zipfile.ZipFile(out, "w") as zf:
            with zf.open(_zipinfo(MANIFEST_NAME, len(manifest_bytes)), "w") as dest:
                dest.write(manifest_bytes)
            for name, src, size, sha in prepared:
                with zf.open(_zipinfo(name, size), "w") as dest:
                    if isinstance(src, bytes):
                        dest.write(src)
                    else:
                        _copy_checked(src, dest, size, sha)
        trailer = TRAILER_MAGIC + key.sign(signed_message(out.hash.digest()))
        file_hash = out.hash.copy()
        file_hash.update(trailer)
        fh.write(trailer)
    return file_hash.hexdigest()


def _copy_checked(src: Path, dest: IO[bytes], size: int, sha: str) -> None:
    h, n = hashlib.sha256(), 0
    with open(src, "rb") as fh:
        while chunk := fh.read(CHUNK):
            h.update(chunk)
            n += len(chunk)
            if n > size:
                break
            dest.write(chunk)
    if n != size or h.hexdigest() != sha:
        raise PackageError(why.CHANGED_WHILE_WRITTEN(path=src))
