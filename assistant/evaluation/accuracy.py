"""Accuracy of the two classifiers: role matching and the validator (metrics and sets).

Each function returns a plain dict (printed as tables by ``kpi eval roles|metrics|sets`` and
saved as JSON with ``--out``); figures are reported for the dev split, the held-out split and
all cases, so tuning on dev shows up as a gap on held-out.
"""

from __future__ import annotations

from collections import Counter

from pydantic import ValidationError

from ..errors import InputError
from ..models import KPI
from ..pipeline import get_index, get_validator
from ..readers import html_to_text
from ..roles import match_families, parse_posting
from ..settings import Settings
from . import datasets


def _split_stats(rows: list[dict], keys: list[str]) -> dict[str, dict[str, float]]:
    out: dict[str, dict[str, float]] = {}
    for split in ("dev", "heldout", "all"):
        sel = [r for r in rows if split == "all" or r["split"] == split]
        if not sel:
            continue
        out[split] = {"n": len(sel), **{k: round(sum(r[k] for r in sel) / len(sel), 4) for k in keys}}
    return out


def role_matching(settings: Settings, path: str | None = None) -> dict:
    index = get_index(settings)
    known = {f.id for f in index.kb.families}
    rows: list[dict] = []
    for case in datasets.roles(path):
        if case.family not in known:
            continue
        matches = match_families(index, parse_posting(html_to_text(case.text)), top=3)
        got = [m.family for m in matches]
        rows.append(
            {
                "id": case.id,
                "split": case.split,
                "style": case.style,
                "expected": case.family,
                "top3": got,
                "top1": float(got[0] == case.family),
                "in_top3": float(case.family in got),
            }
        )
    return {
        "summary": _split_stats(rows, ["top1", "in_top3"]),
        "misses": [r for r in rows if not r["top1"]],
        "by_style": {
            s: _split_stats([r for r in rows if r["style"] == s], ["top1"])["all"]
            for s in sorted({r["style"] for r in rows})
        },
    }


def metric_classification(settings: Settings, path: str | None = None) -> dict:
    validator = get_validator(settings)
    cases = datasets.metrics(path)
    reports = validator.check_kpis([c.text for c in cases])
    rows: list[dict] = []
    confusion: Counter[tuple[str, str]] = Counter()
    for c, r in zip(cases, reports, strict=True):
        got = "reject" if r.verdict == "reject" else "accept"
        confusion[(c.label, got)] += 1
        rows.append(
            {
                "id": c.id,
                "split": c.split,
                "text": c.text,
                "label": c.label,
                "kind": c.kind,
                "got": got,
                "got_kind": r.kind,
                "hard": c.hard,
                "correct": float(got == c.label),
                "why": r.findings[0].message if r.findings else "",
            }
        )

    def block(sel: list[dict]) -> dict[str, float]:
        rej = [r for r in sel if r["label"] == "reject"]
        acc = [r for r in sel if r["label"] == "accept"]
        hard = [r for r in sel if r["hard"]]
        return {
            "n": len(sel),
            "accuracy": round(sum(r["correct"] for r in sel) / max(1, len(sel)), 4),
            "reject_recall": round(sum(r["got"] == "reject" for r in rej) / max(1, len(rej)), 4),
            "false_rejection": round(sum(r["got"] == "reject" for r in acc) / max(1, len(acc)), 4),
            "hard_accuracy": round(sum(r["correct"] for r in hard) / max(1, len(hard)), 4),
        }

    return {
        "summary": {
            split: block(sel)
            for split, sel in (
                ("dev", [r for r in rows if r["split"] == "dev"]),
                ("heldout", [r for r in rows if r["split"] == "heldout"]),
                ("all", rows),
            )
            if sel
        },
        "confusion": {f"{a}->{b}": n for (a, b), n in sorted(confusion.items())},
        "misclassified": [r for r in rows if not r["correct"]],
    }


def set_verdicts(settings: Settings, path: str | None = None) -> dict:
    validator = get_validator(settings)
    rows: list[dict] = []
    for case in datasets.sets(path):
        try:
            kpis = [
                KPI(name=k.name, measure=k.measure, target=k.target, cadence=k.cadence, kra=k.kra) for k in case.kpis
            ]
        except ValidationError as e:
            err = e.errors()[0]
            field = ".".join(str(x) for x in err["loc"])
            raise InputError(f"set {case.id}: KPI {field}: {err['msg']} (got {err.get('input')!r})") from None
        report = validator.check_set(kpis, case.role or None, max_kpis=case.max_kpis)
        got_rules = sorted({f.rule for f in report.findings})
        rows.append(
            {
                "id": case.id,
                "split": case.split,
                "role": case.role,
                "expected": case.verdict,
                "got": report.verdict,
                "expected_rules": sorted(set(case.rules)),
                "got_rules": got_rules,
                "verdict_ok": float(report.verdict == case.verdict),
                "rules_ok": float(set(case.rules) <= set(got_rules)),
                "rules_exact": float(sorted(set(case.rules)) == got_rules),
            }
        )
    return {
        "summary": _split_stats(rows, ["verdict_ok", "rules_ok", "rules_exact"]),
        "wrong": [r for r in rows if not (r["verdict_ok"] and r["rules_ok"])],
    }
