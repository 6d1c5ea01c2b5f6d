"""What users do, as operations over the store: each commits one transaction and returns
the `Changes` it made, which the screens refresh from and `undo` puts back.

By noun: `inspections` (what an inspector does on a site); `undo` (the mechanism).
"""

from ..store.changes import Changes, Touched
from .undo import action, recorded, redo, undo

__all__ = ["Changes", "Touched", "action", "recorded", "redo", "undo"]
