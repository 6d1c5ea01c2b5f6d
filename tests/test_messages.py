"""Messages by key: every message the core says has its English and its Chinese, with the
same fields; no user error is raised as a bare string; the CLI speaks the language of
`config language`."""

from __future__ import annotations

import ast
import importlib
import pkgutil
import re
from pathlib import Path

import pytest

import inspector
from inspector import messages
from inspector.cli import main as cli_main

ROOT = Path(inspector.__file__).resolve().parent
ERRORS = {"UserError", "Refused", "PackageError", "FormError", "DataDirBusy", "Cancelled",
          "BadAnswer", "fail", "unreadable", "invalid"}


def core_modules() -> list[str]:
    return [m.name for m in pkgutil.walk_packages([str(ROOT)], "inspector.")
            if ".ui" not in m.name and m.name not in ("inspector.app", "inspector.__main__")]


@pytest.fixture(scope="module")
def catalogue() -> dict[str, str]:
    for name in core_modules():
        importlib.import_module(name)
    return dict(messages.CATALOGUE)


def test_every_message_has_chinese_with_its_fields(catalogue: dict[str, str]) -> None:
    chinese = messages.chinese(messages.default_translations())
    assert len(catalogue) > 250
    untranslated = [key for key, english in catalogue.items() if (key, english) not in chinese]
    assert untranslated == [], "add their Chinese to tools/zh_CN.json, run " \
        "tools/fill_translations.py"
    # A translation may leave out what its reader does not need (the English name of a
    # Chinese column), never use a field the message does not have.
    invented = [key for key, english in catalogue.items()
                if set(messages.fields_of(chinese[(key, english)]))
                - set(messages.fields_of(english))]
    assert invented == []
    # No English sentence left in a Chinese text (a command to type stays as typed).
    english = re.compile(r"[A-Za-z]{2,}[ ,;]+[A-Za-z]{2,}[ ,;]+[A-Za-z]{2,}")
    quoted = re.compile(r"'inspector [^']*'|inspector [a-z -]+[A-Z]*|\{\w+\}|--\w[\w-]*")
    leftover = [key for key, text in catalogue.items()
                if english.search(quoted.sub("", chinese[(key, text)]))]
    assert leftover == []


def test_no_user_error_is_raised_as_a_bare_string() -> None:
    """Every error a user sees is raised with a message key, so each screen can say it in
    its language (a bare English string could only be shown in English)."""
    bare = []
    for path in sorted(ROOT.rglob("*.py")):
        if "ui" in path.relative_to(ROOT).parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and node.args):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            arg = node.args[0]
            if name in ERRORS and (isinstance(arg, ast.JoinedStr) or (
                    isinstance(arg, ast.Constant) and isinstance(arg.value, str))):
                bare.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert bare == []


def test_a_message_renders_in_either_language(catalogue: dict[str, str]) -> None:
    from inspector.sync.package import refusals

    msg = refusals.IN_FILE(file="x.pkg", problem=refusals.BAD_SIGNATURE())
    assert str(msg) == "x.pkg: the signature does not match — the file was changed or " \
        "damaged after it was made"
    assert messages.render(msg, "zh") == "x.pkg: 签名不符 — 文件生成后被改动或已损坏"
    assert messages.render(msg, "en") == str(msg)
    with pytest.raises(TypeError, match="needs file"):
        refusals.IN_FILE(problem=refusals.BAD_SIGNATURE())


def test_the_cli_speaks_the_language_of_config_language(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    data_dir = tmp_path / "data"
    monkeypatch.delenv("INSPECTOR_LANGUAGE", raising=False)
    assert cli_main(["--data-dir", str(data_dir), "round", "list"]) == 0
    assert cli_main(["--data-dir", str(data_dir), "score"]) == 1
    assert "还没有测评轮次" in capsys.readouterr().err  # Chinese by default
    assert cli_main(["--data-dir", str(data_dir), "config", "set", "language", "en"]) == 0
    assert cli_main(["--data-dir", str(data_dir), "score"]) == 1
    assert "there is no round yet" in capsys.readouterr().err
    monkeypatch.setenv("INSPECTOR_LANGUAGE", "zh")  # a script's choice, for one run
    assert cli_main(["--data-dir", str(data_dir), "score"]) == 1
    assert "还没有测评轮次" in capsys.readouterr().err
