"""LLM-as-judge: each drafted KPI scored 1 to 5 for outcome focus, measurability and role fit.

The rubric is a prompt file (``prompts/judge/v1.md``), filled with the posting (as delimited
data), the role and the numbered KPIs; the model answers with structured JSON. Answers go
through the same disk response cache as drafting, keyed by model, endpoint, rubric text and the
request, so re-running an eval costs no call. The scores sit beside the automatic metrics; they
never change them. A judge call that fails leaves the case unscored (``judge_error``), it does
not fail the draft.
"""

from __future__ import annotations

from typing import Any

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import HumanMessage
from langchain_core.runnables import Runnable, RunnableLambda, RunnableParallel
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from ..cache import ResponseCache
from ..errors import BackendError
from ..llm import _parse_json_message, as_data, classify_error, inline_refs, make_chat_model
from ..models import KPI, DraftResult
from ..prompts import load_prompt
from ..readers import html_to_text
from ..settings import Settings
from .datasets import RoleCase

QUESTIONS = ("outcome_focus", "measurability", "role_fit")


class KPIScore(BaseModel):
    model_config = ConfigDict(extra="forbid", title="KPIScore")

    index: int
    outcome_focus: int = Field(ge=1, le=5)
    measurability: int = Field(ge=1, le=5)
    role_fit: int = Field(ge=1, le=5)
    reason: str


class JudgeScores(BaseModel):
    model_config = ConfigDict(extra="forbid", title="JudgeScores")

    scores: list[KPIScore]


def _schema() -> dict:
    # strict structured output accepts no numeric bounds; they are checked after parsing
    return inline_refs(JudgeScores.model_json_schema(), "JudgeScores", drop=("title", "minimum", "maximum"))


JUDGE_SCHEMA = _schema()


def kpi_lines(kpis: list[KPI]) -> str:
    """The KPIs as the judge sees them: what is measured, how, against what, how often."""
    lines = []
    for i, k in enumerate(kpis, 1):
        lines.append(
            f"{i}. {as_data(k.name, 60)}\n"
            f"   definition: {as_data(k.definition, 80) or '(none)'}\n"
            f"   measure: {as_data(k.measure, 80) or '(none)'} (unit: {as_data(k.unit, 20) or '?'}; "
            f"{k.direction} is better)\n"
            f"   data source: {as_data(k.data_source, 40) or '(none)'}\n"
            f"   target: {as_data(k.target, 60) or '(none)'}; reviewed {k.cadence}"
        )
    return "\n".join(lines)


class Judge:
    """Callable for :func:`drafts.run`: ``judge(case, result, settings) -> row fields``."""

    def __init__(
        self,
        settings: Settings,
        *,
        version: str = "v1",
        chat_model: BaseChatModel | None = None,
        cache: ResponseCache | None = None,
    ) -> None:
        # The judge scores; it should not be creative. Temperature 0 whatever the drafting setting.
        self.settings = settings.model_copy(update={"temperature": 0.0})
        self.prompt = load_prompt("judge", version)
        self.model = chat_model or make_chat_model(self.settings)
        self.cache = cache or ResponseCache.for_settings(self.settings)
        self._runnable = self._structured()

    def _structured(self) -> Runnable:
        method = self.settings.structured_output
        try:
            strict = True if method in ("json_schema", "function_calling") else None
            return self.model.with_structured_output(JUDGE_SCHEMA, method=method, include_raw=True, strict=strict)
        except (NotImplementedError, TypeError):
            return RunnableParallel(raw=self.model) | RunnableLambda(_parse_json_message)

    def messages(self, case: RoleCase, result: DraftResult) -> list[HumanMessage]:
        role = f"{as_data(result.role.title, 40) or '(no title)'} ({result.role.family_name or result.role.family or 'unknown family'})"
        text = self.prompt.format(
            role=role, job_description=as_data(html_to_text(case.text)), kpis=kpi_lines(result.kpis)
        )
        return [HumanMessage(text)]

    def ask(self, messages: list[HumanMessage]) -> tuple[Any, dict[str, int]]:
        s = self.settings
        key = self.cache.key(
            model=s.model,
            endpoint=s.openai_base_url or "default",
            api_version=s.openai_api_version,
            method=s.structured_output,
            schema=JUDGE_SCHEMA,
            prompts=[f"{self.prompt.id}:{self.prompt.sha}"],
            temperature=s.temperature,
            messages=[(m.type, m.content) for m in messages],
        )
        hit = self.cache.get(key)
        if isinstance(hit, dict) and "output" in hit:
            return hit["output"], {"judge_calls": 0, "judge_cached_calls": 1, "judge_tokens": 0}
        try:
            out = self._runnable.invoke(messages)
        except Exception as exc:  # noqa: BLE001 - classified into a key-free BackendError
            raise classify_error(exc, s) from None
        raw = out.get("raw")
        meta = getattr(raw, "usage_metadata", None) or {}
        usage = {"judge_calls": 1, "judge_cached_calls": 0, "judge_tokens": int(meta.get("total_tokens", 0))}
        parsed, error = out.get("parsed"), out.get("parsing_error")
        if error is not None or parsed is None:
            raise BackendError(f"the judge's answer was not the JSON asked for ({error or 'empty'})")
        if isinstance(parsed, BaseModel):
            parsed = parsed.model_dump()
        self.cache.put(key, {"output": parsed}, meta={"model": s.model, "step": "judge", "prompt": self.prompt.id})
        return parsed, usage

    def __call__(self, case: RoleCase, result: DraftResult, settings: Settings | None = None) -> dict[str, Any]:
        usage = {"judge_calls": 0, "judge_cached_calls": 0, "judge_tokens": 0}
        try:
            parsed, usage = self.ask(self.messages(case, result))
            scores = read_scores(parsed, len(result.kpis))
        except BackendError as exc:
            return {**usage, "judge_error": str(exc)}
        if not scores:
            return {**usage, "judge_error": "the judge scored none of the KPIs"}
        row: dict[str, Any] = {**usage, "judge_error": None, "judge_scores": scores}
        for q in QUESTIONS:
            vals = [s[q] for s in scores]
            row[f"judge_{q}"] = round(sum(vals) / len(vals), 3)
        return row


def read_scores(parsed: Any, n_kpis: int) -> list[dict[str, Any]]:
    """The usable scores, one per KPI number at most; out-of-range or malformed entries are dropped."""
    items = parsed.get("scores") if isinstance(parsed, dict) else None
    if not isinstance(items, list):
        raise BackendError("the judge's answer had no list of scores")
    seen: dict[int, dict[str, Any]] = {}
    for item in items:
        try:
            s = KPIScore.model_validate(item)
        except ValidationError:
            continue
        if 1 <= s.index <= n_kpis and s.index not in seen:
            seen[s.index] = s.model_dump()
    return [seen[i] for i in sorted(seen)]


def make_judge(settings: Settings, version: str = "v1") -> Judge:
    settings.require_llm()
    return Judge(settings, version=version)
