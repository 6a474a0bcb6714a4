"""KPI drafting assistant: outcome-based KPIs from a job description, checked by a validator.

The pipeline is :func:`assistant.pipeline.draft`; the checks are
:func:`assistant.pipeline.validate_kpi` and :func:`assistant.pipeline.validate_set`.
"""

__version__ = "0.1.0"
