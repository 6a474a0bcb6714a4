"""Evaluation datasets (JSONL under ``evals/datasets/``), schema-checked when loaded."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ValidationError

from ..errors import InputError

DATASETS = Path(__file__).resolve().parents[2] / "evals" / "datasets"
Split = Literal["dev", "heldout"]


class RoleCase(BaseModel):
    id: str
    family: str
    style: str = "short"
    split: Split = "dev"
    text: str
    kras: list[str] = []
    forbidden: list[str] = []


class MetricCase(BaseModel):
    id: str
    text: str
    label: Literal["accept", "reject"]
    kind: Literal["outcome", "deliverable", "effort", "activity", "surveillance"]
    role: str = ""
    hard: bool = False
    split: Split = "dev"


class SetKPI(BaseModel):
    name: str
    measure: str = ""
    target: str = ""
    cadence: str = "quarterly"
    kra: str = ""


class SetCase(BaseModel):
    id: str
    role: str = ""
    max_kpis: int = 5
    kpis: list[SetKPI]
    verdict: Literal["pass", "warn", "reject"]
    rules: list[str] = []
    split: Split = "dev"


def load_jsonl(path: Path | str, model: type[BaseModel]) -> list:
    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path}: dataset not found")
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            rows.append(model.model_validate(json.loads(line)))
        except (json.JSONDecodeError, ValidationError) as exc:
            first = str(exc).splitlines()[0]
            raise InputError(f"{path}:{n}: not a valid {model.__name__} row ({first})") from None
    if not rows:
        raise InputError(f"{path}: dataset is empty")
    return rows


def roles(path: Path | str | None = None) -> list[RoleCase]:
    return load_jsonl(path or DATASETS / "roles.jsonl", RoleCase)


def metrics(path: Path | str | None = None) -> list[MetricCase]:
    return load_jsonl(path or DATASETS / "metrics.jsonl", MetricCase)


def sets(path: Path | str | None = None) -> list[SetCase]:
    return load_jsonl(path or DATASETS / "sets.jsonl", SetCase)
