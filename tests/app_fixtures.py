"""Fixtures and helpers for the Streamlit app tests (tests/test_app.py, tests/test_browser.py).

Kept out of conftest.py so the app tests do not step on other suites' fixtures. The app runs
in-process under ``streamlit.testing.v1.AppTest`` with the session's KPI_DATA_DIR (set by
conftest.py), so the knowledge index is built once for the whole test session.
"""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
APP = ROOT / "app.py"
EXAMPLES = ROOT / "examples"
POSTING = (EXAMPLES / "pharmacy-technician.txt").read_text(encoding="utf-8")


def new_app():
    from streamlit.testing.v1 import AppTest

    return AppTest.from_file(str(APP), default_timeout=90)


def values(elements) -> list[str]:  # noqa: ANN001 - an AppTest ElementList
    return [str(e.value) for e in elements]


def all_text(at) -> str:  # noqa: ANN001
    """Every piece of text a user can read on the page (markdown, captions, alerts, statuses)."""
    parts: list[str] = []
    for kind in ("markdown", "caption", "error", "warning", "info", "success", "title", "header", "subheader"):
        parts += values(at.get(kind))
    parts += [s.label for s in at.get("status")]
    parts += [e.label for e in at.get("expander")]
    return "\n".join(parts)


def no_crash(at) -> None:  # noqa: ANN001
    """The page shows no traceback (st.exception) and no raw Python error."""
    assert not at.exception, [e.value for e in at.exception]
    assert "Traceback" not in all_text(at)


def work_items(at) -> list[dict]:  # noqa: ANN001
    return at.session_state["work"]["items"]


def field_key(at, i: int, field: str) -> str:  # noqa: ANN001
    item = work_items(at)[i]
    return f"f_{item['uid']}_{item['rev']}_{field}"


def goto(at, tab: str):  # noqa: ANN001, ANN201
    """Open the tab whose label ends with ``tab`` ("Draft", "Refine", "Saved sets & reviews", ...)."""
    labels = [t.label for t in at.tabs]
    label = next((x for x in labels if x.endswith(tab)), None)
    assert label, f"no tab '{tab}' in {labels}"
    at.session_state["nav"] = label
    return at.run()


def draft(at, text: str = POSTING):  # noqa: ANN001, ANN201
    at.text_area(key="jd_text").set_value(text)
    at.button(key="draft_btn").click().run()
    return at


def save(at, note: str = "", name: str | None = None):  # noqa: ANN001, ANN201
    """Save from the Refine tab (opened if needed)."""
    if not at.session_state["nav"].endswith("Refine"):
        goto(at, "Refine")
    if name is not None:
        at.text_input(key="save_name").set_value(name)
    at.text_input(key="save_note").set_value(note)
    at.button(key="save_btn").click().run()
    return at


@pytest.fixture
def app():
    at = new_app().run()
    no_crash(at)
    return at


@pytest.fixture
def drafted(app):  # noqa: ANN001, ANN201
    draft(app)
    no_crash(app)
    assert app.session_state["work"]["items"], "the draft produced no KPIs"
    return app


@pytest.fixture
def downloads(monkeypatch):  # noqa: ANN201
    """Every file the app hands to a download button in a run: {file name: bytes} (latest wins)."""
    from streamlit.runtime.memory_media_file_storage import MemoryMediaFileStorage

    files: dict[str, bytes] = {}
    original = MemoryMediaFileStorage.load_and_get_id

    def record(self, path_or_data, mimetype, kind, filename=None):  # noqa: ANN001, ANN202
        if filename and isinstance(path_or_data, bytes):
            files[filename] = path_or_data
        return original(self, path_or_data, mimetype, kind, filename)

    monkeypatch.setattr(MemoryMediaFileStorage, "load_and_get_id", record)
    return files
