"""Every `kpi` command and every bad input, through the real command line (typer's runner)
and, once, as a real process."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from conftest import EXAMPLES
from typer.testing import CliRunner

from assistant.cli import app

runner = CliRunner()
PHARMACY = str(EXAMPLES / "pharmacy-technician.txt")
NURSE = str(EXAMPLES / "ward-nurse.md")


def run(*args: str, input: str | None = None):
    return runner.invoke(app, list(args), input=input)


def test_draft_prints_a_readable_set():
    result = run("draft", PHARMACY)
    assert result.exit_code == 0, result.output
    assert "Dispensary Technician" in result.stdout
    assert "Validator: pass" in result.stdout
    assert result.stdout.count("Measure") >= 3


def test_draft_json_is_one_draft_result_document():
    result = run("draft", PHARMACY, "--format", "json")
    assert result.exit_code == 0
    doc = json.loads(result.stdout)
    assert {"role", "kpis", "findings", "backend", "timings_ms"} <= set(doc)
    assert doc["backend"] == "offline"
    assert 3 <= len(doc["kpis"]) <= 5
    assert {"name", "kra", "measure", "target", "cadence", "sources", "side_effect"} <= set(doc["kpis"][0])


def test_jsonl_drafts_a_team_in_input_order():
    result = run("draft", PHARMACY, NURSE, str(EXAMPLES / "line-cook.txt"), "--format", "jsonl", "--max-kpis", "4")
    assert result.exit_code == 0
    docs = [json.loads(line) for line in result.stdout.splitlines()]
    assert [d["role"]["family"] for d in docs] == ["pharmacy-technician", "registered-nurse", "chef"]
    assert all(3 <= len(d["kpis"]) <= 4 for d in docs)


def test_markdown_and_csv_formats():
    md = run("draft", NURSE, "--format", "markdown")
    assert md.exit_code == 0 and md.stdout.startswith("# Registered Nurse")
    assert "| Measure |" in md.stdout and md.stdout.count("\n## ") >= 3
    csv_out = run("draft", NURSE, PHARMACY, "--format", "csv")
    lines = csv_out.stdout.strip().splitlines()
    assert lines[0].startswith("source,role,name,kra")
    assert sum(line.startswith("source,") for line in lines) == 1  # one header for the batch


def test_stdin_is_read_with_dash():
    result = run("draft", "-", "--format", "json", input=(EXAMPLES / "line-cook.txt").read_text())
    assert result.exit_code == 0
    assert json.loads(result.stdout)["role"]["family"] == "chef"


def test_batch_reports_the_bad_file_and_still_drafts_the_others(tmp_path):
    bad = tmp_path / "empty.txt"
    bad.write_text("")
    result = run("draft", PHARMACY, str(bad), NURSE, "--format", "jsonl")
    assert result.exit_code == 2
    assert len(result.stdout.splitlines()) == 2
    assert "empty.txt" in result.stderr and "empty" in result.stderr


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"   \n\t\n", "empty"),
        (
            "recipe.txt",
            b"Preheat the oven to 200C. Whisk 2 eggs with 3 tablespoons of sugar, stir in 2 cups of flour "
            b"and bake for 20 minutes until golden. Serves 6.",
            "recipe",
        ),
        ("lorem.txt", b"Lorem ipsum dolor sit amet, consectetur adipiscing elit.", "placeholder"),
        (
            "server-log.txt",
            "\n".join(f"2025-03-01 09:00:0{i} ERROR db timeout on shard {i}" for i in range(9)).encode(),
            "log file",
        ),
        ("photo.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200), "unsupported file type"),
        ("data.txt", bytes(range(256)) * 4, "binary"),
        ("big.txt", ("Nurse caring for patients on the ward. " * 1400).encode(), "over the 50,000"),
        ("broken.docx", b"PK\x03\x04 not really a word file", "Word"),
        ("broken.pdf", b"%PDF-1.4 garbage", "PDF"),
        (
            "scripts.html",
            b"<html><head><script>var a = 1;</script></head><body><div><p></p><ul></ul></div></body></html>",
            "empty",
        ),
        # a bare job title no family knows: the message names it and asks for a few duties
        ("title.txt", b"Piano Tuner\n", "'Piano Tuner' is not a job title the knowledge base knows"),
    ],
)
def test_bad_input_gets_one_clear_line_and_exit_2(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    result = run("draft", str(path))
    assert result.exit_code == 2
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.output


def test_missing_file_and_folder(tmp_path):
    assert "no such file" in run("draft", str(tmp_path / "nope.txt")).stderr
    assert "is a folder" in run("draft", str(tmp_path)).stderr


def test_openai_backend_without_key_is_a_clear_error(monkeypatch):
    result = run("draft", PHARMACY, "--backend", "openai")
    assert result.exit_code == 2
    assert "OPENAI_API_KEY" in result.stderr


def test_docx_and_pdf_postings_are_read(tmp_path):
    import docx

    doc = docx.Document()
    for line in (EXAMPLES / "line-cook.txt").read_text().splitlines():
        doc.add_paragraph(line)
    path = tmp_path / "posting.docx"
    doc.save(path)
    result = run("draft", str(path), "--format", "json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["role"]["family"] == "chef"


PAGE = """<html><head><title>Payroll Officer | Jobs</title><style>.nav{color:red}</style>
<script>window.track = 1;</script></head><body><nav>Home &gt; Jobs</nav>
<h1>Payroll Officer</h1><p>We run pay for 900 staff across our depots.</p>
<h2>What you&#8217;ll do</h2><ul><li>Run the monthly payroll accurately and on time</li>
<li>Answer pay queries from employees within 2 working days</li>
<li>Reconcile payroll to the general ledger</li></ul><button>Apply now</button></body></html>"""


@pytest.mark.parametrize("how", ["file", "pasted"])
def test_a_web_page_is_read_as_its_visible_text(tmp_path, how):
    if how == "file":
        path = tmp_path / "posting.html"
        path.write_text(PAGE)
        result = run("draft", str(path), "--format", "json")
    else:
        result = run("draft", "-", "--format", "json", input=PAGE)
    assert result.exit_code == 0, result.stderr
    doc = json.loads(result.stdout)
    assert doc["role"]["title"] == "Payroll Officer"
    assert doc["role"]["family"] == "payroll-specialist"
    assert "Answer pay queries from employees within 2 working days" in doc["role"]["responsibilities"]
    assert not any("track" in r or "{" in r for r in doc["role"]["responsibilities"])
    # the posting's own standard becomes the target of the KPI it is about
    assert any("within 2 working days" in k["target"].lower() for k in doc["kpis"])


# ---- check -----------------------------------------------------------------------------------------


def test_check_lines_reports_each_metric_in_order_with_rewrites():
    text = "Calls/day\nFirst-call resolution rate\n\nRevenue: $1M\n"
    result = run("check", "-", "--format", "json", input=text)
    assert result.exit_code == 1  # one metric is rejected
    doc = json.loads(result.stdout)
    assert [k["text"] for k in doc["kpis"]] == ["Calls/day", "First-call resolution rate", "Revenue: $1M"]
    assert [k["verdict"] for k in doc["kpis"]][:2] == ["reject", "pass"]
    assert doc["kpis"][0]["findings"][0]["rule"] == "activity_count"
    assert doc["kpis"][0]["findings"][0]["suggestion"]
    assert doc["verdict"] == "reject"


def test_check_accepts_a_json_or_yaml_kpi_set_and_a_draft_result(tmp_path):
    kpis = {
        "role": "warehouse supervisor",
        "kpis": [
            {
                "name": "Orders dispatched on time",
                "measure": "Orders leaving before cut-off / orders",
                "target": "Above last quarter",
                "cadence": "monthly",
            },
            {
                "name": "Pick accuracy",
                "measure": "Lines picked correctly / lines picked",
                "target": "Above last quarter",
            },
            {
                "name": "Lost-time injuries",
                "measure": "Injuries with lost time per 100,000 hours",
                "target": "Below last year",
            },
        ],
    }
    path = tmp_path / "set.json"
    path.write_text(json.dumps(kpis))
    ok = run("check", str(path), "--format", "json")
    assert ok.exit_code == 0, ok.output
    assert json.loads(ok.stdout)["verdict"] in ("pass", "warn")

    import yaml

    ypath = tmp_path / "set.yaml"
    kpis["kpis"].append({"name": "Hours worked per week"})
    ypath.write_text(yaml.safe_dump(kpis))
    bad = run("check", str(ypath), "--format", "json")
    assert bad.exit_code == 1
    assert json.loads(bad.stdout)["kpis"][3]["findings"][0]["rule"] == "effort_based"

    draft = run("draft", PHARMACY, "--format", "json").stdout
    dpath = tmp_path / "draft.json"
    dpath.write_text(draft)
    assert run("check", str(dpath)).exit_code == 0


def test_check_bad_inputs(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("\n\n")
    r = run("check", str(empty))
    assert r.exit_code == 2 and "empty" in r.stderr
    noname = tmp_path / "noname.json"
    noname.write_text(json.dumps({"kpis": [{"measure": "x"}]}))
    r = run("check", str(noname))
    assert r.exit_code == 2 and "has no 'name'" in r.stderr
    badcad = tmp_path / "cad.json"
    badcad.write_text(json.dumps({"kpis": [{"name": "Churn", "cadence": "sometimes"}]}))
    r = run("check", str(badcad))
    assert r.exit_code == 2 and "cadence" in r.stderr
    assert run("check", str(tmp_path / "missing.txt")).exit_code == 2


def test_check_table_shows_verdicts():
    r = run("check", "-", input="Keystrokes per hour\nCustomer churn rate\nNet revenue retention\n")
    assert r.exit_code == 1
    assert "surveillance" in r.stdout and "Set verdict" in r.stdout


# ---- index, roles, schema ----------------------------------------------------------------------------


def test_index_roles_and_schema():
    r = run("index")
    assert r.exit_code == 0 and "role families" in r.stdout
    r = run("roles", "--format", "json")
    rows = json.loads(r.stdout)
    assert len(rows) >= 40 and {"id", "name", "aliases"} <= set(rows[0])
    assert "pharmacy-technician" in run("roles").stdout
    schema = json.loads(run("schema").stdout)
    assert "DraftResult" in schema and "KPI" in schema


def test_real_process_prints_one_line_errors_and_drafts(tmp_path):
    env = {**os.environ}
    ok = subprocess.run(
        [sys.executable, "-m", "assistant.cli", "draft", PHARMACY, "-f", "json"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert ok.returncode == 0, ok.stderr
    assert json.loads(ok.stdout)["kpis"]
    bad = subprocess.run(
        [sys.executable, "-m", "assistant.cli", "draft", "-"],
        input="",
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert bad.returncode == 2
    assert bad.stderr.count("\n") == 1 and "Traceback" not in bad.stderr


def test_unknown_extension_is_refused_even_when_it_is_text(tmp_path):
    path = tmp_path / "roles.csv"
    path.write_text("title,team\nNurse,ward 4\n")
    result = run("draft", str(path))
    assert result.exit_code == 2 and "unsupported file type '.csv'" in result.stderr


def test_check_reads_free_text_cadences_and_refuses_an_unknown_one_in_one_line():
    kpi = {
        "name": "Orders dispatched on time",
        "measure": "Orders before cut-off / orders",
        "target": "Above last quarter",
    }
    sets = [
        {"kpis": [{**kpi, "cadence": "End of each quarter"}, {**kpi, "name": "Damage claims", "cadence": ""}]},
        {"kpis": [{**kpi, "cadence": "Twice a year"}]},
        {"kpis": [{**kpi, "cadence": "termly"}, {**kpi, "name": "Reading age gain", "cadence": "each half-term"}]},
        {"kpis": [{**kpi, "cadence": "per season"}, {**kpi, "name": "Yield per hectare", "cadence": "each harvest"}]},
        {"kpis": [{**kpi, "cadence": "mensual"}, {**kpi, "name": "Turnout", "cadence": "per election"}]},
        {"kpis": [{**kpi, "cadence": "bulanan"}, {**kpi, "name": "Pick accuracy", "cadence": "hàng quý"}]},
    ]
    for doc in sets:
        result = run("check", "-", "--format", "json", input=json.dumps(doc))
        assert result.exit_code in (0, 1), result.output
        assert json.loads(result.stdout)["kpis"]
    # reviewed at every performance, shift or handover, in any language, is a daily checklist
    for cadence in (
        "every performance",
        "por turno",
        "after each sailing",
        "at every handover",
        "each huddle",
        "each service (lunch and dinner)",
    ):
        result = run("check", "-", "--format", "json", input=json.dumps({"kpis": [{**kpi, "cadence": cadence}]}))
        assert "daily_checklist" in {f["rule"] for f in json.loads(result.stdout)["kpis"][0]["findings"]}, cadence
    bad = run("check", "-", input=json.dumps({"kpis": [{**kpi, "cadence": "whenever the boss asks"}]}))
    assert bad.exit_code == 2
    assert "cadence" in bad.stderr and len(bad.stderr.strip().splitlines()) == 1
    assert "Traceback" not in bad.stderr


def test_markdown_draft_carries_the_note_on_the_postings_own_effort_measures():
    posting = (
        "Job Title: Field Service Engineer\n\nKEY ACCOUNTABILITIES\n- Repair and service customers' boilers\n"
        "- Diagnose faults and order parts\n- Keep customers informed\n\n"
        "KEY PERFORMANCE INDICATORS\n- First-time fix rate of 80% or above\n- Minimum 6 jobs logged per day\n"
    )
    md = run("draft", "-", "--format", "markdown", input=posting)
    assert md.exit_code == 0, md.output
    notes = md.stdout.split("**Notes on this draft:**", 1)[1].split("| # |", 1)[0]
    assert "Minimum 6 jobs logged per day" in notes and "counts activity" in notes, notes
    assert "First-time fix" not in notes, notes


def test_check_reads_the_cadence_abbreviations_of_a_template():
    kpi = {"name": "Orders dispatched on time", "measure": "Orders before cut-off / orders", "target": "95%"}
    for written, daily in (
        ("mthly", False),
        ("Q", False),
        ("EOM", False),
        ("wkly", False),
        ("EOD", True),
        ("dly", True),
    ):
        doc = {"kpis": [{**kpi, "cadence": written}]}
        result = run("check", "-", "--format", "json", input=json.dumps(doc))
        assert result.exit_code in (0, 1), result.output  # read, not refused as an unknown cadence
        rules = {f["rule"] for f in json.loads(result.stdout)["kpis"][0]["findings"]}
        assert ("daily_checklist" in rules) == daily, (written, rules)
