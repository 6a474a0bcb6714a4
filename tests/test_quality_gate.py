"""The CI quality gate: the whole offline eval against the saved baseline (evals/baselines/offline.json).

Fails, naming the metric, when a headline metric (coverage, specificity, validator pass, ...)
falls below the baseline by more than its margin in evals/config.yaml. After a deliberate change,
re-save the baseline with `kpi eval --save-baseline` and commit it with the change.
"""

from __future__ import annotations

from assistant.evaluation import drafts


def test_offline_drafts_do_not_regress_below_the_saved_baseline(settings):
    config = drafts.load_config()
    baseline = drafts.load_summary(config.baseline.resolved_path())
    run = drafts.run(settings, concurrency=2, write=False)
    failures = drafts.check_baseline(run.summary, baseline, config)
    assert not failures, "\n".join(failures)
    offline = run.summary["versions"]["offline"]
    assert offline["count_in_range"] == 1.0
    assert offline["no_reject"] == 1.0
    assert offline["grounding"] == 1.0
