"""Data directories written by earlier releases open, keep their scores and photos."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from conftest import Cli

from inspector import paths
from inspector.store import Store

FIXTURES = Path(__file__).parent / "fixtures"


def shaped_as(before: Any, after: Any) -> Any:
    """`after` with only the fields `before` had, at every depth: an upgrade keeps every
    figure, and later versions may add fields (e.g. a site's 无法测评 reason)."""
    if isinstance(before, dict) and isinstance(after, dict):
        return {k: shaped_as(before[k], after.get(k)) for k in before}
    if isinstance(before, list) and isinstance(after, list) and len(before) == len(after):
        return [shaped_as(b, a) for b, a in zip(before, after, strict=True)]
    return after


@pytest.mark.parametrize("version", ["v1", "v2"])
def test_scores_survive_the_upgrade(version: str, data_dir: Path, cli: Cli) -> None:
    data_dir.mkdir(parents=True)
    shutil.copy(FIXTURES / f"schema_{version}.sqlite3", data_dir / paths.DB_NAME)
    photos = FIXTURES / f"schema_{version}_photos"
    if photos.is_dir():
        shutil.copytree(photos, data_dir / "photos")
    before = json.loads((FIXTURES / f"schema_{version}.score.json").read_text(encoding="utf-8"))
    after = json.loads(cli("score", "--json").out)
    assert shaped_as(before, after) == before  # figures kept; fields added since allowed
    store = Store.open(data_dir)
    # every record is now also a version, ready to be merged and exported
    for table in ("sites", "inspections", "responses", "problems"):
        rows = store.rows(table)
        versions = store.db.execute("SELECT count(*) FROM versions WHERE table_name = ?",
                                    [table]).fetchone()[0]
        assert versions == len(rows) > 0
    store.close()
    if photos.is_dir():
        res = cli("photos", "verify")
        assert res.code == 0 and "1 originals checked: all intact" in res.out
    assert cli("audit", "verify").code == 0
