"""Shared fixtures. The whole test session uses one temporary data directory (KPI_DATA_DIR), so
the Chroma index is built once; tests that need their own directory make one with tmp_path."""

from __future__ import annotations

import os
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
