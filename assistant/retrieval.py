"""Retrieval over the knowledge base: one persistent Chroma collection, built with the
offline embedder, rebuilt only when the knowledge content (or the embedder) changes.

Entry kinds in the collection (metadata ``kind``):

- ``family``: one profile document per role family (description, key result areas, keywords)
- ``alias``: one job title per document, for matching the posting's title
- ``kpi``: an example KPI (name, definition and key result area)
- ``misused``/``alternative``: a commonly misused metric and its outcome alternative
- ``rewrite_bad``/``rewrite_good``: the two sides of an effort->outcome rewrite pair
- ``principle``: a design guidance principle
- ``labelled``: a metric a person labelled accept/reject (the validator's memory)

Every entry carries ``family`` ("" for general entries) and ``entry_id`` so the drafter and the
validator can cite it. The validator's nearest-neighbour bank is read back from the collection
with its stored embeddings, so a warm start does no re-embedding.
"""

from __future__ import annotations

import contextlib
import hashlib
import re
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import chromadb
import numpy as np
from chromadb.config import Settings as ChromaSettings

from .embedder import AssistantEmbeddingFunction, Embedder, get_embedder
from .knowledge import KnowledgeBase, load_knowledge
from .settings import Settings

LABELLED_KINDS = ("kpi", "alternative", "rewrite_good", "misused", "rewrite_bad", "labelled")


@dataclass
class Entry:
    id: str
    kind: str
    family: str
    text: str
    entry_id: str
    label: str = ""  # accept | reject for labelled kinds
    metric_kind: str = ""  # outcome | effort | activity | surveillance | vague | output


@dataclass
class Hit:
    entry: Entry
    score: float  # cosine similarity, higher is closer


@dataclass
class Index:
    """The built index: the Chroma collection plus an in-memory copy of its vectors."""

    kb: KnowledgeBase
    embedder: Embedder
    collection: chromadb.Collection
    entries: list[Entry]
    vectors: np.ndarray
    rebuilt: bool = False
    build_seconds: float = 0.0
    _by_kind: dict[str, np.ndarray] = field(default_factory=dict)

    def __post_init__(self) -> None:
        kinds = np.array([e.kind for e in self.entries])
        self._by_kind = {k: np.flatnonzero(kinds == k) for k in set(kinds.tolist())}

    # ---- embedding -------------------------------------------------------------------
    def embed(self, texts: list[str]) -> np.ndarray:
        return self.embedder.embed(texts)

    # ---- in-memory access (hot paths) ------------------------------------------------
    def of_kind(self, kind: str) -> tuple[list[Entry], np.ndarray]:
        idx = self._by_kind.get(kind, np.array([], dtype=int))
        return [self.entries[i] for i in idx], self.vectors[idx]

    def labelled_bank(self) -> tuple[list[Entry], np.ndarray]:
        idx = np.concatenate([self._by_kind.get(k, np.array([], dtype=int)) for k in LABELLED_KINDS])
        return [self.entries[i] for i in idx], self.vectors[idx]

    # ---- Chroma queries ----------------------------------------------------------------
    def search(
        self,
        query: str | np.ndarray,
        kinds: list[str] | None = None,
        families: list[str] | None = None,
        k: int = 5,
    ) -> list[Hit]:
        """Nearest entries to ``query`` in Chroma, filtered by entry kind and role family."""
        return self.search_many([query], kinds, families, k)[0]

    def search_many(
        self,
        queries: list[str] | np.ndarray,
        kinds: list[str] | None = None,
        families: list[str] | None = None,
        k: int = 5,
    ) -> list[list[Hit]]:
        if len(queries) == 0:
            return []
        vecs = queries if isinstance(queries, np.ndarray) else self.embed(list(queries))
        if vecs.ndim == 1:
            vecs = vecs[None, :]
        where = _where(kinds, families)
        res = self.collection.query(query_embeddings=vecs.tolist(), n_results=k, where=where, include=["distances"])
        by_id = self._id_map()
        out: list[list[Hit]] = []
        for ids, dists in zip(res["ids"], res["distances"] or [], strict=False):
            out.append([Hit(by_id[i], 1.0 - float(d)) for i, d in zip(ids, dists, strict=False)])
        return out

    def _id_map(self) -> dict[str, Entry]:
        if not hasattr(self, "_ids"):
            self._ids = {e.id: e for e in self.entries}
        return self._ids


def _where(kinds: list[str] | None, families: list[str] | None) -> dict | None:
    clauses: list[dict] = []
    if kinds:
        clauses.append({"kind": {"$in": list(kinds)}} if len(kinds) > 1 else {"kind": kinds[0]})
    if families:
        clauses.append({"family": {"$in": list(families)}} if len(families) > 1 else {"family": families[0]})
    if not clauses:
        return None
    return clauses[0] if len(clauses) == 1 else {"$and": clauses}


def entries_from_knowledge(kb: KnowledgeBase) -> list[Entry]:
    out: list[Entry] = []
    for fam in kb.families:
        kra_names = "; ".join(k.name for k in fam.key_result_areas)
        out.append(
            Entry(
                f"family:{fam.id}",
                "family",
                fam.id,
                f"{fam.name}. {fam.description} Key result areas: {kra_names}. Terms: {', '.join(fam.keywords)}.",
                fam.id,
            )
        )
        for i, alias in enumerate(dict.fromkeys([fam.name.lower(), *[a.lower() for a in fam.aliases]])):
            out.append(Entry(f"alias:{fam.id}:{i}", "alias", fam.id, alias, fam.id))
        for kpi in fam.kpis:
            eid = fam.kpi_entry_id(kpi)
            text = f"{kpi.name}. {kpi.definition} ({fam.kra(kpi.kra).name})"
            out.append(Entry(f"kpi:{eid}", "kpi", fam.id, text, eid, "accept", "outcome"))
        for i, m in enumerate(fam.misused_metrics):
            eid = f"{fam.id}/misused-{i}"
            out.append(Entry(f"misused:{eid}", "misused", fam.id, m.metric, eid, "reject", m.kind))
            out.append(Entry(f"alternative:{eid}", "alternative", fam.id, m.alternative, eid, "accept", "outcome"))
    for r in kb.rewrites:
        eid = f"rewrite/{r.id}"
        out.append(Entry(f"rewrite_bad:{r.id}", "rewrite_bad", r.family or "", r.effort, eid, "reject", r.kind))
        out.append(Entry(f"rewrite_good:{r.id}", "rewrite_good", r.family or "", r.outcome, eid, "accept", "outcome"))
    for i, ex in enumerate(kb.labelled):
        kind = "outcome" if ex.kind in ("outcome", "deliverable") else ex.kind
        out.append(Entry(f"labelled:{i}", "labelled", "", ex.text, f"labelled/{i}", ex.label, kind))
    for p in kb.principles:
        out.append(Entry(f"principle:{p.id}", "principle", "", f"{p.title}. {p.explanation}", f"principle/{p.id}"))
    return out


def _collection_name(embedder: Embedder) -> str:
    return "kpi-kb-" + re.sub(r"[^a-zA-Z0-9_-]+", "-", embedder.name)[:40].strip("-")


def entries_fingerprint(entries: list[Entry]) -> str:
    """A hash of every entry's id and text: what the stored vectors were embedded from. It changes with
    the knowledge base and also with the code that turns it into entries, so neither leaves stale vectors."""
    h = hashlib.sha256()
    for e in entries:
        h.update(f"{e.id}\t{e.text}\n".encode())
    return h.hexdigest()[:32]


def _build(
    client: chromadb.ClientAPI, name: str, kb: KnowledgeBase, embedder: Embedder, entries: list[Entry]
) -> chromadb.Collection:
    with contextlib.suppress(Exception):  # absent collection: nothing to delete
        client.delete_collection(name)
    col = client.create_collection(
        name,
        embedding_function=AssistantEmbeddingFunction(embedder),
        configuration={"hnsw": {"space": "cosine"}},
        metadata={"content_hash": kb.content_hash, "entries": entries_fingerprint(entries), "embedder": embedder.name},
    )
    vectors = embedder.embed([e.text for e in entries])
    # Only what queries filter on is stored beside each vector. The texts and the other fields live in
    # the knowledge base (the fingerprint ties the two together); storing them too made Chroma index
    # every document for full-text search and took a third of the build.
    step = 5000
    for s in range(0, len(entries), step):
        chunk = entries[s : s + step]
        col.add(
            ids=[e.id for e in chunk],
            embeddings=vectors[s : s + step].tolist(),
            metadatas=[{"kind": e.kind, "family": e.family} for e in chunk],
        )
    return col


def _read_back(col: chromadb.Collection, entries: list[Entry]) -> tuple[list[Entry], np.ndarray] | None:
    """The stored vectors with their entries, in a stable order; None when the stored ids do not match
    the entries. Only the vectors are read: the entries are the ones the collection was built from (its
    fingerprint matched), and reading every document and metadata record back through Chroma took over
    half the start-up time."""
    got = col.get(include=["embeddings"])
    ids = got["ids"]
    by_id = {e.id: e for e in entries}
    if len(ids) != len(by_id) or any(i not in by_id for i in ids):
        return None
    order = sorted(range(len(ids)), key=lambda j: ids[j])  # stable, input-independent order
    vectors = np.asarray(got["embeddings"], dtype=np.float32)[order]
    return [by_id[ids[j]] for j in order], vectors


_lock = threading.Lock()
_cache: dict[tuple[str, str, str], Index] = {}


def open_index(settings: Settings, force: bool = False) -> Index:
    """The ready index for these settings: opened from disk, built or rebuilt as needed."""
    kb = load_knowledge(settings.knowledge_dir)
    embedder = get_embedder(settings)
    data_dir = Path(settings.data_dir)
    key = (str(data_dir.resolve()), embedder.name, kb.content_hash)
    with _lock:
        if not force and key in _cache:
            return _cache[key]
        t0 = time.perf_counter()
        (data_dir / "chroma").mkdir(parents=True, exist_ok=True)
        client = chromadb.PersistentClient(
            path=str(data_dir / "chroma"), settings=ChromaSettings(anonymized_telemetry=False)
        )
        name = _collection_name(embedder)
        col = None
        entries = entries_from_knowledge(kb)
        if not force:
            try:
                col = client.get_collection(name, embedding_function=AssistantEmbeddingFunction(embedder))
                if (col.metadata or {}).get("entries") != entries_fingerprint(entries):
                    col = None
            except Exception:  # noqa: BLE001 - missing or unreadable collection: rebuild it
                col = None
        stored = _read_back(col, entries) if col is not None else None
        rebuilt = stored is None
        if stored is None:  # missing, out of date or damaged: built again from the knowledge base
            col = _build(client, name, kb, embedder, entries)
            stored = _read_back(col, entries)
            if stored is None:
                raise RuntimeError(f"the index just built in {data_dir / 'chroma'} does not match the knowledge base")
        entries, vectors = stored
        index = Index(kb, embedder, col, entries, vectors, rebuilt, time.perf_counter() - t0)
        _cache[key] = index
        return index
