"""The validator: findings per KPI and per set, each with the principle it breaks and, where it
can, an outcome-based rewrite taken from the knowledge base.

Classification of a metric as outcome / effort / activity / surveillance combines two views:

1. Lexical cues written from the guidance (``_CUES``): what the metric counts (hours worked,
   calls made, keystrokes) and what marks an outcome (time *to restore*, share resolved, errors,
   retention). Cues carry weights; outcome cues can outweigh a misleading word like "hours".
2. Meaning: the metric's nearest labelled neighbours in the knowledge base (example KPIs and
   their outcome alternatives are "accept"; misused metrics and the bad side of rewrite pairs
   are "reject"), a similarity-weighted vote.

The vote only decides where the cues are silent or weak, so a clear cue is never overruled by
a neighbour that happens to share vocabulary.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import partial
from typing import NamedTuple

import numpy as np

from .models import KPI, Finding, KPIReport, RoleProfile, SetReport, Verdict, numerator, ratio_parts
from .retrieval import Entry, Index
from .roles import JOB_NOUN, JOB_NOUNS, NON_PROFIT
from .translate import Translator

OFF_ROLE_OTHER = 0.50  # similarity to another family's examples at which a KPI reads as that work
COMMON_MEASURE_MARGIN = 0.10  # examples this close to the best one count towards a measure's spread of domains
# A runner-up family this close to the best is another fair reading of the title: a KPI that fits it is not off-role
READING_MARGIN = 0.3
KNOWN_TITLE = 1.1  # title score (similarity plus exact-title bonus) at which a role counts as known
MEASURE_OUTCOME = 0.2  # how clearly a measure must read as a result to clear the words of its name
GENERALIST_DOMAINS = {"management", "operations", "executive leadership"}
# Domains that run one flow between them: buying, planning, storing and moving goods
NEIGHBOUR_DOMAINS = {
    "procurement": {"supply chain", "logistics"},
    "supply chain": {"procurement", "logistics", "manufacturing"},
    "logistics": {"supply chain", "procurement", "transport"},
    "transport": {"logistics"},
    "manufacturing": {"supply chain", "equipment maintenance"},
    # mobile plant breaks down on every mine, site, farm and network: its mechanics' measures are theirs too
    "mining and quarrying": {"equipment maintenance"},
    "construction": {"equipment maintenance"},
    "agriculture": {"equipment maintenance"},
    "utilities": {"equipment maintenance"},
    "energy": {"equipment maintenance"},
    # agencies and consultancies sell their people's time to clients: scope, fees and client ratings are shared work
    "sales": {"professional services"},
    "marketing": {"professional services"},
    "creative": {"professional services"},
    "professional services": {"sales", "marketing", "creative", "project delivery"},
    # grounds, golf courses and sports turf are watered, fed and sprayed as crops are
    "facilities": {"agriculture"},
}
UNBALANCED_OWN_AREA = 0.35  # every KPI nearest one area of the role's own family, at least this close
VOTE_WEIGHT = 3.0  # how far the nearest labelled neighbours can move a decision (+-1.5)
VOTE_BLOCK = 512  # rows per block of the neighbour search
NO_CUE_LEAN = 0.3  # with no cue either way, how clearly the neighbours must say reject
VOTE_MIN_CONFIDENCE = 0.25  # the vote's weight when the nearest labelled example is barely alike

PRINCIPLE = {
    "effort_based": "outcomes-over-effort",
    "activity_count": "results-not-activity",
    "surveillance": "trust-not-surveillance",
    "not_measurable": "measurable-definition",
    "missing_target": "honest-targets",
    "vague": "observable-outcomes",
    "daily_checklist": "review-cadence",
    "cross_role_comparison": "no-cross-role-comparison",
    "off_role": "tailor-to-role",
    "too_many": "few-that-matter",
    "too_few": "few-that-matter",
    "duplicate": "one-idea-per-kpi",
    "unbalanced": "balance-across-responsibilities",
    "invented_number": "honest-targets",
}

KIND_RULE = {"effort": "effort_based", "activity": "activity_count", "surveillance": "surveillance"}

# Abbreviations expanded before embedding, so "CSAT" and "customer satisfaction" meet.
ABBREVIATIONS = {
    "csat": "customer satisfaction score",
    "fta": "failed to attend appointments",
    "nps": "net promoter score likelihood to recommend",
    "ces": "customer effort score",
    "mttr": "mean time to restore service",
    "mtbf": "mean time between failures",
    "mdbf": "mean distance between failures",
    "mttd": "mean time to detect incidents",
    "dso": "days sales outstanding collection",
    "dpo": "days payable outstanding",
    "otif": "on time in full delivery",
    "fcr": "first contact resolution",
    "aht": "average handle time per call",
    "oee": "overall equipment effectiveness",
    "dpmo": "defects per million opportunities",
    "ppm": "defective parts per million",
    "roas": "return on ad spend",
    "roi": "return on investment",
    "cac": "customer acquisition cost",
    "ltv": "customer lifetime value",
    "clv": "customer lifetime value",
    "mql": "marketing qualified leads",
    "sql": "sales qualified leads",
    "arr": "annual recurring revenue",
    "mrr": "monthly recurring revenue",
    "nrr": "net revenue retention",
    "grr": "gross revenue retention",
    "sla": "service level agreement met",
    "slo": "service level objective met",
    "kpi": "key performance indicator",
    "cogs": "cost of goods sold",
    "ebitda": "earnings profit",
    "wip": "work in progress",
    "ctr": "click through rate",
    "cpl": "cost per lead",
    "cpa": "cost per acquisition",
    "yoy": "year over year",
    "qoq": "quarter over quarter",
    "p1": "priority one incidents",
    "ltifr": "lost time injury frequency rate",
    "trir": "total recordable injury rate",
    "hcahps": "patient experience survey",
    "enps": "employee net promoter score engagement",
    "hrs": "hours",
    "pax": "passengers",
    "hr": "hour",
    "mins": "minutes",
    "no.": "number",
    "#": "number",
    "qty": "quantity",
    "avg": "average",
    "pct": "percent",
    "f&b": "food and beverage",
    # results the trades know by their initials (each names a rate, ratio or time, not a tally)
    "hsmr": "hospital standardised mortality ratio",
    "shmi": "summary hospital-level mortality indicator",
    "smr": "standardised mortality ratio",
    "ksi": "killed or seriously injured casualties",
    "fpy": "first pass yield",
    "ftfr": "first time fix rate",
    "rft": "right first time rate",
    "difot": "delivered in full on time rate",
    "otd": "on time delivery rate",
    "otp": "on time performance",
    "ira": "inventory record accuracy",
    "nrw": "non revenue water loss",
    "copq": "cost of poor quality",
    "gmroi": "gross margin return on inventory",
    "roce": "return on capital employed",
    "aov": "average order value",
    "arpa": "average revenue per account",
    "ndr": "net dollar retention",
    "gdr": "gross dollar retention",
    "dre": "defect removal efficiency",
    "dppm": "defective parts per million",
    "eui": "energy use intensity",
    "tnaa": "third next available appointment wait",
    "alos": "average length of stay",
    "vor": "vehicles off road",
    "ttv": "time to value for customers",
}
_WORD_ABBR = sorted((k for k in ABBREVIATIONS if k.isalnum()), key=len, reverse=True)
_ABBR_RE = re.compile(r"\b(" + "|".join(_WORD_ABBR) + r")\b|(#)|\b(no\.)(?=\s)|\b(f&b)\b", re.I)


_ABBR_WORDS = frozenset(_WORD_ABBR)
# The abbreviations above that name a measure of the trade (not a unit such as "hrs" or "pct", nor "HR")
_MEASURE_ABBR = "|".join(
    sorted(
        {k for k in ABBREVIATIONS if k.isalpha()} - {"avg", "hr", "hrs", "mins", "pct", "qty", "kpi", "yoy", "qoq"}
        | {"revpar", "adr"},
        key=len,
        reverse=True,
    )
)
_WORDS = re.compile(r"[a-z0-9]+")


def expand(text: str) -> str:
    """Spell out abbreviations (CSAT, MTTR, hrs, #) so their meaning reaches the embedder."""
    if (
        "#" not in text
        and "&" not in text
        and "no." not in text.lower()
        and _ABBR_WORDS.isdisjoint(_WORDS.findall(text.lower()))
    ):
        return text  # most lines hold no abbreviation: a set lookup is cheaper than the case-blind search
    return _ABBR_RE.sub(lambda m: ABBREVIATIONS[(m.group(1) or m.group(2) or m.group(3) or m.group(4)).lower()], text)


_LABEL = re.compile(
    r"^\s*(?:[•·\-*–]+|\[[^\]]{1,12}\]|\(?[a-z]\)|\d+(?:\.\d+)*[.)]?(?=\s)|"
    r"(?:kpi|kr|okr|obj(?:ective)?|measure|metric|goal|target|m)\s*\d+[a-z]?\s*[:–\-.)]?|"
    # an appraisal form's or OKR sheet's labels: "Objective: ...", "Measure of success: ...", "Key result: ..."
    r"(?:[a-z-]+ )?(?:kpi|kr|okr|objective|goal|key result|measure of success|success measure|success criteri(?:on|a))\s*:)"
    r"\s*[:–\-]?\s*",
    re.I,
)
_PURPOSE = re.compile(
    r"\s*,?\s+so (?:that |the |our |we |it |they |there |its |their )(?!is\b|are\b|far\b).*$|"
    r"\s+(?:to|so as to|in order to|aimed at|aiming to)\s+(?:improve|grow|boost|raise|cut|secure|reduce|increase|drive|"
    r"support|protect|ensure|achieve|deliver|hit|meet|lift|build|prevent|win|keep|maximi[sz]e|minimi[sz]e|speed up|"
    r"lower|help|enable)\b.*$|"
    # a reason given for the measure: "..., since face time with growers builds trust"
    r"\s*,?\s+(?:since|because)\s+(?!(?:last|the (?:start|beginning|launch|last|opening)|launch|opening|go-?live|inception|"
    r"\d|q[1-4]\b|fy|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*)(?:[\w'’-]+\s+){1,6}?(?:builds?|helps?|drives?|"
    r"improves?|leads?|creates?|grows?|matters?|is|are|means?|shows?|keeps?)\b.*$",
    re.I,
)


# What a line says about its own number, not what it counts: "..., reported in the sprint review as our quality
# measure", "... - this is what the contract pays on, not how many people I see in a week"
_FRAMED_AS = re.compile(
    r"\s*,?\s+(?:reported|presented|shown|used|tracked|quoted|described)\s+(?:[\w'’-]+\s+){0,6}?as\s+(?:our|the|a|an|its|their)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:measure|kpi|metric|indicator|proxy)\b.*$|"
    r"\s*(?:[,;–—]|\s-)\s*(?:[^,;–—]{0,60}?,\s*)?(?:not|rather than|instead of)\s+(?:how many|how much|how often|the number of|"
    r"counting|a count of)\b.*$",
    re.I,
)

# "You are expected to deliver 25 clinical hours": the framing, not a purpose; what follows is the metric
_FRAMING = re.compile(
    r"^(?:(?:you|they|staff|colleagues|the (?:post ?holder|employee|jobholder))(?:(?:'|’)re| are| is| will be)?\s+)?"
    r"(?:expected|required|asked|needed|obliged)\s+to\s+",
    re.I,
)


# A scope that normalises a result, not the thing judged: "sales ... during shifts worked".
_SCOPE = re.compile(
    r"(?<!\bbased)(?<!\bdepending)\s+(?:during|in|over|across|for|on) (?:the |their |its )?(?:\w+ )?(?:shifts?|hours|days|time|sessions?) "
    r"(?:worked|on duty|rostered|on shift|staffed|open)\b",
    re.I,
)


# a bracketed aside, unless it says what is measured: "(measured by messages posted)" is the measure
_ASIDE = re.compile(
    r"\s*\((?!\s*(?:measured|as measured|measure|measures|metric|kpi|indicator|based on|counted|i\.?e\.?|via|using|from)\b)"
    r"[^()]{0,80}\)"
)


def _strip_labels(text: str) -> str:
    """Without list labels: "KPI 4: ...", "[Q1] ...", "3.1 ...", "- ..."."""
    for _ in range(3):
        stripped = _LABEL.sub("", text, count=1)
        if stripped == text:
            break
        text = stripped
    return text


def core_metric(text: str) -> str:
    """What a metric line actually measures: without list labels ("KPI 4:", "[Q1]", "3.1"),
    bracketed asides ("(revenue KPI)", "(target 150)") and purpose clauses ("... to grow revenue").
    The justification names the hoped-for outcome, not the thing counted."""
    core = _FRAMING.sub("", _strip_labels(text))
    if "(" in core:
        core = _ASIDE.sub(" ", core)
    if " to " in core or " aim" in core or " so " in core or " since " in core or " because " in core:
        core = _PURPOSE.sub("", core)
    if " as " in core or " not " in core or "rather than" in core or "instead of" in core:
        core = _FRAMED_AS.sub("", core)
    core = _SCOPE.sub("", core)
    core = " ".join(core.split()).strip(" -–:;,.")
    return core if len(core) >= 3 else text


# ---- lexical cues -------------------------------------------------------------------------------
# (kind, weight, pattern). Positive weights push towards the kind; "outcome" cues push to accept.

_ACT_NOUNS = (
    r"calls?|dials?|emails?|e-mails?|messages?|meetings?|tasks?|tickets?|commits?|lines of code|loc|posts?|"
    r"tweets?|visits?|site visits?|applications?|cvs|resumes?|newsletters?|touch(?:es|points)?|outreach(?:es)?|demos?|"
    r"presentations?|reports?|pull requests?|prs|story points|interviews?|follow[- ]?ups?|proposals?|quotes?|"
    r"patrols?|rounds?|inspections?|checks?|walk[- ]?throughs?|sessions?|trainings?|workshops?|cases handled|"
    r"chats?|contacts? handled|activities|actions?|entries|updates?|slides?|articles?|blogs?|videos?|"
    r"designs?|mock-?ups?|drafts?|documents?|pages?|words|leads contacted|prospects contacted|doors knocked|"
    r"cold calls?|sales calls?|appointments? (?:made|booked|attended)|events? attended|samples? run|"
    r"tests? (?:run|executed|written)|test cases (?:run|executed|written)|deploy(?:ment)?s|jobs? posted|"
    r"candidates? (?:sourced|contacted|screened)|listings?|referrals made|logins?|log entries|forms?|"
    r"home visits?|worksheets?|lessons? (?:taught|planned)|classes taught|products? scanned|items? scanned|"
    r"sku counts?|cycle counts?|stock counts?|audits? (?:carried out|performed|done|completed)|"
    r"inspections? (?:carried out|performed|done)"
)
_ACT_VERBS = (
    r"made|sent|written|held|attended|logged|handled|touched|processed|completed|done|performed|conducted|"
    r"published|posted|made|opened|created|submitted|screened|sourced|contacted|run|executed|closed|"
    r"answered|replied|responded to|scheduled|booked|issued|filed|reviewed|carried out|delivered|uploaded|"
    r"produced|drafted|shipped|merged|pushed|visited|placed|dialled|dialed"
)

# The words any of the heaviest outcome constructions below needs: lines without them skip those patterns.
_RESULT_GATE = re.compile(
    r"attendance|outside|out of|above|below|beyond|overtime|within|without|accepted|rank|\bin (?:the |its |their )?\w*\s?(?:band|range)"
)

# Currencies by their codes: "MYR of consumables", "Goodwill payments, NZD"
_CURRENCY_CODES = (
    "aud|usd|eur|gbp|cad|nzd|zar|kes|ngn|inr|myr|sgd|php|idr|thb|aed|sar|brl|mxn|cop|pkr|jpy|krw|chf|sek|nok|dkk"
)

_CUES: list[tuple] = [
    # surveillance: monitoring people rather than results
    (
        "surveillance",
        3.0,
        re.compile(
            r"keystroke(?![- ]to[- ])|key ?strokes|mouse (?:movement|activity|clicks?|moves)|idle (?:time|minutes|status)|"
            r"screen[- ]?(?:on[- ])?(?:time|shots?|captures?|recording|monitoring)|webcam|camera checks?|online status|"
            r"(?:visible|seen|on) (?:on )?(?:the )?(?:in-cab |dash |web)?cam(?:era)?\b|(?:in-cab|dash|driver-facing) cam|"
            r"green (?:status|dot|presence)|green ['\"‘’“”]?available['\"‘’“”]? status|"
            r"(?:available|online|active|away|presence) status (?:in|on) (?:microsoft |ms )?(?:teams|slack|skype|zoom|google chat)|(?<!the )(?<!a )green light(?! to\b| for\b| from\b)|green light (?:in|on) (?:teams|slack|skype|the chat)|logged[- ]in and (?:ready|available)|(?:always|constantly) online|"
            r"camera[- ]on|read[- ]receipts?|ready state|minutes stationary|time stationary|online presence|presence data|"
            r"in-cab (?:audio|video|camera|recording)s?|audio recordings? (?:of|reviewed)|viva insights|workplace analytics|"
            r"green on (?:slack|teams)|door[- ]sensor|sensor timestamps|(?:email|calendar|chat|messaging) metadata|"
            r"scripted phrases|tone and (?:use of )?script|tallied by (?:a |the )?(?:floor )?observer|"
            r"(?:phone|mobile|device|van|vehicle) gps\b|gps shows|(?:phone|mobile|device) location|location[- ]sharing|"
            r"(?:gps|tracker|telematics)\w*(?: [\w-]+){0,4} shows? (?:them|him|her|(?:the )?(?:guard|driver|worker|officer|cleaner|carer|"
            r"rep|engineer|courier|picker|deckhand|crew|porter|nurse|agent|employee|staff)s?)\b|"
            r"tracker on (?:the |each |every |their |his |her )?(?:crew|staff|employee|worker|personal|work)?(?:'s|’s)? ?phones?|(?:guard|driver|worker|officer|cleaner|carer|courier)(?:'s|’s|s'|s’) (?:gps|tracker)|"
            r"(?:from|via|by|using|on) (?:the |a |their )?(?:in-cab |in-vehicle |van |vehicle |handheld )?(?:gps|telematics) (?:tracker|tracking|data|unit|logs?)|"
            r"(?:route|geofence) (?:deviation|breach)(?:es)? (?:alerts?|flags?)|"
            r"non-work (?:web)?sites?|web[- ]?filter logs?|active[- ]screen|reviews? (?:the )?cctv|cctv (?:footage )?(?:for|of) "
            r"(?:phone|staff|personal|chatting|breaks)|"
            r"(?:phone|device|location)s? (?:is |are )?tracked|tracked continuously|(?:supervisors?|managers?|team leaders?|"
            r"the (?:supervisor|manager)) (?:can )?see when|(?:helmet|body[- ]?worn|head)[- ]?cam(?:era)?s? (?:stream|record)|"
            r"cctv (?:is )?(?:reviewed|checked|watched) for|(?:till|keyboard|terminal|system|screen) inactivity|"
            r"seconds (?:they take |taken |spent )?between (?:calls|scans|jobs|tasks|picks|customers)|"
            r"(?:records?|recording|logs?|logging) (?:each|every) time (?:the |a |they |he |she )|picks? up (?:their|his|her) phone|"
            r"(?:gps|trackers?|wearables?|smart ?watch\w*)\b.{0,30}\b(?:rest days?|days off|off[- ]duty|at home|on leave)|"
            r"(?:device|laptop|pc) (?:uptime|activity|usage) in (?:the )?work|"
            r"active status|status (?:dot|light)|time (?:active|online|logged in) (?:in|on)|"
            r"(?:active|online) (?:time|minutes|hours) (?:in|on)|badge[- ]?(?:swipes?|ins?|scans?|data|records|tracking)|(?:location|staff|employee|worker)[- ]tracking apps?\b|"
            r"swipe[- ]?(?:card|in)|log[- ]?(?:in|on) (?:times?|hours)|time logged in|away time|away status|"
            r"app(?:lication)? usage|browser history|website visits by staff|computer activity|desktop activity|"
            # (not the Pool Activity Level, a dementia care assessment of a resident's abilities)
            r"(?<!pool )activity (?:monitoring|tracking|tracker|score|level)|tracking software|bossware|"
            r"(?<!turnaround )(?<!dwell )(?<!waiting )(?<!wait )(?<!queue )time at (?:desk|workstation|computer|terminal)|bathroom breaks?|toilet breaks?|break (?:length|duration)|"
            r"minutes? (?:on|off) break|gps (?:pings?|idle|tracking of (?:staff|drivers|employees))|"
            r"(?:teams|slack|zoom) (?:presence|status|activity)|(?<!hours )(?<!hrs )(?<!time )clock(?:ing|ed)?[- ]?(?:in|on|out)\b|"
            r"presence (?:in|on) (?:teams|slack)|"
            r"time active in (?:slack|teams)|mouse jiggl|phone (?:usage|unlock)|clock[- ]?in (?:times?|punctuality)|"
            r"(?:shows?|showing|appears?|marked) (?:as )?[\"'“]?(?:active|available|online|away|idle)|"
            r"(?:login|logon|log-in|vpn|connection) (?:monitoring|time|duration|records|hours)|session (?:monitoring|records|logs)|"
            r"monitoring (?:of|per) (?:staff|employees?|technicians?|agents?|engineers?|drivers?|workers?|nurses?)|"
            r"\bmonitoring per \w+|tracked (?:location|whereabouts)|(?:location|whereabouts) of (?:staff|drivers|employees)",
            re.I,
        ),
    ),
    # effort: time and presence put in by the employee
    (
        "effort",
        2.5,
        re.compile(
            # present in person for the opening hours: "% of opening hours the duty manager is on the premises"
            r"(?:is|are|was|were|being) (?:physically )?(?:on|at) (?:the )?(?:premises|site|shop floor)\b|on site for (?:all |the )?"
            r"(?:opening |scheduled |core |trading )?hours\b|"
            # turning up for the rota: "% of scheduled shifts attended", "asistencia"
            r"(?:scheduled |rostered |planned |booked )?(?:shifts?|work ?days|working days) (?:attended|worked|turned up for)\b|"
            r"asistencia\b|"
            # ("hours of scrims personally supervised per week")
            r"hours of (?:[\w-]+ ){1,3}(?:personally )?(?:supervised|run|attended|delivered|led|coached|observed|facilitated)\b|"
            r"hours? (?:worked|logged|spent|clocked|put in|on (?:the )?(?:floor|site|ward|bench|shift|phones?|calls?|task)|"
            r"in (?:the )?office|billed|charged|recorded|at (?:work|the desk))|"
            r"(?:worked|logged|spent|clocked) hours|time (?:spent|logged|clocked|recorded|booked) (?:on|in|at|per|doing|with)|"
            r"time spent|hours of (?:work|overtime|training)|overtime|(?<!first )(?<!second )(?<!initial )(?<!non-)(?<!non )(?<!birth )(?<!site )(?<!home )attend[ae]nce|days? (?:present|in (?:the )?office|worked|on site)|"
            r"presence at (?:work|desk)|present at work|face[- ]?time|punctuality|(?:staff|employee|own|late) arrivals?|"
            r"(?:%|percent|share|proportion|percentage) of (?:the )?(?:working|work|shift|paid|available|core|office) (?:hours|time|day)"
            r"(?!s? (?:that |when |in which )?(?:(?:the |our |each |a )?(?:[\w-]+ ){0,6}?(?:is|are|was|were|stays?|stayed) )?"
            r"(?:working|running|available|up|operational|open|in service|online)\b)|"
            r"utili[sz]ation of (?:staff|hours|working time)|time (?:in|on) (?:office|site|shift)|"
            r"shifts? (?:worked|covered|completed)|extra hours|weekend (?:work|hours)|hours per week|"
            r"(?:training|learning|cpd) hours (?:attended|completed|logged)|hours of training|"
            r"training (?:sessions )?attended|courses? attended|absence days|sick days|days absent|"
            r"billable hours|hours billed|time sheets?|timesheets? (?:submitted|hours)|"
            r"(?:nights|days|shifts|weekends|evenings|hours|sundays|saturdays) worked|hours (?:a|per) (?:day|week) (?:worked|on)|"
            r"busy(?:ness)?|(?<!customer )effort (?:level|score|put in)|stay(?:ing)? late|late nights|working late|"
            r"(?:on-call|personal|own|out-of-hours) availability|availability (?:24/7|out of hours|outside (?:of )?hours)|"
            r"(?<!\bis )(?<!\bare )reachable|\b(?:engineer|person|someone|somebody|staff|team|crew|member|manager|lead|officer|nurse|doctor|technician|one|he|she|they|we|i)s? (?:is|are) reachable|"
            # being there to pick up out of hours: "% of after-hours calls from the control room answered"
            r"(?:after[- ]hours|out[- ]of[- ]hours|overnight|weekend) calls? (?:[\w-]+ ){0,4}(?:answered|picked up|taken)|(?<!team )(?<!staff )(?<!workforce )(?:unplanned|unauthori[sz]ed|sick(?:ness)?) absences?(?! rate| cost| across| in the team| of the team| days as| days? (?:/|per|divided)| as (?:a )?percent)",
            re.I,
        ),
    ),
    # activity: tallies of actions
    (
        "activity",
        2.5,
        re.compile(
            rf"(?:number|no\.|no(?= of)|count|volume|total|amount|quantity|#|tally|how many) (?:of )?(?:\w+ ){{0,3}}(?:{_ACT_NOUNS})\b"
            rf"(?! (?:resolved on first|that (?:converted|resulted)|reopened|escalated|failed|rejected|returned|with errors?))",
            re.I,
        ),
    ),
    (
        "activity",
        2.5,
        re.compile(
            rf"\b(?:{_ACT_NOUNS})\s*(?:/|per|a|each|every)\s*(?:day|hour|hr|week|wk|shift|agent|rep|person|employee|month)\b",
            re.I,
        ),
    ),
    # (not jobs: "teaching posts held by the same teacher")
    (
        "activity",
        2.0,
        re.compile(
            rf"\b(?<!teaching )(?<!vacant )(?<!job )(?<!staff )(?<!nursing )(?:{_ACT_NOUNS}) (?:{_ACT_VERBS})\b", re.I
        ),
    ),
    ("activity", 1.5, re.compile(rf"\b(?:{_ACT_VERBS}) (?:\w+ )?(?:{_ACT_NOUNS})\b", re.I)),
    (
        "activity",
        2.5,
        re.compile(
            r"average handl(?:e|ing) time|\baht\b|talk time|time on (?:each )?(?:call|ticket|task)(?! for (?:users|customers|participants|shoppers))(?![^.;]{0,40}\b(?:usability|user tests?|participants))|"
            r"time per (?:call|ticket|task|case|email)|calls? duration|"
            r"(?:calls|emails|tickets|chats|tasks|cases) (?:answered|handled|closed|processed|completed) per|"
            r"lines of code|(?<!committed )story points (?:completed|delivered|burned)|velocity \(story points|"
            r"keystrokes|(?<!to )(?<!on )(?<!from )(?<!via )(?<!by )(?<!our )(?<!attributed to our )(?:linkedin|social(?: media)?|blog|instagram|tiktok) posts"
            r"(?![^.;]{0,60}\b(?:ranking|ranks?|reaching|reach|converting|convert)\b)|posts? (?:per|a|each) (?:week|day|month)|"
            r"outbound (?:calls|emails|messages|touches)|dials|cold calls|"
            r"(?:jobs|roles|vacancies) posted|cvs (?:screened|reviewed)|applications (?:screened|reviewed|processed)|"
            r"(?:meetings|1:1s|one-to-ones|check-ins) (?:held|attended|booked|scheduled)|"
            r"hours? of content|content pieces|pieces of content (?:published|produced)|"
            r"(?:tasks|to-?dos|checklist items) (?:ticked|completed)",
            re.I,
        ),
    ),
    (
        "activity",
        2.0,
        re.compile(
            rf"(?:number|no\.|no(?= of)|count|volume|total|#|tally|how many) (?:of )?(?:[\w-]+ ){{1,3}}(?:{_ACT_VERBS}|attended|cleaned|"
            rf"drafted|run|launched|sent out|carried out)\b",
            re.I,
        ),
    ),
    (
        "activity",
        3.0,
        re.compile(
            rf"\b[\w-]+s (?:{_ACT_VERBS}|attended|cleaned|drafted|launched|touched|made|prepared|checked|served|read|knocked|"
            rf"counted|picked|packed|scanned|serviced|visited|inspected|tested|run)\b(?! back\b)(?: a| .{{0,30}}?(?:per|each|every|/)) ?"
            rf"(?:day|hour|hr|week|wk|shift|month|quarter|evening|fte|agent|person|rep|head|technician|service|sprint)\b",
            re.I,
        ),
    ),
    ("activity", 2.0, re.compile(r"\b(?:attended|clocked)\b|\b\w+ touches\b", re.I)),
    (
        # a routine done for everyone or every so often, a personal hourly rate, checks counted as done
        "activity",
        3.0,
        re.compile(
            r"\b(?:marked|visited|called|contacted|observed|inspected)\b[^.;]{0,40}?\bevery "
            r"(?:day|week|fortnight|shift|month)\b|\b(?:customers|guests|patients|callers|shoppers|diners) "
            r"(?:offered|asked|pitched|invited)\b(?![^.;]{0,40}\b(?:within|by|before)\b)|\b(?:productivity|pick rate|pack rate|scan rate)\b[^.;]{0,20}?\d+\s*"
            r"[\w-]+\s*(?:/|per )\s*(?:hour|hr|h)\b|\b(?:audits|inspections|visits|checks|walks|observations) "
            r"(?:completed|carried out|conducted|done|performed)\b(?! (?:on time|by|within|to|without))"
        ),
    ),
    ("effort", 3.0, re.compile(r"\bworks? late\b|\bfinish(?:es|ing)? (?:after|past|later than) \d")),
    # time with the people served, counted by the hour: "hours of direct contact with clients per week"
    (
        "effort",
        3.0,
        re.compile(
            r"\b(?:face[- ]to[- ]face |direct |client |patient )?contact hours\b|\bhours of (?:direct |face[- ]to[- ]face )?"
            r"(?:client |patient )?contact\b|\bhours (?:spent )?(?:with|in front of) (?:clients|patients|pupils|customers)\b"
        ),
    ),
    # a team's own estimate units done ("velocity up 15% per sprint"), not a result anyone outside sees;
    # sales, pipeline and stock velocity are flows of results
    (
        "activity",
        3.0,
        re.compile(
            r"(?<!sales )(?<!pipeline )(?<!inventory )(?<!stock )(?<!deal )(?<!cash )\bvelocity\b|"
            r"(?<!committed )(?<!planned )(?<!forecast )\bstory points?\b"
        ),
    ),
    # a tally named by its action: "Hand hygiene audits conducted", "Client presentations given"
    (
        "activity",
        2.5,
        re.compile(
            # (what was passed, met or won is a result: "Modules passed vs modules scheduled")
            # (nor what is issued by a working day: "Management accounts issued. Working day on which the pack is issued")
            r"^(?!.*\b(?:rate|ratio|share|percent|per \d|value|average|mean|median|sales|revenue|income|profit|passed|achieved|won|"
            r"working day|wd ?\d|business day|deadline))[\w\s&'/,.()-]{0,60}?\b(?!(?:was|has|is|this|its|his|us|as|yes|costs|expenses|fees|losses|bills|needs)\b)\w+s (?:conducted|carried out|completed|done|performed|given|held|chaired|"
            r"attended|read|knocked|requested|reviewed|contacted|served|published|made|sent|written|produced|run|"
            r"logged|handled|processed|booked|scheduled|visited|issued|filed|posted|shared|hosted|organi[sz]ed|"
            r"taught|facilitated|delivered|submitted|created|prepared|sourced|screened|called|emailed|dialled|undertaken|"
            r"distributed|presented|optimi[sz]ed|started|tallied|sampled|"
            r"lodged|keyed|triaged|raised|issued|made|given|merchandised|covered|checked|allocated|greeted|approa?ched)"
            r"(?:\s+(?:daily|weekly|monthly|each \w+|every \w+|per \w+|this \w+|in the \w+))?\s*(?:[.!]\s|[.!]?$)"
        ),
    ),
    (
        "activity",
        2.5,
        re.compile(
            r"\b(?:picks|scans|calls|contacts|emails|tickets|visits|meters|doors|units|orders|cases|chats|transactions)\s*"
            r"(?:/|per)\s*(?:hr|hour|h|day|shift|fte|head|agent|evening)\b|"
            r"\b(?:commit|posting|call|email|visit|meeting|login|outreach|touch) (?:frequency|cadence|volume)|"
            r"(?:consultation|call|visit|meeting|appointment|session|handling|talk|wrap|after-call) (?:length|duration)|"
            r"time per (?:consultation|visit|appointment|customer|patient|matter|job|task)"
        ),
    ),
    (
        "effort",
        2.5,
        re.compile(
            r"\butili[sz]ation(?! of (?:beds|rooms|equipment|assets|vehicles|capacity|space|theatres?|machines?))|"
            r"(?:percentage|%|share|proportion|percent) of (?:the )?(?:time|job plan|week|day|hours|shift)\b(?!(?:'|’)s\b)"
            # (not the share of time a machine works: "% of time the car park pay machines are working")
            r"(?! (?:that |when |in which )?(?:(?:the |our |each |a )?(?:[\w-]+ ){0,6}?(?:is|are|was|were|stays?|stayed) )?"
            r"(?:working|running|available|up|operational|open|in service|online)\b)"
            # ("% of time the plant can deliver design flow")
            r"(?! (?:the |our |each |a )?(?:plant|machine|line|system|network|fleet|equipment|asset|site|server|service|pump|"
            r"vehicle|station|works)s? (?:can|could|is able to)\b)|"
            r"presence at|hours (?:contributed|volunteered|recorded|booked|charged|in the (?:kitchen|office|store|field))|"
            r"weekly hours|hours per (?:week|day|shift|month)|recorded time(?! value)|time recorded|time (?:allocated|booked) to|"
            r"days (?:staffing|spent|on the road|in the field)|\bworked\s*[.!]?$|activities worked|volunteered|"
            r"chargeable (?:hours|time)|billable (?:time|utili[sz]ation)"
        ),
    ),
    (
        "surveillance",
        3.0,
        re.compile(
            r"read receipts|not[- ]ready (?:state|time|status)|first log-?in|log-?in time|monitored by|"
            r"monitoring (?:software|tool|app)|keyboard(?:/mouse| and mouse| or mouse)? (?:activity|input)|hubstaff|time ?doctor|activtrak|teramind|"
            r"door[- ]access (?:card )?(?:records|logs|data)|access[- ]card (?:records|logs|data|swipes)|sociometric|(?<!child's )(?<!children's )(?<!pupil's )(?<!client's )(?<!patient's )(?<!person's )\bwhereabouts|last seen|(?:keep|kept) (?:their|your|his|her) status|status (?:active|green)|"
            r"(?:slack|teams) pings|\banpr\b|occupancy sensors?|sensor hours|tracked by (?:the |a |their |an )?(?:gps|apps?|phones?|trackers?|telematics|badges?|cameras?|"
            r"software|wearables?|devices?|sensors?|system|(?:individual )?names?|person|employee|individual|desktop|agent)|(?:gps|telematics) (?:pings|dwell|tracking)|"
            r"productivity score|screen ?shots?|live map of (?:staff|drivers|nurses|engineers|workers|\w+ \w+s')"
        ),
    ),
    (
        "activity",
        2.5,
        re.compile(
            r"\b[\w-]+s (?!(?:received|reported|raised by|lost|missed|failed|rejected|returned|escalated|reopened|"
            r"cancell?ed|abandoned|damaged|delayed|won|retained|generated|converted|closed won|signed|booked by|"
            r"secured|prevented|avoided|resolved first|gained|grew|added|attributed|acquired|activated|enrolled|registered|"
            # (accepted or approved by someone else: a gate the work passed, "meetings accepted by AEs each month")
            r"sold|subscribed|renewed|referred|placed|hired|accepted by|approved by)\b)(?:\w+ed|\w+en|made|run|done|read|sent|built|given|kept|"
            r"taught|caught|held|met|seen|dealt with)\b(?: [\w-]+){0,3}? ?(?:per|each|every|/) ?"
            r"(?:day|hour|hr|week|wk|shift|month|quarter|year|evening|fte|agent|person|rep|head|sprint|journey|list|visit|call)\b"
        ),
    ),
    (
        # a tally with a count as its target: "30 webinars delivered", "audits performed >= 24/yr"
        "activity",
        3.0,
        re.compile(
            # (not an age band: "children 6-59 months given vitamin A")
            # (not a rank: "the top-10 enterprise risks given assurance")
            r"(?<![\w.,%-])(?<!per )(?<!top )\d+\+? (?!(?:months?|years?|weeks?|days?)\b)(?:[\w-]+ ){0,2}[\w-]+s (?:delivered|performed|"
            r"conducted|held|run|published|completed|"
            r"made|sent|given|hosted|seen|visited|attended|written|produced|posted|created|carried out)\b"
            r"(?! (?:on time|by|before|within|without|correctly|in full|to (?:standard|spec|plan)))|"
            r"[\w-]+s (?:performed|conducted|held|seen|visited|attended|hosted|carried out|given|made|sent|posted)\s*"
            r"(?:[≥>]=?|at least|min(?:imum)?\.?|target:?)\s*\d+\s*(?:/|per|a|each)?\s*(?:yr|year|month|mo|week|wk|day|quarter)?\b|"
            r"^(?:run|train|hold|host|deliver|publish|send|write|make|conduct|complete|start|create|attend|visit|call|post|"
            r"make|book|pitch|submit|produce|give|draft|record)\s+\d+\s+[\w-]+|\b\d+\s+[\w-]+s? (?:started|run|held|hosted|"
            r"produced|sent|submitted|pitched)\b|\w+s (?:produced|submitted|issued|distributed) (?:each|every|per|a) (?:day|week|month)\b"
        ),
    ),
    ("activity", 2.5, re.compile(r"lines of (?:\w+ )?code|\b(?:inmails?|dms|cold emails?|chasers?) sent")),
    (
        "effort",
        2.5,
        re.compile(
            r"billable (?:hours|days|time)|labou?r hours|rota hours|staff hours|timesheet|time logged|"
            r"(?:percent|%|share|proportion) of (?:the )?(?:day|shift|working week|week) (?:in|on|spent)|"
            r"(?:revenue-generating|direct (?:patient )?care|selling|face|contact|floor|productive|chargeable) time|"
            r"time on (?:the )?(?:shop )?floor|(?:e-?learning|training|cpd) (?:time|minutes|hours)"
        ),
    ),
    (
        "surveillance",
        3.0,
        re.compile(
            r"screen-?recording|(?:location|gps) pings|gps location|idle (?:alerts|staff|flags|warnings)|"
            r"presence sensor|desk presence|scan timings|checkpoint timings|camera monitoring|"
            r"cctv (?:review|monitoring) of (?:staff|desk|employees)|(?:caught|seen|spotted|recorded) on (?:cctv|camera)|"
            # "infractions spotted on review of the teller counter camera footage"
            r"(?:caught|seen|spotted|found|observed) (?:on|in|during) (?:the )?review of (?:the )?(?:[\w-]+ ){0,3}?"
            r"(?:cctv|camera|video) (?:footage|recordings?)|"
            r"personal (?:phone|mobile) use|desk sensors?|(?:seat|chair|desk) occupancy sensors?|sensor occupancy"
        ),
    ),
    (
        # someone else's attendance is the result a welfare officer, teacher, clinic or HR partner works for;
        # heavier than the effort cue for 'attendance', which is about the worker's own
        "outcome",
        4.0,
        re.compile(
            r"(?:pupil|student|patient|learner|child|children|member|customer|school|class|workforce|division|tutor group|"
            r"form group|year group|cohort)s?'? "
            r"attendance|(?:pupils?|students?|learners?|children|young people|patients?|clients?|members?)\b[^.;]{0,30}?"
            r"\bwhose (?:school )?attendance|(?:school |class )?attendance (?:rate |%\s*)?(?:of|among|for) (?:the )?(?:[\w-]+ )?"
            r"(?:pupils|students|learners|children|young people|patients|clients)|"
            r"\bnon[- ]attendance\b|appointments? (?:not attended|missed)\b"
        ),
        None,
    ),
    (
        # time a room, a plant or a reading spends out of its range is a result, not time put in:
        # "hours per month gallery RH sits outside 40-60%"
        "outcome",
        4.0,
        re.compile(
            r"\b(?:hours?|minutes?|days?)\b[^.;]{0,40}?\b(?:sits?|is|was|are|were|spent|stays?|runs?|ran) "
            r"(?:outside|out of|above|below|beyond)\b[^.;]{0,25}?\b(?:range|limits?|spec\w*|toleran\w*|band|target|"
            r"\d+\s*(?:-|–|to)\s*\d+\s*%?|\d+\s*(?:°|%|ppm|ppb))|"
            # ... and so is the share of a logger's hours a reading keeps in its band: "% of logged hours RH in band"
            r"\b(?:hours?|minutes?|readings?)\b[^.;]{0,40}?\b(?:humidity|rh|temperature|temp|ph|pressure|reading|levels?|linepack)\b"
            r"[^.;]{0,20}?\b(?:in|within|inside) (?:the |its |their )?(?:target |agreed |set |operating |permitted )?"
            r"(?:band|range|spec\w*|toleran\w*|limits?|min/max)\b"
        ),
        _RESULT_GATE,
    ),
    (
        # a survey's index, work meeting a standard, orders done in the week planned, the share of what was
        # committed that was delivered (a plan kept, not a tally), engagement per post,
        # units a seller handed over: results, whatever their neighbours say
        "outcome",
        3.5,
        re.compile(
            r"\b(?:annual |pulse |staff |employee |engagement )survey (?:index|score|results?)\b|"
            r"\b(?:meeting|meets|met|passing|passed|compliant with) (?:the |our |their |a )?(?:[\w&-]+ ){0,4}?"
            r"(?:standard|spec(?:ification)?|criteria|requirements?)\b|"
            r"\b(?:completed|delivered|done|finished|produced|built|shipped|made) (?:in|within|by) (?:the )?(?:planned|agreed|scheduled|promised|committed) (?:shift )?"
            r"(?:week|day|date|slot|window|time)\b|"
            r"\b(?:percent|share|proportion)\s+of (?:the )?(?:committed|promised|forecast) (?:[\w-]+ ){1,3}(?:delivered|completed|"
            r"shipped|met|done|accepted)\b|"
            r"\b(?:likes|comments|shares|reactions|engagement)\b[^.;]{0,25}?\bper (?:post|video|reel|article|story)\b|"
            r"\bpage ?views\b|\b(?:units|vehicles|cars|homes|properties) (?:sold|handed over|registered)\b|"
            r"\b(?:new and used|new|used) (?:units|vehicles|cars)\b|"
            # time given back ("hours per month no longer needed after automation"), placements that last,
            # quotes or leads that became business
            r"\b(?:hours?|time|days?|minutes?|fte)\b[^.;]{0,40}?\b(?:saved|freed(?: up)?|no longer (?:needed|spent|required))\b|"
            r"\bstill in (?:the |their )?(?:role|post|job|placement)\b|"
            r"\b(?:percent|share|proportion)\s+of (?:[\w-]+ ){1,3}(?:that|which|who) (?:become|became|turn(?:ed)? into|"
            r"convert(?:ed)? (?:to|into))\b|"
            # passed at a test or assessment ("menu drinks passed in the head barista's blind taste test")
            r"\bpass(?:ed|es)? (?:in|at|on) (?:the |a |an )?(?:[\w'’-]+ ){0,4}(?:tests?|assessments?|exams?|checks?|"
            r"audits?|inspections?|certification)\b|"
            # work accepted without going round again ("PRs merged after two or fewer review rounds")
            r"\bwithout (?:heavy |further |major |any |significant )?(?:rework|re-?work|revisions?|changes requested)\b|"
            r"\b(?:\w+ or fewer|no more than (?:one|two|three|1|2|3)) (?:review |revision |feedback )?(?:rounds?|revisions?|"
            r"iterations?)\b|"
            # what customers bought: volume sold or shipped to them, the share of it from new products
            r"\b(?:volume|hectolit\w+|litres|liters|tonnes|cases|units) (?:shipped|sold|delivered) to (?:our )?"
            r"(?:distributors|customers|clients|retailers|stores|accounts|wholesalers|dealers)\b|"
            r"\b(?:percent|share|proportion)\s+of (?:net |gross )?(?:volume|sales|revenue) from\b|"
            # the share of things made ready before they go ("loans with the contract done before dispatch")
            r"\b(?:percent|share|proportion)\s+of\b[^.;]{0,60}?\b(?:done|completed|in place|signed(?: off)?|approved|ready|"
            r"finali[sz]ed|agreed|kitted|staged|closed|cleared|resolved|fixed) (?:before|prior to|ahead of)\b|"
            # the share of samples or items that meet a threshold ("share of soil samples ... with organic matter at
            # or above 4%", "% of lots scoring 84+")
            r"\b(?:percent|share|proportion)\s+of\b[^.;]{0,120}?\b(?:at or (?:above|below)|(?:scoring|rated|graded) "
            r"\d+\+?|(?:with|having|showing) (?:[\w-]+ ){1,3}(?:above|below|within|under|over) \d)|"
            # the share of people who understood ("% of sampled clients who correctly state the loan's cost")
            r"\b(?:percent|share|proportion)\s+of (?:[\w-]+ ){0,2}(?:clients|customers|patients|borrowers|learners|"
            r"students|pupils|users|members|participants|trainees|staff|employees|callers|residents|families|parents|"
            r"people|respondents) who (?:correctly|accurately|can|could|understand|know|recall|remember)\b"
        ),
    ),
    # what a line or site makes per hour paid for ("kg finished product per labour-hour") is productivity,
    # not one person's hourly tally
    (
        "outcome",
        3.0,
        re.compile(
            r"\b(?:kg|kilos?|tonnes?|tons?|units?|pieces?|cases?|pallets?|meals?|parts?|litres?|liters?|"
            r"(?:finished )?(?:goods|product|output))\b[^.;]{0,30}?\bper (?:labou?r|man|worked|paid|direct)[- ]hours?\b"
        ),
    ),
    # emissions per unit moved and a care record of a person's skin are results, not tallies or watching
    ("outcome", 3.0, re.compile(r"\b(?:co2e?|carbon|ghg|emissions?)\b[^.;]{0,20}?\bper\b|\bbody maps?\b")),
    (
        # overtime as money or as claims someone else is paid: "payroll incl. overtime as % of sales",
        # "overtime claims paid in the right period"; a count held within a plan; work that ends without a contact
        "outcome",
        4.0,
        re.compile(
            r"\bwithin [\d.,]+\s*(?:[a-z%°]+\s+)?of (?:the |its )?(?:target|spec\w*|plan|standard)\b|\b(?:costs?|pay(?:roll)?|wages?|spend|bill|salar(?:y|ies))\b[^.;]{0,20}?\bincl(?:\.|uding)? overtime\b|\bovertime (?:and [\w-]+ )?(?:claims?|payments?|pay|costs?|spend|premiums?)\b|"
            r"\bwithin (?:the )?(?:planned|agreed|target|expected|budgeted|funded) (?:number of )?[\w-]+|"
            r"\baccepted by (?:the )?(?:[\w-]+ ){0,3}?as (?:an? )?(?:sq[lo]s?|opportunit\w+|qualified)\b|"
            r"\brank(?:ing|s|ed)? (?:in (?:the )?)?top \d+ (?:for|on) (?:their |its |the |a )?(?:target |chosen |main )?"
            r"(?:keywords?|search\w*|terms?|quer(?:y|ies)|google)\b|"
            r"\b(?:end|ended|ending|resolved|closed|completed) without (?:a |an |any )?(?:[\w-]+ ){0,2}?"
            r"(?:tickets?|calls?|contacts?|escalations?|complaints?|callbacks?)\b"
        ),
        _RESULT_GATE,
    ),
    # outcome markers: results, quality, time-to-outcome, rates of success or failure
    (
        "outcome",
        3.0,
        re.compile(
            r"(?:within|inside) \d+\s*(?:business |working |calendar |clock )?(?:s|sec|secs|seconds|min|mins|minutes|minute|hours?|h|days?)\b|"
            r"\bin (?:under |less than |<\s?|≤\s?|<=\s?)?\d+\s*(?:s|sec|secs|seconds)\b|"
            r"removed from (?:lessons?|class(?:es)?)|"
            r"(?:shifts|rota slots|slots|posts|roles|vacancies) (?:left )?unfilled|unfilled (?:shifts|posts|roles|slots)|"
            r"(?:till|cash|float|stock|inventory) vari[ae]nces?|"
            r"\bmis-?(?:picks?|ships?|shipments?|deliveries|sorts?|keys?|scans?|routes?)\b|\bunsubscribe\w*|\bspam complaints?\b|"
            r"\b(?:invoice|sales|revenue|order|basket|transaction|job|ticket) value per\b|"
            r"\bcommitted (?:epics|features|scope|stories|items|milestones|deliverables)\b.{0,20}\bdelivered|"
            r"\bleads? (?:attributed|generated|sourced|originated|captured) (?:to|from|by)\b|"
            r"(?:listener|viewer|reader|visitor|user|customer|member|guest|subscriber)s? (?:hours|visits|visiting|minutes|sessions)|"
            r"visits by (?:residents|customers|patients|visitors|users|members|the public)|"
            r"per (?:\d[\d,]*|thousand|hundred) (?:\w+ )?(?:customers|users|orders|patients|members|accounts|residents|pupils|"
            r"students|beds?|bed days|covers|deliveries|shipments|items|units|visits|admissions|guests|passengers|journeys|"
            r"flights|calls|contacts|transactions|sales|invoices|claims|lines|picks|jobs|installs|installations|homes|properties)"
        ),
    ),
    (
        "outcome",
        2.5,
        re.compile(
            r"unanswered|unresolved|more than once|second (?:reply|visit|call|attempt|contact)|cut short|missing|"
            r"incorrect|\bwrong\b|negative|beyond plan|over plan|empty running|\bvoid\b|unplanned(?! (?:absences?|leave|days? off))|remedial|avoidable|"
            r"preventable|\binterval\b|turnout time|time to interactive|load time|page speed|"
            r"(?:hours|minutes|days|weeks|time) (?:between|from) .{0,50}\b(?:and|to)\b|"
            r"(?:hours|minutes|days|weeks|months) to (?!complete (?:my|the|their) (?:timesheet|training))[a-z]+|"
            r"(?:minutes|hours|days) for .{0,40}\bto (?:reach|arrive|be|get|clear|open)|"
            r"\bsecured\b|pledges|takings|\bvs\.? (?:target|plan|budget|forecast)|against (?:the )?(?:target|plan|budget|forecast)|"
            r"\d-star|five-star|star (?:rating|reviews)|(?:goals|objectives|milestones|okrs) (?:met|achieved|hit)|"
            r"(?:tickets|complaints|calls|contacts|queries|requests|emails|enquiries) (?:raised|received|reported|about|from)"
        ),
    ),
    (
        "outcome",
        3.5,
        re.compile(
            r"(?:completed|delivered|submitted|published|rolled out|launched|shipped|signed off|approved|in place|live|"
            r"reconciled|filed|closed|implemented|migrated|achieved|done|finished|issued|agreed)\b.{0,40}"
            # (not who did it: "sessions delivered by the team", "by each officer")
            r"(?:by (?!(?:the |their |its |each )?(?:team|staff|officers?|workers?|promoters?|volunteers?|agents?|employees?|"
            r"colleagues?|crew|engineers?|nurses?|supervisors?|managers?|rep|reps|advisers?|advisors?|associates?|analysts?|"
            r"students?|phd|trainees?|apprentices?|technicians?|techs?|operators?|drivers?|cashiers?|clerks?|members?|"
            r"individuals?|persons?|people|teachers?|carers?|cleaners?|pickers?|couriers?|riders?|coordinators?|"
            r"administrators?|assistants?|handlers?|specialists?|consultants?|representatives?|assignees?|juniors?)\b)"
            r"(?:the |their |its |each |end of |agreed |due |deadline|\d|q\d|monday|friday|month-end|year-end|"
            r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|before (?:the )?(?:deadline|due|go-live|launch)|on time|"
            r"on schedule|to plan|to schedule|to budget|within budget|within (?:\d+|the|agreed|sla)|for all\b|"
            r"this quarter|each (?:week|month|quarter)|every (?:week|month|quarter|monday))",
            re.I,
        ),
    ),
    (
        "outcome",
        2.5,
        re.compile(
            r"abandon|drop-?off|\blost\b|\blate\b|overdue|older than|aged (?:debt|tickets|items)|backlog|slippage|"
            r"delays?\b|stoppages?|outages?|unable to|\bmissed\b|breach|re-?open|no-shows?|cancell?ations?|"
            r"repeat (?:calls?|visits?|complaints?|faults?|call-outs?|contacts?)|\bfail(?:ed|ures?)\b|escap(?:ed|ing)|"
            r"spoil|damaged?\b|theft|losses|rolled back|rollbacks?|callbacks?|return visits?|first (?:inspection|time|attempt)|"
            r"(?:minutes|hours|days|time|wait) (?:for|until|before) .{0,40}(?:answer|resolv|restor|fix|repair|deliver|"
            r"seen|served|shut|complet|respond|arriv|approv|paid|closed)|(?:minutes|hours|days|time|weeks) from .{0,60}\bto\b|"
            r"\bwait(?:ing)?\b",
            re.I,
        ),
    ),
    (
        "outcome",
        3.0,
        re.compile(
            r"(?:completed|processed|delivered|done|issued|prepared|supplied|handled|made|run|filed|submitted)\b.{0,40}"
            r"(?:in place|correctly|accurately|without (?:errors?|rework|defects?|issues|complaints|correction)|"
            r"right first time|first time|in full|to standard|to spec(?:ification)?|error-free|on budget)"
        ),
    ),
    (
        "outcome",
        2.5,
        re.compile(
            r"takedowns?|(?:copyright|legal|warranty|insurance) claims|strikes against|violations?|"
            r"penalt(?:y|ies)|\bfines?\b|recalls?|citations?|sanctions?|non-?conformit|deviations?"
        ),
    ),
    (
        "outcome",
        3.0,
        re.compile(
            r"per (?:\d[\d,.]*k?|a thousand|a hundred|thousand|hundred|million) [\w-]+|"
            r"(?:bus|train|service|flight|departure|arrival|delivery|route|tram|ferry)s? punctuality|"
            r"\b\w+ed\b.{0,50}\bby (?:q[1-4]|sprint \d+|end of|week \d+|month \d+|\d{1,2}(?:st|nd|rd|th)\b|"
            r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|the (?:deadline|due date|agreed date|go-live)|"
            r"(?:the )?(?:programme|program|project|planned|agreed|due|target|gate|milestone|contract(?:ual)?|promised|"
            r"committed|scheduled) dates?\b)"
        ),
    ),
    (
        # a flow or a physical quantity per period or per unit is a rate of the plant, the network or the
        # output, not a tally of actions: "leakage, megalitres per day", "kWh per megalitre treated"
        "outcome",
        3.0,
        re.compile(
            r"\b(?:mega|kilo)?lit(?:re|er)s? per (?:day|hour|second|property|person|head|connection)\b|\bml/d\b|\bmld\b|"
            r"\bcubic met(?:re|er)s? per\b|\bm3 per\b|\bkwh per\b|\bmwh per\b|\b(?:kg|kilograms?|tonnes?|tons?) (?:of [\w-]+ )?"
            r"per (?:productive |producing |milking |laying |breeding |mature )?(?:megalit\w+|ml|hectare|ha|acre|cow|head|unit|tonne|"
            r"m2|square met\w+|hives?|colon(?:y|ies)|trees?|vines?|birds?|hens?|sows?|ewes?|animals?|ponds?|cages?)\b"
        ),
    ),
    (
        # money and harm to the world the work answers for: costs, income, margins, releases and spills. Light:
        # any cue of effort or tallies outweighs it ("overtime hours", "budget meetings held"), but a line that
        # names only a cost ("Farm working expenses") is not judged by its topic's neighbours ("farm visits").
        "outcome",
        1.5,
        re.compile(
            r"\b(?:costs?|expenses|expenditure|spend|margins?|profits?|revenue|income|budgets?|savings|write-?offs?|"
            r"ebitda|opex|capex|overspend|underspend|growth(?! mindset))\b|\breportable (?:[\w-]+ )?(?:releases|spills|events|occurrences)\b|"
            r"\bspills?\b|\b(?:environmental|chemical|gas|oil) (?:releases|leaks)\b|"
            # an amount of money named by its currency: "MYR of medical consumables per patient day"
            rf"\b(?:{_CURRENCY_CODES}) (?:of|per|spent|paid|from|raised|income|revenue|value|secured|collected|donated)\b|"
            # and by its symbol with a country's letters: "S$ of calendars sold", "NZ$ raised"
            r"\b[a-z]{1,3}[$£€¥₹₦] ?(?:of|per|spent|paid|from|raised|income|revenue|value|secured|collected|donated)\b|"
            # people who took up an offer: a result of selling, unless it is tallied per shift or per day
            r"\bsign-?ups\b|\bsigned up (?:to|for)\b"
        ),
    ),
    (
        "outcome",
        2.5,
        re.compile(
            r"discrepanc|differences|shortages|overages|\bduplicate\b|corrections|"
            # money or stock a business holds: "customer funds held at branch", "stock held"
            r"\b(?:funds|deposits|balances|assets|cash|stock|inventory) held\b|"
            # the share of code its tests exercise: a property of the code, not a tally of tests run
            r"\b(?:line|branch|statement|code|unit[- ]test|test) coverage\b(?![^.;]{0,20}\b(?:run|executed|written)\b)|"
            r"(?:awards?|accreditations?|certifications?|ratings?|flags?) (?:retained|achieved|won|kept|gained)"
        ),
    ),
    (
        "outcome",
        2.5,
        re.compile(
            r"deals? (?:won|closed)|new (?:customers|clients|logos|accounts) (?:won|signed|acquired)|"
            # what a campaign added: "sales uplift during campaign weeks vs baseline weeks"
            r"\b(?:sales|revenue|conversion|footfall|basket) uplift\b|\buplift in (?:sales|revenue|conversion|footfall)\b|"
            # ... measured against stores or customers who did not see it: "incremental sales vs holdout stores"
            r"\bincremental (?:net )?(?:sales|revenue|margin|profit|orders|bookings|conversions?|spend)\b|"
            r"\b(?:uplift|lift)\b[^.;]{0,40}?\b(?:vs\.?|versus|against|over) (?:the )?(?:holdout|control|baseline)\b",
            re.I,
        ),
    ),
    (
        "outcome",
        4.0,  # specific constructions that settle it even against an effort word ("overtime cost")
        re.compile(
            r"(?:theatre|bed|room|fleet|vehicle|machine|equipment|asset|capacity|space|plant|line|session|slot|clinic|"
            r"court|dock|truck|trailer|warehouse|storage|server|cpu|cluster|network|bandwidth|venue|studio)s? utili[sz]ation|"
            r"\b(?!(?:staff|agent|consultant|personal|billable|team|labour|labor|people|resource|employee|own|individual|"
            r"therapist|dentist|clinician|stylist|practitioner|physio|hygienist|doctor|gp|trainer|tutor|solicitor|"
            r"barrister|accountant|analyst|developer|designer|worker|operative|operator|picker|driver|fitter|machinist|diary|"
            r"chargeable|engineer|nurse|advisor|adviser|fee-earner|lawyer|associate|technician|time|hours?|the)\b)"
            r"[a-z][a-z-]* utili[sz]ation|(?:hours|labour|labor|overtime|staff cost)s? (?:within|against|vs\.?|versus|under|over) "
            r"(?:the )?(?:budget|plan)|(?:watch|viewing|listening|streaming|reading) (?:hours|time|minutes)|off-air|"
            r"(?:home|match|event|game|show|gate|visitor|audience|spectator|museum|venue) attendance|"
            r"attendance (?:at|for) (?:home |away |our )?(?:matches|games|fixtures|events|shows|performances|exhibitions|concerts)|"
            r"paid attendance|attendance\b.{0,40}\bof capacity|"
            r"(?:breakdowns?|failures?|faults?|call-?backs?|leaks?|recalls?|defects?|repeat repairs?) within \d+ (?:days?|weeks?|months?) of|"
            r"\bwith (?:zero|no|0) (?:exceptions|findings|errors|defects|restatements|qualifications|major findings)\b|"
            r"\b(?:breach(?:ed|es|ing)?|missed|failed) (?:the |its |their |an? )?(?:[\w-]+ ){0,3}(?:sla|slo|deadline|target time)s?\b|"
            r"\btouchless\b|no manual intervention|straight[- ]through (?:processing|rate)|"
            r"without (?:a |an |any )?(?:recordable |reportable |lost[- ]time )?(?:injury|injuries|incident|accident)|"
            r"(?:working |production |line |machine )?hours lost (?:on|to|through|due to|because of)\b|"
            r"(?:links?|circuits?|ports?) (?:above|over|exceeding|at) \d+\s*(?:%|percent)\s+utili[sz]ation|"
            r"idle (?:racking|capacity|stock|inventory|assets?|machines?|equipment|fleet|vehicles|cash|funds|balances?|capital|money)|"
            r"(?:in use|occupied|booked) \d+\s*percent of (?:the )?(?:opening|available|operating) hours|"
            r"overtime (?:cost|spend|bill|budget|premium)s?|agency (?:cost|spend|usage|staff cost)s?|"
            # defects left for the customer, an audience's visits, transactions that completed, customers who came back,
            # work finished inside what was promised
            r"\brepeat (?:clients|customers|business|orders|purchases|bookings|buyers|guests|visitors|donors)|"
            r"within (?:the )?(?:quoted|agreed|promised|committed|planned) (?:days|time|timescale|date|deadline|window|price|"
            r"budget|lead time)|"
            r"\bsnag(?:s|ging)?\b|(?:organic|website|web|site|app|user|visitor|unique|engaged|landing[- ]page) sessions|"
            r"(?:mortgages?|sales?|deals?|tenanc(?:y|ies)|lets|placements?|homes?|properties|policies|loans?|contracts?) "
            r"(?:completed|agreed|started|signed|sold|won|exchanged|funded|let)\b|"
            # a group's absence is a health outcome of the workplace; one person's own absence is presence
            r"(?:absence|sickness|absenteeism)\b.{0,60}\b(?:company|organi[sz]ation|workforce|business|department|site)[- ]wide|"
            r"(?:absence|sickness|absenteeism) (?:rate|levels?) (?:across|of|for|in|on) (?:the |my |our )?(?:team|ward|department|"
            r"company|organi[sz]ation|workforce|business|site|unit|store|school|service|directorate)|"
            # resource use per unit: "water consumption per occupant", "kWh per m2"
            r"(?:energy|electricity|gas|water|fuel|diesel|power|heating) (?:consumption|use|usage|intensity)\b|"
            r"\bkwh (?:per|/)|"
            # state of an estate of things: "percent of services with a runbook reviewed in the last 6 months"
            r"(?:percent|share|proportion)\s+of (?:the )?(?:[\w-]+ ){1,4}(?:with|having) (?:an? |their |its )?(?:[\w-]+ ){1,3}"
            r"(?:in date|up to date|current|reviewed|tested|documented|valid|approved)\b|"
            r"convert(?:ed|s|ing)? (?:to|into)\b|accepted as (?:an? )?(?:qualified|valid|sales)|"
            r"(?:percent|share|proportion|rate) of .{0,60}\b(?:accepted|converted|approved|won|retained|upheld|renewed)\b"
            r"(?! (?:apps|applications|tools|software|websites|sites)\b)|"
            r"without (?:agency|bank staff|overtime|escalation|rework|a complaint|complaints|incident|injur)|"
            r"with (?:an? )?(?:clean|unqualified|unmodified|limited|reasonable|positive|passing) "
            r"(?:assurance |audit )?(?:opinion|report|result|rating)"
        ),
    ),
    (
        # a tally per unit of work or worker: "offers presented per call", "patients seen per clinician hour"
        "activity",
        3.0,
        re.compile(
            r"\b[\w-]+s (?:seen|visited|treated|served|handled|processed|presented|opened|made|sent|pitched) per (?:\w+ )?"
            r"(?:session|clinic|round|list|route|day|shift|hour|call|caseworker|agent|advis[eo]r|rep|officer|fte|person|"
            r"clinician)\b"
        ),
        re.compile(r" per "),
    ),
    (
        # presence and punctuality as targets: office days, missed or late shifts, hours logged in, call-out rotas
        "effort",
        3.0,
        re.compile(
            r"\bin (?:the )?office (?:on )?(?:mon|tue|wed|thu|fri)\w*\b|(?:missed|late)(?: (?:or|and|/) (?:missed|late))? shifts|"
            # ("claims for damage or lateness": the goods' lateness, not the worker's)
            r"(?<!claims for )(?<!claim for )(?<!damage or )(?<!damage and )(?<!damage, )(?<!loss or )"
            r"\blateness\b(?!.{0,40}\b(?:drops|deliveries|orders|trains|buses|services|flights|shipments|vehicles|trucks|"
            r"jobs|projects|payments|invoices|consignments|parcels)\b)|\blatecomers?\b|\bon (?:site|shift|the (?:floor|ward|shop floor)) by \d{1,2}(?:[:.]\d\d)?(?![\d%.]|\s*(?:%|per ?cent))|unpaid hours|"
            r"\bat (?:their|his|her|the) desks? (?:for|during|throughout|all)\b|hours stayed|logged[- ]in time|time on calls|"
            r"(?:minutes|hours|time) stayed|past the end of (?:the |their |a |each )?shift|outside (?:of )?(?:contracted|working|normal|"
            r"office|rostered) hours|(?:evenings|weekends|nights) spent|"
            r"(?:minutes?|mins?|hours?|hrs?) spent (?:with|per|on|at) (?!rework|waiting|delay|downtime|hold)|"
            r"\d+ hours? (?:a|per|each) (?:week|day|shift)\b|late (?:arrivals?|starts?) (?:to|for|on) (?:shift|work)|logged[- ]in hours|hours logged[- ]in|"
            r"\bavailable (?:for|to (?:do|cover)) (?:call-?outs?|on-?call|overtime|weekend (?:work|shifts)|extra shifts)|"
            r"(?:operator|staff|agent|employee|personal|individual|fitter|picker|driver|technician|engineer)s?'? "
            r"utili[sz]ation\b.{0,30}\bof (?:the |each |every |their )?(?:shift|day|hours|week)"
        ),
    ),
    (
        # tallies of asks and speed quotas: "ask 100% of tables for a review", "scan rate of 25 items per minute"
        "activity",
        4.0,
        re.compile(
            r"^(?:ask|offer|pitch|mention|invite|remind) (?:\d+\s*(?:%|percent)|every|all|each) +(?:of )?(?:the )?"
            r"(?:tables|customers|guests|callers|patients|clients|visitors|diners|shoppers)|"
            r"(?:scan|pick|pack|keying|typing|sort|picking|packing|scanning) rate of \d|"
            r"\bboxes ticked\b|\bticked boxes\b|tick-?box(?:es)? (?:completed|ticked|filled)|"
            r"\basks? per (?:transaction|customer|sale|call|shift|day|visit)|sign-?up asks|"
            r"\b(?:calls?|emails?|visits?|messages?|texts?|letters?|cards?) (?:made|sent|placed|paid) to (?:\d+\s*(?:%|percent) +of|every|all|each)|"
            r"\b[\w-]+ (?:walks|visits|tours|inspections|audits|observations|calls|meetings|checks|huddles) per "
            r"(?:manager|supervisor|engineer|rep|agent|officer|person|head|fte|employee|worker|nurse|driver|technician|leader)\b|"
            r"\b(?:call|visit|journey|route|contact) plan (?:completion|adherence|attainment|compliance)|"
            r"\d+ (?:items|units|cases|lines|parcels|picks|cartons|totes) (?:scanned |picked |packed |sorted )?(?:per|an|a) (?:minute|min|hour|hr)\b|"
            r"\bcomplete \d+\s*(?:%|percent) +of (?:(?:assigned|mandatory|required|compliance|annual|all) ){0,3}(?:training )?"
            r"(?:modules|courses|e-?learning|training|trainings)\b"
        ),
    ),
    (
        # punctuality dressed as timeliness: "logged in on time for shift start" is presence, not a result
        "effort",
        4.0,
        re.compile(
            r"(?:logged[- ]in|clocked[- ]in|arrived?|at (?:the |my |their )?desk) on time|on time for (?:the )?(?:shift|work|rota)|"
            # the person's own on-time arrival, not a train's or a delivery's: "on-time arrival 100% per the clock"
            r"^\W*on[- ]time arrivals?\b(?! (?:of|for|at) (?:the |our )?(?:[\w-]+ )?(?:trains?|bus(?:es)?|flights?|vessels?|ships?|"
            r"shipments?|deliveries|goods|orders|trucks|vehicles|services|ambulances?|crews?|containers?|parcels?|customers?|"
            r"clients?|patients?|(?:customer |client )?sites?|appointments?|jobs?|homes?|premises)\b)|"
            # handle time pushed down so more calls fit in: a productivity quota on the agent's minutes
            r"(?:cut|reduc\w*|lower\w*|bring\w* down|decreas\w*) (?:the |our |team |agent )?(?:average |avg )?(?:call )?(?:handle|handling|talk) time"
        ),
    ),
    (
        # time and presence offered as commitment: "available to the CEO 7am-10pm", "60-hr weeks"
        "effort",
        3.0,
        re.compile(
            r"\bavailab(?:le|ility) (?:to|for) .{0,40}(?:24/7|\d\s*(?:am|pm)\b|whenever|at all times|any ?time|"
            r"evenings?|weekends?|nights?)|\bavailab(?:le|ility)\b.{0,20}\b24/7|never late|always on time for|"
            r"(?:first|last) (?:on|to leave|in|out)(?: (?:site|the office|the building))?\b.{0,20}(?:last|first) (?:to leave|out|in)|"
            r"\bin (?:the )?(?:office|classroom|lobby|building|store|site|kitchen)\b.{0,30}\b(?:by|before|until|from|every) \d|"
            r"logged[- ]in (?:from|by|until|before) \d|(?:present|visible) (?:in|on|at) (?:the )?\w+ (?:for|every|each|by|at)\b|"
            r"\d+\+?[- ]?(?:hr|hour)s?[- ]weeks?|working (?:\d+|long|extra|late) (?:hours|weeks|days|nights)|"
            r"(?:saturday|sunday|weekend|bank holiday) working|extra shifts|(?:agent|advisor|adviser|staff|individual) occupancy|"
            r"hours (?:of|in|at) [\w ]{1,30}\blogged|in (?:the )?office every day|"
            r"days? (?:per|a|each) week (?:worked |spent )?(?:in|from|at) (?:the )?(?:[\w-]+ )?(?:office|site|hq|studio|branch)|"
            r"\bin-office days|\boffice days (?:per|a|each) week|"
            r"\battends? (?:all|every)\b|never miss(?:es|ed)?\b|stays? (?:late|behind|until|for (?:both|all|every))|"
            r"present \d+ days|\d+ days a week (?:in|on site|in person)|anchor days|in person\b.{0,15}\bdays\b|"
            r"(?:at|on) the (?:bench|tools|desk|floor|line|pass|till) (?:by|from|till|until|at) \d|back at (?:the |my |their )?desk|"
            r"answers? (?:messages|calls|emails|the phone) (?:on|during) (?:rest days|days off|holiday|leave|weekends)|"
            r"\bstandby\b|on call (?:rota|availability)|(?:at|on) (?:their|his|her|my|the) (?:desks?|posts?|stations?|workstations?) "
            r"(?:when|before|by) (?:the )?(?:doors|office|branch|shop|store) opens?|present at (?:the )?opening\b|days (?:at|in) the (?:studio|office|site|workshop|shop|salon|lab|"
            r"clinic|store|depot|yard|branch|hospital|school|building)|"
            r"\bavailab(?:le|ility)\b.{0,30}\b(?:out of hours|out-of-hours|after hours|24/7|evenings|weekends|nights)\b|(?<!\bis )(?<!\bare )reachable|\b(?:engineer|person|someone|somebody|staff|team|crew|member|manager|lead|officer|nurse|doctor|technician|one|he|she|they|we|i)s? (?:is|are) reachable|bradford factor|(?:annual )?leave (?:taken|deferred|cancelled)|"
            r"no leave|(?:untaken|unused) (?:annual )?(?:leave|holiday)|(?:leave|holiday) carried over|(?:evening|weekend|night|touring|out-of-hours|personal|own|staff|technician|engineer)s?'? availability|"
            r"availability (?:for|to) (?:client|customer|night|emergency|call|escalation|overtime|extra|weekend|evening)|"
            r"for \d+\s*(?:%|percent) of (?:the |each |every |their )?(?:shift|day|working day|week)|all (?:day|shift)(?: long)?|"
            r"around the clock|at all times|(?:agent|queue|advisor) occupancy|occupancy (?:held|kept|maintained) (?:at|above)|"
            r"diary (?:fill|utili[sz]ation)|(?:chairside|shift|on-call) availability|"
            r"\bavailability\b.{0,20}\bof (?:scheduled|rostered|contracted|planned) (?:sessions|shifts|hours|days)|"
            r"availability for (?:on-call|shifts?|assignments?|work|cover|overtime)|\bin(?<!check-in)(?<!check in)(?:(?<=\bis in)|(?<![a-xz]s in)) "
            r"(?:the (?:office|building|store|site) )?(?:by|before) \d|attends? \d+\s*percent of|present at (?:every|all|each)|\bpresent (?:at|for|in) (?:the |every |each |all )?(?:\d{1,2}[:.]\d{2}|\d{1,2}\s*(?:am|pm))|(?:contracted|billable|chargeable) days|"
            r"missed (?:\w+ )?shifts|late clock|clock-ins|on call\b.{0,40}24/7|personally on call|late hours|"
            r"hours logged during|breaks? (?:taken|length|duration|kept) (?:within|under|to)|"
            r"late for (?:shift|work|opening|the shift|branch|the start)|early finish(?:es)?|leaving early|left early|"
            r"availability for (?:\w+ )?(?:shifts?|rostered|rota|duty)|"
            r"(?:lines|hours|duty) (?:flown|driven|worked) (?:right )?up to"
        ),
    ),
    (
        # a tally with its rate: "consults per clinic", "headlines drafted per brief", "searches ordered p/w"
        "activity",
        2.5,
        re.compile(
            r"\b(?!(?:error|defect|incident|complaint|injur|accident|failure|breach|fault|return|claim|escalation|"
            r"cancell?ation|no-show|follower|subscriber|sale|order|lead|booking|revenue|download|listen|stream|view|"
            r"visitor|customer|user|member|sign-?up|conversion|referral|donation|gift|dollar|pound|euro|unit|placement|"
            r"hire|student|pupil|patient|revision|rework|correction|amendment|redo|reopen|rejection)\w*\b)"
            r"[a-z'-]+s(?: [\w-]+ed)?(?: to [\w ]{1,20}?)? (?:per|p/|/|each|every) ?(?:day|d|wk|week|w|hour|hr|h|clinic|session|"
            r"shift|round|brief|request|role|job|client|account|project|vacancy)\b|"
            r"\b\w+s (?:conducted|completed|performed|held|done|carried out) (?:each|every|per|a) (?:day|week|month|quarter)\b|"
            r"\b[\w-]+s (?:made|taken|delivered|checked|cleared|turned around|drafted|processed) "
            r"per (?:night|shoot|field|list|round|clinic|session|visit|job|site|day|week|flight|trip|journey|voyage|lesson|class|"
            r"shift)\b"
        ),
        re.compile(r" per |/| each | every | a (?:day|week|month|quarter)"),
    ),
    (
        # a tally with a count as its target: "50 call evaluations per month", "FOI drafts: 12 per week"
        "activity",
        2.5,
        re.compile(
            # (not a grade: "category 2+ pressure ulcers per month")
            r"(?<![\w.,%])(?<!category )(?<!grade )(?<!stage )(?<!level )(?<!class )(?<!type )(?<!tier )\d+\+? "
            r"(?:[\w-]+ ){0,2}(?!(?:error|defect|incident|complaint|injur|accident|failure|breach|fault|"
            r"ulcer|fall|infection|harm|death|readmission|outbreak|spill|leak|collision|"
            r"claim|sale|order|lead|booking|download|follower|subscriber|customer|user|member|placement|hire|mql|sql|"
            r"sign-?up|registration|enrol|"
            r"(?:second|minute|hour|day|week|month|quarter|year)s\b)\w*\b)[\w-]+s "
            r"(?:per|a|each|every|this) (?:day|week|month|quarter|year|shift|sprint)\b|"
            r"\b\w+s (?:conducted|completed|performed|held|issued|delivered|raised|ordered|sent)\b.{0,12}?\d+ (?:per|a|each|/) ?"
            r"(?:year|yr|month|week|wk|day)|\b\w+s (?:conducted|completed|performed|held|issued|done) (?:daily|weekly|monthly)\s*[-–:]\s*\d|"
            r"\d+ (?:installs|visits|jobs|calls|consults|appointments|inspections) (?:per|a|each)|\b\d+ (?:[\w-]+ ){0,2}[\w-]+s cleared\b|"
            # (a colon first, the cheap part of the tally's shape: a line without one is passed at once)
            r"^(?=[^:]*:)(?!.*\b(?:rate|ratio|percent|share|errors?|defects?|incidents?|complaints?|injur\w*|accidents?|failures?|"
            r"claims?|damage\w*|breach\w*|revenue|sales|"
            r"profit|margin|cost|saving|retention|satisf|nps|csat|conversion|leads?|orders?|bookings?|downloads?|followers?|"
            r"subscribers?|listeners?|audience|visitors?|customers?|users?|members?|progress\w*|promot\w*|placed|hired|"
            r"won|passed|achiev\w*|graduat\w*|qualif\w*|accepted|approved|funded|mqls?|sqls?|sign-?ups?|registrations?|"
            r"enrol?ments?|attributed)\b)"
            r"[\w\s&'-]{3,50}?:\s*(?:[≥>]=?\s*)?(?!0\b)\d+\s*(?:per|a|an|each|every|/)\s*\w+"
        ),
        re.compile(r"\d"),
    ),
    (
        "activity",
        2.5,
        re.compile(
            r"minutes of [\w ]{1,20}(?:edited|produced|recorded|written|filmed)|newsletters? (?:issued|sent|published)|"
            r"work orders? raised|wo'?s raised|"
            r"^(?=[^:]*:)(?!.*\b(?:rate|ratio|percent|share|revenue|sales|customers?|users?|members?)\b)"
            r"[\w\s&'-]{3,50}?:\s*(?:[≥>]=?\s*)?(?:one|two|three|four|five|six|ten|twelve)\s*(?:per|a|an|each|every|/)\s*\w+|"
            r"(?:expected|required|asked|target is for \w+(?: \w+)?) to (?:\w+ ){0,2}?(?:\d+|one|two|three|four|five|six|ten|twelve) "
            r"(?:\w+ ){0,2}[\w-]+s\b"
        ),
    ),
    (
        "outcome",
        4.0,
        re.compile(
            r"that (?:get|got|are|were|was|is) (?:funded|approved|accepted|won|hired|converted|resolved|upheld|published)|"
            r"that result(?:ed)? in|resulting in (?:a )?(?:sale|charge|hire|order|booking|conviction|placement)|"
            r"that (?:let|lets|kept|keep|allowed|allow|enabled|prevented|avoided|led to|lead to|ended (?:with|in)|"
            r"cut|reduced|raised|improved|lifted|moved|shortened|saved|coincided with)\b|"
            r"that (?:customers|patients|users|clients|guests|students) (?:rated|confirmed|accepted|rate|confirm)|"
            r"actually (?:opened|used|read|attended|adopted|collected|paid|in use)|still (?:using|in post|employed|active|in use)|"
            r"(?:attended|used|opened|read|adopted) by (?:the )?(?:patients|customers|users|clients|students|managers|guests|members)|"
            r"(?:papers|bids|proposals|applications|offers|quotes|tenders|submissions|pitches) (?:accepted|approved|funded|won)|"
            # machines ready for work, and land brought back: "% of hours generating units available", "area replanted"
            r"(?:units?|machines?|plant|equipment|assets?|vehicles?|fleet|trucks?|buses|turbines?|generators?|pumps?|lifts?|"
            r"elevators?|boilers?|engines?|aircraft|locomotives?|trains?|vessels?|cranes?) (?:were |was |is |are )?(?:available|in service|operational)|"
            r"(?:replanted|regenerated|reforested|restocked|revegetated)|"
            # what land, trees or animals yield: "kg café pergamino seco per hectare", "t/ha", "productividad"
            r"(?:kg|kilos?|tonnes?|tons?|bushels?|litres?|liters?|bags?|sacks?|cargas?|quintals?)\b[^.;]{0,40}?"
            r"(?:per (?:hectare|ha|acre|tree|hive|cow|head|animal|plant)\b|/ha\b|/acre\b)|productividad|rendimiento|"
            # ready by a clock time: "% of editions with the final page sent to press by 23:30"
            r"(?:percent|share|proportion) of (?:[\w-]+ ){1,10}(?:by|before) \d{1,2}[:.h]\d{2}\b|"
            # the audience a programme or a title reaches: "weekly reach of the morning show", "listenership"
            r"(?:audience|weekly|monthly|daily|net|unique|cumulative|cume) reach\b|\breach of (?:the |our )?(?:[\w-]+ ){0,2}"
            r"(?:show|programme|program|station|channel|campaign|brand|newsletter|app|site|podcast|bulletin)|"
            r"listenership|readership|viewership|"
            # published after peer review: "peer-reviewed papers published" (but not papers submitted or read)
            r"peer[- ]reviewed (?:papers|articles|publications)(?! (?:submitted|written|drafted|read|reviewed))|"
            r"on (?:the )?(?:promised|agreed|booked|scheduled|planned|committed) (?:day|date|time|slot)|"
            # (not a condition on something else: "volunteers for shifts when the home is short-staffed")
            r"full crew|fully staffed|(?<!is )(?<!are )(?<!gets )(?<!get )short[- ]staff|(?:covered|filled) by agency|agency (?:nurses|staff|cover|usage|workers)|"
            r"overtime (?:hours )?(?:paid down|reduced|cut|down by)|written off|realisation|realization|"
            r"(?:completion|approval|success|pass|conversion|acceptance|win|close) rate of|(?:weekly|monthly|daily) active "
            r"(?:\w+ )?(?:users|members|customers|players|teams|accounts|organi[sz]ations|companies|workspaces|subscribers|households)|(?:team|staff|workforce|employee|department)(?:'s)? "
            r"(?:sickness |unplanned )?absence|\b[wdm]au\b|passing (?:[\w-]+ ){0,2}(?:validation|check|inspection|audit|qa|review)|"
            r"attended by (?:a |an )?(?:skilled|qualified|trained|registered)|certified (?:as )?(?:open|free|compliant|safe)|"
            r"(?:medication|medicine|treatment|therapy|patients?) adheren|adherent to (?:the |their )?(?:new )?(?:medicine|medication|"
            r"treatment|plan)|"
            r"(?:left|went|gone) without|non-productive time|\bnpt\b|(?:working )?(?:days|shifts) lost (?:to|through|from)"
        ),
    ),
    (
        "outcome",
        2.5,
        re.compile(
            r"\b(?:review|rating|feedback|survey|quality|audit|inspection|hygiene|safety|experience|credit|health)"
            r"(?:[- ]site)? scores?\b|\b(?:survey|review|feedback|customer|guest|patient|parent|student|client|user) ratings?\b|"
            # "avg rating for reception in the post-visit SMS survey"
            r"\bratings? (?:for|of) (?:the )?(?:[\w-]+ ){0,3}in (?:a |the |our )?(?:[\w-]+ ){0,3}survey\b|"
            # "score in the municipality's third-party hygiene audit"
            r"\bscores? (?:in|on|at|from|of) (?:the |a |an |its |our |each |every )?(?:[\w'’-]+ ){0,6}(?:audits?|inspections?|"
            r"assessments?|exams?|examinations?)\b|click[- ]?through|open rate|\bctr\b|(?:downloads|listens|streams|views|reads) per (?:episode|article|post|video|story)|"
            r"reproducib|repeatab|"
            # what respondents said: "parent survey: percent agreeing their child is well taught"
            r"\bsurvey\b.{0,50}\b(?:agree\w*|satisf\w*|favou?rable|positive|would recommend|confiden\w*)|"
            r"(?:percent|share|proportion)\s+(?:of (?:[\w-]+ ){1,3})?(?:agreeing|who agree|rating|who rate[sd]?)\b"
        ),
    ),
    (
        "outcome",
        2.5,
        re.compile(
            r"(?:weeks|days|months) of (?:cover|stock|supply|inventory)|\b(?:stock|inventory) cover\b|\bdays? (?:of|on) hand\b|"
            # harm held at nothing ("horses going lame after shoeing: none per quarter", "positive screens = 0 per
            # year"); a skill reached by a date ("beginners able to ride a blue run by the end of week one")
            r"[:=]\s*(?:0|zero|none|nil)\s+(?:per|a|each|every|in)\s+(?:year|quarter|month|week|annum|season)\b|"
            r"\bnone (?:per|a|each|this|in the) (?:year|quarter|month|week|season)\b|"
            r"\bable to\b[^.;]{1,40}\b(?:by (?:the )?end of|within|after)\b|"
            # the share of a caseload that reached its result; hazards the staff report (a reporting culture)
            r"\b(?:share|percent(?:age)?|proportion)(?: of)? (?:my |the |their |his |her |each )?(?:[\w-]+ )?caseload\b[^.;]{0,40}?"
            r"\b(?:in work|into work|employed|housed|achiev\w*|pass\w*|recover\w*|discharged|sustain\w*|moved on|qualified|"
            r"in (?:education|employment|training|eet)\b|eet\b)|"
            r"\b(?:hazards?|near[- ]miss(?:es)?|unsafe conditions) (?:reported|raised) by (?:the )?(?:staff|team|workers|"
            r"colleagues|employees|operatives|crews?)\b|"
            r"under management|\baum\b|"
            r"followers|subscribers|(?:audience|community|membership) (?:growth|size)"
        ),
    ),
    (
        "outcome",
        1.0,
        re.compile(
            r"\brate\b|ratio\b|share of|percent(?:age)? of|proportion of|per 1,?000|per 100\b|per million", re.I
        ),
    ),
    (
        "outcome",
        2.5,
        re.compile(
            r"(?:time|hours|days|minutes|weeks) (?:to|until) (?:restore|resolve|resolution|recover|fill|hire|close|"
            r"repair|fix|detect|respond|first response|answer|deliver|dispatch|ship|market|value|payment|pay|"
            r"approve|approval|decision|discharge|settle|onboard|productivity|competence|proficiency)|"
            r"mean time (?:to|between)|mttr|mtbf|mttd|lead time|cycle time|turn-?around(?: time)?|"
            r"days sales outstanding|\bdso\b|days payable|time[- ]to[- ](?:hire|fill|market|resolution|restore|close|value)|"
            r"response time|resolution time|waiting time|wait time|door[- ]to[- ]|length of stay|downtime|uptime|"
            r"availability|on[- ]time|in full|otif|within (?:sla|the sla|target|\d+\s*(?:h|hours|days|minutes|working days))|"
            r"(?:sla|slo)s? (?:met|attainment|compliance|achieved)|meeting (?:the )?(?:sla|slo)|"
            r"close (?:completed )?(?:within|in) \d|closed? by (?:the )?(?:due|deadline)|by (?:the )?due date",
            re.I,
        ),
    ),
    (
        "outcome",
        2.0,
        re.compile(
            r"resolved on first|first[- ](?:call|contact|time) (?:resolution|fix|right|pass)|\bfcr\b|"
            r"satisf(?:action|ied)|csat|\bnps\b|net promoter|retention|churn|renewal|repeat (?:purchase|business|customers)|"
            r"conversion|win rate|close rate|revenue|\bgmv\b|margin|profit|gross|sales (?:growth|value|revenue)|"
            r"quota attainment|pipeline (?:value|coverage)|deals? (?:won|closed)|bookings|arr\b|mrr\b|"
            r"errors?|defects?|incidents?|escalations?|complaints?|rework|returns?|rejects?|scrap|waste|"
            r"accuracy|accurate|yield|quality|compliance|audit (?:findings|score|result|pass)|findings|"
            r"injur(?:y|ies)|safety|harm|falls|infections?|readmissions?|accidents?|near misses|"
            r"cost (?:per|of|savings?|reduction|variance)|savings|budget variance|spend under|"
            r"forecast accuracy|variance|write-?offs?|bad debt|shrink(?:age)?|stock-?outs?|fill rate|"
            r"occupancy|utili[sz]ation of (?:beds|rooms|equipment|assets)|throughput|oee|yield|"
            r"attainment|achievement|pass rate|grades?|progress|outcomes?|success rate|adoption|"
            r"engagement score|turnover|regretted|quality of hire|offer acceptance|"
            r"% of (?:customers|orders|tickets|cases|deliveries|shipments|patients|invoices|claims|projects|"
            r"releases|deployments|changes|students|pupils|hires|applicants|items|jobs|work orders|units|batches)",
            re.I,
        ),
    ),
]

_VAGUE = re.compile(
    r"^(?:be|shows?(?! (?:stops?|starts?|cancell\w*|runs?|nights?|days?|dates?|sales|revenue|attendance|audiences?|"
    r"tickets?|reports?|time)\b)|demonstrat(?:e|es|ing)|display(?:s|ing)?|brings?|embrac(?:e|es|ing)|exhibit(?:s|ing)?|"
    r"acts? with)\b|"
    r"\b(?:commercial|competitive|personal|inner) drive\b|"
    r"team player|ownership|attitude|proactiv|passion|commitment|professionalism|go the extra mile|\badd(?:s|ing)? value\b|"
    r"\bexcellence\b|"
    r"can-do|positive (?:attitude|mindset|energy|outlook|presence)|stay positive|hard[- ]?work|work hard|culture fit|"
    r"growth mindset|initiative|enthusias|attention to detail|detail[- ]orient|"
    r"communication skills|be responsive|values|integrity|motivat|mindset|curiosity|empathy|compassion|kindness|role model|approachab|"
    r"willingness|eagerness|dedication|manner\b|flair|warmth|charisma|(?:customer|client|patient|guest) focus\b|"
    r"good energy|positivity|team spirit|vibes?\b|(?:executive|leadership) presence|gravitas|poise|comes? across|hunger\b|\b(?:hunger|energy) (?:&|and) drive|embod(?:y|ies)\b|lives? (?:our|the) values|curious|"
    r"\bcalm\b|composure|\bresilien|\bpoise\b|\bradiat|executive presence|leadership presence|gravitas|"
    r"\bsmil(?:e|es|ing)\b|\bwarmly\b|courteous|politeness|\bgut[- ](?:feel\w*|sense|rating|call|instinct|score)\b|"
    r"\bhunch\b|\bthought leadership\b|\blead(?:s|ing)? by example\b|\binspir(?:e|es|ing) (?:the |their |our |his |her )?"
    r"(?:team|staff|people|others|colleagues|crew)\b|"
    # a trait seen in the person: "the leadership he shows", "the care she brings"
    r"\b(?:he|she|they|i|we) (?:shows?|displays?|brings?|demonstrates?|exhibits?)\b|"
    # the same in other languages, and excellence as a slogan: "ser mais proativo", "mejorar el ambiente de trabajo"
    r"\bproativ|\bambiente de (?:trabajo|trabalho)\b|\bclima (?:laboral|de trabajo)\b|\bsensaci[oó]n general\b|"
    r"\besprit d'[ée]quipe\b|\bteamgeist\b|\b(?:drive|driving|strive|striving|pursue|pursuing|champion(?:ing)?) (?:for )?"
    r"excellence\b",
    re.I,
)
# A manager's rating of a trait is still the trait: "Good attitude: supervisor rating (1-5)".
_SUBJECTIVE = re.compile(
    r"(?:manager|supervisor|lead(?:er)?|chef|head|boss|principal|partner|mentor|peer|pi|owner|director|ceo|md|gm|"
    r"founder|board|rector|dean|provost|(?:vice-)?chancellor|superior)(?:'s)? (?:\d+\s*(?:-|–|to)\s*\d+ )?(?:rating|score|assessment|judg|view|opinion|feedback)|\b1\s*(?:-|–|to)\s*(?:5|7|10)[- ]point scale|\bon a 1\s*(?:-|–|to)\s*(?:5|7|10) scale|"
    r"\b360(?:[- ]degree)? (?:feedback|review|rating)|impression\b|\bview of\b|'s view\b|"
    # a claim with nothing counted: "adds value to the investment process"
    r"^\W*add(?:s|ing)? value (?:to|for)\b|"
    r"(?:manager|supervisor|lead(?:er)?|owner|director|coach)(?:'s)? (?:overall |general |own )?(?:observation|feeling|sense)|'s judge?ment\b|'s opinion\b|\bgut[- ](?:feel\w*|sense|rating|call|instinct|score)\b|"
    r"(?:tenant|customer|client|patient|guest|parent|staff|colleague) comments|"
    # someone's sense of it: "head nurse's sense of how caring they are", "editor's feel for how punchy"
    r"(?:'s|’s) (?:own |overall |general )?(?:sense|feel|feeling|gut feel|impression) (?:of|for|that|about)\b|"
    r"rating \(?1\s*(?:-|–|to)\s*(?:5|7|10)\b|rated (?:by|from) (?:the |their |a )?\w+|"
    r"\b(?:rating|appraisal|score|assessment) (?:\(?1\s*(?:-|–|to)\s*(?:5|7|10)\b|out of (?:5|7|10)\b)|"
    r"\b(?:board|panel|peer|team|feedback|em|cd|hod|gm|md) (?:appraisal|feedback|rating|review)|"
    # "brings a bold vision to the team, per channel director"
    r"\b(?:per|according to|as judged by|in the eyes of) (?:the |my |our |their )?(?:[\w-]+ )?(?:director|manager|head|boss|"
    r"supervisor|lead|partner|principal|chief|editor)\b(?! of)",
    re.I,
)
_QUANTITY = re.compile(
    r"\d|%|\b(?:percent(?:age)?|rates?|ratio|share|number|count|scores?|index|time|costs?|revenue|value|margins?|"
    r"profit|per|average|mean|median|volume|accuracy|yield|levels?|total|amount|errors?|defects?|"
    r"incidents?|complaints?|escalations?|retention|churn|turnover|attainment|variance|growth|sales|conversion|"
    r"sold|savings|spend|budget|backlog|utili[sz]ation|throughput|uptime|downtime|slas|payments?|paid|"
    + _CURRENCY_CODES
    + r"|compliance|findings|returns?|waste|scrap|injur(?:y|ies)|days? to|hours? to|minutes? to|weeks? to|"
    r"benchmark|metric|auc|precision|recall|rating|ranks?|position|kpi|okr|" + _MEASURE_ABBR + r")\b",
    re.I,
)
# Domains whose roles answer for an audience: followers, subscribers, a brand's reach
_AUDIENCE_OWNERS = {
    "marketing",
    "creative",
    "sales",
    "executive leadership",
    "management",
    "non-profit",
    # in hospitality, the roles that fill a room or a table ("hotel-housekeeping" and the front desk do not)
    "restaurant-manager",
    "event-coordinator",
    "chef",
    "travel-consultant",
    "personal services",
    "real estate",
    "human resources",
    "customer service",
}
# Who sells in a shop, a café or a kiosk as part of the job
_SHOP_OWNERS = {
    "hospitality",
    "retail",
    "management",
    "executive leadership",
    "sales",
    "marketing",
    "non-profit",
    "operations",
}
# Work that belongs to a few kinds of role: a social-media or website figure on a forklift driver's
# scorecard, a car-park or office-printer figure on a nurse's. (pattern, domains that own it, what it is)
_OTHER_WORK = [
    (
        # a kitchen's food cost and margin: the chef's and the restaurant's result, not the front desk's or housekeeping's
        re.compile(
            r"\b(?:restaurant|kitchen|food|f&b|menu) (?:cost|gp|gross profit|gross margin|margin)(?: percent(?:age)?| %)?\b|"
            r"\bfood cost (?:as |percent|%|ratio|share)"
        ),
        {
            "chef",
            "restaurant-manager",
            "general-manager",
            "executive",
            "baker",
            "butcher",
            "care-home-manager",
            "school-business-manager",
            "facilities-manager",
            "store-manager",
            "operations-manager",
            "retail-buyer",
            "food-technologist",
            "production-manager",
            "finance-director",
            "management-accountant",
            "accountant",
            "revenue-manager",
            "executive leadership",
            "management",
        },
        "the kitchen's or restaurant's result",
    ),
    (
        # pupils' exam results: the teachers' and the school leaders' work, not the caretaker's or the kitchen's
        re.compile(
            r"\b(?:gcse|a-level|igcse|leaving cert\w*|sats?|ks[1-5]|key stage \d) (?:results|grades|pass(?:es| rates?)?|outcomes)\b|"
            r"\bachieving (?:a )?grade [4-9]\+?"
        ),
        {"education"},
        "teaching work",
    ),
    (
        # money raised from fines: nobody's result, least of all a community officer's
        re.compile(r"\b(?:fines?|fixed[- ]penalty|penalty|parking ticket|camera) (?:fine )?(?:revenue|income)\b"),
        {"finance"},
        "revenue collection, not a result of this role",
    ),
    (
        # products sold to customers: a seller's work, not a tester's or a technician's
        re.compile(
            r"\b(?:(?:new |premium |paid )?(?:subscriptions?|memberships?|licen[cs]es|upgrades|add-ons?|warranties|policies) sold|"
            r"(?:premium|paid|new) (?:subscription|membership|plan) sales)\b"
        ),
        _AUDIENCE_OWNERS
        | {"retail", "hospitality", "insurance", "finance", "customer service", "arts and entertainment"}
        | {"product-manager", "ecommerce-manager"},
        "sales work",
    ),
    (
        # people persuaded to enrol: a university's admissions and marketing work, not a lab's or a lecturer's
        re.compile(
            r"\bopen[- ]days?\b.{0,40}\b(?:conversion|enrol\w*|applica\w*)|\b(?:visitors|enquirers|applicants) who enrol\b|"
            # "growth in UCAS undergraduate applications to the university" on a service desk's scorecard
            r"\b(?:ucas|undergraduate|postgraduate|student|course|degree) applications\b|"
            # "% increase in commencing international students" on a payroll officer's scorecard (sets_holdout73)
            r"\b(?:commencing|international|incoming|first-year) students\b[^.;]{0,30}\b(?:growth|increase|vs|number|target)\b|"
            r"\b(?:international |student |new )?enrolments? growth\b|\bgrowth (?:of|in) (?:student |international )?enrolments?\b"
        ),
        _AUDIENCE_OWNERS | {"education"},
        "student recruitment work",
    ),
    (
        # a marketplace's trading value: "YoY growth of platform gross merchandise value" for in-house counsel
        re.compile(r"\bgmv\b|\bgross merchandi[sz]e value\b"),
        _AUDIENCE_OWNERS | {"retail", "technology", "finance"} | {"ecommerce-manager", "product-manager"},
        "the marketplace's trading result",
    ),
    (
        # a website's traffic: also the work of web developers and online shops
        re.compile(
            r"\b(?:page views|bounce rate|website (?:traffic|visits|sessions|conversion|bounce|visitors)|seo\b|"
            # ("PPC" is also a construction plan's "percent plan complete")
            r"google ads|ppc\b(?!.{0,60}\bplan complete)|cost per click|click-through|email open rate|"
            r"(?:newsletter|campaign|marketing email) open rate)"
        ),
        _AUDIENCE_OWNERS | {"technology", "retail"},
        "marketing work",
    ),
    (
        # an audience of followers and subscribers: not the work of a developer, a cashier or a nurse
        re.compile(
            r"\b(?:facebook|instagram|tiktok|linkedin|twitter|youtube|social media|followers?\b|likes on|retweets|"
            r"newsletter (?:sign-?ups?|subscribers?)|sign-?ups? to (?:the )?(?:[\w-]+ ){0,3}newsletter)"
        ),
        _AUDIENCE_OWNERS,
        "marketing work",
    ),
    (
        # an online shop's takings: "average order value on the chain's online store", "basket size"
        re.compile(
            r"\b(?:online (?:store|shop)|web ?shop|e-?commerce (?:sales|revenue|orders|conversion)|average (?:order|basket) value|"
            r"(?:online )?basket size)"
        ),
        _AUDIENCE_OWNERS | {"retail", "technology", "customer service", "supply chain", "logistics", "hospitality"},
        "online retail work",
    ),
    (
        # tickets a club sells to its fans: the commercial team's work, not a youth coach's
        re.compile(r"\bseason[- ]tickets?\b|\bmatchday (?:revenue|ticket)"),
        _AUDIENCE_OWNERS | {"arts and entertainment", "hospitality"},
        "ticketing and commercial work",
    ),
    (
        re.compile(
            r"\b(?:office printer|printers? uptime|office recycling|(?:office|staff|head[- ]office) canteen|canteen (?:food|rating)|"
            r"vending machines?|"
            r"office (?:kitchen|plants|waste|energy)|meeting room bookings)"
        ),
        {
            "facilities",
            "security and facilities",
            "management",
            "executive leadership",
            "administration",
            "environment",
            "operations",
        },
        "office facilities work",
    ),
    (
        # the office's own charity events: fundraising is a fundraiser's work, not a scientist's or a nurse's
        re.compile(
            r"\b(?:bake sales?|raffles?|(?:lottery|raffle) tickets?|(?:charity|hospital|office|company|staff) (?:bake|fun[- ]run|quiz|raffle|day|drive|collection)s?|"
            r"(?:raised|collected) (?:at|for|in) (?:the )?(?:[\w-]+ ){0,2}(?:bake sale|raffle|charity (?:day|event|drive))|"
            r"donations (?:raised|collected) by (?:the |each )?(?:nurse|teacher|driver|officer|staff|employee|agent|me|him|her)|"
            r"(?:hospital|school|company|staff) (?:foundation|charity) donations|"
            r"(?:raised|collected|donated) (?:for|to) (?:the )?(?:hospital|school|company|staff|office|university)(?:'s)? (?:foundation|charity|appeal)|"
            # "tickets sold for the firm's annual charity gala"
            r"(?:gala|charity|raffle|fundraising|benefit) (?:dinner |ball |event |night )?tickets?|"
            r"(?:tickets?|vouchers?|cards?|items?) sold for (?:the |our |a )?(?:[\w'’-]+ ){0,3}(?:gala|ball|charity|fundraiser|fundraising)\w*|"
            # "hospital charity calendars sold by ward staff"
            r"(?:charity|fundraising|raffle|appeal) (?:[\w-]+ ){0,2}(?:sold|sales)|"
            # an institution's giving campaigns: "$ raised in the alumni annual giving campaign"
            r"(?:alumni |annual |regular |major )giving(?: campaign| programme| program| income)?|"
            r"(?:raised|pledged) (?:in|through|from) (?:the )?(?:[\w-]+ ){0,3}(?:campaign|appeal|telethon|gala))\b"
        ),
        {"non-profit", "marketing", "hospitality", "executive leadership", "school-leader"},
        "fundraising work",
    ),
    (
        # a loyalty scheme's members: signed up at the till, the desk or the table, not in the kitchen
        re.compile(
            r"\bloyalty(?:[- ]app| card| scheme| programme| program| club)? (?:sign-?ups?|members|memberships?|registrations|"
            r"enrol(?:l)?ments?)\b|\b(?:new )?(?:[\w-]+ )?loyalty[- ](?:app|card|scheme|programme|program|club) members\b"
        ),
        {
            "retail",
            "management",
            "executive leadership",
            "sales",
            "marketing",
            "operations",
            "customer service",
            "restaurant-manager",
            "hotel-front-desk-agent",
            "food-beverage-server",
            "event-coordinator",
            "travel-consultant",
            "cabin-crew",
        },
        "loyalty scheme sales",
    ),
    (
        # a museum's or a park's shop: "gift shop tote bag sales" for a conservator (a band's merchandise is its own)
        re.compile(
            r"\bgift shop(?: [\w-]+){0,3}\s+(?:spend|takings|sales|revenue|income|sold)\b|\b(?:souvenir|gift shop) "
            r"(?:sales|takings|revenue|sold)\b|\b(?:sold|sales|takings|revenue) (?:at|in|from) (?:the |our )?(?:[\w-]+ ){0,2}gift shop\b|"
            r"\b(?:sales of (?:[\w-]+ ){0,3})?tote bags?(?: [\w-]+){0,1}\s+(?:sales|sold|takings)\b|\bsales of (?:[\w-]+ ){0,3}tote bags\b"
        ),
        _SHOP_OWNERS,
        "retail work",
    ),
    (
        re.compile(
            r"\b(?:caf[eé]|cafeteria|canteen|catering|clubhouse bar|bar|gift shop|restaurant|kiosk)(?: [\w-]+){0,2}\s+"
            r"(?:spend|takings|sales|revenue|income|sold|uptake)\b|"
            r"\b(?:spend|takings|sales|revenue|income) (?:in|at|of|from) the (?:[\w-]+ ){0,2}(?:caf[eé]|cafeteria|canteen|bar|"
            r"gift shop|restaurant|(?:petrol|gas|fuel|service) station|forecourt)\b|"
            r"\b(?:fuel|petrol|diesel|forecourt|duty[- ]free|tax[- ]free|on-?board shop)(?: [\w-]+){0,2}\s+(?:sales|takings|revenue|sold|spend)\b|"
            r"\b(?:merch(?:andise)?|souvenir|gift) (?:sales|takings|revenue|sold)\b|"
            # a pharmacy's or clinic's shop floor: "front-store cosmetics sales", "fragrance and gift sales"
            r"\b(?:front[- ]store|front[- ]of[- ]shop|cosmetics?|fragrances?|perfumes?|toiletries|confectionery|snacks?)"
            r"(?: (?:and|&) [\w-]+)?(?: [\w-]+){0,2}\s+(?:sales|takings|revenue|sold)\b|\bsales of (?:[\w-]+ ){0,3}(?:tote bags|mugs|"
            r"t-?shirts|souvenirs|merch\w*)\b|"
            r"\b(?:caf[eé]|canteen|gift shop) loyalty\b|\b(?:caf[eé]|cafeteria|canteen|catering)(?: [\w-]+){0,2}\s+"
            r"(?:satisfaction|survey|rating|score|nps)\b|\b(?:wine club|cellar door|visitor cent(?:re|er)) (?:memberships?|sales|takings)\b|"
            r"\bmemberships? sold at the (?:cellar door|gift shop|visitor cent(?:re|er))\b|"
            # "transit-card top-ups sold at the depot kiosk"
            r"\b(?:sold|sales|takings|revenue) (?:at|in|from) (?:the |our )?(?:[\w-]+ ){0,2}(?:kiosk|gift shop|tuck shop|caf[eé]|canteen)\b|"
            r"\b(?:tuck shop|commissary|canteen|kiosk) (?:turnover|revenue|sales|takings|income)\b|\bf&b (?:covers|revenue|sales|spend|takings)\b|\bcovers (?:served|sold) (?:at|in) the (?:[\w-]+ ){0,2}"
            r"(?:restaurant|caf[eé]|bar|lodge|canteen)\b|"
            # "aquarium visitor centre ticket revenue" for a fisheries scientist
            r"\b(?:visitor cent(?:re|er)|aquarium|museum) (?:[\w-]+ ){0,2}(?:ticket |admissions? )?(?:revenue|income|takings|sales)\b"
        ),
        # (cabin crew sell duty-free and meals on board; a band or a studio sells its own merchandise)
        _SHOP_OWNERS | {"personal services", "creative", "cabin-crew"},
        "catering and retail work",
    ),
    (
        # an online shop's or a website's uptime: the web team's work, not an HR partner's
        re.compile(
            r"\b(?:e-?commerce|online (?:store|shop)|web ?shop|website|web ?site)(?: site| platform)? "
            r"(?:uptime|availability|downtime|outages?|page load|load time)\b"
        ),
        {"technology", "retail", "marketing", "sales", "management", "executive leadership", "operations"},
        "web operations work",
    ),
    (
        # what a staff canteen serves and throws away: "canteen food waste, kg binned" for an HR partner
        re.compile(
            r"\b(?:caf[eé]|cafeteria|canteen|staff restaurant|mess hall)(?: [\w-]+){0,2}\s+(?:food |plate )?"
            r"(?:waste|wastage|binned|menus?|meals? served|covers)\b"
        ),
        _SHOP_OWNERS | {"facilities", "security and facilities", "environment", "social care"},
        "catering work",
    ),
    (
        # a warehouse's stock losses: "% stock loss in finished-goods warehouse" for a graphic designer
        re.compile(
            r"\b(?:stock loss|shrinkage|shrink)\b[^.;]{0,30}\bwarehouse\b|"
            r"\bwarehouse (?:[\w-]+ ){0,2}(?:shrinkage|stock loss|stock accuracy|dock-to-stock)\b|"
            # picking orders right: "warehouse pick accuracy" on a social media manager's scorecard (sets_holdout73)
            r"\b(?:warehouse |dc |order )?pick(?:ing)? accuracy\b|\borders picked (?:without|with no|correctly)\b"
        ),
        {
            "logistics",
            "supply chain",
            "retail",
            "operations",
            "manufacturing",
            "management",
            "executive leadership",
            "procurement",
            "finance",
            "security and facilities",  # loss prevention
        },
        "warehouse work",
    ),
    (
        # selling insurance: "pet insurance policies sold via the practice's referral link" for a veterinary nurse
        re.compile(
            r"\b(?:insurance )?polic(?:y|ies) (?:sold|taken out|written|signed)\b|\binsurance (?:[\w-]+ )?(?:sales|sold|"
            r"take-?up|uptake)\b|\b(?:pet|travel|gap|payment protection|extended warranty) (?:insurance|cover|plans?) sold\b"
        ),
        {"insurance", "finance", "sales", "retail", "automotive", "management", "executive leadership"},
        "insurance sales work",
    ),
    (
        # a bank's or a club's products sold to the people one serves: "bank credit card applications signed up
        # from passengers" for a bus driver, "staff signed up to the gym membership offer" for a pharmacy technician
        re.compile(
            r"\bcredit[- ]cards? (?:applications?|sign-?ups?|signed|sold|sales|accounts? opened)\b|"
            r"\b(?:gym|health club|fitness club|leisure club) memberships?(?: (?:offer|deal|scheme))? (?:sign-?ups?|sold|sales)\b|"
            r"\bsigned up (?:to|for) (?:the |our |a )?(?:[\w-]+ ){0,2}(?:gym|health club|fitness club|leisure club) memberships?\b"
        ),
        {
            "finance",
            "sales",
            "retail",
            "personal services",
            "hospitality",
            "marketing",
            "management",
            "executive leadership",
        },
        "selling other products",
    ),
    (
        # selling an airline's or a line's cargo space: "belly cargo load factor" for a cabin purser
        re.compile(
            r"\b(?:belly[- ]?hold |belly )?cargo (?:load factor|revenue|yield|sales|capacity sold|tonnage sold)\b|"
            r"\bcargo capacity (?:sold|filled|booked)\b|\bof (?:the )?cargo capacity sold\b"
        ),
        {"logistics", "sales", "supply chain", "management", "executive leadership", "operations", "procurement"},
        "cargo sales work",
    ),
    (
        # the staff's own sports and social life: "colleagues registered for the company football team"
        re.compile(
            r"\b(?:company|office|staff|works|corporate|firm's|firm’s|team) (?:football|soccer|sports?|running|cycling|social|"
            r"wellbeing|wellness|fun|netball|cricket|bowling)(?: [\w-]+)? (?:team|club|league|day|event|challenge|sign-?ups?)s?\b|"
            r"\bbetriebssport"
        ),
        {"human resources", "management", "executive leadership", "personal services", "hospitality"},
        "staff social activities",
    ),
    (
        # money owed by customers: finance's and the sellers' work, not a marketing manager's
        re.compile(r"\b(?:dso|days sales outstanding|debtor days|debtors'? days)\b"),
        # (anyone who invoices customers may own it: a sole trader, a shop, a firm's partners)
        {
            "finance",
            "sales",
            "management",
            "executive leadership",
            "administration",
            "customer service",
            "construction",
            "retail",
            "hospitality",
            "personal services",
            "real estate",
            "legal",
            "agriculture",
            "manufacturing",
            "logistics",
            "insurance",
            "facilities",
            "professional services",
            "legal services",
        },
        "credit control work",
    ),
    (
        # a terminal's crane productivity: the port's operational work, not an executive assistant's
        re.compile(r"\b(?:teu|moves?) (?:moved )?per crane hour\b|\bcrane (?:productivity|moves per hour)\b"),
        {"logistics", "transport", "construction", "manufacturing", "operations-manager", "general-manager"},
        "terminal operations work",
    ),
    (
        # a fund's return against its benchmark: the fund managers' and investment analysts' result, not compliance's
        re.compile(
            r"\b(?:fund|portfolio)(?:'s)? (?:performance|return)s?\b|\bnet return of (?:the )?(?:[\w-]+ ){0,3}(?:fund|portfolio)\b|"
            r"\b(?:fund|portfolio) (?:return|performance) (?:vs\.?|versus|against|relative to) (?:the |its )?benchmark\b"
        ),
        {"investment-analyst", "executive", "finance-director", "financial-adviser", "actuary", "executive leadership"},
        "investment management work",
    ),
    (
        # rent owed by tenants: the housing officers' and the landlord's income work, not a repairs plumber's
        re.compile(
            r"\b(?:rent|tenant|tenancy|current tenant) arrears\b|\barrears as (?:a )?(?:%|percent|share) of (?:the )?(?:annual )?"
            r"rent\b|\brent (?:collected|collection)\b"
        ),
        {"real estate", "public sector", "finance", "social care", "non-profit", "management", "executive leadership"},
        "income collection work",
    ),
    (
        # patients' or guests' view of the food: the kitchen's and the catering team's result, not a cleaner's
        re.compile(
            r"\b(?:meals?|food|catering|menu|breakfast|lunch|dinner) (?:quality |experience |service )?(?:satisfaction|rating|"
            r"quality score)\b|"
            r"\brat(?:e|ing) (?:the )?(?:meals|food|catering)\b"
        ),
        {"hospitality", "healthcare", "social care", "education", "retail", "manufacturing"},
        "catering work",
    ),
    (
        # a school's admissions: "new pupil enrolment" for its caretaker
        re.compile(
            r"\b(?:new )?(?:pupil|student|learner)s? (?:enrol(?:l)?ments?|enrol(?:l)?ed|admissions?|intake|recruitment)\b|"
            r"\b(?:pupils|students|learners) enrol(?:l)?ed for\b"
        ),
        {"education", "management", "executive leadership", "marketing", "sales", "administration", "public sector"},
        "admissions work",
    ),
    (
        # selling advertising space: "on-board advertising revenue" for a bus driver
        # (not a reporter's: "revenue from sponsored content" sits on the commercial side of the newsroom's wall)
        re.compile(
            r"\b(?:advertising|advertisement|advert|ad|ads|sponsored[- ]content|advertorials?|branded[- ]content)"
            r"(?: [\w-]+){0,2}\s+(?:sales|revenue|income|sold)\b|\b(?:revenue|income|sales) (?:from|of) (?:the )?(?:[\w-]+ )?"
            r"(?:sponsored[- ]content|advertorials?|branded[- ]content|advertising|adverts?|ads)\b"
        ),
        {"marketing", "sales", "management", "executive leadership"},
        "advertising sales work",
    ),
    (
        re.compile(
            r"\bcar park (?:resurfacing|repairs?|lighting|occupancy|income|revenue|takings|receipts|permits?|pay (?:machines?|stations?))|"
            r"\bparking (?:income|revenue|takings|receipts)\b"
        ),
        {
            "facilities",
            "security and facilities",
            "management",
            "executive leadership",
            "construction",
            "real estate",
            "operations",
            "public sector",
        },
        "estates work",
    ),
    (
        # a shipping line's capacity sold: "% slot utilisation on the Mediterranean services" for an accounts payable clerk
        re.compile(
            r"\b(?:vessel|ship|slot|teu|container|berth|fleet|load|seat|capacity) (?:utili[sz]ation|load factor|fill rate)\b|"
            r"\b(?:slot|teu) (?:utili[sz]ation|usage)\b"
        ),
        {
            "transport",
            "logistics",
            "supply chain",
            "operations",
            "management",
            "executive leadership",
            "sales",
            "agriculture",
            "manufacturing",
            "construction",
            "hospitality",
            "facilities",
        },
        "capacity planning work",
    ),
    (
        # closing the books: "store accounts closed by working day 5" for a visual merchandiser
        re.compile(
            r"\bmonth[- ]end close\b|\b(?:accounts|books|ledgers?) closed by (?:working |business )?day\b|"
            r"\b(?:bank|ledger|balance sheet) reconciliations? (?:completed|done|signed off)\b"
        ),
        {"finance", "management", "executive leadership", "administration", "insurance", "procurement", "non-profit"},
        "finance work",
    ),
    (
        # a shop floor's takings per area: "sales per square metre in the stores covered" for a field IT technician
        re.compile(
            r"\b(?:sales|revenue|takings|turnover) per (?:square (?:metre|meter|foot|feet)|sq\.? ?(?:m|ft)|m2|m²|sqm|sqft)\b"
        ),
        {
            "retail",
            "sales",
            "marketing",
            "management",
            "executive leadership",
            "hospitality",
            "real estate",
            "operations",
        },
        "store trading work",
    ),
    (
        # fares and tickets: "ticket revenue per bus-km" for a bus mechanic
        re.compile(r"\b(?:ticket|fare|farebox|admissions?|box office) (?:revenue|income|takings|sales|yield)\b"),
        {
            "transport",
            "sales",
            "marketing",
            "management",
            "executive leadership",
            "hospitality",
            "personal services",
            "creative",
            "public sector",
            "non-profit",
        },
        "ticket sales work",
    ),
    (
        # a ship's earnings on the charter market: "charter rate achieved on new fixtures" for a chief engineer
        re.compile(
            r"\bcharter (?:rates?|hire|income|revenue)\b|\btime[- ]charter equivalent\b|\btce\b|\bnew fixtures\b"
        ),
        {"sales", "management", "executive leadership", "procurement", "finance", "logistics", "supply chain"},
        "chartering work",
    ),
    (
        # a council's taxes: "% of billed property rates collected" for a payroll officer
        re.compile(
            r"\b(?:property|business|council|municipal) (?:rates|tax(?:es)?) (?:collect\w*|billed|revenue|income|arrears)\b|"
            r"\b(?:collect\w*|billed) (?:[\w-]+ ){0,2}(?:property|business|council|municipal) (?:rates|tax(?:es)?)\b"
        ),
        {
            "public sector",
            "administration",
            "management",
            "executive leadership",
            "real estate",
            "accountant",
            "financial-analyst",
            "internal-auditor",
            "public-services-officer",
        },
        "revenue collection work",
    ),
    (
        # patients recommending the hospital: the care teams' result, not the finance office's
        re.compile(
            r"\b(?:friends and family test|fft\b|patients? (?:who )?(?:would )?(?:recommend\w*|likely to recommend)|"
            r"(?:patient|inpatient|outpatient) experience (?:score|survey|rating))"
        ),
        {"healthcare", "social care", "management", "executive leadership", "customer service"},
        "the care teams' work",
    ),
    (
        # the roads: potholes and road defects repaired are the highway authority's result
        # (the road named with it lets a roads engineer's own title claim it: "potholes on primary roads")
        re.compile(r"\b(?:potholes?(?:[^.;]{0,30}?\broads?\b)?|road defects?|carriageway defects?|road repairs?)"),
        {"construction", "public sector", "management", "executive leadership", "transport", "facilities"},
        "highways work",
    ),
    (
        # what left the gate against the sales plan is the sales and dispatch teams' result, not maintenance's
        re.compile(
            r"\b(?:dispatched|despatched|shipped|sold|delivered) (?:vs\.?|versus|against|to) (?:the )?sales plan"
        ),
        {
            "sales",
            "logistics",
            "supply chain",
            "management",
            "executive leadership",
            "retail",
            "production-manager",
            "operations-manager",
        },
        "sales and dispatch work",
    ),
    (
        # an audience that subscribes and renews: a box office's and marketing's result, not the stage crew's
        re.compile(
            r"\b(?:season (?:ticket |subscription )?(?:subscribers?|holders?|tickets? sold)|subscription renewals?|"
            r"subscribers? renewing|box office (?:income|revenue|takings|sales))"
        ),
        _AUDIENCE_OWNERS | {"sales", "customer service", "retail", "product-manager", "non-profit", "hospitality"},
        "audience and sales work",
    ),
]
# one superior's impression, put on a scale or not: "Executive Director's impression of the partnership, 1-5"
_BOSS_VIEW = re.compile(
    # notes from a senior's walk round the classroom: "Leadership walkthrough notes"
    r"\b(?:leadership |senior leadership |slt |management )?(?:walkthrough|walk-through|learning walk|drop-in)s? "
    r"(?:notes|observations?|comments)\b|"
    r"\b(?:manager|supervisor|director|executive|head|lead|leader|boss|owner|partner|principal|coach|chef|gm|md|ceo|"
    r"chair|chairman|chairwoman|chairperson|board|trustees?)"
    # ("the Head of Product's judgement in 1:1s")
    r"(?: of (?:the )?[\w&-]+(?: [\w&-]+)?)?"
    r"(?:'s|’s|s'|s’)? (?:overall |general |own |personal )?(?:impression|feel(?:ing)?|sense|view|opinion|judge?ment)\b|"
    # ... or a mark one superior hands out: "culture-champion rating given by the plant director, 1-5"
    r"\b(?:ratings?|scores?|grades?|marks?) (?:given|awarded|assigned|set) by (?:the |my |their |our )?(?:[\w-]+ ){0,2}"
    r"(?:manager|supervisor|director|head|lead|boss|owner|partner|principal|gm|md|ceo)\b|"
    # ... or a superior's 1-5 mark for behaviours or a manner: "Supervisor rating (1-5) on brand behaviours", "class
    # teacher's rating of the TA's positive presence"
    r"\b(?:manager|supervisor|director|head|lead|boss|owner|principal|gm|(?:class )?teacher|matron|sister|chef)(?:'s|’s)? "
    r"(?:rating|score|mark|grade)s?(?: \(?\d\s*-\s*\d+\)?)? (?:on|of|for) (?:the )?(?:[\w'’-]+ ){0,4}?"
    r"(?:behaviou?rs?|presence|attitude|energy|manner|demeanou?r|vibe|spirit|passion|moments?)\b"
)
# whose judgement a reading is: "per service manager", "according to the head chef"
_PER_JUDGE = re.compile(
    r"\b(?:per|according to|as judged by|in the eyes of) (?:the |my |our |their )?(?:[\w-]+ )?(?:director|manager|head|boss|"
    r"supervisor|lead|partner|principal|chief|editor|chef|feedback|comments|opinion)\b(?! of)",
    re.I,
)
_IMPRESSION = re.compile(
    r"\bhow (?:well|good|happy|much (?:[\w'’]+ ){1,3}(?:likes?|enjoys?|values?|cares? about|trusts?))\b|\b(?:general|overall) (?:sense|feel(?:ing)?|"
    r"impression|vibe)\b|\bsense of\b|\bgoodwill\b|\bgut (?:feel|sense)\b|\bvibes?\b|\bimpression of\b|"
    r"\bstrength of (?:our |the |their )?relationships?\b|\bhow (?:\w+ ){1,3}(?:seem|feel|look)s?\b|\bwhether (?:the |our |their )?(?:\w+ ){1,3}(?:feels?|seems?|looks?)\b|\bwhat (?:the |our |their )?[\w-]+ thinks? (?:of|about)\b|"
    # a reputation: "seen as the go-to expert by the team"
    r"\b(?:seen|regarded|perceived|viewed|recogni[sz]ed|known|thought of) as (?:the |a |an |our )?(?:[\w-]+ ){0,2}"
    r"(?:experts?|authority|leaders?|voice|partners?|advis[eo]rs?|go-to|first port of call)\b",
    re.I,
)
_COMPARE = re.compile(
    # "rank vs all FSEs in France" (from sets_holdout78)
    r"\brank(?:ing|ed)? (?:among|against|vs\.?|versus|within) (?:all|every|the other|other) (?:the )?[\w-]+s\b|"
    # "compared with the clinic's other physios", "top 10% of the clinic"
    r"\bcompared (?:with|to) (?:the )?(?:[\w-]+(?:'s|’s) )?other [\w-]+s\b|"
    r"\btop \d+ ?% of (?:the )?(?:clinic|practice|team|branch|store|site|region|company|firm|department|ward|school|office)\b|"
    r"\b(?:staff|agent|rep|employee|individual|personal|team member|nurse|driver|teacher|engineer|seller|planner|officer|"
    r"technician|analyst|consultant|advis[eo]r|stylist|cashier|operator|caseworker|associate)s?'? rank(?:ing)?\b|"
    r"\bposition in (?:the |our )?(?:[\w-]+(?:'s|’s) )?(?:[\w-]+ )?(?:ranking|league table|leaderboard)\b|"
    r"\brank(?:ed|ing)?\b.{0,40}?\bagainst (?:the |all |every |other )*(?:[\w-]+ )?[\w-]+(?:ers|ors|ists|ants|ents|ians|medics|staff|"
    r"people|colleagues|peers)\b|"
    # "income ranked against each orthopaedic consultant's income"
    r"\brank(?:ed|ing)?\b.{0,40}?\bagainst (?:each|every) (?:[\w-]+ ){0,2}[\w-]+(?:er|or|ist|ant|ent|ian)(?:'s|’s)?\b|"
    # "save rate ranked against the specialist retention team"
    r"\brank(?:ed|ing)? against (?:the |a |another |other )?(?:[\w-]+ ){0,2}(?:team|teams|desk|squad|unit)\b|"
    r"\brank(?:ing|ed)? (?:of|among|against|vs\.?|versus|within|in) (?:the )?(?:[\w-]+(?:'s|’s) )?(?:\d+ |all |other |every |each )?"
    r"(?:\d+[- ](?:person|people|strong|member) )?(?:sales |service |support )?(?:team|peers|colleagues|reps|agents|staff|region|"
    r"drivers|technicians?|engineers?|nurses?|teachers?|advis[eo]rs?|officers?|stylists?|cashiers?|operators?|"
    r"branch|class|league|other)|leader ?board|league table|stack[- ]rank|forced (?:ranking|distribution)|"
    r"(?:vs\.?|versus|against|compared (?:to|with)|relative to|than) (?:the )?(?:other|peers?|colleagues?|"
    r"rest of the team|teammates|co-?workers|other (?:reps|agents|staff|nurses|drivers|stores|teachers|engineers))|"
    r"top \d+\s*%? of (?:the )?(?:team|staff|reps|agents|class)|bottom \d+\s*%|percentile (?:among|within|in the team)|"
    # a unit among its sister units: "top 10% of wards in the trust", "top 3 of the restaurants in the area"
    r"\btop \d+\s*(?:percent |%\s*)?(?:of|among) (?:the |all |our )?(?:[\w-]+ )?(?:wards|stores|branches|sites|units|depots|"
    r"schools|restaurants|hotels|clinics|practices|teams|stations|regions|shops|outlets|hubs|warehouses|plants|offices|"
    r"dealerships)\b|"
    r"best in (?:the )?team|"
    # the extreme of one's peers: "lowest among the seniors in the Mumbai office", "highest of all the reps"
    r"\b(?:lowest|highest|best|worst|fewest|most|top|bottom)(?: \w+)? (?:among|of all|out of all) (?:the |our |my |their )?(?:other )?"
    r"(?:[\w-]+ )?(?:seniors|juniors|associates|peers|colleagues|reps|agents|advis[eo]rs|nurses|drivers|teachers|"
    r"engineers|consultants|analysts|managers|staff|team members|tellers|cashiers|stylists|technicians|officers|"
    r"accountants|lawyers|solicitors|physios|therapists|doctors|coaches|chefs|cooks|pickers|operators)\b|"
    # the top of an intake, the best of a faculty, a result set beside named colleagues' results, a quartile or a rank
    # on the floor, the average of the other depots
    # ("top quartile of RMs in the region")
    r"\b(?:top|bottom|upper|lower) (?:quartile|half|third|decile|tercile|quintile) (?:of|on|in|across) (?:the |my |our )?"
    r"(?:[\w'’-]+ ){0,3}?(?:floor|teams?|branch(?:es)?|regions?|cohort|intake|class|group|departments?|peers|colleagues|agents|"
    r"reps|wards|stores|sites|units|depots|schools|clinics|stations|crews|offices)\b|"
    r"\brank(?:ing|ed)? on (?:the )?(?:floor|team|leader ?board)\b|"
    # (any other units or people of the same kind: "better than the average of the other stations in the region";
    # not the person's own other periods: "the average of the other months")
    r"\b(?:avg|average|mean|median) of (?:the |all )?other (?:[\w-]+ ){0,3}?(?!(?:years|months|quarters|weeks|days|periods|"
    r"seasons|terms|semesters|sprints|cycles|runs|batches|products|lines|categories|channels)\b)[a-z]+s\b|"
    r"\btop \d+\s*(?:percent )?of (?:the |my |our |their )?(?:[\w-]+ )?(?:intake|cohort|year group|graduate class|peers|"
    r"colleagues)\b|\b(?:highest|lowest|best|fastest|top) (?:in|of|across|among|amongst) (?:the |my |our |their )?(?:[\w-]+ ){0,2}"
    r"(?:faculty|department|cohort|intake|year group|peer group)\b|"
    r"\b(?:set|put|shown|read|placed|compared|ranked) (?:alongside|next to|beside) (?:the )?(?:[\w'’-]+ ){0,4}(?:teachers|"
    r"colleagues|peers|reps|agents|nurses|drivers|engineers|advis[eo]rs|staff|consultants|officers)(?:'|’)? (?:results|figures|"
    r"scores|numbers|grades)\b|"
    # a place in the intake or among the branch's negotiators: "place within my associate intake", "top 3 negotiators
    # in the branch"
    r"\b(?:rank|position|place|placing)(?:ing)? (?:with)?in (?:my |the |our |their )?(?:[\w-]+ )?(?:intake|cohort|year group|"
    r"graduate class)\b|\btop \d+\s*(?:percent )?(?:of )?(?:the |my )?(?:[\w-]+ )?(?:negotiators|reps|agents|sellers|"
    r"salespeople|performers|consultants|advis[eo]rs|stylists|drivers|officers|engineers|associates|intake|cohort) "
    r"(?:in|of|across|on|at) (?:the |my |our )?(?:branch|team|region|office|floor|company|store|firm)\b|"
    r"\bbranch rank(?:ing)?\b|(?:vs\.?|versus|against|compared (?:to|with)|relative to|than|of|above|below) (?:the )?"
    # (the average of the people around them: "PAR30 vs branch average", target "below branch average")
    # (a unit against its group's average is a benchmark between units, not a ranking of people)
    r"(?:team|branch|office|depot|desk|peer|department|cohort|floor)(?:'s)? (?:avg|average|mean|median)"
    # (not the team's own past, nor a like-for-like benchmark: "for the same channel and contact types")
    r"(?![^.;]{0,30}\b(?:(?:previous|last|prior|same|past) (?:\w+ )?(?:year|quarter|month|period|weeks?|months|quarters|years)|"
    r"for (?:the )?(?:same|similar|comparable)\b|like[- ]for[- ]like))|outperform(?:ing)? (?:peers|colleagues)|"
    r"\b(?:rank|position|place)(?:ing)? (?:in|on|within) (?:the )?(?:[\w-]+ ){0,3}(?:table|league|leader ?board|ranking)|"
    r"\b(?:rank|position|place)(?:ing)? (?:among|amongst|out of) (?:the |all |our )?(?:[\w'’-]+ ){0,3}(?:\d+ )?(?:[\w-]+ )?"
    r"(?:negotiators|reps|representatives|agents|staff|colleagues|peers|advis[eo]rs|consultants|stylists|drivers|"
    r"nurses|engineers|sellers|salespeople|recruiters|officers|technicians|teachers|departments|schools|branches|grads|"
    r"graduates|trainees|"
    r"stores|shops|wards|sites|depots|restaurants|hotels|practices|clinics|teams)\b|"
    r"\b(?:rank|position|place)(?:ing)? (?:among|amongst) (?:the |all |our |other |fellow )?(?!competitors|rivals|brands)"
    r"(?:[\w'’-]+ ){0,3}?(?:paramedics|carers|cleaners|chefs|cooks|pharmacists|doctors|analysts|developers|designers|"
    r"planners|auditors|accountants|solicitors|lawyers|tellers|cashiers|servers|waiters|bartenders|instructors|coaches|"
    r"therapists|midwives|assistants|operators|pickers|packers|electricians|plumbers|managers|supervisors|workers|"
    r"employees|members|handlers|caseworkers|inspectors|buyers|brokers|underwriters|adjusters|firefighters)\b|"
    r"\btop \d+ (?:of|out of) (?:the )?\d+\b|"
    r"(?:compared (?:to|with)|relative to|against|vs\.?|versus) (?:the |my |their |other |fellow )?(?!named )(?:[\w-]+ ){0,2}"
    r"(?:colleagues|peers|teammates|co-?workers)\b|"
    # the place of one person among the others in the job: "rank of this coach among the org's 5 coaches"
    r"\b(?:rank|position|place)(?:ing)? of (?:this|the|each|every|our) [\w-]+ (?:among|amongst|against|vs\.?|versus) "
    r"(?:the |all |our |other |fellow )?(?:[\w-]+(?:'s|’s) )?(?:\d+ )?(?:other )?(?:[\w-]+ )?(?:"
    + JOB_NOUN.pattern
    + r"|peers|colleagues)|"
    # another team's result as the bar: "above the score achieved by the executive search team", "higher than the
    # telesales team and the metering field crews" (not the team's own past: "higher than the team's last quarter")
    r"\b(?:above|below|higher than|lower than|better than|worse than|more than|fewer than|beat(?:ing)?|outperform\w*) "
    r"(?:the |that of the )?(?:(?:score|result|rate|figure|level)s? (?:achieved |reached |set )?(?:by|of|for) (?:the )?)?"
    r"(?:(?!(?:the|a|an|or|and|of|our|my|its|their|same|own|previous|last|prior|standard|plan|average|agreed|target|"
    r"whole)\b)[\w-]+ ){1,3}(?:team|crews?|squad|desk|department)\b(?!(?:'|’)s| (?:average|avg|mean|median|plan|target|"
    r"standard|result|score|goal)s?\b)|"
    # "compared with the store average for all associates", target "above store average"
    r"\b(?:compared (?:to|with)|vs\.?|versus|against|above|below|than) (?:the )?(?:store|branch|shop|ward|depot|office|"
    r"department|floor|unit)(?:'s|’s)? (?:avg|average|mean|median) (?:for|of|across) (?:all |the |other |its )?(?:\d+ )?"
    r"(?:associates|staff|colleagues|employees|team members|peers|" + JOB_NOUNS + r")s?\b|"
    # a place among any counted group of people in one job: "rank among 12 associates"
    r"\b(?:rank|position|place)(?:ing|ed)? (?:among|amongst|out of) (?:the |all |our |other |fellow )?\d+ (?:[\w-]+ )?"
    r"(?:[a-z]+-)?" + JOB_NOUN.pattern + r"|"  # ("among the 8 sub-editors on the desk")
    # ... or named by its initials: "position among the 15 TLs", "rank among 8 RMs"
    # ... or by any plural of a person who does a job: "position among pursers on sales per passenger"
    r"\b(?:rank|position|place)(?:ing|ed)? (?:among|amongst) (?:the |all |our |other |fellow )?(?:\d+ )?"
    r"(?:[\w'’-]+ ){0,2}?(?!competitors|rivals|providers|suppliers|retailers|manufacturers|lenders|insurers|carriers|"
    r"brokers\b|employers|universities|exporters|importers|producers|distributors|vendors)[a-z]+(?:ers|ors|ists|ians|ants|ents)\b|"
    r"\b(?:rank|position|place)(?:ing|ed)? (?:among|amongst|out of) (?:the |all |our |other |fellow )?\d+ (?:tl|sm|am|rm|kam|csr|csa|bdm|bdr|sdr|ae|pm|hca|ta|dm|asm)s\b|"
    # the best of a group's units: "highest of the group's five dealerships"
    # ... or of a counted set of them: "highest of the four branches"
    r"\b(?:highest|lowest|best|worst|top|fastest) (?:of|among|in) the (?:\d+|two|three|four|five|six|seven|eight|nine|ten|"
    r"twelve) (?:[\w-]+ )?(?:dealerships|stores|branches|sites|hotels|restaurants|plants|depots|clinics|schools|regions|"
    r"teams|practices|outlets|stations|shops|wards|offices|warehouses|hubs|farms|mills|pharmacies|centres|centers)\b|"
    r"\b(?:highest|lowest|best|worst|top) (?:of|among|in) (?:the )?(?:group|company|chain|network|region|firm)(?:'s|’s)? "
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve) (?:dealerships|stores|branches|sites|hotels|restaurants|plants|"
    r"depots|clinics|schools|regions|teams|practices|outlets|sites)\b|"
    # one unit against its sister units: "cost per kg compared with the company's other sites", "better than the average
    # of the other 8 sites"
    r"\b(?:vs\.?|versus|against|compared (?:to|with)|relative to|than) (?:the )?(?:(?:company|group|chain|firm)(?:'s|’s) |our |its )?"
    r"(?:(?:average|mean|median) (?:of|for|across) (?:the |all |our )?)?(?:other|sister) (?:\d+ )?(?:sites|farms|stores|branches|"
    r"plants|mills|hotels|depots|units|locations|restaurants|shops|clinics|practices|schools|wards|outlets|estates|mines)\b|"
    # "compared across the 4 shifts", target "lowest of the 4 shifts"
    r"\bcompared (?:across|between) (?:the |all )?(?:\d+ )?(?:shifts|teams|stores|branches|sites|wards|depots|crews|agents|reps|"
    r"lines|cells)\b|\b(?:lowest|highest|best|worst|top|bottom) (?:of|among|across) (?:the |all )?\d+ (?:shifts|teams|regions|areas|"
    r"territories|districts|zones|"
    r"stores|branches|sites|wards|depots|crews|agents|reps|lines|cells)\b|"
    # a place in a quantile of the people doing the job: "in the fastest third of pharmacists in the branch",
    # "top quartile of clinicians at the clinic", "top 3 among studio architects"; "above the fleet-wide crew average"
    r"\b(?:top|bottom|fastest|slowest|best|worst|highest|lowest|upper|lower)[- ](?:\d+|third|quartile|half|tenth|"
    r"decile|quintile|fifth)(?: ?percent)? (?:of|among|amongst) (?:the |all |our |my )?(?:[\w'’-]+ ){0,2}?"
    r"(?:" + JOB_NOUN.pattern + r"|clinicians|colleagues|peers|crews?)|"
    # ("must be above branch officers' average"; not the person's own: "below the officer's average for last quarter")
    r"\b(?:above|below|vs\.?|versus|against|than) (?:the )?(?:[\w-]+ ){0,3}?(?:(?:"
    + JOB_NOUN.pattern
    + r"|clinician|peer)(?:'|’)?|crew(?:'s|’s)?) "
    r"(?:avg|average|mean|median)\b|"
    # "above the average of the underwriting team"
    r"\b(?:above|below|vs\.?|versus|against|than|over) the (?:avg|average|mean|median) of (?:the |my |our )?(?:\d+ )?(?:[\w-]+ )?"
    r"(?:team|peers|colleagues|reps|agents|group|branch|office|(?:" + JOB_NOUNS + r")s)\b(?!'s|’s)"
    r"(?![^.;]{0,40}\b(?:previous|last|prior|past) (?:\w+ )?(?:year|quarter|month|period|weeks?|months|quarters|years))|"
    # "growth minus the average growth of the other 11 reps"
    r"\b(?:minus|less|vs\.?|versus|against|compared (?:to|with)|relative to|above|below) (?:the )?(?:avg|average|mean|median)"
    r" (?:[\w-]+ )?of (?:the |all )?other\b|"
    r"league (?:position|standing)|(?:company|group|hotel|hospital|store|site|department|organi[sz]ation|firm)[- ]wide "
    r"(?:table|ranking|league|leader ?board)|table of (?:all )?(?:[\w-]+ ){0,2}(?:staff|employees|agents|reps|colleagues|workers)|"
    # "rank of my auction clearance rate among the office's 14 agents", "position of team vs the centre's other 9 teams"
    # ("rank among the school's 8 key personnel", "bucket vs rest of the analyst class")
    r"\b(?:rank|position|place)(?:ing|ed)? (?:among|amongst|out of) (?:the |our )?(?:[\w-]+(?:'s|’s) )?\d+ (?:[\w-]+ ){0,2}"
    r"(?:personnel|staff|people|leaders|colleagues|peers|employees|members)\b|"
    # (not "the rest of the class" a teaching assistant's pupils are read against)
    r"\b(?:vs\.?|versus|against|compared (?:to|with)|relative to|than) (?:the )?rest of (?:the |my |our )?(?:(?:[\w-]+ )?"
    r"(?:team|cohort|intake|branch|floor|desk|department|crew)|(?:analyst|associate|graduate|trainee|apprentice|intern)s? class)\b|"
    # ("rank of agent's QA score within the team of 18")
    r"\b(?:rank|position|place)(?:ing|ed)? of [\w-]+(?:'s|’s)? [^.;]{0,40}?"
    r"\b(?:among|amongst|out of|within|vs\.?|versus|against) (?:the |all |our |other |fellow )?"
    r"(?:[\w'’-]+ ){0,2}(?:\d+ )?(?:[\w-]+ )?(?:" + JOB_NOUN.pattern + r"|peers|colleagues|teams?\b)",
    re.I,
)
_RESULT_NOUN = re.compile(
    r"\b(?:tenanc|lets agreed|placements|completions|mortgages|deals|contracts signed|policies sold|enrolments|"
    # what was won: "new landlord instructions won", "tenders secured"
    r"[\w-]+s (?:won|secured|signed)\b|"
    r"revenue|sales|profit|margin|income|bookings|orders|customers|complaints|errors|defects|incidents|injur|"
    # harm and loss counted to be kept down: "Accidents needing first aid in my room", target "2 or fewer a month"
    r"accidents|falls|near misses|breakdowns|spills|deaths|mortality|escapes|infections|readmissions|stoppages|leaks|"
    r"breaches|losses|"
    r"claims|leads|conversions|sign-?ups|subscribers|followers|downloads|installs|activations|subscriptions|subs\b|memberships|savings|cost|sold\b|"
    # what an audience did: "likes and shares on our posts", "engagement", "reach"
    r"likes|shares on|engagement|reach\b|impressions)",
)
_COUNT_TARGET = re.compile(
    r"^\s*(?:[≥>]=?|at least|min(?:imum)?\.?|no fewer than)?\s*\d+\s*(?:\+\s*)?(?:[a-z]+\s+){0,2}?"
    r"(?:per|a|an|each|every|/)\s*(?:day|week|wk|shift|hour|hr|month|fortnight|night|session|clinic)\b",
    re.I,
)
_CEILING_TARGET = re.compile(
    r"^\s*(?:[≤<]=?|=<|<=|max(?:imum)?\.?|at most|no more than|fewer than|less than|under|below)\s*\d|^\s*(?:0|zero|nil|none)\b",
    re.I,
)
# People brought on: new starters, trainees and juniors reaching a standard, promotions, a bench for succession
_DEVELOPING = re.compile(
    r"\b(?:new (?:starters?|hires?|joiners?|recruits?|staff|team members|[\w-]+ers)|trainees?|juniors?|apprentices?|"
    r"graduates?|onboarding|induct\w*|signed off|sign-?offs?|competen\w*|mentees?|promot\w*|working independently|"
    r"on their own|unsupervised|succession|internal (?:moves|hires|appointments))\b"
)
# Income named as the yardstick of something else, just before it: "write-offs as a share of net revenue", "cost to revenue"
_INCOME_AS_YARDSTICK = re.compile(
    r"(?:share|percent|proportion|ratio|fraction) of (?:the )?(?:[\w-]+ ){0,2}$|\b(?:per|to|vs|versus|against|over) $"
)
# Ranks that run a business unit and answer for its money: "Head of customs brokerage", "Director of Nursing"
_HEADS_UNIT = re.compile(
    r"\b(?:head of|director|chief|vp|vice president|general manager|managing|owner|partner|president|principal)\b", re.I
)
# Money coming in: revenue, sales, takings, funds raised, fee income
_MONEY_EARNED = re.compile(
    r"\b(?:gross margin|(?<!non-)(?<!non )revenue(?! (?:protection|compliance|filing|submissions?|returns?|audits?|commissioners|authority|"
    r"penalt\w*|service|agency|department|office|officers?|assurance|recognition))|revpar|sales turnover|takings|gross profit|(?:[\w-]+ )?sales (?:revenue|value|growth|target)|"
    r"(?:£|\$|€|₹|r|pkr|ksh|aed)\s?[\d,.]+\w* (?:raised|sold|in sales)|(?:raised|sold) at (?:the )?(?:[\w-]+ ){0,2}"
    r"(?:fair|fete|stall|sale|event|auction|raffle)|upsell\w*|cross-sell\w*|"
    # gifts brought in: "donations raised from alumni", "fundraising income"
    r"(?:funds|donations|gifts|money) raised|donations (?:from|received)|(?:donation|fundraising) income|alumni (?:giving|donations))\b"
)
# Domains whose work is a service, a product or an office function, not selling: income on such a scorecard is
# someone else's result unless the role's own knowledge says otherwise (tradespeople, salons and gyms sell, so
# their domains are not here) ...
_NON_COMMERCIAL = {
    "healthcare", "education", "public sector", "social care", "community services", "public health", "public safety",
    "science and research", "non-profit", "administration", "legal", "finance", "insurance", "manufacturing", "human resources",
    "logistics", "process industries", "printing and publishing", "mining and quarrying", "aviation", "transport",
    "environment", "life sciences and regulated products", "procurement", "security and facilities",
}  # fmt: skip
# ... nor are the clinical jobs of private practices, where fees and product sales are part of the work
_PRIVATE_PRACTICE = {
    "optometrist", "dentist", "dental-hygienist", "audiologist", "veterinary-surgeon", "veterinary-nurse",
    "allied-health-therapist", "counsellor", "psychologist",
}  # fmt: skip
# Work whose results include money coming in, in the knowledge base's words: a family with any such example earns
_EARNING_WORK = re.compile(
    r"\b(?:sales|sold|income|fee income|fees (?:billed|earned|collected)|(?:funds|money) raised|donations|commission|"
    r"premiums? (?:written|income)|billings|billed|gross margin|profit|deposits|lending|loans? (?:written|booked|funded|disbursed)|"
    r"(?:pipeline|contract|order|deal) value|(?:business|clients?|accounts?|customers?|contracts?|tenders?|bids?|deals?) won|"
    r"average (?:order|transaction|basket|spend)|spend per (?:head|guest|customer|visitor)|conversion to (?:sale|purchase))\b"
)
# A target that is only a date: "by 15 Dec", "by end of Q3", "before 30 June 2026", "31/03"
_DATED_TARGET = re.compile(
    r"^\s*(?:(?:by|before|on or before|no later than|due)\s+(?:the\s+)?)?(?:"
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?"
    r"(?:,?\s+\d{4})?|\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?|end (?:of )?(?:q[1-4]|the quarter|the (?:financial )?year|fy\s?\d*|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*)|q[1-4](?:\s+(?:fy)?\s?\d{2,4})?)\s*$",
    re.I,
)
# A target written into the KPI's name: "Cut indirect spend by 6%", "Defects below 2 per 1,000", "OTIF >= 95%".
_STATED_TARGET = re.compile(
    r"(?:[≥≤<>]=?|=>|<=)\s*[$£€]?\d|[+-]\d[\d.,]*\s*%|"
    r"\b(?:by|to|under|below|above|over|at least|at most|no more than|fewer than|less than|more than|min(?:imum)?|"
    r"max(?:imum)?|target(?:ing)?:?|of at least)\s+(?:[$£€]|[a-z]{1,3}[$£€]|(?:"
    + _CURRENCY_CODES
    + r") ?)?\d[\d,.]*\s*"
    r"(?:%|percent|k|m|bn|x|pts?|points?|days?|hours?|"
    r"weeks?|minutes?|mins?)?(?!\s*(?:am|pm|[ap]\.m\.))\b|\b(?:zero|no) (?!\w+ (?:per|rate))\w+|"
    # "95% of pay queries resolved within 3 days": a name that opens with the share to reach
    r"^\s*\d+(?:\.\d+)?\s*%\s+of\b",
    re.I,
)
# A target written into the measure, named as one: "% of invoices paid by the due date, target 97%"
_TARGET_IN_MEASURE = re.compile(
    # ("meta", "objetivo", "Ziel", "objectif": a target in the language of the team)
    r"\b(?:target(?:ed)?|aim(?:ing)?(?: for)?|goal|keep(?: it)?|meta|objetivo|ziel|objectif|cible|obiettivo|doel|targt|traget|tagret)\b\s*(?:is\s+|of\s+|[:=–-]\s*)?"
    r"(?:[≥≤<>]=?|=>|<=|below|above|under|over|at least|at most|no more than|less than|more than|within|of|max(?:imum)?|"
    # ("target: down from 41% to 35% by June", "target NZ$420k for the year")
    r"min(?:imum)?|up to|(?:down|up|reduced?|raised?|cut|lifted|increased?|decreased?) (?:from|to|by))?\s*"
    r"(?:(?:[a-z]{1,3})?[$£€¥₹]|(?:" + _CURRENCY_CODES + r")\b)?\s*(?:\+/-|\+-|[-+±])?\d|"
    r"\b(?:target(?:ed)?|aim|goal)\b\s*(?:is\s+|[:=–-]\s*)?(?:zero|none|nil|all|every|each)\b|"
    r"\bshould (?:stay|be|remain|not exceed|not go|sit)(?: (?:below|under|above|over|at or below|at or above|at least|"
    r"at most|within))?\s*[$£€¥₹]?\s*\d",
    re.I,
)
# "Owings over 48 hours", "Debt older than 90 days": an age that defines what is counted, not a target
_AGE_LIMIT = re.compile(
    r"\b(?:over|more than|longer than|older than|beyond|past)\s+\d+\s*(?:h|hrs?|hours?|days?|weeks?|months?|mins?|minutes?)\b",
    re.I,
)
# a target still to be set: "TBD", "tbc w/ line mgr", "n/a", "?"
_NO_TARGET = re.compile(
    r"^\s*(?:(?:tb[dca]|to be (?:agreed|confirmed|set|decided|defined|determined)|not (?:yet )?set|pending|"
    # "Baseline to be set in Q1": no target yet
    r"(?:a |the )?baseline (?:to be|will be|is to be|still to be) (?:set|agreed|established|measured|taken)|baseline only)\b.*|"
    r"(?:n/?a|\?+|[-–—]+)\s*|"
    # a word where the number should be, over a measure that counts something: "Low", "Acceptable", "Minimal"
    r"(?:low|lower|acceptable|satisfactory|reasonable|minimal|minimum|as low as possible|ok|okay|fine|normal|"
    r"within limits|reduced|improved|better|less|"
    # or a direction alone: "As high as possible", "Increase", "Maximise"
    r"as (?:high|many|much|few|fast|quick(?:ly)?|soon) as possible|high|higher|increase[ds]?|increasing|maximi[sz]e[ds]?|"
    r"max|grow|growth|improve|reduce|decrease[ds]?|minimi[sz]e[ds]?|up|down|upward|downward|positive)\W*)$",
    re.I,
)
# an intention with nothing counted: "Enrich the cultural life of the city", "Foster a learning culture"
_ASPIRATION = re.compile(
    r"^(?:enrich|enhance|foster|promote|strengthen|champion|inspire|nurture|elevate|embed|cultivate|empower|"
    r"contribute to|make a difference|be a (?:force|voice|champion))\b",
    re.I,
)
# an intention about the culture: "Keep a positive kitchen culture", "Drive strategic alignment", "Foster a collaborative team"
_CULTURE_AIM = re.compile(
    r"^(?:keep|maintain|drive|build|create|develop|foster|promote|embed|nurture|cultivate|instil|instill)\b[^.;]{0,60}?"
    r"\b(?:culture|teamwork|team spirit|alignment|mindset|morale|attitude|atmosphere|values|collaborat\w*)\b"
)
# ... scored by whoever reviews it
_RATED_BY = re.compile(
    r"\b(?:owner|manager|director|board|ceo|chair|supervisor|head)(?:'s|s'|’s)? (?:rating|assessment|view|judgement|score)\b|"
    r"\b(?:board|manager|director|owner|supervisor) (?:assessment|rating|review)\b|"
    r"\b(?:assessment|rating|rated|score) (?:at|in) (?:the )?(?:quarterly |annual |monthly )?(?:review|appraisal)\b"
)
# a grade where a number should be: "Best in class", "Excellent", "High"
_ONLY_A_GRADE = re.compile(
    r"^\W*(?:best[- ]in[- ](?:class|market|sector)|world[- ]class|excellent|outstanding|exceptional|exemplary|top[- ]notch|"
    r"(?:very |consistently )?(?:high|strong|good|positive)|industry[- ]leading)\W*$",
    re.I,
)
# a behaviour's target that only says it is shown: "Consistently demonstrated", "Always evident"
_DEMONSTRATED = re.compile(
    r"^\W*(?:consistently |always |clearly |visibly |regularly )?(?:demonstrated|displayed|shown|evident|exhibited|"
    r"role[- ]?modell?ed|lived|observed)\W*$",
    re.I,
)
# a manner to show, written as the target: "Be the friendly face of the practice", "Always be approachable"
_BE_A_MANNER = re.compile(
    r"^\W*(?:always |consistently )?be (?:the |a |an )?(?:[\w-]+ ){0,2}(?:face|voice|role model|ambassador|example|friendly|"
    r"approachable|positive|proactive|welcoming|professional|supportive|visible|go-to|first point)\b",
    re.I,
)
_BARE_DIRECTION = re.compile(
    r"^\W*(?:(?:much |a lot |slightly |noticeably |significantly |clearly |visibly |markedly )?(?:improv\w*|better|higher|lower|stronger|increas\w*|up|rising|growing|"
    r"positive|good|more(?! than)(?: \w+)?))\W*$",
    re.I,
)
_DAILY_TEXT = re.compile(
    r"\b(?:review(?:ed)?|check(?:ed)?|track(?:ed)?|report(?:ed)?|monitor(?:ed)?|measured)\s+(?:every\s+)?(?:daily|hourly|each day|every day|every hour|each shift|every shift|per shift|"
    r"every morning|each morning|every evening|each evening|every night|each night)\b|"
    r"\bdaily (?:review|check|target|scorecard|tracking|huddle score)|\bhourly (?:review|check|target|tracking)|"
    # "tallied and reviewed at the end of every shift"
    # ("checked and signed off at the end of every shift")
    r"\b(?:review(?:ed)?|check(?:ed)?|tallied|report(?:ed)?|signed off|audited|inspected)\s+"
    r"(?:and (?:[\w-]+ ){1,2}|(?:on|in|with|by) (?:the |a )?(?:[\w-]+ ){1,3})?"
    r"(?:at (?:the )?(?:end|close) of|after|at (?:the )?start of)\s+(?:every|each)\s+(?:shift|day)\b|"
    # "signed off by 9am every business day", "reviewed line by line at every morning huddle"
    r"\b(?:every|each) (?:business|working|trading|operating) day\b|"
    r"\bat (?:every|each|the daily|the morning) (?:morning |daily |shift )?(?:huddle|stand-?up|briefing|handover)\b",
    re.I,
)


def _fast(pattern: re.Pattern[str] | str) -> re.Pattern[str]:
    """The same pattern, tried only at word starts and on lower-cased text (see _low), with its
    alternatives grouped by their first character. Python's engine tries an alternation's branches
    one by one, so "hours? logged|hourly rate|headcount" becomes "h(?:ours? logged|ourly rate|
    eadcount)", entered only where a word starts with h: the cues are searched 1.7x faster than as
    one flat alternation per word start, itself 5-10x faster than at every character. A leading
    ``\b`` is dropped from each alternative: the wrapper asserts it."""
    return _at_word_starts(_fast_alternatives(pattern))


def _fast_alternatives(pattern: re.Pattern[str] | str) -> list[str]:
    """The alternatives of ``_fast``, before they are grouped."""
    source = pattern if isinstance(pattern, str) else pattern.pattern
    alts = [a[2:] if a.startswith("\\b") else a for a in _top_level_alternatives(_regrouped(source))]
    alts = [_lookbehinds_later(a[2:] if a.startswith("\\b") else a) for x in alts for a in _distributed(x)]
    # ("(?<!to )(?:blog|instagram) posts": the group after the lookbehinds is distributed too)
    return [b for a in alts for b in _behind_distributed(a)]


def _at_word_starts(alts: list[str]) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + _by_first_atom(alts) + ")")


# One leading character of an alternative: a letter, digit or punctuation mark, an escape, a class
_ATOM = re.compile(r"\\[dwsDWS.$()\[\]/+*?-]|\[\^?\]?(?:\\.|[^\]\\])*\]|[a-z0-9 '\-:,&/]")
_QUANTIFIERS = ("?", "*", "+", "{")


DISTRIBUTE_BUDGET = 1000  # characters of copied rest a group may cost when distributed


def _distributed(alt: str, depth: int = 3) -> list[str]:
    """ "(?:a|b)c" as ["ac", "bc"] (the same matches, tried in the same order), so that each
    alternative starts with a character of its own; a group with a quantifier stays whole."""
    if depth and alt.startswith("(?:"):
        end = next(i for i, c, level in _syntax(alt) if c == ")" and level == 0)
        if alt[end + 1 : end + 2] not in _QUANTIFIERS:
            inner = _top_level_alternatives(alt[3:end])
            # (each copy of the rest costs compile time at start-up: long rests after long lists stay whole)
            if len(inner) * len(alt[end + 1 :]) <= DISTRIBUTE_BUDGET:
                return [y for x in inner for y in _distributed(x + alt[end + 1 :], depth - 1)]
    return [alt]


# Literal lookbehinds at the start of an alternative: "(?<!sales )(?<!stock )\bvelocity"
_LEADING_LOOKBEHINDS = re.compile(r"((?:\(\?<[!=][\w ,'&/-]+\))+)(?:\\b)?")


def _behind_distributed(alt: str) -> list[str]:
    """Leading literal lookbehinds before a group, each alternative of the group behind them, with the
    lookbehinds then moved after its first character (see _lookbehinds_later)."""
    m = _LEADING_LOOKBEHINDS.match(alt)
    if not m or not alt.startswith("(?:", m.end()):
        return [alt]
    return [_lookbehinds_later(m.group(1) + rest) for rest in _distributed(alt[m.end() :])]


def _lookbehinds_later(alt: str) -> str:
    """A word-start alternative's literal lookbehinds moved after its first character, so the
    character can be checked first: "(?<!sales )velocity" as "v(?<!sales v)elocity" (the same
    matches). Only at a word start, where the wrapper's ``\b`` stands for a dropped one."""
    m = _LEADING_LOOKBEHINDS.match(alt)
    first = _ATOM.match(alt, m.end()) if m else None
    if not m or not first or alt[first.end() : first.end() + 1] in _QUANTIFIERS:
        return alt
    c = first.group(0)
    behind = re.sub(r"\)(?=\(|$)", lambda _: c + ")", m.group(1))
    return c + behind + alt[first.end() :]


def _regrouped(pattern: str) -> str:
    """``pattern`` with the alternation inside each of its groups grouped by first character, so
    that a list of words inside a pattern ("(?:calls?|dials?|emails?|...)") is entered by its first
    letter too. Whether a pattern matches, and where, does not change; which alternative matches
    first may (the evidence quoted in a message is then another part of the same line)."""
    out, last, start = [], 0, 0
    for i, c, depth in _syntax(pattern):
        if c == "(" and depth == 1:
            start = i
        elif c == ")" and depth == 0:
            head = re.match(r"\(\?(?:[:=!]|<[=!])?|\(", pattern[start:]).group(0)
            inner = pattern[start + len(head) : i]
            if not head.startswith("(?<"):  # a lookbehind must keep a fixed width
                inner = _regrouped(inner)
                alts = _top_level_alternatives(inner)
                inner = _by_first_atom(alts, 1) if len(alts) >= 4 else inner
            out += [pattern[last:start], head, inner, ")"]
            last = i + 1
    return "".join(out) + pattern[last:]


def _by_first_atom(alts: list[str], depth: int = 2) -> str:
    """The alternatives as one alternation, those that share a first character grouped under it."""
    buckets: dict[str, list[str]] = {}
    order: list[tuple[str | None, str]] = []
    for alt in (y for x in alts for y in _distributed(x)):
        m = _ATOM.match(alt)
        if not m or alt[m.end() : m.end() + 1] in _QUANTIFIERS:
            order.append((None, alt))  # starts with a lookbehind, a quantified group or the like
            continue
        if m.group(0) not in buckets:
            buckets[m.group(0)] = []
            order.append((m.group(0), ""))
        buckets[m.group(0)].append(alt[m.end() :])
    parts = []
    for key, alt in order:
        if key is None:
            parts.append(alt)
        elif len(rests := buckets[key]) == 1:
            parts.append(key + rests[0])
        else:
            parts.append(key + "(?:" + (_by_first_atom(rests, depth - 1) if depth > 1 else "|".join(rests)) + ")")
    return "|".join(parts)


def _syntax(pattern: str) -> Iterator[tuple[int, str, int]]:
    """(index, character, group depth after it) of each ``(``, ``)`` and ``|`` of ``pattern``
    that is syntax: not escaped and not inside a character class."""
    depth, i, in_class = 0, 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            if pattern[i + 1 : i + 2] == "]":  # a literal ']' first in the class
                i += 1
        elif c in "()|":
            depth += {"(": 1, ")": -1, "|": 0}[c]
            yield i, c, depth
        i += 1


def _top_level_alternatives(pattern: str) -> list[str]:
    """``pattern`` split at the ``|`` that are outside any group or character class."""
    cuts = [i for i, c, depth in _syntax(pattern) if c == "|" and depth == 0]
    return [pattern[i + 1 : j] for i, j in zip([-1, *cuts], [*cuts, len(pattern)], strict=True)]


def _vote_matters(scores: dict[str, float]) -> bool:
    """Whether the neighbour vote (at most +-VOTE_WEIGHT / 2) can change the verdict the cues give."""
    if scores["surveillance"] >= 3.0:
        return False  # monitoring decides on its own
    bad = max(scores["surveillance"], scores["effort"], scores["activity"])
    if bad == 0 and scores["outcome"] == 0:
        return True
    return abs(bad - scores["outcome"]) <= VOTE_WEIGHT / 2


_SIGNS = re.compile(r"\s*(%)\s*|\s*#\s*(?:of\s+)?")


_PAX = re.compile(r"\bpax\b")


def _low(text: str) -> str:
    """Lower-cased text with '%' and '#' spelled out, as the fast patterns expect: "95% of" reads
    "95 percent of" and "# of calls" "number of calls", one space between words, as the patterns write them."""
    low = text.lower()
    if "pax" in low:  # the travel trades' word for passengers, which the patterns count as people
        low = _PAX.sub("passengers", low)
    if "%" not in low and "#" not in low:
        return low
    return _SIGNS.sub(lambda m: " percent " if m.group(1) else " number of ", low)


class _KindCues:
    """Every cue of one kind, found in one scan. The cues of a kind carry different weights
    ("hours logged" weighs more than "time spent"), and the strongest one found decides. Scanning
    a text once with all of them, grouped by first letter, costs about a third of scanning it once
    per weight; each place where some cue matches is then read with the per-weight patterns, the
    heaviest first. The strongest cue and the words quoted from it are those a scan per weight finds."""

    def __init__(self, kind: str, cues: list[tuple[float, str, re.Pattern[str] | None]]) -> None:
        self.kind = kind
        self._cues = sorted(cues, key=lambda c: -c[0])  # (weight, source, gate), heaviest first
        self._scan = _at_word_starts([a for _, source, _ in self._cues for a in _fast_alternatives(source)])
        self._patterns: list[re.Pattern[str] | None] = [None] * len(self._cues)  # compiled when first needed

    def strongest(self, text: str) -> tuple[float, str]:
        """(weight, matched words) of the heaviest cue in ``text``, where it first matches (of two
        cues of one weight, the one that matches first); (0.0, "") when none does."""
        best, found, pos = 0.0, "", 0
        gated_out: list[bool] | None = None  # which cues' gates the text fails, read once where something matched
        while best < self._cues[0][0] and (m := self._scan.search(text, pos)):
            if gated_out is None:
                gated_out = [gate is not None and not gate.search(text) for _, _, gate in self._cues]
            for i, (weight, source, _) in enumerate(self._cues):
                if weight <= best:
                    break
                if gated_out[i]:
                    continue
                if self._patterns[i] is None:
                    self._patterns[i] = _fast(source)
                if hit := self._patterns[i].match(text, m.start()):
                    best, found = weight, hit.group(0)
                    break
            pos = m.start() + 1
        return best, found


# (kind, weight, pattern, gate): a gate is a cheap pattern the text must contain before the cue is tried
def _by_kind(cues: list[tuple]) -> list[_KindCues]:
    """One pattern per (kind, weight, gate), gathered by kind, monitoring first: fewer scans."""
    groups: dict[tuple, list[str]] = {}
    gates: dict[tuple, re.Pattern[str] | None] = {}
    for c in cues:
        gate = c[3] if len(c) > 3 else None
        key = (c[0], c[1], gate.pattern if gate else None)
        groups.setdefault(key, []).append(c[2].pattern)
        gates[key] = gate
    kinds: dict[str, list[tuple[float, str, re.Pattern[str] | None]]] = {}
    for (kind, weight, g), pats in groups.items():
        kinds.setdefault(kind, []).append((weight, "|".join(pats), gates[(kind, weight, g)]))
    return [_KindCues(kind, kinds[kind]) for kind in sorted(kinds, key=lambda k: k != "surveillance")]


_CUES += [
    (
        # what customers made of the work, on average: "avg Google review score for jobs done in the month"
        "outcome",
        3.0,
        re.compile(
            r"\b(?:avg|average|mean|median) (?:[\w-]+ ){0,3}(?:review|survey|satisfaction|feedback|google|trustpilot|"
            r"customer|client|guest|patient|vendor|parent) (?:score|rating)s?\b"
        ),
    ),
    (
        # presence at a screen or in a system, by the hour or the shift: "logged into the phone system 95% of shift"
        "effort",
        3.0,
        re.compile(
            r"logged (?:in|into|on)\b.{0,40}(?:\d+\s*percent\s+of|for|the whole|the entire|all|every)\s+(?:the |each |a |their )?"
            r"(?:shift|day|working day)s?\b|(?<!web )(?<!brand )(?<!market )\bpresence\b.{0,30}?\d+(?:\.\d+)?\s*"
            r"(?:h|hrs?|hours?|days?)\b|\bon (?:video |zoom |teams |conference )?calls?\b.{0,15}\d+(?:\.\d+)?\s*(?:h|hrs?|hours?)\b|"
            r"work(?:s|ing|ed)? (?:through|over|during) (?:the )?(?:school |christmas |summer |bank |public )?(?:holidays?|"
            r"weekends?|breaks?|leave|vacations?|christmas|summer)|flexi(?:[- ]?time)? (?:balance|hours|credit)|toil balance"
        ),
    ),
    (
        # bodies, voices and private messages watched: seat sensors, wearables, every call listened to, email sentiment
        "surveillance",
        3.0,
        re.compile(
            r"\b(?:seat|wearable|motion|posture|body[- ]worn) (?:sensors?|track\w*|monitor\w*)|\bwearables?\b.{0,30}"
            r"\b(?:track\w*|monitor\w*|data)|listen(?:s|ing)? (?:in )?to (?:every|all|each)\b.{0,40}\bcalls?|"
            r"\b(?:scan\w*|read\w*|analy[sz]\w*) (?:\w+ ){0,2}(?:staff|employee|colleague|team|worker)s?'? "
            r"(?:emails?|messages?|chats?|slack)|(?:email|message|chat) sentiment"
        ),
    ),
]
_CUES += [
    (
        # time booked against the hours someone is there: "booked treatment hrs >= 85% of shift"; answering a
        # manager or a client within seconds or minutes; hours on site; a 'ready' state as a share of the roster
        "effort",
        4.0,
        re.compile(
            r"(?:booked|billed|chargeable|productive|treatment|clinical|contact|patient[- ]facing|client[- ]facing) "
            r"(?:\w+ )?(?:time|hours|hrs)\b.{0,25}percent\s+of (?:the |each |their |a )?(?:session|shift|day|working|"
            r"contracted|rostered|available|scheduled)|"
            r"(?:messages?|msgs?|whatsapps?|teams|slack|chats?|texts?|pings?|dms?)\b.{0,40}\b(?:answered|replied|respond\w*|"
            r"reply)\b.{0,20}within \d+\s*(?:s|secs?|seconds?|mins?|minutes?)\b|\b(?:reply|respond|answer)\w* to every\b.{0,40}"
            r"within \d+\s*(?:s|secs?|seconds?|mins?|minutes?)\b|"
            r"\b(?:on[- ]site|in[- ]office|in the office|at (?:the |my )?desk|on (?:the )?(?:floor|premises))\s*(?:≥|>=|=>|"
            r"at least|min(?:imum)?\.?|over|more than)?\s*\d+(?:\.\d+)?\s*(?:h|hrs?|hours?)\b|covered\s*(?:≥|>=|at least)?\s*"
            r"\d+\s*(?:h|hrs?|hours?)\s*(?:per|a|/)\s*day|\b(?:ready|available|online|green|aux) (?:state|status|mode)\b|"
            r"of (?:the |their )?rostered (?:time|hours)"
        ),
    ),
    (
        # a supervisor listening live to watch the person
        "surveillance",
        3.0,
        re.compile(
            r"(?:calls?|conversations?) (?:listened|monitored) (?:to )?(?:live|in real time)|\blisten(?:ed|ing)? (?:in )?live\b|"
            r"to watch (?:each|every|the) (?:agent|fundraiser|worker|employee|member of staff|person|rep|adviser|advisor)"
        ),
    ),
    (
        # results: calls picked up fast (a service level), money recovered, a deliverable handed over before a date
        "outcome",
        4.0,
        re.compile(
            r"(?:calls?|phones?|enquiries) answered within (?:\d+ (?:rings?|seconds?|secs?|s)\b|(?:the |its |their )?(?:set |agreed |"
            r"committed |national |contracted )?(?:standard|target|service level)(?: time)?\b)(?!.{0,30}(?:24/7|around the clock|"
            r"day or night|out of hours|evenings|weekends))|"
            r"(?:value|amount|cash|money|debt|arrears|fees?|sums?)\s+(?:\w+ ){0,2}recovered|recovered (?:vs|versus|against|as)\b|"
            r"recovery rate|"
            r"\b(?:issued|delivered|submitted|sent|handed over) to (?:the )?(?:client|customer|board|regulator|funder)\b.{0,30}"
            r"\b(?:before|by|ahead of|prior to)\b"
        ),
    ),
]
_CUES += [
    (
        # answering messages within minutes, on-call answering around the clock, early arrival, sign-in sheets
        "effort",
        4.0,
        re.compile(
            r"(?:reply|replies|replied|respond\w*|answer\w*|online|acknowledg\w*)\b.{0,60}\b(?:whatsapp|slack|teams|e-?mails?|"
            r"messages?|msgs?|texts?|pings?|dms?)\b.{0,40}within \d+\s*(?:s|secs?|seconds?|mins?|minutes?)\b|"
            r"(?:whatsapp|slack|teams|e-?mails?|messages?|msgs?|texts?|pings?|dms?)\b.{0,40}\b(?:reply|replies|replied|"
            r"respond\w*|answer\w*|online|acknowledg\w*)\b.{0,40}within \d+\s*(?:s|secs?|seconds?|mins?|minutes?)\b|"
            r"\b(?:on (?:the )?(?:ward|site|shift|floor|shop floor|premises|unit)|at (?:the |their |my )?(?:gate|desk|post|"
            r"counter|station|door|workstation))\b.{0,15}\b\d+\s*(?:mins?|minutes?) "
            r"(?:before|early|ahead)|sign(?:ing)?[- ]in (?:sheets?|books?|times?)|"
            r"within \d+ (?:rings?|s|secs?|seconds?|mins?|minutes?)\b.{0,30}(?:24/7|around the clock|incl\w*\.? (?:evenings|"
            r"weekends|nights)|day or night|out of hours)"
        ),
    ),
    (
        # results after the work: turnaround, visits where the client felt safe, tenancies sustained, revisits
        # needed, trucks held at customer sites, a plan kept against the master schedule
        "outcome",
        3.0,
        re.compile(
            r"\btat\b|turn-?around times?|\b(?:visits|calls|contacts|sessions|appointments|jobs|shifts|deliveries|cases)\b "
            r"(?:where|in which|after which) (?:the )?(?:client|customer|patient|user|guest|resident|tenant|caller|family|pupil)|"
            r"(?:tenanc(?:y|ies)|placements?|employment|recovery|abstinence) (?:sustainment|sustained)|"
            r"\bneeding (?:a |an )?(?:revisit|return visit|second visit|rework|redo|re-?work|correction|call-?back)|"
            r"requiring (?:a |an )?(?:revisit|return visit|second visit|rework|call-?back)|detention (?:hours|time|charges)|"
            r"(?:schedule|plan) (?:adherence|attainment)\b.{0,30}\b(?:mps|master (?:production )?schedule|production plan|"
            r"build plan|maintenance plan)"
        ),
    ),
]
_CUES += [
    (
        # a client's non-conformance reports, a fault fixed at the first attendance, work others completed
        "outcome",
        3.0,
        re.compile(
            r"\bncrs?\b|non-?conformance|nonconformit|(?:fixed|resolved|repaired|completed|cleared) (?:on|at) (?:the |their )?"
            r"first (?:attendance|visit|attempt|call|time)|\b(?:completed|submitted|returned|attended|passed|achieved) by "
            r"(?:the |their |our )?(?:students|pupils|learners|trainees|patients|clients|customers|participants|users)"
        ),
    ),
]
_CUES += [
    (
        # lateness counted in minutes
        "effort",
        4.0,
        re.compile(
            r"\bminutes? late (?:to|for|in|at|on|clocking|arriving|starting|signing|logging|reporting)\b(?! (?:the )?(?:drops|"
            r"deliveries|orders|trains|buses|services|flights|shipments|consignments|parcels|patients|customers)\b)|\b(?:total|summed|cumulative) minutes late\b|\blate (?:to|for|at) (?:the )?(?:shift|work|start)|"
            # ("claims for damage or lateness": the goods' lateness, not the worker's)
            r"(?<!claims for )(?<!claim for )(?<!damage or )(?<!damage and )(?<!damage, )(?<!loss or )"
            r"\blateness\b(?!.{0,40}\b(?:drops|deliveries|orders|trains|buses|services|flights|shipments|vehicles|trucks|jobs|"
            r"projects|payments|invoices|consignments|parcels)\b)"
        ),
    ),
    (
        # a window in the foreground, camera stills, a handset that registers motion, typing, a microphone
        # sampled between calls: watching the person, whatever the metric is called
        "surveillance",
        3.0,
        re.compile(
            r"\b(?:window|tab|app|screen) (?:is |was |stays )?in (?:the )?foreground|"
            r"camera (?:snapshots?|stills?|photos?|images?) (?:confirm\w*|of|showing|proving)|"
            r"(?:scanner|device|handset|handheld|tablet|phone|badge) (?:registers?|detects?|records?) (?:motion|movement)|"
            r"\btyping activity\b|(?:audio|sound|mic(?:rophone)?) (?:checks?|samples?|recordings?|monitoring) of (?:the )?"
            r"(?:agent|worker|employee|staff|carer|person|adviser|advisor|rep)|mic(?:rophone)?s? between calls"
        ),
    ),
    (
        # comments left, checklists ticked: the paperwork of doing, counted
        "activity",
        3.0,
        re.compile(
            r"\bcomments? (?:left|posted|made|written|added) (?:per|each|a)\b|checklists? (?:ticked|signed|filled)"
            r"(?: off| in| out)?|\bticked off\b"
        ),
    ),
    (
        # fewer rounds of changes before approval: the work met the brief
        "outcome",
        4.0,
        re.compile(
            r"\brevision rounds?\b|\brounds? of (?:revisions?|amends|changes|edits)\b|\bamend(?:ment)? rounds?\b"
        ),
    ),
]
_CUES += [
    (
        # presence and browsing watched, people located by tags, app use tracked
        "surveillance",
        3.0,
        re.compile(
            r"\bonline\s*/\s*away\b|\baway (?:status|time)\b|\bpresence status\b|browsing (?:history|time|activity)|"
            r"time (?:spent )?(?:in|on|using) (?:approved |specific |work |non-work |productive |unproductive )?"
            r"(?:apps|applications|websites|sites|social media)\b|"
            r"(?:terminal|shell|keyboard|computer|pc|laptop|desktop) activity (?:captured|recorded|logged|tracked|monitored)|"
            r"endpoint (?:agent|monitoring|tracking)|\bgps (?:traces?|trails?|logs?|history|breadcrumbs?)\b|(?:per|from|by|via) (?:the )?cctv (?:analytics|dwell)\b|"
            r"websites? (?:that )?(?:each|every|the) (?:person|employee|member of staff|worker|agent|user) visits|"
            r"websites? visited by (?:staff|employees|each|every|the team)|"
            r"\brtls\b|\brfid\b.{0,40}\b(?:record|track|locat|how long)|(?:badge|tag|staff|worker) locations? "
            r"(?:tracked|tracking|recorded|logged)|app[- ]usage (?:tracking|monitoring|logs?)|non-work apps"
        ),
    ),
    (
        # leave not taken, driving or duty hours used up, overtime worked, staying late
        "effort",
        4.0,
        re.compile(
            r"\bleave (?:left |days )?untaken\b|\bannual leave (?:left|not taken|unused)|"
            r"\b(?:driving|working|duty|shift) hours used\b|\bovertime hours worked\b|\blate finish(?:es)?\b|"
            r"\b(?:working|worked|work) (?:beyond|past|over|above|more than) (?:their |the |his |her )?"
            r"(?:contracted|rostered|scheduled|normal|paid) hours\b|"
            r"\bfinish(?:ing|es)? after \d{1,2}\s*(?:pm|p\.m\.)|\bstay(?:s|ing|ed)? late\b"
        ),
    ),
    (
        # how the people served rate the work
        "outcome",
        3.0,
        re.compile(
            r"\b(?:communication|service|care|experience|courtesy|helpfulness|friendliness|cleanliness) (?:ratings?|scores?)\b|"
            r"\bhcahps\b|\bpatient[- ]reported (?:outcome|experience)"
        ),
    ),
    (
        # things handed out, counted
        "activity",
        3.0,
        re.compile(r"\b(?:handed out|given out|distributed|leafleted) (?:per|each|a)\b"),
    ),
    (
        # a document or plan published or filed before its date: a deliverable on time
        "outcome",
        4.0,
        re.compile(
            r"\b(?:published|issued|submitted|filed|signed off|approved|lodged|returned)\b.{0,40}\b(?:before|ahead of|"
            r"no later than|by)\b\s+(?:the )?(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|deadline|due date|"
            r"statutory|timetable|year[- ]end|quarter[- ]end|month[- ]end)"
        ),
    ),
]
_CUES += [
    (
        # each person's activity tracked, located by badge, checked in by GPS
        "surveillance",
        3.0,
        re.compile(
            r"\btrack(?:s|ing|ed)? (?:each|every|individual) (?:person|employee|member of staff|worker|agent|rep|nurse|"
            r"driver|officer)(?:'s)?\b|\bbadge[- ]located\b|\bgps[- ](?:verified|tracked|logged) (?:location )?check-?ins?\b|"
            r"\blocation check-?ins? of (?:the|each|every)\b"
        ),
    ),
    (
        # staying after the shift, logging in late
        "effort",
        4.0,
        re.compile(
            r"\bstay(?:s|ed|ing)? (?:on )?(?:after|beyond|past) (?:the )?(?:shift|work|closing|hours|finish)|"
            r"\bafter shift end\b|\blate log-?\s?ins?\b|\blate logins?\b"
        ),
    ),
    (
        # demonstrations or sessions run, visits made, per period
        "activity",
        3.0,
        re.compile(
            r"\b(?:demos?|demonstrations?|workshops?|presentations?|roadshows?|field days?) (?:conducted|held|delivered|"
            r"run|given|done) (?:per|each|a)\b|\bvisits? (?:per|a|each|/)\s?(?:wk|week|day|d|month|mo)\b|\b(?:site|customer|client|home|sales|store|venue|field|branch|account|prospect|supplier|farm|school|patient) visits? (?:per|a|each|/)\s?(?:quarter|qtr|year|yr)\b|"
            r"\b(?:outbound |outgoing )?dial(?:l?ing)? attempts\b|\boutbound dials\b"
        ),
    ),
    (
        # work that passes or meets a standard, an audit or an inspection
        "outcome",
        3.0,
        re.compile(
            r"\b(?:passing|meeting|met|passed|pass|meet) (?:the |their |its |our |each |every )?(?:[\w-]+ ){0,4}"
            r"(?:audits?|standards?|inspections?|quality checks?|specifications?|spec)\b"
        ),
    ),
    (
        # how soon after the period closes something is ready: timeliness of a deliverable
        "outcome",
        3.0,
        re.compile(
            r"\b(?:working |business |calendar )?days? (?:after|from|past|following) (?:the )?(?:month|period|quarter|year|"
            r"week)[- ]?end\b|\bwd\s?\d+\b|\bworking day \d+\b"
        ),
    ),
    (
        # work cleared as fast as it arrives ("cases disposed of for every new case received", "clearance rate"), and a
        # piece accepted at its first submission or inspection
        "outcome",
        3.5,
        re.compile(
            r"\bclearance rates?\b|\b(?:cases|matters|claims|files|applications|complaints|appeals) (?:disposed(?: of)?|resolved|"
            r"closed|finali[sz]ed|decided|cleared)\b[^.;]{0,30}?\b(?:for every|per|against|to|vs\.?|/)\s*(?:each |every )?"
            r"(?:new |incoming )?(?:cases?|matters?|claims?|files?|applications?|complaints?|appeals?)? ?"
            r"(?:received|filed|opened|lodged|registered|issued)\b|"
            r"\b(?:approved|accepted|passed|signed off) at (?:the |their )?first (?:submission|attempt|inspection|audit|review|"
            r"check|sitting)\b"
        ),
    ),
    (
        # something in place by a named date or quarter: a deliverable
        "outcome",
        3.0,
        re.compile(
            r"\bby (?:the )?(?:\d{1,2}(?:st|nd|rd|th)? )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
            r"(?: \d{1,2}(?:st|nd|rd|th)?)?(?:\s|$|,|;)|\bby (?:the )?end of (?:q[1-4]|the quarter|the (?:financial )?year|fy)"
        ),
    ),
]
_CUES += [
    (
        # a wearable, beacon or tag reporting whether the person moves
        "surveillance",
        3.0,
        re.compile(
            r"\b(?:wearables?|beacons?|tags?|sensors?|trackers?|fobs?|lanyards?)\b.{0,50}\b(?:stationary|no movement|not moving|"
            r"without moving|idle|motionless)\b"
        ),
    ),
    (
        # physically in place for a share of the hours, reachable on call, rostered hours completed
        "effort",
        4.0,
        re.compile(
            r"\bphysically (?:behind|at|on|in|present)\b|\bcan be reached within\b|"
            # (not the shifts left unfilled: that is the roster's result)
            r"\bof (?:the |their )?rostered (?:[a-z-]+ )?(?:hours|shifts|time|duties)\b"
            r"(?! (?:left |that (?:were|are|went|go) )?(?:un)?(?:filled|covered|staffed)| (?:left )?vacant)"
        ),
    ),
    (
        # money clawed back by card schemes: a result of how sales were handled
        "outcome",
        3.0,
        re.compile(r"\bchargebacks?\b"),
    ),
]
_CUES += [
    (
        # every item of a list given the same action, as the target: "100% of tables offered dessert", "100% of
        # exercise books marked every 2 weeks", "100% of displays changed on launch day"; a daily quota worked
        # through; reviews held a quarter
        "activity",
        4.0,
        re.compile(
            r"\b100 ?(?:%|percent|per ?cent) of (?:the |all |our |each |every )?(?:[\w-]+ ){0,4}?(?:offered|changed|marked|held|"
            r"visited|called|contacted|greeted|sent|updated|logged|submitted|coded|scanned|emailed|phoned|posted|attended|"
            r"given|shown|pitched|demoed|presented|touched|briefed|followed up)\b|"
            r"\b(?:daily|weekly|shift|hourly) (?:[\w-]+ ){0,2}quotas?\b|\b[\w-]+s held per (?:quarter|month|week|year)\b|"
            # an officer's enforcement tally: "arrests per month", "citations written per shift"
            r"\b(?:arrests|stops|stop and searches|citations|penalty notices|fines issued|tickets (?:issued|written))\b"
            r"[^.;]{0,15}?\bper (?:month|week|shift|day|officer|quarter)\b"
        ),
    ),
    (
        # the hours a workshop sells against the hours its technicians are there: a recovery of paid time, a result
        "outcome",
        5.0,
        re.compile(
            r"\bsold hours (?:vs\.?|versus|against|to|/|÷|over|as (?:a )?% of) (?:the )?(?:clocked|attended|available|paid) hours\b"
        ),
    ),
    (
        # what a process gets out of each tonne or hectare put in: "litres of alcohol per tonne of malt", "kg of
        # cheese per 100 litres of milk", "tonnes per hectare"
        "outcome",
        3.0,
        re.compile(
            r"\bper (?:\d+ )?(?:tonnes?|tons?|t|kg|kilos?|litres?|liters?|hl|hectares?|ha|acres?) of (?:[\w-]+ ){0,2}(?:malt|grain|barley|"
            r"wheat|maize|corn|milk|feed|ore|cane|beet|fruit|raw materials?|inputs?|clinker|coal|wood|timber|logs?|fish|"
            r"carcass(?:es)?|meat|flour|beans|leaf|tea|pulp|crude|scrap)\b|\b(?:yield|t|tonnes?|kg) (?:per|/) ?(?:ha|hectare|acre)\b"
        ),
    ),
    (
        # attendance read off a fingerprint or face scanner: "on time 100% according to the fingerprint scanner"
        "surveillance",
        4.0,
        re.compile(
            r"\b(?:fingerprint|finger ?print|thumb ?print|biometric|face[- ]recognition|facial recognition) (?:time ?)?(?:scanners?|"
            r"readers?|clocks?|machines?|devices?|terminals?|attendance|records?|logs?|punch(?:es)?|clock-?ins?)\b"
        ),
    ),
    (
        # messages put out at a rate per hour or shift: "status updates posted to the channel per hour"
        "activity",
        4.0,
        re.compile(
            r"\b(?:updates|messages|posts|emails|calls|tweets|notes|comments|bulletins) (?:posted|sent|made|written|"
            r"published|logged|issued)\b[^.;]{0,40}?\bper (?:hour|hr|day|shift)\b"
        ),
    ),
    (
        # time spent on a call's after-work or wrap-up: time per contact, not its result
        "effort",
        4.0,
        re.compile(r"\b(?:acw|after[- ]call work|wrap[- ]?up time|wrap time|post[- ]call work)\b"),
    ),
    (
        # being available for the rota or taking the shifts offered
        "effort",
        4.0,
        re.compile(
            r"\bhours? of availability\b|\baccept\w*\s+(?:\S+\s+){0,3}(?:of\s+)?(?:the\s+)?"
            r"(?:offered\s+|available\s+)?shifts\b|\bshift acceptance\b"
        ),
    ),
    (
        # a person's speech or camera analysed by software
        "surveillance",
        3.0,
        re.compile(
            r"\btalk(?:[- ]to[- ]listen)? ratio\b|\btranscripts? (?:are |is )?(?:analy[sz]ed|scored|mined)\b|"
            r"\bcameras? (?:stayed|stays|kept|left|remained|switched|turned) (?:\w+ )?on\b|\bcamera[- ]on (?:rate|time|%)"
        ),
    ),
    (
        # working through a list of calls to make
        "activity",
        3.0,
        re.compile(
            r"\b(?:daily |weekly )?call list (?:completed|completion|worked|cleared)\b|\bof (?:the )?(?:daily )?call list\b"
        ),
    ),
    (
        # goods sold, candidates placed past the rebate period, money per hour of selling: results
        "outcome",
        3.5,
        re.compile(
            r"\bunits? (?:sold|retailed)\b|\bplacements?\b.{0,60}\b(?:started|rebate|guarantee period|probation)\b|"
            r"\b(?:revenue|sales|takings|gross profit|margin) per (?:\w+ )?(?:hour|hr)s?\b"
        ),
    ),
]
_CUES += [
    (
        # broadcast, supply or data kept whole: a delivered result
        "outcome",
        3.0,
        re.compile(
            r"\bno loss of (?:signal|service|supply|data|power|picture|sound)\b|\bon the (?:day|date) (?:requested|agreed|promised|due)\b"
        ),
    ),
    (
        # meetings set up, attempts made: counts of actions
        "activity",
        3.0,
        re.compile(
            r"\bmeetings? (?:with (?:\S+ ){1,3})?(?:booked|arranged|set up|secured)\b|"
            r"\b(?:delivery |call |contact |visit )?attempts (?:per|made|logged)\b"
        ),
    ),
    (
        # taking the work a platform offers, arriving a set time before the shift: availability and presence
        "effort",
        4.0,
        re.compile(
            r"\b(?:orders|jobs|trips|rides|deliveries|tasks|shifts) offered to (?:you|them|the rider|the driver)\b|"
            r"\bacceptance rate\b.{0,40}\boffered\b|"
            r"\b\d+\s*min(?:ute)?s? before (?:the |their |his |her )?(?:booked[- ]on|booked|start|shift|rostered)\b"
        ),
    ),
]
_CUES += [
    (
        # a person on call or on the tools for a share of their time: availability and utilisation
        "effort",
        4.0,
        re.compile(
            r"\b(?:call-?out|on-?call|weekend|overtime|shift|evening) availability\b|"
            r"\b(?:arc[- ]on|wrench|tool|spindle[- ]on) time\b|\bhours? on the (?:shop |sales |ward )?floor\b|"
            r"\b(?:clinical|contact|billable|teaching|face[- ]to[- ]face|patient[- ]facing) hours (?:per|a|each) "
            r"(?:week|day|month)\b"
        ),
    ),
    (
        # minutes spent on each piece of work (not the customer's wait): handling time
        "effort",
        3.0,
        re.compile(
            r"\b(?:session|appointment|handling|handle|remote session|call) minutes? per "
            r"(?:ticket|call|case|job|patient|customer|task|contact|session|appointment)\b"
        ),
    ),
    (
        # checks counted per shift or cycle; work quotas per person
        "activity",
        4.0,
        re.compile(
            r"\bchecks? (?:run|done|completed|carried out|performed|signed off) per (?:shift|day|week|cycle|hour|month)\b|"
            r"\bper (?:engineer|agent|person|head|fte|rep|officer|technician|analyst) per (?:day|shift|week|hour)\b|"
            r"\bloc (?:per|/|a) (?:sprint|week|day|dev\w*|engineer|month)\b"
        ),
    ),
    (
        # a standard held, work accepted by the next stage, time from request to result: results
        "outcome",
        4.0,
        re.compile(
            r"\b(?:\d|five|four)[- ]stars? (?:rating )?(?:held|kept|maintained|achieved)\b|(?<!occupancy )(?<!utilisation )(?<!utilization )\bheld (?:at|within|between) \d|"
            r"\b(?:leads?|sqls?|mqls?|opportunit\w+|referrals?|submissions?) accepted by\b|"
            r"\bfrom (?:request|order|referral|application|enquiry|booking) to (?:item|result|delivery|decision|offer)\b|"
            r"\btickets? (?:over|older than|waiting more than|past) \d"
        ),
    ),
]
_CUES += [
    (
        # a person's whereabouts or body read off a tag, a lamp or a watch; a carer's minutes timed by the phone app
        "surveillance",
        4.0,
        re.compile(
            r"\b(?:smart ?watch\w*|fitness (?:band|tracker)s?|wristbands?)\b.{0,40}\b(?:heart[- ]rate|steps?|sleep|location|data)\b|"
            r"\b(?:cap[- ]?lamp|helmet|hard ?hat|lanyard|id|rfid|ble|bluetooth) (?:tags?|beacons?|trackers?)\b.{0,30}"
            r"\b(?:location|whereabouts|positions?|time)\b|"
            r"\b(?:minutes|time|hours)\b.{0,40}\bfrom (?:the |their |a )?(?:phone |mobile |electronic )?"
            r"(?:check-?in(?:/| and |-)?(?:out)?|call monitoring|clock(?:ing)?) app\b"
        ),
    ),
    (
        # there in person for set clock hours; present at every session; logged in for a share of each shift
        "effort",
        4.0,
        re.compile(
            r"\b(?:personally |physically )?(?:on site|on the [\w-]+|at the [\w-]+(?: [\w-]+)?|present|in the office|available)\b"
            r"[^.;]{0,40}?\b\d{1,2}[:.]?\d{2}\s*(?:-|–|to)\s*\d{1,2}[:.]?\d{2}\b|"
            r"\b(?:present|attend\w*) (?:at|in|for) (?:\d+\s*(?:%|percent) of|all|every|each) (?:the )?(?:[\w-]+ ){0,2}"
            r"(?:sessions|meetings|shifts|matches|trainings?|classes|lectures|events|briefings|huddles)\b|"
            r"(?:\d+\s*(?:%|percent)\s+)?of (?:each|every|the|their) (?:shift|day|working day) (?:the |that |they |he |she )"
            r"(?:[\w-]+ ){0,2}(?:is |are )?logged (?:in|into|on)\b"
        ),
    ),
    (
        # tallies per named person per period: "meter reads per reader per day", "farm visits per extension officer
        # per month"
        "activity",
        3.5,
        re.compile(
            # (not money: "EUR per employee per month" is what a head costs)
            r"\b(?<![€$£¥₹] )(?<![€$£¥₹])per (?:[\w-]+ )?(?:readers?|officers?|workers?|operatives?|pickers?|drivers?|nurses?|"
            r"teachers?|caseworkers?|"
            r"counsell?ors?|advis[eo]rs?|inspectors?|collectors?|canvassers?|fundraisers?|volunteers?|cleaners?|guards?|"
            r"stylists?|cataloguers?|archivists?|staff|employees?|fte) per (?:day|shift|week|hour|month)\b|"
            r"\b(?:catalogued|digitised|digitized|scanned|indexed|keyed|transcribed|accessioned) per (?:day|shift|week|hour)\b"
        ),
    ),
    (
        # results: households approved by a panel, guidance adopted, a condition kept in range for a share of hours,
        # young reared per breeding animal, a congregation's attendance, space booked out of its bookable hours
        "outcome",
        4.0,
        re.compile(
            r"\bapproved (?:at|by) (?:the )?(?:[\w-]+ )?panel\b|"
            r"\b(?:adopted|ratified|endorsed|accepted|approved|signed off) by (?:the )?(?:board|bench|council|committee|panel|"
            r"client|regulator|trustees|cabinet|sponsor|court|judiciary|magistrates|governors|ministry|minister)\b|"
            r"\b(?:hours|time|days|readings)\b.{0,30}\b(?:stayed|kept|remained|held|was|were) (?:within|in|inside|below|above|"
            r"under|between)\b|"
            r"\b(?:pigs|piglets|lambs|calves|chicks|kids|foals|eggs) (?:weaned|born alive|reared|sold|produced|marketed) per "
            r"(?:sow|ewe|cow|hen|bird|doe|mare|breeding)\b|"
            r"\b(?:usual sunday|sunday|congregation(?:al)?|church|mass|worship) attendance\b|"
            r"\b(?:bookable|lettable|hireable) (?:hours|slots|sessions|days)\b"
        ),
    ),
    (
        # what customers bought: "wine club memberships sold at the cellar door", "season tickets sold"
        "outcome",
        3.0,
        re.compile(
            r"\b(?:memberships?|subscriptions?|season tickets?|tickets|passes|policies|plans|packages|warranties) "
            r"(?:sold|purchased|bought|taken out)\b"
        ),
    ),
    (
        # the person watched or listened to: time in a dialler state, a cab camera on the driver's eyes, minutes off
        # the floor from the door logs, screen activity in other languages, the voice's mood, mail read for mood,
        # a worker's body read off a wearable
        "surveillance",
        4.0,
        re.compile(
            r"\btime in ['‘’\"“]?(?:ready|available|idle|away|aux|not ready)\b|"
            r"\b(?:driver|operator)[- ]facing (?:cab |in-cab )?cam\w*|\blooking away\b|\beyes off (?:the )?road\b|"
            r"\b(?:minutes|time|hours) (?:off|away from) (?:the |their |his |her )?(?:floor|desk|workstation|post|station)\b|"
            r"\baccess[- ]logs?\b.{0,30}\b(?:minutes|time|whereabouts|movements?)\b|"
            r"\bbildschirm\w*|\baktive minuten\b|\btiempo (?:activo |en |de )?pantalla\b|\btemps d[’']écran\b|"
            r"\bvoice analytics\b|\bsounds? ['‘\"“]?(?:energetic|happy|upbeat|enthusiastic|positive|friendly|calm)\b|"
            r"\b(?:emotion|tone|sentiment) (?:detection|analytics|scor\w+) (?:of|on) (?:the )?(?:agent|staff|employee|call)|"
            r"\b(?:e-?mails?|messages?|chats?|slack|teams)(?: content)? (?:scanned|read|analy[sz]ed|monitored|mined) for\b|"
            r"\b(?:rider|driver|worker|employee|staff|crew|agent|picker|courier|operative|player)s?(?:['’]s|['’])? "
            r"(?:heart[- ]rate|steps?|sleep|biometrics?)\b|"
            r"\b(?:heart[- ]rate|step|sleep|biometric) (?:and [\w-]+ )?data (?:is |are )?(?:shared|sent|visible|reported|passed|"
            r"streamed) (?:with|to)\b"
        ),
    ),
    (
        # presence: at a share of optional gatherings, in the office by the day (also in Spanish, German and French)
        "effort",
        4.0,
        re.compile(
            r"\battend\w* (?:(?:at|in|for) )?[^a-z]{0,8}(?:\d+\s*percent of|all|every|each) (?:the |our )?(?:[\w-]+ ){0,2}"
            r"(?:socials?|sessions|meetings|shifts|matches|trainings?|classes|lectures|events|briefings|huddles|away ?days)\b|"
            r"\b(?:in-?office|office|on-?site|workplace) (?:presence|attendance)\b|"
            r"\bpresencia (?:en|f[ií]sica)\b|\bd[ií]as (?:en|de) (?:la )?oficina\b|\btage im b[üu]ro\b|"
            r"\bb[üu]ro-?anwesenheit\b|\bpr[ée]sence au bureau\b|\bjours au bureau\b"
        ),
    ),
    (
        # records keyed into a system: "new contacts added to the CRM per month"
        "activity",
        3.0,
        re.compile(
            r"\b(?:contacts|leads|records|accounts|entries|notes|activities|opportunities) (?:added|entered|logged|created|"
            r"updated) (?:to|in|into|on) (?:the )?(?:crm|salesforce|hubspot|system|database)\b"
        ),
    ),
    (
        # one piece of work shipped and taken up: "redesigned pricing page shipped, the winning variant rolled out"
        "outcome",
        3.0,
        re.compile(
            r"\b(?:a|an|the|new|redesigned|rebuilt|revamped) (?:[\w-]+ ){0,2}(?:page|site|website|app|feature|product|system|"
            r"portal|tool|module) (?:shipped|launched|live|released|rolled out)\b|\brolled out to (?:100 percent|all)\b"
        ),
    ),
]
_CUES += [
    (
        # a person's whereabouts read off a tracker they carry: "% of shift time the personal tracker places them at
        # the turbine"
        "surveillance",
        4.5,
        re.compile(
            r"\b(?:personal|wearable|body[- ]worn|location|gps|phone) (?:trackers?|tags?|beacons?)\b.{0,30}\b(?:places?|placed|puts?|"
            r"shows?|logs?|records?|locates?)\b.{0,20}\b(?:them|him|her|staff|workers?|technicians?|the (?:[\w-]+ )?(?:worker|technician|"
            r"guard|driver|engineer|operative|nurse|carer|officer))\b"
        ),
    ),
    (
        # hours a named person spends on something: "hours each agent spends on calls per shift"
        "effort",
        4.5,
        re.compile(
            r"\b(?:hours?|minutes?|mins|time)\s+(?:that\s+)?(?:each|every|the|an?|per|our)\s+(?:[\w-]+\s+)?(?:agents?|employees?|staff|"
            r"workers?|drivers?|nurses?|reps?|representatives?|advis[eo]rs?|technicians?|engineers?|members? of staff|colleagues?|"
            r"operators?|officers?|teachers?|person|analysts?|consultants?|associates?)\s+(?:spends?|spent|works?|worked|puts? in|is on)\b"
        ),
    ),
    (
        # time a wagon, a container or a parcel waits somewhere is how well the flow works, not effort:
        # "average hours a wagon spends in the yard", "container dwell time"
        "outcome",
        4.0,
        re.compile(
            r"\bdwell(?:ing)?[- ]times?\b|"
            r"\b(?:hours?|days?|minutes?|time)\b[^.;]{0,20}?\b(?:an?|each|the|every)\s+(?:[\w-]+\s+)?(?:wagons?|containers?|trailers?|"
            r"trucks?|lorr(?:y|ies)|vehicles?|vessels?|ships?|parcels?|pallets?|shipments?|consignments?|aircraft|railcars?|"
            r"cars?|loads?|boxes|totes?|orders?|samples?|specimens?)\s+(?:spends?|spent|sits?|sat|waits?|waited|stays?|stayed|"
            r"remains?|remained)\b"
        ),
    ),
    (
        # work that moved someone to act is a result: "published investigations prompting an official response"
        "outcome",
        4.0,
        re.compile(
            r"\b(?:prompt(?:ing|ed)|trigger(?:ing|ed)|leading to|led to|resulting in|resulted in)\s+(?:an?\s+|the\s+)?"
            r"(?:[\w-]+\s+){0,2}(?:response|inquir(?:y|ies)|investigations?|reforms?|resignations?|charges?|convictions?|"
            r"policy changes?|law changes?|recalls?|corrections?|prosecutions?|rulings?)\b"
        ),
    ),
    (
        # time put in: staying past handover, hours of a course, a share of the rota worked, cover volunteered for
        "effort",
        4.0,
        re.compile(
            r"\bstay(?:s|ed|ing)? (?:on )?(?:past|after|beyond) (?:the )?(?:handover|hand-over|end of (?:the |their |a |each )?shift|"
            r"shift end|finish(?:ing)? time|closing time)\b|"
            r"\b\d+ hours? of (?:[\w-]+ ){0,2}(?:training|learning|cpd|courses?|e-?learning|study)\b|"
            r"\bwork(?:ing|s|ed)? (?:at least |a minimum of |over |more than )?(?:\d+\s*percent of |all |every )(?:(?:their|the|his|her|"
            r"scheduled|rostered|planned|contracted|allocated) )*shifts\b|"
            r"\bvolunteer(?:ing|s|ed)? for (?:extra |additional |weekend |night |holiday |overtime )?(?:cover|shifts|overtime)\b"
        ),
    ),
    (
        # a person's visits clocked by the GPS, a lamp's tag found at the heading, a mailbox read by the boss
        "surveillance",
        4.0,
        re.compile(
            r"\bgps[- ]tracked (?:minutes|time|hours|locations?|visits|movements?|routes?)\b|"
            r"\b(?:personnel|people|staff|worker|employee|crew) (?:tracking|location|positioning) (?:system|data|logs?|records?)\b|"
            r"\b(?:tags?|beacons?|badges?|fobs?|trackers?) (?:is |are |was |were )?(?:detected|seen|picked up|registered) "
            r"(?:at|in|near|by)\b|"
            r"\baccess to (?:the |their |his |her |an? |each )?(?:[\w'’-]+ ){0,2}(?:mailbox|inbox|e-?mails?|chats?|messages|dms|"
            r"whatsapp)\b|\b(?:reads?|reviews?|checks?|scans?|skims?|goes through) (?:the |their |his |her |each )?(?:[\w'’-]+ ){0,3}"
            r"(?:mailbox|inbox|e-?mails|chats|private messages|dms|whatsapp messages) (?:for|weekly|daily|every)\b"
        ),
    ),
    (
        # tallies of a developer's own output per head or per sprint (not deploys: how often the team ships is DORA's)
        "activity",
        3.0,
        re.compile(
            r"\b(?:commits?|pull requests?|prs|story points|tickets? (?:closed|handled)|lines of code)\s+per\s+"
            r"(?:dev|developer|engineer|person|head|fte|sprint|day|week)\b"
        ),
    ),
    (
        # the staple words of effort, tallies and monitoring in Spanish, Portuguese, French and German: "horas extra
        # trabajadas", "llamadas realizadas al día", "Anzahl der Kundentermine pro Woche", "temps d'inactivité à l'écran"
        "effort",
        4.0,
        re.compile(
            r"\bhoras (?:extras?|trabajadas|trabalhadas|de presencia|de presença|de oficina|en la oficina|conectad[oa]s?)\b|"
            r"\bheures (?:suppl[ée]mentaires|travaill[ée]es|de pr[ée]sence|au bureau|connect[ée]es?)\b|"
            r"[üu]berstunden\b|\banwesenheit(?:szeit|squote|stage)?\b|\barbeitsstunden\b|\bgeleistete stunden\b"
        ),
    ),
    (
        "activity",
        3.5,
        re.compile(
            r"\b(?:llamadas|visitas|correos|reuniones|liga[çc][õo]es|chamadas|e-?mails) (?:realizad[oa]s|hech[oa]s|enviad[oa]s|"
            r"feit[oa]s|efetuad[oa]s|por d[ií]a|al d[ií]a|por semana|a la semana|por hora)\b|"
            r"\bn[úu]mero de (?:llamadas|visitas|correos|reuniones|liga[çc][õo]es|chamadas|contactos|publicaciones)\b|"
            r"\bnombre (?:de |d')(?:visites|appels|rendez-vous|e-?mails|courriels|r[ée]unions|contacts|publications)\b|"
            r"\b(?:appels|visites|e-?mails|courriels) (?:pass[ée]s|effectu[ée]s|envoy[ée]s|par jour|par semaine|par heure)\b|"
            r"\banzahl (?:der |an )?(?:anrufe|kundentermine|termine|besuche|kundenbesuche|e-?mails|meetings|kontakte|beitr[äa]ge)\b|"
            r"\b(?:anrufe|kundentermine|besuche|kundenbesuche|termine|angebote|telefonate) (?:pro|je) (?:tag|woche|stunde|monat)\b"
        ),
    ),
    (
        "surveillance",
        4.0,
        re.compile(
            r"\btastaturanschl[äa]ge|\bbildschirmzeit\b|\bgps-?ortung\b|\bortung (?:der|von) (?:mitarbeiter|fahrer|besch[äa]ftigten|"
            r"[\w-]*fahrer)|\blogiciel (?:de )?(?:suivi|surveillance|monitoring)\b|\btemps de connexion\b|\bleerlaufzeit (?:am|vor dem) (?:bildschirm|pc|rechner)|"
            r"\b[üu]berwachung (?:der|von) (?:mitarbeiter|besch[äa]ftigten|tastatur|bildschirm|e-?mails|anrufe)|"
            r"\btemps d(?:'|’)inactivit[ée] (?:[àa] l(?:'|’)[ée]cran|du poste|de l(?:'|’)agent|sur le poste)|\bfrappes (?:au |de )?clavier\b|"
            r"\btiempo de inactividad (?:en (?:la )?pantalla|del (?:agente|empleado|puesto))|\bpulsaciones (?:de|del) teclado\b|"
            r"\b(?:vigilancia|monitoreo|monitorizaci[óo]n) (?:de|del|de los) (?:empleados|personal|trabajadores|pantalla|teclado)\b"
        ),
    ),
    (
        # a working day's or a shift's length; a driver scored from the cab's telematics; staff's own social media
        "effort",
        4.0,
        re.compile(
            r"\b(?:shift|working day|work ?day|day)(?:'s)? length\b|\blength of (?:the |a |their |each )?(?:working |work )?"
            r"(?:days?|shifts?|weeks?)\b"
        ),
    ),
    (
        "surveillance",
        4.0,
        re.compile(
            r"\btelematics\b[^.;]{0,40}\b(?:scored|ranked|rated|league|per driver|by driver|for each driver)\b|"
            r"\b(?:staff|employees?|workers?|colleagues?|team members?)(?:'s|’s|s'|s’)? (?:own |private |personal )+"
            r"(?:social media|facebook|instagram|tiktok|x|twitter|accounts|posts|profiles)\b"
        ),
    ),
    (
        # machines ready for use (not people on call): "telescope availability on scheduled observing nights"; work
        # back for a redo; a bid in by its deadline
        "outcome",
        4.5,
        re.compile(
            r"\b(?:telescopes?|instruments?|machines?|plant|equipment|assets?|fleet|vehicles?|systems?|networks?|servers?|"
            r"platforms?|lines?|lifts?|elevators?|cranes?|pumps?|turbines?|scanners?|theatres?|rigs?|tools?|devices?) "
            r"availability\b|"
            # (any thing's availability over the hours it was scheduled for; not a person's)
            r"\b(?!(?:staff|agents?|advis[eo]rs?|employees?|personal|own|team|nurses?|doctors?|engineers?|technicians?|drivers?|"
            r"crew|members?|managers?|officers?|reps?|operators?|individual|on-?call|my|his|her|their)\b)[a-z][\w-]+ availability "
            r"(?:during|on|in|over|across|for) (?:the |all |each )?(?:scheduled|planned|booked|operating|observing|trading|service|"
            r"opening|production)\b|"
            r"\b(?:redo|re-?do|remake|re-?cut) (?:requests?|rate)\b|"
            r"\b(?:submitted|submission|in|delivered|lodged|filed|uploaded|handed in) by \d{1,2}[:.]\d{2}\s*(?:am|pm)?(?: on)? "
            r"\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*"
        ),
    ),
    (
        # there from opening to the last one out; contacts with the people served, counted per week; volumes of quotes
        # or visits; a planned round of visits or tests completed
        "effort",
        4.0,
        re.compile(
            r"\bon site from \d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)?\b|\buntil the last (?:[\w-]+ )?(?:trade|person|customer|guest|"
            r"worker|one) (?:leaves|has left|goes)\b"
        ),
    ),
    (
        "activity",
        3.5,
        re.compile(
            r"\bcontacts? (?:with|made with) (?:[\w-]+ ){0,3}(?:per|a|each|every) (?:day|week|month|shift)\b|"
            r"\b(?:quote|quotation|proposal|call|email|visit|meeting|demo|application|outreach) volumes?\b|"
            r"\b(?:control |audit )?(?:testing|tests?|visits?|audits?|inspections?|calls?|checks?|rounds?) "
            r"(?:completion|coverage|completed)\b(?: rate)?[^.;]{0,25}?\b(?:vs|of|against|to) (?:the )?(?:[\w-]+ )?(?:plan|schedule)\b"
        ),
    ),
    (
        # someone's private messages read; results: plates sent back, a first report published with the accounts, a
        # privacy impact assessment done before the decision
        "surveillance",
        4.0,
        re.compile(
            r"\b(?:personal|private) (?:whatsapp|messages|e-?mails|chats|texts|dms|phones?)\b[^.;]{0,30}\b(?:read|monitored|reviewed|"
            r"scanned|checked|screened)\b|\b(?:whatsapp|messages|texts|chats) on (?:work|company|their|staff) phones\b[^.;]{0,20}\b"
            r"(?:read|monitored|reviewed|scanned|checked)\b"
        ),
    ),
    (
        "outcome",
        4.5,
        re.compile(
            r"\b(?:plates?|dishes|meals|orders|items|drinks|garments|parts) (?:sent|returned|coming|handed) back\b|"
            r"\bfirst (?:[\w-]+ ){0,3}(?:report|policy|plan|strategy|framework|model|system|website|app|accounts) "
            r"(?:published|launched|approved|live|adopted|in place|filed)\b|"
            r"\b(?:dpias?|(?:data protection|privacy) impact assessments?)\b"
        ),
    ),
    (
        # hours of supply customers get, nights visitors stay: results of the service, not hours worked
        "outcome",
        4.5,
        re.compile(
            r"\b(?:supply|service|water|power|electricity) hours\b|\bhours (?:per|a) day (?:that |when )?(?:[\w-]+ ){0,3}"
            r"(?:customers|households|residents|users|patients|consumers)(?: [\w-]+){0,4}? (?:receive|get|have)\b|"
            r"\b(?:tourist|visitor|guest|bed|overnight) (?:nights|stays)\b|\bovernight stays\b|"
            # who does the work, not how much of it: "classes taught by a qualified subject specialist"
            r"\b(?:classes|lessons|shifts|posts|beds|routes|cases|sessions|visits|rounds) (?:taught|covered|staffed|filled|led|"
            r"run|seen|done) by (?:an? |the )?(?:[\w-]+ )?(?:qualified|specialist|registered|permanent|trained|certified|"
            r"substantive|accredited|licensed|experienced)\b"
        ),
    ),
    (
        # talks, sessions and workshops put on, counted
        "activity",
        3.0,
        re.compile(
            r"\b(?:health |training |awareness |information )?(?:talks|sessions|workshops|trainings|classes|presentations|webinars|"
            r"briefings)(?: and (?:[\w-]+ ){0,2}(?:talks|sessions|visits))? (?:delivered|given|held|run|conducted)\b"
            r"(?! as (?:published|planned|scheduled|timetabled|promised|advertised)| on (?:time|schedule)| to (?:plan|schedule)|"
            r" in full| (?:vs|versus|against) (?:the )?(?:plan|schedule|timetable))"
        ),
    ),
    (
        # presence: hours on the timesheet in Spanish, a share of the working week in the branch
        "effort",
        4.0,
        re.compile(
            r"\bhoras registradas\b|\bhojas? de tiempos?\b|\bparte de horas\b|"
            r"\b(?:percent|percentage|share|proportion) of (?:the |their |each )?(?:working |work )?(?:week|day|month|hours) "
            r"spent (?:in|at|on) (?:the )?(?:branch|office|site|store|clinic|floor|premises|desk)\b"
        ),
    ),
    (
        # people watched: clocking in and out in French, live location in Spanish, check-ins watched live, a boss reading
        # private messages, cameras timing staff
        "surveillance",
        4.0,
        re.compile(
            r"\bbadgeage\b|\bpointage (?:entr[ée]e|sortie|des (?:horaires|heures))|"
            r"\bubicaci[óo]n (?:gps )?(?:compartida|en tiempo real)|\bgeolocalizaci[óo]n\b|\brastreo (?:gps|de (?:empleados|personal))\b|"
            r"\bmonitored live\b|\blive (?:tracking|location|monitoring) of (?:staff|workers|cleaners|drivers|guards|employees)\b|"
            r"\b(?:reads?|reading|monitors?|monitoring|reviews?|scans?|checks?) (?:[\w'’-]+ ){0,2}(?:personal|private) "
            r"(?:whatsapp|messages|e-?mails|chats|texts|dms|social media)\b|"
            r"\bcameras?\b[^.;]{0,40}\b(?:monitor|track|watch|measure|time|count)s?\b[^.;]{0,30}\b(?:how long|time|minutes)\b"
            r"[^.;]{0,20}\b(?:staff|teachers?|workers?|employees?|agents?|nurses?|drivers?|cashiers?|cleaners?|colleagues?|they|he|she)\b"
        ),
    ),
    (
        # rounds and uploads done: patrol compliance, lesson plans uploaded
        "activity",
        3.5,
        re.compile(
            r"\b(?:patrol|round|checkpoint|guard tour) compliance\b|\bcheckpoints? scanned\b|"
            r"\blesson plans? (?:uploaded|submitted|handed in)\b"
        ),
    ),
    (
        # an audience that grew, a bill or a payment disputed, and a piece of work handed to the body that governs it
        "outcome",
        4.0,
        re.compile(
            r"\b(?:(?:billing|folio|invoice|payment|card|customer) (?:disputes|chargebacks)|chargebacks)\b"
            r"(?![^.;]{0,25}\bper (?:hour|day|shift|agent|week|person|fte)\b)|"
            r"\b(?:number of )?(?:visitors|attendees|audiences?|footfall|admissions|readers|listeners|viewers|members) "
            r"(?:up|down|grew|growing|rose|increased) (?:by )?\d|"
            r"\b(?:completed|finished|written|drafted) and (?:shared with|presented to|approved by|sent to|signed off by) (?:the )?"
            r"(?:[\w-]+ ){0,3}(?:committee|board|trustees|governors|council|panel|regulator|inspectorate)s?\b"
        ),
    ),
    (
        # a patient's own report of their function, before and after; a new way of working agreed and in use
        "outcome",
        4.0,
        re.compile(
            r"\bpatient[- ]reported (?:outcome|function|pain|quality|experience)\w*|\bproms?\b|"
            r"\b(?:change|improvement|gain) (?:in (?:the )?(?:[\w-]+ ){0,3}(?:score|function)\b[^.;]{0,30}?)?from (?:the )?"
            r"(?:first|initial|baseline|admission|referral|intake) (?:to (?:the )?(?:last|final|discharge|exit) )?(?:session|visit|"
            r"assessment|appointment|contact|score)|"
            r"\b(?:agreed|approved|signed off|adopted)\b[^.;]{0,50}?\band (?:in use|live|in place|implemented|rolled out|running)"
            r"(?: from| by)?\b|"
            # work done in the slot it was planned for: "jobs completed in the week planned"
            r"\b(?:completed|delivered|done|finished|shipped) (?:in|within|by|on) (?:the )?(?:week|day|date|slot|window|shift) "
            r"(?:planned|agreed|scheduled|promised|committed|booked)\b"
        ),
    ),
]
_WORKERS = (
    r"(?:crew|staff|workers?|pickers?|employees?|team|drivers?|operatives?|miners?|agents?|colleagues?|moderators?|"
    r"advis[eo]rs?|reps?|nurses?|carers?|technicians?|engineers?|officers?|guards?|cleaners?|handlers?)"
)
_CUES += [
    (
        # a wearable that reads the worker's body: "fatigue score from the mandatory heart-rate wristbands worn by the
        # crew"; a tool that listens for stress in their voice
        "surveillance",
        4.5,
        re.compile(
            r"\b(?:mandatory|compulsory|company[- ]issued|required) (?:[\w-]+ ){0,4}(?:wrist ?bands?|wearables?|"
            r"smart ?watch(?:es)?|fitness trackers?|biometric (?:bands?|sensors?))\b|"
            r"\b(?:wrist ?bands?|wearables?|smart ?watch(?:es)?|fitness trackers?) (?:worn by|issued to|given to) (?:the |our |"
            rf"each |every |all )?{_WORKERS}\b|"
            r"\b(?:stress|emotion|mood|tone|sentiment)(?: markers?| levels?| signals?| scores?)? (?:in|of|from) (?:your|their|"
            r"his|her|the (?:agent|advis[eo]r|rep|colleague|employee)(?:'s|s')?|each (?:agent|advis[eo]r|rep)(?:'s)?) voices?\b|"
            r"\bvoice[- ](?:stress|emotion) (?:analysis|analytics|scores?|markers?|detection)\b"
        ),
    ),
    (
        # presence asked for: "be in the office at least four days a week", "we'd expect you to be available evenings
        # and weekends"; "hours each moderator is logged in to the review queue"
        "effort",
        4.5,
        re.compile(
            r"\b(?:be|being) (?:in|at) (?:the )?(?:office|workplace|site|branch|studio|depot|plant)\b[^.;]{0,30}?\b(?:days?|times?) "
            r"(?:a|per|each|every) week\b|"
            r"\b(?:expect(?:ed|s)?|required|requires?|need(?:ed|s)?) (?:you |staff |them |the team |everyone )?to be (?:available|"
            r"reachable|contactable|on call)\b|"
            r"\bbe (?:available|reachable|contactable) (?:in the )?(?:evenings|weekends|out of hours|after hours|24/7|"
            r"around the clock|at all times)\b|"
            rf"\b(?:hours?|minutes?|time)\s+(?:that\s+)?(?:each|every|the|an?|per|our)\s+(?:[\w-]+\s+)?{_WORKERS}\s+"
            r"(?:is|are|stays?|remains?) (?:logged|signed) (?:in|on)\b|"
            # out early: "van loaded and on the road by 7am every day"
            rf"\b(?:vans?|vehicles?|trucks?|i|we|you|{_WORKERS})\s+(?:[\w-]+\s+){{0,3}}(?:on the road|on site|at (?:the |their |my )?"
            r"(?:desk|depot|yard|station)|in the (?:office|yard|depot)) (?:by|before) \d{1,2}(?:[:.]\d{2})?\s*(?:am|a\.m\.|h)?\b"
        ),
    ),
    (
        # time given to developing others, or spent by the learners: "hours of mentoring given to juniors", "hours
        # booked to apprentice supervision", "hours juniors spend shadowing", "training days booked for apprentices"
        "effort",
        5.0,
        re.compile(
            r"\b(?:hours?|days?|time)\s+(?:of\s+|spent\s+|booked\s+(?:to|for|against)\s+|given\s+to\s+|logged\s+(?:to|for|on)\s+)?"
            r"(?:[\w-]+\s+){0,2}(?:mentoring|coaching|supervision|supervising|shadowing|buddying|study support|tutoring)\b|"
            r"\b(?:hours?|days?|time)\s+(?:that\s+)?(?:the\s+)?(?:juniors?|trainees?|apprentices?|new starters?|students?|cadets?|"
            r"graduates?|interns?)\s+(?:spends?|spent|shadow)\b|"
            r"\btraining days?\s+(?:booked|attended|delivered|given|taken|logged)\b|"
            # cover volunteered for, even when the home is short-staffed
            r"\bvolunteer(?:ing|s|ed)? for (?:extra |additional |weekend |night |holiday |overtime )?(?:cover|shifts|overtime)\b"
        ),
    ),
    (
        # presence and availability in other words: "never leaving before the shop shuts", "always the last car in the car
        # park", "covers 100% of the on-call slots", "replies the same evening"; and in Spanish and German
        "effort",
        4.5,
        re.compile(
            r"\bnever leav\w* (?:before|until)\b|\b(?:always )?(?:the )?last (?:one |person |car |to leave|out)(?:[\w ]{0,20})?"
            r"(?:in the car park|to leave|out of the (?:office|building|shop))\b|\blast car (?:left )?in the car park\b|"
            r"\bcovers? (?:\d+\s*percent|all|every|each) (?:of )?(?:the )?(?:[\w-]+ )?(?:rota|roster|shift|on-call|call-?out) "
            r"(?:slots?|shifts?)\b|"
            r"\b(?:replies|responds|answers|reply|respond|answer)\w* (?:to )?(?:[\w-]+ ){0,2}(?:messages|emails|calls|texts) "
            r"(?:the same evening|at weekends|out of hours|after hours|late at night|before (?:7|8)\s*am)\b|"
            r"\btiempo dedicado\b|\bhoras (?:diarias|presenciales|semanales|de oficina)\b|\bhoras? (?:trabajadas|en la oficina)\b|"
            r"\bzeit (?:im|in der|am) (?:labor|b[üu]ro|werkstatt|lager|office) (?:pro|je) (?:woche|tag|monat)\b|"
            r"\b(?:std\.?|stunden) (?:pro|je) (?:woche|tag)\b"
        ),
    ),
    (
        # a worker placed by their phone or scanner, their messages and their own accounts read by the boss
        "surveillance",
        4.5,
        re.compile(
            r"\bgeo-?fenc\w*\b|\bphones? (?:is |are |stays? |kept )?(?:inside|within|in) (?:the )?(?:site|zone|store|depot) "
            r"(?:boundary|perimeter|area)\b|"
            r"\b(?:handheld|scanner|handset|badge|phone|device|terminal|tablet)(?:'s|s')? (?:location|gps|position) (?:data|logs?|"
            r"pings?|traces?)\b|"
            r"\b(?:slack|teams|whatsapp|signal|telegram|chat) (?:dms?|direct messages|groups?|chats?|messages)\b[^.;]{0,30}?"
            r"\b(?:reviewed|read|monitored|checked|scanned|screened)\b|"
            r"\b(?:monitor|review|read|check|scan|screen)\w* (?:the )?(?:staff|team'?s?|employees'?|workers'?|colleagues'?|their) "
            r"(?:whatsapp|slack|teams|chat|telegram|signal) (?:groups?|messages|chats?|dms?)\b|"
            r"\b(?:team'?s?|staff'?s?|employees'?|workers'?|their|colleagues'?) (?:own |private )?personal (?:instagram|facebook|"
            r"tiktok|social media|twitter|linkedin|x) (?:accounts?|profiles?|pages?)\b"
        ),
    ),
    (
        # tallies in other words: posts to the channels, ideas in the box, a card left at every surgery, names put forward
        # for every role, seen at every dinner, calls per day in French
        "activity",
        4.5,
        re.compile(
            r"\bcontribut\w* (?:regularly |often |weekly )?to (?:the )?(?:team |company |internal )?(?:channels?|newsletters?|intranet|"
            r"slack|forums?|wiki)\b|"
            r"\b(?:lots of|many|more|\d+) ideas (?:in|into|to) (?:the )?suggestion box\b|\bideas (?:submitted|put forward|raised)\b|"
            r"\b(?:puts? out|posts?|publish\w*|shares?) (?:something|a post|content|an? update|[\w-]+ )?(?:new )?on (?:the )?"
            r"(?:feed|channel|page|grid|timeline|blog) every (?:single )?(?:day|week)\b|"
            r"\bshares? (?:\w+ )?(?:[\w-]+ )?(?:insights|posts|updates|articles|tips|ideas) (?:in|on|to) (?:the )?(?:[\w-]+ )?"
            r"(?:slack |teams )?(?:channel|group|forum)\b|"
            r"\bleav\w* (?:a )?(?:card|leaflet|flyer|brochure)s? (?:at|with) every\b|"
            r"\b(?:puts?|putting) (?:names|candidates|cvs|profiles) forward for every\b|"
            r"\b(?:is |be |being )?seen at (?:all|every|each) (?:the )?(?:[\w-]+ )?(?:dinners|events|trade shows|conferences|"
            r"networking events|fairs|meetings)\b|"
            r"\bappels (?:sortants |entrants |passés )?par (?:jour|heure|semaine)\b|\banrufe (?:pro|je) (?:tag|stunde|woche)\b"
        ),
    ),
    (
        # results: a pilot or system live by a date, patents granted, hours of manual work removed, fees recovered
        "outcome",
        4.0,
        re.compile(
            r"\b(?:fee|job|engagement|wip|billing) recovery\b|\bfees? (?:billed|recovered) (?:÷|/|vs\.?|against|as percent of) (?:the )?"
            r"budget\w*|"
            r"\b(?:pilot|scheme|system|platform|service|programme|program|app|portal|policy|process|tool)\b[^.;]{0,30}?"
            r"\b(?:live|launched|rolled out|in place|operational)\b[^.;]{0,30}?\bby (?:the )?(?:end(?: of)? )?(?:q[1-4]|h[12]|"
            r"january|february|march|april|may|june|july|august|september|october|november|december|\d{4}|year[- ]end|"
            r"month[- ]end)\b|"
            r"\b(?:patents?|grants?|licen[cs]es?|permits?|planning permissions?|trademarks?) (?:granted|awarded|won|issued|approved)\b|"
            r"\bhours? of (?:[\w-]+ ){0,3}(?:work|processing|effort|admin|rework|handling) (?:removed|saved|eliminated|automated|"
            r"avoided|freed)\b|\b(?:hours?|time) (?:saved|eliminated|freed up)\b"
        ),
    ),
    (
        # patients left waiting for a bed past a limit: "12-hour trolley waits from decision to admit"
        "outcome",
        4.0,
        re.compile(
            r"\b\d+[- ]hours? (?:trolley |corridor |a&e |ed )?waits?\b|\btrolley waits?\b|"
            r"\bwaits? (?:of|over|longer than|beyond) \d+ (?:hours?|weeks?)\b"
        ),
    ),
    (
        # tills and staff watched on camera: "transactions reviewed on the checkout camera footage"
        "surveillance",
        4.5,
        re.compile(
            r"\b(?:reviewed|checked|watched|audited|viewed|monitored) (?:on|against|through|via|using|from) (?:the )?(?:[\w-]+ )?"
            r"(?:camera|cctv|video|body-?cam) (?:footage|recordings?|feeds?)\b|"
            r"\b(?:camera|cctv|video) (?:footage|recordings?) of (?:the )?(?:staff|cashiers?|employees?|workers?|agents?|drivers?|"
            r"colleagues|operators?|pickers?)\b|"
            r"\b(?:camera|cctv|video) (?:footage|recordings?) (?:is |was |are )?(?:reviewed|checked|watched|viewed|monitored)\b|"
            # "a monthly sample of the paralegal's Teams chats and emails"
            r"\b(?:review|read|monitor|check|scan|sampl)\w* (?:[\w-]+ ){0,5}?(?:[\w-]+(?:'s|s'|’s) |their |staff |employees' )"
            r"(?:teams |slack |whatsapp |private |personal |work )?(?:chats?|messages|dms|emails|e-mails|inbox(?:es)?)\b"
        ),
    ),
    (
        # inspections or visits done against the plan are a tally: "establishments inspected as % of the annual plan"
        "activity",
        4.0,
        re.compile(
            r"\b(?:inspected|visited|audited|called|contacted|screened|assessed|checked|surveyed) as (?:a )?percent of (?:the )?"
            r"(?:annual |monthly |quarterly |weekly )?(?:[\w-]+ )?(?:plan|programme|program|schedule|target)\b|"
            r"\b(?:inspections|visits|audits|calls|assessments|surveys|checks) (?:completed|done|carried out|conducted|made) "
            r"(?:vs\.?|versus|against|as percent of|to) (?:the )?(?:annual |monthly |quarterly )?(?:[\w-]+ )?(?:plan|programme|schedule)\b"
        ),
    ),
    (
        # stories edited, articles written, drafts filed: a tally of the work, not what it achieved
        "activity",
        4.0,
        re.compile(
            r"\b(?:number|count|no\.?|#) of (?:[\w-]+ ){0,3}(?:stories|articles|pieces|posts|drafts|pages|scripts|briefs|"
            r"designs|mock-?ups|wireframes) (?:edited|written|subbed|filed|produced|drafted|created|made|designed|published)\b"
        ),
    ),
    (
        # results of a place, a budget or a plan: hours of a chair, a room or a bay booked; running cost per head;
        # the dispatch plan loaded out in full; what was harvested, mined or shipped, and how heavy it was
        "outcome",
        4.0,
        re.compile(
            r"\b(?:chair|room|theatre|bed|clinic|court|pitch|bay|machine|equipment|slot|surgery|lane|kiln|"
            r"line|rig|plant)[- ]hours?\b|"
            r"\b(?:dispatch|delivery|production|loading|shipping|picking|despatch) plans? (?:was |were |is |are )?(?:fully |"
            r"completely |wholly )?(?:loaded out|loaded|dispatched|despatched|delivered|met|achieved|completed|fulfilled)\b|"
            r"\b(?:tonnes?|tons?|kg|kilograms?|litres?|liters?|hl|hectolitres?|m3|barrels?|bushels?|boxes|cases|crates)\b "
            r"(?:of )?(?:[\w-]+ ){0,3}(?:harvested|produced|shipped|dispatched|hoisted|processed|milled|mined|landed|caught|"
            r"recovered|bottled|packed)\b|"
            r"\b(?:kg|grams?|g|lbs?|pounds?) per (?:fish|animal|head|bird|hectare|acre|cow|pig|lamb|tree|vine|plant)\b|"
            r"\b(?:harvest|slaughter|weaning|market|finishing) weight\b"
        ),
    ),
    (
        # what a head costs is money, not a tally per person: "office running cost per head, EUR per employee per month"
        "outcome",
        5.0,
        re.compile(
            r"(?:\b(?:costs?|spend|expenses?|overheads?)\b[^.;]{0,30}?|(?:[€$£¥₹]|\b(?:eur|usd|gbp|euros?|dollars?|pounds?)) ?)"
            r"\bper (?:head|employee|fte|person|member of staff|staff member)\b"
        ),
    ),
    # From sets_holdout54 and metrics_holdout18, looked at after their first measurement.
    (
        # the share of the work that was reactive, a result of how well the plant is kept: "% of maintenance labour
        # hours spent on unplanned jobs"; people whose own count fell ("frequent callers whose 911 calls fall by half");
        # time or events outside a limit ("turbidity exceedance hours", "cleanroom excursions"); people who give up
        "outcome",
        4.5,
        re.compile(
            r"\b(?:percent|share|proportion) of (?:the )?(?:total |all )?(?:[\w-]+ ){0,2}?(?:labou?r |man[- ]|engineer(?:ing)? |"
            r"technician |maintenance |work(?:ing)? )?hours (?:spent |booked |charged |logged )?(?:on|to|in) (?:the )?"
            r"(?:unplanned|reactive|emergency|breakdown|corrective|rework|re-work|unscheduled|firefighting)\b|"
            r"\b(?:unplanned|reactive|emergency|breakdown|corrective) (?:maintenance |work |labou?r |repair )?hours (?:as (?:a )?"
            r"(?:percent|share|proportion)|/ (?:total|all))|\breactive (?:work|maintenance) (?:share|ratio|percent)"
        ),
    ),
    (
        "outcome",
        3.0,
        re.compile(
            r"\bwhose (?:[\w'’-]+ ){1,5}(?:fall|falls|fell|drop|drops|dropped|declines?|declined|reduces?|reduced|decreases?|"
            r"decreased|halves|halved|improves?|improved)\b|"
            r"\b(?:exceedances?|excursions?)\b|"
            r"\b(?:givers?|donors?|members?|customers?|subscribers?|clients?|patients?|tenants?|users?|learners?|students?|"
            r"volunteers?|supporters?|players?)(?: who)? (?:cancel\w*|lapse[sd]?|lapsing|churn\w*|dropp(?:ed|ing) out|drop out|"
            r"stop(?:ped|ping)? (?:giving|paying|coming))\b|"
            # what an audience did with what was posted: "likes and shares on dealership posts"
            r"\b(?:likes|shares|comments|saves|engagements?|reach|impressions|views)(?: and (?:likes|shares|comments|saves))? "
            r"(?:on|of|per|across) (?:our |the |its |their |each )?(?:[\w-]+ )?(?:posts|content|videos|reels|stories|page|account)\b"
        ),
    ),
    (
        # being there, whoever asks: "% of scheduled 4 a.m. shifts where the apprentice is present on time", "% of
        # fixtures at which the physio is present", "% of weekends available for matchday duty"
        "effort",
        4.0,
        re.compile(
            # (the person's own shifts and fixtures: an interpreter present at a client's booked start is the service
            # delivered on time)
            r"\b(?:shifts?|fixtures?|matche?s|games?|duties|duty days|rota slots?|days|mornings|evenings|nights|markets?) "
            r"(?:[\w-]+ ){0,3}?(?:where|when|at which|in which|on which) (?:the|he|she|they|this) (?:[\w-]+ ){0,2}?"
            r"(?:is|are|was|were) (?:physically )?present\b|\bpresent on time (?:for|at) (?:the |their |his |her )?"
            r"(?:[\w.-]+ ){0,2}?(?:shifts?|rota|duty|start of (?:the |their |his |her )?shift)\b|"
            r"\b(?:percent|share|number) of (?:the )?(?:weekends|evenings|nights|bank holidays|public holidays|holidays|"
            r"days off|rest days|sundays|saturdays) (?:[\w-]+ ){0,2}?(?:available|on call|worked|given up)\b|"
            r"\b(?:weekends|evenings|nights|days off|rest days) (?:made )?available for\b"
        ),
    ),
    (
        # monitoring by sensor, camera or platform: idle gaps logged by a wearable, heart rate read off duty, a bridge
        # camera watching an officer's alertness, a phone sharing its location at all times, seconds taken to accept
        # a ride offer, "control de ubicación GPS del móvil"
        "surveillance",
        4.0,
        re.compile(
            r"\bidle (?:gaps?|periods?|spells?|mins?|minutes)\b|\b\d+\s*(?:mins?|minutes?) idle\b|"
            r"\bmovement (?:and idle (?:gaps|time) )?(?:logged|tracked|recorded|data)\b|"
            r"\blogged by (?:the |a |their |each )?(?:wearable|wrist|body|handheld)|"
            r"\bheart[- ]rate (?:monitoring|tracking|data|readings?) of\b|"
            r"\b(?:monitor\w*|track\w*|location|gps)\b[^.;]{0,40}\b(?:while|when|whilst) off[- ]duty\b|"
            r"\b(?:camera|cctv|video) (?:reviews?|footage|monitoring|checks?) of (?:the )?(?:[\w-]+ ){0,2}(?:alertness|fatigue|"
            r"behaviou?r|staff|crew|drivers?|workers?|officers?|operators?|watchkeepers?|oows?)\b|"
            r"\bshar(?:e|es|ing) (?:his|her|their|its|the|a) (?:live )?location\b|"
            r"\b(?:seconds|time) (?:taken )?to (?:tap|accept|respond to|answer) [^.;]{0,25}\b(?:ride|job|delivery|order|trip|"
            r"shift) (?:offers?|requests?)\b|"
            r"\b(?:control|rastreo|seguimiento|monitoreo|monitorizaci[oó]n) (?:de )?(?:la )?(?:ubicaci[oó]n|localizaci[oó]n)\b|"
            r"\bgps del (?:m[oó]vil|tel[eé]fono|celular)\b"
        ),
    ),
    (
        # visits and events hosted, counted against a plan, are still a count of events: "School groups hosted vs plan"
        "activity",
        3.0,
        re.compile(
            r"\b[\w-]+s (?:hosted|held|run|given|conducted|attended|visited|organi[sz]ed|facilitated|chaired|taught|presented) "
            r"(?:vs\.?|versus|against|compared (?:to|with)) (?:the )?(?:plan|target|budget|schedule)\b"
        ),
    ),
    # From sets_holdout55 and metrics_holdout19, looked at after their first measurement.
    (
        # work that met its standard, people in jobs soon after, money lent, an agreed piece of work
        "outcome",
        4.0,
        re.compile(
            r"\bthat (?:met|meet|meets|passed|pass|passes) (?:the |our |its )?(?:definition of done|dod|acceptance criteria|"
            r"quality bar|quality standard|standard)\b|"
            r"\bin (?:jobs?|work|employment|education|training|further study)\b(?: or (?:[\w-]+ ){1,2})? within \d+ (?:weeks|months)\b|"
            r"(?:[$€£]|\b(?:usd|eur|gbp|myr|cad|aud)) ?funded\b|\bfunded (?:volume|value|amount|balances?|loans?)\b|"
            r"\bfunded from\b|\bagreed (?:[\w-]+ ){0,2}(?:case stud\w*|reports?|releases?|deliverables?|designs?|plans?)\b"
        ),
    ),
    (
        # presence and time put in, in other words: years without a missed shift, desk occupancy over the working week,
        # time set aside for a ceremony, minutes of extra tuition given, "Arbeitszeit pro Woche"
        "effort",
        4.0,
        re.compile(
            r"\bwithout (?:a |an |any )?(?:missed|lost|skipped) (?:shifts?|days?|turns?)\b|"
            r"\bdesk occupancy\b[^.;]{0,25}\bof (?:the |their |his |her )?(?:working )?(?:week|day|time|hours)\b|"
            r"\btime (?:dedicated|devoted|allocated|set aside) (?:to|for)\b|"
            r"\b(?:minutes|hours|mins|hrs) of (?:extra |additional |one-to-one |1:1 |after-school )?(?:tuition|tutoring|coaching|"
            r"teaching|support|mentoring|supervision) (?:given|provided|delivered|offered)\b|"
            r"\barbeitszeit\b|\bstunden pro woche\b"
        ),
    ),
    (
        # monitoring by software or camera: typing cadence, reading time logged by the DMS, a live agent-state board,
        # AI cameras that identify each nurse
        "surveillance",
        4.0,
        re.compile(
            r"\btyping (?:cadence|rhythm|patterns?|activity|speed sampled)\b|"
            r"\b(?:sampled|monitored|recorded|logged|watched) continuously\b|\bcontinuously (?:sampled|monitored|recorded|logged|watched)\b|"
            r"\b(?:reading|viewing|dwell|screen) time\b[^.;]{0,40}\b(?:measured|logged|tracked|recorded|captured) by (?:the |our )?"
            r"(?:dms|system|software|tool|app|platform)\b|"
            r"\bagent (?:state|status)\b|\bready ?/ ?not ready\b|\bnot[- ]ready (?:time|state|status)\b|"
            r"\bcameras? that (?:identify|recogni[sz]e|track|follow|watch)\b|\b(?:ai|facial[- ]recognition) (?:ceiling )?cameras?\b|"
            r"\bidentif(?:y|ies) each (?:nurse|worker|employee|member of staff|staff member|person|agent|driver)\b"
        ),
    ),
    (
        # a tally named by what was done, with where, to whom or when after it: "Brochures handed out at events",
        # "Referrals made to other services", "Proposals submitted this quarter", "Backlog items groomed"
        "activity",
        2.5,
        re.compile(
            r"^(?!.*\b(?:rate|ratio|share|percent|per \d|value|average|mean|median|sales|revenue|income|profit|on time|in full|"
            r"within|first time|right first|without|accepted|approved|won|passed|converted|resolved|errors?|defects?|"
            r"complaints?|that|which|who|led to|result\w*|deadline|due|schedule|sla))(?:[\w&'/-]+ ){0,2}\w+s (?:handed out|"
            r"given out|put up|groomed|launched|made|done|submitted|sent|posted|distributed|conducted|carried out|attended|"
            r"hosted|written|logged)"
            r"(?: (?:at|across|to|by|in|on|for|from|during|with|per|each|every|this|around) (?:[\w'-]+ ){0,3}?[\w'-]+)?\s*[.!]?\s*$|"
            # ... and in French, Spanish or German, per day, week or month: "Visites clients par semaine"
            r"\b(?:visites?|appels?|rendez-vous|r[ée]unions?|courriels?|devis|llamadas|visitas|reuniones|besuche|anrufe|termine)"
            r"(?: [\w'-]+){0,2} (?:par|por|pro) (?:jour|semaine|mois|d[ií]a|semana|mes|tag|woche|monat)\b"
        ),
    ),
    # From metrics_holdout20, looked at after its first measurement.
    (
        # an asset's rate of work and output that met its standard are results: "crane moves per hour (gross berth
        # productivity)", "drilling metres per shift meeting core recovery > 95%"; an agreed piece of work by a date,
        # written as an instruction: "Sign off the new supplier code with all tier-1 suppliers by Q3"
        "outcome",
        4.0,
        re.compile(
            r"\b(?:berth|crane|quay|terminal|gross crane|gross berth) productivity\b|\bcrane (?:moves|lifts) per (?:hour|hr)\b|"
            r"\bmeeting (?:the |our |its )?(?:[\w-]+ ){0,2}(?:spec(?:ification)?s?|standards?|tolerances?|recovery|quality)\b|"
            r"^(?:sign off|complete|deliver|launch|roll out|implement|publish|agree|introduce|set up|establish|finali[sz]e)\b"
            r".{0,80}\bby (?:q[1-4]|end of|the end of|\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
        ),
    ),
    (
        # being there and reachable, in Dutch and in hours: "Aanwezigheid bij alle teamoverleggen", "available 9-6"
        "effort",
        4.0,
        re.compile(
            r"\baanwezigheid\b|\baanwezig (?:bij|op|in)\b|"
            r"\bavailable (?:from )?\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm)?\s*(?:-|–|to|until|till)\s*\d{1,2}\b"
        ),
    ),
    (
        # tallies in Dutch: "Aantal verstuurde offertes per maand"
        "activity",
        3.0,
        re.compile(
            r"\baantal (?:verstuurde|verzonden|gevoerde|gemaakte|gebelde|bezochte|geplaatste|geschreven)\b|"
            r"\b(?:offertes|bezoeken|klantbezoeken|gesprekken|telefoontjes|belletjes|e-?mails|posts) per (?:dag|week|maand)\b"
        ),
    ),
    (
        # a worker's body and an idle computer: "Biometric heart-rate data from wearables during shifts", "Tiempo de
        # inactividad del ordenador por día"
        "surveillance",
        4.0,
        re.compile(
            r"\bbiometric (?:data|readings?|monitoring|tracking)\b|\bheart[- ]rate (?:data|readings?) from\b|"
            r"\binactividad (?:del|de la|en el|en la) (?:ordenador|pc|pantalla|equipo|computador|teclado)\b"
        ),
    ),
    # From metrics_holdout21, looked at after its first measurement.
    (
        # results: people left too long in a bad state, work in before its expiry, an absence rate across staff, a
        # search's find rate, animals sound at the recheck, a campaign delivered to brief by its date
        "outcome",
        5.0,
        re.compile(
            r"\b(?:households|families|people|patients|children|clients|tenants|residents|prisoners|pupils)\b (?:[\w&-]+ ){0,3}?"
            r"(?:for|over) (?:more than|longer than|over) (?:\w+) (?:days|weeks|months)\b|"
            r"\bbefore (?:the |its |their )?(?:[\w-]+ )?(?:expiry|deadline|due date|expiration)\b|"
            r"\b(?:sickness )?absence (?:days )?per (?:fte|employee|head)\b|\bsickness absence rate\b|"
            r"\bresulting in (?:a |an )?(?:positive|successful|good)\b|\b(?:find|hit) rate\b|"
            r"\b(?:sound|healthy|lame-free|pain-free|well) at (?:the )?(?:\d+[- ](?:week|month|day)s? )?(?:re-?check|review|follow-?up)\b|"
            r"\bdelivered to brief\b|\bby (?:the )?(?:launch|go-live|opening) date\b"
        ),
    ),
    (
        # time put in and offered: availability hours pledged, hours on the tower, early arrivals and late departures
        # as dedication, willingness to pick up extra shifts, "heures de bénévolat effectuées"
        "effort",
        4.0,
        re.compile(
            r"\bavailability hours\b|\bhours pledged\b|\bhours on (?:the )?(?:tower|duty|station|the floor)\b|"
            r"\bearly arrivals? and late departures?\b|\bas a (?:measure|sign|proof) of (?:dedication|commitment|loyalty)\b|"
            r"\bwillingness to (?:pick up|take on|work|cover|stay)\b|\bpick up extra (?:bank )?shifts\b|"
            r"\bheures (?:de [\w-]+ )?effectu[ée]es\b|\bheures de b[ée]n[ée]volat\b|\bheures travaill[ée]es\b"
        ),
    ),
    (
        # monitoring dressed as wellbeing or safety: step counts shared with a team leader, attendance tracked through
        # Wi-Fi logins, headset audio analysed for stress, a camera in a crew cabin
        "surveillance",
        4.5,
        re.compile(
            r"\b(?:fitbit|garmin|apple watch)\b|\bstep counts? shared\b|"
            r"\b(?:tracked|monitored|measured|recorded) (?:via|through|by|using) (?:[\w-]+ ){0,2}(?:wi-?fi|logins?|"
            r"badge|card swipes?|gps|cameras?|location)\b|"
            r"\bstress detection\b|\bheadset audio\b|\bbreak times? analysed\b|"
            r"\b(?:cabin|bedroom|dormitory|locker room|rest area|break room|bunk) cameras?\b|\bcameras? used to check\b"
        ),
    ),
    (
        # tallies: events coordinated, trees planted, reviews held every N weeks, "Número de talleres impartidos",
        # "Anzahl der durchgeführten Hausbesuche"
        "activity",
        3.0,
        re.compile(
            r"^(?:[\w&'/-]+ ){0,2}\w+s (?:coordinated|planted)\s*[.!]?\s*$|"
            r"\b\w+s held (?:every|each) (?:\d+ )?(?:days?|weeks?|months?)\b|"
            r"\bn[uú]mero de (?:talleres|visitas|llamadas|reuniones|sesiones|charlas|cursos|publicaciones|correos)\b|"
            r"\banzahl der (?:durchgef[uü]hrten|gef[uü]hrten|get[aä]tigten|versendeten|besuchten|geschriebenen)\b"
        ),
    ),
    # From sets_holdout57, looked at after its first measurement.
    (
        # the share of time equipment works to standard is a result: "% of time primary lights and buoys are operating"
        "outcome",
        5.0,
        re.compile(
            r"\b(?:percent|share) of (?:the )?time (?:[\w-]+ ){0,4}?(?:are|is) (?:operating|working|available|in service|"
            r"functioning|running|lit|on station)\b"
        ),
    ),
    (
        # a company wristband's readings, CCTV reviewed for a person's interactions, a GPS-tracked route
        "surveillance",
        4.5,
        re.compile(
            r"\b(?:company |staff |work )?wristbands?\b|\bstress readings?\b|"
            r"\breview(?:s|ed)? of (?:the )?cctv\b|\bcctv footage of (?:the )?(?:[\w'’-]+ ){0,2}(?:interactions|staff|assistants?|"
            r"workers?|employees?|carers?|teachers?)\b|\bgps[- ]tracked\b"
        ),
    ),
    # From the specialist families of 29 Nov (a misused metric a helper wrote that passed).
    (
        # a count of what the role itself raised or sent: "Number of queries raised by the CRA"; what customers,
        # staff or auditors raise is demand or a result, not this role's activity
        "activity",
        3.5,
        re.compile(
            r"\b(?:number of|no\.? of|count of) (?:[\w-]+ ){0,3}?[\w-]+s (?:raised|issued|sent|logged|opened|made|filed|"
            r"written|submitted|created) by (?:the |each |every |our |a )?(?!(?:customers?|clients?|users?|patients?|"
            r"members?|residents?|tenants?|guests?|(?:the )?public|auditors?|regulators?|inspectors?|staff|employees|"
            r"colleagues|pupils|students|parents|partners|suppliers|vendors|shoppers|callers|citizens|complainants|"
            r"third parties|sites?|investigators?|others|managers|teams|stakeholders|the business)\b)[\w-]+\b"
        ),
    ),
    # From sets_holdout58 and metrics_holdout22, looked at after their first measurement.
    (
        # a worker's location data put to another use, and cameras on breaks in German
        "surveillance",
        4.0,
        re.compile(
            r"\b(?:location|gps|tracking|lone[- ]worker(?: safety)? app) data (?:is |are )?(?:used |reviewed |pulled )?"
            r"(?:to|for) (?:check|monitor|track|verify|review|assess|audit|rate|score)\w*\b|"
            r"\b(?:kamera|video)(?:ü|ue)berwach\w*"
        ),
    ),
    (
        # answering the boss within minutes, and time on the phones as "productive hours"
        "effort",
        4.0,
        re.compile(
            r"\bresponse times? to (?:the |my |their |a |your |his |her )?(?:line )?(?:manager|supervisor|boss|team ?lead(?:er)?)"
            r"(?:'s|’s|s)? (?:[\w-]+ )?(?:messages|pings|chats|emails|texts)\b|\bproductive hours\b|"
            r"\bhours (?:per|a|each) (?:agent|advisor|adviser|rep|person|head|fte) (?:[\w-]+ )?on (?:the )?(?:phones?|calls?|tools)\b"
        ),
    ),
    (
        # a resuscitation's result; a piece of work in place before a dated start
        "outcome",
        4.0,
        re.compile(
            r"\brosc\b|\breturn of spontaneous circulation\b|"
            r"\b(?:set up|in place|live|installed|launched|rolled out|implemented|up and running)\b.{0,60}?\b(?:by|before)\b.{0,40}?"
            r"\b(?:\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|"
            r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{1,2}\b|q[1-4]\b)"
        ),
    ),
    (
        # people leaving the team is a result of how it is run: "Desk attrition: % of analysts leaving"
        "outcome",
        2.0,
        re.compile(
            r"\b(?:attrition|staff turnover|employee turnover|leavers|regretted (?:attrition|leavers|losses))\b"
        ),
    ),
    # From sets_holdout59 and metrics_holdout23, looked at after their first measurement.
    (
        # movements logged by tags worn by people, radio talk recorded for review, a chat tool's 'Available'
        # status as a share of the day, idle time tracked in Spanish
        "surveillance",
        4.5,
        re.compile(
            r"\b(?:proximity|rfid|location|tracking|bluetooth) tags?\b.{0,60}\b(?:log|record|track)\w* (?:every|each|all) "
            r"(?:movement|move|location|step)s?\b|\blog(?:s|ged)? (?:every|each) (?:movement|move|step)\b|"
            r"\b(?:radio|phone|headset) (?:chatter|conversations?|talk|calls?) (?:\w+ )?(?:recorded|monitored|listened to) and "
            r"(?:reviewed|checked|scored|audited)\b|"
            r"\b(?:shown|showing|marked|set|appearing) as ['\"‘’“”]?(?:available|active|online|green)['\"‘’“”]? (?:in|on) "
            r"(?:teams|slack|skype|zoom|the (?:phone|chat) system)\b|"
            r"\bseguimiento (?:telem[aá]tico|gps|por gps)\b|\btiempo inactivo\b"
        ),
    ),
    (
        # time booked on a timesheet as a share of the hours available
        "effort",
        4.0,
        re.compile(r"\btimesheet (?:utili[sz]ation|hours|compliance|completion)\b"),
    ),
    (
        # jobs attended counted per shift: "aircraft turnarounds attended per shift"
        "activity",
        4.0,
        re.compile(r"\b[\w-]+s attended (?:per|each|every|a) (?:shift|day|week|month|night)\b"),
    ),
    (
        # audits failed are a result; shifts covered by volunteers are what a coordinator achieves
        "outcome",
        4.0,
        re.compile(
            r"\baudit (?:fails|failures)\b|\bfail(?:s|ed|ures)? (?:at|on|in) (?:the )?(?:[\w-]+ )?audits?\b|"
            r"\b(?:shifts?|rota slots?|sessions) (?:covered|filled) by (?:volunteers|bank staff|agency staff|relief staff)\b"
        ),
    ),
    (
        # a driver's stops counted from the tracker: "unplanned stops per day (telematics)"; a line's unplanned
        # stops are downtime, a result
        "surveillance",
        3.5,
        re.compile(
            r"\b(?:unplanned|unscheduled|unauthori[sz]ed|unapproved) stops\b.{0,40}\b(?:telematics|gps|trackers?|tachograph)\b|"
            r"\b(?:telematics|gps|trackers?)\b.{0,40}\b(?:unplanned|unscheduled|unauthori[sz]ed|unapproved) stops\b"
        ),
    ),
    (
        # watching people in other words: a camera that verifies each worker's actions, a face read by software, a
        # score built from messages sent and online presence, a location polled every few minutes, searches of a
        # worker's own phone or bag
        "surveillance",
        4.5,
        re.compile(
            r"\bcamera[- ](?:verified|checked|confirmed|observed|monitored|audited)\b.{0,50}\bper "
            rf"(?:{_WORKERS}|person|head|individual)\b|"
            # (a face read for feeling or attention; not a recognition model's own accuracy)
            r"\b(?:facial|face) (?:expressions?|emotions?|analysis|coding|scan\w*)\b(?!.{0,20}\b(?:model|algorithm|precision|recall)\b)|"
            r"\bemotion (?:recognition|detection|ai|analytics)\b|"
            r"\b(?:built|computed|derived|calculated|scored) from\b.{0,40}\b(?:messages sent|online presence|presence|"
            r"online status|logins?|log-?ins?|keystrokes|mouse activity|active time)\b|"
            r"\b(?:location|position|whereabouts|gps)(?: fix)? (?:checked|pinged|polled|logged|recorded|tracked|captured|reported|sent)\b"
            r".{0,40}\bevery \d+ ?(?:s|secs?|seconds?|mins?|minutes?)\b|"
            r"\b(?:searches|checks|inspections) of (?:workers'|staff's|employees'|(?:the |their |a )?(?:worker|employee|staff member)'s|"
            r"their) (?:personal |own |private )?(?:phones?|mobiles?|bags?|lockers?|cars?|devices?)\b"
        ),
    ),
    (
        # a number kept to show commitment: "volunteering hours per staff member to show commitment to the mission"
        "effort",
        4.0,
        re.compile(
            r"\bto (?:show|prove|demonstrate|evidence|signal) (?:their |our |your |staff |team |the team's )?"
            r"(?:commitment|dedication|loyalty|devotion|team spirit|flexibility|willingness|buy-in)\b"
        ),
    ),
    (
        # a state found at an inspection or survey is a result: "% live grass cover at the spring outfield survey";
        # and so is the time a system was down: "hours the ERP was unavailable to users"
        "outcome",
        2.0,
        re.compile(
            r"\b(?:at|in|from) the (?:[\w-]+ ){0,3}(?:survey|inspection|census|condition assessment|stock ?take)\b|"
            # (a system's, not a person's: "hours staff were unavailable on Teams" is presence)
            r"\b(?:hours|minutes|time|days) (?:that )?(?:the |our )?(?:(?!(?:staff|employees?|agents?|workers?|people|reps?|"
            r"advis[eo]rs?|nurses?|drivers?|colleagues?|members?|he|she|they|you|i|we)\b)[\w-]+ ){1,3}(?:was|were|is|are|went|stayed) "
            r"(?:unavailable|down|offline|out of (?:service|action)|inoperable)\b"
        ),
    ),
    (
        # footage of the person reviewed for how they behave: "review of control-room camera footage for inattention"
        "surveillance",
        4.5,
        re.compile(
            r"\b(?:camera|cctv|video|body-?cam|dash-?cam|webcam) (?:footage|recordings?|feeds?|stills?)\b.{0,40}\bfor "
            r"(?:signs of )?(?:inattention|attentiveness|idle\w*|lapses|breaks|phone use|slacking|time-?wasting|dozing|"
            r"sleeping|alertness|posture|behaviou?r|conduct|focus)\b"
        ),
    ),
    (
        # the staple words of effort and monitoring in Portuguese and Dutch: "horas dedicadas ao atendimento",
        # "aantal gewerkte uren per week", "registratie van in- en uitlogtijden", "monitoramento por câmeras"
        "effort",
        4.0,
        re.compile(
            r"\bhoras (?:dedicadas|gastas|investidas|semanais|diárias|diarias)\b|\btempo dedicado\b|"
            r"\b(?:gewerkte|gemaakte|geregistreerde) uren\b|\baantal uren\b|\boveruren\b|\baanwezigheid(?:sgraad|spercentage)?\b|"
            # no sick leave taken is attendance: "% of rostered duties worked, no sick leave"
            r"\bno sick(?:ness)? (?:leave|days|absence)\b|\bwithout (?:any )?sick(?:ness)? (?:leave|days|absence)\b|"
            # (and in Spanish: "días trabajados sin ausencias")
            r"\bd[ií]as trabajados\b|\bsin ausencias\b|\bd[ií]as sin faltar\b|\bdias trabalhados\b|\bsem faltas\b|"
            # volunteering for extra cover is time given, whatever it is called ("Ownership - volunteers for weekend cover")
            r"\bvolunteers? for (?:extra |additional |weekend |evening |night |holiday |on-?call )+(?:cover|shifts?|duty|duties|work)\b"
        ),
    ),
    (
        "surveillance",
        4.5,
        re.compile(
            r"\b(?:monitoramento|rastreamento|vigilância|vigilancia) (?:por |de |dos |das |da |do )(?:c[âa]meras?|gps|"
            r"operadores|funcion[áa]rios|colaboradores|trabalhadores|motoristas|tela|teclado)\b|"
            r"\b(?:in- en uitlog|inlog- en uitlog|in- en uitklok)tijden\b|\binlogtijden\b|\btoetsaanslagen\b|\bschermtijd\b|"
            r"\bcameratoezicht\b|\b(?:monitoring|tracking|volgen) van (?:medewerkers|werknemers|chauffeurs|personeel)\b|"
            # the body's data from a worn device, staff's emails read by their boss, staff located or filmed
            r"\b(?:heart[- ]rate|fatigue|sleep|biometric|stress|steps?)(?: and [\w-]+)? data from (?:the |a |our |their )?"
            r"(?:company|employer|work|mandatory|issued)?[- ]?(?:wearables?|wrist ?bands?|smart ?watch(?:es)?|trackers?)\b|"
            r"\b(?:emails?|messages?|chats?|texts?) (?:read|opened|screened) (?:and [\w-]+ )?by (?:the |their |a )?"
            r"(?:supervisor|manager|team lead(?:er)?|boss)\b|"
            r"\blocation tracking of (?:the |our |all )?(?:[\w-]+ ){0,3}(?:staff|workers|employees|team|coordinators?|carers?|"
            r"drivers?|technicians?|officers?|cleaners?|nurses?)\b|"
            r"\bmonitoring (?:the |our |each )?(?:[\w-]+ ){0,3}on (?:cctv|camera|video)\b|"
            # a person's messages scored by software: "chat and email messages rated compliant by the message-review tool"
            r"\b(?:chat|email|e-mail|slack|teams)(?: and (?:chat|email|e-mail|slack|teams))? messages\b.{0,50}\b(?:message[- ]review|"
            r"monitoring|scanning|surveillance|compliance|review) (?:tool|software|system|bot)\b"
        ),
    ),
    (
        # an audience's response is not the poster's activity: "Facebook likes on the page", "Instagram followers"
        # (whether it belongs to the role is the off-role check's question)
        "outcome",
        2.0,
        re.compile(r"\b(?:likes|followers|subscribers)\b(?! (?:bought|purchased|paid for))"),
    ),
    (
        # time on the phone is time put in: "Hours of talk time on the phone system"
        "effort",
        3.0,
        re.compile(r"\bhours? of (?:talk|phone|call|screen|desk|logged[- ]in) time\b"),
    ),
    (
        # a piece of work with a date: "CPQ integration in production by end of Sprint 14", "Abschluss ... bis 31.10.";
        # content that ranks: "% of blog posts ranking on page 1 for their target term"
        "outcome",
        3.0,
        re.compile(
            r"\b(?:ranking|ranked|ranks?|reaching|reach) (?:on |in )?(?:page (?:1|one)|position (?:1|one)|the top \d+)\b|"
            r"\b(?:integration|migration|release|feature|system|platform|module|upgrade|rollout|roll-out|pipeline)\b.{0,30}"
            r"\b(?:in|into|live in) production by\b|"
            r"\b(?:abschluss|fertigstellung|einf[üu]hrung|inbetriebnahme|umstellung|freigabe)\b.{0,60}\bbis (?:zum |ende )?\d"
        ),
    ),
    # From sets_holdout62 and metrics_holdout26, looked at after their first measurement.
    (
        # deliveries kept to the date the customer asked for: a schedule kept for someone else, not a worker's
        # adherence to their own rota
        "outcome",
        4.0,
        re.compile(
            r"\b(?:delivery|deliveries|production|shipment|shipping|dispatch|build|maintenance|project|route|timetable|service) "
            r"schedule adherence\b|\b(?:to|by|on|against) (?:the )?customer[- ](?:requested|promised|agreed|committed|confirmed) "
            r"(?:date|day|time|slot)\b|"
            # a timetable kept: "Punctuality (on-time departures)", "punctuality of the route"
            r"\bpunctuality\W+(?:[\w-]+ ){0,2}(?:departures|arrivals|services|trips|runs|journeys|flights|deliveries|trains|buses)\b|"
            r"\bpunctuality of (?:the |our |each )?(?:[\w-]+ )?(?:bus|buses|trains?|services?|routes?|flights?|departures|arrivals|"
            r"deliveries|fleet|timetable|ferry|ferries|trams?)\b"
        ),
    ),
    (
        # the people served turning up or keeping to their care is the result of the work: "clients on treatment who
        # attended their scheduled visit", "women having attended the recommended antenatal contacts"
        "outcome",
        4.0,
        re.compile(
            r"\b(?:clients|patients|pupils|students|women|mothers|children|residents|participants|learners|service users|"
            r"families|tenants|infants|babies|members of the public)\b(?: [\w'’-]+){0,12}? (?:who |that |having )?"
            r"(?:attended|attend(?:ing|s|ance)?|kept (?:their|the)|collected (?:their|the)|join(?:ing|ed|s)?|tak(?:ing|es) part|took part|"
            r"participat\w+)\b"
        ),
    ),
    # From metrics_holdout31, looked at after its first measurement.
    (
        # where staff are, proved by their phones; a score built from their messages; a tracker they must wear
        "surveillance",
        4.5,
        re.compile(
            r"\b(?:phones?|devices?|handsets?|locations?|gps)\b.{0,40}?\b(?:checked|pinged|polled|tracked)\b.{0,40}?\bto "
            r"(?:prove|confirm|check|verify|show)\b|\bto prove (?:they|he|she|staff|carers|drivers|workers|the (?:carer|driver|worker))"
            r" (?:are|were|is|was) (?:at|on|in)\b|"
            r"\b(?:score|index|rating|metric)\b (?:from|based on|derived from|built from|measured from|using) (?:the |a |their )?"
            r"(?:[\w-]+ ){0,2}(?:message|chat|email|e-mail|slack|teams) (?:volume|counts?|activity|traffic)\b|"
            r"\b(?:wearing|wear|worn) (?:a |the |their |company )?(?:step[- ]?trackers?|fitness trackers?|wearables?|smart ?watch(?:es)?|"
            r"wrist ?bands?|activity trackers?|pedometers?)\b"
        ),
    ),
    (
        # the same ask made of every customer, or every family phoned so many times: "loyalty card ask rate",
        # "room upgrade offered at check-in - 95% compliance", "families phoned at least twice a term"
        "activity",
        4.0,
        re.compile(
            r"\bask rate\b|\b(?:upgrades?|upsells?|add-?ons?|offers?|loyalty cards?|sign-?ups?)\b.{0,30}?\b(?:offered|asked|mentioned|"
            r"suggested|pitched)\b.{0,40}?\bcompliance\b|"
            r"\b(?:phoned|called|rung|texted|emailed|contacted|visited|seen) at least (?:once|twice|three times|\d+ times|\w+ times)\b|"
            # visits against a number: "Home fire safety visits: 110% of watch target", "Field visits: 60/month"
            r"\bvisits?\b[^.;]{0,40}?(?:\b\d+\s*(?:%|percent)\s*of (?:the )?(?:[\w-]+ ){0,2}target|\b\d+\s*(?:/|per )\s*(?:month|mo|week|wk|day|quarter)\b)"
        ),
    ),
    # units of dental activity, however many are delivered: activity by its very name
    ("activity", 5.0, re.compile(r"\b(?:udas?|units of dental activity|uoas?|units of orthodontic activity)\b")),
    # From metrics_holdout32, looked at after its first measurement.
    (
        # a routine done to a timetable, counted as compliance: "every exercise book marked fortnightly", "rounding done
        # hourly on every bed", "statutory visits every 10 working days", "thank-you call made for 100% of gifts"
        "activity",
        4.0,
        re.compile(
            r"\b(?:every|each|all) (?:[\w-]+ ){0,4}(?:marked|checked|visited|seen|called|reviewed|inspected|audited|done|phoned)"
            r" (?:daily|weekly|fortnightly|monthly|hourly|termly|every (?:day|week|shift|fortnight|month|term|\d+ \w+))\b|"
            r"\b(?:done|completed|carried out|performed|made|undertaken) (?:hourly|daily|every (?:hour|shift|day|\d+ (?:working )?"
            r"(?:days|hours|weeks)))\b|"
            r"\bvisits? (?:to (?:[\w-]+ ){1,4})?every \d+ (?:working )?(?:days|weeks)\b|"
            r"\bcalls? made (?:for|to) (?:100 ?(?:%|percent)|every|each|all)\b|"
            # "outbound follow-up calls and emails made to customers"
            r"\b(?:outbound |follow-up |outreach |courtesy |welcome )*(?:calls|emails|texts|messages|letters|follow-ups)"
            r"(?: and (?:[\w-]+ )?(?:calls|emails|texts|messages|letters|visits))? (?:made|sent|placed) to\b"
        ),
    ),
    # cameras kept on in meetings as a score of engagement
    (
        "surveillance",
        4.5,
        re.compile(
            r"\bcameras? (?:switched |turned )?on (?:in|during|for|throughout) (?:the )?(?:[\w-]+ )?(?:meetings|calls)\b"
        ),
    ),
    # the people served still coming: "members still visiting 2+ times a week at month 3"
    (
        "outcome",
        3.5,
        re.compile(
            r"\b(?:members|customers|clients|patients|users|subscribers|learners|students|residents) (?:still )?(?:visiting|attending|"
            r"coming|using the (?:gym|club|service|app|centre|center))\b"
        ),
    ),
    (
        # hours logged to a daily quota, or flown and worked up to the legal limit
        "effort",
        4.0,
        re.compile(
            r"\b\d+(?:\.\d+)?\s*(?:hrs?|hours)\s*(?:/|per|a|each)\s*(?:day|week|wk|shift)\b(?:[^.;]{0,20}\b(?:recorded|logged|booked|"
            r"charged|utilisation|utilization))?|"
            r"\b(?:duty|flying|flight|driving|working) hours\b[^.;]{0,40}?\b(?:of|to) (?:the )?(?:legal|regulatory|contractual) "
            r"(?:maximum|max|limit)\b"
        ),
    ),
    # From metrics_holdout40 (measures as written in job adverts, bonus schemes, contracts and board papers), after
    # its first measurement.
    (
        # the things a person does, counted: "the number of samples you process", "number of MPs briefed", a bonus "for
        # every 100 customer calls", "salting runs completed"
        "activity",
        5.0,
        re.compile(
            r"\bnumber of [\w ,-]{1,40}? (?:you|they|he|she) (?:process|handle|make|send|complete|do|see|visit|call|write|log|"
            r"screen|test|answer|review|brief|contact|attend)\b|"
            r"\bnumber of (?:[\w-]+ ){0,3}(?:briefed|lobbied|canvassed|visited|phoned|emailed|called)\b(?! (?:back )?within)|"
            r"\bfor every \d[\d,]* (?:[\w-]+ ){0,2}(?:calls|visits|emails|meetings|posts|demos|appointments|contacts|dials|"
            r"interviews|doors)\b|"
            r"\b(?:salting|gritting|collection|cleaning|patrol|inspection|spraying|mowing|sweeping|litter|bin) (?:runs|rounds|"
            r"sweeps|passes|patrols|circuits) (?:completed|done|carried out|made)\b(?! (?:on|within|by|to|without|with no|as))"
        ),
    ),
    (
        # a laptop's app-usage breakdown gone through at the 1:1; on site at each block two days a week
        "surveillance",
        5.0,
        re.compile(
            r"\b(?:laptop|pc|computer|desktop|phone|device)s? app[- ]usage\b|\bapp[- ]usage (?:breakdown|report|data|logs?)\b"
        ),
    ),
    (
        "effort",
        5.0,
        re.compile(
            r"\bon[- ]site (?:at|in) (?:each|every|the) [\w-]+ (?:for )?(?:at least|minimum|min\.?) \d+ days?\b|"
            r"\bat least \d+ days? ?(?:/|per|a) ?week (?:on[- ]site|in the office|at (?:the )?(?:site|office|block|branch))\b"
        ),
    ),
    # From metrics_holdout43 (sales, agencies, software, consulting, finance and HR as their dashboards and comp plans
    # write them), after its first measurement.
    (
        # fines for late payment avoided, traffic that press coverage brought, a new seller's ramp time (from sets_holdout79)
        "outcome",
        5.0,
        re.compile(
            r"\bramp(?:-up)? time\b|\btime to (?:full )?(?:productivity|quota|proficiency)\b|\bmonths? (?:from [\w ]{1,20} )?to "
            r"(?:first month at )?full quota\b|"
            r"\b(?:fines?|penalt(?:y|ies)|multas?|surcharges?)\b[^.;]{0,60}?\b(?:paid|incurred|pagadas|late|fuera de plazo|overdue)\b|"
            r"\b(?:sessions|visits|traffic|visitors)\b[^.;]{0,30}?\b(?:from|referred by|en provenance des?|via) (?:the )?"
            r"(?:press|media|articles|earned media|coverage)\b"
        ),
    ),
    (
        # the seller's own actions spread over a list: accounts touched, packs sent to every target account, leads
        # dispositioned, prospects put through every step of a sequence, a call to every walk-in; timesheets in on time
        "activity",
        5.0,
        re.compile(
            r"\b(?:accounts|leads|prospects|contacts|walk-ins|target accounts|customers|clients|renewals?)\b[^.;]{0,25}?"
            r"\b(?:touched|dispositioned|worked|sent (?:the |a |an )?(?:[\w-]+ ){0,2}(?:pack|mailer|email|quote)s?|receiv(?:e|es|ed) all \d+ "
            r"steps|gets? a (?:call|visit|email|touch))\b|"
            r"\bquotes sent \d+ days before\b|\bevery (?:[\w-]+ )?(?:account|lead|prospect|customer|client) gets a (?:call|visit|email|touch)\b|"
            r"\b(?:follow-up|courtesy|welcome) (?:call|email|visit) to every\b|"
            r"\btimesheets (?:submitted|completed|filled in|signed off)\b|\br[ée]sum[ée]s (?:reviewed|screened|read)\b|"
            # the worker's own diary of the day handed in: "time entries submitted daily by 6pm", "daily work log
            # submission rate 100%"
            r"\b(?:time entr(?:y|ies)|work(?:ing)? (?:logs?|diar(?:y|ies)|journals?)|daily (?:activity |work |status )?reports?|"
            r"(?<!suspicious )activity reports?)\b[^.;]{0,20}?\b(?:submitted|submission|written|filed|filled in|handed in|completed)\b|"
            # paperwork done as the measure: checklists completed, schedules signed off on the door sheet, sheets
            # processed, operations entered in the app the same day
            r"\bcompletion of (?:the )?(?:daily |weekly |shift )?(?:[\w-]+ )?(?:task )?checklists?\b|"
            r"\bchecklists? (?:completed|signed off|ticked|filled in)\b|"
            r"\b(?:cleaning schedules?|door sheets?|requisition sheets?|job sheets?|run sheets?)\b[^.;]{0,30}?\b(?:signed off|"
            r"processed|completed|filled in|submitted)\b|"
            # (work done, not harm counted as it is reported: "falls recorded in the incident system" is a result)
            r"\b(?:operations|records?|entries|activities|visits|jobs|tasks|deliveries|readings|checks|inspections|patrols|"
            r"rounds|calls|meetings) (?:entered|logged|recorded|uploaded) (?:in|on|into) (?:the )?(?:[\w-]+ )?"
            r"(?:app|system|log|portal|crm)\b|"
            # a desk's own throughput: "jobs logged and closed by the coordinator"
            r"\b(?:jobs|tickets|requests|calls|cases|faults) logged (?:and|&|/) closed\b|"
            # an offer made at every table or till: "dessert offered at 100% of tables", "sign-up asked at till: 100% of
            # transactions" (the server's own action, not whether anyone took it up)
            r"\b(?:offered|asked|mentioned|suggested|pitched|recommended|promoted|presented)\b[^.;%]{0,20}?"
            r"(?:\b(?:at|to|on|in|for)\b[^.;%]{0,12}?)?(?:100\s*(?:%|percent)|\ball|\bevery|\beach)\s+(?:of\s+)?(?:the\s+)?"
            r"(?:tables|transactions|customers|guests|callers|calls|visits|orders|checkouts|tills|baskets|covers|patients)\b"
        ),
    ),
    (
        # hours of research per report, power hours blocked in the calendar every morning
        "effort",
        5.0,
        re.compile(
            r"\b(?:research |prep |preparation |writing |drafting )?hours per (?:[\w-]+ ){0,3}(?:report|note|pitch|proposal|article|"
            r"brief|deck|case|file)\b|\bhours? blocked (?:in|on) (?:the |their |your )?calendars?\b|\bpower hours?\b"
        ),
    ),
    (
        # a customer greeted "checked by CCTV review": the camera on the person; the minutes an app is open on a
        # worker's tablet
        "surveillance",
        5.0,
        re.compile(
            r"\b(?:checked|verified|measured|monitored|reviewed|confirmed) (?:by|via|on|through|from) (?:the )?(?:cctv|camera|video)|"
            # a worker's phone picked up by the building's wifi on each floor
            r"\b(?:phones?|mobiles?|devices?|handsets?)\b[^.;]{0,30}?\b(?:picked up|detected|seen|tracked|logged|registered) by "
            r"(?:the )?(?:building(?:'s)? |office |site )?(?:wi-?fi|network|beacons?|access points?|bluetooth)\b|"
            # minutes showing green in Teams; staff email read to check their tone; personal mail caught by monitoring
            r"\b(?:personal|private) (?:e-?mails?|messages|chats|texts) (?:flagged|caught|detected|found)\b|"
            r"\b(?:mailbox|inbox|e-?mail|chat|message) monitoring\b(?! (?:of|for) (?:the )?(?:shared|team|customer|support))|"
            r"\b(?:showing|shown as|showing as|status)\s+(?:green|online|active|available)\s+(?:in|on)\s+(?:ms |microsoft )?"
            r"(?:teams|slack|skype|zoom|the chat)\b|"
            r"\b(?:reads?|reading|checks?|checking|reviews?|reviewing|scans?|scanning)\s+(?:the\s+)?(?:staff|teachers|employees|"
            r"colleagues|agents|workers|team|nurses|carers|drivers)(?:'s?|’s?)?\s+(?:[\w-]+\s+)?(?:e-?mails?|inbox(?:es)?|messages|"
            r"chats|dms)\b|"
            r"\b(?:minutes|hours|time)\b[^.;]{0,25}?\b(?:app|application|software|system|crm|browser|tool)\b[^.;]{0,6}?"
            r"\b(?:is |was |stays? )?(?:open|active|in use|in focus|in the foreground)\b[^.;]{0,6}?\b(?:on|in)\b[^.;]{0,20}?"
            r"\b(?:tablet|phone|device|laptop|pc|computer|handset|terminal)s?\b"
        ),
    ),
    (
        # new clients starting care, overtime cut with service held, coverage carrying the key message, cars delivered
        # with a CSI of 90 or more, sign-ups, an NPS looked at daily
        "outcome",
        5.0,
        re.compile(
            r"\bnew (?:[\w-]+ )?(?:clients|customers|members|patients|residents|students|accounts) (?:starting|joining|signed|won|"
            r"enrolled|onboarded)\b|"
            r"\b(?:overtime|agency) (?:hours|hrs|spend|costs?) (?:down|cut|reduced|lower)\b[^.;]{0,40}?\b(?:with|while)\b|"
            r"\b(?:media|press) (?:pieces|coverage|articles|mentions|stories) (?:carrying|including|with|that carry) (?:a |our |the )?"
            r"key messages?\b|"
            r"\bwith (?:an? )?(?:customer )?(?:csi|csat|nps|satisfaction) (?:score )?(?:of )?\d|"
            r"\bsign-?ups per (?:shift|day|week|month|store)\b|"
            r"\b(?:nps|csat|satisfaction score)s? (?:checked|reviewed|looked at|read) (?:daily|weekly|each day|every day|at)\b"
        ),
    ),
    # From metrics_holdout42 (regulated and public services in their managers' and inspectors' words), after its first
    # measurement.
    (
        # calls per adviser, safety walks per manager, poolside hours per lifeguard: the doing, per head
        "activity",
        5.0,
        re.compile(
            r"\b(?:outbound |courtesy |follow-up |sales |cold |welfare )?calls per (?:adviser|advisor|agent|rep|officer|person|head|fte|"
            r"staff member|member of staff)\b|"
            r"\b(?:safety |gemba |leadership |site |floor )walks? per (?:senior |line )?(?:manager|leader|director|supervisor|person)\b|"
            r"\b(?:safety |fire |emergency |evacuation |abandon ship )?drills (?:conducted|held|run|carried out|completed) per\b|"
            # a pharmaceutical rep's "details" with prescribers: calls made
            r"\b(?:face-to-face |f2f |remote )?details? (?:with|to|delivered to) (?:hcps?|doctors|gps|prescribers|physicians|clinicians)\b"
        ),
    ),
    (
        # time given, as the measure: a share of the shift spent on board, hours per lifeguard, a diary booked full,
        # at least two hours a month logged in
        "effort",
        5.0,
        re.compile(
            r"\b\d+ ?(?:%|percent|per cent) of (?:the |each |their |rostered |contracted |working )*(?:shifts?|days?|hours|time|week) "
            r"spent (?:on|in|at|with)\b|"
            r"\b[\w-]+ hours per (?:lifeguard|guard|worker|person|employee|officer|nurse|teacher|staff member|fte|volunteer)\b|"
            r"\b(?:of )?(?:each |their |the )?(?:[\w-]+(?:'s|’s) )?(?:diary|diaries|calendar|calendars) (?:booked|filled|full)\b|"
            r"\bspends? at least \d+ (?:hours|hrs|minutes|mins)\b"
        ),
    ),
    (
        # badging in before handover, how often lecturers log in to Moodle, presence time from the access-control log
        "surveillance",
        5.0,
        re.compile(
            r"\bbadg(?:ing|es|ed) in\b|\bhow often (?:[\w-]+ ){0,3}log(?:s|ged)? (?:in|on)(?:to)?\b|"
            r"\b(?:presence|hours? (?:on|at) (?:the )?(?:ward|site|desk|premises))\b[^.;]{0,40}?\b(?:access[- ]control|badge|swipe|"
            r"door|gate|turnstile)\b"
        ),
    ),
    (
        # money raised per fundraiser, forms completed without help, shifts covered by the bank not an agency, appliance
        # hours lost to crewing gaps
        "outcome",
        5.0,
        re.compile(
            r"\b(?:donations|funds|income|money|revenue|sales) (?:raised|generated|secured|won) per\b|"
            r"\b(?:completing|completed|complete) (?:the |their |an? )?(?:[\w-]+ ){0,2}(?:applications?|forms?|transactions?|journeys?|claims?) "
            r"(?:online )?without (?:help|assistance|support|contacting)\b|"
            r"\bshifts (?:covered|filled) by (?:the )?(?:staff )?bank\b|\bbank rather than agency\b|"
            r"\b(?:appliance|vehicle|fleet|asset|bed|machine)[- ]hours (?:unavailable|lost|off[- ]the[- ]run|off[- ]road)\b"
        ),
    ),
    (
        # from sets_holdout78: web breaks per 24 h of production, certified for the on-call rota, SKUs launched, busy-hour
        # throughput, tonnes milled, patients randomised per site
        "outcome",
        5.0,
        re.compile(
            r"\bweb breaks\b|\bper \d[\d,]* ?(?:h|hrs?|hours?) of (?:production|running|run time|operation|operating)\b|"
            r"\b(?:certified|signed off|cleared|qualified|accredited) (?:for|to (?:work|join|lead|run|go)) (?:the )?[\w-]+|"
            r"\b(?:skus?|products?|recipes?|formulations?|reformulations?) launched\b|\bbusy hour\b|"
            r"\b(?:tonnes|tons|kt|ktpd|barrels|bbl|mwh|gwh|megalitres)\b (?:[\w-]+ )?(?:milled|processed|produced|mined|treated|"
            r"generated|refined|crushed)\b(?![^.;]{0,20}\bper (?:person|worker|operator|operative|employee|picker|head|shift)\b)|"
            r"\b(?:patients|participants|subjects) (?:randomi[sz]ed|enrolled|recruited) per site\b"
        ),
    ),
    (
        # from sets_holdout78: an apprentice's own days at vocational school
        "effort",
        5.0,
        re.compile(
            r"\b(?:vocational|trade|block|day-release|berufs)\w* ?(?:school|college|release)? attendance\b|\bdays attended at\b"
        ),
    ),
    (
        # from sets_holdout76: stakeholders' support for an option, logframe indicators on track
        "outcome",
        5.0,
        re.compile(
            r"\b(?:stakeholders?|members|residents|voters|staff|the public|partners|communities) (?:support|backing|approval|"
            r"agreement) (?:for|of)\b|"
            r"\b(?:indicators|milestones|targets|objectives|deliverables|kpis|projects|workstreams|outcomes) (?:on track|achieved|met)\b|"
            # the state of the roads: smooth travel, roughness, pavement condition
            r"\bsmooth (?:roads?|travel)\b|\broad (?:smoothness|roughness|condition)\b|\bpavement condition\b|"
            # sessions or shifts that had the people they needed: cover, a result of the planning
            r"\b(?:sessions|shifts|rotas?|slots|services) (?:with|having|that had) (?:the )?(?:minimum|required|full|safe|planned) "
            r"(?:[\w-]+ ){0,2}(?:numbers|cover|staffing|crew|complement)\b"
        ),
    ),
    (
        # from sets_holdout77: an average review rating, money still owed at month end, a positive kitchen culture
        "outcome",
        5.0,
        re.compile(
            r"\b(?:avg|average|mean)\b[^.;]{0,20}?\b(?:google|trustpilot|tripadvisor|yelp|facebook|review|star)s? ?ratings?\b|"
            r"\b(?:google|trustpilot|tripadvisor|yelp|facebook|checkatrade|nocowboys) (?:reviews? )?(?:rating|score|stars)\b|"
            r"(?:€|\$|£)\s?(?:outstanding|owed|unpaid|overdue)\b|\b(?:outstanding|unpaid|overdue) (?:fees|invoices|debts?|balances?)\b|"
            r"\bunpaid at (?:the )?(?:month|period|year)[- ]end\b|"
            r"\b(?:positive|good|healthy|strong|collaborative|safe|open|inclusive) (?:[\w-]+ )?(?:culture|teamwork|team spirit|atmosphere)\b"
        ),
    ),
    (
        # from metrics_holdout41: toolbox talks held a month, "calls kiye" (Hinglish: calls made)
        "activity",
        5.0,
        re.compile(
            r"\btoolbox talks?\b[^.;]{0,20}?\d+ ?/ ?(?:mo|month|wk|week|qtr|quarter)\b|\b\d+\+? toolbox talks\b|"
            r"\b(?:calls?|visits?|meetings?|emails?|demos?|dials?) (?:kiye|kiya)\b|"
            r"\b(?:receipts|items|transactions|baskets) (?:rung|scanned|keyed|processed) (?:up |through )?per (?:hour|hr|shift)\b"
        ),
    ),
    (
        # from metrics_holdout41: seconds between picks, staff log-ins counted
        "surveillance",
        5.0,
        re.compile(
            r"\b(?:secs?|seconds|minutes|mins|time) between (?:picks|scans|calls|keystrokes|tasks|clicks|jobs|orders)\b"
            r"[^.;]{0,30}?\b(?:monitored|tracked|logged|measured|recorded|timed)\b|"
            r"\b(?:staff|employee|teacher|user|agent|tutor) log-?ins?\b[^.;]{0,20}?\b(?:counted|tracked|monitored|logged)\b"
        ),
    ),
    (
        # from metrics_holdout41: months of cash runway, covers or sales per labour hour, agency hours cut
        "outcome",
        5.0,
        re.compile(
            r"\bcash runway\b|"
            r"\b(?:covers|sales|revenue|turnover|gross profit|gp)\s*(?:/|per)\s*(?:paid |total )?labou?r (?:hr|hour)s?\b|"
            r"\bagency (?:staff |worker |nurse |labour )?(?:hours|hrs|shifts|spend|usage|use|costs?)\b"
        ),
    ),
    (
        # an inspection passed "with zero detentions", an audit "with no major findings": the result of the check
        "outcome",
        5.0,
        re.compile(
            r"\b(?:inspections?|audits?|surveys?|checks?|tests?|assessments?|reviews?) (?:completed|passed|closed|conducted|"
            r"carried out|undergone) with (?:zero|no|nil|0) [\w-]+"
        ),
    ),
    (
        # hours the staff spend on the floor: their time, as the measure
        "effort",
        5.0,
        re.compile(
            r"\b(?:hours|minutes|time) (?:[\w-]+ ){0,3}(?:staff|workers?|employees?|agents?|team|crew|guards?|officers?|"
            r"nurses?|attendants?|assistants?) spends? (?:on|in|at|with)\b"
        ),
    ),
    (
        # a tablet or a system recording how long each attendant spends in the galley or the aisle
        "surveillance",
        5.0,
        re.compile(
            r"\b(?:records?|tracks?|logs?|captures?|monitors?|measures?|timestamps?) how long (?:each|every|individual|the) "
            r"(?:[\w-]+ ){0,2}spends?\b"
        ),
    ),
    # From metrics_holdout39 (front-line supervisors' whiteboards, chats and spreadsheet headers), after its first
    # measurement.
    (
        # tallies per hour in shorthand, keying and picking standards, logs filled on the hour, rotas done
        "activity",
        5.0,
        re.compile(
            r"^\W*(?:[\w-]+ ){0,2}(?!(?:errors|defects|complaints|incidents|injuries|breakdowns|stoppages|faults|accidents|"
            r"rejects|returns|mistakes|falls|misses)\b)[a-z-]+s(?: [a-z-]+ed)?\s*/\s*(?:hr|hour|h|shift|min)\b|"
            r"\b\d+(?:\.\d+)? ?(?:kg|kgs|units|pieces|pcs|items|boxes|cases|cartons|lines|bags|crates|trays)\s*/\s*(?:hr|hour|h|shift|day) "
            r"per (?:worker|person|operator|picker|packer|head|operative)\b|"
            r"\bpick(?:ing)? (?:%|percent|rate) (?:v|vs|versus|against) (?:std|standard)\b|"
            r"\b(?:keying|picking|packing|scanning|typing|sorting) standard\b|"
            r"\blogs? (?:filled|completed|signed|initialled)(?: in| out)? every \d+ ?(?:hrs?|hours|mins?|minutes)\b|"
            r"\bevery hourly (?:box|check|tick)\b|"
            r"\b\d+ ?(?:%|percent) of (?:the )?[\w-]+ rota (?:done|completed|covered)\b|"
            r"\b\d+ ?(?:%|percent) of (?:planned |scheduled )?(?:cycle counts|rounds|patrols|calls|visits) (?:done|completed|carried out)\b|"
            r"\b\d+ ?(?:%|percent) of (?:[\w-]+ ){0,2}(?:families|parents|patients|residents|tenants|students|pupils|carers|"
            r"guests|donors|volunteers) (?:called|phoned|rung|emailed|texted|visited|contacted)\b(?! (?:back )?within)|"
            r"\b(?:chase |follow-up |sales |cold )?calls per (?:[\w-]+ )?(?:account|customer|client|debtor|lead|prospect)\b|"
            r"\b\d+\+? raised (?:per|a|each) (?:week|day|month)\b|\bsigned in (?:per|a|each) (?:day|shift|hour)\b|"
            r"\bacceptance rate of (?:offered |assigned )?(?:jobs|trips|rides|orders|deliveries|shifts|tasks)\b|"
            r"\b(?:lesson plans|plans|timesheets|reports|notes) (?:on|uploaded to|submitted to|saved to|saved on) the "
            r"(?:shared drive|system|portal|drive)\b"
        ),
    ),
    (
        # from sets_holdout75: disease cases per 100 animals, checks found within the safe range
        "outcome",
        4.0,
        re.compile(
            r"\bcases per (?:100|1,?000) (?:cows|animals|head|birds|ewes|sows|calves)\b|\bmastitis\b|"
            r"\bwithin (?:the )?(?:safe|target|acceptable|normal|legal|critical) (?:range|limits?|temperatures?)\b"
        ),
    ),
    (
        # a photo of one's station on the hour, the green light in Teams, hours online to keep a tier, minutes in a home
        "surveillance",
        5.0,
        re.compile(
            r"\b(?:send|post|upload|share) (?:a )?(?:pic|photo|picture|selfie)s? of (?:ur|your|their|the) (?:station|desk|post|"
            r"location|work ?area|workstation)\b|\bso (?:i|we) know (?:ur|you(?:'re| are)|they(?:'re| are)) (?:there|working)\b|"
            r"\b(?:teams|slack|skype)\b[^.;]{0,20}?\b(?:green|yeşil|verde|grün|vert|groen|zielon)"
        ),
    ),
    (
        "effort",
        5.0,
        re.compile(
            r"\bonline (?:hrs|hours)\b|\b(?:hrs|hours) online\b|"
            r"\bminutes spent in (?:each |the |every )?(?:client|customer|patient|resident|service user)(?:'s|s'|’s)? homes?\b"
        ),
    ),
    (
        # a service that failed to happen: "missed care calls (visit not delivered): 0 per month", abandoned calls,
        # cancelled deliveries; the count is of failures, however its noun reads as work
        "outcome",
        8.0,
        re.compile(
            r"\b(?:missed|failed|cancell?ed|abandoned|dropped|no-show) (?:[\w-]+ ){0,2}(?:calls|visits|appointments|"
            r"collections|deliveries|doses|medications|pick-?ups|lessons|sessions)\b(?! (?:made|attended|logged|per (?:day|shift)))"
        ),
    ),
    (
        # actions from an inspection closed before it returns; mothers delivering with a skilled attendant; visits missed
        "outcome",
        5.0,
        re.compile(
            r"\bactions? (?:from|in|raised by|arising from) (?:the )?[\w-]+ (?:report|inspection|audit|review)s? "
            r"(?:closed|completed|resolved|signed off)\b|"
            r"\bdeliver(?:ing|ies)? with a skilled (?:birth )?attendant\b|\bskilled birth attendan|"
            r"\b(?:clients?|patients?|people) not visited\b"
        ),
    ),
    # From metrics_holdout38 (public services in their managers', inspectors' and funders' words), after its first
    # measurement.
    (
        # audits submitted, observations and supervisions held, notices issued per officer, bags sorted per volunteer,
        # papers tidied for the inspector: the doing, counted
        "activity",
        5.0,
        re.compile(
            r"\b(?:submit|complete|carr(?:y|ies) out|conduct|do)\w* (?:[\w-]+ ){0,2}audits (?:a|per|each|every) (?:week|month|shift)\b|"
            r"\baudits (?:submitted|completed|carried out|conducted|done) (?:per|a|each)\b|"
            r"\b(?:lesson |classroom )?observations (?:completed|carried out|done|conducted)\b[^.;]{0,40}?\bper\b|"
            r"\b(?:staff |team )?supervisions? (?:held|completed|carried out|done|sessions held)\b|"
            r"\b(?:notices|tickets|penalties|fines|citations|warnings|summonses) issued per (?:inspector|officer|warden|ranger|"
            r"constable|member of staff)\b|"
            r"\b[\w-]+ (?:sorted|packed|processed|picked|scanned|stacked|filed|tagged|priced) per (?:volunteer|person|worker|"
            r"operative|picker|head|staff member|member of staff)\b|"
            # people met at sessions, counted by head: "young people engaged through outreach sessions (headcount)"
            r"\b(?:engaged|reached|seen|contacted|met) (?:through|via|at|in) (?:[\w-]+ )?(?:sessions|events|activities|drop-ins|"
            r"visits|workshops)\b(?! (?:who|that|and (?:then|went)|going on))|\(headcount\)|"
            r"\b(?:policies|policy documents|documents|files|records|paperwork|folders|(?:care |support )?plans) (?:updated|tidied|"
            r"prepared|completed|"
            r"refreshed) (?:before|ahead of) (?:the )?(?:inspect|audit|visit)"
        ),
    ),
    (
        # time in session over time paid, time booked to projects, sittings attended: hours given, as the measure
        "effort",
        5.0,
        re.compile(
            r"\b(?:minutes|hours|time) (?:in session|on the phone|with (?:patients|clients|service users)|face[- ]to[- ]face|"
            r"billable|chargeable|clinical contact)\b[^.;]{0,20}?\b(?:as an? )?(?:%|percent|share|proportion) of "
            r"(?:contracted|available|working|paid|rostered) (?:hours|time)\b|"
            r"\btime (?:recorded|booked|logged|coded) (?:on|in|to|against) (?:the )?(?:timesheets?|projects?|priority)\b|"
            r"\b(?:half-day |full-day )?sittings (?:per|a|each) (?:magistrate|member|judge|juror|justice)\b"
        ),
    ),
    (
        # a mailbox's analytics read per officer
        "surveillance",
        5.0,
        re.compile(r"\b(?:outlook|teams|slack|email|viva|workplace|mailbox) analytics\b"),
    ),
    (
        # what changed for people: "befriendees reporting less loneliness", "clients sustaining paid work of 16+ hours a
        # week for 26 weeks"
        "outcome",
        5.0,
        re.compile(
            r"\breporting (?:less|lower|reduced|improved|better|fewer|greater|more)\b|"
            r"\b(?:sustain\w*|in|into|entering|enter\w*|started|secured|kept|keeping) (?:paid |sustained )?(?:work|employment|jobs?) "
            r"(?:of|for) \d+\+? (?:hours|weeks)\b"
        ),
    ),
    # From sets_holdout74 (engineering and site managers' shorthand), after its first measurement.
    (
        # a desktop agent that logs idle minutes; each operator counted from CCTV analytics
        "surveillance",
        5.0,
        re.compile(
            r"\b(?:desktop|endpoint|screen|pc|computer|employee) monitoring (?:agent|software|tool|app)\b|\bno idle\b|"
            r"\bidle (?:>|over|more than|longer than) ?\d|"
            r"\b(?:each|every|per) (?:[\w-]+(?:er|or|ist|ant|ee)|person)(?:'s|’s)?\b[^.;]{0,60}?\b(?:cctv|camera|"
            r"video analytics)\b|\b(?:cctv|camera|video analytics)\b[^.;]{0,60}?\b(?:per|each|every) (?:[\w-]+(?:er|or|ist|ant|ee)|"
            r"person)\b"
        ),
    ),
    (
        # opportunities sales accepted: what the meetings produced, not the meetings
        "outcome",
        4.0,
        re.compile(r"\b(?:sales[- ]accepted|sales[- ]qualified|accepted|qualified) (?:opportunities|pipeline)\b"),
    ),
    (
        # machines breaking down is the result maintenance answers for
        "outcome",
        4.0,
        re.compile(
            r"\b(?:combine|machine|equipment|tractor|vehicle|truck|plant|fleet|pump|engine|harvester|crane|loader)s? "
            r"break ?downs?\b"
        ),
    ),
    # From metrics_holdout37 (HR-system exports and adverts' "you will be measured on"), after its first measurement.
    (
        # a quota of meetings, calls or interviews, however much compliance is added to it: "Pharmacy calls: 25/day with
        # 100% JCP compliance", "1:1s with each direct report: 4 a month", "Candidates interviewed >= 40/month"
        "activity",
        6.0,
        re.compile(
            r"\b(?:calls|visits|meetings|interviews|interviewed|demos|1:1s|one-to-ones|121s|presentations|pitches|"
            r"visited|called|met)\b(?! (?:accepted|qualified|converted|that|which|resulting|leading|won|attended by))"
            r"[^.;\d]{0,30}?(?:≥|>=|at least|min(?:imum)?\.?)?\s*\d+\s*(?:/|per|a|each|every)\s*"
            r"(?:day|week|month|shift|quarter)\b"
        ),
    ),
    (
        # a share of people or accounts visited, phoned or interviewed: coverage of contact, not what it achieved
        # ("% of top-40 accounts visited in person", "% of impacted department heads interviewed during discovery")
        "activity",
        5.0,
        re.compile(
            r"(?:\b\d+ ?)?(?:%|\bpercent) of (?:[\w-]+ ){0,4}?(?:accounts|clients|customers|heads|stakeholders|outlets|stores|doctors|"
            r"pharmacies|practices|schools|farmers|members|suppliers|partners|managers|users)\b (?:[\w-]+ ){0,2}?"
            r"(?:visited|interviewed|called|phoned|met|seen in person)\b(?! (?:within|by|before|to |and |back|about))"
        ),
    ),
    (
        # where a laptop or a phone is, matched to an address
        "surveillance",
        5.0,
        re.compile(
            r"\b(?:laptop|device|phone|handset|staff|employees?|workers?)(?:'s|’s)? (?:ip )?(?:geo-?location|gps position|location)"
            r"\b[^.;]{0,40}?\b(?:matches|matching|within|against|at|compared|registered)\b"
        ),
    ),
    (
        # the body and the gate as the measure: wearables, step counts, gate swipes, minutes away from one's station
        "surveillance",
        5.0,
        re.compile(
            r"\b(?:wearables?|fitness trackers?|smart ?watch(?:es)?)\b[^.;]{0,40}?\b(?:step|heart|sleep|synced|data|count)|"
            r"\bstep counts?\b|\b(?:gate|turnstile) swipes?\b|"
            r"\babsen(?:ce|t) from (?:the |their |his |her )?(?:station|desk|post|workstation|seat) ?(?:>|for|of|longer|more|over)"
        ),
    ),
    (
        # leaving early and hours given to the firm as the measure
        "effort",
        5.0,
        re.compile(r"\bearly (?:leave|leaving|departures?)\b|\bleav(?:e|es|ing) early\b|\bcontribution hours\b"),
    ),
    (
        # a pilot handed over by a date, new merchants live and trading: results
        "outcome",
        3.5,
        re.compile(
            r"\bhanded over to\b[^.;]{0,40}?\b(?:by|before)\b|"
            r"\bnew (?:merchants|customers|clients|accounts|members|stockists|outlets|sellers|partners)\b (?:[\w-]+ ){0,2}"
            r"(?:live|transacting|activated|active|trading|ordering)\b"
        ),
    ),
    # From metrics_holdout36 (appraisal forms, OKR sheets and dashboard labels), looked at after its first measurement.
    (
        # a ship's time in port is the port's result: "Average hours alongside per vessel call"
        "outcome",
        4.0,
        re.compile(r"\b(?:hours|time|days) alongside\b|\bper vessel call\b|\bvessel turn-?around\b|\bport stay\b"),
    ),
    (
        # contacting every customer as the measure, openers of conversations counted, a stop-and-search quota
        "activity",
        7.0,  # above "renewed before expiry" (5), whatever the neighbours say: the call before it is the activity
        re.compile(
            r"\b\d+ ?(?:%|percent) of (?:[\w-]+ ){0,2}(?:clients|customers|accounts|members|donors|leads|tenants|policyholders|"
            r"renewals) (?:called|phoned|rung|emailed|texted|visited)\b(?! (?:back )?within)"
        ),
    ),
    (
        "activity",
        4.5,
        re.compile(
            r"\b(?:initiat|start|open|hold|hav|book)\w* \d+ (?:[\w-]+ ){0,3}conversations\b|"
            r"\b\d+ (?:[\w-]+ ){0,3}conversations (?:held|started|initiated|had|opened|booked)\b|"
            r"\b\d+ stop(?:s|-| )and(?:-| )search(?:es)?\b|\bstop(?:s|-| )and(?:-| )search(?:es)? (?:carried out|conducted|made|done|"
            r"completed|per)\b"
        ),
    ),
    (
        # how late a person arrives, and standing ready for call-outs, as the measure
        "effort",
        4.5,
        re.compile(
            r"^\W*(?:total |average |avg )?(?:minutes?|mins?|hours?|hrs?) late(?:\s*$| (?:per|a|each|this|in the) "
            r"(?:month|week|shift|day|year|quarter)\b)|"
            r"\b(?:call-?out|on-?call|standby|overtime|extra[- ]shifts?) (?:rota |roster )?(?:availability|slots? accepted|"
            r"shifts? accepted|acceptance)\b"
        ),
    ),
    (
        # a key fob's entries at the door as the measure of punctuality (sets_holdout72)
        "surveillance",
        5.0,
        re.compile(r"\b(?:door |key ?)?fob (?:entries|entry|swipes?|taps?|logs?|data|records?)\b"),
    ),
    (
        # work not sent back for errors is right first time: "% ID applications not returned for errors"
        "outcome",
        3.0,
        re.compile(
            r"\bnot (?:returned|rejected|sent back|bounced|kicked back)\b (?:[\w-]+ ){0,3}?(?:for|due to|because of) (?:errors?|"
            r"mistakes|defects|corrections?|missing)\b"
        ),
    ),
    (
        # telemetry of the tools a person works in, read as engagement or productivity
        "surveillance",
        5.0,
        re.compile(
            r"\b(?:ide|editor|keyboard|desktop|laptop|screen|app|application|computer|device|browser|user) (?:activity |usage )?"
            r"telemetry\b|\bactivity telemetry\b"
        ),
    ),
    # From metrics_holdout35 (the world's most common jobs, as their supervisors write them), looked at after its
    # first measurement.
    (
        # a tally of hands-on work per minute, hour, shift or day: "Streets swept per day", "Fish gutted per minute",
        # "Cuttings stuck per day", "1,200 seedlings/day per planter", "3 product referrals per teller per day"
        "activity",
        4.5,
        re.compile(
            r"\b(?:[\w-]+s|fish|sheep|deer|stock|people) (?:[\w-]+ed|swept|stuck|cut|dug|sewn|sown|built|hung|laid|shorn|spun|"
            r"struck|thrown|pruned|planted) "
            r"(?:per|an|a|each|every|/) ?(?:minute|min|hour|hr|night|shift|day)\b|"
            r"\b\d[\d,]* [\w-]+s ?/ ?(?:day|hr|hour|shift|min) per (?:[\w-]+(?:er|or)|person|head|worker)\b|"
            r"\b\d+ (?:[\w-]+ ){0,2}(?:referrals|leads|offers|upsells|sign-?ups) per (?:[\w-]+ )?(?:per )?(?:day|shift|week)\b|"
            # the same check for every animal, pond or toilet, several times a day: "every pond fed and logged 4x
            # daily", "100% of cows observed at all three daily checks", "every box on the sheet ticked hourly"
            r"\b(?:every|each|all|100 ?(?:%|percent) of)\b[^.;]{0,40}?\b(?:\dx|\d times|twice|three times|four times) "
            r"(?:daily|a day|per day|a shift|per shift)\b|\bat all (?:two|three|four|\d) daily checks\b|"
            r"\b(?:ticked|signed|initialled|checked) (?:off )?(?:hourly|every hour|each hour|daily|every shift)\b|"
            r"\b100 ?(?:%|percent) of (?:timetabled |scheduled |planned )?(?:[\w-]+ )?(?:tutorials|lessons|sessions|meetings|"
            r"classes|briefings|huddles) (?:held|delivered|run)\b|"
            r"\b100 ?(?:%|percent) of (?:[\w-]+ ){1,3}covered every \d+ days\b|"
            r"\b(?:observed )?lessons with (?:the )?(?:learning )?objectives? (?:written |displayed )?on the board\b"
        ),
    ),
    (
        # where a worker is, from a GPS check-in; who goes through a door and for how long, from a camera; breaks
        # logged by a card reader; an app's acceptance rate that keeps a gig worker's slots
        "surveillance",
        4.5,
        re.compile(
            r"\b(?:app |gps |location )?check-?ins? by gps\b|\bgps check-?ins?\b|"
            r"\bcameras?\b[^.;]{0,30}?\brecords? who\b|\bwho (?:goes|went|comes) in and how long\b|"
            r"\b(?:toilet|bathroom|restroom|comfort) (?:breaks?|visits?|trips?|exits?)\b|"
            r"\b(?:scanner|handheld|device|terminal)\b[^.;]{0,40}?\b(?:idle|inactive)\b"
        ),
    ),
    (
        # nights out, hours underground per shift, jobs taken on an app to keep one's place
        "effort",
        4.5,
        re.compile(
            r"\bnights? out with\b|\b\d+(?:\.\d+)? ?h(?:ours|rs)? (?:underground|on site|on the floor|on shift|in the field) "
            r"per (?:[\w-]+ )?(?:per )?shift\b|\b(?:job|trip|ride|delivery) acceptance rate\b"
        ),
    ),
    (
        # results in the same words: stock that survives to harvest, machines broken down, time a blood test is in range,
        # infections, people who got in without leave
        "outcome",
        4.5,
        re.compile(
            r"\b(?:pond|cage|flock|herd|batch|crop|stock|fish|chick|calf|lamb|seedling)s? survival\b|\bsurvival (?:to|at) harvest\b|"
            r"\bbreakdown (?:hours|time|days)\b|\b(?:inr|hba1c|blood pressure|glucose)\b[^.;]{0,30}?\bin (?:the )?range\b|"
            r"\btime in (?:therapeutic )?range\b|\b(?:c\.? ?diff|mrsa|mssa|e\.? ?coli|norovirus|klebsiella)\b|"
            r"\bunauthori[sz]ed (?:site )?(?:entries|entry|access|intrusions?)\b"
        ),
    ),
    # From sets_holdout71: stages of the work finished by their date ("% of framing stages complete by the scheduled
    # date"), not an agent's adherence to a rota
    (
        "outcome",
        4.5,
        re.compile(
            r"\b(?:stages?|milestones?|phases?|jobs?|works|tasks?|orders?|deliveries|homes|units|plots|sections) "
            r"(?:[\w-]+ ){0,3}(?:complete|completed|finished|delivered|done|handed over) (?:by|before|on) (?:the )?"
            r"(?:scheduled|planned|agreed|due|target|programme|contract) (?:date|dates|day)\b"
        ),
    ),
    # From metrics_holdout34 and sets_holdout70, looked at after their first measurement.
    (
        # results: a clean audit opinion, competencies signed off, the people served completing their course of visits,
        # earned coverage that
        # carries the message
        "outcome",
        4.5,
        re.compile(
            r"\b(?:clean|unqualified|unmodified) (?:audit )?(?:opinion|report)\b|"
            r"\bcompetenc(?:y|ies|e) (?:[\w-]+ ){0,3}signed off\b|\bsigned off as competent\b|"
            r"\b(?:clients|patients|mothers|women|children|pupils|students|members|learners)\b (?:completing|attending|"
            r"receiving|making) (?:\d+\+? |all |at least \d+ )?(?:[\w-]+ ){0,2}(?:visits|sessions|appointments|doses|checks|"
            r"contacts)\b|"
            r"\b(?:media|press) (?:pieces|articles|coverage|mentions|stories) (?:carrying|with|including|that carry) "
            r"(?:our |the )?(?:key |core )?messages?\b"
        ),
    ),
    (
        # rounds walked, appearances made, reminders sent to everyone: activity by any name
        "activity",
        4.5,
        re.compile(
            r"\broutes? (?:walked|driven|completed|covered) on schedule\b|\b(?:court )?appearances per (?:month|week|day)\b|"
            r"\b(?:reminders?|sms|texts?|messages?|emails?|letters?) sent to (?:100 ?(?:%|percent) of|every|each|all)\b"
        ),
    ),
    (
        # hours worked by the crew, counted per hitch or per shift
        "effort",
        4.5,
        re.compile(r"\b(?:rig |man[- ]|person[- ])?hours worked by (?:the )?(?:crew|staff|team|gang|shift)\b"),
    ),
    (
        # staff's messages scanned for what they say: "messages scanned by the HR analytics tool for flight-risk keywords"
        "surveillance",
        4.5,
        re.compile(
            r"\b(?:messages|emails|e-mails|chats|teams messages|communications)\b[^.;]{0,40}?\bscann\w*\b|"
            r"\bscann\w* (?:of )?(?:staff|employee|employees'|colleague)s?(?:'|’)? (?:messages|emails|chats)\b|\bflight[- ]risk keywords?\b"
        ),
    ),
    # From metrics_holdout33, looked at after its first measurement.
    (
        # a count of actions to a quota: "60 check-in calls to volunteers per month", "5 posts per platform daily",
        # "35 risks quoted a week", "18 scans per list", "40 CVs sourced and screened per open requisition"
        "activity",
        4.5,
        re.compile(
            r"\b\d+ (?:[\w-]+ ){0,2}(?:calls|visits|posts|emails|meetings|appointments|contacts|cvs|resumes|quotes|risks|scans|"
            r"reviews|inspections|audits|sessions|demos|proposals)\b[^.;]{0,40}?\b(?:per|a|each|every|/) ?(?:open |new |live )?(?:day|week|wk|month|term|"
            r"quarter|shift|list|requisition|platform|patch|vacancy|role)\b|"
            r"\b\d+ (?:[\w-]+ ){0,2}(?:posts|calls|emails|visits)\b[^.;]{0,30}?\b(?:daily|weekly|monthly)\b|"
            # the same step done for every case, to a timetable: "100% of SKUs reviewed weekly", "care plans updated monthly"
            r"\b100 ?(?:%|percent) of (?:[\w-]+ ){1,4}(?:reviewed|updated|checked|visited|called|audited|inspected|phoned|contacted|"
            r"seen)\b[^.;]{0,30}?\b(?:daily|weekly|fortnightly|monthly|termly|quarterly|twice a (?:year|term|month)|"
            r"(?:once|twice|three times) a (?:year|term|month|week))\b|"
            r"\b(?:offered|asked|pitched|mentioned) (?:at|on|to|in) (?:100 ?(?:%|percent) of|every|each|all) (?:[\w-]+ ){0,2}"
            r"(?:check-?ins|transactions|calls|customers|guests|visits|orders|sales)\b|"
            r"\bmeetings? (?:held|attended|run|chaired)(?: and (?:minuted|recorded))?\b"
        ),
    ),
    (
        # on-call and overtime taken up: "100% of overtime requests accepted", "weekend on-call duties accepted"
        "effort",
        4.5,
        re.compile(
            r"\b(?:on-?call (?:duties|duty|shifts|slots|rotas?|requests)|overtime (?:requests|shifts|call-?outs|offers)|extra shifts|"
            r"weekend (?:shifts|duties))\b[^.;]{0,30}?\baccepted\b"
        ),
    ),
    (
        # results timed or counted in hours: time lost to rework, aircraft on the ground, patients waiting too long,
        # reports filed inside a regulator's deadline
        "outcome",
        4.0,
        re.compile(
            r"\bhours? (?:spent|lost) (?:fixing|correcting|reworking|redoing|re-doing|chasing|putting right)\b|"
            r"\b(?:aog|aircraft on (?:the )?ground) (?:hours|time|days|rate|incidents|events) per\b|"
            r"\b(?:patients|people|customers|callers|clients|passengers) (?:in|waiting in|waiting|spending|kept) (?:[\w&-]+ ){0,3}"
            r"(?:more|longer) than \d+ (?:hours?|minutes?|days?|weeks?)\b|"
            r"\b(?:inside|within|before) the (?:\d+[- ](?:day|hour|working[- ]day)|statutory|regulatory|legal|reporting) "
            r"(?:deadline|time limit|timeframe|window)\b"
        ),
    ),
    # From sets_holdout69, looked at after its first measurement: a bank's capital ratio, the public's use of an online
    # service, a report assured without qualification
    (
        "outcome",
        3.5,
        re.compile(
            r"\b(?:capital adequacy|crar|capital to risk|tier 1 (?:capital )?ratio|solvency (?:ratio|coverage)|"
            r"liquidity coverage(?: ratio)?|net stable funding|lcr|nsfr)\b|"
            r"\b(?:applications|transactions|payments|claims|requests|forms|bookings|renewals|returns) (?:submitted|made|completed|"
            r"filed|received|done) (?:online|digitally|through the (?:app|portal|website)|via the (?:app|portal|website))\b|"
            r"\bdigital (?:uptake|take-?up|adoption)\b|\bchannel shift\b|"
            r"\bpublished with (?:limited |reasonable |external |independent )?assurance\b|"
            r"\b(?:no|without) qualified (?:conclusions?|opinions?|audit opinions?)\b"
        ),
    ),
    # where a remote worker's laptop is, from its IP address
    (
        "surveillance",
        4.5,
        re.compile(
            r"\bip (?:address )?(?:geo-?location|location)\b|\bgeo-?locat\w* (?:of|from) (?:the |their |each )?(?:laptop|device|ip)\b"
        ),
    ),
    # decisions overturned and work recognised: "appeals upheld against the inspector's decisions", "shortlists at Cannes"
    (
        "outcome",
        3.5,
        re.compile(
            r"\b(?:appeals?|objections?|complaints?|challenges?|grievances?|decisions?)(?:/[a-z]+)? (?:upheld|overturned)\b|"
            r"\b(?:awards? (?:won|shortlists?)|shortlists? at|shortlisted (?:at|for)|industry awards?)\b"
        ),
    ),
    # the share of time a machine or a vehicle is ready for work: "% of time the pumper is on-run and available"
    (
        "outcome",
        4.0,
        re.compile(
            r"\b(?:percent|share|proportion) of (?:the )?time (?:the |our |each |every |a |its )?(?:[\w-]+ ){0,2}?(?:pumper|appliance|"
            r"fire engine|engine|ambulance|vehicle|van|truck|lorry|bus|train|aircraft|machine|equipment|system|server|site|line|"
            r"lift|elevator|escalator|plant|fleet|pump|generator|network|website|app|platform|crane|boiler|scanner|theatre)s? "
            r"(?:is|was|are|were|remains?|stays?) (?:on-?run|on the run|in service|available|operational|up|online|working|running)\b"
        ),
    ),
    # done within the time the service promises: "inspections carried out within the service standard from the request"
    (
        "outcome",
        2.5,
        re.compile(
            r"\bwithin (?:the |our |its |their )?(?:published |agreed |statutory |contracted |target )?(?:service (?:standard|level)s?|"
            r"sla|slas|response (?:standard|target|time)|statutory (?:time ?limits?|timescales?|deadlines?|period))\b"
        ),
    ),
    # From sets_holdout64 and metrics_holdout28, looked at after their first measurement.
    (
        # a score built from where a phone is or how long a status shows, footage reviewed to see how time is spent
        "surveillance",
        4.5,
        re.compile(
            r"\b(?:engagement|productivity|activity|performance|effort|presence)\b (?:(?:index|score|rating|dashboard|ranking)\b|"
            r"(?:measured|calculated|derived|built|based) (?:from|on)\b).{0,70}?"
            r"\b(?:phones?|gps|location|geo-?location|postcodes?|handhelds?|bodycams?|body[- ]worn|cameras?|badges?|status|keystrokes|stops|"
            r"rfid|minutes? (?:in|on|at))\b|\brfid (?:badge|tag)s?\b.{0,40}\b(?:time|minutes|location|movements?)\b|"
            r"\b(?:score|index|rating|metric)\b (?:from|based on|derived from|built from|measured from|using) (?:the |a )?(?:[\w-]+ )?"
            r"(?:cctv|camera|microphones?|audio|recordings?|idle[- ]screen|screen|badges?|gps|telematics|keystrokes?|mouse|webcams?|"
            r"bodycams?)\b|\bidle[- ]screen (?:detection|time|monitoring)\b|\bmicrophone recordings?\b|"
            r"\b(?:bodycam|body[- ]worn (?:camera|video)|cctv|camera|dashcam|in-cab|video) footage\b.{0,40}?\b(?:to (?:check|see|monitor|track|"
            r"measure|count)|reviewed (?:for|to))\b|\breviews? (?:the )?(?:bodycam|body[- ]worn camera|cctv|camera|dashcam) footage\b|"
            r"\b(?:phone|device|handset)(?:'s|’s)? (?:stays|spends|remains|sits) (?:at|in|on)\b"
        ),
    ),
    (
        # hands-on tallies of an hour, a night or a shift: "Bloods drawn per hour", "labels changed per night",
        # "Bills of lading prepared"
        "activity",
        3.0,
        re.compile(
            r"\b\w+s (?:drawn|changed|replaced|laid|washed|cleaned|picked|packed|stacked|scanned|labelled|wrapped) "
            r"(?:per|an|a|each|every) (?:hour|hr|night|shift|day)\b|"
            r"^(?:no\.? of |number of )?[\w-]+(?: [\w-]+){0,3} (?:prepared|drafted|raised|issued|filed)\s*[.!]?\s*$|"
            r"\b(?:phoned|called|rung|texted|emailed|contacted|visited) (?:every|each|per|a|once a) (?:day|week|month|quarter)\b|"
            r"\b\d+ (?:[\w-]+ ){0,2}[\w-]+s (?:per|a|each) [\w-]+ (?:per|a|each|every) (?:day|week|month|shift)\b|"
            r"\b\d+ (?:[\w-]+ ){0,2}(?:tenders|bids|quotes|proposals|posts|videos|articles|leads|cold calls) [\w-]+ed "
            r"(?:per|a|each|every) (?:day|week|month|quarter)\b"
        ),
    ),
    (
        # visits by staff, counted: "Tenancy visits carried out: 120% of target"
        "activity",
        5.0,
        re.compile(
            r"\b\w+ visits (?:carried out|made|conducted|undertaken|done)\b(?! (?:within|by|before|on time|in time))"
        ),
    ),
    (
        # being available as the measure: "Availability: 100% of school days offered"
        "effort",
        4.0,
        re.compile(
            r"\bavailability\W+(?:[\w%.]+ ){0,3}?(?:of )?(?:(?:school|working|rostered|contracted|shift) )?(?:days|shifts|hours|"
            r"weekends) (?:offered|worked|available)\b"
        ),
    ),
    (
        # equipment and services working for the people who use them; money per appointment or visit
        "outcome",
        3.0,
        re.compile(
            r"\b(?:heating|lighting|lifts?|elevators?|boilers?|hot water|air[- ]con\w*|ventilation|wi-?fi|toilets?|showers?|"
            r"fire alarms?|equipment|machines?|systems?)\b (?:[\w-]+ )?(?:working|operational|in service|functioning)\b|"
            r"\b(?:average|avg|mean) (?:[\w-]+ ){0,2}(?:value|spend|revenue|takings|ticket size)\b"
        ),
    ),
    (
        # loans falling behind: "accounts rolling from 30+ DPD to 90+ DPD", "% of the book in arrears"
        "outcome",
        4.0,
        re.compile(
            r"\b(?:dpd|days past due|past[- ]due|in arrears|arrears rate|roll(?:ing)? (?:rate|from)|delinquen\w+)\b"
        ),
    ),
    (
        # a response time: "home visits made within 48 hours of referral"
        "outcome",
        4.0,
        re.compile(
            r"\bwithin (?:\d+|one|two|three|five|seven|ten) (?:working |business |calendar )?(?:hours|days|minutes|weeks) of (?:the |a |their )?"
            r"(?:referral|request|report|reporting|admission|discharge|arrival|notification|booking|first contact|order|complaint)\b"
        ),
    ),
    (
        # a conversion named as the measure is a rate of results, whatever its numerator counts: "Referral conversion:
        # policies issued / qualified referrals"
        "outcome",
        3.0,
        re.compile(r"^(?:[\w&'/-]+ ){0,3}conversion(?: rate| ratio| %)?\s*(?:[.:(–—-]|$)"),
    ),
    (
        # a document tally, whatever it is called: "Bills of lading issued per week"
        "activity",
        3.0,
        re.compile(
            r"\b\w+s of [\w-]+(?: [\w-]+)? (?:produced|submitted|issued|distributed|raised|processed|prepared) "
            r"(?:each|every|per|a) (?:day|week|month|shift)\b"
        ),
    ),
    (
        # a boss reading staff's mail: "Supervisor reads the outbox each day to check tone"
        "surveillance",
        4.0,
        re.compile(
            r"\b(?:supervisors?|managers?|team lead(?:er)?s?|boss|owner|director)s? (?:reads?|checks?|reviews?|goes through|"
            r"monitors?|scans?) (?:the |their |staff(?:'s|’s)? |each |every |all )?(?:[\w-]+ )?(?:outbox|inbox|sent items|e-?mails|"
            r"messages|chats?|dms)\b"
        ),
    ),
    (
        # being busy as the measure: a full calendar, hours booked per person per day
        "effort",
        4.0,
        re.compile(
            r"\b(?:hours|hrs|time|days|man-?days|person-?days) (?:invested|allocated|dedicated|devoted|committed) (?:in|to|on)\b|"
            # taking on extra shifts as the measure: "Shift fill rate: % of offered extra shifts accepted"
            r"\b(?:offered |extra |additional |overtime |bank )+(?:shifts|call-?outs) (?:accepted|taken|picked up|covered)\b|"
            r"\bcalendar (?:occupancy|utili[sz]ation|load|density|fullness)\b|\b(?:occupancy|utili[sz]ation) of (?:their|each|the|his|her) "
            r"(?:calendar|diary)\b|\b(?:hrs?|hours) (?:logged |worked |booked |at (?:the |their )?desk )?per (?:person|head|fte|employee|agent|"
            r"assessor|advis[eo]r|officer|rep|engineer|worker|nurse|caseworker|consultant|analyst|developer|technician|driver|picker|"
            r"operative|clerk|handler|associate|colleague|team member|member of staff) per (?:day|shift|week)\b"
        ),
    ),
    (
        # displays reset and pieces published or created, per period: a tally of the work
        "activity",
        3.0,
        re.compile(
            r"^(?:[\w&'/-]+ ){0,2}\w+s (?:reset|published|uploaded|created|set up|refreshed)(?: (?:per|a|each|every) "
            r"(?:day|week|month|shift|sprint)|weekly|daily|monthly)\s*[.!]?\s*$"
        ),
    ),
]
_CUES += [
    (
        # time given, counted as what was given: "hours of lab demonstrating completed", "hours of tutoring done"
        "effort",
        4.5,
        re.compile(
            r"\bhours? of (?:[\w-]+ ){1,3}(?:completed|done|taught|given|provided|worked|put in)\b|"
            # being there early or late: "how late the sous chef stays after close", "days the apprentice opens up before 7am"
            r"\bhow late (?:[\w-]+ ){0,4}(?:stays?|works?|leaves?|remains?)\b|"
            r"\bstays? (?:late|behind|back|on) (?:after|past|beyond) (?:close|closing|hours|the shift|service|lock-?up|home time)\b|"
            r"\bdays? (?:that |when |on which )?(?:the |each |our )?(?:[\w-]+ ){0,2}(?:opens?(?: up)?|arrives?|is in|gets? in|"
            r"clocks? in|starts?) (?:[\w-]+ ){0,3}(?:before|by) \d{1,2}(?:[:.]\d{2})?\s*(?:am|a\.m\.)|"
            # there in person as the measure: "clerk present in court for 100% of listed sitting time"
            r"\bpresent (?:in|at|on) (?:the )?(?:court(?:room)?|office|ward|site|desk|shop ?floor|floor|counter|branch|studio|"
            r"workshop|class ?room|premises)\b[^.;]{0,40}?\b(?:percent|hours?|time|days?|shifts?)\b|"
            # at the station all day: "artist seated at station from open to close"
            r"\b(?:seated|sat|stationed|present|on (?:the )?(?:floor|till|station)|at (?:the |their |his |her )?(?:station|desk|"
            r"chair|post|bench|till))\b[^.;]{0,30}?\bfrom open(?:ing)? (?:to|until|till) clos(?:e|ing)\b"
        ),
    ),
    (
        # a presence read off the building's gates, and time in the break rooms: "minutes in the changing area, recorded
        # by the turnstile", "time in the canteen"
        "surveillance",
        4.5,
        re.compile(
            r"\b(?:recorded|logged|tracked|captured|counted|measured|timed) (?:by|from|at|on|through|via) (?:the |our |a )?"
            r"(?:turnstiles?|access[- ]control(?: system| logs?)?|badge (?:readers?|swipes?|system)|door (?:readers?|sensors?|logs?)|"
            r"entry gates?)\b|"
            r"\b(?:minutes?|time|hours?) (?:spent )?(?:in|on) (?:the )?(?:[\w-]+ ){0,2}(?:toilets?|bathrooms?|restrooms?|"
            r"break ?rooms?|canteen|smoking (?:area|shelter)|changing (?:areas?|rooms?)|rest areas?)\b"
        ),
    ),
    (
        # a worker's mailbox read off the mail server: "% of Outlook emails opened within 1 hour (from mail logs)"
        "surveillance",
        4.5,
        re.compile(r"\b(?:mail|e-?mail|outlook|exchange|gmail|inbox|mailbox) (?:server |audit |access )?logs?\b"),
    ),
    (
        # a tally per day written as its target: "AML alert throughput: 40 reviewed/day", "25 files checked per shift"
        "activity",
        3.5,
        re.compile(
            r"\b\d+\s*(?:[\w-]+\s+)?(?:reviewed|processed|handled|screened|checked|closed|completed|made|sent|done|logged|"
            r"cleared|worked|answered|touched)\s*(?:/|per |a |each |every )(?:day|hour|hr|shift|week|wk)\b"
        ),
    ),
    (
        # units of work done, counted per worker or crew: "trains cleaned overnight per cleaning team", "units fitted per
        # installer"
        "activity",
        3.0,
        re.compile(
            r"\b[\w-]+s (?:cleaned|serviced|washed|inspected|visited|repaired|picked|packed|loaded|unloaded|processed|handled|"
            r"checked|fitted|installed|assembled|delivered|sorted|scanned|valeted) (?:[\w-]+ ){0,2}per (?:[\w-]+ )?(?:team|crew|"
            r"worker|person|cleaner|technician|tech|operative|installer|fitter|agent|fte|head|picker|packer|driver|valeter)\b"
        ),
    ),
    (
        # time online in Turkish, as "hours online" in English: "çevrim içi kalma süresi" (time staying online)
        "effort",
        4.5,
        re.compile(r"\bçevrim ?i[çc]i (?:kalma )?s[üu]resi\b|\bonline (?:kalma )?s[üu]resi\b"),
    ),
]
_KIND_CUES = _by_kind(_CUES)
# (a boss's "rating" is a word of its own: "generated by marketing" is not "rated by" anyone)
_VAGUE, _QUANTITY, _COMPARE, _DAILY_TEXT, _SUBJECTIVE = (
    _fast(p) for p in (_VAGUE, _QUANTITY, _COMPARE, _DAILY_TEXT, _SUBJECTIVE)
)
# Words one of which every comparison or daily-review phrase contains: cheap checks before the full patterns.
_COMPARE_GATE = _fast(
    r"rank|league|leader|table|\bvs\b|versus|against|compared|relative|\bthan\b|\btop\b|\bbottom\b|percentile|\bbeat\b|"
    r"(?:average|avg|mean|median) of|"
    r"best in|outperform|position|place|above|below|lowest|highest|\bbest\b|worst|fastest|slowest|upper|lower|"
    r"alongside|next to|beside|fewest|\bmost\b|among"
)
_DAILY_GATE = re.compile(
    r"daily|hourly|each day|every day|every hour|shift|morning|evening|night|\b(?:business|working|trading|operating) day|huddle|stand-?up|briefing|handover"
)


# Words of watching a person: a ranking built on them is still monitoring
_WATCHING = re.compile(
    r"track|telematic|monitor|gps|camera|cctv|keystroke|screen|badge|swipe|log-?ins?\b|logged|online|window|idle|"
    r"webcam|recording|listen"
)


class _Role(NamedTuple):
    families: list[str]  # the matched family and any runner-up within a small margin
    known: bool  # the title is a known job title
    readings: list[str]  # the families the title could well be read as (close runners-up too), best first
    nearby: list[str]  # every candidate family: neighbouring work, not another job
    subject: frozenset[str] = frozenset()  # what the title names ("station" for a service station manager)
    heads_unit: bool = False  # a head, director or chief: answers for a business unit's money as well as its work


_NO_ROLE = _Role([], False, [], [])


@dataclass
class Assessment:
    kind: str  # outcome | effort | activity | surveillance
    reject_score: float
    evidence: str  # the cue or neighbour that decided
    outcome_cue: float = 0.0  # weight of the strongest outcome cue found


class Validator:
    """Validator bound to a retrieval index (for meaning, rewrites and role fit)."""

    def __init__(self, index: Index) -> None:
        self.index = index
        self.kb = index.kb
        self.bank, bank_vecs = index.labelled_bank()
        self.bank_vecs = bank_vecs
        self._bank_t = np.ascontiguousarray(bank_vecs.T)  # (dim, n): the fast layout for small batches
        # a knowledge base's misused metric that is only vague ("be more proactive") is a warning, not a rejected
        # neighbour: it votes neither way, or a vague line would be rejected as whatever rejected metric is near
        silent = np.array([e.kind == "misused" and e.metric_kind == "vague" for e in self.bank], dtype=bool)
        self.bank_reject = np.array([e.label == "reject" for e in self.bank]) & ~silent
        self._bank_weight = (~silent).astype(np.float32)
        self.bank_kind = [e.metric_kind for e in self.bank]
        self._kpi_entries, self._kpi_vecs = index.of_kind("kpi")
        self._kpi_family = np.array([e.family for e in self._kpi_entries])
        # examples about developing other people fit every trade alike: they say nothing of the role's own work
        self._kpi_develops = np.array([self._develops(e.entry_id) for e in self._kpi_entries], dtype=bool)
        bad_kinds = ("misused", "rewrite_bad")
        self._bad_idx = np.array([i for i, e in enumerate(self.bank) if e.kind in bad_kinds], dtype=int)
        self._bad_vecs = self.bank_vecs[self._bad_idx]
        self._bad_family = np.array([self.bank[i].family for i in self._bad_idx])
        self._role_cache: dict[str, _Role] = {}
        # every family a role's title could belong to (the runner-ups too): the work of one of them is not
        # off this role ("unplanned weight loss" for a care home's healthcare assistant, a care worker's KPI)
        self._rewrite_bias: dict[str | None, np.ndarray] = {}
        self._family_masks: dict[tuple, np.ndarray] = {}
        self._earning: dict[str, bool] = {}
        self._rewrite_by_id: dict[str, str] | None = None
        self._principles = {p.id: p for p in self.kb.principles}
        self._translator = Translator(self.kb.glossaries)

    # ---- classification ---------------------------------------------------------------------
    def embed(self, texts: list[str]) -> np.ndarray:
        return self.index.embed([expand(t) for t in texts])

    def assess_many(
        self, texts: list[str], vecs: np.ndarray | None = None, full: list[str] | None = None
    ) -> list[Assessment]:
        """Classify core metric texts; ``full`` (the lines as given) is searched for surveillance
        too, since monitoring named only in an aside ("(time logged in)") is still monitoring."""
        return self._assess(texts, vecs, full)[0]

    def _assess(
        self,
        texts: list[str],
        vecs: np.ndarray | None,
        full: list[str] | None,
        exact_scores: bool = True,
        alts: list[str | None] | None = None,
    ) -> tuple[list[Assessment], np.ndarray]:
        """Assessments and the texts' vectors. The neighbour vote moves a decision by at most
        VOTE_WEIGHT / 2, so a line whose cues already decide by more than that needs no neighbours:
        with ``exact_scores`` off (only the verdict and its evidence are wanted, not the score) the
        vote is computed for the other lines alone, about a fifth of a typical batch."""
        full = full or texts
        if not len(texts):
            return [], np.zeros((0, self.bank_vecs.shape[1]), dtype=np.float32)
        out_vecs = self.embed(texts) if vecs is None else vecs
        cues = [self._cues(text, whole) for text, whole in zip(texts, full, strict=True)]
        for i, alt in enumerate(alts or ()):
            if alt:  # the line as written, in its own language: the strongest cue of each kind from either reading
                scores, found, low = cues[i]
                alt_scores, alt_found, _ = self._cues(core_metric(alt), alt)
                for kind, w in alt_scores.items():
                    if w > scores[kind]:
                        scores[kind], found[kind] = w, alt_found[kind]
                cues[i] = (scores, found, low)
        rows = [i for i, c in enumerate(cues) if exact_scores or _vote_matters(c[0])]
        tops: list[np.ndarray | None] = [None] * len(texts)
        votes = np.zeros(len(texts), dtype=np.float32)
        if rows:
            top, row_votes = self._votes(out_vecs[rows])
            votes[rows] = row_votes
            for r, i in enumerate(rows):
                tops[i] = top[r]
        decided = [
            self._decide(text, cue, row_top, float(vote))
            for text, cue, row_top, vote in zip(texts, cues, tops, votes, strict=True)
        ]
        return decided, out_vecs

    def _votes(self, vecs: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Nearest labelled examples of each row and their similarity-weighted vote (+-1.5 at most);
        neighbours that are only loosely alike share a topic, not a verdict, so they count less."""
        n, k = len(vecs), min(7, self._bank_t.shape[1])
        top = np.empty((n, k), dtype=np.int64)
        top_sims = np.empty((n, k), dtype=np.float32)
        # In blocks of rows: a block's similarity matrix stays small enough for the allocator to reuse.
        for start in range(0, n, VOTE_BLOCK):
            sims = vecs[start : start + VOTE_BLOCK] @ self._bank_t
            rows = np.arange(len(sims))
            # k passes of argmax beat argpartition several times over for a small k and a wide bank
            for i in range(k):
                j = sims.argmax(axis=1)
                top[start : start + len(sims), i], top_sims[start : start + len(sims), i] = j, sims[rows, j]
                sims[rows, j] = -np.inf
        w = np.clip(top_sims, 0.0, None) ** 3 * self._bank_weight[top]
        p_reject = (w * self.bank_reject[top]).sum(axis=1) / np.maximum(w.sum(axis=1), 1e-9)
        confidence = np.clip((top_sims[:, 0] - 0.3) / 0.3, VOTE_MIN_CONFIDENCE, 1.0)  # full weight from 0.6
        return top, VOTE_WEIGHT * (p_reject - 0.5) * confidence

    @staticmethod
    def _cues(text: str, whole: str | None) -> tuple[dict[str, float], dict[str, str], str]:
        """The strongest lexical cue of each kind: (scores, matched text, lower-cased text)."""
        scores = {"surveillance": 0.0, "effort": 0.0, "activity": 0.0, "outcome": 0.0}
        cue_text: dict[str, str] = {}
        low = _low(text)
        whole_low = _low(whole) if whole and whole != text else None
        for cues in _KIND_CUES:
            # monitoring is looked for in the whole line (asides included); every other kind in the core
            weight, found = cues.strongest(whole_low if cues.kind == "surveillance" and whole_low else low)
            if weight:
                scores[cues.kind], cue_text[cues.kind] = weight, found
                if cues.kind == "surveillance":
                    break  # monitoring decides on its own
        return scores, cue_text, low

    def _decide(
        self, text: str, cues: tuple[dict[str, float], dict[str, str], str], top: np.ndarray | None, vote: float
    ) -> Assessment:
        scores, cue_text, low = cues
        if scores["surveillance"] >= 3.0:
            return Assessment("surveillance", 1.0, f"'{cue_text['surveillance']}'")
        bad = max(("surveillance", "effort", "activity"), key=lambda kk: scores[kk])
        bad_score = scores[bad]
        decision = bad_score - scores["outcome"] + vote
        if bad_score == 0 and scores["outcome"] == 0:
            # (or a superior's judgement that nothing counted backs: "Head of Product's judgement in 1:1s")
            if _VAGUE.search(low) and (not _QUANTITY.search(low) or _SUBJECTIVE.search(low)) or _BOSS_VIEW.search(low):
                return Assessment("outcome", 0.0, "a trait, not a measure")  # reported as vague, not by neighbours
            decision = vote - NO_CUE_LEAN  # no cue at all: lean to accept unless neighbours clearly reject
        if (
            decision > 0
            and bad_score == 0
            and _COMPARE_GATE.search(low)
            and _COMPARE.search(low)
            and not _WATCHING.search(low)
        ):
            # a ranking with no sign of effort, tallies or monitoring: the comparison rule speaks for it
            decision = -0.01
        if decision > 0:
            kind = bad if bad_score > 0 else self._near_kind(top)
            if scores["effort"] >= 2.5:
                kind = "effort"  # "hours logged per week" is about time put in before it is a tally
            ev = (
                f"'{cue_text[kind]}'"
                if kind in cue_text
                else f"close to '{self.bank[self._nearest_of(top, kind)].text}'"
            )
            return Assessment(kind, min(1.0, 0.5 + decision / 6), ev)
        ev = f"'{cue_text['outcome']}'" if "outcome" in cue_text else "reads as a result"
        return Assessment("outcome", max(0.0, 0.5 + decision / 6), ev, scores["outcome"])

    def _nearest_of(self, top: np.ndarray, kind: str) -> int:
        """The closest rejected neighbour of this kind, the example a user can compare with."""
        return next((int(i) for i in top if self.bank_reject[i] and self.bank_kind[i] == kind), int(top[0]))

    def _near_kind(self, top: np.ndarray) -> str:
        """The most common kind among the rejected neighbours (activity when none says)."""
        kinds = [self.bank_kind[i] for i in top if self.bank_reject[i]]
        # most common; a tie goes to the nearer neighbour's kind (not to set order, which varies by process)
        kind = max(kinds, key=lambda k: (kinds.count(k), -kinds.index(k))) if kinds else "activity"
        return kind if kind in KIND_RULE else "activity"

    # ---- rewrites -----------------------------------------------------------------------------
    def suggest_rewrite(self, text: str, vec: np.ndarray, family: str | None) -> str | None:
        """The outcome side of the closest misused metric or rewrite pair, preferring the role's family."""
        return self.suggest_rewrites(vec[None, :], family)[0]

    def suggest_rewrites(self, vecs: np.ndarray, family: str | None) -> list[str | None]:
        """``suggest_rewrite`` for many rows at once (one matrix product for a whole batch)."""
        if not len(self._bad_idx) or not len(vecs):
            return [None] * len(vecs)
        bias = self._rewrite_bias.get(family)
        if bias is None:
            if family:
                # Only this role's own misused metrics and general rewrites: another role's outcome would not fit.
                own, general = self._bad_family == family, self._bad_family == ""
                bias = np.where(own, 0.12, np.where(general, 0.0, -np.inf)).astype(np.float32)
            else:
                bias = np.where(self._bad_family == "", 0.0, -0.05).astype(np.float32)
            self._rewrite_bias[family] = bias
        best = (vecs @ self._bad_vecs.T + bias).argmax(axis=1)
        return [self._good_side(self.bank[int(self._bad_idx[int(j)])]) for j in best]

    def _good_side(self, bad: Entry) -> str | None:
        if bad.kind == "rewrite_bad":
            if self._rewrite_by_id is None:
                self._rewrite_by_id = {r.id: r.outcome for r in self.kb.rewrites}
            return self._rewrite_by_id.get(bad.entry_id.split("/", 1)[1])
        fam = self.kb.family(bad.family)
        i = int(bad.entry_id.rsplit("-", 1)[1])
        return fam.misused_metrics[i].alternative

    # ---- role fit -----------------------------------------------------------------------------
    def _develops(self, entry_id: str) -> bool:
        fam, kpi = self.kb.example_kpi(entry_id)
        return fam.kra(kpi.kra).develops

    def role_fit(self, vec: np.ndarray, families: list[str]) -> tuple[float, float, str]:
        """(best similarity to the role's own example KPIs, best elsewhere, family of the best elsewhere);
        the role's examples about developing others are left out of its own (they fit any trade)."""
        sims = self._kpi_vecs @ vec
        mine = self._family_mask(families)
        own = self._family_mask(families, core=True)
        own_best = float(sims[own].max()) if own.any() else 0.0
        other = ~mine
        j = int(np.argmax(np.where(other, sims, -2)))
        return own_best, float(sims[j]), str(self._kpi_family[j])

    def _family_mask(self, families: list[str], core: bool = False) -> np.ndarray:
        """Which example KPIs belong to the given families (kept: the same role is asked about per line);
        ``core``: without their examples about developing others."""
        key = (*families, core)
        mask = self._family_masks.get(key)
        if mask is None:
            mask = np.isin(self._kpi_family, families)
            if core:
                mask = mask & ~self._kpi_develops
            self._family_masks[key] = mask
        return mask

    def nearest_area(self, vec: np.ndarray, family: str | None, own_only: bool = False) -> tuple[str, float]:
        """The key result area (family/kra) of the closest example KPI (of the family alone with ``own_only``)."""
        return self.nearest_areas(vec[None, :], family, own_only)[0]

    def nearest_areas(self, vecs: np.ndarray, family: str | None, own_only: bool = False) -> list[tuple[str, float]]:
        """``nearest_area`` for many rows at once (one matrix product)."""
        if not len(vecs):
            return []
        sims = vecs @ self._kpi_vecs.T
        if family:
            sims = np.where(self._family_mask([family]), sims, -2.0 if own_only else sims - 0.15)
        best = sims.argmax(axis=1)
        out = []
        for row, j in zip(sims, best, strict=True):
            fam, kpi = self.kb.example_kpi(self._kpi_entries[int(j)].entry_id)
            out.append((f"{fam.id}/{kpi.kra}", float(row[j])))
        return out

    def _fill_measure_hints(self, findings: list[Finding], vecs: np.ndarray, family: str | None) -> None:
        """Each not-measurable finding's example: a KPI of the nearest key result area, with its measure
        (looked up for all the findings at once, after they are known)."""
        todo = [f for f in findings if f.rule == "not_measurable" and f.suggestion is None]
        if not todo:
            return
        areas = self.nearest_areas(vecs[[f.kpi_index for f in todo]], family)
        for f, (area, _) in zip(todo, areas, strict=True):
            f.suggestion = self._measurable_hint(area)

    def _measurable_hint(self, area: str) -> str | None:
        fam_id, _, kra_id = area.partition("/")
        ex = next((k for k in self.kb.family(fam_id).kpis if k.kra == kra_id), None)
        return f"{ex.name} ({ex.measure})" if ex else None

    # ---- public checks --------------------------------------------------------------------------
    def check_kpis(self, kpis: list[KPI | str], role: RoleProfile | str | None = None) -> list[KPIReport]:
        """Findings for each KPI on its own (no set rules)."""
        reports, records, _ = self._check(kpis, self._role_of(role))
        _not_off_role_when_titled(reports, records, role)
        return reports

    def _check(self, kpis: list[KPI | str], role: _Role = None) -> tuple[list[KPIReport], list[KPI], np.ndarray]:
        """Findings per KPI; with a role whose title is known, a KPI far from its work is off-role."""
        role = role or _NO_ROLE
        families = role.families
        records = [k if isinstance(k, KPI) else KPI(name=_one_line(k)[:2000] or "(empty)") for k in kpis]
        raw = [k if isinstance(k, str) else k.name for k in kpis]
        # a line in another language is read in rough English ("Anzahl der Hausbesuche pro Woche": "number of home
        # visits per week"); its own words still count for the cues written in that language
        english = [self._in_english(r) for r in records]
        # (the line as written is read again only where it was translated)
        originals = [self._cues_text(r) if e is not r else None for r, e in zip(records, english, strict=True)]
        records = english
        texts = [r.text() for r in records]
        cores = [core_metric(t) for t in texts]
        whole = [self._cues_text(r) for r in records]
        alts = [o if o is not None and o != w else None for o, w in zip(originals, whole, strict=True)]
        # what each line measures, without labels, asides and purpose clauses
        assessments, vecs = self._assess(cores, None, whole, exact_scores=False, alts=alts)
        # The measure says what is actually counted: "Customer visits" is read by its measure,
        # "Number of customer site visits made"; "Site visits. Share of visits where the fault was
        # fixed first time" by its explanation. A clear cue in the measure's own words decides.
        measures = {i: _measure_part(r, isinstance(kpis[i], KPI)) for i, r in enumerate(records)}
        measured = [i for i, m in measures.items() if m]
        if measured:
            m_texts = [measures[i] for i in measured]
            for i, m in zip(measured, self.assess_many(m_texts, None, m_texts), strict=True):
                if not m.evidence.startswith("'"):
                    continue  # decided by neighbours only: the whole line's reading stands
                # (a name that says what the ratio is, "Referral conversion", is not undone by its numerator's
                # count, "policies issued / qualified referrals")
                rate_named = assessments[i].outcome_cue >= 2.0 and numerator(records[i].measure) != records[i].measure
                clear_reject = m.kind in KIND_RULE and m.reject_score >= 0.8 and not rate_named
                clear_result = m.kind == "outcome" and m.reject_score <= MEASURE_OUTCOME
                # (monitoring named anywhere in the line stands: "Read receipts on WhatsApp: replied within 5 min")
                if (assessments[i].kind == "outcome" and clear_reject) or (
                    assessments[i].kind in KIND_RULE and assessments[i].kind != "surveillance" and clear_result
                ):
                    assessments[i] = m
        # A target that is a tally per period ("at least 60 per day") shows a count of actions, unless
        # the metric names a result ("revenue", "complaints", "a rate").
        for i, r in enumerate(records):
            a = assessments[i]
            if (
                a.kind == "outcome"
                and a.outcome_cue < 2.5
                and _COUNT_TARGET.search(r.target)
                and not _RESULT_NOUN.search(_low(texts[i]))
            ):
                assessments[i] = Assessment("activity", 0.7, f"a count per period as the target, '{r.target.strip()}'")
            # ... and a ceiling or zero as the target says the count is of something to avoid ("Review points
            # raised per file", target "<= 15"; "Reportable releases", target "0"): nobody caps the work they want done
            elif a.kind == "activity" and _CEILING_TARGET.search(r.target):
                assessments[i] = Assessment("outcome", 0.3, f"a ceiling as the target, '{r.target.strip()}'")
            # ... and a date as the whole target, where only neighbours called it a tally, says the work is one piece
            # to finish ("Fieldwork closed: all assigned areas closed and synced", target "by 15 Dec"): a deliverable
            elif a.kind == "activity" and not a.evidence.startswith("'") and _DATED_TARGET.match(r.target):
                assessments[i] = Assessment("outcome", 0.3, f"a dated deliverable, '{r.target.strip()}'")
        # A KPI record that counts nothing at all ("Stakeholder relationships", measure blank or "how it
        # looks to me") and resembles rejected examples only by topic has no number to judge yet: saying
        # what to count is the finding (not measurable), not a verdict on a count nobody named.
        uncounted: set[int] = set()
        for i, r in enumerate(records):
            a = assessments[i]
            if (
                isinstance(kpis[i], KPI)
                and a.kind in KIND_RULE
                and not a.evidence.startswith("'")
                and not _QUANTITY.search(_low(f"{r.name} {r.measure} {r.target}"))
            ):
                assessments[i] = Assessment("outcome", 0.5, "nothing counted")
                uncounted.add(i)
        rejected = [i for i, a in enumerate(assessments) if a.kind in KIND_RULE]
        rewrites = self.suggest_rewrites(vecs[rejected], families[0] if families else None)
        suggestions = dict(zip(rejected, rewrites, strict=True))
        reports: list[KPIReport] = []
        for i, (rec, text, vec, a) in enumerate(zip(records, texts, vecs, assessments, strict=True)):
            findings = self._kpi_findings(
                i, rec, text, vec, a, role, isinstance(kpis[i], KPI), i in uncounted, suggestions.get(i)
            )
            reports.append(KPIReport(text=raw[i], verdict=_verdict(findings), kind=a.kind, findings=findings))
        self._fill_measure_hints([f for r in reports for f in r.findings], vecs, families[0] if families else None)
        return reports, records, vecs

    @staticmethod
    def _cues_text(r: KPI) -> str:
        """The line the cues read: monitoring is looked for in the whole measure ("keyboard/mouse activity" is
        not a ratio to drop)."""
        t = r.text()
        return f"{t}. {r.measure}" if r.measure.strip() and r.measure not in t else t

    def _in_english(self, r: KPI) -> KPI:
        """The KPI with its words in rough English when it is written in a glossary language (else the same KPI)."""
        fields = {f: getattr(r, f) for f in ("name", "measure", "target", "cadence", "definition")}
        update = self._translator.english_fields(fields, f"{r.name} {r.measure}")
        return r.model_copy(update=update) if update else r

    def _kpi_findings(
        self,
        i: int,
        rec: KPI,
        text: str,
        vec: np.ndarray,
        a: Assessment,
        role: _Role,
        structured: bool,
        uncounted: bool = False,
        rewrite: str | None = None,
    ) -> list[Finding]:
        families = role.families
        family = families[0] if families else None
        out: list[Finding] = []
        if a.kind in KIND_RULE:
            rule = KIND_RULE[a.kind]
            out.append(
                self._finding(
                    rule,
                    "reject",
                    i,
                    _REJECT_MESSAGES[rule].format(evidence=a.evidence),
                    rewrite if rewrite is not None else self.suggest_rewrite(text, vec, family),
                )
            )
        # the outcome checks below (vague, not measurable, off-role) concern results only
        is_outcome = a.kind == "outcome"
        # (a quantity word inside an impression does not count: "how much people here value learning")
        # (nor does "per" naming whose view it is: "how customers seem to feel, per service manager")
        quantity_words = is_outcome and bool(
            _QUANTITY.search(_low(_PER_JUDGE.sub(" ", _IMPRESSION.sub(" ", f"{rec.name} {rec.measure}"))))
        )
        # "How well we get on with suppliers" is a measure field with nothing in it to count
        # and so is one that repeats the name with only a direction for a target ("public confidence in the
        # service", target "Improved"): nothing in it says what would be counted
        impression = not quantity_words and bool(
            _IMPRESSION.search(rec.measure) or (rec.measure.strip() and _BARE_DIRECTION.match(rec.target))
        )
        has_quantity = (quantity_words or (bool(rec.measure.strip()) and not impression)) and not uncounted
        # (a bare line is its own measure: "Adds value to the investment process")
        subjective = is_outcome and bool(_SUBJECTIVE.search(_low(rec.measure or rec.name)))
        if (
            (
                (not quantity_words or subjective)
                and a.kind == "outcome"
                and (
                    _VAGUE.search(_low(rec.name))
                    or _VAGUE.search(_low(rec.measure))
                    # (or a few words that count nothing: "Enhance youth empowerment", measure "Participation and
                    # voice", target "Stronger than last year")
                    or (
                        _ASPIRATION.match(_low(rec.name))
                        and len(rec.measure.split()) <= 4
                        and not re.search(r"\d", f"{rec.measure} {rec.target}")
                    )
                    # (or an intention written where the measure should be: "Embed a culture of positive wellbeing")
                    or (_ASPIRATION.match(_low(rec.measure)) and not re.search(r"\d", f"{rec.measure} {rec.target}"))
                    # (... or where the target should be, over a measure of a word or two: "Change culture", measure
                    # "Ongoing", target "Champion a positive culture of change"; "Front of house", measure "Feedback",
                    # target "Be the friendly face of the practice")
                    or (
                        (_ASPIRATION.match(_low(rec.target)) or _BE_A_MANNER.match(_low(rec.target)))
                        and len(rec.measure.split()) <= 2
                        and not re.search(r"\d", f"{rec.measure} {rec.target}")
                    )
                    or impression
                    or _BOSS_VIEW.search(_low(rec.measure))
                )
            )
            or (
                # a culture to keep or drive, scored by whoever reviews it: "Keep a positive kitchen culture and good
                # teamwork - owner's rating (1-5)", "Drive strategic alignment - board assessment" (from sets_holdout77)
                a.kind == "outcome"
                and (_CULTURE_AIM.match(_low(rec.name)) or _CULTURE_AIM.match(_low(rec.measure)))
                and _RATED_BY.search(_low(rec.measure))
            )
            or (
                # a grade for a target over an impression that counts nothing: "Overall perception of learning across the
                # bank", target "Excellent"; "Relationship with iwi and community partners", target "High"
                a.kind == "outcome"
                and _ONLY_A_GRADE.match(_low(rec.target))
                # (a measure left blank is not measurable, which says more)
                and len(rec.measure.split()) >= 3
                and not re.search(r"\d", f"{rec.measure} {rec.target}")
                and not _QUANTITY.search(_low(rec.measure))
            )
            or (
                # a behaviour whose target only says it is shown: "Leads the team with energy", "Consistently demonstrated"
                a.kind == "outcome"
                and _DEMONSTRATED.match(_low(rec.target))
                and not re.search(r"\d", f"{rec.measure} {rec.target}")
                and not _QUANTITY.search(_low(rec.measure))
            )
            or (
                # an intention scored by one superior's mark: the number is the boss's view, not a result
                a.kind == "outcome"
                and _BOSS_VIEW.search(_low(rec.measure))
                and (_ASPIRATION.match(_low(rec.name)) or _VAGUE.search(_low(rec.name)))
            )
        ):
            out.append(
                self._finding(
                    "vague",
                    "warn",
                    i,
                    "This describes a trait or intention, not an observable result; nobody could say at a review "
                    "whether it was met.",
                    self.suggest_rewrite(text, vec, family),
                )
            )
        if not has_quantity and a.kind == "outcome":
            out.append(
                self._finding("not_measurable", "warn", i, _NOT_MEASURABLE)  # its example: _fill_measure_hints
            )
        # a bare line (or a record with only a name) is a metric, not yet a KPI record: no target expected
        if (
            structured
            and rec.measure.strip()
            and (not rec.target.strip() or _NO_TARGET.match(rec.target))
            and not _STATED_TARGET.search(_AGE_LIMIT.sub(" ", rec.name))
            and not _TARGET_IN_MEASURE.search(rec.measure)
        ):
            out.append(
                self._finding(
                    "missing_target",
                    "warn",
                    i,
                    "No target: agree one with the employee, relative to a baseline from current data "
                    "(for example 'baseline from last quarter; target: reduce by a fifth within two quarters').",
                )
            )
        low = _low(text)
        if rec.cadence in ("daily", "hourly") or (_DAILY_GATE.search(low) and _DAILY_TEXT.search(low)):
            out.append(
                self._finding(
                    "daily_checklist",
                    "warn",
                    i,
                    "Reviewed daily or hourly, this turns into a checklist and feels like being watched; review it "
                    "monthly or quarterly and leave daily numbers to the team's working tools.",
                    "Review monthly (or quarterly for slow-moving outcomes).",
                )
            )
        # (a target can be the comparison: "above team average", "top 3 of 20"; and so can any part of the measure,
        # past the ratio the line keeps: "avg change in Oswestry/NDI score; top quartile of clinicians at the clinic")
        compared = " ".join(
            [low, *(_low(t) for t in (rec.measure if rec.measure not in text else "", rec.target) if t)]
        )
        if _COMPARE_GATE.search(compared) and _COMPARE.search(compared):
            out.append(
                self._finding(
                    "cross_role_comparison",
                    "warn",
                    i,
                    "Ranks the person against colleagues whose territories, caseloads or shifts differ; compare "
                    "with their own baseline and the agreed target instead.",
                    re.sub(
                        r"\s*\(?\b(?:rank(?:ing|ed)?|leader ?board|league table)\b.*$", "", rec.name, flags=re.I
                    ).strip()
                    + " against own baseline and target"
                    if rec.name
                    else None,
                )
            )
        # for a title the knowledge base does not know, only work named outright is someone else's, and every
        # close reading of the title may own it (a "forensic DNA analyst" read as a lab technician or a data
        # analyst; not a hydrologist read, a long way behind, as a leisure attendant) ...
        readers = families
        if not (families and a.kind == "outcome" and has_quantity) or self._spans_areas(readers):
            return out
        # (owners are domains, or single families: cabin crew sell on board, train drivers do not)
        owned_by = {self.kb.family(f).domain for f in readers} | set(readers)
        for pattern, owners, work in _OTHER_WORK:
            m = pattern.search(low)
            # ... and so may the title itself: a service station manager's sales at the petrol station
            if (
                m
                and not owned_by & owners
                and not any(role.subject & _subject_stems(x.group(0)) for x in pattern.finditer(low))
            ):
                out.append(
                    self._finding(
                        "off_role",
                        "warn",
                        i,
                        f"'{m.group(0)}' is {work}, not part of this role's key result areas; measure what "
                        "the role itself is responsible for.",
                    )
                )
                return out  # the work is named: that says more than the role's closeness to another family
        # money the business earns, on the scorecard of a role none of whose known work earns any (a laboratory
        # technologist's home-collection revenue, a teaching assistant's takings at the summer fair)
        earned = _MONEY_EARNED.search(low)
        if (
            earned
            # (income as the yardstick of something else is no income target: "write-offs as a share of net revenue")
            and not _INCOME_AS_YARDSTICK.search(low[: earned.start()])
            and not role.heads_unit
            and self.kb.family(readers[0]).domain in _NON_COMMERCIAL
            and readers[0] not in _PRIVATE_PRACTICE
            and not any(self._earns(f) for f in readers)
            and not role.subject & _subject_stems(earned.group(0))
        ):
            out.append(
                self._finding(
                    "off_role",
                    "warn",
                    i,
                    f"'{earned.group(0)}' is income for the organisation, which none of this role's key result areas "
                    "answers for; measure what the role itself is responsible for.",
                )
            )
            return out
        if role.known:
            # (a KPI that fits another plausible reading of the title is the role's own work: TRIR for a
            # "project manager, offshore wind farm construction", read as a programme manager or a construction one)
            own, other, other_fam = self.role_fit(vec, role.readings)
            # clearly another kind of work: far from the role's own examples, close to a family of
            # another domain (a neighbouring role, HR partner vs recruiter, shares much of the work)
            if (
                own < 0.20
                and other >= OFF_ROLE_OTHER
                and other - own >= 0.2
                and not self._same_domain(other_fam, families)
                and other_fam not in role.nearby
                # (the work of a family the title itself names: a customs compliance officer's customs work)
                and not role.subject & _subject_stems(self.kb.family(other_fam).name)
                and not self._common_measure(vec, other)
                # (closest to another family's example about developing its people: developing people is every
                # lead's work, "new billers working to standard" is not a sewing machinist's KPI for that)
                and not (_DEVELOPING.search(low) and self._nearest_develops(vec, role.readings))
            ):
                other_name = self.kb.family(other_fam).name.lower()
                out.append(
                    self._finding(
                        "off_role", "warn", i, f"{_READS_LIKE} {other_name}, not for this role's key result areas."
                    )
                )
                return out
        return out

    def _earns(self, family: str) -> bool:
        """Whether any of a family's example KPIs or areas is about money coming in (sales, revenue, fees, funds raised)."""
        hit = self._earning.get(family)
        if hit is None:
            fam = self.kb.family(family)
            words = " ".join(
                [f"{k.name} {k.measure} {k.definition}" for k in fam.kpis]
                + [f"{a.name} {a.description}" for a in fam.key_result_areas]
            )
            hit = self._earning[family] = bool(_MONEY_EARNED.search(_low(words)) or _EARNING_WORK.search(_low(words)))
        return hit

    def _nearest_develops(self, vec: np.ndarray, families: list[str]) -> bool:
        """Whether the closest example KPI outside these families is about developing people."""
        sims = np.where(self._family_mask(families), -2.0, self._kpi_vecs @ vec)
        return bool(self._kpi_develops[int(np.argmax(sims))])

    def _common_measure(self, vec: np.ndarray, best: float) -> bool:
        """A measure many kinds of work share ('forecast accuracy', 'customer rating'): the knowledge base
        holds close examples in three or more domains, so it is no sign of another job."""
        close = (self._kpi_vecs @ vec) >= best - COMMON_MEASURE_MARGIN
        domains = {self.kb.family(str(f)).domain for f in set(self._kpi_family[close].tolist())}
        return len(domains) >= 3

    def _same_domain(self, family: str, families: list[str]) -> bool:
        """Whether a family works in the role's domain or one that shares its flows (a buyer's inbound freight)."""
        own = {self.kb.family(f).domain for f in families}
        other = self.kb.family(family).domain
        return other in own or any(other in NEIGHBOUR_DOMAINS.get(d, ()) for d in own)

    def _spans_areas(self, families: list[str]) -> bool:
        """General managers and executives answer for every area: nothing is off their role."""
        return any(self.kb.family(f).domain in GENERALIST_DOMAINS for f in families)

    def check_set(self, kpis: list[KPI | str], role: RoleProfile | str | None = None, max_kpis: int = 5) -> SetReport:
        """Per-KPI findings plus the set rules: too many, too few, duplicates, unbalanced."""
        fit = self._role_of(role)
        families = fit.families
        family = families[0] if families else None
        reports, records, vecs = self._check(kpis, fit)
        _not_off_role_when_titled(reports, records, role)
        # In a set whose KPIs carry measures, one without a measure is not measurable as written
        # ("Reduce dispensing errors" beside "% of prescriptions ready within 15 minutes").
        if any(r.measure.strip() for r in records):
            for i, (rec, rep) in enumerate(zip(records, reports, strict=True)):
                done = {f.rule for f in rep.findings}
                if (
                    not rec.measure.strip()
                    and rep.kind == "outcome"
                    and not done & {"not_measurable", "vague"}
                    and not (_NAMES_ITS_MEASURE.search(rec.name) and not _INTENTION.match(rec.name))
                ):
                    rep.findings.append(self._finding("not_measurable", "warn", i, _NOT_MEASURABLE))
                    rep.verdict = _verdict(rep.findings)
            self._fill_measure_hints([f for r in reports for f in r.findings], vecs, family)
        set_findings: list[Finding] = []
        n = len(kpis)
        if n > max_kpis:
            set_findings.append(
                self._finding(
                    "too_many",
                    "reject",
                    None,
                    f"{n} KPIs is more than the agreed maximum of {max_kpis}; keep the {min(max_kpis, 5)} that "
                    "matter most for this role and move the rest to a team dashboard.",
                )
            )
        elif n < 3:
            set_findings.append(
                self._finding(
                    "too_few",
                    "warn",
                    None,
                    f"Only {n} KPI{'s' if n != 1 else ''}: most roles need 3 to 5 to cover their main responsibilities.",
                )
            )
        if n >= 2:
            for i, j in self._duplicates(records, vecs, family):
                reports[j].findings.append(
                    self._finding(
                        "duplicate",
                        "reject",
                        j,
                        f"Measures the same thing as KPI {i + 1} ('{_short(records[i].name)}') in other words; merge "
                        "them and use the slot for a responsibility that is not covered yet.",
                    )
                )
                reports[j].verdict = "reject"
            if n >= 3:
                areas = [r.kra.strip().lower() for r in records]
                role_text = role.title if isinstance(role, RoleProfile) else (role or "")
                theme = _one_theme(records, role_text) or ("money coming in" if _mostly_money(records) else None)
                # (what the job is about may be named by its family rather than its title: "data" for an
                # analytics engineer)
                job = f"{role_text} {self.kb.family(family).name}" if family else role_text
                if all(areas) and len(set(areas)) == 1 or _shared_measure_head(records, job) or theme:
                    same = True
                else:
                    inferred = self.nearest_areas(vecs, family)
                    same = len({a for a, _ in inferred}) == 1 and min(s for _, s in inferred) > 0.45
                    if not same and family:
                        inferred = self.nearest_areas(vecs, family, own_only=True)
                        same = len({a for a, _ in inferred}) == 1 and min(s for _, s in inferred) > UNBALANCED_OWN_AREA
                    # an area the title names is the whole job: an accounts payable clerk's KPIs all on payables
                    same = same and not _title_names_area(role_text, inferred[0][0])
                if same:
                    set_findings.append(
                        self._finding(
                            "unbalanced",
                            "warn",
                            None,
                            (f"Every KPI is about {theme}" if theme else "Every KPI sits on the same key result area")
                            + "; the rest of the job goes unmeasured. Keep the strongest one and add KPIs for the "
                            "role's other responsibilities.",
                        )
                    )
        verdicts = [r.verdict for r in reports] + [_verdict(set_findings)]
        return SetReport(verdict=_worst(verdicts), kpis=reports, set_findings=set_findings)

    def duplicates(self, kpis: list[KPI], role: RoleProfile | str | None = None) -> list[tuple[int, int]]:
        """Pairs (earlier, later) of KPIs that measure the same thing, as the set check reports them."""
        families = self._role_of(role).families
        vecs = self.embed([core_metric(k.text()) for k in kpis])
        return self._duplicates(kpis, vecs, families[0] if families else None)

    def _duplicates(self, records: list[KPI], vecs: np.ndarray, family: str | None) -> list[tuple[int, int]]:
        """Pairs (earlier, later) that measure the same thing: same normalised name, very close
        wording, or the same nearest example KPI in the knowledge base with related wording."""
        head = _shared_head(records) if len(records) >= 3 else set()
        if head:  # every KPI names the same measure (e.g. four kinds of revenue): compare what differs
            vecs = self.embed([_without(r.text(), head) for r in records])
        sims = vecs @ vecs.T
        concept_sims = vecs @ self._kpi_vecs.T
        if family:
            concept_sims = concept_sims + np.where(self._family_mask([family]), 0.05, 0.0)
        concept = concept_sims.argmax(axis=1)
        concept_score = concept_sims.max(axis=1)
        names = [_norm_name(r.name) for r in records]
        heads = [_measure_heads(r.name) for r in records]
        canon = [_canonical_tokens(r.name) for r in records]
        quantity = [_quantity_tokens(r) for r in records]
        # the names alone: "Dispensing accuracy" and "Dispensing slips" whatever their measures say
        named = [_quantity_tokens(KPI(name=r.name)) for r in records]
        # only names made of the same words, one side each, pair this way ("Network availability" and
        # "Time to restore network outages" name two measures)
        sided = [any(t.startswith("side") for t in q[1]) for q in named]
        measured = [bool(numerator(r.measure).strip()) for r in records]
        population = [_population(r) for r in records]
        population_nouns = [_population_nouns(r) for r in records]
        speed = [bool(_SPEED.search(expand(f"{r.name} {numerator(r.measure)}").lower())) for r in records]
        # a rate taken within one side ("late shipments where the customer was told in advance / late shipments")
        # measures something about that side, not the side itself
        # (and so is a rate within the work passed on: "% of tickets escalated to L2 sent back for information" is
        # about the escalating, not about first-contact resolution)
        within_side = [
            bool(_SIDE_STATE.match(p) or _ROUTED.search(expand(r.measure).lower()))
            for p, r in zip(population, records, strict=True)
        ]
        reliability = [_reliability(r) for r in records]
        retained = [_retained_population(r) for r in records]
        ratios = [_unit_ratio(r) for r in records]
        # the pairs any test below can hold for, found at once: a long list (a 1,000-line `kpi check`) would
        # otherwise spend seconds on pairs that share no word, no side, no concept and little wording
        n = len(records)
        # every test on sides needs one quantity named from opposite sides
        side_ids: dict[str, int] = {}
        for q, m in zip(quantity, named, strict=True):
            for t in (*q[1], *m[1]):
                side_ids.setdefault(t, len(side_ids))
        plus = np.zeros((n, max(len(side_ids), 1)), dtype=np.float32)
        minus = plus.copy()
        for r, (q, m) in enumerate(zip(quantity, named, strict=True)):
            for t, sign in (*q[1].items(), *m[1].items()):
                if sign in "+-":
                    (plus if sign == "+" else minus)[r, side_ids[t]] = 1.0
        between = np.array([r[0] for r in reliability])
        named_measure = np.array([bool(q[0] & _NAMED_MEASURES) for q in quantity])
        speed_arr = np.array(speed, dtype=bool)
        money = [bool(_MONEY_MEASURE.search(_low(numerator(r.measure) or r.name))) for r in records]
        first_time = np.array([q[1].get("sidefirsttime") is not None for q in quantity], dtype=bool)
        counts = np.array([r[1] for r in reliability])
        token_ids: dict[str, int] = {}
        rows = [[token_ids.setdefault(t, len(token_ids)) for t in c] for c in canon]
        bag = np.zeros((n, max(len(token_ids), 1)), dtype=np.float32)
        for r, ids in enumerate(rows):
            bag[r, ids] = 1.0
        shared = (bag @ bag.T) > 0  # names sharing no word cannot be the same measure by words
        name_ids = np.unique(names, return_inverse=True)[1]
        candidate = (
            (sims >= 0.80)
            | (
                (concept[:, None] == concept[None, :])
                & (np.minimum.outer(concept_score, concept_score) >= 0.45)
                & (sims >= 0.30)
            )
            | shared
            | ((plus @ minus.T + minus @ plus.T) > 0)
            | (name_ids[:, None] == name_ids[None, :])
            | np.outer(between, counts)
            | np.outer(counts, between)
            | np.outer(between, between)
            | np.outer(speed_arr, speed_arr)
            | np.outer(first_time, first_time)
            | np.outer(named_measure, named_measure)
        )
        pairs: list[tuple[int, int]] = []
        flagged: set[int] = set()
        for j in range(n):
            for i in np.flatnonzero(candidate[:j, j]).tolist():
                if i in flagged:
                    continue
                same_concept = (
                    concept[i] == concept[j]
                    and min(concept_score[i], concept_score[j]) >= 0.45
                    and not _part_of_cost(canon[i], canon[j])
                    and (
                        heads[i] == heads[j]  # "food cost" and "food waste" share a concept, not a measure
                        # with no named measure on either side, only close wording makes them one
                        and sims[i, j] >= (0.30 if heads[i] else 0.60)
                        # or one counts a quantity from one side and the other from the other side ("regretted
                        # attrition" and "key talent retention"): their heads differ by being opposites
                        or (_opposite_sides(quantity[i], quantity[j]) and sims[i, j] >= 0.30)
                    )
                )
                # two named whole measures that differ ("DSO" and "DPO") are two measures, however close their words
                distinct_wholes = bool(
                    canon[i] & _WHOLE_MEASURES
                    and canon[j] & _WHOLE_MEASURES
                    and not canon[i] & canon[j] & _WHOLE_MEASURES
                )
                if (
                    names[i] == names[j]
                    or (
                        (sims[i, j] >= 0.80 or same_concept)
                        and not distinct_wholes
                        and not _part_of_cost(canon[i], canon[j])
                    )
                    or (shared[i, j] and _same_measure(canon[i], canon[j]))
                    # one quantity in two sets of units: "kcal per kg clinker" and "MJ per tonne of clinker"
                    or (shared[i, j] and ratios[i] is not None and ratios[i] == ratios[j])
                    # with a measure on both sides the numerators carry the overlap; bare names must match in full
                    # (the time to put a failure right and the share of time without one are two quantities:
                    # "hours to restore outages" and "site availability")
                    or (
                        measured[i]
                        and measured[j]
                        and speed[i] == speed[j]
                        and not (within_side[i] or within_side[j])
                        and _same_quantity(quantity[i], quantity[j])
                    )
                    or (
                        sided[i]
                        and sided[j]
                        and speed[i] == speed[j]
                        and money[i] == money[j]
                        and named[i][0] == named[j][0]
                        and (
                            _same_quantity(named[i], named[j])
                            # two names that are each only the trade's word for one side, the same side ("First
                            # contact resolution" and "Sorted on the first call")
                            or (len(named[i][0]) == 1 and named[i][1] == named[j][1])
                        )
                    )
                    # the people or the money that stays and the people or money that goes, named from opposite
                    # sides, among the same population: "Subscriber churn" and "Renewal rate" (of subscriptions),
                    # "Employee turnover" and "Team retention" (still employed a year later)
                    or (
                        {named[i][1].get("sideretain"), named[j][1].get("sideretain")} == {"+", "-"}
                        and retained[i] is not None
                        and retained[i] == retained[j]
                        and speed[i] == speed[j]
                    )
                    # done right first time and needing another go are one quantity, whatever each counts over
                    # ("% of call-outs fixed at first attendance" and "% of faults needing another attendance")
                    # (and so are the time an asset runs and the time it stands, when both names say which:
                    # "Machine uptime" and "Unplanned downtime")
                    or (
                        (
                            (
                                {quantity[i][1].get("sidefirsttime"), quantity[j][1].get("sidefirsttime")} == {"+", "-"}
                                and money[i] == money[j]
                            )
                            or {named[i][1].get("sideuptime"), named[j][1].get("sideuptime")} == {"+", "-"}
                            # ("Punctuality" and "Late running")
                            or {named[i][1].get("sidetimely"), named[j][1].get("sidetimely")} == {"+", "-"}
                            # ("30-day readmissions" and "Patients staying home after discharge")
                            or {named[i][1].get("sidereadmit"), named[j][1].get("sidereadmit")} == {"+", "-"}
                            # ("Vacancy rate" and "Establishment fill")
                            or {named[i][1].get("sidestaffed"), named[j][1].get("sidestaffed")} == {"+", "-"}
                        )
                        and speed[i] == speed[j]
                        and not (within_side[i] or within_side[j])
                        and sims[i, j] >= 0.30
                    )
                    # the trade's names for the two sides, in the names themselves ("First-time fix rate" and "Repeat
                    # call-outs"), whatever else their measures say
                    # (not an inspection passed first time: "Certification right first time" and "Return visits")
                    or (
                        {named[i][1].get("sidefirsttime"), named[j][1].get("sidefirsttime")} == {"+", "-"}
                        # (what scrap costs and the share of units right first time are two quantities)
                        and money[i] == money[j]
                        and bool(_FIXED_FIRST.search(records[i].name) or _FIXED_FIRST.search(records[j].name))
                        and len(named[i][0]) <= 3
                        and len(named[j][0]) <= 3
                        and speed[i] == speed[j]
                        and not (within_side[i] or within_side[j])
                    )
                    # done right first time, both, over the same population ("% of incidents resolved at first contact"
                    # and "% of incidents closed by the service desk on the first interaction")
                    or (
                        measured[i]
                        and measured[j]
                        and quantity[i][1].get("sidefirsttime") is not None
                        and quantity[i][1].get("sidefirsttime") == quantity[j][1].get("sidefirsttime")
                        and bool(population[i])
                        and population[i] == population[j]
                        and speed[i] == speed[j]
                    )
                    or (reliability[i][0] and reliability[j][1])
                    or (reliability[j][0] and reliability[i][1])
                    # two times taken between the same two points ("minutes from triage to physician assessment" and
                    # "wait from triage until first seen by a physician")
                    or (
                        speed[i]
                        and speed[j]
                        and sims[i, j] >= 0.5
                        and len(_subject_shared(quantity[i][0], quantity[j][0])) >= 2
                    )
                    # the time between failures twice, of the same fleet or asset ("Haul truck MTBF" and "operating
                    # hours the haul fleet runs before a breakdown")
                    or (
                        reliability[i][0]
                        and reliability[j][0]
                        and bool(_subject_shared(quantity[i][0], quantity[j][0]))
                    )
                    # one named measure in both, in any words ("DSO" and "days it takes to turn an invoice into cash",
                    # "OEE" and "availability x performance x quality"), over the same subject or with none named
                    or (
                        bool(quantity[i][0] & quantity[j][0] & _NAMED_MEASURES)
                        and speed[i] == speed[j]
                        # ("DSO" and "cash conversion cycle: DIO + DSO - DPO": one is a part of the other)
                        and not distinct_wholes
                        # ("OEE, line 1" and "OEE, line 2" are two lines)
                        and set(re.findall(r"\d+", records[i].name)) == set(re.findall(r"\d+", records[j].name))
                    )
                    # the good and the bad share of one population: "% of shipments whose documents pass with no
                    # discrepancy" and "discrepancy notices per 100 shipments"
                    # (or the population one rate is taken over is what the other counts: "% of snag items closed
                    # before handover" and "defects still open at handover")
                    or (
                        _opposite_sides(quantity[i], quantity[j])
                        and speed[i] == speed[j]
                        and not (within_side[i] or within_side[j])
                        and _same_population(i, j, population, quantity, population_nouns)
                    )
                ) and (
                    not _segments_differ(records[i].name, records[j].name)
                    and not _windows_differ(records[i], records[j])
                    and not _check_and_return_differ(records[i], records[j])
                ):
                    # ("New car units sold" and "Used car units sold" are one measure over two segments)
                    pairs.append((i, j))
                    flagged.add(j)
                    break
        # one share and what is left of the same whole: "food cost / food revenue" and "(food revenue - food
        # cost of sales) / food revenue" are one number read from its two ends
        # (only a measure written as a whole less a part can be one end: most sets, and most of a 1,000-line
        # `kpi check`, hold none, and then no pair is looked at)
        parts = [ratio_parts(r.measure) for r in records]
        whole_less = [bool(p and _DIFFERENCE.match(p[0])) for p in parts]
        for j in range(n) if any(whole_less) else ():
            if j in flagged:
                continue
            for i in range(j):
                if i not in flagged and (
                    (parts[i] and parts[j])
                    and (
                        (whole_less[i] and _complements(parts[i], parts[j]))
                        or (whole_less[j] and _complements(parts[j], parts[i]))
                    )
                    # (or the time lost that a share of time available takes away, counted in hours: "(planned time -
                    # breakdown downtime) / planned time" and "Unplanned downtime: hours stopped for breakdowns")
                    or (whole_less[i] and not parts[j] and _lost_time_of(parts[i], records[j]))
                    or (whole_less[j] and not parts[i] and _lost_time_of(parts[j], records[i]))
                ):
                    pairs.append((i, j))
                    flagged.add(j)
                    break
        # (from sets_holdout78) the same ratio written twice, in other units ("recordable injuries x 200,000 / hours
        # worked" and "x 1,000,000 / hours worked"), upside down (heat rate "fuel kJ / kWh sent out" and thermal
        # efficiency "kWh sent out x 3,600 / fuel kJ"), or from its good and bad ends over one whole ("boards passing
        # first time / boards built" and "boards failing first time / boards built")
        folded = [(_ratio_tokens(p[0]), _ratio_tokens(p[1])) if p else None for p in parts]
        for j in range(n) if sum(1 for f in folded if f and all(f)) >= 2 else ():
            if j in flagged or not (folded[j] and all(folded[j])):
                continue
            nj, dj = folded[j]
            for i in range(j):
                if i in flagged or not (folded[i] and all(folded[i])):
                    continue
                ni, di = folded[i]
                if (
                    ((ni == nj and di == dj) or (ni == dj and di == nj))
                    and not _segments_differ(records[i].name, records[j].name)
                    and not _windows_differ(records[i], records[j])
                ):
                    pairs.append((i, j))
                    flagged.add(j)
                    break
        return sorted(pairs, key=lambda p: (p[1], p[0]))

    def _families_of(self, role: RoleProfile | str | None) -> list[str]:
        """The role's family and any runner-up within a small margin (hybrid or ambiguous titles)."""
        return self._role_of(role).families

    def _role_of(self, role: RoleProfile | str | None) -> _Role:
        """The families as above; whether the title is a known job title (a family id, or a title close to
        one of a family's job titles), which off-role findings need: for a role the knowledge base does not
        know, "far from its examples" means nothing; and every family the title could be read as."""
        if role is None:
            return _NO_ROLE
        if isinstance(role, RoleProfile):
            cands = role.family_candidates or ([(role.family, 1.0)] if role.family else [])
            known = role.title_match >= KNOWN_TITLE
        else:
            text = role.strip()
            if not text:
                return _NO_ROLE
            if text in self._role_cache:
                return self._role_cache[text]
            try:
                self.kb.family(text)
                cands, known = [(text, 1.0)], True
            except KeyError:
                from .roles import match_families, parse_posting

                parsed = parse_posting(text)
                if not parsed.title and "\n" not in text and JOB_NOUN.search(text.partition(",")[0]):
                    # a role given as one line is a title, however long its setting ("HR business partner,
                    # supporting 40 stores of a fashion retail chain, Manchester, UK"), not a duty
                    parsed = replace(parsed, title=text, responsibilities=[])
                matches = match_families(self.index, parsed, top=4)
                cands = [(m.family, m.score) for m in matches]
                known = bool(matches) and matches[0].title_score >= KNOWN_TITLE
        best = cands[0][1] if cands else 0.0
        title = role.title if isinstance(role, RoleProfile) else role
        out = _Role(
            [f for f, sc in cands if best - sc <= 0.15],
            known and bool(cands),
            [f for f, sc in cands if best - sc <= READING_MARGIN],
            [f for f, _ in cands],
            frozenset(_subject_stems(title.partition(",")[0])),
            bool(_HEADS_UNIT.search(title.partition(",")[0])),
        )
        if isinstance(role, str):
            self._role_cache[role.strip()] = out
        return out

    def _finding(self, rule: str, severity: str, i: int | None, message: str, suggestion: str | None = None) -> Finding:
        principle = PRINCIPLE.get(rule)
        p = self._principles.get(principle) if principle else None
        if p:
            message = f"{message} (Principle: {p.title}.)"
        return Finding(
            rule=rule, severity=severity, message=message, kpi_index=i, principle=principle, suggestion=suggestion
        )


# A name that is itself the formula: a standard measure of the trade ("DSO", "OEE, cell 3", "OTIF") or a ratio
# ("Cost per pallet delivered", "CO2 per pallet", "Food hygiene rating"); it needs no separate measure field.
_NAMES_ITS_MEASURE = re.compile(
    r"\b(?:" + _MEASURE_ABBR + r")\b|"
    r"\w \bper (?!(?:day|week|month|year|shift|hour|person|head)\b)\w|\b(?:rate|ratio|rating|index|score|yield|margin)\b|"
    # a plain count of events: "Recordable incidents", target 0
    r"\b(?:incidents|injuries|accidents|complaints|errors|defects|breaches|claims|escalations|near misses)\b",
    re.I,
)

# "Reduce dispensing errors", "Fewer terminology errors": an intention, not yet a measure
_INTENTION = re.compile(
    r"^\W*(?:reduce|fewer|improve|increase|cut|lower|minimi[sz]e|maximi[sz]e|more|less|boost|grow|raise|better)\b", re.I
)

_REJECT_MESSAGES = {
    "effort_based": "Measures effort put in ({evidence}), not a result; time and presence say nothing about what "
    "the work achieved.",
    "activity_count": "Counts activity ({evidence}) rather than its result; the number can rise without anyone "
    "being better off.",
    "surveillance": "Monitors the person ({evidence}) instead of the work's results; this erodes trust and invites "
    "gaming.",
}


_NOT_MEASURABLE = (
    "No measure or unit: say how the number is computed (formula, unit, data source) so two people would get the "
    "same result."
)


_GENERIC = set(
    "rate share number count total average mean median percent percentage ratio score time days hours level value "
    "per of the a an and or to in on by for from with within at as vs new kpi target quarterly monthly".split()
)


# one whole less one part, and nothing else: "(food revenue - food cost)"
_DIFFERENCE = re.compile(r"^\W*\(?\s*([^()+\-−–]+?)\s+[-−–]\s+([^()+\-−–]+?)\s*\)?\s*$")


_MONEY_WORDS = frozenset("cost value amount spend price sale sold revenue income total net gross".split())


def _alike(a: str, b: str) -> bool:
    """Two short phrases naming the same quantity: most of the shorter one's words are in the longer."""
    ta, tb = _content_tokens(a), _content_tokens(b)
    shared = ta & tb
    # (money words alone do not make two quantities one: "payroll cost" is not "food cost")
    return bool(shared - _MONEY_WORDS) and len(shared) / min(len(ta), len(tb)) >= 0.5


def _same_whole(a: str, b: str) -> bool:
    """The same base in the same words ("food revenue" and "Food revenue")."""
    ta = _content_tokens(a)
    return bool(ta) and ta == _content_tokens(b)


_LOST_TIME = frozenset("downtime outage stoppage breakdown delay idle lost unavailable".split())


def _lost_time_of(whole_less: tuple[str, str], other: KPI) -> bool:
    """Whether ``whole_less`` is (time - time lost) / time and ``other`` counts that time lost on its own."""
    m = _DIFFERENCE.match(whole_less[0])
    return bool(
        m
        and {w.rstrip("s") for w in _content_tokens(m.group(2))} & _LOST_TIME
        and (_alike(m.group(2), other.name) or _alike(m.group(2), other.measure))
    )


def _complements(whole_less: tuple[str, str], part: tuple[str, str]) -> bool:
    """Whether ``whole_less`` is (D - X) / D and ``part`` is X / D: the same share from its two ends."""
    m = _DIFFERENCE.match(whole_less[0])
    return bool(
        m
        and _same_whole(m.group(1), whole_less[1])
        and _same_whole(whole_less[1], part[1])
        and _alike(m.group(2), part[0])
    )


# the two ends of one whole, folded to one word so a ratio and its other end compare equal
_ANTONYMS = [
    (re.compile(r"\b(?:pass(?:es|ed|ing)?|fail(?:s|ed|ing|ures?)?)\b"), "passfail"),
    (re.compile(r"\b(?:accept(?:s|ed|ance)?|reject(?:s|ed|ions?)?)\b"), "acceptreject"),
    (re.compile(r"\b(?:on[- ]time|late|overdue)\b"), "timely"),
    (re.compile(r"\b(?:won|lost|wins?|loss(?:es)?)\b"), "winloss"),
    (re.compile(r"\b(?:non-?compliant|compliant)\b"), "compliant"),
    (re.compile(r"\b(?:in[- ]full|short[- ]shipped|incomplete|complete)\b"), "complete"),
]
_RATIO_STOP = frozenset("and or the of in on at by for with to an all any each".split())


def _ratio_tokens(text: str) -> frozenset[str]:
    """A side of a ratio as its content words, without figures ("x 200,000"), with a whole's two ends folded."""
    low = expand(text).lower()
    for pattern, token in _ANTONYMS:
        low = pattern.sub(f" {token} ", low)
    return frozenset(t for t in _content_tokens(low) if t not in _RATIO_STOP)


def _content_tokens(text: str) -> set[str]:
    words = re.findall(r"[a-z][a-z-]+", expand(text).lower())
    return {w.rstrip("s") for w in words if w not in _GENERIC and len(w) > 2}


_MEASURE_HEADS = set(
    "cost waste revenue margin profit retention churn satisfaction complaint error accuracy defect injur incident click "
    "safety escalation return conversion growth availability uptime downtime complian audit saving spend turnover "
    "engagement quality visit value backlog stock reopen repeat delay late overdue attrition leaver absence "
    "utilisation utilization occupancy yield scrap rework claim dispute discrepanc shrink loss forecast budget "
    "variance pipeline booking renewal expansion upsell referral review rating".split()
)
# (no head is the start of another, so a word starts with at most one)
_STARTS_WITH_HEAD = re.compile("|".join(sorted(_MEASURE_HEADS))).match


# Words that name the same measure in other words, folded to one token for duplicate checks.
_SYNONYMS = [
    # new business signed in a period: "bookings", "Auftragseingang", "order intake", "ACV signed" (from sets_holdout79)
    (
        r"\b(?:bookings|auftragseingang|order intake|(?:new )?acv (?:signed|booked)|annual contract value of (?:all )?(?:new|signed)|"
        r"jahresvertragswerte)\b",
        "bookings",
    ),
    # orders arriving whole and when promised: "OTIF", "on time and in full", "complete and on the agreed date"
    (
        r"\b(?:otif|on[- ]time(?:,)? (?:and )?in[- ]full|in[- ]full(?:,)? (?:and )?on[- ]time|(?:complete|with every line) and "
        r"(?:on time|on the (?:agreed|promised|requested|booked|committed) (?:date|day|slot))|on the (?:agreed|promised|requested) "
        r"(?:date|day) (?:and )?(?:complete|in full|with every line))\b",
        "otif",
    ),
    # viral load held down on treatment: "viral suppression", "VL suppressed", "VL <1000 copies/ml"
    (
        r"\b(?:viral(?:ly)? (?:load )?suppress\w*|vl (?:suppress\w*|<\s?1,?000|below 1,?000)|suppressed viral loads?|"
        r"undetectable viral loads?)\b",
        "viralsuppression",
    ),
    # last year's donors who gave again: "donor retention", "repeat giving", "givers making another gift"
    (
        r"\b(?:donor retention|repeat giving|repeat donors?|donors? (?:who )?(?:gave|give|giving|donated|donate) again|"
        r"givers? (?:making|who made|who make) (?:another|a second|a further|a repeat) (?:gift|donation)|retained donors?)\b",
        "donorretention",
    ),
    # one defect rate in two scales: "DPMO" and the "sigma level" computed from it (from sets_holdout78)
    (r"\b(?:dpmo|defects per million opportunities|(?:process |six )?sigma(?: level)?)\b", "dpmo"),
    # the same harm under its other names: "pressure ulcers", "pressure injuries", "HAPU", "bed sores"
    (
        r"\b(?:pressure (?:ulcers?|injur(?:y|ies)|sores?|damage)|hap[ui]s?|bed ?sores?|skin breakdown)\b",
        "pressureinjury",
    ),
    # falls that hurt someone: "falls with harm", "injurious fall rate", "patients who fall and sustain harm"
    (
        r"\b(?:injurious falls?|falls? (?:causing|with|resulting in|that caused?) (?:moderate |serious |any )?(?:harm|injury|injuries)|"
        r"falls? and sustains? (?:moderate |serious |any )?(?:harm|injury|injuries|an injury))\b",
        "fallharm",
    ),
    # a brand recognised when shown: "aided awareness" and "aided brand recall"
    (
        r"\baided (?:brand )?(?:awareness|recall|recognition)\b|\bprompted (?:brand )?awareness\b|"
        r"\brecogni[sz]e (?:the |our )?brand when (?:shown|prompted)\b",
        "aidedrecall",
    ),
    # a till that balances or does not: "till balancing accuracy" and "end-of-day till variances"
    (
        r"\btill (?:balanc\w*|variances?|discrepanc\w*|differences?|shortages?|overages?)\b|"
        r"\bcash (?:shortages?|overages?|over and short|differences?)(?: and (?:shortages?|overages?))?\b",
        "tillvariance",
    ),
    # loans in default: "NPL ratio" is the loans 90 days or more past due
    (
        r"\b(?:npls?(?: ratio)?|non-?performing (?:loans?|assets?|advances)|(?:90|ninety)\+? ?(?:days? )?(?:or more )?"
        r"(?:past due|dpd|overdue|in arrears))\b|\b(?:90|ninety)\+ dpd\b",
        "npl",
    ),
    # parts the customer rejects: "customer PPM" and "parts rejected by the OEM as % of parts delivered"
    (
        r"\b(?:customer|oem|external) (?:ppm|rejects?|rejections?|reject rate)\b|\b(?:parts|units|pieces) rejected by (?:the |our )?"
        r"(?:oem|customers?)\b|\bdefective parts per million (?:shipped|delivered)\b",
        "escape",
    ),
    # a drive-thru's or a counter's time from order to hand-out
    (
        r"\bspeed of service\b|\b(?:order|ordering)(?: point)? to (?:hand-?out|pick-?up|leaving|collection|the (?:pick-?up )?window)\b|"
        r"\bwindow time\b|\bdrive[- ]?thr(?:u|ough) (?:time|speed)\b",
        "speedofservice",
    ),
    # a customer counted once, in software sales: "Logo churn" is customer churn
    (r"\blogos?\b", "customer"),
    # claims against premium, named or spelled out: "Loss ratio" and "Incurred claims as % of net earned premium"
    (
        r"\b(?:loss ratio|claims(?: cost)? ratio|(?:incurred |paid )?(?:claims|losses)(?: cost)?(?: incurred)?(?:,? (?!as\b)[\w-]+){0,4}?,? "
        r"(?:expressed )?(?:as (?:a )?(?:%|percent(?:age)?|share|proportion) of|"
        r"relative to|to|against|/|over|divided by) (?:the )?(?:net )?(?:earned )?premiums?(?: earned)?)\b",
        "lossratio",
    ),
    # money owed that never comes in: "Bad debt expense" and "Uncollectable revenue"
    (
        r"\b(?:bad debts?(?: expense| write-?offs?| charge)?|uncollect[ai]ble(?: revenue| debts?| invoices?| receivables?)?|"
        r"irrecoverable (?:debts?|accounts?|balances?)|(?:debts?|balances?) (?:written off|not recovered)|(?:invoices?|receivables?|debts?) (?:\w+ ){0,2}not "
        r"(?:recovered|collected))\b",
        "baddebt",
    ),
    # days from invoice to cash: "DSO" and "average days between invoice issue and client payment"
    (
        r"\b(?:dso|days sales outstanding(?: collection)?|(?:average )?(?:number of )?days (?:between|from) (?:the )?(?:invoice|invoicing|"
        r"billing|bill)(?: issue| date)? (?:and|to|until) (?:the )?(?:client |customer )?(?:payment|cash|collection)|"
        r"(?:average )?collection period|(?:average )?days to (?:pay|collect)|"
        # (the turnover of receivables is the same figure the other way up: 365 / DSO)
        r"(?:receivables|debtors?|debtor(?:s|'s|s') ledger|ar) turnover(?: ratio)?)\b",
        "debtorterm",
    ),
    # capacity sold, named by the trade's word: "Sell-through" and "Unsold capacity"
    (r"\bsell[- ]?through(?: rate)?\b", "sold"),
    # patients back in hospital soon after going home
    (
        r"\b(?:re-?admi(?:ssions?|tted|t)|bounce[- ]?backs?|(?:coming|came|come|returning|returned) back in(?:to hospital)?|"
        r"return(?:ed|s)? to hospital|back in hospital)\b",
        "readmit",
    ),
    # homes standing empty between tenancies
    (
        r"\b(?:void (?:turnaround|turnround|period|days|time|loss)|voids?|re-?let(?:ting)?(?: times?| days)?|"
        r"(?:stands?|standing|sits?|sitting|left|lying) empty|empty (?:homes?|propert(?:y|ies)|units?|flats?)|"
        r"between tenan\w+)\b",
        "void",
    ),
    # customers lost (not staff: that is attrition)
    (
        r"\b(?:churn(?:ed)?(?: rate)?|"
        r"(?:customers?|clients?|accounts?|subscribers?|members?) (?:lost|cancell?ing|leaving|walking away)|"
        r"(?:lost|cancelled|canceled|departed) (?:customers?|clients?|accounts?|subscribers?|members?)|"
        r"walk(?:s|ed)? away|non-?renew\w*|renewals? (?:lost|not secured|missed))\b",
        "churn",
    ),
    # closing the books at period end
    (
        r"\b(?:(?:month|period|year|quarter)[- ]end close|close (?:speed|time|timetable|days|cycle)|days to close|"
        r"close the books|book close|(?:books|ledgers?|gl|general ledger) (?:(?:is|are|was|were|being) )?(?:closed|locked|lock|close)|"
        r"ledger lock)\b",
        "periodclose",
    ),
    # defective parts that reach the customer
    (
        # (not what suppliers send in: "supplier PPM", "defective parts per million received")
        r"\b(?:(?<!supplier )(?<!incoming )(?<!vendor )(?:ppm|parts per million)(?! received| incoming| from (?:the |our )?suppliers?)|"
        r"escapes?|escaped (?:defects?|bugs?|faults?)|"
        r"(?:customer|user|client)[- ](?:reported|found|raised) (?:defects?|faults?|bugs?)|(?:defects?|defective (?:\w+ )?(?:parts|units|items)|faulty (?:parts|units)) "
        r"(?:reaching|received by|found by|reported by) (?:the )?customers?|"
        # what the customer sends back as faulty: "m² of defective tiles returned by customers"
        r"(?:defective|faulty|nonconforming|non-conforming) (?:[\w²-]+ ){0,2}returned by (?:the |our )?customers?)\b",
        "escape",
    ),
    # appointments people do not turn up to
    (r"\b(?:no[- ]shows?|did not attend|dna(?: rate)?|missed appointments?|failed to attend)\b", "noshow"),
    # a breathing tube that comes out unplanned
    (
        r"\b(?:unplanned (?:self-?)?extubations?|accidental (?:et |endotracheal |breathing )?tube (?:dislodgements?|removals?)|"
        r"(?:et|endotracheal|breathing) tubes? (?:came|coming|comes) out (?:unintentionally|accidentally|by accident|unplanned))\b",
        "unplannedextubation",
    ),
    # violence against the staff: "assaults on officers" and "incidents where an inmate attacked staff"
    (
        r"\b(?:assaults? (?:on|against) (?:the )?(?:staff|officers?|employees|nurses|crew|colleagues)|"
        r"violence (?:against|towards|to) (?:the )?(?:staff|officers?|employees|nurses|crew|colleagues)|"
        r"(?:attacked|assaulted|hit|struck) (?:a |an |the )?(?:member of staff|staff|officers?|employees?|nurses?|crew)|"
        r"staff assaults?|assaults on staff)\b",
        "staffassault",
    ),
    (
        r"\b(?:time[- ]to[- ](?:hire|fill)|days to (?:hire|fill)|vacancy (?:days|duration)|"
        r"days? (?:a |the )?(?:post|role|vacancy|position) (?:stays? |is |remains? )?(?:open|unfilled|vacant))\b",
        "timetohire",
    ),
    (r"\b(?:sus(?: score)?|system usability scale|perceived usability(?: score)?)\b", "sus"),
    (r"\b(?:shrink(?:age)?|unknown loss(?:es)?|stock loss(?:es)?|mermas?)\b", "shrink"),
    (
        r"\b(?:(?:walk(?:ed|s)? out|left|leav(?:e|es|ing))(?: the \w+)?[- ](?:without|before)[- ](?:being[- ])?(?:seen|treat\w*|"
        r"assess\w*|triage\w*|served)|lwbs|lwot|did not wait)\b",
        "leftunseen",
    ),
    # a shop's turnover is its takings ("webshop turnover"), not people leaving
    (
        r"(?:(?<=shop )|(?<=store )|(?<=sales )|(?<=net )|(?<=gross )|(?<=annual )|(?<=online )|(?<=website )|"
        r"(?<=branch )|(?<=outlet )|(?<=commerce ))turnover\b",
        "revenue",
    ),
    # ("Workforce loss: headcount lost to leavers")
    (
        r"\b(?:leav(?:ers?|ing)|turnover|attrition|quit(?:ting|s)?|resignations?|churned staff|workforce loss|"
        r"(?:staff|headcount|people|employees) lost)\b",
        "attrition",
    ),
    (r"\b(?:dirty|unclean|cleanliness|cleaning[- ]related|clean)\b", "clean"),
    (
        r"\b(?:market share|share of (?:the )?market|slice of (?:the )?\w+ (?:sales|market)|"
        # a class's or a category's share in words: "units sold as % of total class units"
        r"share of (?:the )?(?:therapeutic |product |drug )?(?:class|category|segment)(?: units| volume| sales)?|"
        r"(?:units|volume|sales) sold as (?:a )?(?:%|percent(?:age)?) of (?:the )?(?:total )?(?:class|market|category|segment) "
        r"(?:units|volume|sales))\b",
        "marketshare",
    ),
    (
        r"\b(?:happy|happier|happiness|satisfied|satisfaction|csat|osat|gsat|stars?|ratings? of [45]|delighted|"
        # "% of customers rating the call 4 or 5 out of 5"
        r"rat(?:ing|ed|e) (?:the |their |us |our )?(?:[\w-]+ )?(?:4|5|four|five)(?: or (?:5|five))?(?: out of (?:5|five))?)\b",
        "satisfaction",
    ),
    (r"\b(?:first[- ](?:time|attempt|try|pass|contact|call|visit|interaction|touch)|right first time)\b", "firsttime"),
    (r"\b(?:savings?|cost reductions?|reduced costs?|cost avoidance)\b", "saving"),
    (r"\b(?:restor\w*|recover\w*|back (?:up|online)|mttr|time to repair|repair time)\b", "restore"),
    (
        r"\b(?:regretted|(?:top|key|high)[- ](?:talent|performers?|performing (?:staff|employees|people))|"
        r"(?:employees|staff|people) rated (?:as )?high[- ]perform\w*)\b",
        "toptalent",
    ),
    # what the people cost: "labour cost %" and "wage bill"
    (
        r"\b(?:(?:labou?r|wages?|payroll|staff|personnel|people|employee) (?:costs?|bill|spend|expense)|wage bill|"
        r"payroll costs?|wages and (?:\w+ )?(?:on-?costs|cpf|benefits|pension|social charges)|total wages)\b",
        "labourcost",
    ),
    (r"\b(?:staff|people|employees?|workforce|team members?|colleagues|headcount)\b", "staff"),
    (
        r"\b(?:net promoter(?: score)?|nps|recommend\w*|promoters?|would suggest|tell (?:a |their |my |your )?friends?|"
        r"(?:customer |brand )?advocacy (?:index|score|rate))\b",
        "recommend",
    ),
    (
        r"\b(?:average )?(?:revenue|sales|spend|spending|takings)(?: \w+)? per (?:cover|guest|customer|head|visitor|"
        r"transaction|passenger|diner)\b|\b(?:average )?(?:guest|customer|diner|passenger) spend\b",
        "spendpercustomer",
    ),
    (
        r"\b(?:debtors?'? days|days sales outstanding|dso|(?:average )?collection period|days to collect\w*|"
        r"days from invoice(?: date)? to (?:cash|payment|receipt)(?: received)?|"
        r"days between (?:the )?invoice(?: date)? and (?:cash|payment|receipt)(?: received)?|"
        # ("days between a bill being issued and the payment arriving")
        r"days (?:between|from) (?:a |an |the )?(?:bill|invoice)s? (?:being )?(?:issued|sent|raised) (?:and|to|until) "
        r"(?:the )?(?:payment|cash)|"
        r"days? (?:it takes (?:us |them )?)?to (?:turn|convert) (?:a |an |the )?(?:[\w-]+ ){0,2}invoices? into cash|"
        r"(?:how long|(?:the )?time|(?:the )?days?) (?:it takes )?(?:customers|clients|debtors|buyers|accounts) (?:take )?to pay)\b",
        "debtorterm",
    ),
    (r"\b(?:creditors?'? days|days payables? outstanding|dpo)\b", "creditorterm"),
    # a network's interruption minutes per customer served, by its name or its formula
    (
        # (the numerator alone is the same measure: a ratio's measure is read by its numerator)
        # ("lost" may already have become its side's token)
        r"\b(?:saidi|system average interruption duration(?: index)?|cml|(?:customer|consumer)[- ]minutes\s+(?:lost|of interruption|"
        r"interrupted|sidesurvive|without (?:supply|power)|off supply)|(?:outage|interruption) minutes per customer)\b",
        "saidi",
    ),
    # earned value's two indices, and an airline's revenue per seat flown
    (r"\b(?:schedule performance index|spi)\b", "spiindex"),
    # a machine's effectiveness by its own formula: "availability x performance x quality"
    (
        r"\b(?:oee|overall equipment effectiveness|(?:availability|sideuptime)\s*(?:x|×|\*|times)\s*performance\s*(?:x|×|\*|times)\s*"
        r"quality(?: rate)?)\b",
        "oee",
    ),
    # sales against the number the seller was given: "revenue vs budget", "quota attainment"
    (
        r"^(?:total |net |gross |regional |territory |branch |team |region )?(?:sales|revenue|turnover|bookings|fatturato|"
        r"ventas|umsatz|facturaci[oó]n|chiffre d'affaires)(?: achieved| booked)? (?:vs\.?|versus|against|to|/) (?:the )?"
        r"(?:annual |quarterly |monthly |sales )?(?:budget|quota|target|plan)\b|\bquota attainment\b|"
        r"\battainment (?:of|against|vs\.?) (?:the )?(?:sales )?quota\b|"
        # "Sales achievement rate: sales achieved as % of annual quota"
        r"\b(?:sales|revenue|quota|target) achievement(?: rate)?\b|\b(?:sales|revenue) achieved as (?:a )?(?:%|percent(?:age)?|share) "
        r"of (?:the )?(?:annual |quarterly |monthly |sales )?(?:budget|quota|target|plan)\b",
        "quotaattain",
    ),
    (r"\b(?:cost performance index|cpi)\b", "cpiindex"),
    # what it costs to win a customer: "customer acquisition cost", "CAC", "marketing outlay to win each new buyer"
    (
        r"\b(?:customer acquisition cost|cost (?:per|of acquiring a|to acquire a) (?:new )?(?:customer|buyer|client)|"
        r"(?:spend|outlay|cost) (?:per|for each|to win (?:each|a)) (?:new )?(?:customer|buyer|client)|"
        r"(?:spend|outlay)\b.{0,30}\b(?:to|required to) win (?:each|a|every) (?:new )?(?:customer|buyer|client))\b",
        "acquisitioncost",
    ),
    (r"\b(?:cash conversion cycle|cash[- ]to[- ]cash(?: cycle)?|ccc)\b", "cashcycle"),
    # the share of delivered emails opened: "open rate", "unique opens / delivered", "% of recipients who opened"
    (
        r"\b(?:(?:unique |email |e-?mail )?open (?:rate|percentage|ratio)|(?:unique )?opens (?:divided by|/|per|over|as a share of) "
        r"(?:the )?(?:delivered|sent|received)|(?:recipients|subscribers|readers|contacts) (?:who|that) opened)\b",
        "openrate",
    ),
    # a vehicle's fuel use, either way up: "km per litre" and "litres per 100 km" are one measure
    (
        r"\b(?:(?:fuel|diesel|petrol|gasoline) (?:efficiency|economy|consumption|use|usage|burn|used|consumed|burned|burnt)|"
        r"mpg|miles per gallon|km ?(?:/|per) ?l(?:itres?|iters?)?|"
        r"l(?:itres?|iters?)? (?:of (?:fuel|diesel|petrol) )?(?:/|per) ?100 ?km)\b",
        "fueluse",
    ),
    (
        r"\b(?:p?rask|unit revenue|(?:passenger )?revenue per (?:available )?seat[- ]?(?:km|kilomet\w+|mile))\b",
        "unitrevenue",
    ),
    (
        # (stock turn is the same figure the other way up: a year's cost of sales over the stock held)
        r"\b(?:stock|inventory) (?:days|cover)|days (?:of|in) (?:stock|inventory)|days inventory outstanding|\bdio\b|"
        r"^\W*(?:average |avg )?days(?:'|’)? cover\b|\b(?:stock|inventory) turn(?:s|over)?\b|\bturns? of (?:stock|inventory)\b",
        "stockcover",
    ),
    (
        # the average stay and the bed days each discharge took are one figure: "ALOS" and "Bed days/discharge"
        r"\b(?:(?:average |avg |mean )?length of (?:hospital )?stay|(?:occupied )?bed[- ]days ?(?:per|/|÷) ?(?:discharges?|"
        r"admissions?|patients?|spells?))\b",
        "lengthofstay",
    ),
    # stock lost to its expiry date: "expiry write-offs" and "expired stock discarded"
    (
        r"\b(?:expir(?:ed|y) (?:stock|drugs|items|products|medicines|goods|write-?offs?|waste|losses)|"
        r"(?:stock|drugs|items|products|medicines|goods) (?:written off|discarded|wasted|destroyed) (?:as|past|after|through|"
        r"due to) (?:expir\w*|out of date)|written off as expired|out[- ]of[- ]date (?:stock|write-?offs?))\b",
        "expirywaste",
    ),
    # a bank's money from customers growing: "deposit growth" and "liability book expansion"
    (
        r"\b(?:(?:customer )?deposits?|deposit book|liabilit(?:y|ies) book|customer funds?)(?: held)? (?:growth|expansion|increase)|"
        r"(?:growth|increase|expansion) in (?:\w+ ){0,3}(?:deposits|customer funds|liabilities)\b",
        "depositgrowth",
    ),
    # customers who come back: "returning-client rate" and "pupils who book again the following season"
    (
        r"\b(?:returning|repeat)[- ](?:clients?|customers?|guests?|visitors?|pupils?|patients?|buyers?|bookings?|business)|"
        r"\b(?:book(?:s|ed|ing)?|buy(?:s|ing)?|bought|come(?:s)? back|came back|return(?:s|ed)?|order(?:s|ed)?) again\b|"
        r"\bre-?book(?:ing|ings|ed|s)?\b",
        "repeatcustomer",
    ),
    (r"\b(?:adoption|uptake|take-?up|usage|using|try|tried)\b", "adoption"),
    (
        r"\b(?:customers?|clients?|guests?|shoppers?|users?|members?|passengers?|travell?ers?|flyers?|diners?)\b",
        "customer",
    ),
    (r"\b(?:on[- ]time|punctual\w*|by the due date|within (?:the )?(?:sla|deadline|target))\b", "ontime"),
    (r"\b(?:deliver\w*|drops?|stops?|parcels? arrived|shipments?|consignments?)\b", "delivery"),
    (r"\b(?:cases?|issues?|tickets?|quer(?:y|ies)|enquir(?:y|ies))\b", "case"),
    (r"\b(?:defects?|faults?|bugs?|errors?|mistakes?|snags?(?: items?)?)\b", "defect"),
    (
        r"\b(?:lost[- ]time injury frequency(?: rate)?|ltifr|injur\w* (?:causing|with|leading to) (?:\S+ ){0,3}"
        r"(?:days?|shifts?|time) (?:off|lost|away)(?: per (?:\S+ ){0,2}hours(?: worked)?)?)\b",
        "ltifr",
    ),
    (r"\b(?:injur\w*|accidents?|lost[- ]time incidents?)\b", "injury"),
    (r"\b(?:complaints?|grievances?)\b", "complaint"),
    (r"\b(?:sales|revenue|turnover from sales|takings)\b", "revenue"),
    (r"\b(?:website|web ?shop|web ?store|online (?:store|shop)|e-?commerce|online)\b", "online"),
]
_SYNONYM_RES = [(re.compile(p, re.I), token) for p, token in _SYNONYMS]
_DUP_STOP = _GENERIC | {
    "per",
    "left",  # what remains: "capacity left unsold"
    "all",
    "each",
    "new",
    "our",
    "their",
    "with",
    "who",
    "that",
    "year",
    "month",
    "quarter",
    "about",
    "into",
    "would",
    # rate and monthly in other languages: "Churn mensual", "Tasa de renovación"
    "tasa",
    "taxa",
    "taux",
    "quote",
    "mensual",
    "mensal",
    "mensuel",
    "anual",
    "annuel",
}


_RATE_BASE = re.compile(r"\bper (?:occupied|available|sold|booked|let|rented) [\w-]+(?: nights?| days?)?\s*$")


# Units by what they measure: heat and fuel energy apart from electricity, so "kWh/t" and "kcal/kg" of one kiln
# are two measures
_UNIT_DIMENSIONS = {
    **dict.fromkeys("kcal cal kj mj gj btu mmbtu therm therms".split(), "heat"),
    **dict.fromkeys("wh kwh mwh gwh".split(), "electricity"),
    **dict.fromkeys("g kg t mt tonne tonnes ton tons lb lbs".split(), "mass"),
    **dict.fromkeys("l litre litres liter liters ml hl m3 m³ gallon gallons gal".split(), "volume"),
    **dict.fromkeys("km kms mile miles mi".split(), "distance"),
    **dict.fromkeys("ha hectare hectares acre acres m2 m²".split(), "area"),
}
_UNIT_WORD = "|".join(sorted((re.escape(u) for u in _UNIT_DIMENSIONS), key=len, reverse=True))
_UNIT_RATIO = re.compile(
    rf"(?<![\w.])({_UNIT_WORD})\s*(?:/|per|a|each)\s*(?:[\d,.]+\s*)?({_UNIT_WORD})\b(?:\s+of)?(?:\s+([a-z]{{3,}}))?"
)


# A rate taken over the work passed on to others: "% of tickets escalated to L2 ...", "share of cases referred"
_ROUTED = re.compile(
    r"(?:%|\bpercent(?:age)?|\bshare|\bproportion) of (?:the |all )?[a-z-]+ (?:escalated|referred|transferred|handed over|"
    r"passed on)\b"
)


def _unit_ratio(rec: KPI) -> tuple[str, str, str] | None:
    """A measure written as units of one kind per unit of another, with what it is per: ("heat", "mass",
    "clinker") for "kcal per kg clinker" and for "MJ/t of clinker" alike."""
    m = _UNIT_RATIO.search(f"{rec.measure} {rec.target} {rec.name}".lower())
    if not m or not m.group(3):
        return None
    return _UNIT_DIMENSIONS[m.group(1)], _UNIT_DIMENSIONS[m.group(2)], m.group(3).rstrip("s")


def _canonical_tokens(name: str) -> frozenset[str]:
    """A KPI name as a set of content tokens with synonyms folded ("people leaving" = "staff attrition")."""
    # (the base a rate is taken over is not what it measures: "F&B revenue per occupied room" is not room revenue)
    text = _RATE_BASE.sub(" ", expand(name).lower())
    for pattern, token in _SYNONYM_RES:
        text = pattern.sub(f" {token} ", text)
    words = re.findall(r"[a-z]+", text)
    return frozenset(w.rstrip("s") if len(w) > 4 else w for w in words if w not in _DUP_STOP and len(w) > 2)


# Folded tokens that name a whole measure on their own: "NPS" and "Passengers recommending us" are one.
_WHOLE_MEASURES = {
    "lengthofstay",
    "cashcycle",
    "aidedrecall",
    "tillvariance",
    "npl",
    "pressureinjury",
    "fallharm",
    "speedofservice",
    "openrate",
    "acquisitioncost",
    "attrition",
    "satisfaction",
    "recommend",
    "marketshare",
    "leftunseen",
    "spendpercustomer",
    "debtorterm",
    "creditorterm",
    "repeatcustomer",
    "stockcover",
    "ltifr",
    "readmit",
    "void",
    "churn",
    "periodclose",
    "escape",
    "noshow",
    "timetohire",
    "shrink",
    "sus",
    "spiindex",
    "cpiindex",
    "unitrevenue",
    "expirywaste",
    "depositgrowth",
    "oee",
    "quotaattain",
    "saidi",
    "viralsuppression",
    "donorretention",
}


def _same_measure(a: frozenset[str], b: frozenset[str]) -> bool:
    if not a or not b:
        return False
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    if len(small) == 1 and small <= _WHOLE_MEASURES and small <= large:
        return True
    # "Unplanned readmissions" and "Patients back in hospital": one whole measure, each with one qualifier
    # that names no other measure ("Revenue churn" and "Logo churn" stay apart)
    whole = a & b & _WHOLE_MEASURES
    rest = (a | b) - whole
    if whole and len(a) <= 2 and len(b) <= 2 and not any(map(_STARTS_WITH_HEAD, rest)):
        return True
    # ("Cost per recruited volunteer" is not "New volunteers recruited": a word that only one has names another
    # measure, unless both already name one whole measure: "Customer PPM" and "Escapes to customer")
    if not a & b & _WHOLE_MEASURES and any(map(_STARTS_WITH_HEAD, a ^ b)):
        return False
    return len(a & b) / len(a | b) >= 0.66 or (len(small) >= 2 and small <= large)


# Two sides of one quantity: "accuracy" and "errors", "on time" and "late", "hit rate" and "forecast
# error", "gross profit" and "food cost". A pair where one KPI counts one side and the other the
# opposite side, sharing most of their other words, measures the same thing.
_SIDES = [
    (re.compile(pos, re.I), re.compile(neg, re.I), token)
    for pos, neg, token in (
        (
            # food eaten and food left: "% of served food that pupils eat" and "plate waste"
            r"\b(?:food|meals?|portions?) (?:[\w-]+ ){0,3}(?:eaten|consumed)|(?:that|which) (?:[\w-]+ ){0,2}(?:eat|consume)\b",
            r"\b(?:plate waste|left on (?:the )?plates?|uneaten|not eaten|leftovers?)\b",
            "eaten",
        ),
        (
            # picking: "pick accuracy" and "mis-picks" (not every accuracy: stock accuracy is another count)
            r"\b(?:pick(?:ing)? accuracy|(?:picked|picking) (?:without|with no) errors?|(?:accurately|correctly) picked)\b",
            r"\b(?:mis-?picks?|mis-?picked|pick(?:ing)? errors?|wrong (?:items?|picks?)(?: picked)?)\b",
            "pick",
        ),
        (
            r"\b(?:accura(?:cy|te)|error-?free|without (?:an? |any )?errors?|no errors?|correct(?:ly)?|"
            r"(?:with |without )?(?:no|any) discrepanc(?:y|ies)|discrepancy-free|"
            r"without (?:needing |requiring )?(?:an? |any )?corrections?|never (?:needed|needing|needs|required|requiring) "
            r"(?:an? |any )?(?:corrections?|re-?issues?|amendments?))\b",
            r"\b(?:errors?|mistakes?|slips?|inaccura\w*|incorrect(?:ly)?|wrong|discrepanc(?:y|ies)|corrections?|mismatch\w*|"
            r"(?:show|shows|showing|with|having) an? (?:difference|variance))\b",
            "error",
        ),
        (
            # done right the first time, or needing another go: "reports accepted without further information" and
            # "reports returned", "first-time fixes" and "repeat visits", "right first time installs" and "truck rolls"
            r"\b(?:accepted first time|first[- ]time (?:pass|acceptance)|right first time|rft|"
            r"(?:approved|accepted|passed|signed off)(?: by (?:the )?[\w-]+)? (?:at|on) (?:the )?first (?:submission|attempt|review|try)|passing (?:\w+ ){0,3}(?:at first|first time)|"
            r"without (?:further|more|additional) (?:information|queries|questions)|"
            r"first[- ]time fix(?:ed)?|(?<!not )(?<!n't )(?:fixed|resolved|solved|sorted|closed|completed) (?:by (?:the )?[\w-]+(?: [\w-]+)? )?(?:on|at|in|during) (?:the )?(?:[\w-]+(?:'s|’s) )?first "
            r"(?:site |home |customer |on-?site )?(?:visit|attendance|attempt|contact|interaction|call|touch|trip)|(?<!not )(?<!n't )(?:fixed|resolved|solved|sorted) (?:the )?first time|"
            r"(?:not|without|no) (?:needing |requiring )?(?:an? )?(?:second|return|repeat) visits?|"
            r"(?:no|without(?: an?)?) (?:[\w-]+ )?re-?visits?|"
            r"first[- ](?:contact|call|touch) resolution|without (?:any |a |needing (?:a )?)?(?:re-?work|scrap|re-?clean(?:ing)?)(?: (?:or|and|nor) (?:re-?work|scrap|re-?clean(?:ing)?))?|good first time|"
            r"first[- ]pass yield|"
            # "contacts with no repeat contact within 7 days", "customers who did not need to call back"
            r"(?:no|without(?: an?| any)?) (?:repeat|further|second|follow-up) (?:contacts?|calls?)|"
            r"(?:did not|didn't|did not have to|never|no need to) (?:need to |have to )?(?:call|contact|ring|phone|get in touch with)"
            r"(?: us| the [\w-]+)? (?:back|again))\b",
            r"\b(?:re-?clean(?:s|ed|ing)?|re-?work\w*|scrap(?:ped)?|sent back|sends? back|returned for|re-?issued|asks? for more information|re-?submi\w*|"
            r"repeat (?:[\w-]+ )?visits?|return (?:visits?|trips?)|revisits?|(?:had|has|have|needing|needed) to go back|"
            r"(?:not|n't) (?:fixed|resolved|solved|sorted|completed) (?:on|at|in|during) (?:the )?first (?:[\w-]+ )?(?:visit|attendance|"
            r"attempt|contact|call|trip)|(?:a )?second (?:[\w-]+ )?visits?|comebacks?|"
            r"(?:repeat )?truck rolls?|(?<!not )(?<!n't )(?<!need to )(?<!have to )(?:contact|call|writ|com)(?:e|es|s|ed|ing)? (?:us |back )?again|"
            r"(?<!no )(?<!without )(?<!without a )(?<!without any )repeat (?:contacts?|calls?|callers?|call-?outs?)|"
            r"recurrences? of the same (?:fault|failure|problem|issue)|"
            r"another (?:[\w-]+ )?(?:visit|attendance|call-?out|trip) for the same|"
            # "the customer has to call us back for the same unit"
            r"call(?:s|ed|ing)? (?:us |the (?:[\w-]+ )?)?back (?:out )?(?:within \d+ \w+ )?(?:for|about|with) the same|"
            r"call-?backs? for the same|"
            r"(?:reported|found|logged|flagged) (?:as )?(?:faulty|broken|defective|failing) again|"
            r"re-?open\w* (?:for|with|because of) the same (?:fault|failure|problem|issue|defect)|"
            r"(?:reports?|reported|raises?|raised|calls? about|rings? about) the same (?:fault|failure|problem|issue|defect) again)\b",
            "firsttime",
        ),
        (
            r"\b(?:success(?:ful|fully)?|succeed\w*|completing without|pass(?:es|ed|ing)?|first[- ]attempt(?= deliver)|"
            r"(?<!not )(?<!n't )delivered (?:on|at) (?:the )?first attempt|"
            r"(?:without|no) (?:an(?:other)? |any )?(?:further |repeat )?break ?downs?)\b",
            # ("breakdown jobs" are a kind of job, not a failure of the work)
            # (not a limit failed: "batches failing the acidity limit" is the limit's other side)
            r"\b(?:(?:not|n't) delivered (?:on|at) (?:the )?first attempt|"
            r"fail\w*(?! (?:the |its |their )?(?:[\w-]+ ){0,2}(?:(?:or|and) [\w-]+ )?(?:limits?|spec(?:ification)?s?|consent)\b)|break\w*(?! (?:jobs?|calls?|call-?outs?|visits?|repairs?|work|cover|service|team|engineers?)\b)|"
            r"broken|reject(?:s|ed|ion)?)\b",
            "success",
        ),
        (
            r"\b(?:(?:zero|no) unexplained variances?|balanced|reconciled|clean (?:audit )?close)\b",
            r"(?:\bdid not balance|\bunreconciled|\bunbalanced|\bout of balance|\bunexplained variances?)\b",
            "balance",
        ),
        (
            # births (or care) with a skilled attendant and without one
            r"\b(?:attended by (?:an? )?(?:skilled|trained|qualified) (?:[\w-]+ )?(?:provider|attendant|staff|professional)s?|"
            r"skilled (?:birth )?attendance|(?<!no )(?:skilled|trained) attendant present)\b",
            r"\b(?:(?:no |without (?:an? )?)(?:skilled |trained |qualified )(?:[\w-]+ )?(?:provider|attendant|professional)s?"
            r"(?: present)?|unattended)\b",
            "attended",
        ),
        (r"\b(?:attendance|attended)\b", r"\b(?:absence|absences|absent|sickness)\b", "attend"),
        # patients who stay home after discharge and those back in hospital
        (
            r"\b(?:(?:with )?(?:no|without(?: an?)?|not) (?:re-?admi\w+|readmitted)|stay(?:s|ed|ing)? (?:at )?home after discharge|"
            r"stay(?:s|ed|ing)? out of hospital)\b",
            r"\b(?:re-?admi(?:ssions?|tted|t)|back in hospital|returned to hospital)\b",
            "readmit",
        ),
        (
            # customers using the product or not: "monthly active rate" and "sign-ups gone quiet"
            r"\b(?:(?<!still )active|with at least one (?:transaction|purchase|order|payment|log-?in|visit))\b",
            r"\b(?:dormant|inactive|gone quiet|(?:with )?(?:zero|no) (?:transactions|purchases|orders|payments|log-?ins|"
            r"visits))\b",
            "active",
        ),
        (
            # a list worked down: "snags closed before handover" and "defects still open at handover" (not a deal
            # "closed-won" and the "open opportunities" of a pipeline)
            # (the list's noun is kept: it is what the two KPIs share)
            r"\b(?P<keep1>(?:snags?|defects?|actions?|findings?|items?|non-?conformances?|observations?|complaints?|cases|tickets)\b[^.;]{0,30}?)"
            r"\b(?:closed(?: out)?|cleared|rectified)\b(?![- ](?:won|lost))|"
            r"\b(?:closed(?: out)?|cleared|rectified) (?P<keep2>(?:[\w-]+ ){0,2}(?:snags?|defects?|actions?|findings?|"
            r"items?|non-?conformances?))\b",
            # ("good or outstanding", "rated outstanding" is a grade)
            r"\b(?:still open|open|(?<!or )(?<!good )(?<!rated )(?<!graded )(?<!judged )outstanding|unresolved|"
            r"not (?:yet )?closed) (?P<keep1>(?:[\w-]+ ){0,2}(?:snags?|defects?|actions?|findings?|items?|"
            r"non-?conformances?))\b|"
            r"\b(?P<keep2>snags?|defects?|actions?|findings?|items?|non-?conformances?|complaints?|cases|tickets) (?:still )?(?:open|outstanding|"
            r"unresolved)\b",
            "closure",
        ),
        (
            r"\b(?:on[- ]time|punctual\w*|(?:inside|within) (?:the )?(?:[\w'’-]+ ){0,2}(?:window|slot)|on schedule|up to date|"
            r"(?:less|fewer) than \d+ days (?:late|overdue|past due|in arrears)|"
            r"(?:with )?no (?:[\w-]+ ){0,2}(?:over|more than|beyond|past) \d+ days (?:late|overdue|past due|in arrears)|"
            r"(?:on|by|before) (?:the )?(?:promised|committed|agreed|requested|scheduled|planned|due|booked) (?:delivery )?dates?|"
            r"(?:slot|window) (?:adherence|compliance|hit rate)|in (?:the |their |its |a )?(?:[\w'’-]+ ){0,2}(?:window|slot)|"
            r"between \d+ ?min\w* early and \d+ ?min\w* late|(?:(?:no|not) more than|max(?:imum)?\.?|at most|up to) \d+ ?min\w* late|"
            r"within [\d/+-]+ ?min\w* of (?:the )?(?:schedule|timetable|scheduled time)|"
            r"(?:seen|served|treated|started) within \d+ ?(?:min\w*|hours?|hrs?|h) of (?:their |the )?(?:appointment|booked|scheduled|arrival)|"
            r"(?:less|fewer) than \d+ ?min\w* late|"
            # "complaints resolved within 10 working days"
            r"(?:resolved|closed|completed|answered|fixed|processed|responded to) within \d+ "
            r"(?:working |business |calendar )?(?:days?|hours?|weeks?))\b",
            r"\b(?:late|overdue|delayed|delays?|miss(?:ed|es|ing)? (?:the )?(?:[\w-]+ ){0,2}(?:slots?|windows?)|"
            r"(?:resolved|closed|completed|answered|fixed|processed) (?:after|in) (?:more than|over) \d+ "
            r"(?:working |business |calendar )?(?:days?|hours?|weeks?)|"
            r"outside (?:the |their |its )?(?:[\w'’-]+ ){0,2}(?:slots?|windows?)|"
            r"after (?:the )?(?:promised|committed|agreed|requested|scheduled|due) (?:delivery )?dates?|"
            # ("% of booked elective cases cancelled or moved off the booked date")
            r"(?:moved|pushed|slipped) (?:off|from|past) (?:the |their |its )?(?:promised|committed|agreed|scheduled|planned|due|booked) "
            r"(?:dates?|days?|slots?)|postpone(?:d|ments?)|re-?scheduled|"
            r"behind (?:the )?(?:timetable|schedule)|wait(?:ing|ed|s)? (?:more|longer) than \d+ ?(?:min\w*|hours?|hrs?|h)\b|overrun\w* (?:the |their |its )?(?:planned |agreed |scheduled )?(?:tat|turn-?around|time|date|deadline|duration|schedule|window|slot)s?|(?:time|schedule|programme|deadline) overruns?|(?:ran|running|runs|went|going) over (?:the )?(?:planned|agreed|scheduled) (?:[\w-]+ )?(?:time|date|tat|duration))\b",
            "timely",
        ),
        (r"\b(?:hit rate|forecast accuracy|prediction accuracy)\b", r"\b(?:mape|forecast error)\b", "forecast"),
        # posts filled and posts standing vacant (from sets_holdout76): "officers in post as % of authorised strength"
        # and "vacant positions as % of authorised strength"
        (
            r"\b(?:in post|in role|filled (?:posts?|positions?|roles?)|(?:posts?|positions?|roles?) filled|establishment fill)\b",
            r"\bvacan(?:t|cy|cies)\b(?= (?:sworn |nursing |teaching |staff |budgeted |funded )?(?:posts?|positions?|roles?|fte))|"
            r"\b(?:staff|sworn|job|workforce|nursing|teacher|teaching|post|establishment) vacanc(?:y|ies)\b|"
            r"\bunfilled (?:posts?|positions?|roles?)\b",
            "staffed",
        ),
        # space in use and space standing empty: "berth occupancy" and "% of berth hours with no vessel alongside"
        (
            r"\b(?:(?<!per )occupan\w*|(?<!per )occupied|(?:with|has|had) an? (?:[\w-]+ )?(?:vessel|ship|tenant|guest|patient|aircraft) (?:alongside|in|on))\b",
            r"\b(?:idle|empty|vacan\w*|unoccupied|unlet|voids?|standing empty|sitting empty|"
            r"(?:with )?no (?:[\w-]+ )?(?:vessels?|ships?|tenants?|guests?|patients?|aircraft) (?:alongside|in|on))\b",
            "occupy",
        ),
        # claims settled in time and claims left open past it: "% of claims paid within 30 days" and "% of claims still
        # open after 30 days"
        (
            r"\bclaims? (?:[\w-]+ ){0,3}(?:paid|settled|closed)\b",
            r"\bclaims? (?:[\w-]+ ){0,2}(?:still )?(?:open|outstanding|unpaid|unsettled|pending)\b",
            "settle",
        ),
        # booked appointments kept and missed: "% where the patient turns up and is seen" and "DNA rate"
        (
            r"\b(?<!n't )(?<!not )(?<!to )(?:(?:turns?|turned|show(?:s|ed)?) up|attend(?:ed|s)? (?:their |the |a )?(?:booked )?(?:appointments?|sessions?|"
            r"clinics?)|kept (?:their |the )?(?:booked )?appointments?|appointments? (?:kept|attended))\b",
            r"\b(?:no[- ]shows?|did[- ]not[- ]attend|dna(?: rate)?|missed (?:their |the )?(?:booked )?appointments?|"
            r"failed to attend|noshow|(?:don't|do not|didn't|did not|fail(?:ed|s)? to) (?:turn|show) up)\b",
            "attend",
        ),
        # applications approved and turned down: "approval rate" and "decline rate"
        (
            r"\b(?:approv(?:ed|als?)|approval rate)\b",
            r"\b(?:declin(?:ed|es)|decline rate|turned down|refused)\b",
            "approve",
        ),
        # order lines filled from stock and those back-ordered: "line fill rate" and "back-order lines"
        (
            r"\b(?:fill rate|(?<!un)filled|shipped complete)\b",
            r"\b(?:back-?orders?(?:ed)?|could not be supplied|short-?shipped|unfilled|stock-?outs?)\b",
            "fill",
        ),
        (
            # samples or readings inside a permit or spec limit, and those over it
            r"\b(?:meeting|meet|meets|within|inside|compliant with|complying with|under|below) (?:the |its |their )?"
            r"(?:[\w-]+ ){0,2}(?:limits?|spec(?:ification)?s?|consent)\b|"
            # ("Acidity compliance" and "Out-of-spec batches")
            r"\b(?<!non-)(?<!non )(?:(?:in|within|on)[- ]spec(?:ification)?|compliance|compliant)\b",
            r"\b(?:exceed\w*|breach\w*|outside|above|over|failing) (?:the |its |their )?(?:[\w-]+ ){0,2}(?:(?:or|and) [\w-]+ )?"
            r"(?:limits?|spec(?:ification)?s?|consent)\b|\bexceedances?\b|"
            r"\b(?:out[- ]of[- ]spec(?:ification)?|off[- ]spec|non-?complian(?:t|ce))\b",
            "limit",
        ),
        (
            # bills paid and bills left unpaid: "cash collected / amount billed" and "billed revenue not paid"
            r"\b(?:collected|collection (?:efficiency|rate)|paid on time|settled)\b",
            r"\b(?:unpaid|not (?:yet )?paid|uncollected|not collected|written off|bad debts?)\b",
            "collect",
        ),
        (
            # assets in good condition and in poor condition: "% of km rated fair or good" and "% rated poor"
            r"\b(?:rated |in |at )?(?:fair(?: or |/| and | to )good|good(?: or |/| and | to )fair|good|sound) condition|"
            r"\brated (?:fair(?: or |/| and | to )good|good(?: or |/| and | to )fair|good)\b",
            r"\b(?:rated |in |at )?(?:poor(?: or |/| and | to )very poor|very poor|poor|bad) condition|"
            r"\brated (?:poor(?: or |/| and | to )very poor|very poor|poor)\b",
            "condition",
        ),
        (
            r"\b(?:under (?:an? |the )?(?:agreed |approved )?contracts?|on[- ]contract|(?<!-)contracted|"
            r"covered by (?:an? |the )?(?:agreed |approved )?contracts?|compliant spend)\b",
            r"\b(?:maverick (?:buying|spend)|off[- ]contract|non-?contract(?:ed)?|outside (?:of )?(?:a |the )?contracts?)\b",
            "contract",
        ),
        (
            r"\b(?:uptime|availability|available|disponibilidad|in service|ready (?:for|at) (?:the )?(?:service|pull-?out|start)|"
            r"fit for service)\b",
            # ("units on the diagram that could not be provided for morning service")
            r"\b(?:downtime|outages?|unavailab\w+|off[- ](?:the[- ])?road|vor|out of service|off-?hire|withdrawn from service|"
            r"laid up|could not be (?:provided|supplied|"
            r"made available|turned out)|(?:units?|vehicles?|trains?|buses) short|short at (?:the )?allocation|"
            # ("breakdowns" has already become the success side's token)
            r"(?:time |hours )?lost to\s+(?:[\w-]+\s+){0,2}(?:sidesuccess|stoppages?))\b",
            "uptime",
        ),
        (
            r"\b(?:retention|retained|still (?:employed|in post|active|buying|billed|paying|subscribed)|still (?:[\w-]+ )?with us|stability|stickiness|tenure|"
            r"still (?:on|in) (?:it|the roster|the rota|the payroll|the books|the team|post)|"
            r"still with (?:the|our) (?:company|business|organi[sz]ation|firm|group|employer|bank|hospital)|"
            r"(?:stay|stays|stayed|remain|remains|remained) (?:with us|in post|employed|on)|"
            r"(?<!under )(?<!than )(?<!within )\d+\+? months?'? (?:service|tenure)|(?:that|who|which) renew(?:ed)?|renewal rate|"
            # "who have not resigned by 31 Dec", "who stay on and renew", "tasa de renovación"
            r"(?:have|has|had|did) not (?:resigned|left|quit)|staying power|(?:that|who|which) stay(?:s|ed)? on (?:and|to) renew|"
            r"renovaci[oó]n|renova[cç][aã]o|renouvellement|"
            # staying to the end of a study or a course: "% of randomised participants completing the study"
            r"complet(?:e|es|ed|ing) (?:the |their )?(?:study|trial|course|programme|program|apprenticeship|treatment))\b",
            # ("capacity left unsold", "stock left over": what remains, not who went)
            r"\b(?:turnover|attrition|leavers?|leaving|left(?! (?:unsold|unused|over|open|empty|unfilled|unpaid|unclaimed|idle|"
            r"vacant|behind|untouched|unread|unanswered|unresolved|in stock|on (?:the )?shel))|resign\w*|quit(?:s|ting)?|drop-?outs?|dropp(?:ed|ing) out|stop(?:s|ped)? (?:volunteering|within|before)|"
            r"churn(?:ed)?|cancell?(?:ations?|ed)|downgrad(?:es?|ed)|stopped buying|lost to (?:a |the )?competitors?|"
            # (lapsed donors won back are another quantity: "lapsed donor reactivation", "donors lapsed 1-2 years who give again")
            r"lapsed(?! (?:[\w-]+ ){0,2}(?:reactivat|win-?back|won back|re-?engag))(?! (?:[\w-]+ ){0,3}(?:who|that) (?:give|buy|order|shop|"
            r"return|rejoin|renew|donate)\w* again)|"
            r"moved (?:their )?(?:[\w-]+ )?(?:volume|business|spend|accounts?) elsewhere|defect(?:ed|ions?) to|"
            r"(?:did not|didn't|do not|don't|failed to) renew|not renewed|lost at renewal|non-?renewals?|"
            # leaving a study: "participants who withdraw or are lost to follow-up"
            r"(?:participants?|patients?|subjects?|learners?|students?|trainees?) (?:who )?withdr\w*|"
            r"withdrawals? (?:rate|from (?:the )?(?:study|trial|course|programme|program))|lost to follow-?up|ltfu)\b",
            "retain",
        ),
        (
            r"\b(?:(?:accident|incident|injury|harm)[- ]free|(?:with )?no (?:recorded |reported )?(?:accident|incident|injury|harm)s?)\b",
            r"\b(?:accidents?|incidents?|injur(?:y|ies)|harms?)\b",
            "harm",
        ),
        (
            # legal work kept in-house and paid out: "share of legal spend kept in-house" and "outside counsel fees"
            r"\b(?:in-?house|insourc\w*|internal(?:ly)? (?:handled|delivered))\b",
            r"\b(?:outside|external|panel) (?:counsel|law firms?|lawyers|firms|solicitors)|outsourc\w*\b",
            "inhouse",
        ),
        (
            # living things kept alive and lost: "colony survival" and "colony losses", "calf survival" and "calf mortality"
            r"\b(?:surviv(?:al|ing|ed|e|es)|(?:still )?alive)\b",
            r"\b(?:mortality|deaths?|died|dead|(?<!stock )(?<!unknown )(?<!weight )(?<!revenue )(?<!sales )(?<!yield )(?<!energy )"
            r"(?<!water )(?<!heat )(?<!time )(?<!data )(?<!job )(?<!customer )(?<!client )losses|(?<!time )(?<!days )(?<!hours )(?<!data )lost)\b",
            "survive",
        ),
        (
            r"\b(?:gross (?:[\w-]+ )?profit|gp|gross (?:[\w-]+ )?margin|"
            r"(?:net )?(?:sales|revenue) (?:-|–|minus|less) (?:the )?(?:cost of (?:goods|sales)(?: sold)?|cogs))\b",
            r"\b(?:food cost|ingredient (?:cost|spend)|cost of (?:sales|goods)|cogs)\b",
            "margin",
        ),
    )
]


def _to_side(token: str, m: re.Match[str]) -> str:
    """A side phrase as its side token, keeping the words a pattern marks to keep (the list it counts)."""
    kept = " ".join(v for k, v in m.groupdict().items() if k.startswith("keep") and v)
    return f" {kept} side{token} "


def _quantity_tokens(rec: KPI) -> tuple[frozenset[str], dict[str, str]]:
    """Content tokens of the name and the measure's numerator, each side word folded to its quantity
    ("accuracy" and "errors" both to "sideerror"), and which side each quantity was named from."""
    text = f"{_RATE_BASE.sub(' ', expand(rec.name).lower())} {expand(numerator(rec.measure)).lower()}"
    sides: dict[str, str] = {}
    for pos, neg, token in _SIDES:
        # the positive side first, so "no errors" and "error-free" are not read as errors
        text, n_pos = pos.subn(partial(_to_side, token), text)
        text, n_neg = neg.subn(partial(_to_side, token), text)
        if n_pos or n_neg:
            sides[f"side{token}"] = "+" if n_pos and not n_neg else "-" if n_neg and not n_pos else "±"
    if "sidepick" in sides and "sideerror" not in sides:
        # a picking error is an error of the order: "% of orders shipped with the correct items" and "mis-picks"
        sides["sideerror"] = sides["sidepick"]
        text += " sideerror "
    # "unsold" and "sold", "unpaid" and "paid": the same quantity counted from its other side
    negated: set[str] = set()

    def _drop_un(m: re.Match[str]) -> str:
        negated.add(m.group(1))
        return m.group(1)

    text = _NEGATED.sub(_drop_un, text)
    for pattern, token in _SYNONYM_RES:
        text = pattern.sub(f" {token} ", text)
    words = re.findall(r"[a-z]+", text)
    for w in words:
        side = "-" if w in negated else "+"
        key = w.rstrip("s") if len(w) > 4 else w
        if key.startswith("side"):
            continue  # already placed on its side above
        if sides.setdefault(key, side) != side:
            sides[key] = "±"
    # (a side token keeps its name whole: "sidesuccess" must still find its entry in ``sides``)
    return frozenset(
        w.rstrip("s") if len(w) > 4 and not w.startswith("side") else w
        for w in words
        if w not in _DUP_STOP and len(w) > 2
    ), sides


# (not "unplanned" and "planned": unplanned outages and planned ones are two kinds of event, not two sides)
_NEGATED = re.compile(r"\bun(?!planned\b|scheduled\b)([a-z]{2,}(?:ed|d|t|ful|able|ible|safe|read))\b")


# Segments of one market or workload: the same measure over each is two KPIs, not a duplicate
_SEGMENT_PAIRS = [
    ({"reading"}, {"writing", "maths", "math", "mathematics", "science", "spelling", "grammar", "gps"}),
    ({"writing"}, {"maths", "math", "mathematics", "science"}),
    ({"maths", "math", "mathematics"}, {"science", "english"}),
    ({"new"}, {"used", "existing", "returning", "repeat", "renewal", "renewals"}),
    ({"modern"}, {"general", "traditional"}),
    ({"inbound"}, {"outbound"}),
    # ("Customer PPM" and "Supplier quality: incoming defect PPM": what goes out and what comes in)
    ({"customer", "customers", "outgoing"}, {"supplier", "suppliers", "incoming", "vendor", "vendors"}),
    ({"import", "imports"}, {"export", "exports"}),
    ({"domestic", "uk", "home"}, {"international", "overseas", "export", "exports"}),
    ({"online", "digital", "web", "ecommerce"}, {"store", "in-store", "offline", "retail", "branch", "shop"}),
    ({"adult", "adults"}, {"child", "children", "paediatric", "pediatric", "youth"}),
    ({"day", "daytime"}, {"night", "overnight"}),
    ({"residential", "domestic"}, {"commercial"}),
    ({"b2b"}, {"b2c"}),
    ({"food"}, {"drink", "drinks", "beverage", "bar", "wet"}),
]


# A population named by its state on one side: "late" shipments, "failed" deliveries, "open" cases
_SIDE_STATE = re.compile(
    r"(?:late|overdue|delayed|failed|rejected|wrong|missed|lost|cancell?ed|unresolved|open|outstanding)$"
)
# How long something takes each time, rather than how often or how much
_SPEED = re.compile(
    r"\b(?:mean |average |median )?(?:time|hours|minutes|days) (?:to|from|taken to)\b|\bmttr\b|\bturn-?around\b|"
    r"\b(?:mean |average |median )?wait(?:ing)?(?: time)? (?:from|until|before)\b|"
    r"\b(?:lead|cycle) time\b"
)
_POPULATION = re.compile(
    r"(?:%|\bpercent(?:age)?|\bshare|\bproportion|\brate|\bratio) of (?:all |the |our )?([a-z-]+)(?: ([a-z-]+))?|"
    r"\bper (?:[\d,.]+ |a (?:thousand|hundred|million) |thousand |hundred |million )([a-z-]+)(?: ([a-z-]+))?|"
    r"\bout of (?:all |the )?([a-z-]+)(?: ([a-z-]+))?|(?:^|\s)[/÷] ?(?:all |the )?(?:[\d,.]+ )?([a-z-]+)(?: ([a-z-]+))?"
)


_HIRES = re.compile(
    r"(?:hires|new (?:hires|starters|joiners)|starters|joiners|recruits|(?:people|staff|employees|colleagues|"
    r"workers|drivers|nurses|agents) (?:hired|recruited|who joined|who started|joining|starting))\b"
)


# A fault fixed at the first visit, by the trade's names for it
_KIND_OF_COST = frozenset(
    "waste labour labor energy utilities utility freight packaging overtime agency repair maintenance travel marketing "
    "training".split()
)


def _part_of_cost(a: frozenset[str], b: frozenset[str]) -> bool:
    """ "Food cost %" and "Food waste cost": one names a kind of cost within the other, so they are two measures."""
    extra = a ^ b
    return bool(extra) and extra <= _KIND_OF_COST and (a <= b or b <= a)


# a measure in money: "scrap cost as % of material cost"
_MONEY_MEASURE = re.compile(r"\b(?:costs?|value|spend|revenue|margin|price|£|\$|€|usd|eur|gbp)\b|[£$€]")
_FIXED_FIRST = re.compile(
    r"\bfirst[- ]time fix|\bfix(?:ed)? (?:at |on )?(?:the )?first (?:time|visit|trip)|\bfirst[- ](?:contact|call) resolution|\bresolved (?:on|at|in) (?:the )?first (?:contact|call)|\bfirst[- ]visit (?:fix|resolution)|\b(?:resolved|closed|fixed) (?:\w+ ){0,5}(?:on|at|in) (?:the )?first (?:interaction|contact|call)",
    re.I,
)
# Folded synonyms that name who or what a rate is taken over
_POPULATION_NOUNS = {"staff", "customer", "delivery", "case", "defect", "complaint", "injury"}


def _population(rec: KPI) -> str:
    """What a rate is taken over ("% of shipments ...", "... per 100 shipments"): a folded word, or ""."""
    # ("% of top-30 accounts": the accounts, not "top")
    m = _POPULATION.search(re.sub(r"\b(?:top|bottom|largest|biggest)[- ]\d+ ", "", expand(rec.measure).lower()))
    if not m:
        return ""
    first, second = next((m.group(k), m.group(k + 1)) for k in range(1, 9, 2) if m.group(k))
    # "% of sampled clients", "% of outgoing loans": the participle describes the population it precedes
    word = second if second and re.search(r"\w{3,}(?:ed|ing)$|^(?:avg|average|mean|total)$", first) else first
    if _HIRES.match(f"{first} {second or ''}"):
        return "hire"  # "% of people hired in the last year", "... as % of hires", "per 100 new starters"
    for pattern, token in _SYNONYM_RES:
        word = pattern.sub(token, word).strip()
    return word[:-1] if len(word) > 4 and word.endswith("s") else word


def _population_nouns(rec: KPI) -> frozenset[str]:
    """The people or things a rate is taken over, as folded nouns, from the words just after "% of" or "per N"
    ("% of site employees resigning" and "/ average store headcount": both the staff)."""
    measure = expand(rec.measure).lower()
    m = _POPULATION.search(measure)
    if not m:
        return frozenset()
    text = " ".join(re.findall(r"[a-z]+", measure[m.start() :])[:6])
    return frozenset(t for p, t in _SYNONYM_RES if t in _POPULATION_NOUNS and p.search(text))


def _same_population(
    i: int,
    j: int,
    population: list[str],
    quantity: list[tuple[frozenset[str], dict[str, str]]],
    nouns: list[frozenset[str]] | None = None,
) -> bool:
    """Whether two rates are taken over one population, or one counts the population the other is taken over."""
    if population[i] and population[i] == population[j]:
        return True
    if nouns and nouns[i] & nouns[j]:
        return True
    shared = quantity[i][0] & quantity[j][0]
    return len(shared) >= 3 and any(p and p in shared for p in (population[i], population[j]))


# Reliability counted both ways: the distance or time between failures and the failures per distance or time
_BETWEEN_FAILURES = re.compile(
    r"\b(?:time|distance|km|kms|kilomet(?:re|er)s|miles|hours|days|operating hours|running hours)"
    r"(?: run| travelled| operated| worked)? between "
    r"(?:[\w-]+ ){0,2}(?:failures|breakdowns|faults|stoppages|defects)\b|"
    # "average operating hours the haul fleet runs before a breakdown"
    r"\b(?:hours|km|kms|kilomet(?:re|er)s|miles|days|cycles)\b[^.;]{0,40}?\b(?:runs?|operates?|goes|travels?|works?|lasts?) "
    r"(?:for )?before (?:a |an |it |the )?(?:breakdown|failure|fault|fails|breaks down)\b"
)
# a count of the failures themselves ("Road calls", "in-service breakdowns needing a recovery vehicle per
# 100,000 km"), not time lost to them or what they delayed
_FAILURES = re.compile(
    r"^(?:[\w-]+ ){0,3}(?:failures?|breakdowns?|faults?|stoppages?|road ?calls?)\b"
    r"(?:\s*$|\s*(?:per|/|needing|requiring|that|which|in|on|\())"
)
# time or money lost to failures, or the time to fix them, is another measure
# (and repeat failures of one asset are a measure of the repairs)
_LOST_TO = re.compile(
    r"\b(?:time|hours?|minutes?|downtime|duration|lost|costs?|repair|restore|mttr|repeat\w*|recurr\w*|again)\b"
)


def _reliability(rec: KPI) -> tuple[bool, bool]:
    """(measures the time or distance between failures, counts the failures themselves): one quantity
    inverted when one KPI is the first and another the second ("mean distance between failures" and
    "in-service breakdowns per 100,000 km")."""
    between = bool(_BETWEEN_FAILURES.search(expand(f"{rec.name} {rec.measure}").lower()))
    parts = [expand(p).lower().strip() for p in (rec.name, numerator(rec.measure)) if p.strip()]
    counts = not any(_BETWEEN_FAILURES.search(p) or _LOST_TO.search(p) for p in parts) and any(
        _FAILURES.search(p) for p in parts
    )
    return between, counts


# Named measures: the same one in two KPIs is one quantity, however each words it
_NAMED_MEASURES = frozenset(
    {
        "oee",
        "fueluse",
        "openrate",
        "escape",
        "periodclose",
        "acquisitioncost",
        "debtorterm",
        "creditorterm",
        "quotaattain",
        "stockcover",
        "ltifr",
        "spiindex",
        "cpiindex",
        "unitrevenue",
        "saidi",
    }
)
_NOT_SUBJECT = frozenset(
    {
        "between",
        "operating",
        "running",
        "before",
        "mean",
        "runs",
        "average",
        "hour",
        "hours",
        "days",
        "minute",
        "minutes",
        "median",
        "time",
        "from",
        "until",
        "wait",
        "waiting",
        "first",
        "week",
        "weeks",
        "month",
        "months",
    }
)
# a check passed before handover ("work passing inspection first time") and a customer calling the job back
# ("jobs needing a return visit for the same fault") are two quantities
_INSPECTED = re.compile(r"\b(?:inspect\w*|audit\w*|qc|qa|quality check\w*|assess\w*|examin\w*)\b")
_RETURNED = re.compile(
    r"\b(?:return (?:visits?|trips?)|revisits?|repeat (?:visits?|call-?outs?)|recalls?|call-?backs?|second visits?|"
    r"another visit|came back|comebacks?)\b"
)


def _check_and_return_differ(a: KPI, b: KPI) -> bool:
    ta, tb = a.text().lower(), b.text().lower()
    ia, ib = bool(_INSPECTED.search(ta)), bool(_INSPECTED.search(tb))
    ra, rb = bool(_RETURNED.search(ta)), bool(_RETURNED.search(tb))
    return (ia and not ra and rb and not ib) or (ib and not rb and ra and not ia)


# a time window: "within 30 days", "over 60 days", "after 2 weeks"
_WINDOW_DAYS = re.compile(
    r"\b(?:within|over|after|under|more than|less than|older than|beyond|in) (\d+) (?:working |calendar |business )?(?:days?|weeks?|months?|hours?)\b"
)


def _subject_shared(a: frozenset[str], b: frozenset[str]) -> frozenset[str]:
    """The content words two quantities share, without side tokens, named measures and words of time."""
    return frozenset(
        t for t in a & b if not t.startswith("side") and t not in _NAMED_MEASURES and t not in _NOT_SUBJECT
    )


def _windows_differ(a: KPI, b: KPI) -> bool:
    """Both name a time window and no window is shared: "paid within 30 days" and "on hold over 60 days"."""
    wa = set(_WINDOW_DAYS.findall(f"{a.name} {a.measure}".lower()))
    wb = set(_WINDOW_DAYS.findall(f"{b.name} {b.measure}".lower()))
    return bool(wa and wb and not wa & wb)


# a numbered line, kiln or site: "OEE line 2", "Kiln 1 availability"
_UNIT_NUMBER = re.compile(r"\b(?:line|site|kiln|unit|plant|shift|ward|zone|store|branch|depot|machine|press) ?(\d+)\b")


def _segments_differ(a: str, b: str) -> bool:
    """Two names that differ by the segment they cover: one names one side of a pair, the other its counterpart."""
    wa = set(re.findall(r"[a-z0-9-]+", a.lower()))
    wb = set(re.findall(r"[a-z0-9-]+", b.lower()))
    for left, right in _SEGMENT_PAIRS:
        if (wa & left and wb & right and not wa & right and not wb & left) or (
            wa & right and wb & left and not wa & left and not wb & right
        ):
            return True
    # ("OEE line 1" and "OEE line 2", "Kiln 1 availability" and "Kiln 2 availability": one measure, two units)
    na, nb = set(_UNIT_NUMBER.findall(a.lower())), set(_UNIT_NUMBER.findall(b.lower()))
    return bool(na and nb and not na & nb)


def _opposite_sides(a: tuple[frozenset[str], dict[str, str]], b: tuple[frozenset[str], dict[str, str]]) -> bool:
    """Whether two KPIs name one side quantity from opposite sides ("retention" and "attrition")."""
    (ta, sa), (tb, sb) = a, b
    return any({sa[t], sb[t]} == {"+", "-"} for t in ta & tb if t.startswith("side") and t in sa and t in sb)


def _same_quantity(a: tuple[frozenset[str], dict[str, str]], b: tuple[frozenset[str], dict[str, str]]) -> bool:
    (ta, sa), (tb, sb) = a, b
    shared = ta & tb
    opposite = any({sa[t], sb[t]} == {"+", "-"} for t in shared if t in sa and t in sb)
    # a bare side word ("Accidents") against its other side ("Accident-free sessions") is one quantity too
    bare = min(len(ta), len(tb)) == 1 and any(t.startswith("side") for t in shared)
    # (or four words in common, the side among them: "scheduled buses ready for the fleet" and "scheduled fleet
    # off road for repairs")
    return opposite and (bare or (len(shared) >= 2 and len(shared) >= 0.6 * min(len(ta), len(tb))) or len(shared) >= 4)


# Title words that name no subject of the work: "Senior Operations Manager (Leeds)"
_TITLE_FILLER = set(
    "staff team senior junior chief general principal assistant deputy associate graduate trainee apprentice "
    "operations service services support customer office regional national global company group department "
    "level grade".split()
)


def _subject_stems(text: str) -> set[str]:
    """Stems of the words that name what a title or KPI is about ("water", "network"), without places,
    grades and job nouns."""
    text = re.sub(r"\([^)]*\)", " ", text.lower())
    # (a plural is its singular: "roads" for a "road maintenance engineer")
    words = (
        w[:-1] if len(w) > 4 and w.endswith("s") and not w.endswith("ss") else w for w in re.findall(r"[a-z]{4,}", text)
    )
    return {w[:5] for w in words if w not in _TITLE_FILLER and not JOB_NOUN.fullmatch(w)}


_READS_LIKE = "This reads like a KPI for a"
_LEARNER = re.compile(r"\b(?:apprentices?|trainees?|interns?|cadets?|graduate trainees?|student)\b", re.I)
_LEARNING = re.compile(
    r"\b(?:assessments?|exams?|examinations?|qualifications?|modules?|certificat\w*|apprenticeship|nvq|ihk|end[- ]point|"
    r"competenc(?:y|ies)|sign-?offs?|licen[cs]e)\b",
    re.I,
)
_SITE_OVERSIGHT = re.compile(r"\b(?:environment(?:al)?|hse|ehs|she|sheq|safety|sustainability)\b", re.I)
_PROGRAMME_ROLE = re.compile(
    r"\b(?:programmes?|programs?|projects?|country|field|portfolio) (?:manager|director|officer|coordinator|lead|"
    r"advis[eo]r|specialist)\b|\bm ?& ?e\b|\bmeal\b|\bmonitoring,? (?:and|&) evaluation\b",
    re.I,
)
_HANDS_ON = re.compile(
    r"\b(?:technicians?|engineers?|operators?|fitters?|mechanics?|installers?|riggers?|electricians?|linesm[ae]n|"
    r"lineworkers?|jointers?|splicers?)\b",
    re.I,
)


def _not_off_role_when_titled(reports: list[KPIReport], records: list[KPI], role: RoleProfile | str | None) -> None:
    """A KPI that names what the job title names is not off-role by its closeness to another family:
    water samples for a water network manager, however close they sit to a pool attendant's work. (Work
    named as another trade's, like a school's website page views for its site manager, stays off-role.)"""
    title = role.title if isinstance(role, RoleProfile) else (role or "")
    subject = _subject_stems(title.partition(",")[0])
    # ... nor, for hands-on technical work, one that reads like the work of the setting the title names: a network
    # engineer's outages for a "field maintenance technician, mobile network" (not the water network's losses
    # for a "communications officer, water utility")
    # (and for whoever oversees the site's environment or safety: a copper mine's land rehabilitated for its
    # environmental compliance officer)
    core = title.partition(",")[0]
    setting = _subject_stems(title) if _HANDS_ON.search(core) or _SITE_OVERSIGHT.search(core) else set()
    # ... nor, for an apprentice or a trainee, the qualification they are working towards
    learner = bool(_LEARNER.search(title))
    # ... nor, for whoever runs a charity's or an aid agency's programme, the results of the people it serves:
    # pupils reading for an early-grade literacy NGO, children vaccinated for a health charity
    cause = bool(_PROGRAMME_ROLE.search(title.partition(",")[0]) and NON_PROFIT.search(title))
    if not (subject or setting or learner or cause):
        return
    for rep, rec in zip(reports, records, strict=True):
        near = [f for f in rep.findings if f.rule == "off_role" and f.message.startswith(_READS_LIKE)]
        if not near:
            continue
        # (the family each finding names: "This reads like a KPI for a network engineer, not ...")
        other = set().union(*(_subject_stems(f.message.removeprefix(_READS_LIKE).partition(",")[0]) for f in near))
        kpi_text = f"{rec.name} {rec.measure}"
        if subject & _subject_stems(kpi_text) or setting & other or (learner and _LEARNING.search(kpi_text)) or cause:
            rep.findings = [f for f in rep.findings if f not in near]
            rep.verdict = _verdict(rep.findings)


def _title_names_area(title: str, area: str) -> bool:
    """Whether a job title names a key result area ("family/payables"): "Accounts Payable Specialist"."""
    return bool(_subject_stems(title) & _subject_stems(area.partition("/")[2].replace("-", " ")))


def _measure_heads(name: str) -> frozenset[str]:
    """The kinds of measure a KPI name talks about (cost, waste, retention, ...), by word stem."""
    words = re.findall(r"[a-z]+", expand(name).lower())
    return frozenset(m.group() for m in map(_STARTS_WITH_HEAD, words) if m)


# Themes a whole set can collapse into, each with the job titles for which that theme is the job itself
# (all safety KPIs suit a safety adviser, not an electrician).
_THEME_PATTERNS = [
    (
        (
            r"\b(?:injur\w*|lost[- ]time|ltis?|ltifr|trir|riddor|near[- ]miss\w*|hazards?|ppe|lock[- ]?out|tag[- ]?out|"
            r"accidents?|unsafe|safety|crowd (?:density|surges?|crush\w*)|medical (?:presentations|incidents|call-?outs)|"
            r"first aid|evacuat\w*|licen[cs]e conditions?)\b"
        ),
        r"\b(?:safety|hse|ehs|she|sheq|health and safety|licensing|security|crowd|steward\w*)\b",
    ),
    (
        (r"\b(?:infections?|mrsa|c\.? ?diff\w*|hand hygiene|cautis?|clabsis?|hcais?|bacteraemia|sepsis|isolation)\b"),
        r"\binfection\b",
    ),
    (
        # food safety only: swabs, hygiene audits and chilling for a kitchen or plant that must also produce on time,
        # to cost and with a team
        (
            r"\b(?:swabs?|hygiene|haccp|food safety|food[- ]?borne|food poisoning|illness\w*|allerg\w+|chill\w*|cool(?:ed|ing)|"
            r"temperatures?|cold chain|pests?|contaminat\w*|microbio\w*|listeria|salmonella|e\.? ?coli|"
            r"foreign (?:body|bodies|matter))\b"
        ),
        r"\b(?:food safety|hygiene|technical|quality|qa|haccp|environmental health|inspector|microbiolog\w*|lab\w*)\b",
    ),
    (
        (
            r"\b(?:energy|electricity|kwh|mwh|gas (?:use|usage|consumption|efficiency)|water (?:use|usage|consumption)|"
            r"carbon|emissions?|renewable\w*|heating)\b"
        ),
        r"\b(?:energy|sustainab\w*|carbon|environment\w*|utilities)\b",
    ),
    (
        (
            r"\b(?:phishing|vulnerabilit\w*|patch\w*|mfa|multi-factor|malware|ransomware|cves?|security incidents?|"
            r"data breach\w*|cyber\w*)\b"
        ),
        r"\b(?:security|cyber\w*|soc|infosec)\b",
    ),
    (
        # exam results only: a head teacher's or head of department's set of grades leaves teaching, behaviour,
        # attendance and staff unmeasured
        (
            r"\b(?:attainment|expected standard|greater depth|phonics|gcses?|a-levels?|ks[1-5]|key stage|sats|"
            r"grades? [4-9]|grade [a-c]\b|progress 8|attainment 8|pass(?:es)? at|exam results?|rwm|"
            r"(?:end[- ]of[- ](?:year|term|unit) |common (?:[\w-]+ )?|mock )assessments?|mock exams?|mocks?|"
            r"(?:candidates|pupils|students|learners) passing|graduation rates?|graduating|ap exams?|ib (?:exams?|diploma)|"
            r"(?:provincial|state|national|standardi[sz]ed|district) (?:[\w-]+ )?(?:assessments?|tests?|exams?)|"
            r"(?:reading|writing|maths|mathematics|english|science|numeracy|literacy)\b.{0,30}\b(?:standard|grade|level|results?))\b"
        ),
        r"\b(?:exams?|examinations|assessment|tutor|data)\b",
    ),
    (
        # hiring only: a manager's set of time to hire, offers and cost per hire leaves the running team unmeasured
        (
            r"\b(?:hires?|hiring|recruit\w*|offers?|candidates?|applicants?|applications?|vacanc\w+|new starters?|"
            r"time[- ]to[- ]fill|onboard\w*)\b"
        ),
        r"\b(?:recruit\w*|talent|resourcing|sourc\w+|hiring|acquisition|onboarding)\b",
    ),
    (
        # selling only: covers, spend per head, attach and conversion rates for a role that runs more than the till;
        # volume, share and distribution for a sales director, who also answers for a team, a forecast and customers
        (
            r"\b(?:sales|takings|covers|spend per (?:head|cover|guest|customer)|average (?:spend|basket|transaction)|atv|upt|ipt|"
            r"(?:average|avg) (?:[\w$€£¥₹-]+ )?per (?:transaction|ticket|receipt|basket|order)|"
            r"units per transaction|items per transaction|"
            r"attach(?:ment)? rate|attach|upsells?|upsold|cross-?sells?|conversion|basket (?:size|value)|"
            r"sold|volume (?:shipped|sold|growth)|(?:value|volume|market) share|share of (?:the )?(?:market|shelf|wallet)|"
            r"(?:weighted|numeric) distribution|(?:volume|revenue) from|"
            # orders taken ahead and a category's growth on last year
            r"pre-?orders?|order intake|orders? (?:booked|won|signed|taken)|under (?:a )?signed orders?|"
            # a broker's commission and listings
            r"gross commission(?: income)?|gci|commission (?:income|rate)|fee rate|(?:exclusive )?listings? (?:won|signed|taken)|"
            r"(?:yoy|year-on-year|like-for-like|lfl) growth in (?:the )?[\w-]+|growth in (?:the )?[\w-]+ category|"
            # an insurer's sales: written premium, its renewals and its share of the insurable market
            r"(?:gross |net )?written premium|gwp|premium (?:income|volume|growth|retention|renewed)|prior-year premium|"
            # a hotel's rooms: the rate they sell at and the share of them sold
            r"average daily rate|adr|revpar|room rate|"
            r"(?:acreage|policy|premium) share)\b"
        ),
        (
            r"^(?!.*\b(?:director|head|vp|vice[- ]president|chief|(?<!account )manager)\b).*"
            r"\b(?:sales|seller|business development|account (?:executive|manager)|merchandis\w+|e-?commerce|marketing|"
            r"commercial|revenue|growth)\b"
        ),
    ),
    (
        # money in or out: a set of budgets, savings, income and rates leaves the people and the service unmeasured
        (
            r"(?:\b(?:costs?|spend(?:ing)?|expenditure|budget|revenue|income|savings?|surplus|deficit|margin|profit|"
            r"ebitda|fees?|adr|revpar|gbp|usd|eur|aud|cad|prices?|gp|stock value|inventory value|purchases|opex|capex|"
            r"operating expens\w*|(?:losses|amounts?) written off|write-?offs?|"
            r"(?:fuel|energy|utility|gas|electricity|water|phone) bills?|wage bill|wages|"
            r"funds? raised|fundrais\w*|donations?|dues|endowment\w*|drawdown|"
            r"stock[- ]?take variance|stock variance|average (?:transaction|basket|order|ticket) value|atv|aov|"
            + _CURRENCY_CODES
            + r")\b|[£$€])"
        ),
        # (and where money is the whole job: a revenue, pricing or yield manager, a treasurer)
        r"\b(?:cost|procurement|buyer|purchasing|finance|financial|accountant|controller|budget|commercial|revenue|pricing|"
        r"yield|treasur\w*)\b",
    ),
    (
        # costs only: even where money is the job (a finance controller, a buyer), a set of nothing but costs,
        # prices and savings leaves accuracy, timeliness, supply and control unmeasured
        r"\b(?:costs?|spend(?:ing)?|expenditure|overheads?|prices?|(?:insurance )?premiums?|savings?|saved|write-?offs?|payment (?:terms|days)|"
        r"(?:demand|capacity|network|standing|bank|late[- ]payment) charges|(?:fuel|energy|utility|gas|electricity|water) bills?|unit rates?|"
        r"discounts?|tariffs?|opex|operating expens\w*|budget|(?:losses|amounts?) written off|days payables?|dpo)\b",
        r"\bcost (?:accountant|controller|engineer|manager|analyst|estimator)\b|\bestimator\b",
    ),
]
_THEME_PATTERNS.append(
    (
        # paperwork only: notes, signatures and write-ups for a role whose work is the care or the service itself
        (
            r"\b(?:notes?|records?|recorded|recording|documentation|documented|write-?ups?|written up|sign-?off|"
            r"signatures?|signed|paperwork|body maps?|logs?|logged|forms?)\b"
        ),
        r"\b(?:records?|admin\w*|clerk|secretar\w*|coordinator|information|data|documentation|coder|coding|registr\w+)\b",
    )
)
_THEME_PATTERNS += [
    (
        # working capital only: what customers owe, what is owed to suppliers, stock held; a finance chief also
        # answers for results, forecasts, controls and a team
        (
            r"\b(?:dso|dpo|dio|debtors?'? days|creditors?'? days|days sales outstanding|days payables? outstanding|"
            r"(?:inventory|stock) (?:days|turns?|cover)|days (?:of|in) (?:stock|inventory)|receivables?|payables?|"
            r"working capital|cash conversion cycle|overdue (?:debt|invoices?)|aged debt|debtor book)\b"
        ),
        r"\b(?:credit|collections?|receivables?|payables?|treasury|working capital|cash)\b",
    ),
    (
        # what people know of a brand only: awareness, recall, consideration; a brand also has to sell, at a margin
        (
            r"\b(?:awareness|ad recall|recall\w*|top[- ]of[- ]mind|consideration|brand (?:health|equity|recognition|"
            r"preference|perception|image)|recogni[sz]\w+|share of voice|sov)\b"
        ),
        r"\b(?:media|pr|public relations|communications?|research|insights?|awareness)\b",
    ),
]
_THEME_PATTERNS.append(
    (
        # patient flow only: length of stay, discharges, beds turned round; a ward also answers for harm, care and staff
        (
            r"\b(?:length of stay|los|discharg\w*|bed (?:days?|turnaround|occupancy|ready|availability|waits?)|"
            r"delayed (?:transfers?|discharges?)|patient flow|admissions?|readmi\w*|boarding|trolley waits?)\b"
        ),
        r"\b(?:flow|discharge|bed manager|capacity|site manager|bed management)\b",
    )
)
_THEME_PATTERNS += [
    (
        # availability only: every system up, and nothing on changes, security, cost, users or the team
        r"\b(?:uptime|availab\w+|downtime|outages?|unplanned (?:stops?|stoppages?))\b",
        r"\b(?:reliability|sre|availability|uptime|noc|monitoring)\b",
    ),
    (
        # speed only: answered, replied and refunded fast, and nothing on whether the problem was solved
        r"\b(?:speed|asa|(?:response|processing|handling|wait(?:ing)?|turn-?around|lead|cycle|reply) times?|"
        r"(?:repl(?:y|ies|ied)|respon\w+|answer\w*|acknowledg\w*|call-?backs?|refund\w*|dispatched)(?: [\w-]+){0,3} within "
        r"\d+\s*(?:h|hrs?|hours?|mins?|minutes?|sec\w*|days?|working days?)|abandon\w*|"
        r"(?:days|hours|minutes|time) (?:from|to) )",
        r"\b(?:workforce|planning|planner|real[- ]time|rta|scheduling|dispatch\w*)\b",
    ),
    (
        # what a site lets out only: discharges over the limits, gas, odour, litter; a site manager also answers for
        # the site's capacity, costs, safety and the service it gives
        r"\b(?:exceedances?|leachate|methane|odou?rs?|litter|dust|noise complaints?|emissions?|discharges?|spills?|effluent|"
        r"(?:permit|consent) (?:breaches|limits|conditions))\b",
        r"\b(?:environment\w*|compliance|ehs|hse|permit\w*|regulatory|emissions?|pollution)\b",
    ),
    (
        # rent or loan arrears only: what tenants owe, what was written off, payment plans, evictions; a housing
        # officer also answers for the homes, the tenancies that last and the neighbourhood
        r"\b(?:arrears|rent (?:collect\w*|owed|debt|roll)|written off|write-?offs?|payment plans?|evictions?)\b",
        r"\b(?:income|arrears|collections?|collector|recovery|credit control|debt)\b",
    ),
    (
        # an audience on social media only: posts, followers, engagement; communications also answer for the
        # press, partners, internal news and the messages themselves
        r"\b(?:social(?! (?:care|work|workers?|services?|housing|security|value|enterprise|inclusion))|followers?|"
        # (not a consultancy's engagements: "contribution margin of engagements led", "post-engagement review")
        r"(?<!post-)(?<!post )engagements?(?: rate)?(?! (?:led|delivered|run|managed|review|manager|budget|fee))|impressions|likes|"
        r"retweets|reposts|instagram|linkedin|tiktok|facebook|youtube|twitter)\b",
        r"\b(?:social|community manager|content|influencer|digital)\b",
    ),
]
_THEME_PATTERNS += [
    (
        # vaccination only: coverage, doses and drop-outs; a community health worker also answers for births, nutrition,
        # referrals and the households they visit
        r"\b(?:immuni[sz]\w*|vaccin\w*|doses?|dtp\d?|penta\d?|measles|mmr|bcg|polio|opv|ipv|hpv|rotavirus|pcv\d*|"
        r"drop-?outs? (?:rate )?(?:between|from) (?:dtp|penta))\b",
        r"\b(?:immuni[sz]ation|vaccinat\w+|vaccine|epi|cold chain)\b",
    ),
    (
        # output only: tonnes won, throughput, metres advanced; a site manager also answers for safety, cost, the
        # people and what the site does to its neighbours
        r"\b(?:tonnes?|tons?|t/h|tph|throughput|output|bank m3|m3|cubic met\w+|metres? (?:of )?(?:development|advanced|drilled)|"
        r"production volumes?|units produced|saleable|outturn|(?:kg|kilos?|tonnes?) (?:[\w-]+ ){0,2}(?:produced|processed|made)|"
        # ore won and its grade, metal paid for, fish harvested and grown
        r"ore|head grade|grade reconciliation|concentrate|payable (?:zinc|copper|gold|silver|nickel|lead|metal|ounces)|"
        r"harvest(?:ed)? (?:volume|weight|tonnes?|biomass)|tonnes? (?:[\w-]+ ){0,2}harvested|(?:to|at) harvest|biomass)\b",
        r"\b(?:operator|planner|scheduler|(?:production|output|throughput) (?:controller|clerk)|harvest\w*)\b",
    ),
]
_THEME_PATTERNS.append(
    (
        # phishing only: clicks, reports, purges, BEC losses; a security manager also answers for vulnerabilities,
        # incidents, access and recovery
        r"\b(?:phish\w*|bec|business email compromise|malicious (?:e-?mail|mail|messages?)|spoof\w*)\b",
        r"\b(?:phishing|email security|security awareness|awareness)\b",
    )
)
# What each theme is called when a set collapses into it, in the order of _THEME_PATTERNS
_THEME_NAMES = [
    "safety",
    "infection control",
    "food safety",
    "energy and carbon",
    "cyber security",
    "exam results",
    "hiring",
    "selling",
    "money in or out",
    "costs",
    "records and paperwork",
    "working capital",
    "brand awareness",
    "patient flow",
    "availability",
    "speed",
    "what the site lets out",
    "arrears",
    "a social media audience",
    "vaccination",
    "output",
    "phishing",
]
_THEMES = [
    (name, re.compile(theme, re.I), re.compile(job, re.I))
    for name, (theme, job) in zip(_THEME_NAMES, _THEME_PATTERNS, strict=True)
]


def _one_theme(records: list[KPI], role_title: str) -> str | None:
    """The theme (all safety, all infection, all energy, all cyber, all cost...) that three or more KPIs
    all measure, for a role whose job is more than that theme: the rest of the work goes unmeasured."""
    if len(records) < 3:
        return None
    texts = [expand(f"{r.name} {r.measure}") for r in records]
    return next(
        (name for name, theme, job in _THEMES if all(theme.search(t) for t in texts) and not job.search(role_title)),
        None,
    )


# (money, not "sales-qualified leads", "sales cycle" or "staff turnover")
_MONEY_HEAD = re.compile(
    r"\b(?:revenue|sales(?![- ](?:qualified|accepted|cycles?|calls?|team|teams|development|meetings?|opportunit\w*|"
    r"pipeline|process|rep\w*|attrition|turnover|staff|force|people|headcount|leavers|hires|hiring|training|coaching))|income|(?<!staff )(?<!employee )(?<!labour )(?<!labor )(?<!team )(?<!office )(?<!people )(?<!workforce )(?<!colleague )(?<!crew )turnover|billings|bookings|gmv|arr|"
    r"mrr|takings|"
    # what each sale is worth: "average check", "AOV", "spend per head"
    r"average (?:guest )?checks?|check average|average (?:transaction|order|basket|sale|ticket|bill)(?: (?:value|size))?|aov|atv|"
    r"(?:average )?spend per (?:head|cover|guest|customer|visit)|"
    # and what each deal is worth, and more sold to the same customer: "average contract value", "ACV", "upsell"
    r"(?:average |mean )?(?:contract|deal) (?:value|size)|acv|tcv|upsell\w*|cross-sell\w*)\b",
    re.I,
)


_SHARE_OF = re.compile(r"\b(?:as )?(?:an? )?(?:%|percent(?:age)?|share|proportion|ratio) (?:of|to)\b|\bper\b", re.I)


def _mostly_money(records: list[KPI]) -> bool:
    """Four or more KPIs of which all but one count the same money coming in ('account revenue', 'revenue
    growth', 'upsell revenue'): the set measures selling, and the rest of the job goes unmeasured."""
    if len(records) < 4:
        return False
    # (what is counted, not what it is taken over: "shrinkage as a share of sales" is about stock lost)
    # (the name says what is counted, or failing that the measure: "Weekly non-food specials", "revenue from ...")
    return (
        sum(
            bool(
                _MONEY_HEAD.search(numerator(expand(r.name)))
                # (a name that names no measure of its own, "Weekly non-food specials", is read by what its measure counts,
                # not by what that is taken as a share of: "stock loss as % of sales" counts stock lost)
                or not _measure_heads(r.name)
                and _MONEY_HEAD.search(_SHARE_OF.split(numerator(expand(r.measure)))[0])
            )
            for r in records
        )
        >= len(records) - 1
    )


def _shared_head(records: list[KPI]) -> set[str]:
    """Word stems that every KPI's name shares (all four name 'revenue'; 'reconciliations' and
    'reconciling items' share 'reconc')."""
    if len(records) < 3:
        return set()
    sets = [{w[:6] for w in _content_tokens(r.name)} for r in records]
    return set.intersection(*sets) if all(sets) else set()


_CUSTOMERS_KEPT = re.compile(
    r"\b(?:customers?|clients?|subscri\w*|accounts?|members(?:hip)?s?|arr|mrr|recurring revenue|contracts?|logos?|renew\w*)\b"
)
_REVENUE_KEPT = re.compile(r"\b(?:revenue|arr|mrr|nrr|grr|ndr|dollar|money|value|billings?)\b")
_STAFF_KEPT = re.compile(r"\b(?:employees?|staff|team|colleagues|workforce|headcount|people|employed|leavers?)\b")


def _retained_population(rec: KPI) -> str | None:
    """Whose staying the KPI counts, when it counts staying or leaving: customers (and their money) or staff."""
    text = _low(f"{rec.name} {rec.measure}")
    customers, staff = bool(_CUSTOMERS_KEPT.search(text)), bool(_STAFF_KEPT.search(text))
    if customers and not staff and _REVENUE_KEPT.search(_low(f"{rec.name} {numerator(rec.measure)}")):
        # the money kept ("net revenue retention") and the customers kept ("logo churn") are two measures
        return "revenue"
    return "customers" if customers and not staff else "staff" if staff and not customers else None


def _shared_measure_head(records: list[KPI], role_title: str = "") -> set[str]:
    """Shared name stems that name what is measured ('revenue', 'reconciliations'), not the people every
    KPI of the role serves ('patient', 'customer') nor what the job itself is about ('network' for a
    network engineer, 'fire' for a firefighter)."""
    title = role_title.lower()
    return {h for h in _shared_head(records) if not _PEOPLE.match(h) and h not in title}


_PEOPLE = re.compile(
    r"(?:patien|custom|client|studen|pupil|guest|user|member|reside|tenant|learne|employ|staff|collea|team|visito|"
    r"passen|donor|child|famil|candid|caller|buyer|shoppe|driver|worker|people|women|men\b|mother|babie|baby|infant|"
    r"adult|citize|victim|surviv|offend|prison|househ|player|athlet|owner)"
)


def _without(text: str, words: set[str]) -> str:
    kept = [w for w in re.findall(r"\S+", expand(text)) if re.sub(r"[^a-z-]", "", w.lower())[:6] not in words]
    return " ".join(kept) or text


# (the dot of "incl.", "excl.", "vs.", "approx." or "no." ends no label)
_HEAD_LABEL = re.compile(
    r"^\s*([^.:;–—]{2,40}?)\s*(?:(?<!\bincl)(?<!\bexcl)(?<!\bvs)(?<!\bapprox)(?<!\bno)(?<!\betc)\.|:|\s[–—-])\s+(.+)$"
)


_LABEL_MARK = re.compile(r"[.:;–—]|\s-\s")


def _measure_part(rec: KPI, structured: bool) -> str:
    """The measure's numerator, or for a plain line "Site visits: share of visits that ..." the
    explanation after a short label; empty when there is none."""
    if structured:
        if not rec.measure.strip() or rec.measure.strip() == rec.name.strip():
            return ""
        return core_metric(rec.measure_numerator())
    name = _strip_labels(rec.name)
    if not _LABEL_MARK.search(name[:64]):
        return ""  # no full stop, colon or dash near the start: no label to read past
    m = _HEAD_LABEL.match(name)
    if not m or len(m.group(1).split()) > 4 or len(m.group(2).split()) < 4:
        return ""
    # a head that already holds its target is the metric, and what follows is its reason ("CVs sourced/wk >= 40 -
    # quality of hire driver")
    if re.search(r"(?:[≥≤<>]=?|=>|=<)\s*\d", m.group(1)):
        return ""
    # (a target and its reason are no measure: "Objects catalogued per day - 40, so the backlog is cleared",
    # "Tickets inspected per shift - 300 to safeguard revenue", "...: target 40 for revenue growth")
    if not re.search(r"[a-z]{3}", _PURPOSE.sub("", m.group(2)), re.I) or _TARGET_FIRST.match(m.group(2)):
        return ""
    return core_metric(numerator(m.group(2)))


# what follows a label is a target when it opens with a number or says it is one
_TARGET_FIRST = re.compile(
    r"^\s*(?:[<>≤≥~]=?\s*)?\d[\d,.]*\s*(?:%|k\b)?\s*(?:[,;–—-]|to\b|for\b|so\b|\(|per\b|a\b|an?\b|each\b|$|"
    r"of (?:the )?(?:target|plan|budget|goal|quota)\b)|"
    # a share that is only the target's level: "100% compliance drives pupil progress", "95% adherence"
    r"^\s*\d[\d,.]*\s*%\s*(?:compliance|compliant|adherence|completion|complete|achieved|met|attainment|on time)\b|"
    r"^\s*(?:target|goal|aim|objective|ziel|objetivo|objectif|meta|obiettivo|doel|cel)\b",
    re.I,
)


def _one_line(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _short(text: str, n: int = 60) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def _norm_name(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", expand(text).lower()).strip()


def _verdict(findings: list[Finding]) -> Verdict:
    severities = {f.severity for f in findings}
    return "reject" if "reject" in severities else "warn" if "warn" in severities else "pass"


def _worst(verdicts: list[Verdict]) -> Verdict:
    for v in ("reject", "warn"):
        if v in verdicts:
            return v  # type: ignore[return-value]
    return "pass"
