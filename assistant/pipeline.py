"""The pipeline: ``draft(job_description) -> DraftResult``. The CLI, the app and the evals call it."""

from __future__ import annotations

import time
from collections.abc import Callable

from .drafter import compose, duties_of, posting_measures
from .errors import InputError
from .models import KPI, DraftResult, Finding, RoleProfile, SetReport
from .readers import html_to_text
from .retrieval import Index, open_index
from .roles import (
    ACTION_START,
    JOB_SIGNAL,
    ParsedPosting,
    build_profile,
    check_is_job_description,
    clean_line,
    parse_posting,
)
from .settings import Settings, get_settings
from .validator import Validator

EventHandler = Callable[[str, str], None]  # (stage, message)
WEAK_TITLE_MATCH = 0.75  # below this the posting's title resembles none of the known job titles


def _noop(stage: str, message: str) -> None:
    pass


_VALIDATORS: dict[int, Validator] = {}


def get_index(settings: Settings | None = None, force: bool = False) -> Index:
    return open_index(settings or get_settings(), force=force)


def get_validator(settings: Settings | None = None, index: Index | None = None) -> Validator:
    """One validator per open index (it holds the index's labelled vectors); ``index``: one already open."""
    index = index or get_index(settings)
    v = _VALIDATORS.get(id(index))
    if v is None or v.index is not index:
        v = _VALIDATORS[id(index)] = Validator(index)
    return v


def check_text(text: str, settings: Settings, source: str = "input") -> str:
    """Bad-input checks shared by every entry point; returns the text stripped."""
    if text is None or not text.strip():
        raise InputError(f"{source}: the text is empty; paste a job description or give a file with one")
    text = html_to_text(text)  # a pasted web page: its visible text
    if len(text) > settings.max_chars:
        raise InputError(
            f"{source}: {len(text):,} characters is over the {settings.max_chars:,} limit; "
            "paste only the job description part"
        )
    check_is_job_description(text, source)
    return text.strip()


def understand(text: str, settings: Settings | None = None, source: str = "input") -> RoleProfile:
    """Parse and match the posting (no drafting)."""
    settings = settings or get_settings()
    return _profile_of(check_text(text, settings, source), settings, source)


def _profile_of(text: str, settings: Settings, source: str, index: Index | None = None) -> RoleProfile:
    """``understand`` for text that has passed ``check_text``."""
    parsed = parse_posting(text)
    profile = build_profile(index or get_index(settings), text, parsed)
    _check_recognised(profile, parsed, text, source)
    return profile


def _quoted_title(profile: RoleProfile) -> str:
    return f"'{profile.title}'" if profile.title and profile.title != profile.family_name else "this posting"


def _check_recognised(profile: RoleProfile, parsed: ParsedPosting, text: str, source: str) -> None:
    """Text with no sign of a job (no job vocabulary, no recognisable job title) is refused."""
    signal = len(JOB_SIGNAL.findall(text))
    strong_title = profile.title_match >= 0.6
    action_led = sum(bool(ACTION_START.match(r)) for r in parsed.responsibilities)
    # a one-sentence posting ("We need someone to run the tills, keep shelves stocked and ...") holds
    # its duties inside one line; they count only beside a sign of a job, or meeting notes would pass
    duty_led = sum(bool(ACTION_START.match(d)) for d in duties_of(profile)) if signal else 0
    # "Museum Curator" on a line of its own above a duty: a title and a responsibility, however short
    first = clean_line(text.strip().splitlines()[0]) if text.strip() else ""
    titled = bool(parsed.title) and first == parsed.title and len(first.split()) <= 6
    if (
        strong_title
        or (titled and action_led >= 1)
        or signal >= 3
        or action_led >= 2
        or (signal >= 1 and (len(parsed.responsibilities) >= 2 or action_led >= 1 or duty_led >= 2))
    ):
        return
    if titled and len(text.split()) <= 8:
        # "Piano Tuner", "Locksmith": a job title on its own that no role family knows by name
        raise InputError(
            f"{source}: '{parsed.title}' is not a job title the knowledge base knows; add a few of its "
            "responsibilities (one per line) so the draft can fit the role"
        )
    raise InputError(
        f"{source}: this does not look like a job description (no job title or responsibilities recognised); "
        "paste the posting, or at least the job title and a few responsibilities"
    )


def draft(
    text: str,
    settings: Settings | None = None,
    *,
    max_kpis: int | None = None,
    cadence: str | None = None,
    profile: RoleProfile | None = None,
    on_event: EventHandler | None = None,
    source: str = "input",
) -> DraftResult:
    """Draft 3 to ``max_kpis`` outcome-based KPIs for the job description ``text``.

    ``profile`` lets a user redraft from an edited role profile (title, key result areas,
    responsibilities) instead of the parsed one. The backend comes from ``settings``.
    """
    settings = settings or get_settings()
    emit = on_event or _noop
    max_kpis = max_kpis or settings.max_kpis
    timings: dict[str, float] = {}
    t0 = time.perf_counter()

    index = get_index(settings)
    timings["index_ms"] = (time.perf_counter() - t0) * 1000
    t = time.perf_counter()
    edited = profile is not None  # a user's edited role profile: draft from it as given
    if text or profile is None:  # the posting is checked (and a web page read as text) once
        text = check_text(text, settings, source)
    if profile is None:
        profile = _profile_of(text, settings, source, index)
    timings["parse_ms"] = (time.perf_counter() - t) * 1000
    emit("role", f"Role recognised: {profile.title} ({profile.family_name})")

    validator = get_validator(settings, index)  # the index opened above: its knowledge is not checked again
    backend = settings.resolved_backend
    if backend == "openai":
        from .llm import draft_with_llm

        result = draft_with_llm(text, profile, settings, index, validator, max_kpis, cadence, emit)
    else:
        t = time.perf_counter()
        emit("draft", "Drafting from the knowledge base")
        kpis = compose(
            index,
            validator,
            profile,
            max_kpis=max_kpis,
            cadence=cadence,
            key_result_areas=profile.key_result_areas if edited else None,
        )
        timings["draft_ms"] = (time.perf_counter() - t) * 1000
        result = DraftResult(role=profile, kpis=kpis, backend="offline")
    if not edited and profile.title_match < WEAK_TITLE_MATCH and profile.family_name:
        result.notes.append(
            f"No role family in the knowledge base is a close match for {_quoted_title(profile)}; these KPIs come from the "
            f"nearest one, {profile.family_name}. Review each with the employee, edit the role profile, or use an "
            "LLM backend for a tailored draft."
        )
    _, refused = posting_measures(validator, profile)
    if refused:
        listed = "; ".join(f'"{line}" ({why})' for line, why in refused[:6])
        result.notes.append(
            f"The posting's own list of measures includes some this draft does not carry over: {listed}. "
            "They track effort, activity or people rather than results; the KPIs above measure what that work is for."
        )
    t = time.perf_counter()
    emit("validate", "Checking the set")
    report = validator.check_set(result.kpis, profile, max_kpis=max_kpis)
    timings["validate_ms"] = (time.perf_counter() - t) * 1000
    result.findings = report.findings
    result.verdict = report.verdict
    result.timings_ms = {**result.timings_ms, **{k: round(v, 2) for k, v in timings.items()}}
    result.timings_ms["total_ms"] = round((time.perf_counter() - t0) * 1000, 2)
    emit("done", f"{len(result.kpis)} KPIs drafted")
    return result


def validate_kpi(
    kpi_or_text: KPI | str, role: RoleProfile | str | None = None, settings: Settings | None = None
) -> list[Finding]:
    """Findings for one KPI (a record or a line of text)."""
    return get_validator(settings).check_kpis([kpi_or_text], role)[0].findings


def validate_set(
    kpis: list[KPI | str], role: RoleProfile | str | None = None, max_kpis: int = 5, settings: Settings | None = None
) -> SetReport:
    """The validator's report on a whole KPI set."""
    return get_validator(settings).check_set(kpis, role, max_kpis=max_kpis)
