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


def test_american_spellings_are_read_as_the_knowledge_base_spells_them():
    from assistant.terms import british

    assert british("Set Enrollment goals and grow enrollments") == "Set Enrolment goals and grow enrolments"
    assert british("Keep labor cost down; analyzing and prioritizing inquiries") == (
        "Keep labour cost down; analysing and prioritising enquiries"
    )
    assert british("utilization of the center; canceled orders") == "utilisation of the centre; cancelled orders"
    # words that only look American stay as they are
    assert british("a licensed electrician with a valid license") == "a licensed electrician with a valid licence"
    assert british("box size, prize draw, citizen advice, enrolled") == "box size, prize draw, citizen advice, enrolled"


def test_an_american_posting_finds_the_measure_its_british_twin_would(index):
    from assistant.drafter import compose
    from assistant.pipeline import get_validator
    from assistant.roles import build_profile
    from assistant.terms import british

    us = (
        "Director of Admissions\n- Own the full enrollment cycle, from the first inquiry through open houses to the "
        "signed enrollment contract\n- Set annual enrollment goals with the Head of School\n"
        "- Manage the admissions budget\n- Work with the communications office on marketing\n"
    )
    drafted = [
        [k.name for k in compose(index, get_validator(), build_profile(index, text))] for text in (us, british(us))
    ]
    assert drafted[0] == drafted[1]
