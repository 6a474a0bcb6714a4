"""Shared fixtures. The whole test session uses one temporary data directory (KPI_DATA_DIR), so
the Chroma index is built once; tests that need their own directory make one with tmp_path."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

_SESSION_DIR = Path(tempfile.mkdtemp(prefix="kpi-test-data-"))
os.environ["KPI_DATA_DIR"] = str(_SESSION_DIR)
os.environ["KPI_ENV_FILE"] = ""  # a developer's .env must not reach the tests
# Never let a developer's own key or server leak into tests.
for _var in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "KPI_BACKEND", "KPI_OPENAI_API_KEY", "KPI_OPENAI_BASE_URL"):
    os.environ.pop(_var, None)

ROOT = Path(__file__).resolve().parent.parent


def pytest_sessionfinish(session, exitstatus):  # noqa: ANN001, ARG001
    # the session's index (about 80 MB) goes with the session: repeated runs must not fill the disk
    shutil.rmtree(_SESSION_DIR, ignore_errors=True)


EXAMPLES = ROOT / "examples"


@pytest.fixture(scope="session")
def settings():
    from assistant.settings import get_settings

    return get_settings()


@pytest.fixture(scope="session")
def index(settings):
    from assistant.pipeline import get_index

    return get_index(settings)


@pytest.fixture(scope="session")
def validator(settings, index):
    from assistant.pipeline import get_validator

    return get_validator(settings)


# ---- LLM backend fixtures (issue 4: assistant/llm.py, tests/test_llm_*.py) --------------------------------------
# A real OpenAI-compatible HTTP server on 127.0.0.1 (tests/llm_server.py), one per session, emptied
# before each test; `llm_settings(**overrides)` points the openai backend at it with a test key and
# a per-test response cache directory.
for _var in ("OPENAI_API_VERSION", "KPI_OPENAI_API_VERSION", "KPI_MODEL", "KPI_LLM_CACHE_DIR"):
    os.environ.pop(_var, None)

TEST_API_KEY = "sk-test-DO-NOT-LEAK-4c7e9a1b2d"


@pytest.fixture(scope="session")
def _llm_server_session():
    from llm_server import StubLLMServer

    server = StubLLMServer().start()
    yield server
    server.stop()


@pytest.fixture
def llm_server(_llm_server_session):
    _llm_server_session.reset()
    yield _llm_server_session
    _llm_server_session.reset()


@pytest.fixture
def llm_settings(llm_server, tmp_path):
    from assistant.settings import get_settings

    def make(**overrides):
        values = {
            "backend": "openai",
            "model": "stub-model",
            "openai_base_url": llm_server.base_url,
            "openai_api_key": TEST_API_KEY,
            "timeout": 2.0,
            "max_retries": 2,
            "llm_cache_dir": tmp_path / "llm-cache",
            **overrides,
        }
        return get_settings(**values)

    return make


# ---- end of LLM backend fixtures -----------------------------------------------------------------------------------


# ---- eval runner fixtures (issue 6: assistant/evaluation/, tests/test_eval_*.py) ---------------------------------------
# A small slice of the role dataset (six cases, six families, both splits) so runner tests take seconds,
# and one offline run over it shared by the tests that only read its results.
EVAL_SLICE_IDS = ("r001", "r031", "r044", "r061", "r079", "r111")


@pytest.fixture(scope="session")
def eval_slice(tmp_path_factory) -> Path:
    src = ROOT / "evals" / "datasets" / "roles.jsonl"
    lines = [ln for ln in src.read_text(encoding="utf-8").splitlines() if ln.strip()]
    keep = [ln for ln in lines if any(f'"id": "{i}"' in ln for i in EVAL_SLICE_IDS)]
    assert len(keep) == len(EVAL_SLICE_IDS), "the slice cases must exist in evals/datasets/roles.jsonl"
    path = tmp_path_factory.mktemp("eval-data") / "roles-slice.jsonl"
    path.write_text("\n".join(keep) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def offline_run(settings, eval_slice, tmp_path_factory):
    from assistant.evaluation import drafts

    return drafts.run(settings, dataset=eval_slice, out_dir=tmp_path_factory.mktemp("eval-runs") / "offline")


# ---- end of eval runner fixtures ---------------------------------------------------------------------------------------
