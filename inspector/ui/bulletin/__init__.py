"""The 通报 page: the city's months, quarters and year compared and ranked."""

from .page import BulletinPage

__all__ = ["BulletinPage"]
