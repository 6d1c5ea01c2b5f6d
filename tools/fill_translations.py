"""Update the zh_CN Qt Linguist file from the sources, fill what is untranslated from a
table, then compile it.

Usage: .venv/bin/python tools/fill_translations.py TABLE.json
First `pyside6-lupdate` reads every module of the package — the UI's `tr()` strings and
the core's messages (inspector.messages: each message's key is its context) — and drops
what no source says any more. Then the table (English source → Chinese) fills the
unfinished entries; entries already translated are kept. Qt Linguist itself works too.
"""

from __future__ import annotations

import html
import json
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

TS = Path(__file__).resolve().parent.parent / "resources" / "i18n" / "inspector_zh_CN.ts"
ENTRY = re.compile(r'<source>([^<]*)</source>(\s*)<translation type="unfinished">([^<]*)'
                   r'</translation>')
# %n messages: Chinese has one plural form, so lupdate leaves one <numerusform>, empty or
# guessed from the same text in another context.
NUMERUS = re.compile(r'<source>([^<]*)</source>(\s*)<translation type="unfinished">\s*'
                     r'<numerusform>[^<]*</numerusform>\s*</translation>')


def sources() -> list[str]:
    """Every module lupdate reads: the app's strings and the core's messages."""
    return sorted(str(p) for p in (TS.parents[2] / "inspector").rglob("*.py"))


def main() -> int:
    table = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    bin_dir = Path(sys.executable).parent
    subprocess.run([str(bin_dir / "pyside6-lupdate"), *sources(), "-ts", str(TS),
                    "-no-obsolete"], check=True, cwd=TS.parents[2])
    text = TS.read_text(encoding="utf-8")
    missing: list[str] = []

    def filler(wrap: str) -> Callable[[re.Match[str]], str]:
        """Fill an unfinished entry with the table's Chinese inside `wrap` ("{}" for a
        plain message, "<numerusform>{}</numerusform>" for a %n one)."""
        def fill(m: re.Match[str]) -> str:
            source = html.unescape(m.group(1))
            zh = table.get(source)
            if zh is None:
                missing.append(source)
                return m.group(0)
            body = wrap.format(html.escape(zh, quote=False))
            return f"<source>{m.group(1)}</source>{m.group(2)}<translation>{body}</translation>"
        return fill

    TS.write_text(NUMERUS.sub(filler("<numerusform>{}</numerusform>"),
                            ENTRY.sub(filler("{}"), text)), encoding="utf-8")
    subprocess.run([str(bin_dir / "pyside6-lrelease"), str(TS), "-qm",
                    str(TS.with_suffix(".qm"))], check=True)
    for source in missing:
        print(f"untranslated: {source!r}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
