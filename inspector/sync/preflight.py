"""What a person is told, or asked, before a verified package is applied: the role its
sender claims, and a package that would flood this round with conflicts.

The claimed role (the manifest's `extra.role`) is only a proposal: it is signed by the
sender's key, but that key is what trust is about, so it never decides trust by itself.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from ..messages import QT_TRANSLATE_NOOP
from ..store import Store
from ..store import versions as vs
from . import rules

TRUSTED_AS_INSPECTOR = QT_TRANSLATE_NOOP(
    "sync.trusted_as_inspector",
    "{source}: this package says it comes from a supervisor's device, but this computer trusts "
    "device {device} ({inspector}) as an inspector's, so the supervisor's work in it "
    "(corrections, reviews, rounds, others' inspections) is refused; if it is your supervisor's "
    "laptop, trust it as one — inspector devices trust {fingerprint} --role supervisor — and "
    "import the package again")
MANY_CONFLICTS = QT_TRANSLATE_NOOP(
    "sync.many_conflicts",
    "{source}: importing it would make {n} conflicts with the records here (the same records "
    "made or changed both here and in the package) — it may come from another copy of this "
    "round, such as a different demo city or a laptop set up twice; check where it comes from "
    "before applying it")
NAMESAKE_ROUND = QT_TRANSLATE_NOOP(
    "sync.namesake_round",
    "{source}: its round '{round}' is not this computer's round of that name (another round, or "
    "a different demo city), and importing it would make {n} conflicts — check where it comes "
    "from before applying it")

ROLES = ("inspector", "supervisor")
# A day's real conflicts are a handful (two inspectors correcting one registry entry);
# hundreds mean the package and this database are two copies of one round.
MANY = 20


def claimed_role(manifest: Mapping[str, Any]) -> str:
    """The role the sender says it has ("inspector", "supervisor"), "" if it says none."""
    extra = manifest.get("extra")
    role = extra.get("role") if isinstance(extra, Mapping) else None
    return role if role in ROLES else ""


class TrustedAsInspector(rules.Refused):
    """A package that says it comes from a supervisor, refused for a supervisor's work
    because this computer trusts its device as an inspector's."""

    def __init__(self, source: str, device_id: str, fingerprint: str, inspector: str) -> None:
        super().__init__(TRUSTED_AS_INSPECTOR(source=source, device=device_id[:8],
                                              inspector=inspector or "?",
                                              fingerprint=fingerprint))
        self.device_id, self.fingerprint, self.inspector = device_id, fingerprint, inspector


class NeedsConfirmation(rules.Refused):
    """Applying would make many conflicts, or brings a round named like one here but not
    it: refused unless the person says yes. Nothing was written."""

    def __init__(self, source: str, conflicts: int, namesake: str = "") -> None:
        super().__init__(NAMESAKE_ROUND(source=source, round=namesake, n=conflicts) if namesake
                         else MANY_CONFLICTS(source=source, n=conflicts))
        self.conflicts, self.namesake = conflicts, namesake


def new_conflicts(store: Store, versions: Sequence[vs.Version]) -> int:
    """How many conflicts applying `versions` would add: groups of one record's versions
    from one base (none for a record's first) that would hold more than one device's —
    counted as `versions.conflicts` counts them."""
    by_table: dict[str, set[str]] = {}
    for v in versions:
        if v.table != "conflict_decisions":
            by_table.setdefault(v.table, set()).add(v.record_id)
    before: dict[tuple[str, str, str | None], set[str]] = {}
    held: set[tuple[str, str, str]] = set()
    for table, ids in by_table.items():
        for record_id, version, base, device in vs.versions_of(store, table, ids):
            before.setdefault((table, record_id, base), set()).add(device)
            held.add((table, record_id, version))
    after = {key: set(devices) for key, devices in before.items()}
    for v in versions:
        if v.table == "conflict_decisions" or (v.table, v.record_id, v.version) in held:
            continue
        base = v.data.get("base")
        after.setdefault((v.table, v.record_id, None if base is None else str(base)),
                         set()).add(v.device)
    return sum(1 for key, devices in after.items()
               if len(devices) > 1 and len(before.get(key, ())) <= 1)


def check(store: Store, source: str, versions: Sequence[vs.Version]) -> None:
    """Refuse (NeedsConfirmation) a package that would make more than MANY conflicts, or
    that brings a round named like one here but with another id."""
    n = new_conflicts(store, versions)
    ids = {str(r["name"]): str(r["id"]) for r in store.rows("rounds")}
    namesake = next((str(v.data.get("name")) for v in versions
                     if v.table == "rounds" and not v.data.get("deleted")
                     and ids.get(str(v.data.get("name")), v.record_id) != v.record_id), "")
    if namesake or n > MANY:
        raise NeedsConfirmation(source, n, namesake)
