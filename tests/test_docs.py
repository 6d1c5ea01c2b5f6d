"""README documents every command, the two setup commands, and the formats."""

from __future__ import annotations

import argparse
import re

from conftest import REPO

from inspector.cli import build_parser


def _commands(parser: argparse.ArgumentParser, prefix: str = "inspector") -> list[str]:
    found: list[str] = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found.extend(_commands(sub, f"{prefix} {name}"))
    return found or [prefix]


def test_every_command_is_in_the_readme() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    commands = _commands(build_parser())
    assert len(commands) >= 12
    missing = [c for c in commands if f"`{c}" not in readme]
    assert missing == []


def test_readme_opens_with_the_two_commands_that_ci_runs() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    first_block = re.search(r"```sh\n(.*?)```", readme, re.S)
    assert first_block is not None
    assert "./bootstrap.sh app" in first_block.group(1)
    assert "./bootstrap.sh test" in first_block.group(1)
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert "./bootstrap.sh test" in ci
