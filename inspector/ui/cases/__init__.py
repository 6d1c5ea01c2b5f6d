"""The 整改 page: the case ledger and each case's actions."""

from .page import CasesPage

__all__ = ["CasesPage"]
