"""The Chroma side of the index: the persistent collection, its embedding function, building it
and reading its vectors back. Imported only when the collection is needed (a query, a rebuild, or
no vector snapshot yet), so that commands which only validate (``kpi check``) never load Chroma.
"""

from __future__ import annotations

import contextlib
import os
import re
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import chromadb
import numpy as np
from chromadb.api.types import Documents, EmbeddingFunction, Embeddings
from chromadb.config import Settings as ChromaSettings
from chromadb.utils.embedding_functions import register_embedding_function

from .embedder import Embedder, _wordllama


@register_embedding_function
class AssistantEmbeddingFunction(EmbeddingFunction[Documents]):
    """Chroma adapter over an :class:`Embedder` (registered as ``kpi-assistant``, with a config, as
    chromadb 1.x expects, so a persisted collection knows which embedder built it)."""

    def __init__(self, embedder: Embedder | None = None, embedder_name: str | None = None) -> None:
        self._embedder = embedder or _wordllama()
        self._name = embedder_name or self._embedder.name

    def __call__(self, input: Documents) -> Embeddings:
        return list(self._embedder.embed(list(input)))

    @staticmethod
    def name() -> str:
        return "kpi-assistant"

    def default_space(self) -> str:  # type: ignore[override]
        return "cosine"

    def supported_spaces(self) -> list[str]:  # type: ignore[override]
        return ["cosine"]

    def get_config(self) -> dict[str, Any]:
        return {"embedder": self._name}

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> AssistantEmbeddingFunction:
        # Only the offline embedder can be rebuilt from config alone (no secrets are stored).
        return AssistantEmbeddingFunction(embedder_name=config.get("embedder"))

    @staticmethod
    def validate_config(config: dict[str, Any]) -> None:
        if "embedder" not in config:
            raise ValueError("config needs 'embedder'")


def _prefix(embedder: Embedder) -> str:
    return "kpi-kb-" + re.sub(r"[^a-zA-Z0-9_-]+", "-", embedder.name)[:40].strip("-") + "-"


@contextlib.contextmanager
def building(data_dir: Path, wait: float = 180.0, stale: float = 300.0) -> Iterator[None]:
    """Held while a process builds the collection: a lock file made with O_EXCL (portable, no dependency). A lock
    older than ``stale`` seconds is left over from a killed process and is taken over; after ``wait`` seconds the
    build goes ahead regardless."""
    path = data_dir / "chroma" / ".build.lock"
    path.parent.mkdir(parents=True, exist_ok=True)
    deadline = time.monotonic() + wait
    fd = None
    while fd is None:
        try:
            fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
        except FileExistsError:
            with contextlib.suppress(FileNotFoundError):
                if time.time() - path.stat().st_mtime > stale:
                    path.unlink(missing_ok=True)
                    continue
            if time.monotonic() > deadline:
                break
            time.sleep(0.2)
    try:
        yield
    finally:
        if fd is not None:
            os.close(fd)
            path.unlink(missing_ok=True)


def collection_name(embedder: Embedder, fingerprint: str) -> str:
    """One collection per embedder and knowledge-base content: a process building the index for new content never
    deletes the collection another process is reading, and two processes building the same one agree."""
    return _prefix(embedder) + fingerprint[:16]


def client(data_dir: Path) -> chromadb.ClientAPI:
    (data_dir / "chroma").mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(data_dir / "chroma"), settings=ChromaSettings(anonymized_telemetry=False))


def get(cl: chromadb.ClientAPI, embedder: Embedder, fingerprint: str) -> chromadb.Collection | None:
    """The collection built from the entries with this fingerprint; None when missing or built from other texts."""
    try:
        col = cl.get_collection(
            collection_name(embedder, fingerprint), embedding_function=AssistantEmbeddingFunction(embedder)
        )
    except Exception:  # noqa: BLE001 - missing or unreadable collection: rebuild it
        return None
    return col if (col.metadata or {}).get("entries") == fingerprint else None


def read_back(col: chromadb.Collection, ids: list[str]) -> np.ndarray | None:
    """The stored vectors in the order of ``ids``; None when the stored ids are not those. Only the
    vectors are read: reading every document and metadata record back took over half the start-up."""
    try:
        got = col.get(include=["embeddings"])
    except Exception:  # noqa: BLE001 - removed or damaged under us: built again by the caller
        return None
    position = {i: j for j, i in enumerate(got["ids"])}
    if len(position) != len(ids) or any(i not in position for i in ids):
        return None
    return np.asarray(got["embeddings"], dtype=np.float32)[[position[i] for i in ids]]


def healthy(col: chromadb.Collection, ids: list[str], vectors: np.ndarray, chroma_dir: Path | None = None) -> bool:
    """Whether the collection holds every vector and finds stored ones again. Its index files are looked at
    first: querying a truncated HNSW file can return other entries, or crash the process inside Chroma."""
    if chroma_dir is not None and not _index_files_whole(chroma_dir):
        return False
    try:
        if col.count() != len(ids):
            return False
        if not len(ids):
            return True
        probe = sorted({0, len(ids) // 2, len(ids) - 1})
        res = col.query(query_embeddings=vectors[probe].tolist(), n_results=1, include=[])
        return [r[0] if r else None for r in res["ids"]] == [ids[i] for i in probe]
    except Exception:  # noqa: BLE001 - unreadable: not healthy
        return False


def _index_files_whole(chroma_dir: Path) -> bool:
    """Whether every HNSW folder's vector file holds a whole number of records for its capacity (a full disk or a
    killed write leaves it empty or cut short; ``length.bin`` holds four bytes per slot of that capacity)."""
    for data in chroma_dir.glob("*/data_level0.bin"):
        lengths = data.with_name("length.bin")
        try:
            size = data.stat().st_size
            slots = lengths.stat().st_size // 4 if lengths.exists() else 0
        except OSError:
            return False
        # (a layout without the lengths file is judged only by an empty vector file)
        if not size or (slots and size % slots):
            return False
    return True


def build(
    cl: chromadb.ClientAPI,
    embedder: Embedder,
    metadata: dict[str, str],
    ids: list[str],
    vectors: np.ndarray,
    where: list[dict[str, str]],
    chroma_dir: Path | None = None,
) -> chromadb.Collection:
    """A new collection holding ``vectors`` under ``ids``, with only what queries filter on beside
    each (the texts live in the knowledge base; storing them made Chroma index every document for
    full-text search and took a third of the build)."""
    name = collection_name(embedder, metadata["entries"])
    ef = AssistantEmbeddingFunction(embedder)
    existing = None
    with contextlib.suppress(Exception):  # none yet
        existing = cl.get_collection(name, embedding_function=ef)
    if existing is not None:
        if healthy(existing, ids, vectors, chroma_dir):
            return existing  # another process has just built it
        # damaged (a full disk, a killed build): made again from scratch, never patched in place (writing into a
        # damaged HNSW index can make its link file grow without bound)
        cl.delete_collection(name)
    col = cl.create_collection(
        name,
        embedding_function=ef,
        configuration={"hnsw": {"space": "cosine"}},
        metadata=metadata,
    )
    step = 5000
    for s in range(0, len(ids), step):
        col.add(ids=ids[s : s + step], embeddings=vectors[s : s + step].tolist(), metadatas=where[s : s + step])
    # collections built from older knowledge are not needed again
    for other in cl.list_collections():
        other_name = other if isinstance(other, str) else other.name
        # (and the single collection of earlier versions, named without the content's fingerprint)
        if other_name != name and (other_name.startswith(_prefix(embedder)) or other_name == _prefix(embedder)[:-1]):
            with contextlib.suppress(Exception):  # already gone
                cl.delete_collection(other_name)
    if chroma_dir is not None:
        _drop_orphan_segments(chroma_dir)
    return col


_SEGMENT_DIR = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


ORPHAN_MIN_AGE = 60.0  # seconds


def _drop_orphan_segments(chroma_dir: Path, min_age: float | None = None) -> None:
    """Remove index folders no collection uses any more: Chroma leaves a deleted collection's HNSW folder on disk
    (about 30 MB), so every rebuild for new knowledge would otherwise add one. A folder younger than ``min_age``
    seconds is left alone, in case another process is creating it."""
    db = chroma_dir / "chroma.sqlite3"
    if not db.is_file():
        return
    import shutil
    import sqlite3

    try:
        with contextlib.closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)) as con:
            live = {row[0] for row in con.execute("SELECT id FROM segments")}
    except sqlite3.Error:
        return  # unreadable now: tidy up another time
    now = time.time()
    min_age = ORPHAN_MIN_AGE if min_age is None else min_age
    for folder in chroma_dir.iterdir():
        if folder.is_dir() and _SEGMENT_DIR.match(folder.name) and folder.name not in live:
            with contextlib.suppress(OSError):
                if now - folder.stat().st_mtime > min_age:
                    shutil.rmtree(folder)
