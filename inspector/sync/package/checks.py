"""The checks that verify a package, in order: `Reader` reads the trailer and the
manifest (bounded, before anything is trusted), checks the format and key, hashes the
signed region and verifies the signature, then walks the zip archive — through `_Window`,
which hides the trailer — and checks every name, type, layout, size, ratio and hash on
the bytes actually decompressed. Each failure is one PackageError naming the file.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import stat
import struct
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, NoReturn

from ...messages import Msg
from ..keys import fingerprint_of, public_from_b64, verify_signature
from . import refusals as why
from .format import (
    CHUNK,
    FORMAT_PREFIX,
    FORMAT_VERSION,
    MANIFEST_NAME,
    MIN_PACKAGE,
    RESERVED,
    SIGNATURE_CONTEXT,
    TRAILER_MAGIC,
    TRAILER_SIZE,
    Entry,
    KiB,
    Limits,
    PackageError,
    entry_name_problem,
    human_size,
    name_key,
)

if TYPE_CHECKING:
    from _typeshed import WriteableBuffer

_LOCAL = struct.Struct("<4s2B4HL2L2H")  # local file header, 30 bytes
_CENTRAL = struct.Struct("<4s4B4HL2L5H2L")  # central directory header, 46 bytes
_EOCD = struct.Struct("<4s4H2LH")  # end of central directory, 22 bytes
_LOCATOR64 = struct.Struct("<4sLQL")  # zip64 end of central directory locator, 20 bytes
_EOCD64 = struct.Struct("<4sQ2H2L4Q")  # zip64 end of central directory record, 56 bytes
_HEX64 = re.compile(r"[0-9a-f]{64}")
READ_ERRORS = (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, struct.error, EOFError,
               OSError, ValueError, NotImplementedError, RuntimeError)


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


def pread(fh: io.BufferedReader, offset: int, n: int) -> bytes:
    fh.seek(offset)
    return fh.read(n)


class Reader:
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

    def fail(self, problem: Msg) -> NoReturn:
        raise PackageError(why.IN_FILE(file=self.label, problem=problem))

    def unreadable(self, detail: Msg | str) -> NoReturn:
        self.fail(why.UNREADABLE(detail=detail))

    def tick(self, n: int) -> None:
        self.done += n
        if self.progress is not None:
            self.progress(self.done, self.work)

    # -- before the signature: trailer, manifest, format, key

    def trailer(self) -> bytes:
        if self.size < MIN_PACKAGE:
            self.fail(why.TOO_SHORT(size=self.size))
        tail = pread(self.fh, self.end, TRAILER_SIZE)
        magic, signature = tail[:len(TRAILER_MAGIC)], tail[len(TRAILER_MAGIC):]
        if magic == TRAILER_MAGIC:
            return signature
        if magic[:-1] == TRAILER_MAGIC[:-1] and magic[-1:].isdigit():
            self.fail(why.NEWER_SIGNATURE(format=magic[-1:].decode()))
        if TRAILER_MAGIC[:4] in tail:
            self.fail(why.CUT_OFF())
        if pread(self.fh, 0, 4) == b"PK\x03\x04":
            self.fail(why.NO_SIGNATURE())
        self.fail(why.NOT_A_PACKAGE())

    def manifest_raw(self) -> bytes:
        """The first entry's bytes, read from its local header at offset 0 (unverified)."""
        header = pread(self.fh, 0, _LOCAL.size)
        if len(header) < _LOCAL.size or header[:4] != b"PK\x03\x04":
            self.unreadable(why.NO_ARCHIVE())
        (_, _, _, flags, method, _, _, _, csize, _, nlen, xlen) = _LOCAL.unpack(header)
        if pread(self.fh, _LOCAL.size, nlen) != MANIFEST_NAME.encode():
            self.missing_or_not_first()
        start = _LOCAL.size + nlen + xlen
        cap = self.limits.max_manifest
        if flags & 0x1:
            self.unreadable(why.MANIFEST_ENCRYPTED())
        if method == zipfile.ZIP_STORED:
            if flags & 0x8 or csize == 0xFFFFFFFF or start + csize > self.end:
                self.unreadable(why.MANIFEST_SIZE_UNKNOWN())
            if csize > cap:
                self.manifest_too_big()
            return pread(self.fh, start, csize)
        if method != zipfile.ZIP_DEFLATED:
            self.unreadable(why.MANIFEST_COMPRESSION())
        d = zlib.decompressobj(-15)
        out = bytearray()
        pos = start
        try:
            while not d.eof:
                data = d.unconsumed_tail
                if not data:
                    if pos >= self.end:
                        self.unreadable(why.MANIFEST_CUT_OFF())
                    data = pread(self.fh, pos, min(CHUNK, self.end - pos))
                    pos += len(data)
                out += d.decompress(data, cap + 1 - len(out))
                if len(out) > cap:
                    self.manifest_too_big()
        except zlib.error as exc:
            self.unreadable(why.MANIFEST_COMPRESSED_INVALID(error=exc))
        return bytes(out)

    def manifest_too_big(self) -> NoReturn:
        self.fail(why.MANIFEST_TOO_LARGE(limit=human_size(self.limits.max_manifest)))

    def missing_or_not_first(self) -> NoReturn:
        with self.open_zip() as zf:
            names = [i.orig_filename for i in zf.infolist()]
        if MANIFEST_NAME in names:
            self.fail(why.FIRST_NOT_MANIFEST_DAMAGED())
        self.fail(why.NO_MANIFEST())

    def manifest(self, raw: bytes) -> dict[str, Any]:
        try:
            manifest = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError):
            manifest = None
        if not isinstance(manifest, dict):
            self.fail(why.MANIFEST_NOT_JSON())
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
                self.fail(why.MADE_BY_NEWER(fmt=fmt))
            self.fail(why.SAYS_NEWER(fmt=fmt))
        if version != FORMAT_VERSION:
            self.fail(why.UNKNOWN_FORMAT(fmt=repr(fmt)))

    def public_key(self, manifest: dict[str, Any]) -> bytes:
        text = manifest.get("public_key")
        try:
            if not isinstance(text, str):
                raise ValueError("missing")
            return public_from_b64(text)
        except ValueError:
            self.check_format(manifest, signed=False)  # another format may keep keys elsewhere
            self.fail(why.NO_PUBLIC_KEY())

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
                self.fail(why.CHANGED_WHILE_CHECKED())
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
            self.fail(why.BAD_SIGNATURE())
        self.check_format(manifest, signed=True)
        h.update(TRAILER_MAGIC + signature)
        return h.hexdigest()

    # -- after the signature: the signer made exactly these bytes; are they sound?

    def manifest_header(self, manifest: dict[str, Any], public_raw: bytes) -> None:
        if manifest.get("fingerprint") != fingerprint_of(public_raw):
            self.fail(why.FINGERPRINT_MISMATCH())
        device_id = manifest.get("device_id")
        if not isinstance(device_id, str) or not device_id.strip():
            self.invalid(why.NO_DEVICE_ID())
        if not isinstance(manifest.get("created_at"), str):
            self.invalid(why.NO_CREATION_TIME())
        if not isinstance(manifest.get("forms"), list):
            self.invalid(why.FORMS_NOT_LIST())
        if not isinstance(manifest.get("extra"), dict):
            self.invalid(why.EXTRA_NOT_OBJECT())
        listed = manifest.get("entries")
        if not isinstance(listed, list):
            self.invalid(why.ENTRIES_NOT_LIST())
        if len(listed) + 1 > self.limits.max_entries:  # + the manifest
            self.too_many()

    def manifest_entries(self, listed: list[Any]) -> list[Entry]:
        out: list[Entry] = []
        keys: set[str] = set()
        total = 0
        for item in listed:
            if not isinstance(item, dict):
                self.invalid(why.ENTRY_NOT_OBJECT())
            name, size, sha = item.get("name"), item.get("size"), item.get("sha256")
            if not isinstance(name, str):
                self.invalid(why.ENTRY_NO_NAME())
            problem = entry_name_problem(name)
            if problem or name == MANIFEST_NAME:
                self.invalid(why.LISTS_BAD_NAME(name=repr(name), detail=problem or RESERVED()))
            if name_key(name) in keys:
                self.invalid(why.LISTS_TWICE(name=repr(name)))
            keys.add(name_key(name))
            if type(size) is not int or size < 0:
                self.invalid(why.NO_VALID_SIZE(name=repr(name)))
            if not isinstance(sha, str) or not _HEX64.fullmatch(sha):
                self.invalid(why.NO_VALID_SHA(name=repr(name)))
            if size > self.limits.max_entry:
                self.fail(why.ENTRY_TOO_LARGE(
                    name=repr(name), size=human_size(size),
                    limit=human_size(self.limits.max_entry)))
            total += size
            out.append(Entry(name, size, sha))
        if total > self.limits.max_total:
            self.fail(why.PACKAGE_TOO_LARGE(
                size=human_size(total), limit=human_size(self.limits.max_total)))
        self.work = self.end + total
        return out

    def invalid(self, what: Msg | str) -> NoReturn:
        self.fail(why.INVALID_MANIFEST(what=what))

    def too_many(self) -> NoReturn:
        self.fail(why.TOO_MANY_ENTRIES(limit=self.limits.max_entries))

    def count_entries(self) -> None:
        """Walk the central directory records (without keeping them) so that zipfile is
        never asked to hold more than max_entries of them."""
        tail = pread(self.fh, self.end - _EOCD.size, _EOCD.size)
        if len(tail) != _EOCD.size:
            self.unreadable(why.NO_END_RECORD())
        sig, _, _, _, total, cd_size, cd_offset, comment = _EOCD.unpack(tail)
        if sig != b"PK\x05\x06" or comment:
            self.unreadable(why.NO_END_RECORD_AT_END())
        if 0xFFFF in (total,) or 0xFFFFFFFF in (cd_size, cd_offset):
            locator = pread(self.fh, self.end - _EOCD.size - _LOCATOR64.size,
                             _LOCATOR64.size)
            if len(locator) != _LOCATOR64.size or locator[:4] != b"PK\x06\x07":
                self.unreadable(why.NO_ZIP64_LOCATOR())
            record_at = _LOCATOR64.unpack(locator)[2]
            record = pread(self.fh, record_at, _EOCD64.size)
            if len(record) != _EOCD64.size or record[:4] != b"PK\x06\x06":
                self.unreadable(why.NO_ZIP64_RECORD())
            fields = _EOCD64.unpack(record)
            total, cd_size, cd_offset = fields[7], fields[8], fields[9]
        if total > self.limits.max_entries:
            self.too_many()
        if cd_offset + cd_size > self.end:
            self.unreadable(why.DIRECTORY_OUTSIDE())
        window = io.BufferedReader(_Window(self.fh, cd_offset + cd_size), CHUNK)
        window.seek(cd_offset)
        pos, count = cd_offset, 0
        while pos < cd_offset + cd_size:
            record = window.read(_CENTRAL.size)
            if len(record) != _CENTRAL.size or record[:4] != b"PK\x01\x02":
                self.unreadable(why.DIRECTORY_DAMAGED())
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
            self.fail(why.FIRST_NOT_MANIFEST())
        found: dict[str, zipfile.ZipInfo] = {}
        keys: set[str] = set()
        for info in infos:
            name = info.orig_filename
            problem = entry_name_problem(name)
            if problem:
                self.fail(why.BAD_ENTRY_NAME(name=repr(name), detail=problem))
            if name_key(name) in keys:
                self.fail(why.ENTRY_TWICE(name=repr(name)))
            keys.add(name_key(name))
            kind = stat.S_IFMT(info.external_attr >> 16)
            if kind == stat.S_IFLNK:
                self.fail(why.ENTRY_SYMLINK(name=repr(name)))
            if kind == stat.S_IFDIR or info.external_attr & 0x10:
                self.fail(why.ENTRY_DIRECTORY(name=repr(name)))
            if kind not in (0, stat.S_IFREG):
                self.fail(why.ENTRY_NOT_REGULAR(name=repr(name)))
            if info.flag_bits & 0x1:
                self.fail(why.ENTRY_ENCRYPTED(name=repr(name)))
            if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                self.fail(why.ENTRY_COMPRESSION(name=repr(name)))
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
                self.fail(why.ENTRY_NOT_LISTED(name=repr(info.orig_filename)))
        for e in listed:
            if e.name not in found:
                self.fail(why.ENTRY_MISSING(name=repr(e.name)))
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
            header = pread(self.fh, info.header_offset, _LOCAL.size)
            if len(header) != _LOCAL.size or header[:4] != b"PK\x03\x04":
                self.unreadable(why.NO_LOCAL_HEADER(name=repr(info.orig_filename)))
            nlen, xlen = _LOCAL.unpack(header)[10:12]
            data_end = info.header_offset + _LOCAL.size + nlen + xlen + info.compress_size
            if data_end > limit:
                self.overlap()
            previous = info.header_offset

    def overlap(self) -> NoReturn:
        self.fail(why.OVERLAP())

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
        self.fail(why.ENTRY_UNREADABLE(name=repr(name), detail=exc or type(exc).__name__))

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
                    self.fail(why.RATIO_BOMB(name=repr(name), ratio=limits.max_ratio))
                if produced > limits.max_entry:
                    self.fail(why.ENTRY_BOMB(name=repr(name), limit=human_size(limits.max_entry)))
                if count and self.total > limits.max_total:
                    self.fail(why.PACKAGE_BOMB(limit=human_size(limits.max_total)))
                if produced > entry.size:
                    self.fail(why.ENTRY_LARGER(name=repr(name), size=entry.size))
                h.update(chunk)
                sink(chunk)
                if count:
                    self.tick(len(chunk))
        if produced != entry.size:
            self.fail(why.ENTRY_SIZE_DIFFERS(name=repr(name), got=produced, size=entry.size))
        if h.hexdigest() != entry.sha256:
            self.fail(why.ENTRY_HASH_DIFFERS(name=repr(name)))
