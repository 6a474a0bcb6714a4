"""Speed of the core pipeline (issue 2). Prints figures; asserts nothing.

    python bench/bench_core.py

Measures: index build from scratch; start-up with an unchanged index (and whether anything was
re-embedded); warm draft() median over the examples; `kpi draft FILE` as a whole process with
the index built; 50 files in one `kpi draft --format jsonl` call.
"""

from __future__ import annotations

import atexit
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted(p for p in (ROOT / "examples").iterdir() if p.suffix in (".txt", ".md"))


def main() -> None:
    data_dir = Path(tempfile.mkdtemp(prefix="kpi-bench-"))
    atexit.register(shutil.rmtree, data_dir, ignore_errors=True)  # the index it built goes with it
    os.environ["KPI_DATA_DIR"] = str(data_dir)
    os.environ["KPI_ENV_FILE"] = ""
    from assistant import retrieval
    from assistant.pipeline import draft
    from assistant.settings import get_settings

    settings = get_settings()
    t = time.perf_counter()
    index = retrieval.open_index(settings)
    build = time.perf_counter() - t
    print(f"index build from scratch: {build:.2f} s ({len(index.entries)} entries, rebuilt={index.rebuilt})")

    retrieval._cache.clear()
    embedded: list[int] = []
    original = index.embedder.embed
    index.embedder.embed = lambda texts: embedded.append(len(texts)) or original(texts)  # type: ignore[method-assign]
    t = time.perf_counter()
    reopened = retrieval.open_index(settings)
    print(
        f"start-up with unchanged index: {(time.perf_counter() - t) * 1000:.0f} ms, rebuilt={reopened.rebuilt}, "
        f"texts re-embedded={sum(embedded)}"
    )
    index.embedder.embed = original  # type: ignore[method-assign]

    texts = [p.read_text() for p in EXAMPLES]
    for text in texts:  # warm-up
        draft(text, settings)
    times = []
    for _ in range(5):
        for text in texts:
            t = time.perf_counter()
            draft(text, settings)
            times.append((time.perf_counter() - t) * 1000)
    print(
        f"warm draft(): median {statistics.median(times):.1f} ms, p95 {sorted(times)[int(len(times) * 0.95)]:.1f} ms over {len(times)} drafts"
    )

    kpi = [sys.executable, "-m", "assistant.cli"]
    runs = []
    for _ in range(3):
        t = time.perf_counter()
        subprocess.run([*kpi, "draft", str(EXAMPLES[0]), "-f", "json"], check=True, capture_output=True)
        runs.append(time.perf_counter() - t)
    print(f"`kpi draft FILE` whole process (index built): median {statistics.median(runs):.2f} s")

    files = [str(EXAMPLES[i % len(EXAMPLES)]) for i in range(50)]
    t = time.perf_counter()
    out = subprocess.run([*kpi, "draft", *files, "-f", "jsonl"], check=True, capture_output=True, text=True)
    print(
        f"50 files in one `kpi draft --format jsonl`: {time.perf_counter() - t:.2f} s ({len(out.stdout.splitlines())} results)"
    )


if __name__ == "__main__":
    main()
