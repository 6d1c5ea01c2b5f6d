"""Opening a package: `open_package` runs every check of `Reader` (optionally writing
each entry, as it is checked, into a private folder) and returns a `VerifiedPackage`, a
package whose every byte has been checked; `verify_package` summarises one for `sync
verify`, and `trailer_id` reads a package's size and signature from its last bytes only.
"""

from __future__ import annotations

import base64
import contextlib
import os
import shutil
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any

from ..keys import short_fingerprint
from . import refusals as why
from .checks import Reader, pread
from .format import (
    MIN_PACKAGE,
    TRAILER_MAGIC,
    TRAILER_SIZE,
    Entry,
    Limits,
    PackageError,
    entry_kind,
    human_size,
)


class VerifiedPackage:
    """A package whose every byte has been checked. Close it (or use `with`).

    Names are in package order, without manifest.json. `read_bytes` and `extract` read
    the entry again from the package and check it again against the manifest; with
    `extract_dir`, open_package already wrote every entry into a private temporary folder
    there (`path_of`), which closing removes along with anything the caller left in it.
    """

    def __init__(self, reader: Reader, zf: zipfile.ZipFile, manifest: dict[str, Any],
                 file_sha256: str, entries: list[Entry], infos: dict[str, zipfile.ZipInfo],
                 temp_dir: Path | None, extracted: dict[str, Path]) -> None:
        self._reader, self._zf = reader, zf
        self.path = reader.path
        self.manifest = manifest
        self.file_sha256 = file_sha256
        self.entries = tuple(entries)
        self._by_name = {e.name: e for e in entries}
        self._infos = infos
        self.names = tuple(e.name for e in entries)
        self.temp_dir = temp_dir
        self._extracted = extracted

    @property
    def device_id(self) -> str:
        return str(self.manifest["device_id"])

    @property
    def public_key(self) -> bytes:
        return base64.b64decode(self.manifest["public_key"])

    @property
    def public_b64(self) -> str:
        return str(self.manifest["public_key"])

    @property
    def fingerprint(self) -> str:
        return str(self.manifest["fingerprint"])

    def entry(self, name: str) -> Entry:
        try:
            return self._by_name[name]
        except KeyError:
            raise KeyError(f"{self.path.name} has no entry {name!r}") from None

    def path_of(self, name: str) -> Path:
        """Where open_package(extract_dir=...) put the checked entry; the caller may move
        the file away (it is on the same filesystem as extract_dir)."""
        if self.temp_dir is None:
            raise ValueError("open_package was called without extract_dir")
        self.entry(name)
        return self._extracted[name]

    def read_bytes(self, name: str, max_size: int) -> bytes:
        entry = self.entry(name)
        if entry.size > max_size:
            self._reader.fail(why.ENTRY_OVER_ALLOWED(
                name=repr(name), size=human_size(entry.size), limit=human_size(max_size)))
        out = bytearray()
        self._reader.copy(self._zf, self._infos[name], entry, out.extend, count=False)
        return bytes(out)

    def extract(self, name: str, dest: Path) -> None:
        """Stream the entry to `dest` (through `dest`.part), checked before it gets its
        real name."""
        entry = self.entry(name)
        part = dest.with_name(dest.name + ".part")
        try:
            with open(part, "wb") as fh:
                self._reader.copy(self._zf, self._infos[name], entry, fh.write, count=False)
            os.replace(part, dest)
        except BaseException:
            with contextlib.suppress(OSError):
                part.unlink()
            raise

    def summary(self) -> dict[str, Any]:
        counts: dict[str, int] = {}
        sizes: dict[str, int] = {}
        for e in self.entries:
            kind = entry_kind(e.name)
            counts[kind] = counts.get(kind, 0) + 1
            sizes[kind] = sizes.get(kind, 0) + e.size
        m = self.manifest
        return {
            "file": str(self.path), "file_sha256": self.file_sha256, "format": m["format"],
            "device_id": m["device_id"], "fingerprint": m["fingerprint"],
            "fingerprint_short": short_fingerprint(m["fingerprint"]),
            "inspector": m.get("inspector"), "created_at": m["created_at"],
            "forms": m["forms"], "entries": len(self.entries),
            "bytes": sum(e.size for e in self.entries), "counts": counts, "sizes": sizes,
        }

    def close(self) -> None:
        self._zf.close()
        self._reader.fh.close()
        if self.temp_dir is not None:
            shutil.rmtree(self.temp_dir, ignore_errors=True)

    def __enter__(self) -> VerifiedPackage:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()


def _discard(_chunk: bytes) -> None:
    pass


def trailer_id(path: Path) -> str | None:
    """The package's size and signature as text, read from its last bytes only — or None
    when the file has no trailer. Unverified: it can only recognise a package imported
    before (Ed25519 signs one message per signature), never vouch for a new one."""
    try:
        with open(path, "rb") as fh:
            size = os.fstat(fh.fileno()).st_size
            if size < MIN_PACKAGE:
                return None
            tail = pread(fh, size - TRAILER_SIZE, TRAILER_SIZE)
    except OSError:
        return None
    if tail[:len(TRAILER_MAGIC)] != TRAILER_MAGIC:
        return None
    return f"{size}:{tail[len(TRAILER_MAGIC):].hex()}"


def open_package(path: Path, *, limits: Limits = Limits(),  # noqa: B008
                 extract_dir: Path | None = None,
                 progress: Callable[[int, int], None] | None = None) -> VerifiedPackage:
    """Verify everything in the package at `path`, or raise PackageError.

    With `extract_dir`, every entry is also written, as it is checked, into a new private
    folder inside `extract_dir` (see VerifiedPackage.path_of). `progress(done, total)` is
    called with byte counts while hashing and while checking entries.
    """
    try:
        fh = open(path, "rb")  # noqa: SIM115 - owned by the VerifiedPackage
    except FileNotFoundError:
        raise PackageError(why.NO_SUCH_FILE(file=path.name, path=path)) from None
    except OSError as exc:
        raise PackageError(why.CANNOT_OPEN(file=path.name, error=exc.strerror)) from None
    temp_dir: Path | None = None
    zf: zipfile.ZipFile | None = None
    try:
        reader = Reader(path, fh, limits, progress)
        signature = reader.trailer()
        raw = reader.manifest_raw()
        manifest = reader.manifest(raw)
        public_raw = reader.public_key(manifest)
        file_hash = reader.check_signature(manifest, public_raw, signature)
        reader.manifest_header(manifest, public_raw)
        zf = reader.open_zip()
        infos = reader.check_zip_entries(zf)
        listed = reader.manifest_entries(manifest["entries"])
        reader.match(zf, listed, raw)
        order = {name: i for i, name in enumerate(infos)}
        listed.sort(key=lambda e: order[e.name])  # package order: one sequential read
        extracted: dict[str, Path] = {}
        if extract_dir is not None:
            temp_dir = Path(tempfile.mkdtemp(prefix="package-", dir=extract_dir))
        for index, entry in enumerate(listed):
            if temp_dir is None:
                reader.copy(zf, infos[entry.name], entry, _discard)
                continue
            target = temp_dir / f"{index:06d}"
            with open(target, "wb") as out:
                reader.copy(zf, infos[entry.name], entry, out.write)
            extracted[entry.name] = target
        return VerifiedPackage(reader, zf, manifest, file_hash, listed, infos,
                               temp_dir, extracted)
    except BaseException:
        if zf is not None:
            zf.close()
        fh.close()
        if temp_dir is not None:
            shutil.rmtree(temp_dir, ignore_errors=True)
        raise


def verify_package(path: Path, *, limits: Limits = Limits()) -> dict[str, Any]:  # noqa: B008
    """Check a package completely (no database) and summarise it for `sync verify`."""
    with open_package(path, limits=limits) as pkg:
        return pkg.summary()
