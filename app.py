"""KPI drafting assistant: the Streamlit app.

Thin on purpose: widgets and layout over ``assistant/`` (pipeline, validator, refine, store,
export). Run it with ``streamlit run app.py``. Settings come from the environment or ``.env``
(see ``assistant/settings.py``); saved sets live in ``KPI_DATA_DIR``.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, get_args

import streamlit as st

from assistant.errors import KPIError
from assistant.export import DIRECTION_LABELS
from assistant.models import KPI, Cadence, Direction, Indicator, KPIReport, RoleProfile, Seniority, SetReport

ROOT = Path(__file__).resolve().parent
EXAMPLES = ROOT / "examples"
SET_MAX = 5  # the set check allows 3 to 5 KPIs
UPLOAD_TYPES = (".txt", ".md", ".markdown", ".text", ".html", ".htm", ".docx", ".pdf")
log = logging.getLogger("kpi-assistant.app")

TAB_DRAFT, TAB_REFINE, TAB_SAVED, TAB_CHECK, TAB_EVAL = (
    ":material/edit_note: Draft",
    ":material/tune: Refine",
    ":material/inventory_2: Saved sets & reviews",
    ":material/fact_check: Check my KPIs",
    ":material/analytics: Evaluation",
)
TABS = [TAB_DRAFT, TAB_REFINE, TAB_SAVED, TAB_CHECK, TAB_EVAL]

VERDICT_BADGE = {
    "pass": ":green-badge[:material/check_circle: Pass]",
    "warn": ":orange-badge[:material/warning: Needs attention]",
    "reject": ":red-badge[:material/block: Rejected]",
}
KIND_LABEL = {
    "outcome": "outcome",
    "effort": "effort, not a result",
    "activity": "activity count",
    "surveillance": "surveillance",
}
FIELD_LABEL = {
    "name": "KPI name",
    "kra": "Key result area",
    "definition": "Outcome (one sentence)",
    "measure": "Measure (formula or method)",
    "unit": "Unit",
    "direction": "Better when",
    "data_source": "Data source",
    "baseline": "Baseline",
    "target": "Target",
    "cadence": "Review cadence",
    "indicator": "Leading or lagging",
    "rationale": "Why this KPI",
    "side_effect": "Side effect to watch",
    "sources": "Knowledge sources",
}
DIRECTION_LABEL = DIRECTION_LABELS
CHOICES: dict[str, tuple[str, ...]] = {
    "direction": get_args(Direction),
    "cadence": get_args(Cadence),
    "indicator": get_args(Indicator),
}
LONG_FIELDS = ("definition", "measure", "rationale", "side_effect")
PAGE = "page"  # widgets keep what was typed while their tab is not shown
ss = st.session_state


# ---- small helpers -------------------------------------------------------------------------------


def esc(text: object) -> str:
    """User text made safe inside st.markdown (no accidental bold, links, tables or HTML)."""
    return re.sub(r"([\\`*_\[\]<>|~$#])", r"\\\1", str(text or ""))


def when(iso: str) -> str:
    try:
        dt = datetime.fromisoformat(iso).astimezone()
    except ValueError:
        return iso
    return dt.strftime("%d %b %Y, %H:%M")


def flash(area: str, level: str, text: str) -> None:
    ss.setdefault("flash", {}).setdefault(area, []).append((level, text))


def show_flash(area: str) -> None:
    for level, text in ss.get("flash", {}).pop(area, []):
        {"error": st.error, "warning": st.warning, "success": st.success}.get(level, st.info)(text)


def friendly(action: str, exc: BaseException) -> str:
    """One line for the user: a KPIError's own message, or a generic one (details go to the log)."""
    if isinstance(exc, KPIError):
        return str(exc)
    log.exception("unexpected error while %s", action)
    return (
        f"Something unexpected went wrong while {action}. Nothing you typed is lost: try again, and if it "
        f"keeps happening, report it with the steps that led here ({type(exc).__name__})."
    )


def keep(key: str, default: Any = "") -> None:
    """Restore a typed input after Streamlit dropped its widget state (kept in a shadow key)."""
    if key not in ss:
        ss[key] = ss.get(f"_keep_{key}", default)


def kept(key: str) -> Any:
    ss[f"_keep_{key}"] = ss.get(key)
    return ss.get(key)


def go(tab: str) -> None:
    ss["nav"] = tab


# ---- settings, index, store ---------------------------------------------------------------------


def load_settings():  # noqa: ANN201 - assistant.settings.Settings
    from assistant.settings import get_settings

    base = get_settings()
    llm_ready = bool(base.openai_api_key or base.openai_base_url)
    choice = ss.get("opt_backend") if llm_ready else "offline"
    if llm_ready and choice not in ("offline", "openai"):
        choice = base.resolved_backend
    global DEFAULT_BACKEND
    DEFAULT_BACKEND = base.resolved_backend
    return get_settings(backend=choice or "offline"), llm_ready


def kb():  # noqa: ANN201 - the knowledge base, loaded once per page draw
    from assistant.knowledge import load_knowledge

    cache = ss.setdefault("_kb", {})
    if RUN_ID not in cache:
        cache.clear()
        cache[RUN_ID] = load_knowledge(SETTINGS.knowledge_dir)
    return cache[RUN_ID]


def store():  # noqa: ANN201 - assistant.store.Store
    from assistant.store import Store

    return Store.from_settings(SETTINGS)


def refine_module():  # noqa: ANN201
    try:
        from assistant import refine
    except ImportError:
        return None
    return refine


def secrets() -> list[str]:
    key = SETTINGS.openai_api_key
    return [key.get_secret_value()] if key else []


# ---- the working set -------------------------------------------------------------------------------
# ss["work"] = {"role": RoleProfile dict | None, "role_title": str, "items": [{"uid", "rev", "kpi": dict,
#   "agreed": bool, "alts": [...], "proposal": dict | None}], "set_id", "set_name", "base_version",
#   "saved_fp", "pending": [comments not yet saved], "origin": str, "profile_rev": int}


def new_item(kpi: KPI, uid: str | None = None, agreed: bool = False) -> dict:
    from assistant.store import new_uid

    return {
        "uid": uid or new_uid(),
        "rev": 0,
        "kpi": kpi.model_dump(mode="json"),
        "agreed": agreed,
        "alts": [],
        "proposal": None,
    }


def new_work(kpis: list[KPI], role: RoleProfile | None, role_title: str = "", origin: str = "draft", **extra) -> dict:
    work = {
        "role": role.model_dump(mode="json") if role else None,
        "role_title": role.title if role else role_title,
        "items": [new_item(k) for k in kpis],
        "set_id": None,
        "set_name": (role.title if role else role_title) or "",
        "base_version": None,
        "saved_fp": None,
        "pending": [],
        "origin": origin,
        "profile_rev": int(ss.get("_profile_rev", 0)) + 1,
    }
    ss["_profile_rev"] = work["profile_rev"]
    work.update(extra)
    return work


def replace_work(work: dict | None, label: str) -> None:
    """Make ``work`` the working set; the one it replaces can be restored once (if it had unsaved edits)."""
    old = ss.get("work")
    if old and old["items"] and is_dirty(old):
        ss["undo"] = (label, old)
    else:
        ss.pop("undo", None)
    ss["work"] = work


def fingerprint(work: dict) -> str:
    data = [work.get("role_title"), work.get("role"), [(it["kpi"], it["agreed"]) for it in work["items"]]]
    return hashlib.sha256(json.dumps(data, sort_keys=True, default=str).encode()).hexdigest()[:16]


def is_dirty(work: dict) -> bool:
    return work.get("saved_fp") != fingerprint(work)


def work_role(work: dict) -> RoleProfile | str | None:
    if work.get("role"):
        return RoleProfile.model_validate(work["role"])
    return work.get("role_title") or None


def work_kpis(work: dict) -> list[KPI]:
    return [KPI.model_validate(it["kpi"]) for it in work["items"]]


def find_item(uid: str) -> dict | None:
    work = ss.get("work")
    return next((it for it in work["items"] if it["uid"] == uid), None) if work else None


def check_set(kpis: list[KPI], role: RoleProfile | str | None) -> SetReport | None:
    """The validator's report, cached per content; None (with an error shown) if it failed."""
    if not kpis:
        return None
    from assistant.pipeline import validate_set

    key = json.dumps(
        [[k.model_dump(mode="json") for k in kpis], role.model_dump() if isinstance(role, RoleProfile) else role],
        sort_keys=True,
        default=str,
    )
    cache = ss.setdefault("_reports", {})
    if key in cache:
        return cache[key]
    try:
        report = validate_set(kpis, role, max_kpis=SET_MAX, settings=SETTINGS)
    except Exception as exc:  # noqa: BLE001 - shown to the user; the app keeps running
        st.error(f"Could not check the KPIs: {friendly('checking the KPIs', exc)}")
        return None
    if len(cache) > 50:
        cache.clear()
    cache[key] = report
    return report


def work_report(work: dict | None) -> SetReport | None:
    if not work or not work["items"]:
        return None
    return check_set(work_kpis(work), work_role(work))


# ---- callbacks (run before the page is drawn, so the page shows their result) ------------------------


def cb_field(uid: str, field: str, key: str) -> None:
    item = find_item(uid)
    if item is None:
        return
    value = ss.get(key)
    if isinstance(value, str):
        value = value.strip() if field == "name" else value
    if field == "name" and not value:
        flash(f"kpi_{uid}", "error", "A KPI needs a name; the previous name is kept until you type a new one.")
        return
    item["kpi"][field] = value
    item["proposal"] = None


def cb_alternatives(uid: str) -> None:
    item, mod = find_item(uid), refine_module()
    if item is None:
        return
    if mod is None:
        flash(
            f"kpi_{uid}", "warning", "Alternatives are not available in this installation (assistant.refine missing)."
        )
        return
    try:
        alts = mod.suggest_alternatives(
            KPI.model_validate(item["kpi"]), work_role(ss["work"]), n=3, settings=SETTINGS, avoid=other_names(uid)
        )
    except Exception as exc:  # noqa: BLE001
        flash(f"kpi_{uid}", "error", friendly("looking for alternatives", exc))
        return
    item["alts"] = [a.model_dump(mode="json") for a in alts]
    if not alts:
        flash(f"kpi_{uid}", "info", "No other grounded KPI for this key result area; edit the fields instead.")


def other_names(uid: str) -> list[str]:
    """The names of the other KPIs in the set being refined: never proposed again."""
    return [it["kpi"]["name"] for it in ss["work"]["items"] if it["uid"] != uid]


def cb_rewrite(uid: str) -> None:
    item, mod = find_item(uid), refine_module()
    if item is None:
        return
    if mod is None:
        flash(f"kpi_{uid}", "warning", "Rewriting is not available in this installation (assistant.refine missing).")
        return
    kpi = KPI.model_validate(item["kpi"])
    role = work_role(ss["work"])
    try:
        from assistant.pipeline import validate_kpi

        # The name alone, when it is what the validator objects to; otherwise name and measure.
        name_rejected = any(f.severity == "reject" for f in validate_kpi(kpi.name, role, SETTINGS))
        text = kpi.name if name_rejected else kpi.text()
        proposal = mod.rewrite_as_outcome(text, role, settings=SETTINGS, avoid=other_names(uid))
    except Exception as exc:  # noqa: BLE001
        flash(f"kpi_{uid}", "error", friendly("rewriting the KPI", exc))
        return
    if kpi.cadence in ("monthly", "quarterly"):
        proposal = proposal.model_copy(update={"cadence": kpi.cadence})
    item["proposal"] = proposal.model_dump(mode="json")


def cb_use(uid: str, kpi: dict) -> None:
    item = find_item(uid)
    if item is None:
        return
    old = item["kpi"]["name"]
    item.update(kpi=dict(kpi), rev=item["rev"] + 1, alts=[], proposal=None, agreed=False)
    flash(f"kpi_{uid}", "success", f"Replaced “{old}” with “{kpi['name']}”.")


def cb_dismiss(uid: str) -> None:
    item = find_item(uid)
    if item:
        item.update(alts=[], proposal=None)


def cb_accept(uid: str) -> None:
    item = find_item(uid)
    if item:
        item["agreed"] = not item["agreed"]


def cb_remove(uid: str) -> None:
    work = ss["work"]
    idx = next((i for i, it in enumerate(work["items"]) if it["uid"] == uid), None)
    if idx is None:
        return
    ss["removed"] = (idx, work["items"].pop(idx))
    flash("refine", "info", f"Removed “{ss['removed'][1]['kpi']['name']}”.")


def cb_undo_remove() -> None:
    idx, item = ss.pop("removed", (None, None))
    if item is not None and ss.get("work"):
        ss["work"]["items"].insert(min(idx, len(ss["work"]["items"])), item)


def cb_move(uid: str, step: int) -> None:
    items = ss["work"]["items"]
    i = next(i for i, it in enumerate(items) if it["uid"] == uid)
    j = i + step
    if 0 <= j < len(items):
        items[i], items[j] = items[j], items[i]


def cb_add_own() -> None:
    from pydantic import ValidationError

    name = (ss.get("own_name") or "").strip()
    if not name:
        flash("own", "error", "Give your KPI a name first (for example “Share of orders shipped complete”).")
        return
    data = {
        "name": name,
        "kra": ss.get("own_kra", "").strip(),
        "measure": ss.get("own_measure", "").strip(),
        "data_source": ss.get("own_source", "").strip(),
        "target": ss.get("own_target", "").strip(),
        "cadence": ss.get("own_cadence") or "quarterly",
    }
    try:
        kpi = KPI.model_validate(data)
    except ValidationError as exc:
        flash("own", "error", f"That KPI is not valid: {exc.errors()[0]['msg']}; check the fields and add it again.")
        return
    if ss.get("work") is None:
        ss["work"] = new_work([], None, origin="scratch")
    ss["work"]["items"].append(new_item(kpi))
    for k in ("own_name", "own_kra", "own_measure", "own_source", "own_target"):
        ss[k] = ""
    report = work_report(ss["work"])
    verdict = report.kpis[-1].verdict if report and report.kpis else "pass"
    text = {
        "pass": "passes the checks",
        "warn": "was added with notes to look at",
        "reject": "was added, but the validator rejects it: see its card for why and a rewrite",
    }[verdict]
    flash("own", "warning" if verdict == "reject" else "success", f"“{name}” {text}.")


def cb_comment(uid: str) -> None:
    work, item = ss.get("work"), find_item(uid)
    if not work or item is None:
        return
    text = (ss.get(f"ctext_{uid}") or "").strip()
    kind = "unrealistic_target" if ss.get(f"ckind_{uid}") == "Target looks unrealistic" else "comment"
    if not text:
        what = "why the target looks unrealistic" if kind == "unrealistic_target" else "your comment"
        flash(f"comments_{uid}", "error", f"Write {what} first.")
        return
    entry = {
        "kpi_uid": uid,
        "kpi_name": item["kpi"]["name"],
        "text": text,
        "kind": kind,
        "author_role": ss.get("author_role", "manager"),
        "author_name": ss.get("author_name") or None,
    }
    if work.get("set_id"):
        try:
            store().add_comment(
                work["set_id"],
                uid,
                text,
                author_role=entry["author_role"],
                kind=kind,
                kpi_name=entry["kpi_name"],
                author_name=entry["author_name"],
            )
        except Exception as exc:  # noqa: BLE001
            flash(f"comments_{uid}", "error", friendly("saving the comment", exc))
            return
    else:
        entry["created_at"] = datetime.now(UTC).isoformat(timespec="seconds")
        work["pending"].append(entry)
    ss[f"ctext_{uid}"] = ""
    flash(f"comments_{uid}", "success", "Flag recorded." if kind == "unrealistic_target" else "Comment added.")


def cb_resolve(comment_id: int, uid: str) -> None:
    try:
        store().resolve_comment(comment_id)
    except Exception as exc:  # noqa: BLE001
        flash(f"comments_{uid}", "error", friendly("resolving the flag", exc))


def cb_save() -> None:
    work = ss.get("work")
    if not work or not work["items"]:
        flash("save", "error", "There is nothing to save yet: draft a set or add a KPI first.")
        return
    name = (ss.get("save_name") or "").strip() or work.get("set_name") or work.get("role_title") or ""
    if not name:
        flash("save", "error", "Give the set a name (for example the job title), then save.")
        return
    as_new = bool(ss.get("save_as_new")) or not work.get("set_id")
    kpis, role = work_kpis(work), work_role(work)
    report = check_set(kpis, role)
    uids = [it["uid"] for it in work["items"]]
    agreed = [it["uid"] for it in work["items"] if it["agreed"]]
    author, author_name = ss.get("author_role", "manager"), (ss.get("author_name") or "").strip() or None
    note = (ss.get("save_note") or "").strip()
    db = None
    try:
        db = store()
        common = {
            "author_role": author,
            "note": note,
            "role": role,
            "kpi_uids": uids,
            "agreed": agreed,
            "verdict": report.verdict if report else None,
            "author_name": author_name,
        }
        if as_new:
            version = db.create_set(name, kpis, **common)
            raced = None
        else:
            latest = db.get_set(work["set_id"]).latest_version
            version = db.save_version(
                work["set_id"],
                kpis,
                parent_number=work.get("base_version"),
                name=name if name != work.get("set_name") else None,
                **common,
            )
            raced = latest if work.get("base_version") and latest > work["base_version"] else None
    except Exception as exc:  # noqa: BLE001
        flash("save", "error", f"Not saved: {friendly('saving the set', exc)}")
        return
    failed = 0
    for c in work.get("pending", []):
        try:
            db.add_comment(
                version.set_id,
                c["kpi_uid"],
                c["text"],
                author_role=c["author_role"],
                kind=c["kind"],
                kpi_name=c["kpi_name"],
                author_name=c.get("author_name"),
            )
        except Exception:  # noqa: BLE001 - keep the rest; the user is told below
            log.exception("could not save a pending comment")
            failed += 1
    work.update(
        set_id=version.set_id,
        set_name=version.set_name,
        base_version=version.number,
        pending=[],
        saved_fp=fingerprint(work),
    )
    ss["sel_set"] = version.set_id
    ss["save_note"] = ""
    ss["save_as_new"] = False
    ss["save_name"] = version.set_name
    msg = f"Saved version {version.number} of “{version.set_name}” as the {author}."
    if report and report.verdict == "reject":
        msg += " The validator still rejects part of it: fix the red cards on the Refine tab before the review."
    flash("save", "success", msg)
    if raced:
        flash(
            "save",
            "warning",
            f"Someone else saved version {raced} while you were editing; yours is version "
            f"{version.number}. Compare the two under History below.",
        )
    if failed:
        flash("save", "warning", f"{failed} comment(s) could not be saved; add them again.")


def cb_open(set_id: int, number: int | None = None, tab: str | None = TAB_REFINE) -> None:
    try:
        v = store().get_version(set_id, number)
    except Exception as exc:  # noqa: BLE001
        flash("sets", "error", friendly("opening the set", exc))
        return
    work = new_work([], v.role, v.role_title, origin="saved")
    work["items"] = [new_item(k, v.uid_at(i), (v.uid_at(i) or "") in v.agreed) for i, k in enumerate(v.kpis)]
    work.update(set_id=v.set_id, set_name=v.set_name, base_version=v.number)
    work["saved_fp"] = fingerprint(work) if number is None else None
    replace_work(work, f"Opened “{v.set_name}”")
    ss["sel_set"] = v.set_id
    ss["save_name"] = v.set_name
    what = "the latest version" if number is None else f"version {v.number} (save to make it the latest)"
    flash("refine", "success", f"Opened “{v.set_name}”, {what}.")
    if tab:
        go(tab)


def cb_undo() -> None:
    label, work = ss.pop("undo", (None, None))
    if work is not None:
        ss["work"] = work


def cb_new_empty() -> None:
    replace_work(new_work([], None, origin="scratch"), "Started an empty set")
    go(TAB_REFINE)


def cb_example(name: str) -> None:
    try:
        from assistant.readers import read_path

        ss["jd_text"] = read_path(EXAMPLES / name)
        ss.pop("upload_error", None)
    except Exception as exc:  # noqa: BLE001
        ss["upload_error"] = friendly("loading the example", exc)


def cb_upload() -> None:
    up = ss.get("jd_file")
    ss.pop("upload_error", None)
    ss.pop("upload_note", None)
    if up is None:
        return
    try:
        text = read_upload(up.name, up.getvalue())
    except Exception as exc:  # noqa: BLE001
        ss["upload_error"] = friendly("reading the file", exc)
        return
    ss["jd_text"] = text
    ss["upload_note"] = f"Loaded {up.name} ({len(text.split()):,} words) into the text box; check it and draft."


def read_upload(name: str, data: bytes) -> str:
    from assistant.errors import InputError
    from assistant.readers import read_bytes

    suffix = Path(name).suffix.lower()
    if suffix not in UPLOAD_TYPES:
        raise InputError(f"{name}: unsupported file type '{suffix or 'none'}'; use .txt, .md, .html, .docx or .pdf")
    text = read_bytes(data, name)
    if not text.strip():
        raise InputError(f"{name}: the file has no text; give a file with a job description")
    return text


def cb_import() -> None:
    doc = ss.get("import_doc")
    if not doc:
        return
    from assistant.export import ExportDoc

    d = ExportDoc.model_validate(doc)
    work = new_work([], d.role, d.role_title, origin="import")
    work["items"] = [
        new_item(k, d.kpi_uids[i] if i < len(d.kpi_uids) else None, i < len(d.kpi_uids) and d.kpi_uids[i] in d.agreed)
        for i, k in enumerate(d.kpis)
    ]
    work["set_name"] = d.set_name
    replace_work(work, f"Imported “{d.set_name}”")
    ss["save_name"] = d.set_name
    flash("refine", "success", f"Imported “{d.set_name}” ({len(d.kpis)} KPIs). Save it to keep it.")
    go(TAB_REFINE)


def cb_start_from_check() -> None:
    res = ss.get("check_result")
    if not res:
        return
    use_rewrites = ss.get("check_use_rewrites", True)
    mod = refine_module()
    role = res.get("role") or None
    kpis: list[KPI] = []
    for i, line in enumerate(res["lines"]):
        rep = res["report"]["kpis"][i]
        if use_rewrites and rep["verdict"] == "reject":
            rw = res["rewrites"].get(str(i))
            if rw is None and mod is not None:
                try:
                    rw = mod.rewrite_as_outcome(line, role, settings=SETTINGS).model_dump(mode="json")
                except Exception as exc:  # noqa: BLE001
                    flash("check", "warning", f"Kept “{line}” as written: {friendly('rewriting it', exc)}")
            if rw:
                kpis.append(KPI.model_validate(rw))
                continue
        kpis.append(KPI(name=line[:200]))
    profile = None
    if role and mod is not None:
        try:
            profile = mod.resolve_role(role, SETTINGS)
        except Exception:  # noqa: BLE001 - the title alone is enough to go on
            profile = None
    replace_work(new_work(kpis, profile, role or "", origin="check"), "Started from your KPIs")
    flash("refine", "success", f"Started a set from your {len(kpis)} KPIs. Refine them here, then save.")
    go(TAB_REFINE)


def cb_check_rewrite(i: int) -> None:
    res, mod = ss.get("check_result"), refine_module()
    if not res or mod is None:
        flash("check", "warning", "Rewriting is not available in this installation.")
        return
    try:
        kpi = mod.rewrite_as_outcome(res["lines"][i], res.get("role") or None, settings=SETTINGS)
    except Exception as exc:  # noqa: BLE001
        flash("check", "error", friendly("rewriting the KPI", exc))
        return
    res["rewrites"][str(i)] = kpi.model_dump(mode="json")


def cb_checkin(set_id: int, version: int, names: list[str], uids: list[str | None], prefix: str) -> None:
    from assistant.store import CheckinNote

    notes = [
        CheckinNote(
            kpi_uid=uids[i],
            kpi_name=name,
            progress=ss.get(f"{prefix}_p{i}") or "not_measured",
            value=ss.get(f"{prefix}_v{i}") or "",
            note=ss.get(f"{prefix}_n{i}") or "",
        )
        for i, name in enumerate(names)
    ]
    try:
        ci = store().add_checkin(
            set_id,
            version,
            notes,
            period=ss.get(f"{prefix}_period") or "quarterly",
            period_label=ss.get(f"{prefix}_label") or "",
            summary=ss.get(f"{prefix}_summary") or "",
            author_role=ss.get("author_role", "manager"),
            author_name=(ss.get("author_name") or "").strip() or None,
        )
    except Exception as exc:  # noqa: BLE001
        flash("checkin", "error", f"Check-in not recorded: {friendly('recording the check-in', exc)}")
        return
    for i in range(len(names)):
        ss[f"{prefix}_v{i}"] = ""
        ss[f"{prefix}_n{i}"] = ""
    ss[f"{prefix}_summary"] = ""
    flash("checkin", "success", f"Check-in recorded for {ci.period_label or ci.period} ({len(notes)} KPIs).")


# ---- rendering: shared pieces --------------------------------------------------------------------------


def verdict_badge(verdict: str | None) -> str:
    return VERDICT_BADGE.get(verdict or "", ":gray-badge[Not checked]")


def source_lines(kpi: KPI) -> list[str]:
    out: list[str] = []
    for sid in kpi.sources:
        try:
            fam, ex = kb().example_kpi(sid)
            out.append(f"{esc(fam.name)} · {esc(ex.name)} (`knowledge/families/{fam.id}.yaml`)")
            continue
        except (KeyError, StopIteration, ValueError):
            pass
        except Exception:  # noqa: BLE001 - a knowledge problem must not hide the KPI
            pass
        out.append(f"`{esc(sid)}`")
    return out


def findings_block(rep: KPIReport | None) -> None:
    if rep is None:
        return
    for f in rep.findings:
        box = {"reject": st.error, "warn": st.warning}.get(f.severity, st.info)
        icon = {"reject": ":material/block:", "warn": ":material/warning:"}.get(f.severity, ":material/info:")
        text = esc(f.message)
        if f.suggestion:
            text += f"\n\n**Suggested rewrite:** {esc(f.suggestion)}"
        box(text, icon=icon)


def kpi_details(kpi: KPI) -> None:
    unit = f" ({esc(kpi.unit)})" if kpi.unit else ""
    rows = [
        ("Outcome", esc(kpi.definition)),
        (
            "Measure",
            f"{esc(kpi.measure)}{unit}"
            + (f" · {DIRECTION_LABEL.get(kpi.direction, kpi.direction)}" if kpi.measure else ""),
        ),
        ("Data source", esc(kpi.data_source)),
        ("Baseline", esc(kpi.baseline)),
        ("Target", esc(kpi.target) or ":orange[not set yet: agree one relative to the baseline]"),
        ("Review", f"{kpi.cadence} · {kpi.indicator} indicator"),
        ("Why this KPI", esc(kpi.rationale)),
        ("Side effect to watch", esc(kpi.side_effect)),
    ]
    st.markdown("  \n".join(f"**{label}:** {value}" for label, value in rows if value))


def sources_block(kpi: KPI) -> None:
    lines = source_lines(kpi)
    if lines:
        st.caption("**Drafted from the knowledge base:** " + "; ".join(lines))
    else:
        st.caption("**Source:** written by you (not from the knowledge base)")


def set_findings_block(report: SetReport | None) -> None:
    if report is None:
        return
    for f in report.set_findings:
        box = st.error if f.severity == "reject" else st.warning
        box(esc(f.message), icon=":material/rule:")


def comments_for(work: dict, uid: str) -> list[dict]:
    out: list[dict] = []
    if work.get("set_id"):
        try:
            out += [c.model_dump() for c in comments_cache(work["set_id"]) if c.kpi_uid == uid]
        except Exception as exc:  # noqa: BLE001
            st.error(f"Comments could not be loaded: {friendly('loading comments', exc)}")
    out += [dict(c, id=None, resolved=False) for c in work.get("pending", []) if c["kpi_uid"] == uid]
    return out


def comments_cache(set_id: int):  # noqa: ANN201 - list[Comment]; one query per page draw
    cache = ss.setdefault("_run_cache", {})
    key = ("comments", set_id, RUN_ID)
    if key not in cache:
        cache.clear()
        cache[key] = store().comments(set_id)
    return cache[key]


# ---- rendering: the header ------------------------------------------------------------------------------


def render_header(work: dict | None, report: SetReport | None) -> None:
    st.markdown("## :material/target: KPI drafting assistant")
    st.caption(
        "Outcome-based KPIs from a job description: drafted in seconds, checked by a validator, refined "
        "together, saved and reviewed."
    )
    with st.container(border=True, key="set_status"):
        if not work:
            st.markdown(
                "**No KPI set open yet.** Paste a job description on the **Draft** tab, open a saved set, "
                "or paste the KPIs you have on **Check my KPIs**."
            )
            return
        title = work.get("set_name") or work.get("role_title") or "Untitled set"
        saved = f"saved, editing version {work.get('base_version')}" if work.get("set_id") else "not saved yet"
        if work["items"] and is_dirty(work) and work.get("set_id"):
            saved += " · :orange[unsaved changes]"
        verdict = report.verdict if report else None
        n = len(work["items"])
        agreed = sum(1 for it in work["items"] if it["agreed"])
        rejected = sum(1 for r in report.kpis if r.verdict == "reject") if report else 0
        bits = [f"{n} KPI{'s' if n != 1 else ''}"]
        if rejected:
            bits.append(f":red[{rejected} rejected]")
        if agreed:
            bits.append(f"{agreed} agreed")
        with st.container(horizontal=True, vertical_alignment="center", gap="medium"):
            st.markdown(
                f"**Set verdict:** {verdict_badge(verdict) if n else ':gray-badge[No KPIs yet]'}",
                help="The validator's verdict on the whole set: every KPI plus the set rules (3 to 5 KPIs, "
                "no duplicates, balance across key result areas).",
                width="content",
            )
            st.markdown(" · ".join(bits), width="content")
            st.markdown(f"**{esc(title)}** · {saved}", width="content")
        if ss.get("undo"):
            label, _ = ss["undo"]
            st.button(
                f"↩ Undo “{label}”: bring back the unsaved set you had before",
                key="undo_btn",
                on_click=cb_undo,
                type="tertiary",
            )


# ---- rendering: Draft -------------------------------------------------------------------------------------


def render_draft_tab(work: dict | None, report: SetReport | None) -> None:
    left, right = st.columns([3, 2], gap="large")
    with left:
        keep("jd_text")
        st.text_area(
            "Job description",
            key="jd_text",
            persist_state=PAGE,
            height=280,
            placeholder="Paste the job posting here: the title and what the person will be responsible for. "
            "Company blurb and benefits can stay; they are ignored.",
        )
        kept("jd_text")
        st.file_uploader(
            "…or upload it (.txt, .md, .html, .docx or .pdf)",
            key="jd_file",
            on_change=cb_upload,
            help="The text is loaded into the box above so you can check it before drafting.",
        )
        if ss.get("upload_error"):
            st.error(f"{esc(ss['upload_error'])}", icon=":material/error:")
        if ss.get("upload_note"):
            st.success(ss["upload_note"], icon=":material/description:")
        examples = (
            sorted(p.name for p in EXAMPLES.glob("*") if p.suffix in (".txt", ".md")) if EXAMPLES.is_dir() else []
        )
        if examples and not (ss.get("jd_text") or "").strip():
            with st.container(horizontal=True, vertical_alignment="bottom"):
                ex = st.selectbox(
                    "No posting at hand? Try an example",
                    examples,
                    key="example_pick",
                    persist_state=PAGE,
                    format_func=lambda n: n.rsplit(".", 1)[0].replace("-", " ").capitalize(),
                )
                st.button("Use this example", key="example_btn", on_click=cb_example, args=(ex,))
    with right, st.container(border=True):
        st.markdown("**Options**")
        default_n = min(5, max(3, SETTINGS.max_kpis))
        st.slider(
            "KPIs to draft",
            3,
            5,
            default_n,
            key="opt_n",
            persist_state=PAGE,
            help="Most roles are covered by 3 to 5 KPIs, one per key result area.",
        )
        st.selectbox(
            "Default review cadence",
            ["as suggested", "monthly", "quarterly"],
            key="opt_cadence",
            persist_state=PAGE,
            help="Monthly or quarterly reviews keep KPIs about results, not daily checklists.",
        )
        if LLM_READY:
            st.radio(
                "Drafting engine",
                ["openai", "offline"],
                index=0 if DEFAULT_BACKEND == "openai" else 1,
                key="opt_backend",
                persist_state=PAGE,
                horizontal=True,
                format_func=lambda b: f"LLM ({SETTINGS.model})" if b == "openai" else "Offline (knowledge base)",
                help="The LLM drafts from the same knowledge base and is held to the same validator.",
            )
        clicked = st.button(
            "Draft KPIs", type="primary", key="draft_btn", icon=":material/auto_awesome:", width="stretch"
        )
        if work and work["items"] and is_dirty(work):
            st.caption("Drafting replaces the set you are editing; you can undo it once.")
    if clicked and run_draft(ss.get("jd_text") or "", None):
        st.rerun()
    render_draft_log()
    work = ss.get("work")
    if work and work.get("origin") == "draft" and work.get("role"):
        render_profile(work)
    if work and work["items"]:
        report = work_report(work)
        st.markdown(f"### The KPIs &nbsp; {verdict_badge(report.verdict if report else None)}")
        set_findings_block(report)
        for i, item in enumerate(work["items"]):
            rep = report.kpis[i] if report and i < len(report.kpis) else None
            kpi_card(i, item, rep, editable=False)
        st.button("Refine these KPIs together →", key="to_refine", on_click=go, args=(TAB_REFINE,), type="primary")
    elif not ss.get("draft_log"):
        st.info(
            "Paste a job description (or upload a file) and press **Draft KPIs**. You get 3 to 5 "
            "outcome-based KPIs, each checked by the validator and traced to the knowledge it came from.",
            icon=":material/lightbulb:",
        )


def run_draft(text: str, profile: RoleProfile | None) -> bool:
    """Draft (or redraft from an edited profile) with progress in st.status; True when it worked."""
    from assistant.pipeline import draft

    events: list[str] = []
    n, cadence = int(ss.get("opt_n") or 5), ss.get("opt_cadence")
    cadence = cadence if cadence in ("monthly", "quarterly") else None
    icons = {
        "role": ":material/badge:",
        "retrieve": ":material/menu_book:",
        "draft": ":material/edit_note:",
        "validate": ":material/fact_check:",
        "repair": ":material/build:",
        "done": ":material/check_circle:",
    }
    t0 = time.perf_counter()
    with st.status("Drafting KPIs…", expanded=True) as status:

        def on_event(stage: str, message: str) -> None:
            line = f"{icons.get(stage, ':material/arrow_right:')} {esc(message)}"
            events.append(line)
            status.write(line)
            status.update(label=message)

        try:
            result = draft(
                text,
                SETTINGS,
                max_kpis=n,
                cadence=cadence,
                profile=profile,
                on_event=on_event,
                source="the job description",
            )
        except Exception as exc:  # noqa: BLE001
            msg = friendly("drafting", exc)
            status.update(label="Drafting stopped", state="error", expanded=False)
            ss["draft_log"] = {"label": "Drafting stopped", "state": "error", "events": events, "error": msg}
            return False
        secs = time.perf_counter() - t0
        label = f"Drafted {len(result.kpis)} KPIs for {result.role.title} in {secs:.1f} s"
        status.update(label=label, state="complete", expanded=False)
    ss["draft_log"] = {
        "label": label,
        "state": "complete",
        "events": events,
        "notes": result.notes,
        "backend": result.backend,
        "model": result.model,
    }
    keep_id = ss["work"]["set_id"] if (profile is not None and ss.get("work")) else None
    work = new_work(result.kpis, result.role, origin="draft")
    if keep_id:  # a redraft of an opened set saves as its next version
        old = ss["work"]
        work.update(set_id=old["set_id"], set_name=old["set_name"], base_version=old["base_version"])
    replace_work(work, "Drafted a new set")
    ss["save_name"] = work["set_name"]
    return True


def render_draft_log() -> None:
    log_ = ss.get("draft_log")
    if not log_:
        return
    if log_.get("state") == "error":
        st.error(
            f"{esc(log_['error'])}\n\nYour text is kept above: fix it and press **Draft KPIs** again.",
            icon=":material/error:",
        )
        return
    with st.status(log_["label"], state="complete", expanded=False):
        for line in log_["events"]:
            st.write(line)
        if log_.get("backend") == "openai":
            st.caption(f"Drafted with {log_.get('model') or 'the LLM'}")
    for note in log_.get("notes") or []:
        st.info(esc(note), icon=":material/info:")


def render_profile(work: dict) -> None:
    role = RoleProfile.model_validate(work["role"])
    with st.container(border=True):
        st.markdown(
            f"**Role recognised:** {esc(role.title)} · {esc(role.family_name or 'no close role family')} · "
            f"{role.seniority}"
        )
        if role.key_result_areas:
            st.markdown("**Key result areas:** " + " · ".join(esc(k) for k in role.key_result_areas))
        with st.expander("Not quite right? Edit the role profile and redraft", icon=":material/edit:"):
            p = f"rp{work['profile_rev']}"
            families = {f.id: f.name for f in kb().families}
            st.text_input("Job title", value=role.title, key=f"{p}_title", persist_state=PAGE)
            ids = list(families)
            st.selectbox(
                "Role family",
                ids,
                index=ids.index(role.family) if role.family in ids else 0,
                format_func=lambda i: families[i],
                key=f"{p}_family",
                persist_state=PAGE,
                help="Which part of the knowledge base the KPIs come from.",
            )
            sen = list(get_args(Seniority))
            st.selectbox("Seniority", sen, index=sen.index(role.seniority), key=f"{p}_seniority", persist_state=PAGE)
            st.text_area(
                "Key result areas (one per line)",
                value="\n".join(role.key_result_areas),
                key=f"{p}_kras",
                persist_state=PAGE,
            )
            st.text_area(
                "Responsibilities (one per line)",
                value="\n".join(role.responsibilities),
                key=f"{p}_resp",
                persist_state=PAGE,
                height=160,
                help="The drafter matches KPIs to these.",
            )
            if st.button("Redraft from this profile", key=f"{p}_redraft", icon=":material/refresh:"):
                fam = ss.get(f"{p}_family") or role.family
                lines = lambda k: [x.strip() for x in (ss.get(k) or "").splitlines() if x.strip()]  # noqa: E731
                cands = [(fam, 9.0)] + [(f, s) for f, s in role.family_candidates if f != fam]
                edited = role.model_copy(
                    update={
                        "title": (ss.get(f"{p}_title") or role.title).strip() or role.title,
                        "family": fam,
                        "family_name": families.get(fam, role.family_name),
                        "family_candidates": cands,
                        "seniority": ss.get(f"{p}_seniority") or role.seniority,
                        "key_result_areas": lines(f"{p}_kras"),
                        "responsibilities": lines(f"{p}_resp"),
                    }
                )
                if run_draft(ss.get("jd_text") or "", edited):
                    st.rerun()


# ---- rendering: a KPI card ----------------------------------------------------------------------------------


def kpi_card(i: int, item: dict, rep: KPIReport | None, *, editable: bool) -> None:
    kpi = KPI.model_validate(item["kpi"])
    uid = item["uid"]
    work = ss["work"]
    comments = comments_for(work, uid) if editable else []
    flags = [c for c in comments if c["kind"] == "unrealistic_target" and not c["resolved"]]
    with st.container(border=True, key=f"card_{'e' if editable else 'v'}_{uid}"):
        head, badges = st.columns([3, 2], vertical_alignment="top")
        head.markdown(f"##### {i + 1}. {esc(kpi.name)}")
        tags = [verdict_badge(rep.verdict if rep else None)]
        if rep and rep.kind != "outcome":
            tags.append(f":red-badge[{KIND_LABEL.get(rep.kind, rep.kind)}]")
        if item["agreed"]:
            tags.append(":blue-badge[:material/handshake: Agreed]")
        if flags:
            tags.append(":orange-badge[:material/flag: Target flagged]")
        badges.markdown(" ".join(tags))
        summary = [f"Key result area: {esc(kpi.kra)}"] if kpi.kra else []
        if editable:
            summary += [f"Target: {esc(kpi.target) or 'not set'}", f"reviewed {kpi.cadence}"]
        if summary:
            st.caption(" · ".join(summary))
        if editable:
            if kpi.measure:
                st.markdown(f"**Measure:** {esc(kpi.measure)}" + (f" ({esc(kpi.unit)})" if kpi.unit else ""))
            show_flash(f"kpi_{uid}")
        findings_block(rep)
        if not editable:
            kpi_details(kpi)
            sources_block(kpi)
            return
        render_actions(item, rep)
        render_proposals(item)
        with st.expander("Edit the fields", icon=":material/edit:", expanded=bool(rep and rep.verdict == "reject")):
            render_fields(item)
            sources_block(kpi)
        render_comments(work, item, comments)


def render_actions(item: dict, rep: KPIReport | None) -> None:
    uid = item["uid"]
    with st.container(horizontal=True, gap="small"):
        st.button(
            "Suggest alternatives", key=f"alt_{uid}", on_click=cb_alternatives, args=(uid,), icon=":material/lightbulb:"
        )
        st.button(
            "Rewrite as outcome",
            key=f"rw_{uid}",
            on_click=cb_rewrite,
            args=(uid,),
            icon=":material/autorenew:",
            type="primary" if rep and rep.verdict == "reject" else "secondary",
        )
        st.button(
            "Undo accept" if item["agreed"] else "Accept",
            key=f"acc_{uid}",
            on_click=cb_accept,
            args=(uid,),
            icon=":material/handshake:",
            help="Mark this KPI as agreed by manager and employee.",
        )
        st.button(
            "Move up",
            key=f"up_{uid}",
            on_click=cb_move,
            args=(uid, -1),
            icon=":material/arrow_upward:",
            type="tertiary",
        )
        st.button("Remove", key=f"rm_{uid}", on_click=cb_remove, args=(uid,), icon=":material/delete:", type="tertiary")


def render_proposals(item: dict) -> None:
    uid = item["uid"]
    if item.get("proposal"):
        prop = KPI.model_validate(item["proposal"])
        with st.container(border=True):
            st.markdown(f"**Outcome rewrite:** {esc(prop.name)}")
            kpi_details(prop)
            sources_block(prop)
            with st.container(horizontal=True):
                st.button(
                    "Use this rewrite",
                    key=f"use_rw_{uid}",
                    on_click=cb_use,
                    args=(uid, item["proposal"]),
                    type="primary",
                    icon=":material/check:",
                )
                st.button("Keep mine", key=f"keep_rw_{uid}", on_click=cb_dismiss, args=(uid,))
    if item.get("alts"):
        st.markdown("**Alternatives for the same key result area:**")
        for j, alt in enumerate(item["alts"]):
            a = KPI.model_validate(alt)
            with st.container(border=True):
                st.markdown(f"**{esc(a.name)}**  \n{esc(a.definition)}")
                st.caption(f"Measure: {esc(a.measure)} · target: {esc(a.target) or 'to agree'} · {a.cadence}")
                st.button(
                    "Use this one",
                    key=f"use_alt_{uid}_{j}",
                    on_click=cb_use,
                    args=(uid, alt),
                    icon=":material/swap_horiz:",
                )
        st.button("Close alternatives", key=f"close_alt_{uid}", on_click=cb_dismiss, args=(uid,), type="tertiary")


def render_fields(item: dict) -> None:
    uid, rev, kpi = item["uid"], item["rev"], item["kpi"]
    c1, c2 = st.columns(2)
    for n, field in enumerate(FIELD_LABEL):
        if field == "sources":
            continue
        key = f"f_{uid}_{rev}_{field}"
        col = c1 if n % 2 == 0 else c2
        kwargs = {"key": key, "on_change": cb_field, "args": (uid, field, key), "persist_state": PAGE}
        if field in CHOICES:
            opts = list(CHOICES[field])
            fmt = (lambda d: DIRECTION_LABEL.get(d, d)) if field == "direction" else str
            col.selectbox(
                FIELD_LABEL[field],
                opts,
                index=opts.index(kpi[field]) if kpi[field] in opts else 0,
                format_func=fmt,
                **kwargs,
            )
        elif field in LONG_FIELDS:
            col.text_area(FIELD_LABEL[field], value=kpi[field], height=90, **kwargs)
        else:
            col.text_input(FIELD_LABEL[field], value=kpi[field], **kwargs)


def render_comments(work: dict, item: dict, comments: list[dict]) -> None:
    uid = item["uid"]
    n_flags = sum(1 for c in comments if c["kind"] == "unrealistic_target" and not c["resolved"])
    label = f"Comments ({len(comments)})" + (f" · {n_flags} open flag{'s' if n_flags != 1 else ''}" if n_flags else "")
    with st.expander(label, icon=":material/forum:"):
        show_flash(f"comments_{uid}")
        if not comments:
            st.caption(
                "No comments yet. The employee and the manager can both comment, or flag a target that looks "
                "unrealistic."
            )
        for c in comments:
            who = c["author_role"].capitalize() + (f" ({esc(c['author_name'])})" if c.get("author_name") else "")
            stamp = when(c["created_at"]) if c.get("created_at") else ""
            pending = " · :gray[not saved yet]" if c.get("id") is None else ""
            if c["kind"] == "unrealistic_target":
                state = (
                    ":green-badge[resolved]"
                    if c["resolved"]
                    else ":orange-badge[:material/flag: Target looks unrealistic]"
                )
                st.markdown(f"{state} **{who}** · {stamp}{pending}  \n{esc(c['text'])}")
                if not c["resolved"] and c.get("id") is not None:
                    st.button(
                        "Mark resolved", key=f"res_{c['id']}", on_click=cb_resolve, args=(c["id"], uid), type="tertiary"
                    )
            else:
                st.markdown(f"**{who}** · {stamp}{pending}  \n{esc(c['text'])}")
        with st.container(key=f"cform_{uid}"):
            st.radio(
                "Type",
                ["Comment", "Target looks unrealistic"],
                key=f"ckind_{uid}",
                persist_state=PAGE,
                horizontal=True,
                label_visibility="collapsed",
            )
            st.text_area(
                "Your comment, or why the target looks unrealistic", key=f"ctext_{uid}", persist_state=PAGE, height=70
            )
            st.button(
                f"Post as {ss.get('author_role', 'manager')}", key=f"cpost_{uid}", on_click=cb_comment, args=(uid,)
            )
        if not work.get("set_id"):
            st.caption("Comments on an unsaved set are kept and saved with it.")


# ---- rendering: Refine ----------------------------------------------------------------------------------------


def render_refine_tab(work: dict | None, report: SetReport | None) -> None:
    show_flash("refine")
    if not work:
        st.info(
            "Nothing to refine yet. Draft KPIs on the **Draft** tab, open a saved set on **Saved sets & "
            "reviews**, or start from the KPIs you have on **Check my KPIs**.",
            icon=":material/lightbulb:",
        )
        st.button("Start an empty set and add your own KPIs", key="new_empty", on_click=cb_new_empty)
        return
    if ss.get("removed"):
        st.button(
            f"↩ Undo remove of “{ss['removed'][1]['kpi']['name']}”",
            key="undo_rm",
            on_click=cb_undo_remove,
            type="tertiary",
        )
    st.caption(
        "Edit any field: the validator re-checks the KPI as soon as you leave the field. Rejected KPIs "
        "open with their fields and a one-click outcome rewrite."
    )
    set_findings_block(report)
    if not work["items"]:
        st.info(
            "This set has no KPIs. Add your own below, or draft a set on the **Draft** tab.",
            icon=":material/playlist_add:",
        )
    for i, item in enumerate(work["items"]):
        rep = report.kpis[i] if report and i < len(report.kpis) else None
        kpi_card(i, item, rep, editable=True)
    render_add_own()
    render_save_box(work)
    if work["items"]:
        with st.expander("Export this set as it is now", icon=":material/download:"):
            version = None
            if work.get("set_id") and not is_dirty(work):
                try:
                    version = store().get_version(work["set_id"], work["base_version"])
                except Exception:  # noqa: BLE001 - export it as a draft then
                    version = None
            if version is None:
                st.caption("Not saved yet: the files are marked as a draft.")
            export_buttons(
                work_kpis(work),
                set_name=work.get("set_name") or work.get("role_title") or "KPI set",
                role=work_role(work),
                version=version,
                report=report,
                uids=[it["uid"] for it in work["items"]],
                agreed=[it["uid"] for it in work["items"] if it["agreed"]],
                key="work",
            )


def render_add_own() -> None:
    with st.expander("Add your own KPI", icon=":material/add_circle:"):
        show_flash("own")
        for k in ("own_name", "own_kra", "own_measure", "own_source", "own_target"):
            keep(k)
        with st.container(key="own_form"):
            st.text_input(
                "KPI name",
                key="own_name",
                persist_state=PAGE,
                placeholder="e.g. Share of orders shipped complete and on time",
            )
            c1, c2 = st.columns(2)
            c1.text_input("Key result area", key="own_kra", persist_state=PAGE)
            c2.text_input("Data source", key="own_source", persist_state=PAGE)
            st.text_input(
                "Measure (formula or method)",
                key="own_measure",
                persist_state=PAGE,
                placeholder="e.g. orders shipped complete by the promised date / orders shipped x 100",
            )
            c3, c4 = st.columns([3, 1])
            c3.text_input(
                "Target", key="own_target", persist_state=PAGE, placeholder="e.g. above last quarter's baseline"
            )
            c4.selectbox(
                "Review", ["quarterly", "monthly", "half-yearly", "yearly"], key="own_cadence", persist_state=PAGE
            )
            st.button("Add and check", key="own_add", on_click=cb_add_own, type="primary")
        for k in ("own_name", "own_kra", "own_measure", "own_source", "own_target"):
            kept(k)


def render_save_box(work: dict) -> None:
    with st.container(border=True, key="save_box"):
        st.markdown("**Save this set**")
        show_flash("save")
        if "save_name" not in ss:
            ss["save_name"] = work.get("set_name") or work.get("role_title") or ""
        c1, c2 = st.columns([2, 3])
        c1.text_input("Set name", key="save_name", persist_state=PAGE, placeholder="e.g. Ward nurse – Elmwood – 2026")
        keep("save_note")
        c2.text_input("Note for this version (what changed, what was agreed)", key="save_note", persist_state=PAGE)
        kept("save_note")
        who = ss.get("author_role", "manager")
        if work.get("set_id"):
            st.checkbox("Save as a new set instead of a new version", key="save_as_new", persist_state=PAGE)
            label = "Save as a new set" if ss.get("save_as_new") else "Save as a new version"
        else:
            label = "Save"
        st.button(
            f"{label} (as the {who})",
            key="save_btn",
            on_click=cb_save,
            type="primary",
            icon=":material/save:",
            disabled=not work["items"],
        )
        st.caption("Every save is kept as its own version; nothing is overwritten. Who you are is set in the sidebar.")


# ---- rendering: exports -------------------------------------------------------------------------------------------


def export_buttons(kpis: list[KPI], *, set_name: str, role, version, report, uids, agreed, key: str) -> None:  # noqa: ANN001
    from assistant import export

    try:
        doc = export.build_doc(
            kpis,
            set_name=set_name,
            role=role,
            version=version,
            report=report,
            kpi_uids=uids,
            agreed=agreed,
            secrets=secrets(),
        )
        fp = hashlib.sha256(doc.model_dump_json(exclude={"exported_at"}).encode()).hexdigest()[:16]
        cache = ss.setdefault("_exports", {})
        files = cache.get((key, fp))
        if files is None:
            files = {fmt: (export.render(doc, fmt), export.filename(doc, fmt)) for fmt in export.FORMATS}
            if len(cache) > 20:
                cache.clear()
            cache[(key, fp)] = files
    except Exception as exc:  # noqa: BLE001
        st.error(f"The export could not be prepared: {friendly('preparing the export', exc)}")
        return
    with st.container(horizontal=True):
        for fmt, (label, mime) in export.FORMATS.items():
            data, name = files[fmt]
            st.download_button(
                label,
                data,
                file_name=name,
                mime=mime,
                key=f"dl_{key}_{fmt}",
                icon=":material/download:",
                on_click="ignore",
            )
    st.caption(
        "Exports hold the KPIs, the role, the version details and the validator's verdicts; never settings "
        "or keys. The JSON export can be imported back."
    )


# ---- rendering: Saved sets & reviews ---------------------------------------------------------------------------------


def render_saved_tab(work: dict | None) -> None:
    show_flash("sets")
    try:
        db = store()
    except Exception as exc:  # noqa: BLE001
        st.error(f"{friendly('opening the saved sets', exc)}", icon=":material/database:")
        return
    if work and work["items"]:
        st.button(
            "Save the set you are editing…",
            key="goto_save",
            on_click=go,
            args=(TAB_REFINE,),
            type="tertiary",
            icon=":material/save:",
        )
    st.text_input(
        "Search saved sets",
        key="set_query",
        persist_state=PAGE,
        placeholder="Role, set name, note or KPI name",
        icon=":material/search:",
    )
    try:
        sets = db.list_sets(ss.get("set_query") or "")
        total = len(db.list_sets()) if ss.get("set_query") else len(sets)
    except Exception as exc:  # noqa: BLE001
        st.error(friendly("listing the saved sets", exc))
        return
    if not total:
        st.info(
            "No saved sets yet. Draft a set on the **Draft** tab, then press **Save** on the **Refine** tab; every "
            "save is kept as a version you can compare, review and export here.",
            icon=":material/inventory_2:",
        )
    elif not sets:
        st.info(f"No saved set matches “{esc(ss.get('set_query'))}”. Try the job title or a KPI name.")
    if sets:
        import pandas as pd

        table = pd.DataFrame(
            [
                {
                    "Set": s.name,
                    "Role": s.role_title,
                    "Versions": s.version_count,
                    "Last saved": when(s.updated_at),
                    "By": (s.last_author or "").capitalize(),
                }
                for s in sets
            ]
        )
        st.dataframe(table, hide_index=True, width="stretch")
        ids = [s.id for s in sets]
        names = {s.id: f"{s.name} (v{s.latest_version})" for s in sets}
        if ss.get("sel_set") not in ids:
            ss["sel_set"] = ids[0]
        with st.container(horizontal=True, vertical_alignment="bottom"):
            st.selectbox("Saved set", ids, key="sel_set", format_func=lambda i: names[i])
            st.button(
                "Open for editing",
                key="open_set",
                on_click=cb_open,
                args=(ss["sel_set"],),
                icon=":material/edit_note:",
                type="primary",
            )
        render_set_detail(db, ss["sel_set"])
    with st.expander("Import a JSON export", icon=":material/upload_file:"):
        render_import()


def render_set_detail(db, set_id: int) -> None:  # noqa: ANN001
    try:
        history = db.history(set_id)
    except Exception as exc:  # noqa: BLE001
        st.error(friendly("reading the history", exc))
        return
    t_hist, t_review, t_export = st.tabs(["History & compare", "Review check-ins", "Export"])
    with t_hist:
        render_history(db, set_id, history)
    with t_review:
        render_checkins(db, set_id, history[0])
    with t_export:
        numbers = [v.number for v in history]
        n = st.selectbox(
            "Version to export",
            numbers,
            key=f"exp_ver_{set_id}",
            persist_state=PAGE,
            format_func=lambda x: f"Version {x}" + (" (latest)" if x == numbers[0] else ""),
        )
        v = next(v for v in history if v.number == n)
        role = v.role or v.role_title or None
        export_buttons(
            v.kpis,
            set_name=v.set_name,
            role=role,
            version=v,
            report=check_set(v.kpis, role),
            uids=v.kpi_uids,
            agreed=v.agreed,
            key=f"set{set_id}",
        )


def render_history(db, set_id: int, history: list) -> None:  # noqa: ANN001
    import pandas as pd

    rows = [
        {
            "Version": v.number,
            "Saved": when(v.created_at),
            "By": v.author_role.capitalize() + (f" ({v.author_name})" if v.author_name else ""),
            "Note": v.note,
            "KPIs": len(v.kpis),
            "Verdict": {"pass": "Pass", "warn": "Needs attention", "reject": "Rejected"}.get(v.verdict or "", "-"),
        }
        for v in history
    ]
    st.dataframe(pd.DataFrame(rows), hide_index=True, width="stretch")
    if len(history) < 2:
        st.caption("Save again after editing to compare versions side by side.")
        return
    numbers = [v.number for v in history]
    c1, c2 = st.columns(2)
    a = c1.selectbox("Compare version", numbers, index=1, key=f"cmp_a_{set_id}_{numbers[0]}", persist_state=PAGE)
    b = c2.selectbox("with version", numbers, index=0, key=f"cmp_b_{set_id}_{numbers[0]}", persist_state=PAGE)
    try:
        diff = db.diff(set_id, a, b)
    except Exception as exc:  # noqa: BLE001
        st.error(friendly("comparing the versions", exc))
        return
    va, vb = (next(v for v in history if v.number == x) for x in (a, b))
    st.markdown(f"**Version {a} → version {b}:** {diff.summary()}")
    h1, h2 = st.columns(2)
    h1.caption(f"Version {a} · {when(va.created_at)} · {va.author_role}" + (f" · “{esc(va.note)}”" if va.note else ""))
    h2.caption(f"Version {b} · {when(vb.created_at)} · {vb.author_role}" + (f" · “{esc(vb.note)}”" if vb.note else ""))
    for fc in diff.role_changes:
        with st.container(border=True):
            lc, rc = st.columns(2)
            lc.markdown(f"**Role {fc.field.replace('_', ' ')}:** :red[~~{esc(fc.old)}~~]")
            rc.markdown(f"**Role {fc.field.replace('_', ' ')}:** :green[{esc(fc.new)}]")
    unchanged = [ch for ch in diff.kpis if ch.status == "unchanged"]
    for ch in diff.kpis:
        if ch.status == "unchanged":
            continue
        with st.container(border=True, key=f"diff_{set_id}_{a}_{b}_{ch.uid or ch.name}_{ch.status}"):
            lc, rc = st.columns(2)
            badge = {
                "added": ":green-badge[Added]",
                "removed": ":red-badge[Removed]",
                "changed": ":orange-badge[Changed]",
                "unchanged": ":gray-badge[Unchanged]",
            }[ch.status]
            if ch.status == "added":
                lc.markdown(":gray[— not in this version —]")
                rc.markdown(f"{badge} **{esc(ch.new.name)}**")
            elif ch.status == "removed":
                lc.markdown(f"{badge} :red[~~{esc(ch.old.name)}~~]")
                rc.markdown(":gray[— removed —]")
            else:
                lc.markdown(f"{badge} **{esc(ch.old.name)}**")
                rc.markdown(f"{badge} **{esc(ch.new.name)}**")
                for fc in ch.changes:
                    label = FIELD_LABEL.get(fc.field, fc.field)
                    lc.markdown(f"{label}: :red[~~{esc(fc.old) or '(empty)'}~~]")
                    rc.markdown(f"{label}: :green[{esc(fc.new) or '(empty)'}]")
    if unchanged:
        st.markdown(
            ":gray-badge[Unchanged] " + " · ".join(esc(ch.new.name) for ch in unchanged),
            help="KPIs that are the same in both versions.",
        )
    st.button(
        f"Open version {a} for editing",
        key=f"open_old_{set_id}_{a}",
        on_click=cb_open,
        args=(set_id, a),
        type="tertiary",
        icon=":material/history:",
    )


def render_checkins(db, set_id: int, latest) -> None:  # noqa: ANN001
    from assistant.store import PROGRESS_LABELS

    show_flash("checkin")
    st.caption(
        f"Record how each KPI of version {latest.number} is going: the number for the period and the "
        "context behind it (what helped, what got in the way)."
    )
    prefix = f"ci_{set_id}_{latest.number}"
    today = datetime.now()
    with st.container(key=f"{prefix}_form", border=True):
        c1, c2 = st.columns(2)
        c1.radio(
            "Review period",
            ["monthly", "quarterly"],
            key=f"{prefix}_period",
            persist_state=PAGE,
            horizontal=True,
            format_func=str.capitalize,
            index=1,
        )
        c2.text_input(
            "Period",
            key=f"{prefix}_label",
            persist_state=PAGE,
            value=f"{today.year} Q{(today.month - 1) // 3 + 1}",
            help="e.g. 2026 Q3, or March 2026",
        )
        for i, k in enumerate(latest.kpis):
            st.markdown(f"**{i + 1}. {esc(k.name)}**" + (f"  \n:gray[Target: {esc(k.target)}]" if k.target else ""))
            a, b, c = st.columns([2, 2, 5])
            a.selectbox(
                "Progress",
                list(PROGRESS_LABELS),
                key=f"{prefix}_p{i}",
                persist_state=PAGE,
                format_func=PROGRESS_LABELS.get,
                index=3,
            )
            b.text_input("Number this period", key=f"{prefix}_v{i}", persist_state=PAGE)
            c.text_area("Context behind the number", key=f"{prefix}_n{i}", persist_state=PAGE, height=68)
        st.text_area("Overall note (optional)", key=f"{prefix}_summary", persist_state=PAGE, height=68)
        st.button(
            "Record check-in",
            key=f"{prefix}_submit",
            type="primary",
            on_click=cb_checkin,
            args=(
                set_id,
                latest.number,
                [k.name for k in latest.kpis],
                [latest.uid_at(i) for i in range(len(latest.kpis))],
                prefix,
            ),
        )
    try:
        past = db.checkins(set_id)
    except Exception as exc:  # noqa: BLE001
        st.error(friendly("loading the check-ins", exc))
        return
    if not past:
        st.caption("No check-ins yet.")
    for ci in past:
        title = (
            f"{ci.period_label or ci.period.capitalize()} · {ci.period} check-in · {when(ci.created_at)} · "
            f"{ci.author_role} · version {ci.version}"
        )
        with st.expander(title, icon=":material/event_available:"):
            if ci.summary:
                st.markdown(esc(ci.summary))
            for n in ci.notes:
                st.markdown(
                    f"**{esc(n.kpi_name)}** · {PROGRESS_LABELS.get(n.progress, n.progress)}"
                    + (f" · **{esc(n.value)}**" if n.value else "")
                    + (f"  \n{esc(n.note)}" if n.note else "")
                )


def render_import() -> None:
    from assistant.export import import_json

    st.file_uploader("JSON file exported from this app", type=["json"], key="import_file")
    up = ss.get("import_file")
    if up is None:
        ss.pop("import_doc", None)
        st.caption("Exports made with the **JSON** button can be loaded back, edited and saved as a new set.")
        return
    try:
        doc = import_json(up.getvalue(), up.name)
    except Exception as exc:  # noqa: BLE001
        ss.pop("import_doc", None)
        st.error(friendly("reading the import", exc), icon=":material/error:")
        return
    ss["import_doc"] = doc.model_dump(mode="json")
    origin = f", version {doc.version.number} saved by the {doc.version.author_role}" if doc.version else ""
    st.success(f"“{esc(doc.set_name)}”: {len(doc.kpis)} KPIs{origin}.")
    st.button("Load it into the editor", key="import_btn", on_click=cb_import, type="primary")


# ---- rendering: Check my KPIs ------------------------------------------------------------------------------------------


def render_check_tab() -> None:
    show_flash("check")
    st.markdown(
        "Paste the KPIs you use today, one per line. The validator explains which ones measure effort, "
        "activity or people rather than results, and proposes outcome-based rewrites."
    )
    keep("check_text")
    keep("check_role")
    c1, c2 = st.columns([3, 1])
    c1.text_area(
        "Your KPIs, one per line",
        key="check_text",
        persist_state=PAGE,
        height=180,
        placeholder="Calls made per day\nCustomer satisfaction (CSAT) after each ticket\nHours logged per week",
    )
    c2.text_input(
        "Role (optional)",
        key="check_role",
        persist_state=PAGE,
        placeholder="e.g. Service desk analyst",
        help="Helps the validator and the rewrites use this role's knowledge.",
    )
    kept("check_text")
    kept("check_role")
    if c2.button("Check these KPIs", key="check_btn", type="primary", icon=":material/fact_check:"):
        lines = [re.sub(r"^\s*(?:[-*•]|\d+[.)])\s*", "", x).strip() for x in (ss.get("check_text") or "").splitlines()]
        lines = [x for x in lines if x]
        if not lines:
            st.error("Paste at least one KPI (one per line), then press **Check these KPIs**.")
        elif len(lines) > 30:
            st.error(f"{len(lines)} lines is more than a KPI set; paste up to 30 KPIs at a time.")
        else:
            from assistant.pipeline import validate_set

            role = (ss.get("check_role") or "").strip() or None
            try:
                with st.spinner("Checking…"):
                    report = validate_set(lines, role, max_kpis=SET_MAX, settings=SETTINGS)
            except Exception as exc:  # noqa: BLE001
                st.error(friendly("checking the KPIs", exc))
            else:
                ss["check_result"] = {
                    "lines": lines,
                    "role": role,
                    "report": report.model_dump(mode="json"),
                    "rewrites": {},
                }
    res = ss.get("check_result")
    if not res:
        st.info(
            "Your current KPIs appear here with a verdict each. Rejected ones get a rewrite you can start a "
            "new set from.",
            icon=":material/lightbulb:",
        )
        return
    report = SetReport.model_validate(res["report"])
    counts = {v: sum(1 for r in report.kpis if r.verdict == v) for v in ("pass", "warn", "reject")}
    st.markdown(
        f"**Verdict for these {len(res['lines'])} KPIs:** {verdict_badge(report.verdict)} · "
        f"{counts['pass']} pass · {counts['warn']} need attention · {counts['reject']} rejected"
    )
    set_findings_block(report)
    for i, line in enumerate(res["lines"]):
        rep = report.kpis[i]
        with st.container(border=True, key=f"check_card_{i}"):
            a, b = st.columns([3, 2])
            a.markdown(f"**{esc(line)}**")
            kind = f" :red-badge[{KIND_LABEL.get(rep.kind, rep.kind)}]" if rep.kind != "outcome" else ""
            b.markdown(verdict_badge(rep.verdict) + kind)
            findings_block(rep)
            rw = res["rewrites"].get(str(i))
            if rw:
                k = KPI.model_validate(rw)
                st.markdown(f"**Outcome rewrite:** {esc(k.name)}")
                kpi_details(k)
                sources_block(k)
            elif rep.verdict != "pass":
                st.button(
                    "Rewrite as outcome",
                    key=f"check_rw_{i}",
                    on_click=cb_check_rewrite,
                    args=(i,),
                    icon=":material/autorenew:",
                )
    with st.container(border=True):
        st.checkbox(
            "Use the outcome rewrites for rejected KPIs", value=True, key="check_use_rewrites", persist_state=PAGE
        )
        st.button(
            "Start a set from these",
            key="check_start",
            on_click=cb_start_from_check,
            type="primary",
            icon=":material/arrow_forward:",
        )


# ---- rendering: Evaluation ---------------------------------------------------------------------------------------------


def eval_runs_dir() -> Path:
    return Path(os.environ.get("KPI_EVAL_RUNS_DIR") or ROOT / "evals" / "runs")


def latest_summary() -> tuple[Path, dict] | None:
    runs = [p for p in eval_runs_dir().glob("*/summary.json") if p.is_file()]
    for path in sorted(runs, key=lambda p: p.stat().st_mtime, reverse=True):
        try:
            return path, json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
    return None


def short(label: str) -> str:
    """A metric label without its parenthetical, for chart axes."""
    return re.sub(r"\s*\(.*?\)", "", label).strip()


def _labels() -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    try:
        from assistant.evaluation.drafts import HEADLINE, JUDGE_METRICS

        return list(HEADLINE), list(JUDGE_METRICS)
    except Exception:  # noqa: BLE001 - the eval package is optional for the app
        return [], []


def render_eval_tab() -> None:
    found = latest_summary()
    if not found:
        st.info(
            "No evaluation results yet. Run `kpi eval` in a terminal (about a minute offline); the newest run "
            f"under `{esc(eval_runs_dir())}` appears here with its charts.",
            icon=":material/analytics:",
        )
        return
    path, summary = found
    import pandas as pd

    headline, judge = _labels()
    meta = summary.get("meta") or {}
    versions = summary.get("versions") if isinstance(summary.get("versions"), dict) else {"run": summary}
    st.markdown(f"**Latest run:** `{esc(path.parent.name)}`")
    bits = []
    if meta.get("backend"):
        bits.append(f"{esc(meta['backend'])} backend" + (f" ({esc(meta['model'])})" if meta.get("model") else ""))
    if meta.get("n_cases"):
        bits.append(f"{meta['n_cases']} role descriptions" + (f" ({esc(meta['split'])})" if meta.get("split") else ""))
    if meta.get("started"):
        bits.append(f"started {when(str(meta['started']))}")
    if isinstance(meta.get("duration_s"), int | float):
        bits.append(f"took {meta['duration_s']:.0f} s")
    if bits:
        st.caption(" · ".join(bits))
    targets = summary.get("targets") or {}
    if not headline:
        first = next(iter(versions.values()), {})
        headline = [
            (k, k.replace("_", " ").capitalize())
            for k, v in first.items()
            if isinstance(v, int | float) and not isinstance(v, bool) and 0 <= v <= 1
        ]
    for version, figures in versions.items():
        if len(versions) > 1:
            st.markdown(f"#### Prompt version `{esc(version)}`")
        shown = [(k, label) for k, label in headline + judge if isinstance(figures.get(k), int | float)]
        cols = st.columns(4)
        for n, (k, label) in enumerate(shown):
            v = figures[k]
            is_judge = k.startswith("judge_")
            value = f"{v:.2f} / 5" if is_judge else f"{v:.0%}"
            delta = None
            if k in targets and not is_judge:
                delta = f"{(v - targets[k]) * 100:+.0f} pts vs target {targets[k]:.0%}"
            cols[n % 4].metric(label, value, delta=delta, delta_color="normal" if delta else "off")
        lat = figures.get("latency_ms")
        if isinstance(lat, dict) and lat:
            c = st.columns(4)
            c[0].metric("Latency, mean", f"{lat.get('mean', 0):.0f} ms")
            c[1].metric("Latency, p95", f"{lat.get('p95', 0):.0f} ms")
            if figures.get("calls"):
                c[2].metric("LLM calls", f"{figures['calls']:,}")
                c[3].metric("Prompt tokens", f"{figures.get('prompt_tokens', 0):,}")
    names = dict(headline)
    chart = {
        v: {short(names.get(k, k)): f[k] * 100 for k, _ in headline if isinstance(f.get(k), int | float)}
        for v, f in versions.items()
    }
    if any(chart.values()):
        st.markdown("**Headline metrics (%)**")
        st.bar_chart(pd.DataFrame(chart), horizontal=True, stack=False, sort=False, height=320)
    by_family = summary.get("by_family") or {}
    if by_family:
        v = next(iter(by_family))
        fam_rows = by_family[v]
        metric = "kra_coverage" if any("kra_coverage" in r for r in fam_rows.values()) else None
        if metric:
            st.markdown(
                f"**Key result area coverage by role family (%){' · ' + esc(v) if len(by_family) > 1 else ''}**"
            )
            data = {f: (r.get(metric) or 0) * 100 for f, r in fam_rows.items()}
            st.bar_chart(pd.Series(data, name="coverage %"), height=320)
        with st.expander("Per role family"):
            st.dataframe(pd.DataFrame(fam_rows).T, width="stretch")
    worst = summary.get("worst") or {}
    if worst:
        with st.expander("Weakest cases"):
            for v, ids in worst.items():
                st.markdown(f"**{esc(v)}:** " + ", ".join(f"`{esc(i)}`" for i in ids))
    report_md, report_html = path.parent / "report.md", path.parent / "report.html"
    if report_md.is_file():
        with st.expander("Full report", icon=":material/description:"):
            st.markdown(report_md.read_text(encoding="utf-8", errors="replace"))
    if report_html.is_file():
        st.download_button(
            "Download the HTML report",
            report_html.read_bytes(),
            file_name=f"{path.parent.name}.html",
            mime="text/html",
            key="eval_html",
            on_click="ignore",
            icon=":material/download:",
        )


# ---- the page ----------------------------------------------------------------------------------------------------------

CSS = """
<style>
/* The set's verdict stays in view while the page scrolls (the wrapper is the sticky box). */
div[data-testid="stLayoutWrapper"]:has(> .st-key-set_status) { position: sticky; top: 3.75rem; z-index: 90; }
.st-key-set_status { background: #ffffff; box-shadow: 0 2px 6px rgba(28, 35, 51, 0.06); }
@media (max-width: 640px) { h2 { font-size: 1.45rem !important; } }
</style>
"""


def render_sidebar() -> None:
    with st.sidebar:
        st.markdown("### Who is editing?")
        st.radio(
            "I am the",
            ["manager", "employee"],
            key="author_role",
            format_func=str.capitalize,
            horizontal=True,
            help="Saves, comments and check-ins record who made them.",
        )
        keep("author_name")
        st.text_input("Your name (optional)", key="author_name")
        kept("author_name")
        st.divider()
        st.markdown("**How it works**")
        st.markdown(
            "1. **Draft** from a job description.\n"
            "2. **Refine** together: edit, swap, accept, comment.\n"
            "3. **Save** a version; compare versions at each review.\n"
            "4. **Record check-ins** and **export** for the HR file."
        )
        st.divider()
        engine = f"LLM ({SETTINGS.model})" if SETTINGS.resolved_backend == "openai" else "offline knowledge base"
        st.caption(f"Drafting engine: {engine}  \nSaved sets: `{esc(SETTINGS.data_dir)}`")


def main() -> None:
    global SETTINGS, LLM_READY, RUN_ID
    st.set_page_config(page_title="KPI drafting assistant", page_icon=":material/target:", layout="wide")
    st.html(CSS)
    RUN_ID = time.monotonic_ns()
    try:
        SETTINGS, LLM_READY = load_settings()
    except Exception as exc:  # noqa: BLE001 - pydantic ValidationError from a bad environment value
        first = " ".join(str(exc).splitlines()[:3])
        st.error(
            f"The settings could not be read ({first}). Fix the KPI_ variables in the environment or .env, "
            "then reload the page.",
            icon=":material/settings:",
        )
        st.stop()
    render_sidebar()
    work = ss.get("work")
    report = work_report(work)
    render_header(work, report)
    tabs = st.tabs(TABS, key="nav", on_change="rerun")
    sections = [
        (render_draft_tab, (work, report)),
        (render_refine_tab, (work, report)),
        (render_saved_tab, (work,)),
        (render_check_tab, ()),
        (render_eval_tab, ()),
    ]
    for tab, (fn, args) in zip(tabs, sections, strict=True):
        if tab.open is False:
            continue  # only the open tab runs; its inputs keep their values (persist_state)
        with tab:
            try:
                fn(*args)
            except Exception as exc:  # noqa: BLE001 - one broken section never takes the page down
                st.error(friendly(f"showing {tab_label(fn)}", exc), icon=":material/error:")


def tab_label(fn) -> str:  # noqa: ANN001
    return {
        render_draft_tab: "the draft",
        render_refine_tab: "the editor",
        render_saved_tab: "the saved sets",
        render_check_tab: "the check",
        render_eval_tab: "the evaluation",
    }.get(fn, "this page")


SETTINGS: Any = None
LLM_READY = False
DEFAULT_BACKEND = "offline"
RUN_ID = 0

main()
