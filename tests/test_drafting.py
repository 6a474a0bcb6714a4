"""The offline drafter through the pipeline, on the example postings."""

from __future__ import annotations

import re

import pytest
from conftest import EXAMPLES

from assistant.drafter import _stems, narrow_examples, stated_target
from assistant.errors import InputError
from assistant.pipeline import draft, validate_set

EXAMPLE_FILES = sorted(p for p in EXAMPLES.iterdir() if p.suffix in (".txt", ".md"))
REQUIRED = (
    "name",
    "kra",
    "definition",
    "measure",
    "unit",
    "data_source",
    "baseline",
    "target",
    "cadence",
    "rationale",
    "side_effect",
)


def test_there_are_at_least_eight_examples():
    assert len(EXAMPLE_FILES) >= 8


@pytest.mark.parametrize("path", EXAMPLE_FILES, ids=lambda p: p.name)
def test_each_example_gets_3_to_5_complete_distinct_outcome_kpis(settings, index, path):
    result = draft(path.read_text(), settings)
    assert 3 <= len(result.kpis) <= 5
    for kpi in result.kpis:
        for field in REQUIRED:
            assert getattr(kpi, field).strip(), f"{kpi.name}: empty {field}"
        assert kpi.cadence in ("monthly", "quarterly")
        assert kpi.sources and all(index.kb.example_kpi(s) for s in kpi.sources)
    assert len({k.kra for k in result.kpis}) == len(result.kpis), "each KPI on a different key result area"
    report = validate_set(result.kpis, result.role, settings=settings)
    assert all(r.verdict != "reject" for r in report.kpis), [f.message for f in report.findings]
    assert result.verdict != "reject"


@pytest.mark.parametrize("path", EXAMPLE_FILES, ids=lambda p: p.name)
def test_no_invented_baseline_or_target_numbers(settings, path):
    text = path.read_text()
    result = draft(text, settings)
    for kpi in result.kpis:
        assert not re.search(r"\d", kpi.baseline)
        for number in re.findall(r"\d+(?:[.,]\d+)?\s?%", kpi.target):
            assert number.replace(" ", "") in text.replace(" ", ""), f"{kpi.target!r} invents {number}"


@pytest.mark.parametrize("path", EXAMPLE_FILES, ids=lambda p: p.name)
def test_targets_name_only_parties_the_posting_has(settings, path):
    # "the tolerance set by the operations director" assumes someone a small employer may not have: a party the
    # posting never mentions becomes the line manager
    text = path.read_text()
    result = draft(text, settings)
    if result.role.seniority in ("director", "executive"):
        return
    known = f"{result.role.title} {' '.join(result.role.responsibilities)}".lower()
    for kpi in result.kpis:
        for m in re.finditer(
            r"\b(?:agreed with|set by) (?:the |your )?([a-z' -]+?)(?=,| and | or | for | in |;|\.|$)", kpi.target
        ):
            party = m.group(1)
            words = [w for w in re.findall(r"[a-z]{3,}", party) if w not in ("team", "lead", "head", "office")]
            # (parties every employer has stay: the employee, the customers)
            everyone = party in ("line manager", "employee", "customer", "customers", "client", "clients")
            assert everyone or any(w in known for w in words) or not words, kpi.target


def test_a_stated_bound_goes_only_to_a_kpi_of_its_kind():
    clause = "we currently sit at 91% satisfaction with replies in about 7 hours - we want 93% and under 4 hours"
    # a share KPI is not given a time: it gets the whole clause, quoted, current figures and all
    assert stated_target(clause, "%") == f'As stated in the posting: "{clause}"'
    assert stated_target(clause, "hours") == "Under 4 hours, as the posting states"
    assert stated_target("close the books within five working days", "working days") == (
        "Within five working days, as the posting states"
    )


@pytest.mark.parametrize(
    ("posting", "foreign"),
    [
        # a diner in Ohio is not rated by a British local authority, nor reports under RIDDOR
        (
            "Line Cook\nRidgeway Diner, Columbus, OH 43215\n- Cook dishes to the recipe\n"
            "- Keep the kitchen clean and safe\n- Follow food safety and hygiene rules\n",
            r"(?i)local authority|hygiene rating|riddor|\bnhs\b",
        ),
        # an Irish dental practice does not answer to HIPAA or take co-pays
        (
            "Dental Practice Manager\nBallincollig, Co. Cork\n- Run reception and patient bookings\n"
            "- Keep staff training and certification up to date\n- Handle patient payments and complaints\n",
            r"(?i)hipaa|co-?pays?|medicare",
        ),
        # an Australian roofer paid "plus super" with a White Card is not inspected by the NHBC nor reports under RIDDOR
        (
            "ROOFER WANTED - Sunshine Coast\nMetal re-roofs and new builds. White Card and heights ticket needed.\n"
            "$42-$48/hr + super. Strip old roofs, fit new sheeting, flashings and gutters to a high standard.\n",
            r"(?i)nhbc|riddor|\bcscs\b",
        ),
    ],
)
def test_no_kpi_carries_another_countrys_law(settings, posting, foreign):
    for kpi in draft(posting, settings).kpis:
        text = " ".join((kpi.name, kpi.definition, kpi.measure, kpi.data_source, kpi.target))
        assert not re.search(foreign, text), kpi.name


def test_same_input_same_output(settings):
    text = (EXAMPLES / "pharmacy-technician.txt").read_text()
    a, b = draft(text, settings), draft(text, settings)
    assert [k.model_dump() for k in a.kpis] == [k.model_dump() for k in b.kpis]


def test_max_kpis_and_cadence_are_respected(settings):
    text = (EXAMPLES / "ward-nurse.md").read_text()
    result = draft(text, settings, max_kpis=3, cadence="quarterly")
    assert len(result.kpis) == 3
    assert {k.cadence for k in result.kpis} == {"quarterly"}


def test_a_target_stated_in_the_posting_is_used_and_quoted(settings):
    text = (
        "Customer Service Advisor\n"
        "- Resolve customer enquiries by phone and chat, aiming to resolve 80% of enquiries at first contact\n"
        "- Handle complaints and keep customers informed\n"
        "- Keep our help articles up to date\n"
        "- Keep customer satisfaction high in the post-contact survey\n"
    )
    result = draft(text, settings)
    stated = [k for k in result.kpis if "80%" in k.target]
    assert stated and "posting" in stated[0].target.lower()


def test_a_measure_the_posting_names_is_drafted(settings):
    # the posting calls the measure by the kitchen's own name for it: ticket times
    text = (
        "Line Cook\n"
        "- Prep your station with complete mise en place before service\n"
        "- Cook dishes to the recipe and plating standard\n"
        "- Keep ticket times tight during service\n"
        "- Follow food safety and allergen rules\n"
    )
    result = draft(text, settings)
    assert "chef/ticket-time-within-standard" in {s for k in result.kpis for s in k.sources}


def test_a_figure_written_in_words_becomes_the_target(settings):
    text = (
        "Financial Controller\n"
        "- Own the month-end close and deliver management accounts within five working days\n"
        "- Keep the balance sheet reconciled\n"
        "- Manage the annual audit and statutory filings\n"
    )
    result = draft(text, settings)
    stated = [k for k in result.kpis if "five working days" in k.target]
    assert len(stated) == 1
    assert stated[0].target.startswith("Within five working days") and "posting" in stated[0].target
    assert "close" in f"{stated[0].name} {stated[0].definition}".lower()


def test_the_rationale_ties_kpis_to_the_posting(settings):
    result = draft((EXAMPLES / "benefits-caseworker.md").read_text(), settings)
    assert any("The posting asks" in k.rationale for k in result.kpis)


def test_definitions_carry_no_tacked_on_role_filler(settings):
    # a definition says what the KPI measures, not a tacked-on "here, for the <title>"; the role is tied in
    # through a duty the posting states, and exports name the role in a column of their own
    posting = (
        "Territory Sales Executive\nYou'll look after independent hardware shops in the region and grow their orders."
    )
    result = draft(posting, settings)
    assert result.kpis
    for k in result.kpis:
        assert "here, for the" not in k.definition and not k.definition.rstrip(".").endswith(
            "Territory Sales Executive"
        )


def test_timings_and_backend_are_reported(settings):
    result = draft((EXAMPLES / "line-cook.txt").read_text(), settings)
    assert result.backend == "offline"
    assert {"parse_ms", "draft_ms", "validate_ms", "total_ms"} <= set(result.timings_ms)


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("", "empty"),
        ("x" * 60_000, "over the 50,000"),
        ("The weather today is sunny with a light breeze and showers later in the west.", "does not look like a job"),
        (
            "Meeting notes: we discussed the budget, agreed to review the plan and will meet again on Friday.",
            "does not look like a job",
        ),
    ],
)
def test_bad_input_is_refused_with_a_clear_message(settings, text, fragment):
    with pytest.raises(InputError, match=fragment):
        draft(text, settings, source="pasted text")


def test_redrafting_from_edited_key_result_areas_follows_them(settings):
    text = (EXAMPLES / "pharmacy-technician.txt").read_text()
    first = draft(text, settings)
    profile = first.role.model_copy(
        update={"key_result_areas": ["Medicine stock availability", "Patient experience", "Dispensing accuracy"]}
    )
    again = draft(text, settings, profile=profile)
    assert {k.kra for k in again.kpis} == {"Medicine stock availability", "Patient experience", "Dispensing accuracy"}


def test_a_role_outside_the_knowledge_base_is_drafted_with_an_honest_note(settings):
    text = (
        "Air Traffic Controller\n"
        "- Provide safe and efficient air traffic services in the approach sector\n"
        "- Maintain separation between aircraft and coordinate with adjacent units\n"
    )
    result = draft(text, settings)
    assert 3 <= len(result.kpis) <= 5
    assert any(
        "No role family in the knowledge base is a close match for 'Air Traffic Controller'" in n for n in result.notes
    )


def test_a_known_role_gets_no_such_note(settings):
    result = draft((EXAMPLES / "ward-nurse.md").read_text(), settings)
    assert not any("close match" in n for n in result.notes)


def test_a_one_line_posting_without_job_vocabulary_is_still_understood(settings):
    result = draft(
        "Head Sommelier for a fine dining restaurant. Build and manage the wine list, train the floor team, "
        "and drive beverage sales while controlling cellar stock.",
        settings,
    )
    assert result.role.title == "Head Sommelier"
    assert 3 <= len(result.kpis) <= 5


def test_duties_are_split_into_clauses_that_each_start_with_a_verb(settings, index):
    from assistant.drafter import duties_of
    from assistant.pipeline import understand

    profile = understand(
        "Area Sales Rep for a flooring brand. They'll look after about 90 retail accounts, win new "
        "stockists across the region and grow what existing shops order from us. Negotiate prices, "
        "displays and promotions with store owners. Reporting to the national sales manager.",
        settings,
    )
    duties = duties_of(profile)
    assert "win new stockists across the region" in duties
    assert "grow what existing shops order from us" in duties
    # a list of objects stays one duty; the subject and reporting lines are not duties
    assert any(d.startswith("Negotiate prices, displays and promotions") for d in duties)
    assert not any(d.lower().startswith(("they", "reporting")) for d in duties)


def test_quoted_duties_speak_about_the_role_not_to_the_reader(settings):
    kpis = [k for path in EXAMPLE_FILES for k in draft(path.read_text(), settings).kpis]
    assert sum("; for the " in k.definition for k in kpis) >= 5  # the examples' duties ("You'll ...") are quoted
    for k in kpis:
        assert not re.search(r"\byour?\b", f"{k.definition} {k.rationale}", re.I), k.definition


def test_a_one_sentence_posting_without_a_title_is_drafted_under_its_family(settings):
    text = "We need someone to look after the tills, keep shelves stocked and help customers in our village shop."
    result = draft(text, settings)
    assert 3 <= len(result.kpis) <= 5
    assert result.role.family == "retail-sales-associate"
    assert result.role.title.lower() != "someone"


def test_the_knowledge_base_role_noun_becomes_the_postings_title(settings):
    # the sales family's examples speak of "the representative"; an Account Executive's draft should not
    result = draft((EXAMPLES / "account-executive.txt").read_text(), settings)
    texts = [f"{k.name} {k.definition} {k.rationale} {k.side_effect}" for k in result.kpis]
    assert not any(re.search(r"\bthe representative\b", t, re.I) for t in texts)
    assert any("the Account Executive" in t for t in texts)


def test_only_duties_that_start_with_a_verb_are_quoted_back(settings):
    text = (
        "Careers / Operations / Maintenance\nMaintenance Technician - Night Shift\n"
        "Builds take forever here. Fix breakdowns fast, do the planned maintenance properly and keep "
        "spares stocked so the lines keep running."
    )
    result = draft(text, settings)
    quotes = [re.split(r"; (?:for the [^:]+|in the posting): ", k.definition) for k in result.kpis]
    quoted = [q[1] for q in quotes if len(q) == 2]
    assert quoted, [k.definition for k in result.kpis]
    assert all(q.split()[0].lower() in {"fix", "do", "keep"} for q in quoted), quoted
    assert not any("Careers" in f"{k.definition} {k.rationale}" for k in result.kpis)


def test_you_as_an_object_becomes_them_in_a_quoted_duty(settings):
    text = (
        "VP of Engineering\nYou'll lead four engineering teams, build a leadership bench under you "
        "and keep delivery predictable for the business."
    )
    result = draft(text, settings)
    texts = " ".join(f"{k.definition} {k.rationale}" for k in result.kpis)
    assert "under they" not in texts
    assert not re.search(r"\byou\b", texts, re.I)


@pytest.mark.parametrize(
    ("title", "duty"),
    [
        ("Cobbler", "Repair shoes and bags for customers."),
        ("Piano Tuner", "Tune and regulate pianos in customers' homes."),
        ("Watch Repairer", "Repair and service watches for customers."),
    ],
)
def test_a_title_line_above_a_single_duty_is_drafted_not_refused(settings, title, duty):
    result = draft(f"{title}\n{duty}", settings)
    assert 3 <= len(result.kpis) <= 5
    assert result.role.title == title
    # the knowledge base has no family for these trades: the draft says so instead of pretending
    assert any(f"close match for '{title}'" in n for n in result.notes)


def test_rationales_quote_duties_as_whole_verbs_and_skip_requirements(settings):
    text = (
        "Delivery Driver\nMust have: a clean licence and two years of van driving\n"
        "Driving our vans safely across the city, delivering parcels on time and planning routes so "
        "customers get their orders when promised. We're a friendly team, we get busy at Christmas."
    )
    result = draft(text, settings)
    assert not any("Must have" in r for r in result.role.responsibilities)
    why = " ".join(k.rationale for k in result.kpis)
    assert re.search(r"\bto (?:drive|deliver|plan)\b", why), why
    assert not re.search(r"\b(?:driv|plann|deliv)\b", why), why
    assert "to get busy" not in why


def test_duties_introduced_with_you_will_need_to_are_kept(settings, index):
    from assistant.drafter import duties_of
    from assistant.pipeline import understand

    text = (
        "Nail Technician\nYou'll need to keep your column busy, build up regular clients who book again, "
        "do patch tests and keep everything spotless."
    )
    duties = duties_of(understand(text, settings, "t"))
    assert "keep your column busy" in duties
    assert "do patch tests" in duties


def test_duties_in_the_ing_form_are_kept_and_the_employers_side_and_the_perks_are_not(settings, index):
    from assistant.drafter import duties_of
    from assistant.pipeline import understand

    text = (
        "Recruitment Consultant - Industrial Desk\n"
        "We're a busy independent agency placing temps and perms into warehouses and factories.\n"
        "You'll be running a mix of temp and perm roles, finding and registering candidates, booking shifts, "
        "keeping clients happy and chasing new business with local employers. You'll be expected to build your "
        "temp desk up to around 60 workers out each week within your first year, and we'll give you the accounts "
        "and support to get there. You'll also get 25 days holiday plus bank holidays and a pension."
    )
    duties = duties_of(understand(text, settings, "t"))
    assert any(d.startswith("running a mix of temp and perm roles") for d in duties), duties
    assert "keeping clients happy and chasing new business with local employers" in duties, duties
    assert any(d.endswith("within your first year") for d in duties), duties
    assert not any("support to get there" in d or "holiday" in d for d in duties), duties


def test_the_shift_pattern_is_not_a_duty(settings, index):
    from assistant.drafter import duties_of
    from assistant.pipeline import understand

    text = (
        "Emergency Communications Dispatcher\nEssential functions:\n- Answers 911 and non-emergency calls\n"
        "- Dispatches law enforcement, fire and EMS units\n- Works rotating 12-hour shifts including nights and holidays"
    )
    duties = duties_of(understand(text, settings, "t"))
    assert any("Dispatches law enforcement" in d for d in duties), duties
    assert not any("12-hour" in d for d in duties), duties


def test_a_short_list_of_nouns_is_not_split_off_as_a_duty(settings, index):
    from assistant.drafter import duties_of
    from assistant.pipeline import understand

    text = "Dental Nurse\n- Prepare and maintain the surgery, stock and materials\n- Keep accurate patient records"
    duties = duties_of(understand(text, settings, "t"))
    assert "stock and materials" not in duties
    assert any(d.endswith("stock and materials") for d in duties), duties


def test_a_duty_that_lists_its_objects_after_a_colon_or_ends_in_two_words_stays_whole(settings, index):
    from assistant.drafter import duties_of
    from assistant.pipeline import understand

    text = (
        "Inventory Controller\nThe role:\n"
        "- Run cycle counts across the pick faces and reserve locations and investigate variances\n"
        "- Keep the WMS accurate: locations, pack sizes and barcodes\n"
        "- Stock: accurate deliveries and replenishment, keeping shrinkage below target\n"
    )
    duties = duties_of(understand(text, settings, "t"))
    # "investigate variances" is part of the counting duty, not lost as too short to stand alone
    assert "Run cycle counts across the pick faces and reserve locations and investigate variances" in duties
    # "pack sizes" is an object in the list after the colon, not a packing duty
    assert "Keep the WMS accurate: locations, pack sizes and barcodes" in duties
    # a label before the colon ("Stock:") still lets the duties after it stand on their own
    assert "keeping shrinkage below target" in duties, duties


def test_a_list_in_brackets_is_not_split_into_duties(settings, index):
    from assistant.drafter import duties_of
    from assistant.pipeline import understand

    text = (
        "Shift Supervisor\nResponsibilities:\n"
        "- Track productivity and accuracy against targets (UPH, pick accuracy and dock-to-stock), coach the team"
    )
    duties = duties_of(understand(text, settings, "t"))
    assert "Track productivity and accuracy against targets (UPH, pick accuracy and dock-to-stock)" in duties, duties


_CONTACT_CENTRE = """Customer Service Advisor – Energy Supplier (Inbound)
We're looking for people who love helping customers! You'll be the voice of our brand.
In this role you'll:
* Handle inbound calls, webchats and emails about bills, meter readings and payments
* Resolve queries at first contact wherever possible
* Set up affordable payment plans for customers in debt
* Spot and support vulnerable customers, adding them to our Priority Services Register
* Log every interaction accurately in our CRM
Full training provided. Mon-Fri 8-8 rota, hybrid after training.
"""


@pytest.mark.parametrize("text", [_CONTACT_CENTRE, *(p.read_text() for p in EXAMPLE_FILES)])
def test_a_quoted_duty_shares_real_words_with_its_kpi(settings, text):
    # the employee reads "The posting asks the ... to <duty>" as the reason for the KPI: a duty that
    # shares only everyday words ("customers", "support") with the KPI would give the wrong reason
    result = draft(text, settings)
    everyday = {"customer", "client", "patient", "resident", "people", "staff", "team", "service", "support", "help"}
    for k in result.kpis:
        m = re.search(r"The posting asks the .+? to (.+?)\. ", k.rationale)
        if not m:
            continue
        duty = {w[:4] for w in re.findall(r"[a-z]{3,}", m.group(1).lower()) if w.rstrip("s") not in everyday}
        own_words = re.split(r"; (?:for the |in the posting)", k.definition)[0]  # without the quoted duty itself
        kpi = {w[:4] for w in re.findall(r"[a-z]{3,}", f"{k.name} {own_words}".lower())}
        assert duty & kpi, (k.name, m.group(1))


def test_a_hybrid_role_does_not_get_the_same_measure_from_two_families(settings):
    # a store manager posting that also reads as general management: "labour cost as a share of sales"
    # (store) and "labour cost as a share of revenue" (general manager) are one KPI, drafted once
    from assistant.evaluation.datasets import roles

    case = next(c for c in roles() if c.id == "r017")
    result = draft(case.text, settings)
    assert not any(f.rule == "duplicate" for f in result.findings), [k.name for k in result.kpis]
    assert result.verdict != "reject"


def test_a_figure_that_says_how_things_stand_is_not_taken_as_the_target(settings):
    posting = (
        "E-commerce Manager\nWhat you'll do\n- Own online trading: online is now 40% of our turnover\n"
        "- Grow online revenue and improve conversion on the website\n- Cut online returns\n"
        "- Keep product content complete and accurate\n"
    )
    result = draft(posting, settings)
    assert result.kpis
    assert not any("40%" in k.target for k in result.kpis), [k.target for k in result.kpis]


def _kpis_on_areas(result, flag: str) -> list[str]:
    """The drafted KPIs whose knowledge-base area carries ``flag`` ("lead" or "develops")."""
    from assistant.knowledge import load_knowledge

    kb = load_knowledge()
    out = []
    for k in result.kpis:
        fam_id, kpi_id = k.sources[0].split("/", 1)
        fam = kb.family(fam_id)
        if getattr(fam.kra(next(e for e in fam.kpis if e.id == kpi_id).kra), flag):
            out.append(k.name)
    return out


def _lead_area_kpis(result) -> list[str]:
    return _kpis_on_areas(result, "lead")


def _development_kpis(result) -> list[str]:
    return _kpis_on_areas(result, "develops")


def test_a_line_cook_is_not_measured_on_the_kitchens_labour_cost_or_staff_retention(settings):
    # the knowledge base marks areas only someone running the team or budget answers for
    result = draft((EXAMPLES / "line-cook.txt").read_text(), settings)
    assert result.role.family == "chef"
    assert not _lead_area_kpis(result), [k.name for k in result.kpis]


def test_an_operator_on_a_standby_rota_is_not_measured_on_running_the_team(settings):
    posting = (
        "Water Treatment Operator\nWhat you'll do\n- Run the treatment process so water leaves the works within limits\n"
        "- Carry out planned maintenance on dosing and filter plant\n- Take your turn on the standby rota\n"
        "- Keep chemical use and energy under control\n"
    )
    result = draft(posting, settings)
    assert result.role.family == "water-utility-operations"
    assert not _lead_area_kpis(result), [k.name for k in result.kpis]


def test_a_head_chef_who_runs_the_rota_and_budget_can_be(settings):
    posting = (
        "Head Chef\nWhat you'll do\n- Lead and develop a brigade of 12 chefs and keep good people\n"
        "- Manage the kitchen rota and labour budget against forecast covers\n"
        "- Keep food safety and hygiene standards high\n- Cost the menu and control food waste\n"
    )
    result = draft(posting, settings)
    assert result.role.family == "chef"
    assert _lead_area_kpis(result), [k.name for k in result.kpis]


def test_supporting_trainees_does_not_push_the_trades_core_result_out_of_the_set(settings):
    # "Support new dispensers through their training" is the posting's last duty; dispensing errors, the result the
    # first duties (label, assemble and accuracy-check prescriptions) answer for, stays in the set
    result = draft((EXAMPLES / "pharmacy-technician.txt").read_text(), settings)
    names = [k.name.lower() for k in result.kpis]
    assert any("dispensing error" in n for n in names), names
    assert not _development_kpis(result), names


def test_a_receptionist_who_collects_payments_answers_for_payments_but_not_for_the_clinics_accreditation(settings):
    posting = (
        "Dental Receptionist - Front Desk\nBusy family dental office looking for a friendly front desk person. "
        "Answer phones, schedule patients, check in/out, verify insurance and collect payments."
    )
    result = draft(posting, settings)
    names = [k.name for k in result.kpis]
    # the duty spells out the measure, though only the practice manager answers for the practice's finances
    assert any("payments collected" in n.lower() for n in names), names
    assert not any(re.search(r"accreditation|credential", n, re.I) for n in names), names


_ENGINEER = (
    "Senior Software Engineer, payments\nWhat you'll do\n- Build and run the services that move customer payments\n"
    "- Keep the payment APIs fast and available\n- Ship changes to production safely, several times a week\n"
)


def test_a_senior_who_is_asked_to_mentor_gets_a_kpi_on_the_people_they_develop(settings):
    asked = draft(_ENGINEER + "- Mentor two junior engineers until they can own a service on their own\n", settings)
    assert asked.role.family == "software-engineer"
    assert _development_kpis(asked), [k.name for k in asked.kpis]
    # the same posting without the mentoring duty: nobody to develop, no such KPI
    assert not _development_kpis(draft(_ENGINEER, settings))


def test_supervising_people_on_licence_is_not_developing_trainees(settings):
    posting = (
        "Probation Officer\nWhat you'll do\n- Supervise adults on community orders and licences in the community\n"
        "- Assess the risk each person poses and write plans to manage it\n"
        "- Prepare reports for courts and the parole board\n- Help people into housing, work and treatment\n"
    )
    result = draft(posting, settings)
    assert result.role.family == "probation-officer"
    assert not _development_kpis(result), [k.name for k in result.kpis]


def test_a_grade_in_the_title_stays_out_of_the_kpis(settings):
    posting = (
        "Customer Service Representative II\nWhat you'll do\n- Resolve customer enquiries by phone and chat\n"
        "- Keep customers informed about their orders\n- Log issues accurately in the CRM\n"
    )
    result = draft(posting, settings)
    assert result.kpis
    for k in result.kpis:
        assert "Representative II" not in f"{k.name} {k.definition} {k.rationale}", k.definition
    assert any("Customer Service Representative" in k.definition for k in result.kpis)


@pytest.mark.parametrize(
    ("duty", "clause"),
    [
        ("Prescribing in line with practice policy", "prescribe in line with practice policy"),
        ("Scheduling visits across the patch", "schedule visits across the patch"),
        ("Reconciling supplier statements", "reconcile supplier statements"),
        ("Writing care plans", "write care plans"),
        ("Planning the weekly rota", "plan the weekly rota"),
        ("Modelling cash flow", "model cash flow"),
        ("Visiting clients at home", "visit clients at home"),
        ("Installing meters", "install meters"),
        ("Balancing the tills", "balance the tills"),
    ],
)
def test_a_duty_written_with_ing_is_quoted_with_its_whole_verb(duty, clause):
    from assistant.drafter import _as_clause

    assert _as_clause(duty) == clause


@pytest.mark.parametrize(
    ("posting", "family", "words"),
    [
        (
            "Credit Controller\nResponsibilities:\n- Chase overdue invoices by phone and email and agree payment plans\n"
            "- Sort out disputed invoices with the sales team\n- Review credit limits for new trade customers",
            "credit-controller",
            ("debt", "dispute", "credit", "arrears", "overdue", "bad debt", "collection"),
        ),
        (
            "Stock Controller\nThe role:\n- Run perpetual counts and investigate every variance\n"
            "- Post and reconcile stock adjustments with finance\n- Keep item and location data right in the WMS",
            "inventory-controller",
            ("stock", "inventory", "variance", "adjustment", "shrinkage", "location", "count"),
        ),
        (
            "Fraud Analyst\nWhat you'll do:\n- Work the queue of card payments our rules flag as suspicious\n"
            "- Investigate confirmed fraud and get customers' money back\n- Improve our detection rules",
            "fraud-analyst",
            ("fraud", "detection", "recover", "chargeback", "alert", "genuine"),
        ),
    ],
    ids=["credit-control", "stock-control", "fraud"],
)
def test_a_specialist_is_drafted_on_their_own_work_not_the_whole_department(settings, posting, family, words):
    # a credit controller answers for the ledger's debt, not the month-end close or supplier payments
    result = draft(posting, settings)
    assert result.role.family == family
    for kpi in result.kpis:
        assert all(s.startswith(f"{family}/") for s in kpi.sources), (kpi.name, kpi.sources)
        text = f"{kpi.name} {kpi.definition}".lower()
        assert any(w in text for w in words), kpi.name


def test_coaching_players_is_the_job_not_running_a_team_of_coaches(settings, index):
    # "coach" in a duty is a sports coach's own work; only running the staff or the budget opens those areas
    result = draft(
        "Football Coach (U16)\nResponsibilities:\n- Coach the squad twice a week and on match days\n"
        "- Plan sessions that develop each player's technique\n- Work with the physio to keep players fit",
        settings,
    )
    fam = index.kb.family(result.role.family)
    lead_areas = {a.name for a in fam.key_result_areas if a.lead}
    assert lead_areas, "the family should have an area only someone running the team answers for"
    assert not {k.kra for k in result.kpis} & lead_areas, [k.kra for k in result.kpis]


def test_a_trade_supervisor_gets_the_trades_measures_and_only_people_areas_from_team_leading(settings, index):
    # a warehouse shift supervisor read as half warehouse associate, half team lead is measured on the warehouse's
    # work; team leading lends its people areas only, not "availability of the systems the team runs"
    from assistant.drafter import _PEOPLE_AREA, compose
    from assistant.pipeline import get_validator, understand

    profile = understand(
        "Warehouse Shift Supervisor - Nights\nResponsibilities:\n- Run the shift huddle and assign associates to "
        "zones\n- Track pick accuracy against targets\n- Coach associates and handle attendance\n- Own safety on the "
        "floor\n- Keep the team fully staffed",
        settings,
    )
    hybrid = profile.model_copy(
        update={
            "family": "warehouse-associate",
            "family_candidates": [("warehouse-associate", 2.0), ("team-lead", 1.99)],
        }
    )
    kpis = compose(index, get_validator(settings, index), hybrid)
    lent = [k for k in kpis if any(s.startswith("team-lead/") for s in k.sources)]
    assert all(_PEOPLE_AREA.search(k.kra) for k in lent), [(k.name, k.kra) for k in lent]
    assert any(any(s.startswith("warehouse-associate/") for s in k.sources) for k in kpis)


@pytest.mark.parametrize(
    "duty",
    ["control of the cash float", "fixed asset register - review and sign-off", "an ECS card would be good"],
)
def test_noun_phrases_and_requirements_are_not_quoted_as_duties(duty):
    # "The posting asks the Front Office Manager to control of the cash float" is not English
    from assistant.drafter import reads_as_duty

    assert not reads_as_duty(duty)
    assert reads_as_duty("Control the cash float")


def test_sales_turnover_is_not_read_as_staff_leaving(settings):
    text = (
        "Store Manager - Homeware, Cape Town\nResponsibilities:\n- Achieve monthly turnover targets\n"
        "- Control wages and expenses within budget\n- Keep stock losses low\n- Lead and develop a team of 15"
    )
    names = [k.name.lower() for k in draft(text, settings).kpis]
    assert any("sales" in n for n in names), names
    assert not any("staff turnover" in n or "attrition" in n for n in names), names


def test_two_figures_in_one_duty_go_each_to_its_own_measure(settings):
    from assistant.drafter import _figure_clauses

    clauses = _figure_clauses(["Support the plant target of customer PPM under 25 and first-pass yield above 97%"])
    assert clauses == ["Support the plant target of customer PPM under 25", "first-pass yield above 97%"]


def test_a_long_duty_is_cut_at_a_word_not_inside_one():
    from assistant.roles import parse_posting

    duty = "Prepare case files, disclosure and witness statements to the standard the courts expect, " * 4
    resp = parse_posting(f"Enforcement Officer\nResponsibilities:\n- {duty}").responsibilities
    words = {w.strip(",.") for w in duty.split()}
    assert resp and all(r.split()[-1].strip(",.") in words for r in resp), resp
    assert all(len(r) <= 240 for r in resp)


def test_a_canadian_payroll_posting_is_offered_no_american_pension_plan(index):
    from assistant.drafter import of_the_posting_country, rank_candidates
    from assistant.roles import build_profile

    posting = (
        "Payroll and Benefits Advisor\nCity Hall\n- Process bi-weekly payroll accurately and on time\n"
        "- Administer OMERS pension enrolments and remittances\n- Prepare T4s and Records of Employment\n"
    )
    profile = build_profile(index, posting)
    assert profile.country == "other"
    candidates = rank_candidates(index, profile, [profile.family])
    # the knowledge base's pension KPI names 401(k) plans; for this posting it is not a candidate
    assert any("401(k)" in c.example.definition for c in candidates)
    kept = of_the_posting_country(candidates, profile)
    assert kept and not any("401(k)" in c.example.definition for c in kept)


def _asked_areas(index, posting: str, family: str) -> set[str]:
    """The key result areas a posting's draft may choose from, once it is matched to ``family``."""
    from assistant.drafter import asked_for, rank_candidates
    from assistant.roles import build_profile

    profile = build_profile(index, posting)
    assert profile.family == family
    return {c.example.kra for c in asked_for(rank_candidates(index, profile, [profile.family]), profile)}


def test_an_area_of_another_kind_of_the_job_is_left_out(index):
    def areas(posting: str) -> set[str]:
        return _asked_areas(index, posting, "radiographer")

    # the radiographer family also covers radiotherapy; a CT radiographer is not measured on treatment delivery
    ct = areas(
        "Diagnostic Radiographer - CT\n- Perform CT examinations safely and to protocol\n"
        "- Give contrast injections and watch for reactions\n- Keep image quality high so scans are not repeated\n"
    )
    assert "radiotherapy-delivery" not in ct and "image-quality" in ct
    # ... while a therapeutic radiographer is
    therapy = areas(
        "Therapeutic Radiographer\n- Deliver radiotherapy treatment accurately on the linac\n"
        "- Position patients to the treatment plan\n- Support patients through their course of treatment\n"
    )
    assert "radiotherapy-delivery" in therapy


def test_a_bracket_inside_a_title_and_a_long_duty_read_as_plain_english():
    from assistant.drafter import _first_clause, short_title

    assert short_title("Class C+E (artic) driver") == "Class C+E driver"
    assert short_title("Dispensary Technician (Accuracy Checking) – Community Pharmacy") == "Dispensary Technician"
    duty = (
        "Work closely with ward managers, the retail team and the events team so that volunteers are in the right "
        "place and know what to expect when they arrive on their first day"
    )
    # cut where a clause ends, not mid-phrase with a dangling "know…"
    assert _first_clause(duty) == (
        "Work closely with ward managers, the retail team and the events team so that volunteers are in the right place"
    )


def test_a_stated_time_goes_to_a_kpi_of_that_window_only():
    from assistant.drafter import _other_window

    # "resolve P1 incidents within 4 hours" is not the target of "incidents reopened within 7 days"
    assert _other_window("resolve P1 incidents within 4 hours", "Resolved incidents reopened within 7 days")
    assert not _other_window("reply within 24 hours", "Emails answered within 24 hours")
    assert not _other_window("resolve P1 incidents within 4 hours", "P1 incidents resolved within the target time")


def test_a_grain_harvest_hand_is_drafted_on_the_harvest_and_a_cattle_station_hand_on_the_cattle(settings):
    harvest = draft(
        "Header & chaser bin operators wanted (harvest)\nMixed cropping farm: wheat, barley and canola.\n"
        "- chaser bin: running grain from the headers to the field bins and trucks\n"
        "- header: running our header on cereals and canola, adjusting settings as conditions change\n"
        "- daily greasing, blowing down and pre-start checks",
        settings,
    )
    names = " ".join(k.name.lower() for k in harvest.kpis)
    assert len(harvest.kpis) >= 3, names
    assert "grain" in names or "header" in names, names
    assert not re.search(r"\b(?:cows?|calves|milk|lame)\b", names), names
    station = draft(
        "Station hand wanted - 38,000 acre cattle property.\nMustering (horse and bike), fencing, checking waters, "
        "yard work and general maintenance.",
        settings,
    )
    assert any(re.search(r"\b(?:cows?|calves|cattle|stock|livestock)\b", k.name, re.I) for k in station.kpis), [
        k.name for k in station.kpis
    ]


def test_a_food_cost_figure_in_the_posting_goes_to_the_food_cost_kpi(settings):
    result = draft(
        "Sous Chef\nYou'll be:\n- running the kitchen on head chef's days off\n"
        "- doing ordering and stock rotation, and keeping food cost around 30%\n"
        "- keeping our food safety records up to date",
        settings,
    )
    with_figure = [k for k in result.kpis if "30%" in k.target]
    assert [k.name for k in with_figure] == ["Food cost as a share of food sales"], [
        (k.name, k.target) for k in result.kpis
    ]


def test_a_broiler_stockperson_is_measured_on_the_flock_with_the_target_the_posting_states(settings):
    result = draft(
        "Poultry Stockperson - Broiler Unit\nWe farm broiler chickens across two sites, around 300,000 birds.\n"
        "Your working day will be spent walking the sheds, checking the birds' health and behaviour, removing and "
        "recording mortality, and making sure feed, water, heating and ventilation are all doing what they should. "
        "You'll keep accurate records for our Red Tractor audits and help with cleaning out sheds between crops. "
        "Our target is to keep mortality under 3.5% per crop and we hit it more often than not.",
        settings,
    )
    names = [k.name for k in result.kpis]
    assert not any(re.search(r"\b(?:cows?|calves|paddocks?|milk|sprays?)\b", n, re.I) for n in names), names
    flock = [k for k in result.kpis if "mortality" in k.name.lower()]
    assert flock and "3.5%" in flock[0].target, [(k.name, k.target) for k in result.kpis]


def test_an_american_correctional_officer_is_not_drafted_with_english_prison_schemes(settings):
    result = draft(
        "CORRECTIONAL OFFICER II\nArizona Department of Corrections, Phoenix, AZ. $24.50/hour, 401(k).\n"
        "Duties:\n- Supervise inmates in housing units and during movement\n- Conduct counts, searches of inmates and "
        "cells\n- Watch for and report signs of suicide risk or self-harm\n- Write incident reports",
        settings,
    )
    text = " ".join(f"{k.name} {k.definition} {k.data_source}" for k in result.kpis)
    assert result.kpis and "ACCT" not in text, text


def test_a_checkout_operator_is_measured_on_the_till_not_on_selling(settings):
    result = draft(
        "Checkout Operator - casual\nWeekday afternoons + weekends. No experience needed, we train you on the "
        "registers and self-serve. Must be 16+ and able to stand for a full shift.",
        settings,
    )
    names = [k.name for k in result.kpis]
    assert any(re.search(r"\btill\b", n, re.I) for n in names), names
    assert not any(re.search(r"conversion|transaction value|add-on", n, re.I) for n in names), names


def test_bare_verbs_before_a_duty_share_its_object(settings, index):
    from assistant.drafter import duties_of
    from assistant.pipeline import understand

    text = (
        "Pub Manager\nYou'll run the bar and the kitchen pass. You'll recruit, train and hold on to good people, "
        "and keep the cellar in top condition."
    )
    duties = duties_of(understand(text, settings, "t"))
    assert any(d.startswith("recruit, train and hold on to good people") for d in duties), duties


HR_TEMPLATE = """JOB DESCRIPTION
Job Title: Accounts Receivable Officer
Department: Finance

1. JOB PURPOSE
To collect what customers owe on time and keep the sales ledger accurate.

2. KEY ACCOUNTABILITIES
- Chase overdue invoices by phone and email and agree payment plans
- Allocate receipts and reconcile the sales ledger every month
- Resolve invoice queries with sales and customer service
- Raise credit notes within delegated authority

3. KEY PERFORMANCE INDICATORS
- Debtor days (DSO) of 45 days or less, month end
- Debt over 90 days below 5% of the ledger
- Minimum 60 collection calls per day logged on the dialler
- Attendance at the weekly cash meeting

Approved by: ____________
"""


def test_the_postings_own_kpi_list_is_read_as_measures_not_duties(settings):
    from assistant.pipeline import understand

    role = understand(HR_TEMPLATE, settings, "t")
    assert any(m.startswith("Debtor days (DSO)") for m in role.stated_measures), role.stated_measures
    assert not any("collection calls" in r or "Approved by" in r for r in role.responsibilities), role.responsibilities
    assert any(r.startswith("Chase overdue invoices") for r in role.responsibilities), role.responsibilities


def test_the_postings_effort_and_activity_measures_are_named_and_not_carried_over(settings):
    result = draft(HR_TEMPLATE, settings)
    text = " ".join(f"{k.name} {k.measure} {k.target}" for k in result.kpis).lower()
    assert "calls" not in text and "attendance" not in text, text
    note = next(n for n in result.notes if "own list of measures" in n)
    assert "Minimum 60 collection calls per day" in note and "counts activity" in note, note
    assert "Attendance at the weekly cash meeting" in note, note
    assert "Debtor days" not in note, note  # an outcome measure is no warning
    # its outcome measures shape the draft, and their figures become targets
    assert any("45 days or less, as the posting states" in k.target for k in result.kpis), [
        k.target for k in result.kpis
    ]


def test_a_stated_bound_that_points_the_other_way_is_quoted_not_turned_round():
    # the share of reserves within tolerance is not capped at 5%: the posting's own words are kept instead
    clause = "no more than 5% of audited files with reserves out of tolerance"
    assert stated_target(clause, "%", "higher") == f'As stated in the posting: "{clause}"'
    assert stated_target(clause, "%", "lower") == "No more than 5%, as the posting states"
    assert stated_target("file audit score of 90% or above", "%", "higher") == "90% or above, as the posting states"


def test_a_huge_or_hostile_kpi_list_in_a_posting_is_bounded_and_quoted_plainly(settings):
    lines = [f"- Minimum {i} outbound calls per day logged <script>alert({i})</script>" for i in range(500)]
    posting = "Job Title: Collections Agent\n\nKEY ACCOUNTABILITIES\n- Collect overdue consumer debts fairly\n" + (
        "\nKEY PERFORMANCE INDICATORS\n" + "\n".join(lines) + "\n"
    )
    result = draft(posting, settings)
    assert 3 <= len(result.kpis) <= 5
    assert len(result.role.stated_measures) <= 20
    note = next(n for n in result.notes if "own list of measures" in n)
    assert note.count("outbound calls") <= 6 and len(note) < 2500, len(note)
    assert not any("calls" in k.target for k in result.kpis)


def test_a_trade_posting_keeps_only_the_examples_of_its_own_trade(settings):
    # a painter's KPIs are illustrated with decorated rooms, not with brickwork, roofs or staircases
    posting = (
        "Painter & Decorator - domestic new builds and refurbishments\n"
        "We need an experienced painter and decorator to join our site team.\n"
        "- Prepare surfaces, fill and sand walls, woodwork and ceilings\n"
        "- Apply emulsion, gloss and wallpaper to a high standard in finished rooms\n"
        "- Complete each plot's decoration ready for the site manager's handover inspection\n"
        "- Work safely at height on steps and podiums\n"
    )
    result = draft(posting, settings)
    text = " ".join(f"{k.definition} {k.rationale}" for k in result.kpis).lower()
    assert "decorat" in text, text
    for other_trade in ("brickwork", "blockwork", "staircase", "drylining"):
        assert other_trade not in text, (other_trade, text)


@pytest.mark.parametrize(
    ("text", "posting", "expected"),
    [
        # the examples the posting names are kept, with the list's own "or"
        (
            "Finished areas, such as a lift of brickwork, a roof or a decorated room, are signed off.",
            "decorating interiors",
            "Finished areas, such as a decorated room, are signed off.",
        ),
        (
            "Juniors pass a certification (for example CCNA, JNCIA or Network+) first time.",
            "CCNA holders; JNCIA welcome",
            "Juniors pass a certification (for example CCNA or JNCIA) first time.",
        ),
        # none or all named: the list stays whole
        ("Works such as a roof or a porch are done.", "plastering", "Works such as a roof or a porch are done."),
        # a list that runs on into its clause is not cut: the meaning would be lost
        (
            "Systems such as HVAC, lifts, power and water stay in service when needed.",
            "lift maintenance",
            "Systems such as HVAC, lifts, power and water stay in service when needed.",
        ),
        (
            "Juniors pass it, such as CCNA, JNCIA or Network+, at the first sitting.",
            "CCNA",
            "Juniors pass it, such as CCNA, JNCIA or Network+, at the first sitting.",
        ),
    ],
)
def test_a_list_of_examples_is_narrowed_only_when_it_can_be_read_safely(text, posting, expected):
    assert narrow_examples(text, _stems(posting)) == expected


def test_long_remits_and_reporting_lines_are_quoted_as_whole_duties(settings, index):
    from assistant.drafter import duties_of
    from assistant.pipeline import understand

    posting = (
        "Head of Technology\n"
        "Reporting to the Chief Executive and sitting on the leadership team, the Head of Technology, Systems and "
        "Data will lead a team of around 40 people across infrastructure and applications.\n"
        "Alongside this, you will be responsible for lifting the group's cyber security maturity, modernising its "
        "infrastructure and cloud environment, managing key vendors and a significant operating and capital budget, "
        "and making sure technology supports clinicians rather than getting in their way.\n"
    )
    profile = understand(posting, settings)
    duties = duties_of(profile)
    assert any(d.startswith("lead a team of around 40 people") for d in duties), duties
    assert not any(d.lower().startswith(("reporting", "sitting")) for d in duties), duties
    # a remit longer than a quote can hold is cut at a clause or a word, never inside one
    for r in profile.responsibilities:
        assert not re.search(r"\bsuppo$|\btechnolog$", r), r
    result = draft(posting, settings)
    text = " ".join(f"{k.definition} {k.rationale}" for k in result.kpis)
    assert "suppo." not in text and "the Head of Technology, Systems." not in text, text


def test_the_head_of_one_function_is_not_drafted_the_companys_revenue(settings):
    from assistant.drafter import compose
    from assistant.pipeline import get_index, get_validator, understand

    text = (
        "Director - Human Resources\n\nThe Director sits on the Executive Committee and leads the people strategy "
        "for five plants, a team of 35 HR professionals, industrial relations, succession planning, engagement "
        "and the hiring of engineers for the next stage of growth."
    )
    profile = understand(text, settings)
    assert profile.family == "hr-generalist"
    # scored almost as close to the executive family as to its own, as a long posting about growth can be
    tied = profile.model_copy(update={"family_candidates": [("hr-generalist", 2.20), ("executive", 2.18)]})
    kpis = compose(get_index(settings), get_validator(settings), tied)
    assert 3 <= len(kpis) <= 5
    assert not any(s.startswith("executive/") for k in kpis for s in k.sources), [k.sources for k in kpis]
    assert not any("revenue" in k.name.lower() for k in kpis)
    # a hybrid of two functions still borrows from its runner-up
    hybrid = profile.model_copy(update={"family_candidates": [("hr-generalist", 2.20), ("payroll-specialist", 2.18)]})
    assert compose(get_index(settings), get_validator(settings), hybrid)


def test_a_tailor_is_drafted_from_the_sewing_family_without_a_note(settings):
    result = draft("Tailor\nAlter and make garments to fit customers.", settings)
    assert result.role.family == "sewing-machinist" and 3 <= len(result.kpis) <= 5
    assert not any("close match" in n for n in result.notes)


def test_a_line_cook_is_not_measured_on_the_kitchens_margin(settings):
    cook = draft("Line Cook\nPrep and cook dishes on the grill station to spec during busy dinner service.", settings)
    assert not any(k.kra.startswith("Kitchen margin") for k in cook.kpis), [k.name for k in cook.kpis]
    head = draft(
        "Head Chef\nRun the kitchen of a 90-cover restaurant: menus, ordering, food cost and gross margin, the rota "
        "and hygiene; lead a brigade of eight.",
        settings,
    )
    assert any(k.kra.startswith("Kitchen margin") for k in head.kpis), [k.name for k in head.kpis]


def test_an_australian_posting_gets_no_british_regulators_in_its_kpis(settings):
    text = (
        "Paraplanner - Brisbane CBD (full time)\nFinancial planning practice, AFSL holder, three advisers.\n"
        "- Prepare Statements of Advice for our advisers\n- Research super funds, insurance and investment products\n"
        "- Keep client files complete for compliance reviews\nSalary $85k + super."
    )
    result = draft(text, settings)
    assert 3 <= len(result.kpis) <= 5
    words = " ".join(
        f"{k.name} {k.definition} {k.measure} {k.target} {k.rationale} {k.data_source}" for k in result.kpis
    )
    assert not re.search(r"\b(?:FCA|Consumer Duty|Financial Ombudsman|UK GDPR)\b", words), words


def test_reporting_to_a_manager_does_not_make_the_job_run_people(index):
    def areas(posting: str) -> set[str]:
        return _asked_areas(index, posting, "external-auditor")

    duties = (
        "- Carry out audit fieldwork: tests of controls and substantive procedures\n"
        "- Prepare audit working papers and draft financial statements\n"
        "- Liaise with client finance managers to obtain supporting documents\n"
    )
    # an audit associate who deals with the client's finance managers answers for neither the engagement's budget
    # nor its team
    associate = areas(f"Audit Associate\n{duties}")
    assert not associate & {"delivery-budget", "team-development"}
    # ... a senior who supervises the juniors does
    senior = areas(f"Audit Senior\n{duties}- Supervise and coach junior staff on site and review their work\n")
    assert {"delivery-budget", "team-development"} <= senior


def test_british_health_systems_are_left_out_of_sources_abroad():
    from assistant.drafter import _UK_HEALTH_NAMES, _without_names

    assert _without_names("Incident reporting system (Datix or equivalent)", _UK_HEALTH_NAMES) == (
        "Incident reporting system"
    )
    assert _without_names(
        "Patient administration system waiting list report, Community Services Data Set", _UK_HEALTH_NAMES
    ) == ("Patient administration system waiting list report")
    # a source that is nothing but the system keeps its name rather than becoming empty
    assert _without_names("Datix", _UK_HEALTH_NAMES) == "Datix"


@pytest.mark.parametrize(
    ("posting", "foreign"),
    [
        # no NHS systems or surveys for a therapist in Auckland
        (
            "Speech-Language Therapist - Ministry of Education learning support, Auckland, New Zealand\n"
            "- Assess children's communication needs and plan therapy with whanau and teachers\n"
            "- Deliver therapy and review progress against goals\n- Keep clinical records up to date\n",
            r"\b(?:Datix|SystmOne|RiO|EMIS|Community Services Data Set|Friends and Family Test)\b",
        ),
        # no profit for a water charity's country director
        (
            "Country Director - Kenya\nWe are an international water and sanitation NGO.\n"
            "- Lead the country strategy and the quality of our WASH programmes\n"
            "- Grow and diversify the funding base and report to donors on time\n"
            "- Lead a team of 60 staff and keep them safe\n- Manage the country budget and compliance with donor rules\n",
            r"(?i)operating profit|ebitda|revenue growth|market share|profit margin",
        ),
        # no British letting law for a property in Phoenix
        (
            "Assistant Property Manager - Phoenix, AZ\n"
            "- Collect rent, post payments and follow up on delinquencies\n"
            "- Process move-ins and move-outs and lease renewals\n"
            "- Coordinate work orders with maintenance and vendors\n- Keep units leased and residents happy\n",
            r"(?i)service charge|deposit protection|deposits? protected|right to rent",
        ),
    ],
)
def test_a_draft_leaves_out_what_belongs_to_another_country_or_kind_of_employer(settings, posting, foreign):
    result = draft(posting, settings)
    text = " ".join(f"{k.name} {k.definition} {k.data_source}" for k in result.kpis)
    assert not re.search(foreign, text), text
