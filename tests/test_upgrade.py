"""Data directories written by earlier releases open, keep their scores and photos."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from conftest import Cli

from inspector import paths
from inspector.store import Store

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.mark.parametrize("version", ["v1", "v2"])
def test_scores_survive_the_upgrade(version: str, data_dir: Path, cli: Cli) -> None:
    data_dir.mkdir(parents=True)
    shutil.copy(FIXTURES / f"schema_{version}.sqlite3", data_dir / paths.DB_NAME)
    photos = FIXTURES / f"schema_{version}_photos"
    if photos.is_dir():
        shutil.copytree(photos, data_dir / "photos")
    before = json.loads((FIXTURES / f"schema_{version}.score.json").read_text(encoding="utf-8"))
    after = json.loads(cli("score", "--json").out)
    assert {k: after[k] for k in before} == before
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
