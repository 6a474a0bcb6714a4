"""Exports of a KPI set (Markdown, CSV, JSON, DOCX) and import of a JSON export.

An export carries the set's name, the role, the version it came from (number, who saved it,
when, the note), every KPI field, the validator's verdict per KPI and for the set, and nothing
else: no settings, no keys, no file paths. Text that looks like an API key or a bearer token is
redacted on the way out, whatever field it was typed into.

The JSON export is the exchange format: :func:`import_json` reads it back (and also accepts the
CLI's draft JSON, a bare ``{"kpis": [...]}`` set or a list of KPIs).
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import Literal

from pydantic import BaseModel, Field, ValidationError

from .errors import InputError
from .models import KPI, RoleProfile, SetReport

FORMAT = "kpi-assistant/kpi-set"
FORMAT_VERSION = 1
Format = Literal["md", "csv", "json", "docx"]
FORMATS: dict[str, tuple[str, str]] = {  # format -> (label, mime type)
    "md": ("Markdown", "text/markdown"),
    "csv": ("CSV (Excel, Sheets)", "text/csv"),
    "json": ("JSON (to import back)", "application/json"),
    "docx": ("Word (.docx)", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
}
MAX_IMPORT_BYTES = 5 * 1024 * 1024

FIELD_LABELS: dict[str, str] = {
    "name": "KPI",
    "kra": "Key result area",
    "definition": "Outcome",
    "measure": "Measure",
    "unit": "Unit",
    "direction": "Better when",
    "data_source": "Data source",
    "baseline": "Baseline",
    "target": "Target",
    "cadence": "Review cadence",
    "indicator": "Leading or lagging",
    "rationale": "Why this KPI",
    "side_effect": "Side effect to watch",
    "sources": "Knowledge sources",
}
VERDICT_LABELS = {"pass": "Pass", "warn": "Needs attention", "reject": "Rejected"}
DIRECTION_LABELS = {"higher": "higher is better", "lower": "lower is better", "target-range": "within a target range"}

_SECRET_PATTERNS = [
    re.compile(r"\bsk-(?:proj-|live-|test-)?[A-Za-z0-9_\-]{16,}"),
    re.compile(r"\b(?:Bearer|Basic)\s+[A-Za-z0-9._~+/=\-]{12,}", re.I),
    re.compile(r"(?i)\b((?:openai[_-]?)?api[_-]?key|secret|password|token)\s*[:=]\s*\S+"),
    re.compile(r"\b(?:ghp|gho|ghu|ghs|github_pat|xox[abpr]|AKIA)[A-Za-z0-9_\-]{12,}"),
]
REDACTED = "[redacted]"


def redact(text: str, secrets: Iterable[str] = ()) -> str:
    """``text`` with anything that looks like a credential replaced by ``[redacted]``."""
    if not text:
        return text
    for s in secrets:
        if s and len(s) >= 8:
            text = text.replace(s, REDACTED)
    for pat in _SECRET_PATTERNS:
        text = pat.sub(lambda m: (m.group(1) + "=" + REDACTED) if m.lastindex else REDACTED, text)
    return text


# ---- the document every format is written from --------------------------------------------------


class VersionInfo(BaseModel):
    number: int
    author_role: str
    author_name: str | None = None
    created_at: str
    note: str = ""


class KPIVerdict(BaseModel):
    verdict: str = "pass"
    findings: list[str] = Field(default_factory=list)
    suggestions: list[str] = Field(default_factory=list)


class ExportDoc(BaseModel):
    """A KPI set as exported, and as read back by :func:`import_json`."""

    format: str = FORMAT
    format_version: int = FORMAT_VERSION
    exported_at: str = Field(default_factory=lambda: datetime.now(UTC).isoformat(timespec="seconds"))
    set_name: str = ""
    role_title: str = ""
    role: RoleProfile | None = None
    version: VersionInfo | None = None
    verdict: str | None = None
    set_findings: list[str] = Field(default_factory=list)
    kpis: list[KPI] = Field(default_factory=list)
    kpi_uids: list[str] = Field(default_factory=list)
    agreed: list[str] = Field(default_factory=list)
    checks: list[KPIVerdict] = Field(default_factory=list)
    notes: list[str] = Field(default_factory=list)  # what the drafter told the user about the draft


def build_doc(
    kpis: Sequence[KPI],
    *,
    set_name: str = "",
    role: RoleProfile | str | None = None,
    version: object | None = None,
    report: SetReport | None = None,
    kpi_uids: Sequence[str] = (),
    agreed: Sequence[str] = (),
    secrets: Iterable[str] = (),
    notes: Sequence[str] = (),
) -> ExportDoc:
    """The export document for a set. ``version`` is a :class:`assistant.store.SetVersion` (or
    anything with its fields); ``report`` the validator's report on these KPIs; ``secrets`` are
    extra strings (such as the configured API key) that must never appear in the output."""
    secrets = [s for s in secrets if s]
    info = None
    if version is not None:
        info = VersionInfo(
            number=getattr(version, "number"),  # noqa: B009
            author_role=getattr(version, "author_role"),  # noqa: B009
            author_name=getattr(version, "author_name", None),
            created_at=getattr(version, "created_at"),  # noqa: B009
            note=getattr(version, "note", "") or "",
        )
    profile = role if isinstance(role, RoleProfile) else None
    checks: list[KPIVerdict] = []
    if report is not None:
        for r in report.kpis:
            checks.append(
                KPIVerdict(
                    verdict=r.verdict,
                    findings=[f.message for f in r.findings],
                    suggestions=[f.suggestion for f in r.findings if f.suggestion],
                )
            )
    doc = ExportDoc(
        set_name=set_name or (profile.title if profile else (role if isinstance(role, str) else "")) or "KPI set",
        role_title=profile.title if profile else (role if isinstance(role, str) else "") or "",
        role=profile,
        version=info,
        verdict=report.verdict if report else None,
        set_findings=[f.message for f in report.set_findings] if report else [],
        kpis=list(kpis),
        kpi_uids=list(kpi_uids),
        agreed=list(agreed),
        checks=checks,
        notes=list(notes),
    )
    return _scrub(doc, secrets)


def _scrub(doc: ExportDoc, secrets: Sequence[str]) -> ExportDoc:
    def walk(v: object) -> object:
        if isinstance(v, str):
            return redact(v, secrets)
        if isinstance(v, list):
            return [walk(x) for x in v]
        if isinstance(v, tuple):
            return tuple(walk(x) for x in v)
        if isinstance(v, dict):
            return {k: walk(x) for k, x in v.items()}
        return v

    return ExportDoc.model_validate(walk(doc.model_dump(mode="json")))


def _check(doc: ExportDoc, i: int) -> KPIVerdict | None:
    return doc.checks[i] if i < len(doc.checks) else None


def _field(kpi: KPI, f: str) -> str:
    v = getattr(kpi, f)
    if f == "sources":
        return ", ".join(v)
    if f == "direction":
        return DIRECTION_LABELS.get(v, v)
    return str(v or "")


def _version_line(doc: ExportDoc) -> str:
    if not doc.version:
        return "Not saved yet (working draft)"
    v = doc.version
    who = v.author_role + (f" ({v.author_name})" if v.author_name else "")
    line = f"Version {v.number}, saved by the {who} on {v.created_at[:16].replace('T', ' ')} UTC"
    return line + (f". Note: {v.note}" if v.note else "")


def filename(doc: ExportDoc, fmt: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", (doc.set_name or "kpi-set").lower()).strip("-")[:60] or "kpi-set"
    suffix = f"-v{doc.version.number}" if doc.version else "-draft"
    return f"{slug}{suffix}.{fmt}"


# ---- writers ----------------------------------------------------------------------------------


def to_markdown(doc: ExportDoc) -> str:
    lines = [f"# {doc.set_name}", ""]
    if doc.role_title and doc.role_title != doc.set_name:
        lines += [f"**Role:** {doc.role_title}  ", ""]
    elif doc.role_title:
        lines += [f"**Role:** {doc.role_title}", ""]
    lines += [f"*{_version_line(doc)}*", ""]
    if doc.verdict:
        lines += [f"**Validator verdict for the set:** {VERDICT_LABELS.get(doc.verdict, doc.verdict)}", ""]
        lines += [f"- {m}" for m in doc.set_findings]
        if doc.set_findings:
            lines.append("")
    if doc.notes:
        lines += ["**Notes on this draft:**", *[f"- {n}" for n in doc.notes], ""]
    lines += ["| # | KPI | Key result area | Target | Review |", "|---|---|---|---|---|"]
    for i, k in enumerate(doc.kpis, 1):
        lines.append(f"| {i} | {_md_cell(k.name)} | {_md_cell(k.kra)} | {_md_cell(k.target)} | {k.cadence} |")
    lines.append("")
    for i, k in enumerate(doc.kpis):
        lines += [f"## {i + 1}. {k.name}", ""]
        chk = _check(doc, i)
        if chk:
            lines += [f"**Verdict:** {VERDICT_LABELS.get(chk.verdict, chk.verdict)}", ""]
        if i < len(doc.kpi_uids) and doc.kpi_uids[i] in doc.agreed:
            lines += ["**Agreed** by manager and employee", ""]
        lines += ["| Field | Value |", "|---|---|"]
        for f, label in FIELD_LABELS.items():
            if f == "name":
                continue
            lines.append(f"| {label} | {_md_cell(_field(k, f))} |")
        lines.append("")
        if chk and chk.findings:
            lines.append("**Validator notes:**")
            lines += [f"- {m}" for m in chk.findings]
            lines += [f"- Suggested rewrite: {s}" for s in chk.suggestions]
            lines.append("")
    lines.append(f"_Exported {doc.exported_at[:16].replace('T', ' ')} UTC with kpi-assistant._")
    return "\n".join(lines) + "\n"


def _md_cell(text: str) -> str:
    return re.sub(r"\s+", " ", (text or "").replace("|", "\\|")).strip() or "-"


# Each row names its role: a KPI copied out of the sheet on its own still says whose it is.
CSV_COLUMNS = ["#", "Role", *FIELD_LABELS.values(), "Verdict", "Validator notes", "Agreed"]


def to_csv(doc: ExportDoc) -> str:
    """One row per KPI; opens in Excel and Google Sheets (write it as UTF-8 with a BOM)."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(CSV_COLUMNS)
    for i, k in enumerate(doc.kpis):
        chk = _check(doc, i)
        agreed = i < len(doc.kpi_uids) and doc.kpi_uids[i] in doc.agreed
        row = [i + 1, _csv_cell(doc.role_title), *(_csv_cell(_field(k, f)) for f in FIELD_LABELS)]
        row += [
            VERDICT_LABELS.get(chk.verdict, chk.verdict) if chk else "",
            " | ".join(chk.findings) if chk else "",
            "yes" if agreed else "",
        ]
        w.writerow(row)
    return buf.getvalue()


def _csv_cell(text: str) -> str:
    # Spreadsheet formula injection: a cell starting with = + - @ would run as a formula.
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text


def to_json(doc: ExportDoc) -> str:
    return doc.model_dump_json(indent=2)


def to_docx(doc: ExportDoc) -> bytes:
    from docx import Document
    from docx.shared import Pt

    d = Document()
    d.core_properties.title = doc.set_name
    d.core_properties.author = "kpi-assistant"
    d.add_heading(doc.set_name, level=0)
    if doc.role_title:
        p = d.add_paragraph()
        p.add_run("Role: ").bold = True
        p.add_run(doc.role_title)
    meta = d.add_paragraph(_version_line(doc))
    meta.runs[0].italic = True
    if doc.verdict:
        p = d.add_paragraph()
        p.add_run("Validator verdict for the set: ").bold = True
        p.add_run(VERDICT_LABELS.get(doc.verdict, doc.verdict))
        for m in doc.set_findings:
            d.add_paragraph(m, style="List Bullet")
    if doc.notes:
        d.add_paragraph().add_run("Notes on this draft").bold = True
        for n in doc.notes:
            d.add_paragraph(n, style="List Bullet")

    table = d.add_table(rows=1, cols=5)
    table.style = "Light Grid Accent 1"
    for cell, text in zip(table.rows[0].cells, ["#", "KPI", "Key result area", "Target", "Review"], strict=True):
        cell.text = text
    for i, k in enumerate(doc.kpis, 1):
        cells = table.add_row().cells
        for cell, text in zip(cells, [str(i), k.name, k.kra, k.target, k.cadence], strict=True):
            cell.text = text

    for i, k in enumerate(doc.kpis):
        d.add_heading(f"{i + 1}. {k.name}", level=1)
        chk = _check(doc, i)
        if chk:
            p = d.add_paragraph()
            p.add_run("Verdict: ").bold = True
            p.add_run(VERDICT_LABELS.get(chk.verdict, chk.verdict))
        t = d.add_table(rows=0, cols=2)
        t.style = "Light List Accent 1"
        for f, label in FIELD_LABELS.items():
            if f == "name":
                continue
            cells = t.add_row().cells
            cells[0].text = label
            cells[1].text = _field(k, f) or "-"
            for r in cells[0].paragraphs[0].runs:
                r.bold = True
        if chk and chk.findings:
            d.add_paragraph().add_run("Validator notes").bold = True
            for m in chk.findings:
                d.add_paragraph(m, style="List Bullet")
            for s in chk.suggestions:
                d.add_paragraph(f"Suggested rewrite: {s}", style="List Bullet")
    foot = d.add_paragraph(f"Exported {doc.exported_at[:16].replace('T', ' ')} UTC with kpi-assistant.")
    foot.runs[0].font.size = Pt(8)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def render(doc: ExportDoc, fmt: str) -> bytes:
    """The export as bytes, ready to download or write."""
    if fmt == "md":
        return to_markdown(doc).encode("utf-8")
    if fmt == "csv":
        return to_csv(doc).encode("utf-8-sig")
    if fmt == "json":
        return to_json(doc).encode("utf-8")
    if fmt == "docx":
        return to_docx(doc)
    raise InputError(f"export format '{fmt}': choose one of {', '.join(FORMATS)}")


# ---- import -------------------------------------------------------------------------------------


def import_json(data: bytes | str, name: str = "import.json") -> ExportDoc:
    """Read a JSON export back. Also accepts the CLI's draft JSON (``{"role": {...}, "kpis": [...]}``),
    a bare ``{"kpis": [...]}`` and a list of KPI records. Raises :class:`InputError` naming the
    file and what is wrong."""
    if isinstance(data, bytes):
        if not data.strip():
            raise InputError(f"{name}: the file is empty; choose a JSON file exported from this app")
        if len(data) > MAX_IMPORT_BYTES:
            raise InputError(f"{name}: the file is larger than 5 MB; this does not look like a KPI set export")
        try:
            data = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise InputError(f"{name}: not a text file; choose a JSON file exported from this app") from None
    if not data.strip():
        raise InputError(f"{name}: the file is empty; choose a JSON file exported from this app")
    try:
        raw = json.loads(data)
    except json.JSONDecodeError as exc:
        raise InputError(
            f"{name}: not valid JSON (line {exc.lineno}, column {exc.colno}); choose a JSON file exported from this app"
        ) from None
    if isinstance(raw, list):
        raw = {"kpis": raw}
    if not isinstance(raw, dict) or not isinstance(raw.get("kpis"), list):
        raise InputError(f"{name}: no 'kpis' list found; this is not a KPI set export")
    fmt = raw.get("format")
    if fmt is not None and fmt != FORMAT:
        raise InputError(f"{name}: format '{fmt}' is not a KPI set export ('{FORMAT}')")
    fv = raw.get("format_version", FORMAT_VERSION)
    if not isinstance(fv, int) or fv > FORMAT_VERSION:
        raise InputError(f"{name}: written by a newer kpi-assistant (format version {fv}); upgrade to import it")
    if not raw["kpis"]:
        raise InputError(f"{name}: the set has no KPIs; export a set with at least one KPI")
    kpis: list[KPI] = []
    for i, item in enumerate(raw["kpis"], 1):
        if isinstance(item, str):
            item = {"name": item}
        try:
            kpis.append(KPI.model_validate(item))
        except ValidationError as exc:
            first = exc.errors()[0]
            loc = ".".join(str(p) for p in first["loc"]) or "record"
            raise InputError(
                f"{name}: KPI {i}, field '{loc}': {first['msg']}; fix it or export the set again"
            ) from None
    role = raw.get("role")
    profile: RoleProfile | None = None
    if isinstance(role, dict):
        try:
            profile = RoleProfile.model_validate(role)
        except ValidationError:
            profile = None
    role_title = str(
        raw.get("role_title") or (profile.title if profile else "") or (role if isinstance(role, str) else "")
    )
    uids = [str(u) for u in raw.get("kpi_uids") or []][: len(kpis)]
    if len(set(uids)) != len(uids):
        uids = []
    try:
        version = VersionInfo.model_validate(raw["version"]) if isinstance(raw.get("version"), dict) else None
    except ValidationError:
        version = None
    return ExportDoc(
        set_name=str(raw.get("set_name") or role_title or "Imported KPI set"),
        role_title=role_title,
        role=profile,
        version=version,
        verdict=raw.get("verdict") if isinstance(raw.get("verdict"), str) else None,
        kpis=kpis,
        kpi_uids=uids,
        agreed=[str(a) for a in raw.get("agreed") or [] if str(a) in uids],
        exported_at=str(raw.get("exported_at") or datetime.now(UTC).isoformat(timespec="seconds")),
    )
