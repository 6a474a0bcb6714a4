"""The knowledge base: role families, guidance principles and effort->outcome rewrites.

Everything lives as YAML under ``knowledge/``; each file is checked against the models below
when loaded, and a broken file raises :class:`KnowledgeError` naming the file and the field.
Adding a role family is adding a file; :attr:`KnowledgeBase.content_hash` changes with it.
"""

from __future__ import annotations

import hashlib
import json
import os
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Annotated, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationError, field_validator, model_validator

from .errors import KnowledgeError
from .models import KPI, Cadence, Direction, Indicator

DEFAULT_DIR = Path(__file__).resolve().parent.parent / "knowledge"
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C loader parses the base ~10x faster

MetricKind = Literal["effort", "activity", "surveillance", "vague", "output"]
# a word a posting must use for an area or example to be drafted ("radiotherap", "hotel"); an empty one would match any
PostingWord = Annotated[str, StringConstraints(strip_whitespace=True, min_length=2)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class KRA(_Strict):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    name: str
    description: str
    # a result only someone who runs the team, its rota or its budget answers for (a kitchen's labour
    # cost, a salon's apprentices): drafted for other postings only when their duties ask for it
    lead: bool = False
    # a lead area about developing other people (apprentices, trainees, juniors): offered to a posting below team
    # lead only when a duty asks for mentoring, training or supervising people, not merely for a budget or a rota
    develops: bool = False
    # an area of one kind of the job only (a radiographer's radiotherapy delivery): drafted only for a posting whose
    # title or duties use one of these words ("radiotherapy", "therapeutic", "linac")
    only_if: list[PostingWord] = Field(default_factory=list)


class ExampleKPI(_Strict):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    name: str
    kra: str
    definition: str
    measure: str
    unit: str
    direction: Direction
    data_source: str
    target: str
    cadence: Cadence
    indicator: Indicator
    rationale: str
    side_effect: str
    # the names the trade already uses for this very measure ("change failure rate", "first contact
    # resolution (FCR)"), so a practitioner recognises it; drafts show them after the definition
    known_as: list[str] = Field(default_factory=list, max_length=4)
    # a measure of one kind of the job only ("revenue per available room" for a hotel's general manager): drafted
    # only for a posting whose title or duties use one of these words
    only_if: list[PostingWord] = Field(default_factory=list)

    @property
    def described(self) -> str:
        """The definition followed by the trade's names for the measure, as a draft shows it."""
        names = [n.strip() for n in self.known_as if n.strip()]
        return f"{self.definition.rstrip()} Also known as {', '.join(names)}." if names else self.definition


class MisusedMetric(_Strict):
    metric: str
    kind: MetricKind
    why: str
    alternative: str


class SeniorityNotes(_Strict):
    entry: str
    senior: str
    manager: str | None = None


class Family(_Strict):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    name: str
    domain: str
    aliases: list[str] = Field(min_length=3)
    description: str
    keywords: list[str] = Field(min_length=5)
    key_result_areas: list[KRA] = Field(min_length=3)
    seniority_notes: SeniorityNotes
    kpis: list[ExampleKPI] = Field(min_length=8)
    misused_metrics: list[MisusedMetric] = Field(min_length=3)
    # titles that hold one of the family's own but name another job: "air traffic controller" for road traffic control
    not_titles: list[str] = Field(default_factory=list)

    @model_validator(mode="after")
    def _kras_exist(self) -> Family:
        kra_ids = {k.id for k in self.key_result_areas}
        for i, kpi in enumerate(self.kpis):
            if kpi.kra not in kra_ids:
                raise ValueError(f"kpis.{i}.kra: '{kpi.kra}' is not one of the key_result_areas ids {sorted(kra_ids)}")
        ids = [k.id for k in self.kpis]
        if len(ids) != len(set(ids)):
            raise ValueError("kpis: ids must be unique within a family")
        return self

    def kra(self, kra_id: str) -> KRA:
        return next(k for k in self.key_result_areas if k.id == kra_id)

    def kpi_entry_id(self, kpi: ExampleKPI) -> str:
        return f"{self.id}/{kpi.id}"


class Principle(_Strict):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    title: str
    explanation: str
    apply: str


class Rewrite(_Strict):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    family: str | None = None
    kind: MetricKind
    effort: str
    outcome: str
    why: str

    @field_validator("family")
    @classmethod
    def _lower(cls, v: str | None) -> str | None:
        return v.lower() if v else v


class LabelledExample(_Strict):
    """A metric labelled by a person: the validator's nearest-neighbour memory."""

    text: str = Field(min_length=1)
    label: Literal["accept", "reject"]
    kind: Literal["outcome", "deliverable", "effort", "activity", "surveillance"]
    role: str | None = None

    @model_validator(mode="after")
    def _consistent(self) -> LabelledExample:
        if (self.label == "accept") != (self.kind in ("outcome", "deliverable")):
            raise ValueError(f"label '{self.label}' does not fit kind '{self.kind}'")
        return self


class _LabelledFile(_Strict):
    examples: list[LabelledExample]


class Glossary(_Strict):
    """One language's metric vocabulary in plain English (knowledge/glossary/<code>.yaml): the validator reads a
    line written in that language through it. ``terms`` mark the language; ``also_english`` holds forms that
    are English words too ("media", "van"), translated only in a line already known to be in the language."""

    language: str
    code: str = Field(pattern=r"^[a-z]{2,3}$")
    terms: dict[str, str]
    also_english: dict[str, str] = Field(default_factory=dict)
    # Japanese and Chinese put no spaces between words: their terms are found anywhere in a line
    unspaced: bool = False

    @field_validator("terms", "also_english", mode="before")
    @classmethod
    def _lower_case(cls, v: object) -> object:
        # (an article that maps to nothing may be written as an empty value)
        if not isinstance(v, dict):
            return v
        if any(isinstance(x, bool) for pair in v.items() for x in pair):
            # YAML reads a bare no, yes, on or off as true or false
            raise ValueError("a word such as no, yes, on or off must be written in quotes ('no': 'no')")
        return {
            " ".join(str(k).lower().split()): " ".join(str(t if t is not None else "").lower().split())
            for k, t in v.items()
        }


class _PrinciplesFile(_Strict):
    principles: list[Principle]


class _RewritesFile(_Strict):
    rewrites: list[Rewrite]


class KnowledgeBase(BaseModel):
    families: list[Family]
    principles: list[Principle]
    rewrites: list[Rewrite]
    labelled: list[LabelledExample] = Field(default_factory=list)
    glossaries: list[Glossary] = Field(default_factory=list)
    content_hash: str

    def family(self, family_id: str) -> Family:
        return self._by_id[family_id]

    @cached_property
    def _by_id(self) -> dict[str, Family]:
        return {f.id: f for f in self.families}

    def principle(self, principle_id: str) -> Principle | None:
        return next((p for p in self.principles if p.id == principle_id), None)

    def example_kpi(self, entry_id: str) -> tuple[Family, ExampleKPI]:
        fam_id, _, kpi_id = entry_id.partition("/")
        fam = self.family(fam_id)
        return fam, next(k for k in fam.kpis if k.id == kpi_id)


def to_kpi(family: Family, example: ExampleKPI) -> KPI:
    """An example KPI from the knowledge base as a KPI record (kra by name, sources set)."""
    data = example.model_dump(exclude={"id", "known_as"})
    data["definition"] = example.described
    data["kra"] = family.kra(example.kra).name
    return KPI(**data, sources=[family.kpi_entry_id(example)])


def _format_error(path: Path, err: ValidationError) -> str:
    first = err.errors()[0]
    loc = ".".join(str(p) for p in first["loc"]) or "(top level)"
    return f"{path}: field '{loc}': {first['msg']}"


def _read_yaml(path: Path, cache: Path | None = None) -> object:
    """The file's data; a parsed copy is kept as JSON in the data folder, keyed by the file's bytes, so
    a new process reads the labelled memory and families without parsing YAML again (``cache``: the
    folder for those copies, None for none)."""
    try:
        raw = path.read_bytes()
        cached = cache / f"{hashlib.sha256(raw).hexdigest()[:32]}.json" if cache is not None else None
        if cached is not None and cached.is_file():
            try:
                return json.loads(cached.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                pass  # a damaged copy: parse the YAML again
        data = yaml.load(raw.decode("utf-8"), Loader=_LOADER)  # noqa: S506 - a safe loader
    except yaml.YAMLError as exc:
        raise KnowledgeError(f"{path}: not valid YAML ({str(exc).splitlines()[0]})") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise KnowledgeError(f"{path}: cannot be read ({exc})") from None
    if cached is not None:
        try:
            cached.parent.mkdir(parents=True, exist_ok=True)
            tmp = cached.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
            tmp.replace(cached)
        except (OSError, TypeError, ValueError):
            pass  # no copy kept (read-only data folder, or a value JSON cannot hold): parse next time too
    return data


def _cache_folder() -> Path | None:
    """Where parsed copies are kept: the data folder's knowledge-cache (resolved once per load)."""
    try:
        from .settings import get_settings

        return get_settings().data_dir / "knowledge-cache"
    except Exception:  # noqa: BLE001 - settings that do not load only mean no cache here
        return None


def _parse(model: type[BaseModel], path: Path, cache: Path | None = None) -> BaseModel:
    data = _read_yaml(path, cache)
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise KnowledgeError(_format_error(path, exc)) from None


def content_hash(root: Path) -> str:
    """Hash of every knowledge file's path and bytes: it changes when any content changes. The bytes are
    read again only when a file's size or modification time changed (a draft asks several times)."""
    files = sorted(root.rglob("*.yaml"))
    stamp = tuple((str(p), st.st_size, st.st_mtime_ns) for p in files for st in (p.stat(),))
    if stamp in _HASHES:
        return _HASHES[stamp]
    h = hashlib.sha256()
    for p in files:
        h.update(str(p.relative_to(root)).encode())
        h.update(b"\0")
        h.update(p.read_bytes())
        h.update(b"\0")
    if len(_HASHES) > 8:
        _HASHES.clear()
    _HASHES[stamp] = h.hexdigest()[:16]
    return _HASHES[stamp]


_HASHES: dict[tuple, str] = {}


def load_knowledge(root: Path | str | None = None) -> KnowledgeBase:
    """Load and schema-check the whole knowledge base under ``root``."""
    root = Path(root) if root else DEFAULT_DIR
    return _load_cached(root.resolve(), content_hash(root) if root.exists() else "")


@lru_cache(maxsize=4)
def _load_cached(root: Path, digest: str) -> KnowledgeBase:
    fam_dir = root / "families"
    if not fam_dir.is_dir():
        raise KnowledgeError(f"{root}: no 'families' folder; point KPI_KNOWLEDGE_DIR at a knowledge base")
    cache = _cache_folder()
    families: list[Family] = []
    for path in sorted(fam_dir.glob("*.yaml")):
        fam = _parse(Family, path, cache)
        if fam.id != path.stem:
            raise KnowledgeError(f"{path}: field 'id': '{fam.id}' must match the file name '{path.stem}'")
        families.append(fam)  # type: ignore[arg-type]
    if not families:
        raise KnowledgeError(f"{fam_dir}: no role family files (*.yaml)")
    principles: list[Principle] = []
    for path in sorted((root / "guidance").glob("*.yaml")):
        principles.extend(_parse(_PrinciplesFile, path, cache).principles)  # type: ignore[attr-defined]
    rewrites: list[Rewrite] = []
    for path in sorted((root / "rewrites").glob("*.yaml")):
        rewrites.extend(_parse(_RewritesFile, path, cache).rewrites)  # type: ignore[attr-defined]
    labelled: list[LabelledExample] = []
    for path in sorted((root / "labelled").glob("*.yaml")):
        labelled.extend(_parse(_LabelledFile, path, cache).examples)  # type: ignore[attr-defined]
    glossaries = [_parse(Glossary, path, cache) for path in sorted((root / "glossary").glob("*.yaml"))]
    fam_ids = {f.id for f in families}
    for r in rewrites:
        if r.family and r.family not in fam_ids:
            raise KnowledgeError(f"rewrite '{r.id}': field 'family': unknown role family '{r.family}'")
    _check_unique("principle", [p.id for p in principles])
    _check_unique("rewrite", [r.id for r in rewrites])
    return KnowledgeBase(
        families=families,
        principles=principles,
        rewrites=rewrites,
        labelled=labelled,
        glossaries=glossaries,  # type: ignore[arg-type]
        content_hash=digest,
    )


def _check_unique(what: str, ids: list[str]) -> None:
    seen: set[str] = set()
    for i in ids:
        if i in seen:
            raise KnowledgeError(f"{what} id '{i}' appears twice in the knowledge base")
        seen.add(i)


if __name__ == "__main__":  # python -m assistant.knowledge: check the knowledge base (KPI_KNOWLEDGE_DIR honoured)
    from .settings import get_settings

    kb = load_knowledge(get_settings().knowledge_dir)
    n_kpis = sum(len(f.kpis) for f in kb.families)
    print(
        f"ok: {len(kb.families)} families, {n_kpis} example KPIs, "
        f"{len(kb.principles)} principles, {len(kb.rewrites)} rewrites, {len(kb.labelled)} labelled metrics "
        f"(hash {kb.content_hash})"
    )
