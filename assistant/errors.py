"""One small error hierarchy. Every message names the input and says what to do."""

from __future__ import annotations


class KPIError(Exception):
    """Base class for errors a user can act on. ``str(err)`` is one readable line."""


class InputError(KPIError):
    """The job description, file or KPI list given by the user cannot be used."""


class KnowledgeError(KPIError):
    """A knowledge-base file is missing or does not match its schema."""


class ConfigError(KPIError):
    """Settings are inconsistent (for example, an LLM backend without a key or URL)."""


class BackendError(KPIError):
    """The LLM backend failed after its retries (timeout, rate limit, bad output)."""


class StoreError(KPIError):
    """The saved-sets database could not be read or written."""
