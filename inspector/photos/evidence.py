"""Photos as evidence for a round: which problems still lack one, suggestions, stamps."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from .. import clock
from ..domain import Form
from ..errors import UserError
from ..messages import QT_TRANSLATE_NOOP, Msg
from ..state import lacks_photo
from ..store import Store, inspection_rows, problem_rows
from ..store import photo_rows as rows
from ..store.store import Row
from .decode import CANNOT_READ, Refused, open_checked, why
from .file_warnings import recording
from .files import VerifyReport, verify
from .importer import collect, tree_of
from .metadata import PhotoMeta, is_capture_time, read_meta, warning_flags
from .stamp import StampText, stamped
from .suggest import Candidate, Suggestion, suggest

NO_PHOTO_IN_INSPECTION = QT_TRANSLATE_NOOP(
    "photos.no_photo_in_inspection",
    "no photo {sha} in inspection {inspection}")


@dataclass(frozen=True)
class MissingPhoto:
    problem_id: str
    inspection_id: str
    site_name: str
    item_id: str
    description: str


def missing_photos(store: Store, round_id: str, form: Form) -> list[MissingPhoto]:
    """Problems on items that require a photo and have none: incomplete evidence."""
    have = rows.problems_with_photos(store, round_id)
    out = []
    for p in problem_rows.at_sites(store, round_id):
        found = form.item(p.item_id)
        if lacks_photo(found[1] if found else None, p.id, have):
            out.append(MissingPhoto(p.id, p.inspection_id, p.site_name, p.item_id,
                                    p.description))
    return out


def candidates(store: Store, round_id: str) -> list[Candidate]:
    return [Candidate(v.inspection_id, v.site_name, v.inspector, v.started_at, v.finished_at,
                      None if v.wgs_lat is None else Decimal(v.wgs_lat),
                      None if v.wgs_lon is None else Decimal(v.wgs_lon))
            for v in inspection_rows.visits(store, round_id)]


def meta_of(data: bytes, mtime: float) -> PhotoMeta:
    """EXIF only, without decoding the picture (fast enough for a whole folder), with
    what Pillow warned about as flags; raises Refused."""
    with recording() as warned, open_checked(data) as image:
        meta = read_meta(image, mtime)
    meta.add_flags(warning_flags(warned))
    return meta


def read_file_meta(path: Path) -> PhotoMeta:
    try:
        data = path.read_bytes()
        mtime = path.stat().st_mtime
    except OSError as exc:
        raise Refused(CANNOT_READ(error=exc.strerror)) from None
    return meta_of(data, mtime)


def suggest_for_files(store: Store, round_id: str, paths: list[Path]
                      ) -> list[tuple[str, PhotoMeta | None, list[Suggestion], Msg | str]]:
    """(file, its metadata, matching inspections best first, why not readable)."""
    pool, zone = candidates(store, round_id), store.zone()
    files, refused = collect(paths)
    out: list[tuple[str, PhotoMeta | None, list[Suggestion], Msg | str]] = [
        (name, None, [], reason) for name, reason in refused]
    for f in files:
        try:
            meta = read_file_meta(f)
        except Refused as exc:
            out.append((str(f), None, [], why(exc)))
            continue
        at = meta.taken_at if is_capture_time(meta.time_source) else None
        out.append((str(f), meta, suggest(at, meta.lat, meta.lon, pool, zone), ""))
    return out


@dataclass(frozen=True)
class SuggestedPhoto:
    path: str
    sha256: str
    taken_at: str
    distance_m: float | None
    minutes_from_window: float


# (path, size, mtime) → (sha256, metadata): a folder is read once, then only stat'ed.
ScanCache = dict[tuple[str, int, float], tuple[str, PhotoMeta]]


def suggested_for(store: Store, inspection_id: str, folders: list[Path],
                  cache: ScanCache | None = None,
                  cancel: Callable[[], bool] | None = None) -> list[SuggestedPhoto]:
    """Photos in `folders` whose capture time (and GPS, when both are known) fit this
    inspection better than any other of the round, and that are not linked to it yet.
    Nothing is imported: the inspector attaches what fits."""
    insp = store.get("inspections", inspection_id)
    if insp is None:
        return []
    pool, zone = candidates(store, insp["round_id"]), store.zone()
    linked = {link["photo_sha256"] for link in rows.links(store, inspection_id)}
    cache = {} if cache is None else cache
    files, _refused = collect(folders)
    out = []
    for f in files:
        if cancel is not None and cancel():
            break
        try:
            st = f.stat()
            key = (str(f), st.st_size, st.st_mtime)
            if key not in cache:
                data = f.read_bytes()
                cache[key] = (hashlib.sha256(data).hexdigest(), meta_of(data, st.st_mtime))
        except (OSError, Refused):
            continue
        sha, meta = cache[key]
        if sha in linked or not is_capture_time(meta.time_source) or meta.taken_at is None:
            continue
        found = suggest(meta.taken_at, meta.lat, meta.lon, pool, zone)
        if found and found[0].inspection_id == inspection_id:
            out.append(SuggestedPhoto(str(f), sha, meta.taken_at, found[0].distance_m,
                                      found[0].minutes_from_window))
    out.sort(key=lambda s: (s.taken_at, s.path))
    return out


def stamp_text(photo: Row, site: Row | None, inspector: str,
               zone: clock.Zone = clock.DEFAULT_ZONE) -> StampText:
    """What the stamp says: time (in the city's zone, with its offset), GPS, site (with
    district) and inspector. A time that is not a capture time (EXIF DateTime, the file's
    time) is marked as the file's."""
    place = ""
    if site is not None:
        place = f"{site['name']} · {site['district']}" if site["district"] else site["name"]
    return StampText(
        taken_at=clock.iso(photo["taken_at"], zone) or None,
        time_from_file=not is_capture_time(photo["time_source"]),
        lat=None if photo["lat"] is None else Decimal(photo["lat"]),
        lon=None if photo["lon"] is None else Decimal(photo["lon"]),
        site=place, inspector=inspector)


def stamp_for(store: Store, sha: str, inspection_id: str) -> Path:
    """The stamped copy of a photo for a report: time, GPS, site and inspector."""
    photo = rows.photo(store, sha)
    insp = store.get("inspections", inspection_id)
    if photo is None or insp is None:
        raise UserError(NO_PHOTO_IN_INSPECTION(sha=sha[:12], inspection=inspection_id[:8]))
    text = stamp_text(photo, store.get("sites", insp["site_id"]), insp["inspector"],
                      store.zone())
    return stamped(tree_of(store), sha, photo["ext"], text)


def verify_store(store: Store) -> VerifyReport:
    photos = [(r["sha256"], r["ext"], bool(r["original_present"])) for r in rows.all_photos(store)]
    return verify(tree_of(store), photos)

