"""Prompt templates are data: files under ``prompts/<name>/<version>.md``, loaded by name and version.

A file may start with a YAML front-matter block (``---`` lines) describing it; the rest is the
template, with ``{placeholders}`` filled by :meth:`Prompt.format` (literal braces are written
``{{`` and ``}}``). Evals compare versions side by side by loading, for example,
``load_prompt("draft", "v1")`` and ``load_prompt("draft", "v2")``.
"""

from __future__ import annotations

import hashlib
import re
import string
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from .errors import ConfigError

PROMPTS_DIR = Path(__file__).resolve().parent.parent / "prompts"
_FRONT = re.compile(r"\A---\s*\n(.*?)\n---\s*\n", re.S)
_VERSION = re.compile(r"^v\d+$")


@dataclass(frozen=True)
class Prompt:
    name: str
    version: str
    text: str
    meta: dict = field(default_factory=dict, compare=False, hash=False)
    path: Path | None = field(default=None, compare=False)

    @property
    def id(self) -> str:
        """``name/version``, as recorded in results."""
        return f"{self.name}/{self.version}"

    @property
    def sha(self) -> str:
        """Hash of the template text: part of every cache key, so editing a prompt invalidates answers."""
        return hashlib.sha256(self.text.encode()).hexdigest()[:16]

    @property
    def variables(self) -> list[str]:
        names = [f for _, f, _, _ in string.Formatter().parse(self.text) if f]
        return list(dict.fromkeys(names))

    def format(self, **values: object) -> str:
        missing = [v for v in self.variables if v not in values]
        if missing:
            raise ConfigError(f"prompt {self.id}: no value for {', '.join(missing)}")
        return self.text.format(**values)

    def __str__(self) -> str:
        return self.text


def prompts_dir(root: Path | str | None = None) -> Path:
    return Path(root) if root else PROMPTS_DIR


def list_versions(name: str, root: Path | str | None = None) -> list[str]:
    """The versions of prompt ``name`` on disk, oldest first (v1, v2, ..., v10)."""
    folder = prompts_dir(root) / name
    found = [p.stem for p in folder.glob("v*.md") if _VERSION.match(p.stem)]
    return sorted(found, key=lambda v: int(v[1:]))


def list_prompts(root: Path | str | None = None) -> dict[str, list[str]]:
    base = prompts_dir(root)
    return {
        p.name: list_versions(p.name, root)
        for p in sorted(base.iterdir())
        if p.is_dir() and list_versions(p.name, root)
    }


def load_prompt(name: str, version: str = "v1", root: Path | str | None = None) -> Prompt:
    """The template ``prompts/<name>/<version>.md``; ``version="latest"`` picks the newest."""
    if version == "latest":
        versions = list_versions(name, root)
        if not versions:
            raise ConfigError(f"prompt '{name}': no versions in {prompts_dir(root) / name}")
        version = versions[-1]
    path = prompts_dir(root) / name / f"{version}.md"
    if not path.is_file():
        have = list_versions(name, root)
        hint = f"available: {', '.join(have)}" if have else f"no prompt named '{name}' in {prompts_dir(root)}"
        raise ConfigError(
            f"prompt '{name}' version '{version}' not found ({hint}); set KPI_PROMPT_VERSION to one of them"
        )
    return _load(path.resolve(), path.stat().st_mtime_ns, name, version)


@lru_cache(maxsize=64)
def _load(path: Path, mtime: int, name: str, version: str) -> Prompt:
    raw = path.read_text(encoding="utf-8")
    meta: dict = {}
    m = _FRONT.match(raw)
    if m:
        try:
            meta = yaml.safe_load(m.group(1)) or {}
        except yaml.YAMLError as exc:
            raise ConfigError(f"{path}: front matter is not valid YAML ({exc})") from None
        raw = raw[m.end() :]
    text = raw.strip() + "\n"
    try:
        list(string.Formatter().parse(text))
    except ValueError as exc:
        raise ConfigError(f"{path}: bad placeholder ({exc}); write literal braces as {{{{ and }}}}") from None
    return Prompt(name, version, text, meta, path)
