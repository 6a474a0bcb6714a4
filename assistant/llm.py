"""LLM drafting: a LangChain prompt chain over ``prompts/``, any OpenAI-compatible model.

The chain, per call: the prompt files (``system/v1`` plus ``draft/<version>``, ``repair/v1``,
...) become a ``ChatPromptTemplate``; its messages go through the disk response cache and, on a
miss, to the chat model with structured output (a strict JSON schema, a tool call or JSON mode,
by ``settings.structured_output``). The drafting flow around it:

1. retrieve the matched family's best example KPIs and effort->outcome rewrites (grounding);
2. draft; an answer that is not usable JSON (invalid, cut off, empty) is re-asked once;
3. validate; KPIs the validator rejects are re-asked with its findings, only those KPIs, at most
   ``settings.max_repairs`` times; token usage is summed over every attempt;
4. whatever still fails, or a backend failure at any point (timeout, 429, 5xx after the client's
   retries, refusal), is filled by the offline drafter, and a note in the result says so.

The job description is untrusted: it is sent as delimited data, never as instructions, and the
validator has the last word on every KPI. The API key lives only inside the HTTP client: it is
never logged, cached, put in a note or an exception message.
"""

from __future__ import annotations

import json
import logging
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any
from urllib.parse import urlparse

import numpy as np
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, BaseMessage
from langchain_core.prompts import ChatPromptTemplate
from langchain_core.runnables import Runnable, RunnableLambda, RunnableParallel
from pydantic import BaseModel, ConfigDict, ValidationError

from .cache import ResponseCache
from .drafter import MIN_KPIS, asked_for, compose, rank_candidates
from .errors import BackendError
from .knowledge import ExampleKPI, Family, KnowledgeBase
from .models import BASELINE_TBD, KPI, Cadence, Direction, DraftResult, Indicator, KPIReport, RoleProfile, Usage
from .prompts import Prompt, load_prompt
from .retrieval import Index
from .settings import Settings
from .validator import Validator

log = logging.getLogger(__name__)

Emit = Callable[[str, str], None]

N_EXAMPLES = 6  # retrieved example KPIs shown to the model (prompt v2)
N_REWRITES = 4  # effort->outcome pairs shown to the model (prompt v2)
JD_TOKEN_BUDGET = 1500  # the posting is cut to at most this many tokens...
PROMPT_TOKEN_BUDGET = 3000  # ...and to whatever keeps a whole draft request (messages + schema) under this
MAX_FORMAT_RETRIES = 1  # re-asks for an answer that was not usable JSON
DEFAULT_AZURE_API_VERSION = "2024-10-21"
RELATIVE_TARGET = "Baseline from current data; target agreed with the employee as an improvement on it"


# ---- token counting ------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _encoding():  # noqa: ANN202
    import bpe_openai

    return bpe_openai.get_encoding("cl100k_base")


def count_tokens(text: str) -> int:
    """Tokens in ``text`` with the cl100k_base encoding (tiktoken-compatible, works offline)."""
    return len(_encoding().encode(text or ""))


def truncate_tokens(text: str, limit: int) -> str:
    enc = _encoding()
    ids = enc.encode(text)
    return text if len(ids) <= limit else enc.decode(ids[:limit]) + " [...]"


# ---- the output schema the model fills ---------------------------------------------------------------


class DraftedKPI(BaseModel):
    """One KPI as the model writes it (every field required, for strict structured output)."""

    model_config = ConfigDict(extra="forbid", title="KPI")

    name: str
    kra: str
    definition: str
    measure: str
    unit: str
    direction: Direction
    data_source: str
    target: str
    cadence: Cadence
    indicator: Indicator
    rationale: str
    side_effect: str
    sources: list[str]


class DraftedKPIs(BaseModel):
    model_config = ConfigDict(extra="forbid", title="KPISet")

    kpis: list[DraftedKPI]


def inline_refs(schema: dict, title: str, drop: tuple[str, ...] = ("title",)) -> dict:
    """A JSON schema with its ``$defs`` inlined and the ``drop`` keys removed, as strict
    structured output expects; ``title`` names the top level."""
    defs = schema.pop("$defs", {})

    def walk(node: Any) -> Any:
        if isinstance(node, dict):
            if "$ref" in node:
                return walk(dict(defs[node["$ref"].rsplit("/", 1)[-1]]))
            return {k: walk(v) for k, v in node.items() if k not in drop}
        if isinstance(node, list):
            return [walk(v) for v in node]
        return node

    out = walk(schema)
    out["title"] = title
    return out


OUTPUT_SCHEMA: dict = inline_refs(DraftedKPIs.model_json_schema(), "KPISet")


# ---- backend failures ------------------------------------------------------------------------------


class BackendFailure(BackendError):
    """A model call that produced nothing usable. ``reason`` is a short code; ``str()`` is for people."""

    FORMAT = {"invalid_json", "truncated", "empty"}

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason

    @property
    def is_format(self) -> bool:
        return self.reason in self.FORMAT


def _scrub(text: str, settings: Settings) -> str:
    key = settings.openai_api_key.get_secret_value() if settings.openai_api_key else ""
    if key and len(key) >= 4:
        text = text.replace(key, "***")
    return re.sub(r"\b(sk-[A-Za-z0-9_\-]{6,})", "sk-***", text)


def classify_error(exc: BaseException, settings: Settings) -> BackendFailure:
    """A readable, key-free :class:`BackendFailure` for any exception raised by a model call."""
    import openai
    from langchain_core.exceptions import ModelRefusalError, OutputParserException

    retries = f"after {settings.max_retries} {'retry' if settings.max_retries == 1 else 'retries'}"
    if isinstance(exc, BackendFailure):
        return exc
    if isinstance(exc, openai.APITimeoutError):
        return BackendFailure("timeout", f"no answer within {settings.timeout:g} s {retries}")
    if isinstance(exc, openai.RateLimitError):
        return BackendFailure("rate_limit", f"rate limited (HTTP 429) {retries}")
    if isinstance(exc, openai.AuthenticationError | openai.PermissionDeniedError):
        return BackendFailure("auth", f"the API key was refused (HTTP {exc.status_code}); check OPENAI_API_KEY")
    if isinstance(exc, openai.NotFoundError):
        return BackendFailure("not_found", f"model '{settings.model}' or the endpoint was not found (HTTP 404)")
    if isinstance(exc, openai.APIStatusError):
        if exc.status_code >= 500:
            return BackendFailure("server_error", f"server error (HTTP {exc.status_code}) {retries}")
        return BackendFailure("bad_request", f"request refused (HTTP {exc.status_code})")
    if isinstance(exc, openai.APIConnectionError):
        return BackendFailure("connection", f"could not connect to the model server {retries}")
    if isinstance(exc, openai.LengthFinishReasonError):
        return BackendFailure("truncated", "the answer was cut off at the output token limit")
    if isinstance(exc, openai.ContentFilterFinishReasonError | ModelRefusalError):
        return BackendFailure("refusal", "the model refused to answer")
    if isinstance(exc, OutputParserException | ValidationError | json.JSONDecodeError):
        return BackendFailure("invalid_json", "the answer was not valid JSON for the KPI schema")
    return BackendFailure("unexpected", f"unexpected {type(exc).__name__}: {_scrub(str(exc), settings)[:200]}")


# ---- the chat model -----------------------------------------------------------------------------------


def is_azure(settings: Settings) -> bool:
    """Azure OpenAI's deployment API: an API version is set, or an Azure URL that is not its /openai/v1 API."""
    if settings.openai_api_version:
        return True
    url = settings.openai_base_url or ""
    host = urlparse(url).hostname or ""
    azure_host = host.endswith((".openai.azure.com", ".cognitiveservices.azure.com"))
    return azure_host and "/openai/v1" not in url


def make_chat_model(settings: Settings) -> BaseChatModel:
    """The LangChain chat model for these settings: ChatOpenAI (OpenAI, Ollama, vLLM, llama.cpp,
    LM Studio, Azure's /openai/v1 API) or AzureChatOpenAI (Azure deployments with an API version)."""
    settings.require_llm()
    common: dict[str, Any] = {
        "temperature": settings.temperature,
        "timeout": settings.timeout,
        "max_retries": settings.max_retries,
        "max_tokens": settings.max_output_tokens,
    }
    if is_azure(settings):
        from langchain_openai import AzureChatOpenAI

        endpoint = settings.openai_base_url or ""
        return AzureChatOpenAI(
            azure_endpoint=endpoint,
            azure_deployment=settings.model,
            api_version=settings.openai_api_version or DEFAULT_AZURE_API_VERSION,
            api_key=settings.openai_api_key,
            **common,
        )
    from langchain_openai import ChatOpenAI

    return ChatOpenAI(
        model=settings.model,
        api_key=settings.openai_api_key or "not-needed",  # local servers accept any key
        base_url=settings.openai_base_url,
        **common,
    )


def _parse_json_message(data: dict) -> dict:
    """For chat models without structured-output support (e.g. test fakes): JSON in the content."""
    raw: AIMessage = data["raw"]
    text = raw.content if isinstance(raw.content, str) else json.dumps(raw.content)
    text = re.sub(r"^\s*```(?:json)?\s*|\s*```\s*$", "", text)
    try:
        return {"raw": raw, "parsed": json.loads(text), "parsing_error": None}
    except json.JSONDecodeError as exc:
        return {"raw": raw, "parsed": None, "parsing_error": exc}


def structured_runnable(model: BaseChatModel, method: str) -> Runnable:
    """``model`` asked for :data:`OUTPUT_SCHEMA`; returns ``{"raw", "parsed", "parsing_error"}``."""
    try:
        strict = True if method in ("json_schema", "function_calling") else None
        return model.with_structured_output(OUTPUT_SCHEMA, method=method, include_raw=True, strict=strict)
    except (NotImplementedError, TypeError):
        return RunnableParallel(raw=model) | RunnableLambda(_parse_json_message)


# ---- one LLM session: prompts, cache, accounting ----------------------------------------------------------


@dataclass
class CallRecord:
    step: str
    prompt_tokens: int
    completion_tokens: int
    cached: bool
    ms: float
    counted_prompt_tokens: int  # counted locally over the messages and the schema


@dataclass
class LLMSession:
    """Runs prompt chains against one model, with the response cache, and adds up the usage."""

    settings: Settings
    kb: KnowledgeBase
    chat_model: BaseChatModel | None = None
    cache: ResponseCache | None = None
    usage: Usage = field(default_factory=Usage)
    calls: list[CallRecord] = field(default_factory=list)

    def __post_init__(self) -> None:
        if self.chat_model is None:
            self.chat_model = make_chat_model(self.settings)
        if self.cache is None:
            self.cache = ResponseCache.for_settings(self.settings)
        self.system = load_prompt("system", "v1")
        self._structured = structured_runnable(self.chat_model, self.settings.structured_output)
        self._principles = "\n".join(f"- {p.title}" for p in self.kb.principles)
        self._schema_tokens = count_tokens(json.dumps(OUTPUT_SCHEMA))

    def chain(self, step: str, *human: Prompt) -> Runnable:
        """prompt files -> ChatPromptTemplate -> cached structured model call -> parsed JSON."""
        template = ChatPromptTemplate.from_messages([("system", self.system.text), *[("human", p.text) for p in human]])
        prompt_ids = [self.system.id + ":" + self.system.sha] + [p.id + ":" + p.sha for p in human]
        return template | RunnableLambda(lambda pv: self._call(step, prompt_ids, pv.to_messages()))

    def ask(self, step: str, values: dict[str, Any], *human: Prompt) -> Any:
        return self.chain(step, *human).invoke({"principles": self._principles, **values})

    def measure(self, values: dict[str, Any], *human: Prompt) -> int:
        """Prompt tokens the request for these values would send (messages and output schema)."""
        template = ChatPromptTemplate.from_messages([("system", self.system.text), *[("human", p.text) for p in human]])
        messages = template.format_messages(principles=self._principles, **values)
        return sum(count_tokens(str(m.content)) + 4 for m in messages) + self._schema_tokens

    def _call(self, step: str, prompt_ids: list[str], messages: list[BaseMessage]) -> Any:
        s = self.settings
        counted = sum(count_tokens(str(m.content)) + 4 for m in messages) + self._schema_tokens
        assert self.cache is not None
        key = self.cache.key(
            model=s.model,
            endpoint=s.openai_base_url or "default",
            api_version=s.openai_api_version,
            method=s.structured_output,
            schema=OUTPUT_SCHEMA,
            prompts=prompt_ids,
            temperature=s.temperature,
            messages=[(m.type, m.content) for m in messages],
        )
        hit = self.cache.get(key)
        if isinstance(hit, dict) and "output" in hit:
            self.usage.cached_calls += 1
            self.calls.append(CallRecord(step, 0, 0, True, 0.0, counted))
            return hit["output"]
        t = time.perf_counter()
        self.usage.calls += 1
        try:
            out = self._structured.invoke(messages)
        except Exception as exc:  # noqa: BLE001 - classified into a key-free BackendFailure
            self._account(step, None, counted, t, exc)
            raise classify_error(exc, s) from None
        raw: AIMessage | None = out.get("raw")
        self._account(step, raw, counted, t)
        parsed, error = out.get("parsed"), out.get("parsing_error")
        finish = (raw.response_metadata or {}).get("finish_reason") if raw is not None else None
        if finish == "length":
            raise BackendFailure("truncated", "the answer was cut off at the output token limit")
        if error is not None:
            raise classify_error(error, s)
        if parsed is None:
            raise BackendFailure("empty", "the answer held no structured output")
        if isinstance(parsed, BaseModel):
            parsed = parsed.model_dump()
        self.cache.put(key, {"output": parsed}, meta={"model": s.model, "step": step, "prompts": prompt_ids})
        return parsed

    def _account(
        self, step: str, raw: AIMessage | None, counted: int, t0: float, exc: BaseException | None = None
    ) -> None:
        meta = getattr(raw, "usage_metadata", None) if raw is not None else None
        if meta is None and exc is not None:
            completion = getattr(exc, "completion", None)  # openai's LengthFinishReasonError keeps the usage
            usage = getattr(completion, "usage", None)
            if usage is not None:
                meta = {"input_tokens": usage.prompt_tokens, "output_tokens": usage.completion_tokens}
        if meta:
            pt, ct = int(meta.get("input_tokens", 0)), int(meta.get("output_tokens", 0))
        elif exc is None:
            pt = counted
            content = raw.content if raw is not None else ""
            ct = count_tokens(content if isinstance(content, str) else json.dumps(content))
        else:
            pt, ct = 0, 0  # nothing came back: no tokens billed that we know of
        self.usage.prompt_tokens += pt
        self.usage.completion_tokens += ct
        self.calls.append(CallRecord(step, pt, ct, False, (time.perf_counter() - t0) * 1000, counted))


# ---- grounding: retrieved examples and rewrites ------------------------------------------------------------


@dataclass
class Grounding:
    examples: list[tuple[Family, ExampleKPI]]
    rewrites: list[tuple[str, str]]  # (metric to avoid, outcome instead)

    @property
    def ids(self) -> set[str]:
        return {f.kpi_entry_id(e) for f, e in self.examples}


def _families(profile: RoleProfile) -> list[str]:
    families = [profile.family] if profile.family else []
    if profile.family and len(profile.family_candidates) > 1:
        (f1, s1), (f2, s2) = profile.family_candidates[0], profile.family_candidates[1]
        if f1 == profile.family and s1 - s2 < 0.05:
            families.append(f2)  # a hybrid role: the runner-up family's examples too
    return families


def retrieve(index: Index, profile: RoleProfile, k: int = N_EXAMPLES) -> Grounding:
    """The family's example KPIs ranked against the posting's responsibilities: the best one per key
    result area first, then the next best; plus the family's effort->outcome rewrites."""
    families = _families(profile)
    if not families:
        return Grounding([], [])
    ranked = asked_for(rank_candidates(index, profile, families), profile)
    picked: list[tuple[Family, ExampleKPI]] = []
    seen_areas: set[tuple[str, str]] = set()
    for c in ranked:
        area = (c.family.id, c.example.kra)
        if area not in seen_areas:
            seen_areas.add(area)
            picked.append((c.family, c.example))
    for c in ranked:
        if len(picked) >= k:
            break
        if (c.family, c.example) not in picked:
            picked.append((c.family, c.example))
    kb = index.kb
    fam = kb.family(families[0])
    pairs = [(r.effort, r.outcome) for r in kb.rewrites if r.family == fam.id]
    pairs += [(m.metric, m.alternative) for m in fam.misused_metrics]
    return Grounding(picked[:k], pairs[:N_REWRITES])


def _example_block(examples: list[tuple[Family, ExampleKPI]]) -> str:
    if not examples:
        return "(none)"
    return "\n".join(
        f"- id: {fam.kpi_entry_id(ex)}\n  {ex.name} [{fam.kra(ex.kra).name}]. Measure: {ex.measure} "
        f"({ex.unit}; {ex.direction} is better). Source: {ex.data_source}. Target: {ex.target}"
        + (f". Trade names: {', '.join(ex.known_as)}" if ex.known_as else "")
        for fam, ex in examples
    )


def _rewrite_block(pairs: list[tuple[str, str]]) -> str:
    return "\n".join(f'- not "{bad}" -> instead "{good}"' for bad, good in pairs) or "(none)"


_DELIMS = re.compile(r"<\s*/?\s*(?:job_description|kpis?|metric)\s*>", re.I)


def as_data(text: str, limit: int = JD_TOKEN_BUDGET) -> str:
    """Untrusted text ready to sit between delimiters: no delimiter tags of ours, bounded length."""
    return truncate_tokens(_DELIMS.sub("[tag removed]", text or "").strip(), limit)


def _profile_values(profile: RoleProfile, kb: KnowledgeBase) -> dict[str, str]:
    areas = profile.key_result_areas
    if not areas and profile.family:
        areas = [k.name for k in kb.family(profile.family).key_result_areas]
    resp = [as_data(r, 80) for r in profile.responsibilities[:12]]
    return {
        "title": as_data(profile.title, 40) or "(not stated)",
        "seniority": profile.seniority,
        "family_name": profile.family_name or profile.family or "(unknown)",
        "key_result_areas": "; ".join(areas) or "(none listed)",
        "responsibilities": "\n".join(f"  - {r}" for r in resp) or "  (none listed)",
        "figures": "; ".join(as_data(f, 60) for f in profile.figures[:6]) or "(none)",
    }


# ---- from the model's JSON to validated KPI records --------------------------------------------------------------

_NUM = re.compile(r"\d+(?:[.,]\d+)*")
_PERIOD = re.compile(
    r"\b(?:\d+|one|two|three|four|six|twelve)\s+(?:working\s+)?(?:days?|weeks?|months?|quarters?|years?|hours?)\b", re.I
)


def honest_target(target: str, posting: str) -> str:
    """The target, unless it carries a number the posting never gave (then a relative target)."""
    target = (target or "").strip()
    if not target:
        return RELATIVE_TARGET
    stated = set(_NUM.findall(posting or ""))
    for num in _NUM.findall(_PERIOD.sub("", target)):
        if num not in stated:
            return RELATIVE_TARGET
    return target


def to_kpis(parsed: Any, kb: KnowledgeBase, posting: str, cadence: str | None) -> list[KPI]:
    """Lenient reading of the model's answer: each usable item becomes a KPI, unusable ones are dropped."""
    items = parsed.get("kpis") if isinstance(parsed, dict) else parsed
    if not isinstance(items, list):
        raise BackendFailure("invalid_json", "the answer had no list of KPIs")
    out: list[KPI] = []
    for item in items:
        if not isinstance(item, dict):
            continue
        data = {k: (v.strip() if isinstance(v, str) else v) for k, v in item.items()}
        data.pop("baseline", None)
        kpi = _validate_loosely(data)
        if kpi is None or not kpi.name.strip():
            continue
        cited = item.get("sources") if isinstance(item.get("sources"), list) else []
        sources = [s for s in cited if isinstance(s, str) and _known(kb, s)]
        kpi = kpi.model_copy(
            update={
                "name": kpi.name[:160],
                "baseline": BASELINE_TBD,
                "target": honest_target(kpi.target, posting),
                "sources": list(dict.fromkeys(sources)),
                "cadence": cadence or kpi.cadence,
            }
        )
        out.append(kpi)
    return out


def _validate_loosely(data: dict) -> KPI | None:
    for _ in range(4):
        try:
            return KPI.model_validate(data)
        except ValidationError as exc:
            bad = {str(e["loc"][0]) for e in exc.errors() if e["loc"]}
            if not bad or "name" in bad:
                return None
            data = {k: v for k, v in data.items() if k not in bad}  # an odd enum value: use the default
    return None


def _known(kb: KnowledgeBase, entry_id: str) -> bool:
    try:
        kb.example_kpi(entry_id)
        return True
    except (KeyError, StopIteration):
        return False


def attach_sources(kpis: list[KPI], index: Index, families: list[str]) -> list[KPI]:
    """KPIs that cite no knowledge entry get their nearest example KPI, when it is close enough."""
    need = [i for i, k in enumerate(kpis) if not k.sources]
    if not need or not families:
        return kpis
    entries, vecs = index.of_kind("kpi")
    cols = [j for j, e in enumerate(entries) if e.family in set(families)]
    if not cols:
        return kpis
    q = index.embed([kpis[i].text() for i in need])
    sims = q @ vecs[cols].T
    out = list(kpis)
    for row, i in zip(sims, need, strict=True):
        j = int(np.argmax(row))
        if row[j] >= 0.55:
            out[i] = out[i].model_copy(update={"sources": [entries[cols[j]].entry_id]})
    return out


# ---- the drafting flow ---------------------------------------------------------------------------------------------


def _kpi_line(k: KPI) -> str:
    return f'"{as_data(k.name, 60)}" (key result area: {as_data(k.kra, 20) or "?"}; measure: {as_data(k.measure, 60) or "?"})'


def _rejected_block(kpis: list[KPI], reports: list[KPIReport], rejected: list[int]) -> str:
    lines = []
    for n, i in enumerate(rejected, 1):
        lines.append(f"{n}. {_kpi_line(kpis[i])}")
        for f in reports[i].findings:
            if f.severity == "reject":
                lines.append(f"   - {f.rule}: {f.message}")
                if f.suggestion:
                    lines.append(f"     suggested outcome: {f.suggestion}")
    return "\n".join(lines) or "(none)"


def _cadence_value(cadence: str | None) -> str:
    return cadence or "monthly or quarterly"


def _draft_once(session: LLMSession, values: dict[str, Any], draft: Prompt) -> Any:
    """The draft call; an answer that is not usable JSON is re-asked once with the reformat prompt."""
    try:
        return session.ask("draft", values, draft)
    except BackendFailure as exc:
        if not exc.is_format:
            raise
        problem = exc
    reformat = load_prompt("reformat", "v1")
    for _ in range(MAX_FORMAT_RETRIES):
        try:
            return session.ask("reformat", {**values, "problem": str(problem)}, draft, reformat)
        except BackendFailure as exc:
            if not exc.is_format:
                raise
            problem = exc
    raise problem


def draft_with_llm(
    text: str,
    profile: RoleProfile,
    settings: Settings,
    index: Index,
    validator: Validator,
    max_kpis: int,
    cadence: str | None,
    emit: Emit,
    *,
    chat_model: BaseChatModel | None = None,
    cache: ResponseCache | None = None,
) -> DraftResult:
    """Draft with the LLM, repair with the validator's findings, fill gaps offline. Never raises for a
    backend failure: the offline drafter answers instead and a note says why."""
    if chat_model is None:
        settings.require_llm()  # asking for openai without a key or URL is a clear error, not a fallback
    timings: dict[str, float] = {}
    notes: list[str] = []
    t = time.perf_counter()
    grounding = retrieve(index, profile)
    timings["retrieve_ms"] = (time.perf_counter() - t) * 1000
    emit("retrieve", f"{len(grounding.examples)} example KPIs retrieved for {profile.family_name or 'the role'}")

    draft_prompt = load_prompt("draft", settings.prompt_version)
    session = LLMSession(settings, index.kb, chat_model, cache)
    posting = text or profile.title
    values: dict[str, Any] = {
        **_profile_values(profile, index.kb),
        "min_kpis": min(MIN_KPIS, max_kpis),
        "max_kpis": max_kpis,
        "cadence": _cadence_value(cadence),
        "examples": _example_block(grounding.examples),
        "rewrites": _rewrite_block(grounding.rewrites),
        "job_description": "",
    }
    # The posting gets what the token budget leaves after everything else (and the reformat re-ask).
    room = PROMPT_TOKEN_BUDGET - session.measure(values, draft_prompt) - 120
    values["job_description"] = as_data(posting, max(200, min(JD_TOKEN_BUDGET, room)))

    def result(kpis: list[KPI], backend: str = "openai") -> DraftResult:
        if session.usage.cached_calls and not session.usage.calls:
            notes.append(
                "Answered from the response cache: no API call was made (use --no-cache to ask the model again)."
            )
        return DraftResult(
            role=profile,
            kpis=kpis,
            backend=backend,
            model=settings.model,
            prompt_version=settings.prompt_version,
            notes=notes,
            usage=session.usage,
            timings_ms={k: round(v, 2) for k, v in timings.items()},
        )

    def fallback(reason: BackendFailure) -> DraftResult:
        t0 = time.perf_counter()
        kpis = compose(index, validator, profile, max_kpis=max_kpis, cadence=cadence)
        timings["fallback_ms"] = (time.perf_counter() - t0) * 1000
        notes.append(
            f"The language model ({settings.model}) could not be used: {_scrub(str(reason), settings)}. "
            "These KPIs come from the offline knowledge-base drafter instead."
        )
        log.warning("LLM draft failed (%s); offline drafter used", reason.reason)
        return result(kpis, backend="offline")

    emit("draft", f"Drafting with {settings.model} (prompt {draft_prompt.id})")
    t = time.perf_counter()
    try:
        parsed = _draft_once(session, values, draft_prompt)
        kpis = to_kpis(parsed, index.kb, posting, cadence)
        if not kpis:
            raise BackendFailure("empty", "the answer held no usable KPI")
    except BackendFailure as exc:
        timings["draft_ms"] = (time.perf_counter() - t) * 1000
        return fallback(exc)
    timings["draft_ms"] = (time.perf_counter() - t) * 1000
    if len(kpis) > max_kpis:
        notes.append(f"The model proposed {len(kpis)} KPIs; the first {max_kpis} were kept.")
        kpis = kpis[:max_kpis]

    # validate -> repair only the rejected KPIs, bounded
    families = _families(profile)
    repair_prompt = load_prompt("repair", "v1")
    repairs = 0
    repair_ms = check_ms = 0.0
    while True:
        t = time.perf_counter()
        emit("validate", f"Checking {len(kpis)} drafted KPIs")
        report = validator.check_set(kpis, profile, max_kpis=max_kpis)
        check_ms += (time.perf_counter() - t) * 1000
        rejected = [i for i, r in enumerate(report.kpis) if r.verdict == "reject"]
        kept = [k for i, k in enumerate(kpis) if i not in rejected]
        wanted = len(rejected) + max(0, min(MIN_KPIS, max_kpis) - len(kpis))
        if wanted == 0 or repairs >= settings.max_repairs:
            break
        repairs += 1
        emit(
            "repair",
            f"Asking the model to replace {len(rejected)} rejected KPI{'s' if len(rejected) != 1 else ''}"
            f" (repair {repairs} of {settings.max_repairs})"
            if rejected
            else f"Asking the model for {wanted} more KPIs",
        )
        covered = {k.kra.strip().lower() for k in kept}
        spare = [(f, e) for f, e in grounding.examples if f.kra(e.kra).name.lower() not in covered][:4]
        t = time.perf_counter()
        try:
            parsed = session.ask(
                "repair",
                {
                    **values,
                    "count_rejected": len(rejected),
                    "count_wanted": wanted,
                    "kept": "\n".join(f"- {_kpi_line(k)}" for k in kept) or "(none)",
                    "rejected": _rejected_block(kpis, report.kpis, rejected),
                    "examples": _example_block(spare),
                },
                repair_prompt,
            )
            new = to_kpis(parsed, index.kb, posting, cadence)[:wanted]
        except BackendFailure as exc:
            repair_ms += (time.perf_counter() - t) * 1000
            notes.append(f"A repair request to the model failed: {_scrub(str(exc), settings)}.")
            break
        repair_ms += (time.perf_counter() - t) * 1000
        merged = list(kpis)
        for i, k in zip(rejected, new, strict=False):
            merged[i] = k
        merged += new[len(rejected) :]
        kpis = merged
    timings["check_ms"] = check_ms
    if repairs:
        timings["repair_ms"] = repair_ms

    final = [k for i, k in enumerate(kpis) if report.kpis[i].verdict != "reject"]
    dropped = [k.name for i, k in enumerate(kpis) if report.kpis[i].verdict == "reject"]
    if dropped:
        notes.append(
            f"The validator still rejected {len(dropped)} of the model's KPIs after {repairs} "
            f"repair{'s' if repairs != 1 else ''}; removed: " + "; ".join(f"'{n}'" for n in dropped) + "."
        )
    final = attach_sources(final, index, families)

    if len(final) < min(MIN_KPIS, max_kpis):
        t = time.perf_counter()
        filled = _fill_gaps(final, index, validator, profile, max_kpis, cadence)
        timings["fallback_ms"] = (time.perf_counter() - t) * 1000
        added = filled[len(final) :]
        if added:
            notes.append(
                f"The offline drafter filled {len(added)} gap{'s' if len(added) != 1 else ''} the model left: "
                + "; ".join(f"'{k.name}'" for k in added)
                + "."
            )
        final = filled
        return result(final, backend="openai" if len(final) > len(added) else "offline")
    return result(final)


def _fill_gaps(
    kpis: list[KPI], index: Index, validator: Validator, profile: RoleProfile, max_kpis: int, cadence: str | None
) -> list[KPI]:
    """Offline KPIs for the key result areas the model's accepted KPIs do not cover, up to 3 in all."""
    want = min(MIN_KPIS, max_kpis)
    exclude = {s for k in kpis for s in k.sources}
    offline = compose(index, validator, profile, max_kpis=max_kpis, cadence=cadence, exclude=exclude)
    out = list(kpis)
    for cand in offline:
        if len(out) >= want:
            break
        areas = {k.kra.strip().lower() for k in out}
        names = {k.name.strip().lower() for k in out}
        if cand.kra.strip().lower() in areas or cand.name.strip().lower() in names:
            continue
        trial = [*out, cand]
        if validator.check_set(trial, profile, max_kpis=max_kpis).kpis[-1].verdict == "reject":
            continue  # a duplicate of one the model wrote
        out.append(cand)
    return out


# ---- refinement with the model (refine.py falls back to the offline answers) ------------------------------------------


def _session_for(settings: Settings, chat_model: BaseChatModel | None) -> tuple[LLMSession, Index, Validator]:
    from .pipeline import get_index, get_validator

    index = get_index(settings)
    validator = get_validator(settings)
    if chat_model is None:
        settings.require_llm()
    return LLMSession(settings, index.kb, chat_model), index, validator


def _area_examples(
    index: Index, validator: Validator, kpi: KPI, family_id: str, k: int = 4
) -> list[tuple[Family, ExampleKPI]]:
    fam = index.kb.family(family_id)
    vecs = index.embed([f"{e.name}. {e.described}" for e in fam.kpis])
    q = validator.embed([kpi.text()])[0]
    order = np.argsort(-(vecs @ q), kind="stable")
    return [(fam, fam.kpis[i]) for i in order[:k]]


def suggest_alternatives_llm(
    kpi: KPI, profile: RoleProfile, n: int, settings: Settings, chat_model: BaseChatModel | None = None
) -> list[KPI]:
    """``n`` validated alternatives from the model (raises :class:`BackendFailure` when it fails)."""
    session, index, validator = _session_for(settings, chat_model)
    assert profile.family
    values = {
        **_profile_values(profile, index.kb),
        "n": n,
        "kpi": as_data(f"{kpi.name}\nkey result area: {kpi.kra}\nmeasure: {kpi.measure}", 300),
        "examples": _example_block(_area_examples(index, validator, kpi, profile.family)),
    }
    parsed = session.ask("alternatives", values, load_prompt("alternatives", "v1"))
    cands = to_kpis(parsed, index.kb, "", None)
    own = kpi.name.strip().lower()
    out: list[KPI] = []
    for c in cands:
        if c.name.strip().lower() == own or any(c.name.strip().lower() == o.name.strip().lower() for o in out):
            continue
        if validator.check_kpis([c], profile)[0].verdict == "reject":
            continue
        out.append(c)
        if len(out) >= n:
            break
    if not out:
        raise BackendFailure("empty", "the model gave no alternative the validator accepts")
    return attach_sources(out, index, [profile.family])


def rewrite_as_outcome_llm(
    metric_text: str, profile: RoleProfile, settings: Settings, chat_model: BaseChatModel | None = None
) -> KPI:
    """One validated outcome KPI from the model (raises :class:`BackendFailure` when it fails)."""
    session, index, validator = _session_for(settings, chat_model)
    assert profile.family
    report = validator.check_kpis([metric_text], profile)[0]
    suggestion = next((f.suggestion for f in report.findings if f.suggestion), None)
    findings = "; ".join(f"{f.rule}: {f.message}" for f in report.findings) or "no problem found"
    values = {
        **_profile_values(profile, index.kb),
        "metric": as_data(metric_text, 200),
        "findings": findings,
        "suggestion": suggestion or "(none)",
        "examples": _example_block(
            _area_examples(index, validator, KPI(name=suggestion or metric_text), profile.family)
        ),
    }
    parsed = session.ask("rewrite", values, load_prompt("rewrite", "v1"))
    cands = to_kpis(parsed, index.kb, "", None)
    for c in cands:
        if validator.check_kpis([c], profile)[0].verdict != "reject":
            return attach_sources([c], index, [profile.family])[0]
    raise BackendFailure("empty", "the model's rewrite was still rejected by the validator")
