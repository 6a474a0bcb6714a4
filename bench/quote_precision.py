"""How often a duty quoted back in a draft is the right reason for its KPI.

Drafts every posting of the four role datasets offline and looks up each quoted duty in
``evals/datasets/quote_pairs.jsonl``: duty-KPI pairs that independent readers labelled good (the duty is
work whose result the KPI measures) or bad (a generic, unrelated or merely word-sharing duty). Prints the
share of KPIs with a quoted duty, how many quotes carry a label, and the precision of the labelled ones.
Quotes the drafter makes that nobody labelled are counted apart, not guessed.

    python bench/quote_precision.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from assistant.drafter import _first_clause, _lower_first, _third_person  # noqa: E402
from assistant.evaluation import datasets  # noqa: E402
from assistant.pipeline import draft  # noqa: E402
from assistant.settings import Settings  # noqa: E402

DATASETS = ["roles.jsonl", "roles_holdout2.jsonl", "roles_holdout3.jsonl", "roles_holdout4.jsonl"]


def main() -> None:
    labels: dict[str, list[tuple[str, str]]] = {}
    for line in (datasets.DATASETS / "quote_pairs.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        clause = _lower_first(_first_clause(_third_person(row["duty"]))).rstrip(".")
        labels.setdefault(row["kpi"], []).append((clause, row["label"]))
    settings = Settings()
    print(f"{'dataset':24} {'KPIs':>5} {'quoted':>7} {'labelled':>9} {'precision':>10}")
    totals = [0, 0, 0, 0]
    for name in DATASETS:
        n_kpis = quoted = labelled = good = 0
        for case in datasets.roles(datasets.DATASETS / name):
            for kpi in draft(case.text, settings).kpis:
                n_kpis += 1
                if "The posting asks the" not in kpi.rationale:
                    continue
                quoted += 1
                hits = [lab for clause, lab in labels.get(kpi.name, []) if clause and clause in kpi.definition]
                if hits:
                    labelled += 1
                    good += hits[0] == "good"
        for i, v in enumerate((n_kpis, quoted, labelled, good)):
            totals[i] += v
        print(_row(name, n_kpis, quoted, labelled, good))
    print(_row("all", *totals))


def _row(name: str, n_kpis: int, quoted: int, labelled: int, good: int) -> str:
    precision = f"{good / labelled:.1%}" if labelled else "-"
    return f"{name:24} {n_kpis:5d} {quoted / max(n_kpis, 1):7.1%} {labelled:4d}/{quoted:<4d} {precision:>10}"


if __name__ == "__main__":
    main()
