"""records.jsonl lines as the import reads them (sync.rules.parse_records): a line framed as
inspector writes it keeps its data's text as it came, a line written any other way is
digested as inspector would write it, and a bad line is named by its number."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from synckit import build_demo, ok, opened, run, supervisor, trusted_import

from inspector.errors import UserError
from inspector.store.versions import Version
from inspector.sync import authorship
from inspector.sync.rules import parse_records

DATA = {"id": "s-1", "version": "1780000000000.00000.dev-a", "origin": "dev-a",
        "name": "人民路", "category_id": "main_road", "district": "东城区"}


def test_a_framed_line_and_the_same_record_written_otherwise_have_one_digest() -> None:
    framed = authorship.line_of(Version("sites", DATA))
    other = json.dumps({"table": "sites", "data": dict(reversed(DATA.items()))},
                       separators=(",", ":"), ensure_ascii=True)
    a, b = parse_records("p.pkg", framed + "\n" + other + "\n")
    assert a.digest == b.digest == authorship.digest_of(framed)
    assert a.data == b.data == DATA
    # What versions.data will hold, and what a relay writes again: the same line.
    assert authorship.line_of(a) == authorship.line_of(b) == framed


def test_a_framed_line_keeps_its_data_as_it_came() -> None:
    text = json.dumps(DATA, ensure_ascii=False, sort_keys=True)
    line = f'{{"data": {text}, "table": "sites"}}'
    (v,) = parse_records("p.pkg", line + "\n")
    assert v.text == text and v.digest == authorship.digest_of(line)


@pytest.mark.parametrize("line", [
    '{"data": {"id": "s-1", "version": "x"}, "table": "sites"}',  # a stamp that is none
    '{"data": {"id": "s-1", "version": "9.0.dev-a", "origin": "dev-a"}, "table": "sites"}',
    '{"data": {"id": "s-1"} 1, "table": "sites"}',  # framed, the data not JSON
    '{"data": [1], "table": "sites"}',  # framed, the data no object
    '{"data": {}, "table": "nosuch"}',
])
def test_a_bad_line_is_refused_naming_its_number(line: str) -> None:
    good = authorship.line_of(Version("sites", DATA))
    with pytest.raises(UserError) as caught:
        parse_records("p.pkg", good + "\n" + line + "\n")
    assert str(caught.value).startswith("p.pkg line 2: not a valid record (")


def test_the_log_explains_every_imported_record_and_catches_a_changed_one(
        tmp_path: Path) -> None:
    # The merge's audit rows keep each received version's text as it came: replayed,
    # they must give exactly the rows the import wrote, and a row changed since must show.
    demo = build_demo(tmp_path)
    sup = supervisor(tmp_path / "sup")
    ok(sup, "config", "set", "inspector", "赵组长")
    for name, role in (("张三", "inspector"), ("李四", "inspector"), ("王五", "inspector")):
        trusted_import(sup, demo.packages[name], role)
    assert "every record explained by it" in ok(sup, "audit", "verify").out
    with opened(sup) as store:
        photos = store.db.execute("SELECT count(*) FROM photos").fetchone()[0]
        site = store.db.execute("SELECT id FROM sites ORDER BY id LIMIT 1").fetchone()[0]
        store.db.execute("UPDATE sites SET name = '改过的' WHERE id = ?", [site])
        store.db.conn.commit()
    assert photos > 0
    refused = run(sup, "audit", "verify")
    assert refused.code == 1 and f"sites/{site[:8]}" in refused.err
    assert "differs from its audit row (name)" in refused.err
