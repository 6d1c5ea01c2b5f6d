"""发给测评员: the work a supervisor hands each inspector, one sync package apiece.

Each package holds the round, its form and that inspector's sites with their samples and
assignments — every version of them, so a laptop that never saw the round gets all of it,
and one that did gets the moves made since. It goes to one laptop (by USB stick or a
shared folder); it is not the supervisor's watermark (`export_package` with `keep`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..errors import UserError
from ..messages import QT_TRANSLATE_NOOP
from ..paths import safe_file_name
from ..store import Store, sampled
from ..store import versions as vs
from ..store.settings import Role
from .exchange import ExportResult, export_package

NOT_A_SUPERVISOR = QT_TRANSLATE_NOOP(
    "handout.not_a_supervisor",
    "only a supervisor hands out work; this computer is an inspector's "
    "('inspector config set role supervisor' on the supervisor's computer)")
NOBODY_ASSIGNED = QT_TRANSLATE_NOOP(
    "handout.nobody_assigned",
    "round '{round}' has no assigned sites yet: draw and assign its sample first")
NOT_A_FOLDER = QT_TRANSLATE_NOOP("handout.not_a_folder", "{path} is not a folder")

Progress = Callable[[str, int, int], None]


def default_file_name(round_name: str, inspector: str) -> str:
    return f"{safe_file_name(round_name)}-发给{safe_file_name(inspector)}.pkg"


@dataclass(frozen=True)
class Handout:
    inspector: str
    sites: int
    package: ExportResult


def inspectors_of(store: Store, round_id: str) -> dict[str, set[str]]:
    """inspector → the sites assigned to them now (replaced sites left out)."""
    out: dict[str, set[str]] = {}
    for site_id, inspector in sampled.assignments(store, round_id, current=True):
        out.setdefault(inspector, set()).add(site_id)
    return out


def keeper(round_row: dict[str, object], inspector: str, sites: set[str]
           ) -> Callable[[vs.Version], bool]:
    """Which versions are this inspector's work: the round and its form, their sites, the
    samples of those sites and every assignment ever made to them in this round (a site
    moved away arrives as its assignment's deletion)."""
    round_id, form_key = round_row["id"], round_row["form_key"]

    def keep(v: vs.Version) -> bool:
        d = v.data
        if v.table == "forms":
            return bool(d["id"] == form_key)
        if v.table == "rounds":
            return bool(d["id"] == round_id)
        if v.table == "sites":
            return d["id"] in sites
        if v.table == "samples":
            return d.get("round_id") == round_id and d.get("site_id") in sites
        if v.table == "assignments":
            return d.get("round_id") == round_id and d.get("inspector") == inspector
        return False
    return keep


def hand_out(store: Store, round_name: str | None, folder: Path, *,
             file_name: Callable[[str, str], str] = default_file_name,
             progress: Progress | None = None,
             cancel: Callable[[], bool] | None = None) -> list[Handout]:
    """One package per assigned inspector in `folder`, named for whom it is (e.g.
    "2026年第1轮-发给张三.pkg"). Cancel stops between packages; those written stay."""
    if store.role is not Role.SUPERVISOR:
        raise UserError(NOT_A_SUPERVISOR())
    rnd = store.round(round_name)
    if not folder.is_dir():
        raise UserError(NOT_A_FOLDER(path=folder))
    who = inspectors_of(store, rnd["id"])
    if not who:
        raise UserError(NOBODY_ASSIGNED(round=rnd["name"]))
    out: list[Handout] = []
    # Read once for all the packages: each keeps its inspector's share.
    among = vs.select(store, tables=("forms", "rounds", "sites", "samples", "assignments"))
    for n, (inspector, sites) in enumerate(sorted(who.items()), start=1):
        if cancel is not None and cancel():
            break
        if progress is not None:
            progress("files", n - 1, len(who))
        path = folder / file_name(rnd["name"], inspector)
        result = export_package(store, path, keep=keeper(rnd, inspector, sites),
                                for_inspector=inspector, among=among)
        out.append(Handout(inspector, len(sites), result))
    if progress is not None:
        progress("files", len(out), len(who))
    return out
