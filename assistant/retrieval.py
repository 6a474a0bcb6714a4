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
validator can cite it. The vectors are embedded once, when the collection is built, and kept beside
it as a snapshot (``<data dir>/vectors/``, named by a hash of the entries' texts). A warm start loads
that snapshot for the in-memory paths (the validator's nearest-neighbour bank, role matching) and
opens Chroma only at the first query; without a valid snapshot the vectors are read back from Chroma.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from .embedder import Embedder, get_embedder
from .knowledge import KnowledgeBase, load_knowledge
from .settings import Settings

if TYPE_CHECKING:
    import chromadb

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
    """The built index: the entries with their vectors in memory, and the Chroma collection that
    holds the same vectors for filtered queries (opened at the first query)."""

    kb: KnowledgeBase
    embedder: Embedder
    entries: list[Entry]
    vectors: np.ndarray
    data_dir: Path
    rebuilt: bool = False
    build_seconds: float = 0.0
    _collection: chromadb.Collection | None = None
    _by_kind: dict[str, np.ndarray] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def __post_init__(self) -> None:
        kinds = np.array([e.kind for e in self.entries])
        self._by_kind = {k: np.flatnonzero(kinds == k) for k in set(kinds.tolist())}

    @property
    def collection(self) -> chromadb.Collection:
        """The Chroma collection; a missing, stale or damaged one is built again from the vectors."""
        with self._lock:
            if self._collection is None:
                from . import vectorstore

                cl = vectorstore.client(self.data_dir)
                ids = [e.id for e in self.entries]
                col = vectorstore.get(cl, self.embedder, entries_fingerprint(self.entries))
                if col is None or not vectorstore.healthy(col, ids, self.vectors, self.data_dir / "chroma"):
                    col = _build_collection(cl, self.embedder, self.kb, self.entries, self.vectors, self.data_dir)
                    self.rebuilt = True
                self._collection = col
            return self._collection

    def _rebuild_collection(self) -> None:
        from . import vectorstore

        with self._lock:
            cl = vectorstore.client(self.data_dir)
            name = vectorstore.collection_name(self.embedder, entries_fingerprint(self.entries))
            with contextlib.suppress(Exception):  # already gone
                cl.delete_collection(name)
            self._collection = _build_collection(cl, self.embedder, self.kb, self.entries, self.vectors, self.data_dir)
            self.rebuilt = True

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
        try:
            res = self.collection.query(query_embeddings=vecs.tolist(), n_results=k, where=where, include=["distances"])
        except Exception:  # noqa: BLE001 - a store damaged on disk (a full disk, a killed build): built again once
            self._rebuild_collection()
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


def entries_fingerprint(entries: list[Entry]) -> str:
    """A hash of every entry's id and text: what the stored vectors were embedded from. It changes with
    the knowledge base and also with the code that turns it into entries, so neither leaves stale vectors."""
    h = hashlib.sha256()
    for e in entries:
        h.update(f"{e.id}\t{e.text}\n".encode())
    return h.hexdigest()[:32]


def _build_collection(
    cl: chromadb.ClientAPI,
    embedder: Embedder,
    kb: KnowledgeBase,
    entries: list[Entry],
    vectors: np.ndarray,
    data_dir: Path,
) -> chromadb.Collection:
    from . import vectorstore

    metadata = {"content_hash": kb.content_hash, "entries": entries_fingerprint(entries), "embedder": embedder.name}
    where = [{"kind": e.kind, "family": e.family} for e in entries]
    with vectorstore.building(data_dir):  # one process builds at a time; the others then find it built
        return vectorstore.build(cl, embedder, metadata, [e.id for e in entries], vectors, where, data_dir / "chroma")


def _snapshot_path(data_dir: Path, embedder: Embedder, fingerprint: str) -> Path:
    return data_dir / "vectors" / f"{re.sub(r'[^a-zA-Z0-9_-]+', '-', embedder.name)}-{fingerprint}.npy"


def _load_snapshot(path: Path, n: int, dim: int | None = None) -> np.ndarray | None:
    """The saved vectors, or None when the file is missing, unreadable or of another shape."""
    try:
        vectors = np.load(path, allow_pickle=False)
    except (OSError, ValueError, EOFError):
        return None
    if vectors.dtype != np.float32 or vectors.ndim != 2 or len(vectors) != n or (dim and vectors.shape[1] != dim):
        return None
    if not np.isfinite(vectors).all():
        return None
    return vectors


def _save_snapshot(path: Path, vectors: np.ndarray) -> None:
    """Written whole or not at all (a temporary file renamed), older snapshots removed."""
    with contextlib.suppress(OSError):  # a read-only data directory: the next start reads Chroma again
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        with open(tmp, "wb") as f:
            np.save(f, vectors, allow_pickle=False)
        os.replace(tmp, path)
        for old in path.parent.glob(f"{path.name.rsplit('-', 1)[0]}-*.npy"):
            if old != path:
                old.unlink(missing_ok=True)


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
        entries = sorted(entries_from_knowledge(kb), key=lambda e: e.id)  # a stable, input-independent order
        fingerprint = entries_fingerprint(entries)
        snapshot = _snapshot_path(data_dir, embedder, fingerprint)
        vectors = None if force else _load_snapshot(snapshot, len(entries))
        col = None
        rebuilt = False
        if vectors is None:
            from . import vectorstore

            cl = vectorstore.client(data_dir)
            col = None if force else vectorstore.get(cl, embedder, fingerprint)
            vectors = vectorstore.read_back(col, [e.id for e in entries]) if col is not None else None
            if vectors is None:  # missing, out of date or damaged: built again from the knowledge base
                vectors = embedder.embed([e.text for e in entries])
                col = _build_collection(cl, embedder, kb, entries, vectors, data_dir)
                rebuilt = True
            _save_snapshot(snapshot, vectors)
        index = Index(kb, embedder, entries, vectors, data_dir, rebuilt, time.perf_counter() - t0, col)
        _cache[key] = index
        return index
