"""Stamped, print-sized copies of photos for PDF reports.

Made straight from the original (decoded at a reduced JPEG scale), not from the display
copy: a report of hundreds of photos then costs little more than placing them. The copy
is cached by photo, stamp text and size, so a second report reuses it.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from .decode import Refused, jpeg_bytes, open_checked, upright
from .file_warnings import recording
from .metadata import read_meta
from .stamp import StampText, draw_stamp
from .tree import PhotoTree, write_file

PRINT_PX = 600  # 84 mm wide at 180 dpi: two photos side by side on A4
PRINT_QUALITY = 60  # a round's hundreds of photos stay an e-mailable file


@dataclass(frozen=True)
class PrintJob:
    root: str  # the data directory
    sha256: str
    ext: str
    original_present: bool
    text: StampText
    px: int = PRINT_PX


def print_path(tree: PhotoTree, job: PrintJob) -> Path:
    name = f"{job.sha256}-{job.text.key()}-{job.px}.jpg"
    return tree.root / "print" / job.sha256[:2] / name


def make_print(job: PrintJob) -> str | None:
    """The print copy's path, made if needed; None when neither original nor display is
    there (the report then says the photo is missing)."""
    tree = PhotoTree(Path(job.root))
    target = print_path(tree, job)
    if target.exists():
        return str(target)
    source = tree.original(job.sha256, job.ext)
    orientation = None
    if not (job.original_present and source.exists()):
        source, orientation = tree.display(job.sha256), 1  # already upright
    if not source.exists():
        return None
    try:
        with recording():  # flagged when the photo was imported
            image = open_checked(source.read_bytes())
            if orientation is None:
                orientation = read_meta(image, 0).orientation
            picture = upright(image, orientation, job.px)
    except (Refused, OSError):
        return None
    write_file(target, jpeg_bytes(draw_stamp(picture, job.text), PRINT_QUALITY), durable=False)
    return str(target)


def make_prints(jobs: Sequence[PrintJob], progress: Callable[[int, int], None] | None = None,
                workers: int = 2) -> list[str | None]:
    """Print copies for many photos, spread over worker processes when there are many."""
    if len(jobs) < 8 or workers < 2:
        out = []
        for n, job in enumerate(jobs, start=1):
            out.append(make_print(job))
            if progress is not None:
                progress(n, len(jobs))
        return out
    results: list[str | None] = []
    with multiprocessing.get_context("spawn").Pool(workers) as pool:
        for n, path in enumerate(pool.imap(make_print, jobs, chunksize=4), start=1):
            results.append(path)
            if progress is not None:
                progress(n, len(jobs))
    return results


def image_size(path: str) -> tuple[int, int]:
    with Image.open(path) as image:
        return image.size
