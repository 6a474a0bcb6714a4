"""Refinement helpers the app uses: alternatives for a KPI and outcome rewrites of a metric,
offline (knowledge base + validator) and through the LLM with fallback to offline."""

from __future__ import annotations

import pytest
from llm_server import effort_kpi, error, kb_kpi, structured

from assistant.errors import InputError
from assistant.models import KPI
from assistant.refine import (
    resolve_role,
    rewrite_as_outcome,
    rewrite_as_outcome_offline,
    suggest_alternatives,
    suggest_alternatives_offline,
)

FAMILY = "pharmacy-technician"
ERRORS_KPI = "Dispensing errors reaching the patient per 10,000 items"


def verdicts(validator, kpis, role=FAMILY):
    return [r.verdict for r in validator.check_kpis(kpis, role)]


# ---- role forms ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("role", [FAMILY, "Pharmacy technician", "Senior Dispensary Technician"])
def test_role_may_be_a_family_id_or_a_title(settings, role):
    profile = resolve_role(role, settings)
    assert profile.family == FAMILY
    assert "Dispensing accuracy" in profile.key_result_areas


# ---- suggest_alternatives, offline ----------------------------------------------------------------------------


def test_alternatives_start_in_the_same_key_result_area(settings, index, validator):
    alts = suggest_alternatives(ERRORS_KPI, FAMILY, n=3, settings=settings)
    assert len(alts) == 3
    assert alts[0].kra == "Dispensing accuracy", "the area's other example comes first"
    assert ERRORS_KPI not in [a.name for a in alts], "never the KPI itself"
    assert len({a.name for a in alts}) == 3
    assert all(a.sources and a.sources[0].startswith(FAMILY + "/") for a in alts)
    assert "reject" not in verdicts(validator, alts)
    assert all(a.measure and a.data_source for a in alts)


def test_alternatives_follow_the_kpi_stated_area(settings):
    kpi = KPI(name="Prescriptions ready when promised", kra="Prescription turnaround", cadence="monthly")
    alts = suggest_alternatives(kpi, FAMILY, n=2, settings=settings)
    assert alts[0].kra == "Prescription turnaround"
    assert alts[0].name != kpi.name
    assert all(a.cadence == "monthly" for a in alts), "the user's review cadence is kept"


def test_alternatives_for_a_role_profile_and_n(settings):
    from conftest import EXAMPLES

    from assistant.pipeline import understand

    profile = understand((EXAMPLES / "pharmacy-technician.txt").read_text(encoding="utf-8"), settings)
    assert profile.family == FAMILY
    assert len(suggest_alternatives(ERRORS_KPI, profile, n=1, settings=settings)) == 1
    assert suggest_alternatives(ERRORS_KPI, profile, n=0, settings=settings) == []
    assert len(suggest_alternatives(ERRORS_KPI, profile, n=5, settings=settings)) == 5


def test_alternatives_without_role_use_the_nearest_family(settings):
    alts = suggest_alternatives("Mean time to restore service after a production incident", None, settings=settings)
    assert len(alts) == 3 and all(a.sources for a in alts)
    assert alts[0].sources[0].split("/")[0] in {"devops-engineer", "software-engineer", "it-support-technician"}


def test_empty_kpi_text_is_an_input_error(settings):
    with pytest.raises(InputError, match="empty"):
        suggest_alternatives("   ", FAMILY, settings=settings)


# ---- rewrite_as_outcome, offline ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("metric", "role", "family"),
    [
        ("Number of prescriptions filled per hour", "Pharmacy technician", FAMILY),
        ("Calls answered per day", "customer-support-agent", "customer-support-agent"),
        ("Hours logged per week", "Backend software engineer", "software-engineer"),
        ("Keystrokes and idle time tracked by monitoring software", "customer-support-agent", "customer-support-agent"),
    ],
)
def test_rewrite_turns_effort_into_an_outcome_of_the_role(settings, validator, metric, role, family):
    assert validator.check_kpis([metric], family)[0].verdict == "reject", "precondition: the metric is rejected"
    kpi = rewrite_as_outcome(metric, role, settings=settings)
    assert validator.check_kpis([kpi], family)[0].verdict != "reject"
    assert kpi.sources and kpi.sources[0].startswith(family + "/")
    assert kpi.measure and kpi.unit and kpi.data_source
    assert metric in kpi.rationale, "says what it replaces"
    assert kpi.baseline.startswith("To be set")


def test_rewrite_and_alternatives_never_repeat_a_kpi_already_in_the_set(settings, validator):
    first = rewrite_as_outcome("Hours worked per week", FAMILY, settings=settings)
    again = rewrite_as_outcome("Hours worked per week", FAMILY, settings=settings, avoid=[first.name.upper()])
    assert again.name != first.name
    assert validator.check_kpis([again], FAMILY)[0].verdict != "reject"
    alts = suggest_alternatives(ERRORS_KPI, FAMILY, n=3, settings=settings)
    fewer = suggest_alternatives(ERRORS_KPI, FAMILY, n=3, settings=settings, avoid=[alts[0].name])
    assert alts[0].name not in [k.name for k in fewer] and len(fewer) == 3


def test_rewrite_keeps_an_outcome_as_written(settings):
    kpi = rewrite_as_outcome("Share of prescriptions dispensed without error", FAMILY, settings=settings)
    assert kpi.name == "Share of prescriptions dispensed without error"
    assert kpi.measure, "but borrows a way to measure it"


# ---- through the LLM, falling back to offline -----------------------------------------------------------------


def test_llm_alternatives_are_validated_and_topped_up(llm_server, llm_settings, index, validator):
    good = [kb_kpi(index.kb, FAMILY, "near-miss-capture"), kb_kpi(index.kb, FAMILY, "claim-rejection-rate")]
    llm_server.enqueue(structured({"kpis": [good[0], effort_kpi("Prescriptions checked per hour"), good[1]]}))
    alts = suggest_alternatives(ERRORS_KPI, FAMILY, n=3, settings=llm_settings())

    assert len(llm_server.chat_requests) == 1
    sent = llm_server.chat_requests[0].text()
    assert ERRORS_KPI in sent and "<kpi>" in sent, "the KPI goes to the model as delimited data"
    names = [a.name for a in alts]
    assert names[:2] == [good[0]["name"], good[1]["name"]]
    assert "Prescriptions checked per hour" not in names, "the validator filters the model's answer"
    assert len(alts) == 3 and "reject" not in verdicts(validator, alts)


def test_llm_alternatives_fall_back_offline_on_failure(llm_server, llm_settings, settings):
    llm_server.enqueue(error(500), error(500), error(500))
    alts = suggest_alternatives(ERRORS_KPI, FAMILY, n=3, settings=llm_settings())
    assert len(llm_server.chat_requests) == 3
    assert [a.name for a in alts] == [a.name for a in suggest_alternatives_offline(ERRORS_KPI, FAMILY, 3, settings)]


def test_llm_rewrite(llm_server, llm_settings, index, validator):
    answer = kb_kpi(index.kb, FAMILY, "turnaround-within-standard")
    answer["rationale"] = "Replaces prescriptions filled per hour: patients care about getting them on time."
    llm_server.enqueue(structured({"kpis": [answer]}))
    kpi = rewrite_as_outcome("Number of prescriptions filled per hour", FAMILY, settings=llm_settings())
    assert kpi.name == answer["name"] and kpi.rationale == answer["rationale"]
    sent = llm_server.chat_requests[0].text()
    assert "<metric>" in sent and "activity_count" in sent, "the validator's findings go with the metric"


def test_llm_rewrite_that_is_still_effort_falls_back(llm_server, llm_settings, settings, validator):
    llm_server.enqueue(structured({"kpis": [effort_kpi("Prescriptions filled per hour")]}))
    kpi = rewrite_as_outcome("Number of prescriptions filled per hour", FAMILY, settings=llm_settings())
    offline = rewrite_as_outcome_offline("Number of prescriptions filled per hour", FAMILY, settings)
    assert kpi.name == offline.name
    assert validator.check_kpis([kpi], FAMILY)[0].verdict != "reject"


def test_llm_rewrite_timeout_falls_back(llm_server, llm_settings, settings):
    from llm_server import delay

    llm_server.enqueue(delay(1.0), delay(1.0))
    kpi = rewrite_as_outcome(
        "Calls answered per day", "customer-support-agent", settings=llm_settings(timeout=0.2, max_retries=1)
    )
    assert kpi.name == rewrite_as_outcome_offline("Calls answered per day", "customer-support-agent", settings).name
