"""The real app in a real browser: ``streamlit run app.py`` on 127.0.0.1 with a temporary data
directory, driven by Playwright in Debian's Chromium (/usr/bin/chromium, never downloaded)
through paste, draft, edit, save and export. Screenshots go to docs/screenshots/.
"""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = Path("/usr/bin/chromium")
SHOTS = ROOT / "docs" / "screenshots"
ARTIFACTS = ROOT / "tests" / "artifacts"
POSTING = (ROOT / "examples" / "pharmacy-technician.txt").read_text(encoding="utf-8")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists(),
        reason="needs Debian's Chromium at /usr/bin/chromium (apt-get install -y chromium); no browser is downloaded",
    ),
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory) -> Iterator[str]:
    data_dir = tmp_path_factory.mktemp("browser-data")
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "KPI_"))}
    env.update(KPI_DATA_DIR=str(data_dir), KPI_ENV_FILE="", KPI_EVAL_RUNS_DIR=str(data_dir / "no-runs"))
    log_path = data_dir / "streamlit.log"
    log = log_path.open("w")
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "streamlit",
            "run",
            "app.py",
            "--server.headless",
            "true",
            "--server.port",
            str(port),
            "--server.address",
            "127.0.0.1",
            "--browser.gatherUsageStats",
            "false",
        ],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as r:
                    if r.read().strip() == b"ok":
                        break
            except OSError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"streamlit did not start:\n{log_path.read_text()[-3000:]}")
            time.sleep(0.3)
        yield url
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
        log.close()
        text = log_path.read_text()
        assert "Traceback" not in text, text[-3000:]


@pytest.fixture(scope="module")
def browser():
    pytest.importorskip("playwright.sync_api", reason="Playwright for Python is not installed")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        yield b
        b.close()


def _no_error_page(page) -> None:  # noqa: ANN001
    body = page.locator("body").inner_text()
    assert "Traceback" not in body and "Something unexpected went wrong" not in body


def _shot(page, name: str) -> None:  # noqa: ANN001
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.wait_for_timeout(400)  # let the last rerun settle
    page.screenshot(path=str(SHOTS / name))


def _wait_idle(page) -> None:  # noqa: ANN001
    """Wait until Streamlit has finished the current rerun."""
    page.wait_for_timeout(300)
    page.locator("[data-testid='stStatusWidget']").wait_for(state="detached", timeout=90_000)


def test_paste_draft_edit_save_export_in_chromium(server, browser, tmp_path):
    context = browser.new_context(viewport={"width": 1280, "height": 1500}, accept_downloads=True)
    page = context.new_page()
    try:
        _flow(page, server, tmp_path)
    except BaseException:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "browser-failure.png"), full_page=True)
        raise
    finally:
        context.close()


def _flow(page, url: str, tmp_path: Path) -> None:  # noqa: ANN001
    page.goto(url, wait_until="domcontentloaded")
    page.get_by_text("KPI drafting assistant").first.wait_for(timeout=60_000)
    page.get_by_text("No KPI set open yet").wait_for()

    # paste and draft
    box = page.get_by_label("Job description")
    box.fill(POSTING)
    box.press("Tab")
    _wait_idle(page)
    page.get_by_role("button", name=re.compile("Draft KPIs")).click()
    page.get_by_role("heading", name=re.compile("The KPIs")).wait_for(timeout=120_000)
    _wait_idle(page)
    _no_error_page(page)
    assert page.get_by_text("Role recognised:", exact=True).is_visible()
    assert page.get_by_text(re.compile(r"^Drafted \d KPIs for")).is_visible()
    assert page.get_by_text("Set verdict:", exact=True).is_visible()
    assert page.get_by_text("Drafted from the knowledge base").first.is_visible()
    _shot(page, "01-draft.png")

    # edit the first KPI into an effort metric: the validator rejects it and offers a rewrite
    page.get_by_role("tab", name=re.compile("Refine")).click()
    card = page.locator("[class*='st-key-card_e_']").first
    card.get_by_text("Edit the fields").click()
    name = card.get_by_label("KPI name")
    original = name.input_value()
    name.fill("Hours worked per week")
    name.press("Enter")
    card.get_by_text(re.compile("Measures effort put in")).wait_for(timeout=30_000)
    _wait_idle(page)
    assert card.get_by_text("Suggested rewrite:").first.is_visible()
    assert page.locator("[class*='st-key-set_status'] .stMarkdownBadge").get_by_text("Rejected").is_visible()
    _shot(page, "02-refine-rejected.png")
    card.get_by_role("button", name=re.compile("Rewrite as outcome")).click()
    card.get_by_role("button", name=re.compile("Use this rewrite")).click()
    page.get_by_text(re.compile("^Replaced “Hours worked per week”")).wait_for(timeout=30_000)
    _wait_idle(page)
    assert not page.get_by_text(re.compile("Measures effort put in")).count()
    assert original  # the drafted name was there before the edit

    # save as the manager
    save_box = page.locator("[class*='st-key-save_box']")
    save_box.get_by_label("Set name").fill("Dispensary team 2026")
    save_box.get_by_label(re.compile("Note for this version")).fill("First agreed draft")
    save_box.get_by_label(re.compile("Note for this version")).press("Tab")
    _wait_idle(page)
    save_box.get_by_role("button", name=re.compile("Save")).click()
    page.get_by_text(re.compile("Saved version 1 of “Dispensary team 2026”")).wait_for(timeout=30_000)
    _wait_idle(page)

    # export the saved version from the Saved sets tab
    page.get_by_role("tab", name=re.compile("Saved sets")).click()
    page.get_by_role("tab", name="Export").click()
    with page.expect_download() as md_dl:
        page.get_by_role("button", name=re.compile("Markdown")).click()
    md_path = tmp_path / md_dl.value.suggested_filename
    md_dl.value.save_as(md_path)
    assert md_dl.value.suggested_filename == "dispensary-team-2026-v1.md"
    md = md_path.read_text(encoding="utf-8")
    assert md.startswith("# Dispensary team 2026") and "First agreed draft" in md
    assert not re.search(r"^## \d\. Hours worked", md, re.M)  # the rewrite replaced the effort KPI
    with page.expect_download() as json_dl:
        page.get_by_role("button", name=re.compile("JSON")).click()
    json_path = tmp_path / "set.json"
    json_dl.value.save_as(json_path)
    data = json.loads(json_path.read_text(encoding="utf-8"))
    assert data["version"]["number"] == 1 and 3 <= len(data["kpis"]) <= 5
    assert all(k["name"] in md for k in data["kpis"])

    # the employee changes a target and saves: two versions, compared side by side
    page.get_by_role("tab", name=re.compile("Refine")).click()
    page.get_by_text("Employee", exact=True).click()
    _wait_idle(page)
    second = page.locator("[class*='st-key-card_e_']").nth(1)
    second.get_by_text("Edit the fields").click()
    target = second.get_by_label("Target", exact=True)
    target.fill("Agreed with the pharmacist after the first month")
    target.press("Enter")
    page.get_by_text("unsaved changes").wait_for(timeout=30_000)
    note = save_box.get_by_label(re.compile("Note for this version"))
    note.fill("Target agreed")
    note.press("Tab")
    _wait_idle(page)
    save_box.get_by_role("button", name=re.compile("Save as a new version")).click()
    page.get_by_text(re.compile("Saved version 2 of “Dispensary team 2026” as the employee")).wait_for(timeout=30_000)
    page.get_by_role("tab", name=re.compile("Saved sets")).click()
    page.get_by_text(re.compile("Version 1 → version 2:")).wait_for(timeout=30_000)
    # the comparison is drawn line by line after its heading: wait for the changed target itself
    page.get_by_text("Agreed with the pharmacist after the first month", exact=True).wait_for(timeout=30_000)
    _wait_idle(page)
    _shot(page, "03-saved-sets.png")

    # a narrow window still shows the set verdict at the top
    page.set_viewport_size({"width": 420, "height": 900})
    page.get_by_role("tab", name=re.compile("Refine")).click()
    _wait_idle(page)
    page.get_by_text("Add your own KPI").wait_for()  # the end of the Refine tab is drawn
    main = "document.querySelector('[data-testid=stMain]')"
    page.evaluate(f"{main}.scrollTo(0, 1500)")
    page.wait_for_timeout(500)
    assert page.evaluate(f"{main}.scrollTop") > 1000
    status = page.locator("[class*='st-key-set_status']")
    box = status.bounding_box()
    assert box and 0 <= box["y"] < 250, box  # still at the top of the window after scrolling
    assert status.get_by_text("Set verdict:", exact=True).is_visible()
    _no_error_page(page)
    _shot(page, "04-narrow.png")
