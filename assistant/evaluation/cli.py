"""``kpi eval``: draft-quality runs, run comparison, and the classifier accuracy tables.

Mounted by ``assistant.cli`` as ``app.add_typer(eval_app, name="eval")``. Errors a user can act
on print one line on stderr and exit 2; a baseline or accuracy check that fails exits 1 and
names the figure.
"""

from __future__ import annotations

import json
import logging
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn
from rich.table import Table

from ..errors import KPIError
from . import drafts
from .drafts import DIAGNOSTICS, HEADLINE, JUDGE_METRICS, LABELS
from .report import fmt

eval_app = typer.Typer(
    help="Measure draft quality (default), compare runs, and check the role matcher and the validator.",
    add_completion=False,
    pretty_exceptions_enable=False,
)
out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)


def _fresh_consoles() -> None:
    """Consoles made per command, so their width follows the terminal (or COLUMNS) of this run."""
    global out, err
    out = Console(soft_wrap=True)
    err = Console(stderr=True, soft_wrap=True)


ROLE_TARGETS = {"top1": (">=", 0.90), "in_top3": (">=", 0.97)}
METRIC_TARGETS = {
    "accuracy": (">=", 0.95),
    "reject_recall": (">=", 0.95),
    "false_rejection": ("<=", 0.05),
    "hard_accuracy": (">=", 0.90),
}
SET_TARGETS = {"verdict_ok": (">=", 0.95)}


class Backend(StrEnum):
    offline = "offline"
    openai = "openai"


class Split(StrEnum):
    dev = "dev"
    heldout = "heldout"
    all = "all"


def fail(message: str, code: int = 2) -> typer.Exit:
    err.print(f"[red]error:[/red] {message}", highlight=False, markup=True)
    return typer.Exit(code)


def _settings(**overrides: object):  # noqa: ANN202
    from ..settings import get_settings

    try:
        return get_settings(**overrides)
    except Exception as exc:  # noqa: BLE001 - pydantic ValidationError from env values or options
        raise fail(f"invalid settings: {' '.join(str(exc).splitlines()[:3])}") from None


def _pct_delta(delta: float | None, key: str) -> str:
    if delta is None:
        return "-"
    text = f"{delta:+.2f}" if key in drafts.SCORES_1_TO_5 else f"{delta * 100:+.1f} pts"
    colour = "green" if delta > 0 else "red" if delta < 0 else "dim"
    return f"[{colour}]{text}[/{colour}]"


# ---- kpi eval (the draft-quality run) ------------------------------------------------------------------


@eval_app.callback(invoke_without_command=True)
def run_eval(
    ctx: typer.Context,
    dataset: Annotated[
        Path | None, typer.Option("--dataset", help="Role cases JSONL (default evals/datasets/roles.jsonl)")
    ] = None,
    backend: Annotated[
        Backend | None, typer.Option("--backend", help="offline, or openai (any OpenAI-compatible server)")
    ] = None,
    model: Annotated[str | None, typer.Option("--model", help="Model name for the openai backend")] = None,
    prompt_version: Annotated[
        list[str] | None,
        typer.Option("--prompt-version", help="Prompt version to run; repeat to compare versions side by side"),
    ] = None,
    concurrency: Annotated[int, typer.Option("--concurrency", "-j", help="Drafts in flight at once (thread pool)")] = 1,
    out_dir: Annotated[
        Path | None, typer.Option("--out", help="Run directory (default evals/runs/<timestamp>-<backend>)")
    ] = None,
    name: Annotated[str | None, typer.Option("--name", help="Name the run: evals/runs/NAME")] = None,
    judge: Annotated[
        bool, typer.Option("--judge", help="Also score each KPI 1-5 with the LLM judge (needs an LLM)")
    ] = False,
    baseline: Annotated[Path | None, typer.Option("--baseline", help="Baseline summary to compare with")] = None,
    check_baseline: Annotated[
        bool,
        typer.Option(
            "--check-baseline", help="Exit 1 when a headline metric falls below the baseline by more than its margin"
        ),
    ] = False,
    save_baseline: Annotated[
        bool, typer.Option("--save-baseline", help="Write this run's summary as the baseline")
    ] = False,
    split: Annotated[Split, typer.Option("--split", help="Which cases: dev, heldout or all")] = Split.all,
    case: Annotated[list[str] | None, typer.Option("--case", help="Only this case id (repeatable)")] = None,
    limit: Annotated[int | None, typer.Option("--limit", help="Only the first N selected cases")] = None,
    config: Annotated[Path | None, typer.Option("--config", help="Eval config (default evals/config.yaml)")] = None,
    progress: Annotated[bool, typer.Option("--progress/--no-progress", help="Show the progress bar")] = True,
) -> None:
    """Draft every role case with the chosen backend and prompt versions, score the drafts, write the reports."""
    _fresh_consoles()
    if ctx.invoked_subcommand is not None:
        return
    for noisy in ("httpx", "httpx2", "openai"):  # one line per request would bury the table
        logging.getLogger(noisy).setLevel(logging.WARNING)
    if name and out_dir:
        raise fail("give --out or --name, not both")
    if name and ("/" in name or "\\" in name or name.startswith(".")):
        raise fail(f"--name: '{name}' must be a plain folder name (no slashes); use --out for a path")
    settings = _settings(backend=backend.value if backend else None, model=model)
    if judge:
        try:
            settings.require_llm()
        except KPIError as exc:
            raise fail(f"--judge needs an LLM: {exc}") from None
    if prompt_version and settings.resolved_backend == "offline":
        err.print(
            "note: --prompt-version applies to the openai backend; the offline drafter has no prompt", highlight=False
        )
    try:
        cfg = drafts.load_config(config)
        base_path = baseline or cfg.baseline.resolved_path()
        base = drafts.load_summary(base_path) if (check_baseline or (baseline and not save_baseline)) else None
        judge_fn = None
        if judge:
            from .judge import make_judge

            judge_fn = make_judge(settings)
        target = out_dir or (drafts.RUNS_DIR / name if name else None)
        with _progress(progress) as bar:
            task = bar.add_task("opening the index", total=None)

            def tick(done: int, total: int, label: str) -> None:
                bar.update(task, completed=done, total=total, description=f"drafting {label}")

            result = drafts.run(
                settings,
                dataset=dataset,
                versions=prompt_version,
                split=split.value,
                ids=case,
                limit=limit,
                concurrency=concurrency,
                out_dir=target,
                judge=judge_fn,
                config=cfg,
                on_progress=tick,
            )
        failures = drafts.check_baseline(result.summary, base, cfg) if base is not None else []
    except KPIError as exc:
        raise fail(str(exc)) from None

    print_summary(result.summary, base, cfg)
    if base is not None and base.get("meta", {}).get("dataset_sha") != result.summary["meta"]["dataset_sha"]:
        err.print(
            "note: the dataset changed since the baseline was saved; re-save it with --save-baseline", highlight=False
        )
    out.print(f"Wrote {result.out_dir}/ (cases.jsonl, summary.json, report.md, report.html)", highlight=False)
    if save_baseline:
        base_path.parent.mkdir(parents=True, exist_ok=True)
        base_path.write_text(json.dumps(result.summary, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        out.print(f"Saved the baseline to {base_path}", highlight=False)
    if check_baseline:
        if failures:
            for f in failures:
                err.print(f"[red]regression:[/red] {f}", highlight=False)
            raise typer.Exit(1)
        out.print(
            f"Baseline check passed against {base_path}: no headline metric fell more than its margin.", highlight=False
        )


def _progress(enabled: bool) -> Progress:
    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
        console=err,
        transient=True,
        disable=not enabled or not err.is_terminal,
    )


def print_summary(
    summary: dict[str, Any], baseline: dict[str, Any] | None = None, cfg: drafts.EvalConfig | None = None
) -> None:
    meta = summary.get("meta", {})
    versions = list(summary["versions"])
    pairs = dict(drafts.pair_versions(summary, baseline)) if baseline else {}
    title = f"{meta.get('backend')} eval: {meta.get('n_cases')} cases (split {meta.get('split')}) in {meta.get('duration_s')} s"
    table = Table(title=title, title_justify="left")
    table.add_column("Metric")
    table.add_column("Target", justify="right")
    for v in versions:
        table.add_column(v, justify="right")
        if v in pairs:
            table.add_column(f"baseline {pairs[v]}", justify="right")
            table.add_column("change", justify="right")
    targets = summary.get("targets", {})
    judged = any(summary["versions"][v].get(k) is not None for v in versions for k, _ in JUDGE_METRICS)
    for key, label in HEADLINE + (JUDGE_METRICS if judged else []):
        cells = [label, fmt(targets[key], key) if key in targets else ""]
        for v in versions:
            val = summary["versions"][v].get(key)
            tgt = targets.get(key)
            style = "" if tgt is None or val is None else ("green" if val >= tgt - 1e-9 else "yellow")
            cells.append(f"[{style}]{fmt(val, key)}[/{style}]" if style else fmt(val, key))
            if v in pairs:
                b = baseline["versions"][pairs[v]].get(key) if baseline else None
                cells.append(fmt(b, key))
                cells.append(_pct_delta(round(val - b, 4) if val is not None and b is not None else None, key))
        table.add_row(*cells)
    table.add_section()
    for key, label in DIAGNOSTICS:
        cells = [f"[dim]{label}[/dim]", ""]
        for v in versions:
            cells.append(fmt(summary["versions"][v].get(key), key))
            if v in pairs:
                cells += [fmt(baseline["versions"][pairs[v]].get(key), key) if baseline else "-", ""]
        table.add_row(*cells)
    table.add_section()
    for key, label in (("p50", "Latency p50 (ms)"), ("p95", "Latency p95 (ms)")):
        cells = [label, ""]
        for v in versions:
            cells.append(str(summary["versions"][v]["latency_ms"][key]))
            if v in pairs:
                cells += [
                    str(baseline["versions"][pairs[v]].get("latency_ms", {}).get(key, "-")) if baseline else "-",
                    "",
                ]
        table.add_row(*cells)
    for key, label in (
        ("calls", "LLM calls"),
        ("cached_calls", "Cached LLM answers"),
        ("prompt_tokens", "Prompt tokens"),
        ("completion_tokens", "Completion tokens"),
        *((("judge_calls", "Judge calls"), ("judge_cached_calls", "Cached judge answers")) if judged else ()),
        *(
            (("fallbacks", "Drafts the offline drafter answered (LLM failed)"),)
            if meta.get("backend") == "openai"
            else ()
        ),
        ("errors", "Failed drafts"),
    ):
        cells = [label, ""]
        for v in versions:
            val = summary["versions"][v].get(key, 0)
            cells.append(f"[red]{val}[/red]" if key in ("errors", "fallbacks") and val else str(val))
            if v in pairs:
                cells += [str(baseline["versions"][pairs[v]].get(key, "-")) if baseline else "-", ""]
        table.add_row(*cells)
    out.print(table)


# ---- kpi eval compare -------------------------------------------------------------------------------


@eval_app.command("compare")
def compare_cmd(
    run_a: Annotated[Path, typer.Argument(help="First run: a directory under evals/runs/ or its summary.json")],
    run_b: Annotated[Path, typer.Argument(help="Second run")],
    top: Annotated[int, typer.Option("--top", help="How many changed cases to list")] = 10,
) -> None:
    """Show how two saved runs differ: every metric per prompt version, and the cases that moved most."""
    _fresh_consoles()
    try:
        a, b = drafts.load_summary(run_a), drafts.load_summary(run_b)
    except KPIError as exc:
        raise fail(str(exc)) from None
    pairs = drafts.pair_versions(a, b)
    if not pairs:
        raise fail(f"no prompt version in common: {run_a} has {list(a['versions'])}, {run_b} has {list(b['versions'])}")
    ma, mb = a.get("meta", {}), b.get("meta", {})
    if ma.get("cases_sha") and mb.get("cases_sha") and ma["cases_sha"] != mb["cases_sha"]:
        err.print(
            f"note: the runs scored different cases ({ma.get('n_cases')} vs {mb.get('n_cases')}); differences mix cases and quality",
            highlight=False,
        )
    table = Table(title=f"A = {run_a}   B = {run_b}", title_justify="left")
    for col in ("Metric", "Version", "A", "B", "Change"):
        table.add_column(col, justify="left" if col in ("Metric", "Version") else "right")
    for row in drafts.compare(a, b):
        key = row["metric"]
        version = (
            row["version_a"] if row["version_a"] == row["version_b"] else f"{row['version_a']} -> {row['version_b']}"
        )
        if key in LABELS:
            cells = [fmt(row["a"], key), fmt(row["b"], key), _pct_delta(row["delta"], key)]
        else:
            d = row["delta"]
            cells = [str(row["a"]), str(row["b"]), "-" if d is None else f"{d:+}"]
        table.add_row(row["label"], version, *cells)
    out.print(table)
    moved = drafts.case_changes(drafts.load_rows(run_a), drafts.load_rows(run_b), pairs, top=top)
    if moved:
        t = Table(title="Cases that moved most (mean of headline metrics)", title_justify="left")
        for col in ("Case", "Family", "Version", "A", "B", "Change"):
            t.add_column(col)
        for r in moved:
            t.add_row(
                r["id"], r["family"] or "", r["version"], f"{r['a']:.2f}", f"{r['b']:.2f}", _pct_delta(r["delta"], "x")
            )
        out.print(t)
    else:
        out.print("No case changed its scores.", highlight=False)


# ---- kpi eval roles | metrics | sets -------------------------------------------------------------------


def _check(
    name: str,
    summary: dict[str, dict[str, float]],
    targets: dict[str, tuple[str, float]],
    skip: frozenset[tuple[str, str]] = frozenset(),
) -> list[str]:
    failures = []
    for split in ("dev", "heldout"):
        stats = summary.get(split)
        if not stats:
            continue
        for key, (op, target) in targets.items():
            if (split, key) in skip or key not in stats:
                continue
            value = stats[key]
            ok = value >= target - 1e-9 if op == ">=" else value <= target + 1e-9
            if not ok:
                failures.append(f"{name} {split} {key} = {value:.3f}, target {op} {target:.2f}")
    return failures


def _split_table(title: str, summary: dict[str, dict[str, float]], targets: dict[str, tuple[str, float]]) -> Table:
    keys = [k for k in next(iter(summary.values())) if k != "n"]
    table = Table(title=title, title_justify="left")
    table.add_column("Split")
    table.add_column("n", justify="right")
    for k in keys:
        op_t = targets.get(k)
        table.add_column(f"{k}" + (f" ({op_t[0]} {op_t[1]:.2f})" if op_t else ""), justify="right")
    for split, stats in summary.items():
        cells = [split, str(stats.get("n", ""))]
        for k in keys:
            v = stats.get(k)
            op_t = targets.get(k)
            if v is None:
                cells.append("-")
                continue
            ok = op_t is None or (v >= op_t[1] - 1e-9 if op_t[0] == ">=" else v <= op_t[1] + 1e-9)
            cells.append(f"{v * 100:.1f}%" if ok else f"[red]{v * 100:.1f}%[/red]")
        table.add_row(*cells)
    return table


def _finish(name: str, result: dict[str, Any], failures: list[str], check: bool, save: Path | None) -> None:
    if save:
        try:
            save.parent.mkdir(parents=True, exist_ok=True)
            save.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        except OSError as exc:
            raise fail(f"{save}: cannot write ({exc.strerror or exc})") from None
        out.print(f"Wrote {save}", highlight=False)
    if check:
        if failures:
            for f in failures:
                err.print(f"[red]below target:[/red] {f}", highlight=False)
            raise typer.Exit(1)
        out.print(f"All {name} figures meet their targets on dev and heldout.", highlight=False)


DatasetOpt = Annotated[
    Path | None, typer.Option("--dataset", help="Dataset JSONL (default: the one in evals/datasets/)")
]
CheckOpt = Annotated[bool, typer.Option("--check", help="Exit 1 when a figure is below its target (dev and heldout)")]
SaveOpt = Annotated[Path | None, typer.Option("--out", help="Also write the full result as JSON")]


@eval_app.command("roles")
def roles_cmd(dataset: DatasetOpt = None, check: CheckOpt = False, save: SaveOpt = None) -> None:
    """Role-family matching accuracy (top-1 and top-3) on the role dataset, dev and heldout."""
    _fresh_consoles()
    from .accuracy import role_matching

    try:
        result = role_matching(_settings(), str(dataset) if dataset else None)
    except KPIError as exc:
        raise fail(str(exc)) from None
    out.print(_split_table("Role matching", result["summary"], ROLE_TARGETS))
    if result.get("by_style"):
        t = Table(title="Top-1 by posting style", title_justify="left")
        for col in ("Style", "n", "top1"):
            t.add_column(col)
        for style, stats in result["by_style"].items():
            t.add_row(style, str(stats["n"]), f"{stats['top1'] * 100:.1f}%")
        out.print(t)
    if result.get("misses"):
        t = Table(title="Top-1 misses", title_justify="left")
        for col in ("Case", "Split", "Style", "Expected", "Got (top 3)"):
            t.add_column(col)
        for m in result["misses"]:
            t.add_row(m["id"], m["split"], m.get("style", ""), m["expected"], ", ".join(m["top3"]))
        out.print(t)
    _finish("role matching", result, _check("roles", result["summary"], ROLE_TARGETS), check, save)


@eval_app.command("metrics")
def metrics_cmd(dataset: DatasetOpt = None, check: CheckOpt = False, save: SaveOpt = None) -> None:
    """Validator accuracy on single metrics: confusion matrix and misclassified items, dev and heldout."""
    _fresh_consoles()
    from . import datasets
    from .accuracy import metric_classification

    try:
        result = metric_classification(_settings(), str(dataset) if dataset else None)
        cases = datasets.metrics(dataset)
    except KPIError as exc:
        raise fail(str(exc)) from None
    out.print(_split_table("Metric classification", result["summary"], METRIC_TARGETS))
    conf = result.get("confusion", {})
    t = Table(title="Confusion matrix (all splits)", title_justify="left")
    t.add_column("expected \\ got")
    t.add_column("accept", justify="right")
    t.add_column("reject", justify="right")
    for label in ("accept", "reject"):
        t.add_row(label, str(conf.get(f"{label}->accept", 0)), str(conf.get(f"{label}->reject", 0)))
    out.print(t)
    wrong = result.get("misclassified", [])
    if wrong:
        t = Table(title=f"Misclassified ({len(wrong)})", title_justify="left")
        for col in ("Case", "Split", "Metric", "Expected", "Got", "Why"):
            t.add_column(col, overflow="fold")
        for r in wrong:
            t.add_row(
                r["id"],
                r["split"],
                r["text"],
                f"{r['label']} ({r['kind']})" + (" hard" if r.get("hard") else ""),
                f"{r['got']} ({r.get('got_kind', '')})",
                (r.get("why") or "")[:160],
            )
        out.print(t)
    no_hard = frozenset(
        (s, "hard_accuracy") for s in ("dev", "heldout") if not any(c.hard and c.split == s for c in cases)
    )
    _finish("metric classification", result, _check("metrics", result["summary"], METRIC_TARGETS, no_hard), check, save)


@eval_app.command("sets")
def sets_cmd(dataset: DatasetOpt = None, check: CheckOpt = False, save: SaveOpt = None) -> None:
    """Validator accuracy on whole KPI sets (verdict and rules), dev and heldout."""
    _fresh_consoles()
    from .accuracy import set_verdicts

    try:
        result = set_verdicts(_settings(), str(dataset) if dataset else None)
    except KPIError as exc:
        raise fail(str(exc)) from None
    out.print(_split_table("Set verdicts", result["summary"], SET_TARGETS))
    wrong = result.get("wrong", [])
    if wrong:
        t = Table(title=f"Wrong verdict or missing rule ({len(wrong)})", title_justify="left")
        for col in ("Case", "Split", "Expected", "Got", "Expected rules", "Got rules"):
            t.add_column(col, overflow="fold")
        for r in wrong:
            t.add_row(
                r["id"], r["split"], r["expected"], r["got"], ", ".join(r["expected_rules"]), ", ".join(r["got_rules"])
            )
        out.print(t)
    _finish("set verdict", result, _check("sets", result["summary"], SET_TARGETS), check, save)
