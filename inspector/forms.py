"""Load and validate checklist forms (YAML) into `domain.Form`.

The YAML is read with `yaml.compose`, not `safe_load`: the node tree keeps every scalar
as the text the admin typed (so 1.2 becomes Decimal("1.2"), never a float) and knows
the line of every key, which every error message names.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from pathlib import Path
from typing import Any

import yaml

from . import paths
from .domain import DEFAULT_LEVELS, Category, Form, Item, Kind, Level
from .domain import LoadedForm as LoadedForm  # where it was defined before
from .errors import UserError
from .messages import QT_TRANSLATE_NOOP, Msg, Text

AT = QT_TRANSLATE_NOOP("forms.at", "{path}{line}: {problem}")
AT_PART = QT_TRANSLATE_NOOP("forms.at_part", "{path}{line}: {where}: {problem}")
PROBLEMS = QT_TRANSLATE_NOOP("forms.problems", "{lines}")  # one problem a line
FORM = QT_TRANSLATE_NOOP("forms.form", "form")
CATEGORY = QT_TRANSLATE_NOOP("forms.category", "category {id}")
CATEGORY_N = QT_TRANSLATE_NOOP("forms.category_n", "category #{n}")
ITEM = QT_TRANSLATE_NOOP("forms.item", "item {id}")
ITEM_OF = QT_TRANSLATE_NOOP("forms.item_of", "category {category} item #{n}")
NOT_BOOLEAN = QT_TRANSLATE_NOOP("forms.not_boolean", "'{key}' must be true or false, not '{text}'")
SHIPPED_MISSING = QT_TRANSLATE_NOOP(
    "forms.shipped_missing",
    "the shipped forms are missing from this installation")
NOT_A_MAPPING = QT_TRANSLATE_NOOP("forms.not_a_mapping", "expected a mapping of keys")
NOT_SINGLE = QT_TRANSLATE_NOOP("forms.not_single", "'{key}' must be a single value")
NOT_FINITE = QT_TRANSLATE_NOOP("forms.not_finite", "'{key}' must be a finite number, not '{text}'")
TOO_SMALL = QT_TRANSLATE_NOOP("forms.too_small", "'{key}' must be at least {minimum}, not {value}")
BAD_LEVELS = QT_TRANSLATE_NOOP(
    "forms.bad_levels",
    "'levels' must be a mapping of level name to a fraction, e.g. {{好: 1, 较好: 0.8, 一般: 0.6, "
    "差: 0}}")
BAD_WEIGHT = QT_TRANSLATE_NOOP("forms.bad_weight", "'weight' must be greater than 0, not {weight}")
BAD_POINTS = QT_TRANSLATE_NOOP(
    "forms.bad_points",
    "'points' must be above 0 with at most 2 decimals, not {text}")
NO_ITEMS = QT_TRANSLATE_NOOP("forms.no_items", "missing 'items'")
EMPTY_FILE = QT_TRANSLATE_NOOP("forms.empty_file", "{path}: the file is empty")
NO_CATEGORIES = QT_TRANSLATE_NOOP("forms.no_categories", "missing 'categories'")
DUPLICATE_ID = QT_TRANSLATE_NOOP("forms.duplicate_id", "duplicate id (first used on line {line})")
KEY_TWICE = QT_TRANSLATE_NOOP("forms.key_twice", "key '{key}' given twice")
MISSING_KEY = QT_TRANSLATE_NOOP("forms.missing_key", "missing '{key}'")
NOT_A_NUMBER = QT_TRANSLATE_NOOP("forms.not_a_number", "'{key}' must be a number, not '{text}'")
NOT_WHOLE = QT_TRANSLATE_NOOP("forms.not_whole", "'{key}' must be a whole number, not '{text}'")
BAD_LEVEL = QT_TRANSLATE_NOOP(
    "forms.bad_level",
    "level '{name}' must be between 0 and 1, not {value}")
LEVEL_TWICE = QT_TRANSLATE_NOOP("forms.level_twice", "level '{name}' given twice")
WRONG_KIND_PARAMETER = QT_TRANSLATE_NOOP(
    "forms.wrong_kind_parameter",
    "'{param}' belongs to {kinds} items, not {kind}")
BAD_PER_PROBLEM = QT_TRANSLATE_NOOP(
    "forms.bad_per_problem",
    "'per_problem' must be above 0 and at most 1, not {p}")
BAD_ALIASES = QT_TRANSLATE_NOOP("forms.bad_aliases", "'aliases' must be a list of names")
EMPTY_ITEMS = QT_TRANSLATE_NOOP("forms.empty_items", "'items' must be a non-empty list")
NOT_YAML = QT_TRANSLATE_NOOP("forms.not_yaml", "{path}{line}: not valid YAML: {problem}")
EMPTY_CATEGORIES = QT_TRANSLATE_NOOP(
    "forms.empty_categories",
    "'categories' must be a non-empty list")
NO_SUCH_FILE = QT_TRANSLATE_NOOP("forms.no_such_file", "{path}: no such file")
NOT_UTF8 = QT_TRANSLATE_NOOP("forms.not_utf8", "{path}: not UTF-8 text")
CANNOT_READ = QT_TRANSLATE_NOOP("forms.cannot_read", "{path}: cannot read: {error}")
UNKNOWN_KEY = QT_TRANSLATE_NOOP("forms.unknown_key", "unknown key '{key}' (allowed: {allowed})")
UNKNOWN_KIND = QT_TRANSLATE_NOOP(
    "forms.unknown_kind",
    "unknown kind '{kind}' (check, deduct, grade or quota)")
POINTS_DO_NOT_ADD_UP = QT_TRANSLATE_NOOP(
    "forms.points_do_not_add_up",
    "category points add up to {sum}, not the total {total}")
ALIAS_TAKEN = QT_TRANSLATE_NOOP(
    "forms.alias_taken",
    "alias '{alias}' is already used by category {owner}")

FORM_KEYS = {"id", "version", "title", "total", "categories", "time_limit"}
CATEGORY_KEYS = {"id", "name", "name_en", "aliases", "points", "sample_count", "strict", "items",
                 "time_limit"}
ITEM_KEYS = {
    "id", "text", "text_en", "weight", "kind", "per_problem", "levels", "required",
    "photo_required", "unit_hint", "time_limit",
}
KIND_KEYS = {Kind.DEDUCT: "per_problem", Kind.GRADE: "levels", Kind.QUOTA: "required"}


class FormError(UserError):
    """A form file that cannot be used; the message names file, id and line."""


@dataclass
class _Ctx:
    path: str
    errors: list[Msg]

    def err(self, node: yaml.Node | None, where: Msg | None, msg: Msg) -> None:
        line = f":{node.start_mark.line + 1}" if node is not None else ""
        if where is None:
            self.errors.append(AT(path=self.path, line=line, problem=msg))
        else:
            self.errors.append(AT_PART(path=self.path, line=line, where=where, problem=msg))


def _mapping(ctx: _Ctx, node: yaml.Node, where: Msg | None,
             allowed: set[str]) -> dict[str, yaml.Node]:
    if not isinstance(node, yaml.MappingNode):
        ctx.err(node, where, NOT_A_MAPPING())
        return {}
    out: dict[str, yaml.Node] = {}
    for knode, vnode in node.value:
        key = str(knode.value)
        if key in out:
            ctx.err(knode, where, KEY_TWICE(key=key))
        elif key not in allowed:
            ctx.err(knode, where, UNKNOWN_KEY(key=key, allowed=', '.join(sorted(allowed))))
        out[key] = vnode
    return out


def _scalar(ctx: _Ctx, m: dict[str, yaml.Node], key: str, where: Msg | None, parent: yaml.Node,
            required: bool = True) -> tuple[str | None, yaml.Node | None]:
    node = m.get(key)
    if node is None:
        if required:
            ctx.err(parent, where, MISSING_KEY(key=key))
        return None, None
    if not isinstance(node, yaml.ScalarNode):
        ctx.err(node, where, NOT_SINGLE(key=key))
        return None, node
    return str(node.value), node


def _decimal(ctx: _Ctx, text: str | None, node: yaml.Node | None, where: Msg | None,
             key: str) -> Decimal | None:
    if text is None:
        return None
    try:
        value = Decimal(text.strip())
    except InvalidOperation:
        ctx.err(node, where, NOT_A_NUMBER(key=key, text=text))
        return None
    if not value.is_finite():
        ctx.err(node, where, NOT_FINITE(key=key, text=text))
        return None
    return value


def _bool(ctx: _Ctx, text: str | None, node: yaml.Node | None, where: Msg | None, key: str,
          default: bool) -> bool:
    if text is None:
        return default
    low = text.strip().lower()
    if low in {"true", "yes", "on"}:
        return True
    if low in {"false", "no", "off"}:
        return False
    ctx.err(node, where, NOT_BOOLEAN(key=key, text=text))
    return default


def _limit(ctx: _Ctx, m: dict[str, yaml.Node], where: Msg | None, node: yaml.Node) -> str:
    """A rectification time limit (`time_limit: 4 工作时`), written as worktime reads it;
    "" when none is given (the site type's, the form's, else the city's setting)."""
    from .errors import UserError
    from .worktime import parse_limit

    text, tnode = _scalar(ctx, m, "time_limit", where, node, required=False)
    if text is None:
        return ""
    try:
        return str(parse_limit(text))
    except UserError as exc:
        assert exc.msg is not None  # parse_limit says it in a message
        ctx.err(tnode, where, exc.msg)
        return ""


def _int(ctx: _Ctx, text: str | None, node: yaml.Node | None, where: Msg | None, key: str,
         minimum: int) -> int | None:
    if text is None:
        return None
    try:
        value = int(text.strip())
    except ValueError:
        ctx.err(node, where, NOT_WHOLE(key=key, text=text))
        return None
    if value < minimum:
        ctx.err(node, where, TOO_SMALL(key=key, minimum=minimum, value=value))
        return None
    return value


def _levels(ctx: _Ctx, node: yaml.Node, where: Msg | None) -> tuple[Level, ...]:
    if not isinstance(node, yaml.MappingNode) or not node.value:
        ctx.err(node, where, BAD_LEVELS())
        return ()
    levels: list[Level] = []
    for knode, vnode in node.value:
        name = str(knode.value)
        value = _decimal(ctx, str(vnode.value), vnode, where, f"levels.{name}")
        if value is None:
            continue
        if not 0 <= value <= 1:
            ctx.err(vnode, where, BAD_LEVEL(name=name, value=value))
            continue
        if any(lv.name == name for lv in levels):
            ctx.err(knode, where, LEVEL_TWICE(name=name))
            continue
        levels.append(Level(name, Fraction(value)))
    return tuple(levels)


def _peek_id(node: yaml.Node) -> str | None:
    """The node's id, read before validating it, so every message can name it."""
    if isinstance(node, yaml.MappingNode):
        for knode, vnode in node.value:
            if knode.value == "id" and isinstance(vnode, yaml.ScalarNode):
                return str(vnode.value)
    return None


def _item(ctx: _Ctx, node: yaml.Node, cat_id: str, index: int) -> Item | None:
    peeked = _peek_id(node)
    where = ITEM(id=peeked) if peeked else ITEM_OF(category=cat_id, n=index + 1)
    m = _mapping(ctx, node, where, ITEM_KEYS)
    item_id, _ = _scalar(ctx, m, "id", where, node)
    text, _ = _scalar(ctx, m, "text", where, node)
    text_en, _ = _scalar(ctx, m, "text_en", where, node, required=False)
    wtext, wnode = _scalar(ctx, m, "weight", where, node)
    weight = _decimal(ctx, wtext, wnode, where, "weight")
    if weight is not None and weight <= 0:
        ctx.err(wnode, where, BAD_WEIGHT(weight=weight))
        weight = None
    ktext, knode = _scalar(ctx, m, "kind", where, node)
    kind: Kind | None = None
    if ktext is not None:
        try:
            kind = Kind(ktext)
        except ValueError:
            ctx.err(knode, where, UNKNOWN_KIND(kind=ktext))
    for k, param in KIND_KEYS.items():
        if param in m and kind is not None and kind != k:
            ctx.err(m[param], where, WRONG_KIND_PARAMETER(param=param, kinds=k, kind=kind))
    per_problem: Fraction | None = None
    levels: tuple[Level, ...] = ()
    required: int | None = None
    if kind is Kind.DEDUCT:
        ptext, pnode = _scalar(ctx, m, "per_problem", where, node)
        p = _decimal(ctx, ptext, pnode, where, "per_problem")
        if p is not None and not 0 < p <= 1:
            ctx.err(pnode, where, BAD_PER_PROBLEM(p=p))
        elif p is not None:
            per_problem = Fraction(p)
    elif kind is Kind.GRADE:
        levels = _levels(ctx, m["levels"], where) if "levels" in m else DEFAULT_LEVELS
    elif kind is Kind.QUOTA:
        rtext, rnode = _scalar(ctx, m, "required", where, node)
        required = _int(ctx, rtext, rnode, where, "required", 1)
    ptext, pnode = _scalar(ctx, m, "photo_required", where, node, required=False)
    photo = _bool(ctx, ptext, pnode, where, "photo_required", True)
    unit, _ = _scalar(ctx, m, "unit_hint", where, node, required=False)
    limit = _limit(ctx, m, where, node)
    if item_id is None or text is None or weight is None or kind is None:
        return None
    if kind is Kind.DEDUCT and per_problem is None:
        return None
    if kind is Kind.QUOTA and required is None:
        return None
    return Item(
        id=item_id, text=text, text_en=text_en or "", weight=Fraction(weight), kind=kind,
        per_problem=per_problem, levels=levels, required=required, photo_required=photo,
        unit_hint=unit or "", time_limit=limit,
    )


def _category(ctx: _Ctx, node: yaml.Node, index: int,
              aliases: dict[str, tuple[str, ...]]) -> tuple[Category | None, Decimal | None]:
    peeked = _peek_id(node)
    where = CATEGORY(id=peeked) if peeked else CATEGORY_N(n=index + 1)
    m = _mapping(ctx, node, where, CATEGORY_KEYS)
    cat_id, _ = _scalar(ctx, m, "id", where, node)
    name, _ = _scalar(ctx, m, "name", where, node)
    name_en, _ = _scalar(ctx, m, "name_en", where, node, required=False)
    ptext, pnode = _scalar(ctx, m, "points", where, node)
    points = _decimal(ctx, ptext, pnode, where, "points")
    if points is not None and (points <= 0 or points != points.quantize(Decimal("0.01"))):
        ctx.err(pnode, where,
                BAD_POINTS(text=ptext))
        points = None
    stext, snode = _scalar(ctx, m, "sample_count", where, node)
    sample = _int(ctx, stext, snode, where, "sample_count", 1)
    btext, bnode = _scalar(ctx, m, "strict", where, node, required=False)
    strict = _bool(ctx, btext, bnode, where, "strict", False)
    limit = _limit(ctx, m, where, node)
    if "aliases" in m and cat_id:
        anode = m["aliases"]
        if isinstance(anode, yaml.SequenceNode):
            for a in anode.value:
                owner = next((c for c, names in aliases.items() if str(a.value) in names), None)
                if owner is not None:
                    ctx.err(a, where, ALIAS_TAKEN(alias=a.value, owner=owner))
            aliases[cat_id] = tuple(str(a.value) for a in anode.value)
        else:
            ctx.err(anode, where, BAD_ALIASES())
    items: list[Item] = []
    inode = m.get("items")
    if inode is None:
        ctx.err(node, where, NO_ITEMS())
    elif not isinstance(inode, yaml.SequenceNode) or not inode.value:
        ctx.err(inode, where, EMPTY_ITEMS())
    else:
        for i, child in enumerate(inode.value):
            it = _item(ctx, child, cat_id or "?", i)
            if it is not None:
                items.append(it)
    if cat_id is None or name is None or points is None or sample is None:
        return None, points
    return (
        Category(id=cat_id, name=name, name_en=name_en or "", points=Fraction(points),
                 sample_count=sample, strict=strict, items=tuple(items), time_limit=limit),
        points,
    )


def _content_hash(root: yaml.Node) -> str:
    """Hash of the form's meaning, not its bytes: comments and spacing don't change it."""

    def plain(node: yaml.Node) -> Any:
        if isinstance(node, yaml.MappingNode):
            return [[plain(k), plain(v)] for k, v in node.value]
        if isinstance(node, yaml.SequenceNode):
            return [plain(v) for v in node.value]
        return str(node.value)

    canon = json.dumps(plain(root), ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canon.encode("utf-8")).hexdigest()


# libyaml's parser when PyYAML has it (the wheels do): 10× faster, the same nodes and marks
# (a broken file is read again by PyYAML's own parser, whose error lines read better).
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def parse_form(text: str, path: str = "<form>") -> LoadedForm:
    """Parse form text; raise FormError listing every problem found (one per line)."""
    ctx = _Ctx(path, [])
    root = compose(text, path)
    m = _mapping(ctx, root, None, FORM_KEYS)
    where = FORM()
    form_id, _ = _scalar(ctx, m, "id", where, root)
    version, _ = _scalar(ctx, m, "version", where, root)
    title, _ = _scalar(ctx, m, "title", where, root)
    ttext, tnode = _scalar(ctx, m, "total", where, root)
    total = _decimal(ctx, ttext, tnode, where, "total")
    limit = _limit(ctx, m, where, root)
    aliases: dict[str, tuple[str, ...]] = {}
    categories: list[Category] = []
    points_sum = Decimal(0)
    cnode = m.get("categories")
    if cnode is None:
        ctx.err(root, FORM(), NO_CATEGORIES())
    elif not isinstance(cnode, yaml.SequenceNode) or not cnode.value:
        ctx.err(cnode, FORM(), EMPTY_CATEGORIES())
    else:
        for i, child in enumerate(cnode.value):
            cat, points = _category(ctx, child, i, aliases)
            if points is not None:
                points_sum += points
            if cat is not None:
                categories.append(cat)
        _check_unique_ids(ctx, cnode)
        if total is not None and points_sum != total and not ctx.errors:
            ctx.err(tnode, FORM(),
                    POINTS_DO_NOT_ADD_UP(sum=points_sum, total=total))
    if ctx.errors:
        raise FormError(PROBLEMS(lines=ctx.errors))
    assert form_id and version and title and total is not None
    return LoadedForm(
        Form(id=form_id, version=version, title=title, total=Fraction(total),
             categories=tuple(categories), content_hash=_content_hash(root), source=path,
             time_limit=limit),
        aliases,
    )


def _check_unique_ids(ctx: _Ctx, cnode: yaml.SequenceNode) -> None:
    seen_cat: dict[str, int] = {}
    seen_item: dict[str, int] = {}
    for child in cnode.value:
        if not isinstance(child, yaml.MappingNode):
            continue
        for knode, vnode in child.value:
            if knode.value == "id" and isinstance(vnode, yaml.ScalarNode):
                _dup(ctx, seen_cat, CATEGORY, str(vnode.value), vnode)
            if knode.value == "items" and isinstance(vnode, yaml.SequenceNode):
                for inode in vnode.value:
                    if not isinstance(inode, yaml.MappingNode):
                        continue
                    for ik, iv in inode.value:
                        if ik.value == "id" and isinstance(iv, yaml.ScalarNode):
                            _dup(ctx, seen_item, ITEM, str(iv.value), iv)


def _dup(ctx: _Ctx, seen: dict[str, int], what: Text, ident: str, node: yaml.Node) -> None:
    if ident in seen:
        ctx.err(node, what(id=ident), DUPLICATE_ID(line=seen[ident]))
    else:
        seen[ident] = node.start_mark.line + 1


def compose(text: str, path: str) -> yaml.Node:
    """The YAML's node tree (scalars as typed, every node with its line); a file that is
    not YAML, or is empty, is refused naming the file and line."""
    try:
        try:
            root = yaml.compose(text, Loader=_LOADER)
        except yaml.YAMLError:  # PyYAML's own parser points at the line a person expects
            root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f":{mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise FormError(NOT_YAML(path=path, line=line, problem=problem)) from None
    if root is None:
        raise FormError(EMPTY_FILE(path=path))
    return root


def read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise FormError(NO_SUCH_FILE(path=path)) from None
    except UnicodeDecodeError:
        raise FormError(NOT_UTF8(path=path)) from None
    except OSError as exc:
        raise FormError(CANNOT_READ(path=path, error=exc.strerror)) from None


def load_form(path: Path) -> LoadedForm:
    return parse_form(read_text(path), str(path))


# What other YAML files checked as forms are (the bulletin's ranking rules) build on.
Context = _Ctx
mapping, scalar, decimal_of = _mapping, _scalar, _decimal


def shipped_forms_dir() -> Path:
    """The forms shipped with the app: inside the installed package, or the checkout's."""
    found = paths.shipped_dir("forms")
    if found is None:
        raise FormError(SHIPPED_MISSING())
    return found


def shipped_forms() -> list[LoadedForm]:
    return [load_form(p) for p in sorted(shipped_forms_dir().glob("*.yaml"))]


def default_form() -> LoadedForm:
    return load_form(shipped_forms_dir() / "default.yaml")
