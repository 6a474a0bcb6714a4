"""Retrieval: a real persistent Chroma collection in a temporary data directory."""

from __future__ import annotations

import shutil
from dataclasses import replace

import numpy as np
import yaml

from assistant import retrieval
from assistant.knowledge import DEFAULT_DIR
from assistant.settings import get_settings


def test_index_is_built_once_and_reopened_without_re_embedding(tmp_path, monkeypatch):
    settings = get_settings(data_dir=tmp_path / "data")
    first = retrieval.open_index(settings)
    assert first.rebuilt
    retrieval._cache.clear()  # a fresh process: nothing in memory

    calls = []
    original = first.embedder.embed
    monkeypatch.setattr(first.embedder, "embed", lambda texts: calls.append(len(texts)) or original(texts))
    second = retrieval.open_index(settings)
    assert not second.rebuilt
    assert calls == []  # no document was embedded again
    assert len(second.entries) == len(first.entries)


def test_a_collection_missing_entries_is_rebuilt_and_entries_match_their_vectors(tmp_path):
    settings = get_settings(data_dir=tmp_path / "data")
    first = retrieval.open_index(settings)
    lost = first.entries[0]
    first.collection.delete(ids=[lost.id])  # a damaged store: one vector gone
    retrieval._cache.clear()
    again = retrieval.open_index(settings)
    # the damage is found before the first query, which then finds the lost entry again
    hits = again.search(lost.text, k=1)
    assert again.rebuilt
    assert hits[0].entry.id == lost.id
    assert [e.id for e in again.entries] == [e.id for e in first.entries]
    # each entry sits beside its own vector: an entry's text embeds to the vector stored for it
    probe = again.entries[len(again.entries) // 2]
    vec = again.embed([probe.text])[0]
    assert float(vec @ again.vectors[len(again.entries) // 2]) > 0.99


def test_a_warm_start_reads_the_vector_snapshot_and_opens_chroma_only_to_query(tmp_path, monkeypatch):
    from assistant import vectorstore

    settings = get_settings(data_dir=tmp_path / "data")
    first = retrieval.open_index(settings)
    retrieval._cache.clear()
    opened = []
    real_client = vectorstore.client
    monkeypatch.setattr(vectorstore, "client", lambda d: opened.append(d) or real_client(d))
    again = retrieval.open_index(settings)
    assert not again.rebuilt and opened == []  # validating needs only the vectors
    assert (again.vectors == first.vectors).all()
    hits = again.search("wrong medicine handed to a patient", kinds=["kpi"], k=1)
    assert len(opened) == 1 and hits and not again.rebuilt


def test_a_damaged_snapshot_is_ignored_and_written_again(tmp_path):
    settings = get_settings(data_dir=tmp_path / "data")
    first = retrieval.open_index(settings)
    (snapshot,) = (tmp_path / "data" / "vectors").glob("*.npy")
    snapshot.write_bytes(snapshot.read_bytes()[:1000])  # cut short, as by a full disk
    retrieval._cache.clear()
    again = retrieval.open_index(settings)
    assert not again.rebuilt  # read back from Chroma instead (to float rounding)
    assert np.allclose(again.vectors, first.vectors, atol=1e-6)
    assert snapshot.stat().st_size > 1000


def test_a_deleted_chroma_store_is_rebuilt_at_the_first_query(tmp_path):
    from chromadb.api.client import SharedSystemClient

    settings = get_settings(data_dir=tmp_path / "data")
    retrieval.open_index(settings)
    retrieval._cache.clear()
    SharedSystemClient.clear_system_cache()  # as in a new process: no client still holds the old files
    shutil.rmtree(tmp_path / "data" / "chroma")
    again = retrieval.open_index(settings)
    hits = again.search("patient falls and pressure injuries on the ward", kinds=["kpi"], k=3)
    assert again.rebuilt and {h.entry.family for h in hits} & {"registered-nurse"}


def test_changed_knowledge_triggers_a_rebuild_and_force_rebuilds(tmp_path):
    kb_dir = tmp_path / "kb"
    shutil.copytree(DEFAULT_DIR, kb_dir)
    settings = get_settings(data_dir=tmp_path / "data", knowledge_dir=kb_dir)
    assert retrieval.open_index(settings).rebuilt
    retrieval._cache.clear()
    assert not retrieval.open_index(settings).rebuilt

    path = kb_dir / "families" / "chef.yaml"
    data = yaml.safe_load(path.read_text())
    data["aliases"].append("wood-fired oven chef")
    path.write_text(yaml.safe_dump(data))
    retrieval._cache.clear()
    rebuilt = retrieval.open_index(settings)
    assert rebuilt.rebuilt
    assert any(e.text == "wood-fired oven chef" for e in rebuilt.entries)
    assert retrieval.open_index(settings, force=True).rebuilt


def test_a_new_version_that_embeds_other_texts_rebuilds_the_store(tmp_path, monkeypatch):
    settings = get_settings(data_dir=tmp_path / "data")
    assert retrieval.open_index(settings).rebuilt
    retrieval._cache.clear()
    # the same knowledge files, but the code now writes an entry's text differently (an upgrade)
    original = retrieval.entries_from_knowledge

    def reworded(kb):
        return [replace(e, text=e.text.upper()) if e.kind == "kpi" else e for e in original(kb)]

    monkeypatch.setattr(retrieval, "entries_from_knowledge", reworded)
    again = retrieval.open_index(settings)
    assert again.rebuilt  # the stored vectors were embedded from the old texts
    kpi = next(i for i, e in enumerate(again.entries) if e.kind == "kpi")
    assert float(again.embed([again.entries[kpi].text])[0] @ again.vectors[kpi]) > 0.99


def test_search_filters_by_family_and_kind(index):
    hits = index.search("wrong medicine handed to a patient", kinds=["kpi"], families=["pharmacy-technician"], k=3)
    assert hits and all(h.entry.family == "pharmacy-technician" and h.entry.kind == "kpi" for h in hits)
    assert "dispens" in hits[0].entry.text.lower() or "error" in hits[0].entry.text.lower()

    across = index.search("patient falls and pressure injuries on the ward", kinds=["kpi"], k=5)
    assert {h.entry.family for h in across} & {"registered-nurse"}

    principles = index.search("too many metrics dilute focus", kinds=["principle"], k=1)
    assert principles[0].entry.entry_id == "principle/few-that-matter"


def test_collection_uses_the_registered_embedding_function(index):
    ef = index.collection._embedding_function
    assert ef.name() == "kpi-assistant"
    assert ef.get_config() == {"embedder": index.embedder.name}
    assert (index.collection.metadata or {}).get("content_hash") == index.kb.content_hash


def test_the_offline_embedder_gives_wordllamas_own_vectors():
    """The embedder pools WordLlama's token vectors itself (faster in batch); the vectors, and so every
    similarity the drafter and validator use, must stay those of WordLlama's own ``embed``."""
    from pathlib import Path

    import numpy as np
    import wordllama

    from assistant.embedder import WordLlamaEmbedder

    texts = ["", "Dispensing errors per 10,000 items", "é" * 500, "a " * 900, "OTIF", "  ", "🙂 NPS"]
    ours = WordLlamaEmbedder().embed(texts)
    model = wordllama.WordLlama.load(
        config="l2_supercat", dim=256, cache_dir=Path(wordllama.__file__).parent, disable_download=True
    )
    theirs = model.embed([t or " " for t in texts])
    norms = np.linalg.norm(theirs, axis=1, keepdims=True)
    theirs = theirs / np.where(norms == 0, 1, norms)
    assert ours.shape == (len(texts), 256)
    assert np.allclose(ours, theirs, atol=1e-5)


def test_a_second_process_building_the_same_index_leaves_the_first_ones_store_readable(tmp_path):
    # two starts at once on a new data directory (the app and `kpi draft`) both build the index: the later build
    # must not pull the collection from under the earlier process
    settings = get_settings(data_dir=tmp_path / "data")
    first = retrieval.open_index(settings)
    n = first.collection.count()
    retrieval._cache.clear()
    second = retrieval.open_index(settings, force=True)  # another process, building again
    assert second.rebuilt
    assert first.collection.count() == n == second.collection.count()
    assert first.search(first.entries[0].text, k=1)[0].entry.id == first.entries[0].id


def test_a_rebuild_for_changed_knowledge_drops_the_old_collection(tmp_path):
    from assistant import vectorstore

    kb_dir = tmp_path / "kb"
    shutil.copytree(DEFAULT_DIR, kb_dir)
    settings = get_settings(data_dir=tmp_path / "data", knowledge_dir=kb_dir)
    assert retrieval.open_index(settings).collection.count()
    path = kb_dir / "families" / "chef.yaml"
    data = yaml.safe_load(path.read_text())
    data["aliases"].append("wood-fired oven chef")
    path.write_text(yaml.safe_dump(data))
    retrieval._cache.clear()
    assert retrieval.open_index(settings).collection.count()
    names = [c if isinstance(c, str) else c.name for c in vectorstore.client(tmp_path / "data").list_collections()]
    assert len(names) == 1, names  # the store does not grow with every edit of the knowledge base


def test_a_store_damaged_on_disk_is_rebuilt_at_the_next_query(tmp_path):
    # a full disk or a killed build can leave Chroma's index files truncated: the next query rebuilds them
    from chromadb.api.client import SharedSystemClient

    settings = get_settings(data_dir=tmp_path / "data")
    first = retrieval.open_index(settings)
    assert first.search(first.entries[0].text, k=1)
    for path in (tmp_path / "data" / "chroma").glob("*/data_level0.bin"):
        path.write_bytes(b"")
    retrieval._cache.clear()
    SharedSystemClient.clear_system_cache()  # a fresh process
    again = retrieval.open_index(settings)
    hits = again.search(first.entries[3].text, k=1)
    assert hits[0].entry.id == first.entries[3].id
    assert again.rebuilt


def test_rebuilds_for_new_knowledge_do_not_leave_old_index_folders_behind(tmp_path, monkeypatch):
    # Chroma keeps a deleted collection's index folder (about 30 MB): every knowledge edit would add one
    from assistant import vectorstore

    monkeypatch.setattr(vectorstore, "ORPHAN_MIN_AGE", 0.0)
    kb_dir = tmp_path / "kb"
    shutil.copytree(DEFAULT_DIR, kb_dir)
    settings = get_settings(data_dir=tmp_path / "data", knowledge_dir=kb_dir)
    path = kb_dir / "families" / "chef.yaml"
    for alias in ("", "wood-fired oven chef", "tandoor chef"):
        if alias:
            data = yaml.safe_load(path.read_text())
            data["aliases"].append(alias)
            path.write_text(yaml.safe_dump(data))
        retrieval._cache.clear()
        assert retrieval.open_index(settings).search("pizza oven", k=1)
    folders = [p for p in (tmp_path / "data" / "chroma").iterdir() if p.is_dir()]
    assert len(folders) == 1, folders  # the live collection's index only


def test_a_store_whose_index_file_was_cut_short_is_rebuilt_not_queried(tmp_path):
    # a full disk can stop a write part-way: the file is not empty, and querying it could return wrong entries
    from chromadb.api.client import SharedSystemClient

    settings = get_settings(data_dir=tmp_path / "data")
    first = retrieval.open_index(settings)
    assert first.search(first.entries[0].text, k=1)
    for path in (tmp_path / "data" / "chroma").glob("*/data_level0.bin"):
        data = path.read_bytes()
        path.write_bytes(data[: len(data) // 2 + 7])
    retrieval._cache.clear()
    SharedSystemClient.clear_system_cache()  # a fresh process
    again = retrieval.open_index(settings)
    probe = first.entries[len(first.entries) // 3]
    assert again.search(probe.text, k=1)[0].entry.id == probe.id
    assert again.rebuilt
