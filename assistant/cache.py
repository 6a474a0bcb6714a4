"""A response cache on disk, so the same request never costs a second API call.

Keys are hashes of everything that decides an answer: the model (and endpoint), the prompt
versions and their text, the output schema and the inputs (the formatted messages). Values are
small JSON files under ``<data_dir>/llm-cache/<2 hex>/<hash>.json``, written atomically.
Nothing secret goes into a key or a file: callers pass the model name and the inputs, never the
API key. Any component can reuse it (the eval runner for judge answers, for example)::

    cache = ResponseCache.for_settings(settings)
    key = cache.key(model="gpt-4o-mini", prompt="judge/v1", inputs=messages)
    hit = cache.get(key)
    if hit is None:
        cache.put(key, answer_dict, meta={"model": "gpt-4o-mini", "prompt": "judge/v1"})
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import time
from pathlib import Path
from typing import Any

from .settings import Settings

CACHE_FORMAT = 1


def _canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)


class ResponseCache:
    """JSON answers on disk keyed by a hash of (model, prompt versions, inputs)."""

    def __init__(self, directory: Path | str, enabled: bool = True) -> None:
        self.directory = Path(directory)
        self.enabled = enabled
        self.hits = 0
        self.misses = 0

    @classmethod
    def for_settings(cls, settings: Settings) -> ResponseCache:
        directory = settings.llm_cache_dir or (Path(settings.data_dir) / "llm-cache")
        return cls(directory, enabled=settings.cache)

    @staticmethod
    def key(**parts: Any) -> str:
        """A stable hash of named parts (any JSON-serialisable values; order of names does not matter)."""
        return hashlib.sha256(_canonical({"v": CACHE_FORMAT, **parts}).encode()).hexdigest()

    def path(self, key: str) -> Path:
        return self.directory / key[:2] / f"{key}.json"

    def get(self, key: str) -> Any | None:
        """The cached value, or None (disabled, absent, or an unreadable file, which is removed)."""
        if not self.enabled:
            return None
        p = self.path(key)
        try:
            data = json.loads(p.read_text(encoding="utf-8"))
        except FileNotFoundError:
            self.misses += 1
            return None
        except (OSError, ValueError):
            p.unlink(missing_ok=True)  # a torn or corrupt entry: forget it
            self.misses += 1
            return None
        self.hits += 1
        return data.get("value")

    def put(self, key: str, value: Any, meta: dict[str, Any] | None = None) -> None:
        if not self.enabled:
            return
        p = self.path(key)
        p.parent.mkdir(parents=True, exist_ok=True)
        record = {"format": CACHE_FORMAT, "created": time.time(), "meta": meta or {}, "value": value}
        fd, tmp = tempfile.mkstemp(dir=p.parent, prefix=".tmp-", suffix=".json")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(record, fh, ensure_ascii=False, default=str)
            os.replace(tmp, p)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def clear(self) -> int:
        """Delete every entry; returns how many were removed."""
        n = 0
        for p in self.directory.glob("*/*.json"):
            p.unlink(missing_ok=True)
            n += 1
        return n

    def __len__(self) -> int:
        return sum(1 for _ in self.directory.glob("*/*.json"))
