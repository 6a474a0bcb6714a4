"""The saved-sets store: versions, search, diff, comments, check-ins, migrations, concurrency."""

from __future__ import annotations

import multiprocessing as mp
import sqlite3
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest

from assistant.errors import StoreError
from assistant.models import KPI, RoleProfile
from assistant.store import DB_NAME, SCHEMA_VERSION, CheckinNote, SetVersion, Store, diff_versions

ROOT = Path(__file__).resolve().parent.parent


def kpis(*names: str, target: str = "Above last quarter") -> list[KPI]:
    return [KPI(name=n, measure=f"{n} / total x 100", unit="%", target=target, cadence="quarterly") for n in names]


@pytest.fixture
def db(tmp_path) -> Store:
    return Store(tmp_path)


@pytest.fixture
def saved(db) -> SetVersion:
    role = RoleProfile(title="Ward nurse", family="nurse", key_result_areas=["Patient safety", "Staffing"])
    return db.create_set(
        "Ward nurse 2026",
        kpis("Harm events per 1,000 bed days", "Shifts staffed to plan"),
        author_role="manager",
        note="first draft",
        role=role,
    )


# ---- basics -------------------------------------------------------------------------------------------


def test_database_lives_in_the_data_dir_in_wal_mode(db, tmp_path):
    assert db.path == tmp_path / DB_NAME and db.path.exists()
    assert db.journal_mode() == "wal"
    assert db.schema_version() == SCHEMA_VERSION


def test_every_save_is_a_new_version_with_who_when_and_note(db, saved):
    v2 = db.save_version(
        saved.set_id,
        kpis("Harm events per 1,000 bed days", "Nurse retention over 12 months"),
        author_role="employee",
        author_name="Ana",
        note="swapped staffing",
        kpi_uids=saved.kpi_uids,
        parent_number=1,
    )
    v3 = db.save_version(saved.set_id, v2.kpis, author_role="manager", note="agreed", kpi_uids=v2.kpi_uids)
    history = db.history(saved.set_id)
    assert [(v.number, v.author_role, v.note) for v in history] == [
        (3, "manager", "agreed"),
        (2, "employee", "swapped staffing"),
        (1, "manager", "first draft"),
    ]
    assert history[1].author_name == "Ana" and history[1].parent_number == 1
    assert all(v.created_at.endswith("+00:00") for v in history)
    # version 1 is exactly what was saved first, untouched by later saves
    first = db.get_version(saved.set_id, 1)
    assert [k.name for k in first.kpis] == ["Harm events per 1,000 bed days", "Shifts staffed to plan"]
    assert first.role and first.role.title == "Ward nurse"
    assert db.get_version(saved.set_id).number == v3.number == 3
    assert db.get_set(saved.set_id).version_count == 3


def test_kpi_uids_and_agreement_are_kept(db):
    v = db.create_set("Set", kpis("A share", "B rate"), author_role="manager", kpi_uids=["u1", "u2"], agreed=["u2"])
    assert v.kpi_uids == ["u1", "u2"] and v.agreed == ["u2"]
    v2 = db.create_set("Set 2", kpis("A share"), author_role="manager")
    assert len(v2.kpi_uids) == 1 and v2.kpi_uids[0]  # generated when not given


def test_list_and_search_sets(db):
    db.create_set(
        "Pharmacy team", kpis("Dispensing errors reaching patients"), author_role="manager", role="Pharmacy technician"
    )
    db.create_set(
        "Night shift",
        kpis("Orders picked accurately"),
        author_role="employee",
        role="Warehouse lead",
        note="agreed with Sam",
    )
    db.create_set("Support", kpis("First contact resolution"), author_role="manager", role="Service desk")
    assert [s.name for s in db.list_sets()] == ["Support", "Night shift", "Pharmacy team"]  # newest first
    assert [s.name for s in db.list_sets("pharmacy")] == ["Pharmacy team"]  # role / name
    assert [s.name for s in db.list_sets("DISPENSING errors")] == ["Pharmacy team"]  # KPI name, any case
    assert [s.name for s in db.list_sets("sam")] == ["Night shift"]  # the note
    assert db.list_sets("nothing like this") == []


def test_unknown_sets_and_bad_input_are_clear_errors(db, saved):
    with pytest.raises(StoreError, match="saved set 999 does not exist"):
        db.save_version(999, kpis("A"), author_role="manager")
    with pytest.raises(StoreError, match="version 7 of saved set"):
        db.get_version(saved.set_id, 7)
    with pytest.raises(StoreError, match="choose manager or employee"):
        db.save_version(saved.set_id, kpis("A"), author_role="hr")  # type: ignore[arg-type]
    with pytest.raises(StoreError, match="has no name"):
        db.create_set("  ", kpis("A"), author_role="manager")
    assert [v.number for v in db.history(saved.set_id)] == [1]


# ---- diff --------------------------------------------------------------------------------------------------


def test_diff_marks_changed_added_removed_and_unchanged(db, saved):
    a, b = saved.kpis
    renamed = a.model_copy(update={"name": "Patient harm events per 1,000 bed days", "target": "Below baseline"})
    v2 = db.save_version(
        saved.set_id,
        [renamed, KPI(name="Nurse retention over 12 months")],
        author_role="employee",
        kpi_uids=[saved.kpi_uids[0], None],
    )
    d = db.diff(saved.set_id, 1, v2.number)
    statuses = [(c.status, c.name) for c in d.kpis]
    assert ("changed", "Patient harm events per 1,000 bed days") in statuses  # followed by uid despite the rename
    assert ("added", "Nurse retention over 12 months") in statuses
    assert ("removed", "Shifts staffed to plan") in statuses
    changed = next(c for c in d.kpis if c.status == "changed")
    assert {(f.field, f.old, f.new) for f in changed.changes} == {
        ("name", a.name, renamed.name),
        ("target", "Above last quarter", "Below baseline"),
    }
    assert d.summary() == "1 changed, 1 added, 1 removed"
    assert d.has_changes
    same = db.diff(saved.set_id, 1, 1)
    assert not same.has_changes and same.summary() == "no changes"


def test_diff_matches_by_name_when_versions_have_no_uids(saved):
    a = saved.model_copy(update={"kpi_uids": []})
    b = saved.model_copy(update={"number": 2, "kpi_uids": [], "kpis": [saved.kpis[1], saved.kpis[0]]})
    d = diff_versions(a, b)
    assert [c.status for c in d.kpis] == ["unchanged", "unchanged"]


def test_diff_reports_role_changes(db, saved):
    role = saved.role.model_copy(update={"title": "Senior ward nurse"})
    db.save_version(saved.set_id, saved.kpis, author_role="manager", role=role, kpi_uids=saved.kpi_uids)
    d = db.diff(saved.set_id, 1, 2)
    assert [(f.field, f.old, f.new) for f in d.role_changes] == [("title", "Ward nurse", "Senior ward nurse")]


# ---- comments, flags, check-ins ---------------------------------------------------------------------------


def test_comments_and_unrealistic_target_flags(db, saved):
    uid = saved.kpi_uids[0]
    db.add_comment(saved.set_id, uid, "Can we split falls out?", author_role="employee", kpi_name="Harm events")
    flag = db.add_comment(
        saved.set_id, uid, "Baseline period had two agency nurses", author_role="employee", kind="unrealistic_target"
    )
    db.add_comment(saved.set_id, saved.kpi_uids[1], "Fine by me", author_role="manager")
    mine = db.comments(saved.set_id, uid)
    assert [(c.kind, c.author_role) for c in mine] == [("comment", "employee"), ("unrealistic_target", "employee")]
    assert db.comments(saved.set_id, uid, open_only=True)[1].id == flag.id
    db.resolve_comment(flag.id)
    assert [c.id for c in db.comments(saved.set_id, uid, open_only=True) if c.kind == "unrealistic_target"] == []
    assert len(db.comments(saved.set_id)) == 3
    with pytest.raises(StoreError, match="write a reason"):
        db.add_comment(saved.set_id, uid, "   ", author_role="employee", kind="unrealistic_target")


def test_review_checkins_with_a_note_per_kpi(db, saved):
    notes = [
        CheckinNote(
            kpi_uid=saved.kpi_uids[0],
            kpi_name=saved.kpis[0].name,
            progress="on_track",
            value="2.1",
            note="Falls bundle started in May",
        ),
        {
            "kpi_uid": saved.kpi_uids[1],
            "kpi_name": saved.kpis[1].name,
            "progress": "at_risk",
            "value": "81%",
            "note": "Two vacancies unfilled",
        },
    ]
    ci = db.add_checkin(
        saved.set_id,
        1,
        notes,
        period="quarterly",
        period_label="2026 Q2",
        author_role="manager",
        summary="Good quarter overall",
    )
    db.add_checkin(saved.set_id, 1, notes[:1], period="monthly", period_label="July 2026", author_role="employee")
    got = db.checkins(saved.set_id)
    assert [c.period_label for c in got] == ["July 2026", "2026 Q2"]  # newest first
    q2 = got[1]
    assert q2.id == ci.id and q2.summary == "Good quarter overall" and q2.version == 1
    assert [(n.kpi_name, n.progress, n.value, n.note) for n in q2.notes] == [
        (saved.kpis[0].name, "on_track", "2.1", "Falls bundle started in May"),
        (saved.kpis[1].name, "at_risk", "81%", "Two vacancies unfilled"),
    ]
    with pytest.raises(StoreError, match="choose monthly or quarterly"):
        db.add_checkin(saved.set_id, 1, notes, period="weekly", author_role="manager")  # type: ignore[arg-type]
    with pytest.raises(StoreError, match="version 5 of saved set"):
        db.add_checkin(saved.set_id, 5, notes, period="monthly", author_role="manager")


# ---- concurrency and failures -----------------------------------------------------------------------------


def test_two_sessions_saving_the_same_set_at_once_never_lose_a_version(tmp_path, saved):
    path = Store(tmp_path).path
    per_thread, threads = 12, 4
    errors: list[BaseException] = []
    start = threading.Barrier(threads)

    def session(n: int) -> None:
        store = Store(path)  # its own connections, like a second browser session
        start.wait()
        try:
            for i in range(per_thread):
                store.save_version(
                    saved.set_id,
                    kpis(f"KPI from session {n}"),
                    author_role="employee",
                    note=f"s{n}-{i}",
                    parent_number=1,
                )
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    workers = [threading.Thread(target=session, args=(n,)) for n in range(threads)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    assert not errors
    history = Store(path).history(saved.set_id)
    assert sorted(v.number for v in history) == list(range(1, 2 + per_thread * threads))
    assert {v.note for v in history} == {"first draft"} | {
        f"s{n}-{i}" for n in range(threads) for i in range(per_thread)
    }


def _save_many(path: str, set_id: int, who: str, n: int) -> None:
    store = Store(path)
    for i in range(n):
        store.save_version(set_id, kpis(f"{who} KPI"), author_role="manager", note=f"{who}-{i}")


def test_saves_from_separate_processes_all_land(tmp_path, saved):
    path = str(Store(tmp_path).path)
    ctx = mp.get_context("spawn")
    procs = [ctx.Process(target=_save_many, args=(path, saved.set_id, f"p{k}", 8)) for k in range(3)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(60)
    assert [p.exitcode for p in procs] == [0, 0, 0]
    history = Store(path).history(saved.set_id)
    assert len(history) == 1 + 3 * 8
    assert sorted(v.number for v in history) == list(range(1, 26))


def test_a_failure_in_the_middle_of_a_save_leaves_the_previous_version_intact(db, saved, monkeypatch):
    def fail(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        raise RuntimeError("disk went away")

    monkeypatch.setattr(Store, "_touch_set", fail)  # runs after the new version row is written
    with pytest.raises(RuntimeError):
        db.save_version(saved.set_id, kpis("Half-written KPI"), author_role="employee", note="lost")
    monkeypatch.undo()
    history = db.history(saved.set_id)
    assert [v.number for v in history] == [1]
    assert [k.name for k in db.get_version(saved.set_id).kpis] == [k.name for k in saved.kpis]
    assert db.save_version(saved.set_id, kpis("Next"), author_role="manager").number == 2

    # a new set whose first version fails leaves no empty set behind
    with pytest.raises(StoreError):
        db.create_set("Broken", kpis("A"), author_role="nobody")  # type: ignore[arg-type]
    assert "Broken" not in [s.name for s in db.list_sets()]


def test_a_process_killed_mid_save_leaves_the_database_intact(db, saved):
    script = textwrap.dedent(
        f"""
        import os, sys
        sys.path.insert(0, {str(ROOT)!r})
        from assistant.store import Store
        from assistant.models import KPI

        def die(*a, **k):
            os._exit(9)  # the process dies with the transaction open

        Store._touch_set = die
        Store({str(db.path)!r}).save_version({saved.set_id}, [KPI(name="never saved")], author_role="manager")
        """
    )
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=60)
    assert proc.returncode == 9, proc.stderr.decode()
    fresh = Store(db.path)
    assert [v.number for v in fresh.history(saved.set_id)] == [1]
    with sqlite3.connect(db.path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert fresh.save_version(saved.set_id, kpis("After the crash"), author_role="manager").number == 2


# ---- schema migrations --------------------------------------------------------------------------------------

SCHEMA_V1 = """
CREATE TABLE schema_version (version INTEGER NOT NULL, name TEXT NOT NULL, applied_at TEXT NOT NULL);
INSERT INTO schema_version VALUES (1, 'sets and versions', '2025-01-01T00:00:00+00:00');
CREATE TABLE kpi_set (id INTEGER PRIMARY KEY, name TEXT NOT NULL, role_title TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
CREATE TABLE set_version (id INTEGER PRIMARY KEY, set_id INTEGER NOT NULL REFERENCES kpi_set(id),
    number INTEGER NOT NULL, author_role TEXT NOT NULL CHECK (author_role IN ('manager', 'employee')),
    created_at TEXT NOT NULL, note TEXT NOT NULL DEFAULT '', role_json TEXT, kpis_json TEXT NOT NULL,
    UNIQUE (set_id, number));
INSERT INTO kpi_set VALUES (1, 'Line cook 2025', 'Line cook', '2025-01-01T00:00:00+00:00', '2025-02-01T00:00:00+00:00');
INSERT INTO set_version VALUES (1, 1, 1, 'manager', '2025-01-01T00:00:00+00:00', 'old first', NULL,
    '[{"name": "Dishes sent back", "target": "Fewer than last quarter"}]');
INSERT INTO set_version VALUES (2, 1, 2, 'employee', '2025-02-01T00:00:00+00:00', 'old second', NULL,
    '[{"name": "Dishes sent back", "target": "Fewer than last month"}, {"name": "Food waste by weight"}]');
"""


def test_an_older_schema_is_migrated_without_losing_data(tmp_path):
    path = tmp_path / DB_NAME
    with sqlite3.connect(path) as conn:
        conn.executescript(SCHEMA_V1)
    conn.close()
    store = Store(path)
    assert store.schema_version() == SCHEMA_VERSION
    history = store.history(1)
    assert [(v.number, v.author_role, v.note) for v in history] == [
        (2, "employee", "old second"),
        (1, "manager", "old first"),
    ]
    assert [k.name for k in history[0].kpis] == ["Dishes sent back", "Food waste by weight"]
    assert history[0].role_title == "Line cook"
    assert store.diff(1, 1, 2).summary() == "1 changed, 1 added"
    assert (tmp_path / f"{DB_NAME}.v1.bak").exists()  # a copy from before the migration
    # new features work on the migrated data
    assert store.save_version(1, history[0].kpis, author_role="manager", note="after upgrade").number == 3
    store.add_comment(1, "legacy", "still here", author_role="employee")
    with sqlite3.connect(path) as conn:
        applied = [r[0] for r in conn.execute("SELECT version FROM schema_version ORDER BY version")]
    assert applied == list(range(1, SCHEMA_VERSION + 1))


def test_a_database_from_a_newer_release_is_refused_not_touched(tmp_path, saved):
    path = Store(tmp_path).path
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO schema_version VALUES (99, 'from the future', '2030-01-01')")
    conn.close()
    import assistant.store as store_mod

    store_mod._migrated.clear()
    with pytest.raises(StoreError, match="newer kpi-assistant"):
        Store(path)
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT COUNT(*) FROM set_version").fetchone()[0] == 1
    conn.close()


def test_a_damaged_database_file_is_a_clear_error(tmp_path):
    (tmp_path / DB_NAME).write_bytes(b"this is not a database at all" * 200)
    with pytest.raises(StoreError, match="damaged"):
        Store(tmp_path)
