"""The ``kpi`` command line: a thin layer over :mod:`assistant.pipeline`.

Errors a user can act on print one line on stderr and exit 2; nothing prints a traceback
unless ``KPI_DEBUG=1``.
"""

from __future__ import annotations

import csv
import io
import json
import os
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
import yaml
from rich.console import Console
from rich.panel import Panel
from rich.table import Table

from .errors import InputError, KPIError
from .models import KPI, DraftResult, SetReport, json_schemas
from .settings import Settings, get_settings

app = typer.Typer(
    help="Draft outcome-based KPIs from a job description, and check the KPIs you already have.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)


class DraftFormat(StrEnum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    markdown = "markdown"
    csv = "csv"


class CheckFormat(StrEnum):
    table = "table"
    json = "json"


class Backend(StrEnum):
    offline = "offline"
    openai = "openai"


def fail(message: str, code: int = 2) -> typer.Exit:
    """One line on stderr, then exit with ``code``."""
    err.print(f"[red]error:[/red] {message}", highlight=False, markup=True)
    return typer.Exit(code)


def _settings(**overrides: object) -> Settings:
    try:
        return get_settings(**overrides)
    except Exception as exc:  # noqa: BLE001 - pydantic ValidationError from env values
        first = str(exc).splitlines()
        raise fail(f"invalid settings: {' '.join(first[:3])}") from None


def _read_inputs(files: list[str], allowed: tuple[str, ...] | None = None) -> list[tuple[str, str | KPIError]]:
    """(source name, text or the error reading it) for each file; '-' or nothing reads stdin."""
    from .readers import SUPPORTED, read_bytes, read_path

    allowed = allowed or SUPPORTED

    if not files:
        if sys.stdin is None or sys.stdin.isatty():
            raise fail("give a job description file, or '-' to read it from standard input")
        files = ["-"]
    items: list[tuple[str, str | KPIError]] = []
    for f in files:
        try:
            if f == "-":
                items.append(("stdin", read_bytes(sys.stdin.buffer.read(), "stdin.txt")))
            else:
                items.append((f, read_path(f, allowed)))
        except KPIError as exc:
            items.append((f, exc))
    return items


@app.command()
def draft(
    files: Annotated[
        list[str] | None, typer.Argument(help="Job description files (.txt .md .html .docx .pdf) or '-' for stdin")
    ] = None,
    max_kpis: Annotated[
        int | None, typer.Option("--max-kpis", "-n", min=1, max=10, help="At most this many KPIs (default 5)")
    ] = None,
    fmt: Annotated[DraftFormat, typer.Option("--format", "-f", help="Output format")] = DraftFormat.table,
    backend: Annotated[Backend | None, typer.Option(help="offline (default) or openai")] = None,
    model: Annotated[str | None, typer.Option(help="Model name for the openai backend")] = None,
    prompt_version: Annotated[str | None, typer.Option("--prompt-version", help="Prompt version (LLM backend)")] = None,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Do not reuse cached LLM answers")] = False,
    cadence: Annotated[str | None, typer.Option(help="Review cadence for every KPI: monthly or quarterly")] = None,
) -> None:
    """Draft 3 to 5 outcome-based KPIs for each job description."""
    from .pipeline import draft as run_draft

    if cadence and cadence not in ("monthly", "quarterly"):
        raise fail(f"--cadence must be monthly or quarterly, not '{cadence}'")
    settings = _settings(
        backend=backend.value if backend else None,
        model=model,
        prompt_version=prompt_version,
        cache=False if no_cache else None,
    )
    if settings.resolved_backend == "openai":
        try:
            settings.require_llm()
        except KPIError as exc:
            raise fail(str(exc)) from None
    items = _read_inputs(files or [])
    if len(items) > 1 and fmt == DraftFormat.json:
        fmt = DraftFormat.jsonl  # one document per input
    failures = 0
    csv_header = True
    for source, text in items:
        if isinstance(text, KPIError):
            err.print(f"[red]error:[/red] {text}", highlight=False)
            failures += 1
            continue
        try:
            events = _progress(fmt)
            result = run_draft(text, settings, max_kpis=max_kpis, cadence=cadence, source=source, on_event=events)
        except KPIError as exc:
            err.print(f"[red]error:[/red] {exc}", highlight=False)
            failures += 1
            continue
        _print_draft(result, fmt, source, csv_header)
        csv_header = False
    if failures:
        raise typer.Exit(2)


def _progress(fmt: DraftFormat):  # noqa: ANN202
    if fmt != DraftFormat.table or not err.is_terminal:
        return None

    def on_event(stage: str, message: str) -> None:
        err.print(f"[dim]· {message}[/dim]")

    return on_event


def _print_draft(result: DraftResult, fmt: DraftFormat, source: str, csv_header: bool) -> None:
    if fmt == DraftFormat.json:
        out.print_json(result.model_dump_json())
    elif fmt == DraftFormat.jsonl:
        sys.stdout.write(result.model_dump_json() + "\n")
    elif fmt == DraftFormat.markdown:
        sys.stdout.write(draft_markdown(result) + "\n")
    elif fmt == DraftFormat.csv:
        sys.stdout.write(draft_csv(result, source, header=csv_header))
    else:
        _draft_table(result, source)


def _draft_table(result: DraftResult, source: str) -> None:
    """One card per KPI: readable in an 80-column terminal as well as a wide one."""
    role = result.role
    out.print(
        f"\n[bold]{role.title}[/bold]  [dim]{role.family_name} · {role.seniority} · {source} · "
        f"{result.backend} · {result.timings_ms.get('total_ms', 0):.0f} ms[/dim]"
    )
    for i, k in enumerate(result.kpis, 1):
        grid = Table.grid(padding=(0, 1))
        grid.add_column(style="dim", no_wrap=True)
        grid.add_column(overflow="fold")
        grid.add_row("Outcome", k.definition)
        grid.add_row("Measure", f"{k.measure} [dim]({k.unit}; {k.direction} is better)[/dim]")
        grid.add_row("Source", k.data_source)
        grid.add_row("Baseline", k.baseline)
        grid.add_row("Target", k.target)
        grid.add_row("Review", f"{k.cadence} · {k.indicator} indicator")
        grid.add_row("Why", k.rationale)
        grid.add_row("Watch for", k.side_effect)
        grid.add_row("From", ", ".join(k.sources))
        out.print(
            Panel(grid, title=f"[bold]{i}. {k.name}[/bold]", subtitle=k.kra, title_align="left", subtitle_align="right")
        )
    verdict_style = {"pass": "green", "warn": "yellow", "reject": "red"}[result.verdict]
    out.print(f"Validator: [{verdict_style}]{result.verdict}[/{verdict_style}]")
    for f in result.findings:
        out.print(f"  [{f.severity}] {f.rule}: {f.message}", highlight=False)
    for note in result.notes:
        out.print(f"[yellow]Note:[/yellow] {note}", highlight=False)
    if result.usage.calls or result.usage.cached_calls:
        u = result.usage
        out.print(
            f"[dim]{result.model} · prompt {result.prompt_version} · {u.calls} call(s), {u.cached_calls} from cache · "
            f"{u.prompt_tokens:,} prompt + {u.completion_tokens:,} completion tokens[/dim]"
        )


KPI_COLUMNS = list(KPI.model_fields)  # the CSV columns: every KPI field, in model order


def draft_markdown(result: DraftResult) -> str:
    """The same Markdown the app exports, for one draft."""
    from .export import build_doc, to_markdown

    return to_markdown(build_doc(result.kpis, role=result.role, notes=result.notes))


def draft_csv(result: DraftResult, source: str, header: bool = True) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf)
    if header:
        writer.writerow(["source", "role", *KPI_COLUMNS])
    for k in result.kpis:
        row = k.model_dump()
        writer.writerow(
            [source, result.role.title, *[";".join(row[c]) if c == "sources" else row[c] for c in KPI_COLUMNS]]
        )
    return buf.getvalue()


# ---- check ---------------------------------------------------------------------------------------


def parse_kpi_input(text: str, source: str) -> tuple[list[KPI], list[str], str | None]:
    """KPIs from a JSON/YAML KPI set (a mapping with a ``kpis`` list) or from lines of text.

    Returns (records, the text of each as given, the role the file names if any).
    """
    stripped = text.strip()
    data = None
    if stripped[:1] in "{" or stripped.startswith(("kpis:", "role:", "---")):
        try:
            data = json.loads(stripped) if stripped.startswith("{") else yaml.safe_load(stripped)
        except (json.JSONDecodeError, yaml.YAMLError):
            data = None
    if isinstance(data, dict) and isinstance(data.get("kpis"), list):
        role = data.get("role")
        if isinstance(role, dict):
            role = role.get("title") or role.get("family")
        records: list[KPI] = []
        for i, item in enumerate(data["kpis"], 1):
            if isinstance(item, str):
                item = {"name": item}
            if not isinstance(item, dict) or not str(item.get("name") or "").strip():
                raise InputError(f"{source}: KPI {i} has no 'name'; every KPI needs at least a name")
            try:
                records.append(KPI.model_validate({k: v for k, v in item.items() if v is not None}))
            except Exception as exc:  # noqa: BLE001 - pydantic error, shown as one line
                first = str(exc).splitlines()
                detail = first[1].strip() + ": " + first[2].strip() if len(first) > 2 else first[0]
                raise InputError(f"{source}: KPI {i} ('{item.get('name')}'): {detail}") from None
        if not records:
            raise InputError(f"{source}: the 'kpis' list is empty")
        return records, [r.name for r in records], str(role) if role else None
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    if not lines:
        raise InputError(f"{source}: no KPIs found; give one metric per line, or a JSON/YAML set with a 'kpis' list")
    return [KPI(name=ln[:2000]) for ln in lines], lines, None


@app.command()
def check(
    file: Annotated[
        str | None, typer.Argument(help="KPIs: one per line, or a JSON/YAML KPI set; '-' for stdin")
    ] = None,
    role: Annotated[str | None, typer.Option(help="The role (a job title or family id), for role-fit checks")] = None,
    max_kpis: Annotated[int, typer.Option("--max-kpis", "-n", min=1, max=50, help="Most KPIs a set may have")] = 5,
    fmt: Annotated[CheckFormat, typer.Option("--format", "-f")] = CheckFormat.table,
) -> None:
    """Review existing KPIs: flag effort, activity, surveillance and excess, and propose outcome rewrites."""
    from .pipeline import validate_set
    from .readers import KPI_FILES

    settings = _settings()
    ((source, text),) = _read_inputs([file] if file else [], KPI_FILES)
    if isinstance(text, KPIError):
        raise fail(str(text))
    try:
        records, given, file_role = parse_kpi_input(text, source)
        report = validate_set(records, role or file_role, max_kpis=max_kpis, settings=settings)
    except KPIError as exc:
        raise fail(str(exc)) from None
    for r, g in zip(report.kpis, given, strict=True):
        r.text = g
    if fmt == CheckFormat.json:
        sys.stdout.write(report.model_dump_json(indent=2) + "\n")
    else:
        _check_table(report)
    raise typer.Exit(1 if report.verdict == "reject" else 0)


def _check_table(report: SetReport) -> None:
    badge = {"pass": "[green]pass[/green]", "warn": "[yellow]warn[/yellow]", "reject": "[red]reject[/red]"}
    table = Table(show_lines=True, expand=True)
    table.add_column("#", ratio=1)
    table.add_column("KPI", ratio=6, overflow="fold")
    table.add_column("Verdict", ratio=2)
    table.add_column("Why / better", ratio=10, overflow="fold")
    for i, r in enumerate(report.kpis, 1):
        why = "\n".join(
            f"{f.rule}: {f.message}" + (f"\n[green]→ {f.suggestion}[/green]" if f.suggestion else "")
            for f in r.findings
        )
        table.add_row(str(i), r.text, badge[r.verdict], why or "[dim]outcome-based[/dim]")
    out.print(table)
    for f in report.set_findings:
        out.print(f"[{f.severity}] {f.rule}: {f.message}", highlight=False)
    out.print(f"Set verdict: {badge[report.verdict]}")


# ---- index, roles, schema ------------------------------------------------------------------------


@app.command()
def index() -> None:
    """Rebuild the retrieval index from knowledge/ (it also rebuilds by itself when the content changes)."""
    from .pipeline import get_index

    settings = _settings()
    try:
        ix = get_index(settings, force=True)
    except KPIError as exc:
        raise fail(str(exc)) from None
    kb = ix.kb
    out.print(
        f"Indexed {len(ix.entries)} entries ({len(kb.families)} role families, "
        f"{sum(len(f.kpis) for f in kb.families)} example KPIs, {len(kb.principles)} principles, "
        f"{len(kb.rewrites)} rewrites) in {ix.build_seconds:.1f} s → {settings.data_dir / 'chroma'}"
    )


@app.command()
def roles(
    fmt: Annotated[CheckFormat, typer.Option("--format", "-f")] = CheckFormat.table,
) -> None:
    """List the role families the knowledge base knows."""
    from .knowledge import load_knowledge

    try:
        kb = load_knowledge(_settings().knowledge_dir)
    except KPIError as exc:
        raise fail(str(exc)) from None
    if fmt == CheckFormat.json:
        rows = [
            {"id": f.id, "name": f.name, "domain": f.domain, "aliases": f.aliases, "kpis": len(f.kpis)}
            for f in kb.families
        ]
        sys.stdout.write(json.dumps(rows, indent=2) + "\n")
        return
    table = Table(title=f"{len(kb.families)} role families")
    table.add_column("id", no_wrap=True)
    table.add_column("name", overflow="fold")
    table.add_column("domain", overflow="fold")
    table.add_column("also called", overflow="fold", ratio=1)
    table.add_column("KPIs", justify="right")
    for f in sorted(kb.families, key=lambda f: (f.domain, f.id)):
        table.add_row(f.id, f.name, f.domain, ", ".join(f.aliases[:4]), str(len(f.kpis)))
    out.print(table)


@app.command()
def schema() -> None:
    """Print the JSON Schema of the result models (DraftResult, KPI, SetReport, ...)."""
    sys.stdout.write(json.dumps(json_schemas(), indent=2) + "\n")


def _mount_eval() -> None:
    try:
        from .evaluation.cli import eval_app
    except ImportError:  # the eval runner is optional while it is being built
        return
    app.add_typer(eval_app, name="eval")


_mount_eval()


def main() -> None:
    try:
        app()
    except KPIError as exc:
        err.print(f"[red]error:[/red] {exc}", highlight=False)
        sys.exit(2)
    except KeyboardInterrupt:
        sys.exit(130)
    except Exception as exc:  # noqa: BLE001 - last resort: one line, never a traceback
        if os.environ.get("KPI_DEBUG"):
            raise
        err.print(
            f"[red]internal error:[/red] {type(exc).__name__}: {exc} (set KPI_DEBUG=1 for details)", highlight=False
        )
        sys.exit(1)


if __name__ == "__main__":
    main()


__all__ = ["app", "main", "parse_kpi_input", "draft_markdown", "draft_csv", "Path"]
