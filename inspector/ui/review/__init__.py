"""The supervisor's Review screen: the queue of received inspections, the conflicts and
the sites where two inspectors disagree (page, queue, conflicts, disagreements)."""

from .page import ReviewPage

__all__ = ["ReviewPage"]
