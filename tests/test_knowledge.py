"""The knowledge base: content volume, schema checks that name the file and field, content hash."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from assistant.errors import KnowledgeError
from assistant.knowledge import DEFAULT_DIR, _load_cached, content_hash, load_knowledge, to_kpi


def test_knowledge_base_covers_the_required_breadth():
    kb = load_knowledge()
    assert len(kb.families) >= 40
    assert all(len(f.kpis) >= 8 for f in kb.families), [f.id for f in kb.families if len(f.kpis) < 8]
    assert all(len(f.misused_metrics) >= 3 for f in kb.families)
    assert len(kb.principles) >= 12
    assert len(kb.rewrites) >= 80
    domains = {f.domain.lower() for f in kb.families}
    assert len(domains) >= 15


def test_every_example_kpi_has_a_full_record_and_no_invented_target_number():
    kb = load_knowledge()
    for fam in kb.families:
        for kpi in fam.kpis:
            for field in ("name", "definition", "measure", "unit", "data_source", "target", "rationale", "side_effect"):
                assert getattr(kpi, field).strip(), f"{fam.id}/{kpi.id}: empty {field}"
            assert kpi.cadence in ("monthly", "quarterly"), f"{fam.id}/{kpi.id} is reviewed {kpi.cadence}"


def _copy_kb(tmp_path: Path) -> Path:
    root = tmp_path / "kb"
    shutil.copytree(DEFAULT_DIR, root)
    return root


def test_a_family_missing_a_field_is_reported_with_file_and_field(tmp_path):
    root = _copy_kb(tmp_path)
    path = root / "families" / "pharmacy-technician.yaml"
    data = yaml.safe_load(path.read_text())
    del data["kpis"][2]["measure"]
    path.write_text(yaml.safe_dump(data))
    with pytest.raises(KnowledgeError) as exc:
        load_knowledge(root)
    assert "pharmacy-technician.yaml" in str(exc.value)
    assert "kpis.2.measure" in str(exc.value)


def test_a_kpi_pointing_at_an_unknown_key_result_area_is_reported(tmp_path):
    root = _copy_kb(tmp_path)
    path = root / "families" / "pharmacy-technician.yaml"
    data = yaml.safe_load(path.read_text())
    data["kpis"][0]["kra"] = "no-such-area"
    path.write_text(yaml.safe_dump(data))
    with pytest.raises(KnowledgeError, match=r"pharmacy-technician\.yaml.*no-such-area"):
        load_knowledge(root)


def test_broken_yaml_names_the_file(tmp_path):
    root = _copy_kb(tmp_path)
    (root / "rewrites" / "broken.yaml").write_text("rewrites:\n  - id: x\n    effort: [unclosed\n")
    with pytest.raises(KnowledgeError, match=r"broken\.yaml: not valid YAML"):
        load_knowledge(root)


def test_adding_a_family_is_adding_a_file_and_changes_the_hash(tmp_path):
    root = _copy_kb(tmp_path)
    before = content_hash(root)
    src = root / "families" / "pharmacy-technician.yaml"
    data = yaml.safe_load(src.read_text())
    data["id"] = "dispensary-assistant"
    (root / "families" / "dispensary-assistant.yaml").write_text(yaml.safe_dump(data))
    kb = load_knowledge(root)
    assert any(f.id == "dispensary-assistant" for f in kb.families)
    assert kb.content_hash != before


def test_a_kpis_trade_names_are_shown_in_its_definition_and_drafts(tmp_path):
    root = _copy_kb(tmp_path)
    path = root / "families" / "pharmacy-technician.yaml"
    data = yaml.safe_load(path.read_text())
    data["kpis"][0]["known_as"] = ["dispensing error rate", "DER"]
    path.write_text(yaml.safe_dump(data))
    fam = next(f for f in load_knowledge(root).families if f.id == "pharmacy-technician")
    kpi = to_kpi(fam, fam.kpis[0])
    assert kpi.definition.endswith("Also known as dispensing error rate, DER.")
    assert kpi.definition.startswith(data["kpis"][0]["definition"].strip())
    data["kpis"][0]["known_as"] = ["a", "b", "c", "d", "e"]  # a list, not a glossary
    path.write_text(yaml.safe_dump(data))
    with pytest.raises(KnowledgeError, match=r"pharmacy-technician\.yaml: field 'kpis.0.known_as'"):
        load_knowledge(root)


def test_file_name_must_match_family_id(tmp_path):
    root = _copy_kb(tmp_path)
    src = root / "families" / "pharmacy-technician.yaml"
    shutil.copy(src, root / "families" / "other-name.yaml")
    with pytest.raises(KnowledgeError, match=r"other-name\.yaml: field 'id'"):
        load_knowledge(root)


def test_labelled_metric_whose_label_contradicts_its_kind_is_rejected(tmp_path):
    root = _copy_kb(tmp_path)
    (root / "labelled" / "bad.yaml").write_text(
        yaml.safe_dump({"examples": [{"text": "Calls per day", "label": "accept", "kind": "activity"}]})
    )
    with pytest.raises(KnowledgeError, match=r"bad\.yaml"):
        load_knowledge(root)


def test_an_edited_file_is_read_afresh_and_a_damaged_parsed_copy_is_ignored(tmp_path, monkeypatch):
    monkeypatch.setenv("KPI_DATA_DIR", str(tmp_path / "data"))
    root = _copy_kb(tmp_path)
    src = root / "families" / "pharmacy-technician.yaml"
    first = load_knowledge(root).family("pharmacy-technician").name
    copies = list((tmp_path / "data" / "knowledge-cache").glob("*.json"))
    assert copies  # a second process reads these instead of parsing YAML
    for c in copies:
        c.write_text("{not json")
    _load_cached.cache_clear()  # as a new process would: read the files again
    assert load_knowledge(root).family("pharmacy-technician").name == first
    src.write_text(src.read_text().replace(f"name: {first}", "name: Dispensary technician", 1))
    assert load_knowledge(root).family("pharmacy-technician").name == "Dispensary technician"


@pytest.mark.parametrize(
    ("only_if", "message"),
    [
        ("radiotherapy", r"key_result_areas\.4\.only_if.*valid list"),
        ([True], r"key_result_areas\.4\.only_if\.0.*valid string"),
        ([""], r"key_result_areas\.4\.only_if\.0.*at least 2 characters"),
    ],
)
def test_a_broken_only_if_is_reported_with_file_and_field(tmp_path, only_if, message):
    root = _copy_kb(tmp_path)
    path = root / "families" / "radiographer.yaml"
    data = yaml.safe_load(path.read_text())
    data["key_result_areas"][4]["only_if"] = only_if
    path.write_text(yaml.safe_dump(data))
    with pytest.raises(KnowledgeError, match=rf"radiographer\.yaml.*{message}"):
        load_knowledge(root)
