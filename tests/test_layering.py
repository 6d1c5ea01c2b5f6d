"""The core stays Qt-free, so the CLI runs on a machine without a desktop."""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
PACKAGE = REPO / "inspector"
QT = ("PySide6", "shiboken6")
# Only these may import Qt: the UI package and the entry points that start it.
ALLOWED = {PACKAGE / "app.py", PACKAGE / "__main__.py"}


def qt_imports(source: str, filename: str = "<src>") -> list[tuple[int, str]]:
    """(line, module) for every Qt import anywhere in the source, nested ones included."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(source, filename)):
        if not isinstance(node, ast.stmt | ast.expr):  # an import is one or the other
            continue
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        elif (isinstance(node, ast.Call) and node.args
              and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)
              and ((isinstance(node.func, ast.Name) and node.func.id == "__import__")
                   or (isinstance(node.func, ast.Attribute)
                       and node.func.attr == "import_module"))):
            names = [node.args[0].value]
        found += [(node.lineno, n) for n in names if n.split(".")[0] in QT]
    return found


def core_modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py")
                  if "ui" not in p.relative_to(PACKAGE).parts[:-1] and p not in ALLOWED)


def module_name(path: Path) -> str:
    parts = list(path.relative_to(REPO).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def test_the_import_finder_sees_every_form_of_import() -> None:
    """The checker itself catches plain, from-, nested, function-level and dynamic imports."""
    source = """
import os
import re
import PySide6
from PySide6.QtCore import QObject
from . import PySide6_helpers
def later():
    import shiboken6
    if True:
        from PySide6 import QtGui
class K:
    def m(self):
        import importlib
        importlib.import_module("PySide6.QtWidgets")
        __import__("shiboken6")
"""
    assert [m for _, m in qt_imports(source)] == [
        "PySide6", "PySide6.QtCore", "shiboken6", "PySide6", "PySide6.QtWidgets", "shiboken6"]


def test_core_modules_do_not_import_qt() -> None:
    """No module outside inspector/ui/, app.py and __main__.py imports PySide6 or shiboken6."""
    modules = core_modules()
    assert PACKAGE / "store" / "store.py" in modules and len(modules) > 10
    offenders = [f"{p.relative_to(REPO)}:{line} imports {name}"
                 for p in modules
                 for line, name in qt_imports(p.read_text(encoding="utf-8"), str(p))]
    assert offenders == [], "\n".join(offenders)


def test_importing_the_core_loads_no_qt(tmp_path: Path) -> None:
    """Importing every core module (cli, scoring, store, actions, …) loads no Qt at all."""
    names = sorted({"inspector.cli", "inspector.scoring", "inspector.store",
                    "inspector.actions", *map(module_name, core_modules())})
    code = (f"import importlib, sys\nfor n in {names!r}: importlib.import_module(n)\n"
            "print([m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))])")
    result = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_a_cli_command_loads_no_qt(tmp_path: Path) -> None:
    """`inspector … config` through the real entry point works without touching Qt."""
    code = ("import sys\nfrom inspector.__main__ import main\n"
            f"rc = main(['--data-dir', {str(tmp_path / 'data')!r}, 'config'])\n"
            "print(rc, [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))])")
    result = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "0 []"


def headless_env() -> dict[str, str]:
    drop = {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "INSPECTOR_DATA_DIR"}
    return {k: v for k, v in os.environ.items() if k not in drop}


def assert_no_display_message(result: subprocess.CompletedProcess[str]) -> None:
    assert result.returncode == 2, (result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "no display" in lines[0]
    assert "Traceback" not in result.stderr
    assert result.stdout == ""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="DISPLAY is an X11/Wayland idea")
def test_app_without_display_says_so_in_one_line(tmp_path: Path) -> None:
    """`inspector --data-dir=D` with no display: exit 2 and one line, not a Qt abort."""
    result = subprocess.run(
        [sys.executable, "-m", "inspector", f"--data-dir={tmp_path / 'data'}"],
        cwd=tmp_path, env=headless_env(), capture_output=True, text=True, timeout=60)
    assert_no_display_message(result)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="DISPLAY is an X11/Wayland idea")
def test_app_without_display_with_data_dir_as_two_arguments(tmp_path: Path) -> None:
    """`inspector --data-dir D` (the usual spelling) also reaches the app's display check."""
    result = subprocess.run(
        [sys.executable, "-m", "inspector", "--data-dir", str(tmp_path / "data")],
        cwd=tmp_path, env=headless_env(), capture_output=True, text=True, timeout=60)
    assert_no_display_message(result)


# ---- SQL only in inspector/store/ ----

STORE = PACKAGE / "store"
SQL_START = re.compile(r"\s*(SELECT|INSERT|UPDATE|DELETE|REPLACE|CREATE|DROP|ALTER|PRAGMA|BEGIN|"
                       r"COMMIT|ROLLBACK|SAVEPOINT|RELEASE|WITH|VACUUM|ATTACH)\b")
# What a sqlite3 connection, a cursor or a sqlite_utils Database is asked to run SQL with.
SQL_CALLS = frozenset({"execute", "executemany", "executescript", "query", "table"})


def _leading_text(node: ast.AST) -> str | None:
    """The text a string constant (or an f-string, up to its first placeholder) starts with."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr) and node.values:
        first = node.values[0]
        if isinstance(first, ast.Constant) and isinstance(first.value, str):
            return first.value
    return None


def sql_uses(source: str, filename: str = "<src>") -> list[tuple[int, str]]:
    """(line, what) for every SQL statement written as a string, and every call of
    .execute/.executemany/.executescript/.query/.table on anything."""
    found: list[tuple[int, str]] = []
    tree = ast.parse(source, filename)
    inside_fstring = {id(v) for node in ast.walk(tree) if isinstance(node, ast.JoinedStr)
                      for v in node.values}
    for node in ast.walk(tree):
        if not isinstance(node, ast.expr):  # strings and calls are expressions
            continue
        text = None if id(node) in inside_fstring else _leading_text(node)
        if text is not None and SQL_START.match(text):
            found.append((node.lineno, f"SQL string {text.strip()[:40]!r}"))
        elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
              and node.func.attr in SQL_CALLS):
            found.append((node.lineno, f".{node.func.attr}(…)"))
    return found


# The city hub's PostgreSQL is the hub's own store: its SQL lives in these two files only,
# as the laptops' SQLite lives in inspector/store/ (the rest of inspector/hub/ calls them).
HUB_SQL = {PACKAGE / "hub" / "db.py", PACKAGE / "hub" / "schema.py"}


def outside_store() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if STORE not in p.parents
                  and p not in HUB_SQL)


def test_the_sql_finder_sees_statements_and_calls() -> None:
    source = '''
QUERY = "SELECT * FROM photos"
def f(store, db, con, t):
    store.db.query("select: only capitals count as SQL, so words in messages do not")
    db.execute(f"UPDATE {t} SET x = 1")
    con.executemany(SQL, [])
    store.db.table("packages").upsert({})
    cur.executescript("")
    sql = f"DELETE FROM {t} WHERE id = ?"
    help = "Select an inspection"
    label = "WITHOUT a care"
    return "PRAGMA foreign_keys", ("INSERT INTO x "
                                   "VALUES (1)")
'''
    assert sorted(sql_uses(source)) == [
        (2, "SQL string 'SELECT * FROM photos'"),
        (4, ".query(…)"),
        (5, ".execute(…)"), (5, "SQL string 'UPDATE'"),
        (6, ".executemany(…)"),
        (7, ".table(…)"),
        (8, ".executescript(…)"),
        (9, "SQL string 'DELETE FROM'"),
        (12, "SQL string 'INSERT INTO x VALUES (1)'"),
        (12, "SQL string 'PRAGMA foreign_keys'"),
    ]


def test_only_the_store_writes_sql() -> None:
    """No module outside inspector/store/ writes a SQL statement or runs one: every query
    is a store function, named for what it reads or writes."""
    modules = outside_store()
    assert PACKAGE / "sync" / "exchange.py" in modules and STORE / "store.py" not in modules
    offenders = [f"{p.relative_to(REPO)}:{line}: {what}"
                 for p in modules
                 for line, what in sorted(sql_uses(p.read_text(encoding="utf-8"), str(p)))]
    assert offenders == [], "\n".join(offenders)
