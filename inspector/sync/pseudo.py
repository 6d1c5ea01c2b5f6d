"""Records no device vouches for, checked against what they must be.

Shipped forms and the demo city are stamped by pseudo devices ("shipped", "demo"), the
same everywhere, so no signature can prove them: they are derived here and compared. A
shipped form is taken only if it is exactly the record its own text makes; a demo record
only if it is exactly what `inspector demo` makes. And any form, whoever sends it, must be
what its id says (its text hashes to its declared id, version and hash), and a form id and
version this computer has must arrive with the same content.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from typing import Any

from ..domain import LoadedForm
from ..errors import UserError
from ..forms import parse_form
from ..messages import QT_TRANSLATE_NOOP
from ..store import Store
from ..store import versions as vs
from .rules import Refused

FORM_HASH_MISMATCH = QT_TRANSLATE_NOOP(
    "sync.form_hash_mismatch",
    "{source}: form {form} version {version}: its content does not hash to its declared id, "
    "version and hash — refused")
FORM_DIFFERS = QT_TRANSLATE_NOOP(
    "sync.form_differs",
    "{source}: form {form} version {version} differs from the one this computer has — refused; a "
    "changed form needs a new version number")
SHIPPED_NOT_A_FORM = QT_TRANSLATE_NOOP(
    "sync.shipped_not_a_form",
    "{source}: record {table}/{record_id} is stamped as shipped with inspector, which only forms "
    "are — refused")
SHIPPED_FORM_CHANGED = QT_TRANSLATE_NOOP(
    "sync.shipped_form_changed",
    "{source}: form {form} version {version} is stamped as shipped with inspector but is not the "
    "form inspector ships — refused")
DEMO_RECORD_CHANGED = QT_TRANSLATE_NOOP(
    "sync.demo_record_changed",
    "{source}: record {table}/{record_id} is stamped as part of the demo city but is not what "
    "'inspector demo' makes — refused")

SHIPPED, DEMO = vs.PSEUDO_DEVICES


def check(source: str, versions: Sequence[vs.Version],
          local_form: Callable[[str, str], dict[str, Any] | None]) -> None:
    """Refuse the package if a form is not what it claims, or a pseudo device's record is
    not the one derived here. `local_form(form_id, version)` is this computer's form row."""
    demo_links = any(v.table == "photo_links" and v.device == DEMO for v in versions)
    for v in versions:
        if v.table == "forms":
            _check_form(source, v, local_form)
        if v.device == SHIPPED and v.table != "forms":
            raise Refused(SHIPPED_NOT_A_FORM(
                source=source, table=v.table, record_id=v.record_id[:8]))
        if v.device == SHIPPED and v.data != _shipped_record(str(v.data.get("source_text"))):
            raise Refused(SHIPPED_FORM_CHANGED(
                source=source, form=v.data.get('form_id'), version=v.data.get('form_version')))
        if v.device == DEMO:
            from ..demo import derived_versions

            if derived_versions(demo_links).get((v.table, v.record_id)) != v.data:
                raise Refused(DEMO_RECORD_CHANGED(
                    source=source, table=v.table, record_id=v.record_id[:8]))


def _check_form(source: str, v: vs.Version,
                local_form: Callable[[str, str], dict[str, Any] | None]) -> None:
    form_id, version = v.data.get("form_id"), v.data.get("form_version")
    loaded = _parsed(str(v.data.get("source_text")))
    form = loaded.form if loaded is not None else None
    if form is None or (form.key, form.id, form.version, form.content_hash, form.title) != (
            v.record_id, form_id, version, v.data.get("content_hash"), v.data.get("title")):
        raise Refused(FORM_HASH_MISMATCH(source=source, form=form_id, version=version))
    mine = local_form(str(form_id), str(version))
    if mine is not None and mine["content_hash"] != form.content_hash:
        raise Refused(FORM_DIFFERS(source=source, form=form_id, version=version))


@functools.lru_cache(maxsize=16)
def _parsed(text: str) -> LoadedForm | None:
    try:
        return parse_form(text)
    except UserError:
        return None


@functools.lru_cache(maxsize=16)
def _shipped_record(text: str) -> dict[str, Any] | None:
    """The forms record that registering this text as a shipped form makes."""
    loaded = _parsed(text)
    if loaded is None:
        return None
    scratch = Store.memory()
    try:
        scratch.register_form(loaded, text, version=vs.SHIPPED_VERSION)
        [(_, made)] = vs.select(scratch)
        return made.data
    finally:
        scratch.close()
