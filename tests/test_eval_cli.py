"""``kpi eval`` as a user runs it: the summary table, the baseline gate, run comparison, the accuracy
tables with ``--check``, and clear one-line errors for bad input."""

from __future__ import annotations

import json
import shutil

import pytest
from typer.testing import CliRunner

from assistant.cli import app

ENV = {"COLUMNS": "200"}


def kpi(*args: str):
    return CliRunner().invoke(app, ["eval", *args], env=ENV)


@pytest.fixture(scope="module")
def cli_run(eval_slice, tmp_path_factory):
    """One `kpi eval` over the slice, saved as a baseline too."""
    base = tmp_path_factory.mktemp("cli-eval")
    result = kpi(
        "--dataset",
        str(eval_slice),
        "--out",
        str(base / "run"),
        "--save-baseline",
        "--baseline",
        str(base / "baseline.json"),
        "--no-progress",
    )
    return result, base


def test_eval_prints_the_summary_table_and_writes_the_run(cli_run):
    result, base = cli_run
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "offline eval: 6 cases (split all)" in out
    for label in (
        "Count in range (3-5)",
        "Key result area coverage",
        "Role specificity",
        "Grounding",
        "Latency p50",
        "Failed drafts",
    ):
        assert label in out
    assert "80.0%" in out and "90.0%" in out, "targets are shown beside the results"
    assert f"Wrote {base / 'run'}/" in out
    assert {p.name for p in (base / "run").iterdir()} >= {"cases.jsonl", "summary.json", "report.md", "report.html"}
    saved = json.loads((base / "baseline.json").read_text(encoding="utf-8"))
    assert saved == json.loads((base / "run" / "summary.json").read_text(encoding="utf-8"))


def test_check_baseline_passes_on_the_same_figures_and_fails_naming_the_metric(cli_run, eval_slice, tmp_path):
    _, base = cli_run
    ok = kpi(
        "--dataset",
        str(eval_slice),
        "--out",
        str(tmp_path / "a"),
        "--check-baseline",
        "--baseline",
        str(base / "baseline.json"),
        "--no-progress",
    )
    assert ok.exit_code == 0, ok.output
    assert "Baseline check passed" in ok.stdout
    assert "baseline offline" in ok.stdout and "change" in ok.stdout

    raised = json.loads((base / "baseline.json").read_text(encoding="utf-8"))
    raised["versions"]["offline"]["role_specificity"] += 0.25
    doctored = tmp_path / "higher.json"
    doctored.write_text(json.dumps(raised), encoding="utf-8")
    bad = kpi(
        "--dataset",
        str(eval_slice),
        "--out",
        str(tmp_path / "b"),
        "--check-baseline",
        "--baseline",
        str(doctored),
        "--no-progress",
    )
    assert bad.exit_code == 1
    assert "regression: role_specificity (Role specificity) fell from" in bad.stderr
    assert "kra_coverage" not in bad.stderr


def test_compare_shows_metric_changes_and_the_cases_that_moved(cli_run, tmp_path):
    _, base = cli_run
    a = base / "run"
    b = tmp_path / "b"
    shutil.copytree(a, b)
    summary = json.loads((b / "summary.json").read_text(encoding="utf-8"))
    summary["versions"]["offline"]["kra_coverage"] -= 0.1
    (b / "summary.json").write_text(json.dumps(summary), encoding="utf-8")
    rows = [json.loads(line) for line in (b / "cases.jsonl").read_text(encoding="utf-8").splitlines()]
    rows[2]["composite"] -= 0.3
    (b / "cases.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")

    result = kpi("compare", str(a), str(b / "summary.json"))
    assert result.exit_code == 0, result.output
    line = next(ln for ln in result.stdout.splitlines() if "Key result area coverage" in ln)
    assert "-10.0 pts" in line
    assert "Cases that moved most" in result.stdout and rows[2]["id"] in result.stdout
    same = kpi("compare", str(a), str(a))
    assert same.exit_code == 0 and "No case changed its scores." in same.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--dataset", "nowhere/roles.jsonl"], "dataset not found"),
        (["--concurrency", "0"], "--concurrency: 0 is not a positive number"),
        (["--case", "r999"], "no case with id r999"),
        (["--limit", "-3"], "--limit: -3 is not a positive number"),
        (["--judge"], "--judge needs an LLM"),
        (["--backend", "openai"], "backend 'openai' needs OPENAI_API_KEY"),
        (["--name", "../escape"], "must be a plain folder name"),
        (["--check-baseline", "--baseline", "nowhere.json"], "nowhere.json: no summary.json there"),
        (["compare", "no/such/run", "other"], "no/such/run: no summary.json there"),
    ],
)
def test_bad_input_gives_one_clear_line_and_exit_2(args, message, eval_slice, tmp_path):
    if args[0] not in ("--dataset", "compare"):
        where = [] if "--name" in args else ["--out", str(tmp_path / "r")]
        args = ["--dataset", str(eval_slice), *where, *args]
    result = kpi(*args, "--no-progress") if args[0] != "compare" else kpi(*args)
    assert result.exit_code == 2, result.output
    assert message in result.stderr
    assert "Traceback" not in result.output


def test_broken_inputs_are_named(tmp_path, eval_slice):
    bad = tmp_path / "bad.jsonl"
    bad.write_text(eval_slice.read_text(encoding="utf-8").splitlines()[0] + "\n{not json\n", encoding="utf-8")
    result = kpi("--dataset", str(bad), "--out", str(tmp_path / "r"), "--no-progress")
    assert result.exit_code == 2 and "bad.jsonl:2: not a valid RoleCase row" in result.stderr
    junk = tmp_path / "junk.json"
    junk.write_text('{"hello": 1}', encoding="utf-8")
    result = kpi("compare", str(junk), str(junk))
    assert result.exit_code == 2 and "not a run summary" in result.stderr
    other = tmp_path / "other.json"
    other.write_text(
        json.dumps(
            {"versions": {"offline": {}}, "meta": {"cases_sha": "x", "n_cases": 125, "split": "all", "dataset": "d"}}
        ),
        encoding="utf-8",
    )
    result = kpi(
        "--dataset",
        str(eval_slice),
        "--out",
        str(tmp_path / "r2"),
        "--check-baseline",
        "--baseline",
        str(other),
        "--no-progress",
    )
    assert result.exit_code == 2 and "the baseline was measured on 125 cases" in result.stderr


# ---- accuracy tables -------------------------------------------------------------------------------


def write_jsonl(path, rows):
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    return str(path)


def test_metrics_table_confusion_matrix_and_check(tmp_path):
    rows = [
        {
            "id": "a1",
            "text": "Dispensing errors reaching the patient per 10,000 items",
            "label": "accept",
            "kind": "outcome",
            "split": "dev",
        },
        {"id": "a2", "text": "Hours worked per week", "label": "accept", "kind": "outcome", "split": "dev"},
        {"id": "r1", "text": "Number of calls made per day", "label": "reject", "kind": "activity", "split": "heldout"},
    ]
    data = write_jsonl(tmp_path / "m.jsonl", rows)
    plain = kpi("metrics", "--dataset", data)
    assert plain.exit_code == 0, plain.output
    assert (
        "Confusion matrix" in plain.stdout
        and "Misclassified (1)" in plain.stdout
        and "Hours worked per week" in plain.stdout
    )
    checked = kpi("metrics", "--dataset", data, "--check", "--out", str(tmp_path / "m.json"))
    assert checked.exit_code == 1
    assert "below target: metrics dev false_rejection = 0.500, target <= 0.05" in checked.stderr
    assert "heldout" not in checked.stderr, "the heldout item is right and has no hard cases to check"
    saved = json.loads((tmp_path / "m.json").read_text(encoding="utf-8"))
    assert saved["confusion"]["accept->reject"] == 1


def test_roles_table_and_check(tmp_path):
    from assistant.evaluation import datasets

    cases = {c.id: c.model_dump() for c in datasets.roles()}
    good = write_jsonl(tmp_path / "good.jsonl", [cases["r044"], cases["r111"]])
    ok = kpi("roles", "--dataset", good, "--check")
    assert ok.exit_code == 0, ok.output
    assert "Role matching" in ok.stdout and "All role matching figures meet their targets" in ok.stdout
    wrong = dict(cases["r111"], family="chef", id="x1")
    bad = write_jsonl(tmp_path / "bad.jsonl", [cases["r044"], wrong])
    result = kpi("roles", "--dataset", bad, "--check")
    assert result.exit_code == 1
    assert "Top-1 misses" in result.stdout and "x1" in result.stdout
    assert "below target: roles heldout top1 = 0.000, target >= 0.90" in result.stderr
    assert "roles dev" not in result.stderr, "r044 (dev) is matched right"


def test_sets_table_and_check(tmp_path):
    effort = {
        "name": "Hours worked per week",
        "measure": "Hours in the timesheet",
        "target": "45 hours",
        "cadence": "weekly",
    }
    rows = [
        {"id": "s1", "role": "pharmacy technician", "kpis": [effort], "verdict": "pass", "split": "dev"},
    ]
    data = write_jsonl(tmp_path / "s.jsonl", rows)
    result = kpi("sets", "--dataset", data, "--check")
    assert result.exit_code == 1
    assert "Wrong verdict or missing rule (1)" in result.stdout and "s1" in result.stdout
    assert "below target: sets dev verdict_ok = 0.000" in result.stderr


def test_eval_is_mounted_with_its_commands():
    result = CliRunner().invoke(app, ["eval", "--help"], env=ENV)
    assert result.exit_code == 0
    for cmd in ("compare", "roles", "metrics", "sets", "--prompt-version", "--check-baseline", "--concurrency"):
        assert cmd in result.stdout


def test_a_set_dataset_with_an_unreadable_cadence_names_the_case_in_one_line(tmp_path):
    bad = tmp_path / "sets.jsonl"
    case = {
        "id": "z1",
        "role": "Teacher",
        "kpis": [{"name": "Reading", "cadence": "every blue moon"}],
        "verdict": "pass",
    }
    bad.write_text(json.dumps(case) + "\n")
    result = kpi("sets", "--dataset", str(bad))
    assert result.exit_code == 2
    assert "z1" in result.stderr and "cadence" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
