"""Word-level evidence the drafter adds to the embedder: shared rare words and measures named in a posting."""

from __future__ import annotations

import pytest

from assistant.terms import document_frequency, names_a_measure, overlap, stems


def test_stems_fold_the_forms_postings_and_kpis_use():
    assert stems("tickets picked accurately")[:2] == stems("ticket pick")
    assert stems("waste wasted") == [stems("waste")[0]] * 2
    assert "the" not in " ".join(stems("the rate of the picks"))


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Track productivity against targets (UPH, pick accuracy, dock-to-stock)", ["dock-to-stock time"]),
        ("Keep ticket times tight during service", ["ticket times"]),
        ("Deliver OTIF above 98% for our stores", ["on time in full", "OTIF"]),
        ("Report our IRA to the client monthly", ["inventory record accuracy (IRA)"]),
        ("Improve the first-time fix rate on domestic boilers", ["first-time fix rate"]),
    ],
)
def test_a_measure_named_by_its_trade_name_is_found(text, names):
    assert names_a_measure(text, names)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a generic word alone is no trade name
        ("Keep accuracy high on every order", ["accuracy rate"]),
        # a phrase does not run across punctuation or lists
        ("Lead a team of three auditors and plan, deliver and report", ["audit plan delivery"]),
        # an acronym inside a longer name does not stand for it
        ("Work closely with the HR team", ["HR case resolution time"]),
        ("Keep tickets moving", ["ticket times"]),
    ],
)
def test_nothing_else_counts_as_naming_a_measure(text, names):
    assert not names_a_measure(text, names)


def test_rare_shared_words_count_more_than_common_ones():
    df, n = document_frequency(["cost per order", "order accuracy", "order lead time", "dock to stock time"] * 5)
    sims = overlap(["measure dock to stock"], ["order cost", "dock to stock time"], df, n)
    assert sims[0, 1] > sims[0, 0]
    assert sims.min() >= 0.0 and sims.max() <= 1.0 + 1e-6
