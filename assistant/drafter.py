"""The offline drafter: composes a KPI set from the knowledge base, no model needed.

For the matched role family (and a close runner-up, for hybrid roles) it picks example KPIs on
distinct key result areas by greedy coverage of the duties the posting lists, then ties each KPI
to the duty it serves in the posting's own words (outcome and rationale). Figures the posting
states become targets; otherwise the baseline is to be set from current data and the target is
relative to it. Every pick is checked by the validator; a rejected pick is replaced by the
next-best example. Deterministic: the same text and settings give the same set.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from . import terms
from .knowledge import ExampleKPI, Family, KnowledgeBase, to_kpi
from .models import BASELINE_TBD, KPI, RoleProfile
from .retrieval import Index
from .roles import ACTION_START, GENERIC_LEAD_FAMILIES, JOB_NOUN, NON_PROFIT, NUMBER, _singular_job
from .validator import Validator

MIN_KPIS = 3
DEFAULT_KPIS = 4
# Below QUOTE_MIN_SIMILARITY a quoted duty often does not match the KPI, unless it shares a word with
# the KPI's name ("forecast accurately" for "forecast accuracy"); below QUOTE_FLOOR it is never quoted.
QUOTE_MIN_SIMILARITY = 0.35
QUOTE_FLOOR = 0.30
# A duty and a KPI less alike than this share no more than the noise of the embedder (the same floor as
# quoting): such likeness earns a candidate nothing, so a KPI vaguely like every duty cannot outscore one that
# plainly answers a single duty ("hit the weekly sales and shrinkage numbers" -> shrinkage as a share of sales).
SIM_FLOOR = QUOTE_FLOOR
DUTY_DECAY = 0.5  # how much less each later duty counts when choosing KPIs
# A quoted duty must stand out for its KPI (see _distinctness), by this much, or by the smaller margin
# when it also shares two words with the KPI: 79% of the quotes kept read as the right reason for the KPI
# to independent readers, against 69% before (485 labelled duty-KPI pairs from the four role datasets).
QUOTE_DISTINCT = 0.25
QUOTE_DISTINCT_SHARED = 0.05
REUSE_MIN_SIMILARITY = 0.45  # a duty serves a second KPI only when it clearly matches it too
LEADS = ("lead", "manager", "director", "executive")  # seniorities that run a team, its rota or its budget


@dataclass
class Candidate:
    family: Family
    example: ExampleKPI
    score: float
    responsibility: str | None
    resp_sim: float
    prior: float = 0.0  # canonical KPIs of central areas first; the runner-up family's examples a little lower


def rank_candidates(index: Index, profile: RoleProfile, families: list[str]) -> list[Candidate]:
    """Every example KPI of the given families, scored against the posting's responsibilities."""
    kb = index.kb
    resp = profile.responsibilities[:20]
    entries, vecs = index.of_kind("kpi")
    wanted = set(families)
    cols = [i for i, e in enumerate(entries) if e.family in wanted]
    if resp:
        q = index.embed(resp)
        sims = q @ vecs[cols].T  # (resp, kpis)
    else:
        sims = np.zeros((0, len(cols)), dtype=np.float32)
    out: list[Candidate] = []
    for c_pos, i in enumerate(cols):
        fam, ex = kb.example_kpi(entries[i].entry_id)
        position = [k.id for k in fam.kpis if k.kra == ex.kra].index(ex.id)
        kra_position = [k.id for k in fam.key_result_areas].index(ex.kra)
        # The first example in an area is its canonical KPI; earlier areas are more central to the role.
        prior = 0.08 / (1 + position) + 0.03 / (1 + kra_position)
        family_penalty = 0.0 if fam.id == families[0] else 0.06
        if len(resp):
            col = sims[:, c_pos]
            j = int(np.argmax(col))
            best = float(col[j])
            score = best + 0.5 * float(np.sort(col)[-3:].mean()) + prior - family_penalty
            out.append(Candidate(fam, ex, score, resp[j], best, prior - family_penalty))
        else:
            out.append(Candidate(fam, ex, prior - family_penalty, None, 0.0, prior - family_penalty))
    out.sort(key=lambda c: (-c.score, c.family.id, c.example.id))
    return out


def _figure_clauses(figures: list[str]) -> list[str]:
    """The clause of each figure sentence that holds the number: 'aiming to resolve 80% of enquiries'."""
    out: list[str] = []
    for sentence in figures:
        parts = re.split(r",\s*|;\s*|\s(?:aiming to|so that|while|and then)\s", sentence)
        # "customer PPM under 25 and first-pass yield above 97%": two measures, each with its own figure
        parts = [
            re.sub(r"^(?:and|or)\s+", "", piece)
            for part in parts
            for pieces in [re.split(r"\s+and\s+", part)]
            for piece in (
                pieces if len(pieces) > 1 and all(re.search(rf"{NUMBER}|\bzero\b", q, re.I) for q in pieces) else [part]
            )
        ]
        out.extend(
            p.strip()
            for p in parts
            if re.search(NUMBER, p, re.I)
            and len(p.split()) >= 3
            and not _TIME_SHARE.search(p)
            and not _states_how_things_are(p)
        )
    return out


def _states_how_things_are(clause: str) -> bool:
    """'Online is now 40% of our turnover': how things stand (a baseline at most), not a target."""
    return bool(_NOW.search(clause)) and not _AIM.search(clause)


_NOW = re.compile(r"\b(?:is|are|was|were) (?:now|currently|already)\b|\bcurrently\b|\btoday\b|\blast year\b", re.I)
_AIM = re.compile(
    r"\b(?:target|aim\w*|goal|reach|achieve|grow|increase|reduce|cut|lift|raise|improve|at least|no more than|"
    r"want|would like|looking to|expect)\b",
    re.I,
)


# "Program Delivery (40%)", "about 30% travel": how the job's time is split, never a target
_TIME_SHARE = re.compile(
    r"^\W*[\w &/,'-]{2,60}\(\s*~?\d+\s*%\s*\)\W*$|\d+\s*%\s*(?:of (?:your |the |their )?(?:time|week|role|day)|travel)|"
    r"travel\w*\s*(?:up to |about |around |~)?\d+\s*%",
    re.I,
)


def apply_stated_targets(
    index: Index, kpis: list[KPI], figures: list[str], examples: list[ExampleKPI] | None = None
) -> list[KPI]:
    """Give a KPI the target the posting itself states, when a figure clause is clearly about it: the clause
    calls the KPI's measure by its trade name, or is close to the KPI and shares two words with it.

    ``examples`` are the knowledge-base examples the KPIs came from: the clause is compared with their own
    text, not with a definition that already quotes a duty from the same posting line."""
    clauses = _figure_clauses(figures)
    if not clauses or not kpis:
        return kpis
    own = [f"{e.name}. {e.described}" for e in examples] if examples else [f"{k.name}. {k.definition}" for k in kpis]
    cv = index.embed(clauses)
    by_name = cv @ index.embed([k.name for k in kpis]).T
    by_definition = cv @ index.embed(own).T
    sims = np.maximum(by_name, by_definition)  # (clauses, kpis)
    if examples:
        named = np.array([[terms.names_a_measure(c, e.known_as) for e in examples] for c in clauses])
        sims = sims + named  # a clause that names the measure is about it, whatever the embedder says
    kpis = list(kpis)
    taken: set[int] = set()
    for ci in np.argsort(-sims.max(axis=1)):
        ki = int(np.argmax(sims[ci]))
        shared = _words(clauses[ci]) & _words(own[ki])
        if ki in taken or sims[ci, ki] < 0.4 or (len(shared) < 2 and sims[ci, ki] < 1.0):
            continue
        if _other_window(clauses[ci], kpis[ki].name):
            continue  # "resolve P1 incidents within 4 hours" is not the target of "incidents reopened within 7 days"
        if _TIME_UNIT.search(kpis[ki].unit) and _SHARE_IN_WINDOW.search(clauses[ci]):
            continue  # "95% of new claims contacted within 1 working day" sets a share, not an average time
        if _PERCENT.search(clauses[ci]) and not _PERCENT.search(kpis[ki].unit) and not _TIME_UNIT.search(kpis[ki].unit):
            continue  # "fewer than 5% of calls late" is no target for missed visits counted per 1,000
        taken.add(ki)
        target = stated_target(clauses[ci], kpis[ki].unit, kpis[ki].direction)
        kpis[ki] = kpis[ki].model_copy(update={"target": target})
    return kpis


_PERCENT = re.compile(r"%|\bper ?cent\b", re.I)
_SHARE_IN_WINDOW = re.compile(r"\d\s*%\s*(?:of\b)?[^,;]{0,80}?\bwithin\b", re.I)


# "within five working days", "under 2%", "at least 95%": the bound a posting sets, without the duty around it
_BOUND = re.compile(
    r"\b(?:within|under|below|above|over|at least|at most|no more than|no less than|less than|more than|fewer than|"
    r"better than|not exceeding|up to)\s+(?:the\s+)?" + NUMBER + r"\s?(?:(?:working|business|calendar|clock|school) )?"
    r"(?:%|(?:percent|per cent|hours?|hrs?|days?|minutes?|mins?|weeks?|months?)\b)(?:\s+of\s+(?:the\s+)?(?:(?:month|period|quarter|year)[- ]end|receipt|request|referral|arrival|admission|"
    r"booking|notification|go-live|the (?:request|referral|incident|event))\b)?",
    re.I,
)


_WINDOW = re.compile(
    r"\bwithin (" + NUMBER + r") (?:working |business |calendar )?(minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\b",
    re.I,
)


def _other_window(clause: str, kpi_name: str) -> bool:
    """The clause times one thing and the KPI names a time window of its own that is not the clause's."""
    said, own = _WINDOW.search(clause), _WINDOW.search(kpi_name)
    return bool(said and own) and (said.group(1).lower(), said.group(2).lower()[:3]) != (
        own.group(1).lower(),
        own.group(2).lower()[:3],
    )


def stated_target(clause: str, unit: str = "", direction: str = "") -> str:
    """The target a figure clause states: its bound when it has one that fits the KPI's unit (a time for a
    time, a share for a share) and points the KPI's way, else the clause itself, quoted ("no more than 5% of
    files out of tolerance" is no bound for the share of reserves within tolerance)."""
    clause = clause.strip().rstrip(".")
    timed = bool(_TIME_UNIT.search(unit))
    for bound in [*_BOUND.finditer(clause), *_BOUND_AFTER.finditer(clause)]:
        text = bound.group(0)
        ceiling = bool(_CEILING.match(text) or _CEILING_AFTER.search(text))
        if (not unit or timed == bool(_TIME_UNIT.search(text))) and not (
            (direction == "higher" and ceiling) or (direction == "lower" and not ceiling and not timed)
        ):
            return f"{text[0].upper()}{text[1:]}, as the posting states"
    return f'As stated in the posting: "{clause}"'


# "90% or above", "4 hours or less": the bound written after its figure
_BOUND_AFTER = re.compile(
    NUMBER + r"\s?(?:%|(?:percent|per cent|hours?|hrs?|days?|minutes?|mins?|weeks?)\b) or "
    r"(?:above|more|higher|better|over|less|below|fewer|lower|under)\b",
    re.I,
)
_CEILING_AFTER = re.compile(r"\bor (?:less|below|fewer|lower|under)$", re.I)
_CEILING = re.compile(r"(?:within|under|below|at most|no more than|less than|fewer than|not exceeding|up to)\b", re.I)


_TIME_UNIT = re.compile(r"\b(?:hours?|hrs?|days?|minutes?|mins?|weeks?|months?|seconds?)\b", re.I)


# How much the words a duty shares with a KPI add to their similarity, and how much a duty that calls the KPI's
# measure by its trade name adds ("track pick accuracy and dock-to-stock").
SHARED_WORDS_WEIGHT = 0.3
NAMED_MEASURE_BONUS = 0.3
NAMED_FIRST = 10.0
_KB_WORDS: list = []  # [(index, document frequency, count)]: one index per process in practice


def word_evidence(index: Index, duties: list[str], candidates: list[Candidate]) -> tuple[np.ndarray, np.ndarray]:
    """What the duties' own words add to their similarity with each candidate, and which duty calls which
    candidate's measure by its trade name (both duties x candidates)."""
    if not _KB_WORDS or _KB_WORDS[0][0] is not index:
        df, n = terms.document_frequency(e.text for e in index.of_kind("kpi")[0])
        _KB_WORDS[:] = [(index, df, n)]
    _, df, n = _KB_WORDS[0]
    texts = [f"{c.example.name}. {c.example.described}" for c in candidates]
    named = np.zeros((len(duties), len(candidates)), dtype=bool)
    for i, c in enumerate(candidates):
        if c.example.known_as:
            for d, duty in enumerate(duties):
                named[d, i] = terms.names_a_measure(duty, c.example.known_as)
    return SHARED_WORDS_WEIGHT * terms.overlap(duties, texts, df, n) + NAMED_MEASURE_BONUS * named, named


def _words(text: str) -> set[str]:
    return {w.rstrip("s")[:6] for w in re.findall(r"[a-z]{4,}", text.lower())}


_SUBJECT = re.compile(
    # "Our claims team needs a Decision Scientist to build ..." / "You'll own ..." / "They will ..."
    r"^(?:[^.]*?\b(?:needs?|wants?|looking for|seeking|hiring|recruiting)\s+(?:(?:an?|the|our|one)\s+[^.]{2,60}?|"
    r"someone|somebody)\s+to"
    r"|(?:you|they|he|she|we|the (?:role|person|post|successful candidate|postholder|hire))"
    r"(?:(?:'|’)(?:ll|d)| will| would| are going to)?(?: also)?(?: need to| be expected to| be asked to| be(?= [a-z]+ing\b))?|"
    r"will|to|and|also)\s+",
    re.I,
)
_NOT_A_DUTY = re.compile(
    r"^(?:need|needs|want|wants|looking for|seeking|hiring|recruiting|reporting to|reports? to|based (?:in|at)|mostly|mainly|working (?:from|with) (?:home|the)|"
    r"(?:some|occasional) travel|\w+ days? a week|(?:full|part)[- ]time)\b|\b(?:required|essential|desirable)$",
    re.I,
)


_BRACKETED = re.compile(r"\([^()]*\)")
_EMPLOYER_VOICE = re.compile(r"(?:we|we(?:'|’)re|we are|we(?:'|’)ll|our|us)\b", re.I)
_EMPLOYER_ACTS = re.compile(r"we(?:'|’)ll|we will|we(?:'|’)d|we would|we can|we offer|we provide|we give|we pay", re.I)


# "Achieve monthly turnover targets", "grow store turnover": in a shop's or a firm's accounts turnover is takings,
# not staff leaving (the British, Irish, Australian and South African sense)
_SALES_TURNOVER = re.compile(
    r"\b(?:(?:sales|store|shop|branch|annual|net|gross|monthly|weekly|daily|total|company|business|site) turnover|"
    r"turnover (?:targets?|budgets?|growth|figures|goals?|plans?))\b|"
    r"\b(?:achieve|hit|meet|beat|grow|drive|increase|maximi[sz]e|deliver|exceed)\w* (?:the |our |its |your )?(?:[\w-]+ )?turnover\b",
    re.I,
)


_KEEP_PEOPLE = re.compile(r"\b(?:hold|hang) on to\b|\bkeep hold of\b", re.I)


def as_meant(duty: str) -> str:
    """The duty as the embedder should read it: in British spelling, as the knowledge base is written ("enrollment"
    as "enrolment"), sales turnover as sales revenue, and "hold on to good people" as retaining them."""
    duty = _KEEP_PEOPLE.sub("retain", terms.british(duty))
    if "turnover" not in duty.lower() or re.search(
        r"\b(?:staff|employee|labou?r|people|team|workforce) turnover\b", duty, re.I
    ):
        return duty
    return _SALES_TURNOVER.sub(lambda m: re.sub(r"(?i)turnover", "sales revenue", m.group(0)), duty)


_LEADING_SETTING = re.compile(
    r"^(?:Reporting|Working|Based|Sitting|Answering)\b[^.;]{0,200}?,\s+(?:the|our|this|you)\b[^.;]{0,80}?\s+"
    r"(?:will|would|shall|is to)\s+(?=[a-z])"
)


def duties_of(profile: RoleProfile) -> list[str]:
    """The posting's responsibilities split into single duties, at most 20.

    "They'll own a patch of 150 accounts, win new stockists and grow what shops order" gives three
    duties; a list of objects ("negotiate terms, promotions and listings") stays one duty, because a
    part only stands alone when it starts with a verb. The subject ("You'll", "They will") is dropped.
    """
    out: list[str] = []
    sentences = (s for resp in profile.responsibilities[:20] for s in re.split(r"(?<=[.!?])\s+(?=[A-Z])", resp))
    for resp in sentences:
        # "Reporting to the CEO and sitting on the leadership team, the Director will lead ...": the duty is what
        # the subject will do, not where the post sits
        resp = _LEADING_SETTING.sub("", resp)
        # "Keep the WMS accurate: locations, pack sizes and barcodes": after a duty's colon, a list of objects
        head, colon, listed = resp.strip().rstrip(".!").partition(": ")
        # ("Stock: accurate deliveries, ..." is a label, though "stock" can be a verb: a duty has three words)
        duty_head = _SUBJECT.sub("", head)
        if not (
            colon and len(duty_head.split()) >= 3 and ACTION_START.match(duty_head) and not ACTION_START.match(listed)
        ):
            head, colon, listed = resp.strip().rstrip(".!"), "", ""
        # (a list in brackets is one aside: "Track productivity against targets (UPH, pick accuracy, dock-to-stock)")
        head = _BRACKETED.sub(lambda m: m.group(0).replace(",", "\x00").replace(" and ", "\x01"), head)
        # pieces alternate: text, separator, text, separator, ...
        pieces = re.split(r"(;\s+|,\s+(?:and\s+|then\s+)?|\s+(?:and|then)\s+)", head)
        pieces = [p.replace("\x00", ",").replace("\x01", " and ") for p in pieces]
        pieces[-1] += colon + listed
        found = [("", _SUBJECT.sub("", pieces[0].strip()))]  # (separator before it, duty)
        for sep, part in zip(pieces[1::2], pieces[2::2], strict=True):
            clause = _SUBJECT.sub("", part.strip())
            # "..., we get test purchased": the employer speaking, not another duty of the role
            # a bare word on either side is not a duty of its own: "Prepare and maintain the surgery",
            # "..., stock and materials" (a noun that happens to be a verb too)
            both_whole = len(clause.split()) >= 2 and len(found[-1][1].split()) >= 2
            if _EMPLOYER_ACTS.match(part.strip()):
                # "..., and we'll give you the accounts and support to get there": the employer's side of the
                # sentence, and the rest of it, are not the role's duties ("and our cloud bill keeps going up"
                # still tells what the role must fix, and stays with the duty before it)
                break
            if ACTION_START.match(clause) and both_whole:
                found.append((sep, clause))
            else:
                found[-1] = (found[-1][0], f"{found[-1][1]}{sep}{part}")
        # a duty too short to stand alone stays with the one before it: "Run cycle counts across the
        # pick faces and investigate variances", not a lost "investigate variances"
        for i in range(len(found) - 1, 0, -1):
            if len(found[i][1].split()) < 3:
                sep, short = found.pop(i)
                found[i - 1] = (found[i - 1][0], f"{found[i - 1][1]}{sep}{short}")
        # and bare verbs before it share its object: "recruit, train and hold on to good people" is one duty
        if len(found) > 1 and len(found[0][1].split()) < 3:
            (_, verbs), (sep, rest) = found[0], found[1]
            found[:2] = [("", f"{verbs}{sep}{rest}")]
        out.extend(duty for _, duty in found)
    out = [d for d in out if len(d.split()) >= 3 and not _NOT_A_DUTY.search(d) and not _TIME_SHARE.search(d)]
    return list(dict.fromkeys(out))[:20]


def compose(
    index: Index,
    validator: Validator,
    profile: RoleProfile,
    max_kpis: int = 5,
    cadence: str | None = None,
    exclude: set[str] | None = None,
    key_result_areas: list[str] | None = None,
) -> list[KPI]:
    """The offline draft: KPIs on distinct key result areas that together cover the most duties.

    ``key_result_areas`` (a user's edited list) keeps only the family areas closest to them.

    Greedy coverage: each step takes the example KPI (on an area not used yet) that adds the most
    similarity over the duties not yet covered (earlier duties weigh more), plus a small prior for
    canonical KPIs; every pick must pass the validator, else the next-best is tried.
    """
    families = [profile.family] if profile.family else []
    if profile.family_candidates and len(profile.family_candidates) > 1:
        (f1, s1), (f2, s2) = profile.family_candidates[0], profile.family_candidates[1]
        # a hybrid role: allow the runner-up's examples, with a penalty; but the head of one function answers for
        # that function, not for the company's revenue and succession (a "Director - Human Resources" read as
        # nearly an executive as an HR generalist)
        if (
            f1 == profile.family
            and s1 - s2 < 0.05
            and not (_is_generalist(index, f2) and not _is_generalist(index, f1))
        ):
            families.append(f2)
    if not families:
        return []
    exclude = exclude or set()
    candidates = [
        c
        for c in rank_candidates(index, profile, families)
        if c.family.kpi_entry_id(c.example) not in exclude and not _generic_beside_trade(c, families)
    ]
    if key_result_areas:
        candidates = restrict_to_areas(index, candidates, key_result_areas)
    if not candidates:
        return []
    kept, refused = posting_measures(validator, profile)
    # the posting's own outcome measures tell what the job answers for too, after its duties
    duties = [m for m in kept if len(m.split()) >= 3][:8] + duties_of(profile)
    candidates = asked_for(candidates, profile, duties)
    candidates = of_the_posting_country(candidates, profile)
    candidates = for_a_non_profit(candidates, profile)
    # postings list the main duties first: the first counts about twice the fourth, three times the seventh
    weight = 1.0 / (1.0 + DUTY_DECAY * np.arange(len(duties)))
    weight *= len(duties) / max(float(weight.sum()), 1e-9)
    kpi_vecs = index.embed(
        [f"{c.example.name}. {c.example.described} ({c.family.kra(c.example.kra).name})" for c in candidates]
    )
    meant = [as_meant(d) for d in duties]
    sims = index.embed(meant) @ kpi_vecs.T if duties else np.zeros((0, len(candidates)), dtype=np.float32)
    # (the prior alone: the likeness to the duties is counted once, by the gains below; a thin posting whose
    # duties match nothing well gets its family's canonical KPIs, first contact resolution for a care advisor)
    priors = np.array([c.prior for c in candidates])
    named = np.zeros(len(candidates), dtype=bool)
    if len(duties):
        evidence, named_by = word_evidence(index, meant, candidates)
        sims = sims + evidence
        named = named_by.any(axis=0)
    n_areas = len({(c.family.id, c.example.kra) for c in candidates})
    strong_areas = (
        {(candidates[int(j)].family.id, candidates[int(j)].example.kra) for j in sims.argmax(axis=1) if len(duties)}
        if len(duties)
        else set()
    )
    # Four is the usual shape (one per main responsibility); five when the posting spans five areas.
    want = min(max_kpis, n_areas, max(DEFAULT_KPIS, min(5, len(strong_areas))))

    chosen: list[tuple[Candidate, int]] = []
    picked: list[KPI] = []
    used_areas: set[str] = set()  # by name: two families' 'Patient experience' are one area
    rejected: set[int] = set()
    covered = np.full(len(duties), SIM_FLOOR, dtype=np.float32)
    for _ in range(3):  # greedy picks, then one set check: a duplicate gives its slot to the next best
        while len(chosen) < want:
            gains = (
                (np.maximum(sims - covered[:, None], 0.0) * weight[:, None]).sum(axis=0)
                if len(duties)
                else np.zeros(len(candidates))
            )
            best_i, best_gain = -1, -np.inf
            for i, c in enumerate(candidates):
                if i in rejected or _area_name(c) in used_areas:
                    continue
                # a measure the posting names comes first: it is the posting's own word on what the role answers for
                gain = float(gains[i]) + 0.5 * float(priors[i]) + (NAMED_FIRST if named[i] else 0.0)
                if gain > best_gain:
                    best_i, best_gain = i, gain
            if best_i < 0:
                break
            c = candidates[best_i]
            probe = to_kpi(c.family, c.example)
            if validator.check_kpis([probe], profile)[0].verdict == "reject" or (
                # the same measure from the runner-up family ("labour cost as a share of sales" and "of revenue")
                chosen
                and len(families) > 1
                and any(j == len(chosen) for _, j in validator.duplicates([*picked, probe], profile))
            ):
                rejected.add(best_i)  # repair: the next-best grounded example takes its place
                continue
            picked.append(probe)
            chosen.append((c, best_i))
            used_areas.add(_area_name(c))
            if len(duties):
                covered = np.maximum(covered, sims[:, best_i])
        # two of one family's examples that the set check reads as one measure: the later one goes
        later = sorted({j for _, j in validator.duplicates(picked, profile)}, reverse=True) if len(picked) > 1 else []
        if not later:
            break
        for j in later:
            c, col = chosen.pop(j)
            picked.pop(j)
            rejected.add(col)
            used_areas.discard(_area_name(c))
        covered = np.max(sims[:, [col for _, col in chosen]], axis=1, initial=SIM_FLOOR)

    kpis = _adapt_all(index, chosen, sims, duties, profile, cadence)
    figures = [f for f in profile.figures if f not in {m for m, _ in refused}]  # never a target of hours or calls
    return apply_stated_targets(index, kpis, figures, [c.example for c, _ in chosen])


_REFUSED_AS = {
    "effort_based": "measures effort",
    "activity_count": "counts activity",
    "surveillance": "monitors people",
}


def posting_measures(validator: Validator, profile: RoleProfile) -> tuple[list[str], list[tuple[str, str]]]:
    """The posting's own list of KPIs, split into the measures the validator accepts and those it refuses
    (effort, activity, surveillance), each refused one with the reason in a few words."""
    if not profile.stated_measures:
        return [], []
    kept: list[str] = []
    refused: list[tuple[str, str]] = []
    for line, report in zip(
        profile.stated_measures, validator.check_kpis(profile.stated_measures, profile), strict=True
    ):
        if report.verdict == "reject":
            rules = [_REFUSED_AS[f.rule] for f in report.findings if f.rule in _REFUSED_AS]
            refused.append((line, rules[0] if rules else "is not a result"))
        else:
            kept.append(line)
    return kept, refused


# Families of running any team, whatever the trade: beside a trade's own family (a warehouse shift supervisor is a
# warehouse associate and a team lead), they lend only their people areas; the trade's family measures the work
# ("orders dispatched by the cut-off", not "availability of the systems or service the team runs").
_PEOPLE_AREA = re.compile(r"people|engagement|retention|workload|resourcing|capability|development|absence", re.I)


def _is_generalist(index: Index, family: str) -> bool:
    """A family that answers for a whole business or site (an executive, a general manager)."""
    return index.kb.family(family).domain == "executive leadership" or family == "general-manager"


def _generic_beside_trade(c: Candidate, families: list[str]) -> bool:
    return (
        c.family.id in GENERIC_LEAD_FAMILIES
        and c.family.id != families[0]
        and not _PEOPLE_AREA.search(c.family.kra(c.example.kra).name)
    )


def _area_name(c: Candidate) -> str:
    return c.family.kra(c.example.kra).name.strip().lower()


# Terms that belong to one country's law or bodies: HIPAA and co-pays are American, RIDDOR and the CQC British.
_US_TERMS = re.compile(
    # (a bracket ends "401(k)", so no word boundary can follow it)
    r"\b(?:hipaa|medicare|medicaid|co-?pays?|joint commission|osha|ferpa|state survey)\b|\b401\(k\)",
    re.I,
)
_UK_TERMS = re.compile(
    r"\b(?:riddor|nhbc|cqc|ofsted|nhs|hmrc|ehcp|gcse|companies house|(?:hm )?land registry|statutory instruments?|"
    r"homecare\.co\.uk|care inspectorate|ofqual|ucas|dwp|universal credit|council tax|section 106|ofgem|ofwat|dvsa|hmcts|"
    # regulators and rules of British finance, data, exams, driving, broadcasting and the health professions
    r"fca|financial conduct authority|consumer duty|financial ombudsman|uk gdpr|jcq|dvla|ofcom|nmc|hcpc|gmc|gphc|cilex|"
    r"pensions regulator)\b",
    re.I,
)
# (and Britain's letting law: service charges, protected deposits, right-to-rent checks, leaseholders)
_UK_WORDING = re.compile(
    r"\b(?:local authority|hygiene rating|service charges?|tenancy deposits?|deposit protection|deposits? protected|"
    r"right to rent|section 21|leaseholders?)\b",
    re.I,
)
# British schemes and roles by their capitals ("SEND" is a word too): special needs, safeguarding, the early years
# framework, criminal record checks, site cards, electricians' and renewables schemes, prisons' self-harm reviews; and
# the nursery review site
_UK_ACRONYMS = re.compile(
    # (and prisons' self-harm case reviews in England and Wales)
    r"\b(?:SEND|SENCO|DSL|EYFS|DBS|CSCS|NICEIC|NAPIT|MCS|ACCT|HMPPS|ICO|SIA|NVQ|BTEC|MOT)\b|daynurseries\.co\.uk|Gas Safe"
)


_PROFIT_MEASURE = re.compile(
    r"\b(?:operating profit|net profit|profit margin|ebitda|ebit|gross margin|shareholders?|market share|earnings per share|"
    r"return on (?:capital|equity|investment)|(?:organic )?revenue growth|sales growth)\b",
    re.I,
)


def for_a_non_profit(candidates: list[Candidate], profile: RoleProfile) -> list[Candidate]:
    """Without profit, margin and market-share examples for a charity's or an NGO's post: a country director of a
    water charity is not measured on operating profit (kept only when nothing else is left)."""
    text = f"{profile.title} {' '.join(profile.responsibilities)} {' '.join(profile.domain_terms)}"
    if not NON_PROFIT.search(text):
        return candidates
    return [c for c in candidates if not _PROFIT_MEASURE.search(f"{c.example.name} {c.example.measure}")] or candidates


# Systems and surveys only Britain's health service uses, named in a source or as a measure's trade name
_UK_HEALTH_NAMES = re.compile(
    r"\b(?:datix|systmone|rio|emis(?: web)?|community services data set|csds|friends and family test|fft|nhs)\b", re.I
)
_LIST_ITEM = re.compile(r",\s*|\s+or\s+")


def _without_names(text: str, names: re.Pattern[str]) -> str:
    """A list with the items that use these names left out: "Incident reporting system (Datix or equivalent)"
    -> "Incident reporting system"; "PAS waiting list report, Community Services Data Set" -> "PAS waiting list
    report" (unchanged when every item uses one)."""

    def listed(items: list[str]) -> list[str]:
        kept = [i for i in items if i.strip() and not names.search(i)]
        return kept if kept and len(kept) < len(items) else items

    def joined(items: list[str]) -> str:
        return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} or {items[-1]}"

    def bracket(m: re.Match[str]) -> str:
        items = [i.strip() for i in _LIST_ITEM.split(m.group(1))]
        kept = [i for i in items if i.strip() and not names.search(i)]
        if len(kept) == len(items):
            return m.group(0)
        # ("or equivalent" alone says nothing once the system it qualified is gone)
        kept = [i for i in kept if i.lower() not in ("equivalent", "similar", "equivalent system")]
        return f" ({joined(kept)})" if kept else ""

    text = re.sub(r"\s*\(([^()]*)\)", bracket, text)
    parts = [p.strip() for p in text.split(", ")]
    kept = listed(parts)
    return ", ".join(kept) if kept is not parts else text


def _local_names(example: ExampleKPI, country: str | None) -> ExampleKPI:
    """The example without the names of British health systems and surveys for a posting elsewhere: no Datix or
    Friends and Family Test for a speech-language therapist in Auckland."""
    if country in (None, "uk") or not _UK_HEALTH_NAMES.search(f"{example.data_source} {' '.join(example.known_as)}"):
        return example
    return example.model_copy(
        update={
            "data_source": _without_names(example.data_source, _UK_HEALTH_NAMES),
            "known_as": [n for n in example.known_as if not _UK_HEALTH_NAMES.search(n)],
        }
    )


def of_the_posting_country(candidates: list[Candidate], profile: RoleProfile) -> list[Candidate]:
    """Without examples written for another country's law and bodies: no HIPAA for an Irish dental practice, no
    local authority hygiene rating for a diner in Ohio (kept only when nothing else is left)."""
    country = profile.country
    if country is None:
        return candidates
    foreign = {
        "us": (_UK_TERMS, _UK_WORDING, _UK_ACRONYMS),
        "uk": (_US_TERMS,),
        "other": (_US_TERMS, _UK_TERMS, _UK_ACRONYMS),
    }[country]

    def local(c: Candidate) -> bool:
        e = c.example
        text = " ".join((e.name, e.definition, e.measure, e.data_source, e.target, e.rationale))
        return not any(p.search(text) for p in foreign)

    return [c for c in candidates if local(c)] or candidates


def asked_for(candidates: list[Candidate], profile: RoleProfile, duties: list[str] | None = None) -> list[Candidate]:
    """The candidates a posting asks for: below team lead, no team, budget or developing-others areas unless
    its duties ask for that work (the offline drafter and the model's grounding examples both use this)."""
    candidates = _of_this_kind_of_job(candidates, profile)
    if profile.seniority in LEADS:
        return candidates
    return _without_unasked_lead_areas(candidates, duties_of(profile) if duties is None else duties)


def _of_this_kind_of_job(candidates: list[Candidate], profile: RoleProfile) -> list[Candidate]:
    """Without the areas and measures of another kind of the job: no radiotherapy delivery for a CT radiographer,
    no revenue per available room for a plant's general manager (kept only when nothing else is left)."""
    # (and the trade's own words anywhere in the posting: "cattle" in "Station hand wanted - 38,000 acre cattle property")
    text = f"{profile.title} {' '.join(profile.responsibilities)} {' '.join(profile.domain_terms)}"
    seen: dict[tuple[str, ...], bool] = {}  # one search per word list, not one per candidate

    def named(words: list[str]) -> bool:
        key = tuple(words)
        if key not in seen:
            seen[key] = not words or bool(_any_word(key).search(text))
        return seen[key]

    return [
        c for c in candidates if named(c.family.kra(c.example.kra).only_if) and named(c.example.only_if)
    ] or candidates


@lru_cache(maxsize=4096)
def _any_word(words: tuple[str, ...]) -> re.Pattern[str]:
    """Any of the words at the start of a word of the text ("radiotherap" finds "radiotherapy")."""
    return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, words)) + ")", re.I)


def _without_unasked_lead_areas(candidates: list[Candidate], duties: list[str]) -> list[Candidate]:
    """A line cook is not measured on the kitchen's labour cost, nor a stylist on the salon's apprentices:
    areas only someone running the team or budget answers for stay out unless a duty asks for such work,
    and areas about developing others unless a duty asks to mentor, train or supervise people (a probation
    officer who supervises people on licence, or a keeper who trains animals, develops no trainees). A KPI
    whose name a duty spells out stays: "verify insurance and collect payments" asks for payments collected."""
    runs = any(_RUNS_PEOPLE_OR_MONEY.search(d) for d in duties)
    develops = any(_DEVELOPS_PEOPLE.search(d) for d in duties)

    def asked(c: Candidate) -> bool:
        area = c.family.kra(c.example.kra)
        # or a duty names this very measure (in words other than the job's own name: "coach the squad" is no
        # "assistant coaches ready to lead a squad"): a receptionist who collects payments answers for them
        # (developing others stays with the duties that ask to mentor, train or supervise: supporting new
        # dispensers through their training does not make their sign-off the technician's result)
        return (
            not area.lead
            or (develops if area.develops else runs)
            or (not area.develops and any(_shared_count(d, c.example.name, besides=c.family.name) >= 2 for d in duties))
        )

    return [c for c in candidates if asked(c)] or candidates


# "supervise the apprentices", "manage the rota", "hold the section's budget", "train new starters"
_RUNS_PEOPLE_OR_MONEY = re.compile(
    # (not a manager the job deals with: "liaise with client finance managers", "tell the engagement manager")
    r"\b(?:manag(?!ers?\b)\w*|lead(?:s|ing)?|supervis\w*|train(?:s|ing)? (?:and \w+ )?(?:new|the|our|junior|apprentice|staff|team|others|colleagues)|"
    r"recruit\w*|hir(?:e|es|ing)|budget\w*|labou?r costs?|payroll|p&l|"
    # writing the rota, not being on one ("join the standby rota")
    r"(?:plan\w*|writ\w*|build\w*|set(?:s|ting)?|manag\w*|organi[sz]\w*|draw(?:s|ing)? up|prepar\w*|own\w*) (?:the |a |our |"
    r"staff |team |weekly |shift )?(?:rotas?|rosters?)|"
    r"profit\w*|margins?|apprentices?|direct reports|run (?:the|a) (?:section|kitchen|team|shift|department))\b",
    re.I,
)


# "mentor two junior planners", "train and sign off new operators", "supervise student paramedics"
_DEVELOPS_PEOPLE = re.compile(
    r"\b(?:mentor\w*|precept\w*|upskill\w*|buddy(?:ing)?)\b|"
    r"\b(?:coach|tutor|train|supervis|develop|induct|sign\w* off)\w*(?: and \w+)? (?:the |our |a |an |two |three |four |\d+ )?"
    r"(?:new (?:starters?|joiners?|recruits?|hires?|staff|colleagues)|juniors?|junior [\w-]+|trainees?|trainee [\w-]+|"
    r"student (?:nurses?|paramedics?|midwives|officers?|social workers?|teachers?|vets?|dentists?|technicians?)|"
    r"graduates?|graduate [\w-]+|apprentices?|cadets?|interns?|preceptees?|mentees?|less experienced [\w-]+|"
    r"newly qualified [\w-]+|staff|colleagues|crew(?: members)?|team(?: members)?|others|peers)\b",
    re.I,
)


def _distinctness(sims: np.ndarray, cols: list[int]) -> np.ndarray:
    """How much closer each duty is to each chosen KPI than duty and KPI usually are to anything (duties x
    chosen): twice their similarity, less the duty's mean over its five closest examples of the family and
    the KPI's mean over its three closest duties. Generic duties and generic KPIs score low."""
    top = min(5, sims.shape[1])
    duty_hub = np.sort(sims, axis=1)[:, -top:].mean(axis=1)
    chosen = sims[:, cols]
    kpi_hub = np.sort(chosen, axis=0)[-min(3, len(sims)) :, :].mean(axis=0)
    return 2 * chosen - duty_hub[:, None] - kpi_hub[None, :]


def _adapt_all(
    index: Index,
    chosen: list[tuple[Candidate, int]],
    sims: np.ndarray,
    duties: list[str],
    profile: RoleProfile,
    cadence: str | None,
) -> list[KPI]:
    """Tie each KPI to the duty it serves best (each duty used once) in the posting's own words."""
    assigned: dict[int, str] = {}
    if duties:
        distinct = _distinctness(sims, [col for _, col in chosen])
        pairs = sorted(
            (
                (float(distinct[d, k]), float(sims[d, col]), k, d)
                for k, (_, col) in enumerate(chosen)
                for d in range(len(duties))
            ),
            reverse=True,
        )
        used_duties: set[int] = set()
        for key, sim, k, d in pairs:
            example = chosen[k][0].example
            own_words = f"{example.name} {example.described}"
            if (
                sim < QUOTE_FLOOR
                or k in assigned
                or (d in used_duties and sim < REUSE_MIN_SIMILARITY)
                or not reads_as_duty(duties[d])
                or not _shares_words(_first_clause(duties[d]), own_words)
                or (sim < QUOTE_MIN_SIMILARITY and not _shares_words(_first_clause(duties[d]), example.name))
                # a duty about something else that the static embedder finds close to every KPI ("lead a small
                # team" for "managers rating HR advice"): quoted only when it is about this KPI in particular
                or not (
                    key >= QUOTE_DISTINCT or (key >= QUOTE_DISTINCT_SHARED and _shared_count(duties[d], own_words) >= 2)
                )
            ):
                continue
            assigned[k] = duties[d]
            used_duties.add(d)
    # (one of them: "the Night Fill Team Member's department", not "Members's")
    title = _singular_job(short_title(profile.title)) or (chosen[0][0].family.name if chosen else "")
    fields = ("definition", "rationale", "side_effect")
    posting: set[str] | None = None  # read only for a draft whose KPIs give lists of examples
    out: list[KPI] = []
    for k, (c, _) in enumerate(chosen):
        kpi = _in_role_words(to_kpi(c.family, _local_names(c.example, profile.country)), c.family.name, title)
        if any(_SUCH_AS.search(getattr(kpi, f)) for f in fields):
            if posting is None:
                # words common across the knowledge base ("procedures", "site") do not tell which example it names
                words = " ".join([profile.title, *profile.responsibilities, *profile.domain_terms])
                posting = _stems(words) - _common_stems(index.kb)
            kpi = kpi.model_copy(update={f: narrow_examples(getattr(kpi, f), posting) for f in fields})
        why = kpi.rationale.strip()
        definition = kpi.definition
        duty = assigned.get(k)
        if duty:
            duty = _third_person(duty)
            why = f"The posting asks the {title} to {_sentence_end(_as_clause(_first_clause(duty)))} {why}"
            # the definition may already name the role (the knowledge base's role noun became the title)
            whose = "in the posting" if title in definition else f"for the {title}"
            definition = (
                f"{definition.rstrip('.')}; {whose}: {_sentence_end(_lower_first(_first_clause(duty)).rstrip('.'))}"
            )
        if profile.seniority in ("manager", "director", "executive") and c.family.seniority_notes.manager:
            why += " Measured for the whole team the role leads, not per person."
        out.append(
            kpi.model_copy(
                update={
                    "definition": definition,
                    "rationale": why,
                    "target": _known_party(_relative_target(kpi.target), profile),
                    "baseline": BASELINE_TBD,
                    "cadence": cadence or kpi.cadence,
                }
            )
        )
    return out


# "such as a lift of brickwork, a roof or a decorated room": the examples a knowledge entry gives, up to the
# comma before its verb, a closing bracket or the end of the sentence
_SUCH_AS = re.compile(
    r"(?P<lead>\bsuch as |\((?:e\.g\.|for example),? )(?P<items>[^.;:()]+?)"
    r"(?P<end>,\s+(?:are|is|was|were|has|have|hold|holds|stay|stays|meet|meets|get|gets|go|goes|pass|passes)\b|\)|[.;:]|$)"
)
_CLAUSE_VERB = re.compile(r"\b(?:are|is|was|were|be|been|has|have|had|will|can|must)\b", re.I)
# at a sentence's end a list may run on into the clause ("ringworm in the kennels", "water stay in service")
_RUN_ON = re.compile(
    r"\b(?:in|on|at|by|for|from|with|to|when|during|after|before|within|than|that|which|who|where|without)\b", re.I
)


def _stems(text: str) -> set[str]:
    """Word stems to tell whether a posting names an example: 'decorated' and 'decorating' share 'decor'."""
    out = set()
    for w in set(re.findall(r"[a-z][a-z0-9+-]{2,}", text.lower())):  # (each word once: a family's text repeats them)
        w = w[:-1] if len(w) > 4 and w.endswith("s") else w
        if len(w) >= 4 and w not in _TIE_STOP:
            out.add(w[:5])
        elif w.isalnum() and any(ch.isdigit() for ch in w):
            out.add(w)  # a code such as "iso9001"
    return out


_COMMON: list = []  # [(knowledge base, its common stems)], as _KB_WORDS holds its index


def _common_stems(kb: KnowledgeBase) -> frozenset[str]:
    """Stems found in more than a tenth of the role families' text."""
    if not _COMMON or _COMMON[0][0] is not kb:
        counts: dict[str, int] = {}
        for fam in kb.families:
            for stem in _stems(fam.model_dump_json()):
                counts[stem] = counts.get(stem, 0) + 1
        _COMMON[:] = [(kb, frozenset(w for w, n in counts.items() if n > len(kb.families) / 10))]
    return _COMMON[0][1]


def narrow_examples(text: str, posting: set[str]) -> str:
    """Keep, of a list of examples, the ones the posting names ("a decorated room" for a painter, not "a lift of
    brickwork"); the whole list when it names none or all of them, or when the list cannot be read safely."""

    def fit(m: re.Match[str]) -> str:
        chunks = [c.strip() for c in m.group("items").split(", ")]
        last = chunks.pop()
        conj = " or " if " or " in last else " and "
        head, _, tail = last.rpartition(conj)
        items = [*chunks, head, tail]
        # the list must end on its "or"/"and" item ("CCNA or JNCIA, at the first sitting" runs on past it), and a
        # verb inside means a clause, not an example
        if not head or " or " in tail or " and " in tail or any(not i or _CLAUSE_VERB.search(i) for i in items):
            return m.group(0)
        if m.group("end") in (".", ";", ":", ""):
            # where the sentence ends the list must look like one: short items, none joined inside, no clause after
            if (
                any(len(i.split()) > 4 for i in items)
                or len(tail.split()) > 3
                or _RUN_ON.search(tail)
                or any(" and " in c or " or " in c for c in chunks)
            ):
                return m.group(0)
        elif any(len(i.split()) > 6 for i in items):
            return m.group(0)
        named = [i for i in items if _stems(i) & posting]
        if not named or len(named) == len(items):
            return m.group(0)
        joined = named[0] if len(named) == 1 else f"{', '.join(named[:-1])}{conj}{named[-1]}"
        return f"{m.group('lead')}{joined}{m.group('end')}"

    return _SUCH_AS.sub(fit, text)


def restrict_to_areas(index: Index, candidates: list[Candidate], areas: list[str]) -> list[Candidate]:
    """Only candidates on the family key result areas closest to ``areas`` (a user's edited list)."""
    names = sorted({(c.family.id, c.example.kra): c.family.kra(c.example.kra).name for c in candidates}.items())
    wanted = [a.strip() for a in areas if a.strip()]
    if not wanted or not names:
        return candidates
    vecs = index.embed([n for _, n in names] + wanted)
    sims = vecs[len(names) :] @ vecs[: len(names)].T
    keep = {names[int(j)][0] for j in sims.argmax(axis=1)}
    return [c for c in candidates if (c.family.id, c.example.kra) in keep] or candidates


def _in_role_words(kpi: KPI, family_name: str, title: str) -> KPI:
    """The knowledge base speaks of 'the representative', 'the writer'; a draft speaks of the posting's
    own title: 'Audit adjustments in the Group Reporting Lead's areas'."""
    noun = family_name.split()[-1].lower()
    if not title or title.lower() == family_name.lower() or len(noun) < 4:
        return kpi
    pattern = re.compile(rf"\b([Tt]he) {re.escape(noun)}\b(?!-)")
    fields = ("name", "definition", "rationale", "side_effect")
    return kpi.model_copy(update={f: pattern.sub(rf"\1 {title}", getattr(kpi, f)) for f in fields})


# What may follow an action stem for the word to still be that verb: "manag|e", "resolv|ing", "fix|es";
# not "care|ers" or "produc|t emails", which are nouns that merely begin like a verb.
_VERB_ENDING = re.compile(r"(?:e|es|s|ed|d|ing|y|ies|ied)?", re.I)


# Words too common in postings and KPIs to tie one to the other ("customers", "team", "ensure").
_TIE_STOP = set(
    "the and for with that this their them they from into within each every other about your our will have been "
    "were when what which while where who than then also more most some such only over under after before across "
    "through using able being all any are was its not but can customer customers client clients patient patients "
    "people staff team teams service services work working role job make keep ensure support help provide handle "
    "manage resident residents tenant tenants pupil pupils student students guest guests user users member members "
    "employee employees colleague colleagues learner learners child children family families visitor visitors "
    "passenger passengers donor donors candidate candidates caller callers buyer buyers shopper shoppers".split()
)


def _shares_words(duty: str, kpi_text: str) -> bool:
    """A duty is quoted for a KPI only when they share a word stem beyond the everyday ones: the offline
    embedder finds "troubleshoot connection faults with customers" close to a cancellation KPI, and
    quoting it would tell the employee the wrong reason for the measure."""
    return _shared_count(duty, kpi_text) > 0


def _shared_count(duty: str, kpi_text: str, besides: str = "") -> int:
    """How many word stems (beyond the everyday ones, and those of ``besides``) a duty and a KPI's text share."""

    def stems(text: str) -> set[str]:
        return {w[:4] for w in re.findall(r"[a-z]{3,}", text.lower()) if w not in _TIE_STOP}

    return len(stems(duty) & stems(kpi_text) - stems(besides))


def reads_as_duty(duty: str) -> bool:
    """A duty worth quoting to the employee starts with a verb ('keep the line running'), not with a noun
    phrase, a problem statement or a page fragment ('careers / support', 'builds take 40 minutes')."""
    m = ACTION_START.match(duty)
    if not m or re.search(r"\s[/|›>]\s", duty):
        return False
    rest = re.match(r"[\w'’-]*", duty[m.end(1) :]).group(0)
    after = duty[m.end(1) + len(rest) :]
    if rest.lower() in ("s", "es") and _PLURAL_SUBJECT.match(after):
        return False  # "builds take 40 minutes", "deploys are manual": a plural noun, then its verb
    # "control of the cash float", "fixed asset register", "... an ECS card would be good": a noun, an adjective
    # or a requirement, which "The posting asks the ... to" would turn into broken English
    if re.match(r"\s+of\b", after) or rest.lower() in ("ed", "d") or _REQUIREMENT_WORDS.search(duty):
        return False
    return bool(_VERB_ENDING.fullmatch(rest))


_REQUIREMENT_WORDS = re.compile(
    r"\b(?:would be (?:good|great|nice|an advantage|a plus|helpful|useful|desirable)|(?:is|are) (?:essential|desirable|"
    r"required|a must)|(?:an advantage|a plus|a must)\b|licen[cs]e required)",
    re.I,
)


_PLURAL_SUBJECT = re.compile(r"\s+(?:are|were|take|took|have|break|keep|go|run|need|fail|come|sit|get)\b", re.I)


_SECOND_PERSON = {"you": "they", "your": "their", "yours": "theirs", "yourself": "themselves", "you'll": "they'll"}


def _third_person(duty: str) -> str:
    """'forecast your pipeline honestly' -> 'forecast their pipeline honestly', as the KPI speaks about the role."""
    duty = re.sub(_OBJECT_YOU, r"\1them", duty, flags=re.I)
    return re.sub(
        r"\b(?:you'll|yourself|yours|your|you)\b",
        lambda m: _SECOND_PERSON[m.group(0).lower()],
        duty,
        flags=re.I,
    )


# "you" as an object ("a bench under you", "the team around you", "help you"): "them", not "they"
_OBJECT_YOU = (
    r"\b((?:to|for|with|under|around|about|from|by|of|behind|beside|alongside|than|help|support|give|"
    r"show|tell|let|join|reporting to|report to) )you\b(?!'|’)"
)


def _sentence_end(text: str) -> str:
    """The text with a full stop, unless it already ends with an ellipsis ("… know…", not "know….")."""
    return text if text.endswith(("…", ".")) else f"{text}."


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if text[:2] != text[:2].upper() else text


def short_title(title: str) -> str:
    """'Dispensary Technician (Accuracy Checking) – Community Pharmacy' -> 'Dispensary Technician';
    'City of Ashvale - Grants Officer' -> 'Grants Officer'; 'HEAD OF SUPPLY CHAIN' -> 'Head of Supply Chain'."""
    # (a bracket inside the name is left out, not the words after it: "Class C+E (artic) driver" -> "Class C+E driver")
    segments = [
        re.split(r"\s*[(\[|,]", re.sub(r"\s*[(\[][^)\]]*[)\]](?=\s+\w)", "", seg), maxsplit=1)[0].strip()
        for seg in re.split(r"\s[-–—|/]\s", title)
    ]
    segments = [seg for seg in segments if seg]
    core = next((seg for seg in segments if JOB_NOUN.search(seg)), segments[0] if segments else "")
    # a grade is not part of the name the KPI speaks of: "Customer Service Representative I", "Analyst III", "Band 5"
    core = re.sub(r"\s+(?:(?:I{1,3}|IV|V)|(?:level|grade|band)\s*\d+|[1-4])$", "", core, flags=re.I) or core
    if core.isupper() and len(core) > 4:
        small = {"of", "and", "the", "for", "in", "to", "a", "an", "at"}
        core = " ".join(w.lower() if w.lower() in small and i else w.capitalize() for i, w in enumerate(core.split()))
    return core[:60]


def _first_clause(resp: str) -> str:
    """The first clause of a responsibility, so a quote stays short."""
    resp = resp.strip().rstrip(".;:")
    cut = re.split(r",\s(?:including|so that|which|while|ensuring|where)\b|;\s|\s[–—]\s|\.\s", resp, maxsplit=1)[0]
    words = cut.split()
    if len(words) <= 22:
        return " ".join(words)
    # a long duty ends at its last "so that", "and" or comma within the first 22 words, rather than mid-phrase
    head = " ".join(words[:22])
    stops = [
        m.start()
        for m in re.finditer(r",\s| so that | so | and | to ensure ", head)
        if len(head[: m.start()].split()) >= 8
    ]
    return head[: stops[-1]].rstrip(" ,") if stops else head + "…"


_NUMBER = re.compile(r"\d")


# "the standard agreed with the practice manager", "the tolerance set by the operations director": a party the
# knowledge base assumes; a posting that never mentions one is asked to agree the standard with the line manager
_PARTY = re.compile(
    r"\b(agreed with|set by) (?:the |your |its |each )?((?:[\w'’&-]+ ){0,5}?[\w'’&-]+?)"
    r"(?=,| and not\b| and (?:above|below|at|no|not|within|better|under)\b| or better\b| for\b| in\b| at\b| as\b| to\b|"
    r" on\b|;|\.|\)|$)",
    re.I,
)
_PARTY_STOP = frozenset("the a an and or of for with by team teams lead head office committee".split())
# parties every employer has: the employee, their manager, the customer
_EVERYONE = re.compile(
    r"^(?:the )?(?:employee|postholder|jobholder|individual|person|line manager|manager|customers?|clients?)$"
)


def _known_party(target: str, profile: RoleProfile) -> str:
    if profile.seniority in ("director", "executive"):
        return target  # a board, a committee or a chair is there whether the posting says so or not
    text = f"{profile.title} {' '.join(profile.responsibilities)}".lower()

    def keep_or_replace(m: re.Match[str]) -> str:
        words = [w for w in re.findall(r"[a-z]+", m.group(2).lower()) if w not in _PARTY_STOP and len(w) > 2]
        if (
            _EVERYONE.match(m.group(2).lower())
            or not words
            or any(re.search(rf"\b{re.escape(w)}", text) for w in words)
        ):
            return m.group(0)
        return "agreed with the line manager"

    return _PARTY.sub(keep_or_replace, target)


def _relative_target(target: str) -> str:
    """Knowledge targets are relative already; refuse any that carry a bare number."""
    if _NUMBER.search(
        re.sub(r"\b(?:last|previous|past|two|three|four|\d+)\s+(?:quarters?|months?|years?)\b", "", target)
    ):
        return "Baseline from current data; target agreed with the employee as an improvement on it"
    return target


# Stems that take back their 'e' when '-ing' comes off ("serving" -> "serve", "prescribing" -> "prescribe",
# "scheduling" -> "schedule"), and endings that do not ("repairing", "training", "heating", "booking")
_SILENT_E = (
    "at",
    "ag",
    "ur",
    "v",
    "in",
    "iz",
    "is",
    "ys",
    "yz",
    "ar",
    "uc",
    "ot",
    "ac",
    "dg",
    "ang",
    "eng",
    "rg",
    "ir",
    "ib",
    "ul",
    "os",
    "u",
    "as",
    "ns",
    "rs",
    "ps",
    "ut",
    "ok",
    "rc",
    "ic",
    "plet",
    "delet",
    "compet",
    "nc",
    "id",
    "ud",
    "ad",
    "od",
)
_NO_E = ("our", "air", "ain", "oin", "eat", "oat", "ear", "ook", "oid", "oad", "ead", "ood")
# a consonant before a final 'l' or 'il' ("handl", "settl", "reconcil", "compil"), not "detail" or "install"
_CONSONANT_L = re.compile(r"[^aeiou](?:l|il)$")
# one syllable, one short vowel, one final consonant: had the verb no 'e', '-ing' would double it
# ("making" -> "make", "writing" -> "write"; "planning" -> "plan" is handled before)
_ONE_SHORT_SYLLABLE = re.compile(r"^[^aeiou]*[aeiou][^aeiouwxy]$")


def _as_clause(resp: str) -> str:
    """'Manages the rota' -> 'manage the rota' (third-person verbs read better after 'to')."""
    words = resp.split(" ", 1)
    first = words[0]
    low = first.lower()
    if low in {"you", "you'll", "will", "to", "be"} and len(words) > 1:
        return _as_clause(words[1])
    if low.endswith("ies") and len(low) > 4:
        first = first[:-3] + "y"
    elif low.endswith(("sses", "shes", "ches", "xes")):
        first = first[:-2]
    elif low.endswith("s") and not low.endswith("ss") and len(low) > 3:
        first = first[:-1]
    elif low.endswith("ing") and len(low) > 4:
        stem = first[:-3]
        low_stem = stem.lower()
        doubled = len(low_stem) > 2 and low_stem[-1] == low_stem[-2] and low_stem[-1] in "bdgmnprt"
        if doubled:
            stem, low_stem = stem[:-1], low_stem[:-1]  # planning, running, shopping
        elif low_stem.endswith("ll") and len(re.findall(r"[aeiou]+", low_stem)) > 1 and not low_stem.endswith("all"):
            stem, low_stem = stem[:-1], low_stem[:-1]  # modelling, travelling, controlling (not installing)
            doubled = True
        # pouring, repairing, training, joining, heating, boating keep their stem (but creating does not)
        silent_e = not doubled and (
            (
                low_stem.endswith(_SILENT_E)
                or bool(_CONSONANT_L.search(low_stem))
                or bool(_ONE_SHORT_SYLLABLE.match(low_stem))
            )
            and not low_stem.endswith(("ll", "rl"))
            and (not low_stem.endswith(_NO_E) or low_stem.endswith("creat"))
        )
        first = stem + ("e" if silent_e else "")
    rest = f" {words[1]}" if len(words) > 1 else ""
    return first.lower() + rest
