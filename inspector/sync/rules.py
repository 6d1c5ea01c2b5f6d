"""What a received package may contain: checked before anything is applied.

Roles are enforced by keys. Versions are judged by their author (the device in their
stamp): an inspector's device may not review inspections, nor edit an inspection that
another device created. A supervisor's package may relay other devices' versions; an
inspector's may relay only versions of devices this database already trusts.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from ..errors import UserError
from ..hlc import Stamp
from ..store.schema import RECORD_TABLES
from ..store.versions import PSEUDO_DEVICES, Version

CLOCK_SLACK_MS = 24 * 3600 * 1000
REVIEW_FIELDS = ("review", "review_comment")
INSPECTION_PARTS = ("responses", "problems", "photo_links")


class Refused(UserError):
    """A package that is not applied; the message says why in a supervisor's words."""


@dataclass(frozen=True)
class DeviceRole:
    device_id: str
    role: str  # "inspector", "supervisor" or "self"
    trusted: bool


def parse_records(name: str, text: str) -> list[Version]:
    out = []
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            table, data = item["table"], item["data"]
            if table not in RECORD_TABLES or not isinstance(data, dict):
                raise ValueError(f"unknown table {table!r}")
            for key in ("id", "version", "origin"):
                if not isinstance(data.get(key), str):
                    raise ValueError(f"'{key}' missing")
            Stamp.parse(data["version"])
            if data.get("base") is not None:
                Stamp.parse(str(data["base"]))
        except (ValueError, KeyError, TypeError) as exc:
            raise Refused(f"{name} line {n}: not a valid record ({exc})") from None
        out.append(Version(table, data))
    return out


def check_clock(source: str, versions: list[Version], now_ms: int | None = None) -> None:
    limit = (now_ms if now_ms is not None else time.time_ns() // 1_000_000) + CLOCK_SLACK_MS
    future = [v for v in versions if Stamp.parse(v.version).ms > limit]
    if future:
        raise Refused(f"{source}: {len(future)} records are stamped more than 24 hours ahead "
                      "of this computer's clock — check the sending laptop's clock (date, "
                      "time and time zone), then export again")


def check_roles(source: str, signer: DeviceRole, versions: list[Version],
                devices: Mapping[str, DeviceRole],
                inspection_origin: Callable[[str], str | None],
                base_of: Callable[[Version], dict[str, Any] | None]) -> None:
    for v in versions:
        author = v.device
        if author in PSEUDO_DEVICES:
            continue
        if author == signer.device_id:
            role = signer.role
        elif signer.role == "supervisor":
            known = devices.get(author)
            role = known.role if known else "inspector"
        else:
            known = devices.get(author)
            if known is None or not known.trusted:
                raise Refused(f"{source}: contains records made on device {author[:8]}, which "
                              "this database does not trust; only a supervisor's package may "
                              "pass on other devices' work")
            role = known.role
        if role in ("supervisor", "self"):
            continue
        _inspector_may(source, author, v, inspection_origin, base_of)


def _inspector_may(source: str, author: str, v: Version,
                   inspection_origin: Callable[[str], str | None],
                   base_of: Callable[[Version], dict[str, Any] | None]) -> None:
    if v.table == "inspections":
        base = base_of(v)
        before = {f: (base or {}).get(f, "received" if f == "review" else "")
                  for f in REVIEW_FIELDS}
        if any(v.data.get(f, before[f]) != before[f] for f in REVIEW_FIELDS):
            raise Refused(f"{source}: an inspector's device ({author[:8]}) changed the review "
                          f"of inspection {v.record_id[:8]}; only a supervisor's device may "
                          "approve, flag or reject")
        owner = str(v.data.get("origin", ""))
        inspection = v.record_id
    elif v.table in INSPECTION_PARTS:
        inspection = str(v.data.get("inspection_id", ""))
        # Before the inspection itself has arrived, the part's own origin still says whose
        # record it is: the same package is refused whatever order packages arrive in.
        owner = inspection_origin(inspection) or str(v.data.get("origin") or author)
    else:
        return
    if owner != author and owner not in PSEUDO_DEVICES:
        raise Refused(f"{source}: an inspector's device ({author[:8]}) edited inspection "
                      f"{inspection[:8]}, made on another device; only a supervisor's device "
                      "may correct someone else's inspection")


def check_references(source: str, versions: list[Version], have_form: Callable[[str], bool],
                     have_photo: Callable[[str], bool]) -> None:
    forms_in = {v.record_id for v in versions if v.table == "forms"}
    for v in versions:
        if v.data.get("deleted"):
            continue
        if v.table == "rounds":
            key = str(v.data.get("form_key", ""))
            if key not in forms_in and not have_form(key):
                raise Refused(f"{source}: round '{v.data.get('name')}' uses form {key}, which "
                              "this database does not have; import the package that brought "
                              "it first, or ask for a --full export")
        if v.table == "photo_links":
            sha = str(v.data.get("photo_sha256", ""))
            if not have_photo(sha):
                raise Refused(f"{source}: a record refers to photo {sha[:12]}, which is neither "
                              "in the package nor stored here")
