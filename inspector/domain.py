"""The product's vocabulary as frozen values: forms, sites, inspections and scorecards.

Every number that is part of a score is a `Fraction` (exact); numbers meant for display
are `Decimal`s that have already been rounded half up. Nothing here touches disk or Qt.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from fractions import Fraction


class Kind(StrEnum):
    """How an item (测评标准) is answered and turned into an achievement r in [0, 1]."""

    CHECK = "check"  # pass / fail / na
    DEDUCT = "deduct"  # r = max(0, 1 - n * per_problem), n = sum of the problems' counts
    GRADE = "grade"  # one of the item's levels
    QUOTA = "quota"  # r = min(1, found / required)


@dataclass(frozen=True)
class Level:
    """One level of a `grade` item, e.g. 较好 = 0.8."""

    name: str
    value: Fraction


DEFAULT_LEVELS: tuple[Level, ...] = (
    Level("好", Fraction(1)),
    Level("较好", Fraction(4, 5)),
    Level("一般", Fraction(3, 5)),
    Level("差", Fraction(0)),
)


@dataclass(frozen=True)
class Item:
    """A standard (测评标准) within a site type."""

    id: str
    text: str
    weight: Fraction
    kind: Kind
    text_en: str = ""
    per_problem: Fraction | None = None  # deduct
    levels: tuple[Level, ...] = ()  # grade
    required: int | None = None  # quota
    photo_required: bool = True  # a failure must be backed by a photo
    unit_hint: str = ""  # 责任单位 suggested when a problem has none of its own
    time_limit: str = ""  # a case's 整改时限 ("4 工作时"); "" : the site type's, the form's

    def level(self, name: str) -> Level | None:
        return next((lv for lv in self.levels if lv.name == name), None)


@dataclass(frozen=True)
class Category:
    """A site type (点位类型) with its share of the form's points."""

    id: str
    name: str
    points: Fraction
    sample_count: int
    strict: bool
    items: tuple[Item, ...]
    name_en: str = ""
    time_limit: str = ""  # its cases' 整改时限 when a standard names none

    def item(self, item_id: str) -> Item | None:
        return next((it for it in self.items if it.id == item_id), None)


@dataclass(frozen=True)
class Form:
    """A checklist (测评表) identified by id, version and the hash of its content."""

    id: str
    version: str
    title: str
    total: Fraction
    categories: tuple[Category, ...]
    content_hash: str
    source: str = ""  # the file it was read from, for messages
    time_limit: str = ""  # its cases' 整改时限 when neither standard nor site type names one

    def limit_for(self, item_id: str) -> str:
        """The time limit a case of this standard gets: the standard's, its site type's,
        the form's, or "" (then the city's `case_time_limit`)."""
        found = self.item(item_id)
        if found is None:
            return self.time_limit
        return found[1].time_limit or found[0].time_limit or self.time_limit

    def category(self, category_id: str) -> Category | None:
        return next((c for c in self.categories if c.id == category_id), None)

    def item(self, item_id: str) -> tuple[Category, Item] | None:
        for cat in self.categories:
            it = cat.item(item_id)
            if it is not None:
                return cat, it
        return None

    @property
    def key(self) -> str:
        """What a round refers to: id, version and hash together."""
        return f"{self.id}@{self.version}#{self.content_hash[:12]}"


@dataclass(frozen=True)
class LoadedForm:
    """A form as read from its file, with what site lists may call its categories."""

    form: Form
    aliases: dict[str, tuple[str, ...]]  # category id -> other names used in site lists


class CoordSystem(StrEnum):
    WGS84 = "WGS-84"  # GPS, photo EXIF
    GCJ02 = "GCJ-02"  # Amap, Tencent maps
    BD09 = "BD-09"  # Baidu maps


@dataclass(frozen=True)
class Site:
    """A site (点位) in the registry (点位库)."""

    id: str
    name: str
    category_id: str
    district: str = ""  # 县（市、区）; empty means 未指定
    street: str = ""
    address: str = ""
    responsible_unit: str = ""
    lat: Decimal | None = None  # as entered, in `coord_system`
    lon: Decimal | None = None
    coord_system: CoordSystem = CoordSystem.WGS84
    wgs_lat: Decimal | None = None  # converted, for distances to photo GPS
    wgs_lon: Decimal | None = None


class Outcome(StrEnum):
    IN_PROGRESS = "in_progress"
    FINISHED = "finished"  # 完成测评
    NOT_INSPECTABLE = "not_inspectable"  # 无法测评, with a reason


class ReviewState(StrEnum):
    RECEIVED = "received"  # 已接收: not yet reviewed
    APPROVED = "approved"  # 已通过
    FLAGGED = "flagged"  # 有问题
    REJECTED = "rejected"  # 已退回: never counts
    EDITED = "edited"  # 已修改: a supervisor corrected it (counts as not yet approved)


@dataclass(frozen=True)
class Response:
    """The answer to one item. `na` (不适用) excludes the item from the ratio.

    check → `passed`; grade → `level`; quota → `found`; deduct → no value of its own,
    n is the sum of the counts of the inspection's problems on that item.
    """

    item_id: str
    na: bool = False
    passed: bool | None = None
    level: str | None = None
    found: int | None = None


@dataclass(frozen=True)
class Problem:
    """A problem (扣分问题) found at a site, tied to one item."""

    id: str
    item_id: str
    count: int = 1
    description: str = ""
    location: str = ""
    responsible_unit: str = ""


@dataclass(frozen=True)
class Inspection:
    """One inspector's visit to one sampled site in one round."""

    id: str
    site_id: str
    inspector: str = ""
    outcome: Outcome = Outcome.IN_PROGRESS
    review: ReviewState = ReviewState.RECEIVED
    responses: Mapping[str, Response] = field(default_factory=dict)
    problems: tuple[Problem, ...] = ()
    reason: str = ""  # why it could not be inspected


# ---- scorecard (what `scoring` computes; exact values plus the shown, rounded ones) ----


class SiteStatus(StrEnum):
    INSPECTED = "inspected"  # has at least one counted inspection
    NOT_INSPECTED = "not_inspected"  # 未完成: sampled, nothing counted yet
    NOT_INSPECTABLE = "not_inspectable"  # 无法测评


@dataclass(frozen=True)
class InspectionScore:
    inspection_id: str
    site_id: str
    ratio: Fraction
    item_ratios: Mapping[str, Fraction]  # r per applicable item


@dataclass(frozen=True)
class SiteScore:
    site_id: str
    name: str
    category_id: str
    district: str
    status: SiteStatus
    ratio: Fraction | None  # mean of counted inspections' ratios
    rate: Decimal | None  # shown, percent with 1 decimal
    inspections: tuple[InspectionScore, ...]
    disagreements: tuple[str, ...] = ()  # item ids where counted inspections differ
    reason: str = ""  # 无法测评: why (the inspectors' reasons, joined)


@dataclass(frozen=True)
class ItemLoss:
    item_id: str
    category_id: str
    text: str
    exact: Fraction
    shown: Decimal


@dataclass(frozen=True)
class CategoryScore:
    category_id: str
    name: str
    points: Decimal
    sites_sampled: int
    sites_inspected: int
    ratio: Fraction | None  # mean site ratio; None when 未测评
    exact: Fraction | None
    score: Decimal | None  # shown, 2 decimals
    rate: Decimal | None  # shown score / points, percent with 1 decimal
    lost: Decimal | None  # points - shown score
    item_losses: tuple[ItemLoss, ...]  # shown losses add up to `lost`
    sites: tuple[SiteScore, ...]

    @property
    def inspected(self) -> bool:
        return self.score is not None


@dataclass(frozen=True)
class DistrictScore:
    district: str  # "" is 未指定
    ratio: Fraction | None
    rate: Decimal | None
    rank: int | None  # shared ranks: 1, 2, 2, 4; None for 未指定
    sites_inspected: int


@dataclass(frozen=True)
class Scorecard:
    form_id: str
    form_version: str
    total_points: Decimal  # the form's total (40)
    categories: tuple[CategoryScore, ...]  # sorted by lost points, most first
    total: Decimal  # sum of the shown category scores
    points_inspected: Decimal
    lost: Decimal
    rate: Decimal | None
    projected: Decimal | None  # total projected to total_points; None when not needed
    districts: tuple[DistrictScore, ...]
    counted_unapproved: int  # counted inspections not yet approved
    in_progress: int
    rejected: int
    all_na: tuple[str, ...]  # inspection ids left out because every item was na
    unsampled: tuple[str, ...] = ()  # inspection ids ignored: their site is not in the sample


@dataclass(frozen=True)
class Baseline:
    """A score the city compares its rounds with, e.g. the official evaluation's 29.47."""

    label: str
    value: Decimal
