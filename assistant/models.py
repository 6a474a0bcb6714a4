"""Pydantic models at every boundary: role profile, KPI records, findings, results."""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

Direction = Literal["higher", "lower", "target-range"]
Cadence = Literal["hourly", "daily", "weekly", "monthly", "quarterly", "half-yearly", "yearly"]
Indicator = Literal["leading", "lagging"]
Severity = Literal["reject", "warn", "info"]
Verdict = Literal["pass", "warn", "reject"]
Seniority = Literal["entry", "mid", "senior", "lead", "manager", "director", "executive"]

BASELINE_TBD = "To be set from current data before the first review"


class RoleProfile(BaseModel):
    """What the assistant understood from a job description."""

    title: str = Field(description="Job title as written in the posting")
    seniority: Seniority = "mid"
    family: str | None = Field(default=None, description="Best-matching role family id")
    family_name: str | None = None
    family_candidates: list[tuple[str, float]] = Field(
        default_factory=list, description="(family id, score) best first"
    )
    title_match: float = Field(default=0.0, description="How closely the title matched a known job title (0 to ~1.5)")
    responsibilities: list[str] = Field(default_factory=list)
    key_result_areas: list[str] = Field(
        default_factory=list, description="Short names of the areas the role is accountable for"
    )
    domain_terms: list[str] = Field(default_factory=list)
    figures: list[str] = Field(default_factory=list, description="Sentences of the posting that state numbers")
    stated_measures: list[str] = Field(
        default_factory=list, description="The posting's own list of KPIs or measures of success, as written"
    )
    country: Literal["us", "uk", "other"] | None = Field(
        default=None, description="Where the posting says it is, when it says so plainly (us, uk, other)"
    )


class KPI(BaseModel):
    """One outcome-based KPI record."""

    model_config = ConfigDict(extra="ignore")

    name: str = Field(min_length=1)
    kra: str = Field(default="", description="Key result area (responsibility) it serves")
    definition: str = Field(default="", description="The outcome, in one sentence")
    measure: str = Field(default="", description="Formula or method")
    unit: str = ""
    direction: Direction = "higher"
    data_source: str = ""
    baseline: str = BASELINE_TBD
    target: str = ""
    cadence: Cadence = "quarterly"
    indicator: Indicator = "lagging"
    rationale: str = ""
    side_effect: str = Field(default="", description="Unintended consequence to watch")
    sources: list[str] = Field(default_factory=list, description="Knowledge entry ids")

    @field_validator("cadence", mode="before")
    @classmethod
    def _cadence(cls, v: object) -> object:
        if not isinstance(v, str):
            return v
        key = v.strip().lower().replace("_", "-")
        if not key:
            return "quarterly"  # not given: the default review cadence
        if key in _CADENCE_WORDS:
            return _CADENCE_WORDS[key]
        for pattern, cadence in _CADENCE_PATTERNS:  # free text: "end of each quarter", "twice a year"
            if pattern.search(key):
                return cadence
        return key

    @field_validator("direction", mode="before")
    @classmethod
    def _direction(cls, v: object) -> object:
        if not isinstance(v, str):
            return v
        key = v.strip().lower()
        return _DIRECTION_WORDS.get(key, key)

    def measure_numerator(self) -> str:
        """What the measure counts, without its denominator ("injuries / hours worked" -> "injuries")."""
        return numerator(self.measure)

    def text(self) -> str:
        """The KPI as one line for classification: the name plus what the measure counts.

        Only the measure's numerator is kept: in "injuries / hours worked x 100,000" the
        denominator normalises the result and says nothing about what is being judged.
        """
        parts = [self.name]
        numerator = self.measure_numerator()
        if numerator and numerator.lower() not in self.name.lower():
            parts.append(numerator)
        return ". ".join(parts)


def numerator(measure: str) -> str:
    """A measure without its denominator: "injuries / hours worked x 100,000" -> "injuries"."""
    return _NUMERATOR_SPLIT.split(measure, maxsplit=1)[0].strip()


def ratio_parts(measure: str) -> tuple[str, str] | None:
    """(numerator, denominator) of a measure written as a ratio, without a trailing "x 100", aside or
    bracket: "(revenue - cost) / revenue x 100" -> ("(revenue - cost)", "revenue"); None for any other."""
    split = _NUMERATOR_SPLIT.split(measure, maxsplit=1)
    if len(split) != 2 or not split[0].strip() or not split[1].strip():
        return None
    return split[0].strip(), _RATIO_TAIL.sub("", split[1]).strip()


_RATIO_TAIL = re.compile(r"\s*(?:[x×*]\s*100|,.*|\(.*\))\s*$")


_NUMERATOR_SPLIT = re.compile(
    # (not after an initialism: "boards passing AOI/ICT first time", "P1/P2 incidents", "ID/passport applications")
    r"\s/\s|(?<!\b24)(?<!\band)(?-i:(?<![A-Z][A-Z0-9]))/(?!7\b)(?![+-]\d)|÷|\bdivided by\b|\bover\b(?! (?:\d|the (?:last|past|next|previous|limit|target|budget|plan)|a (?:year|month|week|quarter)|budget|target|limits?|plan\b|time\b))|\bas an? (?:share|percentage|proportion|fraction) of\b|\bout of\b(?! (?:hours|office|the office|area|scope|stock|hand|town|season|service|date|order|spec))|"
    r"\bper (?=[\d,.]+|a (?:thousand|hundred|million)|thousand|hundred|million)|\bfor every\b|\bof all\b|\bx\s?100\b",
    re.I,
)

_CADENCE_WORDS = {
    "per shift": "daily",
    "each shift": "daily",
    "every shift": "daily",
    "shift": "daily",
    "day": "daily",
    "every day": "daily",
    "week": "weekly",
    "bi-weekly": "weekly",
    "biweekly": "weekly",
    "fortnightly": "weekly",
    "month": "monthly",
    "every month": "monthly",
    "quarter": "quarterly",
    "every quarter": "quarterly",
    "semi-annually": "half-yearly",
    "semiannually": "half-yearly",
    "biannually": "half-yearly",
    "annually": "yearly",
    "annual": "yearly",
    "year": "yearly",
    "hour": "hourly",
    "real-time": "hourly",
    "realtime": "hourly",
    "continuous": "hourly",
}
_CADENCE_PATTERNS = [
    (re.compile(r"\bhalf[- ]?term"), "monthly"),  # a school half-term is about six weeks
    (re.compile(r"\bterm(?:ly)?\b|\btrimester"), "quarterly"),  # three school terms a year
    (re.compile(r"\bsemest"), "half-yearly"),  # semester, semestral, semestriel
    (re.compile(r"\b(?:half|semi|six[- ]month|6[- ]month|twice(?: a)?[- ]year|bi-?annual)"), "half-yearly"),
    (re.compile(r"\bhour|real[- ]?time|continuous|\blive\b"), "hourly"),
    # each time a frequent event happens is as often as a shift: "every performance", "por turno", "after each sailing"
    (
        re.compile(
            r"\b(?:every|each|per|after|por|cada|par|pro|ogni) (?:\w+ ){0,2}(?:performance|show|match|game|fixture|event|concert"
            r"|flight|sailing|crossing|trip|run|batch|service|turno|shift|poste|schicht|handover|hand-over|huddle|briefing"
            r"|stand-?up|round|ward round)s?(?: ?\([^)]*\))?\W*$"
        ),
        "daily",
    ),
    # (Turkish "üç aylık", three-monthly, before "aylık", monthly)
    (re.compile(r"\b(?:üç|3) ayl[ıi]k|\b[çc]eyrek"), "quarterly"),
    # Japanese, Chinese and Korean: "四半期" (quarterly) holds "半期" (half-yearly), so quarters come first
    (re.compile(r"四半期|季度|분기"), "quarterly"),
    (re.compile(r"半期|半年|반기"), "half-yearly"),
    (re.compile(r"毎日|日次|每日|每天|매일|일일|일간"), "daily"),
    (re.compile(r"毎週|週次|每周|每週|매주|주간"), "weekly"),
    (re.compile(r"毎月|月次|每月|月度|매월|월간|월별"), "monthly"),
    (re.compile(r"毎年|年次|每年|年度|매년|연간"), "yearly"),
    # a shift and every day in the Germanic languages: "jede Schicht", "hver dag", "varje dag", "elke dag"
    (re.compile(r"\bschicht|\b(?:hver|varje|elke|iedere|jeden|jede) (?:dag|tag|vakt|dienst)\b"), "daily"),
    # Indonesian and Malay, Vietnamese, Swahili: "bulanan", "hàng tháng", "kila mwezi" (monthly) and the rest
    (re.compile(r"\bharian\b|\bhàng ngày|\bkila siku"), "daily"),
    (re.compile(r"\bmingguan\b|\bhàng tuần|\bkila wiki"), "weekly"),
    (re.compile(r"\btriwulan|\bkuartal|\bsuku tahunan|\bhàng quý|\bkila robo"), "quarterly"),
    (re.compile(r"\bbulanan\b|\bsetiap bulan|\bhàng tháng|\bkila mwezi"), "monthly"),
    (re.compile(r"\btahunan\b|\bsetiap tahun|\bhàng năm|\bkila mwaka"), "yearly"),
    # the abbreviations of a template's cadence cells: "mthly", "Q", "EOM", "wkly", "qtr", "EOY", "H1"
    (re.compile(r"\bq\b|\bqtr(?:ly)?\b|\bqly\b|\beoq\b"), "quarterly"),
    (re.compile(r"\bm(?:n?th|o)ly\b|\bmthy\b|\bmth\b|\beom\b"), "monthly"),
    (re.compile(r"\bwkly\b|\bwk\b|\beow\b"), "weekly"),
    (re.compile(r"\byrly\b|\beoy\b|\bp\.?a\.?$"), "yearly"),
    (re.compile(r"\bh[12]\b"), "half-yearly"),
    (re.compile(r"\bdly\b|\beod\b"), "daily"),
    (re.compile(r"\bhrly\b"), "hourly"),
    (
        re.compile(
            r"\bdai|\bday\b|\bshift\b|\bmorning|\bevening|\bnight(?:ly)?\b|\bdiari|\bquotidi|\bgiornalier|\bt[aä]glich|\bdagelijks|"
            r"\bcodziennie|\bdziennie|\bdaglig|\bg[üu]nl[üu]k"
        ),
        "daily",
    ),
    (
        # a day of the week, every week: "every Monday", "on Fridays"
        re.compile(
            r"\b(?:every|each|on) (?:other )?(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?s?\b|"
            r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)days\b"
        ),
        "weekly",
    ),
    (
        re.compile(
            r"\bweek|fortnight|\bsprint|\bsemanal|\bhebdo|\bw[oö]chentlich|\bsettimanal|\bwekelijks|\btygodni|"
            r"\bco tydzie|\bveckovis|\bugentlig|\bukentlig|\bhaftal[ıi]k"
        ),
        "weekly",
    ),
    (
        # mensual, mensal, mensuel, mensile, maandelijks, miesięcznie, månadsvis, månedlig, aylık
        re.compile(
            r"\bmonth|\bmens[uai]|\bmonatlich|\bmaand|\bmiesi[eę]c|\bco miesi|\bm[aå]na?d|\bm[aå]ned|\bayl[ıi]k"
        ),
        "monthly",
    ),
    (re.compile(r"\bquarter|\bq[1-4]\b|\btrimest|\bquartal|\bviertelj|\bkwarta+[lł]|\bkvartal"), "quarterly"),
    (
        re.compile(
            r"\byear|annual|\banu[ae]l|\bannuel|\bj[aä]hrlich|\b[aå]rlig|\bjaarlijks|\brocznie|\b[aå]rsvis|\by[ıi]ll[ıi]k"
        ),
        "yearly",
    ),
    # an election, like a budget cycle, comes round once a year or less often
    (re.compile(r"\belection|\bpoll\b|\bbudget (?:cycle|round)"), "yearly"),
    # a growing, sporting or tourist season, a harvest or a crop cycle comes round once a year
    (re.compile(r"\bseason|\bharvest|\bcrop\b|\bcampaign year"), "yearly"),
]
_DIRECTION_WORDS = {
    "up": "higher",
    "increase": "higher",
    "higher is better": "higher",
    "maximise": "higher",
    "maximize": "higher",
    "down": "lower",
    "decrease": "lower",
    "lower is better": "lower",
    "minimise": "lower",
    "minimize": "lower",
    "range": "target-range",
    "within range": "target-range",
    "target range": "target-range",
}


class KPISet(BaseModel):
    role: str = ""
    kpis: list[KPI] = Field(default_factory=list)


class Finding(BaseModel):
    """One problem the validator found, with a way forward."""

    rule: str
    severity: Severity
    message: str
    kpi_index: int | None = Field(default=None, description="0-based index; None for set rules")
    principle: str | None = Field(default=None, description="Guidance principle id it breaks")
    suggestion: str | None = Field(default=None, description="An outcome-based rewrite")


class KPIReport(BaseModel):
    text: str
    verdict: Verdict
    kind: str = "outcome"
    findings: list[Finding] = Field(default_factory=list)


class SetReport(BaseModel):
    verdict: Verdict
    kpis: list[KPIReport] = Field(default_factory=list)
    set_findings: list[Finding] = Field(default_factory=list)

    @property
    def findings(self) -> list[Finding]:
        out = [f for r in self.kpis for f in r.findings]
        return out + list(self.set_findings)


class Usage(BaseModel):
    calls: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cached_calls: int = 0

    def add(self, other: Usage) -> None:
        self.calls += other.calls
        self.prompt_tokens += other.prompt_tokens
        self.completion_tokens += other.completion_tokens
        self.cached_calls += other.cached_calls


class DraftResult(BaseModel):
    role: RoleProfile
    kpis: list[KPI]
    findings: list[Finding] = Field(default_factory=list)
    verdict: Verdict = "pass"
    backend: str = "offline"
    model: str | None = None
    prompt_version: str | None = None
    notes: list[str] = Field(default_factory=list)
    usage: Usage = Field(default_factory=Usage)
    timings_ms: dict[str, float] = Field(default_factory=dict)


def json_schemas() -> dict[str, dict]:
    """JSON Schema of the public models, for integrators."""
    return {m.__name__: m.model_json_schema() for m in (RoleProfile, KPI, KPISet, Finding, SetReport, DraftResult)}
