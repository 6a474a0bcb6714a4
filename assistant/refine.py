"""Refinement helpers the app uses while a manager and an employee edit a draft.

- :func:`suggest_alternatives` offers other outcome-based KPIs for the same key result area.
- :func:`rewrite_as_outcome` turns an effort or activity metric ("calls made per day") into an
  outcome-based KPI record.

Each has an offline implementation (knowledge base + validator, deterministic, no model) and an
LLM implementation used when the settings pick the ``openai`` backend. Any backend failure falls
back to the offline answer, so these functions never raise because a model is unreachable.
``role`` may be a :class:`RoleProfile`, a role family id (``"pharmacy-technician"``) or a title
or posting text (``"Pharmacy technician"``).
"""

from __future__ import annotations

import logging
import re

import numpy as np

from .errors import InputError
from .knowledge import Family, to_kpi
from .models import BASELINE_TBD, KPI, RoleProfile
from .settings import Settings, get_settings

log = logging.getLogger(__name__)

Role = RoleProfile | str | None


# ---- role resolution ------------------------------------------------------------------------------


def resolve_role(role: Role, settings: Settings | None = None) -> RoleProfile | None:
    """A :class:`RoleProfile` for ``role`` (profile, family id or title text); None when unknown."""
    if role is None:
        return None
    if isinstance(role, RoleProfile):
        return role
    text = str(role).strip()
    if not text:
        return None
    from .pipeline import get_index

    index = get_index(settings)
    kb = index.kb
    try:
        fam = kb.family(text)
        title = fam.name
    except KeyError:
        from .roles import match_families, parse_posting

        parsed = parse_posting(text)
        fam = kb.family(match_families(index, parsed, top=1)[0].family)
        title = parsed.title or text[:80]
    return RoleProfile(
        title=title,
        family=fam.id,
        family_name=fam.name,
        family_candidates=[(fam.id, 1.0)],
        key_result_areas=[k.name for k in fam.key_result_areas],
    )


def _profile_for(kpi_text: str, role: Role, settings: Settings) -> RoleProfile:
    """The role's profile; with no role given, the family whose example KPIs are nearest the KPI."""
    profile = resolve_role(role, settings)
    if profile is not None and profile.family:
        return profile
    from .pipeline import get_validator

    validator = get_validator(settings)
    family_id = validator.nearest_area(validator.embed([kpi_text])[0], None)[0].partition("/")[0]
    return resolve_role(family_id, settings)  # type: ignore[return-value]


def _as_kpi(kpi: KPI | str) -> KPI:
    if isinstance(kpi, KPI):
        return kpi
    text = re.sub(r"\s+", " ", str(kpi)).strip()
    if not text:
        raise InputError("KPI text is empty; give the metric you want alternatives or a rewrite for")
    return KPI(name=text)


def _kra_id(family: Family, kpi: KPI, validator, vec: np.ndarray) -> str:  # noqa: ANN001
    """The key result area of ``kpi`` within ``family``: by its stated area name, else the nearest example."""
    stated = kpi.kra.strip().lower()
    for k in family.key_result_areas:
        if stated and stated in (k.name.lower(), k.id):
            return k.id
    sims = validator._kpi_vecs @ vec  # noqa: SLF001 - the validator holds the example-KPI vectors
    own = validator._kpi_family == family.id  # noqa: SLF001
    j = int(np.argmax(np.where(own, sims, -2.0)))
    _, example = validator.kb.example_kpi(validator._kpi_entries[j].entry_id)  # noqa: SLF001
    return example.kra


def _norm(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


# ---- suggest_alternatives -------------------------------------------------------------------------


def suggest_alternatives(
    kpi: KPI | str,
    role: Role = None,
    n: int = 3,
    settings: Settings | None = None,
    avoid: list[str] | None = None,
) -> list[KPI]:
    """Up to ``n`` other outcome-based KPIs that serve the same key result area as ``kpi``.

    The offline answer takes the role family's other example KPIs in the same area first, then the
    closest examples from its other areas; every alternative passes the validator. ``avoid`` names
    KPIs already in the set, which are never proposed again.
    """
    settings = settings or get_settings()
    if n <= 0:
        return []
    record = _as_kpi(kpi)
    profile = _profile_for(record.text(), role, settings)
    offline = suggest_alternatives_offline(record, profile, n, settings, avoid)
    if settings.resolved_backend != "openai":
        return offline
    try:
        from .llm import suggest_alternatives_llm

        out = suggest_alternatives_llm(record, profile, n, settings)
    except Exception as exc:  # noqa: BLE001 - any backend failure: the offline answer instead
        log.warning("LLM alternatives failed (%s); using the knowledge base", type(exc).__name__)
        return offline
    taken = {_norm(a) for a in avoid or []}
    out = [k for k in out if _norm(k.name) not in taken]
    names = {_norm(k.name) for k in out}
    out += [k for k in offline if _norm(k.name) not in names][: max(0, n - len(out))]  # top up to n
    return out[:n]


def suggest_alternatives_offline(
    kpi: KPI | str, role: Role = None, n: int = 3, settings: Settings | None = None, avoid: list[str] | None = None
) -> list[KPI]:
    from .pipeline import get_index, get_validator

    record = _as_kpi(kpi)
    profile = resolve_role(role, settings)
    index = get_index(settings)
    validator = get_validator(settings)
    vec = validator.embed([record.text()])[0]
    family_id = profile.family if profile and profile.family else None
    if family_id is None:
        area, _ = validator.nearest_area(vec, None)
        family_id = area.partition("/")[0]
    family = index.kb.family(family_id)
    kra = _kra_id(family, record, validator, vec)

    taken = {_norm(record.name)} | {s for s in record.sources} | {_norm(a) for a in avoid or []}
    same_area = [k for k in family.kpis if k.kra == kra]
    others = [k for k in family.kpis if k.kra != kra]
    if others:
        other_vecs = index.embed([f"{k.name}. {k.definition}" for k in others])
        order = np.argsort(-(other_vecs @ vec), kind="stable")
        others = [others[i] for i in order]

    out: list[KPI] = []
    for example in [*same_area, *others]:
        if len(out) >= n:
            break
        cand = to_kpi(family, example)
        if _norm(cand.name) in taken or family.kpi_entry_id(example) in taken:
            continue
        if validator.check_kpis([cand], profile or family_id)[0].verdict == "reject":
            continue
        out.append(_fit(cand, record, profile))
        taken.add(_norm(cand.name))
    return out


def _fit(cand: KPI, original: KPI, profile: RoleProfile | None) -> KPI:
    """Keep the user's review cadence and never carry a number that nobody gave."""
    update: dict[str, object] = {"baseline": BASELINE_TBD}
    if original.cadence in ("monthly", "quarterly") and original.cadence != cand.cadence:
        update["cadence"] = original.cadence
    return cand.model_copy(update=update)


# ---- rewrite_as_outcome ---------------------------------------------------------------------------


def rewrite_as_outcome(
    metric_text: str, role: Role = None, settings: Settings | None = None, avoid: list[str] | None = None
) -> KPI:
    """An outcome-based KPI record that replaces ``metric_text`` (an effort, activity or vague metric).

    Offline: the validator's rewrite for the metric (the outcome side of the closest misused metric or
    rewrite pair) picks the nearest example KPI of the role's family, whose measure, unit, direction,
    source and target make the record complete. A metric that is already an outcome keeps its name
    and gets the nearest example's measure and source. ``avoid`` names KPIs already in the set: the
    rewrite never repeats one of them.
    """
    settings = settings or get_settings()
    text = _as_kpi(metric_text).name
    profile = _profile_for(text, role, settings)
    if settings.resolved_backend == "openai":
        try:
            from .llm import rewrite_as_outcome_llm

            proposal = rewrite_as_outcome_llm(text, profile, settings)
            if _norm(proposal.name) not in {_norm(a) for a in avoid or []}:
                return proposal
            log.warning("LLM rewrite repeats a KPI already in the set; using the knowledge base")
        except Exception as exc:  # noqa: BLE001 - any backend failure: the offline answer instead
            log.warning("LLM rewrite failed (%s); using the knowledge base", type(exc).__name__)
    return rewrite_as_outcome_offline(text, profile, settings, avoid)


def rewrite_as_outcome_offline(
    metric_text: str, role: Role = None, settings: Settings | None = None, avoid: list[str] | None = None
) -> KPI:
    from .pipeline import get_index, get_validator

    text = _as_kpi(metric_text).name
    profile = resolve_role(role, settings)
    index = get_index(settings)
    validator = get_validator(settings)
    report = validator.check_kpis([text], profile)[0]
    vec = validator.embed([text])[0]
    family_id = profile.family if profile and profile.family else validator.nearest_area(vec, None)[0].partition("/")[0]
    family = index.kb.family(family_id)

    suggestion = next((f.suggestion for f in report.findings if f.severity == "reject" and f.suggestion), None)
    if report.verdict == "reject" and not suggestion:
        suggestion = validator.suggest_rewrite(text, vec, family_id)
    query = suggestion if report.verdict == "reject" and suggestion else text

    ex_vecs = index.embed([f"{k.name}. {k.described}" for k in family.kpis])
    q = validator.embed([query])[0]
    taken = {_norm(a) for a in avoid or []}
    ranked = [family.kpis[i] for i in np.argsort(-(ex_vecs @ q), kind="stable")]
    ranked = [k for k in ranked if _norm(k.name) not in taken] or ranked
    base = next(
        (
            to_kpi(family, k)
            for k in ranked
            if validator.check_kpis([to_kpi(family, k)], profile or family_id)[0].verdict != "reject"
        ),
        to_kpi(family, ranked[0]),
    )
    if report.verdict != "reject":
        # Already an outcome: keep the user's words, borrow the example's way of measuring it.
        return base.model_copy(
            update={
                "name": text,
                "baseline": BASELINE_TBD,
                "rationale": f"Kept as written; measure and data source follow the example '{base.name}'.",
            }
        )
    why = f"Replaces '{text}', which {_kind_phrase(report.kind)}."
    if suggestion and _norm(suggestion) != _norm(base.name):
        why += f" The outcome behind it: {suggestion.rstrip('.')}."
    return base.model_copy(update={"baseline": BASELINE_TBD, "rationale": f"{why} {base.rationale}".strip()})


def _kind_phrase(kind: str) -> str:
    return {
        "effort": "measures effort put in rather than a result",
        "activity": "counts activity rather than its result",
        "surveillance": "monitors the person rather than the work's results",
    }.get(kind, "does not describe a result")
