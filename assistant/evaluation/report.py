"""Reports of an eval run: ``report.md`` and a self-contained ``report.html``.

Both show each metric per prompt version side by side, a table per role family and per posting
style, and the worst cases with what dragged them down (missed key result areas, KPIs closer to
other roles, validator findings). The HTML draws its charts as inline SVG and loads nothing from
the network, so it can be opened offline or attached to a CI run as is.
"""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import Any

from .drafts import DIAGNOSTICS, HEADLINE, JUDGE_METRICS, LABELS, SCORES_1_TO_5

COLOURS = ["#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948", "#b07aa1", "#9c755f"]
COST_KEYS = (
    "fallbacks",
    "calls",
    "cached_calls",
    "prompt_tokens",
    "completion_tokens",
    "judge_calls",
    "judge_cached_calls",
    "judge_tokens",
)
FAMILY_METRICS = ["kra_coverage", "role_specificity", "validator_pass", "completeness"]


def fmt(value: Any, key: str = "") -> str:
    """0.8123 -> '81.2%'; judge scores stay on their 1-5 scale; None -> '-'."""
    if value is None:
        return "-"
    if key in SCORES_1_TO_5:
        return f"{value:.2f}"
    if key == "mean_kpis":
        return f"{value:.2f}"
    if isinstance(value, float) and key:
        return f"{value * 100:.1f}%"
    return str(value)


def _judged(summary: dict[str, Any]) -> bool:
    return any(v.get(k) is not None for v in summary["versions"].values() for k, _ in JUDGE_METRICS)


def _metric_rows(summary: dict[str, Any]) -> list[tuple[str, str]]:
    rows = list(HEADLINE)
    if _judged(summary):
        rows += JUDGE_METRICS
    return rows


def _title(summary: dict[str, Any]) -> str:
    meta = summary.get("meta", {})
    backend = meta.get("backend", "?")
    versions = [v for v in summary["versions"] if v != backend]
    model = f" ({meta['model']})" if meta.get("model") else ""
    return f"KPI draft evaluation: {backend}{model}" + (f", prompt {', '.join(versions)}" if versions else "")


def _run_line(summary: dict[str, Any]) -> str:
    m = summary.get("meta", {})
    return (
        f"{m.get('n_cases', '?')} role cases from {m.get('dataset', '?')} (split {m.get('split', 'all')}), "
        f"started {m.get('started', '?')}, {m.get('duration_s', '?')} s with concurrency {m.get('concurrency', 1)} "
        f"on {m.get('cpus', '?')} CPUs; coverage match at cosine >= {m.get('match', {}).get('kra_coverage', '?')}."
    )


def _cases_by_id(rows: list[dict[str, Any]], version: str) -> dict[str, dict[str, Any]]:
    return {r["id"]: r for r in rows if r["version"] == version}


def _case_notes(r: dict[str, Any]) -> list[str]:
    """What dragged one case down, as short sentences."""
    notes: list[str] = []
    if r.get("error"):
        notes.append(f"Draft failed: {r['error']}")
    notes += [f"Note from the pipeline: {n}" for n in r.get("notes", [])]
    if r.get("matched_family") and r.get("matched_family") != r.get("family"):
        notes.append(f"Matched role family {r['matched_family']} instead of {r['family']}.")
    if not r.get("count_in_range") and not r.get("error"):
        notes.append(f"{r.get('n_kpis', 0)} KPIs (3 to 5 expected).")
    for m in r.get("missing_kras", []):
        closest = f" (closest KPI: '{m['closest']}', {m['similarity']:.2f})" if m.get("closest") else ""
        notes.append(f"Key result area not covered: {m['area']}{closest}.")
    for c in r.get("closer_to_other_roles", []):
        notes.append(
            f"'{c['kpi']}' is closer to {c['closer_to']} ({c['closer_family']}, {c['similarity']:.2f}) "
            f"than to its own posting ({c['own']:.2f})."
        )
    for h in r.get("forbidden_hits", []):
        notes.append(f"Forbidden metric '{h['forbidden']}' appears as '{h['kpi']}' ({h['similarity']:.2f}).")
    notes += [f"Duplicate: {d}." for d in r.get("duplicates", [])]
    notes += [f"Incomplete: {g}." for g in r.get("incomplete", [])]
    if r.get("unresolved_sources"):
        notes.append(f"Sources that are not knowledge entries: {', '.join(r['unresolved_sources'])}.")
    for f in r.get("findings", []):
        where = f"KPI {f['kpi_index'] + 1}" if f.get("kpi_index") is not None else "set"
        notes.append(f"Validator {f['severity']} ({f['rule']}, {where}): {f['message']}")
    return notes


# ---- Markdown -----------------------------------------------------------------------------------------


def _bar(value: float | None, scale: float = 1.0, width: int = 20) -> str:
    if value is None:
        return ""
    n = max(0, min(width, round(value / scale * width)))
    return "█" * n + "░" * (width - n)


def markdown(summary: dict[str, Any], rows: list[dict[str, Any]]) -> str:
    versions = list(summary["versions"])
    targets = summary.get("targets", {})
    head = "| Metric | Target | " + " | ".join(versions) + " |"
    sep = "|---|---|" + "---|" * len(versions)
    out = [f"# {_title(summary)}", "", _run_line(summary), "", "## Headline metrics", "", head, sep]
    for key, label in _metric_rows(summary):
        vals = " | ".join(fmt(summary["versions"][v].get(key), key) for v in versions)
        out.append(f"| {label} | {fmt(targets.get(key), key) if key in targets else ''} | {vals} |")
    errors = [summary["versions"][v].get("errors", 0) for v in versions]
    if any(errors):
        out += [
            "",
            f"Drafts that failed (scored 0): {', '.join(f'{v}: {e}' for v, e in zip(versions, errors, strict=True))}.",
        ]

    out += ["", "```"]
    for key, label in _metric_rows(summary):
        scale = 5.0 if key in SCORES_1_TO_5 else 1.0
        for v in versions:
            val = summary["versions"][v].get(key)
            out.append(f"{label[:34]:<34} {v:<10} {_bar(val, scale)} {fmt(val, key)}")
    out += [
        "```",
        "",
        "## Diagnostics",
        "",
        "| Figure | " + " | ".join(versions) + " |",
        "|---|" + "---|" * len(versions),
    ]
    for key, label in DIAGNOSTICS:
        out.append(f"| {label} | " + " | ".join(fmt(summary["versions"][v].get(key), key) for v in versions) + " |")
    out += [
        "",
        "## Latency and LLM use",
        "",
        "| Figure | " + " | ".join(versions) + " |",
        "|---|" + "---|" * len(versions),
    ]
    for key in ("p50", "p95", "max"):
        out.append(
            f"| Latency {key} (ms) | "
            + " | ".join(str(summary["versions"][v]["latency_ms"][key]) for v in versions)
            + " |"
        )
    for key in COST_KEYS:
        out.append(
            f"| {key.replace('_', ' ').capitalize()} | "
            + " | ".join(str(summary["versions"][v].get(key, 0)) for v in versions)
            + " |"
        )

    metrics = FAMILY_METRICS + (["judge_role_fit"] if _judged(summary) else [])
    out += ["", "## By role family", ""]
    cols = [f"{LABELS[m].split(' (')[0]} {v}" for m in metrics for v in versions]
    out += ["| Family | n | " + " | ".join(cols) + " |", "|---|---|" + "---|" * len(cols)]
    first = summary["by_family"][versions[0]]
    for fam in first:
        cells = [fmt(summary["by_family"][v].get(fam, {}).get(m), m) for m in metrics for v in versions]
        out.append(f"| {fam} | {first[fam]['n']} | " + " | ".join(cells) + " |")
    out += ["", "## By posting style", ""]
    out += ["| Style | n | " + " | ".join(cols) + " |", "|---|---|" + "---|" * len(cols)]
    first = summary["by_style"][versions[0]]
    for style in first:
        cells = [fmt(summary["by_style"][v].get(style, {}).get(m), m) for m in metrics for v in versions]
        out.append(f"| {style} | {first[style]['n']} | " + " | ".join(cells) + " |")

    out += ["", "## Worst cases", ""]
    for v in versions:
        by_id = _cases_by_id(rows, v)
        out += [f"### {v}", ""]
        for cid in summary["worst"][v]:
            r = by_id[cid]
            out.append(
                f"#### {cid}: {r['family']} ({r['style']}, {r['split']}), score {r['composite']:.2f}, "
                f"coverage {fmt(r.get('kra_coverage'), 'kra_coverage')}, specificity {fmt(r.get('role_specificity'), 'role_specificity')}"
            )
            out.append("")
            for i, k in enumerate(r.get("kpis", []), 1):
                out.append(f"{i}. **{k['name']}** ({k['kra'] or 'no area'}; {k['verdict']})")
            if r.get("kpis"):
                out.append("")
            out += [f"- {n}" for n in _case_notes(r)] or ["- (nothing flagged; ranked low by its scores only)"]
            out.append("")
    return "\n".join(out).rstrip() + "\n"


# ---- HTML -------------------------------------------------------------------------------------------


def svg_bars(summary: dict[str, Any], metrics: list[tuple[str, str]], scale: float = 1.0, title: str = "") -> str:
    """Grouped bar chart: one group per metric, one bar per prompt version, target ticks in black."""
    versions = list(summary["versions"])
    targets = summary.get("targets", {})
    group_w = max(60, 18 * len(versions) + 24)
    left, top, plot_h = 44, 28, 180
    width = left + group_w * len(metrics) + 110  # room for the slanted labels
    height = top + plot_h + 96
    parts = [
        f'<svg role="img" aria-label="{escape(title)}" width="{width}" '
        f'height="{height}" viewBox="0 0 {width} {height}" font-family="system-ui, sans-serif" font-size="11">',
        f'<text x="{left}" y="16" font-size="13" font-weight="600">{escape(title)}</text>',
    ]
    steps = 5 if scale == 5.0 else 4
    for i in range(steps + 1):
        frac = i / steps
        y = top + plot_h - frac * plot_h
        label = f"{frac * 100:.0f}%" if scale == 1.0 else f"{frac * scale:g}"
        parts.append(
            f'<line x1="{left}" x2="{left + group_w * len(metrics)}" y1="{y:.1f}" y2="{y:.1f}" stroke="#ddd"/>'
        )
        parts.append(f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end" fill="#555">{label}</text>')
    bar_w = (group_w - 24) / max(1, len(versions))
    for g, (key, label) in enumerate(metrics):
        x0 = left + g * group_w + 12
        for j, v in enumerate(versions):
            val = summary["versions"][v].get(key)
            if val is None:
                continue
            h = max(0.0, min(1.0, val / scale)) * plot_h
            x = x0 + j * bar_w
            parts.append(
                f'<rect x="{x:.1f}" y="{top + plot_h - h:.1f}" width="{bar_w - 2:.1f}" height="{h:.1f}" '
                f'fill="{COLOURS[j % len(COLOURS)]}"><title>{escape(v)}: {escape(label)} = {fmt(val, key)}</title></rect>'
            )
        if key in targets:
            y = top + plot_h - min(1.0, targets[key] / scale) * plot_h
            parts.append(
                f'<line x1="{x0 - 4:.1f}" x2="{x0 + group_w - 20:.1f}" y1="{y:.1f}" y2="{y:.1f}" stroke="#000" '
                f'stroke-width="2"><title>target {fmt(targets[key], key)}</title></line>'
            )
        short = label.split(" (")[0].replace("Judge: ", "")
        lx, ly = x0 + (group_w - 24) / 2, top + plot_h + 12
        parts.append(
            f'<text x="{lx:.1f}" y="{ly}" transform="rotate(35 {lx:.1f} {ly})" fill="#222">{escape(short)}</text>'
        )
    for j, v in enumerate(versions):
        x = left + j * 110
        parts.append(f'<rect x="{x}" y="{height - 14}" width="10" height="10" fill="{COLOURS[j % len(COLOURS)]}"/>')
        parts.append(f'<text x="{x + 14}" y="{height - 5}">{escape(v)}</text>')
    if any(k in targets for k, _ in metrics):
        x = left + len(versions) * 110
        parts.append(
            f'<line x1="{x}" x2="{x + 12}" y1="{height - 9}" y2="{height - 9}" stroke="#000" stroke-width="2"/>'
        )
        parts.append(f'<text x="{x + 16}" y="{height - 5}">target</text>')
    parts.append("</svg>")
    return "".join(parts)


def _heat(value: float | None, key: str) -> str:
    if value is None:
        return ""
    frac = (value - 1) / 4 if key in SCORES_1_TO_5 else value
    frac = max(0.0, min(1.0, frac))
    hue = int(frac * 120)  # red to green
    return f' style="background:hsl({hue},65%,85%)"'


def _table(head: list[str], body: list[list[str]]) -> str:
    h = "".join(f"<th>{escape(c)}</th>" for c in head)
    rows = "".join("<tr>" + "".join(body_row) + "</tr>" for body_row in body)
    return f"<table><thead><tr>{h}</tr></thead><tbody>{rows}</tbody></table>"


def _cell(value: Any, key: str = "", heat: bool = False) -> str:
    style = _heat(value, key) if heat and isinstance(value, float) else ""
    return f"<td{style}>{escape(fmt(value, key))}</td>"


def html(summary: dict[str, Any], rows: list[dict[str, Any]]) -> str:
    versions = list(summary["versions"])
    targets = summary.get("targets", {})
    body: list[str] = [f"<h1>{escape(_title(summary))}</h1>", f"<p>{escape(_run_line(summary))}</p>"]

    body.append("<h2>Headline metrics</h2>")
    trs = []
    for key, label in _metric_rows(summary):
        tr = [f"<td>{escape(label)}</td>", f"<td>{escape(fmt(targets.get(key), key)) if key in targets else ''}</td>"]
        tr += [_cell(summary["versions"][v].get(key), key, heat=True) for v in versions]
        trs.append(tr)
    body.append(_table(["Metric", "Target", *versions], trs))
    errors = {v: summary["versions"][v].get("errors", 0) for v in versions}
    if any(errors.values()):
        body.append(
            f"<p class=warn>Drafts that failed (scored 0): {escape(', '.join(f'{v}: {e}' for v, e in errors.items()))}</p>"
        )
    body.append('<div class="charts">')
    body.append(svg_bars(summary, list(HEADLINE), 1.0, "Automatic metrics per prompt version"))
    if _judged(summary):
        body.append(svg_bars(summary, list(JUDGE_METRICS), 5.0, "LLM judge scores (1-5)"))
    body.append("</div>")

    body.append("<h2>Diagnostics</h2>")
    body.append(
        _table(
            ["Figure", *versions],
            [
                [f"<td>{escape(label)}</td>"] + [_cell(summary["versions"][v].get(k), k) for v in versions]
                for k, label in DIAGNOSTICS
            ],
        )
    )
    body.append("<h2>Latency and LLM use</h2>")
    cost = [
        [f"<td>Latency {k} (ms)</td>"] + [f"<td>{summary['versions'][v]['latency_ms'][k]}</td>" for v in versions]
        for k in ("p50", "p95", "max")
    ]
    cost += [
        [f"<td>{k.replace('_', ' ').capitalize()}</td>"]
        + [f"<td>{summary['versions'][v].get(k, 0)}</td>" for v in versions]
        for k in COST_KEYS
    ]
    body.append(_table(["Figure", *versions], cost))

    metrics = FAMILY_METRICS + (["judge_role_fit"] if _judged(summary) else [])
    cols = [f"{LABELS[m].split(' (')[0]} · {v}" for m in metrics for v in versions]
    for title, key in (("By role family", "by_family"), ("By posting style", "by_style")):
        body.append(f"<h2>{title}</h2>")
        first = summary[key][versions[0]]
        trs = []
        for name, stats in first.items():
            tr = [f"<td>{escape(name)}</td>", f"<td>{stats['n']}</td>"]
            tr += [_cell(summary[key][v].get(name, {}).get(m), m, heat=True) for m in metrics for v in versions]
            trs.append(tr)
        body.append(_table([title.split()[-1].capitalize(), "n", *cols], trs))

    body.append("<h2>Worst cases</h2>")
    for v in versions:
        by_id = _cases_by_id(rows, v)
        body.append(f"<h3>{escape(v)}</h3>")
        for cid in summary["worst"][v]:
            r = by_id[cid]
            body.append(
                f"<details><summary><b>{escape(cid)}</b> {escape(r['family'])} ({escape(r['style'])}, "
                f"{escape(r['split'])}): score {r['composite']:.2f}, coverage {escape(fmt(r.get('kra_coverage'), 'kra_coverage'))}, "
                f"specificity {escape(fmt(r.get('role_specificity'), 'role_specificity'))}</summary>"
            )
            if r.get("kpis"):
                body.append(
                    "<ol>"
                    + "".join(
                        f"<li><b>{escape(k['name'])}</b> ({escape(k['kra'] or 'no area')}; {escape(k['verdict'])})</li>"
                        for k in r["kpis"]
                    )
                    + "</ol>"
                )
            notes = _case_notes(r) or ["(nothing flagged; ranked low by its scores only)"]
            body.append("<ul>" + "".join(f"<li>{escape(n)}</li>" for n in notes) + "</ul></details>")
    return _PAGE.format(title=escape(_title(summary)), body="\n".join(body))


_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{title}</title>
<style>
body {{ font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 1200px; color: #222; padding: 0 1rem; }}
table {{ border-collapse: collapse; margin: .5rem 0 1.5rem; font-size: 13px; }}
th, td {{ border: 1px solid #ccc; padding: 3px 8px; text-align: left; }}
th {{ background: #f3f3f3; }}
td:not(:first-child) {{ text-align: right; }}
.charts svg {{ margin: .5rem 1rem 1rem 0; vertical-align: top; }}
details {{ margin: .3rem 0; }} summary {{ cursor: pointer; }}
.warn {{ color: #b00; }}
</style></head>
<body>
{body}
</body></html>
"""


def write_reports(summary: dict[str, Any], rows: list[dict[str, Any]], out: Path) -> tuple[Path, Path]:
    md, page = out / "report.md", out / "report.html"
    md.write_text(markdown(summary, rows), encoding="utf-8")
    page.write_text(html(summary, rows), encoding="utf-8")
    return md, page
