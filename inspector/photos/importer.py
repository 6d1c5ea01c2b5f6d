"""Importing photos: many files, checked in worker processes, stored once each.

Files and rows stay in step whatever happens (refusal, cancel, SIGKILL): a photo's row
is committed only after its original is durable in the tree, and a journal row
(`photo_pending`) written before the file moves lets `recover` delete a file whose row
never came. Staged files of an interrupted import are removed on the next import.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import shutil
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import UserError
from ..messages import QT_TRANSLATE_NOOP, Msg
from ..store import Store
from ..store import photo_rows as rows
from .decode import Decoded, Refused, why
from .tree import PhotoTree, move_into_place, remove
from .worker import decode_one, init_worker

LINK_OUTSIDE = QT_TRANSLATE_NOOP("photos.link_outside",
                                 "symbolic link leads outside the chosen files")
NO_SUCH_PATH = QT_TRANSLATE_NOOP("photos.no_such_path", "no such file or folder")
NEEDS_DATA_DIR = QT_TRANSLATE_NOOP("photos.needs_data_dir", "photos need a data directory on disk")
CHANGED_WHILE_IMPORTED = QT_TRANSLATE_NOOP(
    "photos.changed_while_imported",
    "changed while being imported, try again")
IMPORT_RUNNING = QT_TRANSLATE_NOOP(
    "photos.import_running",
    "another photo import is running in this data directory")

IMAGE_SUFFIXES = {".jpg", ".jpeg", ".jpe", ".png", ".webp", ".heic", ".heif"}
Progress = Callable[[int, int, str], None]
Cancel = Callable[[], bool]


@dataclass(frozen=True)
class Imported:
    source: str
    sha256: str
    new: bool  # False: the same photo was stored before and is only linked
    flags: tuple[str, ...]


@dataclass
class ImportReport:
    imported: list[Imported] = field(default_factory=list)
    refused: list[tuple[str, Msg]] = field(default_factory=list)  # (file, why)
    cancelled: bool = False
    seconds: float = 0.0


def tree_of(store: Store) -> PhotoTree:
    if store.data_dir is None:
        raise UserError(NEEDS_DATA_DIR())
    return PhotoTree(store.data_dir)


def _inside(path: Path, roots: Sequence[Path]) -> bool:
    return any(path == r or r in path.parents for r in roots)


def collect(paths: Sequence[Path]) -> tuple[list[Path], list[tuple[str, Msg]]]:
    """Files to import from files and folders the user chose, and what is refused.

    A symbolic link found inside a chosen folder must lead to a file inside the chosen
    files or folders: a link out of them would import something the user did not pick.
    Inside folders only image file names are taken; files named directly are all tried.
    """
    roots = [p.resolve() for p in paths]
    files: list[Path] = []
    refused: list[tuple[str, Msg]] = []
    for path in paths:
        if path.is_dir():
            for base, dirs, names in os.walk(path):
                # Hidden folders hold copies, not photos the user picked (Android's
                # DCIM/.thumbnails has a JPEG thumbnail of every photo).
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(names):
                    entry = Path(base) / name
                    if name.startswith(".") or entry.suffix.lower() not in IMAGE_SUFFIXES:
                        continue
                    if entry.is_symlink() and not _inside(entry.resolve(), roots):
                        refused.append((str(entry), LINK_OUTSIDE()))
                        continue
                    files.append(entry)
        elif path.is_file():
            files.append(path)
        else:
            refused.append((str(path), NO_SUCH_PATH()))
    return files, refused


@contextlib.contextmanager
def import_lock(tree: PhotoTree) -> Iterator[None]:
    """One import at a time per data directory (the app and the CLI may both try)."""
    tree.root.mkdir(parents=True, exist_ok=True)
    with open(tree.root / "import.lock", "a+") as fh:
        try:
            import fcntl
        except ImportError:  # pragma: no cover - Windows: no advisory locks, no lock
            yield
            return
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise UserError(IMPORT_RUNNING()) from None
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def discard_pending(store: Store, tree: PhotoTree, journal: Iterable[tuple[str, str]]
                    ) -> int:
    """Undo journalled photos whose row never came: a photo unknown here loses its files;
    one known as a display copy only loses the original that arrived (its row still says
    "original not received"). Returns how many photos lost files."""
    cleaned = 0
    for sha, ext in journal:
        row = rows.photo(store, sha)
        if row is None:
            remove([tree.original(sha, ext), *tree.derived(sha)])
            cleaned += 1
        elif not row["original_present"]:
            remove([tree.original(sha, ext)])
            cleaned += 1
        rows.clear_pending(store, sha)
    return cleaned


def recover(store: Store, tree: PhotoTree) -> int:
    """Remove files an interrupted import left without a row; returns how many photos."""
    cleaned = discard_pending(store, tree, list(rows.pending(store)))
    if tree.staging.is_dir():
        remove([p for p in tree.staging.iterdir() if p.is_file()])
        for folder in tree.staging.iterdir():  # a sync import's extraction folder
            shutil.rmtree(folder, ignore_errors=True)
    return cleaned


def _commit(store: Store, tree: PhotoTree, d: Decoded, inspection_id: str,
            problem_id: str | None, version: str | None, link: bool = True) -> Imported:
    flags = tuple(d.meta.flags)
    stored = rows.photo(store, d.sha256)
    if stored is not None and not stored["original_present"] and d.staged:
        # Known from a sync package as a display copy only: now the original is here.
        rows.begin(store, d.sha256, d.ext)
        move_into_place(Path(d.staged[0]), tree.original(d.sha256, d.ext))
        remove([Path(p) for p in d.staged[1:]])
        rows.mark_original_present(store, d.sha256)
        if link:
            rows.link(store, d.sha256, inspection_id, problem_id, version)
        return Imported(d.source, d.sha256, False, flags)
    if stored is not None or not d.staged:
        remove([Path(p) for p in d.staged])
        if rows.photo(store, d.sha256) is None:
            raise Refused(CHANGED_WHILE_IMPORTED())
        if link:
            rows.link(store, d.sha256, inspection_id, problem_id, version)
        return Imported(d.source, d.sha256, False, flags)
    original, display, thumb = (Path(p) for p in d.staged)
    rows.begin(store, d.sha256, d.ext)
    move_into_place(original, tree.original(d.sha256, d.ext))
    move_into_place(display, tree.display(d.sha256))
    move_into_place(thumb, tree.thumb(d.sha256))
    meta = d.meta
    with store.transaction():
        rows.add(store, {
            "sha256": d.sha256, "file_name": Path(d.source).name, "size": d.size,
            "ext": d.ext, "width": d.width, "height": d.height, "taken_at": meta.taken_at,
            "time_source": meta.time_source,
            "lat": None if meta.lat is None else str(meta.lat),
            "lon": None if meta.lon is None else str(meta.lon),
            "orientation": meta.orientation, "make": meta.make, "model": meta.model,
            "flags": list(meta.flags), "original_present": 1,
        })
        if link:
            rows.link(store, d.sha256, inspection_id, problem_id, version)
    return Imported(d.source, d.sha256, True, flags)


def default_workers() -> int:
    return max(1, min(4, os.cpu_count() or 1))


def import_photos(store: Store, paths: Sequence[Path], inspection_id: str,
                  problem_id: str | None = None, *, progress: Progress | None = None,
                  cancel: Cancel | None = None, workers: int | None = None) -> ImportReport:
    """Import files and folders for an inspection (and a problem in it)."""
    inspection_id, problem_id = rows.check_target(store, inspection_id, problem_id)
    files, refused = collect(paths)
    report = import_batch(store, [(f, inspection_id, problem_id) for f in files],
                          progress=progress, cancel=cancel, workers=workers)
    report.refused[:0] = refused
    return report


def import_batch(store: Store, jobs: Sequence[tuple[Path, str, str | None]], *,
                 progress: Progress | None = None, cancel: Cancel | None = None,
                 workers: int | None = None, version: str | None = None,
                 link: bool = True) -> ImportReport:
    """Import files, each for its own (inspection, problem); the link gets `version`.
    Without `link`, the photos are stored and the caller links them (a case's after
    photos belong to its event, not to an inspection)."""
    started = time.perf_counter()
    tree = tree_of(store)
    report = ImportReport()
    sources = [str(path) for path, _, _ in jobs]
    with import_lock(tree):
        recover(store, tree)
        known = rows.known_shas(store)
        workers = workers or default_workers()
        pool = None
        if workers > 1 and len(sources) > 2:
            # spawn, not fork: forking a process that runs Qt threads is unsafe.
            pool = multiprocessing.get_context("spawn").Pool(
                workers, init_worker, (str(tree.staging), known, True))
            results: Iterator[Decoded | tuple[str, Msg]] = pool.imap(decode_one, sources)
        else:
            init_worker(str(tree.staging), known, False)
            results = map(decode_one, sources)
        try:
            for done, result in enumerate(results, start=1):
                _, inspection_id, problem_id = jobs[done - 1]
                if isinstance(result, tuple):
                    report.refused.append(result)
                else:
                    try:
                        report.imported.append(_commit(store, tree, result, inspection_id,
                                                       problem_id, version, link))
                    except Refused as exc:
                        report.refused.append((result.source, why(exc)))
                if progress is not None:
                    progress(done, len(sources), sources[done - 1])
                if cancel is not None and cancel() and done < len(sources):
                    report.cancelled = True
                    break
        except KeyboardInterrupt:
            report.cancelled = True
        finally:
            if pool is not None:
                pool.terminate()
                pool.join()
            recover(store, tree)  # staged files of photos that were not committed
    report.seconds = time.perf_counter() - started
    return report
