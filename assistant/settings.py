"""Settings from the environment or a ``.env`` file (pydantic-settings).

Every setting has a ``KPI_`` variable; the OpenAI-compatible connection also reads the usual
``OPENAI_API_KEY`` and ``OPENAI_BASE_URL``. The key is a ``SecretStr`` so it never shows up in
``repr``, logs or exports.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

from pydantic import AliasChoices, Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from .errors import ConfigError


def _default_data_dir() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "kpi-assistant"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="KPI_",
        env_file=".env",
        env_file_encoding="utf-8",
        extra="ignore",
        populate_by_name=True,  # Settings(openai_api_key=...) works as well as the env aliases
    )

    backend: Literal["offline", "openai"] | None = Field(
        default=None, description="offline (default) or openai; None picks openai when a key or URL is set"
    )
    model: str = "gpt-4o-mini"
    openai_api_key: SecretStr | None = Field(
        default=None, validation_alias=AliasChoices("KPI_OPENAI_API_KEY", "OPENAI_API_KEY")
    )
    openai_base_url: str | None = Field(
        default=None, validation_alias=AliasChoices("KPI_OPENAI_BASE_URL", "OPENAI_BASE_URL")
    )
    temperature: float = Field(default=0.2, ge=0, le=2)
    timeout: float = Field(default=30.0, gt=0, description="Seconds per LLM request")
    max_retries: int = Field(default=2, ge=0, le=10, description="Retries per LLM request (429, 5xx, timeout)")
    max_repairs: int = Field(default=2, ge=0, le=5)
    prompt_version: str = "v2"
    cache: bool = True
    # LLM backend details (issue 4): Azure OpenAI, output format, size of answers, cache location.
    openai_api_version: str | None = Field(
        default=None,
        validation_alias=AliasChoices("KPI_OPENAI_API_VERSION", "OPENAI_API_VERSION"),
        description="Azure OpenAI API version; setting it (or an *.openai.azure.com URL) selects Azure",
    )
    structured_output: Literal["json_schema", "function_calling", "json_mode"] = Field(
        default="json_schema", description="How the model is asked for structured output"
    )
    max_output_tokens: int = Field(default=2500, ge=256, le=32_000)
    llm_cache_dir: Path | None = Field(default=None, description="Response cache; default: <data_dir>/llm-cache")

    embedder: Literal["wordllama", "openai"] = "wordllama"
    embedding_model: str = "text-embedding-3-small"

    data_dir: Path = Field(default_factory=_default_data_dir)
    knowledge_dir: Path | None = None
    max_kpis: int = Field(default=5, ge=1, le=10)
    max_chars: int = 50_000

    @field_validator("data_dir", mode="after")
    @classmethod
    def _expand(cls, v: Path) -> Path:
        return v.expanduser()

    @property
    def resolved_backend(self) -> str:
        if self.backend:
            return self.backend
        return "openai" if (self.openai_api_key or self.openai_base_url) else "offline"

    def require_llm(self) -> None:
        """Raise a clear error when the openai backend is asked for without a way to reach it."""
        if not (self.openai_api_key or self.openai_base_url):
            raise ConfigError(
                "backend 'openai' needs OPENAI_API_KEY (or OPENAI_BASE_URL for a local server such as "
                "Ollama or vLLM); set it in the environment or .env, or use --backend offline"
            )

    def api_key_value(self) -> str:
        # Local servers accept any key; the openai client insists on one being set.
        return self.openai_api_key.get_secret_value() if self.openai_api_key else "not-needed"


def get_settings(**overrides: object) -> Settings:
    """Settings from the environment, with explicit overrides (from the CLI or the app) on top."""
    clean = {k: v for k, v in overrides.items() if v is not None}
    env_file = os.environ.get("KPI_ENV_FILE", ".env") or None  # KPI_ENV_FILE="" ignores .env
    return Settings(_env_file=env_file, **clean)  # type: ignore[call-arg]
