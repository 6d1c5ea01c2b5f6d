"""A supervisor's rounds in the window: 新建测评轮次 (round, draw, assignment) and 发给测评员."""

from .actions import RoundActions

__all__ = ["RoundActions"]
