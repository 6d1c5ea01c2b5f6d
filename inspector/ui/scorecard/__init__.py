"""The Scorecard screen: the page and its table models (`models`)."""

from .models import CATEGORY_ID_ROLE, DISTRICT_ROLE, PROBLEM_ID_ROLE, SITE_ID_ROLE
from .page import ScorecardPage

__all__ = ["CATEGORY_ID_ROLE", "DISTRICT_ROLE", "PROBLEM_ID_ROLE", "SITE_ID_ROLE",
           "ScorecardPage"]
