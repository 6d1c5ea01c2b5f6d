"""The inspect page: site list, checklist rows and problem editor, photo panel, keys."""

from .page import InspectPage, last_site_key

__all__ = ["InspectPage", "last_site_key"]
