"""The parsed-form cache: a start reads the round's checklist back without parsing its YAML,
and a changed form or a damaged cache file never gives the wrong checklist."""

from __future__ import annotations

from pathlib import Path

import pytest

from inspector import forms
from inspector.form_cache import CACHE_DIR, KEEP, cache_file, parsed_form
from inspector.forms import parse_form, shipped_forms_dir
from inspector.store import Store

SHIPPED = sorted(shipped_forms_dir().glob("*.yaml"))


@pytest.mark.parametrize("form_file", SHIPPED, ids=lambda p: p.name)
def test_a_form_read_back_from_the_cache_is_the_form_parsed(
        form_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = form_file.read_text(encoding="utf-8")
    parsed = parsed_form(text, "form a", tmp_path)
    assert parsed == parse_form(text, "form a")
    assert cache_file(tmp_path, text) is not None
    monkeypatch.setattr(forms, "parse_form", None)  # no parsing this time
    again = parsed_form(text, "form b", tmp_path)
    assert again == parse_form(text, "form b")  # every item, weight and level; its own name
    assert again.form.source == "form b"


def test_a_changed_form_is_parsed_afresh(tmp_path: Path) -> None:
    text = SHIPPED[0].read_text(encoding="utf-8")
    first = parsed_form(text, "f", tmp_path)
    changed = text.replace(f"title: {first.form.title}", "title: 改过的测评表", 1)
    assert changed != text
    assert parsed_form(changed, "f", tmp_path).form.title == "改过的测评表"
    assert parsed_form(text, "f", tmp_path).form.title == first.form.title


@pytest.mark.parametrize("damage", ["empty", "cut short", "one byte changed", "not a form"])
def test_a_damaged_cache_file_is_ignored_and_written_again(tmp_path: Path, damage: str) -> None:
    text = SHIPPED[0].read_text(encoding="utf-8")
    expected = parsed_form(text, "f", tmp_path)
    file = cache_file(tmp_path, text)
    assert file is not None and file.is_file()
    good = file.read_bytes()
    if damage == "empty":
        file.write_bytes(b"")
    elif damage == "cut short":
        file.write_bytes(good[: len(good) // 2])
    elif damage == "one byte changed":
        i = good.index(b'"weight"')
        file.write_bytes(good[:i] + b"'" + good[i + 1:])
    else:  # the right digest over JSON that is not a form
        import hashlib

        body = b'{"form": [1, 2]}'
        file.write_bytes(hashlib.sha256(body).hexdigest().encode() + b"\n" + body)
    assert parsed_form(text, "f", tmp_path) == expected
    assert file.read_bytes() == good


def test_a_data_directory_that_cannot_be_written_still_reads_its_form(tmp_path: Path) -> None:
    (tmp_path / "cache").write_text("a file where the folder would go", encoding="utf-8")
    text = SHIPPED[0].read_text(encoding="utf-8")
    assert parsed_form(text, "f", tmp_path) == parse_form(text, "f")


def test_old_cache_files_are_pruned(tmp_path: Path) -> None:
    text = SHIPPED[0].read_text(encoding="utf-8")
    for n in range(KEEP + 3):
        parsed_form(text.replace("title:", f"# {n}\ntitle:", 1), "f", tmp_path)
    assert len(list((tmp_path / CACHE_DIR).glob("*.json"))) == KEEP


def test_a_second_start_shows_the_round_without_parsing_its_form(
        township: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = Store.open(township)
    form = first.round_form(first.round())
    first.close()
    monkeypatch.setattr(forms, "parse_form", None)  # a parse now would fail
    second = Store.open(township)
    try:
        assert second.round_form(second.round()) == form
    finally:
        second.close()
