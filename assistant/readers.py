"""Read job descriptions from pasted text or files (.txt, .md, .html, .docx, .pdf)."""

from __future__ import annotations

import io
import re
from html import unescape
from html.parser import HTMLParser
from pathlib import Path

from .errors import InputError

SUPPORTED = (".txt", ".md", ".markdown", ".text", ".html", ".htm", ".docx", ".pdf")
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
        raise InputError(f"{name}: this is a binary file, not text; use .txt, .md, .html, .docx or .pdf")
    for enc in ("utf-8-sig", "utf-16") if data[:2] in (b"\xff\xfe", b"\xfe\xff") else ("utf-8-sig", "cp1252"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        return html_to_text(text) if suffix in (".html", ".htm") else text
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


# ---- web pages ---------------------------------------------------------------------------------------

_MARKUP = re.compile(
    r"<\s*(?:html|body|div|p|li|ul|ol|h[1-6]|br|span|table|tr|td|section|article|strong|b|em)\b[^>]*>", re.I
)
_BLOCK = {
    "p",
    "div",
    "br",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "table",
    "section",
    "article",
    "header",
    "footer",
    "dd",
    "dt",
    "blockquote",
    "hr",
    "title",
}
_SKIP = {"script", "style", "noscript", "svg", "template", "head", "iframe", "button", "form", "select"}


def looks_like_html(text: str) -> bool:
    """A saved or copied web page rather than its text: several block tags."""
    return len(_MARKUP.findall(text[:50_000])) >= 3


class _PageText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self.skipping += 1
        elif tag in _BLOCK:
            self.parts.append("\n- " if tag == "li" else "\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


def html_to_text(text: str) -> str:
    """The visible text of a web page, one block per line and list items as "- " bullets; scripts,
    styles, the page head and buttons dropped. Text without markup is returned as it is."""
    if not looks_like_html(text):
        return text
    parser = _PageText()
    parser.feed(text)
    parser.close()
    lines = (re.sub(r"[ \t\u00a0]+", " ", unescape(line)).strip() for line in "".join(parser.parts).split("\n"))
    out: list[str] = []
    for line in lines:
        if line in ("", "-") and (not out or out[-1] == ""):
            continue
        out.append("" if line == "-" else line)
    return "\n".join(out).strip()
