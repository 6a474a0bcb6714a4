"""Draft quality: run the pipeline over the role dataset and score every draft.

``run()`` drafts each role case (for each prompt version), scores the draft with the metrics
below, writes ``cases.jsonl``, ``summary.json`` and the reports to the run directory, and
returns the summary. ``kpi eval`` (``assistant/evaluation/cli.py``) is its command line.

Metrics per draft (each 0 to 1; a draft that fails scores 0 on all of them):

- ``count_in_range``: 3 to 5 KPIs.
- ``validator_pass``: share of the KPIs the validator passes with no finding at all.
- ``no_reject``: no KPI and no set rule rejected (duplicates, too many).
- ``kra_coverage``: share of the case's expected key result areas that some KPI matches
  semantically ("kra: name. definition", cosine >= ``match.kra_coverage``).
- ``role_specificity``: share of KPIs ("name. definition") closer to their own posting than to
  every posting of another role family in the dataset. The stricter variant against every other
  posting, same family included, is kept as ``role_specificity_strict``.
- ``grounding``: share of KPIs whose sources all cite real knowledge entries (at least one).
- ``completeness``: share of KPIs with a measure, a target and a cadence, and no number in the
  baseline or target that the posting did not give (review windows such as "two quarters" and
  rate bases such as "per 1,000" are not targets).
- ``forbidden_absent``: none of the case's forbidden metrics is among the KPIs (semantic: the
  KPI's name, or name and measure, at cosine >= ``match.forbidden``).
- ``no_duplicates``: no two KPIs measure the same thing or sit on the same key result area.

Diagnostics beside them: latency, LLM calls and tokens, the matched role family, the coverage
that the expected family's knowledge-base examples could reach at best (``kb_ceiling``), and the
coverage a draft for another family reaches by chance (``kra_coverage_chance``), which shows
what the similarity threshold lets through.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np
import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from ..errors import InputError
from ..models import BASELINE_TBD, KPI, DraftResult
from ..pipeline import draft, get_index, get_validator
from ..readers import html_to_text
from ..retrieval import Index
from ..settings import Settings
from . import datasets
from .datasets import RoleCase

ROOT = datasets.DATASETS.parents[1]
CONFIG_PATH = ROOT / "evals" / "config.yaml"
RUNS_DIR = ROOT / "evals" / "runs"

HEADLINE: list[tuple[str, str]] = [
    ("count_in_range", "Count in range (3-5)"),
    ("validator_pass", "Validator pass (KPIs without findings)"),
    ("no_reject", "No rejected KPI"),
    ("kra_coverage", "Key result area coverage"),
    ("role_specificity", "Role specificity"),
    ("grounding", "Grounding (KPIs with sources)"),
    ("completeness", "Completeness"),
    ("forbidden_absent", "Forbidden metrics absent"),
    ("no_duplicates", "No duplicates"),
]
JUDGE_METRICS: list[tuple[str, str]] = [
    ("judge_outcome_focus", "Judge: outcome focus (1-5)"),
    ("judge_measurability", "Judge: measurability (1-5)"),
    ("judge_role_fit", "Judge: role fit (1-5)"),
]
DIAGNOSTICS: list[tuple[str, str]] = [
    ("kra_coverage_chance", "Coverage by a draft for another family (chance)"),
    ("kb_ceiling", "Coverage reachable from the family's knowledge"),
    ("role_specificity_strict", "Role specificity against every other posting"),
    ("family_match", "Role family matched"),
    ("set_pass", "Set verdict pass"),
    ("mean_kpis", "KPIs per draft"),
]
LABELS = dict(HEADLINE + JUDGE_METRICS + DIAGNOSTICS)
SCORES_1_TO_5 = {k for k, _ in JUDGE_METRICS}


# ---- configuration -------------------------------------------------------------------------------


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class MatchConfig(_Strict):
    kra_coverage: float = Field(default=0.35, gt=0, le=1)
    forbidden: float = Field(default=0.75, gt=0, le=1)
    duplicate: float = Field(default=0.86, gt=0, le=1)


class BaselineConfig(_Strict):
    path: str = "evals/baselines/offline.json"
    default_margin: float = Field(default=0.02, ge=0)
    margins: dict[str, float] = Field(default_factory=dict)

    def margin(self, metric: str) -> float:
        return self.margins.get(metric, self.default_margin)

    def resolved_path(self) -> Path:
        p = Path(self.path)
        return p if p.is_absolute() else ROOT / p


class EvalConfig(_Strict):
    match: MatchConfig = Field(default_factory=MatchConfig)
    targets: dict[str, float] = Field(default_factory=dict)
    baseline: BaselineConfig = Field(default_factory=BaselineConfig)


def load_config(path: Path | str | None = None) -> EvalConfig:
    """``evals/config.yaml`` (or ``path``); defaults when the default file is absent."""
    p = Path(path) if path else CONFIG_PATH
    if not p.is_file():
        if path:
            raise InputError(f"{p}: eval config not found")
        return EvalConfig()
    try:
        data = yaml.safe_load(p.read_text(encoding="utf-8")) or {}
        return EvalConfig.model_validate(data)
    except yaml.YAMLError as exc:
        raise InputError(f"{p}: not valid YAML ({str(exc).splitlines()[0]})") from None
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(x) for x in err["loc"])
        raise InputError(f"{p}: {where}: {err['msg']}") from None


# ---- context shared by all cases of a run ----------------------------------------------------------


@dataclass
class Context:
    """What scoring needs from the whole dataset: its role texts as vectors, the knowledge ids."""

    index: Index
    config: EvalConfig
    cases: list[RoleCase]
    role_vecs: np.ndarray
    families: np.ndarray
    position: dict[str, int]
    source_ids: set[str]
    _kb_vecs: dict[str, np.ndarray] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def embed(self, texts: list[str]) -> np.ndarray:
        return self.index.embed(texts)

    def kb_vectors(self, family: str) -> np.ndarray | None:
        """The expected family's example KPIs, as coverage texts."""
        with self._lock:
            if family in self._kb_vecs:
                return self._kb_vecs[family]
        try:
            fam = self.index.kb.family(family)
        except KeyError:
            return None
        vecs = self.embed([f"{fam.kra(k.kra).name}: {k.name}. {k.described}" for k in fam.kpis])
        with self._lock:
            self._kb_vecs[family] = vecs
        return vecs


def make_context(index: Index, all_cases: list[RoleCase], config: EvalConfig) -> Context:
    source_ids: set[str] = set()
    for e in index.entries:
        source_ids.update((e.entry_id, e.id))
    return Context(
        index=index,
        config=config,
        cases=all_cases,
        # a posting saved as a web page is compared as the text a reader sees, not its markup and scripts
        role_vecs=index.embed([html_to_text(c.text) for c in all_cases]),
        families=np.array([c.family for c in all_cases]),
        position={c.id: i for i, c in enumerate(all_cases)},
        source_ids=source_ids,
    )


# ---- per-draft metrics -------------------------------------------------------------------------------

_NUM = re.compile(r"(?<![\w.])\d+(?:[.,]\d+)*")
_WINDOW = re.compile(
    r"\b\d+(?:[.,]\d+)?\s*-?\s*(?:months?|quarters?|years?|weeks?)\b|\bper\s+\d[\d,]*\b|\bq[1-4]\b", re.I
)


def _numbers(text: str) -> set[str]:
    out = set()
    for m in _NUM.finditer(text):
        n = m.group(0).replace(",", "")
        out.add(n[:-2] if n.endswith(".0") else n)
    return out


def invented_numbers(kpi: KPI, posting: str) -> list[str]:
    """Numbers in the KPI's baseline or target that the posting does not state."""
    given = _numbers(posting)
    out: list[str] = []
    for name, value in (("baseline", kpi.baseline), ("target", kpi.target)):
        if not value or value == BASELINE_TBD:
            continue
        for n in sorted(_numbers(_WINDOW.sub(" ", value)) - given):
            out.append(f"{name} '{value[:80]}' states {n}, which the posting does not give")
    return out


def coverage_text(k: KPI | dict) -> str:
    d = k if isinstance(k, dict) else k.model_dump()
    return f"{d.get('kra') or ''}: {d['name']}. {d.get('definition') or ''}".strip(": ")


def _specificity_text(k: KPI) -> str:
    return f"{k.name}. {k.definition}".strip(". ")


def _kpi_verdicts(result: DraftResult) -> list[str]:
    verdicts = ["pass"] * len(result.kpis)
    for f in result.findings:
        if f.kpi_index is None or not 0 <= f.kpi_index < len(verdicts):
            continue
        if f.severity == "reject":
            verdicts[f.kpi_index] = "reject"
        elif f.severity == "warn" and verdicts[f.kpi_index] == "pass":
            verdicts[f.kpi_index] = "warn"
    return verdicts


def _norm(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


def _share(flags: list[bool]) -> float:
    return round(sum(flags) / len(flags), 4) if flags else 0.0


def score_draft(ctx: Context, case: RoleCase, result: DraftResult) -> dict[str, Any]:
    """All metrics of one draft, with the evidence behind each (which area was missed, and so on)."""
    cfg = ctx.config.match
    kpis = result.kpis
    n = len(kpis)
    verdicts = _kpi_verdicts(result)
    row: dict[str, Any] = {
        "n_kpis": n,
        "verdict": result.verdict,
        "matched_family": result.role.family,
        "family_match": float(result.role.family == case.family),
        "count_in_range": float(3 <= n <= 5),
        "validator_pass": _share([v == "pass" for v in verdicts]),
        "no_reject": float(not any(f.severity == "reject" for f in result.findings)),
        "set_pass": float(result.verdict == "pass"),
    }

    # coverage of the expected key result areas
    kv = ctx.embed([coverage_text(k) for k in kpis]) if kpis else None
    covered: dict[str, dict[str, Any]] = {}
    missing: list[dict[str, Any]] = []
    if case.kras:
        rv = ctx.embed(case.kras)
        sims = rv @ kv.T if kv is not None else np.zeros((len(case.kras), 0))
        for i, area in enumerate(case.kras):
            j = int(np.argmax(sims[i])) if n else -1
            best = float(sims[i, j]) if n else 0.0
            hit = {"kpi": kpis[j].name if n else None, "similarity": round(best, 3)}
            if best >= cfg.kra_coverage:
                covered[area] = hit
            else:
                missing.append({"area": area, "closest": hit["kpi"], "similarity": hit["similarity"]})
        row["kra_coverage"] = round(len(covered) / len(case.kras), 4)
        kb = ctx.kb_vectors(case.family)
        if kb is not None and len(kb):
            row["kb_ceiling"] = round(float(((rv @ kb.T).max(1) >= cfg.kra_coverage).mean()), 4)
    else:
        row["kra_coverage"] = None
    row["covered"] = covered
    row["missing_kras"] = missing

    # role specificity: own posting against the postings of other roles in the dataset
    pos = ctx.position.get(case.id)
    spec: list[bool] = []
    strict: list[bool] = []
    closer: list[dict[str, Any]] = []
    if n and pos is not None:
        sims = ctx.embed([_specificity_text(k) for k in kpis]) @ ctx.role_vecs.T
        other_family = ctx.families != case.family
        not_self = np.ones(len(ctx.cases), dtype=bool)
        not_self[pos] = False
        for i, k in enumerate(kpis):
            own = float(sims[i, pos])
            if other_family.any():
                j = int(np.argmax(np.where(other_family, sims[i], -2.0)))
                ok = own > float(sims[i, j])
                spec.append(ok)
                if not ok:
                    closer.append(
                        {
                            "kpi": k.name,
                            "own": round(own, 3),
                            "closer_to": ctx.cases[j].id,
                            "closer_family": ctx.cases[j].family,
                            "similarity": round(float(sims[i, j]), 3),
                        }
                    )
            if not_self.any():
                strict.append(own > float(sims[i][not_self].max()))
    # None when it cannot be measured: the dataset holds no role of another family to compare with
    row["role_specificity"] = _share(spec) if spec or not n else None
    row["role_specificity_strict"] = _share(strict) if strict or not n else None
    row["closer_to_other_roles"] = closer

    # grounding: sources that resolve to knowledge entries
    unresolved = sorted({s for k in kpis for s in k.sources if s not in ctx.source_ids})
    row["grounding"] = _share([bool(k.sources) and all(s in ctx.source_ids for s in k.sources) for k in kpis])
    row["unresolved_sources"] = unresolved

    # completeness
    gaps: list[str] = []
    complete: list[bool] = []
    for i, k in enumerate(kpis):
        problems = [
            f"KPI {i + 1} has no {f}" for f in ("measure", "target", "cadence") if not str(getattr(k, f)).strip()
        ]
        problems += [f"KPI {i + 1} {p}" for p in invented_numbers(k, html_to_text(case.text))]
        complete.append(not problems)
        gaps += problems
    row["completeness"] = _share(complete)
    row["incomplete"] = gaps

    # forbidden metrics
    hits: list[dict[str, Any]] = []
    if case.forbidden and n:
        fv = ctx.embed(case.forbidden)
        # the name alone, and the name with its measure: a long measure must not hide a forbidden name
        sims = np.maximum(fv @ ctx.embed([k.name for k in kpis]).T, fv @ ctx.embed([k.text() for k in kpis]).T)
        for i, metric in enumerate(case.forbidden):
            j = int(np.argmax(sims[i]))
            if sims[i, j] >= cfg.forbidden:
                hits.append({"forbidden": metric, "kpi": kpis[j].name, "similarity": round(float(sims[i, j]), 3)})
    row["forbidden_absent"] = (float(not hits) if n else 0.0) if case.forbidden else None
    row["forbidden_hits"] = hits

    # duplicates: same idea, or the same key result area twice
    dups: list[str] = []
    if n >= 2:
        sims = ctx.embed([k.text() for k in kpis])
        sims = sims @ sims.T
        for j in range(n):
            for i in range(j):
                if _norm(kpis[i].name) == _norm(kpis[j].name) or sims[i, j] >= cfg.duplicate:
                    dups.append(f"KPI {j + 1} repeats KPI {i + 1} ('{kpis[i].name}')")
                elif kpis[i].kra.strip() and _norm(kpis[i].kra) == _norm(kpis[j].kra):
                    dups.append(f"KPIs {i + 1} and {j + 1} both serve '{kpis[i].kra}'")
    row["duplicates"] = dups
    row["no_duplicates"] = float(not dups) if n else 0.0

    row["kpis"] = [
        {
            "name": k.name,
            "kra": k.kra,
            "definition": k.definition,
            "measure": k.measure,
            "target": k.target,
            "baseline": k.baseline,
            "cadence": k.cadence,
            "sources": k.sources,
            "verdict": v,
        }
        for k, v in zip(kpis, verdicts, strict=True)
    ]
    row["findings"] = [
        {"rule": f.rule, "severity": f.severity, "kpi_index": f.kpi_index, "message": f.message}
        for f in result.findings
    ]
    return row


def failed_row() -> dict[str, Any]:
    """A draft that raised: zero on every metric, with the error kept."""
    row: dict[str, Any] = {k: 0.0 for k, _ in HEADLINE}
    row.update(
        {
            "n_kpis": 0,
            "verdict": "error",
            "matched_family": None,
            "family_match": 0.0,
            "set_pass": 0.0,
            "role_specificity_strict": 0.0,
            "kpis": [],
            "findings": [],
            "missing_kras": [],
            "closer_to_other_roles": [],
            "forbidden_hits": [],
            "duplicates": [],
            "incomplete": [],
        }
    )
    return row


def add_chance_coverage(ctx: Context, rows: list[dict[str, Any]]) -> None:
    """Coverage of each case's areas by the draft of the next case (same version) of another family."""
    t = ctx.config.match.kra_coverage
    by_version: dict[str, list[dict[str, Any]]] = {}
    for r in rows:
        by_version.setdefault(r["version"], []).append(r)
    for group in by_version.values():
        for i, r in enumerate(group):
            case = ctx.cases[ctx.position[r["id"]]] if r["id"] in ctx.position else None
            if case is None or not case.kras:
                continue
            other = next(
                (
                    group[(i + s) % len(group)]
                    for s in range(1, len(group))
                    if group[(i + s) % len(group)]["family"] != r["family"]
                ),
                None,
            )
            if other is None or not other["kpis"]:
                continue
            sims = ctx.embed(case.kras) @ ctx.embed([coverage_text(k) for k in other["kpis"]]).T
            r["kra_coverage_chance"] = round(float((sims.max(1) >= t).mean()), 4)


def composite(row: dict[str, Any]) -> float:
    """Mean of a case's headline metrics: how the worst cases are ranked."""
    vals = [row[k] for k, _ in HEADLINE if row.get(k) is not None]
    return round(sum(vals) / len(vals), 4) if vals else 0.0


# ---- summary -------------------------------------------------------------------------------------


def _mean(values: list[float | None]) -> float | None:
    vals = [v for v in values if v is not None]
    return round(sum(vals) / len(vals), 4) if vals else None


def _pct(values: list[float], q: float) -> float:
    return round(float(np.percentile(values, q)), 1) if values else 0.0


def summarise_rows(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Headline metrics, diagnostics and cost figures over a group of case rows."""
    out: dict[str, Any] = {"n": len(rows), "errors": sum(r.get("error") is not None for r in rows)}
    for key, _ in HEADLINE + JUDGE_METRICS:
        out[key] = _mean([r.get(key) for r in rows])
    for key in ("kra_coverage_chance", "kb_ceiling", "role_specificity_strict", "family_match", "set_pass"):
        out[key] = _mean([r.get(key) for r in rows])
    out["mean_kpis"] = _mean([float(r.get("n_kpis", 0)) for r in rows])
    lat = [r["latency_ms"] for r in rows if r.get("latency_ms") is not None]
    out["latency_ms"] = {
        "mean": round(sum(lat) / len(lat), 1) if lat else 0.0,
        "p50": _pct(lat, 50),
        "p95": _pct(lat, 95),
        "max": round(max(lat), 1) if lat else 0.0,
    }
    for key in (
        "calls",
        "prompt_tokens",
        "completion_tokens",
        "cached_calls",
        "judge_calls",
        "judge_cached_calls",
        "judge_tokens",
    ):
        out[key] = int(sum(r.get(key) or 0 for r in rows))
    out["judge_errors"] = sum(bool(r.get("judge_error")) for r in rows)
    out["fallbacks"] = sum(bool(r.get("fallback")) for r in rows)
    return out


def summarise(rows: list[dict[str, Any]], versions: list[str], worst: int = 10) -> dict[str, Any]:
    out: dict[str, Any] = {"versions": {}, "by_family": {}, "by_style": {}, "worst": {}}
    for v in versions:
        sel = [r for r in rows if r["version"] == v]
        out["versions"][v] = summarise_rows(sel)
        fams: dict[str, list[dict[str, Any]]] = {}
        styles: dict[str, list[dict[str, Any]]] = {}
        for r in sel:
            fams.setdefault(r["family"], []).append(r)
            styles.setdefault(r["style"], []).append(r)
        keys = [k for k, _ in HEADLINE + JUDGE_METRICS]
        out["by_family"][v] = {
            f: {"n": len(rs), **{k: _mean([r.get(k) for r in rs]) for k in keys}} for f, rs in sorted(fams.items())
        }
        out["by_style"][v] = {
            s: {"n": len(rs), **{k: _mean([r.get(k) for r in rs]) for k in keys}} for s, rs in sorted(styles.items())
        }
        ranked = sorted(sel, key=lambda r: (r["composite"], r.get("kra_coverage") or 0.0, r["id"]))
        out["worst"][v] = [r["id"] for r in ranked[:worst]]
    return out


# ---- the runner --------------------------------------------------------------------------------------


@dataclass
class Run:
    summary: dict[str, Any]
    rows: list[dict[str, Any]]
    out_dir: Path | None


Judge = Callable[[RoleCase, DraftResult, Settings], dict[str, Any]]


def select_cases(
    cases: list[RoleCase], split: str = "all", ids: list[str] | None = None, limit: int | None = None
) -> list[RoleCase]:
    if split not in ("all", "dev", "heldout"):
        raise InputError(f"--split: '{split}' is not one of dev, heldout, all")
    sel = [c for c in cases if split == "all" or c.split == split]
    if ids:
        wanted = set(ids)
        unknown = wanted - {c.id for c in cases}
        if unknown:
            raise InputError(f"--case: no case with id {', '.join(sorted(unknown))} in the dataset")
        sel = [c for c in sel if c.id in wanted]
    if limit is not None:
        if limit < 1:
            raise InputError(f"--limit: {limit} is not a positive number of cases")
        sel = sel[:limit]
    if not sel:
        raise InputError(
            f"no role cases left for split '{split}'; the dataset has splits {sorted({c.split for c in cases})}"
        )
    return sel


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:16]


def default_out_dir(backend: str, name: str | None = None) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return RUNS_DIR / (name or f"{stamp}-{backend}")


def run(
    settings: Settings,
    *,
    dataset: Path | str | None = None,
    versions: list[str] | None = None,
    split: str = "all",
    ids: list[str] | None = None,
    limit: int | None = None,
    concurrency: int = 1,
    out_dir: Path | str | None = None,
    judge: Judge | None = None,
    config: EvalConfig | None = None,
    on_progress: Callable[[int, int, str], None] | None = None,
    write: bool = True,
) -> Run:
    """Draft and score every selected case, once per prompt version; write the run's files."""
    config = config or load_config()
    if concurrency < 1:
        raise InputError(f"--concurrency: {concurrency} is not a positive number of workers")
    dataset_path = Path(dataset) if dataset else datasets.DATASETS / "roles.jsonl"
    all_cases = datasets.roles(dataset_path)
    if len({c.id for c in all_cases}) != len(all_cases):
        raise InputError(f"{dataset_path}: case ids must be unique")
    cases = select_cases(all_cases, split, ids, limit)
    backend = settings.resolved_backend
    if backend == "openai":
        settings.require_llm()
        versions = list(dict.fromkeys(versions or [settings.prompt_version]))
        plans = [(v, settings.model_copy(update={"prompt_version": v, "backend": "openai"})) for v in versions]
    else:
        versions = ["offline"]
        plans = [("offline", settings.model_copy(update={"backend": "offline"}))]

    started = datetime.now(UTC)
    t0 = time.perf_counter()
    index = get_index(settings)
    get_validator(settings)  # warm before the workers start
    ctx = make_context(index, all_cases, config)

    jobs = [(v, s, c) for v, s in plans for c in cases]
    results: dict[tuple[str, str], dict[str, Any]] = {}
    done = 0

    def work(version: str, s: Settings, case: RoleCase) -> dict[str, Any]:
        t = time.perf_counter()
        try:
            result = draft(case.text, s, source=case.id)
            latency = (time.perf_counter() - t) * 1000
            row = score_draft(ctx, case, result)
            usage = result.usage
            row.update(
                {
                    "error": None,
                    "backend": result.backend,
                    "fallback": s.resolved_backend != result.backend,  # the LLM failed; offline answered
                    "notes": result.notes,
                    "model": result.model,
                    "prompt_version": result.prompt_version,
                    "calls": usage.calls,
                    "prompt_tokens": usage.prompt_tokens,
                    "completion_tokens": usage.completion_tokens,
                    "cached_calls": usage.cached_calls,
                }
            )
            if judge is not None and result.kpis:
                try:
                    row.update(judge(case, result, s))
                except Exception as exc:  # noqa: BLE001 - an unscored case, not a failed draft
                    row["judge_error"] = f"{type(exc).__name__}: {exc}"
        except Exception as exc:  # noqa: BLE001 - one failing case must not end a long run; it scores 0
            latency = (time.perf_counter() - t) * 1000
            row = failed_row()
            row["error"] = f"{type(exc).__name__}: {exc}"
        row.update(
            {
                "id": case.id,
                "version": version,
                "family": case.family,
                "style": case.style,
                "split": case.split,
                "latency_ms": round(latency, 1),
            }
        )
        row["composite"] = composite(row)
        return row

    total = len(jobs)
    if concurrency == 1:
        for v, s, c in jobs:
            results[(v, c.id)] = work(v, s, c)
            done += 1
            if on_progress:
                on_progress(done, total, f"{v} {c.id}")
    else:
        with ThreadPoolExecutor(max_workers=concurrency, thread_name_prefix="kpi-eval") as pool:
            futures = {pool.submit(work, v, s, c): (v, c.id) for v, s, c in jobs}
            for fut in as_completed(futures):
                results[futures[fut]] = fut.result()
                done += 1
                if on_progress:
                    on_progress(done, total, " ".join(futures[fut]))

    rows = [results[(v, c.id)] for v, _ in plans for c in cases]
    add_chance_coverage(ctx, rows)
    duration = time.perf_counter() - t0
    summary = summarise(rows, versions)
    try:
        shown = str(dataset_path.resolve().relative_to(ROOT))
    except ValueError:
        shown = str(dataset_path)
    summary["meta"] = {
        "backend": backend,
        "model": settings.model if backend == "openai" else None,
        "versions": versions,
        "dataset": shown,
        "dataset_sha": _sha(dataset_path.read_bytes()),
        "cases_sha": _sha(" ".join(sorted(c.id for c in cases)).encode()),
        "split": split,
        "n_cases": len(cases),
        "concurrency": concurrency,
        "judge": judge is not None,
        "started": started.isoformat(timespec="seconds"),
        "duration_s": round(duration, 2),
        "cpus": os.cpu_count(),
        "match": config.match.model_dump(),
    }
    summary["targets"] = dict(config.targets)
    out = Path(out_dir) if out_dir else None
    if write:
        out = out or default_out_dir(backend)
        write_run(out, summary, rows)
    return Run(summary, rows, out)


def write_run(out: Path, summary: dict[str, Any], rows: list[dict[str, Any]]) -> None:
    from .report import write_reports

    try:
        out.mkdir(parents=True, exist_ok=True)
        with (out / "cases.jsonl").open("w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        (out / "summary.json").write_text(json.dumps(summary, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        write_reports(summary, rows, out)
    except OSError as exc:
        raise InputError(f"{out}: cannot write the run there ({exc.strerror or exc})") from None


# ---- saved runs, baseline and comparison ---------------------------------------------------------------


def load_summary(path: Path | str) -> dict[str, Any]:
    """A run's summary from its directory or its summary.json (also a baseline file)."""
    p = Path(path)
    if p.is_dir():
        p = p / "summary.json"
    if not p.is_file():
        raise InputError(f"{path}: no summary.json there; give a run directory under evals/runs/ or a summary file")
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise InputError(f"{p}: not a JSON run summary ({exc})") from None
    if not isinstance(data, dict) or not isinstance(data.get("versions"), dict):
        raise InputError(f"{p}: not a run summary (no 'versions'); was it written by kpi eval?")
    return data


def load_rows(path: Path | str) -> list[dict[str, Any]]:
    p = Path(path)
    p = p / "cases.jsonl" if p.is_dir() else p.parent / "cases.jsonl"
    if not p.is_file():
        return []
    rows = []
    for line in p.read_text(encoding="utf-8").splitlines():
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError:
            continue
    return rows


def pair_versions(a: dict[str, Any], b: dict[str, Any]) -> list[tuple[str, str]]:
    """Versions to compare: the same labels, or the only version of each when labels differ."""
    va, vb = list(a["versions"]), list(b["versions"])
    common = [v for v in va if v in vb]
    if common:
        return [(v, v) for v in common]
    if len(va) == 1 and len(vb) == 1:
        return [(va[0], vb[0])]
    return []


def check_baseline(summary: dict[str, Any], baseline: dict[str, Any], config: EvalConfig) -> list[str]:
    """One line per headline metric that fell below the baseline by more than its margin."""
    bmeta, meta = baseline.get("meta", {}), summary.get("meta", {})
    if bmeta.get("cases_sha") and meta.get("cases_sha") and bmeta["cases_sha"] != meta["cases_sha"]:
        raise InputError(
            f"the baseline was measured on {bmeta.get('n_cases')} cases ({bmeta.get('dataset')}, split "
            f"{bmeta.get('split')}) and this run has {meta.get('n_cases')} ({meta.get('dataset')}, split "
            f"{meta.get('split')}); run the same cases or give another --baseline"
        )
    pairs = pair_versions(summary, baseline)
    if not pairs:
        raise InputError(
            f"no prompt version in common: this run has {list(summary['versions'])}, "
            f"the baseline {list(baseline['versions'])}"
        )
    failures: list[str] = []
    for cur_v, base_v in pairs:
        cur, base = summary["versions"][cur_v], baseline["versions"][base_v]
        for key, label in HEADLINE + JUDGE_METRICS:
            b, c = base.get(key), cur.get(key)
            if b is None or c is None:
                continue
            margin = config.baseline.margin(key)
            if c < b - margin - 1e-9:
                failures.append(
                    f"{key} ({label}) fell from {b:.3f} to {c:.3f} for {cur_v}: {c - b:+.3f}, "
                    f"more than the {margin:.3f} margin"
                )
    return failures


def compare(a: dict[str, Any], b: dict[str, Any]) -> list[dict[str, Any]]:
    """Per version pair and metric: value in A, in B, and the change."""
    out = []
    for va, vb in pair_versions(a, b):
        for key, label in HEADLINE + JUDGE_METRICS + DIAGNOSTICS:
            x, y = a["versions"][va].get(key), b["versions"][vb].get(key)
            if x is None and y is None:
                continue
            delta = round(y - x, 4) if x is not None and y is not None else None
            out.append(
                {"version_a": va, "version_b": vb, "metric": key, "label": label, "a": x, "b": y, "delta": delta}
            )
        for key in ("p50", "p95"):
            x = a["versions"][va].get("latency_ms", {}).get(key)
            y = b["versions"][vb].get("latency_ms", {}).get(key)
            out.append(
                {
                    "version_a": va,
                    "version_b": vb,
                    "metric": f"latency_{key}_ms",
                    "label": f"Latency {key} (ms)",
                    "a": x,
                    "b": y,
                    "delta": round(y - x, 1) if x is not None and y is not None else None,
                }
            )
        for key in ("calls", "prompt_tokens", "completion_tokens"):
            x, y = a["versions"][va].get(key), b["versions"][vb].get(key)
            out.append(
                {
                    "version_a": va,
                    "version_b": vb,
                    "metric": key,
                    "label": key.replace("_", " ").capitalize(),
                    "a": x,
                    "b": y,
                    "delta": (y - x) if x is not None and y is not None else None,
                }
            )
    return out


def case_changes(
    rows_a: list[dict[str, Any]], rows_b: list[dict[str, Any]], pairs: list[tuple[str, str]], top: int = 10
) -> list[dict[str, Any]]:
    """Cases whose composite score moved most between two runs."""
    out = []
    for va, vb in pairs:
        a = {r["id"]: r for r in rows_a if r.get("version") == va}
        b = {r["id"]: r for r in rows_b if r.get("version") == vb}
        for cid in a.keys() & b.keys():
            d = round(b[cid].get("composite", 0.0) - a[cid].get("composite", 0.0), 4)
            if d:
                out.append(
                    {
                        "id": cid,
                        "version": vb,
                        "family": b[cid].get("family"),
                        "a": a[cid].get("composite"),
                        "b": b[cid].get("composite"),
                        "delta": d,
                    }
                )
    out.sort(key=lambda r: (-abs(r["delta"]), r["id"]))
    return out[:top]
