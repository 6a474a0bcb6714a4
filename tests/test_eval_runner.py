"""The eval runner on a slice of the role dataset (offline backend): the files a run writes, what the
reports show, failures kept per case, concurrency, and the baseline gate."""

from __future__ import annotations

import copy
import json
import re

import pytest

from assistant.errors import InputError
from assistant.evaluation import drafts, report


def test_run_writes_cases_summary_and_reports(offline_run, eval_slice):
    out = offline_run.out_dir
    assert {p.name for p in out.iterdir()} >= {"cases.jsonl", "summary.json", "report.md", "report.html"}
    rows = [json.loads(line) for line in (out / "cases.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == ["r001", "r031", "r044", "r061", "r079", "r111"]
    for r in rows:
        assert r["error"] is None, r["error"]
        assert 3 <= r["n_kpis"] <= 5 and r["latency_ms"] > 0
        assert r["kpis"] and all(k["name"] for k in r["kpis"])
        assert 0.0 <= r["kra_coverage"] <= 1.0 and r["version"] == "offline"
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    v = summary["versions"]["offline"]
    assert v["n"] == 6 and v["errors"] == 0 and v["calls"] == 0
    assert v["kra_coverage"] == pytest.approx(sum(r["kra_coverage"] for r in rows) / 6, abs=1e-3)
    assert summary["meta"]["backend"] == "offline" and summary["meta"]["n_cases"] == 6
    assert summary["meta"]["dataset"].endswith("roles-slice.jsonl")
    assert len(summary["worst"]["offline"]) == 6


def test_reports_are_self_contained_and_show_metrics_families_and_worst_cases(offline_run):
    page = (offline_run.out_dir / "report.html").read_text(encoding="utf-8")
    assert page.count("<svg") >= 1 and "<rect" in page
    assert not re.search(r"(?:src|href)\s*=|https?://|<script|@import|url\(", page), "nothing may load from elsewhere"
    for label in ("Key result area coverage", "Role specificity", "By role family", "Worst cases"):
        assert label in page
    assert "payroll-specialist" in page and "r044" in page
    md = (offline_run.out_dir / "report.md").read_text(encoding="utf-8")
    assert "| Key result area coverage | 80.0% |" in md
    assert "## By role family" in md and "| pharmacy-technician | 1 |" in md
    worst = offline_run.summary["worst"]["offline"][0]
    assert f"#### {worst}:" in md


def test_report_shows_versions_side_by_side_with_judge_scores(offline_run):
    summary = copy.deepcopy(offline_run.summary)
    rows = copy.deepcopy(offline_run.rows)
    v2 = {**summary["versions"]["offline"], "kra_coverage": 0.123, "judge_role_fit": 3.5}
    summary["versions"] = {"v1": summary["versions"]["offline"], "v2": v2}
    for key in ("by_family", "by_style", "worst"):
        summary[key] = {"v1": summary[key]["offline"], "v2": summary[key]["offline"]}
    rows = [{**r, "version": v} for v in ("v1", "v2") for r in rows]
    md = report.markdown(summary, rows)
    assert "| Metric | Target | v1 | v2 |" in md
    assert "| Key result area coverage | 80.0% | " in md and "| 12.3% |" in md
    assert "| Judge: role fit (1-5) |  | - | 3.50 |" in md
    page = report.html(summary, rows)
    assert page.count("<svg") == 2, "automatic metrics and judge scores each get a chart"
    assert "v2: Key result area coverage = 12.3%" in page


def test_a_failing_case_scores_zero_and_the_run_goes_on(settings, eval_slice, tmp_path):
    lines = eval_slice.read_text(encoding="utf-8").splitlines()[:2]
    broken = {"id": "x-lorem", "family": "chef", "text": "Lorem ipsum dolor sit amet, consectetur adipiscing elit."}
    data = tmp_path / "with-bad.jsonl"
    data.write_text("\n".join([*lines, json.dumps(broken)]) + "\n", encoding="utf-8")
    run = drafts.run(settings, dataset=data, out_dir=tmp_path / "run")
    bad = next(r for r in run.rows if r["id"] == "x-lorem")
    assert bad["error"].startswith("InputError") and bad["kra_coverage"] == 0.0 and bad["count_in_range"] == 0.0
    assert run.summary["versions"]["offline"]["errors"] == 1
    assert run.summary["versions"]["offline"]["count_in_range"] == pytest.approx(2 / 3, abs=1e-3)
    assert "Draft failed: InputError" in (tmp_path / "run" / "report.md").read_text(encoding="utf-8")


def test_concurrency_gives_the_same_results(settings, eval_slice, offline_run):
    parallel = drafts.run(settings, dataset=eval_slice, concurrency=3, write=False)
    keys = [k for k, _ in drafts.HEADLINE]
    assert [r["id"] for r in parallel.rows] == [r["id"] for r in offline_run.rows]
    for a, b in zip(offline_run.rows, parallel.rows, strict=True):
        assert {k: a[k] for k in keys} == {k: b[k] for k in keys}
        assert [k["name"] for k in a["kpis"]] == [k["name"] for k in b["kpis"]]


def test_progress_is_reported_for_every_case(settings, eval_slice):
    seen: list[tuple[int, int]] = []
    drafts.run(
        settings, dataset=eval_slice, ids=["r044", "r111"], write=False, on_progress=lambda d, t, _: seen.append((d, t))
    )
    assert seen == [(1, 2), (2, 2)]


def test_selecting_cases(settings, eval_slice):
    heldout = drafts.run(settings, dataset=eval_slice, split="heldout", write=False)
    assert [r["id"] for r in heldout.rows] == ["r111"]
    with pytest.raises(InputError, match="no case with id r999"):
        drafts.run(settings, dataset=eval_slice, ids=["r999"], write=False)
    with pytest.raises(InputError, match="--concurrency"):
        drafts.run(settings, dataset=eval_slice, concurrency=0, write=False)
    with pytest.raises(InputError, match="--limit"):
        drafts.run(settings, dataset=eval_slice, limit=0, write=False)


def test_baseline_gate_names_the_metric_that_fell(offline_run):
    cfg = drafts.load_config()
    assert drafts.check_baseline(offline_run.summary, offline_run.summary, cfg) == []
    better = copy.deepcopy(offline_run.summary)
    better["versions"]["offline"]["kra_coverage"] += 0.2
    failures = drafts.check_baseline(offline_run.summary, better, cfg)
    assert len(failures) == 1 and failures[0].startswith("kra_coverage (Key result area coverage) fell")
    # a drop inside the margin passes
    slightly = copy.deepcopy(offline_run.summary)
    slightly["versions"]["offline"]["kra_coverage"] += cfg.baseline.margin("kra_coverage") / 2
    assert drafts.check_baseline(offline_run.summary, slightly, cfg) == []


def test_baseline_on_other_cases_is_refused(offline_run):
    other = copy.deepcopy(offline_run.summary)
    other["meta"]["cases_sha"] = "0" * 16
    other["meta"]["n_cases"] = 125
    with pytest.raises(InputError, match="baseline was measured on 125 cases"):
        drafts.check_baseline(offline_run.summary, other, drafts.load_config())


def test_saved_baseline_matches_the_offline_run_format():
    summary = drafts.load_summary(drafts.load_config().baseline.resolved_path())
    meta = summary["meta"]
    assert meta["backend"] == "offline" and meta["split"] == "all" and meta["n_cases"] >= 80
    assert set(summary["versions"]) == {"offline"}
    assert all(summary["versions"]["offline"].get(k) is not None for k, _ in drafts.HEADLINE)
