"""Text embedders: WordLlama (offline, weights shipped in its package) or OpenAI embeddings.

Both return L2-normalised float32 vectors, so a dot product is a cosine similarity. Chroma's
adapter over them lives in ``vectorstore.py``, so that importing an embedder does not import Chroma.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Protocol

import numpy as np

from .settings import Settings


class Embedder(Protocol):
    name: str

    def embed(self, texts: list[str]) -> np.ndarray: ...


@contextmanager
def _root_logging_untouched() -> Iterator[None]:
    """Undo any level or handler a third-party import adds to the root logger."""
    root = logging.getLogger()
    level, handlers = root.level, list(root.handlers)
    try:
        yield
    finally:
        root.setLevel(level)
        for h in root.handlers[:]:
            if h not in handlers:
                root.removeHandler(h)


def _normalise(vectors: np.ndarray) -> np.ndarray:
    vectors = np.asarray(vectors, dtype=np.float32)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return vectors / norms


class WordLlamaEmbedder:
    """Static token embeddings from the ``wordllama`` package; no network, about 20 us a text.

    The vectors are WordLlama's own (the mean of the texts' token vectors), computed here rather
    than by its ``embed``: one tokenizer call for all texts, then texts of like length pooled
    together, is twice as fast as its padded batches of 64, and the validator embeds thousands.
    """

    name = "wordllama-l2_supercat-256"

    def __init__(self) -> None:
        with _root_logging_untouched():  # wordllama calls logging.basicConfig(INFO) on import
            import wordllama
            from wordllama import WordLlama

            # The loader finds its bundled tokenizer only when cache_dir is the package folder.
            package_dir = Path(wordllama.__file__).resolve().parent
            model = WordLlama.load(config="l2_supercat", dim=256, cache_dir=package_dir, disable_download=True)
        self._tokenizer = model.tokenizer
        self._tokenizer.no_padding()
        self._last_id = model.embedding.shape[0] - 1  # an id past the table reads its last row, as in WordLlama
        # one zero row more: padding that adds nothing to a sum
        self._table = np.vstack([model.embedding, np.zeros((1, model.embedding.shape[1]), np.float32)])

    def embed(self, texts: list[str]) -> np.ndarray:
        ids = [e.ids for e in self._tokenizer.encode_batch([t or " " for t in texts], add_special_tokens=False)]
        lengths = np.array([len(i) for i in ids], dtype=np.int64)
        out = np.zeros((len(texts), self._table.shape[1]), dtype=np.float32)
        order = np.argsort(lengths, kind="stable")
        for start in range(0, len(texts), 128):
            rows = order[start : start + 128]
            block = np.full((len(rows), max(1, lengths[rows[-1]])), self._table.shape[0] - 1, dtype=np.int64)
            for r, i in enumerate(rows):
                block[r, : lengths[i]] = np.minimum(ids[i], self._last_id)
            out[rows] = self._table[block].sum(axis=1) / np.maximum(lengths[rows], 1)[:, None]
        return _normalise(out)


class OpenAIEmbedder:
    """Embeddings from any OpenAI-compatible ``/v1/embeddings`` endpoint."""

    def __init__(self, settings: Settings) -> None:
        from openai import OpenAI

        settings.require_llm()
        self.name = f"openai-{settings.embedding_model}"
        self._model = settings.embedding_model
        self._client = OpenAI(
            api_key=settings.api_key_value(),
            base_url=settings.openai_base_url,
            timeout=settings.timeout,
            max_retries=settings.max_retries,
        )

    def embed(self, texts: list[str]) -> np.ndarray:
        out: list[list[float]] = []
        for start in range(0, len(texts), 512):
            resp = self._client.embeddings.create(model=self._model, input=texts[start : start + 512])
            out.extend(d.embedding for d in resp.data)
        return _normalise(np.array(out))


@lru_cache(maxsize=1)
def _wordllama() -> WordLlamaEmbedder:
    return WordLlamaEmbedder()


def get_embedder(settings: Settings) -> Embedder:
    if settings.embedder == "openai":
        return OpenAIEmbedder(settings)
    return _wordllama()
