"""What users do, as operations over the store: each commits one transaction and returns
the `Changes` it made, which the screens refresh from and `undo` puts back.

By noun: `inspections` (what an inspector does on a site), `rounds` (a round, its form
and sample), `sites` (the registry), `results` (a results file in), `reviews` (a
supervisor's review and conflict decisions), `baselines` (scores compared with); `undo`
is the mechanism. Trust (which devices' packages are applied) stays in `sync.trust`: it
re-applies held packages, so it lives with the package code.
"""

from ..store.changes import Changes, Touched
from .undo import action, recorded, redo, undo

__all__ = ["Changes", "Touched", "action", "recorded", "redo", "undo"]
