"""Speed of `kpi eval` with the offline backend over the whole role dataset (issue 6). Prints figures.

    python bench/bench_eval.py

Runs the command as a user does, as a whole process: once with an empty data directory (the
retrieval index is built first), then warm, at concurrency 1 and 2. Target: at most 60 s on the
project's 2-core machine. The runs go to a temporary directory, not evals/runs/.
"""

from __future__ import annotations

import atexit
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET_S = 60.0


def kpi_eval(data_dir: Path, out: Path, concurrency: int) -> tuple[float, dict]:
    env = {**os.environ, "KPI_DATA_DIR": str(data_dir), "KPI_ENV_FILE": "", "KPI_BACKEND": "offline"}
    cmd = [
        sys.executable,
        "-m",
        "assistant.cli",
        "eval",
        "--out",
        str(out),
        "--concurrency",
        str(concurrency),
        "--no-progress",
    ]
    t = time.perf_counter()
    subprocess.run(cmd, cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - t
    return wall, json.loads((out / "summary.json").read_text(encoding="utf-8"))


def main() -> None:
    tmp = Path(tempfile.mkdtemp(prefix="kpi-bench-eval-"))
    atexit.register(shutil.rmtree, tmp, ignore_errors=True)  # the index and runs it made go with it
    data = tmp / "data"
    rows = []
    for label, concurrency in (("cold (index built first)", 1), ("warm", 1), ("warm", 2)):
        wall, summary = kpi_eval(data, tmp / f"run-{len(rows)}", concurrency)
        v = summary["versions"]["offline"]
        rows.append((label, concurrency, wall, summary["meta"]["n_cases"], v))
        print(
            f"kpi eval, {label}, concurrency {concurrency}: {wall:.1f} s wall for {summary['meta']['n_cases']} cases "
            f"(runner {summary['meta']['duration_s']} s; draft latency p50 {v['latency_ms']['p50']} ms, "
            f"p95 {v['latency_ms']['p95']} ms) -> {'within' if wall <= TARGET_S else 'OVER'} the {TARGET_S:.0f} s target"
        )
    v = rows[-1][4]
    print(
        "figures: "
        + ", ".join(
            f"{k} {v[k] * 100:.1f}%"
            for k in ("count_in_range", "validator_pass", "kra_coverage", "role_specificity", "grounding")
        )
    )


if __name__ == "__main__":
    main()
