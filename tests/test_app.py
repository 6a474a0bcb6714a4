"""The Streamlit app, driven in-process with streamlit.testing.v1.AppTest.

Each test does what a manager or an employee would do and checks what they would see.
"""

from __future__ import annotations

import csv
import io
import json

import app_fixtures
import docx
import pytest
from app_fixtures import POSTING, all_text, draft, field_key, goto, new_app, no_crash, save, values, work_items

from assistant.models import KPI
from assistant.settings import get_settings
from assistant.store import Store

# pytest fixtures shared with the browser test (tests/app_fixtures.py)
app, drafted, downloads = app_fixtures.app, app_fixtures.drafted, app_fixtures.downloads


def _button(at, label: str, form: str | None = None):  # noqa: ANN001, ANN202
    found = [b for b in at.button if b.label == label and (form is None or b.proto.form_id == form)]
    assert found, f"no button '{label}' on the page; buttons: {sorted({b.label for b in at.button})}"
    return found[0]


def _store() -> Store:
    return Store.from_settings(get_settings())


# ---- drafting ---------------------------------------------------------------------------------------


def test_first_visit_says_what_to_do(app):
    text = all_text(app)
    assert "Paste a job description" in text
    assert "No KPI set open yet" in text
    # no LLM configured: no engine choice on the page
    assert not [r for r in app.radio if r.label == "Drafting engine"]
    assert "Nothing to refine yet" in all_text(goto(app, "Refine"))
    assert "Draft KPIs on the **Draft** tab" in all_text(app)


def test_drafting_from_pasted_text_shows_kpis_verdicts_and_sources(drafted):
    at = drafted
    items = work_items(at)
    assert 3 <= len(items) <= 5
    text = all_text(at)
    assert "Role recognised:" in text and "Pharmacy technician" in text
    assert any(s.label.startswith(f"Drafted {len(items)} KPIs") for s in at.get("status"))
    # every KPI is on the page with its measure, and the knowledge entry it came from
    for item in items:
        kpi = KPI.model_validate(item["kpi"])
        assert kpi.name in text
        assert kpi.measure in text
    assert text.count("Drafted from the knowledge base") >= len(items)
    assert "knowledge/families/pharmacy-technician.yaml" in text
    # the set-level verdict is in the header, a badge per KPI on the cards
    header = [m for m in values(at.markdown) if m.startswith("**Set verdict:**")]
    assert header and "Pass" in header[0]
    assert sum(":green-badge[:material/check_circle: Pass]" in m for m in values(at.markdown)) >= len(items)
    # the recognised role profile can be edited and redrafted
    assert at.text_area(key=f"rp{at.session_state['work']['profile_rev']}_kras").value


def test_redraft_from_an_edited_role_profile(drafted):
    at = drafted
    p = f"rp{at.session_state['work']['profile_rev']}"
    at.text_input(key=f"{p}_title").set_value("Senior dispensary technician")
    _button(at, "Redraft from this profile").click().run()
    no_crash(at)
    assert at.session_state["work"]["role"]["title"] == "Senior dispensary technician"
    assert "Senior dispensary technician" in all_text(at)
    assert 3 <= len(work_items(at)) <= 5


def test_a_posting_that_cannot_be_used_shows_an_error_and_keeps_the_text(app):
    draft(app, "hello there")
    no_crash(app)
    errors = values(app.error)
    assert errors and "job description" in errors[0].lower()
    assert "Draft KPIs" in errors[0]  # says what to do next
    assert app.text_area(key="jd_text").value == "hello there"
    assert app.session_state.get("work") is None


def test_an_unexpected_failure_is_a_friendly_message_not_a_traceback(app, monkeypatch):
    import assistant.pipeline

    def boom(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        raise RuntimeError("internal detail that users should not see")

    monkeypatch.setattr(assistant.pipeline, "draft", boom)
    draft(app)
    no_crash(app)
    errors = values(app.error)
    assert errors and "Something unexpected went wrong while drafting" in errors[0]
    assert "internal detail" not in all_text(app)
    assert app.text_area(key="jd_text").value == POSTING


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("empty.txt", b"", "the file is empty"),
        ("salaries.xlsx", b"PK\x03\x04\x14\x00\x06\x00binary", "unsupported file type '.xlsx'"),
        ("scan.pdf", b"%PDF-1.4 not really a pdf", "not a readable PDF"),
        (
            "page.html",
            b"<html><head><style>p{}</style></head><body><div><p></p><ul></ul></div></body></html>",
            "no text",
        ),
    ],
)
def test_an_empty_or_unsupported_upload_shows_an_error(app, name, data, message):
    app.text_area(key="jd_text").set_value("text I typed before")
    app.file_uploader(key="jd_file").upload(name, data).run()
    no_crash(app)
    errors = values(app.error)
    assert any(message in e and name in e for e in errors), errors
    assert app.text_area(key="jd_text").value == "text I typed before"


def test_a_docx_upload_fills_the_text_box(app, tmp_path):
    d = docx.Document()
    d.add_heading("Pharmacy Technician", level=1)
    d.add_paragraph("Dispense prescriptions accurately and manage medicine stock for the pharmacy.")
    buf = io.BytesIO()
    d.save(buf)
    app.file_uploader(key="jd_file").upload("posting.docx", buf.getvalue()).run()
    no_crash(app)
    assert "Dispense prescriptions accurately" in app.text_area(key="jd_text").value
    assert any("posting.docx" in s for s in values(app.success))


def test_a_saved_web_page_upload_fills_the_text_box_with_its_text(app):
    page = (
        b"<html><head><title>Jobs</title><script>var x = 1;</script></head><body><h1>Pharmacy Technician</h1>"
        b"<ul><li>Dispense prescriptions accurately</li><li>Manage medicine stock</li></ul></body></html>"
    )
    app.file_uploader(key="jd_file").upload("posting.html", page).run()
    no_crash(app)
    text = app.text_area(key="jd_text").value
    assert "Pharmacy Technician" in text and "- Dispense prescriptions accurately" in text
    assert "<" not in text and "var x" not in text


# ---- refining ----------------------------------------------------------------------------------------


def test_editing_a_kpi_into_an_effort_metric_shows_the_rejection_and_its_rewrite(drafted):
    at = goto(drafted, "Refine")
    at.text_input(key=field_key(at, 0, "name")).set_value("Hours worked per week").run()
    at.text_area(key=field_key(at, 0, "measure")).set_value("Hours logged in the timesheet").run()
    no_crash(at)
    assert work_items(at)[0]["kpi"]["name"] == "Hours worked per week"
    rejections = [e for e in values(at.error) if "Measures effort" in e]
    assert rejections, values(at.error)
    assert "Suggested rewrite:" in rejections[0]
    header = [m for m in values(at.markdown) if m.startswith("**Set verdict:**")][0]
    assert "Rejected" in header

    uid = work_items(at)[0]["uid"]
    at.button(key=f"rw_{uid}").click().run()
    no_crash(at)
    assert any(m.startswith("**Outcome rewrite:**") for m in values(at.markdown))
    proposal = KPI.model_validate(work_items(at)[0]["proposal"])
    assert "hour" not in proposal.name.lower()
    at.button(key=f"use_rw_{uid}").click().run()
    no_crash(at)
    assert work_items(at)[0]["kpi"]["name"] == proposal.name
    assert not [e for e in values(at.error) if "Measures effort" in e]
    header = [m for m in values(at.markdown) if m.startswith("**Set verdict:**")][0]
    assert "Rejected" not in header


def test_alternatives_accept_remove_and_add_your_own(drafted):
    at = goto(drafted, "Refine")
    first = work_items(at)[0]
    at.button(key=f"alt_{first['uid']}").click().run()
    no_crash(at)
    alts = work_items(at)[0]["alts"]
    assert alts and all(a["name"] != first["kpi"]["name"] for a in alts)
    at.button(key=f"use_alt_{first['uid']}_0").click().run()
    assert work_items(at)[0]["kpi"]["name"] == alts[0]["name"]

    at.button(key=f"acc_{first['uid']}").click().run()
    assert work_items(at)[0]["agreed"]
    assert any(":material/handshake: Agreed" in m for m in values(at.markdown))

    n = len(work_items(at))
    last = work_items(at)[-1]
    at.button(key=f"rm_{last['uid']}").click().run()
    assert len(work_items(at)) == n - 1
    assert last["kpi"]["name"] not in [i["kpi"]["name"] for i in work_items(at)]

    at.text_input(key="own_name").set_value("Number of calls made per day")
    at.button(key="own_add").click().run()
    no_crash(at)
    assert work_items(at)[-1]["kpi"]["name"] == "Number of calls made per day"
    assert any("validator rejects it" in w for w in values(at.warning))
    assert any("Counts activity" in e for e in values(at.error))


def test_comments_and_unrealistic_target_flags(drafted):
    at = drafted
    save(at, note="first draft", name="Pharmacy tech – comments test")
    set_id = at.session_state["work"]["set_id"]
    uid = work_items(at)[1]["uid"]
    at.session_state["author_role"] = "employee"
    at.run()
    at.radio(key=f"ckind_{uid}").set_value("Target looks unrealistic")
    at.text_area(key=f"ctext_{uid}").set_value("The promised time assumes two checkers on every shift")
    post = at.button(key=f"cpost_{uid}")
    assert post.label == "Post as employee"
    post.click().run()
    no_crash(at)
    flags = _store().comments(set_id, uid)
    assert [(c.kind, c.author_role) for c in flags] == [("unrealistic_target", "employee")]
    assert "two checkers" in flags[0].text
    assert any(":material/flag: Target flagged" in m for m in values(at.markdown))


# ---- saving, history, compare, check-ins, export -----------------------------------------------------------


def test_save_edit_save_shows_two_versions_and_the_comparison(drafted):
    at = drafted
    save(at, note="first draft", name="Pharmacy tech – history test")
    no_crash(at)
    assert any("Saved version 1" in s for s in values(at.success))
    set_id = at.session_state["work"]["set_id"]

    at.text_input(key=field_key(at, 1, "target")).set_value("95% ready by the promised time").run()
    assert any("unsaved changes" in m for m in values(at.markdown))
    at.session_state["author_role"] = "employee"
    save(at, note="agreed the target")
    no_crash(at)
    assert any("Saved version 2" in s for s in values(at.success))
    goto(at, "Saved sets & reviews")

    history = _store().history(set_id)
    assert [(v.number, v.author_role, v.note) for v in history] == [
        (2, "employee", "agreed the target"),
        (1, "manager", "first draft"),
    ]
    tables = [d.value for d in at.dataframe if "Version" in d.value.columns]
    assert tables and list(tables[0]["Version"]) == [2, 1]
    assert list(tables[0]["Note"]) == ["agreed the target", "first draft"]

    text = all_text(at)
    assert "**Version 1 → version 2:** 1 changed" in text
    old_target = history[1].kpis[1].target
    assert f"Target: :red[~~{old_target}~~]" in text
    assert "Target: :green[95% ready by the promised time]" in text


def test_a_review_check_in_is_stored(drafted):
    at = drafted
    save(at, note="agreed", name="Pharmacy tech – check-in test")
    set_id = at.session_state["work"]["set_id"]
    goto(at, "Saved sets & reviews")
    prefix = f"ci_{set_id}_1"
    at.radio(key=f"{prefix}_period").set_value("monthly")
    at.text_input(key=f"{prefix}_label").set_value("March 2026")
    at.selectbox(key=f"{prefix}_p0").set_value("on_track")
    at.text_input(key=f"{prefix}_v0").set_value("0 unresolved")
    at.text_area(key=f"{prefix}_n0").set_value("New register layout made the audit quick")
    at.selectbox(key=f"{prefix}_p1").set_value("at_risk")
    at.button(key=f"{prefix}_submit").click().run()
    no_crash(at)
    assert any("Check-in recorded for March 2026" in s for s in values(at.success))
    [ci] = _store().checkins(set_id)
    assert (ci.period, ci.period_label, ci.version, ci.author_role) == ("monthly", "March 2026", 1, "manager")
    assert ci.notes[0].progress == "on_track" and ci.notes[0].value == "0 unresolved"
    assert ci.notes[0].note == "New register layout made the audit quick"
    assert ci.notes[1].progress == "at_risk"
    assert ci.notes[0].kpi_name == work_items(at)[0]["kpi"]["name"]
    assert any("March 2026" in e.label for e in at.get("expander"))


def test_export_produces_files_with_the_right_content(drafted, downloads):
    at = goto(drafted, "Refine")
    names = [i["kpi"]["name"] for i in work_items(at)]
    # before saving: the working set exports as a draft
    drafts = {n: b for n, b in downloads.items() if n.endswith("-draft.md")}
    assert drafts, sorted(downloads)
    draft_md = next(iter(drafts.values())).decode()
    assert "Not saved yet (working draft)" in draft_md and all(n in draft_md for n in names)

    downloads.clear()
    save(at, note="ready for HR", name="Pharmacy tech export")
    goto(at, "Saved sets & reviews")
    no_crash(at)
    names = [i["kpi"]["name"] for i in work_items(at)]
    assert {
        "pharmacy-tech-export-v1.md",
        "pharmacy-tech-export-v1.csv",
        "pharmacy-tech-export-v1.json",
        "pharmacy-tech-export-v1.docx",
    } <= set(downloads)

    md = downloads["pharmacy-tech-export-v1.md"].decode()
    assert md.startswith("# Pharmacy tech export")
    assert "Version 1, saved by the manager" in md and "ready for HR" in md
    assert all(n in md for n in names)

    rows = list(csv.DictReader(io.StringIO(downloads["pharmacy-tech-export-v1.csv"].decode("utf-8-sig"))))
    assert [r["KPI"] for r in rows] == names
    assert all(r["Verdict"] == "Pass" for r in rows)

    data = json.loads(downloads["pharmacy-tech-export-v1.json"])
    assert [k["name"] for k in data["kpis"]] == names
    assert data["version"]["number"] == 1 and data["set_name"] == "Pharmacy tech export"

    doc = docx.Document(io.BytesIO(downloads["pharmacy-tech-export-v1.docx"]))
    headings = [p.text for p in doc.paragraphs if p.style.name.startswith("Heading")]
    assert [h.split(". ", 1)[1] for h in headings] == names


def test_import_a_json_export_back(drafted, downloads):
    at = drafted
    save(at, name="Pharmacy tech import source")
    goto(at, "Saved sets & reviews")
    exported = downloads["pharmacy-tech-import-source-v1.json"]
    names = [i["kpi"]["name"] for i in work_items(at)]
    uids = [i["uid"] for i in work_items(at)]

    fresh = goto(new_app().run(), "Saved sets & reviews")
    fresh.file_uploader(key="import_file").upload("set.json", exported, "application/json").run()
    no_crash(fresh)
    assert any("Pharmacy tech import source" in s for s in values(fresh.success))
    _button(fresh, "Load it into the editor").click().run()
    no_crash(fresh)
    assert [i["kpi"]["name"] for i in work_items(fresh)] == names
    assert [i["uid"] for i in work_items(fresh)] == uids
    assert fresh.session_state["work"]["set_id"] is None  # saves as a new set

    bad = goto(new_app().run(), "Saved sets & reviews")
    bad.file_uploader(key="import_file").upload("notes.json", b"{not json", "application/json").run()
    no_crash(bad)
    assert any("notes.json: not valid JSON" in e for e in values(bad.error))


def test_open_a_saved_set_from_the_list(drafted):
    at = drafted
    save(at, note="v1", name="Pharmacy tech – reopen test")
    set_id = at.session_state["work"]["set_id"]
    names = [i["kpi"]["name"] for i in work_items(at)]

    other = goto(new_app().run(), "Saved sets & reviews")
    other.text_input(key="set_query").set_value("reopen test").run()
    assert other.selectbox(key="sel_set").value == set_id
    other.button(key="open_set").click().run()
    no_crash(other)
    assert other.session_state["work"]["set_id"] == set_id
    assert [i["kpi"]["name"] for i in work_items(other)] == names
    assert other.session_state["nav"].endswith("Refine")
    goto(other, "Saved sets & reviews")
    other.text_input(key="set_query").set_value("no such set anywhere").run()
    assert any("No saved set matches" in i for i in values(other.info))


# ---- check my KPIs, evaluation, settings -------------------------------------------------------------------


def test_check_my_existing_kpis_and_start_a_set(app):
    goto(app, "Check my KPIs")
    app.text_area(key="check_text").set_value(
        "- Calls made per day\n- Share of tickets resolved at first contact\n- Hours logged per week"
    )
    app.text_input(key="check_role").set_value("IT service desk analyst")
    app.button(key="check_btn").click().run()
    no_crash(app)
    res = app.session_state["check_result"]
    verdicts = [k["verdict"] for k in res["report"]["kpis"]]
    assert verdicts[0] == "reject" and verdicts[2] == "reject" and verdicts[1] != "reject"
    assert any("Counts activity" in e for e in values(app.error))
    assert any("Measures effort" in e for e in values(app.error))
    app.button(key="check_rw_0").click().run()
    assert any(m.startswith("**Outcome rewrite:**") for m in values(app.markdown))

    app.button(key="check_start").click().run()
    no_crash(app)
    names = [i["kpi"]["name"] for i in work_items(app)]
    assert len(names) == 3
    assert names[1] == "Share of tickets resolved at first contact"
    assert "Calls made per day" not in names and "Hours logged per week" not in names
    assert app.session_state["nav"].endswith("Refine")


def test_evaluation_tab_empty_state_and_latest_run(app, tmp_path, monkeypatch):
    monkeypatch.setenv("KPI_EVAL_RUNS_DIR", str(tmp_path))
    goto(app, "Evaluation")
    assert any("Run `kpi eval`" in i for i in values(app.info))

    run = tmp_path / "20260101-offline"
    run.mkdir()
    summary = {
        "versions": {
            "offline": {
                "n": 80,
                "count_in_range": 1.0,
                "validator_pass": 0.97,
                "kra_coverage": 0.84,
                "role_specificity": 0.93,
                "grounding": 1.0,
                "latency_ms": {"mean": 41.0, "p95": 80.0},
            }
        },
        "by_family": {"offline": {"chef": {"n": 3, "kra_coverage": 0.9}, "nurse": {"n": 2, "kra_coverage": 0.7}}},
        "worst": {"offline": ["r017", "r042"]},
        "meta": {"backend": "offline", "n_cases": 80},
        "targets": {"kra_coverage": 0.8},
    }
    (run / "summary.json").write_text(json.dumps(summary))
    (run / "report.md").write_text("# Eval report\n\nAll good.")
    app.run()
    no_crash(app)
    metrics = {m.label: m.value for m in app.metric}
    assert metrics["Key result area coverage"] == "84%"
    assert metrics["Validator pass (KPIs without findings)"] == "97%"
    assert metrics["Latency, mean"] == "41 ms"
    assert "20260101-offline" in all_text(app)


def test_the_backend_choice_appears_only_when_an_llm_is_configured(monkeypatch):
    monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:9/v1")
    at = new_app().run()
    no_crash(at)
    radios = [r for r in at.radio if r.label == "Drafting engine"]
    assert radios and radios[0].options == ["LLM (gpt-4o-mini)", "Offline (knowledge base)"]
    assert radios[0].value == "openai"  # a configured LLM is the default; offline stays one click away


def test_two_people_saving_the_same_set_both_keep_their_version(drafted):
    manager = drafted
    save(manager, note="manager's draft", name="Pharmacy tech – two sessions")
    set_id = manager.session_state["work"]["set_id"]

    employee = new_app().run()
    employee.session_state["author_role"] = "employee"
    goto(employee, "Saved sets & reviews")
    employee.text_input(key="set_query").set_value("two sessions").run()
    employee.button(key="open_set").click().run()

    manager.text_input(key=field_key(manager, 0, "target")).set_value("No unresolved discrepancies").run()
    save(manager, note="manager tightened the target")
    employee.text_input(key=field_key(employee, 1, "target")).set_value("Same as last quarter").run()
    save(employee, note="employee's view")
    no_crash(employee)

    warnings = values(employee.warning)
    assert any("Someone else saved version 2 while you were editing; yours is version 3" in w for w in warnings)
    history = _store().history(set_id)
    assert [(v.number, v.note, v.parent_number) for v in history] == [
        (3, "employee's view", 1),
        (2, "manager tightened the target", 1),
        (1, "manager's draft", None),
    ]


def test_what_was_typed_survives_switching_tabs(drafted):
    at = drafted
    at.slider(key="opt_n").set_value(3)
    at.selectbox(key="opt_cadence").set_value("monthly").run()
    goto(at, "Check my KPIs")
    at.text_area(key="check_text").set_value("Tickets closed per day").run()
    goto(at, "Refine")
    at.text_input(key="own_name").set_value("Share of orders shipped complete").run()
    at.text_input(key="save_note").set_value("half-written note").run()
    goto(at, "Draft")
    assert at.slider(key="opt_n").value == 3 and at.selectbox(key="opt_cadence").value == "monthly"
    assert at.text_area(key="jd_text").value == POSTING
    goto(at, "Check my KPIs")
    assert at.text_area(key="check_text").value == "Tickets closed per day"
    goto(at, "Refine")
    assert at.text_input(key="own_name").value == "Share of orders shipped complete"
    assert at.text_input(key="save_note").value == "half-written note"
