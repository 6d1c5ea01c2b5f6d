"""Writing a file the user asked for (a report, an export, a package, a backup).

Every such file is written beside its target as `NAME.part`, made durable, then renamed:
a full disk, a folder that is not writable or a USB stick pulled mid-write leave no
half-written file under the real name — and no `.part` either. Any OS error becomes one
UserError naming the path and the cause in words.
"""

from __future__ import annotations

import contextlib
import errno
import os
from collections.abc import Iterator
from pathlib import Path

from .errors import UserError
from .messages import QT_TRANSLATE_NOOP, Msg
from .photos.tree import fsync_dir

PART_SUFFIX = ".part"

FOLDER_IS_THERE = QT_TRANSLATE_NOOP("output.folder_is_there", "a folder has that name")
FILE_IS_THERE = QT_TRANSLATE_NOOP("output.file_is_there", "a file has that name")
_CAUSES = {
    errno.ENOSPC: QT_TRANSLATE_NOOP("output.disk_full", "the disk is full"),
    errno.EDQUOT: QT_TRANSLATE_NOOP("output.quota", "the disk quota is used up"),
    errno.EFBIG: QT_TRANSLATE_NOOP("output.too_large", "the file is too large for this disk"),
    errno.EACCES: QT_TRANSLATE_NOOP("output.not_writable",
                                    "permission denied: the folder is not writable"),
    errno.EROFS: QT_TRANSLATE_NOOP("output.read_only", "the disk is read-only"),
    errno.EIO: QT_TRANSLATE_NOOP("output.drive_failed",
                                 "the drive failed or was removed while writing"),
    errno.ENODEV: QT_TRANSLATE_NOOP("output.drive_removed", "the drive was removed while writing"),
    errno.ENAMETOOLONG: QT_TRANSLATE_NOOP("output.name_too_long", "the file name is too long"),
    errno.EISDIR: FOLDER_IS_THERE,
    errno.ENOTDIR: QT_TRANSLATE_NOOP("output.path_through_file",
                                     "part of the path is a file, not a folder"),
}
_CAUSES.update({errno.EPERM: _CAUSES[errno.EACCES], errno.ENXIO: _CAUSES[errno.ENODEV],
                errno.ESTALE: _CAUSES[errno.ENODEV]})
OS_SAYS = QT_TRANSLATE_NOOP("output.os_says", "{error}")  # what the system says, as it says it
CANNOT_CREATE_FOLDER = QT_TRANSLATE_NOOP("output.cannot_create_folder",
                                         "{folder}: cannot create the folder — {cause}")
CANNOT_WRITE = QT_TRANSLATE_NOOP(
    "output.cannot_write", "{path}: cannot write the file — {cause}; nothing was left "
    "half-written")
CANNOT_WRITE_FOLDER_THERE = QT_TRANSLATE_NOOP(
    "output.cannot_write_folder_there", "{path}: cannot write the file — a folder has that name")


def cause(exc: OSError) -> Msg:
    """What went wrong, in words a user can act on."""
    found = _CAUSES.get(exc.errno or 0)
    if found is not None:
        return found()
    return OS_SAYS(error=(exc.strerror or str(exc) or type(exc).__name__).rstrip("."))


def part_path(path: Path) -> Path:
    return path.with_name(path.name + PART_SUFFIX)


def ensure_folder(folder: Path) -> list[Path]:
    """Make `folder` (and its parents) when it is missing, or say in one line why not.
    Returns the folders made, outermost first."""
    made = []
    for candidate in reversed([folder, *folder.parents]):
        if not candidate.exists():
            made.append(candidate)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise UserError(CANNOT_CREATE_FOLDER(folder=folder, cause=FILE_IS_THERE())) from None
    except OSError as exc:
        raise UserError(CANNOT_CREATE_FOLDER(folder=folder, cause=cause(exc))) from None
    return made


@contextlib.contextmanager
def writing(path: Path) -> Iterator[Path]:
    """Yield the `.part` path to write `path` through; on success the file is made durable
    and renamed into place, on any failure the `.part` is removed. OSError → UserError."""
    made = ensure_folder(path.parent)
    if path.is_dir():
        raise UserError(CANNOT_WRITE_FOLDER_THERE(path=path))
    part = part_path(path)
    try:
        yield part
        _fsync(part)
        os.replace(part, path)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            part.unlink()
        for folder in reversed(made):  # what this write made, left as it was found
            with contextlib.suppress(OSError):
                folder.rmdir()
        if isinstance(exc, OSError):
            raise UserError(CANNOT_WRITE(path=path, cause=cause(exc))) from None
        raise
    fsync_dir(path.parent)


@contextlib.contextmanager
def several(folder: Path) -> Iterator[list[Path]]:
    """Files written together (an export's tables, one list per unit): the caller adds each
    file it completes to the yielded list; when one fails, those already written and the
    folders made for them are removed too, so a failed export leaves nothing."""
    made = ensure_folder(folder)
    written: list[Path] = []
    try:
        yield written
    except BaseException:
        for path in written:
            with contextlib.suppress(OSError):
                path.unlink()
        for made_folder in reversed(made):
            with contextlib.suppress(OSError):
                made_folder.rmdir()
        raise


def write_bytes(path: Path, data: bytes) -> Path:
    with writing(path) as part:
        part.write_bytes(data)
    return path


def write_text(path: Path, text: str, encoding: str = "utf-8") -> Path:
    with writing(path) as part, open(part, "w", encoding=encoding, newline="") as fh:
        fh.write(text)
    return path


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDWR)  # Windows flushes only a handle open for writing
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
