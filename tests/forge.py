"""Packages made by hand, as a hostile or broken sender would: properly signed by a key
of the test's choice, with whatever records, certificates and history the test says."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from inspector.hlc import Stamp
from inspector.store import Store
from inspector.store.audit import GENESIS
from inspector.store.store import to_json
from inspector.sync import authorship, exchange, keys
from inspector.sync.package import write_package


def key_of(data_dir: Path) -> keys.DeviceKey:
    """The device key of a data directory (its device id from keys/device.json)."""
    info = json.loads((data_dir / "keys" / "device.json").read_text(encoding="utf-8"))
    return keys.load_or_create(data_dir, str(info["device_id"]))


def history_of(data_dir: Path) -> dict[str, Any]:
    """What that data directory's next package would say of its audit chain."""
    store = Store.open(data_dir)
    try:
        return exchange.history_of(store)
    finally:
        store.close()


def craft(path: Path, key: keys.DeviceKey, records: Sequence[tuple[str, dict[str, Any]]], *,
          inspector: str = "张三", signers: Mapping[str, keys.DeviceKey] | None = None,
          photos: Sequence[dict[str, Any]] = (), files: Iterable[tuple[str, bytes]] = (),
          history: dict[str, Any] | None = None, role: str = "inspector",
          leave_out: Sequence[str] = ()) -> Path:
    """A package signed by `key`. Each record is certified by the key in `signers` for the
    device its stamp names (default: `key` for its own device; others go uncertified)."""
    lines = [to_json({"table": table, "data": data}) for table, data in records]
    signers = dict(signers or {key.device_id: key})
    digests: dict[str, list[bytes]] = {}
    for line, (_, data) in zip(lines, records, strict=True):
        device = Stamp.parse(str(data["version"])).device
        if device in signers:
            digests.setdefault(device, []).append(authorship.digest_of(line))
    certs = [authorship.sign(signers[d], inspector if d == key.device_id else "", found)
             for d, found in digests.items()]
    entries = {
        "records.jsonl": "".join(line + "\n" for line in lines).encode("utf-8"),
        "photos.json": json.dumps(list(photos), ensure_ascii=False).encode("utf-8"),
        authorship.ENTRY: "".join(c.to_line() + "\n" for c in certs).encode("utf-8"),
        exchange.HISTORY: json.dumps(history or {
            "device_id": key.device_id, "head": [0, GENESIS], "checkpoints": []}).encode(),
    }
    for name in leave_out:
        del entries[name]
    write_package(path, key, {"inspector": inspector, "forms": [],
                              "extra": {"role": role}}, [*entries.items(), *files])
    return path
