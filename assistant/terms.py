"""Word-level evidence beside the embedder: the words a duty shares with a KPI, and the measures a posting names.

The static embedder finds "Keep ticket times tight during service" only a little closer to "Tickets sent from the
pass within the target time" than to "Menu items available for the whole service". Two plain signals sharpen
it: the rare words both texts use (weighted by how few of the knowledge base's KPIs use them), and a measure the
posting calls by its trade name ("pick accuracy", "dock-to-stock", "OTIF"), which is the strongest evidence a
posting gives of what the role answers for.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

import numpy as np

_WORD = re.compile(r"[A-Za-z][A-Za-z0-9&+]*")
# words a trade name carries that do not tell one measure from another
_STOP = frozenset(
    "a an the of to in on at for by per and or with from as vs versus our your its their into within".split()
)
_GENERIC_TAIL = frozenset("rate ratio score percentage percent share index level pct %".split())
_PHRASE_BREAK = re.compile(r"[,;:.()\[\]/|!?]+|\s(?:and|or)\s")
_DURATION_STEMS = frozenset(("tim", "day", "hour", "durat"))
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&]{2,6}s?$")


def stem(word: str) -> str:
    """A crude stem that folds the forms postings and KPIs use: tickets/ticket, picked/picking/pick,
    accurate/accuracy, waste/wasted."""
    w = word.lower()
    if len(w) > 4 and w.endswith("ies"):
        w = w[:-3] + "y"
    elif len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
        w = w[:-1]
    for suffix in ("ing", "ed"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[: -len(suffix)]
            break
    if len(w) > 3:
        w = w.rstrip("e")
    return w[:5]


def stems(text: str) -> list[str]:
    """The text's content words as stems, in order."""
    return [stem(w) for w in _WORD.findall(text) if w.lower() not in _STOP]


def document_frequency(texts: Iterable[str]) -> tuple[dict[str, int], int]:
    df: dict[str, int] = {}
    n = 0
    for t in texts:
        n += 1
        for s in set(stems(t)):
            df[s] = df.get(s, 0) + 1
    return df, n


def overlap(left: list[str], right: list[str], df: dict[str, int], n: int) -> np.ndarray:
    """Cosine of the two lists' word sets weighted by inverse document frequency: len(left) x len(right).
    Only words of three letters or more count; a word the knowledge base never uses counts as the rarest."""
    idf_max = float(np.log(n + 1))
    vocab: dict[str, int] = {}
    rows = [{s for s in stems(t) if len(s) >= 3} for t in [*left, *right]]
    for r in rows:
        for s in r:
            vocab.setdefault(s, len(vocab))
    m = np.zeros((len(rows), max(len(vocab), 1)), dtype=np.float32)
    for i, r in enumerate(rows):
        for s in r:
            m[i, vocab[s]] = float(np.log((n + 1) / (df[s] + 1))) if s in df else idf_max
    m /= np.maximum(np.linalg.norm(m, axis=1, keepdims=True), 1e-9)
    return m[: len(left)] @ m[len(left) :].T


_GENERIC_STEMS = frozenset(stem(w) for w in _GENERIC_TAIL)


@lru_cache(maxsize=8192)
def _name_patterns(name: str) -> tuple[str, ...]:
    """A trade name as the stem sequences a posting must contain; none when it is too generic to trust.
    "first-time fix rate" needs "first time fix"; "dock-to-stock time" needs "dock to stock"; "pick
    accuracy" needs both words; "scrap rate" needs both words; "accuracy rate" is generic and never matches."""
    whole = stems(name.replace("-", " "))
    seq = list(whole)
    while seq and seq[-1] in _GENERIC_STEMS:
        seq.pop()
    out = [seq] if len(seq) >= 2 else []
    # one telling word and a generic one ("scrap rate", "churn rate"): the whole name, as the trade says it
    if len(seq) == 1 and len(whole) == 2:
        out.append(whole)
    if len(seq) >= 3 and seq[-1] in _DURATION_STEMS:
        out.append(seq[:-1])
    return tuple(" ".join(s) for s in out)


@lru_cache(maxsize=8192)
def _acronyms(name: str) -> frozenset[str]:
    """The acronym a trade name is, or gives in brackets: 'OTIF', 'NPS score', 'inventory record accuracy (IRA)'.
    An acronym inside a longer name ('HR case resolution time') is not the measure's name."""
    out = set(re.findall(r"\(([A-Z][A-Z0-9&]{2,6})s?\)", name))
    head, *tail = name.split()
    if _ACRONYM.match(head) and all(stem(w) in _GENERIC_STEMS for w in tail):
        out.add(head[:-1] if head.endswith("s") and head[:-1].isupper() else head)
    return frozenset(out)


@lru_cache(maxsize=2048)
def _phrases(text: str) -> tuple[str, frozenset[str]]:
    """The text's stems with its phrase breaks kept (" pick accur | dock stock "), and its words as written."""
    joined = " | ".join(" ".join(stems(part)) for part in _PHRASE_BREAK.split(text.replace("-", " ")))
    return f" {joined} ", frozenset(re.findall(r"[A-Za-z0-9&]+", text))


def names_a_measure(text: str, names: Iterable[str]) -> bool:
    """Whether the text calls a measure by one of its trade names (as a whole phrase, or by its acronym).
    A phrase does not run across punctuation: "auditors and plan, deliver" is not "audit plan delivery"."""
    joined, words = _phrases(text)
    for name in names:
        if any(a in words or f"{a}s" in words for a in _acronyms(name)):
            return True
        bare = re.sub(r"\([^)]*\)", " ", name)
        if any(f" {p} " in joined for p in _name_patterns(bare)):
            return True
    return False


# American spellings a posting may use, as the knowledge base (written in British English) spells them: the static
# embedder reads "enrollment" and "enrolment" as different words (cosine 0.47). Word stems, each with its endings;
# "-ize" words ("organize", "prioritization") are turned by a rule of their own.
_US_TO_UK = {
    "enroll": "enrol",
    "enrollment": "enrolment",
    "labor": "labour",
    "behavior": "behaviour",
    "color": "colour",
    "neighbor": "neighbour",
    "favorite": "favourite",
    "center": "centre",
    "theater": "theatre",
    "fiber": "fibre",
    "catalog": "catalogue",
    "defense": "defence",
    "offense": "offence",
    "fulfill": "fulfil",
    "fulfillment": "fulfilment",
    "inquiry": "enquiry",
    "inquiries": "enquiries",
    "pediatric": "paediatric",
    "orthopedic": "orthopaedic",
    "anesthesia": "anaesthesia",
    "anesthetic": "anaesthetic",
    "hemorrhage": "haemorrhage",
    "aluminum": "aluminium",
    "jewelry": "jewellery",
    "gray": "grey",
    "mold": "mould",
    "counselor": "counsellor",
    "counseling": "counselling",
    "modeling": "modelling",
    "labeling": "labelling",
    "traveling": "travelling",
    "canceled": "cancelled",
    "canceling": "cancelling",
    "fueling": "fuelling",
}
_US_WORD = re.compile(
    r"\b(" + "|".join(sorted(map(re.escape, _US_TO_UK), key=len, reverse=True)) + r")(s|es|ed|ing|ers?)?\b", re.I
)
# "organize", "analyzing", "prioritization": -ize after a stem of four letters or more (not "size", "prize", "seize")
_IZE = re.compile(r"\b([a-z]{4,}?)(y|i)z(e|es|ed|ing|ation|ations|er|ers)\b", re.I)
# a licence is a noun in British English; "licensed" and "licensing" are spelled alike in both
_LICENSE = re.compile(r"\b([Ll])icense(s?)\b")


def british(text: str) -> str:
    """The text with its American spellings in British form ("enrollment" -> "enrolment"), case kept."""

    def swap(m: re.Match[str]) -> str:
        word, ending = m.group(1), m.group(2) or ""
        uk = _US_TO_UK[word.lower()]
        if word.isupper():
            uk = uk.upper()
        elif word[0].isupper():
            uk = uk[0].upper() + uk[1:]
        # "enrol" doubles its l before a vowel ending: "enrolled", "enrolling"
        if uk.endswith("l") and not uk.endswith("ll") and ending[:1].lower() in ("e", "i"):
            uk += "l"
        return uk + ending

    text = _US_WORD.sub(swap, text)
    text = _IZE.sub(lambda m: f"{m.group(1)}{m.group(2)}{'S' if m.group(0).isupper() else 's'}{m.group(3)}", text)
    return _LICENSE.sub(lambda m: f"{m.group(1)}icence{m.group(2)}", text)
