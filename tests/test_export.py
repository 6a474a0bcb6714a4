"""Exports (Markdown, CSV, JSON, DOCX) and importing a JSON export back."""

from __future__ import annotations

import csv
import io
import json

import docx
import pytest

from assistant.errors import InputError
from assistant.export import (
    CSV_COLUMNS,
    FORMATS,
    build_doc,
    filename,
    import_json,
    redact,
    render,
    to_markdown,
)
from assistant.models import KPI, DraftResult, Finding, KPIReport, RoleProfile, SetReport
from assistant.store import Store

ROLE = RoleProfile(
    title="Pharmacy technician",
    family="pharmacy-technician",
    family_name="Pharmacy technician",
    key_result_areas=["Dispensing accuracy", "Prescription turnaround"],
)
KPIS = [
    KPI(
        name="Dispensing errors reaching patients",
        kra="Dispensing accuracy",
        definition="Patients get the right medicine.",
        measure="Errors reaching the patient per 10,000 items",
        unit="per 10,000 items",
        direction="lower",
        data_source="Incident log",
        target="Below last year's rate",
        cadence="quarterly",
        rationale="Errors harm patients.",
        side_effect="Under-reporting; pair with near-miss logging.",
        sources=["pharmacy-technician/dispensing-errors"],
    ),
    KPI(
        name="Prescriptions ready within the promised time",
        kra="Prescription turnaround",
        measure="Ready by the promised time / received x 100",
        unit="%",
        target="At or above the service standard",
        cadence="monthly",
        sources=["pharmacy-technician/turnaround-within-standard"],
    ),
    KPI(name="Hours logged per week", measure="Timesheet hours", target="=40+2", cadence="monthly"),
]
REPORT = SetReport(
    verdict="reject",
    kpis=[
        KPIReport(text=KPIS[0].name, verdict="pass"),
        KPIReport(text=KPIS[1].name, verdict="pass"),
        KPIReport(
            text=KPIS[2].name,
            verdict="reject",
            kind="effort",
            findings=[
                Finding(
                    rule="effort_based",
                    severity="reject",
                    kpi_index=2,
                    message="Measures effort put in.",
                    suggestion="Prescriptions ready within the promised time",
                )
            ],
        ),
    ],
)


@pytest.fixture
def version(tmp_path):
    store = Store(tmp_path)
    return store.create_set(
        "Pharmacy team 2026",
        KPIS,
        author_role="employee",
        author_name="Ana",
        note="agreed at the May review",
        role=ROLE,
        kpi_uids=["u1", "u2", "u3"],
        agreed=["u1"],
    )


@pytest.fixture
def doc(version):
    return build_doc(
        version.kpis,
        set_name=version.set_name,
        role=version.role,
        version=version,
        report=REPORT,
        kpi_uids=version.kpi_uids,
        agreed=version.agreed,
    )


def test_markdown_has_the_set_the_version_and_every_field(doc):
    md = to_markdown(doc)
    assert md.startswith("# Pharmacy team 2026\n")
    assert "**Role:** Pharmacy technician" in md
    assert "Version 1, saved by the employee (Ana)" in md and "Note: agreed at the May review" in md
    assert "**Validator verdict for the set:** Rejected" in md
    for k in KPIS:
        assert f". {k.name}\n" in md
    assert "| Measure | Errors reaching the patient per 10,000 items |" in md
    assert "| Better when | lower is better |" in md
    assert "| Knowledge sources | pharmacy-technician/dispensing-errors |" in md
    assert "**Agreed** by manager and employee" in md
    assert "- Suggested rewrite: Prescriptions ready within the promised time" in md
    assert md.count("**Agreed**") == 1


def test_csv_is_one_row_per_kpi_and_safe_in_spreadsheets(doc):
    data = render(doc, "csv")
    assert data.startswith("\ufeff".encode())  # Excel opens UTF-8 correctly with the BOM
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert list(rows[0]) == CSV_COLUMNS
    assert [r["KPI"] for r in rows] == [k.name for k in KPIS]
    # a row copied out on its own still says whose KPI it is
    assert {r["Role"] for r in rows} == {doc.role_title} and doc.role_title
    assert [r["Verdict"] for r in rows] == ["Pass", "Pass", "Rejected"]
    assert rows[0]["Agreed"] == "yes" and rows[1]["Agreed"] == ""
    assert rows[2]["Validator notes"] == "Measures effort put in."
    assert rows[2]["Target"] == "'=40+2"  # a formula typed into a field is not run by Excel
    assert rows[1]["Review cadence"] == "monthly"


def test_json_export_imports_back_unchanged(doc):
    back = import_json(render(doc, "json"), "set.json")
    assert back.kpis == KPIS
    assert back.kpi_uids == ["u1", "u2", "u3"] and back.agreed == ["u1"]
    assert back.role == ROLE and back.set_name == "Pharmacy team 2026"
    assert back.version and back.version.number == 1 and back.version.author_role == "employee"


def test_docx_has_a_heading_and_a_field_table_per_kpi(doc):
    d = docx.Document(io.BytesIO(render(doc, "docx")))
    assert d.core_properties.title == "Pharmacy team 2026"
    headings = [p.text for p in d.paragraphs if p.style.name.startswith("Heading")]
    assert headings == [f"{i}. {k.name}" for i, k in enumerate(KPIS, 1)]
    summary = d.tables[0]
    assert [c.text for c in summary.rows[0].cells] == ["#", "KPI", "Key result area", "Target", "Review"]
    assert [r.cells[1].text for r in summary.rows[1:]] == [k.name for k in KPIS]
    first = {r.cells[0].text: r.cells[1].text for r in d.tables[1].rows}
    assert first["Measure"] == KPIS[0].measure and first["Data source"] == "Incident log"
    body = "\n".join(p.text for p in d.paragraphs)
    assert "Version 1, saved by the employee (Ana)" in body
    assert "Suggested rewrite: Prescriptions ready within the promised time" in body


def test_filenames_name_the_set_and_version(doc, version):
    assert filename(doc, "md") == "pharmacy-team-2026-v1.md"
    draft = build_doc(KPIS, role=ROLE)
    assert filename(draft, "docx") == "pharmacy-technician-draft.docx"
    assert "Not saved yet (working draft)" in to_markdown(draft)


def test_secrets_never_reach_an_export():
    key = "sk-proj-Abc123Def456Ghi789Jkl012"
    leaky = KPIS[0].model_copy(
        update={
            "rationale": f"Use the API with {key} to pull numbers",
            "data_source": "Dashboard (token: 9f8e7d6c5b4a3f2e1d0c)",
        }
    )
    doc = build_doc([leaky], set_name="Leaky", role=ROLE, secrets=["my-local-server-secret-123"])
    doc2 = build_doc(
        [leaky.model_copy(update={"side_effect": "see my-local-server-secret-123"})],
        role=ROLE,
        secrets=["my-local-server-secret-123"],
    )
    for d in (doc, doc2):
        for fmt in FORMATS:
            data = render(d, fmt)
            text = (
                data.decode("utf-8-sig")
                if fmt != "docx"
                else "\n".join(
                    [p.text for p in docx.Document(io.BytesIO(data)).paragraphs]
                    + [c.text for t in docx.Document(io.BytesIO(data)).tables for r in t.rows for c in r.cells]
                )
            )
            assert key not in text and "9f8e7d6c5b4a3f2e1d0c" not in text
            assert "my-local-server-secret-123" not in text
            assert "[redacted]" in text
    assert redact("Bearer abcdefghijklmnopqrstuvwxyz and nothing else") == "[redacted] and nothing else"
    assert redact("Share of orders shipped complete") == "Share of orders shipped complete"


def test_import_accepts_the_cli_draft_json_and_plain_lists():
    result = DraftResult(role=ROLE, kpis=KPIS[:2])
    doc = import_json(result.model_dump_json(), "draft.json")
    assert doc.kpis == KPIS[:2] and doc.role == ROLE and doc.set_name == "Pharmacy technician"
    listed = import_json(json.dumps(["Share of orders shipped complete", {"name": "Returns rate", "cadence": "month"}]))
    assert [k.name for k in listed.kpis] == ["Share of orders shipped complete", "Returns rate"]
    assert listed.kpis[1].cadence == "monthly"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "set.json: the file is empty"),
        (b"\xff\xfe\x00garbage", "set.json: not"),
        (b"{not json", "set.json: not valid JSON (line 1, column 2)"),
        (b'{"hello": 1}', "set.json: no 'kpis' list found"),
        (b'{"format": "something-else", "kpis": []}', "set.json: format 'something-else'"),
        (b'{"format": "kpi-assistant/kpi-set", "format_version": 7, "kpis": [{"name": "A"}]}', "newer kpi-assistant"),
        (b'{"kpis": []}', "set.json: the set has no KPIs"),
        (b'{"kpis": [{"name": "A", "direction": "sideways"}]}', "set.json: KPI 1, field 'direction'"),
    ],
)
def test_import_errors_name_the_file_and_the_problem(data, message):
    with pytest.raises(InputError) as err:
        import_json(data, "set.json")
    assert message in str(err.value)
    assert "\n" not in str(err.value)


def test_unknown_export_format_is_a_clear_error(doc):
    with pytest.raises(InputError, match="choose one of md, csv, json, docx"):
        render(doc, "xlsx")
