"""Saved KPI sets: SQLite in the data directory, one new version per save.

- Every save is a new, numbered version of a set, with who saved it (manager or employee), when,
  and a note. Nothing is ever overwritten or deleted.
- WAL mode; every write is one ``BEGIN IMMEDIATE`` transaction, so two sessions saving the same
  set at once both get their own version (numbers never collide, nothing is lost) and a failure
  in the middle of a save rolls back to the previous state.
- The schema carries a version table; opening an older database migrates it in place (after a
  backup copy) and never drops data. A database written by a newer release is refused, not
  touched.

Besides versions the store keeps comments per KPI (from the manager or the employee, including
"target looks unrealistic" flags with a reason) and review check-ins with a note per KPI.
KPIs are followed across versions by a stable ``uid`` that the app keeps with each KPI.
"""

from __future__ import annotations

import json
import re
import shutil
import sqlite3
import threading
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field

from .errors import StoreError
from .models import KPI, RoleProfile

AuthorRole = Literal["manager", "employee"]
CommentKind = Literal["comment", "unrealistic_target"]
Period = Literal["monthly", "quarterly"]
Progress = Literal["on_track", "at_risk", "off_track", "not_measured"]

AUTHOR_ROLES: tuple[str, ...] = ("manager", "employee")
PROGRESS_LABELS: dict[str, str] = {
    "on_track": "On track",
    "at_risk": "At risk",
    "off_track": "Off track",
    "not_measured": "Not measured yet",
}
DB_NAME = "kpi_sets.sqlite3"

# Fields compared by the diff, in display order.
DIFF_FIELDS: tuple[str, ...] = tuple(KPI.model_fields)


def new_uid() -> str:
    """A short, stable identifier for a KPI that follows it from version to version."""
    return uuid.uuid4().hex[:12]


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


# ---- records --------------------------------------------------------------------------------


class SavedSet(BaseModel):
    id: int
    name: str
    role_title: str = ""
    created_at: str
    updated_at: str
    latest_version: int = 0
    version_count: int = 0
    last_author: str | None = None


class SetVersion(BaseModel):
    set_id: int
    set_name: str
    number: int
    author_role: AuthorRole
    author_name: str | None = None
    created_at: str
    note: str = ""
    role: RoleProfile | None = None
    role_title: str = ""
    kpis: list[KPI] = Field(default_factory=list)
    kpi_uids: list[str] = Field(default_factory=list)
    agreed: list[str] = Field(default_factory=list, description="uids of the KPIs both sides accepted")
    verdict: str | None = None
    parent_number: int | None = Field(default=None, description="The version this one was edited from")

    def uid_at(self, i: int) -> str | None:
        return self.kpi_uids[i] if i < len(self.kpi_uids) and self.kpi_uids[i] else None


class FieldChange(BaseModel):
    field: str
    old: str
    new: str


class KPIChange(BaseModel):
    status: Literal["added", "removed", "changed", "unchanged"]
    uid: str | None = None
    old: KPI | None = None
    new: KPI | None = None
    changes: list[FieldChange] = Field(default_factory=list)

    @property
    def name(self) -> str:
        return (self.new or self.old).name  # type: ignore[union-attr]


class VersionDiff(BaseModel):
    set_id: int | None = None
    a: int
    b: int
    role_changes: list[FieldChange] = Field(default_factory=list)
    kpis: list[KPIChange] = Field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for k in self.kpis if k.status == status)

    @property
    def has_changes(self) -> bool:
        return bool(self.role_changes) or any(k.status != "unchanged" for k in self.kpis)

    def summary(self) -> str:
        parts = [f"{self.count(s)} {s}" for s in ("changed", "added", "removed") if self.count(s)]
        if self.role_changes:
            parts.append("role profile changed")
        return ", ".join(parts) if parts else "no changes"


class Comment(BaseModel):
    id: int
    set_id: int
    kpi_uid: str
    kpi_name: str = ""
    author_role: AuthorRole
    author_name: str | None = None
    created_at: str
    kind: CommentKind = "comment"
    text: str
    resolved: bool = False


class CheckinNote(BaseModel):
    kpi_uid: str | None = None
    kpi_name: str
    progress: Progress = "not_measured"
    value: str = Field(default="", description="The number for the period, as the user wrote it")
    note: str = Field(default="", description="Progress and the context behind the number")


class Checkin(BaseModel):
    id: int
    set_id: int
    version: int
    period: Period
    period_label: str = ""
    author_role: AuthorRole
    author_name: str | None = None
    created_at: str
    summary: str = ""
    notes: list[CheckinNote] = Field(default_factory=list)


# ---- schema and migrations --------------------------------------------------------------------

Migration = str | Callable[[sqlite3.Connection], None]

MIGRATIONS: list[tuple[int, str, Migration]] = [
    (
        1,
        "sets and versions",
        """
        CREATE TABLE kpi_set (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            role_title TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE TABLE set_version (
            id INTEGER PRIMARY KEY,
            set_id INTEGER NOT NULL REFERENCES kpi_set(id),
            number INTEGER NOT NULL,
            author_role TEXT NOT NULL CHECK (author_role IN ('manager', 'employee')),
            created_at TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            role_json TEXT,
            kpis_json TEXT NOT NULL,
            UNIQUE (set_id, number)
        );
        """,
    ),
    (
        2,
        "KPI identity across versions, who saved, comments and flags",
        """
        ALTER TABLE set_version ADD COLUMN author_name TEXT;
        ALTER TABLE set_version ADD COLUMN parent_number INTEGER;
        ALTER TABLE set_version ADD COLUMN kpi_uids_json TEXT NOT NULL DEFAULT '[]';
        ALTER TABLE set_version ADD COLUMN agreed_json TEXT NOT NULL DEFAULT '[]';
        ALTER TABLE set_version ADD COLUMN verdict TEXT;
        ALTER TABLE set_version ADD COLUMN role_title TEXT NOT NULL DEFAULT '';
        UPDATE set_version SET role_title = (SELECT s.role_title FROM kpi_set s WHERE s.id = set_version.set_id);
        CREATE TABLE kpi_comment (
            id INTEGER PRIMARY KEY,
            set_id INTEGER NOT NULL REFERENCES kpi_set(id),
            kpi_uid TEXT NOT NULL,
            kpi_name TEXT NOT NULL DEFAULT '',
            author_role TEXT NOT NULL CHECK (author_role IN ('manager', 'employee')),
            author_name TEXT,
            created_at TEXT NOT NULL,
            kind TEXT NOT NULL DEFAULT 'comment' CHECK (kind IN ('comment', 'unrealistic_target')),
            text TEXT NOT NULL,
            resolved INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX kpi_comment_set ON kpi_comment (set_id, kpi_uid);
        CREATE INDEX set_version_set ON set_version (set_id, number);
        """,
    ),
    (
        3,
        "review check-ins",
        """
        CREATE TABLE checkin (
            id INTEGER PRIMARY KEY,
            set_id INTEGER NOT NULL REFERENCES kpi_set(id),
            version INTEGER NOT NULL,
            period TEXT NOT NULL CHECK (period IN ('monthly', 'quarterly')),
            period_label TEXT NOT NULL DEFAULT '',
            author_role TEXT NOT NULL CHECK (author_role IN ('manager', 'employee')),
            author_name TEXT,
            created_at TEXT NOT NULL,
            summary TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE checkin_note (
            id INTEGER PRIMARY KEY,
            checkin_id INTEGER NOT NULL REFERENCES checkin(id),
            position INTEGER NOT NULL,
            kpi_uid TEXT,
            kpi_name TEXT NOT NULL,
            progress TEXT NOT NULL DEFAULT 'not_measured',
            value TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX checkin_set ON checkin (set_id, created_at);
        """,
    ),
]
SCHEMA_VERSION = MIGRATIONS[-1][0]

_migrated: set[str] = set()
_migrate_lock = threading.Lock()


# ---- the store ----------------------------------------------------------------------------------


class Store:
    """The saved-sets database. Cheap to create; every call opens its own connection, so one
    instance (or many) can be used from several threads and processes at once."""

    def __init__(self, path: Path | str, *, busy_timeout: float = 30.0) -> None:
        p = Path(path).expanduser()
        if p.suffix not in (".sqlite3", ".sqlite", ".db"):
            p = p / DB_NAME  # a data directory
        self.path = p
        self.busy_timeout = busy_timeout
        self._ensure_schema()

    @classmethod
    def from_settings(cls, settings: object) -> Store:
        return cls(Path(settings.data_dir) / DB_NAME)  # type: ignore[attr-defined]

    # ---- connections ----------------------------------------------------------------------
    def _connect(self) -> sqlite3.Connection:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(self.path, timeout=self.busy_timeout, isolation_level=None)
        except (OSError, sqlite3.Error) as exc:
            raise StoreError(
                f"{self.path}: cannot open the saved-sets database ({exc}); check that KPI_DATA_DIR is writable"
            ) from None
        conn.row_factory = sqlite3.Row
        try:
            conn.execute(f"PRAGMA busy_timeout = {int(self.busy_timeout * 1000)}")
            conn.execute("PRAGMA foreign_keys = ON")
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise self._error("open", exc) from None
        return conn

    @contextmanager
    def _read(self) -> Iterator[sqlite3.Connection]:
        conn = self._connect()
        try:
            yield conn
        except sqlite3.Error as exc:
            raise self._error("read", exc) from None
        finally:
            conn.close()

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: all of it is committed, or none of it."""
        conn = self._connect()
        try:
            self._begin(conn)
            try:
                yield conn
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")
        except sqlite3.Error as exc:
            raise self._error("write", exc) from None
        finally:
            conn.close()

    def _begin(self, conn: sqlite3.Connection) -> None:
        # BEGIN IMMEDIATE takes the write lock up front, so two writers queue instead of one
        # failing at commit; busy_timeout makes the second wait. Retry a few times on top of it.
        deadline = time.monotonic() + self.busy_timeout
        while True:
            try:
                conn.execute("BEGIN IMMEDIATE")
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) and "busy" not in str(exc):
                    raise
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)

    def _error(self, action: str, exc: sqlite3.Error) -> StoreError:
        msg = str(exc)
        if "not a database" in msg or "malformed" in msg:
            return StoreError(
                f"{self.path}: the saved-sets database is damaged ({msg}); move it aside and restart "
                "(a backup copy ending in .bak may sit next to it)"
            )
        if "locked" in msg or "busy" in msg:
            return StoreError(f"{self.path}: the saved-sets database is busy; try saving again in a moment")
        if "readonly" in msg or "read-only" in msg:
            return StoreError(f"{self.path}: the saved-sets database is read-only; check KPI_DATA_DIR permissions")
        return StoreError(f"{self.path}: could not {action} the saved-sets database ({msg})")

    # ---- schema ------------------------------------------------------------------------------
    def _ensure_schema(self) -> None:
        key = str(self.path.resolve()) if self.path.exists() else str(self.path)
        with _migrate_lock:
            if key in _migrated and self.path.exists():
                return
            conn = self._connect()
            try:
                mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
                if str(mode).lower() != "wal":
                    raise StoreError(f"{self.path}: cannot switch the database to WAL mode (got '{mode}')")
                self._migrate(conn)
            except sqlite3.Error as exc:
                raise self._error("open", exc) from None
            finally:
                conn.close()
            _migrated.add(str(self.path.resolve()))

    def schema_version(self) -> int:
        with self._read() as conn:
            return _current_version(conn)

    def journal_mode(self) -> str:
        with self._read() as conn:
            return str(conn.execute("PRAGMA journal_mode").fetchone()[0]).lower()

    def _migrate(self, conn: sqlite3.Connection) -> None:
        current = _current_version(conn)
        if current > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path}: written by a newer kpi-assistant (schema {current}, this one knows {SCHEMA_VERSION}); "
                "upgrade kpi-assistant, or set KPI_DATA_DIR to another folder"
            )
        if current == SCHEMA_VERSION:
            return
        if current > 0:
            self._backup(conn, current)
        self._begin(conn)
        try:
            current = _current_version(conn)  # another process may have migrated meanwhile
            conn.execute(
                "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL, name TEXT NOT NULL, "
                "applied_at TEXT NOT NULL)"
            )
            for version, name, step in MIGRATIONS:
                if version <= current:
                    continue
                if callable(step):
                    step(conn)
                else:
                    for stmt in _statements(step):
                        conn.execute(stmt)
                conn.execute(
                    "INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)",
                    (version, name, _now()),
                )
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")

    def _backup(self, conn: sqlite3.Connection, version: int) -> None:
        """A full copy of the database before migrating it, next to it (``...v1.bak``)."""
        target = self.path.with_name(f"{self.path.name}.v{version}.bak")
        if target.exists():
            return
        try:
            dest = sqlite3.connect(target)
            try:
                conn.backup(dest)
            finally:
                dest.close()
        except (OSError, sqlite3.Error):
            shutil.copy2(self.path, target)

    # ---- sets and versions ----------------------------------------------------------------------
    def create_set(
        self,
        name: str,
        kpis: Sequence[KPI],
        *,
        author_role: AuthorRole,
        note: str = "",
        role: RoleProfile | str | None = None,
        kpi_uids: Sequence[str | None] | None = None,
        agreed: Sequence[str] = (),
        verdict: str | None = None,
        author_name: str | None = None,
    ) -> SetVersion:
        """A new saved set with its version 1."""
        name = _clean_name(name)
        role_title = _role_title(role)
        now = _now()
        with self._write() as conn:
            cur = conn.execute(
                "INSERT INTO kpi_set (name, role_title, created_at, updated_at) VALUES (?, ?, ?, ?)",
                (name, role_title, now, now),
            )
            set_id = int(cur.lastrowid or 0)
            number = self._insert_version(
                conn, set_id, kpis, author_role, note, role, kpi_uids, agreed, verdict, author_name, None, now
            )
        return self.get_version(set_id, number)

    def save_version(
        self,
        set_id: int,
        kpis: Sequence[KPI],
        *,
        author_role: AuthorRole,
        note: str = "",
        role: RoleProfile | str | None = None,
        kpi_uids: Sequence[str | None] | None = None,
        agreed: Sequence[str] = (),
        verdict: str | None = None,
        author_name: str | None = None,
        parent_number: int | None = None,
        name: str | None = None,
    ) -> SetVersion:
        """Save ``kpis`` as the next version of set ``set_id``. Never replaces an earlier version:
        when another session saved meanwhile, this save simply becomes the version after it
        (``parent_number`` records which version the edit started from). ``role=None`` keeps the
        role of the latest version."""
        now = _now()
        with self._write() as conn:
            row = conn.execute("SELECT id FROM kpi_set WHERE id = ?", (set_id,)).fetchone()
            if row is None:
                raise StoreError(f"saved set {set_id} does not exist; save it as a new set instead")
            number = self._insert_version(
                conn, set_id, kpis, author_role, note, role, kpi_uids, agreed, verdict, author_name, parent_number, now
            )
            self._touch_set(conn, set_id, now, _role_title(role), _clean_name(name) if name else None)
        return self.get_version(set_id, number)

    def _insert_version(
        self,
        conn: sqlite3.Connection,
        set_id: int,
        kpis: Sequence[KPI],
        author_role: str,
        note: str,
        role: RoleProfile | str | None,
        kpi_uids: Sequence[str | None] | None,
        agreed: Sequence[str],
        verdict: str | None,
        author_name: str | None,
        parent_number: int | None,
        now: str,
    ) -> int:
        if author_role not in AUTHOR_ROLES:
            raise StoreError(f"author role '{author_role}': choose manager or employee")
        records = [k if isinstance(k, KPI) else KPI.model_validate(k) for k in kpis]
        uids = list(kpi_uids or [])
        uids = [(uids[i] if i < len(uids) and uids[i] else new_uid()) for i in range(len(records))]
        role_json = role.model_dump_json() if isinstance(role, RoleProfile) else None
        role_title = _role_title(role)
        if role is None:  # no role given: the set keeps the role of its latest version
            prev = conn.execute(
                "SELECT role_json, role_title FROM set_version WHERE set_id = ? ORDER BY number DESC LIMIT 1",
                (set_id,),
            ).fetchone()
            if prev is not None:
                role_json, role_title = prev["role_json"], prev["role_title"]
        number = conn.execute(
            "SELECT COALESCE(MAX(number), 0) + 1 FROM set_version WHERE set_id = ?", (set_id,)
        ).fetchone()[0]
        conn.execute(
            "INSERT INTO set_version (set_id, number, author_role, author_name, created_at, note, role_json, "
            "role_title, kpis_json, kpi_uids_json, agreed_json, verdict, parent_number) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                set_id,
                number,
                author_role,
                (author_name or "").strip() or None,
                now,
                (note or "").strip(),
                role_json,
                role_title,
                json.dumps([k.model_dump(mode="json") for k in records], ensure_ascii=False),
                json.dumps(uids),
                json.dumps([u for u in agreed if u in uids]),
                verdict,
                parent_number,
            ),
        )
        return int(number)

    def _touch_set(self, conn: sqlite3.Connection, set_id: int, now: str, role_title: str, name: str | None) -> None:
        conn.execute(
            "UPDATE kpi_set SET updated_at = ?, role_title = CASE WHEN ? != '' THEN ? ELSE role_title END, "
            "name = COALESCE(?, name) WHERE id = ?",
            (now, role_title, role_title, name, set_id),
        )

    def list_sets(self, query: str = "") -> list[SavedSet]:
        """Saved sets, most recently saved first; ``query`` matches the set name, the role title,
        the notes and the KPI names of the latest version (case-insensitive)."""
        sql = """
            SELECT s.id, s.name, s.role_title, s.created_at, s.updated_at,
                   v.number AS latest_version, v.author_role AS last_author, v.kpis_json, v.note,
                   (SELECT COUNT(*) FROM set_version c WHERE c.set_id = s.id) AS version_count
            FROM kpi_set s
            JOIN set_version v ON v.set_id = s.id
                 AND v.number = (SELECT MAX(number) FROM set_version m WHERE m.set_id = s.id)
            ORDER BY s.updated_at DESC, s.id DESC
        """
        with self._read() as conn:
            rows = conn.execute(sql).fetchall()
        words = [w for w in re.split(r"\s+", query.lower().strip()) if w]
        out: list[SavedSet] = []
        for r in rows:
            if words:
                names = " ".join(k.get("name", "") for k in json.loads(r["kpis_json"]))
                hay = f"{r['name']} {r['role_title']} {r['note']} {names}".lower()
                if not all(w in hay for w in words):
                    continue
            out.append(
                SavedSet(
                    id=r["id"],
                    name=r["name"],
                    role_title=r["role_title"],
                    created_at=r["created_at"],
                    updated_at=r["updated_at"],
                    latest_version=r["latest_version"],
                    version_count=r["version_count"],
                    last_author=r["last_author"],
                )
            )
        return out

    def get_set(self, set_id: int) -> SavedSet:
        found = [s for s in self.list_sets() if s.id == set_id]
        if not found:
            raise StoreError(f"saved set {set_id} does not exist; pick one from the list of saved sets")
        return found[0]

    def rename_set(self, set_id: int, name: str) -> None:
        with self._write() as conn:
            conn.execute("UPDATE kpi_set SET name = ? WHERE id = ?", (_clean_name(name), set_id))

    def get_version(self, set_id: int, number: int | None = None) -> SetVersion:
        """One version of a set; the latest when ``number`` is None."""
        with self._read() as conn:
            if number is None:
                row = conn.execute(
                    _VERSION_SQL + " WHERE v.set_id = ? ORDER BY v.number DESC LIMIT 1", (set_id,)
                ).fetchone()
            else:
                row = conn.execute(_VERSION_SQL + " WHERE v.set_id = ? AND v.number = ?", (set_id, number)).fetchone()
        if row is None:
            what = f"version {number} of saved set {set_id}" if number else f"saved set {set_id}"
            raise StoreError(f"{what} does not exist; pick one from the history")
        return _version(row)

    def history(self, set_id: int) -> list[SetVersion]:
        """Every version of a set, newest first."""
        with self._read() as conn:
            rows = conn.execute(_VERSION_SQL + " WHERE v.set_id = ? ORDER BY v.number DESC", (set_id,)).fetchall()
        if not rows:
            raise StoreError(f"saved set {set_id} does not exist; pick one from the list of saved sets")
        return [_version(r) for r in rows]

    def diff(self, set_id: int, a: int, b: int) -> VersionDiff:
        """What changed from version ``a`` to version ``b`` of a set."""
        d = diff_versions(self.get_version(set_id, a), self.get_version(set_id, b))
        d.set_id = set_id
        return d

    # ---- comments and flags --------------------------------------------------------------------
    def add_comment(
        self,
        set_id: int,
        kpi_uid: str,
        text: str,
        *,
        author_role: AuthorRole,
        kind: CommentKind = "comment",
        kpi_name: str = "",
        author_name: str | None = None,
    ) -> Comment:
        text = (text or "").strip()
        if not text:
            what = "a reason why the target looks unrealistic" if kind == "unrealistic_target" else "some text"
            raise StoreError(f"the comment is empty; write {what} first")
        if author_role not in AUTHOR_ROLES:
            raise StoreError(f"author role '{author_role}': choose manager or employee")
        with self._write() as conn:
            if conn.execute("SELECT 1 FROM kpi_set WHERE id = ?", (set_id,)).fetchone() is None:
                raise StoreError(f"saved set {set_id} does not exist; save the set before commenting")
            cur = conn.execute(
                "INSERT INTO kpi_comment (set_id, kpi_uid, kpi_name, author_role, author_name, created_at, kind, text) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (set_id, kpi_uid, kpi_name, author_role, (author_name or "").strip() or None, _now(), kind, text),
            )
            cid = int(cur.lastrowid or 0)
        return next(c for c in self.comments(set_id) if c.id == cid)

    def comments(self, set_id: int, kpi_uid: str | None = None, *, open_only: bool = False) -> list[Comment]:
        sql = "SELECT * FROM kpi_comment WHERE set_id = ?"
        args: list[object] = [set_id]
        if kpi_uid is not None:
            sql += " AND kpi_uid = ?"
            args.append(kpi_uid)
        if open_only:
            sql += " AND resolved = 0"
        with self._read() as conn:
            rows = conn.execute(sql + " ORDER BY created_at, id", args).fetchall()
        return [
            Comment(
                id=r["id"],
                set_id=r["set_id"],
                kpi_uid=r["kpi_uid"],
                kpi_name=r["kpi_name"],
                author_role=r["author_role"],
                author_name=r["author_name"],
                created_at=r["created_at"],
                kind=r["kind"],
                text=r["text"],
                resolved=bool(r["resolved"]),
            )
            for r in rows
        ]

    def resolve_comment(self, comment_id: int, resolved: bool = True) -> None:
        with self._write() as conn:
            conn.execute("UPDATE kpi_comment SET resolved = ? WHERE id = ?", (int(resolved), comment_id))

    # ---- review check-ins ----------------------------------------------------------------------
    def add_checkin(
        self,
        set_id: int,
        version: int,
        notes: Sequence[CheckinNote | dict],
        *,
        period: Period,
        author_role: AuthorRole,
        period_label: str = "",
        summary: str = "",
        author_name: str | None = None,
    ) -> Checkin:
        """Record a review check-in on ``version`` of a set, with a note per KPI."""
        if period not in ("monthly", "quarterly"):
            raise StoreError(f"check-in period '{period}': choose monthly or quarterly")
        if author_role not in AUTHOR_ROLES:
            raise StoreError(f"author role '{author_role}': choose manager or employee")
        items = [n if isinstance(n, CheckinNote) else CheckinNote.model_validate(n) for n in notes]
        if not items:
            raise StoreError("the check-in has no KPIs; open a saved set with KPIs first")
        with self._write() as conn:
            known = conn.execute(
                "SELECT 1 FROM set_version WHERE set_id = ? AND number = ?", (set_id, version)
            ).fetchone()
            if known is None:
                raise StoreError(f"version {version} of saved set {set_id} does not exist; save the set first")
            cur = conn.execute(
                "INSERT INTO checkin (set_id, version, period, period_label, author_role, author_name, created_at, "
                "summary) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    set_id,
                    version,
                    period,
                    period_label.strip(),
                    author_role,
                    (author_name or "").strip() or None,
                    _now(),
                    summary.strip(),
                ),
            )
            cid = int(cur.lastrowid or 0)
            for pos, n in enumerate(items):
                conn.execute(
                    "INSERT INTO checkin_note (checkin_id, position, kpi_uid, kpi_name, progress, value, note) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (cid, pos, n.kpi_uid, n.kpi_name, n.progress, n.value.strip(), n.note.strip()),
                )
        return next(c for c in self.checkins(set_id) if c.id == cid)

    def checkins(self, set_id: int) -> list[Checkin]:
        """Check-ins of a set, newest first."""
        with self._read() as conn:
            rows = conn.execute(
                "SELECT * FROM checkin WHERE set_id = ? ORDER BY created_at DESC, id DESC", (set_id,)
            ).fetchall()
            out: list[Checkin] = []
            for r in rows:
                notes = conn.execute(
                    "SELECT * FROM checkin_note WHERE checkin_id = ? ORDER BY position", (r["id"],)
                ).fetchall()
                out.append(
                    Checkin(
                        id=r["id"],
                        set_id=r["set_id"],
                        version=r["version"],
                        period=r["period"],
                        period_label=r["period_label"],
                        author_role=r["author_role"],
                        author_name=r["author_name"],
                        created_at=r["created_at"],
                        summary=r["summary"],
                        notes=[
                            CheckinNote(
                                kpi_uid=n["kpi_uid"],
                                kpi_name=n["kpi_name"],
                                progress=n["progress"],
                                value=n["value"],
                                note=n["note"],
                            )
                            for n in notes
                        ],
                    )
                )
        return out


_VERSION_SQL = """
    SELECT v.*, s.name AS set_name FROM set_version v JOIN kpi_set s ON s.id = v.set_id
"""


def _version(r: sqlite3.Row) -> SetVersion:
    role = RoleProfile.model_validate_json(r["role_json"]) if r["role_json"] else None
    kpis = [KPI.model_validate(k) for k in json.loads(r["kpis_json"])]
    keys = r.keys()
    uids = json.loads(r["kpi_uids_json"]) if "kpi_uids_json" in keys else []
    return SetVersion(
        set_id=r["set_id"],
        set_name=r["set_name"],
        number=r["number"],
        author_role=r["author_role"],
        author_name=r["author_name"] if "author_name" in keys else None,
        created_at=r["created_at"],
        note=r["note"],
        role=role,
        role_title=role.title if role else (r["role_title"] if "role_title" in keys else "") or "",
        kpis=kpis,
        kpi_uids=[u or "" for u in uids],
        agreed=json.loads(r["agreed_json"]) if "agreed_json" in keys else [],
        verdict=r["verdict"] if "verdict" in keys else None,
        parent_number=r["parent_number"] if "parent_number" in keys else None,
    )


def _current_version(conn: sqlite3.Connection) -> int:
    has = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'").fetchone()
    if not has:
        return 0
    row = conn.execute("SELECT MAX(version) FROM schema_version").fetchone()
    return int(row[0] or 0)


def _statements(script: str) -> list[str]:
    return [s.strip() for s in script.split(";") if s.strip()]


def _clean_name(name: str) -> str:
    name = re.sub(r"\s+", " ", name or "").strip()
    if not name:
        raise StoreError("the set has no name; give it one (for example the job title) and save again")
    return name[:200]


def _role_title(role: RoleProfile | str | None) -> str:
    if isinstance(role, RoleProfile):
        return role.title
    return (role or "").strip()


# ---- diff -----------------------------------------------------------------------------------------


def _norm(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", name.lower()).strip()


def _field_text(value: object) -> str:
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return "" if value is None else str(value)


def kpi_changes(old: KPI, new: KPI) -> list[FieldChange]:
    out: list[FieldChange] = []
    for f in DIFF_FIELDS:
        a, b = _field_text(getattr(old, f)), _field_text(getattr(new, f))
        if a != b:
            out.append(FieldChange(field=f, old=a, new=b))
    return out


def diff_versions(a: SetVersion, b: SetVersion) -> VersionDiff:
    """Changes from version ``a`` to ``b``: KPIs are matched by uid, then by name; the rest are
    added or removed. The result is in ``b``'s order, removed KPIs where they used to be."""
    old = list(enumerate(a.kpis))
    matched: dict[int, int] = {}  # index in b -> index in a
    used_a: set[int] = set()
    for j, _ in enumerate(b.kpis):
        uid = b.uid_at(j)
        if uid:
            for i, _k in old:
                if i not in used_a and a.uid_at(i) == uid:
                    matched[j] = i
                    used_a.add(i)
                    break
    for j, kb in enumerate(b.kpis):
        if j in matched:
            continue
        for i, ka in old:
            if i not in used_a and _norm(ka.name) == _norm(kb.name):
                matched[j] = i
                used_a.add(i)
                break
    changes: list[KPIChange] = []
    removed = [i for i, _ in old if i not in used_a]
    for j, kb in enumerate(b.kpis):
        # removed KPIs go before the first KPI that came after them in a
        if j in matched:
            i = matched[j]
            while removed and removed[0] < i:
                r = removed.pop(0)
                changes.append(KPIChange(status="removed", uid=a.uid_at(r), old=a.kpis[r]))
            fields = kpi_changes(a.kpis[i], kb)
            changes.append(
                KPIChange(
                    status="changed" if fields else "unchanged", uid=b.uid_at(j), old=a.kpis[i], new=kb, changes=fields
                )
            )
        else:
            changes.append(KPIChange(status="added", uid=b.uid_at(j), new=kb))
    for r in removed:
        changes.append(KPIChange(status="removed", uid=a.uid_at(r), old=a.kpis[r]))
    role_changes: list[FieldChange] = []
    ra, rb = a.role, b.role
    if ra and rb:
        for f in ("title", "seniority", "family_name", "key_result_areas", "responsibilities"):
            x, y = _field_text(getattr(ra, f)), _field_text(getattr(rb, f))
            if x != y:
                role_changes.append(FieldChange(field=f, old=x, new=y))
    elif (a.role_title or "") != (b.role_title or ""):
        role_changes.append(FieldChange(field="title", old=a.role_title, new=b.role_title))
    return VersionDiff(set_id=b.set_id, a=a.number, b=b.number, role_changes=role_changes, kpis=changes)
