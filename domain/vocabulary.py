"""The product's vocabulary: every enumerated concept of DOMAIN.md as a ``StrEnum``.

The codes (enum values) are what the database, exports and the sync protocol carry; they
never change once released. The labels people read live in ``resources/vocabulary.json``
(zh_CN and en) so a trainer can reword them without touching code: see :func:`label`.
"""

from __future__ import annotations

import json
from enum import StrEnum
from functools import cache
from pathlib import Path

LANGUAGES = ("zh_CN", "en")
DEFAULT_LANGUAGE = "zh_CN"
RESOURCE = Path(__file__).resolve().parent.parent / "resources" / "vocabulary.json"


class ChannelType(StrEnum):
    """渠道类型 — how the customer reaches the market (seed 004)."""

    DIRECT = "direct"
    AGENT = "agent"
    DEALER = "dealer"
    RETAIL = "retail"
    DISTRIBUTOR = "distributor"
    ECOMMERCE = "ecommerce"
    PARTNER = "partner"
    TELEMARKETING = "telemarketing"


class CooperationMode(StrEnum):
    """合作模式 (seed 001)."""

    BUYOUT = "buyout"
    COMMISSION = "commission"
    ALLIANCE = "alliance"


class AccountLevel(StrEnum):
    """客户级别: the partner's territory level."""

    NATIONAL = "national"
    PROVINCIAL = "provincial"
    CITY = "city"
    COUNTY = "county"
    OTHER = "other"


class LifecycleStage(StrEnum):
    """客户生命周期: 开发 → 培育 → 评估 → 优化 (seed 001)."""

    DEVELOP = "develop"
    NURTURE = "nurture"
    EVALUATE = "evaluate"
    OPTIMIZE = "optimize"


class StandardTag(StrEnum):
    """The tags the seeds name; accounts may carry free tags besides these."""

    VIP = "vip"
    PROSPECT = "prospect"
    CHURNED = "churned"


class LeadSource(StrEnum):
    """客户来源 (seed 001)."""

    INDUSTRY_DATA = "industry_data"
    SOCIAL = "social"
    TRADE_SHOW = "trade_show"
    REFERRAL = "referral"
    OTHER = "other"


class Region(StrEnum):
    """大区: the seven regions Chinese sales organisations are usually split into."""

    NORTH = "north"
    NORTHEAST = "northeast"
    EAST = "east"
    CENTRAL = "central"
    SOUTH = "south"
    SOUTHWEST = "southwest"
    NORTHWEST = "northwest"


class CreditRating(StrEnum):
    """信用等级 of a channel customer."""

    A = "A"
    B = "B"
    C = "C"
    D = "D"


class BuyingRole(StrEnum):
    """采购氛围的4类人: the four kinds of people in every buying decision."""

    PURCHASER = "purchaser"
    USER = "user"
    GATEKEEPER = "gatekeeper"
    DECISION_MAKER = "decision_maker"


class AllyKind(StrEnum):
    """向导 vs 内线: a guide wants you to win; an insider only passes information."""

    GUIDE = "guide"
    INSIDER = "insider"


class OrgLevel(StrEnum):
    """组织三阶层."""

    TOP = "top"
    MIDDLE = "middle"
    BASE = "base"


class Stance(StrEnum):
    """A contact's stance on our project."""

    SUPPORT = "support"
    NEUTRAL = "neutral"
    OPPOSE = "oppose"


class ActivityKind(StrEnum):
    """Kinds of interaction a rep logs."""

    VISIT = "visit"
    CALL = "call"
    MEETING = "meeting"
    WECHAT = "wechat"
    EMAIL = "email"
    TRAINING = "training"
    COMPLAINT = "complaint"
    COLLECTION = "collection"


class CallOutcome(StrEnum):
    """销售谈判的结果判断: the four results of a large-sale call."""

    ORDER = "order"
    ADVANCE = "advance"
    CONTINUATION = "continuation"
    NO_SALE = "no_sale"


class AdvanceKind(StrEnum):
    """The customer action that makes a call an advance (seed 003)."""

    DEMO = "demo"
    HIGHER_ACCESS = "higher_access"
    TRIAL = "trial"
    BUDGET = "budget"
    JOINT_PUSH = "joint_push"
    OTHER = "other"


class SalesStep(StrEnum):
    """关键客户拓展的六个步骤, in order."""

    ANALYSE = "analyse"
    TRUST = "trust"
    NEEDS = "needs"
    VALUE = "value"
    COMMITMENT = "commitment"
    COLLECT = "collect"


class ProjectStatus(StrEnum):
    """Where a key-account project ended up."""

    OPEN = "open"
    WON = "won"
    LOST = "lost"


class PurchaseFactor(StrEnum):
    """决定客户采购5要素."""

    VALUE = "value"
    NEED = "need"
    PRICE = "price"
    TRUST = "trust"
    EXPERIENCE = "experience"


class Quadrant(StrEnum):
    """The four whole-brain thinking-style quadrants."""

    A = "A"
    B = "B"
    C = "C"
    D = "D"


class PoliticalStyle(StrEnum):
    """鹰 羊 狐 驴: Baddeley & James' political styles."""

    OWL = "owl"
    FOX = "fox"
    SHEEP = "sheep"
    DONKEY = "donkey"


class AssessmentKind(StrEnum):
    """A thinking-style estimate by an observer, or the rep's self-assessment."""

    OBSERVER = "observer"
    SELF = "self"


class EvaluationKind(StrEnum):
    """资质评估 when recruiting a partner, 绩效评估 each period."""

    QUALIFICATION = "qualification"
    REVIEW = "review"


class InvoiceKind(StrEnum):
    """A receivable, or a credit note that reduces one."""

    INVOICE = "invoice"
    CREDIT_NOTE = "credit_note"


class TrafficLight(StrEnum):
    """A key-account project's 1+2+1 status colour (rules in ``domain/tracker.py``)."""

    GREEN = "green"
    AMBER = "amber"
    RED = "red"


class QualificationVerdict(StrEnum):
    """The recommendation of a partner qualification (rules in ``domain/qualification.py``)."""

    RECRUIT = "recruit"
    TRIAL = "trial"
    REJECT = "reject"


class ReviewAction(StrEnum):
    """The action a quarterly review suggests (rules in ``domain/review.py``)."""

    REWARD = "reward"
    TRAIN = "train"
    PHASE_OUT = "phase_out"


class Strategy(StrEnum):
    """客户细分的攻守模型: the five strategies (rules in ``domain/segmentation.py``)."""

    ACQUIRE = "acquire"
    RETAIN = "retain"
    HARASS = "harass"
    MAINTAIN = "maintain"
    ABANDON = "abandon"


class Posture(StrEnum):
    """渠道销售的资源分配: where a strategy puts resources — attack, defend, maintain."""

    ATTACK = "attack"
    DEFEND = "defend"
    MAINTAIN = "maintain"
    NONE = "none"


ALL_ENUMS: tuple[type[StrEnum], ...] = (
    ChannelType,
    CooperationMode,
    AccountLevel,
    LifecycleStage,
    StandardTag,
    LeadSource,
    Region,
    CreditRating,
    BuyingRole,
    AllyKind,
    OrgLevel,
    Stance,
    ActivityKind,
    CallOutcome,
    AdvanceKind,
    SalesStep,
    ProjectStatus,
    PurchaseFactor,
    Quadrant,
    PoliticalStyle,
    AssessmentKind,
    EvaluationKind,
    InvoiceKind,
    TrafficLight,
    QualificationVerdict,
    ReviewAction,
    Strategy,
    Posture,
)


@cache
def _labels() -> dict[str, dict[str, dict[str, str]]]:
    with RESOURCE.open(encoding="utf-8") as fh:
        data: dict[str, dict[str, dict[str, str]]] = json.load(fh)
    return data


def label(member: StrEnum, lang: str = DEFAULT_LANGUAGE) -> str:
    """The label people read for ``member`` in ``lang`` (zh_CN or en).

    Falls back to the zh_CN label, then to the code, so a missing translation shows
    something readable rather than failing in front of a user (tests keep the file complete).
    """
    entries = _labels().get(type(member).__name__, {}).get(member.value, {})
    return entries.get(lang) or entries.get(DEFAULT_LANGUAGE) or member.value


def choices(enum: type[StrEnum], lang: str = DEFAULT_LANGUAGE) -> list[tuple[str, str]]:
    """``(code, label)`` pairs of ``enum`` in declaration order, for combo boxes and docs."""
    return [(m.value, label(m, lang)) for m in enum]
