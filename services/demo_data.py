"""Realistic sample data for demos, screenshots and benchmarks (``python main.py demo``).

:func:`build_rows` makes every row of a demo database as plain dicts of typed values from a
seed alone: the same seed gives the same rows, ids and timestamps included, because all
randomness comes from ``random.Random`` streams seeded from it (one for the invoices,
payments and evaluations of :mod:`services.demo_channel`, one for the rest) and every date
is counted back from a fixed "today" (:data:`DEMO_TODAY`), never from the clock.
:func:`generate` writes the rows
into a rep database in one transaction, with change tracking, so the demo behaves like a
rep's own data that has not been synced yet.

The words (names, companies, places, titles, phrases) are data in ``resources/demo/``.
Even the small demo shows every code of the vocabulary and every situation of the 1+2+1
tracker: a project that holds 1+2+1, one with insiders but no guide, one stalled on
continuations and one whose decision maker opposes (see :data:`SCENARIOS`).
"""

from __future__ import annotations

import bisect
import copy
import datetime as dt
import itertools
import json
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

from domain import profiling as scoring
from domain.ids import uuid7_text
from domain.profiling_content import content
from domain.records import FACTOR_FIELDS, TABLE_ORDER
from domain.vocabulary import (
    AccountLevel,
    ActivityKind,
    AdvanceKind,
    BuyingRole,
    CallOutcome,
    ChannelType,
    CooperationMode,
    CreditRating,
    LeadSource,
    LifecycleStage,
    OrgLevel,
    PoliticalStyle,
    ProjectStatus,
    Quadrant,
    Region,
    SalesStep,
    Stance,
)
from services import demo_channel, profiling
from services.tracker_digests import refresh_digests
from storage.bulk import write_rows
from storage.database import Database
from storage.uow import UnitOfWork

RESOURCES = Path(__file__).resolve().parent.parent / "resources" / "demo"
DEMO_TODAY = dt.date(2026, 11, 23)
DEFAULT_SEED = 20261123
FEATURED_ACCOUNT = "杭州电子设备有限公司"
FEATURED_CONTACT = "张三"
# The 1+2+1 situations projects are built to show, in this order for the first projects;
# later projects take one at random, or "mixed" (whatever chance makes).
_FEATURED_CLASSIFICATION: Row = {
    "channel_type": "agent",
    "cooperation_mode": "buyout",
    "level": "provincial",
    "lifecycle_stage": "optimize",
    "tags": ["vip", "年度最佳渠道伙伴", "独家区域代理"],
    "lead_source": "trade_show",
}
SCENARIOS = ("holds", "insiders_only", "stalled", "dm_opposes")
_SCENARIO_WEIGHTS = (20, 10, 10, 8, 52)

Row = dict[str, Any]
Rows = dict[str, list[Row]]
Progress = Callable[[int, int], None]
T = TypeVar("T")

_DAY = dt.timedelta(days=1)
_HISTORY_DAYS = 540  # about 18 months of activities
_WRITE_CHUNK = 5000
# The time of the first demo id (DEMO_TODAY 00:00 UTC, in Unix milliseconds): ids made in
# the app later sort after the demo's.
_ID_EPOCH_MS = int(dt.datetime.combine(DEMO_TODAY, dt.time(), dt.UTC).timestamp() * 1000)
_ROLES = tuple(r.value for r in BuyingRole)
_CALL_KINDS = ("visit", "call", "meeting")
_KIND_WEIGHTS = (4, 4, 2, 3, 2, 1, 1, 1)  # visit, call, meeting, wechat, email, training, ...
_PROJECT_KIND_WEIGHTS = (4, 4, 3, 2, 1, 0, 0, 0)


@dataclass(frozen=True)
class Shape:
    """How many rows of the main tables a demo database gets (the rest in proportion)."""

    accounts: int
    contacts: int
    projects: int
    activities: int
    invoices: int
    assessments: int
    evaluations: int


SHAPES: dict[str, Shape] = {
    "small": Shape(50, 200, 40, 500, 200, 12, 10),
    "large": Shape(5_000, 25_000, 10_000, 100_000, 20_000, 2_000, 1_500),
}


def build_rows(*, size: str, seed: int = DEFAULT_SEED, today: dt.date = DEMO_TODAY) -> Rows:
    """Every row of a demo database of ``size`` (a key of :data:`SHAPES`), by table.

    Pure: nothing is written. Tables come in :data:`domain.records.TABLE_ORDER`; each row
    holds its ``id``, ``created_at``, ``updated_at`` and typed business fields that pass
    :func:`domain.validation.validate`. Raises ``KeyError`` for an unknown size.
    """
    builder = _Builder(SHAPES[size], seed, today)
    for step in (
        builder.reps,
        builder.accounts,
        builder.contacts,
        builder.projects,
        builder.loose_activities,
        builder.assessments,
    ):
        step()
    # Invoices, payments and evaluations come from a random stream of their own: changing
    # them leaves every row above exactly as it was.
    demo_channel.build(builder.fork("channel"))
    return builder.rows


def generate(
    db: Database,
    *,
    size: str,
    seed: int = DEFAULT_SEED,
    today: dt.date = DEMO_TODAY,
    progress: Progress | None = None,
    track: bool = True,
) -> dict[str, int]:
    """Write a demo database of ``size`` into ``db``; returns the row count of each table.

    All rows go in one transaction (all or nothing). With ``track`` every row also becomes
    a pending change, as if the rep had typed it in. ``progress(done, total)`` is called
    as rows are written. The caller makes sure ``db`` holds no data yet.
    """
    rows = build_rows(size=size, seed=seed, today=today)
    total = sum(len(r) for r in rows.values())
    done = 0
    if progress:
        progress(done, total)
    with db.engine.connect().execution_options(repdesk_write=True) as conn, conn.begin():
        for table in TABLE_ORDER:
            for i in range(0, len(rows[table]), _WRITE_CHUNK):
                chunk = rows[table][i : i + _WRITE_CHUNK]
                write_rows(conn, table, chunk, track=track)
                done += len(chunk)
                if progress:
                    progress(done, total)
    with UnitOfWork(db) as uow:  # judge every project now: the tracker opens at full speed
        refresh_digests(uow)
        profiling.remember_me(uow, rows["reps"][0]["id"])  # the local rep is "me"
        uow.commit()
    return {table: len(rows[table]) for table in TABLE_ORDER}


@cache
def _words(name: str) -> Any:
    with (RESOURCES / f"{name}.json").open(encoding="utf-8") as fh:
        return json.load(fh)


@cache
def _codes(enum: Any) -> tuple[str, ...]:
    return tuple(m.value for m in enum)


@cache
def _cumulative(weights: tuple[float, ...]) -> tuple[float, ...]:
    return tuple(itertools.accumulate(weights))


def _weighted(rng: random.Random, values: Sequence[T], weights: Sequence[float]) -> T:
    """One of ``values`` chosen by ``weights`` (a cached running total makes it cheap)."""
    cum = _cumulative(tuple(weights))
    return values[bisect.bisect(cum, rng.random() * cum[-1])]


def _logged(at: dt.datetime) -> Row:
    """Timestamps of a row written once at ``at`` and never edited."""
    return {"created_at": at, "updated_at": at}


def _money(cents: int) -> Decimal:
    return Decimal(cents).scaleb(-2)


class _Picker:
    """Random choices that use every value once before choosing freely by weight.

    So even the small demo shows every code of the vocabulary and every situation.
    """

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self._unseen: dict[str, list[Any]] = {}

    def pick(self, key: str, values: Sequence[T], weights: Sequence[float] | None = None) -> T:
        """One of ``values``: an unused one while any is left, then by ``weights``."""
        unseen = self._unseen.setdefault(key, list(values))
        if unseen:
            return unseen.pop(self.rng.randint(0, len(unseen) - 1))
        return _weighted(self.rng, values, weights) if weights else self.rng.choice(values)


class _Builder:
    """Makes the rows of one demo database; one instance per build."""

    def __init__(self, shape: Shape, seed: int, today: dt.date) -> None:
        self.shape = shape
        self.today = today
        self.seed = seed
        self.rng = random.Random(seed)
        self.picker = _Picker(self.rng)
        self.rows: Rows = {table: [] for table in TABLE_ORDER}
        self.names: set[str] = set()
        self.contacts_of: dict[str, list[Row]] = {}
        self.hint: dict[str, str | None] = {}  # contact id -> buying role its title suggests
        self.name_of: dict[str, str] = {}  # contact id -> name
        self.domain: dict[str, str] = {}  # account id -> web and e-mail domain
        # One id clock for every stream (a fork shares it): a millisecond per row made.
        self.id_clock = itertools.count(_ID_EPOCH_MS)

    def fork(self, stream: str) -> _Builder:
        """A builder adding to the same rows with a random stream of its own (seeded from
        the seed and ``stream``), so what it makes leaves the other rows unchanged."""
        other = copy.copy(self)
        other.rng = random.Random(f"{self.seed}:{stream}")
        other.picker = _Picker(other.rng)
        return other

    # --- helpers ------------------------------------------------------------------------

    def chance(self, p: float) -> bool:
        """True with probability ``p``."""
        return self.rng.random() < p

    def weighted(self, values: Sequence[T], weights: Sequence[float]) -> T:
        """One of ``values`` chosen by ``weights``."""
        return _weighted(self.rng, values, weights)

    def maybe(self, p: float, values: Sequence[T]) -> T | None:
        """One of ``values`` with probability ``p``, else None."""
        return self.rng.choice(values) if self.chance(p) else None

    def days_ago(self, low: int, high: int) -> dt.date:
        """A date between ``high`` and ``low`` days before today."""
        return self.today - self.rng.randint(low, high) * _DAY

    def moment(self, day: dt.date) -> dt.datetime:
        """A time in Beijing office hours (08:30–18:30, UTC+8) on ``day``, as naive UTC."""
        return dt.datetime(day.year, day.month, day.day) + dt.timedelta(
            minutes=self.rng.randint(30, 629)
        )

    def stamps(self, day: dt.date) -> Row:
        """``created_at`` on ``day`` and an ``updated_at`` on it or on a later day."""
        created = self.moment(min(day, self.today))
        updated = created
        if self.chance(0.4) and created.date() < self.today:
            later = self.rng.randint(1, (self.today - created.date()).days)
            updated = max(created, self.moment(created.date() + later * _DAY))
        return {"created_at": created, "updated_at": updated}

    def add(self, table: str, row: Row, stamps: Row) -> Row:
        """Give ``row`` a deterministic time-ordered id and ``stamps``; keep it and return it.

        The id is a UUIDv7 whose time counts up a millisecond per row from
        :data:`_ID_EPOCH_MS` in the order rows are made (so ids sort as if the rep had typed
        the rows in that order) and whose random bits are the top 74 of a 128-bit draw
        from the seeded stream (the draw that once made a random UUID, so every other value
        comes out as before; see :func:`services.demo_channel.random_order`).
        """
        row["id"] = uuid7_text(next(self.id_clock), self.rng.getrandbits(128) >> 54)
        row.update(stamps)
        self.rows[table].append(row)
        return row

    def split(self, total: int, parts: int) -> list[int]:
        """``total`` cut at random into ``parts`` positive whole numbers."""
        parts = max(1, min(parts, total))
        cuts = sorted(self.rng.sample(range(1, total), parts - 1))
        return [b - a for a, b in zip([0, *cuts], [*cuts, total], strict=True)]

    # --- reps and accounts --------------------------------------------------------------

    def reps(self) -> None:
        """The local rep (first) and two colleagues."""
        joined = dt.datetime(2024, 3, 1, 1, 30)
        for rep in _words("people")["reps"]:
            self.add("reps", dict(rep), _logged(joined))

    def accounts(self) -> None:
        """Accounts; the first is the featured 杭州电子设备有限公司, about 20% are key."""
        n = self.shape.accounts
        key = {0, *self.rng.sample(range(1, n), max(0, n // 5 - 1))}
        for i in range(n):
            self.account(i == 0, i in key)

    def place(self, featured: bool) -> tuple[str, str, str, str]:
        """Region, province, city and the city's telephone area code."""
        if featured:
            return "east", "浙江省", "杭州", "0571"
        regions = _words("geography")["regions"]
        region = self.picker.pick("region", _codes(Region))
        province = self.rng.choice(list(regions[region]))
        city, area = self.rng.choice(regions[region][province])
        return region, province, city, area

    def company(self, city: str, featured: bool) -> tuple[str, str, str]:
        """A company name not used yet, its short name and its web domain."""
        if featured:
            self.names.add(FEATURED_ACCOUNT)
            return FEATURED_ACCOUNT, "杭州电子", "hzdz.com.cn"
        words = _words("companies")
        suffixes, weights = zip(*words["suffixes"], strict=True)
        while True:
            brand, brand_py = self.rng.choice(words["brands"])
            trade, trade_py = self.rng.choice(words["trades"])
            name = f"{city}{brand}{trade}{self.weighted(suffixes, weights)}"
            if name not in self.names:
                self.names.add(name)
                web = self.rng.choice(words["web_suffixes"])
                return name, brand + trade, f"{brand_py}{trade_py}{web}"

    def account(self, featured: bool, key: bool) -> None:
        """One account: identity, place, contact channels, classification and terms."""
        region, province, city, area = self.place(featured)
        name, short, domain = self.company(city, featured)
        prefix = self.rng.choice(("info", "sales", "service"))
        row = {
            "name": name,
            "short_name": short,
            "is_key_account": key,
            "region": region,
            "province": province,
            "city": city,
            "address": self.address(city),
            "industry": self.rng.choice(_words("accounts")["industries"]),
            "phone": f"{area}-{self.rng.choice('68')}{self.rng.randint(0, 10**7 - 1):07d}",
            "wechat": domain.split(".")[0] if self.chance(0.7) else None,
            "email": f"{prefix}@{domain}" if self.chance(0.6) else None,
            "website": f"www.{domain}" if self.chance(0.5) else None,
            "owner_rep_id": self.owner(),
            "notes": self.maybe(0.3, _words("accounts")["notes"]),
            **self.classification(key, featured),
            **self.terms(key),
        }
        account = self.add("accounts", row, self.stamps(self.days_ago(_HISTORY_DAYS + 60, 1800)))
        self.domain[account["id"]] = domain
        self.contacts_of[account["id"]] = []

    def classification(self, key: bool, featured: bool) -> Row:
        """Channel type, cooperation mode, level, lifecycle stage, tags and lead source."""
        if featured:
            return {**_FEATURED_CLASSIFICATION, "tags": list(_FEATURED_CLASSIFICATION["tags"])}
        pick = self.picker.pick
        if key:
            tag = "vip" if self.chance(0.6) else None
        else:
            tag = pick("tag", ("prospect", "churned", None), (20, 6, 74))
        stage_weights = (1, 3, 4, 4) if key else (3, 4, 2, 1)
        free = _words("accounts")["free_tags"]
        free_tags = self.rng.sample(free, self.rng.choice((0, 0, 0, 1, 1, 2)))
        return {
            "channel_type": pick("channel", _codes(ChannelType), (1, 3, 5, 2, 4, 2, 2, 1)),
            "cooperation_mode": pick("coop", _codes(CooperationMode), (5, 3, 2 if key else 1)),
            "level": pick(
                "level", _codes(AccountLevel), (3, 5, 2, 1, 0) if key else (1, 3, 5, 3, 1)
            ),
            "lifecycle_stage": "develop"
            if tag == "prospect"
            else pick("stage", _codes(LifecycleStage), stage_weights),
            "tags": [tag, *free_tags] if tag else free_tags,
            "lead_source": pick("lead", _codes(LeadSource), (3, 3, 3, 4, 1)),
        }

    def address(self, city: str) -> str:
        """A street address in ``city``, sometimes with a building and floor."""
        words = _words("companies")
        street = f"{city}市{self.rng.choice(words['roads'])}{self.rng.randint(1, 999)}号"
        if self.chance(0.5):
            brand = self.rng.choice(words["brands"])[0]
            street += f"{brand}{self.rng.choice(words['buildings'])}{self.rng.randint(2, 28)}楼"
        return street

    def owner(self) -> str:
        """The owning rep: mostly the local rep."""
        reps = self.rows["reps"]
        return str(reps[0]["id"] if self.chance(0.8) else self.rng.choice(reps[1:])["id"])

    def terms(self, key: bool) -> Row:
        """Credit, purchase potential, share of customer, target and contract end."""
        potential = self.rng.randint(50, 3000 if key else 800) * 10_000  # yuan
        share = round(self.rng.uniform(2, 85), 1)
        known = self.chance(0.9)
        target = potential * share / 100 * self.rng.uniform(0.9, 1.3)
        contract_end = self.today + self.rng.randint(-60, 420) * _DAY
        return {
            "credit_rating": self.picker.pick("credit", _codes(CreditRating), (3, 4, 2, 1)),
            "credit_limit": _money(self.rng.randint(10, 300 if key else 80) * 1_000_000),
            "payment_terms_days": self.rng.choice((30, 30, 45, 60, 60, 90)),
            "purchase_potential": _money(potential * 100) if known else None,
            "share_of_customer": share if known else None,
            "sales_target": _money(int(target) // 10_000 * 1_000_000) if known else None,
            "contract_end": contract_end if self.chance(0.85) else None,
        }

    # --- contacts -----------------------------------------------------------------------

    def contacts(self) -> None:
        """Contacts: key accounts get six or more (one per buying role first), others two+."""
        accounts = self.rows["accounts"]
        counts = [6 if a["is_key_account"] else 2 for a in accounts]
        if sum(counts) > self.shape.contacts:
            counts = [1] * len(accounts)
        weights = [3 if a["is_key_account"] else 1 for a in accounts]
        extra = self.shape.contacts - sum(counts)
        for i in self.rng.choices(range(len(accounts)), weights, k=extra):
            counts[i] += 1
        for account, count in zip(accounts, counts, strict=True):
            roles = _ROLES if account["is_key_account"] else ()
            for j in range(count):
                featured = account["name"] == FEATURED_ACCOUNT and j == 1
                self.contact(account, roles[j] if j < len(roles) else None, featured)

    def title(self, role: str | None) -> tuple[str, Row]:
        """An org level and a title at it; one whose holder usually plays ``role`` if given."""
        titles = _words("people")["titles"]
        if role is None:
            level = self.picker.pick("org_level", _codes(OrgLevel), (1, 3, 3))
            return level, self.rng.choice(titles[level])
        fitting = [(lv, t) for lv in titles for t in titles[lv] if t["role"] == role]
        return self.rng.choice(fitting)

    def person(self) -> tuple[str, str]:
        """A Chinese name and its pinyin."""
        words = _words("names")
        surname, pinyin = self.rng.choice(words["surnames"])
        given = self.rng.sample(words["given"], self.rng.choice((1, 2, 2, 2)))
        return surname + "".join(g[0] for g in given), pinyin + "".join(g[1] for g in given)

    def phone(self, account: Row) -> str:
        """A mobile number, or now and then the office line with an extension."""
        if self.chance(0.85):
            return f"1{self.rng.choice('3456789')}{self.rng.randint(0, 10**9 - 1):09d}"
        return f"{account['phone']} 转 {self.rng.randint(800, 899)}"

    def wechat(self, pinyin: str) -> str | None:
        """A WeChat id as people pick them: the pinyin, with a birth year, or a wxid."""
        forms = (
            pinyin,
            f"{pinyin}{self.rng.randint(1965, 2001)}",
            f"wxid_{pinyin[:4]}{self.rng.randint(0, 10**6 - 1):06d}",
        )
        return self.rng.choice(forms) if self.chance(0.8) else None

    def contact(self, account: Row, role: str | None, featured: bool) -> None:
        """One contact of ``account``, holding a title that suits ``role`` if given."""
        if featured:
            level, title = "middle", _words("people")["titles"]["middle"][0]
            name, pinyin = FEATURED_CONTACT, "zhangsan"
        else:
            level, title = self.title(role)
            name, pinyin = self.person()
        style = self.picker.pick("political", _codes(PoliticalStyle)) if self.chance(0.3) else None
        row = {
            "account_id": account["id"],
            "name": name,
            "title": title["title"],
            "department": title["department"],
            "org_level": level,
            "phone": self.phone(account),
            "wechat": self.wechat(pinyin),
            "email": f"{pinyin}@{self.domain[account['id']]}" if self.chance(0.4) else None,
            "ally_kind": None,  # set when a project makes the contact a guide or insider
            "political_style": style,
            "notes": self.maybe(0.15, _words("people")["contact_notes"]),
        }
        joined = account["created_at"].date() + self.rng.randint(0, 90) * _DAY
        contact = self.add("contacts", row, self.stamps(joined))
        self.contacts_of[account["id"]].append(contact)
        self.hint[contact["id"]] = title["role"]
        self.name_of[contact["id"]] = name

    # --- projects: steps, buying roles, calls -------------------------------------------

    def projects(self) -> None:
        """Projects, mostly on key accounts; the first ones show each 1+2+1 situation."""
        accounts = self.rows["accounts"]
        key = [a for a in accounts if a["is_key_account"]]
        other = [a for a in accounts if not a["is_key_account"]] or key
        for i in range(self.shape.projects):
            forced = i < len(SCENARIOS)
            if forced:
                scenario = SCENARIOS[i]
            else:
                scenario = self.weighted((*SCENARIOS, "mixed"), _SCENARIO_WEIGHTS)
            pool = key if forced or self.chance(0.85) else other
            self.project(accounts[0] if i == 0 else self.rng.choice(pool), scenario, forced)

    def project(self, account: Row, scenario: str, forced: bool) -> None:
        """One project with its step history, buying roles and calls."""
        status = (
            "open" if forced else self.picker.pick("status", _codes(ProjectStatus), (70, 18, 12))
        )
        step = self.step_for(status)
        end = self.today if status == "open" else self.days_ago(3, 120)
        days = self.step_days(step, end)
        product = self.rng.choice(_words("projects")["products"])
        row = {
            "account_id": account["id"],
            "name": self.project_name(account, product, days[0]),
            "amount": _money(max(1, int(self.rng.lognormvariate(12.6, 0.9)) // 1000) * 100_000),
            "expected_close": end
            if status != "open"
            else self.today + self.rng.randint(-20, 240) * _DAY,
            "step": _codes(SalesStep)[step],
            "status": status,
            "rep_id": account["owner_rep_id"] if self.chance(0.85) else self.owner(),
            "closed_on": end if status != "open" else None,
            "need_vs_want": self.maybe(0.4, _words("projects")["need_vs_want"]),
            "notes": self.maybe(0.25, _words("projects")["notes"]),
            **self.factors(),
            **self.project_next_step(status, _codes(SalesStep)[step]),
        }
        project = self.add("projects", row, self.stamps(days[0]))
        for code, day in zip(_codes(SalesStep), days, strict=False):
            step_row = {"project_id": project["id"], "step": code, "entered_on": day}
            self.add("project_steps", step_row, _logged(self.moment(day)))
        holders = self.roles(project, account, scenario, days[0])
        self.project_calls(project, account, holders, scenario, days[0], end, product)

    def step_for(self, status: str) -> int:
        """The index of the current step; won projects reached commitment or collection."""
        if status == "won":
            return self.rng.choice((4, 5, 5))
        if status == "lost":
            return self.rng.randint(0, 4)
        step = self.picker.pick("step", _codes(SalesStep), (15, 20, 22, 20, 15, 8))
        return _codes(SalesStep).index(step)

    def step_days(self, step: int, end: dt.date) -> list[dt.date]:
        """The days the project entered each step up to ``step``: increasing, before ``end``."""
        span = self.rng.randint(20 + 25 * step, 120 + 70 * step)
        start = end - span * _DAY
        return [start] + [start + d * _DAY for d in sorted(self.rng.sample(range(1, span), step))]

    def project_name(self, account: Row, product: str, start: dt.date) -> str:
        """A project name from the patterns in resources."""
        words = _words("projects")
        return str(
            self.rng.choice(words["patterns"]).format(
                account=account["short_name"],
                year=start.year + 1,
                product=product,
                site=self.rng.choice(words["sites"]),
            )
        )

    def factors(self) -> Row:
        """The five purchase factors rated 1–5, some with a note."""
        notes = _words("projects")["factor_notes"]
        row: Row = {}
        for name in FACTOR_FIELDS:
            row[name] = self.rng.randint(1, 5) if self.chance(0.9) else None
            row[name + "_note"] = self.maybe(0.3, notes[name])
        return row

    def project_next_step(self, status: str, step: str) -> Row:
        """The agreed next step of an open project: overdue, due today or due later."""
        if status != "open" or not self.chance(0.85):
            return {"next_step": None, "next_step_due": None}
        when = self.picker.pick("project_due", ("overdue", "today", "later"), (25, 10, 65))
        offset = {"overdue": -self.rng.randint(1, 30), "today": 0, "later": self.rng.randint(1, 45)}
        return {
            "next_step": self.rng.choice(_words("projects")["next_steps"][step]),
            "next_step_due": self.today + offset[when] * _DAY,
        }

    def stances(self, scenario: str, roles: Sequence[str]) -> dict[str, str]:
        """The stance of each buying role, as the scenario demands."""
        stances = {r: self.weighted(_codes(Stance), (35, 45, 20)) for r in roles}
        if scenario in ("holds", "insiders_only", "dm_opposes"):
            others = [r for r in roles if r != "decision_maker"]
            for r in self.rng.sample(others, min(len(others), self.rng.choice((2, 2, 3)))):
                stances[r] = "support"
            if stances.get("decision_maker") == "oppose":
                stances["decision_maker"] = "neutral"
        if scenario == "dm_opposes":
            stances["decision_maker"] = "oppose"
        return stances

    def allies(self, scenario: str) -> list[str]:
        """The guide and insider rows a project gets (an insider never counts as the guide)."""
        if scenario in ("holds", "dm_opposes"):
            return ["guide"] + (["insider"] if self.chance(0.2) else [])
        if scenario == "insiders_only":
            return ["insider"] * self.rng.choice((1, 1, 2))
        return (["guide"] if self.chance(0.3) else []) + (["insider"] if self.chance(0.25) else [])

    def roles(self, project: Row, account: Row, scenario: str, start: dt.date) -> list[str]:
        """The project's role rows; returns the ids of the contacts who hold them."""
        contacts = self.contacts_of[account["id"]]
        mapped = scenario != "mixed" or project["step"] != "analyse"
        roles = _ROLES if mapped else self.rng.sample(_ROLES, self.rng.randint(1, 3))
        holders: list[str] = []
        for role, stance in self.stances(scenario, roles).items():
            fitting = [c for c in contacts if self.hint[c["id"]] == role] or contacts
            contact = self.rng.choice(fitting)
            holders.append(contact["id"])
            self.role_row(project, contact, role, stance, start)
        for kind in self.allies(scenario):
            contact = self.rng.choice([c for c in contacts if c["id"] not in holders] or contacts)
            holders.append(contact["id"])
            if contact["ally_kind"] != "guide":
                contact["ally_kind"] = kind
            stance = "support" if kind == "guide" else self.rng.choice(("neutral", "support"))
            self.role_row(project, contact, kind, stance, start)
        return holders

    def role_row(self, project: Row, contact: Row, role: str, stance: str, start: dt.date) -> None:
        """One project_roles row: a contact's role, stance, influence and relationship."""
        ally = role in ("guide", "insider")
        notes = _words("people")["ally_notes" if ally else "role_notes"][role if ally else stance]
        row = {
            "project_id": project["id"],
            "contact_id": contact["id"],
            "role": role,
            "stance": stance,
            "influence": self.rng.randint({"decision_maker": 4, "gatekeeper": 3}.get(role, 1), 5),
            "relationship": self.rng.randint(3 if ally else 0, 5),
            "notes": self.maybe(0.5, notes),
        }
        self.add("project_roles", row, self.stamps(start + self.rng.randint(0, 20) * _DAY))

    def project_calls(
        self,
        project: Row,
        account: Row,
        holders: list[str],
        scenario: str,
        start: dt.date,
        end: dt.date,
        product: str,
    ) -> None:
        """A project's activities between ``start`` and ``end``; the last two are calls."""
        high = max(2, min(8, self.shape.activities // max(1, self.shape.projects) - 1))
        count = self.rng.randint(2, high)
        offsets = sorted(self.rng.sample(range((end - start).days + 1), count))
        calls = []
        for i, offset in enumerate(offsets):
            kind = self.rng.choice(_CALL_KINDS) if i >= count - 2 else None
            day = start + offset * _DAY
            calls.append(self.activity(account, day, holders, product, project=project, kind=kind))
        self.settle_outcomes(calls, scenario, project["status"])

    def settle_outcomes(self, calls: list[Row], scenario: str, status: str) -> None:
        """Make the last calls fit the project: stalled, won, lost or moving on."""
        if scenario == "stalled" and status == "open":
            for call in calls[-2:]:
                self.set_outcome(call, "continuation")
        elif status != "open":
            self.set_outcome(calls[-1], "order" if status == "won" else "no_sale")
        elif all(c["outcome"] == "continuation" for c in calls[-2:]):
            self.set_outcome(calls[-1], "advance")

    # --- activities ---------------------------------------------------------------------

    def activity(
        self,
        account: Row,
        day: dt.date,
        people: Sequence[str],
        product: str,
        *,
        project: Row | None = None,
        kind: str | None = None,
    ) -> Row:
        """One activity on ``day`` with one to three of ``people`` (contact ids)."""
        if kind is None:
            weights = _PROJECT_KIND_WEIGHTS if project else _KIND_WEIGHTS
            kind = self.weighted(_codes(ActivityKind), weights)
        people = list(dict.fromkeys(people)) or [c["id"] for c in self.contacts_of[account["id"]]]
        chosen = self.rng.sample(people, min(len(people), self.rng.randint(1, 3)))
        words = _words("activities")
        subject = self.rng.choice(words["subjects"][kind])
        row = {
            "account_id": account["id"],
            "project_id": project["id"] if project else None,
            "kind": kind,
            "occurred_at": self.moment(day),
            "contact_ids": chosen,
            "subject": subject.format(contact=self.name_of[chosen[0]], product=product),
            "notes": self.maybe(0.7, words["notes"][kind]),
            "rep_id": project["rep_id"] if project else account["owner_rep_id"],
            **self.activity_next_step(day, kind),
        }
        logged = row["occurred_at"] + dt.timedelta(minutes=self.rng.randint(5, 90))
        activity = self.add("activities", row, _logged(logged))
        self.set_outcome(activity, self.outcome(kind, project))
        return activity

    def outcome(self, kind: str, project: Row | None) -> str | None:
        """A call's outcome: project calls are always judged, other calls now and then."""
        if kind not in _CALL_KINDS:
            return None
        if project:
            return self.picker.pick("outcome", _codes(CallOutcome), (4, 45, 45, 2))
        return self.weighted(("order", "no_sale", None), (10, 5, 85))

    def set_outcome(self, call: Row, outcome: str | None) -> None:
        """Set a call's outcome; an advance gets its kind and date, nothing else does."""
        kind = self.picker.pick("advance", _codes(AdvanceKind)) if outcome == "advance" else None
        call["outcome"] = outcome
        call["advance_kind"] = kind
        call["advance_on"] = (
            call["occurred_at"].date() + self.rng.randint(0, 10) * _DAY if kind else None
        )
        words = _words("activities")
        if kind:
            call["notes"] = words["advance_notes"][kind]
        elif outcome:
            call["notes"] = self.rng.choice(words["outcome_notes"][outcome])
        if outcome == "continuation":  # by definition no action was agreed
            call.update(next_step=None, next_step_due=None, next_step_done=False)

    def activity_next_step(self, day: dt.date, kind: str) -> Row:
        """A next step agreed in an activity, due some days later; past ones mostly done."""
        if not self.chance(0.4):
            return {"next_step": None, "next_step_due": None, "next_step_done": False}
        due = day + self.rng.randint(1, 21) * _DAY
        return {
            "next_step": self.rng.choice(_words("activities")["next_steps"][kind]),
            "next_step_due": due,
            "next_step_done": due < self.today and self.chance(0.8),
        }

    def loose_activities(self) -> None:
        """Activities outside projects up to the total; one in ten puts a step on the agenda."""
        accounts = self.rows["accounts"]
        products = _words("projects")["products"]
        days = {"overdue": (8, 40), "today": (1, 14), "later": (0, 14), None: (0, _HISTORY_DAYS)}
        for _ in range(self.shape.activities - len(self.rows["activities"])):
            account = self.rng.choice(accounts)
            kind = self.picker.pick("kind", _codes(ActivityKind), _KIND_WEIGHTS)
            agenda = None
            if self.chance(0.1):
                agenda = self.picker.pick("agenda", ("overdue", "today", "later"), (3, 2, 5))
            day = self.days_ago(*days[agenda])
            row = self.activity(account, day, [], self.rng.choice(products), kind=kind)
            if agenda:
                self.put_on_agenda(row, agenda)

    def put_on_agenda(self, row: Row, agenda: str) -> None:
        """Give ``row`` an open next step that is overdue, due today or due later."""
        offset = {"overdue": -self.rng.randint(1, 7), "today": 0, "later": self.rng.randint(1, 21)}
        row["next_step"] = self.rng.choice(_words("activities")["next_steps"][row["kind"]])
        row["next_step_due"] = self.today + offset[agenda] * _DAY
        row["next_step_done"] = False

    # --- profiles and evaluations -------------------------------------------------------

    def assessments(self) -> None:
        """Thinking-style estimates of key-account contacts, and the local rep's own profile.

        Each is what the app's forms store: an estimate is up to 8 ticked cue ids with the
        scores they give, a confidence and mostly a note; the self-assessment is 8 picks in
        each of the three grids, with no confidence. Only the local rep (the first) has a
        self-assessment: the server keeps a rep's self-assessment private to him.
        """
        key = [
            c
            for a in self.rows["accounts"]
            if a["is_key_account"]
            for c in self.contacts_of[a["id"]]
            if c["name"] != FEATURED_CONTACT  # left unprofiled, to profile in a demo
        ]
        featured = [c for c in key if c["account_id"] == self.rows["accounts"][0]["id"]]
        for i in range(self.shape.assessments):
            # The first is of someone at the featured account, whose editor shows a badge.
            contact = self.rng.choice(featured if i == 0 and featured else key)
            rep = self.rows["reps"][0]["id"] if i == 0 or self.chance(0.8) else self.owner()
            self.estimate(contact["id"], rep)
        self.self_assessment(self.rows["reps"][0]["id"])

    def leading(self) -> list[Quadrant]:
        """One or two quadrants a person leans on (single or double dominant, as most are)."""
        return self.rng.sample(list(Quadrant), self.weighted((1, 2), (4, 6)))

    def estimate(self, contact_id: str, rep_id: str) -> None:
        """A rep's estimate of a buyer: the cues he ticked (3 to 8, mostly of the buyer's
        leading quadrants) and the scores they give."""
        c = content()
        lead = self.leading()
        unseen = {q: list(c.quadrants[q].all_cues()) for q in Quadrant}
        ticked: list[str] = []
        for _ in range(self.weighted((3, 4, 5, 6, 7, 8), (1, 1, 2, 3, 3, 3))):
            open_q = [q for q in Quadrant if unseen[q]]
            weights = [8 if q in lead else 1 for q in open_q]
            q = self.weighted(open_q, weights)
            ticked.append(unseen[q].pop(self.rng.randrange(len(unseen[q]))).id)
        scores = scoring.observer_scores(ticked, c)
        strongest = max(Quadrant, key=lambda q: scores[q]).value.lower()
        self.assessment(
            {
                "contact_id": contact_id,
                "rep_id": rep_id,
                "kind": "observer",
                "answers": ticked,
                "confidence": self.rng.randint(2, 4),
                "note": self.maybe(0.7, _words("people")["assessment_notes"][strongest]),
            },
            scores,
        )

    def self_assessment(self, rep_id: str) -> None:
        """The rep's own questionnaire: 8 picks in each grid, leaning to his quadrants."""
        c = content()
        lead = self.leading()
        picks: dict[str, list[str]] = {}
        for grid in c.grids:
            # A weighted draw without replacement: the 8 highest random keys, weighted.
            keyed = sorted(
                grid.elements,
                key=lambda e: self.rng.random() ** (1 / (4 if e.quadrant in lead else 1)),
                reverse=True,
            )
            picks[grid.id] = [e.id for e in keyed[: scoring.GRID_PICKS]]
        self.assessment(
            {
                "contact_id": None,
                "rep_id": rep_id,
                "kind": "self",
                "answers": picks,
                "confidence": None,
                "note": None,
            },
            scoring.self_scores(picks, c),
        )

    def assessment(self, row: Row, scores: dict[Quadrant, int]) -> None:
        """Add an assessment ``row`` with its ``scores``, made some day in the last year."""
        day = self.days_ago(0, 365)
        row |= {f"score_{q.value.lower()}": scores[q] for q in Quadrant}
        row["assessed_on"] = day
        self.add("profile_assessments", row, self.stamps(day))
