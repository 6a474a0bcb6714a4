"""``kpi eval --backend openai`` against the stub OpenAI-compatible server (tests/llm_server.py):
two prompt versions side by side with the LLM judge, and a second run answered wholly from the
response cache (no HTTP request at all)."""

from __future__ import annotations

import json
import re

import pytest
from llm_server import content, error, kb_set, structured
from typer.testing import CliRunner

from assistant.cli import app

JUDGE_MARK = "strict reviewer of workplace KPIs"


def responder(kb, judge_answer=None):
    """Draft requests get the named family's example KPIs; judge requests get a score per KPI."""
    by_name = {f.name.lower(): f.id for f in kb.families}

    def answer(body):
        text = "\n".join(str(m.get("content") or "") for m in body.get("messages", []))
        if JUDGE_MARK in text:
            if judge_answer is not None:
                return judge_answer
            n = len(re.findall(r"^\d+\. ", text.split("<kpis>")[-1], re.M))
            return structured(
                {
                    "scores": [
                        {"index": i, "outcome_focus": 4, "measurability": 5, "role_fit": 3, "reason": "fine"}
                        for i in range(1, n + 1)
                    ]
                }
            )
        m = re.search(r"Role family: (.+)", text)
        family = by_name.get(m.group(1).strip().lower()) if m else None
        return structured(kb_set(kb, family or kb.families[0].id, n=4))

    return answer


@pytest.fixture
def openai_env(llm_server, monkeypatch, tmp_path):
    monkeypatch.setenv("OPENAI_BASE_URL", llm_server.base_url)
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test-eval")
    monkeypatch.setenv("KPI_MODEL", "stub-model")
    monkeypatch.setenv("KPI_LLM_CACHE_DIR", str(tmp_path / "llm-cache"))
    return llm_server


def kpi(*args: str):
    return CliRunner().invoke(app, ["eval", *args], env={"COLUMNS": "200"})


def test_two_prompt_versions_side_by_side_and_a_rerun_makes_no_http_call(openai_env, index, eval_slice, tmp_path):
    server = openai_env
    server.responder = responder(index.kb)
    args = ["--dataset", str(eval_slice), "--backend", "openai", "--prompt-version", "v1", "--prompt-version", "v2"]
    args += ["--judge", "--limit", "3", "--concurrency", "3", "--no-progress"]

    first = kpi(*args, "--out", str(tmp_path / "first"))
    assert first.exit_code == 0, first.output
    sent = len(server.chat_requests)
    drafting = [r.text() for r in server.chat_requests if JUDGE_MARK not in r.text()]
    judging = [r for r in server.chat_requests if JUDGE_MARK in r.text()]
    assert len(drafting) >= 6, "each of 3 cases drafted with each of 2 prompt versions"
    assert sum("Example KPIs from the knowledge base" in t for t in drafting) >= 3, "v2 shows retrieved examples"
    assert sum("Example KPIs from the knowledge base" not in t for t in drafting) >= 3, "v1 does not"
    assert judging, "the judge was asked"

    summary = json.loads((tmp_path / "first" / "summary.json").read_text(encoding="utf-8"))
    assert list(summary["versions"]) == ["v1", "v2"] and summary["meta"]["model"] == "stub-model"
    for v in ("v1", "v2"):
        s = summary["versions"][v]
        assert s["errors"] == 0 and s["fallbacks"] == 0
        assert s["calls"] >= 3 and s["prompt_tokens"] > 0 and s["completion_tokens"] > 0
        assert s["judge_outcome_focus"] == 4.0 and s["judge_measurability"] == 5.0 and s["judge_role_fit"] == 3.0
        assert s["grounding"] == 1.0, "KPIs citing knowledge entries are grounded"
    md = (tmp_path / "first" / "report.md").read_text(encoding="utf-8")
    assert "| Metric | Target | v1 | v2 |" in md and "| Judge: role fit (1-5) |  | 3.00 | 3.00 |" in md
    page = (tmp_path / "first" / "report.html").read_text(encoding="utf-8")
    assert "<th>v1</th><th>v2</th>" in page and page.count("<svg") == 2
    assert "Judge: outcome focus (1-5)" in first.stdout and "v1" in first.stdout and "v2" in first.stdout

    second = kpi(*args, "--out", str(tmp_path / "second"))
    assert second.exit_code == 0, second.output
    assert len(server.chat_requests) == sent, "the rerun is answered from the disk cache: zero HTTP calls"
    again = json.loads((tmp_path / "second" / "summary.json").read_text(encoding="utf-8"))
    for v in ("v1", "v2"):
        a, b = summary["versions"][v], again["versions"][v]
        assert b["calls"] == 0 and b["judge_calls"] == 0 and b["prompt_tokens"] == 0
        assert b["cached_calls"] == a["calls"]
        assert all(a[k] == b[k] for k in ("kra_coverage", "role_specificity", "validator_pass", "judge_role_fit"))


def test_a_judge_that_answers_nonsense_leaves_cases_unscored_not_failed(openai_env, index, eval_slice, tmp_path):
    openai_env.responder = responder(index.kb, judge_answer=content("I think these KPIs are great!"))
    result = kpi(
        "--dataset",
        str(eval_slice),
        "--backend",
        "openai",
        "--judge",
        "--limit",
        "2",
        "--out",
        str(tmp_path / "r"),
        "--no-progress",
    )
    assert result.exit_code == 0, result.output
    summary = json.loads((tmp_path / "r" / "summary.json").read_text(encoding="utf-8"))
    s = summary["versions"]["v2"]
    assert s["errors"] == 0 and s["count_in_range"] == 1.0
    assert s["judge_errors"] == 2 and s["judge_role_fit"] is None
    rows = [json.loads(line) for line in (tmp_path / "r" / "cases.jsonl").read_text(encoding="utf-8").splitlines()]
    assert all("JSON" in r["judge_error"] for r in rows)


def test_judge_drops_scores_out_of_range_or_for_kpis_that_do_not_exist():
    from assistant.evaluation.judge import read_scores

    parsed = {
        "scores": [
            {"index": 1, "outcome_focus": 5, "measurability": 4, "role_fit": 3, "reason": "ok"},
            {"index": 1, "outcome_focus": 1, "measurability": 1, "role_fit": 1, "reason": "repeat"},
            {"index": 2, "outcome_focus": 9, "measurability": 4, "role_fit": 3, "reason": "out of range"},
            {"index": 7, "outcome_focus": 2, "measurability": 2, "role_fit": 2, "reason": "no such KPI"},
            "garbage",
        ]
    }
    scores = read_scores(parsed, n_kpis=3)
    assert [(s["index"], s["outcome_focus"]) for s in scores] == [(1, 5)]


def test_drafts_the_offline_drafter_answered_are_counted(openai_env, eval_slice, tmp_path):
    openai_env.responder = lambda body: error(500, "model down")
    result = kpi(
        "--dataset",
        str(eval_slice),
        "--backend",
        "openai",
        "--limit",
        "2",
        "--out",
        str(tmp_path / "r"),
        "--no-progress",
    )
    assert result.exit_code == 0, result.output
    assert "Drafts the offline drafter answered (LLM failed)" in result.stdout
    summary = json.loads((tmp_path / "r" / "summary.json").read_text(encoding="utf-8"))
    assert summary["versions"]["v2"]["fallbacks"] == 2 and summary["versions"]["v2"]["errors"] == 0
    md = (tmp_path / "r" / "report.md").read_text(encoding="utf-8")
    assert "Note from the pipeline: The language model (stub-model) could not be used" in md
