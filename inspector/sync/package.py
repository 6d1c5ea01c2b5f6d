"""Sync packages: one file, signed over every byte, verified completely before use.

File layout::

    <zip archive> b"INSPSIG1" <64-byte Ed25519 signature>

The signature signs b"inspector-package/1\\n" + SHA-256(every byte of the zip archive), so
one changed byte anywhere (zip headers and timestamps included) invalidates it. The zip's
first entry is `manifest.json` (device id and public key, inspector, forms, every other
entry with size and SHA-256); the other entries are what the caller put in. Entries are
written with fixed timestamps and attributes, so the same content gives the same bytes.

Reading never trusts the archive: the manifest is read from the first local header
(bounded), its format version and key checked, the signed region hashed in 1 MB blocks
and the signature verified with the manifest's key (whether that key is *trusted* is the
caller's decision). Only then is the archive parsed — through a window that hides the
trailer — and every name, type, size and hash checked, sizes and ratios counted on the
bytes actually decompressed, never on what the headers declare.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import io
import json
import os
import re
import shutil
import stat
import struct
import tempfile
import unicodedata
import zipfile
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import IO, TYPE_CHECKING, Any, BinaryIO, NoReturn

from .. import output
from ..errors import UserError
from .keys import DeviceKey, fingerprint_of, public_from_b64, short_fingerprint, verify_signature

if TYPE_CHECKING:
    from _typeshed import WriteableBuffer

FORMAT = "inspector-package/1"
FORMAT_PREFIX = "inspector-package/"
FORMAT_VERSION = 1
TRAILER_MAGIC = b"INSPSIG1"
SIGNATURE_CONTEXT = b"inspector-package/1\n"
SIGNATURE_SIZE = 64
TRAILER_SIZE = len(TRAILER_MAGIC) + SIGNATURE_SIZE
MANIFEST_NAME = "manifest.json"
FIXED_TIME = (1980, 1, 1, 0, 0, 0)
CHUNK = 1 << 20
DEFLATED_SUFFIXES = (".json", ".jsonl")
MANIFEST_FIELDS = ("inspector", "created_at", "forms", "extra")

KiB, MiB, GiB = 1 << 10, 1 << 20, 1 << 30
MIN_PACKAGE = TRAILER_SIZE + 22 + 30 + len(MANIFEST_NAME)  # EOCD + one local header

_LOCAL = struct.Struct("<4s2B4HL2L2H")  # local file header, 30 bytes
_CENTRAL = struct.Struct("<4s4B4HL2L5H2L")  # central directory header, 46 bytes
_EOCD = struct.Struct("<4s4H2LH")  # end of central directory, 22 bytes
_LOCATOR64 = struct.Struct("<4sLQL")  # zip64 end of central directory locator, 20 bytes
_EOCD64 = struct.Struct("<4sQ2H2L4Q")  # zip64 end of central directory record, 56 bytes
_HEX64 = re.compile(r"[0-9a-f]{64}")
_DRIVE = re.compile(r"[A-Za-z]:")
_BAD_CHARS = set('<>:"|?*') | {chr(c) for c in range(32)} | {"\x7f"}
READ_ERRORS = (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, struct.error, EOFError,
               OSError, ValueError, NotImplementedError, RuntimeError)


class PackageError(UserError):
    """A package that is refused; the message names the file and the problem."""


@dataclass(frozen=True)
class Limits:
    """What a package may expand to; every limit is enforced on bytes actually produced.

    max_ratio applies once an entry has produced more than ratio_threshold bytes: real
    JSON(L) compresses 5–20×, photos are stored (1×), deflate's ceiling is ~1030×. 200×
    leaves ten times the headroom real data needs and stops a bomb after producing 200×
    its compressed size; small entries (≤ 1 MiB) may compress as well as they like.
    """

    max_entries: int = 200_000
    max_total: int = 20 * GiB
    max_entry: int = 2 * GiB
    max_ratio: int = 200
    ratio_threshold: int = 1 * MiB
    max_manifest: int = 64 * MiB


@dataclass(frozen=True)
class Entry:
    name: str
    size: int
    sha256: str


def human_size(n: int) -> str:
    for unit, size in (("GB", GiB), ("MB", MiB), ("KB", KiB)):
        if n >= size:
            return f"{n / size:.1f} {unit}".replace(".0 ", " ")
    return f"{n} bytes"


def entry_name_problem(name: str) -> str | None:
    """Why `name` cannot be a package entry (a phrase), or None when it is a plain path."""
    if not name:
        return "has an empty name"
    if "\\" in name:
        return "contains a backslash"
    if name.startswith("/"):
        return "is an absolute path"
    if _DRIVE.match(name):
        return "starts with a drive letter"
    if name.endswith("/"):
        return "is a directory"
    parts = name.split("/")
    if ".." in parts:
        return "points outside the package (..)"
    if any(p in ("", ".") for p in parts):
        return "is not a plain relative path"
    if any(c in _BAD_CHARS for c in name) or any(p[-1] in ". " for p in parts):
        return "contains characters not allowed in file names"
    return None


def _name_key(name: str) -> str:
    """Names that would be the same file on Windows or macOS are duplicates."""
    return unicodedata.normalize("NFC", name).casefold()


def _deflated(name: str) -> bool:
    return name.endswith(DEFLATED_SUFFIXES)


def signed_message(zip_digest: bytes) -> bytes:
    return SIGNATURE_CONTEXT + zip_digest


# ---------------------------------------------------------------- writing


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
    info.compress_type = zipfile.ZIP_DEFLATED if _deflated(name) else zipfile.ZIP_STORED
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
        raise PackageError(f"{path.name}: {len(prepared) + 1} entries are more than a "
                           f"package may hold ({limits.max_entries}) — send less at once")
    if big:
        raise PackageError(f"{path.name}: {big[0][0]} is {human_size(big[0][1])}, more than "
                           f"a package may hold ({human_size(limits.max_entry)})")
    if total > limits.max_total:
        raise PackageError(f"{path.name}: {human_size(total)} is more than a package may "
                           f"hold ({human_size(limits.max_total)}) — send less at once")


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
        if name == MANIFEST_NAME or _name_key(name) in seen:
            raise ValueError(f"entry name {name!r} is used twice (or is the manifest's)")
        seen.add(_name_key(name))
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
        raise PackageError(f"{src}: the file changed while the package was being written "
                           "— make the package again")


# ---------------------------------------------------------------- reading


class _Window(io.RawIOBase):
    """A read-only view of the first `size` bytes of an open file: the archive without
    the signature trailer, so trailing bytes never confuse zipfile."""

    def __init__(self, fh: io.BufferedReader, size: int) -> None:
        super().__init__()
        self._fh = fh
        self._size = size
        self._pos = 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._pos

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._pos, io.SEEK_END: self._size}.get(whence)
        if base is None:
            raise ValueError(f"bad whence {whence}")
        if base + offset < 0:
            raise OSError("seek before the start of the archive")
        self._pos = base + offset
        return self._pos

    def readinto(self, buffer: WriteableBuffer) -> int:
        view = memoryview(buffer).cast("B")
        n = min(len(view), self._size - self._pos)
        if n <= 0:
            return 0
        self._fh.seek(self._pos)
        got = self._fh.readinto(view[:n])
        self._pos += got
        return got


def _pread(fh: io.BufferedReader, offset: int, n: int) -> bytes:
    fh.seek(offset)
    return fh.read(n)


class _Reader:
    """The checks of open_package, in order; each failure is one PackageError."""

    def __init__(self, path: Path, fh: io.BufferedReader, limits: Limits,
                 progress: Callable[[int, int], None] | None) -> None:
        self.path, self.fh, self.limits, self.progress = path, fh, limits, progress
        self.label = path.name
        self.size = os.fstat(fh.fileno()).st_size
        self.end = self.size - TRAILER_SIZE  # end of the signed archive
        self.done = 0
        self.work = self.end  # hashing the signed region, then each entry
        self.total = 0  # bytes produced by all entries so far

    def fail(self, problem: str) -> NoReturn:
        raise PackageError(f"{self.label}: {problem}")

    def unreadable(self, detail: str) -> NoReturn:
        self.fail(f"the package cannot be read ({detail}) — the file is damaged or was not "
                  "made by inspector")

    def tick(self, n: int) -> None:
        self.done += n
        if self.progress is not None:
            self.progress(self.done, self.work)

    # -- before the signature: trailer, manifest, format, key

    def trailer(self) -> bytes:
        if self.size < MIN_PACKAGE:
            self.fail(f"the file is too short to be a sync package ({self.size} bytes) — it "
                      "was cut off while copying, or is not a package")
        tail = _pread(self.fh, self.end, TRAILER_SIZE)
        magic, signature = tail[:len(TRAILER_MAGIC)], tail[len(TRAILER_MAGIC):]
        if magic == TRAILER_MAGIC:
            return signature
        if magic[:-1] == TRAILER_MAGIC[:-1] and magic[-1:].isdigit():
            self.fail(f"the package was made by a newer version of inspector (signature "
                      f"format {magic[-1:].decode()}) — update inspector to read it")
        if TRAILER_MAGIC[:4] in tail:
            self.fail("the end of the file is missing — it was cut off while copying; copy "
                      "it again")
        if _pread(self.fh, 0, 4) == b"PK\x03\x04":
            self.fail("the package has no signature — the file is incomplete (cut off "
                      "while copying) or was not made by inspector")
        self.fail("this is not an inspector sync package")

    def manifest_raw(self) -> bytes:
        """The first entry's bytes, read from its local header at offset 0 (unverified)."""
        header = _pread(self.fh, 0, _LOCAL.size)
        if len(header) < _LOCAL.size or header[:4] != b"PK\x03\x04":
            self.unreadable("no archive at the start of the file")
        (_, _, _, flags, method, _, _, _, csize, _, nlen, xlen) = _LOCAL.unpack(header)
        if _pread(self.fh, _LOCAL.size, nlen) != MANIFEST_NAME.encode():
            self.missing_or_not_first()
        start = _LOCAL.size + nlen + xlen
        cap = self.limits.max_manifest
        if flags & 0x1:
            self.unreadable("the manifest is encrypted")
        if method == zipfile.ZIP_STORED:
            if flags & 0x8 or csize == 0xFFFFFFFF or start + csize > self.end:
                self.unreadable("the manifest's size is unknown")
            if csize > cap:
                self.manifest_too_big()
            return _pread(self.fh, start, csize)
        if method != zipfile.ZIP_DEFLATED:
            self.unreadable("the manifest uses an unsupported compression method")
        d = zlib.decompressobj(-15)
        out = bytearray()
        pos = start
        try:
            while not d.eof:
                data = d.unconsumed_tail
                if not data:
                    if pos >= self.end:
                        self.unreadable("the manifest is cut off")
                    data = _pread(self.fh, pos, min(CHUNK, self.end - pos))
                    pos += len(data)
                out += d.decompress(data, cap + 1 - len(out))
                if len(out) > cap:
                    self.manifest_too_big()
        except zlib.error as exc:
            self.unreadable(f"the manifest's compressed data is invalid: {exc}")
        return bytes(out)

    def manifest_too_big(self) -> NoReturn:
        self.fail(f"the manifest is larger than {human_size(self.limits.max_manifest)} — "
                  "refused")

    def missing_or_not_first(self) -> NoReturn:
        with self.open_zip() as zf:
            names = [i.orig_filename for i in zf.infolist()]
        if MANIFEST_NAME in names:
            self.fail("the package's first entry is not its manifest (manifest.json) — the "
                      "file is damaged or was not made by inspector")
        self.fail("the package has no manifest (manifest.json) — the file is damaged or was "
                  "not made by inspector")

    def manifest(self, raw: bytes) -> dict[str, Any]:
        try:
            manifest = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError):
            manifest = None
        if not isinstance(manifest, dict):
            self.fail("the manifest is not valid JSON — the file is damaged or was not made "
                      "by inspector")
        return manifest

    @staticmethod
    def format_version(manifest: dict[str, Any]) -> int | None:
        fmt = manifest.get("format")
        if isinstance(fmt, str) and fmt.startswith(FORMAT_PREFIX):
            number = fmt.removeprefix(FORMAT_PREFIX)
            if number.isascii() and number.isdigit():
                return int(number)
        return None

    def check_format(self, manifest: dict[str, Any], signed: bool) -> None:
        """Format 1 only. Read before the signature, a "newer" claim may be damage."""
        fmt, version = manifest.get("format"), self.format_version(manifest)
        if version is not None and version > FORMAT_VERSION:
            if signed:
                self.fail(f"the package was made by a newer version of inspector (format "
                          f"{fmt}) — update inspector to read it")
            self.fail(f"the package says it was made by a newer version of inspector (format "
                      f"{fmt}) — update inspector to read it (if this inspector is up to date, "
                      "the file is damaged)")
        if version != FORMAT_VERSION:
            self.fail(f"unknown package format {fmt!r} — the file is damaged or is not an "
                      "inspector sync package")

    def public_key(self, manifest: dict[str, Any]) -> bytes:
        text = manifest.get("public_key")
        try:
            if not isinstance(text, str):
                raise ValueError("missing")
            return public_from_b64(text)
        except ValueError:
            self.check_format(manifest, signed=False)  # another format may keep keys elsewhere
            self.fail("the manifest has no valid device public key — the file is damaged "
                      "or was not made by inspector")

    def check_signature(self, manifest: dict[str, Any], public_raw: bytes,
                        signature: bytes) -> str:
        """Hash the signed region in 1 MB blocks and verify with the manifest's key, then
        the format version; return the whole file's SHA-256."""
        h = hashlib.sha256()
        buf = bytearray(CHUNK)
        view = memoryview(buf)
        self.fh.seek(0)
        left = self.end
        while left > 0:
            got = self.fh.readinto(view[:min(CHUNK, left)])
            if not got:
                self.fail("the file changed while it was being checked — try again")
            h.update(view[:got])
            left -= got
            self.tick(got)
        contexts = [SIGNATURE_CONTEXT]
        version = self.format_version(manifest)
        if version is not None and version > FORMAT_VERSION:  # a newer format's own context
            contexts.append(f"{FORMAT_PREFIX}{version}\n".encode())
        if not any(verify_signature(public_raw, signature, c + h.digest()) for c in contexts):
            if version is not None and version > FORMAT_VERSION:
                self.check_format(manifest, signed=False)
            self.fail("the signature does not match — the file was changed or damaged "
                      "after it was made")
        self.check_format(manifest, signed=True)
        h.update(TRAILER_MAGIC + signature)
        return h.hexdigest()

    # -- after the signature: the signer made exactly these bytes; are they sound?

    def manifest_header(self, manifest: dict[str, Any], public_raw: bytes) -> None:
        if manifest.get("fingerprint") != fingerprint_of(public_raw):
            self.fail("the manifest's fingerprint does not match its public key")
        device_id = manifest.get("device_id")
        if not isinstance(device_id, str) or not device_id.strip():
            self.invalid("no device id")
        if not isinstance(manifest.get("created_at"), str):
            self.invalid("no creation time")
        if not isinstance(manifest.get("forms"), list):
            self.invalid("'forms' is not a list")
        if not isinstance(manifest.get("extra"), dict):
            self.invalid("'extra' is not an object")
        listed = manifest.get("entries")
        if not isinstance(listed, list):
            self.invalid("'entries' is not a list")
        if len(listed) + 1 > self.limits.max_entries:  # + the manifest
            self.too_many()

    def manifest_entries(self, listed: list[Any]) -> list[Entry]:
        out: list[Entry] = []
        keys: set[str] = set()
        total = 0
        for item in listed:
            if not isinstance(item, dict):
                self.invalid("an entry is not an object")
            name, size, sha = item.get("name"), item.get("size"), item.get("sha256")
            if not isinstance(name, str):
                self.invalid("an entry has no name")
            problem = entry_name_problem(name)
            if problem or name == MANIFEST_NAME:
                self.invalid(f"it lists the entry name {name!r}, which "
                             f"{problem or 'is reserved'}")
            if _name_key(name) in keys:
                self.invalid(f"it lists the entry {name!r} twice")
            keys.add(_name_key(name))
            if type(size) is not int or size < 0:
                self.invalid(f"entry {name!r} has no valid size")
            if not isinstance(sha, str) or not _HEX64.fullmatch(sha):
                self.invalid(f"entry {name!r} has no valid SHA-256")
            if size > self.limits.max_entry:
                self.fail(f"entry {name!r} is {human_size(size)}, more than the limit of "
                          f"{human_size(self.limits.max_entry)} — refused")
            total += size
            out.append(Entry(name, size, sha))
        if total > self.limits.max_total:
            self.fail(f"the package holds {human_size(total)}, more than the limit of "
                      f"{human_size(self.limits.max_total)} — refused")
        self.work = self.end + total
        return out

    def invalid(self, what: str) -> NoReturn:
        self.fail(f"the manifest is invalid: {what}")

    def too_many(self) -> NoReturn:
        self.fail(f"the package has more entries than the limit of "
                  f"{self.limits.max_entries} — refused")

    def count_entries(self) -> None:
        """Walk the central directory records (without keeping them) so that zipfile is
        never asked to hold more than max_entries of them."""
        tail = _pread(self.fh, self.end - _EOCD.size, _EOCD.size)
        if len(tail) != _EOCD.size:
            self.unreadable("no end-of-archive record")
        sig, _, _, _, total, cd_size, cd_offset, comment = _EOCD.unpack(tail)
        if sig != b"PK\x05\x06" or comment:
            self.unreadable("no end-of-archive record at the end of the archive")
        if 0xFFFF in (total,) or 0xFFFFFFFF in (cd_size, cd_offset):
            locator = _pread(self.fh, self.end - _EOCD.size - _LOCATOR64.size,
                             _LOCATOR64.size)
            if len(locator) != _LOCATOR64.size or locator[:4] != b"PK\x06\x07":
                self.unreadable("no zip64 end-of-archive locator")
            record_at = _LOCATOR64.unpack(locator)[2]
            record = _pread(self.fh, record_at, _EOCD64.size)
            if len(record) != _EOCD64.size or record[:4] != b"PK\x06\x06":
                self.unreadable("no zip64 end-of-archive record")
            fields = _EOCD64.unpack(record)
            total, cd_size, cd_offset = fields[7], fields[8], fields[9]
        if total > self.limits.max_entries:
            self.too_many()
        if cd_offset + cd_size > self.end:
            self.unreadable("the central directory lies outside the archive")
        window = io.BufferedReader(_Window(self.fh, cd_offset + cd_size), CHUNK)
        window.seek(cd_offset)
        pos, count = cd_offset, 0
        while pos < cd_offset + cd_size:
            record = window.read(_CENTRAL.size)
            if len(record) != _CENTRAL.size or record[:4] != b"PK\x01\x02":
                self.unreadable("the central directory is damaged")
            nlen, xlen, clen = _CENTRAL.unpack(record)[12:15]
            pos += _CENTRAL.size + nlen + xlen + clen
            window.seek(pos)
            count += 1
            if count > self.limits.max_entries:
                self.too_many()

    def open_zip(self) -> zipfile.ZipFile:
        self.count_entries()
        window = io.BufferedReader(_Window(self.fh, self.end), 64 * KiB)
        try:
            return zipfile.ZipFile(window, "r")
        except READ_ERRORS as exc:
            self.unreadable(str(exc) or type(exc).__name__)

    def check_zip_entries(self, zf: zipfile.ZipFile) -> dict[str, zipfile.ZipInfo]:
        """Names and types as the archive has them: no paths out, links or directories."""
        infos = zf.infolist()
        if not infos or infos[0].orig_filename != MANIFEST_NAME or infos[0].header_offset:
            self.fail("the package's first entry is not its manifest (manifest.json)")
        found: dict[str, zipfile.ZipInfo] = {}
        keys: set[str] = set()
        for info in infos:
            name = info.orig_filename
            problem = entry_name_problem(name)
            if problem:
                self.fail(f"entry {name!r} {problem} — refused")
            if _name_key(name) in keys:
                self.fail(f"entry {name!r} appears more than once in the package — refused")
            keys.add(_name_key(name))
            kind = stat.S_IFMT(info.external_attr >> 16)
            if kind == stat.S_IFLNK:
                self.fail(f"entry {name!r} is a symbolic link — refused")
            if kind == stat.S_IFDIR or info.external_attr & 0x10:
                self.fail(f"entry {name!r} is a directory — refused")
            if kind not in (0, stat.S_IFREG):
                self.fail(f"entry {name!r} is not a regular file — refused")
            if info.flag_bits & 0x1:
                self.fail(f"entry {name!r} is encrypted — refused")
            if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                self.fail(f"entry {name!r} uses an unsupported compression method")
            found[name] = info
        return found

    def match(self, zf: zipfile.ZipFile, listed: list[Entry], manifest_raw: bytes) -> None:
        """The archive holds exactly the manifest's entries, laid out soundly, and its
        manifest is the one whose key verified the signature."""
        infos = zf.infolist()
        wanted = {e.name for e in listed}
        found = {i.orig_filename for i in infos}
        for info in infos[1:]:
            if info.orig_filename not in wanted:
                self.fail(f"entry {info.orig_filename!r} is not listed in the manifest — "
                          "refused")
        for e in listed:
            if e.name not in found:
                self.fail(f"entry {e.name!r} is listed in the manifest but missing from the "
                          "package")
        self.check_layout(zf, infos)
        again = bytearray()
        self.copy(zf, infos[0], Entry(MANIFEST_NAME, len(manifest_raw),
                                      hashlib.sha256(manifest_raw).hexdigest()),
                  again.extend, count=False)

    def check_layout(self, zf: zipfile.ZipFile, infos: list[zipfile.ZipInfo]) -> None:
        """Entries in file order, none overlapping another: no entry reuses another's data."""
        ends = [i.header_offset for i in infos[1:]] + [zf.start_dir]
        previous = -1
        for info, limit in zip(infos, ends, strict=True):
            if info.header_offset <= previous:
                self.overlap()
            header = _pread(self.fh, info.header_offset, _LOCAL.size)
            if len(header) != _LOCAL.size or header[:4] != b"PK\x03\x04":
                self.unreadable(f"entry {info.orig_filename!r} has no valid local header")
            nlen, xlen = _LOCAL.unpack(header)[10:12]
            data_end = info.header_offset + _LOCAL.size + nlen + xlen + info.compress_size
            if data_end > limit:
                self.overlap()
            previous = info.header_offset

    def overlap(self) -> NoReturn:
        self.fail("the archive's entries overlap or are out of order — refused")

    def open_entry(self, zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> IO[bytes]:
        try:
            return zf.open(info)
        except READ_ERRORS as exc:
            self.damaged_entry(info.orig_filename, exc)

    def read_chunk(self, src: IO[bytes], name: str) -> bytes:
        try:
            return src.read(CHUNK)
        except READ_ERRORS as exc:
            self.damaged_entry(name, exc)

    def damaged_entry(self, name: str, exc: BaseException) -> NoReturn:
        self.fail(f"entry {name!r} cannot be read ({exc or type(exc).__name__}) — the file "
                  "is damaged or was not made by inspector")

    def copy(self, zf: zipfile.ZipFile, info: zipfile.ZipInfo, entry: Entry,
             sink: Callable[[bytes], object], *, count: bool = True) -> None:
        """Decompress one entry into `sink`, checking as the bytes come: limits, the
        manifest's size, then (at the end) its SHA-256."""
        limits, name = self.limits, entry.name
        ratio_cap = limits.max_ratio * max(info.compress_size, 1)
        h, produced = hashlib.sha256(), 0
        with self.open_entry(zf, info) as src:
            while chunk := self.read_chunk(src, name):
                produced += len(chunk)
                if count:
                    self.total += len(chunk)
                if produced > limits.ratio_threshold and produced > ratio_cap:
                    self.fail(f"entry {name!r} expands to more than {limits.max_ratio}× "
                              "its compressed size — refused as a possible zip bomb")
                if produced > limits.max_entry:
                    self.fail(f"entry {name!r} expands beyond the limit of "
                              f"{human_size(limits.max_entry)} — refused as a possible "
                              "zip bomb")
                if count and self.total > limits.max_total:
                    self.fail(f"the package expands beyond the limit of "
                              f"{human_size(limits.max_total)} — refused as a possible "
                              "zip bomb")
                if produced > entry.size:
                    self.fail(f"entry {name!r} is larger than the manifest says "
                              f"({entry.size} bytes) — refused")
                h.update(chunk)
                sink(chunk)
                if count:
                    self.tick(len(chunk))
        if produced != entry.size:
            self.fail(f"entry {name!r} has {produced} bytes but the manifest says "
                      f"{entry.size} — refused")
        if h.hexdigest() != entry.sha256:
            self.fail(f"entry {name!r} does not match its SHA-256 in the manifest — refused")


class VerifiedPackage:
    """A package whose every byte has been checked. Close it (or use `with`).

    Names are in package order, without manifest.json. `read_bytes` and `extract` read
    the entry again from the package and check it again against the manifest; with
    `extract_dir`, open_package already wrote every entry into a private temporary folder
    there (`path_of`), which closing removes along with anything the caller left in it.
    """

    def __init__(self, reader: _Reader, zf: zipfile.ZipFile, manifest: dict[str, Any],
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
            self._reader.fail(f"entry {name!r} is {human_size(entry.size)}, more than the "
                              f"{human_size(max_size)} allowed for it — refused")
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


def entry_kind(name: str) -> str:
    """What an entry is, for summaries: photo_original, photo_display, data or other."""
    if name.startswith("photos/"):
        return "photo_display" if ".display." in name.rsplit("/", 1)[-1] else "photo_original"
    return "data" if _deflated(name) else "other"


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
            tail = _pread(fh, size - TRAILER_SIZE, TRAILER_SIZE)
    except OSError:
        return None
    if tail[:len(TRAILER_MAGIC)] != TRAILER_MAGIC:
        return None
    return f"{size}:{tail[len(TRAILER_MAGIC):].hex()}"


def open_package(path: Path, *, limits: Limits = Limits(), extract_dir: Path | None = None,
                 progress: Callable[[int, int], None] | None = None) -> VerifiedPackage:
    """Verify everything in the package at `path`, or raise PackageError.

    With `extract_dir`, every entry is also written, as it is checked, into a new private
    folder inside `extract_dir` (see VerifiedPackage.path_of). `progress(done, total)` is
    called with byte counts while hashing and while checking entries.
    """
    try:
        fh = open(path, "rb")  # noqa: SIM115 - owned by the VerifiedPackage
    except FileNotFoundError:
        raise PackageError(f"{path.name}: no such file ({path})") from None
    except OSError as exc:
        raise PackageError(f"{path.name}: cannot be opened: {exc.strerror}") from None
    temp_dir: Path | None = None
    zf: zipfile.ZipFile | None = None
    try:
        reader = _Reader(path, fh, limits, progress)
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


def verify_package(path: Path, *, limits: Limits = Limits()) -> dict[str, Any]:
    """Check a package completely (no database) and summarise it for `sync verify`."""
    with open_package(path, limits=limits) as pkg:
        return pkg.summary()
