"""Evaluation runs: role matching, validator accuracy, draft quality (``kpi eval``)."""
