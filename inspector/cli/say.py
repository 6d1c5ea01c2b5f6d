"""What the CLI says when something goes wrong, in the language of `config language`.

`INSPECTOR_LANGUAGE=en|zh` overrides it for one run (scripts, and the test suite, which
reads English). Messages come from the same catalogue as the app's (inspector.messages).
"""

from __future__ import annotations

import argparse
import os

from .. import messages, paths
from ..store.settings import Language, language_of, peek

ENV_VAR = "INSPECTOR_LANGUAGE"


def language(data_dir: str | None) -> Language:
    """The language to speak for the data directory the command names (zh by default)."""
    chosen = os.environ.get(ENV_VAR, "").strip()
    if chosen in tuple(Language):
        return Language(chosen)
    try:
        db = paths.resolve_data_dir(data_dir) / paths.DB_NAME
    except (OSError, ValueError):
        return Language.ZH
    return language_of(peek(db, "language"))


def text(args: argparse.Namespace, message: object) -> str:
    """A message (or an error carrying one) as this command speaks it."""
    chosen = getattr(args, "language", None) or language(getattr(args, "data_dir", None))
    return messages.render(message, chosen)
