"""Per-draft metrics of the eval runner (assistant/evaluation/drafts.py) on hand-built drafts:
a good set for the role must score well, and each kind of bad set must lose on the metric that
names its fault, with the evidence a reader needs."""

from __future__ import annotations

import pytest

from assistant.evaluation import datasets, drafts
from assistant.knowledge import to_kpi
from assistant.models import KPI, DraftResult, RoleProfile


@pytest.fixture(scope="module")
def ctx(index):
    return drafts.make_context(index, datasets.roles(), drafts.load_config())


@pytest.fixture(scope="module")
def cases():
    return {c.id: c for c in datasets.roles()}


def family_set(index, family: str, n: int = 4) -> list[KPI]:
    """The family's first example KPI in each of ``n`` key result areas, as KPI records with sources."""
    fam = index.kb.family(family)
    seen: set[str] = set()
    out = []
    for ex in fam.kpis:
        if ex.kra not in seen and len(out) < n:
            seen.add(ex.kra)
            out.append(to_kpi(fam, ex))
    return out


def result_for(validator, case, kpis: list[KPI]) -> DraftResult:
    role = RoleProfile(title=case.id, family=case.family)
    report = validator.check_set(kpis, role)
    return DraftResult(role=role, kpis=kpis, findings=report.findings, verdict=report.verdict)


def test_a_good_set_for_the_role_scores_well(ctx, cases, index, validator):
    case = cases["r044"]  # payroll specialist
    row = drafts.score_draft(ctx, case, result_for(validator, case, family_set(index, "payroll-specialist")))
    assert row["count_in_range"] == 1.0 and row["no_reject"] == 1.0 and row["validator_pass"] == 1.0
    assert row["grounding"] == 1.0 and row["completeness"] == 1.0 and row["no_duplicates"] == 1.0
    assert row["forbidden_absent"] == 1.0 and row["forbidden_hits"] == []
    assert row["kra_coverage"] >= 0.75
    assert row["role_specificity"] == 1.0
    assert row["family_match"] == 1.0


@pytest.mark.parametrize(
    ("case_id", "own", "other"),
    [("r044", "payroll-specialist", "chef"), ("r111", "pharmacy-technician", "software-engineer")],
)
def test_another_roles_kpis_lose_coverage_and_specificity(ctx, cases, index, validator, case_id, own, other):
    case = cases[case_id]
    good = drafts.score_draft(ctx, case, result_for(validator, case, family_set(index, own)))
    wrong = drafts.score_draft(ctx, case, result_for(validator, case, family_set(index, other)))
    assert wrong["kra_coverage"] < good["kra_coverage"]
    assert wrong["kra_coverage"] == 0.0
    assert wrong["role_specificity"] < good["role_specificity"]
    # the evidence: every expected area is listed as missed, with the closest KPI
    assert {m["area"] for m in wrong["missing_kras"]} == set(case.kras)
    assert all(m["closest"] for m in wrong["missing_kras"])
    assert wrong["closer_to_other_roles"] and all(
        c["closer_family"] != case.family for c in wrong["closer_to_other_roles"]
    )


def test_a_posting_saved_as_a_web_page_is_scored_on_its_visible_text(index, cases, validator):
    plain = cases["r044"]
    page = plain.model_copy(
        update={
            "id": "r044-html",
            "text": "<html><head><style>.a{color:#333;margin:12px}</style><script>var t=1;</script></head><body>"
            + "".join(f"<p>{line}</p>" for line in plain.text.splitlines() if line.strip())
            + "</body></html>",
        }
    )
    others = [c for c in datasets.roles() if c.family != plain.family]
    kpis = family_set(index, "payroll-specialist")
    rows = []
    for case in (plain, page):
        ctx = drafts.make_context(index, [case, *others], drafts.load_config())
        rows.append(drafts.score_draft(ctx, case, result_for(validator, case, kpis)))
    assert rows[1]["role_specificity"] == rows[0]["role_specificity"] == 1.0


def test_forbidden_metric_is_found_by_meaning(ctx, cases, index, validator):
    case = cases["r111"]  # forbids "prescriptions filled per hour"
    kpis = family_set(index, "pharmacy-technician", 3) + [
        KPI(
            name="Prescriptions filled per hour",
            measure="Items dispensed / hours on shift",
            target="Agree with the pharmacist",
            sources=["pharmacy-technician/dispensing-error-rate"],
        )
    ]
    row = drafts.score_draft(ctx, case, result_for(validator, case, kpis))
    assert row["forbidden_absent"] == 0.0
    assert row["forbidden_hits"][0]["forbidden"] == "prescriptions filled per hour"
    assert row["forbidden_hits"][0]["kpi"] == "Prescriptions filled per hour"
    assert row["no_reject"] == 0.0, "the validator rejects it too, so the set has a rejected KPI"
    assert row["validator_pass"] == 0.75


def test_duplicates_and_repeated_areas(ctx, cases, index, validator):
    case = cases["r044"]
    base = family_set(index, "payroll-specialist", 3)
    same_area = base[0].model_copy(
        update={
            "name": "Employees raising a query about their net pay",
            "definition": "Employees rarely need to question their pay.",
            "measure": "Pay queries logged in the HR helpdesk / employees paid",
        }
    )
    row = drafts.score_draft(ctx, case, result_for(validator, case, [*base, same_area]))
    assert row["no_duplicates"] == 0.0
    assert any(base[0].kra in d for d in row["duplicates"])
    copy = drafts.score_draft(ctx, case, result_for(validator, case, [*base, base[1]]))
    assert copy["no_duplicates"] == 0.0
    assert any(f"'{base[1].name}'" in d for d in copy["duplicates"])


def test_sources_must_cite_real_knowledge_entries(ctx, cases, index, validator):
    case = cases["r044"]
    kpis = family_set(index, "payroll-specialist")
    kpis[0] = kpis[0].model_copy(update={"sources": []})
    kpis[1] = kpis[1].model_copy(update={"sources": ["payroll-specialist/made-up-kpi"]})
    row = drafts.score_draft(ctx, case, result_for(validator, case, kpis))
    assert row["grounding"] == 0.5
    assert row["unresolved_sources"] == ["payroll-specialist/made-up-kpi"]


def test_invented_numbers_and_missing_fields_make_a_kpi_incomplete(ctx, cases, index, validator):
    case = cases["r044"]
    kpis = family_set(index, "payroll-specialist")
    kpis[0] = kpis[0].model_copy(update={"target": "Reduce errors by 37% to 2.1%"})
    kpis[1] = kpis[1].model_copy(update={"measure": ""})
    kpis[2] = kpis[2].model_copy(update={"baseline": "12 late filings last year"})
    row = drafts.score_draft(ctx, case, result_for(validator, case, kpis))
    assert row["completeness"] == 0.25
    text = " ".join(row["incomplete"])
    assert "KPI 1" in text and "37" in text and "2.1" in text
    assert "KPI 2 has no measure" in text
    assert "KPI 3" in text and "12" in text


def test_invented_numbers_allows_what_the_posting_states_and_review_windows():
    kpi = KPI(
        name="Pay runs on time", target="At least 99% within 2 working days, over two quarters", baseline="To be set"
    )
    assert drafts.invented_numbers(kpi, "Payroll officer. Pay runs must be 99% on time within 2 working days.") == []
    flagged = drafts.invented_numbers(kpi, "Payroll officer running the monthly pay run.")
    assert [f.split("states ")[1].split(",")[0] for f in flagged] == ["2", "99"]
    window = KPI(name="Retention", target="Improve on the baseline within 12 months; per 1,000 employees; Q3")
    assert drafts.invented_numbers(window, "no numbers here") == []


def test_too_few_kpis_is_out_of_range(ctx, cases, index, validator):
    case = cases["r044"]
    row = drafts.score_draft(ctx, case, result_for(validator, case, family_set(index, "payroll-specialist", 2)))
    assert row["count_in_range"] == 0.0 and row["n_kpis"] == 2
    empty = drafts.score_draft(ctx, case, result_for(validator, case, []))
    assert empty["count_in_range"] == 0.0 and empty["kra_coverage"] == 0.0 and empty["forbidden_absent"] == 0.0


def test_summary_averages_cases_and_counts_failures():
    ok = {
        "version": "offline",
        "id": "a",
        "family": "f",
        "style": "short",
        "latency_ms": 10.0,
        "error": None,
        "calls": 2,
        "prompt_tokens": 100,
    }
    ok.update({k: 1.0 for k, _ in drafts.HEADLINE})
    ok["kra_coverage"] = 0.5
    bad = {
        **drafts.failed_row(),
        "version": "offline",
        "id": "b",
        "family": "g",
        "style": "messy",
        "latency_ms": 30.0,
        "error": "InputError: x",
    }
    for r in (ok, bad):
        r["composite"] = drafts.composite(r)
    s = drafts.summarise([ok, bad], ["offline"])
    v = s["versions"]["offline"]
    assert v["n"] == 2 and v["errors"] == 1
    assert v["kra_coverage"] == 0.25 and v["grounding"] == 0.5
    assert v["calls"] == 2 and v["prompt_tokens"] == 100
    assert v["latency_ms"]["p50"] == 20.0
    assert s["worst"]["offline"][0] == "b"
    assert set(s["by_family"]["offline"]) == {"f", "g"}


def test_config_errors_name_the_file_and_key(tmp_path):
    bad = tmp_path / "config.yaml"
    bad.write_text("match:\n  kra_coverage: 3\n", encoding="utf-8")
    with pytest.raises(Exception, match=r"config.yaml: match.kra_coverage"):
        drafts.load_config(bad)
    bad.write_text("match: [unclosed\n", encoding="utf-8")
    with pytest.raises(Exception, match="not valid YAML"):
        drafts.load_config(bad)
    with pytest.raises(Exception, match="eval config not found"):
        drafts.load_config(tmp_path / "missing.yaml")
    assert drafts.load_config().match.kra_coverage == pytest.approx(0.35)
