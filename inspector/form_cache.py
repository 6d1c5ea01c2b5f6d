"""Parsed forms kept in the data directory under the hash of their text, so that a start
reads the round's form back from JSON instead of loading PyYAML and parsing ~70 KB of YAML
(together a tenth of the app's start-up).

A file's name hashes the form's text and the code that reads a form (forms.py, domain.py):
a changed form, or a changed parser, is parsed afresh. JSON, never pickle: a file in the
data directory must not be able to run code. Each file starts with the hash of its body;
one that does not match, or does not read back as a form, is ignored and written again.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import hashlib
import json
import os
import threading
from fractions import Fraction
from pathlib import Path
from typing import Any

from .domain import Category, Form, Item, Kind, Level, LoadedForm

CACHE_DIR = Path("cache") / "forms"  # inside the data directory
CODE = ("forms.py", "domain.py")  # what turns a form's text into a LoadedForm
KEEP = 8  # files kept: a form or two per round in use, and the odd older one


@functools.cache
def _code_hash() -> str | None:
    """The hash of the reading code; None where its source cannot be read (a frozen
    build), and then nothing is cached."""
    digest = hashlib.sha256()
    here = Path(__file__).resolve().parent
    try:
        for name in CODE:
            digest.update((here / name).read_bytes())
    except OSError:
        return None
    return digest.hexdigest()


def cache_file(data_dir: Path, text: str) -> Path | None:
    code = _code_hash()
    if code is None:
        return None
    key = hashlib.sha256(f"{code}\0{text}".encode()).hexdigest()
    return data_dir / CACHE_DIR / f"{key}.json"


def parsed_form(text: str, path: str, data_dir: Path | None) -> LoadedForm:
    """`forms.parse_form(text, path)`, read from the cache when it holds this text."""
    file = None if data_dir is None else cache_file(data_dir, text)
    if file is not None:
        found = _read(file)
        if found is not None:
            return LoadedForm(dataclasses.replace(found.form, source=path), found.aliases)
    from .forms import parse_form  # PyYAML loads only for a form not read before

    loaded = parse_form(text, path)
    if file is not None:
        _write(file, loaded)
    return loaded


def _read(file: Path) -> LoadedForm | None:
    try:
        digest, _, body = file.read_bytes().partition(b"\n")
        if hashlib.sha256(body).hexdigest().encode() != digest:
            return None  # cut short or changed: not what was written
        return _decode(json.loads(body))
    except (OSError, ValueError, LookupError, TypeError, AttributeError, ZeroDivisionError):
        return None


def _write(file: Path, loaded: LoadedForm) -> None:
    data = {"form": dataclasses.asdict(loaded.form), "aliases": loaded.aliases}
    data["form"].pop("source")  # where it was read from: the caller says each time
    body = json.dumps(data, ensure_ascii=False, separators=(",", ":"),
                      default=_fraction).encode("utf-8")
    temporary = file.with_name(f"{file.stem}.{os.getpid()}.{threading.get_ident()}.tmp")
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
        temporary.write_bytes(hashlib.sha256(body).hexdigest().encode() + b"\n" + body)
        os.replace(temporary, file)  # whole or not at all, even beside another process
        for old in sorted(file.parent.glob("*.json"), key=_mtime, reverse=True)[KEEP:]:
            old.unlink(missing_ok=True)
    except OSError:  # a read-only data directory: the form is parsed at each start
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


def _fraction(value: object) -> list[int]:
    if isinstance(value, Fraction):
        return [value.numerator, value.denominator]
    raise TypeError(f"cannot store {type(value).__name__} in a form cache")


def _decode(data: dict[str, Any]) -> LoadedForm:
    form = data["form"]
    categories = tuple(
        Category(**{**c, "points": Fraction(*c["points"]),
                    "items": tuple(_item(i) for i in c["items"])})
        for c in form["categories"])
    return LoadedForm(
        Form(**{**form, "total": Fraction(*form["total"]), "categories": categories}),
        {str(k): tuple(v) for k, v in data["aliases"].items()})


def _item(data: dict[str, Any]) -> Item:
    per_problem = data["per_problem"]
    return Item(**{
        **data, "weight": Fraction(*data["weight"]), "kind": Kind(data["kind"]),
        "per_problem": None if per_problem is None else Fraction(*per_problem),
        "levels": tuple(Level(lv["name"], Fraction(*lv["value"])) for lv in data["levels"]),
    })
