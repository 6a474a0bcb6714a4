"""Benchmark the LLM drafting chain: LLM calls per draft and prompt tokens per call.

Runs ``assistant.pipeline.draft`` with the openai backend on every posting of
``evals/datasets/roles.jsonl`` against the stub OpenAI-compatible server (tests/llm_server.py,
127.0.0.1, no network). The stub's scripted answers: the role family's example KPIs from the
knowledge base, one per key result area, that the validator accepts; every 5th draft's first answer carries an effort KPI
instead of one of them, so the validator rejects it and the repair loop runs. Tokens are counted
with the cl100k_base encoding (bpe-openai, tiktoken-compatible) over what each HTTP request
actually sent: the messages plus the JSON schema (response_format or tools).

    python bench/bench_llm.py                 # prompt v1 and v2
    python bench/bench_llm.py --versions v2 --limit 20

Targets (issue 4): <= 1.3 LLM calls per draft, <= 3,000 prompt tokens per call.
"""

from __future__ import annotations

import argparse
import atexit
import json
import os
import re
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
os.environ.setdefault("KPI_ENV_FILE", "")
for _var in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "KPI_BACKEND", "OPENAI_API_VERSION"):
    os.environ.pop(_var, None)

from llm_server import StubLLMServer, effort_kpi, kb_kpi, kb_set, structured  # noqa: E402

from assistant.llm import count_tokens  # noqa: E402
from assistant.pipeline import draft, get_index, get_validator  # noqa: E402
from assistant.settings import get_settings  # noqa: E402

TARGET_CALLS = 1.3
TARGET_TOKENS = 3000
BAD_EVERY = 5


def request_tokens(body: dict) -> int:
    """Prompt tokens of one chat request: message contents (+4 per message) and the output schema."""
    n = sum(count_tokens(str(m.get("content") or "")) + 4 for m in body.get("messages", []))
    schema = body.get("response_format") or body.get("tools")
    return n + (count_tokens(json.dumps(schema)) if schema else 0)


def make_responder(kb, state: dict, validator=None):  # noqa: ANN001, ANN201
    def respond(body: dict):  # noqa: ANN202
        family = state["family"]
        user = body["messages"][1]["content"]
        if "replacement KPIs" in user:
            wanted = int(re.search(r"Write exactly (\d+) replacement", user).group(1))
            ids = re.findall(r"^- id: ([\w-]+/[\w-]+)$", user, re.M)
            picks = [kb_kpi(kb, *i.split("/")) for i in ids[:wanted]]
            return structured({"kpis": picks})
        answer = kb_set(kb, family, n=4, validator=validator)
        if state["bad"]:
            answer["kpis"][1] = effort_kpi(kra=answer["kpis"][1]["kra"])
        return structured(answer)

    return respond


def run(version: str, roles: list[dict], server: StubLLMServer, data_dir: str, raw_sets: bool = False) -> dict:
    settings = get_settings(
        backend="openai",
        model="stub-model",
        openai_base_url=server.base_url,
        openai_api_key="sk-bench-not-a-real-key",
        prompt_version=version,
        cache=False,
        data_dir=data_dir,
    )
    index = get_index(settings)
    state: dict = {}
    server.reset()
    server.responder = make_responder(index.kb, state, None if raw_sets else get_validator(settings))
    per_draft_calls: list[int] = []
    tokens: dict[str, list[int]] = {"draft": [], "repair": []}
    fallbacks = failures = 0
    reported_prompt = 0
    t0 = time.perf_counter()
    for i, role in enumerate(roles):
        state.update(family=role["family"], bad=(i % BAD_EVERY == 0))
        before = len(server.chat_requests)
        try:
            result = draft(role["text"], settings)
        except Exception as exc:  # noqa: BLE001 - a posting the pipeline refuses is reported, not fatal
            failures += 1
            print(f"  {role['id']}: {type(exc).__name__}: {exc}", file=sys.stderr)
            continue
        reqs = server.chat_requests[before:]
        per_draft_calls.append(len(reqs))
        reported_prompt += result.usage.prompt_tokens
        fallbacks += any("offline" in n for n in result.notes)
        for r in reqs:
            kind = "repair" if "replacement KPIs" in r.messages[1]["content"] else "draft"
            tokens[kind].append(request_tokens(r.body))
    elapsed = time.perf_counter() - t0
    all_tokens = tokens["draft"] + tokens["repair"]
    calls = sum(per_draft_calls)
    return {
        "version": version,
        "drafts": len(per_draft_calls),
        "refused": failures,
        "calls": calls,
        "calls_per_draft": calls / max(1, len(per_draft_calls)),
        "tokens_per_call": statistics.mean(all_tokens) if all_tokens else 0.0,
        "tokens_max": max(all_tokens, default=0),
        "draft_tokens": statistics.mean(tokens["draft"]) if tokens["draft"] else 0.0,
        "repair_tokens": statistics.mean(tokens["repair"]) if tokens["repair"] else 0.0,
        "repairs": len(tokens["repair"]),
        "fallbacks": fallbacks,
        "reported_prompt_tokens_per_call": reported_prompt / max(1, calls),
        "ms_per_draft": 1000 * elapsed / max(1, len(per_draft_calls)),
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--dataset", default=str(ROOT / "evals" / "datasets" / "roles.jsonl"))
    ap.add_argument("--versions", nargs="+", default=["v1", "v2"])
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument(
        "--raw-kb-sets",
        action="store_true",
        help="script the first example per key result area even where the validator rejects it (duplicates, "
        "misread outcomes): measures what validator false positives cost in repair calls",
    )
    ap.add_argument("--data-dir", default=os.environ.get("KPI_DATA_DIR"))
    args = ap.parse_args()
    if not args.data_dir:  # a temporary index, removed at exit
        args.data_dir = tempfile.mkdtemp(prefix="kpi-bench-")
        atexit.register(shutil.rmtree, args.data_dir, ignore_errors=True)

    roles = [json.loads(line) for line in Path(args.dataset).read_text(encoding="utf-8").splitlines() if line.strip()]
    if args.limit:
        roles = roles[: args.limit]
    server = StubLLMServer().start()
    ok = True
    try:
        print(f"dataset: {args.dataset} ({len(roles)} postings); stub server {server.base_url}")
        kind = "first example per area, unfiltered" if args.raw_kb_sets else "examples the validator accepts"
        print(f"scripted answers: knowledge-base KPIs ({kind}); every {BAD_EVERY}th first answer has an effort KPI")
        print()
        header = (
            f"{'prompt':<7}{'drafts':>7}{'calls':>7}{'calls/draft':>13}{'repairs':>9}{'fallbacks':>10}"
            f"{'tok/call':>10}{'max':>7}{'draft':>8}{'repair':>8}{'ms/draft':>10}"
        )
        print(header)
        for version in args.versions:
            r = run(version, roles, server, args.data_dir, args.raw_kb_sets)
            print(
                f"{r['version']:<7}{r['drafts']:>7}{r['calls']:>7}{r['calls_per_draft']:>13.2f}{r['repairs']:>9}"
                f"{r['fallbacks']:>10}{r['tokens_per_call']:>10.0f}{r['tokens_max']:>7}{r['draft_tokens']:>8.0f}"
                f"{r['repair_tokens']:>8.0f}{r['ms_per_draft']:>10.0f}"
            )
            ok &= r["calls_per_draft"] <= TARGET_CALLS and r["tokens_max"] <= TARGET_TOKENS
        print()
        print(f"targets: <= {TARGET_CALLS} calls/draft, <= {TARGET_TOKENS:,} prompt tokens per call (max shown)")
        print("result:", "within targets" if ok else "OVER TARGET")
    finally:
        server.stop()
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
