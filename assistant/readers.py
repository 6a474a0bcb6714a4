"""Read job descriptions from pasted text or files (.txt, .md, .docx, .pdf)."""

from __future__ import annotations

import io
from pathlib import Path

from .errors import InputError

SUPPORTED = (".txt", ".md", ".markdown", ".text", ".docx", ".pdf")
KPI_FILES = (".txt", ".md", ".markdown", ".text", ".json", ".yaml", ".yml", ".csv", ".docx", ".pdf")
MAX_BYTES = 20 * 1024 * 1024


def read_bytes(data: bytes, name: str, allowed: tuple[str, ...] = SUPPORTED) -> str:
    """Text of an uploaded or read file; ``name`` decides the format and names the file in errors.

    ``allowed`` lists the extensions accepted (plain-text ones are decoded, .docx and .pdf parsed).
    """
    suffix = Path(name).suffix.lower()
    if not data:
        raise InputError(f"{name}: the file is empty; give a file with a job description")
    if len(data) > MAX_BYTES:
        raise InputError(f"{name}: the file is larger than 20 MB; paste the job description's text instead")
    if suffix == ".docx":
        return _docx(data, name)
    if suffix == ".pdf":
        return _pdf(data, name)
    if suffix and suffix not in allowed:
        raise InputError(f"{name}: unsupported file type '{suffix}'; use {', '.join(allowed[:-1])} or {allowed[-1]}")
    if b"\0" in data[:4096]:
        raise InputError(f"{name}: this is a binary file, not text; use .txt, .md, .docx or .pdf")
    for enc in ("utf-8-sig", "utf-16") if data[:2] in (b"\xff\xfe", b"\xfe\xff") else ("utf-8-sig", "cp1252"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    raise InputError(f"{name}: cannot decode the text (not UTF-8); save it as UTF-8 text and try again")


def read_path(path: Path | str, allowed: tuple[str, ...] = SUPPORTED) -> str:
    p = Path(path)
    if p.is_dir():
        raise InputError(f"{p}: is a folder; give a file with a job description")
    try:
        data = p.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{p}: no such file") from None
    except OSError as exc:
        raise InputError(f"{p}: cannot be read ({exc.strerror or exc})") from None
    return read_bytes(data, str(p), allowed)


def _docx(data: bytes, name: str) -> str:
    try:
        import docx

        doc = docx.Document(io.BytesIO(data))
    except Exception:  # noqa: BLE001 - python-docx raises several types for broken files
        raise InputError(f"{name}: not a readable Word (.docx) document") from None
    lines = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            lines.append(" | ".join(c.text for c in row.cells))
    return "\n".join(lines)


def _pdf(data: bytes, name: str) -> str:
    try:
        from pypdf import PdfReader

        reader = PdfReader(io.BytesIO(data))
        text = "\n".join((page.extract_text() or "") for page in reader.pages)
    except Exception:  # noqa: BLE001 - pypdf raises several types for broken files
        raise InputError(f"{name}: not a readable PDF") from None
    if not text.strip():
        raise InputError(f"{name}: the PDF has no extractable text (a scan?); paste the text instead")
    return text
