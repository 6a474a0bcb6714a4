"""Metric lines written in another language, in rough English, for the validator.

The validator's cues and its labelled neighbours are English. A line such as "Anzahl der Hausbesuche pro
Woche" is first recognised as German by the glossary words it uses (knowledge/glossary/de.yaml) and then
rewritten phrase by phrase, longest phrase first: "number of home visits per week". The result is rough,
but it carries the words that decide: what is counted, per what, and whether it is a result. A line that
is mostly English is left alone, whatever foreign word it borrows ("Mermas under 1% of sales").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from .knowledge import Glossary

# (the vowel signs and viramas of Devanagari, the short vowels of Arabic and Thai's vowel and tone marks are marks,
# not word characters, to Python: without them "ग्राहक" falls apart into pieces)
_MARKS = (
    "\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u0900-\u0903\u093a-\u094f\u0951-\u0957\u0962\u0963"
    "\u0e31\u0e34-\u0e3a\u0e47-\u0e4e"
)
_LETTERS = rf"(?:[^\W\d_]|[{_MARKS}])+"
_WORD = re.compile(rf"{_LETTERS}(?:[-'’]{_LETTERS})*")
# Common English words of metric lines: a line with more of these than glossary words is English. ("per" is not one:
# Dutch, German, Italian and Indonesian lines use it as much as English ones do.)
_ENGLISH = frozenset(
    "the of and to in on for with by from at within each every a an is are than or as after before over under "
    "number rate share time days hours average customers customer percent percentage total sales cost errors "
    "orders calls visits staff time first resolved complaints target below above less more least most no not "
    "month week day year quarter monthly weekly daily quarterly score satisfaction accuracy compliance".split()
)


# Thai, Han characters, kana and hangul: a line holding them may be in a language written without spaces
_CJK = re.compile(r"[\u0e01-\u0e5b\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")


@dataclass(frozen=True)
class _Language:
    code: str
    signals: frozenset[str]  # single words of `terms`: their presence marks the language
    pattern: re.Pattern[str]
    mapping: dict[str, str]
    unspaced: bool = False  # terms are found inside runs of characters, not as whole words


def _languages(glossaries: list[Glossary]) -> tuple[_Language, ...]:
    out = []
    for g in glossaries:
        mapping = {**g.also_english, **g.terms}
        if g.unspaced:
            # (in the form lines are read in, see _render: NFKC writes Thai "ำ" as two marks)
            mapping = {unicodedata.normalize("NFKC", k): v for k, v in mapping.items()}
        phrases = sorted(mapping, key=len, reverse=True)
        alternatives = "|".join(re.escape(p) for p in phrases)
        if g.unspaced:
            # (one character such as 月, month, says too little to mark the language)
            signals = frozenset(unicodedata.normalize("NFKC", k) for k in g.terms if len(k) >= 2 and _CJK.search(k))
            pattern = re.compile(f"(?:{alternatives})", re.IGNORECASE)
        else:
            signals = frozenset(k for k in g.terms if " " not in k and k not in _ENGLISH)
            pattern = re.compile(rf"(?<![\w{_MARKS}-])(?:{alternatives})(?![\w{_MARKS}-])", re.IGNORECASE)
        out.append(_Language(g.code, signals, pattern, mapping, g.unspaced))
    return tuple(out)


class Translator:
    """Rough English for lines in a glossary's language; ``None`` for a line that is English already."""

    def __init__(self, glossaries: list[Glossary]) -> None:
        self._languages = _languages(glossaries)
        self._any = frozenset().union(*(lang.signals for lang in self._languages))

    def language(self, text: str) -> str | None:
        """The glossary language the line is written in, if any."""
        return lang.code if (lang := self._detect(text)) else None

    def _detect(self, text: str) -> _Language | None:
        if not self._languages:
            return None
        words = [w.lower() for w in _WORD.findall(text)]
        cjk = bool(_CJK.search(text))
        if not cjk and (not words or self._any.isdisjoint(words)):
            return None
        english = sum(w in _ENGLISH for w in words)
        # (in the form the unspaced glossaries are kept in, once for the line)
        plain = unicodedata.normalize("NFKC", text) if cjk else ""
        best, hits = None, 0
        for lang in self._languages:
            if lang.unspaced:
                n = sum(s in plain for s in lang.signals) if cjk else 0
            else:
                n = sum(w in lang.signals for w in words)
            if n > hits:
                best, hits = lang, n
        # two of the language's own words, and more of them than English ones (one will do in a line of one or
        # two words: "Überstunden", "Horas extra")
        if best is None or english * 1.5 >= hits or (hits < 2 and len(words) > 2):
            return None
        return best

    def english(self, text: str) -> str | None:
        lang = self._detect(text)
        return None if lang is None else self._render(text, lang)

    def english_fields(self, fields: dict[str, str], context: str) -> dict[str, str] | None:
        """The fields in rough English when ``context`` (the whole KPI) is in a glossary language, the language
        found once for all of them: a target such as "mindestens 95 %" is German because its KPI is."""
        lang = self._detect(context)
        if lang is None:
            return None
        return {name: self._render(text, lang) for name, text in fields.items() if text}

    def _render(self, text: str, lang: _Language) -> str:
        if lang.unspaced:
            # full-width brackets, digits and signs ("（評価比重２０％）") as plain ones, each term a word of its own
            text = unicodedata.normalize("NFKC", text)
            out = lang.pattern.sub(lambda m: f" {lang.mapping[m.group(0).lower()]} ", text)
            return " ".join(out.split())
        if lang.code in _COMPOUNDING:
            text = _WORD.sub(lambda m: _split_compound(m.group(0), lang.mapping), text)
        out = lang.pattern.sub(lambda m: lang.mapping[" ".join(m.group(0).lower().split())], text)
        return " ".join(out.split())


_COMPOUNDING = frozenset({"de", "nl", "sv", "da", "nb"})  # languages that write "customer visits" as one word


def _split_compound(word: str, mapping: dict[str, str]) -> str:
    """'Klantgesprekken' as 'klant gesprekken', 'Kundenbeschwerden' as 'kunden beschwerden': a long word the
    glossary lacks, made of two words it has (a German linking 's' allowed)."""
    low = word.lower()
    if len(low) < 8 or low in mapping:
        return word
    for i in range(len(low) - 3, 2, -1):  # the longest known tail first: 'gesprekken' before 'ken'
        head, tail = low[:i], low[i:]
        if tail in mapping and (head in mapping or (head.endswith("s") and head[:-1] in mapping)):
            return f"{head if head in mapping else head[:-1]} {tail}"
    return word
