"""Where a data directory lives, and refusing the places SQLite's WAL cannot work."""

from __future__ import annotations

import contextlib
import json
import os
import re
import sys
from collections.abc import Iterator
from pathlib import Path

from .errors import UserError
from .messages import QT_TRANSLATE_NOOP, Msg

NETWORK_SHARE = QT_TRANSLATE_NOOP(
    "paths.network_share",
    "data directory {path} is on a network share; SQLite's WAL mode needs a local disk — choose a "
    "folder on this computer")
NETWORK_FILESYSTEM = QT_TRANSLATE_NOOP(
    "paths.network_filesystem",
    "data directory {path} is on a network filesystem ({fstype}); SQLite's WAL mode needs a local "
    "disk — choose a folder on this computer")
CANNOT_CREATE_DATA_DIR = QT_TRANSLATE_NOOP(
    "paths.cannot_create_data_dir",
    "cannot create data directory {path}: {error}")
LOCK_FILE = QT_TRANSLATE_NOOP(
    "paths.lock_file",
    "{path}: cannot open the data directory's lock file: {error}")

ENV_VAR = "INSPECTOR_DATA_DIR"
DB_NAME = "inspector.sqlite3"
# WAL needs shared memory that network filesystems do not provide reliably.
NETWORK_FS = {"nfs", "nfs4", "cifs", "smb3", "smbfs", "fuse.sshfs", "9p", "afs", "ncpfs",
              "fuse.rclone", "davfs", "fuse.davfs2", "glusterfs", "ceph", "lustre"}


def default_data_dir() -> Path:
    import platformdirs  # only without --data-dir or INSPECTOR_DATA_DIR: not for every start

    return Path(platformdirs.user_data_dir("inspector", appauthor=False))


def shipped_dir(name: str) -> Path | None:
    """The folder `name` (forms, resources) shipped with the app: inside the installed
    package (the wheel's _shipped/), else the checkout's top level; None without one."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "_shipped" / name, here.parent / name):
        if candidate.is_dir():
            return candidate
    return None


NETWORK_PREFIXES = ("\\\\", "//")  # UNC: \\server\share, //server/share


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    chosen = explicit or os.environ.get(ENV_VAR) or default_data_dir()
    if os.fspath(chosen).startswith(NETWORK_PREFIXES):
        # resolve() would turn //server/share into the local /server/share; keep it as
        # given so check_local refuses it.
        return Path(chosen)
    return Path(chosen).expanduser().resolve()


def filesystem_type(path: Path, mounts: str = "/proc/mounts") -> str | None:
    """The type of the filesystem holding `path` (Linux), from the longest mount prefix."""
    try:
        lines = Path(mounts).read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    best, best_type = "", None
    target = str(path)
    for line in lines:
        parts = line.split()
        if len(parts) < 3:
            continue
        mount = parts[1].replace("\\040", " ")
        inside = target == mount or target.startswith(mount.rstrip("/") + "/")
        if inside and len(mount) >= len(best):
            best, best_type = mount, parts[2]
    return best_type


def check_local(path: Path, mounts: str = "/proc/mounts") -> None:
    """Refuse a data directory on a network share, in one line that says why."""
    if str(path).startswith(NETWORK_PREFIXES):
        raise UserError(NETWORK_SHARE(path=path))
    fstype = filesystem_type(path, mounts)
    if fstype in NETWORK_FS:
        raise UserError(NETWORK_FILESYSTEM(path=path, fstype=fstype))


def prepare_data_dir(path: Path) -> Path:
    check_local(path)
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(CANNOT_CREATE_DATA_DIR(path=path, error=exc.strerror)) from None
    return path


# ---- one writer per data directory ----

LOCK_NAME = "inspector.lock"
APP = "app"  # the desktop app holds its data directory while it is open
BUSY_APP = QT_TRANSLATE_NOOP(
    "paths.busy_app", "data directory {dir} is in use by the app (process {pid}); close it or "
    "wait for it to finish, then try again")
BUSY_COMMAND = QT_TRANSLATE_NOOP(
    "paths.busy_command", "data directory {dir} is in use by '{command}' (process {pid}); wait "
    "for it to finish, then try again")
BUSY = QT_TRANSLATE_NOOP(
    "paths.busy", "data directory {dir} is in use by another inspector; close it or wait for it "
    "to finish, then try again")
_held: dict[Path, tuple[int, int]] = {}  # lock file → (descriptor, holds) in this process


class DataDirBusy(UserError):
    """Another process writes to this data directory."""


def _try_lock(fd: int) -> bool:
    try:
        if sys.platform == "win32":
            import msvcrt

            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


@contextlib.contextmanager
def writing_to(data_dir: Path, what: str) -> Iterator[None]:
    """Hold the data directory for `what` (APP, or a command: "inspector sync import"): a
    second app or writing command on it meanwhile is refused in one line, naming the
    holder, instead of both writing. Held again within one process, it just counts (a GUI
    test runs commands beside its window). The lock goes with the process, whatever ends
    it, so no stale lock is left behind."""
    lock = prepare_data_dir(data_dir) / LOCK_NAME
    if lock in _held:
        fd, holds = _held[lock]
        _held[lock] = (fd, holds + 1)
    else:
        try:
            fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            raise UserError(LOCK_FILE(path=lock, error=exc.strerror)) from None
        if not _try_lock(fd):
            holder = _holder(fd)
            os.close(fd)
            raise DataDirBusy(_busy(data_dir, holder))
        os.ftruncate(fd, 0)
        os.write(fd, json.dumps({"what": what, "pid": os.getpid()}).encode())
        _held[lock] = (fd, 1)
    try:
        yield
    finally:
        fd, holds = _held[lock]
        if holds > 1:
            _held[lock] = (fd, holds - 1)
        else:
            del _held[lock]
            with contextlib.suppress(OSError):
                os.ftruncate(fd, 0)
            os.close(fd)  # releases the lock


def _holder(fd: int) -> dict[str, object]:
    """What the lock file says of its holder: {"what": APP or a command, "pid": N}."""
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        found = json.loads(os.read(fd, 500).decode("utf-8", "replace"))
    except (OSError, ValueError):
        return {}
    return found if isinstance(found, dict) else {}


def _busy(data_dir: Path, holder: dict[str, object]) -> Msg:
    what, pid = holder.get("what"), holder.get("pid")
    if what == APP:
        return BUSY_APP(dir=data_dir, pid=pid)
    if isinstance(what, str) and what:
        return BUSY_COMMAND(dir=data_dir, command=what, pid=pid)
    return BUSY(dir=data_dir)


def safe_file_name(text: str) -> str:
    """`text` as one part of a file name on any disk a USB stick may carry (FAT32, NTFS):
    no separators, reserved characters or spaces."""
    return re.sub(r'[\\/:*?"<>|\s]+', "_", text).strip("_") or "未指定"
