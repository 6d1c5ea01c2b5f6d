"""Entry point: `inspector` alone opens the app; `inspector COMMAND` runs headless."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    positional = [a for a in args if not a.startswith("-")]
    wants_app = not positional and not {"-h", "--help"} & set(args)
    if wants_app:
        from .app import run_app

        return run_app(args)
    from .cli import main as cli_main

    return cli_main(args)


if __name__ == "__main__":
    sys.exit(main())
