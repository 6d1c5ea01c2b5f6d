"""The Sync screen: import and export sync packages, trust devices (page; batch: what an
import job hands back)."""

from .page import SyncPage

__all__ = ["SyncPage"]
